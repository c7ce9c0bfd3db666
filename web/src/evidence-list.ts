// The evidence behind one fact: each quote with its article, date and the rule that
// read it, so a wrong edge can be traced back to its sentence.
import type { Evidence } from './api-types.ts';
import { el } from './dom.ts';

/** @example evidenceList(edgeAttrs.evidence) → <ul class="evidence">…</ul> */
export function evidenceList(evidence: Evidence[] = []): HTMLElement {
  if (evidence.length === 0) return el('p', { class: 'muted', text: 'No evidence recorded.' });
  return el(
    'ul',
    { class: 'evidence' },
    ...evidence.map((item) =>
      el(
        'li',
        {},
        el('blockquote', { class: 'evidence-quote', text: item.quote }),
        el('div', { class: 'evidence-meta' },
          el('span', { class: 'evidence-article', text: item.article }),
          item.date ? el('span', { class: 'evidence-date', text: item.date }) : null,
          item.rule ? el('span', { class: 'evidence-rule', text: item.rule }) : null),
      ),
    ),
  );
}
