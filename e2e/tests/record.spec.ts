import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fillCriteria, fillProfile, goodCell, next, type Cell } from './assessment';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

// The cell's record (hồ sơ chi bộ) over the years, as issue 17 tells it: a
// cell registers in 2026, checks twice (the second from the first, a condition
// going from chưa đạt to đạt), is appraised with one condition where the
// appraisal found otherwise, is recognised, and in 2027 one condition lapses.
// The clock is fixed at each moment of the story (page.clock).

const RECORD = 'Hồ sơ chi bộ';
const RECORDS = 'Các hồ sơ trên máy này';
const CELL = 'Chi bộ ấp Hòa Thạnh A';

/** January 2026: one member without a task (4: 24/25), too many poor households (6: 12/399 = 3,01%). */
const january: Cell = { ...goodCell, assigned: 24, poor: 12, reference: /Bến Tre, cuối năm 2023/ };

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Sets the phone's clock to a local day and hour (UTC+7, as in Việt Nam). */
async function at(page: Page, day: string) {
  await page.clock.setFixedTime(new Date(`${day}T09:00:00+07:00`));
}

async function openRecord(page: Page) {
  await page.getByRole('link', { name: RECORD, exact: true }).tap();
  await expect(heading(page, RECORD)).toBeFocused();
}

/** From the questionnaire's profile step to condition `n`'s step. */
async function toCondition(page: Page, n: number) {
  for (let i = 0; i < n; i++) await next(page);
}

/** The checks of a new screen: accessible, thumb-sized, nothing sideways at 200% text. */
async function checkScreen(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, test.info(), name);
}

test('a cell registers, checks twice, is appraised and recognised, and a year later one condition lapses', async ({ page }) => {
  test.setTimeout(240_000);
  await at(page, '2026-01-10');
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, january);
  await expect(page.getByText(/^Đạt 7\/9 điều kiện/)).toBeVisible();

  // The record of this check: where the cell stands, its one check.
  await openRecord(page);
  const standing = section(page, 'Tình hình của chi bộ');
  await expect(standing).toContainText('Chi bộ chưa đăng ký năm nào và chưa có kết quả thẩm định.');
  await expect(standing).toContainText('1 lần tự đánh giá · gần nhất 10/1/2026: đạt 7/9 điều kiện');
  const checks = section(page, 'Các lần tự đánh giá');
  await expect(checks.getByRole('listitem').first()).toContainText('10/1/2026: đạt 7/9 điều kiện — chưa đủ điều kiện');
  await checkScreen(page, 'record-first');

  // Registration for 2026: the roadmap from the check's plan, a task edited.
  const registration = section(page, 'Đăng ký và lộ trình');
  await registration.getByRole('button', { name: 'Đăng ký xây dựng chi bộ TSVMTD' }).tap();
  await expect(page.getByRole('heading', { name: 'Đăng ký xây dựng chi bộ TSVMTD' })).toBeFocused();
  await expect(page.getByLabel('Năm đăng ký')).toHaveValue('2026');
  await expect(page.getByLabel('Ngày đăng ký')).toHaveValue('2026-01-10');
  await page.getByLabel('Ghi chú', { exact: true }).fill('Nghị quyết chi bộ số 01-NQ/CB');
  const task6 = page.getByRole('group', { name: /^Điều kiện 6\./ });
  await expect(page.getByRole('group', { name: /^Điều kiện \d\./ })).toHaveCount(2);
  await task6.getByLabel('Người thực hiện').fill('Chi hội Phụ nữ');
  await task6.getByLabel('Thời hạn').fill('2026-06-30');
  await checkScreen(page, 'record-registration-form');
  // A year outside the programme is refused, with why.
  await page.getByLabel('Năm đăng ký').fill('2031');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText('Năm đăng ký phải từ 2015 đến 2027.');
  await page.getByLabel('Năm đăng ký').fill('2026');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu vào hồ sơ chi bộ.' })).toBeVisible();
  await expect(registration).toContainText('Đăng ký năm 2026 (ngày 10/1/2026)');
  await expect(registration).toContainText('Nghị quyết chi bộ số 01-NQ/CB');
  await expect(registration).toContainText('Chi hội Phụ nữ · 2026-06-30');
  await expect(registration).toContainText('10/1/2026: xong 0/2 việc đã đăng ký');
  await expect(standing).toContainText('Đăng ký năm 2026');

  // The note was mistyped: she corrects it in place; the tasks as she left them.
  const registered = registration.getByRole('listitem').filter({ hasText: /^Đăng ký năm/ });
  await registered.getByRole('button', { name: 'Sửa đăng ký này' }).tap();
  await expect(page.getByRole('heading', { name: 'Sửa đăng ký này' })).toBeFocused();
  await expect(page.getByLabel('Năm đăng ký')).toHaveCount(0);
  await expect(page.getByLabel('Ghi chú', { exact: true })).toHaveValue('Nghị quyết chi bộ số 01-NQ/CB');
  await expect(task6.getByLabel('Người thực hiện')).toHaveValue('Chi hội Phụ nữ');
  await page.getByLabel('Ghi chú', { exact: true }).fill('Nghị quyết chi bộ số 02-NQ/CB');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(registered).toHaveCount(1);
  await expect(registration).toContainText('Nghị quyết chi bộ số 02-NQ/CB');
  await expect(registration).toContainText('Chi hội Phụ nữ · 2026-06-30');

  // One for a year registered by mistake is removed, after a second tap.
  await registration.getByRole('button', { name: 'Đăng ký xây dựng chi bộ TSVMTD' }).tap();
  await page.getByLabel('Năm đăng ký').fill('2027');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(registered).toHaveCount(2);
  await registered.filter({ hasText: 'Đăng ký năm 2027' }).getByRole('button', { name: 'Sửa đăng ký này' }).tap();
  await page.getByRole('button', { name: 'Xoá đăng ký này' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Bấm “Xoá hẳn” để xoá đăng ký này khỏi hồ sơ' })).toBeVisible();
  await page.getByRole('button', { name: 'Xoá hẳn' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xoá đăng ký khỏi hồ sơ chi bộ.' })).toBeVisible();
  await expect(registered).toHaveCount(1);
  await expect(registration).not.toContainText('Đăng ký năm 2027');

  // June: a second check, starting from the first; the poor households fall.
  await at(page, '2026-06-15');
  await page.getByRole('button', { name: 'Kiểm tra lại' }).tap();
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue(CELL);
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');
  await toCondition(page, 6);
  await expect(page.getByLabel('Số hộ nghèo', { exact: true })).toHaveValue('12');
  await page.getByLabel('Số hộ nghèo', { exact: true }).fill('8');
  await openRecord(page);
  const second = checks.getByRole('listitem').first();
  await expect(second).toContainText('15/6/2026: đạt 8/9 điều kiện');
  await expect(second).toContainText('Lần mới nhất, đang sửa trong bản đánh giá');
  await expect(second).toContainText('Điều kiện 6: chưa đạt → đạt; hộ nghèo 3,01% → 2,01%');
  await expect(registration).toContainText('15/6/2026: xong 1/2 việc đã đăng ký');
  // The first check is kept as it was: its result, read-only.
  await checks.getByRole('button', { name: 'Xem kết quả lần này: 10/1/2026' }).tap();
  const first = page.getByRole('region', { name: 'Kết quả lần tự đánh giá ngày 10/1/2026' });
  await expect(first).toContainText('Chưa đạt: 6. Tỷ lệ hộ nghèo');
  await expect(first.getByRole('button', { name: /Sửa câu trả lời/ })).toHaveCount(0);
  await checkScreen(page, 'record-older-check');
  await checks.getByRole('button', { name: 'Ẩn kết quả lần này: 10/1/2026' }).tap();
  await expect(first).toHaveCount(0);

  // November: the commune's appraisal; it found every member with a task (condition 4).
  await at(page, '2026-11-20');
  const appraisals = section(page, 'Thẩm định');
  await appraisals.getByRole('button', { name: 'Ghi kết quả thẩm định' }).tap();
  await expect(page.getByRole('heading', { name: 'Ghi kết quả thẩm định' })).toBeFocused();
  await expect(page.getByLabel('Ngày thẩm định')).toHaveValue('2026-11-20');
  await expect(page.getByText('Từ tháng 7/2025 không còn cấp huyện')).toBeVisible();
  // Nothing is assumed: without the body that appraised, nothing is saved.
  await page.getByRole('group', { name: 'Kết quả thẩm định' }).getByRole('radio', { name: 'Công nhận', exact: true }).check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText('Cơ quan thẩm định: chưa nhập.');
  await page.getByLabel('Cơ quan thẩm định').fill('Đảng ủy xã Lương Hòa');
  await page.getByLabel('Số quyết định').fill('125-QĐ/ĐU');
  await page.getByLabel('Ngày quyết định').fill('2026-12-01');
  const finding4 = page.getByRole('group', { name: /^Điều kiện 4\./ });
  await expect(finding4).toContainText('tự đánh giá: chưa đạt — thẩm định: đạt');
  await finding4.getByLabel('Kết luận của thẩm định').selectOption({ label: 'Đạt' });
  await finding4.getByLabel('Nhận xét của thẩm định').fill('Đảng viên còn lại đã được phân công từ tháng 9/2026');
  await checkScreen(page, 'record-appraisal-form');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu vào hồ sơ chi bộ.' })).toBeVisible();
  await expect(appraisals).toContainText(
    'Thẩm định ngày 20/11/2026, Đảng ủy xã Lương Hòa: Công nhận — Quyết định số 125-QĐ/ĐU ngày 1/12/2026',
  );
  await expect(appraisals).toContainText('Kết quả thẩm định khác tự đánh giá ở 1 điều kiện.');
  const disagreement = appraisals.getByRole('listitem').filter({ hasText: /^≠/ });
  await expect(disagreement).toHaveCount(1);
  await expect(disagreement).toContainText('Điều kiện 4. ');
  await expect(disagreement).toContainText('tự đánh giá: chưa đạt — thẩm định: đạt');
  await expect(disagreement).toContainText('Nhận xét của thẩm định: Đảng viên còn lại đã được phân công từ tháng 9/2026');
  await expect(standing).toContainText('Đăng ký năm 2026 · Công nhận ngày 20/11/2026');
  await expect(standing).toContainText('Được công nhận ngày 20/11/2026');
  await expect(standing).toContainText('Chưa có lần tự đánh giá nào sau khi được công nhận.');
  await checkScreen(page, 'record-recognised');

  // The decision's number was mistyped: she corrects it in place.
  const recorded = appraisals.getByRole('listitem').filter({ hasText: /^Thẩm định ngày/ });
  await appraisals.getByRole('button', { name: 'Sửa lần thẩm định này' }).tap();
  await expect(page.getByRole('heading', { name: 'Sửa lần thẩm định này' })).toBeFocused();
  await expect(page.getByLabel('Cơ quan thẩm định')).toHaveValue('Đảng ủy xã Lương Hòa');
  await expect(page.getByRole('group', { name: 'Kết quả thẩm định' }).getByRole('radio', { name: 'Công nhận', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: /^Điều kiện 4\./ }).getByLabel('Nhận xét của thẩm định')).toHaveValue(
    'Đảng viên còn lại đã được phân công từ tháng 9/2026',
  );
  await page.getByLabel('Số quyết định').fill('126-QĐ/ĐU');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu vào hồ sơ chi bộ.' })).toBeVisible();
  await expect(recorded).toHaveCount(1);
  await expect(appraisals).toContainText(
    'Thẩm định ngày 20/11/2026, Đảng ủy xã Lương Hòa: Công nhận — Quyết định số 126-QĐ/ĐU ngày 1/12/2026',
  );
  await expect(disagreement).toHaveCount(1);

  // One recorded by mistake is removed, after a second tap; Huỷ keeps it.
  await appraisals.getByRole('button', { name: 'Ghi kết quả thẩm định' }).tap();
  await page.getByLabel('Cơ quan thẩm định').fill('Ghi nhầm');
  await page.getByRole('group', { name: 'Kết quả thẩm định' }).getByRole('radio', { name: 'Chưa công nhận' }).check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(recorded).toHaveCount(2);
  const mistaken = recorded.filter({ hasText: 'Ghi nhầm' });
  await mistaken.getByRole('button', { name: 'Sửa lần thẩm định này' }).tap();
  await page.getByRole('button', { name: 'Xoá lần thẩm định này' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Bấm “Xoá hẳn” để xoá lần thẩm định này khỏi hồ sơ' })).toBeVisible();
  await checkScreen(page, 'record-appraisal-remove');
  await page.getByRole('button', { name: 'Huỷ' }).tap();
  await expect(recorded).toHaveCount(2);
  await mistaken.getByRole('button', { name: 'Sửa lần thẩm định này' }).tap();
  await page.getByRole('button', { name: 'Xoá lần thẩm định này' }).tap();
  await page.getByRole('button', { name: 'Xoá hẳn' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xoá lần thẩm định khỏi hồ sơ chi bộ.' })).toBeVisible();
  await expect(recorded).toHaveCount(1);
  await expect(appraisals).not.toContainText('Ghi nhầm');
  await expect(standing).toContainText('Được công nhận ngày 20/11/2026');

  // March 2027: checked again; the 2026 rating entered, every member with a
  // task, but the poor households rose again: condition 6 lapses.
  await at(page, '2027-03-10');
  await page.getByRole('button', { name: 'Kiểm tra lại' }).tap();
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2027');
  await next(page);
  await page.getByRole('button', { name: 'Thêm năm' }).tap();
  await page.getByLabel('Năm', { exact: true }).nth(2).fill('2026');
  await page.getByLabel('Xếp loại 2026').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await toCondition(page, 3);
  await page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể').fill('25');
  await toCondition(page, 2);
  await page.getByLabel('Số hộ nghèo', { exact: true }).fill('12');
  await openRecord(page);
  await expect(standing).toContainText('10/3/2027: không còn giữ vững — 1 điều kiện không còn đạt');
  await expect(standing.getByRole('listitem').first()).toHaveText(/^Điều kiện 6 \(.+\): không còn đạt$/);
  await expect(checks.getByRole('listitem').first()).toContainText('10/3/2027: đạt 8/9 điều kiện');
  await expect(checks.getByRole('listitem').first()).toContainText('Điều kiện 6: đạt → chưa đạt; hộ nghèo 2,01% → 3,01%');
  const conditions = section(page, 'Từng điều kiện qua các lần');
  await expect(conditions.getByRole('listitem').first()).toContainText('Điều kiện 6.');
  await expect(conditions.getByRole('listitem').first()).toContainText(
    'Đạt lần đầu ngày 15/6/2026; không còn đạt ngày 10/3/2027 — hiện chưa đạt lại',
  );
  await checkScreen(page, 'record-lapsed');

  // A reload keeps the screen and everything on it.
  await page.reload();
  await expect(heading(page, RECORD)).toBeVisible();
  await expect(standing).toContainText('10/3/2027: không còn giữ vững — 1 điều kiện không còn đạt');
  await expect(checks.getByText(/^\d+\/\d+\/\d{4}: đạt \d\/9 điều kiện$/)).toHaveCount(3);
  await expect(registration).toContainText('Đăng ký năm 2026 (ngày 10/1/2026)');
  await expect(registration).toContainText('Nghị quyết chi bộ số 02-NQ/CB');
  await expect(appraisals).toContainText('Quyết định số 126-QĐ/ĐU ngày 1/12/2026');

  // Back closes it; the newest check is the one in the questionnaire.
  await page.goBack();
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByRole('link', { name: RECORD, exact: true })).toBeVisible();
  await expect(page.getByLabel('Số hộ nghèo', { exact: true })).toHaveValue('12');
});

test('drafts stored before records become a record on the first start, nothing lost', async ({ page }) => {
  const fixture = await readFile(new URL('../../tests/fixtures/drafts/format-1.json', import.meta.url), 'utf8');
  const stored = JSON.stringify(JSON.parse(fixture));
  const id = JSON.parse(fixture).id;
  await page.addInitScript(
    ([id, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(`tsvmtd:draft:${id}`, text);
        localStorage.setItem('tsvmtd:current-draft', id);
      }
    },
    [id, stored],
  );
  await page.goto('/');
  const told = page.getByRole('status').filter({ hasText: 'đã được xếp vào 1 hồ sơ chi bộ (1 lần tự đánh giá); không bản nào bị xoá' });
  await expect(told).toBeVisible();
  // Her draft opens where she was, as it was.
  await expect(page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể')).toHaveValue('22');
  expect(await page.evaluate((id) => localStorage.getItem(`tsvmtd:draft:${id}`), id)).toBe(stored);

  await openRecord(page);
  await expect(page.getByText(CELL, { exact: true })).toBeVisible();
  await expect(section(page, 'Các lần tự đánh giá').getByText(/^\d+\/\d+\/\d{4}: đạt \d\/9 điều kiện$/)).toHaveCount(1);
  await expect(section(page, 'Các lần tự đánh giá')).toContainText('15/6/2026: đạt');

  // Said once: the next start arranges nothing.
  await page.reload();
  await expect(heading(page, RECORD)).toBeVisible();
  await expect(told).toHaveCount(0);
  const records = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsvmtd:record:')).length);
  expect(records).toBe(1);
  expect(await page.evaluate((id) => localStorage.getItem(`tsvmtd:draft:${id}`), id)).toBe(stored);
});

test('an older check is never edited again: Back after “Kiểm tra lại” shows the new check; a closed form gives the focus back', async ({ page }) => {
  await at(page, '2025-12-20');
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Bình Phú');
  await page.getByLabel('Năm đánh giá').fill('2025');
  await next(page);
  await openRecord(page);
  const register = page.getByRole('button', { name: 'Đăng ký xây dựng chi bộ TSVMTD' });
  await register.tap();
  await page.getByRole('button', { name: 'Huỷ' }).tap();
  await expect(register).toBeFocused();

  await at(page, '2026-01-05');
  await page.getByRole('button', { name: 'Kiểm tra lại' }).tap();
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');
  // Back goes to the step she was on in the older check: the new check shows it.
  await page.goBack();
  await expect(page.getByText('Bước 2/11', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại', exact: true }).tap();
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2026');
  await page.getByLabel('Người đánh giá').fill('Lê Thị Hoa');
  const years = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('tsvmtd:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)!))
      .map((d) => `${d.profile.year} ${d.profile.assessor}`)
      .sort(),
  );
  expect(years).toEqual(['2025 ', '2026 Lê Thị Hoa']);
  await openRecord(page);
  await expect(section(page, 'Các lần tự đánh giá')).toContainText('20/12/2025: đạt 0/9 điều kiện');
  await expect(section(page, 'Các lần tự đánh giá')).toContainText('5/1/2026: đạt 0/9 điều kiện');
});
