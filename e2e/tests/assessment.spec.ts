import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';
import { fillCriteria, fillProfile, goodCell, missingFourCell, next } from './assessment';

// Whole assessments of "Bến Tre 2021", walked as a secretary would, in 2026.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

test('a cell that meets every condition can be proposed, and every screen is usable', async ({ page }, testInfo) => {
  // Eleven screens, each checked with axe-core: slower than the others.
  test.setTimeout(120_000);
  await page.goto('/');
  await fillProfile(page);
  await keepScreenshot(page, testInfo, 'step-00-profile');
  await fillCriteria(page, goodCell, async (name) => {
    // Each criterion is met once answered, and says so in words.
    await expect(page.getByRole('region', { name: 'Đánh giá điều kiện này' })).toContainText('✔Đạt');
    await expectNoHorizontalScroll(page);
    await expectTapTargets(page);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `step-${name}`);
  });

  await expect(page.getByText('Chi bộ đủ các điều kiện để đề nghị công nhận chi bộ trong sạch, vững mạnh toàn diện.')).toBeVisible();
  await expect(page.getByText('Đạt 9/9 điều kiện · đã trả lời 9/9')).toBeVisible();
  await expect(page.getByText('Năm sớm nhất có thể đề nghị công nhận: 2026')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Còn thiếu' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'step-result-met');
});

test('a cell that misses several conditions sees each reason in numbers, gaps first', async ({ page }, testInfo) => {
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);

  await expect(page.getByText('Chi bộ chưa đủ điều kiện để đề nghị công nhận.')).toBeVisible();
  await expect(page.getByText('Đạt 5/9 điều kiện · đã trả lời 9/9')).toBeVisible();
  const gaps = page.getByRole('region', { name: 'Còn thiếu' });
  await expect(gaps).toContainText('3/25 đảng viên chưa được phân công nhiệm vụ và có việc làm cụ thể');
  await expect(gaps).toContainText('3,01%');
  await expect(gaps).toContainText('2,63%');
  await expect(gaps).toContainText('1/25 đảng viên là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội');
  await expect(gaps).toContainText('Xếp loại chất lượng chi bộ');
  // The earliest year follows from the ratings: 2025 excellent, so with 2026 rated
  // excellent at its year-end review the run of two completes in 2026.
  await expect(page.getByText('Năm sớm nhất có thể đề nghị công nhận: 2026')).toBeVisible();
  await keepScreenshot(page, testInfo, 'step-result-gaps');

  // "Sửa câu trả lời" goes back to the criterion.
  await page.getByRole('button', { name: 'Sửa câu trả lời: Phân công nhiệm vụ cho đảng viên' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Phân công nhiệm vụ cho đảng viên' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Đánh giá điều kiện này' })).toContainText('Chưa đạt');
});

test('invalid input shows a Vietnamese message, and nothing stops her', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await page.getByLabel('Năm đánh giá').fill('hai nghìn');
  await expect(page.getByText('Chỉ nhập chữ số, ví dụ 25 hoặc 2.500.')).toBeVisible();
  for (let i = 0; i < 4; i++) await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Phân công nhiệm vụ cho đảng viên' })).toBeVisible();
  await page.getByLabel('Tổng số đảng viên của chi bộ').fill('25');
  await page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể').fill('30');
  const status = page.getByRole('region', { name: 'Đánh giá điều kiện này' });
  await expect(status).toContainText('Không hợp lệ');
  await expect(status).toContainText('30');
  await page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể').fill('-3');
  await expect(page.getByText('Không nhập số âm.', { exact: true })).toBeVisible();
  await keepScreenshot(page, testInfo, 'step-invalid');
  // She can still move on to the result, which lists the invalid answer among the gaps.
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /Kết quả tự đánh giá/ }).tap();
  const gaps = page.getByRole('region', { name: 'Còn thiếu' });
  await expect(gaps.getByRole('listitem').filter({ hasText: 'Phân công nhiệm vụ cho đảng viên' })).toContainText('Không hợp lệ');
  expect(errors).toEqual([]);
});

test('English covers the questionnaire and the result; the keyboard alone is enough', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'About the cell' })).toBeVisible();
  await page.getByLabel('Name of the Party cell').focus();
  await page.keyboard.type('Chi bộ khu phố 2');
  // Tab through the form to Next and press Enter: focus lands on the new step's heading.
  const nextButton = page.getByRole('button', { name: 'Next' });
  for (let i = 0; i < 40 && !(await nextButton.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(nextButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Quality rating of the cell' })).toBeFocused();
  await expect(page.getByText('Condition 1 of 9')).toBeVisible();
  await page.getByRole('button', { name: 'Add a year' }).press('Enter');
  await page.getByLabel('Rating 2025').selectOption({ label: 'Excellently fulfilled its tasks' });
  await expect(page.getByRole('region', { name: 'This condition' })).toContainText('Not met');
  // No Vietnamese interface words are left on an English screen (data in Vietnamese aside).
  const text = await page.getByRole('main').innerText();
  for (const word of ['Tiếp theo', 'Quay lại', 'Chưa đủ thông tin', 'Thêm năm', 'Ghi chú']) {
    expect(text).not.toContain(word);
  }
});
