// One palette for the browser page and the Bloom perspective (src/bloom imports this file),
// so a Person looks the same in both. Colours come from Bloom's default palette.

/** Node labels in the order a node is styled by: the first label it carries wins. */
export const LABEL_STYLES = [
  { label: 'Person', color: '#4C8EDA', shape: 'ellipse', size: 1, caption: 'name' },
  { label: 'Organization', color: '#F79767', shape: 'round-rectangle', size: 1, caption: 'name' },
  { label: 'Country', color: '#F16667', shape: 'hexagon', size: 1.2, caption: 'name' },
  { label: 'Place', color: '#8DCC93', shape: 'diamond', size: 1, caption: 'name' },
  { label: 'Topic', color: '#C990C0', shape: 'tag', size: 1, caption: 'name' },
  { label: 'Claim', color: '#FFE081', shape: 'round-rectangle', size: 0.7, caption: 'caption' },
  { label: 'Article', color: '#D9C8AE', shape: 'rectangle', size: 0.7, caption: 'name' },
];

/** Relationship types with a verb phrase for edge labels and a colour. */
export const RELATION_STYLES = [
  { type: 'SAID', verb: 'said', color: '#57C7E3', width: 2 },
  { type: 'ABOUT', verb: 'about', color: '#C990C0', width: 1 },
  { type: 'REPORTED_IN', verb: 'reported in', color: '#A5ABB6', width: 1 },
  { type: 'MENTIONS', verb: 'mentions', color: '#D9D9D9', width: 1 },
  { type: 'HOLDS_ROLE', verb: 'holds role', color: '#569480', width: 2 },
  { type: 'URGED', verb: 'urged', color: '#FFC454', width: 3 },
  { type: 'SANCTIONED', verb: 'sanctioned', color: '#D64545', width: 3 },
  { type: 'MET_WITH', verb: 'met with', color: '#4C8EDA', width: 3 },
  { type: 'VISITED', verb: 'visited', color: '#8DCC93', width: 3 },
  { type: 'OPPOSED', verb: 'opposed', color: '#DA7194', width: 3 },
  { type: 'SUPPORTED', verb: 'supported', color: '#3FA34D', width: 3 },
  { type: 'CRITICIZED', verb: 'criticized', color: '#F79767', width: 3 },
  { type: 'COOPERATED_WITH', verb: 'cooperated with', color: '#2E86AB', width: 3 },
];

/** Grey used for facts the text negates ("did not meet"). */
export const NEGATED_COLOR = '#9E9E9E';
