import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePrecompressed } from '../../scripts/precompress.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { expectNoHorizontalScroll } from './support';

// Publishes one release, then the next, in the same folder of a static host,
// as a real deployment does: the open app (and the commune's page) must offer
// the new release, keep running the old one until asked, then run only the new one.

const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(HERE, '../../dist');
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

/** Makes a release folder: the real build, marked with a release number. */
async function makeRelease(folder: string, release: number) {
  await rm(folder, { recursive: true, force: true });
  await cp(DIST, folder, { recursive: true });
  for (const page of ['index.html', 'theo-doi.html', 'ho-so.html']) {
    const file = path.join(folder, page);
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replace('<title>', `<meta name=test-release content=${release}><title>`));
  }
  await writeServiceWorker(folder);
  await writePrecompressed(folder);
}

// The host serves `site`, a link to the folder of the release published last.
let root: string;
let site: string;
let server: ChildProcess;

/**
 * Publishes a release as an atomic deploy does: its folder is made whole
 * beside the one served, then the link the host serves is switched to it in
 * one step. A browser checks for a new service worker on every navigation:
 * a release written in place could be read half-written (a precompressed copy
 * still empty: the new worker cached an empty JavaScript file once, and the
 * page it served could not start).
 */
async function publish(release: number) {
  const folder = path.join(root, `release-${release}`);
  await makeRelease(folder, release);
  await serve(folder);
}

/** Switches the link the host serves to `folder`, in one step. */
async function serve(folder: string) {
  const next = path.join(root, 'next');
  await symlink(folder, next);
  await rename(next, site);
}

/**
 * Publishes a release as a host that writes in place is seen half-way: the
 * new service worker is there, the app's page still the release before's.
 * Returns what finishes writing it.
 */
async function publishHalfWritten(release: number) {
  const whole = path.join(root, `release-${release}`);
  await makeRelease(whole, release);
  const partial = path.join(root, `release-${release}-partial`);
  await cp(whole, partial, { recursive: true });
  const before = await realpath(site);
  const page = ['index.html', 'index.html.br', 'index.html.gz'];
  for (const name of page) await cp(path.join(before, name), path.join(partial, name));
  await serve(partial);
  return async () => {
    for (const name of page) await cp(path.join(whole, name), path.join(partial, name));
  };
}

// The tests share the host and publish one release after another.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tsvmtd-site-'));
  site = path.join(root, 'site');
  await publish(1);
  server = spawn('node', [
    path.resolve(HERE, '../../scripts/static-server.mjs'),
    site,
    '--port',
    String(PORT),
    '--precompressed',
  ]);
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
});

test.afterAll(async () => {
  server?.kill();
  await rm(root, { recursive: true, force: true });
});

test('a newer release is offered with a banner and runs only once she reloads', async ({ page }) => {
  const release = () => page.locator('meta[name=test-release]').getAttribute('content');
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  expect(await release()).toBe('1');
  await expect(page.getByRole('button', { name: 'Đã có phiên bản mới — tải lại' })).toHaveCount(0);

  // The next release is published while the app is open.
  await publish(2);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const banner = page.getByRole('button', { name: 'Đã có phiên bản mới — tải lại' });
  await expect(banner).toBeVisible();
  await expectNoHorizontalScroll(page);

  // A plain reload still runs release 1 entirely: no mix of old and new files.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(await release()).toBe('1');
  await expect(banner).toBeVisible();

  // Her choice switches to release 2 and reloads.
  await Promise.all([page.waitForEvent('load'), banner.tap()]);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(await release()).toBe('2');
  await expect(banner).toHaveCount(0);
  // Only release 2's cache is left.
  const caches = await page.evaluate(() => window.caches.keys());
  expect(caches).toHaveLength(1);

  // The commune's page, of the same release, is offered the next one the same way.
  await page.goto(`http://127.0.0.1:${PORT}/theo-doi.html`);
  const tracking = page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' });
  await expect(tracking).toBeVisible({ timeout: 15_000 });
  expect(await release()).toBe('2');
  await publish(3);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(banner).toBeVisible();
  await Promise.all([page.waitForEvent('load'), banner.tap()]);
  await expect(tracking).toBeVisible();
  expect(await release()).toBe('3');
  await expect(banner).toHaveCount(0);

  // So is the record's page.
  await page.goto(`http://127.0.0.1:${PORT}/ho-so.html`);
  const record = page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' });
  // Its own wasm, compiled on a first visit (slow on a busy host).
  await expect(record).toBeVisible({ timeout: 15_000 });
  expect(await release()).toBe('3');
  await publish(4);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(banner).toBeVisible();
  await Promise.all([page.waitForEvent('load'), banner.tap()]);
  await expect(record).toBeVisible();
  expect(await release()).toBe('4');
  await expect(banner).toHaveCount(0);
});

test('a release read half-written is not installed: the app keeps the one it has until the release is whole', async ({
  page,
}) => {
  const release = () => page.locator('meta[name=test-release]').getAttribute('content');
  const banner = page.getByRole('button', { name: 'Đã có phiên bản mới — tải lại' });
  const heading = page.getByRole('heading', { level: 1, name: TITLE });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await expect(heading).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  const current = await release();
  const next = Number(current) + 1;

  // The browser checks for a new worker while the host is writing the next
  // release: its page is still the one before. The new worker finds a file
  // that is not its release's and is not installed.
  const finish = await publishHalfWritten(next);
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const found = new Promise<ServiceWorker>((resolve) =>
      registration.addEventListener('updatefound', () => resolve(registration.installing!), { once: true }),
    );
    await registration.update();
    const worker = await found;
    return new Promise<string>((resolve) => {
      const settled = () => {
        if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
      };
      worker.addEventListener('statechange', settled);
      settled();
    });
  });
  expect(state).toBe('redundant');
  await expect(banner).toHaveCount(0);

  // The release she has stays whole, online and offline.
  await page.reload();
  await expect(heading).toBeVisible();
  expect(await release()).toBe(current);
  await page.context().setOffline(true);
  await page.reload();
  await expect(heading).toBeVisible();
  expect(await release()).toBe(current);
  await page.context().setOffline(false);

  // Once the host has finished, the next check installs the release, and
  // she is offered it.
  await finish();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(banner).toBeVisible();
  await Promise.all([page.waitForEvent('load'), banner.tap()]);
  await expect(heading).toBeVisible();
  expect(await release()).toBe(String(next));
});
