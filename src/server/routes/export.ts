// GET /api/export?format=gexf|graphml|json|neo4j: the graph as a download. neo4j has two
// files, so it comes as JSON {"nodes.csv": "…", "relationships.csv": "…"}.
import { Router } from 'express';
import { z } from 'zod';
import { EXPORT_FORMATS, exportGraph, MEDIA_TYPES } from '../../export/export-graph.ts';
import type { AppContext } from '../app-context.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({ format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }) });

export function exportRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    const { format } = parseInput(query, req.query, 'GET /api/export');
    const files = exportGraph(graph, format);
    const names = Object.keys(files);
    if (names.length > 1) {
      res.json(files);
      return;
    }
    res.attachment(names[0]).type(MEDIA_TYPES[format]).send(files[names[0]]);
  });
}
