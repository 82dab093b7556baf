/**
 * The built search, run in Node: Pagefind's own `pagefind.js` and WebAssembly from a built site,
 * with `fetch` reading the bundle from disk (and counting what it reads), and the search page's
 * query logic imported from layouts/assets/search.js itself. Results match those in Chromium.
 * For tests and measurements; the site never runs this.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as searchScript from "../../layouts/assets/search.js";
import { parseVocabulary, type Variant, type Vocabulary } from "../../layouts/assets/search-words.js";
import { VOCABULARY_URL } from "../../src/search/vocabulary.ts";

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
  /** Positions of the words found, in `content` split at white space. */
  locations: number[];
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

export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: "asc" | "desc";
}

/** What the search page shows for a query: its hits, and what it understood. */
export interface SearchAnswer {
  hits: SearchHit[];
  /** How many pages the query as typed found. */
  found: number;
  /** The variant whose pages were added after the query's own; null when none was. */
  variant: Variant | null;
  /** Words the index does not hold ("Không tìm thấy từ: …"). */
  missing: string[];
  /** Queries to offer ("Có phải bạn muốn tìm …?"). */
  suggestions: { query: string; replaced: string; by: string }[];
}

/** The query logic of layouts/assets/search.js. */
export interface SearchScript {
  /** The Pagefind `ranking` option the search page sets. */
  ranking: object;
  /** Pages score equally (for `freshen`) when within this fraction of each other. */
  equal: number;
  /** The query as typed only. */
  find(pagefind: Pagefind, query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** What the search page runs: the query as typed, then its variants when it finds few pages. */
  search(pagefind: Pagefind, query: string, options: SearchOptions, vocabulary: () => Promise<Vocabulary>): Promise<SearchAnswer>;
  /** One instance over the current bundle and the archive `years` (see layouts/assets/search.js). */
  openBundles(module: unknown, base: string, years: readonly string[], settings: object, getJson: (url: string) => Promise<unknown>): Promise<Pagefind>;
}

/** The search page's own script, imported as the browser imports it. */
export function loadSearchScript(): SearchScript {
  const s = searchScript as unknown as Omit<SearchScript, "ranking" | "equal"> & { RANKING: object; EQUAL: number };
  return { ranking: s.RANKING, equal: s.EQUAL, find: s.find, search: s.search, openBundles: s.openBundles };
}

/** The vocabulary a built site publishes, as the search page loads it. */
export function loadVocabulary(siteDir: string): Vocabulary {
  return parseVocabulary(readFileSync(join(siteDir, VOCABULARY_URL.slice(1)), "utf8"));
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
