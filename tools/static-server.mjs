// The one static file server of the browser tests and the benchmark: a folder (and, if asked,
// other folders at URL prefixes) on a free loopback port, with what each caller needs: extra
// headers (CORS, a CSP, cache headers), rewritten bodies, gzip as a static host sends it, and
// faults (a file held back, or cut off mid-way).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// What a static host sends gzip-compressed (with `gzip`): text and wasm.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.wasm', '.json', '.css']);

const gzipAsync = (b) => new Promise((ok, fail) => zlib.gzip(b, { level: 9 }, (e, z) => (e ? fail(e) : ok(z))));

/** Every file under `dir` (recursively), as paths. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Serves `dir` on a free loopback port; a directory's index.html for a directory. Resolves to
 * `{ url, served, close }`, where `served` lists every file sent, in order, as
 * `{ file, raw, gz }` (its path under its folder, its size, and with `gzip` its gzip size).
 *
 * Options:
 * - `mounts`: `{ '/data/': folder }`, other folders served at URL prefixes.
 * - `headers`: added to every response: an object (read on each request, so a caller may
 *   change it between requests: CORS switched on and off) or a function of the served file's
 *   path under its folder returning one (cache headers by file).
 * - `transform(file, body)`: the body to send instead of the file's bytes (`file` is absolute).
 * - `gzip`: every file is compressed (level 9) before the server starts, as a host serves
 *   precompressed files (compressed on its first request instead, synchronously, the wasm held
 *   the server's event loop for tens of milliseconds, and the first of the benchmark's cold
 *   loads waited for it); text and wasm go gzip-encoded to a browser that accepts it.
 * - `hold(file)`: a promise to wait for before answering (a file held back), or nothing.
 * - `cutOff(file)`: true to announce the file's whole length, send half of it and hang up.
 * - `cache`: `{ maxAge }` (seconds), the headers a CDN sends (the benchmark's repeat visits):
 *   `Cache-Control: public, max-age=<maxAge>` and a strong `ETag` (a hash of the bytes) on
 *   every file, and `304 Not Modified` to a request whose `If-None-Match` names it.
 */
export async function serveStatic(dir, {
  mounts = {}, headers = {}, transform, gzip = false, hold, cutOff, cache,
} = {}) {
  const roots = [...Object.entries(mounts), ['/', dir]].map(([prefix, folder]) => [prefix, path.resolve(folder)]);
  const served = [];
  const gzipped = new Map();
  if (gzip) {
    // every file, also those sent as they are (their gzip size is still recorded)
    for (const [, folder] of roots) {
      await Promise.all((await filesUnder(folder))
        .map(async (f) => gzipped.set(f, await gzipAsync(await readFile(f)))));
    }
  }
  const server = createServer(async (req, res) => {
    let rel = '';
    const extra = () => (typeof headers === 'function' ? headers(rel) : headers);
    try {
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const [prefix, folder] = roots.find(([p]) => pathname.startsWith(p));
      let file = path.join(folder, pathname.slice(prefix.length));
      if (path.relative(folder, file).startsWith('..')) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      rel = path.relative(folder, file);
      let body = await readFile(file);
      let zipped = gzipped.get(file);
      if (transform) {
        const changed = await transform(file, body);
        if (changed !== body) [body, zipped] = [changed, undefined];
      }
      await hold?.(rel);
      const ext = path.extname(file);
      const type = TYPES[ext] || 'application/octet-stream';
      // a file written after the server started, or rewritten by `transform`, is compressed now
      if (gzip && zipped === undefined) {
        zipped = zlib.gzipSync(body, { level: 9 });
        if (!transform) gzipped.set(file, zipped);
      }
      const cacheHeaders = {};
      if (cache) {
        cacheHeaders['cache-control'] = `public, max-age=${cache.maxAge}`;
        cacheHeaders.etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        if (req.headers['if-none-match'] === cacheHeaders.etag) {
          served.push({ file: rel, raw: 0, gz: 0, notModified: true });
          res.writeHead(304, { ...cacheHeaders, ...extra() });
          res.end();
          return;
        }
      }
      served.push({ file: rel, raw: body.length, gz: zipped?.length });
      if (cutOff?.(rel)) {
        res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...extra() });
        res.write(body.subarray(0, body.length >> 1));
        setTimeout(() => res.socket.destroy(), 50);
      } else if (gzip && COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        res.writeHead(200, {
          'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', ...cacheHeaders, ...extra(),
        });
        res.end(zipped);
      } else {
        res.writeHead(200, { 'content-type': type, ...cacheHeaders, ...extra() });
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', ...extra() });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    served,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}
