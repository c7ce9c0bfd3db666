// Picks non-overlapping spans, longest first (ties: earliest). Used to settle which
// of several overlapping matches ("Libyan National Army" vs "Libyan army") is the mention.

export interface Span {
  start: number;
  end: number;
}

/** @example selectSpans([{start:0,end:20},{start:0,end:12}]) // → [{start:0,end:20}] */
export function selectSpans<T extends Span>(candidates: T[], taken: Span[] = []): T[] {
  const chosen: T[] = [];
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const occupied = [...taken];
  for (const c of sorted) {
    if (occupied.some((o) => o.start < c.end && c.start < o.end)) continue;
    chosen.push(c);
    occupied.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
