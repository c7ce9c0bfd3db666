// The <attributes> model of a GEXF file, inferred from the values one element at a time
// so a streaming writer can declare it without keeping the elements. Same rules as
// graphology-gexf's writer (toGexf): a column takes its widest type (string > double >
// long > integer > boolean), empty values say nothing, columns in order of first value.
import type { GexfValue } from './gexf-element.ts';

export type GexfType = 'string' | 'double' | 'long' | 'integer' | 'boolean';

// lower = wider; a column keeps the widest type seen
const PRIORITY: Record<GexfType, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 };

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || Number.isNaN(value);

function typeOf(value: GexfValue | boolean): GexfType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value !== 'number') return 'string';
  if (value !== (value | 0)) return 'double';
  return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
}

/**
 * @example const model = gexfModel(); model.add({ evidence: 3 }); model.add({ evidence: 0.5 });
 * model.columns // → Map { 'evidence' => 'double' }
 */
export function gexfModel(): { add: (attributes: Record<string, GexfValue>) => void; columns: Map<string, GexfType> } {
  const columns = new Map<string, GexfType>();
  return {
    columns,
    add(attributes) {
      for (const name in attributes) {
        const value = attributes[name];
        if (isEmpty(value)) continue;
        const type = typeOf(value);
        const current = columns.get(name);
        if (!current || PRIORITY[type] < PRIORITY[current]) columns.set(name, type);
      }
    },
  };
}
