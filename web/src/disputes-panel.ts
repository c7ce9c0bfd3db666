// "Disputes between sources" in the controls column: every dispute of GET /api/disputes
// as one line (kind + summary); choosing one shows both sides in the side panel, each
// with its quotes and outlets. A contested place also offers to show it on the map.
import type { ApiClient } from './api-client.ts';
import type { DisputesAnswer } from './api-types.ts';
import { el } from './dom.ts';

type Dispute = DisputesAnswer['disputes'][number];

const KIND_LABEL: Record<Dispute['kind'], string> = { control: 'contested place', stance: 'change of stance', denied: 'denied claim' };

/** The side panel's view of one dispute. */
export function disputeDetails(d: Dispute, onPlace: (key: string) => void): HTMLElement {
  const kind = d.kind === 'stance' && d.nature === 'contradiction' ? 'contradiction' : KIND_LABEL[d.kind];
  const sides = d.claims.map((side) =>
    el('section', { class: 'dispute-side' },
      el('h3', { text: side.says }),
      el('p', { class: 'muted', text: `${side.outlets.join(', ')}${side.date ? ` · ${side.date}` : ''}` }),
      el('ul', { class: 'evidence' }, ...side.evidence.map((e) =>
        el('li', {}, el('blockquote', { class: 'evidence-quote', text: e.quote }),
          el('div', { class: 'evidence-meta' }, el('strong', { text: e.outlet }), e.outlet !== e.article ? el('span', { class: 'evidence-article', text: e.article }) : null, e.date ? el('span', { class: 'evidence-date', text: e.date }) : null))))));
  const place = d.kind === 'control' && d.place ? el('button', { class: 'button', text: `Show ${d.place.label} on the map`, attrs: { type: 'button' } }) : null;
  place?.addEventListener('click', () => onPlace(d.place!.key));
  return el('article', { class: 'details dispute-details' },
    el('p', { class: `dispute-kind kind-${d.kind}`, text: kind }),
    el('h2', { class: 'details-title', text: d.summary }),
    place,
    ...sides);
}

/** @example await attachDisputes(byId('disputes'), api, panel.show, showOnMap) */
export async function attachDisputes(list: HTMLElement, api: ApiClient, show: (view: HTMLElement) => void, onPlace: (key: string) => void): Promise<DisputesAnswer | null> {
  list.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
  let answer: DisputesAnswer;
  try {
    answer = await api.disputes();
  } catch (error) {
    list.replaceChildren(el('p', { class: 'error', text: `Cannot load disputes: ${(error as Error).message}` }));
    return null;
  }
  if (!answer.disputes.length) {
    list.replaceChildren(el('p', { class: 'empty', text: 'The sources agree: no disputes found.' }));
    return answer;
  }
  list.replaceChildren(el('ul', { class: 'dispute-list' }, ...answer.disputes.map((d) => {
    const button = el('button', { class: 'dispute-item', attrs: { type: 'button' } }, el('span', { class: `dispute-kind kind-${d.kind}`, text: KIND_LABEL[d.kind] }), el('span', { text: d.summary }));
    button.addEventListener('click', () => show(disputeDetails(d, onPlace)));
    return el('li', {}, button);
  })));
  return answer;
}
