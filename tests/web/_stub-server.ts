// A stand-in for the real API (src/server/) while it is being written: just enough of
// DESIGN.md's HTTP interface over a fixture graph to drive the viewer in a browser.
// Delete once tests/web/ can run createApp() on the seed graph.
import express from 'express';
import Graph from 'graphology';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

type Serialized = { nodes: { key: string; attributes: Record<string, any> }[]; edges: { key: string; source: string; target: string; attributes: Record<string, any> }[] };

function fail(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function validAt(attrs: Record<string, any>, at: string): boolean {
  if (attrs.since && attrs.since > at) return false;
  if (attrs.until && attrs.until <= at) return false;
  return true;
}

function asOf(graph: Graph, at: string): Graph {
  const copy = graph.copy();
  copy.forEachNode((key, attrs) => {
    if (attrs.type === 'proposal' && attrs.date && attrs.date > at) copy.dropNode(key);
  });
  copy.forEachEdge((key, attrs) => {
    if (!validAt(attrs, at)) copy.dropEdge(key);
  });
  return copy;
}

function search(graph: Graph, q: string, limit: number) {
  const needle = q.toLowerCase();
  const hits: { key: string; label: string; type: string; score: number }[] = [];
  graph.forEachNode((key, a) => {
    const names: string[] = [a.label, ...(a.aliases ?? [])].map((s: string) => s.toLowerCase());
    const score = names.some((n) => n === needle) ? 1 : names.some((n) => n.includes(needle)) ? 0.5 : 0;
    if (score > 0) hits.push({ key, label: a.label, type: a.type, score });
  });
  return hits.sort((x, y) => y.score - x.score).slice(0, limit);
}

function shortestPath(graph: Graph, from: string, to: string, relations?: Set<string>): string[] | null {
  const previous = new Map<string, [string, string] | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) break;
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (relations && !relations.has(attrs.relation)) return;
      const next = source === node ? target : source;
      if (!previous.has(next)) {
        previous.set(next, [node, edge]);
        queue.push(next);
      }
    });
  }
  if (!previous.has(to)) return null;
  const steps: string[] = [to];
  for (let step = previous.get(to); step; step = previous.get(step[0])) steps.unshift(step[0], step[1]);
  return steps;
}

function routes(app: express.Express, graph: Graph): void {
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok', nodes: graph.order, edges: graph.size, articles: graph.getAttribute('articles') ?? 0 });
  });
  app.get('/api/graph', (req, res) => {
    const at = req.query.at as string | undefined;
    if (at && !/^\d{4}-\d\d-\d\d$/.test(at)) return fail(res, 400, 'KG_INVALID_INPUT', 'at: expected YYYY-MM-DD');
    res.json((at ? asOf(graph, at) : graph).export());
  });
  app.get('/api/nodes', (req, res) => {
    const results = search(graph, String(req.query.q ?? ''), Number(req.query.limit ?? 10));
    res.json({ results });
  });
  app.get('/api/nodes/:key', (req, res) => {
    if (!graph.hasNode(req.params.key)) return fail(res, 404, 'KG_NOT_FOUND', `node "${req.params.key}" not found`);
    res.json({ key: req.params.key, attributes: graph.getNodeAttributes(req.params.key) });
  });
  app.get('/api/paths', (req, res) => {
    const [from, to] = [String(req.query.from ?? ''), String(req.query.to ?? '')];
    for (const key of [from, to]) if (!graph.hasNode(key)) return fail(res, 404, 'KG_NOT_FOUND', `node "${key}" not found`);
    const relations = req.query.relations ? new Set(String(req.query.relations).split(',')) : undefined;
    const steps = shortestPath(graph, from, to, relations);
    res.json({ from, to, paths: steps ? [{ steps }] : [] });
  });
  app.get('/api/ask', (req, res) => {
    const q = String(req.query.q ?? '');
    const match = /who (?:backs|supports) (.+?)\??$/i.exec(q);
    const target = match ? search(graph, match[1], 1)[0] : undefined;
    if (!target) return fail(res, 422, 'KG_INVALID_INPUT', `ask: cannot interpret "${q}"`);
    const answer = graph
      .filterInNeighbors(target.key, (n) => graph.edges(n, target.key).some((e) => graph.getEdgeAttribute(e, 'relation') === 'supports'))
      .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label') }));
    res.json({ question: q, interpretation: { template: 'backers', of: target.key }, answer, paths: [] });
  });
  app.get('/api/camps', (_req, res) => {
    res.json({ camps: [
      { id: 0, members: ['actor:khalifa-haftar', 'backer:egypt', 'backer:russia', 'backer:united-arab-emirates', 'backer:abdel-fattah-al-sisi'] },
      { id: 1, members: ['actor:government-of-national-accord', 'backer:turkey', 'backer:qatar', 'actor:fayez-al-sarraj'] },
    ].map((c) => ({ ...c, members: c.members.filter((k) => graph.hasNode(k)) })) });
  });
  app.get('/api/export', (_req, res) => {
    res.type('application/xml').send('<?xml version="1.0"?><gexf version="1.3"><graph/></gexf>');
  });
}

/** Serves `data` (graphology JSON) and the built viewer on an ephemeral loopback port. */
export async function startStubServer(data: Serialized, distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const graph = new Graph({ type: 'directed', multi: true });
  graph.import(data as any);
  const app = express();
  routes(app, graph);
  app.use(express.static(distDir));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
