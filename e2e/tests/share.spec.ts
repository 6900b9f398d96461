import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { subPathURL } from '../playwright.config';
import { fillCriteria, fillProfile, goodCell, toSendAndPrint } from './assessment';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

// The result travels inside the link's fragment: made on one phone, opened on
// another, read-only, without touching the reader's own drafts.

const LINK_BOX = 'Liên kết kết quả';
const QR = 'Mã QR của liên kết kết quả';
const SHARED_HEADING = 'Kết quả được gửi đến';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

/** A second phone: a fresh browser context with no drafts of its own. */
async function otherPhone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  return context.newPage();
}

/** The text the QR code on screen decodes to (jsQR reading a screenshot). */
async function readQr(page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: QR });
  // Clear of the sticky Back / Next bar, as she would hold it up to be scanned.
  await qr.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, 'the QR code on screen decodes').not.toBeNull();
  return code!.data;
}

/** The draft keys stored in this page's origin. */
async function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsvmtd:draft:')));
}

/** Jumps to a step through the list of all steps. */
async function jumpTo(page: Page, step: RegExp, heading: string) {
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: step }).tap();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
}

/** Goes straight to the result step of the open draft, then to the result
 * page, where its link is. */
async function toLink(page: Page) {
  await jumpTo(page, /^Kết quả tự đánh giá/, 'Kết quả tự đánh giá');
  await toSendAndPrint(page);
}

test('a whole assessment travels as a short link and a QR code, and opens read-only on another phone', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, goodCell);
  await toSendAndPrint(page);

  const share = page.getByRole('region', { name: 'Gửi kết quả' });
  await expect(share).toBeVisible();
  const link = await share.getByRole('textbox', { name: LINK_BOX }).inputValue();
  expect(link.startsWith(new URL('/#k=', baseURL).href)).toBe(true);
  // Short enough for a chat message (the bench reports exact lengths).
  expect(new URL(link).hash.length).toBeLessThan(200);
  expect(await readQr(page)).toBe(link);
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'share-panel');

  // With the names of works and models the link grows, and its QR code follows.
  await share.getByLabel('Kèm tên công trình, mô hình, tổ chức').check();
  await expect(share.getByRole('textbox', { name: LINK_BOX })).not.toHaveValue(link);
  const withNames = await share.getByRole('textbox', { name: LINK_BOX }).inputValue();
  expect(withNames.length).toBeGreaterThan(link.length);
  expect(await readQr(page)).toBe(withNames);

  // Another phone opens it: the result, read-only, and its own storage untouched.
  const reader = await otherPhone(browser, baseURL!);
  await reader.goto(withNames);
  await expect(reader.getByRole('heading', { level: 2, name: SHARED_HEADING })).toBeFocused();
  for (const text of ['Chi bộ ấp Hòa Thạnh A', 'xã Lương Hòa', 'Vĩnh Long', 'Nguyễn Văn An, bí thư chi bộ', '15/6/2026']) {
    await expect(reader.getByRole('main')).toContainText(text);
  }
  await expect(reader.getByText('Chi bộ đủ các điều kiện để đề nghị công nhận chi bộ trong sạch, vững mạnh toàn diện.')).toBeVisible();
  await expect(reader.getByText('Đạt 9/9 điều kiện · đã trả lời 9/9')).toBeVisible();
  await expect(reader.getByRole('main')).toContainText('Tổ hợp tác trồng dừa hữu cơ');
  await expect(reader.getByText('Liên kết này không kèm ghi chú, minh chứng.')).toBeVisible();
  // Read-only: nothing to edit, nothing saved.
  await expect(reader.getByRole('button', { name: /^Sửa câu trả lời/ })).toHaveCount(0);
  const before = await draftKeys(reader);
  await expectNoAxeViolations(reader);
  await expectTapTargets(reader);
  await expectNoHorizontalScroll(reader);
  await keepScreenshot(reader, testInfo, 'shared-result');

  // Kept as a draft of her own: it opens on its result, the link leaves the address.
  await reader.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).tap();
  await expect(reader.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeVisible();
  await expect(reader.getByRole('status').filter({ hasText: 'Đã lưu kết quả được gửi thành một bản nháp trên máy này.' })).toBeVisible();
  await expect(reader.getByText('Đạt 9/9 điều kiện · đã trả lời 9/9')).toBeVisible();
  expect(new URL(reader.url()).hash).toBe('');
  const after = await draftKeys(reader);
  expect(after.filter((k) => !before.includes(k))).toHaveLength(1);
  await reader.reload();
  await expect(reader.getByLabel('Tên chi bộ')).toHaveCount(0);
  await expect(reader.getByText('Đạt 9/9 điều kiện · đã trả lời 9/9')).toBeVisible();
  await reader.context().close();
});

test('opening a link leaves her own assessment as it was, and closing it goes back to it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await toLink(page);
  const link = await page.getByRole('textbox', { name: LINK_BOX }).inputValue();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();
  await jumpTo(page, /^Thông tin chi bộ/, 'Thông tin chi bộ');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi B');
  const stored = await draftKeys(page);
  const text = await page.evaluate((key) => localStorage.getItem(key), stored[0]);

  // A link pasted into the address bar of the open tab.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: SHARED_HEADING })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Chi bộ ấp Phú Lợi');
  expect(await page.evaluate((key) => localStorage.getItem(key), stored[0])).toBe(text);

  await page.getByRole('button', { name: 'Đóng, về bản đánh giá của tôi' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: SHARED_HEADING })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Phú Lợi B');
  expect(await draftKeys(page)).toEqual(stored);
});

test('a bad link is explained in Vietnamese, never a blank page', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await page.getByLabel('Người đánh giá').fill('Trần Thị Mai');
  await toLink(page);
  const link = await page.getByRole('textbox', { name: LINK_BOX }).inputValue();
  const [base, fragment] = link.split('#');
  const payload = fragment.slice('k='.length);
  // One character changed in the middle (a typo when copied by hand).
  const at = Math.floor(payload.length / 2);
  const typo = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
  const cases: [string, string][] = [
    [`#k=${payload.slice(0, -6)}`, 'Liên kết bị cắt mất một phần'],
    [`#k=${typo}`, 'Liên kết bị sai một vài ký tự'],
    ['#k=xin chào, đây không phải liên kết', 'Liên kết có ký tự lạ'],
    [`#k=${'A'.repeat(100 * 1024)}`, 'quá dài, không phải là một liên kết kết quả'],
    ['#k=', 'Chưa có liên kết'],
  ];
  for (const [bad, message] of cases) {
    await page.goto(`${base}${bad}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Không mở được liên kết kết quả' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'shared-bad-link');
  await page.getByRole('button', { name: 'Đóng, về bản đánh giá của tôi' }).tap();
  // Back on her own result, where she was, and the same link to send.
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeVisible();
  await toSendAndPrint(page);
  await expect(page.getByRole('textbox', { name: LINK_BOX })).toHaveValue(link);
});

test('a link opens offline after one visit, under a sub-path', async ({ page, context }) => {
  await page.goto(subPathURL);
  await page.getByLabel('Tên chi bộ').fill('Chi bộ khu phố 3');
  await toLink(page);
  const link = await page.getByRole('textbox', { name: LINK_BOX }).inputValue();
  expect(link.startsWith(`${subPathURL}#k=`)).toBe(true);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

  await context.setOffline(true);
  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 2, name: SHARED_HEADING })).toBeVisible();
  await expect(reader.getByRole('main')).toContainText('Chi bộ khu phố 3');
  await context.setOffline(false);
});

test('the share button hands the link to the phone, and copying puts it on the clipboard', async ({ page, context, baseURL }) => {
  // A phone's Web Share API, recorded (desktop Chromium on Linux has none).
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { sharedData: ShareData[] }).sharedData = shared;
    navigator.share = async (data?: ShareData) => {
      shared.push(data!);
    };
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await toLink(page);
  const link = await page.getByRole('textbox', { name: LINK_BOX }).inputValue();

  await page.getByRole('button', { name: 'Gửi qua Zalo, Messenger…' }).tap();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData.map((d) => d.url)))
    .toEqual([link]);

  await page.getByRole('button', { name: 'Sao chép liên kết' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});
