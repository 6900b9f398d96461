import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, keepScreenshot } from './support';
import { choose, fillProfile, next, toSendAndPrint } from './assessment';

// Issue 15: a score gives its level (Quy định 366-QĐ/TW), the source's words in
// the reasons, and the app's own readings said next to their choices. In 2026.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
  await page.goto('/');
  await fillProfile(page);
});

/** Opens a step from "Danh sách các bước", as she would. */
async function openStep(page: Page, title: RegExp, heading: string) {
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: title }).tap();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
}

/** The year's row of the ratings (the list item holding its score field). */
function ratingRow(page: Page, year: number): Locator {
  return page.getByRole('listitem').filter({ has: page.getByLabel(`Điểm (nếu có) ${year}`) });
}

/** `note` is shown right above or below `choice` on the phone: no more than `gap` px apart. */
async function expectNextTo(note: Locator, choice: Locator, gap = 48) {
  await expect(note).toBeVisible();
  await expect(choice).toBeVisible();
  const a = (await note.boundingBox())!;
  const b = (await choice.boundingBox())!;
  const apart = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
  expect(apart, 'the note sits next to its choice').toBeLessThanOrEqual(gap);
}

test('a 2025 score alone gives its level: 90 is excellent and the condition is met, 89,5 is not', async ({ page }, testInfo) => {
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Xếp loại chất lượng chi bộ' })).toBeFocused();
  const status = page.getByRole('region', { name: 'Đánh giá điều kiện này' });

  // 2025 by its score alone, 2024 by its level.
  await page.getByRole('button', { name: 'Thêm năm' }).tap();
  await page.getByLabel('Điểm (nếu có) 2025').fill('90');
  await page.getByRole('button', { name: 'Thêm năm' }).tap();
  await page.getByLabel('Xếp loại 2024').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await expect(page.getByLabel('Xếp loại 2025')).toHaveValue('');

  await expect(ratingRow(page, 2025)).toContainText('90 điểm → Hoàn thành xuất sắc nhiệm vụ');
  await expect(ratingRow(page, 2024)).not.toContainText('→');
  await expect(status).toContainText('✔Đạt');
  await expect(status).toContainText('Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục: 2024 và 2025.');
  await expect(status).toContainText('Năm 2025: 90 điểm → Hoàn thành xuất sắc nhiệm vụ (theo Quy định 366-QĐ/TW ngày 30/8/2025).');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'c1-score-90');

  // 89,5 is "tốt": the run breaks, and the step says why in the score's words.
  await page.getByLabel('Điểm (nếu có) 2025').fill('89,5');
  await expect(ratingRow(page, 2025)).toContainText('89,5 điểm → Hoàn thành tốt nhiệm vụ');
  await expect(status).toContainText('✘Chưa đạt');
  await expect(status).toContainText('Năm 2025: 89,5 điểm → Hoàn thành tốt nhiệm vụ');
  await expect(status).toContainText('Sớm nhất có thể đề nghị công nhận vào năm 2027');
  await keepScreenshot(page, testInfo, 'c1-score-89-5');

  // The result says the same, and the earliest year counts the derived level.
  await openStep(page, /^Kết quả tự đánh giá/, 'Kết quả tự đánh giá');
  const gaps = page.getByRole('region', { name: 'Còn thiếu' });
  const c1 = gaps.getByRole('listitem').filter({ hasText: 'Xếp loại chất lượng chi bộ' });
  await expect(c1).toContainText('Chưa đạt');
  await expect(c1).toContainText('Năm 2025: 89,5 điểm → Hoàn thành tốt nhiệm vụ');
  await expect(page.getByText('Năm sớm nhất có thể đề nghị công nhận: 2027')).toBeVisible();

  // The printed form (on the result page) says what was entered, and the level it gives.
  await toSendAndPrint(page);
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'In phiếu' }).tap();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('2025: 89,5 điểm → Hoàn thành tốt nhiệm vụ', { exact: true })).toBeVisible();
  await expect(page.getByText('2024: Hoàn thành xuất sắc nhiệm vụ', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeVisible();

  // A chosen level the score contradicts is refused, by name.
  await openStep(page, /^Xếp loại chất lượng chi bộ/, 'Xếp loại chất lượng chi bộ');
  await page.getByLabel('Xếp loại 2025').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await expect(status).toContainText('⚠Không hợp lệ');
  await expect(status).toContainText('Năm 2025: 89,5 điểm ứng với mức “Hoàn thành tốt nhiệm vụ”');
  await expect(ratingRow(page, 2025)).toContainText('Không khớp với mức “Hoàn thành xuất sắc nhiệm vụ” đã chọn.');
  // The level the score gives is accepted.
  await page.getByLabel('Xếp loại 2025').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await expect(status).toContainText('✘Chưa đạt');

  // Before the scale, a score alone is not enough, and the step says so plainly.
  await page.getByLabel('Xếp loại 2024').selectOption({ label: '— Chưa chọn —' });
  await page.getByLabel('Điểm (nếu có) 2024').fill('95');
  const before = 'Năm 2024 chưa áp dụng thang điểm của Quy định 366-QĐ/TW ngày 30/8/2025 (áp dụng từ năm 2025): chỉ có điểm thì chưa đủ, cần chọn mức xếp loại của năm 2024.';
  await expect(ratingRow(page, 2024)).toContainText(before);
  await expect(status).toContainText('…Chưa đủ thông tin');
  await expect(status).toContainText(before);

  // Kept as typed over a reload.
  await page.reload();
  await expect(page.getByLabel('Điểm (nếu có) 2025')).toHaveValue('89,5');
  await expect(ratingRow(page, 2024)).toContainText(before);
});

test("each reading the source does not state is said next to its choice, and the reasons keep the source's words", async ({ page }, testInfo) => {
  // 1. Ratings must reach last year: said under the ratings' legend.
  await next(page);
  const ratings = page.getByRole('group', { name: 'Xếp loại chất lượng chi bộ từng năm' });
  const lastYear = ratings.getByText(
    'Nguồn chỉ nêu số năm liên tục, không nói chuỗi năm phải tính đến năm nào. Ứng dụng đòi xếp loại đến năm 2025 (hoặc năm nay)',
  );
  await expectNextTo(lastYear, page.getByRole('button', { name: 'Thêm năm' }), 160);
  await expect(lastYear).toContainText('đây là cách hiểu của ứng dụng');

  // 4. The not-met reason keeps "và có việc làm cụ thể".
  await openStep(page, /^Phân công nhiệm vụ cho đảng viên/, 'Phân công nhiệm vụ cho đảng viên');
  await page.getByLabel('Tổng số đảng viên của chi bộ').fill('25');
  await page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể').fill('22');
  const status = page.getByRole('region', { name: 'Đánh giá điều kiện này' });
  await expect(status).toContainText('3/25 đảng viên chưa được phân công nhiệm vụ và có việc làm cụ thể');

  // 6. Social-protection households: the choice's own description says the
  // source is silent, and what leaving them out does to the total.
  await next(page);
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Tỷ lệ hộ nghèo, cận nghèo' })).toBeFocused();
  const protectedChoice = page.getByRole('group', { name: 'Khi tính tỷ lệ của ấp, có trừ hộ bảo trợ xã hội không?' });
  const reading = 'Nguồn không nói có trừ các hộ này hay không: đây là cách hiểu của ứng dụng. Nếu chọn trừ, các hộ này được trừ khỏi cả số hộ nghèo, cận nghèo lẫn tổng số hộ của ấp.';
  await expect(protectedChoice).toContainText(reading);
  await expect(protectedChoice).toHaveAccessibleDescription(new RegExp(reading.replace(/[.()?]/g, '\\$&')));
  await page.getByLabel('Tổng số hộ của ấp, khu phố').fill('399');
  await page.getByLabel('Số hộ nghèo', { exact: true }).fill('12');
  await page.getByLabel('Số hộ cận nghèo', { exact: true }).fill('3');
  await choose(page, 'Khi tính tỷ lệ của ấp, có trừ hộ bảo trợ xã hội không?', 'Có trừ: không tính hộ bảo trợ xã hội, theo hướng dẫn của địa phương');
  await page.getByLabel('Trong số hộ nghèo: hộ thuộc diện bảo trợ xã hội').fill('10');
  await page.getByLabel('Trong số hộ cận nghèo: hộ thuộc diện bảo trợ xã hội').fill('0');
  await expect(status).toContainText('(12 − 10)/(399 − 10) = 2/389 = 0,51%');
  await expect(status).toContainText('thấp hơn tỷ lệ bình quân chung của tỉnh');
  await expect(status).toContainText('Nguồn không nêu cách tính này; đây là cách hiểu của ứng dụng.');
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'c6-reading');

  // 8. The four named organisations are the set's reading of "các đoàn thể",
  // said right above them; the reasons keep "kịp thời".
  await next(page);
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố' })).toBeFocused();
  await expect(page.getByText('Từng tổ chức ở ấp, khu phố đã được củng cố, kiện toàn kịp thời và có duy trì họp thường xuyên không?')).toBeVisible();
  const orgsNote = page.getByText('Nguồn chỉ ghi chung “các đoàn thể của ấp, khu phố”, không kể tên từng đoàn thể.');
  await expect(orgsNote).toContainText('là cách hiểu của bộ tiêu chí này, không phải lời của nguồn');
  await expectNextTo(orgsNote, page.getByRole('group', { name: 'Chính quyền ấp, khu phố (trưởng ấp, trưởng khu phố)', exact: true }));
  for (const group of await page.getByRole('group', { name: /: (Được củng cố, kiện toàn kịp thời|Duy trì họp thường xuyên)$/ }).all()) {
    await group.getByRole('radio', { name: 'Có', exact: true }).check();
  }
  await expect(status).toContainText('7/7 tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên.');
  await choose(page, 'Chi hội Phụ nữ: Được củng cố, kiện toàn kịp thời', 'Chưa');
  await expect(status).toContainText('Chi hội Phụ nữ: chưa được củng cố, kiện toàn kịp thời.');
  await expect(status).toContainText('6/7 tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên.');
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'c8-reading');

  // 9. The parts in the source's words: "đối tượng cai nghiện", no "hoạt động".
  await next(page);
  const parts = [
    'Không xảy ra tội phạm nghiêm trọng trên địa bàn',
    'Không có tụ điểm, băng nhóm, tệ nạn xã hội',
    'Không phát sinh người nghiện ma túy, mại dâm và các tệ nạn xã hội khác',
    'Quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng',
    'Có mô hình an ninh trật tự hiệu quả',
  ];
  for (const part of parts) {
    await choose(page, part, part.startsWith('Quản lý') ? 'Chưa đúng' : 'Đúng');
  }
  await expect(status).toContainText('Chưa đạt: Quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng.');
  await expect(status).toContainText('Đạt: Có mô hình an ninh trật tự hiệu quả.');
  await expect(page.getByText(/người cai nghiện|hoạt động hiệu quả/)).toHaveCount(0);
});
