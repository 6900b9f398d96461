import { expect, test } from '@playwright/test';
import { subPathURL } from '../playwright.config';

const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';

test.use({ baseURL: subPathURL });

test('the same build works under a sub-path, online and offline, with no rewrite rules', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // Every file comes from under the sub-path.
  for (const url of requests) {
    expect(url.startsWith(subPathURL), url).toBe(true);
  }
  // The service worker's scope is the sub-path, not the host's root.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(subPathURL);

  await context.setOffline(true);
  await page.goto('./?from=zalo#x');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ khu phố 3');
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ khu phố 3');

  // The commune's page sits beside the app under the same sub-path, offline too.
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(page).toHaveURL(`${subPathURL}theo-doi.html`);
  await expect(page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' })).toBeFocused();
  await page.getByRole('button', { name: 'Về bản đánh giá của tôi' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ khu phố 3');
  // So does the record's page.
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await expect(page).toHaveURL(`${subPathURL}ho-so.html`);
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeFocused();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ khu phố 3');
  await context.setOffline(false);
});
