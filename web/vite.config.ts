// Builds the viewer (web/src) into web/dist, which the Express app serves at `/`.
// `npm run dev:web` proxies /api to a local `conflict-kg serve` on port 3000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200, // the map chunk is MapLibre (~1.1 MB), loaded only when the map is first shown
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
