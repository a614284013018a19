// Types for placement.js (browser module), for its unit tests.
export interface Box { x1: number; y1: number; x2: number; y2: number }
export interface Point { x: number; y: number }
export declare function boxAt(p: Point, off: Box): Box;
export declare function overlaps(a: Box, b: Box, gap?: number): boolean;
export declare function placeAround(anchor: Point, items: { id: string; off: Box }[], placed: Box[], opts?: { start?: number; gap?: number; ring?: number }): Record<string, Point>;
export declare function direction(from: Point, to: Point, fallback?: number): number;
export declare function overlappingPairs(boxes: { id: string; box: Box }[]): [string, string][];
