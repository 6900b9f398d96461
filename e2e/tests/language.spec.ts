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

test.describe('before the app runs', () => {
  // The wasm must come from the network, not from the service worker's cache,
  // so that the test can hold it back and then refuse it.
  test.use({ serviceWorkers: 'block' });

  test('after choosing English, the loading and error screens are in English too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment of a clean, strong and comprehensive Party cell' })).toBeVisible();

    // A wasm that takes its time: the loading screen, in English.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.abort('failed');
    });
    await page.reload({ waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: 'TSVMTD Party cell self-assessment' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Loading the app…');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page);

    // Then it cannot load: the error screen, in English.
    release();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1, name: 'The app ran into an unexpected error' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expect(alert.getByText('Technical details')).toBeVisible();
  });
});
