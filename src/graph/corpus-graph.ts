// The graph of a corpus as a function of its articles' extractions: resolution
// (resolve/create-resolution.ts) names the nodes, the edge ledger files the facts, and
// this keeps a graphology graph equal to that function at all times. Adding articles,
// one at a time or all at once and in any order, gives the same graph; each addition
// returns the diff it applied, which the server replays on the graph it serves.
import { createResolution, refId, type Resolution } from '../resolve/create-resolution.ts';
import type { ArticleExtraction, KnowledgeGraph } from '../types.ts';
import { createEdgeLedger, ledgerFact } from './edge-ledger.ts';
import { createGraph } from './create-graph.ts';
import { edgePatch, grownNodePatch, nodePatch } from './diff-patches.ts';
import { applyDiff, emptyDiff, type GraphDiff } from './graph-diff.ts';

export interface Touched {
  /** Keys of the nodes and edges an article's entities and facts resolved to. */
  nodes: string[];
  edges: string[];
}

export interface CorpusGraph {
  readonly graph: KnowledgeGraph;
  /**
   * Adds the articles not added before (by article id); returns the diff applied to
   * `graph` and, for every article given (new or not), the keys its entities and facts
   * resolved to.
   */
  add(extractions: readonly ArticleExtraction[]): { diff: GraphDiff; touched: Map<string, Touched> };
  has(article: string): boolean;
  readonly articles: number;
}

/** @example const corpus = createCorpusGraph(); corpus.add(extractions); corpus.graph.order */
export function createCorpusGraph(resolution: Resolution = createResolution()): CorpusGraph {
  const graph = createGraph();
  const ledger = createEdgeLedger();
  const seen = new Map<string, { mentions: number[]; facts: number[] }>();

  return {
    graph,
    has: (article) => seen.has(article),
    get articles() {
      return seen.size;
    },
    add(extractions) {
      const fresh = new Map<string, ArticleExtraction>();
      for (const e of extractions) if (!seen.has(e.article) && !fresh.has(e.article)) fresh.set(e.article, e);
      const newFacts: number[] = [];
      // what an article says beside its facts: its outlet, and claims the text disputes
      const outlets: Record<string, string> = {};
      const claims = [...fresh.values()].flatMap((e) => e.claims ?? []);
      for (const e of fresh.values()) if (e.outlet) outlets[e.article] = e.outlet;
      for (const e of fresh.values()) {
        const ids = resolution.register(e);
        const facts = ledger.add(e.facts.map((fact) => ledgerFact(fact, ids.get(refId(fact.subject))!, ids.get(refId(fact.object))!)));
        newFacts.push(...facts);
        seen.set(e.article, { mentions: [...ids.values()], facts });
      }
      const change = resolution.resolve();
      const refile = new Set(newFacts);
      for (const m of change.moved) for (const f of ledger.factsOf(m)) refile.add(f);
      const edgeKeys = ledger.refile(refile, resolution.keyOf);
      // `whole` sets this graph exactly; `diff`, for replicas, says the same with patches where it can
      const whole = { ...emptyDiff(), dropNodes: [...change.dropped], attributes: { articles: seen.size }, outlets, claims };
      const diff = { ...emptyDiff(), dropNodes: whole.dropNodes, dropEdges: whole.dropEdges, attributes: whole.attributes, outlets, claims };
      for (const key of change.nodes) {
        const next = resolution.attributes(key);
        whole.nodes.push([key, next]);
        const [old, grown] = [graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined, change.grown.get(key)];
        const patch = old && (grown ? grownNodePatch(old, next, grown) : nodePatch(old, next));
        if (patch) diff.nodePatches.push([key, patch]);
        else diff.nodes.push([key, next]);
      }
      for (const key of edgeKeys) {
        const edge = ledger.edge(key);
        if (!edge) {
          if (graph.hasEdge(key)) whole.dropEdges.push(key);
          continue;
        }
        whole.edges.push([key, edge.source, edge.target, edge.attributes]);
        const patch = graph.hasEdge(key) ? edgePatch(graph.getEdgeAttributes(key), edge.attributes) : undefined;
        if (patch) diff.edgePatches.push([key, patch]);
        else diff.edges.push([key, edge.source, edge.target, edge.attributes]);
      }
      applyDiff(graph, whole);
      const touched = new Map<string, Touched>();
      for (const { article } of extractions) {
        const { mentions, facts } = seen.get(article)!;
        touched.set(article, {
          nodes: [...new Set(mentions.map(resolution.keyOf))],
          edges: [...new Set(facts.map((f) => ledger.keyOfFact(f)).filter((k): k is string => k !== undefined))],
        });
      }
      return { diff, touched };
    },
  };
}
