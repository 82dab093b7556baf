/**
 * How Vietnamese is compared in search, as readers type it: with or without tone marks, "d" for
 * "đ", any case, NFC or NFD. The rules live in layouts/assets/search-words.js, the one module the
 * search page runs in the browser; this re-exports them for the build and the tests.
 */
export { fold, hasDiacritics, MAX_D_PER_WORD, nfc, queryWords, spellings } from "../../layouts/assets/search-words.js";
