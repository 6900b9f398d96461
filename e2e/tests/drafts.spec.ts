import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { next } from './assessment';
import { blockStorage, expectNoAxeViolations, expectTapTargets, keepScreenshot } from './support';

const TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';

/** "Các hồ sơ trên máy này", reached from the record screen. */
async function openRecords(page: Page) {
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await page.getByRole('button', { name: 'Các hồ sơ trên máy này' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Các hồ sơ trên máy này' })).toBeFocused();
}

/** A record's card in the list, by the cell's name. */
const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Xem hồ sơ: ${name}` }) });

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

test('several records: new, open, check again, another record\'s screen, delete with undo', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T09:00:00+07:00'));
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await page.getByLabel('Năm đánh giá').fill('2025');

  await openRecords(page);
  await expect(card(page, 'Chi bộ ấp Một')).toContainText('Đang mở');
  await expect(card(page, 'Chi bộ ấp Một')).toContainText('1 lần tự đánh giá · gần nhất 15/3/2026: đạt 0/9 điều kiện');

  // A second record, for another cell.
  await page.getByRole('button', { name: 'Hồ sơ mới (chi bộ khác)' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hai');

  // The first one checked again: its newest check, then a new one from it, for this year.
  await openRecords(page);
  await page.getByRole('button', { name: 'Mở lần mới nhất: Chi bộ ấp Một' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await page.getByRole('button', { name: 'Kiểm tra lại' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');

  await openRecords(page);
  const items = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Xem hồ sơ:/ }) });
  await expect(items).toHaveCount(2);
  await expect(card(page, 'Chi bộ ấp Một')).toContainText('2 lần tự đánh giá');
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await keepScreenshot(page, test.info(), 'records-list');

  // The open record is never deleted from here; another one is, with undo.
  await expect(page.getByRole('button', { name: 'Xoá: Chi bộ ấp Một' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Xoá: Chi bộ ấp Hai' }).tap();
  await expect(page.getByText('Đã xoá hồ sơ cùng các lần tự đánh giá của hồ sơ.')).toBeVisible();
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: 'Hoàn tác' }).tap();
  await expect(items).toHaveCount(2);

  // Another record's screen, in the list's place, its newest check under it.
  await page.getByRole('button', { name: 'Xem hồ sơ: Chi bộ ấp Hai' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeFocused();
  await expect(page.getByText('Chi bộ ấp Hai', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa lần mới nhất' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
  // Going through the screens never made a copy of the open check.
  await page.getByLabel('Người đánh giá').fill('Trần Thị Bình');
  await openRecords(page);
  await expect(card(page, 'Chi bộ ấp Hai')).toContainText('Đang mở');
  await expect(page.getByText('thay đổi ở thẻ này được lưu thành một bản riêng')).toHaveCount(0);
  await expect(items).toHaveCount(2);

  // Open the first again: its content is there, and survives a reload.
  await page.getByRole('button', { name: 'Mở lần mới nhất: Chi bộ ấp Một' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await page.reload();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');
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
  await openRecords(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tất cả về máy (JSON)' }).tap();
  const file = testInfo.outputPath('all.json');
  await (await download).saveAs(file);
  // Every record whole: a file of records, each a record file.
  const all = JSON.parse(await readFile(file, 'utf8'));
  expect(all.kind).toBe('tsvmtd-records');
  expect(all.records.map((r: { kind: string }) => r.kind)).toEqual(['tsvmtd-record']);
  // A file of drafts from an earlier release (before records) still imports.
  const olderFile = testInfo.outputPath('older.json');
  const older = JSON.parse(await readFile(new URL('../../tests/fixtures/drafts/format-1.json', import.meta.url), 'utf8'));
  await writeFile(olderFile, JSON.stringify({ kind: 'tsvmtd-drafts', drafts: [older] }));
  // One record as a file of its own, with its registrations and appraisals.
  const one = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải hồ sơ về máy: Chi bộ ấp Xuất' }).tap();
  const recordFile = testInfo.outputPath('record.json');
  await (await one).saveAs(recordFile);
  expect(JSON.parse(await readFile(recordFile, 'utf8')).kind).toBe('tsvmtd-record');

  const fresh = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  try {
    const other = await fresh.newPage();
    await other.goto(new URL('./', page.url()).href);
    await openRecords(other);
    // A file that is not an export changes nothing.
    const bad = testInfo.outputPath('bad.json');
    await writeFile(bad, '{"hello": "world"}');
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(bad);
    await expect(other.getByText('Tệp này không phải bản đánh giá xuất từ ứng dụng này')).toBeVisible();
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(file);
    await expect(other.getByText('Đã nhập 1 hồ sơ chi bộ với 1 lần tự đánh giá.')).toBeVisible();
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(recordFile);
    await expect(other.getByText('Đã nhập hồ sơ “Chi bộ ấp Xuất” với 1 lần tự đánh giá.')).toBeVisible();
    await other.getByLabel('Nhập từ tệp JSON').setInputFiles(olderFile);
    await expect(other.getByText('Đã nhập 1 bản đánh giá.')).toBeVisible();
    // Each became a record, kept apart: nothing overwritten.
    await expect(other.getByRole('button', { name: 'Xem hồ sơ: Chi bộ ấp Xuất' })).toHaveCount(2);
    await other.getByRole('button', { name: 'Mở lần mới nhất: Chi bộ ấp Xuất' }).first().tap();
    await expect(other.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Xuất');
    await expect(other.getByLabel('Năm đánh giá')).toHaveValue('2026');
  } finally {
    await fresh.close();
  }
});
