import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

// The commune follows progress over time: three rounds of links of four cells
// (March, June and September 2026), some carrying what the cell's record says
// (registered, appraised). Each round adds a check to each cell's line; the
// cell shows its latest check against the previous one and its trend; the
// summary shows the progress by quarter and by year against the target; both
// spreadsheets open in Excel set to Vietnamese (";" between fields, decimal
// commas). The links come from tests/fixtures/tracking/round-N.txt, made by
// tests/tracking_fixtures.rs (tracking_common::round says what each holds):
//
// | cell | March | June | September |
// | ấp Phú Hòa | 7, registered 2026 | 8 | 9 |
// | ấp Hòa Thạnh A | 8, registered 2026 | 9 | 9, appraised 15/8: not recognised |
// | ấp An Bình | 5, nothing said | 6, not registered | 8, registered 2026 |
// | khu phố 5 | 9, registered 2025 | 9, recognised 20/5 | 8 (condition 8 lapsed) |

const fixture = (name: string) => readFile(new URL(`../../tests/fixtures/tracking/${name}`, import.meta.url), 'utf8');

async function paste(page: Page, text: string) {
  await page.getByLabel('Dán liên kết kết quả').fill(text);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).tap();
}

const list = (page: Page) => page.getByRole('region', { name: /^Từng chi bộ/ });
const cells = (page: Page) => list(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });
const cell = (page: Page, name: string) => cells(page).filter({ has: page.getByRole('heading', { level: 4, name }) });
const progress = (page: Page) => page.getByRole('region', { name: 'Tiến độ theo thời gian' });
const periods = (page: Page) => progress(page).getByRole('list', { name: 'Tiến độ theo thời gian' }).getByRole('listitem');

/** The records of a CSV in Excel's Vietnamese dialect: ";" between fields, RFC 4180 quotes, CRLF. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field + record.join('')).toBe('');
  return records;
}

async function download(page: Page, button: string): Promise<string> {
  const done = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).tap();
  return readFile(await (await done).path(), 'utf8');
}

test('three rounds of links: each cell its trend against its previous check, the commune its progress by quarter and year, and the spreadsheets', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' })).toBeFocused();

  await paste(page, await fixture('round-1.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm 4 kết quả (4 chi bộ mới).' })).toBeVisible();
  await expect(cells(page)).toHaveCount(4);
  await expect(periods(page)).toHaveCount(1);
  await paste(page, await fixture('round-2.txt'));
  await expect(
    page.getByRole('status').filter({ hasText: 'Đã thêm 4 kết quả (4 lần đánh giá tiếp theo của chi bộ đã có).' }),
  ).toBeVisible();
  await paste(page, await fixture('round-3.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm 4 kết quả' })).toBeVisible();
  // The same round again: the same checks, nothing added.
  await paste(page, await fixture('round-3.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'Không có kết quả mới; 4 liên kết đã có trong danh sách.' })).toBeVisible();
  await expect(cells(page)).toHaveCount(4);

  // Each cell: its latest check against the previous one, and its trend.
  const phuHoa = cell(page, 'Chi bộ ấp Phú Hòa');
  await expect(phuHoa).toContainText('Chi bộ đủ các điều kiện để đề nghị công nhận');
  await expect(phuHoa).toContainText('Lần trước (10/6/2026): đạt 8/9 điều kiện');
  await expect(phuHoa).toContainText('Số điều kiện đạt qua 3 lần đánh giá: 7 → 8 → 9 (trên 9), tăng so với lần trước');
  await expect(phuHoa.getByRole('listitem')).toHaveText(['9. An ninh trật tự: Chưa đạt → Đạt']);
  await expect(phuHoa).toContainText('Đã đăng ký năm 2026 · Chưa có kết quả thẩm định');

  const khuPho = cell(page, 'Chi bộ khu phố 5');
  await expect(khuPho).toContainText('Chi bộ chưa đủ điều kiện');
  await expect(khuPho).toContainText('9 → 9 → 8 (trên 9), giảm so với lần trước');
  await expect(khuPho).toContainText('8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố: Đạt → Chưa đạt');
  await expect(khuPho).toContainText(
    'Đã đăng ký năm 2025 · Thẩm định: Công nhận — ngày 20/5/2026; quyết định số 125-QĐ/ĐU ngày 20/5/2026',
  );
  // The set its latest check was made with, as its link names it (link format 4).
  await expect(khuPho).toContainText(
    'Bộ tiêu chí: Bến Tre 2021: chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện, phiên bản 1, mã kiểm tra bac783de',
  );

  const hoaThanh = cell(page, 'Chi bộ ấp Hòa Thạnh A');
  await expect(hoaThanh).toContainText('8 → 9 → 9 (trên 9), không đổi so với lần trước');
  await expect(hoaThanh).toContainText('Không có điều kiện nào thay đổi so với lần trước.');
  await expect(hoaThanh).toContainText('Thẩm định: Chưa công nhận — ngày 15/8/2026');

  const anBinh = cell(page, 'Chi bộ ấp An Bình');
  await expect(anBinh).toContainText('5 → 6 → 8 (trên 9), tăng so với lần trước');
  // Every check of the cell, newest first, each to open.
  await anBinh.getByText('Các lần đánh giá (3)').tap();
  await expect(anBinh.getByRole('button', { name: /^Xem lần đánh giá ngày/ })).toHaveText(['Xem', 'Xem', 'Xem']);
  await expect(anBinh.getByText('12/3/2026 — đạt 5/9 điều kiện — Chưa đủ điều kiện', { exact: true })).toBeVisible();

  // The commune now, then over time: by quarter, against 40–50%.
  const summary = page.getByRole('region', { name: 'Tổng hợp' });
  await expect(summary).toContainText('Đạt chuẩn: 2/4 chi bộ (50,00%) — mục tiêu 40–50%: đã đạt');
  await expect(summary).toContainText('Đã đăng ký: 4/4 chi bộ · được công nhận: 1/4 chi bộ');
  await expect(progress(page).getByRole('radio', { name: 'Quý' })).toBeChecked();
  await expect(periods(page)).toHaveText([
    'Quý 1/2026: đạt chuẩn 1/4 chi bộ (25,00%), chưa đạt mục tiêu; được công nhận 0/4 (0,00%); đã đăng ký 3/4; đánh giá trong kỳ: 4 chi bộ',
    'Quý 2/2026: đạt chuẩn 2/4 chi bộ (50,00%), đạt mục tiêu; được công nhận 1/4 (25,00%); đã đăng ký 3/4; đánh giá trong kỳ: 4 chi bộ',
    'Quý 3/2026: đạt chuẩn 2/4 chi bộ (50,00%), đạt mục tiêu; được công nhận 1/4 (25,00%); đã đăng ký 4/4; đánh giá trong kỳ: 4 chi bộ',
  ]);

  await expectNoHorizontalScroll(page);
  await expectTapTargets(page);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'tracking-progress');

  // By year: one year so far.
  await progress(page).getByText('Năm', { exact: true }).tap();
  await expect(progress(page).getByRole('radio', { name: 'Năm' })).toBeChecked();
  await expect(periods(page)).toHaveText([
    'Năm 2026: đạt chuẩn 2/4 chi bộ (50,00%), đạt mục tiêu; được công nhận 1/4 (25,00%); đã đăng ký 4/4; đánh giá trong kỳ: 4 chi bộ',
  ]);
  // A recognised commune's target (100%): not reached.
  await summary.getByLabel('Từ (%)').fill('100');
  await summary.getByLabel('Từ (%)').blur();
  await expect(periods(page).first()).toContainText('đạt chuẩn 2/4 chi bộ (50,00%), chưa đạt mục tiêu');
  await summary.getByLabel('Từ (%)').fill('40');
  await summary.getByLabel('Đến (%)').fill('50');
  await summary.getByLabel('Đến (%)').blur();

  // The spreadsheets, as Excel set to Vietnamese reads them.
  const table = parseCsv(await download(page, 'Tải bảng tính (CSV)'));
  expect(table).toHaveLength(5);
  expect(table.every((r) => r.length === 25)).toBe(true);
  expect(table[0][23]).toBe('Bộ tiêu chí');
  const khuPhoLine = table.find((r) => r[1] === 'khu phố 5')!;
  expect(khuPhoLine[23]).toBe('ben-tre-2021, phiên bản 1, mã kiểm tra bac783de');
  expect(khuPhoLine[11]).toBe('88,89');
  expect(khuPhoLine.slice(17, 23)).toEqual(['9 → 9 → 8', '2025', 'Công nhận', '2026-05-20', '125-QĐ/ĐU', '2026-05-20']);
  const byPeriod = parseCsv(await download(page, 'Tải tiến độ theo quý, năm (CSV)'));
  expect(byPeriod.map((r) => r.slice(0, 5))).toEqual([
    ['Kỳ', 'Số chi bộ', 'Số chi bộ đánh giá trong kỳ', 'Số chi bộ đạt chuẩn (tự đánh giá)', 'Tỷ lệ đạt chuẩn (%)'],
    ['Quý 1/2026', '4', '4', '1', '25,00'],
    ['Quý 2/2026', '4', '4', '2', '50,00'],
    ['Quý 3/2026', '4', '4', '2', '50,00'],
    ['Năm 2026', '4', '4', '2', '50,00'],
  ]);
  expect(byPeriod[2].slice(5)).toEqual(['3', '1', '25,00', '40', '50', 'Đã đạt']);

  // A link carrying the record opens with its registration and appraisal.
  await khuPho.getByRole('button', { name: 'Xem chi tiết: Chi bộ khu phố 5' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả được gửi đến' })).toBeFocused();
  const profile = page.getByRole('main');
  await expect(profile.getByRole('definition').filter({ hasText: 'Đã đăng ký năm 2025' })).toBeVisible();
  await expect(profile).toContainText('Đăng ký xây dựng chi bộ TSVMTD');
  await expect(profile).toContainText('Công nhận — ngày 20/5/2026; quyết định số 125-QĐ/ĐU ngày 20/5/2026');
  await page.getByRole('button', { name: 'Đóng, về danh sách' }).tap();

  // Kept on the device: a reload shows the same lines.
  await page.reload();
  await expect(cells(page)).toHaveCount(4);
  await expect(cell(page, 'Chi bộ ấp Phú Hòa')).toContainText('7 → 8 → 9');
});
