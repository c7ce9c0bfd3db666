// The load bench:live puts on a running server: readers that each send one read at a
// time (optionally pausing between them) over keep-alive connections, and one POST of a
// new article a second. Every request's latency is kept, so the report gives true
// percentiles and the slowest read, per route.

export interface Read {
  route: string;
  path: string;
}

export interface Sample {
  route: string;
  ms: number;
  status: number;
  /** performance.now() when the request was sent. */
  at: number;
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);

/** p50/p99/max over samples, by route and over all. */
export function summarise(samples: Sample[]) {
  const by = new Map<string, number[]>();
  for (const s of samples) (by.get(s.route) ?? by.set(s.route, []).get(s.route)!).push(s.ms);
  by.set('all', samples.map((s) => s.ms));
  return [...by].map(([route, ms]) => {
    const sorted = ms.sort((a, b) => a - b);
    return { route, requests: ms.length, errors: samples.filter((s) => (route === 'all' || s.route === route) && (s.status < 200 || s.status > 299)).length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1) ?? NaN };
  });
}

async function timed(route: string, url: string, init?: RequestInit): Promise<Sample> {
  const at = performance.now();
  try {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    return { route, ms: performance.now() - at, status: res.status, at };
  } catch {
    return { route, ms: performance.now() - at, status: 0, at };
  }
}

/** `readers` concurrent readers over `reads` (round robin, each from its own offset) until `until` settles. */
export async function readLoad(base: string, reads: Read[], readers: number, thinkMs: number, until: Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let done = false;
  void until.then(() => (done = true));
  await Promise.all(Array.from({ length: readers }, async (_, r) => {
    for (let i = r * 7; !done; i++) {
      const read = reads[i % reads.length];
      samples.push(await timed(read.route, base + read.path));
      if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs));
    }
  }));
  return samples;
}

export interface PostBody {
  text: string;
  title?: string;
  date?: string;
}

/** POSTs `bodies` one a second (each on its own timer, so a slow one does not delay the next). */
export async function postEverySecond(base: string, token: string, bodies: PostBody[]): Promise<Sample[]> {
  const posts: Promise<Sample>[] = [];
  for (const body of bodies) {
    posts.push(postOne(base, token, body));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return Promise.all(posts);
}

export const postOne = (base: string, token: string, body: PostBody, route = 'POST /api/articles') =>
  timed(route, `${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
