// Bundles src/ into ../dist with fixed names (index.html, app.js, app.css) and deterministic
// bytes, so the committed bundle can be checked against a fresh build (.ci/web-check).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const out = '../dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: 'src/main.tsx' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: out,
  entryNames: '[name]',
  assetNames: '[name]',
  legalComments: 'none',
  sourcemap: false,
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
});
copyFileSync('src/index.html', `${out}/index.html`);

let total = 0;
for (const f of ['index.html', 'app.js', 'app.css']) {
  const b = readFileSync(`${out}/${f}`);
  const gz = gzipSync(b, { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(11)} ${String(b.length).padStart(8)} B  ${String(gz).padStart(7)} B gzipped`);
}
const limit = 300 * 1024;
console.log(`initial bundle ${total} B gzipped (limit ${limit} B)`);
if (total > limit) {
  console.error('the initial bundle is over 300 KB gzipped');
  process.exit(1);
}
