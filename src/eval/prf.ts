// Precision, recall and F1 as score.py computes them: precision over system triples,
// recall over required gold relations (found), and 0 wherever a denominator is 0.

/** @example prf(9, 10, 8, 10) → { precision: 0.9, recall: 0.8, f1: 0.847… } */
export function prf(tp: number, system: number, found: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = system ? tp / system : 0;
  const recall = gold ? found / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
