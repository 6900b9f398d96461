import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { blockStorage, expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets } from './support';

// A link tapped in Zalo or Messenger opens in that app's own browser: its
// storage may be wiped with the app's cache, it may have no service worker,
// and the phone's browser never sees what is kept there. A result sent in a
// link reads there exactly as anywhere; over her own draft the app says where
// it would live, offers the draft as a file and the same address in Chrome.

// Real user agents of the apps' browsers on Android (as seen in access logs).
const ZALO =
  'Mozilla/5.0 (Linux; Android 10; Active 3 Build/QP1A.190711.020;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.58 Mobile Safari/537.36 Zalo android/12100609 ZaloTheme/light ZaloLanguage/vi';
const MESSENGER =
  'Mozilla/5.0 (Linux; Android 12; SM-A135F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/376.1.0.25.106;]';

// The phone's own browser (Chrome on Android), as in the config.
const CHROME =
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

const NOTICE = 'Mở bằng trình duyệt của điện thoại';
const SHARED = 'Kết quả được gửi đến';

const notice = (page: Page) => page.getByRole('region', { name: NOTICE });

/** The first result link of the commune's fixture chat, as a fragment of this app's address. */
async function resultFragment(): Promise<string> {
  const chat = await readFile(new URL('../../tests/fixtures/tracking/chat-30.txt', import.meta.url), 'utf8');
  return chat.split('\n')[0].match(/#k=[\w-]+/)![0];
}

/** The phone's own browser: a fresh context with Chrome's user agent. */
async function phoneBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    userAgent: CHROME,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  return { context, page: await context.newPage() };
}


for (const [app, userAgent] of [
  ['Zalo', ZALO],
  ['Messenger', MESSENGER],
] as const) {
  test.describe(`inside ${app}'s own browser`, () => {
    test.use({ userAgent });

    test(`over her draft the app says it lives in ${app}, offers the draft and Chrome; nothing typed is lost`, async ({
      page,
      browser,
      baseURL,
    }, testInfo) => {
      // Chat apps add their own tracking to the address; it is not carried on.
      await page.goto('/?zarsrc=30&utm_source=zalo');
      await expect(notice(page)).toContainText(`Ứng dụng đang mở trong trình duyệt riêng của ${app}.`);
      await expect(notice(page)).toContainText('có thể mất khi');
      const host = new URL(baseURL!).host;
      await expect(notice(page).getByRole('link', { name: 'Mở bằng Chrome' })).toHaveAttribute(
        'href',
        `intent://${host}/#Intent;scheme=http;package=com.android.chrome;S.browser_fallback_url=${encodeURIComponent(`http://${host}/`)};end`,
      );
      await expectNoAxeViolations(page);
      await expectTapTargets(page);
      await expectNoHorizontalScroll(page);

      await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Tân Hòa');
      await page.getByLabel('Năm đánh giá').fill('2026');
      const download = page.waitForEvent('download');
      await notice(page).getByRole('button', { name: 'Tải bản nháp về máy' }).tap();
      const file = testInfo.outputPath('ban-nhap.json');
      await (await download).saveAs(file);
      const draft = JSON.parse(await readFile(file, 'utf8'));
      expect(draft.profile.cell_name).toBe('Chi bộ ấp Tân Hòa');
      // It names its criteria set by id, version and fingerprint, as every export does.
      expect([draft.answers.set_id, draft.answers.set_version]).toEqual(['ben-tre-2021', 1]);
      expect(draft.set_fingerprint).toMatch(/^[0-9a-f]{8}$/);

      // The phone's own browser imports it as the notice says: nothing lost.
      const phone = await phoneBrowser(browser, baseURL!);
      try {
        await phone.page.goto('/');
        await expect(notice(phone.page)).toHaveCount(0);
        await phone.page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
        await phone.page.getByRole('button', { name: 'Các hồ sơ trên máy này' }).tap();
        await phone.page.getByLabel('Nhập từ tệp JSON').setInputFiles(file);
        await expect(phone.page.getByText('Đã nhập 1 bản đánh giá.')).toBeVisible();
        await phone.page.getByRole('button', { name: 'Mở lần mới nhất: Chi bộ ấp Tân Hòa' }).tap();
        await expect(phone.page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Tân Hòa');
        await expect(phone.page.getByLabel('Năm đánh giá')).toHaveValue('2026');
      } finally {
        await phone.context.close();
      }

      // She may stay: the notice steps aside for this visit.
      await notice(page).getByRole('button', { name: 'Tiếp tục ở đây' }).tap();
      await expect(notice(page)).toHaveCount(0);
      await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Tân Hòa');
    });
  });
}

test.describe("inside Zalo's browser, with no service worker and no storage", () => {
  test.use({ userAgent: ZALO, serviceWorkers: 'block' });

  test('a result sent in a link reads exactly as in the phone’s browser', async ({ page, browser, baseURL }) => {
    const fragment = await resultFragment();
    await blockStorage(page);
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('heading', { level: 2, name: SHARED })).toBeVisible();
    // A result is no draft of hers: nothing to warn about.
    await expect(notice(page)).toHaveCount(0);
    const inZalo = await page.getByRole('main').innerText();
    expect(inZalo).toContain('Chi bộ ấp Phú Hòa');

    const phone = await phoneBrowser(browser, baseURL!);
    try {
      await phone.page.goto(`/${fragment}`);
      await expect(phone.page.getByRole('heading', { level: 2, name: SHARED })).toBeVisible();
      expect(inZalo).toBe(await phone.page.getByRole('main').innerText());
    } finally {
      await phone.context.close();
    }
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

    // Keeping it fails plainly here; her own draft under it gets both notices.
    await page.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).tap();
    await expect(page.getByRole('alert').filter({ hasText: 'Không lưu được thay đổi vào máy.' })).toBeVisible();
    await page.getByRole('button', { name: 'Đóng, về bản đánh giá của tôi' }).tap();
    await expect(notice(page)).toContainText('trình duyệt riêng của Zalo');
    await expect(page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu dữ liệu trên máy' })).toBeVisible();
  });
});
