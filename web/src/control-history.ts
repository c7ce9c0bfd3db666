// The side panel's view of a place's control history (GET /api/control?place=): each
// holder with since/until, in time order, and the evidence grouped by outlet.
import type { ControlAnswer } from './api-types.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';

/** @example panel.show(controlHistory(await api.control('city:sirte'), select)) */
export function controlHistory(answer: ControlAnswer, onNode: (key: string) => void): HTMLElement {
  const rows = answer.periods.map((p) => {
    const who = el('button', { class: 'node-link', text: p.controller.label, attrs: { type: 'button' } });
    who.addEventListener('click', () => onNode(p.controller.key));
    const end = p.until ? `until ${p.until}` : p.current ? 'still held at the latest report' : 'lost at a date the text does not give';
    const when = [p.since ? `since ${p.since}` : null, end].filter(Boolean).join(', ');
    return el('li', { class: 'period' }, el('div', { class: 'period-head' }, who, el('span', { class: 'validity', text: ` ${when}` })), evidenceList(p.edge.evidence));
  });
  return el(
    'article',
    { class: 'details control-history' },
    el('h2', { class: 'details-title', text: answer.place.label }),
    el('p', { class: 'muted', text: 'Who held it, by the articles' }),
    rows.length ? el('ol', { class: 'timeline' }, ...rows) : el('p', { class: 'empty', text: 'No article says who holds this place.' }),
  );
}
