import { expect, test } from '@playwright/test';
// pdfjs-dist 3.x: the last line that runs on Node 20 (4.x and later need Node 22).
import pdfjs from 'pdfjs-dist/legacy/build/pdf.js';
import { fillCriteria, fillProfile, goodCell, toSendAndPrint } from './assessment';

// What the record adds to the result she sends and prints: the link carries
// where the cell stands (registered, appraised: link format 3), and "In phiếu"
// prints the record's history on a page after the form.

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

/** Every page's text of a PDF without any white space, and the number of pages. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item: { str?: string }) => item.str ?? '').join(' '));
  }
  return { pages: doc.numPages, text: texts.join('').replace(/\s+/g, '') };
}

test('registered on the record screen, the result link says so and the printed form ends with the record’s history', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, goodCell);
  await toSendAndPrint(page);
  const share = page.getByRole('region', { name: 'Gửi kết quả' });
  const linkBox = share.getByRole('textbox', { name: 'Liên kết kết quả' });
  const before = await linkBox.inputValue();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá' }).tap();

  // Registration for 2026, from the result step and back to it.
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).tap();
  const registration = page.getByRole('region', { name: 'Đăng ký và lộ trình', exact: true });
  await registration.getByRole('button', { name: 'Đăng ký xây dựng chi bộ TSVMTD' }).tap();
  await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
  await expect(registration).toContainText('Đăng ký năm 2026');
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeVisible();

  // The link now carries the registration (a longer link, format 3).
  await toSendAndPrint(page);
  await expect(linkBox).not.toHaveValue(before);
  const link = await linkBox.inputValue();
  const reader = await (
    await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'vi-VN' })
  ).newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 2, name: 'Kết quả được gửi đến' })).toBeVisible();
  await expect(reader.getByRole('main')).toContainText('Đã đăng ký năm 2026');
  await reader.context().close();

  // "In phiếu": the form, then the record's history on its own page.
  await page.evaluate(() => (window.print = () => {}));
  const pdf = await page.pdf({ format: 'A4' });
  const { pages, text } = await pdfText(pdf);
  for (const expected of ['PHIẾU TỰ ĐÁNH GIÁ', 'LỊCH SỬ HỒ SƠ CHI BỘ', 'Các lần tự đánh giá', '15/6/2026: đạt 9/9 điều kiện', 'Đăng ký năm 2026']) {
    expect(text, expected).toContain(expected.replace(/\s+/g, ''));
  }
  expect(pages).toBeGreaterThanOrEqual(3);
});
