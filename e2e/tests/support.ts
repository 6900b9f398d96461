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

/**
 * What is wrong with the layout as it is now: sideways scrolling, an element
 * that sticks out of the screen, or a word broken inside (a line break between
 * two letters of one word, as "tron/g"). Words are runs of letters and digits;
 * a line break inside one shows as a piece of it starting on a lower line. A
 * run of text without spaces wider than 80% of the screen is what she typed or
 * a technical detail (a 10,000-letter name, a link, an address): no line can
 * hold it, so it may break, as long as nothing scrolls sideways.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways by ${root.scrollWidth - width} px`);
    const describe = (el: Element) => {
      const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '';
      return `<${el.tagName.toLowerCase()}> "${label.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      // Visually hidden elements (1×1) and those not rendered.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        problems.push(`${describe(el)} sticks out of the screen (${Math.round(box.left)}..${Math.round(box.right)} of ${width} px)`);
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style')) continue;
      for (const match of node.data.matchAll(/[\p{L}\p{M}\p{N}]{2,}/gu)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        // The unbroken run of text around the word (a name, a link, an address).
        const start = node.data.slice(0, match.index!).search(/\S*$/);
        const end = match.index! + match[0].length + node.data.slice(match.index! + match[0].length).search(/\s|$/);
        const token = document.createRange();
        token.setStart(node, start);
        token.setEnd(node, end);
        const tokenWidth = [...token.getClientRects()].reduce((sum, r) => sum + r.width, 0);
        if (tokenWidth > 0.8 * width) continue;
        if (rects.length > 1 && rects.some((r) => r.top >= rects[0].bottom - 2)) {
          const pieces = rects.map((r) => Math.round(r.width)).join('+');
          problems.push(`"${match[0]}" is broken inside (pieces of ${pieces} px) in ${describe(parent)}`);
        }
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * No horizontal scrolling and no word of the interface broken inside, at the
 * normal text size and at 200% text size, both as the page's root font size and
 * as the browser's own text size setting (its default font size, which also
 * scales the `rem` of media queries).
 */
export async function expectNoHorizontalScroll(page: Page) {
  const check = async (size: string) => {
    const problems = await layoutProblems(page);
    expect(problems, `at ${size}:\n${problems.join('\n')}`).toEqual([]);
  };
  await check('100% text');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await check('200% text (root font size)');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await withBrowserTextSize(page, 2, () => check("200% text (the browser's text size)"));
}

/** Runs `body` with the browser's default font size scaled by `factor` (16 px → 32 px at 2). */
export async function withBrowserTextSize<T>(page: Page, factor: number, body: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * factor, fixed: 13 * factor } });
  try {
    // A frame for the new sizes to lay out.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await body();
  } finally {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
    await cdp.detach();
  }
}

/** Storage that the page may not use at all, as some in-app browsers do. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
}
