import { expect, test, type Page } from '@playwright/test';
import { choose, next, toSendAndPrint } from './assessment';
import { expectNoAxeViolations, expectNoHorizontalScroll, keepScreenshot } from './support';

// Issue 19, end to end: a criteria set published beside the app (the test
// server publishes e2e/fixtures/sets as sets/: test-only sets, never in
// dist/) is added on one phone, used for a whole assessment there, offline
// too, and shared; the link opened on another phone says which set it needs,
// leads to it, and opens once it is added.

const SETS_PAGE = '/bo-tieu-chi.html';
const SET = 'Bộ kiểm thử: chi bộ ấp, khu phố mẫu';
const BUNDLED = 'Bến Tre 2021: chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện';
const LINK_BOX = 'Liên kết kết quả';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function addPublished(page: Page) {
  const published = region(page, 'Bộ tiêu chí công bố trên trang này');
  await published
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: SET, exact: true }) })
    .getByRole('button', { name: `Thêm vào máy: ${SET}, phiên bản 1` })
    .tap();
  await expect(published.getByRole('status').filter({ hasText: 'Đã thêm bộ tiêu chí' })).toHaveText(
    `Đã thêm bộ tiêu chí “${SET}”, phiên bản 1, vào máy này.`,
  );
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+07:00'));
});

test('a published set is added, used for a whole assessment offline too, shared, and the link leads another phone to the set it needs', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  // Phone 1: the app, then the sets page from its profile step.
  await page.goto('/');
  const setChoice = page.getByLabel('Bộ tiêu chí', { exact: true });
  // Only the app's own set so far: named, not a choice.
  await expect(page.getByText(`${BUNDLED} (phiên bản 1)`, { exact: true })).toBeVisible();
  await expect(setChoice).toHaveCount(0);
  await page.getByRole('link', { name: 'Xem, thêm bộ tiêu chí' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Bộ tiêu chí', exact: true })).toBeFocused();
  await addPublished(page);
  await page.goBack();

  // Back in the app, the set follows the province and year she enters.
  await expect(setChoice).toBeVisible();
  await expect(setChoice.locator('option:checked')).toHaveText(`${BUNDLED} (phiên bản 1)`);
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Kiểm Thử');
  await page.getByLabel('Ấp, khu phố').fill('Kiểm Thử');
  await page.getByLabel('Xã, phường').fill('xã Thử Nghiệm');
  await page.getByLabel('Tỉnh, thành phố').fill('Kiểm Thử');
  await page.getByLabel('Năm đánh giá').fill('2026');
  await expect(setChoice.locator('option:checked')).toHaveText(`${SET} (phiên bản 1)`);
  await expect(page.getByText(/^Nhóm kiểm thử; hiệu lực từ 1\/2\/2026; mã kiểm tra [0-9a-f]{8}$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'published-set-profile');

  // Its three conditions, one step each, then the result.
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Sinh hoạt chi bộ/);
  await choose(page, 'Chi bộ có sinh hoạt đủ 12 kỳ trong năm không?', 'Có');
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Phân công nhiệm vụ/);
  await page.getByLabel('Tổng số đảng viên').fill('12');
  await page.getByLabel('Số đảng viên đã được phân công').fill('12');

  // Offline, reloaded: the added set is still the assessment's.
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Phân công nhiệm vụ/);
  await expect(page.getByLabel('Số đảng viên đã được phân công')).toHaveValue('12');
  await page.context().setOffline(false);

  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Mô hình kinh tế/);
  for (const [i, model] of ['Tổ hợp tác trồng bưởi', 'Hợp tác xã dừa'].entries()) {
    await page.getByRole('button', { name: 'Thêm mục' }).tap();
    await page.getByLabel(`Mục ${i + 1}`, { exact: true }).fill(model);
  }
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeFocused();
  await expect(page.getByText('Đạt 3/3 điều kiện · đã trả lời 3/3')).toBeVisible();

  // Shared: the link names the set.
  await toSendAndPrint(page);
  const link = await region(page, 'Gửi kết quả').getByRole('textbox', { name: LINK_BOX }).inputValue();
  expect(link.startsWith(new URL('/#k=', baseURL).href)).toBe(true);

  // Phone 2: the link, without the set.
  const other = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  const reader = await other.newPage();
  await reader.clock.setFixedTime(new Date('2026-12-02T09:00:00+07:00'));
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 2, name: 'Không mở được liên kết kết quả' })).toBeFocused();
  await expect(reader.getByRole('alert')).toHaveText(
    /^Liên kết này dùng bộ tiêu chí kiem-thu, phiên bản 1, mã kiểm tra [0-9a-f]{8}, mà máy này chưa có\./,
  );
  await expectNoAxeViolations(reader);
  await reader.getByRole('link', { name: 'Tìm và thêm bộ tiêu chí này' }).tap();
  // The sets page says which set, who issued it, and that this site publishes it.
  const needed = region(reader, 'Kết quả cần một bộ tiêu chí');
  await expect(needed).toContainText(`Kết quả này được đánh giá theo bộ tiêu chí “${SET}” của Nhóm kiểm thử, phiên bản 1`);
  await expect(needed).toContainText('Trang này có công bố bộ đó: bấm “Thêm vào máy” ở dưới.');
  await addPublished(reader);
  await needed.getByRole('link', { name: 'Mở lại kết quả' }).tap();
  // The result opens, read-only, with its set named.
  await expect(reader.getByRole('heading', { level: 2, name: 'Kết quả được gửi đến' })).toBeVisible();
  await expect(reader.getByText('Chi bộ ấp Kiểm Thử', { exact: true })).toBeVisible();
  await expect(reader.getByText(new RegExp(`^${SET} \\(phiên bản 1\\); Nhóm kiểm thử; mã kiểm tra [0-9a-f]{8}$`))).toBeVisible();
  await expect(reader.getByText('Đạt 3/3 điều kiện · đã trả lời 3/3')).toBeVisible();
  await expectNoAxeViolations(reader);
  await other.close();
});
