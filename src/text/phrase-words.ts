// The words of a phrase from data ("in support of", "a historic mistake"), split once and
// kept: the linker compares such phrases word by word at every unit of a sentence, and
// splitting them there allocated an array per phrase, unit and sentence.

const memo = new Map<string, readonly string[]>();

/** @example phraseWords('in support of') // → ['in', 'support', 'of'] */
export function phraseWords(phrase: string): readonly string[] {
  let words = memo.get(phrase);
  if (!words) memo.set(phrase, (words = phrase.split(' ')));
  return words;
}
