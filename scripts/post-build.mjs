// Trunk post_build hook (Trunk.toml): runs on the staging folder of one page's
// build (index.html, the app; theo-doi.html, the commune's page: scripts/build
// builds each in a run of its own) before it becomes that build's folder. In
// release builds it
//   1. minifies every JavaScript file, and the inline scripts of the page
//      (Trunk's loader, the guard), with terser (Trunk 0.21's own minifier fails on
//      wasm-bindgen's output);
//   2. sets the total of Trunk's loading progress to the page's wasm's real size,
//      and leaves out Trunk's preload of the wasm (the first paint never waits
//      behind its download);
//   3. on the app's page only (index.html), writes into #app the first screen of
//      a first visit, rendered natively from the app's own components (`cargo
//      run --bin tsvmtd -- first-screen`, src/ui/first_screen.rs), for the app to
//      take over in place;
//   4. writes a Content-Security-Policy into the page that allows scripts,
//      styles, images and connections from the app's own origin only, plus the
//      inline scripts by their hashes: the browser itself then refuses any request
//      to another host.
// Each step is a function of the page's HTML (`pageSteps` below): a step for
// one page only goes there. What concerns the whole published folder (sw.js
// listing both pages' files, the precompressed copies) runs once after both
// builds: scripts/finish-dist.mjs.
// Tools come from e2e/node_modules (scripts/setup installs them).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me from Trunk');
  process.exit(1);
}
// The page of this build: scripts/build names its output as its source.
const page = path.basename(process.env.TRUNK_HTML_FILE || 'index.html');

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

// The names by which the wasm and its JavaScript call each other: wasm-bindgen
// names each import after its function and a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`, about 170 of them in the app),
// in the wasm's import section and again in the JavaScript. wasm-opt's
// `--minify-imports-and-exports-and-modules` renames them in the wasm to one
// or two letters (and the module to one) and prints which old name became
// which; here the JavaScript is rewritten to match. It took about 6 KB gzip
// off the app's first load (295 -> 289 KB; the JS alone 6.5 -> 4.2 KB). Any
// name not found where it is expected stops the build: a mismatch would leave
// the app unable to start.
const wasmIdentifier = /^[A-Za-z_$][\w$]*$/;

/** The module names of a wasm's imports. */
function importModules(bytes) {
  return [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.module))];
}

/** Every match of a global `pattern` replaced by `replacement` as it is (no `$` patterns); none found is an error. */
function replaceFound(text, pattern, replacement, what) {
  let count = 0;
  const result = text.replace(pattern, () => {
    count += 1;
    return replacement;
  });
  if (count === 0) throw new Error(`post-build: ${what} not found`);
  return result;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function shortWasmNames() {
  for (const wasmName of await readdir(staging)) {
    if (!wasmName.endsWith('_bg.wasm')) continue;
    const wasmFile = path.join(staging, wasmName);
    const jsFile = path.join(staging, wasmName.replace(/_bg\.wasm$/, '.js'));
    const before = await readFile(wasmFile);
    const oldModules = importModules(before);
    if (oldModules.length !== 1 || !oldModules[0].endsWith('_bg.js')) {
      throw new Error(`post-build: ${wasmName} imports from ${JSON.stringify(oldModules)}, not from its JavaScript alone`);
    }
    const printed = execFileSync('wasm-opt', ['--minify-imports-and-exports-and-modules', wasmFile, '-o', wasmFile], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    let names;
    try {
      names = JSON.parse(printed);
    } catch {
      throw new Error(`post-build: wasm-opt printed no map of the names it changed: ${printed.slice(0, 200)}`);
    }
    const newModules = importModules(await readFile(wasmFile));
    if (newModules.length !== 1) throw new Error(`post-build: ${wasmName} now imports from ${JSON.stringify(newModules)}`);
    let js = await readFile(jsFile, 'utf8');
    const key = (name) => (wasmIdentifier.test(name) ? name : JSON.stringify(name));
    js = replaceFound(
      js,
      new RegExp(`(["'])${escapeRegExp(oldModules[0])}\\1(?=\\s*:)`, 'g'),
      JSON.stringify(newModules[0]),
      `the module ${oldModules[0]} in the JavaScript`,
    );
    for (const [, oldName, newName] of names.imports) {
      js = replaceFound(js, new RegExp(`(?<![\\w$.])${escapeRegExp(oldName)}(?=\\s*:)`, 'g'), key(newName), `the import ${oldName} in the JavaScript`);
    }
    for (const [oldName, newName] of names.exports) {
      const uses = new RegExp(`\\bwasm\\.${escapeRegExp(oldName)}(?![\\w$])`, 'g');
      if (js.search(uses) < 0) continue; // an export the JavaScript does not call (main, the abort handler)
      const access = wasmIdentifier.test(newName) ? `wasm.${newName}` : `wasm[${JSON.stringify(newName)}]`;
      js = replaceFound(js, uses, access, `the export ${oldName} in the JavaScript`);
    }
    const left = names.imports.map(([, oldName]) => oldName).find((oldName) => js.includes(oldName));
    if (left) throw new Error(`post-build: ${left} is still named in ${path.basename(jsFile)}`);
    await writeFile(jsFile, js);
    console.log(
      `post-build: ${wasmName}: ${names.imports.length} imports and ${names.exports.length} exports renamed: ` +
        `${before.length} -> ${(await stat(wasmFile)).size} bytes`,
    );
  }
}

if (release) {
  await shortWasmNames();
  for (const name of await readdir(staging)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(staging, name);
    const source = await readFile(file, 'utf8');
    const code = await minifyModule(source, name);
    await writeFile(file, code);
    console.log(`post-build: minified ${name}: ${source.length} -> ${code.length} bytes`);
  }
}

// Trunk names the wasm and its JavaScript by a hash of what cargo and
// wasm-bindgen wrote, before wasm-opt and the steps above changed them: a
// release that changes only those would publish other bytes under the same
// names, and a browser holding the old JavaScript in its cache would pair it
// with the new wasm (their names between them no longer match: the app would
// not start). Each pair is named anew by a hash of its published bytes, and
// the page is told (`contentNames` below).
const renamed = new Map();
if (release) {
  for (const wasmName of await readdir(staging)) {
    const stem = wasmName.match(/^(.+)-[0-9a-f]{8,16}_bg\.wasm$/);
    if (!stem) continue;
    const oldStem = wasmName.slice(0, -'_bg.wasm'.length);
    const wasmBytes = await readFile(path.join(staging, wasmName));
    const jsBytes = await readFile(path.join(staging, `${oldStem}.js`));
    const hash = createHash('sha256').update(wasmBytes).update('\0').update(jsBytes).digest('hex').slice(0, 16);
    const newStem = `${stem[1]}-${hash}`;
    await rename(path.join(staging, wasmName), path.join(staging, `${newStem}_bg.wasm`));
    await rename(path.join(staging, `${oldStem}.js`), path.join(staging, `${newStem}.js`));
    renamed.set(oldStem, newStem);
    console.log(`post-build: ${oldStem} -> ${newStem} (a hash of the published wasm and JavaScript)`);
  }
}

async function contentNames(html) {
  for (const [oldStem, newStem] of renamed) {
    html = replaceFound(html, new RegExp(escapeRegExp(oldStem), 'g'), newStem, `${oldStem} in ${page}`);
  }
  return html;
}

// Trunk's loader reports the bytes of the wasm read so far against a total it
// measured before wasm-opt shrank the file (1,225,449 against 798,956: the bar
// stopped near 65%, then jumped). The total must be the size of the file as
// published: the bytes the loader counts are the decoded ones, whatever the
// host's compression (brotli, gzip) or the lack of a Content-Length.
async function loaderTotal(html) {
  const loaderCall = /(__trunkInitializer\(\s*init\s*,\s*(['"])(?:\.?\/)?([^'"]+\.wasm)\2\s*,\s*)(\d+)/;
  const call = html.match(loaderCall);
  if (call) {
    const { size } = await stat(path.join(staging, decodeURIComponent(path.basename(call[3]))));
    console.log(`post-build: ${page}: the loader's total is the wasm's size, ${size} bytes (Trunk said ${call[4]})`);
    return html.replace(loaderCall, `$1${size}`);
  }
  if (/__trunkInitializer/.test(html)) {
    throw new Error("post-build: cannot find the wasm's size in Trunk's loader (a new Trunk?)");
  }
  return html;
}

// The first screen of a first visit, in #app, inert until the app takes it
// over (src/browser/startup.rs); <html data-prerendered> lets the stylesheet
// show it or the loading screen, as the head script decides. The app's page
// only: the commune's page always shows its loading screen.
async function firstScreen(html) {
  // Trunk names the page it builds (its absolute path): the app's own
  // index.html, not the commune's page nor the bench's reference counter,
  // which runs this hook too.
  const root = new URL('..', import.meta.url).pathname;
  const appPage = path.resolve(process.env.TRUNK_HTML_FILE || '') === path.join(root, 'index.html');
  if (!release || !appPage) return html;
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  const firstScreen = execFileSync('cargo', ['run', '--quiet', '--bin', 'tsvmtd', '--', 'first-screen'], {
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
  console.log(`post-build: ${page}: the first screen written into #app, ${firstScreen.length} bytes`);
  return html;
}

// Trunk writes a <link rel=preload> for the wasm into the head, so its
// download starts while the head is read, before the first paint. The page's
// first screen (the app's rendered at build time, the others' loading screen)
// needs none of it: without the preload the wasm is requested by the loader,
// right after the page is read, a few milliseconds later, and the first paint
// does not wait behind it. Lighthouse's simulation otherwise counted the
// wasm's download (2 s on its slow 4G) into the first screen's paint in three
// runs of five (LCP 2.9 s against 0.9 s; measured, BENCHMARKS.md).
async function noWasmPreload(html) {
  const preload = /<link\b(?=[^>]*\brel=("?)preload\1[\s>])(?=[^>]*\.wasm\b)[^>]*>/g;
  const found = html.match(preload) ?? [];
  if (release && found.length === 0 && /__trunkInitializer|_bg\.wasm/.test(html)) {
    console.log(`post-build: ${page}: no wasm preload to leave out (a new Trunk?)`);
  }
  if (found.length > 0) console.log(`post-build: ${page}: left out the wasm's preload (${found.length})`);
  return html.replace(preload, '');
}

// Inline scripts: Trunk's loader (a module), the guard and, in the app's page,
// the head script (plain scripts).
// Each is minified and allowed by its hash in the Content-Security-Policy.
async function inlineScriptsAndPolicy(html) {
  const scriptHashes = [];
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
  if (!release) return html;
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
    throw new Error(`post-build: no <meta charset> in ${page} to put the policy after`);
  }
  console.log(`post-build: ${page}: Content-Security-Policy with ${scriptHashes.length} inline script hash(es)`);
  return html.replace(/(<meta charset=[^>]*>)/, `$1${meta}`);
}

// The steps of each page, in order; the policy last, so that it hashes the
// inline scripts as published. A step for one page only looks at `page`.
const pageSteps = [contentNames, loaderTotal, noWasmPreload, firstScreen, inlineScriptsAndPolicy];

const htmlFile = path.join(staging, page);
let html = await readFile(htmlFile, 'utf8');
for (const step of pageSteps) {
  html = await step(html);
}
await writeFile(htmlFile, html);
