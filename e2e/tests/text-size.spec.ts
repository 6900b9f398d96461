import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fillCriteria, fillProfile, missingFourCell, toSendAndPrint } from './assessment';
import { expectNoHorizontalScroll, keepScreenshot, layoutProblems, withBrowserTextSize } from './support';

// Usable at 200% text on a 360 px phone: on every screen, nothing scrolls
// sideways and no word of the interface is broken inside ("tron/g"), both when
// the page's root font size is doubled and when the browser's own text size
// setting is. What she typed (a 10,000-character name) may wrap anywhere, but
// never pushes the screen sideways.

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

/** Opens every disclosure (source wording, evidence, list of steps…) so that its content is checked too. */
async function openDisclosures(page: Page) {
  for (const summary of await page.locator('details:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.tap();
  }
}

/** The screen as it is, all disclosures open, at 100% and 200% text (both ways); a screenshot at 200%. */
async function checkScreen(page: Page, name: string) {
  await openDisclosures(page);
  await expectNoHorizontalScroll(page);
  await withBrowserTextSize(page, 2, () => keepScreenshot(page, test.info(), `200-${name}`));
}

const fixture = (name: string) => readFile(new URL(`../../tests/fixtures/tracking/${name}`, import.meta.url), 'utf8');

test('the questionnaire, the result with its plan and the share panel, at 200% text', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await checkScreen(page, 'profile-empty');
  await fillProfile(page);
  // A field with an error message under it.
  await page.getByLabel('Năm đánh giá').fill('20x6');
  await checkScreen(page, 'profile-error');
  await page.getByLabel('Năm đánh giá').fill('2026');
  await checkScreen(page, 'profile');

  await fillCriteria(page, missingFourCell, async (step) => checkScreen(page, step));

  // The result: the verdict, the plan with every field filled, the share panel.
  const plan = page.getByRole('region', { name: 'Kế hoạch khắc phục' });
  const item = plan.getByRole('region', { name: /^4\. / });
  await item.getByLabel('Người thực hiện').fill('Đồng chí Lê Văn Bình');
  await item.getByLabel('Thời hạn').fill('2026-07-31');
  await checkScreen(page, 'result');

  // In English too (longer words, the Vietnamese button in the header).
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Result of the self-assessment' })).toBeVisible();
  await checkScreen(page, 'result-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).tap();

  // The result page: the link with its options and QR code, printing.
  await toSendAndPrint(page);
  const share = page.getByRole('region', { name: 'Gửi kết quả' });
  await share.getByLabel('Kèm tên công trình, mô hình, tổ chức').check();
  await checkScreen(page, 'send-and-print');
  await share.scrollIntoViewIfNeeded();
  await checkScreen(page, 'share');
});

test('the record with its forms, the list of records, a shared result opened from a link, and the commune\'s view with rows, at 200% text', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);
  await toSendAndPrint(page);
  const link = await page.getByRole('region', { name: 'Gửi kết quả' }).getByRole('textbox', { name: 'Liên kết kết quả' }).inputValue();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();

  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeFocused();
  await checkScreen(page, 'record');
  await page.getByRole('button', { name: 'Đăng ký xây dựng chi bộ TSVMTD' }).tap();
  await checkScreen(page, 'record-registration');
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(page.getByText('Đăng ký năm 2026 (ngày 15/6/2026)')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi kết quả thẩm định' }).tap();
  await page.getByRole('group', { name: /^Điều kiện 4\./ }).getByLabel('Kết luận của thẩm định').selectOption({ label: 'Đạt' });
  await checkScreen(page, 'record-appraisal');
  await page.getByRole('button', { name: 'Huỷ' }).tap();
  await page.getByRole('button', { name: 'Các hồ sơ trên máy này' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Các hồ sơ trên máy này' })).toBeFocused();
  await checkScreen(page, 'records');
  await page.goBack();

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả được gửi đến' })).toBeVisible();
  await checkScreen(page, 'shared-result');
  await page.goto('/#k=AAAA');
  await expect(page.getByRole('heading', { level: 2, name: 'Không mở được liên kết kết quả' })).toBeVisible();
  await checkScreen(page, 'shared-result-broken');

  await page.goto('/');
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Theo dõi kết quả các chi bộ' })).toBeFocused();
  await checkScreen(page, 'tracking-empty');
  await page.getByLabel('Dán liên kết kết quả').fill(await fixture('chat-30.txt'));
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).tap();
  await expect(page.getByRole('region', { name: /^Từng chi bộ/ }).getByRole('listitem')).toHaveCount(27);
  await checkScreen(page, 'tracking');
});

test('a 10,000-character name without spaces wraps but never pushes the screen sideways', async ({ page }) => {
  test.setTimeout(120_000);
  const long = 'Ấp'.repeat(5_000);
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill(long);
  await page.getByLabel('Ấp, khu phố').fill(long);
  await page.getByLabel('Năm đánh giá').fill('2026');
  await checkScreen(page, 'long-profile');
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ chi bộ' })).toBeFocused();
  await checkScreen(page, 'long-record');
  await page.getByRole('button', { name: 'Các hồ sơ trên máy này' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Các hồ sơ trên máy này' })).toBeFocused();
  await checkScreen(page, 'long-records');
});

test('the loading screen and the error screen, at 200% text', async ({ page }) => {
  // The wasm never arrives: the loading screen stays up.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.abort('failed');
  });
  // A first visit: the first screen rendered at build time, with the loading bar over its foot.
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin chi bộ' })).toBeVisible();
  await expect(page.getByText('Có thể nhập khi tải xong.')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await withBrowserTextSize(page, 2, async () => {
    expect(await layoutProblems(page)).toEqual([]);
    await keepScreenshot(page, test.info(), '200-first-screen');
  });
  // A returning visitor (something stored): the loading screen.
  await page.evaluate(() => localStorage.setItem('tsvmtd:lang', '"vi"'));
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Tự đánh giá chi bộ TSVMTD' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await withBrowserTextSize(page, 2, () => keepScreenshot(page, test.info(), '200-loading'));
  release();

  await page.goto('/?simulate-panic');
  await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(page, 'error');
});

test('the check finds a word broken inside and a screen that scrolls sideways', async ({ page }) => {
  // The check itself must be able to fail: a heading squeezed beside a button, and a wide box.
  await page.goto('/');
  // The app's own heading: the loading screen's title is there too until the app has started.
  await expect(page.getByRole('heading', { level: 1, name: 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện' })).toBeVisible();
  const problems = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML =
      '<div style="display:flex;width:120px"><h2 style="overflow-wrap:anywhere;margin:0">Tự đánh giá trong sạch</h2><button style="flex:none;width:100px">English</button></div>' +
      '<div style="width:500px">wide</div>';
    document.body.prepend(box);
    return null;
  });
  expect(problems).toBeNull();
  const found = await withBrowserTextSize(page, 2, () => layoutProblems(page));
  expect(found.join('\n')).toMatch(/is broken inside/);
  expect(found.join('\n')).toMatch(/scrolls sideways/);
});
