// The explorer's layout rule: new nodes take the first ring slot around their anchor where their box (node
// and label) is clear of every other box, so the same input gives the same positions and no labels overlap.
import { describe, expect, it } from 'vitest';
import { boxAt, overlappingPairs, overlaps, placeAround } from '../public/js/placement.js';

// Boxes of varied sizes, like nodes with one- to three-line labels.
const items = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, off: { x1: -40 - (i % 3) * 25, y1: -18, x2: 40 + (i % 3) * 25, y2: 18 + (i % 4) * 14 } }));
const obstacles = [
  { x1: -30, y1: -30, x2: 30, y2: 45 },
  { x1: 120, y1: -60, x2: 260, y2: 10 },
];

describe('placeAround', () => {
  it('gives the same positions for the same input', () => {
    const a = placeAround({ x: 0, y: 0 }, items, obstacles, { start: 0.3 });
    const b = placeAround({ x: 0, y: 0 }, items.map((x) => ({ ...x })), obstacles.slice(), { start: 0.3 });
    expect(a).toEqual(b);
  });

  it('leaves no two boxes overlapping, obstacles included', () => {
    const pos = placeAround({ x: 0, y: 0 }, items, obstacles);
    const boxes = [...obstacles.map((box, i) => ({ id: `o${i}`, box })), ...items.map((it) => ({ id: it.id, box: boxAt(pos[it.id]!, it.off) }))];
    expect(overlappingPairs(boxes)).toEqual([]);
    expect(Object.keys(pos)).toHaveLength(items.length);
  });

  it('puts the first node in the preferred direction, on the first ring', () => {
    const pos = placeAround({ x: 100, y: 100 }, [{ id: 'a', off: { x1: -5, y1: -5, x2: 5, y2: 5 } }], [], { start: 0 });
    expect(pos.a).toEqual({ x: 250, y: 100 });
  });

  it('does not move what is already placed (obstacles are not changed)', () => {
    const before = JSON.stringify(obstacles);
    placeAround({ x: 0, y: 0 }, items, obstacles);
    expect(JSON.stringify(obstacles)).toBe(before);
  });
});

describe('overlaps', () => {
  it('counts touching within the gap as overlapping, apart as not', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(overlaps(a, { x1: 12, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(overlaps(a, { x1: 12, y1: 0, x2: 20, y2: 10 }, 4)).toBe(true);
    expect(overlaps(a, { x1: 5, y1: 5, x2: 20, y2: 20 })).toBe(true);
  });
});
