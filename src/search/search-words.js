// @ts-check
// How the portal's search reads Vietnamese as people type it: folding, the "d" that may be "đ",
// spelling variants (s/x, ch/tr, d/gi/r, l/n), words joined and split ("kai zen", "ISO9001"),
// unknown words, "Có phải bạn muốn tìm …?" from the site's own vocabulary, and excerpts cut at
// sentence boundaries. A plain ES module with no dependency: the search page (search.js) imports
// it in the browser, and the build (the vocabulary) and the tests import this same file in Node.
// Nothing here searches: search.js runs the queries these rules propose against Pagefind.

// ---- Folding ----

/** Combining marks: Vietnamese tone marks and the marks of ă â ê ô ơ ư, once decomposed. */
const MARKS = /\p{M}/gu;

/**
 * Punctuation Pagefind deletes from a query before searching (dashes, brackets, quotes and other
 * punctuation; "_" is kept, as Pagefind's default `includeCharacters` keeps it).
 */
export const PUNCTUATION = /(?!_)[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** Pagefind splits page text into words at white space (it counts word positions the same way). */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Unicode NFC, the form the portal stores and publishes. @param {string} s */
export const nfc = (s) => s.normalize("NFC");

/**
 * The form two spellings are equal in when a reader ignores diacritics: "Đào tạo" → "dao tao",
 * "NĂNG SUẤT" → "nang suat". NFC and NFD inputs give the same result.
 * Pagefind folds tone marks and ă â ê ô ơ ư by itself, but not "đ" (a letter of its own in
 * Unicode, with no decomposition): `spellings` closes that gap on the query side.
 * @param {string} s
 * @returns {string}
 */
export function fold(s) {
  return s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Whether a word carries any Vietnamese diacritic (a tone mark, ă â ê ô ơ ư, or đ). @param {string} word */
export function hasDiacritics(word) {
  return /\p{M}|đ|Đ/u.test(word.normalize("NFD"));
}

/**
 * The words of a query as typed, each as Pagefind will see it (`word`: NFC, lower case,
 * punctuation removed) and in the pieces its punctuation separated (`parts`: "iso-9001" →
 * ["iso", "9001"]; the same as [word] when there was none).
 * @param {string} query
 * @returns {{ word: string, parts: string[] }[]}
 */
export function queryTokens(query) {
  return nfc(query)
    .toLowerCase()
    .split(/\s+/)
    .map((t) => ({ word: t.replace(PUNCTUATION, ""), parts: t.split(PUNCTUATION).filter((p) => p.length > 0) }))
    .filter((t) => t.word.length > 0);
}

/** The words of a query as Pagefind will see them: NFC, lower case, punctuation removed. @param {string} query */
export function queryWords(query) {
  return queryTokens(query).map((t) => t.word);
}

/** At most this many "d"s in one word are tried as "đ" (a Vietnamese syllable has one). */
export const MAX_D_PER_WORD = 2;

/**
 * The spellings a typed word may stand for: itself first, then each way of reading its "d"s as
 * "đ" ("dang" → ["dang", "đang"]; "dudoan" → ["dudoan", "đudoan", "duđoan", "đuđoan"]). Only the
 * first `MAX_D_PER_WORD` "d"s vary. Input is a word from `queryWords` (NFC, lower case).
 * @param {string} word
 * @returns {string[]}
 */
export function spellings(word) {
  const letters = [...word];
  /** @type {number[]} */
  const positions = [];
  for (let i = 0; i < letters.length && positions.length < MAX_D_PER_WORD; i++) if (letters[i] === "d") positions.push(i);
  /** @type {string[]} */
  const out = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const chars = [...letters];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = "đ";
    });
    out.push(chars.join(""));
  }
  return out;
}

// ---- The vocabulary: every word the index holds ----

/** Longer "words" are codes, addresses or run-together text nobody types. */
const MAX_WORD_LENGTH = 30;
/** Runs of more than this many digits are dates, phone numbers and the like, not search words. */
const MAX_DIGITS = 6;

/** A run of more digits than MAX_DIGITS. */
const LONG_NUMBER = new RegExp(`\\d{${MAX_DIGITS + 1}}`);

/** Space and the other white-space characters between tokens, but not the byte-order mark. */
const TOKEN_GAP = /[^\S\uFEFF]+/;

/**
 * The words one token of text (already in NFC and lower case) gives the vocabulary: the token
 * without its punctuation ("iso-9001" → "iso9001"), and its pieces when punctuation split it
 * ("iso", "9001"), as Pagefind indexes both. E-mail and web addresses give none.
 * @param {string} token
 * @returns {string[]}
 */
function tokenWords(token) {
  if (!token || token.includes("@") || token.includes("://") || token.startsWith("www.")) return [];
  const pieces = token.split(/[^\p{L}\p{N}_]+/u).filter((p) => p.length > 0);
  const words = pieces.length > 1 ? [pieces.join(""), ...pieces] : pieces;
  return words.filter((w) => w.length <= MAX_WORD_LENGTH && !LONG_NUMBER.test(w));
}

/**
 * The words of a text as the vocabulary counts them: each white-space token in lower case
 * without its punctuation, and its pieces (tokenWords).
 * @param {string} text
 * @returns {string[]}
 */
export const textWords = (text) => nfc(text).toLowerCase().split(TOKEN_GAP).flatMap(tokenWords);

/**
 * How often each word of `texts` occurs, as written (not folded): the part of the vocabulary one
 * search bundle gives, which the build keeps with the bundle. The tokens are counted first and
 * each different token split into words once: a bundle has millions of tokens but only thousands
 * of different ones. The words come in the order they first occur, as when counted one by one.
 * @param {Iterable<string>} texts
 * @returns {Map<string, number>}
 */
export function wordCounts(texts) {
  /** @type {Map<string, number>} */
  const tokens = new Map();
  for (const text of texts) for (const token of nfc(text).toLowerCase().split(TOKEN_GAP)) tokens.set(token, (tokens.get(token) ?? 0) + 1);
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const [token, n] of tokens) for (const w of tokenWords(token)) counts.set(w, (counts.get(w) ?? 0) + n);
  return counts;
}

/**
 * The vocabulary file's text from the word counts of several bundles, summed: one line per folded
 * word, written as the site most often writes it ("năng", "đào"), the most frequent words first.
 * @param {Iterable<ReadonlyMap<string, number>>} counts
 * @returns {string}
 */
export function vocabularyOf(counts) {
  /** @type {Map<string, Map<string, number>>} */
  const forms = new Map();
  for (const bundle of counts) {
    for (const [w, n] of bundle) {
      const key = fold(w);
      let seen = forms.get(key);
      if (!seen) forms.set(key, (seen = new Map()));
      seen.set(w, (seen.get(w) ?? 0) + n);
    }
  }
  const entries = [...forms.values()].map((seen) => {
    let best = "";
    let count = 0;
    let total = 0;
    for (const [w, n] of seen) {
      total += n;
      if (n > count || (n === count && w < best)) [best, count] = [w, n];
    }
    return { best, total };
  });
  entries.sort((a, b) => b.total - a.total || (a.best < b.best ? -1 : a.best > b.best ? 1 : 0));
  return entries.map((e) => e.best).join("\n") + "\n";
}

/**
 * The vocabulary file's text for `texts` (as `vocabularyOf` of one bundle's counts).
 * @param {Iterable<string>} texts
 * @returns {string}
 */
export const vocabularyText = (texts) => vocabularyOf([wordCounts(texts)]);

/**
 * @typedef {object} Vocabulary
 * @property {(folded: string) => boolean} has Whether the index holds this folded word.
 * @property {(folded: string) => boolean} known Whether a word typed is found: a word of the index, or the start of one (a word still being typed).
 * @property {(folded: string) => string} form How the site writes a folded word ("nang" → "năng"); the word itself when unknown.
 * @property {(folded: string) => number} rank 0 for the most frequent word; Infinity when unknown.
 * @property {number} size How many words.
 * @property {readonly string[]} all Every folded word, in code-point order.
 */

/**
 * The vocabulary, from the file `vocabularyText` wrote.
 * @param {string} text
 * @returns {Vocabulary}
 */
export function parseVocabulary(text) {
  /** @type {Map<string, { form: string, rank: number }>} */
  const words = new Map();
  text.split("\n").forEach((line) => {
    const w = line.trim();
    if (w && !words.has(fold(w))) words.set(fold(w), { form: w, rank: words.size });
  });
  const sorted = [...words.keys()].sort();
  const startsOne = (/** @type {string} */ prefix) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (/** @type {string} */ (sorted[mid]) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && /** @type {string} */ (sorted[lo]).startsWith(prefix);
  };
  return {
    has: (w) => words.has(w),
    known: (w) => words.has(w) || startsOne(w),
    form: (w) => words.get(w)?.form ?? w,
    rank: (w) => words.get(w)?.rank ?? Infinity,
    size: words.size,
    all: sorted,
  };
}

// ---- Variants ----

/**
 * Initial consonants Vietnamese speakers confuse in writing, because they sound alike in their
 * region (the ones every teacher corrects): s/x, ch/tr, d/gi/r, l/n. The hỏi/ngã tones need no
 * rule: folding ignores tone marks.
 */
export const SPELLING_PAIRS = [["s", "x"], ["ch", "tr"], ["d", "gi", "r"], ["l", "n"]];

/**
 * The initial consonant of a folded syllable among those of `SPELLING_PAIRS` ("" when another):
 * "n" only alone ("nh", "ng" are other consonants), "gi" before "d" is checked first.
 * @param {string} w
 */
function initial(w) {
  if (/^(ch|tr|gi)/.test(w)) return w.slice(0, 2);
  if (/^n[gh]/.test(w)) return "";
  if (/^[sxdrln]/.test(w)) return w[0] ?? "";
  return "";
}

/**
 * The same folded word with its initial consonant swapped for each one it is confused with
 * ("xuat" → ["suat"], "dang" → ["giang", "rang"], "truyen" → ["chuyen"]). "gi" before "i" keeps
 * one "i" ("gin" ↔ "din", "gi" ↔ "di").
 * @param {string} w a folded word
 * @returns {string[]}
 */
export function respellings(w) {
  const head = initial(w);
  if (!head) return [];
  const group = SPELLING_PAIRS.find((g) => g.includes(head)) ?? [];
  const rest = w.slice(head.length);
  return group
    .filter((h) => h !== head)
    .map((h) => {
      if (h === "gi" && rest.startsWith("i")) return h + rest.slice(1);
      if (head === "gi" && (rest === "" || /^[^aeiouy]/.test(rest))) return h + "i" + rest;
      return h + rest;
    });
}

/** Letters and digits run together ("iso9001", "5s") split into runs: ["iso", "9001"]. @param {string} w */
const letterDigitRuns = (w) => w.match(/\p{L}+|\p{N}+/gu) ?? [w];

/** What was changed to reach a variant. */
/** @typedef {"spelling" | "join" | "split" | "drop"} VariantKind */

/**
 * @typedef {object} Variant
 * @property {string[]} words The variant's words, folded: its diacritics would be a guess, and the
 *   search ranks pages holding a query's own diacritics first.
 * @property {string} query The words joined by spaces: what is searched.
 * @property {string} label The same words as the site most often writes them ("năng suất" for
 *   "nang suat"), to show; `siteForms` can take them from a page found instead.
 * @property {number} cost How far it is from what was typed (1 per change, 3 to drop a word).
 * @property {VariantKind[]} kinds
 * @property {string[]} dropped Words left out because the index does not hold them.
 */

/** Costs of the changes: a dropped word loses meaning, so it comes after any one fix. */
const COST = { spelling: 1, join: 1, split: 1, drop: 3 };
/** At most this many variants are proposed for one query, cheapest first. */
export const MAX_VARIANTS = 8;
/** At most this many words of a query are given variants (the page searches at most 10). */
const MAX_VARIANT_WORDS = 10;

/**
 * The queries a reader may have meant, cheapest first, each holding only words the index holds:
 * spelling pairs swapped ("nang xuat" → "năng suất"), neighbouring words joined ("kai zen" →
 * "kaizen", "5 s" → "5s"), a word split at its punctuation or where letters meet digits
 * ("iso-9001", "iso9001" → "iso 9001") or into two words of the index ("sixsigma" → "six sigma"),
 * and at most one word the index does not hold dropped. The query as typed is never among them.
 * @param {string} query
 * @param {Vocabulary} vocabulary
 * @returns {Variant[]}
 */
export function variants(query, vocabulary) {
  const tokens = queryTokens(query).slice(0, MAX_VARIANT_WORDS);
  const folded = tokens.map((t) => fold(t.word));
  const known = folded.map((w) => vocabulary.known(w));
  /** @typedef {{ words: string[], labels: string[], cost: number, kinds: VariantKind[] }} Step */
  /** @type {Step[][]} what position i may become, alone */
  const alone = tokens.map((t, i) => {
    const w = /** @type {string} */ (folded[i]);
    /** @type {Step[]} */
    const steps = [];
    if (known[i]) steps.push({ words: [t.word], labels: [hasDiacritics(t.word) ? t.word : vocabulary.form(w)], cost: 0, kinds: [] });
    for (const alt of respellings(w)) if (vocabulary.has(alt)) steps.push({ words: [alt], labels: [vocabulary.form(alt)], cost: COST.spelling, kinds: ["spelling"] });
    const splits = [];
    if (t.parts.length > 1) splits.push(t.parts.map(fold));
    const runs = letterDigitRuns(w);
    if (runs.length > 1) splits.push(runs);
    if (!known[i] || !vocabulary.has(w)) {
      // Two words of the index run together: the split whose rarer half is most frequent.
      let best = null;
      for (let k = 2; k <= w.length - 2; k++) {
        const a = w.slice(0, k);
        const b = w.slice(k);
        if (vocabulary.has(a) && vocabulary.has(b)) {
          const rank = Math.max(vocabulary.rank(a), vocabulary.rank(b));
          if (!best || rank < best.rank) best = { parts: [a, b], rank };
        }
      }
      if (best) splits.push(best.parts);
    }
    const seen = new Set();
    for (const parts of splits) {
      const kept = parts.filter((p) => vocabulary.known(p));
      if (!kept.length || seen.has(kept.join(" "))) continue;
      seen.add(kept.join(" "));
      // A piece the index does not hold ("2015" of "9001:2015") is dropped with the split.
      steps.push({ words: kept, labels: kept.map((p) => vocabulary.form(p)), cost: COST.split + (kept.length < parts.length ? COST.drop : 0), kinds: kept.length < parts.length ? ["split", "drop"] : ["split"] });
    }
    return steps;
  });
  /** @typedef {{ at: number, words: string[], labels: string[], cost: number, kinds: VariantKind[], dropped: string[] }} State */
  /** @type {State[]} */
  let states = [{ at: 0, words: [], labels: [], cost: 0, kinds: [], dropped: [] }];
  /** @type {State[]} */
  const done = [];
  const BEAM = 64;
  while (states.length) {
    /** @type {State[]} */
    const next = [];
    for (const s of states) {
      if (s.at === tokens.length) {
        done.push(s);
        continue;
      }
      const i = s.at;
      for (const step of /** @type {Step[]} */ (alone[i])) next.push({ at: i + 1, words: [...s.words, ...step.words], labels: [...s.labels, ...step.labels], cost: s.cost + step.cost, kinds: [...s.kinds, ...step.kinds], dropped: s.dropped });
      if (i + 1 < tokens.length) {
        const joined = /** @type {string} */ (folded[i]) + /** @type {string} */ (folded[i + 1]);
        if (vocabulary.has(joined)) next.push({ at: i + 2, words: [...s.words, joined], labels: [...s.labels, vocabulary.form(joined)], cost: s.cost + COST.join, kinds: [...s.kinds, "join"], dropped: s.dropped });
      }
      if (!known[i] && !s.dropped.length) next.push({ at: i + 1, words: s.words, labels: s.labels, cost: s.cost + COST.drop, kinds: [...s.kinds, "drop"], dropped: [/** @type {{word: string}} */ (tokens[i]).word] });
    }
    next.sort((a, b) => a.cost - b.cost);
    states = next.slice(0, BEAM);
  }
  const typed = tokens.map((t) => t.word).join(" ");
  /** @type {Map<string, Variant>} */
  const out = new Map();
  for (const s of done.sort((a, b) => a.cost - b.cost)) {
    const words = s.words.map(fold);
    const q = words.join(" ");
    if (!s.words.length || s.words.join(" ") === typed || out.has(q)) continue;
    out.set(q, { words, query: q, label: s.labels.join(" "), cost: s.cost, kinds: [...new Set(s.kinds)], dropped: s.dropped });
  }
  return [...out.values()].slice(0, MAX_VARIANTS);
}

/**
 * `words` as a page writes them: each replaced by the word of the page's `text` that folds to
 * the same, in lower case, preferring the words the search found (`positions`, word indexes in
 * `text`): "giang" → "giảng" in a page about lecturers, where the vocabulary's most frequent
 * form is the province's "Giang". A word the page does not hold is kept.
 * @param {string[]} words
 * @param {string} text
 * @param {number[]} [positions]
 */
export function siteForms(words, text, positions = []) {
  const wanted = new Set(words.map(fold));
  const tokens = nfc(text).toLowerCase().split(WORD_SEPARATORS);
  /** @type {Map<string, string>} */
  const found = new Map();
  const order = [...positions.filter((p) => p >= 0 && p < tokens.length), ...tokens.keys()];
  for (const at of order) {
    const w = /** @type {string} */ (tokens[at]).replace(PUNCTUATION, "");
    const key = fold(w);
    if (wanted.has(key) && !found.has(key)) found.set(key, w);
  }
  return words.map((w) => found.get(fold(w)) ?? w);
}

/**
 * The words of a query the index does not hold, not even as the start of a word, as typed.
 * @param {string} query
 * @param {Vocabulary} vocabulary
 */
export function unknownWords(query, vocabulary) {
  return queryWords(query).filter((w) => !vocabulary.known(fold(w)));
}

// ---- "Có phải bạn muốn tìm …?" ----

/**
 * How many edits (a letter added, removed, changed, or two neighbours swapped) a suggestion may
 * be from the word typed: none for words of up to 3 letters (too many words are that close), 1
 * up to 5 letters, 2 beyond. Farther words are not suggested: nonsense gets no suggestion.
 * @param {string} w
 */
export const maxEdits = (w) => (w.length <= 3 ? 0 : w.length <= 5 ? 1 : 2);

/**
 * Edit distance with swaps of neighbours (optimal string alignment), or `max + 1` as soon as it
 * is sure to exceed `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  /** @type {number[][]} */
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        /** @type {number[]} */ (d[0])[j] = j;
        continue;
      }
      const row = /** @type {number[]} */ (d[i]);
      const up = /** @type {number[]} */ (d[i - 1]);
      let v = Math.min(/** @type {number} */ (up[j]) + 1, /** @type {number} */ (row[j - 1]) + 1, /** @type {number} */ (up[j - 1]) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, /** @type {number} */ (/** @type {number[]} */ (d[i - 2])[j - 2]) + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (i > 0 && rowMin > max) return max + 1;
  }
  return /** @type {number} */ (/** @type {number[]} */ (d[a.length])[b.length]);
}

/** At most this many suggestions are offered. */
export const MAX_SUGGESTIONS = 3;

/**
 * Queries to offer for a query holding words the index does not hold: each such word replaced
 * by a word of the index close to it (a spelling pair, or within `maxEdits`), nearest first,
 * then the most frequent. Empty when no word is close enough.
 * @param {string} query
 * @param {Vocabulary} vocabulary
 * @returns {{ query: string, replaced: string, by: string }[]}
 */
export function suggestions(query, vocabulary) {
  const words = queryWords(query);
  /** @type {{ query: string, replaced: string, by: string, distance: number, rank: number }[]} */
  const out = [];
  const all = vocabulary.all;
  words.forEach((typed, i) => {
    const w = fold(typed);
    if (vocabulary.known(w)) return;
    const max = maxEdits(w);
    /** @type {Map<string, number>} */
    const near = new Map();
    for (const alt of respellings(w)) if (vocabulary.has(alt)) near.set(alt, 1);
    if (max > 0) for (const candidate of all) if (!near.has(candidate)) {
      const d = editDistance(w, candidate, max);
      if (d <= max) near.set(candidate, d);
    }
    for (const [candidate, distance] of near) {
      const form = vocabulary.form(candidate);
      out.push({ query: words.map((x, j) => (j === i ? form : x)).join(" "), replaced: typed, by: form, distance, rank: vocabulary.rank(candidate) });
    }
  });
  out.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
  return out.slice(0, MAX_SUGGESTIONS).map(({ query, replaced, by }) => ({ query, replaced, by }));
}

// ---- Excerpts ----

/** A word ending a sentence, or a heading or list item (Pagefind joins blocks with ". "). */
const SENTENCE_END = /[.!?…:;]["”’)\]]*$/;
/** A word ending a clause: a softer place to cut. */
const CLAUSE_END = /[,–—]["”’)\]]*$/;
/** How far an excerpt's ends move to reach a sentence's start or end, in words. */
const REACH = 12;

/**
 * @typedef {object} Excerpt
 * @property {boolean} lead Text was left out before, mid-sentence: show "…" first.
 * @property {{ text: string, mark: boolean }[]} parts
 * @property {boolean} trail Text was left out after, mid-sentence: show "…" last.
 */

/**
 * The passage of a page's text to show with a result: about `length` words around the densest
 * run of the words found (`positions`, word indexes in `content` as Pagefind counts them),
 * widened or narrowed to start and end at a sentence boundary when one is near, else at a comma,
 * with an ellipsis where a sentence was cut. The found words are marked.
 * @param {string} content
 * @param {number[]} positions
 * @param {number} [length]
 * @returns {Excerpt}
 */
export function excerpt(content, positions, length = 30) {
  const words = content.split(WORD_SEPARATORS);
  const found = [...new Set(positions.filter((p) => p >= 0 && p < words.length))].sort((a, b) => a - b);
  const endsAt = (/** @type {number} */ k, /** @type {RegExp} */ re) => k === 0 || re.test(/** @type {string} */ (words[k - 1]));
  // The window holding the most found words, starting a little before the first of them.
  let start = 0;
  let most = -1;
  for (const p of found) {
    const s = Math.max(0, p - 4);
    const n = found.filter((q) => q >= s && q < s + length).length;
    if (n > most) [start, most] = [s, n];
  }
  const first = found.find((p) => p >= start) ?? start;
  // Back to the start of the sentence, else forward to the next one (not past a found word),
  // else back to a comma.
  const back = (/** @type {RegExp} */ re, /** @type {number} */ reach) => {
    for (let k = start; k >= Math.max(0, start - reach); k--) if (endsAt(k, re)) return k;
    return -1;
  };
  let s = back(SENTENCE_END, REACH);
  if (s < 0) for (let k = start + 1; k <= first; k++) if (endsAt(k, SENTENCE_END)) { s = k; break; }
  if (s < 0) s = back(CLAUSE_END, REACH / 2);
  if (s >= 0) start = s;
  const last = found.filter((p) => p >= start && p < start + length + REACH).pop() ?? start;
  let end = Math.min(words.length, start + length);
  if (end < words.length) {
    let e = -1;
    for (let k = end; k <= Math.min(words.length, end + REACH); k++) if (endsAt(k, SENTENCE_END)) { e = k; break; }
    if (e < 0) for (let k = end - 1; k > last; k--) if (endsAt(k, SENTENCE_END)) { e = k; break; }
    if (e < 0) for (let k = end; k > last && k > end - REACH / 2; k--) if (endsAt(k, CLAUSE_END)) { e = k; break; }
    if (e > start) end = e;
  }
  const lead = start > 0 && !endsAt(start, SENTENCE_END);
  const trail = end < words.length && !endsAt(end, SENTENCE_END);
  const marked = new Set(found);
  /** @type {{ text: string, mark: boolean }[]} */
  const parts = [];
  for (let k = start; k < end; k++) {
    let w = /** @type {string} */ (words[k]);
    // A cut clause loses its comma: "…, văn bản…", not "…, văn bản,…".
    if (k === end - 1 && trail) w = w.replace(/[,;:–—]+$/, "");
    const sep = k > start ? " " : "";
    if (marked.has(k)) {
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w) ?? ["", "", w, ""];
      parts.push({ text: sep + m[1], mark: false }, { text: /** @type {string} */ (m[2]), mark: true }, { text: /** @type {string} */ (m[3]), mark: false });
    } else parts.push({ text: sep + w, mark: false });
  }
  // Neighbouring unmarked pieces as one text.
  /** @type {{ text: string, mark: boolean }[]} */
  const merged = [];
  for (const p of parts) {
    if (!p.text) continue;
    const prev = merged[merged.length - 1];
    if (prev && !prev.mark && !p.mark) prev.text += p.text;
    else merged.push({ ...p });
  }
  return { lead, parts: merged, trail };
}
