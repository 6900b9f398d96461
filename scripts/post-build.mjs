// Trunk post_build hook (Trunk.toml): runs on the staging folder before it
// becomes dist/. In release builds it
//   1. minifies every JavaScript file, and the inline scripts of index.html
//      (Trunk's loader, the guard), with terser (Trunk 0.21's own minifier fails on
//      wasm-bindgen's output);
//   2. sets the total of Trunk's loading progress to the wasm's real size, and
//      writes into #app the first screen of a first visit, rendered natively
//      from the app's own components (`cargo run -- first-screen`,
//      src/ui/first_screen.rs), for the app to take over in place;
//   3. writes a Content-Security-Policy into index.html that allows scripts,
//      styles, images and connections from the app's own origin only, plus the
//      inline scripts by their hashes: the browser itself then refuses any request
//      to another host;
//   4. writes the service worker, sw.js, from src/browser/service-worker.js
//      with the list of the files of this very build and a version hashed from
//      their contents (so each release caches exactly its own files);
//   5. writes precompressed copies (X.br, X.gz) of the text and wasm files,
//      for hosts that serve them (precompress.mjs).
// Tools come from e2e/node_modules (scripts/setup installs them).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePrecompressed } from './precompress.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me from Trunk');
  process.exit(1);
}

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const release = process.env.TRUNK_PROFILE === 'release';

async function minifyModule(source, name, module = true) {
  const { minify } = require('terser');
  const result = await minify(source, {
    module,
    // The guard of index.html is written in ES5, to run in browsers too old
    // for the app and say so; Trunk's own HTML minifier has already turned it
    // into ES2015 (arrows, let): keep it there.
    ecma: module ? 2020 : 2015,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string') {
    throw new Error(`post-build: terser returned nothing for ${name}`);
  }
  return result.code;
}

if (release) {
  for (const name of await readdir(staging)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(staging, name);
    const source = await readFile(file, 'utf8');
    const code = await minifyModule(source, name);
    await writeFile(file, code);
    console.log(`post-build: minified ${name}: ${source.length} -> ${code.length} bytes`);
  }
}

const htmlFile = path.join(staging, 'index.html');
let html = await readFile(htmlFile, 'utf8');

// Trunk's loader reports the bytes of the wasm read so far against a total it
// measured before wasm-opt shrank the file (1,225,449 against 798,956: the bar
// stopped near 65%, then jumped). The total must be the size of the file as
// published: the bytes the loader counts are the decoded ones, whatever the
// host's compression (brotli, gzip) or the lack of a Content-Length.
const loaderCall = /(__trunkInitializer\(\s*init\s*,\s*(['"])(?:\.?\/)?([^'"]+\.wasm)\2\s*,\s*)(\d+)/;
const call = html.match(loaderCall);
if (call) {
  const { size } = await stat(path.join(staging, decodeURIComponent(path.basename(call[3]))));
  html = html.replace(loaderCall, `$1${size}`);
  console.log(`post-build: the loader's total is the wasm's size, ${size} bytes (Trunk said ${call[4]})`);
} else if (/__trunkInitializer/.test(html)) {
  throw new Error("post-build: cannot find the wasm's size in Trunk's loader (a new Trunk?)");
}

// The first screen of a first visit, in #app, inert until the app takes it
// over (src/browser/startup.rs); <html data-prerendered> lets the stylesheet
// show it or the loading screen, as the head script decides.
if (release) {
  const root = new URL('..', import.meta.url).pathname;
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  const firstScreen = execFileSync('cargo', ['run', '--quiet', '--', 'first-screen'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!firstScreen.includes('<main')) {
    throw new Error('post-build: the first screen rendered natively has no <main>');
  }
  const appRoot = /<div id=("?)app\1><\/div>/;
  if (!appRoot.test(html)) {
    throw new Error('post-build: no empty <div id="app"> in index.html to write the first screen into');
  }
  html = html.replace(appRoot, () => `<div id=app data-first-screen inert>${firstScreen}</div>`);
  html = html.replace(/<html([^>]*)>/, (_, attributes) => `<html${attributes} data-prerendered>`);
  console.log(`post-build: the first screen written into #app, ${firstScreen.length} bytes`);
}

const scriptHashes = [];
// Inline scripts: Trunk's loader (a module) and the guard of index.html (a
// plain script). Each is minified and allowed by its hash.
const inlineScript = /<script( type=("?)module\2)?>([\s\S]*?)<\/script>/g;
const pieces = [];
let last = 0;
for (const match of html.matchAll(inlineScript)) {
  const module = match[1] !== undefined;
  const name = module ? 'inline loader' : 'inline guard';
  const code = release ? await minifyModule(match[3], name, module) : match[3];
  scriptHashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  pieces.push(html.slice(last, match.index), module ? `<script type=module>${code}</script>` : `<script>${code}</script>`);
  last = match.index + match[0].length;
}
pieces.push(html.slice(last));
html = pieces.join('');

if (release) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Inline style attributes are harmless here and handy for components (bars, progress).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;
  if (!/<meta charset=[^>]*>/.test(html)) {
    throw new Error('post-build: no <meta charset> in index.html to put the policy after');
  }
  html = html.replace(/(<meta charset=[^>]*>)/, `$1${meta}`);
  console.log(`post-build: Content-Security-Policy with ${scriptHashes.length} inline script hash(es)`);
}
await writeFile(htmlFile, html);

if (release) {
  const { version, files } = await writeServiceWorker(staging, (code) => minifyModule(code, 'sw.js'));
  console.log(`post-build: sw.js version ${version}, ${files.length} files precached`);
  // Last: the copies must be of the files as they are published.
  const copies = await writePrecompressed(staging);
  console.log(`post-build: ${copies.length} precompressed copies (.br, .gz)`);
}
