// The legend doubles as the filter: one checkbox per node type (with its colour and
// count) and per relation. Unchecking hides through the reducers, never the graph.
import { NODE_TYPE_STYLES, NODE_TYPES, nodeColour, relationColour, RELATION_COLOURS } from './colours.ts';
import { el } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';
import type { UiStore } from './ui-state.ts';

function counts(items: string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of items) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}

function toggle(name: string, label: string, colour: string, count: number, hidden: Set<string>, onChange: (next: Set<string>) => void, shape: string) {
  const box = el('input', { attrs: { type: 'checkbox', name, value: label } });
  box.checked = !hidden.has(label);
  box.addEventListener('change', () => {
    const next = new Set(hidden);
    if (box.checked) next.delete(label);
    else next.add(label);
    hidden = next;
    onChange(next);
  });
  const swatch = el('span', { class: `swatch ${shape}` });
  swatch.style.background = colour;
  return { row: el('label', { class: 'filter' }, box, swatch, el('span', { text: label }), el('small', { text: String(count) })), box };
}

/** @example renderFilters(byId('type-filters'), byId('relation-filters'), graph, ui) */
export function renderFilters(typeList: HTMLElement, relationList: HTMLElement, graph: ViewGraph, ui: UiStore): void {
  const state = ui.get();
  const types = counts(graph.mapNodes((_key, attrs) => attrs.type));
  const relations = counts(graph.mapEdges((_key, attrs) => attrs.relation));
  const typeNames = [...new Set([...NODE_TYPES, ...types.keys()])];
  const relationNames = [...new Set([...Object.keys(RELATION_COLOURS), ...relations.keys()])];
  typeList.replaceChildren(
    ...typeNames.map((type) =>
      toggle('type', type, nodeColour(type), types.get(type) ?? 0, state.hiddenTypes, (next) => ui.set({ hiddenTypes: next }), 'dot').row,
    ),
  );
  relationList.replaceChildren(
    ...relationNames.map((relation) =>
      toggle('relation', relation, relationColour(relation), relations.get(relation) ?? 0, state.hiddenRelations, (next) => ui.set({ hiddenRelations: next }), 'line').row,
    ),
  );
  typeList.title = typeNames.map((t) => NODE_TYPE_STYLES[t as keyof typeof NODE_TYPE_STYLES]?.label ?? t).join(', ');
}
