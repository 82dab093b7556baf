// @ts-check
// The search's Vietnamese rules live in src/search/search-words.js, since the build uses them too
// (the vocabulary, province names). The site serves that file under this name (layouts/routes.tsx);
// this re-export lets search.js, imported as a module in Node by the tests, find it beside itself.
export * from "../../src/search/search-words.js";
