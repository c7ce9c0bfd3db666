// The small UI state object everything on screen is derived from. Sigma's reducers read
// it to highlight and filter; the graph's attributes are never edited for display.

export interface Highlight {
  /** What asked for it: the path finder or the question box. */
  origin: 'path' | 'ask';
  nodes: Set<string>;
  edges: Set<string>;
}

export interface UiState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hiddenTypes: Set<string>;
  hiddenRelations: Set<string>;
  /** ISO date of the date slider, or null for "everything". */
  at: string | null;
  /** What the server says exists at `at` (GET /api/graph?at=); null when `at` is null. */
  visibleAt: { nodes: Set<string>; edges: Set<string> } | null;
  highlight: Highlight | null;
  camps: boolean;
  campOf: Map<string, number> | null;
  /** Which picture the stage shows. */
  view: 'graph' | 'map';
  /** Show only facts stated by at least this many outlets (1 = all). */
  minSources: number;
}

export type UiStore = ReturnType<typeof createUiState>;

export function initialUiState(): UiState {
  return {
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    at: null,
    visibleAt: null,
    highlight: null,
    camps: false,
    campOf: null,
    view: 'graph',
    minSources: 1,
  };
}

/**
 * @example const ui = createUiState(); ui.subscribe((s) => renderer.refresh()); ui.set({ hoveredNode: 'city:sirte' });
 */
export function createUiState(initial: Partial<UiState> = {}) {
  let state: UiState = { ...initialUiState(), ...initial };
  const listeners = new Set<(state: UiState, changed: (keyof UiState)[]) => void>();
  return {
    get: (): Readonly<UiState> => state,
    set(patch: Partial<UiState>): void {
      const changed = (Object.keys(patch) as (keyof UiState)[]).filter((k) => patch[k] !== state[k]);
      if (changed.length === 0) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state, changed);
    },
    subscribe(listener: (state: UiState, changed: (keyof UiState)[]) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
