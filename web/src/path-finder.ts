// Path finder: from, to (with autocomplete) and the relations to follow; asks
// /api/paths and highlights the path(s) found, listing each step as a fact.
import type { ApiClient } from './api-client.ts';
import { attachAutocomplete } from './autocomplete.ts';
import { RELATION_COLOURS } from './colours.ts';
import { el } from './dom.ts';
import { factLine } from './fact-line.ts';
import { highlightFromAnswer } from './highlight-from-answer.ts';
import type { ViewGraph } from './load-graph.ts';
import type { UiStore } from './ui-state.ts';

export interface PathFinderElements {
  form: HTMLFormElement;
  from: HTMLInputElement;
  fromList: HTMLUListElement;
  to: HTMLInputElement;
  toList: HTMLUListElement;
  relations: HTMLElement;
  clear: HTMLButtonElement;
  result: HTMLElement;
}

async function resolveKey(input: HTMLInputElement, api: ApiClient): Promise<string | null> {
  if (input.dataset.key) return input.dataset.key;
  const q = input.value.trim();
  if (!q) return null;
  const [best] = await api.search(q);
  if (best) [input.value, input.dataset.key] = [best.label, best.key];
  return best?.key ?? null;
}

/** @example attachPathFinder(parts, graph, ui, api, selectNode) */
export function attachPathFinder(parts: PathFinderElements, graph: ViewGraph, ui: UiStore, api: ApiClient, onNode: (key: string) => void): void {
  const search = (q: string, signal: AbortSignal) => api.search(q, signal);
  attachAutocomplete(parts.from, parts.fromList, { search, onChoose: () => parts.to.focus() });
  attachAutocomplete(parts.to, parts.toList, { search, onChoose: () => parts.form.requestSubmit() });
  parts.relations.replaceChildren(
    ...Object.keys(RELATION_COLOURS).map((relation) => {
      const box = el('input', { attrs: { type: 'checkbox', name: 'path-relation', value: relation } });
      box.checked = true;
      return el('label', { class: 'filter' }, box, el('span', { text: relation }));
    }),
  );
  const say = (text: string, kind = 'muted') => parts.result.replaceChildren(el('p', { class: kind, text }));

  parts.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say('Searching…');
    try {
      const [from, to] = await Promise.all([resolveKey(parts.from, api), resolveKey(parts.to, api)]);
      if (!from || !to) return say(`Unknown ${from ? 'destination' : 'origin'}: pick a name from the suggestions.`, 'error');
      const boxes = [...parts.relations.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      const relations = boxes.every((b) => b.checked) ? [] : boxes.filter((b) => b.checked).map((b) => b.value);
      const highlight = highlightFromAnswer(await api.paths(from, to, relations), graph, 'path');
      if (highlight.edges.size === 0) {
        ui.set({ highlight: null });
        return say(`No path between ${graph.getNodeAttribute(from, 'label')} and ${graph.getNodeAttribute(to, 'label')}.`, 'empty');
      }
      ui.set({ highlight, selectedNode: null, selectedEdge: null });
      parts.result.replaceChildren(el('ol', { class: 'path-steps' }, ...[...highlight.edges].map((edge) => el('li', {}, factLine(graph, edge, onNode)))));
    } catch (error) {
      say(`Path finder failed: ${(error as Error).message}`, 'error');
    }
  });
  parts.clear.addEventListener('click', () => {
    for (const input of [parts.from, parts.to]) [input.value, input.dataset.key] = ['', ''];
    parts.result.replaceChildren();
    if (ui.get().highlight?.origin === 'path') ui.set({ highlight: null });
  });
}
