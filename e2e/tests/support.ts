import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Runs axe-core on the page as it is now; fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Saves a full-page screenshot as a test artifact under a stable name. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Every visible control is at least 44×44 CSS px (a thumb on a cheap phone). */
export async function expectTapTargets(page: Page) {
  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type=radio]):not([type=checkbox]), select, textarea, summary, label.choice, label.file-button',
    );
    return [...controls]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      // Visually hidden inputs (1×1) are reached through their label, checked instead.
      .filter(({ box }) => box.width > 1 || box.height > 1)
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
  expect(small, small.join('\n')).toEqual([]);
}

/** No horizontal scrolling, at the normal text size and at 200% text size. */
export async function expectNoHorizontalScroll(page: Page) {
  for (const size of ['100%', '200%']) {
    const widths = await page.evaluate((fontSize) => {
      document.documentElement.style.fontSize = fontSize;
      const result = { size: fontSize, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
      return result;
    }, size);
    expect(widths.scroll, `horizontal scroll at ${size} text`).toBeLessThanOrEqual(widths.client);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}
