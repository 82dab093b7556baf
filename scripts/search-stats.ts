/**
 * npm run search-stats -- [--runs 3] [--query "dao tao nang suat"] [--variant "kai zen" --exact kaizen]
 *                         [--root <project> --now 2030-11-29]
 * Measures the search of the bundled site, or of another project such as the benchmark's
 * generated content (a measurement, not a test): how much of the build the search index takes,
 * how big the index is, and what a reader's first query transfers, counted in Chromium through
 * the real search page (fresh profile, first ten results shown) and cross-checked in Node with
 * the same query logic. Then the same for a query that needs the forgiving variants (one word
 * split in two), against the same query typed exactly: extra bytes (the vocabulary, loaded only then)
 * and extra time to results, medians of the runs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildSite, indexWrittenSite, type StageTimes } from "../src/build/build.ts";
import { loadPagefind, loadSearchScript } from "../test/helpers/search-node.ts";
import { buildRoutes } from "../layouts/routes.tsx";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    query: { type: "string", default: "dao tao nang suat" },
    variant: { type: "string", default: "kai zen" },
    exact: { type: "string", default: "kaizen" },
    root: { type: "string" },
    now: { type: "string", default: "2026-11-29" },
  },
});
const REPO = resolve(import.meta.dirname, "..");
const ROOT = values.root ? resolve(values.root) : REPO;
const NOW = Date.parse(`${values.now}T00:00:00+07:00`);
const runs = Math.max(1, Number(values.runs));
const query = values.query;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---- Build time ----
const work = mkdtempSync(join(tmpdir(), "search-stats-"));
const site = join(work, "_site");
const times: StageTimes[] = [];
for (let i = 0; i < runs; i++) {
  const result = await buildSite({ root: ROOT, outDir: site, now: NOW, routes: buildRoutes });
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  times.push(result.times!);
}
// The index runs beside the other pages (see StageTimes): its own cost is measured apart, by
// running the same command line again, alone, over the built site.
const alone: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  await indexWrittenSite(site);
  alone.push(performance.now() - started);
}
const total = median(times.map((t) => t.total));
console.log(`Build of the bundled site, ${runs} run(s) in one process (the first includes warming up):`);
for (const t of times) console.log(`  total ${ms(t.total)}: check ${ms(t.check)}, searchable pages ${ms(t.pages)}, then other pages ${ms(t.others)} beside the index ${ms(t.search)}`);
console.log(`  indexing the built site alone: ${alone.map(ms).join(", ")}`);
const indexing = median(alone);
const wait = median(times.map((t) => Math.max(0, t.search - t.others)));
console.log(`  search index, median: ${ms(indexing)} of work, ${((100 * indexing) / total).toFixed(1)} % of the build's ${ms(total)}; the build waits ${ms(wait)} for it after the other pages`);

// ---- Index size ----
const bundle = join(site, "pagefind");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const all = files(bundle).map((f) => ({ name: f.slice(bundle.length + 1), bytes: statSync(f).size }));
const group = (name: string): string => {
  if (name.startsWith("index/")) return "index chunks";
  if (name.startsWith("fragment/")) return "fragments";
  if (name.startsWith("filter/")) return "filter chunks";
  if (name.endsWith(".pf_meta")) return "metadata";
  if (/^wasm\./.test(name)) return "WebAssembly";
  if (name === "pagefind.js" || name === "pagefind-worker.js") return "pagefind.js + worker";
  if (name === "pagefind-entry.json") return "entry";
  return "UI bundles (unused by the portal)";
};
const sizes = new Map<string, { files: number; bytes: number }>();
for (const f of all) {
  const g = sizes.get(group(f.name)) ?? { files: 0, bytes: 0 };
  g.files++;
  g.bytes += f.bytes;
  sizes.set(group(f.name), g);
}
const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
const pagesIndexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
const used = all.filter((f) => group(f.name) !== "UI bundles (unused by the portal)").reduce((n, f) => n + f.bytes, 0);
console.log(`\nIndex (${pagesIndexed} pages; Pagefind writes its files gzip-compressed):`);
for (const [g, s] of sizes) console.log(`  ${g.padEnd(34)} ${String(s.files).padStart(4)} files ${kb(s.bytes).padStart(10)}`);
console.log(`  what the search page can load: ${kb(used)}; whole folder: ${kb(all.reduce((n, f) => n + f.bytes, 0))}`);
const data = ["index chunks", "fragments", "filter chunks", "metadata"].reduce((n, g) => n + (sizes.get(g)?.bytes ?? 0), 0);
console.log(`  index data alone (metadata, index, filter chunks, fragments): ${kb(data)}`);

// ---- First query in Chromium ----
const root = resolve(site);
/** What the server sent, counted where it is sent (the browser's own counts miss worker requests). */
const transfers: { path: string; bytes: number }[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root + sep) && path !== root) return void res.writeHead(403).end();
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  if (!existsSync(path)) return void res.writeHead(404).end();
  const type = /\/wasm\.[^/]*\.pagefind$/.test(path) ? "application/wasm" : path.endsWith(".html") ? "text/html; charset=utf-8" : path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : path.endsWith(".json") ? "application/json" : "application/octet-stream";
  const body = readFileSync(path);
  transfers.push({ path: url.pathname, bytes: body.length });
  res.writeHead(200, { "content-type": type }).end(body);
});
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
/** One search in a fresh profile: time from navigation to results, and what the server sent. */
async function searchInChromium(q: string): Promise<{ elapsed: number; status: string; sent: { path: string; bytes: number }[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    transfers.length = 0;
    const started = performance.now();
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector("[data-search-status]")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const elapsed = performance.now() - started;
    await page.waitForLoadState("networkidle");
    return { elapsed, status: await page.locator("[data-search-status]").innerText(), sent: [...transfers] };
  } finally {
    await context.close();
  }
}
const searchBytes = (sent: { path: string; bytes: number }[]) => sent.filter((t) => t.path.startsWith("/pagefind/") || t.path.includes("/assets/search.") || t.path.endsWith("/tu-vung.txt")).reduce((n, t) => n + t.bytes, 0);
try {
  const { elapsed, status, sent } = await searchInChromium(query);
  const kinds = new Map<string, { files: number; bytes: number }>();
  for (const t of sent) {
    const g = t.path.startsWith("/pagefind/") ? group(t.path.slice("/pagefind/".length)) : t.path === "/tim-kiem/" ? "the search page (HTML)" : t.path.includes("/assets/search.") ? "search.js" : "page assets (CSS, icons)";
    const s = kinds.get(g) ?? { files: 0, bytes: 0 };
    s.files++;
    s.bytes += t.bytes;
    kinds.set(g, s);
  }
  console.log(`\nFirst query in Chromium, fresh profile: “${query}” (${status}), answered in ${ms(elapsed)} from navigation:`);
  for (const [g, s] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${g.padEnd(34)} ${String(s.files).padStart(4)} files ${kb(s.bytes).padStart(10)}`);
  console.log(`  search total (search.js and /pagefind/): ${kb(searchBytes(sent))}; everything: ${kb(sent.reduce((n, t) => n + t.bytes, 0))} (response bodies)`);

  // ---- A query that needs variants, against the exact one ----
  const vocabularyFile = join(site, "tim-kiem", "tu-vung.txt");
  if (existsSync(vocabularyFile)) {
    const raw = readFileSync(vocabularyFile);
    console.log(`\nThe vocabulary (loaded only when a query needs variants): ${raw.toString("utf8").split("\n").filter(Boolean).length} words, ${kb(raw.length)}, ${kb(gzipSync(raw).length)} gzip`);
  }
  const exact: number[] = [];
  const forgiving: number[] = [];
  let bytes = { exact: 0, variant: 0 };
  let variantStatus = "";
  for (let i = 0; i < runs; i++) {
    const e = await searchInChromium(values.exact);
    const v = await searchInChromium(values.variant);
    exact.push(e.elapsed);
    forgiving.push(v.elapsed);
    bytes = { exact: searchBytes(e.sent), variant: searchBytes(v.sent) };
    variantStatus = v.status;
  }
  console.log(`Exact “${values.exact}”: ${ms(median(exact))} to results, ${kb(bytes.exact)} of search files`);
  console.log(`Needs variants “${values.variant}” (${variantStatus.replace(/\s+/g, " ")}): ${ms(median(forgiving))} to results, ${kb(bytes.variant)} of search files`);
  console.log(`  extra: ${ms(median(forgiving) - median(exact))} (×${(median(forgiving) / median(exact)).toFixed(2)}), ${kb(bytes.variant - bytes.exact)} (medians of ${runs} fresh profiles)`);
} finally {
  await browser.close();
  server.close();
}

// ---- The same query in Node ----
const script = loadSearchScript();
const node = await loadPagefind(site, { ranking: script.ranking });
const hits = await script.find(node.pagefind, query);
await Promise.all(hits.slice(0, 10).map((h) => h.result.data()));
await node.close();
const nodeBytes = node.fetched.reduce((n, f) => n + f.bytes, 0) + statSync(join(bundle, "pagefind.js")).size;
console.log(`\nThe same query in Node (pagefind.js, WebAssembly, entry, metadata, chunks, 10 fragments; no worker): ${node.fetched.length + 1} files, ${kb(nodeBytes)}`);
for (const g of ["index chunks", "fragments", "filter chunks"]) {
  const list = node.fetched.filter((f) => group(f.name) === g);
  console.log(`  ${g.padEnd(34)} ${String(list.length).padStart(4)} files ${kb(list.reduce((n, f) => n + f.bytes, 0)).padStart(10)}`);
}
rmSync(work, { recursive: true, force: true });
