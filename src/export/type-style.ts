// Colours and base sizes by node type for exported files (Gephi shows these as they are).
// Colours are rgb() so GEXF gets r/g/b attributes: NetworkX cannot read GEXF 1.3 `hex`.
import type { NodeType } from '../types.ts';

export const TYPE_STYLE: Record<NodeType, { color: string; size: number }> = {
  actor: { color: 'rgb(214,39,40)', size: 12 },
  backer: { color: 'rgb(31,119,180)', size: 10 },
  city: { color: 'rgb(44,160,44)', size: 8 },
  proposal: { color: 'rgb(255,127,14)', size: 8 },
};
