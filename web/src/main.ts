// Entry point: loads the graph from the API, says so when it cannot (API down, empty
// graph), and hands over to startViewer.
import { createApiClient } from './api-client.ts';
import { byId } from './dom.ts';
import { toViewGraph } from './load-graph.ts';
import { startViewer } from './start-viewer.ts';
import { createStatusLine } from './status-line.ts';
import './style.css';

async function boot(): Promise<void> {
  const api = createApiClient('api');
  const status = createStatusLine(byId('status'));
  status.show('loading', 'Loading the graph…');
  document.body.dataset.state = 'loading';
  let graph;
  try {
    const data = await api.graph();
    performance.mark('kg:graph-fetched');
    graph = toViewGraph(data);
    performance.mark('kg:graph-built');
  } catch (error) {
    document.body.dataset.state = 'error';
    status.show('error', `Cannot load the graph: ${(error as Error).message} Is the server running (npm start)?`, {
      label: 'Retry',
      run: () => location.reload(),
    });
    return;
  }
  if (graph.order === 0) {
    document.body.dataset.state = 'empty';
    status.show('empty', 'The graph is empty: add articles to data/articles, then run `conflict-kg build`.');
    return;
  }
  status.clear();
  startViewer(graph, api, status);
}

void boot();
