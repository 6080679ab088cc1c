// Opens the code-server workbench in Debian's headless Chromium (playwright-core,
// no downloaded browser), relays the extension host's test output, takes the
// screenshots the in-host tests ask for, and exits with the tests' exit code.
//
// VS Code's web workbench reports the end of an extension test run by calling
// window.codeAutomationExit(code) and forwards log lines (including the
// extension host's console while tests run) to window.codeAutomationLog — the
// hooks @vscode/test-web uses. We expose both with playwright.
//
// env: E2E_URL, E2E_OUT (screenshots), E2E_HANDSHAKE_DIR, E2E_PROFILE_DIR,
//      E2E_TIMEOUT_S (default 300), E2E_CHROMIUM (default /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const env = process.env;
const out = env.E2E_OUT;
const handshakeDir = env.E2E_HANDSHAKE_DIR;
const timeoutMs = Number(env.E2E_TIMEOUT_S || 300) * 1000;
const log = (...a) => console.log('[drive]', ...a);
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const context = await chromium.launchPersistentContext(env.E2E_PROFILE_DIR, {
  executablePath: env.E2E_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 860 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});

// A runner that is stopped must not leave the driver waiting for its timeout.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { context.close().finally(() => process.exit(3)); });
}

// Nothing but loopback: abort and record any other request the workbench makes.
const blocked = new Set();
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (!/^(https?|wss?):$/.test(url.protocol) || LOCAL_HOSTS.has(url.hostname)) return route.continue();
  blocked.add(url.origin);
  return route.abort('internetdisconnected');
});

let onExit;
const exited = new Promise((resolve) => { onExit = resolve; });
await context.exposeFunction('codeAutomationLog', (type, args) => {
  console.log(`[vscode:${type}]`, format(...(Array.isArray(args) ? args : [args])));
});
await context.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));

const page = context.pages()[0] ?? (await context.newPage());
page.on('pageerror', (e) => log('page error:', e.message));

async function shot(name, waitForSelector) {
  if (waitForSelector) {
    await page.waitForSelector(waitForSelector, { timeout: 15_000 }).catch(() => log(`selector ${waitForSelector} not found for ${name}`));
  }
  await page.waitForTimeout(500); // let the editor finish painting
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${file}`);
}

// Answers one in-host request: {waitForSelector?, screenshot? (default true), textOf?}
// -> {found, text?}. The status bar and other workbench UI are reachable only from here.
async function answer(name, request) {
  let found = true;
  if (request.waitForSelector) {
    found = await page.waitForSelector(request.waitForSelector, { timeout: 15_000 }).then(() => true, () => false);
    if (!found) log(`selector ${request.waitForSelector} not found for ${name}`);
  }
  let text;
  if (request.textOf) {
    text = await page.locator(request.textOf).first().innerText({ timeout: 5_000 }).catch(() => undefined);
    if (text === undefined) found = false;
  }
  if (request.screenshot !== false) await shot(name);
  return { found, text };
}

// File handshake with the in-host tests: <name>.request -> answer() -> <name>.done (JSON)
let polling = true;
const poller = (async () => {
  while (polling) {
    for (const f of fs.existsSync(handshakeDir) ? fs.readdirSync(handshakeDir) : []) {
      if (!f.endsWith('.request')) continue;
      const name = f.slice(0, -'.request'.length);
      const req = fs.readFileSync(path.join(handshakeDir, f), 'utf8').trim();
      fs.renameSync(path.join(handshakeDir, f), path.join(handshakeDir, `${name}.taking`));
      let result = { found: false };
      try { result = await answer(name, req ? JSON.parse(req) : {}); } catch (e) { log(`request ${name} failed: ${e.message}`); }
      fs.writeFileSync(path.join(handshakeDir, `${name}.done`), JSON.stringify(result));
    }
    await new Promise((r) => setTimeout(r, 200));
  }
})();

const started = Date.now();
log(`opening ${env.E2E_URL}`);
await page.goto(env.E2E_URL);
await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
log(`workbench up after ${((Date.now() - started) / 1000).toFixed(1)} s`);

let timer;
const code = await Promise.race([
  exited,
  new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); }),
]);
clearTimeout(timer);
polling = false;
await poller;
if (code === 'timeout') {
  log(`no test result after ${timeoutMs / 1000} s`);
  await shot('timeout').catch(() => {});
}
log(`tests finished after ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${code}`);
log(blocked.size ? `blocked non-loopback requests to: ${[...blocked].join(', ')}` : 'no non-loopback request from the browser');
await context.close();
process.exit(code === 'timeout' ? 3 : code);
