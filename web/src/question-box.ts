// The question box: sends the question to /api/ask, highlights the nodes of the answer
// and lists them in the side panel (each clickable), with how the question was read.
import type { ApiClient } from './api-client.ts';
import { nodeColour } from './colours.ts';
import { collectGraphKeys } from './collect-keys.ts';
import { el } from './dom.ts';
import { highlightFromAnswer } from './highlight-from-answer.ts';
import type { ViewGraph } from './load-graph.ts';
import type { UiStore } from './ui-state.ts';

type AskBody = { answer?: unknown; answers?: unknown; result?: unknown; interpretation?: unknown; paths?: unknown; text?: unknown };

/** "template: backers · of: Khalifa Haftar" from `{template: 'backers', of: 'actor:khalifa-haftar'}`. */
function describe(value: unknown, graph: ViewGraph): string {
  const name = (v: unknown) => (typeof v === 'string' && graph.hasNode(v) ? graph.getNodeAttribute(v, 'label') : String(v));
  if (typeof value === 'string') return value;
  const description = (value as { description?: unknown } | null)?.description;
  if (typeof description === 'string') return description;
  if (value && typeof value === 'object') {
    return Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => `${k}: ${name(v)}`).join(' · ');
  }
  return '';
}

function answerView(question: string, body: AskBody, graph: ViewGraph, nodes: string[], onNode: (key: string) => void): HTMLElement {
  const answer = body.answer ?? body.answers ?? body.result;
  const items = nodes.map((key) => {
    const swatch = el('span', { class: 'swatch dot' });
    swatch.style.background = nodeColour(graph.getNodeAttribute(key, 'type'));
    const link = el('button', { class: 'node-link', text: graph.getNodeAttribute(key, 'label'), attrs: { type: 'button' } });
    link.addEventListener('click', () => onNode(key));
    return el('li', {}, swatch, link);
  });
  return el(
    'article',
    { class: 'details answer' },
    el('h2', { class: 'details-title', text: question }),
    describe(body.interpretation, graph) ? el('p', { class: 'muted', text: `Read as: ${describe(body.interpretation, graph)}` }) : null,
    typeof answer === 'string' ? el('p', { text: answer }) : null,
    items.length ? el('ul', { class: 'answer-list' }, ...items) : el('p', { class: 'empty', text: 'No answer in the graph.' }),
  );
}

/** @example attachQuestionBox(form, input, graph, ui, api, panel.show, selectNode) */
export function attachQuestionBox(form: HTMLFormElement, input: HTMLInputElement, graph: ViewGraph, ui: UiStore, api: ApiClient, show: (view: HTMLElement) => void, onNode: (key: string) => void): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    try {
      const body = (await api.ask(question)) as AskBody;
      const answer = body.answer as { items?: unknown } | undefined;
      const listed = collectGraphKeys(answer?.items ?? body.answer ?? body.answers ?? body.result ?? body, graph).nodes;
      const context = collectGraphKeys(body.interpretation, graph).nodes;
      const paths = highlightFromAnswer(body.paths ?? [], graph, 'ask');
      const nodes = new Set([...listed, ...context, ...paths.nodes]);
      const edges = new Set(paths.edges);
      // "who backs Haftar?" → light Egypt → Haftar too, not only the two nodes
      for (const a of listed) for (const b of context) for (const e of [...graph.edges(a, b), ...graph.edges(b, a)]) edges.add(e);
      ui.set({ highlight: listed.length ? { origin: 'ask', nodes, edges } : null, selectedNode: null, selectedEdge: null });
      show(answerView(question, body, graph, listed, onNode));
    } catch (error) {
      show(el('article', { class: 'details answer' }, el('h2', { class: 'details-title', text: question }), el('p', { class: 'error', text: (error as Error).message })));
    }
  });
}
