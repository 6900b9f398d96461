import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fillCriteria, fillProfile, missingFourCell, toSendAndPrint } from './assessment';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

// The result page (ket-qua.html, a wasm of its own): "Gửi và in kết quả",
// reached from the result step, with the open assessment's verdict, its link
// and QR code, and the printed form; its back button returns to the step she
// left. The app's first load carries none of it.

const RESULT = 'Kết quả tự đánh giá';
const PAGE_HEADING = 'Gửi và in kết quả';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

/** The wasm files a page asks for, by name. */
function wasmRequests(page: Page): string[] {
  const wasm: string[] = [];
  page.on('request', (request) => {
    const name = path.basename(new URL(request.url()).pathname);
    if (name.endsWith('.wasm')) wasm.push(name);
  });
  return wasm;
}

test('from the result step to the result page and back, the page naming the cell and its verdict', async ({ page }, testInfo) => {
  const wasm = wasmRequests(page);
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);
  await expect(page.getByRole('heading', { level: 2, name: RESULT })).toBeFocused();
  // Nothing of the page on the step: no link box, no QR code, no print button.
  await expect(page.getByRole('textbox', { name: 'Liên kết kết quả' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'In phiếu' })).toHaveCount(0);
  expect(wasm).toEqual([expect.stringMatching(/^tsvmtd-[0-9a-f]{1,16}_bg\.wasm$/)]);

  await toSendAndPrint(page);
  expect(new URL(page.url()).pathname).toBe('/ket-qua.html');
  expect(wasm.slice(1)).toEqual([expect.stringMatching(/^ket-qua-[0-9a-f]{1,16}_bg\.wasm$/)]);
  const main = page.getByRole('main');
  await expect(main).toContainText('Chi bộ ấp Hòa Thạnh A');
  await expect(main).toContainText('Chi bộ chưa đủ điều kiện để đề nghị công nhận.');
  await expect(main).toContainText('Đạt 5/9 điều kiện · đã trả lời 9/9');
  await expect(page.getByRole('region', { name: 'Gửi kết quả' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In phiếu' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'result-page');

  // Back: the app, on the step she left.
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: RESULT })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  // The browser's Forward brings the page back, and its Back the step again.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: PAGE_HEADING })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: RESULT })).toBeVisible();
});

test('what she changes in the app after a visit to the result page is there when she comes back to it', async ({ page }) => {
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);
  await toSendAndPrint(page);
  const box = page.getByRole('textbox', { name: 'Liên kết kết quả' });
  const before = await box.inputValue();

  // Back on the result step (the browser's Back), a plan item gets its
  // person; Forward to the page again: it reads the draft anew, and prints it.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: RESULT })).toBeVisible();
  const item4 = page.getByRole('region', { name: 'Kế hoạch khắc phục' }).getByRole('region', { name: /^4\. / });
  await item4.getByLabel('Người thực hiện').fill('Đồng chí Lê Văn Bình');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: PAGE_HEADING })).toBeVisible();
  // The link carries no plan: the same link.
  await expect(box).toHaveValue(before);
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'In phiếu' }).tap();
  await expect(page.locator('article.print-form')).toContainText('Đồng chí Lê Văn Bình');

  // A new name, changed on the profile step, and the page opened again from
  // the result step: the link carries it.
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /^Thông tin chi bộ/ }).tap();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hòa Thạnh B');
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /^Kết quả tự đánh giá/ }).tap();
  await toSendAndPrint(page);
  await expect(page.getByRole('main')).toContainText('Chi bộ ấp Hòa Thạnh B');
  await expect(box).not.toHaveValue(before);
});

test('opened on a phone with no assessment, the result page says so and leads to the app', async ({ page }) => {
  await page.goto('/ket-qua.html');
  await expect(page.getByRole('heading', { level: 2, name: PAGE_HEADING })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Không mở được bản đánh giá đang mở trên máy này.');
  await expect(page.getByRole('textbox', { name: 'Liên kết kết quả' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Mở bản đánh giá' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin chi bộ' })).toBeVisible();
});

test('in English, the result page and its link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByLabel('Name of the Party cell').fill('Phú Lợi hamlet cell');
  await page.getByText('All steps').tap();
  await page.getByRole('button', { name: /^Result of the self-assessment/ }).tap();
  await page.getByRole('link', { name: 'Send the result, print the form' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Send and print the result' })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Send the result' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the form' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the assessment' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Result of the self-assessment' })).toBeVisible();
});
