// The English questions `ask` understands, as data: a pattern, an example, and the
// library call it maps to. A new question form is a new row (tests/query/ask.test.ts
// has a row per example).
import type { KnowledgeGraph } from '../types.ts';
import { backers } from './backers.ts';
import { camps } from './camps.ts';
import { control } from './control.ts';
import { edgeView } from './edge-view.ts';
import { nodeRef } from './node-ref.ts';
import { paths } from './paths.ts';
import { proposals } from './proposals.ts';
import { resolveNode } from './resolve-node.ts';
import { resolveProposals } from './resolve-proposals.ts';
import type { NodeRef, Path } from './types.ts';

export interface TemplateAnswer {
  description: string;
  args: Record<string, string>;
  /** The entities that answer the question; `path` indexes the entry of `paths` that is its evidence. */
  items: Array<NodeRef & { note?: string; path?: number }>;
  /** The full result of the library call. */
  detail: unknown;
  /** Evidence paths behind the items. */
  paths: Path[];
}

export interface QuestionTemplate {
  id: string;
  patterns: RegExp[];
  example: string;
  run: (graph: KnowledgeGraph, m: string[]) => TemplateAnswer;
}

const BACK = '(?:back|backs|backed|backing|support|supports|supported|supporting|arm|arms|armed|fund|funds|funded|sponsor|sponsors|sponsored)';
const WELCOME = '(?:welcome|welcomes|welcomed|accept|accepts|accepted|endorse|endorses|endorsed|' + BACK.slice(3);
const REJECT = '(?:reject|rejects|rejected|dismiss|dismisses|dismissed|refuse|refuses|refused|oppose|opposes|opposed)';
const PROPOSE = '(?:propose|proposes|proposed|call(?:s|ed)? for|announce|announces|announced|declare|declares|declared|broker|brokers|brokered|offer|offers|offered)';
const WHO = '(?:who|which (?:countries|parties|states|actors))\\s+(?:has\\s+|have\\s+|had\\s+|is\\s+|are\\s+|was\\s+|were\\s+)?';
const re = (s: string) => new RegExp(`^${s}$`, 'i');
const where = 'query.ask';

const looksLikeProposal = (graph: KnowledgeGraph, phrase: string): boolean =>
  /ceasefire|cease-fire|truce|declaration|proposal|initiative|peace plan|agreement/i.test(phrase) ||
  graph.getNodeAttribute(resolveNode(graph, phrase, { where }), 'type') === 'proposal';

function stances(graph: KnowledgeGraph, phrase: string, role: 'supporters' | 'rejecters' | 'proposers'): TemplateAnswer {
  const keys = resolveProposals(graph, phrase, where);
  const views = proposals(graph, { keys });
  const relation = { supporters: 'supports', rejecters: 'rejects', proposers: 'proposes' }[role];
  const items = views.flatMap((p) => p[role].map((s) => ({ ...s, note: p.label }))).map((item, path) => ({ ...item, path }));
  const evidence = views.flatMap((p) =>
    p[role].map((s) => {
      const edges = graph.edges(s.key, p.key).filter((e) => graph.getEdgeAttribute(e, 'relation') === relation).map((e) => edgeView(graph, e));
      return { length: 1, nodes: [nodeRef(graph, s.key), nodeRef(graph, p.key)], hops: [{ from: s.key, to: p.key, edges }] };
    }),
  );
  const what = views.length === 1 ? views[0].label : `${views.length} proposals`;
  return { description: `the ${role} of ${what}`, args: { proposal: keys.join(',') }, items, detail: views, paths: evidence };
}

function backersOf(graph: KnowledgeGraph, phrase: string): TemplateAnswer {
  if (looksLikeProposal(graph, phrase)) return stances(graph, phrase, 'supporters');
  const result = backers(graph, phrase);
  const all = [...result.direct, ...result.indirect];
  return {
    description: `who backs ${result.of.label}, directly and through chains`,
    args: { of: result.of.key },
    items: all.map((b, path) => ({ ...b.backer, note: b.depth === 1 ? 'direct' : `via ${b.path.nodes.slice(1, -1).map((n) => n.label).join(' → ')}`, path })),
    detail: result,
    paths: all.map((b) => b.path),
  };
}

function outgoing(graph: KnowledgeGraph, phrase: string, relation: 'supports' | 'controls'): TemplateAnswer {
  const key = resolveNode(graph, phrase, { where });
  const edges = graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'relation') === relation).map((e) => edgeView(graph, e));
  const items = edges.map((e, path) => ({ ...nodeRef(graph, e.target), ...(e.until ? { note: `until ${e.until}` } : e.since ? { note: `since ${e.since}` } : {}), path }));
  const label = graph.getNodeAttribute(key, 'label');
  const hops = edges.map((e) => ({ length: 1, nodes: [nodeRef(graph, key), nodeRef(graph, e.target)], hops: [{ from: key, to: e.target, edges: [e] }] }));
  return { description: `what ${label} ${relation === 'supports' ? 'backs' : 'controls'}`, args: { of: key }, items, detail: edges, paths: hops };
}

export const QUESTION_TEMPLATES: QuestionTemplate[] = [
  {
    id: 'whom-does-x-back',
    patterns: [re(`(?:whom|who|what)\\s+(?:does|did|do)\\s+(.+?)\\s+${BACK}`), re(`who\\s+(?:is|are|was|were)\\s+(.+?)\\s+(?:backing|supporting)`)],
    example: 'whom does Turkey back?',
    run: (g, m) => outgoing(g, m[1], 'supports'),
  },
  {
    id: 'what-does-x-control',
    patterns: [re(`what\\s+(?:does|did|do)\\s+(.+?)\\s+(?:control|hold)`)],
    example: 'what does Haftar control?',
    run: (g, m) => outgoing(g, m[1], 'controls'),
  },
  {
    id: 'who-controls',
    patterns: [re(`${WHO}(?:controls?|controlled|holds?|held|in control of)\\s+(.+)`)],
    example: 'who controls Sirte?',
    run: (g, m) => {
      const result = control(g, m[1]);
      const items = result.periods.map((p, path) => ({ ...p.controller, note: [p.since && `since ${p.since}`, p.until && `until ${p.until}`].filter(Boolean).join(', ') || undefined, path }));
      const hops = result.periods.map((p) => ({ length: 1, nodes: [p.controller, result.place], hops: [{ from: p.controller.key, to: result.place.key, edges: [p.edge] }] }));
      return { description: `who controlled ${result.place.label} over time`, args: { place: result.place.key }, items, detail: result, paths: hops };
    },
  },
  {
    id: 'who-rejects',
    patterns: [re(`${WHO}${REJECT}\\s+(.+)`)],
    example: 'who rejected the Cairo Declaration?',
    run: (g, m) => stances(g, m[1], 'rejecters'),
  },
  {
    id: 'who-proposed',
    patterns: [re(`${WHO}${PROPOSE}\\s+(.+)`)],
    example: 'who proposed a ceasefire?',
    run: (g, m) => stances(g, m[1], 'proposers'),
  },
  {
    id: 'who-backs',
    patterns: [re(`${WHO}${WELCOME}\\s+(.+)`), re(`(?:who\\s+are\\s+)?(?:the\\s+)?(?:backers|supporters|sponsors)\\s+of\\s+(.+)`)],
    example: 'who backs Haftar?',
    run: (g, m) => backersOf(g, m[1]),
  },
  {
    id: 'path',
    patterns: [
      re(`how\\s+(?:is|are|was|were)\\s+(.+?)\\s+(?:connected|linked|related|tied)\\s+(?:to|with)\\s+(.+)`),
      re(`(?:paths?|connections?|links?)\\s+(?:from|between)\\s+(.+?)\\s+(?:to|and)\\s+(.+)`),
      re(`what\\s+(?:connects|links)\\s+(.+?)\\s+(?:to|and|with)\\s+(.+)`),
    ],
    example: 'how is Turkey connected to Haftar?',
    run: (g, m) => {
      const result = paths(g, m[1], m[2], { limit: 10 });
      const items = result.shortest ? result.shortest.nodes : [];
      return { description: `paths from ${result.from.label} to ${result.to.label}`, args: { from: result.from.key, to: result.to.key }, items, detail: result, paths: result.paths };
    },
  },
  {
    id: 'allies',
    patterns: [re(`${WHO}(?:allied|aligned|allies)\\s+(?:with|of)\\s+(.+)`), re(`(?:who\\s+are\\s+)?(?:the\\s+)?allies\\s+of\\s+(.+)`), re(`who\\s+are\\s+(.+?)['’]s?\\s+allies`)],
    example: 'who is allied with the GNA?',
    run: (g, m) => {
      const key = resolveNode(g, m[1], { where });
      const result = camps(g);
      const camp = result.camps.find((c) => c.members.some((n) => n.key === key));
      const items = camp ? camp.members.filter((n) => n.key !== key) : [];
      return { description: `the camp of ${g.getNodeAttribute(key, 'label')} in the signed graph`, args: { of: key }, items, detail: { camp: camp ?? null, frustration: result.frustration }, paths: [] };
    },
  },
];
