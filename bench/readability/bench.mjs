// The reference side of `parley bench extraction`: Mozilla's Readability.js on jsdom, the way a
// user would run it, over the same pages Parley reads. Prints one JSON object on stdout.
//
//   node bench.mjs --runs 5 --texts out.json FILE...
//
// Each FILE is an HTML page, optionally gzip-compressed. --texts writes {file: extracted text} so
// that Parley can score both tools with the same metric.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const args = process.argv.slice(2);
let runs = 5;
let textsOut = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = parseInt(args[++i], 10);
  else if (args[i] === '--texts') textsOut = args[++i];
  else files.push(args[i]);
}

const pages = files.map((f) => {
  let buf = readFileSync(f);
  if (buf.length > 1 && buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  return { file: f, html: buf.toString('utf8'), bytes: buf.length };
});
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: 'https://example.org/', virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article && article.textContent ? article.textContent : '';
  } finally {
    dom.window.close();
  }
}

let peakRss = 0;
let peakHeap = 0;
function sample() {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

const texts = {};
for (const p of pages) texts[p.file] = extract(p); // warm-up, and the texts for scoring
const times = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    extract(p);
    sample();
  }
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
if (textsOut) writeFileSync(textsOut, JSON.stringify(texts));
const bytes = pages.reduce((s, p) => s + p.bytes, 0);
process.stdout.write(JSON.stringify({
  tool: 'Readability.js 0.6.0 + jsdom 26.1.0 on node ' + process.version,
  pages: pages.length,
  bytes,
  runs: times,
  median_seconds: times[Math.floor(times.length / 2)],
  peak_rss_mb: peakRss / 1048576,
  peak_heap_mb: peakHeap / 1048576,
}) + '\n');
