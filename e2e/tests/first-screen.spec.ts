import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support';

// The first screen of a first visit comes in the HTML, rendered at build time
// from the app's own components, and the app takes it over in place when its
// wasm has arrived. A returning visitor, or a result link, gets the loading
// screen instead, decided before the first paint.

const PROFILE = 'Thông tin chi bộ';
const LOADING = 'Đang tải ứng dụng…';
const INERT = 'Có thể nhập khi tải xong.';
const NAME = 'Tên chi bộ';

// The service worker would fetch the wasm behind the test's back.
test.use({ serviceWorkers: 'block' });

/** Holds the wasm back until `release()` is called: the page as it is before the app starts. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route('**/*.wasm', async (route) => {
    asked = true;
    await gate;
    await route.continue();
  });
  return { release, asked: () => asked };
}

function errorsOf(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('a first visit sees the real first screen before the app has loaded, inert and saying so, then the app takes it over', async ({
  page,
}) => {
  const errors = errorsOf(page);
  const wasm = await holdWasm(page);
  await page.goto('/');

  // Painted from the HTML: the app's heading, the step, the fields; the wasm has not arrived.
  await expect(page.getByRole('heading', { name: PROFILE })).toBeVisible();
  await expect(page.getByText('Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện')).toBeVisible();
  // The screen is inert until then, so hidden from screen readers: for them
  // the loading bar carries the page's title and says what is going on.
  await expect(page.getByRole('heading', { level: 1, name: 'Tự đánh giá chi bộ TSVMTD' })).toBeAttached();
  await expectNoAxeViolations(page);
  expect(wasm.asked()).toBe(true);
  // It says it is still loading and not taking input yet; a field cannot be focused.
  await expect(page.getByText(LOADING)).toBeVisible();
  await expect(page.getByText(INERT)).toBeVisible();
  const name = page.getByRole('textbox', { name: NAME });
  await expect(name).toBeVisible();
  await name.focus();
  await expect(name).not.toBeFocused();
  await page.keyboard.type('Chi bộ ấp Một');
  await expect(name).toHaveValue('');

  await expectNoHorizontalScroll(page);

  wasm.release();
  // Taken over in place: the loading bar goes, the same field now takes what she types.
  await expect(page.getByText(LOADING)).toHaveCount(0);
  await expect(page.getByText(INERT)).toHaveCount(0);
  await name.fill('Chi bộ ấp Hòa Thạnh A');
  await page.getByRole('button', { name: 'Tiếp theo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Xếp loại chất lượng chi bộ' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Quay lại', exact: true }).click();
  await expect(page.getByRole('textbox', { name: NAME })).toHaveValue('Chi bộ ấp Hòa Thạnh A');
  expect(errors).toEqual([]);
});

test('a returning visitor sees the loading screen, not a first screen that would change under her thumb', async ({
  page,
}) => {
  const errors = errorsOf(page);
  // A first visit that typed a name: her draft is stored.
  await page.goto('/');
  await page.getByRole('textbox', { name: NAME }).fill('Chi bộ ấp Phú Hòa');
  await expect(page.getByRole('textbox', { name: NAME })).toHaveValue('Chi bộ ấp Phú Hòa');
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('tsvmtd:draft:')));

  const wasm = await holdWasm(page);
  await page.goto('/');
  await expect(page.getByText(LOADING)).toBeVisible();
  await expect(page.getByRole('heading', { name: PROFILE })).toHaveCount(0);
  await expect(page.getByText(INERT)).toBeHidden();

  wasm.release();
  await expect(page.getByRole('textbox', { name: NAME })).toHaveValue('Chi bộ ấp Phú Hòa');
  await expect(page.getByText(LOADING)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a result link opened on a first visit shows the loading screen, then the result', async ({ page }) => {
  const errors = errorsOf(page);
  // Any link: an unreadable one shows its explanation instead of the questionnaire.
  const wasm = await holdWasm(page);
  await page.goto('/#k=not-a-link');
  await expect(page.getByText(LOADING)).toBeVisible();
  await expect(page.getByRole('heading', { name: PROFILE })).toHaveCount(0);

  wasm.release();
  await expect(page.getByText(LOADING)).toHaveCount(0);
  await expect(page.getByRole('alert').or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('in a chat app’s own browser the app renders afresh over the first screen, its notice first', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100730 ZaloTheme/light ZaloLanguage/vi',
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto('/');
  await expect(page.getByText(LOADING)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: PROFILE })).toBeVisible();
  await expect(page.getByText(/Zalo/).first()).toBeVisible();
  await page.getByRole('textbox', { name: NAME }).fill('Chi bộ ấp Một');
  await expect(page.getByRole('textbox', { name: NAME })).toHaveValue('Chi bộ ấp Một');
  expect(errors).toEqual([]);
  await context.close();
});

test('without JavaScript the page says the app needs it, and shows no screen that cannot work', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // (Playwright's text queries skip <noscript>: the page's text as the browser lays it out.)
  expect(await page.evaluate(() => document.body.innerText)).toContain('Ứng dụng cần JavaScript để chạy.');
  await expect(page.getByRole('heading', { name: PROFILE })).toBeHidden();
  await context.close();
});
