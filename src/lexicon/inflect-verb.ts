// Regular English inflection for verb lemmas of the lexicon: back → back, backs, backed,
// backing; "call for" → "call for", "calls for", "called for", "calling for".

const VOWELS = /[aeiou]/;

function forms(verb: string): string[] {
  if (verb.endsWith('ee')) return [verb, `${verb}s`, `${verb}d`, `${verb}ing`];
  if (verb.endsWith('e')) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(verb)) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (/(s|sh|ch|x|z)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  // one short syllable ending consonant-vowel-consonant doubles: "arm" no, "stop" → stopped
  const cvc = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) && verb.length <= 4 && VOWELS.test(verb);
  const stem = cvc ? verb + verb.slice(-1) : verb;
  return [verb, `${verb}s`, `${stem}ed`, `${stem}ing`];
}

/**
 * Every form of a (possibly multi-word) verb; the first word is inflected.
 * @example inflectVerb('call for') // → ['call for', 'calls for', 'called for', 'calling for']
 */
export function inflectVerb(lemma: string, irregular?: string[]): string[] {
  if (irregular) return irregular;
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return [...new Set(forms(head).map((f) => f + tail))];
}
