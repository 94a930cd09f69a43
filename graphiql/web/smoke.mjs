// Manual smoke test of the GraphiQL page in a real browser (not run by go test or CI: it
// needs Chromium and a running demo server).
//
//   pppdesk --demo --addr 127.0.0.1:18931 --db sqlite:/tmp/smoke.db &
//   node --experimental-websocket smoke.mjs            # page at /
//   node --experimental-websocket smoke.mjs /pppdesk/  # behind a prefix-stripping proxy
//
// It drives headless Chromium over the DevTools protocol: loads the page, signs in as the
// demo desk account, runs a query, starts a subscription (graphql-ws, token in
// connection_init), opens the docs and the settings dialog, and prints every
// Content-Security-Policy violation (there should be none) and the network traffic.
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';

const backend = { host: '127.0.0.1', port: Number(process.env.PPPDESK_PORT || 18931) };
const prefix = process.argv[2] || '';
let pageURL = `http://127.0.0.1:${backend.port}/`;
if (prefix) {
  const proxy = http.createServer((req, res) => {
    if (!req.url.startsWith(prefix)) { res.writeHead(404); res.end('outside prefix'); return; }
    const p = http.request({ ...backend, method: req.method, path: req.url.slice(prefix.length - 1), headers: req.headers }, (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
    req.pipe(p);
  });
  proxy.on('upgrade', (req, sock, head) => {
    const up = net.connect(backend.port, backend.host, () => {
      let s = `${req.method} ${req.url.slice(prefix.length - 1)} HTTP/1.1\r\n`;
      for (let i = 0; i < req.rawHeaders.length; i += 2) s += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
      up.write(s + '\r\n'); up.write(head); up.pipe(sock); sock.pipe(up);
    });
  });
  await new Promise((r) => proxy.listen(18932, '127.0.0.1', r));
  pageURL = `http://127.0.0.1:18932${prefix}`;
}

const chrome = spawn('chromium', ['--headless', '--disable-gpu', '--no-sandbox', '--remote-debugging-port=9333', '--window-size=1280,800', 'about:blank'], { stdio: 'ignore', detached: true });
const stop = (code) => { try { process.kill(-chrome.pid); } catch {} process.exit(code); };
process.on('uncaughtException', (e) => { console.error(e); stop(1); });
process.on('unhandledRejection', (e) => { console.error(e); stop(1); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let targets;
for (let i = 0; i < 50; i++) { try { targets = await (await fetch('http://127.0.0.1:9333/json/list')).json(); if (targets.length) break; } catch {} await sleep(200); }
const page = targets.find((t) => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener('open', r));
let id = 0; const pending = new Map(); const log = [];
ws.addEventListener('message', (ev) => {
  const m = JSON.parse(ev.data);
  if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); return; }
  if (m.method === 'Runtime.consoleAPICalled') log.push(`console.${m.params.type}: ${m.params.args.map((a) => a.value ?? a.description).join(' ')}`);
  if (m.method === 'Log.entryAdded') log.push(`log ${m.params.entry.level} ${m.params.entry.source}: ${m.params.entry.text}`);
  if (m.method === 'Runtime.exceptionThrown') log.push(`exception: ${m.params.exceptionDetails.exception?.description}`);
  if (m.method === 'Network.responseReceived') log.push(`net ${m.params.response.status} ${m.params.response.url}`);
  if (m.method === 'Network.webSocketCreated') log.push(`ws created ${m.params.url}`);
  if (m.method === 'Network.webSocketFrameSent') log.push(`ws sent ${m.params.response.payloadData.slice(0, 160)}`);
  if (m.method === 'Network.webSocketFrameReceived') log.push(`ws recv ${m.params.response.payloadData.slice(0, 160)}`);
});
const send = (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
const evaluate = async (expr) => (await send('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true })).result?.result?.value;
const waitFor = async (expr, what, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(250)) {
    const v = await evaluate(expr);
    if (v) return v;
  }
  throw new Error('timed out waiting for ' + what);
};
await send('Runtime.enable'); await send('Log.enable'); await send('Network.enable'); await send('Page.enable');
await send('Page.addScriptToEvaluateOnNewDocument', { source: "window.__csp=[];document.addEventListener('securitypolicyviolation',e=>window.__csp.push(e.violatedDirective+' '+e.blockedURI+' '+(e.sample||'')))" });
await send('Page.navigate', { url: pageURL });
await waitFor(`!!document.querySelector('.graphiql-execute-button') && !!document.querySelector('.graphiql-query-editor .CodeMirror')`, 'GraphiQL');
await sleep(1000);
const setEditor = (sel, text) => evaluate(`document.querySelector(${JSON.stringify(sel)}).CodeMirror.setValue(${JSON.stringify(text)}), true`);
const run = () => evaluate(`document.querySelector('.graphiql-execute-button').click(), true`);
const result = () => evaluate(`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`);
await setEditor('.graphiql-query-editor .CodeMirror', 'mutation { login(email: "desk@demo.pppdesk.jp", password: "pppdesk-demo") { token } }');
await run();
const loginOut = await waitFor(`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`, 'login answer');
console.log('LOGIN:', loginOut.slice(0, 120));
const token = JSON.parse(loginOut).data.login.token;
await evaluate(`document.querySelectorAll('.graphiql-editor-tool .CodeMirror')[1].CodeMirror.setValue(${JSON.stringify(JSON.stringify({ Authorization: 'Bearer ' + token }))}), true`);
await setEditor('.graphiql-query-editor .CodeMirror', 'query { me { email role } }');
await run();
console.log('ME:', (await waitFor(`(v => v.includes('me') && v)(document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue())`, 'me answer')).replace(/\s+/g, ' '));
await setEditor('.graphiql-query-editor .CodeMirror', 'subscription { proposalEvents { __typename } }'); await sleep(800);
await run(); await sleep(2500);
console.log('SUB:', (await result()).replace(/\s+/g, ' ').slice(0, 200));
await evaluate(`document.querySelector('.graphiql-sidebar button').click(), true`); await sleep(1500);
console.log('DOCS:', (await evaluate(`document.querySelector('.graphiql-plugin')?.innerText.slice(0,200)`))?.replace(/\s+/g,' '));
await evaluate(`[...document.querySelectorAll('.graphiql-sidebar button')].pop().click(), true`); await sleep(1500);
console.log('DIALOG:', (await evaluate(`document.querySelector('.graphiql-dialog')?.innerText.slice(0,120)`))?.replace(/\s+/g,' '));
console.log('CSP violations:', JSON.stringify(await evaluate('window.__csp')));
const shot = await send('Page.captureScreenshot', { format: 'png' });
const png = (await import('node:path')).join((await import('node:os')).tmpdir(), 'pppdesk-graphiql-smoke' + (prefix ? '-prefix' : '') + '.png');
(await import('node:fs')).writeFileSync(png, Buffer.from(shot.result.data, 'base64'));
console.log(log.join('\n'));
console.log('screenshot:', png);
const violations = await evaluate('window.__csp.length');
const acked = log.some((l) => l.includes('connection_ack'));
ws.close();
stop(violations === 0 && acked ? 0 : 1);
