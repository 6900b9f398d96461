// Browser measurements for BENCHMARKS.md, in Debian's Chromium through
// Playwright, against dist/ served with gzip on 127.0.0.1 by static-server.mjs
// (whose request log is the source of the request counts):
//   - first visit: requests, the time until the first screen shows (from the
//     page itself, rendered at build time) and until the app has started (the
//     loading bar gone: the screen taken over), with a slow 3G link and a 4×
//     slower CPU; and the same from a host that sends the build's precompressed
//     brotli copies (static-server.mjs --precompressed);
//   - repeat visit (after the service worker took over): which requests still
//     reach the host, and the time until the app has started;
//   - installability, as Chromium judges it (DevTools' installability errors);
//   - the commune's view: importing a pasted block of 500 result links
//     (tests/fixtures/tracking/links-500.txt), from the tap on "Thêm vào danh
//     sách" until the list shows them, timed in the page.
// Prints a JSON object. Usage: node scripts/bench-browser.mjs [port]

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const port = Number(process.argv[2] ?? 4181);
const root = new URL('..', import.meta.url).pathname;
const url = `http://127.0.0.1:${port}/`;
const HEADING = 'h1.shell-title';
// The loading screen (or, on a first visit, the bar at the first screen's foot):
// gone once the app has started.
const LOADING = '#boot';

/** Milliseconds from `t` until the app's heading shows, and until the app has started. */
async function visit(page, t) {
  await page.waitForSelector(HEADING);
  const shown = Date.now() - t;
  await page.waitForSelector(LOADING, { state: 'detached', timeout: 120000 });
  return { shown, started: Date.now() - t };
}

const server = spawn('node', [path.join(root, 'scripts/static-server.mjs'), path.join(root, 'dist'), '--port', String(port), '--gzip', '--log']);
const log = [];
await new Promise((resolve) => server.stdout.once('data', resolve));
server.stdout.on('data', (chunk) => log.push(...chunk.toString().split('\n').filter((l) => /^(GET|HEAD) /.test(l))));
const take = () => log.splice(0, log.length);

/** Slow 3G (400 ms round trips, 400 kbit/s) and a 4× slower CPU, through DevTools. */
async function throttleToSlow3g(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const profile = await mkdtemp(path.join(tmpdir(), 'tsvmtd-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  viewport: { width: 360, height: 640 },
  isMobile: true,
  hasTouch: true,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const result = {};
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await throttleToSlow3g(cdp);
  let t = Date.now();
  await page.goto(url);
  const first = await visit(page, t);
  result.first_visit_slow_3g_cpu4x_shown_ms = first.shown;
  result.first_visit_slow_3g_cpu4x_ms = first.started;
  result.first_visit_requests = take();

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30000 });
  await page.waitForTimeout(500); // let the worker finish its own precache requests
  result.service_worker_precache_requests = take();

  t = Date.now();
  await page.reload();
  result.repeat_visit_ms = (await visit(page, t)).started;
  await page.waitForTimeout(300);
  result.repeat_visit_requests = take();

  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  result.installability_errors = installabilityErrors.map((e) => e.errorId);

  // 500 links pasted into "Theo dõi": best of three, each into an empty list.
  const links = await readFile(path.join(root, 'tests/fixtures/tracking/links-500.txt'), 'utf8');
  const runs = [];
  for (let run = 0; run < 3; run++) {
    await page.evaluate(() => localStorage.removeItem('tsvmtd:collection'));
    // A new visit of the page: a reload (or the same address again) would stay on the
    // screen of the last run.
    await page.goto('about:blank');
    // The commune's view is a page of its own.
    await page.goto(`${url}theo-doi.html`);
    await page.getByLabel('Dán liên kết kết quả').fill(links);
    runs.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Thêm vào danh sách');
            const t0 = performance.now();
            const done = () => document.querySelectorAll('.track-list > li').length >= 500;
            new MutationObserver((_, observer) => {
              if (done()) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)));
              }
            }).observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      ),
    );
  }
  result.tracking_import_500_ms = Math.min(...runs);
  result.tracking_import_500_runs_ms = runs;
} finally {
  await context.close();
  server.kill();
  await rm(profile, { recursive: true, force: true });
}

// The first visit again, from a host that serves the precompressed copies.
const brotliServer = spawn('node', [
  path.join(root, 'scripts/static-server.mjs'),
  path.join(root, 'dist'),
  '--port',
  String(port + 1),
  '--precompressed',
]);
await new Promise((resolve) => brotliServer.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await throttleToSlow3g(cdp);
  const t = Date.now();
  await page.goto(`http://127.0.0.1:${port + 1}/`);
  const first = await visit(page, t);
  result.first_visit_slow_3g_cpu4x_brotli_shown_ms = first.shown;
  result.first_visit_slow_3g_cpu4x_brotli_ms = first.started;
} finally {
  await browser.close();
  brotliServer.kill();
}
console.log(JSON.stringify(result, null, 2));
