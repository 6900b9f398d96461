import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
// pdfjs-dist 3.x: the last line that runs on Node 20 (4.x and later need Node 22).
import pdfjs from 'pdfjs-dist/legacy/build/pdf.js';
import { fillCriteria, fillProfile, missingFourCell, toSendAndPrint } from './assessment';
import { expectNoAxeViolations, expectTapTargets, keepScreenshot } from './support';

// From gaps to a plan ("dễ làm trước, khó làm sau"), and the self-assessment
// form printed for the appraisal.

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-15T09:00:00+07:00'));
});

/** The plan items' headings, in the order shown. */
async function planOrder(page: Page): Promise<string[]> {
  const plan = page.getByRole('region', { name: 'Kế hoạch khắc phục' });
  return (await plan.getByRole('heading', { level: 4 }).allTextContents()).map((t) => t.split('.')[0]);
}

/** Every page's text of a PDF without any white space (pdf.js splits runs at
 * accented letters), and the number of pages. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item: { str?: string }) => item.str ?? '').join(' '));
  }
  return { pages: doc.numPages, text: texts.join('').replace(/\s+/g, '') };
}

test('every gap becomes a plan item, easy first, kept with the draft', async ({ page }, testInfo) => {
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);

  const plan = page.getByRole('region', { name: 'Kế hoạch khắc phục' });
  // Condition 4 is easy, 1, 6 and 7 hard: easy first, then in the set's order.
  expect(await planOrder(page)).toEqual(['4', '1', '6', '7']);
  const item4 = plan.getByRole('region', { name: /^4\. Phân công nhiệm vụ/ });
  // Prefilled from the set's suggested actions, editable.
  await expect(item4.getByLabel('Việc cần làm')).not.toHaveValue('');
  await item4.getByLabel('Việc cần làm').fill('Phân công 3 đảng viên còn lại phụ trách tổ tự quản');
  await item4.getByLabel('Người thực hiện').fill('Đồng chí Lê Văn Bình');
  await item4.getByLabel('Thời hạn').fill('2026-07-31');

  // A deadline orders the hard ones: condition 7 by September comes first of them.
  const item7 = plan.getByRole('region', { name: /^7\. / });
  await item7.getByLabel('Thời hạn').fill('2026-09-30');
  await item7.getByLabel('Người thực hiện').fill('Chi hội Nông dân');
  expect(await planOrder(page)).toEqual(['4', '7', '1', '6']);
  // Marked easy, condition 6 moves up beside 4 (same difficulty: by deadline, then order).
  await plan.getByRole('region', { name: /^6\. / }).getByLabel('Mức độ').selectOption({ label: 'Dễ' });
  expect(await planOrder(page)).toEqual(['4', '6', '7', '1']);
  await plan.getByRole('region', { name: /^1\. / }).getByLabel('Đã xong').check();
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await keepScreenshot(page, testInfo, 'plan');

  // Saved with the draft: a reload brings everything back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeVisible();
  expect(await planOrder(page)).toEqual(['4', '6', '7', '1']);
  const again = page.getByRole('region', { name: /^4\. Phân công nhiệm vụ/ });
  await expect(again.getByLabel('Người thực hiện')).toHaveValue('Đồng chí Lê Văn Bình');
  await expect(again.getByLabel('Việc cần làm')).toHaveValue('Phân công 3 đảng viên còn lại phụ trách tổ tự quản');
  await expect(page.getByRole('region', { name: /^1\. / }).getByLabel('Đã xong')).toBeChecked();
});

test('"In phiếu" prints the self-assessment form, and only the form', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/');
  await fillProfile(page);
  await fillCriteria(page, missingFourCell);
  const item4 = page.getByRole('region', { name: /^4\. Phân công nhiệm vụ/ });
  await item4.getByLabel('Người thực hiện').fill('Đồng chí Lê Văn Bình');
  await item4.getByLabel('Thời hạn').fill('2026-07-31');

  // "Gửi kết quả, in phiếu": the result page, where the form is printed.
  await toSendAndPrint(page);
  const form = page.locator('article.print-form');
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'In phiếu' }).tap();
  // The form is rendered first, then the dialog opens.
  await expect(form).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // The print view as on paper: print media, an A4 page's width at 96 dpi.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await keepScreenshot(page, testInfo, 'print-view');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await writeFile(testInfo.outputPath('phieu-tu-danh-gia.pdf'), pdf);
  const { pages, text } = await pdfText(pdf);

  // The profile, a condition's answers and reason, the overall result, the plan.
  for (const expected of [
    'PHIẾU TỰ ĐÁNH GIÁ',
    'CHI BỘ ẤP HÒA THẠNH A',
    'ĐẢNG BỘ XÃ LƯƠNG HÒA',
    'Nguyễn Văn An, bí thư chi bộ',
    'Năm 2026',
    '3/25 đảng viên chưa được phân công nhiệm vụ',
    'Tuyến đường hoa ấp Hòa Thạnh A',
    'Chi bộ chưa đủ điều kiện để đề nghị công nhận.',
    'Đồng chí Lê Văn Bình',
    '31/7/2026',
    'xã Lương Hòa, ngày 15 tháng 6 năm 2026',
    // The signature blocks.
    'XÁC NHẬN CỦA ĐẢNG ỦY XÃ, PHƯỜNG',
    'T/M CHI BỘ — BÍ THƯ CHI BỘ',
    '(Ký, ghi rõ họ tên)',
    '(Ký tên, đóng dấu)',
  ]) {
    expect(text, expected).toContain(expected.replace(/\s+/g, ''));
  }
  // Nothing of the app's screens.
  for (const chrome of ['Danh sách các bước', 'Gửi kết quả', 'In phiếu', 'Quay lại', 'Hồ sơ chi bộ', 'Theo dõi các chi bộ']) {
    expect(text, chrome).not.toContain(chrome.replace(/\s+/g, ''));
  }
  // Nine conditions, the result and the plan on A4: a few pages, not a stack.
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(4);
  testInfo.annotations.push({ type: 'pdf pages', description: String(pages) });
});

test('printing from the browser menu renders the form for the printout only', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Phú Lợi');
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /^Kết quả tự đánh giá/ }).tap();
  // On the app's result step, the screen prints as it is (the form is the
  // result page's).
  const screen = await pdfText(await page.pdf({ format: 'A4' }));
  expect(screen.text).toContain('Kếtquảtựđánhgiá');
  expect(screen.text).not.toContain('PHIẾUTỰĐÁNHGIÁ');

  await toSendAndPrint(page);
  const form = page.locator('article.print-form');
  await expect(form).toHaveCount(0);
  // Chromium's print preview and printToPDF both start with `beforeprint`.
  const pdf = await page.pdf({ format: 'A4' });
  const { text } = await pdfText(pdf);
  expect(text).toContain('PHIẾUTỰĐÁNHGIÁ');
  expect(text).toContain('ChibộấpPhúLợi');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(form).toHaveCount(0);
});
