import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subPathURL } from '../playwright.config';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

// A mangled address never hangs: any address under the app either opens the
// app, its fragment (a result link's data) kept, or says what is wrong; and
// whatever stops the app from starting ends on the error screen, never on an
// endless "Đang tải ứng dụng…".

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(HERE, '../../dist');
const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';
const LOADING = 'Đang tải ứng dụng…';
const FATAL_TITLE = 'Ứng dụng gặp lỗi không mong muốn';
const WRONG_TITLE = 'Địa chỉ này không mở được ứng dụng';
const SHARED_HEADING = 'Kết quả được gửi đến';

// A real result link's fragment (Chi bộ ấp Phú Hòa 1), from the commune's fixtures.
const FRAGMENT = readFileSync(path.resolve(HERE, '../../tests/fixtures/tracking/chat-30.txt'), 'utf8').match(/#k=[\w-]+/)![0];

/** Mangled addresses under the app's folder, as they happen. */
const MANGLED = [
  'abc/def',
  'index.html/extra',
  // Words pasted into a link's path, then the fragment.
  'Ch%C3%AD%20b%E1%BB%99%20g%E1%BB%ADi%20k%E1%BA%BFt%20qu%E1%BA%A3/',
  'abc/def/?from=zalo',
];

/** The shared result opened from FRAGMENT, read by the result page. */
async function expectSharedResult(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: SHARED_HEADING })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Chi bộ ấp Phú Hòa 1');
}

for (const [where, base] of [
  ['at the root of a host', '/'],
  ['under a sub-path', subPathURL],
] as const) {
  test(`with the service worker installed, any deeper address opens the app with its fragment, online and offline (${where})`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const app = new URL(base, baseURL).href;
    await page.goto(app);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

    for (const offline of [false, true]) {
      await context.setOffline(offline);
      for (const mangled of MANGLED) {
        const address = new URL(mangled + FRAGMENT, app);
        await page.goto(address.href);
        await expectSharedResult(page);
        // The app's own address, the query and the fragment kept, then the
        // result page there, where a result link opens.
        expect(page.url(), `${mangled} (${offline ? 'offline' : 'online'})`).toBe(new URL(`ket-qua.html${address.search}${FRAGMENT}`, app).href);
      }
      // The app's own files still open as themselves.
      const manifest = await page.goto(new URL('manifest.webmanifest', app).href);
      expect(JSON.parse((await manifest!.text())).lang).toBe('vi');
    }
    await context.setOffline(false);
  });
}

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a host that has nothing at a deeper address answers 404 (its own page, not a hanging app)', async ({ page, baseURL }) => {
    for (const base of [baseURL!, subPathURL]) {
      for (const mangled of MANGLED) {
        const response = await page.goto(new URL(mangled + FRAGMENT, base).href);
        expect(response!.status(), mangled).toBe(404);
      }
    }
  });

  /** Starts scripts/static-server.mjs on a free port; returns its address. */
  async function startServer(args: string[]): Promise<{ url: string; server: ChildProcess }> {
    const server = spawn('node', [path.resolve(HERE, '../../scripts/static-server.mjs'), DIST, '--port', '0', ...args]);
    const line = await new Promise<string>((resolve) => server.stdout!.once('data', (chunk) => resolve(String(chunk))));
    return { url: line.match(/http:\S+/)![0], server };
  }

  for (const [where, serverBase] of [
    ['at the root of a host', '/'],
    ['under a sub-path', '/tsvmtd/'],
  ] as const) {
    test(`a host that answers every address with the page: the error screen says so and leads to the app (${where})`, async ({
      page,
    }) => {
      const { url: app, server } = await startServer(['--fallback', '--base', serverBase]);
      try {
        for (const mangled of MANGLED) {
          await page.goto(new URL(mangled + FRAGMENT, app).href);
          const alert = page.getByRole('alert');
          await expect(alert.getByRole('heading', { level: 1, name: WRONG_TITLE })).toBeVisible();
          await expect(page.getByText(LOADING)).toHaveCount(0);
          const open = alert.getByRole('link', { name: 'Mở ứng dụng' });
          await expect(open).toBeFocused();
          const search = new URL(mangled, app).search;
          await expect(open).toHaveAttribute('href', new URL(search + FRAGMENT, app).href);
        }
        // Styled from the app's folder (the host sent this page for the stylesheet too).
        await expect(page.getByRole('link', { name: 'Mở ứng dụng' })).toHaveCSS('min-height', '44px');
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
        // Her way to the app: the result she was sent opens.
        await page.getByRole('link', { name: 'Mở ứng dụng' }).tap();
        await expectSharedResult(page);

        // In English when that is her language.
        await page.evaluate(() => localStorage.setItem('tsvmtd:lang', JSON.stringify('en')));
        await page.goto(new URL('abc/def', app).href);
        await expect(page.getByRole('alert').getByRole('heading', { level: 1, name: 'This address does not open the app' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Open the app' })).toBeFocused();
      } finally {
        server.kill();
      }
    });
  }

  for (const [what, pattern] of [
    ['boot.js', '**/*-boot.js'],
    ["the app's script", '**/tsvmtd-*.js'],
  ] as const) {
    test(`when ${what} cannot load, the loading screen gives way to the error screen`, async ({ page }) => {
      await page.route(pattern, (route) => route.abort('failed'));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: FATAL_TITLE })).toBeVisible();
      await expect(page.getByText(LOADING)).toHaveCount(0);
      // The reload button works without any of the app's scripts.
      const reload = alert.getByRole('button', { name: 'Tải lại trang' });
      await expect(reload).toBeFocused();
      await page.unroute(pattern);
      await reload.tap();
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    });
  }

  test('a browser without WebAssembly ends on the error screen at once', async ({ page }) => {
    await page.addInitScript(() => delete (window as { WebAssembly?: unknown }).WebAssembly);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1, name: FATAL_TITLE })).toBeVisible();
    await alert.getByText('Chi tiết kỹ thuật').tap();
    await expect(alert).toContainText('lacks JavaScript modules or WebAssembly');
    await expect(page.getByText(LOADING)).toHaveCount(0);
  });

  test('a download of the wasm cut half-way ends on the error screen', async ({ page }) => {
    // A host whose connection drops in the middle of the wasm.
    const server = http.createServer(async (req, res) => {
      const name = new URL(req.url!, 'http://x').pathname.slice(1) || 'index.html';
      const file = path.join(DIST, name);
      const body = await readFile(file).catch(() => null);
      if (!body || !(await stat(file)).isFile()) {
        res.writeHead(404).end();
        return;
      }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' }[path.extname(name)];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': body.length });
      if (name.endsWith('.wasm')) {
        res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.destroy(), 200));
      } else {
        res.end(body);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect(page.getByRole('alert').getByRole('heading', { level: 1, name: FATAL_TITLE })).toBeVisible();
      await expect(page.getByText(LOADING)).toHaveCount(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
