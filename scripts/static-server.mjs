// A small static file server for the built app, bound to 127.0.0.1 only.
//   node scripts/static-server.mjs <folder> [--port 8080] [--base /sub/path/] [--gzip | --precompressed] [--fallback]
//                                  [--overlay sets/=<other folder>]
// Serves <folder> under <base> (default "/"), with the right MIME type for
// .wasm, no caching surprises (no-cache, so every load revalidates), and no
// fallback: an unknown path is a 404. With --fallback it answers every unknown
// path with <folder>/index.html instead, as hosts set up for "single-page
// apps" do (the end-to-end tests check that the app copes with such a host). With --gzip it compresses responses for
// clients that accept it, as a real static host does (for measuring transfer
// sizes). With --precompressed it sends the copies precompress.mjs wrote (X.br,
// else X.gz) to clients that accept them, as nginx's gzip_static/brotli_static
// or Caddy's precompressed do. With --overlay PREFIX=FOLDER, a path under
// <base>PREFIX is looked up in FOLDER first, then in <folder>: the end-to-end
// tests publish their test-only criteria sets beside the built app this way
// (sets/=e2e/fixtures/sets), as a host's staff would, without putting them
// in dist/. Prints the URL once it listens.

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENCODINGS } from './precompress.mjs';

const args = process.argv.slice(2);
const folder = path.resolve(args.find((a) => !a.startsWith('--') && !isValueOf(a)) ?? 'dist');
const port = Number(option('--port') ?? 8080);
const gzip = args.includes('--gzip');
const precompressed = args.includes('--precompressed');
// --log prints one line per request ("GET /path 200"), for counting them.
const log = args.includes('--log');
const fallback = args.includes('--fallback');
// The overlay: a prefix under <base> ("sets/") and the folder that serves it first.
const [overlayPrefix, overlayFolder] = (() => {
  const value = option('--overlay');
  if (!value) return [undefined, undefined];
  const at = value.indexOf('=');
  return [value.slice(0, at), path.resolve(value.slice(at + 1))];
})();
let base = option('--base') ?? '/';
if (!base.startsWith('/')) base = `/${base}`;
if (!base.endsWith('/')) base = `${base}/`;

function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
function isValueOf(arg) {
  const i = args.indexOf(arg);
  return i > 0 && ['--port', '--base', '--overlay'].includes(args[i - 1]);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const server = http.createServer(async (req, res) => {
  if (log) res.on('finish', () => console.log(`${req.method} ${req.url} ${res.statusCode}`));
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'bad path');
  }
  if (!pathname.startsWith(base)) {
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base });
      return res.end();
    }
    return send(res, 404, 'not found');
  }
  const relative = pathname.slice(base.length);
  let file = path.join(folder, relative);
  if (!file.startsWith(folder)) return send(res, 403, 'forbidden');
  if (overlayPrefix !== undefined && relative.startsWith(overlayPrefix)) {
    const over = path.join(overlayFolder, relative.slice(overlayPrefix.length));
    if (!over.startsWith(overlayFolder)) return send(res, 403, 'forbidden');
    if ((await stat(over).catch(() => null))?.isFile()) file = over;
  }
  try {
    let info = await stat(file).catch((error) => {
      if (!fallback) throw error;
      file = path.join(folder, 'index.html');
      return stat(file);
    });
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // Validators, as real static hosts send: "no-cache" then costs a 304.
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      etag,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    const accepted = req.headers['accept-encoding'] ?? '';
    if (precompressed) {
      for (const { suffix, name } of ENCODINGS) {
        if (!new RegExp(`\\b${name}\\b`).test(accepted)) continue;
        const copy = await stat(file + suffix).catch(() => null);
        if (!copy?.isFile()) continue;
        res.writeHead(200, { ...headers, 'content-encoding': name, 'content-length': copy.size, vary: 'accept-encoding' });
        if (req.method === 'HEAD') return res.end();
        return createReadStream(file + suffix).pipe(res);
      }
    }
    if (gzip && /\bgzip\b/.test(accepted)) {
      const body = gzipSync(await readFile(file), { level: 9 });
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  } catch {
    send(res, 404, 'not found');
  }
});

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// --port 0 takes any free port; the line printed names the one taken.
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${folder} at http://127.0.0.1:${server.address().port}${base}`);
});
