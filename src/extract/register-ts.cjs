// Compiles the TypeScript sources on require() inside an extraction worker: tsx's own
// transform (esbuild to CommonJS, import.meta defined per file), without its `keepNames`.
// keepNames calls Object.defineProperty for every nested function each time its parent
// runs (~16 a sentence in segmentClauses alone): a twentieth of the worker's time.
// Sources still run as they are, with no build step and no stale output.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');

// the esbuild tsx runs on, whichever node_modules it was installed in
const esbuild = Module.createRequire(require.resolve('tsx/cjs/api'))('esbuild');

Module._extensions['.ts'] = function compileTs(module, filename) {
  const { code } = esbuild.transformSync(readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    platform: 'node',
    target: `node${process.versions.node}`,
    // esbuild's tables lower /\p{L}/u for every Node version into `new RegExp(…)`, built on
    // each call (~200 an article, ~0.5% of its time); Node has had the escapes since 10
    supported: { 'regexp-unicode-property-escapes': true },
    sourcefile: filename,
    sourcemap: 'inline',
    define: { 'import.meta': JSON.stringify({ dirname: dirname(filename), filename, url: pathToFileURL(filename).href }) },
  });
  module._compile(code, filename);
};
process.setSourceMapsEnabled(true);
