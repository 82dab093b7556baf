/**
 * Bytes a reader's first search transfers: Pagefind's script, WebAssembly, entry, metadata,
 * index chunks and the fragments of the first results shown. Runs pagefind.js in Node with
 * fetch reading the built files and counting what is asked for.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Transfer {
  bytes: number;
  files: number;
  results: number;
  /** Bytes by kind of file: script, wasm, meta (entry and metadata), index chunks, fragments, filters. */
  parts: Record<string, number>;
}

const kindOf = (path: string): string =>
  path.endsWith(".pf_index") ? "index" : path.endsWith(".pf_fragment") ? "fragments" : path.endsWith(".pf_filter") ? "filters" : path.endsWith(".pf_meta") || path.endsWith(".json") ? "meta" : path.includes("wasm") ? "wasm" : "script";

export async function firstQueryTransfer(siteDir: string, query: string, shown = 5): Promise<Transfer> {
  const bundle = join(siteDir, "pagefind");
  let bytes = statSync(join(bundle, "pagefind.js")).size;
  let files = 1;
  const parts: Record<string, number> = { script: bytes };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, pathToFileURL(`${bundle}/`));
    const path = url.protocol === "file:" ? url.pathname : join(siteDir, url.pathname.replace(/^\//, ""));
    const body = readFileSync(path);
    bytes += body.length;
    files++;
    parts[kindOf(path)] = (parts[kindOf(path)] ?? 0) + body.length;
    return new Response(body, { headers: { "content-type": path.endsWith(".wasm") ? "application/wasm" : "application/octet-stream" } });
  }) as typeof fetch;
  try {
    const pagefind = (await import(`${pathToFileURL(join(bundle, "pagefind.js")).href}?t=${Date.now()}`)) as {
      options(o: object): Promise<void>;
      search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    await pagefind.options({ basePath: `${pathToFileURL(bundle).href}/` });
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    return { bytes, files, results: search.results.length, parts };
  } finally {
    globalThis.fetch = realFetch;
  }
}
