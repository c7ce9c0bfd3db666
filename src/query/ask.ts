// Answers an English question by matching it against the question templates and running
// the library call behind the first match. Returns the interpretation it chose, so a
// user can see how the question was read, plus the answer and its evidence paths.
import { InvalidInputError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { QUESTION_TEMPLATES, type TemplateAnswer } from './question-templates.ts';

export interface AskResult {
  question: string;
  interpretation: { template: string; description: string; args: Record<string, string> };
  answer: { items: TemplateAnswer['items']; detail: unknown };
  paths: TemplateAnswer['paths'];
  /** One line for people. */
  text: string;
}

export const EXAMPLE_QUESTIONS = QUESTION_TEMPLATES.map((t) => t.example);
export const MAX_QUESTION_LENGTH = 500;

const TRAILING = new Set(['?', '.', '!', ' ']);

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * @example ask(graph, 'who backs Haftar?').answer.items.map((i) => i.label) // → ['Abdel Fattah al-Sisi', 'Egypt', …]
 * @example ask(graph, 'what is love?') // throws InvalidInputError listing example questions
 */
export function ask(graph: KnowledgeGraph, question: string): AskResult {
  // refuse a huge input before any regex sees it; trailing "?.!" trimmed without a regex
  // (`/[?.!\s]+$/` is quadratic on "?????…x": 100 ms for 10,000 characters)
  const q = question.length > 4 * MAX_QUESTION_LENGTH ? '' : trimEnd(question.replace(/\s+/g, ' ').trim());
  if (!q || q.length > MAX_QUESTION_LENGTH) {
    throw new InvalidInputError(`query.ask: a question of 1 to ${MAX_QUESTION_LENGTH} characters is required.`, { examples: EXAMPLE_QUESTIONS });
  }
  for (const template of QUESTION_TEMPLATES) {
    for (const pattern of template.patterns) {
      const m = pattern.exec(q);
      if (!m) continue;
      const a = template.run(graph, m.map((s) => (s ?? '').trim()));
      const names = a.items.map((i) => i.label + (i.note ? ` (${i.note})` : ''));
      const text = `${a.description}: ${names.length ? names.join(', ') : 'nothing found'}`;
      return { question, interpretation: { template: template.id, description: a.description, args: a.args }, answer: { items: a.items, detail: a.detail }, paths: a.paths, text };
    }
  }
  throw new InvalidInputError(`query.ask: cannot read "${q}". Try questions like: ${EXAMPLE_QUESTIONS.map((e) => `"${e}"`).join(', ')}.`, {
    examples: EXAMPLE_QUESTIONS,
  });
}
