// Deterministic placement. New nodes go on rings around their anchor, each in the first slot where its box
// (node and label) is clear of every box already placed. No randomness and no physics: the same graph gives
// the same picture, drawn nodes never move, and no two labels overlap. Pure: boxes in, positions out.

const RING = 150; // radius of the first ring
const RING_STEP = 70; // distance between rings
const SLOT = 46; // arc length between candidate slots on a ring
const MAX_RINGS = 60;

/** A box `{x1, y1, x2, y2}` drawn at `p`, from offsets relative to the node's position. */
export function boxAt(p, off) {
  return { x1: p.x + off.x1, y1: p.y + off.y1, x2: p.x + off.x2, y2: p.y + off.y2 };
}

/** Do two boxes overlap, with `gap` pixels of clearance required between them? */
export function overlaps(a, b, gap = 0) {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** Slot order on a ring: the preferred direction first, then alternately either side of it. */
function angles(count, start) {
  const out = [start];
  for (let k = 1; out.length < count; k += 1) {
    out.push(start + (2 * Math.PI * k) / count);
    if (out.length < count) out.push(start - (2 * Math.PI * k) / count);
  }
  return out;
}

/** Rounded so that tiny floating-point differences never change a layout. */
const round = (v) => Math.round(v * 100) / 100;

/**
 * Positions for `items` (`{id, off}` in the order given) around `anchor`, avoiding `placed` boxes and each
 * other. `start` is the preferred direction in radians (e.g. away from the rest of the graph).
 */
export function placeAround(anchor, items, placed, { start = -Math.PI / 2, gap = 8, ring = RING } = {}) {
  const taken = placed.slice();
  const positions = {};
  for (const item of items) {
    let spot = null;
    for (let k = 0; k < MAX_RINGS && !spot; k += 1) {
      const r = ring + k * RING_STEP;
      const count = Math.max(6, Math.floor((2 * Math.PI * r) / SLOT));
      for (const a of angles(count, start)) {
        const p = { x: round(anchor.x + r * Math.cos(a)), y: round(anchor.y + r * Math.sin(a)) };
        const box = boxAt(p, item.off);
        if (taken.every((b) => !overlaps(box, b, gap))) {
          spot = p;
          taken.push(box);
          break;
        }
      }
    }
    // Past the last ring (never in practice): below everything, still clear.
    if (!spot) {
      const bottom = Math.max(anchor.y, ...taken.map((b) => b.y2));
      spot = { x: anchor.x, y: bottom + gap - item.off.y1 };
      taken.push(boxAt(spot, item.off));
    }
    positions[item.id] = spot;
  }
  return positions;
}

/** Direction from `from` to `to`, or `fallback` when they coincide. */
export function direction(from, to, fallback = -Math.PI / 2) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  return Math.hypot(dx, dy) < 1 ? fallback : Math.atan2(dy, dx);
}

/** Pairs of boxes that overlap (ids), for checks and tests. */
export function overlappingPairs(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      if (overlaps(boxes[i].box, boxes[j].box)) out.push([boxes[i].id, boxes[j].id]);
    }
  }
  return out;
}
