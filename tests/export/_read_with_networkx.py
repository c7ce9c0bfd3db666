"""Reads a GEXF or GraphML file with NetworkX and prints what the export tests compare:
counts, node type/label, edge relation and start/end. Usage: FORMAT PATH."""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path, version="1.3") if fmt == "gexf" else nx.read_graphml(path)
print(json.dumps({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "node": {n: {"type": d.get("type"), "label": d.get("label"), "aliases": d.get("aliases")} for n, d in g.nodes(data=True)},
    "edge": [
        {"source": s, "target": t, "relation": d.get("relation"), "start": d.get("start", d.get("since")), "end": d.get("end", d.get("until"))}
        for s, t, d in g.edges(data=True)
    ],
}, default=str))
