/**
 * The site's own vocabulary, for the search page's "Có phải bạn muốn tìm …?" and its variants
 * (src/search/search-words.js): every word the search index holds, folded as the search
 * folds, one line each. Read from Pagefind's own fragments once the index is written, so it holds
 * exactly what can be found (page text and the meta Pagefind searches). The search page fetches
 * it only when a query finds few pages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { vocabularyOf, wordCounts } from "./search-words.js";
import { portalUrls } from "../site/urls.ts";

/** Where the search page finds the vocabulary (beside it). */
export const VOCABULARY_URL = portalUrls.searchVocabulary;

/** Pagefind's fragments are gzipped JSON after this signature. */
const SIGNATURE = "pagefind_dcd";

interface Fragment {
  content?: string;
  meta?: Record<string, string>;
}

/** The searchable text of one page, from the bytes of its fragment in a Pagefind bundle (page text and the meta Pagefind searches). */
export function fragmentText(bytes: Uint8Array): string {
  const raw = gunzipSync(bytes).toString("utf8");
  const fragment = JSON.parse(raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw) as Fragment;
  const meta = Object.entries(fragment.meta ?? {})
    .filter(([key]) => !key.startsWith("image"))
    .map(([, value]) => value);
  return [fragment.content ?? "", ...meta].join("\n");
}

/** The searchable text of every page of a Pagefind bundle (`<siteDir>/pagefind/` by default). */
export function indexedTexts(bundleDir: string): string[] {
  const dir = join(bundleDir, "fragment");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".pf_fragment"))
    .sort()
    .map((name) => fragmentText(readFileSync(join(dir, name))));
}

/** How often each word occurs in a Pagefind bundle: its part of the vocabulary, kept with the bundle in the cache. */
export const bundleWordCounts = (bundleDir: string): Map<string, number> => wordCounts(indexedTexts(bundleDir));

/**
 * Writes the vocabulary of the site's bundles (the current one and each archive year's, see
 * src/search/partitions.ts), from each bundle's word counts, to VOCABULARY_URL; returns its size
 * in bytes.
 */
export function writeVocabulary(siteDir: string, counts: Iterable<ReadonlyMap<string, number>>): number {
  const text = vocabularyOf(counts);
  const file = join(siteDir, VOCABULARY_URL.slice(1));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
