// A keyboard-navigable suggestion list under an <input>: debounced calls to /api/nodes,
// ↑/↓ to move, Enter to open the active (or best) match, Esc to close. Used by the
// search box and by the path finder's from/to fields.
import type { NodeHit } from './api-types.ts';
import { nodeColour } from './colours.ts';
import { el } from './dom.ts';

export interface AutocompleteOptions {
  search: (q: string, signal: AbortSignal) => Promise<NodeHit[]>;
  onChoose: (hit: NodeHit) => void;
  debounceMs?: number;
}

let instances = 0;

/**
 * @example attachAutocomplete(input, list, { search: api.search, onChoose: (hit) => select(hit.key) });
 */
export function attachAutocomplete(input: HTMLInputElement, list: HTMLUListElement, options: AutocompleteOptions) {
  const prefix = `ac${++instances}`;
  let hits: NodeHit[] = [];
  let active = -1;
  let pending: Promise<NodeHit[]> | null = null;
  let controller: AbortController | null = null;
  let timer: number | undefined;
  list.setAttribute('role', 'listbox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const message = (text: string, kind: string) => {
    list.replaceChildren(el('li', { class: `ac-message ${kind}`, text }));
    list.hidden = false;
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.background = nodeColour(hit.type ?? hit.key.split(':')[0]);
        const item = el('li', { class: 'ac-option', attrs: { role: 'option', id: `${prefix}-${i}`, 'aria-selected': String(i === active) } },
          swatch, el('span', { class: 'ac-label', text: hit.label }), el('small', { text: hit.type ?? '' }));
        item.addEventListener('mousedown', (event) => {
          event.preventDefault(); // keep focus in the input until the choice is made
          choose(hit);
        });
        return item;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${prefix}-${active}`);
  };
  const choose = (hit: NodeHit) => {
    input.value = hit.label;
    input.dataset.key = hit.key;
    close();
    options.onChoose(hit);
  };
  const query = (q: string): Promise<NodeHit[]> => {
    controller?.abort();
    controller = new AbortController();
    pending = options.search(q, controller.signal).then(
      (found) => {
        [hits, active] = [found, found.length ? 0 : -1];
        if (found.length) render();
        else message(`No match for “${q}”.`, 'empty');
        return found;
      },
      (error: Error) => {
        if (error.name !== 'AbortError') message(`Search failed: ${error.message}`, 'error');
        return [];
      },
    );
    return pending;
  };

  input.addEventListener('input', () => {
    delete input.dataset.key;
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      [hits, pending] = [[], null];
      return close();
    }
    pending = new Promise((resolve) => {
      timer = window.setTimeout(() => query(q).then(resolve), options.debounceMs ?? 150);
    });
  });
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const found = pending ? await pending : hits; // Enter before the answer arrived
      const hit = found[Math.max(active, 0)];
      if (hit) choose(hit);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  return { close };
}
