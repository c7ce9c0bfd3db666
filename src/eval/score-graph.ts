// Steps 2–4 of the metric (data/eval/GUIDELINES.md): each edge of the four relations
// becomes a triple of gold ids (duplicates collapse; an end that maps to nothing makes the
// edge wrong; a proposer's `supports` of its own proposal is neutral). Precision is right
// triples over system triples, recall found gold facts over required gold facts, F1 their
// harmonic mean, per relation and overall; then entity recall, duplicates, types and `until`.
import { mapNodes, nodeName, nodeType } from './map-nodes.ts';
import { RELATIONS, type EvalGraph, type Gold, type GoldRelation, type NodeMapping, type RelationScore, type ScoreResult, type ScoredRelation, type Triple } from './types.ts';

/**
 * The gold facts of the articles in scope, each (sources, relation, targets) once: a fact
 * optional in one article and required in another is required.
 */
function goldInScope(gold: Gold, articles?: Set<string>): { required: GoldRelation[]; optional: GoldRelation[] } {
  const required = new Map<string, GoldRelation>();
  const optional = new Map<string, GoldRelation>();
  const keyOf = (r: GoldRelation) => JSON.stringify([[...new Set(r.s)].sort(), r.r, [...new Set(r.t)].sort()]);
  for (const [name, article] of Object.entries(gold.articles)) {
    if (articles?.size && !articles.has(name)) continue;
    for (const relation of article.relations) {
      const bucket = relation.optional ? optional : required;
      if (!bucket.has(keyOf(relation))) bucket.set(keyOf(relation), relation);
    }
  }
  for (const key of required.keys()) optional.delete(key);
  return { required: [...required.values()], optional: [...optional.values()] };
}

interface SystemSide {
  /** One entry per distinct triple of gold ids, with the attributes of every edge behind it. */
  triples: Array<{ triple: Triple; edges: Array<Record<string, unknown>> }>;
  unmapped: Triple[];
  neutral: number;
}

function systemSide(graph: EvalGraph, gold: Gold, mapping: NodeMapping): SystemSide {
  const byKey = new Map<string, SystemSide['triples'][number]>();
  const side: SystemSide = { triples: [], unmapped: [], neutral: 0 };
  const label = (key: string) => (graph.nodes.has(key) ? nodeName(graph.nodes.get(key)!) || key : key);
  for (const [s, t, attrs] of graph.edges) {
    const rel = attrs.relation;
    if (!(RELATIONS as readonly unknown[]).includes(rel)) continue;
    const [sid, tid] = [mapping.get(s) ?? null, mapping.get(t) ?? null];
    if (sid === null || tid === null) {
      side.unmapped.push([label(s), rel as string, label(t)]);
    } else if (rel === 'supports' && gold.proposals[tid]?.proposers.includes(sid)) {
      side.neutral += 1;
    } else {
      const key = JSON.stringify([sid, rel, tid]);
      if (!byKey.has(key)) side.triples.push(byKey.set(key, { triple: [sid, rel as string, tid], edges: [] }).get(key)!);
      byKey.get(key)!.edges.push(attrs);
    }
  }
  return side;
}

const matches = ([s, r, t]: Triple, g: GoldRelation) => r === g.r && g.s.includes(s) && g.t.includes(t);
const isSet = (value: unknown) => value !== undefined && value !== null && value !== '' && value !== false;
const compareTriples = (a: Triple, b: Triple) => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
};

/** Precision over system triples, recall over required gold facts, F1; 0 where a denominator is 0. */
export function prf(tp: number, system: number, found: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = system ? tp / system : 0;
  const recall = gold ? found / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * @param articles article file names whose gold facts are scored; none or empty: every article.
 * @example scoreGraph(await readGraphFile('g.json'), gold).overall.f1
 */
export function scoreGraph(graph: EvalGraph, gold: Gold, articles?: Set<string>): ScoreResult {
  const { required, optional } = goldInScope(gold, articles);
  const mapping = mapNodes(graph, gold);
  const side = systemSide(graph, gold, mapping);
  const count = Object.fromEntries(RELATIONS.map((r) => [r, { tp: 0, system: 0, found: 0, gold: 0 }])) as Record<ScoredRelation, Omit<RelationScore, 'precision' | 'recall' | 'f1'>>;
  const wrong: Triple[] = [];
  for (const { triple } of side.triples) {
    count[triple[1] as ScoredRelation].system += 1;
    if (required.some((g) => matches(triple, g)) || optional.some((g) => matches(triple, g))) count[triple[1] as ScoredRelation].tp += 1;
    else wrong.push(triple);
  }
  for (const u of side.unmapped) count[u[1] as ScoredRelation].system += 1;
  const missed: GoldRelation[] = [];
  for (const g of required) {
    const c = count[g.r as ScoredRelation];
    c.gold += 1;
    if (side.triples.some(({ triple }) => matches(triple, g))) c.found += 1;
    else missed.push(g);
  }
  const relations = Object.fromEntries(RELATIONS.map((r) => [r, { ...prf(count[r].tp, count[r].system, count[r].found, count[r].gold), ...count[r] }])) as Record<ScoredRelation, RelationScore>;
  const total = (k: 'tp' | 'system' | 'found' | 'gold') => RELATIONS.reduce((n, r) => n + count[r][k], 0);
  return {
    overall: { ...prf(total('tp'), total('system'), total('found'), total('gold')), system_triples: total('system'), gold_relations: total('gold') },
    relations,
    entities: entityFigures(graph, gold, mapping, required),
    controls_temporal: untilFigures(side, required),
    neutral_self_support: side.neutral,
    wrong: wrong.sort(compareTriples),
    unmapped: side.unmapped,
    missed: missed.map((g) => ({ s: g.s, r: g.r, t: g.t })),
  };
}

/** Gold entities of the required facts that some node maps to; ids several nodes map to; nodes of the right type. */
function entityFigures(graph: EvalGraph, gold: Gold, mapping: NodeMapping, required: GoldRelation[]): ScoreResult['entities'] {
  const wanted = new Set(required.flatMap((g) => [...g.s, ...g.t]).filter((id) => Object.hasOwn(gold.entities, id)));
  const nodesOf = new Map<string, number>();
  for (const id of mapping.values()) if (id !== null) nodesOf.set(id, (nodesOf.get(id) ?? 0) + 1);
  const typed = [...mapping].filter(([, id]) => id !== null && Object.hasOwn(gold.entities, id));
  return {
    wanted: wanted.size,
    found: [...wanted].filter((id) => nodesOf.has(id)).length,
    missing: [...wanted].filter((id) => !nodesOf.has(id)).sort(),
    duplicated: Object.fromEntries([...nodesOf].filter(([, n]) => n > 1).sort(([a], [b]) => (a < b ? -1 : 1))),
    typed: typed.length,
    type_correct: typed.filter(([key, id]) => nodeType(graph.nodes.get(key)!) === gold.entities[id!].type).length,
  };
}

/** For each required `controls` fact found: is `until` set on one of its edges exactly when the gold sets it? */
function untilFigures(side: SystemSide, required: GoldRelation[]): ScoreResult['controls_temporal'] {
  let checked = 0;
  let correct = 0;
  for (const g of required.filter((r) => r.r === 'controls')) {
    const edges = side.triples.filter(({ triple }) => matches(triple, g)).flatMap((entry) => entry.edges);
    if (edges.length === 0) continue;
    checked += 1;
    if (edges.some((attrs) => isSet(attrs.until)) === isSet(g.until)) correct += 1;
  }
  return { checked, correct };
}
