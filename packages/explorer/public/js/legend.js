// The legend: node colour and shape per label, and how negated and hedged facts are drawn. Relation
// colours sit next to the relation filters.
import { el, clear } from './dom.js';
import { LABEL_STYLES, NEGATED_COLOR } from './style.js';

const SHAPE_RADIUS = { ellipse: '50%', hexagon: '3px', diamond: '2px', tag: '2px', 'round-rectangle': '4px', rectangle: '0' };

export function renderLegend(box) {
  clear(box);
  for (const s of LABEL_STYLES) {
    const dot = el('span', {
      class: 'dot',
      style: { background: s.color, borderRadius: SHAPE_RADIUS[s.shape] || '50%', transform: s.shape === 'diamond' ? 'rotate(45deg) scale(0.8)' : '' },
    });
    box.append(el('span', { class: 'item', 'data-label': s.label }, [dot, s.label]));
  }
  box.append(
    el('span', { class: 'item wide' }, [el('span', { class: 'line dashed', style: { borderColor: NEGATED_COLOR } }), 'negated (“did not…”)']),
    el('span', { class: 'item wide' }, [el('span', { class: 'line dotted' }), 'hedged (“considering…”)']),
  );
}
