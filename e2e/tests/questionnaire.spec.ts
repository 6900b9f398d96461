import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

test('the profile step takes the cell details, with inline Vietnamese validation', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin chi bộ' })).toBeVisible();
  await expect(page.getByText('Bước 1/')).toBeVisible();

  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hòa Thạnh A');
  await page.getByLabel('Ấp, khu phố').fill('Hòa Thạnh A');
  await page.getByLabel('Xã, phường').fill('xã Lương Hòa');
  await page.getByLabel('Tỉnh, thành phố').fill('Vĩnh Long');
  await page.getByLabel('Người đánh giá').fill('Nguyễn Văn A, bí thư chi bộ');

  const year = page.getByLabel('Năm đánh giá');
  await expect(year).toHaveAttribute('inputmode', 'numeric');
  await year.fill('20a6');
  await expect(page.getByText('Chỉ nhập chữ số, ví dụ 25 hoặc 2.500.')).toBeVisible();
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  const nextYear = new Date().getFullYear() + 1;
  await year.fill('2099');
  await expect(page.getByText(`Năm phải từ 2015 đến ${nextYear}.`)).toBeVisible();
  await year.fill('2023');
  await expect(page.getByText(/Năm phải từ|Chỉ nhập chữ số/)).toHaveCount(0);

  await page.getByRole('radio', { name: 'Chưa được công nhận' }).check();
  await expect(page.getByRole('radio', { name: 'Chưa được công nhận' })).toBeChecked();

  await expectNoHorizontalScroll(page);
  await expectTapTargets(page);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'profile-step');

  // Moving on is never blocked, and focus goes to the new step's heading.
  await page.getByRole('button', { name: /Xem kết quả|Tiếp theo/ }).first().tap();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  const profileHeading = page.getByRole('heading', { level: 2, name: 'Thông tin chi bộ' });
  await expect(profileHeading).toBeFocused();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hòa Thạnh A');
  await expect(page.getByLabel('Năm đánh giá')).toHaveValue('2023');
});

test('the list of steps jumps to any step', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /Kết quả tự đánh giá/ }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeFocused();
  await page.getByText('Danh sách các bước').tap();
  await expect(page.getByRole('button', { name: /Kết quả tự đánh giá/ })).toHaveAttribute('aria-current', 'step');
});
