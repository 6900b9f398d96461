import { chromium, expect, test } from '@playwright/test';

const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';

test('after one visit the app loads and works with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // The service worker has cached this release and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

  await context.setOffline(true);
  // Really offline: a request that the worker does not answer fails.
  expect(await page.evaluate(() => fetch('/not-cached-' + Date.now()).then(() => 'online', () => 'offline'))).toBe('offline');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await page.getByRole('button', { name: /Tiếp theo|Xem kết quả/ }).first().tap();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();

  // A link with a query and a fragment is still the app, offline.
  await page.goto('/?from=zalo#anything');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The commune's page, a page of its own, opens offline too, and goes back to the app.
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' })).toBeVisible();
  await page.getByRole('button', { name: 'Về bản đánh giá của tôi' }).tap();
  await expect(page).toHaveURL(/\/\?from=zalo#anything$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Theo dõi các chi bộ' })).toBeVisible();

  // So does the record's page.
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(page).toHaveURL(/\/\?from=zalo#anything$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true })).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest names the app in Vietnamese with its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest.name).toBe('Tự đánh giá chi bộ TSVMTD');
  expect(manifest.lang).toBe('vi');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('Chromium finds the app installable (no installability errors)', async ({ baseURL }, testInfo) => {
  // A real profile on disk: in a throw-away (incognito) context Chromium never installs.
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    viewport: { width: 360, height: 640 },
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
