/**
 * How Vietnamese is compared in search, as readers type it: with or without tone marks, "d" for
 * "đ", any case, NFC or NFD. The rules live in src/search/search-words.js, the one module the
 * search page runs in the browser; this re-exports them for the build and the tests.
 */
export { fold, hasDiacritics, MAX_D_PER_WORD, nfc, queryWords, spellings } from "./search-words.js";
