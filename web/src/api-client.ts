// The only place the viewer speaks HTTP: one typed method per API route it uses.
// Every failure becomes an ApiError, so the UI can say what happened.
import { ApiError } from './api-error.ts';
import type { ControlAnswer, DisputesAnswer, Health, NodeHit, SerializedGraph } from './api-types.ts';
import { collectNodeHits } from './collect-keys.ts';

export type ApiClient = ReturnType<typeof createApiClient>;

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('VIEWER_NETWORK', `The API at ${new URL(url, location.href).origin} did not answer.`);
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(error?.code ?? `HTTP_${response.status}`, error?.message ?? `${url} answered ${response.status}.`, response.status);
  }
  if (body === undefined) throw new ApiError('VIEWER_BAD_RESPONSE', `${url} did not answer JSON.`, response.status);
  return body as T;
}

/**
 * @example const api = createApiClient('/api'); const graph = await api.graph();
 */
export function createApiClient(base = 'api') {
  const url = (path: string, params: Record<string, string | undefined> = {}) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
    const search = query.toString();
    return `${base}${path}${search ? `?${search}` : ''}`;
  };
  return {
    health: () => getJson<Health>(url('/health')),
    graph: (at?: string, signal?: AbortSignal) => getJson<SerializedGraph>(url('/graph', { at }), signal),
    search: async (q: string, signal?: AbortSignal): Promise<NodeHit[]> =>
      collectNodeHits(await getJson<unknown>(url('/nodes', { q, limit: '8' }), signal)),
    paths: (from: string, to: string, relations: string[]) =>
      getJson<unknown>(url('/paths', { from, to, relations: relations.join(',') || undefined, limit: '3' })),
    ask: (q: string) => getJson<unknown>(url('/ask', { q })),
    camps: () => getJson<unknown>(url('/camps')),
    control: (place: string) => getJson<ControlAnswer>(url('/control', { place })),
    disputes: () => getJson<DisputesAnswer>(url('/disputes')),
    exportUrl: (format: 'gexf') => url('/export', { format }),
  };
}
