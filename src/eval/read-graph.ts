// Reads the graph `eval` scores, as plain attribute records: graphology's JSON
// serialisation (what `conflict-kg build -o g.json` writes) or GEXF (`-o g.gexf`, or a file
// saved by Gephi). A missing file is NotFoundError; anything unreadable is one
// InvalidInputError naming the file and what is wrong.
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { EvalGraph } from './types.ts';

/** GEXF when the name ends in ".gexf", graphology JSON otherwise. @example const graph = await readGraphFile('out/graph.json') */
export async function readGraphFile(path: string): Promise<EvalGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`eval: graph file "${path}" not found.`);
    throw new InvalidInputError(`eval: cannot read graph file "${path}": ${(error as Error).message}`);
  }
  if (path.toLowerCase().endsWith('.gexf')) return readGexf(text, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`eval: "${path}" is not JSON (${(error as Error).message}); use graphology JSON or a .gexf file.`);
  }
  return readGraphJson(data, path);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// `{key, label, attributes: {type}}`: keys beside `attributes` count too, unless `attributes` has them
function attributesOf(item: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  const attrs: Record<string, unknown> = isRecord(item.attributes) ? { ...item.attributes } : {};
  for (const [k, v] of Object.entries(item)) if (!skip.includes(k) && !Object.hasOwn(attrs, k)) attrs[k] = v;
  return attrs;
}

const idOf = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/** `{nodes:[{key, attributes}], edges:[{source, target, attributes}]}`. @example readGraphJson(graph.export(), 'g.json') */
export function readGraphJson(data: unknown, file: string): EvalGraph {
  const bad = (what: string) => new InvalidInputError(`eval: "${file}" is not a graphology JSON graph: ${what}.`);
  if (!isRecord(data)) throw bad('the top level is not an object');
  const { nodes = [], edges = [] } = data;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) throw bad('"nodes" and "edges" must be arrays');
  const graph: EvalGraph = { nodes: new Map(), edges: [] };
  nodes.forEach((n, i) => {
    const key = isRecord(n) ? idOf(n.key ?? n.id) : undefined;
    if (key === undefined) throw bad(`nodes[${i}] has no "key"`);
    graph.nodes.set(key, attributesOf(n as Record<string, unknown>, ['key', 'id', 'attributes']));
  });
  edges.forEach((e, i) => {
    const [source, target] = isRecord(e) ? [idOf(e.source), idOf(e.target)] : [];
    if (source === undefined || target === undefined) throw bad(`edges[${i}] has no source or target`);
    graph.edges.push([source, target, attributesOf(e as Record<string, unknown>, ['source', 'target', 'attributes', 'key'])]);
  });
  return graph;
}

const children = (el: Element) => Array.from(el.childNodes as unknown as ArrayLike<Node>).filter((n): n is Element => n.nodeType === 1);
const attr = (el: Element, name: string) => (el.hasAttribute(name) ? el.getAttribute(name) : null);

function* descendants(el: Element): Generator<Element> {
  yield el;
  for (const child of children(el)) yield* descendants(child);
}

/**
 * GEXF: attvalues under their attribute titles (`<attribute id="0" title="type">`); a node's
 * XML `label` fills in a missing `label`, and an edge without a `relation` attvalue takes its
 * XML `label` (or a `kind` or `type` attvalue).
 * @example readGexf(await readFile('g.gexf', 'utf8'), 'g.gexf').edges.length
 */
export function readGexf(text: string, file: string): EvalGraph {
  const fail = (message: string): never => { throw new InvalidInputError(`eval: "${file}" is not well-formed XML: ${message.trim().split('\n')[0]}`); };
  const root = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml').documentElement ?? fail('no root element');
  const titles = new Map<string, Map<string, string>>();
  for (const el of descendants(root)) {
    if (el.localName !== 'attributes') continue;
    const cls = attr(el, 'class') ?? 'node';
    if (!titles.has(cls)) titles.set(cls, new Map());
    for (const a of children(el)) {
      const id = attr(a, 'id');
      if (id !== null) titles.get(cls)!.set(id, attr(a, 'title') || id);
    }
  }
  const attvalues = (el: Element, cls: string) => {
    const out: Record<string, unknown> = {};
    for (const av of children(el).filter((c) => c.localName === 'attvalues').flatMap(children)) {
      const key = attr(av, 'for') || attr(av, 'id');
      if (key !== null) out[titles.get(cls)?.get(key) ?? key] = attr(av, 'value');
    }
    return out;
  };
  const need = (el: Element, name: string) => {
    const value = attr(el, name);
    if (value === null) throw new InvalidInputError(`eval: "${file}": a <${el.localName}> has no "${name}" attribute.`);
    return value;
  };
  const graph: EvalGraph = { nodes: new Map(), edges: [] };
  for (const el of descendants(root)) {
    if (el.localName === 'node') {
      const attrs = attvalues(el, 'node');
      if (attr(el, 'label') !== null && !Object.hasOwn(attrs, 'label')) attrs.label = attr(el, 'label');
      graph.nodes.set(need(el, 'id'), attrs);
    } else if (el.localName === 'edge') {
      const attrs = attvalues(el, 'edge');
      if (!Object.hasOwn(attrs, 'relation')) attrs.relation = attr(el, 'label') || attrs.kind || attrs.type || null;
      graph.edges.push([need(el, 'source'), need(el, 'target'), attrs]);
    }
  }
  return graph;
}
