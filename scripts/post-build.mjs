// Trunk post_build hook (Trunk.toml): runs in the staging folder before it
// becomes dist/. In release builds it minifies every JavaScript file with
// terser, since Trunk 0.21's own minifier fails on wasm-bindgen's output.
// Tools come from e2e/node_modules (scripts/setup installs them).

import { createRequire } from 'node:module';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me from Trunk');
  process.exit(1);
}

if (process.env.TRUNK_PROFILE === 'release') {
  const require = createRequire(new URL('../e2e/package.json', import.meta.url));
  const { minify } = require('terser');
  for (const name of await readdir(staging)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(staging, name);
    const source = await readFile(file, 'utf8');
    const result = await minify(source, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    if (typeof result.code !== 'string') {
      throw new Error(`post-build: terser returned nothing for ${name}`);
    }
    await writeFile(file, result.code);
    console.log(`post-build: minified ${name}: ${source.length} -> ${result.code.length} bytes`);
  }
}
