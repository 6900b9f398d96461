// Renders the app icon (src/assets/icon.svg) to the PNG sizes the web app
// manifest names, with Debian's Chromium through Playwright. Run by hand when the
// icon changes; the PNGs are committed.
//   node scripts/make-icons.mjs
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const svg = await readFile(new URL('../src/assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
const outputs = [
  // "any": rounded corners, as launchers that do not mask show it.
  { file: 'icon-192.png', size: 192, radius: '18%' },
  { file: 'icon-512.png', size: 512, radius: '18%' },
  // "maskable": full bleed; the drawing keeps inside the central safe zone.
  { file: 'icon-maskable-512.png', size: 512, radius: '0' },
];
for (const { file, size, radius } of outputs) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<div style="width:${size}px;height:${size}px;border-radius:${radius};overflow:hidden">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>` +
      `</body></html>`,
  );
  await page.screenshot({ path: new URL(`../src/assets/${file}`, import.meta.url).pathname, omitBackground: true });
  console.log(`wrote src/assets/${file}`);
}
await browser.close();
