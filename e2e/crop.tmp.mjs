import { chromium } from '@playwright/test';
const [file, out, ...offs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--allow-file-access-from-files'] });
const page = await browser.newPage({ viewport: { width: 720, height: 2000 } });
await page.goto('file://' + file);
for (const [i, y] of offs.entries()) {
  await page.screenshot({ path: `${out}-${i}.png`, clip: { x: 0, y: Number(y), width: 720, height: 2000 }, fullPage: true });
}
await browser.close();
