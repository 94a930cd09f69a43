// Bundles src/ into dist with fixed names (index.html, app.js, app.css, config.js) and
// deterministic bytes, so the committed bundle can be checked against a fresh build
// (.ci/web-check). dist/config.js is the one file a municipality edits: it is copied from
// src/config.js and never bundled.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const out = 'dist';
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
copyFileSync('src/config.js', `${out}/config.js`);

// The links the server mails (portal URL + /verify-email#token=…, /reset-password#token=…)
// are paths: a static host finds them as folders whose page loads the same app one level up.
const page = readFileSync('src/index.html', 'utf8').replace('<head>', '<head>\n<base href="../">');
for (const dir of ['verify-email', 'reset-password']) {
  mkdirSync(`${out}/${dir}`, { recursive: true });
  writeFileSync(`${out}/${dir}/index.html`, page);
}

let total = 0;
for (const f of ['index.html', 'config.js', 'app.js', 'app.css']) {
  const b = readFileSync(`${out}/${f}`);
  const gz = gzipSync(b, { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(11)} ${String(b.length).padStart(8)} B  ${String(gz).padStart(7)} B gzipped`);
}
const limit = 150 * 1024;
console.log(`portal bundle ${total} B gzipped (limit ${limit} B)`);
if (total > limit) {
  console.error('the portal bundle is over 150 KB gzipped');
  process.exit(1);
}
