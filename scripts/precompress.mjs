// Writes precompressed copies of a built folder's text and wasm files, beside
// them: `X.br` (brotli, quality 11) and `X.gz` (gzip -9). A host that serves
// such files when the browser accepts them (nginx `gzip_static`/`brotli_static`,
// Caddy `precompressed`, `scripts/static-server.mjs --precompressed`) then sends
// the smallest encoding at no cost per request; other hosts ignore them.
// Copies whose file is gone, or that would be no smaller, are removed, so a
// folder never keeps a copy that differs from its file. The sets published
// beside the app (sets/) get none: they are edited on the host. Used by post-build.mjs,
// and after any change to a published folder:
//   node scripts/precompress.mjs <folder>

import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The endings of the copies, each with its Content-Encoding name. */
export const ENCODINGS = [
  { suffix: '.br', name: 'br' },
  { suffix: '.gz', name: 'gzip' },
];

/** Files worth compressing: text and wasm (PNG is compressed already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|webmanifest|json|svg|txt)$/;

/**
 * Whether a file is one a host publishes beside the app rather than a file of
 * the build: the criteria sets under sets/ (their index and set files), which
 * a province's staff edit on the host. They get no precompressed copy (a host
 * that serves copies would go on sending the old one after an edit) and no
 * place in the service worker's cache (service-worker.mjs).
 */
export const isPublished = (name) => name.startsWith('sets/');

/** Whether a file name is a precompressed copy rather than a file of the app. */
export const isPrecompressedCopy = (name) => ENCODINGS.some(({ suffix }) => name.endsWith(suffix));

function compress(suffix, bytes) {
  if (suffix === '.gz') return gzipSync(bytes, { level: 9 });
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Every file under `dir` (dot files aside) as a relative path, sorted within each folder. */
export async function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) out.push(...(await listFiles(full, `${prefix}${name}/`)));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

/** Writes the copies for every compressible file of `folder`; returns what it wrote. */
export async function writePrecompressed(folder) {
  const all = await listFiles(folder);
  const sources = all.filter((name) => !isPrecompressedCopy(name));
  const written = [];
  for (const name of all.filter(isPrecompressedCopy)) {
    await rm(path.join(folder, name));
  }
  for (const name of sources.filter((n) => COMPRESSIBLE.test(n) && !isPublished(n))) {
    const bytes = await readFile(path.join(folder, name));
    for (const { suffix } of ENCODINGS) {
      const packed = compress(suffix, bytes);
      if (packed.length >= bytes.length) continue;
      await writeFile(path.join(folder, name + suffix), packed);
      written.push({ name: name + suffix, bytes: packed.length, of: bytes.length });
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/precompress.mjs <folder>');
    process.exit(2);
  }
  const written = await writePrecompressed(folder);
  console.log(`precompress: ${written.length} copies written in ${folder}`);
}
