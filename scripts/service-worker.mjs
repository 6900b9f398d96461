// Writes sw.js into a built folder from src/browser/service-worker.js: the list
// of every file in the folder, each with a digest of its bytes (sw.js and the precompressed copies of
// precompress.mjs aside: those are other encodings of the same files, which the
// host picks; and the criteria sets a host publishes under sets/, which are
// not the release's and always come from the host) and a version hashed from their
// names and contents, so that each release caches exactly its own files and any
// change of any file makes a new worker. Used by post-build.mjs, and by the
// end-to-end test that publishes one build after another.
//   node scripts/service-worker.mjs <folder>

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPrecompressedCopy, isPublished, listFiles } from './precompress.mjs';

export async function writeServiceWorker(folder, transform = async (code) => code) {
  const files = (await listFiles(folder)).filter(
    (name) => name !== 'sw.js' && !isPrecompressedCopy(name) && !isPublished(name),
  );
  const template = await readFile(new URL('../src/browser/service-worker.js', import.meta.url), 'utf8');
  // The worker's own code is part of the release too.
  const hash = createHash('sha256').update(template).update('\0');
  // Each file's digest, which the worker checks what it fetches against.
  const digests = {};
  for (const file of files) {
    const bytes = await readFile(path.join(folder, file));
    hash.update(file).update('\0').update(bytes).update('\0');
    digests[file] = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  }
  const version = hash.digest('hex').slice(0, 16);
  const worker = template
    .replaceAll('__VERSION__', JSON.stringify(version))
    .replaceAll('__PRECACHE__', JSON.stringify(digests));
  await writeFile(path.join(folder, 'sw.js'), await transform(worker));
  return { version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/service-worker.mjs <folder>');
    process.exit(2);
  }
  const { version, files } = await writeServiceWorker(folder);
  console.log(`sw.js version ${version}, ${files.length} files`);
}
