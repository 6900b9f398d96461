// The steps that concern the whole published folder, run once by scripts/build
// after each page was built by Trunk in a run of its own (post-build.mjs does
// each page's own steps):
//   1. merges the other pages' build folders into the app's (a file both
//      builds wrote, the stylesheet, boot.js, is the app's copy: its name
//      carries the hash of its source); the sets page's brings the sets/
//      folder, where a host publishes criteria sets (an index of none);
//   2. writes the service worker, sw.js, from src/browser/service-worker.js
//      with the list of the files of this very build, every page's included
//      (sets/ aside: the host's, not the release's), and a version hashed
//      from their contents (service-worker.mjs);
//   3. last, writes precompressed copies (X.br, X.gz) of the text and wasm
//      files, for hosts that serve them (precompress.mjs; none under sets/).
//   node scripts/finish-dist.mjs <dist> [<other page's build folder>...]

import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { listFiles, writePrecompressed } from './precompress.mjs';
import { writeServiceWorker } from './service-worker.mjs';

// A name Trunk gave a hash of the file's source (as in service-worker.js).
const HASHED = /(^|\/)([0-9a-f]{8,16}-|[^/]*-[0-9a-f]{8,16}(_bg)?\.)/;

const [dist, ...others] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/finish-dist.mjs <dist> [<other build folder>...]');
  process.exit(2);
}

for (const other of others) {
  let copied = 0;
  for (const name of await listFiles(other)) {
    const from = path.join(other, name);
    const to = path.join(dist, name);
    const bytes = await readFile(from);
    const there = await readFile(to).catch(() => null);
    if (there !== null) {
      // The same name with a content hash is the same source (the stylesheet,
      // boot.js): the app's copy serves both pages (Trunk's own minifier does
      // not always write the same bytes twice). Any other name must not clash.
      if (!there.equals(bytes) && !HASHED.test(name)) {
        throw new Error(`finish-dist: ${name} differs between ${dist} and ${other}`);
      }
      continue;
    }
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
    copied += 1;
  }
  console.log(`finish-dist: ${copied} files of ${other} merged into ${dist}`);
}

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const minify = async (code) => {
  const result = await require('terser').minify(code, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string') throw new Error('finish-dist: terser returned nothing for sw.js');
  return result.code;
};
const { version, files } = await writeServiceWorker(dist, minify);
console.log(`finish-dist: sw.js version ${version}, ${files.length} files precached`);
// Last: the copies must be of the files as they are published.
const copies = await writePrecompressed(dist);
console.log(`finish-dist: ${copies.length} precompressed copies (.br, .gz)`);
