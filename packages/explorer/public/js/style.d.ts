// Types for style.js, which the browser loads as-is and the Bloom generator imports.
export interface LabelStyle {
  label: string;
  color: string;
  shape: string;
  size: number;
  caption: string;
}
export interface RelationStyle {
  type: string;
  verb: string;
  color: string;
  width: number;
}
export declare const LABEL_STYLES: readonly LabelStyle[];
export declare const RELATION_STYLES: readonly RelationStyle[];
export declare const NEGATED_COLOR: string;
