// score.py's `load_gexf()`: nodes and edges of a GEXF file with their attvalues under
// the attribute titles; a node's XML `label` fills in a missing `label`, and an edge
// without a `relation` attvalue takes its XML label (or `kind`, or `type`).
import { DOMParser } from '@xmldom/xmldom';
import { InvalidInputError } from '../errors.ts';
import type { EvalGraph } from './types.ts';

const children = (el: Element) => Array.from(el.childNodes as unknown as ArrayLike<Node>).filter((n): n is Element => n.nodeType === 1);
const attr = (el: Element, name: string) => (el.hasAttribute(name) ? el.getAttribute(name) : null);

function parse(text: string, file: string): Element {
  const fail = (message: string) => { throw new InvalidInputError(`eval: "${file}" is not well-formed XML: ${message.trim().split('\n')[0]}`); };
  const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) fail('no root element');
  return doc.documentElement;
}

// every element in document order, the root included (ElementTree's `root.iter()`)
function* all(el: Element): Generator<Element> {
  yield el;
  for (const child of children(el)) yield* all(child);
}

/** @example readGexf(await readFile('g.gexf', 'utf8'), 'g.gexf').edges.length */
export function readGexf(text: string, file: string): EvalGraph {
  const root = parse(text, file);
  const titles = new Map<string, Map<string | null, string | null>>([['node', new Map()], ['edge', new Map()]]);
  for (const el of all(root)) {
    if (el.localName !== 'attributes') continue;
    const cls = attr(el, 'class') ?? 'node';
    if (!titles.has(cls)) titles.set(cls, new Map());
    for (const a of children(el)) titles.get(cls)!.set(attr(a, 'id'), attr(a, 'title') || attr(a, 'id'));
  }
  const attvalues = (el: Element, cls: string) => {
    const out: Record<string, unknown> = {};
    for (const child of children(el).filter((c) => c.localName === 'attvalues')) {
      for (const av of children(child)) {
        const key = attr(av, 'for') || attr(av, 'id');
        const known = titles.get(cls);
        const title = known && known.has(key) ? known.get(key)! : key;
        if (title !== null) out[title] = attr(av, 'value');
      }
    }
    return out;
  };
  const graph: EvalGraph = { nodes: new Map(), edges: [] };
  const need = (el: Element, name: string) => {
    const value = attr(el, name);
    if (value === null) throw new InvalidInputError(`eval: "${file}": a <${el.localName}> has no "${name}" attribute.`);
    return value;
  };
  for (const el of all(root)) {
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
