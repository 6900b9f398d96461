// Prints the size table of a built app (and of the reference build), each
// page's first load (gzip and brotli), and the native benchmark lines, and
// writes them to BENCHMARKS.md. Called by scripts/bench.
//   node scripts/bench-report.mjs --app dist --reference ref/dist --native log --out BENCHMARKS.md

import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { namedFiles } from './first-load.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    // Dot files, and the precompressed copies of precompress.mjs (other encodings of the files).
    if (name.startsWith('.') || /\.(br|gz)$/.test(name)) continue;
    if (statSync(file).isDirectory()) {
      for (const inner of files(file)) out.push(path.join(name, inner));
    } else {
      out.push(name);
    }
  }
  return out;
}

/** Drops Trunk's content hash from a file name, so tables compare across builds. */
const stable = (name) => name.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.)/, '').replace(/^[0-9a-f]{8,16}-/, '');
const fmt = (n) => n.toLocaleString('en-US');

function sizes(dir) {
  const rows = files(dir).map((name) => {
    const bytes = readFileSync(path.join(dir, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    return { name: stable(name), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  });
  const sum = (list) =>
    list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  // What each page (each entry: the app's index.html, the commune's
  // theo-doi.html) fetches before its first screen: the page, and the CSS, JS
  // and wasm it names (the icons, the manifest and the service worker come
  // later).
  const entries = files(dir)
    .filter((name) => name.endsWith('.html') && !name.includes('/'))
    .map((page) => {
      const names = new Set([page, ...namedFiles(readFileSync(path.join(dir, page), 'utf8'))].map(stable));
      return { page, firstLoad: sum(rows.filter((r) => names.has(r.name))) };
    })
    // The app first.
    .sort((a, b) => (a.page === 'index.html' ? -1 : b.page === 'index.html' ? 1 : a.page.localeCompare(b.page)));
  const firstLoad = entries.find((e) => e.page === 'index.html').firstLoad;
  return { rows, total: sum(rows), entries, firstLoad, firstLoadFiles: (page) => entryNames(dir, page) };
}

function entryNames(dir, page) {
  return new Set([page, ...namedFiles(readFileSync(path.join(dir, page), 'utf8'))].map(stable));
}

function table(title, { rows, total }) {
  const lines = [`### ${title}`, '', '| file | bytes | gzip -9 | brotli 11 |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`);
  lines.push(`| **total** | **${fmt(total.raw)}** | **${fmt(total.gzip)}** | **${fmt(total.brotli)}** |`);
  return lines.join('\n');
}

const sh = (cmd) => {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

const app = sizes(opt('--app'));
const reference = sizes(opt('--reference'));
const nativeLog = opt('--native');
const nativeLines =
  nativeLog && existsSync(nativeLog)
    ? readFileSync(nativeLog, 'utf8')
        .split('\n')
        .map((l) => l.match(/bench: .*/)?.[0])
        .filter(Boolean)
    : [];

// Of the app's own first load (index.html's files), for the comparison.
const byKind = (s, ext) => {
  const names = s.firstLoadFiles('index.html');
  return s.rows.filter((r) => r.name.endsWith(ext) && names.has(r.name)).reduce((t, r) => t + r.gzip, 0);
};
const entryLabel = (page) =>
  ({
    'index.html': 'app (index.html)',
    'theo-doi.html': "commune's page (theo-doi.html)",
    'ho-so.html': "the record's page (ho-so.html)",
    'ket-qua.html': 'the result page (ket-qua.html)',
    'bo-tieu-chi.html': 'the sets page (bo-tieu-chi.html)',
  })[page] ?? page;

const report = [
  '# Benchmarks',
  '',
  'Written by `scripts/bench`; the figures of the latest run. Sizes are bytes of the files in',
  '`dist/` as built by `scripts/build` (release profile `opt-level = "z"`, LTO, one codegen unit,',
  '`panic = "abort"`, `wasm-opt -Oz`, JS minified with terser), raw and compressed with `gzip -9`.',
  '',
  `- date: ${new Date().toISOString()}`,
  `- commit: ${sh('git rev-parse --short HEAD')}${sh('git status --porcelain') ? ' (with uncommitted changes)' : ''}`,
  `- toolchain: ${sh('rustc --version')}; ${sh('trunk --version')}; ${sh('wasm-bindgen --version')}; ${sh('wasm-opt --version')}`,
  '',
  '## First load',
  '',
  'What each page fetches before its first screen (the page, and the CSS, JS and wasm it names; the',
  "icons, the manifest and the service worker come after it): the app (the secretary's first load), the",
  "record's page, the result page, the commune's page and the sets page, each with its own wasm, against issue 18's target for the app",
  '(270 KB gzip):',
  '',
  '| entry | bytes | gzip -9 | brotli 11 |',
  '|---|---:|---:|---:|',
  ...app.entries.map(
    ({ page, firstLoad }) =>
      `| ${entryLabel(page)} | ${fmt(firstLoad.raw)} | ${fmt(firstLoad.gzip)} | ${fmt(firstLoad.brotli)} |`,
  ),
  `| reference counter | ${fmt(reference.firstLoad.raw)} | ${fmt(reference.firstLoad.gzip)} | ${fmt(reference.firstLoad.brotli)} |`,
  '',
  table('The published folder (dist/: the five pages)', app),
  '',
  table('Reference: a minimal Yew 0.23 counter with localStorage, built the same way', reference),
  '',
  "The app's first load beside the counter's (all files: the whole of dist/, the five pages):",
  '',
  '| | app | reference | app − reference |',
  '|---|---:|---:|---:|',
  `| first load's wasm, gzip | ${fmt(byKind(app, '.wasm'))} | ${fmt(byKind(reference, '.wasm'))} | ${fmt(byKind(app, '.wasm') - byKind(reference, '.wasm'))} |`,
  `| first load's js, gzip | ${fmt(byKind(app, '.js'))} | ${fmt(byKind(reference, '.js'))} | ${fmt(byKind(app, '.js') - byKind(reference, '.js'))} |`,
  `| all files, gzip | ${fmt(app.total.gzip)} | ${fmt(reference.total.gzip)} | ${fmt(app.total.gzip - reference.total.gzip)} |`,
  '',
];
// Lighthouse: several runs (scripts/bench), since one run's performance score
// moves a lot with the machine's load; the run with the median score is shown.
function lighthouseRuns(list) {
  return (list ?? '')
    .split(',')
    .filter((file) => file && existsSync(file) && statSync(file).size > 0)
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
}

function lighthouseTables(runs) {
  const lhr = runs[Math.floor((runs.length - 1) / 2)];
  const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : 'n/a');
  const audit = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  const scores = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
  const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel;
  return [
    `${runs.length} runs; the figures are those of the run with the median performance score`,
    `(performance scores of all runs: ${scores.join(', ')}).`,
    '',
    '| category | score |',
    '|---|---:|',
    `| performance | ${score('performance')} |`,
    `| accessibility | ${score('accessibility')} |`,
    `| best practices | ${score('best-practices')} |`,
    '',
    '| metric | value |',
    '|---|---:|',
    `| First Contentful Paint | ${audit('first-contentful-paint')} |`,
    `| Largest Contentful Paint | ${audit('largest-contentful-paint')} |`,
    `| Total Blocking Time | ${audit('total-blocking-time')} |`,
    `| Cumulative Layout Shift | ${audit('cumulative-layout-shift')} |`,
    `| Speed Index | ${audit('speed-index')} |`,
    `| transferred (total byte weight) | ${audit('total-byte-weight')} |`,
    '',
    ...(lcpElement ? [`Largest contentful element: "${lcpElement}".`, ''] : []),
  ];
}

/** The median of the runs' values of one audit (its numericValue), or undefined. */
function median(runs, id) {
  const values = runs.map((run) => run.audits[id]?.numericValue).filter((v) => typeof v === 'number');
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/** One line per entry: the medians of its runs (issue 18: LCP at most 1.8 s, TBT at most 200 ms). */
function lighthouseEntries(entries) {
  const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
  const millis = (ms) => (ms === undefined ? 'n/a' : `${Math.round(ms)} ms`);
  const lines = [
    '| entry | runs | performance | First Contentful Paint | Largest Contentful Paint | Total Blocking Time | scores of all runs |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const [label, runs] of entries) {
    if (runs.length === 0) continue;
    const scores = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
    const sorted = [...scores].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const score = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    lines.push(
      `| ${label} | ${runs.length} | ${score} | ${seconds(median(runs, 'first-contentful-paint'))} | ${seconds(median(runs, 'largest-contentful-paint'))} | ${millis(median(runs, 'total-blocking-time'))} | ${scores.join(', ')} |`,
    );
  }
  return lines;
}

const lighthouseDefault = lighthouseRuns(opt('--lighthouse'));
if (lighthouseDefault.length > 0) {
  const lhr = lighthouseDefault[0];
  const indexes = lighthouseDefault.map((run) => run.environment?.benchmarkIndex).filter(Boolean);
  report.push(
    '## Lighthouse',
    '',
    `Lighthouse ${lhr.lighthouseVersion}, mobile form factor with its default simulated throttling (slow 4G,`,
    '4× CPU slowdown), Debian Chromium headless, against `dist/` served with gzip on 127.0.0.1.',
    `This host's benchmark index: ${indexes.join(', ')} (Lighthouse warns when it is below what it expects).`,
    'Each page on a first visit (an empty profile each run), and the minimal counter in the same run;',
    'the medians of the runs:',
    '',
    ...lighthouseEntries([
      [entryLabel('index.html'), lighthouseDefault],
      [entryLabel('theo-doi.html'), lighthouseRuns(opt('--lighthouse-commune'))],
      [entryLabel('ho-so.html'), lighthouseRuns(opt('--lighthouse-record'))],
      [entryLabel('ket-qua.html'), lighthouseRuns(opt('--lighthouse-result'))],
      [entryLabel('bo-tieu-chi.html'), lighthouseRuns(opt('--lighthouse-sets'))],
      ['reference counter', lighthouseRuns(opt('--lighthouse-reference'))],
    ]),
    '',
    '### The app (index.html)',
    '',
    ...lighthouseTables(lighthouseDefault),
  );
  const calibrated = lighthouseRuns(opt('--lighthouse-calibrated'));
  if (calibrated.length > 0) {
    const multiplier = calibrated[0].configSettings?.throttling?.cpuSlowdownMultiplier;
    report.push(
      '### With the CPU slowdown calibrated to this host',
      '',
      "Lighthouse's 4× CPU slowdown assumes a fast desktop host. Here the slowdown is this host's",
      "benchmark index over that of Lighthouse's reference phone (a Moto G Power 2022, 264, the figure",
      `Chrome DevTools calibrates with): ${multiplier}×. Same network throttling.`,
      '',
      ...lighthouseTables(calibrated),
    );
  }
}
const browserFile = opt('--browser');
if (browserFile && existsSync(browserFile) && statSync(browserFile).size > 0) {
  const b = JSON.parse(readFileSync(browserFile, 'utf8'));
  const list = (lines) => (lines.length === 0 ? 'none' : lines.map((l) => `\`${l}\``).join(', '));
  report.push(
    '## Visits in Chromium',
    '',
    '`scripts/bench-browser.mjs`: Debian Chromium at 360×640 with a fresh profile, against `dist/`',
    'served with gzip and ETags on 127.0.0.1; request counts from the server\'s log.',
    '',
    '| measure | value |',
    '|---|---|',
    `| first visit, slow 3G (400 ms RTT, 400 kbit/s) and 4× slower CPU: until the first screen shows (from the page itself) | ${fmt(b.first_visit_slow_3g_cpu4x_shown_ms)} ms |`,
    `| the same: until the app has taken that screen over (the loading bar gone) | ${fmt(b.first_visit_slow_3g_cpu4x_ms)} ms |`,
    `| the same, from a host that serves the precompressed brotli copies (\`--precompressed\`): first screen / app started | ${fmt(b.first_visit_slow_3g_cpu4x_brotli_shown_ms)} ms / ${fmt(b.first_visit_slow_3g_cpu4x_brotli_ms)} ms |`,
    `| first visit: requests (page, then the service worker's precache) | ${b.first_visit_requests.length + b.service_worker_precache_requests.length} |`,
    `| repeat visit (service worker in control): until the app has started | ${fmt(b.repeat_visit_ms)} ms |`,
    `| repeat visit: requests that reached the host | ${b.repeat_visit_requests.length} (${list(b.repeat_visit_requests)}) |`,
    `| installability errors (Chromium DevTools) | ${b.installability_errors.length === 0 ? 'none: installable' : b.installability_errors.join(', ')} |`,
    ...(b.tracking_import_500_ms === undefined
      ? []
      : [`| "Theo dõi": 500 pasted links imported and listed (best of ${b.tracking_import_500_runs_ms.length}: ${b.tracking_import_500_runs_ms.join(', ')} ms) | ${fmt(b.tracking_import_500_ms)} ms |`]),
    '',
  );
}
const benchValue = (key) => nativeLines.map((l) => l.match(new RegExp(`^bench: ${key.replace(/[[\]]/g, '\\$&')} (\\d+)`))?.[1]).find(Boolean);
if (benchValue('share_link_bare_fragment_chars')) {
  const row = (label, kind) =>
    `| ${label} | ${fmt(Number(benchValue(`share_link_${kind}_fragment_chars`)))} | ${fmt(Number(benchValue(`share_link_${kind}_json_chars`)))} | ${fmt(Number(benchValue(`share_link_${kind}_lz_json_chars`)))} | ${fmt(Number(benchValue(`share_link_${kind}_link_chars`)))} | ${benchValue(`share_link_${kind}_qr_version`)} (${benchValue(`share_link_${kind}_qr_modules`)}×${benchValue(`share_link_${kind}_qr_modules`)}) |`;
  report.push(
    '## Result link',
    '',
    'A complete "Bến Tre 2021" assessment with typical Vietnamese names (`tests/fixtures/share-link/`),',
    'in characters: the fragment `#k=…`, the same data as JSON and as lz-string-compressed JSON, the',
    'whole link on a 31-character host address, and the QR code the app draws for it (level M).',
    'Links of format 4 name the criteria set by id, version and fingerprint (format 1, before: the',
    `bare fragment ${fmt(Number(benchValue('share_link_bare_legacy_fragment_chars')))} characters, QR version ${benchValue('share_link_bare_legacy_qr_version')}).`,
    'Targets without notes and names: at most 180 characters (160 before format 4) and a third of the',
    'lz-string length.',
    '',
    '| | fragment | JSON | lz-string(JSON) | whole link | QR version (modules) |',
    '|---|---:|---:|---:|---:|---:|',
    row('without notes and item names', 'bare'),
    row('with notes and item names', 'full'),
    '',
  );
}
if (nativeLines.length > 0) {
  report.push('## Native core', '', '```', ...nativeLines, '```', '');
}
const text = report.join('\n');
writeFileSync(opt('--out'), text);
console.log(text);
