// Tiny DOM builder. Text always goes in through textContent, never innerHTML: names and sentences come
// from news articles and must not be able to inject markup.

export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'style') Object.assign(node.style, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of [].concat(children)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** `sentence` with the first occurrence of `part` wrapped in <mark>, as DOM nodes. */
export function highlighted(sentence, part) {
  const s = String(sentence || '');
  const i = part ? s.toLowerCase().indexOf(String(part).toLowerCase()) : -1;
  if (i < 0) return [s];
  return [s.slice(0, i), el('mark', { text: s.slice(i, i + part.length) }), s.slice(i + part.length)];
}
