// A search with a drop-down (arrow keys, Enter, Escape), used by the entity search, the claim search and the
// path box. The look-up and, optionally, how an item is drawn are passed in, so this module knows nothing
// about the API.
import { el, clear } from './dom.js';
import { LABEL_STYLES } from './style.js';

const COLOR = Object.fromEntries(LABEL_STYLES.map((s) => [s.label, s.color]));

function entityItem(item) {
  const aliases = (item.aliases || []).filter((a) => a !== item.name);
  return [
    el('span', { class: 'badge', style: { background: COLOR[item.type] || '#e8ecf2' }, text: item.type }),
    el('span', { class: 'name', text: item.name }),
    aliases.length ? el('span', { class: 'aliases', text: aliases.join(', ') }) : null,
  ];
}

export function createSearchBox({ input, results, search, onPick, onError, renderItem = entityItem, itemClass = '', noneText = (t) => `No entity named “${t}”`, label = (item) => item.name }) {
  let timer = 0;
  let seq = 0;
  let current = [];
  let active = -1;

  function pick(item) {
    results.hidden = true;
    input.value = label(item);
    onPick(item);
  }

  function render(items, text) {
    clear(results);
    current = items;
    active = items.length ? 0 : -1;
    if (!items.length) results.append(el('li', { class: 'muted', text: noneText(text) }));
    items.forEach((item, i) => {
      results.append(
        el('li', { role: 'option', class: `${itemClass} ${i === active ? 'active' : ''}`, 'data-id': item.id, onmousedown: (ev) => { ev.preventDefault(); pick(item); } }, renderItem(item)),
      );
    });
    results.hidden = false;
  }

  async function run(text) {
    const mine = ++seq;
    try {
      const items = await search(text);
      if (mine === seq && input.value.trim() === text) render(items, text);
    } catch (err) {
      if (mine === seq) onError(err);
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      results.hidden = true;
      return;
    }
    timer = window.setTimeout(() => run(text), 180);
  });
  input.addEventListener('keydown', (ev) => {
    if (results.hidden || !current.length) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
      [...results.children].forEach((li, i) => li.classList.toggle('active', i === active));
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      pick(current[active]);
    } else if (ev.key === 'Escape') {
      results.hidden = true;
    }
  });
  input.addEventListener('blur', () => {
    results.hidden = true;
  });
}
