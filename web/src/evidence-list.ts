// The evidence behind one fact, grouped by who said it (the outlet): each quote with its
// article, date and the rule that read it, so a wrong edge can be traced to its sentence
// and an analyst sees at a glance how many outlets stand behind it.
import type { Evidence } from './api-types.ts';
import { el } from './dom.ts';

function byOutlet(evidence: Evidence[]): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const outlet = item.outlet ?? item.article;
    groups.set(outlet, [...(groups.get(outlet) ?? []), item]);
  }
  return new Map([...groups].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b)));
}

/** @example evidenceList(edgeAttrs.evidence) → <div class="evidence-by-outlet">…</div> */
export function evidenceList(evidence: Evidence[] = []): HTMLElement {
  if (evidence.length === 0) return el('p', { class: 'muted', text: 'No evidence recorded.' });
  const groups = byOutlet(evidence);
  return el(
    'div',
    { class: 'evidence-by-outlet' },
    ...[...groups].map(([outlet, items]) =>
      el(
        'section',
        { class: 'outlet-group' },
        el('h4', { class: 'outlet-name', text: `${outlet}${items.length > 1 ? ` (${items.length})` : ''}` }),
        el('ul', { class: 'evidence' }, ...items.map((item) =>
          el('li', {},
            el('blockquote', { class: 'evidence-quote', text: item.quote }),
            el('div', { class: 'evidence-meta' },
              el('span', { class: 'evidence-article', text: item.article }),
              item.date ? el('span', { class: 'evidence-date', text: item.date }) : null,
              item.rule ? el('span', { class: 'evidence-rule', text: item.rule }) : null)))),
      ),
    ),
  );
}
