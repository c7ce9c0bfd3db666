// Colours and base sizes by node type for exported files (Gephi shows these as they are).
import type { NodeType } from '../types.ts';

export const TYPE_STYLE: Record<NodeType, { color: string; size: number }> = {
  actor: { color: '#d62728', size: 12 },
  backer: { color: '#1f77b4', size: 10 },
  city: { color: '#2ca02c', size: 8 },
  proposal: { color: '#ff7f0e', size: 8 },
};
