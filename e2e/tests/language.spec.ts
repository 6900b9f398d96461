import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('the interface switches to English and back, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện' })).toBeVisible();
  await expect(page).toHaveTitle('Tự đánh giá chi bộ TSVMTD');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment of a clean, strong and comprehensive Party cell' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('TSVMTD Party cell self-assessment');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment of a clean, strong and comprehensive Party cell' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Tiếng Việt' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
