// What a page of the built app fetches before its first screen: the page, and
// the CSS, JS and wasm it names (its links, its loader's imports; the icons,
// the manifest and the service worker come later). Used by bench-report.mjs
// and, as a command, by .ci/run:
//
//   node scripts/first-load.mjs dist [--page index.html] [--max-gzip BYTES]
//
// prints the page's first load (bytes, gzip -9, brotli 11) and exits non-zero
// when its gzip size is past --max-gzip. Bytes are exact, unlike timings, so CI
// can hold them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/** The CSS, JS and wasm files a page names (its links, its loader's imports). */
export function namedFiles(html) {
  const names = new Set();
  for (const m of html.matchAll(/(?:href|src)=["']?(?:\.\/)?([^"' >]+\.(?:js|css|wasm))/g)) names.add(m[1]);
  for (const m of html.matchAll(/['"](?:\.\/)?([^'"\s]+\.(?:js|css|wasm))['"]/g)) names.add(m[1]);
  return [...names].filter((n) => !/^[a-z]+:/.test(n)).map((n) => path.basename(n));
}

/** The page and the files it names, each with its bytes, gzip -9 and brotli 11 sizes. */
export function firstLoad(dir, page) {
  const names = [page, ...namedFiles(readFileSync(path.join(dir, page), 'utf8'))];
  return names.map((name) => {
    const bytes = readFileSync(path.join(dir, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const page = option('--page') ?? 'index.html';
  const max = option('--max-gzip') === undefined ? undefined : Number(option('--max-gzip'));
  const rows = firstLoad(dir, page);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  for (const r of rows) console.log(`${r.name}: ${r.raw} bytes, ${r.gzip} gzip, ${r.brotli} brotli`);
  console.log(`first load of ${page}: ${total.raw} bytes, ${total.gzip} gzip -9, ${total.brotli} brotli 11`);
  if (max !== undefined && total.gzip > max) {
    console.error(`first load of ${page} is ${total.gzip} bytes gzip, past its budget of ${max}`);
    process.exit(1);
  }
}
