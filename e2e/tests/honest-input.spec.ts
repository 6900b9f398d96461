import { expect, test, type Browser, type Page } from '@playwright/test';
import { fillCriteria, fillProfile, goodCell, toSendAndPrint } from './assessment';
import { expectNoAxeViolations } from './support';

// The screen never contradicts itself: a number field holding text that is not
// a number makes its condition invalid everywhere the condition shows, and what
// she typed stays exactly as typed; no number is guessed; a link too long says
// which text makes it so.

const ASSIGNED = 'Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể';
const MEMBERS = 'Tổng số đảng viên của chi bộ';
const INVALID_REASON = `Ô “${ASSIGNED}” đang ghi “-3”, không phải là số hợp lệ. Không nhập số âm.`;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

async function jumpTo(page: Page, step: RegExp) {
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: step }).tap();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/** The live status of the step on screen. */
const stepStatus = (page: Page) => page.getByRole('region', { name: 'Đánh giá điều kiện này' });

/** A second phone with nothing of its own. */
async function otherPhone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  return context.newPage();
}

test('a count typed as "-3" makes condition 4 invalid in the step, the result, the plan, the printed form and the link, and survives a reload', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, goodCell);
  await expect(page.getByText('Đạt 9/9 điều kiện · đã trả lời 9/9')).toBeVisible();

  // 25 members, 25 assigned: met. Then "-3" in the assigned field.
  await jumpTo(page, /^Phân công nhiệm vụ cho đảng viên/);
  await expect(stepStatus(page)).toContainText('Đạt');
  const assigned = page.getByLabel(ASSIGNED);
  await assigned.fill('-3');
  await expect(page.getByText('Không nhập số âm.', { exact: true })).toBeVisible();
  await expect(assigned).toHaveAttribute('aria-invalid', 'true');
  // The verdict no longer rests on the 25 that left the field.
  await expect(stepStatus(page)).toContainText('Không hợp lệ');
  await expect(stepStatus(page)).toContainText(INVALID_REASON);
  await expect(stepStatus(page)).not.toContainText('25/25');

  // A reload: exactly as typed, still invalid.
  await page.reload();
  await expect(page.getByLabel(ASSIGNED)).toHaveValue('-3');
  await expect(stepStatus(page)).toContainText(INVALID_REASON);

  // The result and the plan.
  await jumpTo(page, /^Kết quả tự đánh giá/);
  await expect(page.getByText('Chi bộ chưa đủ điều kiện để đề nghị công nhận.')).toBeVisible();
  const gaps = page.getByRole('region', { name: 'Còn thiếu' });
  await expect(gaps.getByRole('listitem').filter({ hasText: 'Không hợp lệ: 4. Phân công nhiệm vụ' })).toContainText(INVALID_REASON);
  await expect(page.getByRole('region', { name: 'Kế hoạch khắc phục' }).getByRole('region', { name: /^4\. Phân công nhiệm vụ/ })).toBeVisible();

  // The printed form, on the result page.
  await toSendAndPrint(page);
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'In phiếu' }).tap();
  const form = page.locator('article.print-form');
  await expect(form).toContainText('Không hợp lệ');
  await expect(form).toContainText(INVALID_REASON);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // The link: another phone reads the same verdict, naming the field.
  const link = await page.getByRole('textbox', { name: 'Liên kết kết quả' }).inputValue();
  const reader = await otherPhone(browser, baseURL!);
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 2, name: 'Kết quả được gửi đến' })).toBeVisible();
  await expect(reader.getByRole('main')).toContainText(INVALID_REASON);
  await expect(reader.getByText('Chi bộ chưa đủ điều kiện để đề nghị công nhận.')).toBeVisible();
  await reader.context().close();

  // Corrected, the condition is met again and the text is gone from storage.
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();
  await jumpTo(page, /^Phân công nhiệm vụ cho đảng viên/);
  await page.getByLabel(ASSIGNED).fill('25');
  await expect(stepStatus(page)).toContainText('Đạt');
  await expect(page.getByText('Không nhập số âm.', { exact: true })).toHaveCount(0);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('tsvmtd:draft:')).map(([, v]) => v).join(''));
  expect(stored).not.toContain('"typed"');
  await expectNoAxeViolations(page);
});

test('"2.5" members is refused, not read as 25; the message shows how to write the number, in either language', async ({ page }) => {
  await page.goto('/');
  await jumpTo(page, /^Phân công nhiệm vụ cho đảng viên/);
  const members = page.getByLabel(MEMBERS);
  await members.fill('2.5');
  await expect(page.getByText('Số này đọc được hai cách. Dấu chấm chỉ dùng để tách hàng nghìn, mỗi nhóm đủ 3 chữ số: viết 2500 hoặc 2.500.', { exact: true })).toBeVisible();
  await expect(stepStatus(page)).toContainText('Không hợp lệ');
  await expect(stepStatus(page)).toContainText(`Ô “${MEMBERS}” đang ghi “2.5”`);
  await members.fill('2,5');
  await expect(page.getByText('Cần một số nguyên, ví dụ 25 hoặc 2.500 (dấu phẩy là dấu thập phân).', { exact: true })).toBeVisible();
  // Grouped the Vietnamese way, it is a number.
  await members.fill('2.500');
  await page.getByLabel(ASSIGNED).fill('2.500');
  await expect(stepStatus(page)).toContainText('Đạt');
  await expect(page.getByText(/đọc được hai cách|Cần một số nguyên/)).toHaveCount(0);

  // In English, the comma groups thousands and the point marks decimals.
  await page.getByRole('button', { name: 'English' }).tap();
  const total = page.getByLabel('Members of the cell in total');
  await expect(total).toHaveValue('2500');
  await total.fill('2.5');
  await expect(page.getByText('A whole number is needed, for example 25 or 2,500 (the point marks decimals).', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'This condition' })).toContainText('Invalid');
  await total.fill('2,500');
  await expect(page.getByRole('region', { name: 'This condition' })).toContainText('Met');
});

test('a year typed with a letter stays as typed after a reload, and profile fields count their characters', async ({ page }) => {
  await page.goto('/');
  const year = page.getByLabel('Năm đánh giá');
  await year.fill('2O26');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hòa Thạnh A');
  await expect(page.getByText('21/80 ký tự')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2O26');
  await expect(page.getByLabel('Năm đánh giá')).toHaveAttribute('aria-invalid', 'true');
  // The counter is read with the field by a screen reader.
  const described = await page.getByLabel('Tên chi bộ').getAttribute('aria-describedby');
  expect(described).toContain('profile-cell-count');
});

test('a 10,000-character cell name: the field says it is too long, and sharing names it without mentioning notes', async ({ page }) => {
  await page.goto('/');
  const name = 'Chi bộ ấp Hòa Thạnh A '.repeat(455).slice(0, 10_000);
  await page.getByLabel('Tên chi bộ').fill(name);
  await expect(page.getByText('Quá dài: 10.000 ký tự, tối đa 80 ký tự. Hãy viết gọn lại.')).toBeVisible();
  await expect(page.getByText('10.000/80 ký tự')).toBeVisible();
  // Kept whole, never cut.
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue(name);
  await jumpTo(page, /^Kết quả tự đánh giá/);
  await toSendAndPrint(page);
  const share = page.getByRole('region', { name: 'Gửi kết quả' });
  const alert = share.getByRole('alert');
  await expect(alert).toContainText('Kết quả quá dài để gửi bằng liên kết');
  await expect(alert).toContainText('“Tên chi bộ” dài 10.000 ký tự: hãy viết gọn lại ở bước Thông tin chi bộ.');
  await expect(alert).not.toContainText('ghi chú');
  await expect(share.getByLabel('Kèm ghi chú, minh chứng')).not.toBeChecked();
});

test('a note counts its characters; a whole document pasted into it is not saved, said so, and nothing stored is set aside', async ({ page }) => {
  await page.goto('/');
  await jumpTo(page, /^Phong trào thi đua/);
  const note = page.getByLabel('Ghi chú, minh chứng');
  await note.fill('Biên bản họp chi bộ tháng 5/2026');
  await expect(page.getByText('32/2.000 ký tự')).toBeVisible();
  await note.fill('x'.repeat(2_001));
  await expect(page.getByText('Quá dài: 2.001 ký tự, tối đa 2.000 ký tự. Hãy viết gọn lại.')).toBeVisible();
  await note.fill('Biên bản họp chi bộ tháng 5/2026');
  // A document of 600 000 characters: the draft would be too large to read back.
  await note.fill('Văn bản rất dài. '.repeat(36_000));
  const alert = page.getByRole('alert').filter({ hasText: 'Bản nháp quá lớn để lưu trên máy' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Tải bản sao về máy (JSON)' })).toBeVisible();
  // Shortened, it saves again; a reload finds the short note, nothing set aside.
  await note.fill('Biên bản họp chi bộ tháng 6/2026');
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Ghi chú, minh chứng')).toHaveValue('Biên bản họp chi bộ tháng 6/2026');
  await expect(page.getByText(/không đọc được|đã được cất riêng/)).toHaveCount(0);
});
