/**
 * Bytes a reader's first search transfers, as a browser gets them: Pagefind's script and worker
 * as a web server sends them (gzip), the WebAssembly, entry and metadata, the index chunks and
 * the fragments of the results shown. Runs the built search (test/helpers/search-node.ts) with fetch
 * reading the built files and counting what is asked for; with `years`, archive bundles are
 * merged as the search page merges them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadPagefind } from "../test/helpers/search-node.ts";

export interface Transfer {
  bytes: number;
  files: number;
  results: number;
  /** Bytes by kind of file: script (gzip), wasm, meta (entry and metadata), index chunks, fragments, filters. */
  parts: Record<string, number>;
}

const kindOf = (path: string): string =>
  path.endsWith(".pf_index") ? "index" : path.endsWith(".pf_fragment") ? "fragments" : path.endsWith(".pf_filter") ? "filters" : path.endsWith(".pf_meta") || path.endsWith(".json") ? "meta" : path.includes("wasm") ? "wasm" : "script";

/** The search page shows ten results at first. */
export async function firstQueryTransfer(siteDir: string, query: string, years: readonly string[] | "all" = [], shown = 10): Promise<Transfer> {
  const gzipped = (name: string) => gzipSync(readFileSync(join(siteDir, "pagefind", name))).length;
  const parts: Record<string, number> = { script: gzipped("pagefind.js") + gzipped("pagefind-worker.js") };
  const { pagefind, fetched, close } = await loadPagefind(siteDir, {}, years);
  let results = 0;
  try {
    const search = await pagefind.search(query);
    results = search.results.length;
    await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  } finally {
    await close();
  }
  // pagefind-entry.json is small JSON a server would also compress; Pagefind's other files are gzip already.
  for (const f of fetched) parts[kindOf(f.name)] = (parts[kindOf(f.name)] ?? 0) + f.bytes;
  return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), files: fetched.length + 2, results, parts };
}
