import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// On an Android phone the system Back button is how people leave a screen. For
// the screens shown over the questionnaire (the list of drafts, the commune's
// view) it must close them, not leave the app; a reload stays where she was.

const PROFILE = 'Thông tin chi bộ';
const DRAFTS = 'Các bản đánh giá trên máy này';
const TRACKING = 'Theo dõi kết quả các chi bộ';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

/** Opens the commune's list, adds one result link to it, and opens that result. */
async function openResultFromList(page: Page) {
  const chat = await readFile(new URL('../../tests/fixtures/tracking/chat-30.txt', import.meta.url), 'utf8');
  await page.goto('/');
  await page.getByRole('button', { name: 'Theo dõi các chi bộ' }).tap();
  await page.getByLabel('Dán liên kết kết quả').fill(chat.split('\n')[0]);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).tap();
  await page.getByRole('button', { name: /^Xem chi tiết: / }).first().tap();
}

test("the phone's Back button closes the list of drafts and the commune's view, inside the app", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');

  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  await expect(heading(page, DRAFTS)).toBeFocused();
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, DRAFTS)).toHaveCount(0);
  // Focus returns to the button that opened the screen, for the keyboard and screen readers.
  await expect(page.getByRole('button', { name: 'Các bản đánh giá' })).toBeFocused();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');

  await page.getByRole('button', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(heading(page, TRACKING)).toBeFocused();
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);

  // Forward opens it again, as in any site; a reload keeps it open.
  await page.goForward();
  await expect(heading(page, TRACKING)).toBeVisible();
  await page.reload();
  await expect(heading(page, TRACKING)).toBeVisible();

  // The screen's own button closes it and takes its history entry along, so
  // that Back does not open it again.
  await page.getByRole('button', { name: 'Về bản đánh giá của tôi' }).tap();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Theo dõi các chi bộ' })).toBeFocused();
  await expect.poll(() => page.evaluate(() => history.state)).toBeNull();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
});

test("a draft opened from the list leaves the list's history entry behind it", async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  await page.getByRole('button', { name: 'Bắt đầu bản đánh giá mới' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('');
  await expect.poll(() => page.evaluate(() => history.state)).toBeNull();
  await expect(heading(page, DRAFTS)).toHaveCount(0);
});

test("Back from a result opened in the commune's list returns to the list, then to the questionnaire", async ({
  page,
}) => {
  await openResultFromList(page);
  await expect(heading(page, 'Kết quả được gửi đến')).toBeVisible();

  await page.goBack();
  await expect(heading(page, TRACKING)).toBeVisible();
  await expect(heading(page, 'Kết quả được gửi đến')).toHaveCount(0);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);

  // Its own close button does what Back does: one more Back closes the list.
  await page.goForward();
  await expect(heading(page, TRACKING)).toBeVisible();
  await page.getByRole('button', { name: /^Xem chi tiết: / }).first().tap();
  await page.getByRole('button', { name: 'Đóng, về danh sách' }).tap();
  await expect(heading(page, TRACKING)).toBeVisible();
  await expect(heading(page, 'Kết quả được gửi đến')).toHaveCount(0);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
});

test("a result opened from the commune's list and kept as a draft opens as her draft", async ({ page }) => {
  await openResultFromList(page);
  await page.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).tap();

  await expect(heading(page, 'Kết quả tự đánh giá')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu kết quả được gửi thành một bản nháp trên máy này.' })).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);
  // Back returns to the list she came from.
  await page.goBack();
  await expect(heading(page, TRACKING)).toBeVisible();
});
