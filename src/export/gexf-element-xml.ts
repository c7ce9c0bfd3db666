// One <node> or <edge> of a GEXF file as text, laid out exactly as graphology-gexf writes
// it (two-space indent, attvalues in model order, viz colour/size/position), so the
// streaming writer's output is byte for byte toGexf's.
import type { GexfElement } from './gexf-element.ts';
import type { GexfType } from './gexf-model.ts';
import { xmlAttribute } from './xml-attribute.ts';

// "rgb(214,39,40)" or "rgba(…, 0.5)" → r, g, b (, a)
const RGBA = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/i;
const INDENT = '\n      '; // <node>/<edge> sit inside gexf > graph > nodes|edges

function colour(color: string): string {
  if (color.startsWith('#')) return ` hex="${xmlAttribute(color)}"`;
  const m = RGBA.exec(color);
  return m ? ` r="${+m[1]}" g="${+m[2]}" b="${+m[3]}"${m[4] ? ` a="${+m[4]}"` : ''}` : '';
}

function children(element: GexfElement, columns: Map<string, GexfType>): string {
  let out = '';
  if (columns.size) {
    let values = '';
    for (const name of columns.keys()) {
      const value = element.attributes[name];
      if (value === undefined || value === '' || Number.isNaN(value)) continue;
      values += `${INDENT}    <attvalue for="${name}" value="${xmlAttribute(value)}"/>`;
    }
    out += values ? `${INDENT}  <attvalues>${values}${INDENT}  </attvalues>` : `${INDENT}  <attvalues/>`;
  }
  const viz = element.viz;
  if (viz) {
    if (viz.color) out += `${INDENT}  <viz:color${colour(viz.color)}/>`;
    if (viz.size !== undefined) out += `${INDENT}  <viz:size value="${viz.size}"/>`;
    if (viz.x !== undefined || viz.y !== undefined) out += `${INDENT}  <viz:position${viz.x !== undefined ? ` x="${viz.x}"` : ''}${viz.y !== undefined ? ` y="${viz.y}"` : ''}/>`;
  }
  return out;
}

/**
 * `head` is the element's own XML attributes before weight and label (` id="…"`, and for
 * an edge its spell, source and target), already escaped.
 * @example gexfElementXml('node', ' id="city:sirte"', gexfNode(…), model.columns)
 */
export function gexfElementXml(tag: 'node' | 'edge', head: string, element: GexfElement, columns: Map<string, GexfType>): string {
  const weight = typeof element.weight === 'number' && !Number.isNaN(element.weight) ? ` weight="${element.weight}"` : '';
  const label = element.label ? ` label="${xmlAttribute(element.label)}"` : '';
  const inner = children(element, columns);
  return `${INDENT}<${tag}${head}${weight}${label}${inner ? `>${inner}${INDENT}</${tag}>` : '/>'}`;
}
