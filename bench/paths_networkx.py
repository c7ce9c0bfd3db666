"""Path queries on the synthetic graph with NetworkX, for bench/query.ts: the same
pairs and the same question (up to 10 simple paths of at most 4 hops, shortest first,
undirected) as conflict-kg's paths(). Usage: EDGE_LIST PAIRS_JSON. Prints JSON."""
import itertools
import json
import statistics
import sys
import time

import networkx as nx

edge_list, pairs_file = sys.argv[1], sys.argv[2]
started = time.perf_counter()
G = nx.read_edgelist(edge_list, create_using=nx.Graph)
load = time.perf_counter() - started
pairs = json.load(open(pairs_file))
times, found = [], []
for s, t in pairs:
    t0 = time.perf_counter()
    try:
        gen = nx.shortest_simple_paths(G, s, t)
        paths = list(itertools.islice(itertools.takewhile(lambda p: len(p) <= 5, gen), 10))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        paths = []
    times.append((time.perf_counter() - t0) * 1000)
    found.append(len(paths))
p99 = sorted(times)[int(len(times) * 0.99)]
print(json.dumps({"version": nx.__version__, "loadSeconds": load, "medianMs": statistics.median(times), "p99Ms": p99, "maxMs": max(times), "times": times, "found": found}))
