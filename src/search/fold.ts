/**
 * How Vietnamese is compared in search, as readers type it: with or without tone marks, "d" for
 * "đ", any case, NFC or NFD.
 *
 * Pagefind (1.5+) already folds tone marks and the other combining marks (ă â ê ô ơ ư), in the
 * index and in the query, and ranks the exact spelling higher. It does not fold "đ", which is a
 * letter of its own in Unicode (it has no decomposition), so "dao tao" cannot reach the indexed
 * word "đao" (for "đào"). The portal closes that gap on the query side: every "d" a reader types
 * may stand for "đ", so the query is searched in each spelling the index actually holds
 * (`spellings`), and the answers are merged. The index keeps the text exactly as published,
 * which is what Pagefind ranks and cuts excerpts from.
 *
 * layouts/assets/search.js carries the same rules in plain JavaScript for the browser;
 * test/search/fold.test.ts checks that both agree on every word of the bundled site.
 */

/** Unicode NFC, the form the portal stores and publishes. */
export const nfc = (s: string): string => s.normalize("NFC");

/** Combining marks: Vietnamese tone marks and the marks of ă â ê ô ơ ư, once decomposed. */
const MARKS = /\p{M}/gu;

/**
 * The form two spellings are equal in when a reader ignores diacritics: "Đào tạo" → "dao tao",
 * "NĂNG SUẤT" → "nang suat". NFC and NFD inputs give the same result.
 */
export function fold(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Whether a word carries any Vietnamese diacritic (a tone mark, ă â ê ô ơ ư, or đ). */
export function hasDiacritics(word: string): boolean {
  return /\p{M}|đ|Đ/u.test(word.normalize("NFD"));
}

/**
 * Punctuation Pagefind deletes from a query before searching (dashes, brackets, quotes and other
 * punctuation; "_" is kept, as Pagefind's default `includeCharacters` keeps it).
 */
const PUNCTUATION = /(?!_)[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The words of a query as Pagefind will see them: NFC, lower case, punctuation removed. */
export function queryWords(query: string): string[] {
  return nfc(query)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(PUNCTUATION, ""))
    .filter((w) => w.length > 0);
}

/** At most this many "d"s in one word are tried as "đ" (a Vietnamese syllable has one). */
export const MAX_D_PER_WORD = 2;

/**
 * The spellings a typed word may stand for: itself first, then each way of reading its "d"s as
 * "đ" ("dang" → ["dang", "đang"]; "dudoan" → ["dudoan", "đudoan", "duđoan", "đuđoan"]). Only the
 * first `MAX_D_PER_WORD` "d"s vary. Input is a word from `queryWords` (NFC, lower case).
 */
export function spellings(word: string): string[] {
  const letters = [...word];
  const positions: number[] = [];
  for (let i = 0; i < letters.length && positions.length < MAX_D_PER_WORD; i++) if (letters[i] === "d") positions.push(i);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const chars = [...letters];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = "đ";
    });
    out.push(chars.join(""));
  }
  return out;
}
