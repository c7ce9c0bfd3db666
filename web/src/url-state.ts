// The shareable part of the UI state in the URL's query string:
// ?node=actor:khalifa-haftar&hideTypes=city&hideRelations=rejects&at=2020-01-01&camps=1&view=map&minSources=2
import type { UiState } from './ui-state.ts';

type Shared = Pick<UiState, 'selectedNode' | 'hiddenTypes' | 'hiddenRelations' | 'at' | 'camps' | 'view' | 'minSources'>;

const list = (value: string | null) => new Set((value ?? '').split(',').filter(Boolean));

/** @example readUrlState('?node=backer%3Aturkey&at=2020-01-01') → {selectedNode: 'backer:turkey', at: '2020-01-01', …} */
export function readUrlState(search: string): Shared {
  const params = new URLSearchParams(search);
  const at = params.get('at');
  return {
    selectedNode: params.get('node') || null,
    hiddenTypes: list(params.get('hideTypes')),
    hiddenRelations: list(params.get('hideRelations')),
    at: at && /^\d{4}-\d\d-\d\d$/.test(at) ? at : null,
    camps: params.get('camps') === '1',
    view: params.get('view') === 'map' ? 'map' : 'graph',
    minSources: Math.max(1, Math.min(99, Number.parseInt(params.get('minSources') ?? '1', 10) || 1)),
  };
}

/** Replaces the current history entry, so Back leaves the viewer rather than undoing clicks. */
export function writeUrlState(state: Shared): void {
  const params = new URLSearchParams();
  if (state.selectedNode) params.set('node', state.selectedNode);
  if (state.hiddenTypes.size) params.set('hideTypes', [...state.hiddenTypes].join(','));
  if (state.hiddenRelations.size) params.set('hideRelations', [...state.hiddenRelations].join(','));
  if (state.at) params.set('at', state.at);
  if (state.camps) params.set('camps', '1');
  if (state.view === 'map') params.set('view', 'map');
  if (state.minSources > 1) params.set('minSources', String(state.minSources));
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}
