import { expect, test } from '@playwright/test';
import { next } from './assessment';
import { blockStorage, expectNoAxeViolations, expectTapTargets, keepScreenshot } from './support';

const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';

test('every change is kept: after a reload she is back on the same step with everything', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await page.getByLabel('Năm đánh giá').fill('2026');
  await next(page);
  await next(page);
  await page.getByLabel('Tổng số cán bộ, đảng viên').fill('31');
  await page.getByLabel('Ghi chú, minh chứng').fill('Biên bản họp chi bộ ngày 05/6/2026');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Sự đồng thuận của cán bộ, đảng viên và nhân dân' })).toBeVisible();
  await expect(page.getByLabel('Tổng số cán bộ, đảng viên')).toHaveValue('31');
  await expect(page.getByLabel('Ghi chú, minh chứng')).toHaveValue('Biên bản họp chi bộ ngày 05/6/2026');
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Phú Lợi');
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');
});

test('offline after one visit: fill a step, reload, the data is intact', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ khu phố 4');
  await next(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Xếp loại chất lượng chi bộ' })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ khu phố 4');
  await context.setOffline(false);
});

test('an unreadable stored draft is set aside and reported, never a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('tsvmtd:current-draft', 'broken');
      localStorage.setItem('tsvmtd:draft:broken', '{"format":1,"id":"broken","profile":{tru');
    }
  });
  await page.goto('/');
  await expect(page.getByText('Có một bản nháp trên máy không đọc được. Bản đó đã được cất riêng, không bị xoá')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('tsvmtd:recovery:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"format":1,"id":"broken","profile":{tru']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản nháp không đọc được' }).tap();
  expect(await (await download).suggestedFilename()).toContain('.json');
  // The app works: a new draft starts.
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp mới');
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp mới');
});

test('blocked storage: the app works in memory, says so, and offers an export', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu dữ liệu trên máy' });
  await expect(alert).toBeVisible();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Tân Hòa');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Tải bản sao về máy (JSON)' }).tap();
  const file = await (await download).path();
  const text = await (await import('node:fs/promises')).readFile(file!, 'utf8');
  expect(JSON.parse(text).profile.cell_name).toBe('Chi bộ ấp Tân Hòa');
});

test('the app asks to keep its data for good and shows the answer', async ({ page }) => {
  await page.goto('/');
  const granted = await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 0));
    return navigator.storage.persisted();
  });
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(
    granted
      ? 'Trình duyệt đã đồng ý giữ dữ liệu này lâu dài.'
      : 'Trình duyệt có thể xoá dữ liệu khi máy thiếu bộ nhớ; nên tải bản sao về máy định kỳ.',
  );
});

test('several assessments: new, open, copy for next year, delete with undo', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await page.getByLabel('Năm đánh giá').fill('2026');

  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Các bản đánh giá trên máy này' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Chi bộ ấp Một' })).toContainText('Đang mở');
  await expect(page.getByRole('listitem').filter({ hasText: 'Chi bộ ấp Một' })).toContainText('Năm 2026');

  // A second assessment.
  await page.getByRole('button', { name: 'Bắt đầu bản đánh giá mới' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hai');

  // Next year's assessment from the first one.
  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  await page.getByRole('button', { name: 'Nhân bản cho năm sau: Chi bộ ấp Một' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2027');

  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  const items = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Mở:/ }) });
  await expect(items).toHaveCount(3);
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await keepScreenshot(page, test.info(), 'drafts-list');

  // Delete the second one, then undo.
  await page.getByRole('button', { name: 'Xoá: Chi bộ ấp Hai' }).tap();
  await expect(page.getByText('Đã xoá bản đánh giá.')).toBeVisible();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Hoàn tác' }).tap();
  await expect(items).toHaveCount(3);

  // Rename the copy (the open one): the list shows the new name, the assessment is untouched.
  const copy = page.getByRole('listitem').filter({ hasText: 'Đang mở' });
  await copy.getByRole('button', { name: /^Đổi tên:/ }).tap();
  await page.getByLabel('Tên bản đánh giá').fill('Ấp Một, năm 2027');
  await page.getByRole('button', { name: 'Lưu tên' }).tap();
  await expect(page.getByRole('listitem').filter({ hasText: 'Ấp Một, năm 2027' })).toContainText('Đang mở');
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2027');
  await page.getByLabel('Người đánh giá').fill('Trần Thị Bình');
  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  await expect(page.getByRole('listitem').filter({ hasText: 'Ấp Một, năm 2027' })).toContainText('Đang mở');
  await expect(page.getByText('thay đổi ở thẻ này được lưu thành một bản riêng')).toHaveCount(0);

  // Open it again: its content is there, and survives a reload.
  await page.getByRole('button', { name: 'Mở: Chi bộ ấp Hai' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
  await page.reload();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
});

test('two tabs on the same assessment never overwrite each other silently', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByLabel('Tên chi bộ').fill('Chi bộ ấp Bình An');
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Bình An');

  // A change in the second tab reaches the first, which says so.
  await second.getByLabel('Ấp, khu phố').fill('Bình An');
  await expect(first.getByLabel('Ấp, khu phố')).toHaveValue('Bình An');
  await expect(first.getByText('Bản đánh giá này vừa được sửa ở một thẻ khác')).toBeVisible();

  // A change in the first tab goes on from the newest copy: nothing of the second is lost.
  await first.getByLabel('Xã, phường').fill('xã Tân Phú');
  await expect(second.getByLabel('Xã, phường')).toHaveValue('xã Tân Phú');
  await expect(second.getByLabel('Ấp, khu phố')).toHaveValue('Bình An');
  await first.reload();
  await expect(first.getByLabel('Ấp, khu phố')).toHaveValue('Bình An');
  await expect(first.getByLabel('Xã, phường')).toHaveValue('xã Tân Phú');
});

test('export everything, then import it into a fresh browser profile; a bad file is refused', async ({ page, browser }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Xuất');
  await page.getByLabel('Năm đánh giá').fill('2026');
  await page.getByRole('button', { name: 'Các bản đánh giá' }).tap();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tất cả về máy (JSON)' }).tap();
  const file = testInfo.outputPath('all.json');
  await (await download).saveAs(file);

  const fresh = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  try {
    const other = await fresh.newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Các bản đánh giá' }).tap();
    // A file that is not an export changes nothing.
    const bad = testInfo.outputPath('bad.json');
    await (await import('node:fs/promises')).writeFile(bad, '{"hello": "world"}');
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(bad);
    await expect(other.getByText('Tệp này không phải bản đánh giá xuất từ ứng dụng này')).toBeVisible();
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(file);
    await expect(other.getByText('Đã nhập 1 bản đánh giá.')).toBeVisible();
    await other.getByRole('button', { name: 'Mở: Chi bộ ấp Xuất' }).tap();
    await expect(other.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Xuất');
    await expect(other.getByLabel('Năm đánh giá')).toHaveValue('2026');
  } finally {
    await fresh.close();
  }
});
