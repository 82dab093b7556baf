/**
 * The built search, run in Node: Pagefind's own `pagefind.js` and WebAssembly from a built site,
 * with `fetch` reading the bundle from disk (and counting what it reads), and the search page's
 * query logic taken from layouts/assets/search.js itself. Results match those in Chromium.
 * For tests and measurements; the site never runs this.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** A Pagefind search result, as `pagefind.js` returns it. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindPage>;
}

/** A result's page, loaded from its fragment. */
export interface PagefindPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

/** A Pagefind search instance, as `pagefind.js` and the search page's `openBundles` give it. */
export interface Pagefind {
  options(o: object): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindSearch>;
  /** Every filter value in the index, with its page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

export interface SearchHit {
  id: string;
  score: number;
  /** How many pairs of neighbouring query words the page holds side by side, in order. */
  phrase: number;
  /** 1 when the page holds the query exactly as typed, diacritics included (only for queries typed with some). */
  exact: number;
  /** Words typed with diacritics that were read with an "đ" they did not have. */
  penalty: number;
  /** The spelling of the query that found the page. */
  spelling: string;
  result: PagefindResult;
}

/** The query logic of layouts/assets/search.js. */
export interface SearchScript {
  fold(s: string): string;
  hasDiacritics(word: string): boolean;
  queryWords(query: string): string[];
  spellings(word: string): string[];
  /** The Pagefind `ranking` option the search page sets. */
  ranking: object;
  find(pagefind: Pagefind, query: string, options?: { filters?: Record<string, string>; sort?: "asc" | "desc" }): Promise<SearchHit[]>;
  /** One instance over the current bundle and the archive `years` (see layouts/assets/search.js). */
  openBundles(module: unknown, base: string, years: readonly string[], settings: object, getJson: (url: string) => Promise<unknown>): Promise<Pagefind>;
}

export const SEARCH_SCRIPT = fileURLToPath(new URL("../../layouts/assets/search.js", import.meta.url));

/** Runs the search page's script without a document: it only hands back its functions. */
export function loadSearchScript(path = SEARCH_SCRIPT): SearchScript {
  const module = { exports: {} as SearchScript };
  new Function("module", readFileSync(path, "utf8"))(module);
  return module.exports;
}

export interface FetchedFile {
  /** Path inside the bundle, e.g. "index/vi_123.pf_index". */
  name: string;
  bytes: number;
}

/**
 * Loads a fresh search instance over `<siteDir>/pagefind/` (the current bundle) and the archive
 * bundles of `years` ("all": every one the site has), merged as the search page merges them,
 * with Pagefind `options`. Until `close()`, `fetch` of a `file:` URL reads the file; `fetched`
 * lists every file read (pagefind.js itself is imported, not fetched, and is not in the list).
 * Result URLs are site URLs ("/dao-tao/…").
 */
export async function loadPagefind(
  siteDir: string,
  options: object = {},
  years: readonly string[] | "all" = [],
): Promise<{ pagefind: Pagefind; fetched: FetchedFile[]; years: string[]; close(): Promise<void> }> {
  const bundle = join(siteDir, "pagefind");
  const archive = years === "all" ? archiveYears(siteDir) : [...years];
  const fetched: FetchedFile[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    if (url.protocol !== "file:") return realFetch(input, init);
    const path = fileURLToPath(url);
    const body = readFileSync(path);
    fetched.push({ name: path.slice(bundle.length + 1), bytes: body.length });
    return new Response(body, { headers: { "content-type": /\/wasm\.[^/]*\.pagefind$/.test(path) ? "application/wasm" : "application/octet-stream" } });
  }) as typeof fetch;
  // A query string gives a fresh module, so each call has its own Pagefind state.
  const module = await import(`${pathToFileURL(join(bundle, "pagefind.js")).href}?instance=${Date.now()}-${Math.random()}`);
  const getJson = async (url: string) => (await fetch(url)).json();
  const pagefind = await loadSearchScript().openBundles(module, `${pathToFileURL(bundle).href}/`, archive, { baseUrl: "/", ...options }, getJson);
  return {
    pagefind,
    fetched,
    years: archive,
    close: async () => {
      await pagefind.destroy();
      globalThis.fetch = realFetch;
    },
  };
}

/** The archive years a built site has bundles for, newest first. */
export function archiveYears(siteDir: string): string[] {
  return readdirSync(join(siteDir, "pagefind"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => Number(b) - Number(a));
}
