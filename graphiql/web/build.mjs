// Builds ../dist (index.html, graphiql.js, graphiql.css) from src/ with esbuild.
// The output is byte-for-byte reproducible: fixed file names, no source maps, no
// timestamps, no absolute paths, so CI can rebuild and compare it with the committed dist.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await build({
  absWorkingDir: here,
  entryPoints: { graphiql: 'src/main.tsx' },
  outdir: dist,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  charset: 'utf8',
  legalComments: 'eof',
  sourcemap: false,
  metafile: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
});

await copyFile(join(here, 'src', 'index.html'), join(dist, 'index.html'));

// Fail loudly if esbuild ever names the outputs differently: the Go handler and the page
// refer to exactly these three files.
const got = (await readdir(dist)).sort().join(',');
if (got !== 'graphiql.css,graphiql.js,index.html') {
  throw new Error(`unexpected files in dist: ${got}`);
}
