/**
 * Queries typed as Vietnamese is really typed (./variant-queries.ts), against the real index and
 * vocabulary of the bundled site, in Node, with the search page's own query logic: the variant
 * used, the words named as not found, the suggestions, and the page expected among the first
 * three. Also: the vocabulary the build publishes, and the order at equal relevance (upcoming
 * sessions first). The same table runs in Chromium in test/e2e/search-variants.test.ts.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../layouts/assets/search-words.js";
import type { Vocabulary } from "../../layouts/assets/search-words.js";
import { loadContent } from "../../src/content/load.ts";
import { searchRecords, type SearchRecord } from "../../src/search/record.ts";
import { loadPagefind, loadSearchScript, loadVocabulary, type Pagefind } from "../helpers/search-node.ts";
import { VOCABULARY_URL } from "../../src/search/vocabulary.ts";
import { build, copyProject, NOW } from "../helpers/site.ts";
import { VARIANT_CASES, type VariantClass } from "./variant-queries.ts";

const script = loadSearchScript();
let site: string;
let pagefind: Pagefind;
let close: () => Promise<void>;
let vocabulary: Vocabulary;
let records: Map<string, SearchRecord>;

beforeAll(async () => {
  const root = copyProject();
  const built = await build(root);
  expect(built.result.ok).toBe(true);
  site = built.outDir;
  // The current bundle, as the search page searches by default.
  ({ pagefind, close } = await loadPagefind(site, { ranking: script.ranking }));
  vocabulary = loadVocabulary(site);
  records = searchRecords(loadContent({ root, now: NOW, drafts: false }).store!);
});

afterAll(async () => {
  await close?.();
});

const answer = (q: string) => script.search(pagefind, q, {}, async () => vocabulary);
const urls = async (hits: { result: { data(): Promise<{ url: string }> } }[], n: number) => Promise.all(hits.slice(0, n).map(async (h) => (await h.result.data()).url));

describe("the table of queries typed as Vietnamese is really typed", () => {
  it("has at least 40 queries, at least two in every class", () => {
    expect(VARIANT_CASES.length).toBeGreaterThanOrEqual(40);
    const counts = new Map<VariantClass, number>();
    for (const c of VARIANT_CASES) counts.set(c.class, (counts.get(c.class) ?? 0) + 1);
    for (const [cls, n] of counts) expect(n, cls).toBeGreaterThanOrEqual(2);
    for (const c of VARIANT_CASES) if (c.top3) expect(records.has(c.top3), c.top3).toBe(true);
  });

  for (const c of VARIANT_CASES) {
    it(`${c.class}: ${JSON.stringify(c.q)} → ${c.top3 ?? "nothing"}`, async () => {
      const a = await answer(c.q);
      expect(a.variant?.label, "the variant searched (Kết quả cho: …)").toBe(c.variant);
      expect(a.missing, "the words named as not found").toEqual(c.missing ?? []);
      if (c.suggest) expect(a.suggestions[0]?.query).toBe(c.suggest);
      if (c.none) {
        expect(a.hits).toEqual([]);
        expect(a.suggestions).toEqual([]);
        return;
      }
      const hits = c.class === "suggestion" ? (await answer(a.suggestions[0]!.query)).hits : a.hits;
      const top = await urls(hits, 3);
      expect(top, `${c.why}\nall: ${(await urls(hits, 10)).join(" ")}`).toContain(c.top3);
    });
  }
});

describe("the vocabulary", () => {
  it("holds every word of the index once, folded, and nothing the index does not hold", async () => {
    const words = readFileSync(join(site, VOCABULARY_URL.slice(1)), "utf8").trim().split("\n");
    expect(words.length).toBe(vocabulary.size);
    expect(new Set(words.map(fold)).size).toBe(words.length);
    for (const w of ["nang", "suat", "dao", "kaizen", "vietgap", "9001", "5s", "ocop", "sigma"]) expect(vocabulary.has(w), w).toBe(true);
    for (const w of ["blockchain", "nangsuat", "example"]) expect(vocabulary.has(w), w).toBe(false);
    // Each word finds a page in the current bundle or the archive, but for a few pieces of codes
    // Pagefind does not index alone ("ttg" of "1322/QĐ-TTg").
    const all = await loadPagefind(site, { ranking: script.ranking }, "all");
    const lost: string[] = [];
    try {
      for (const w of words) if (!(await script.find(all.pagefind, w)).length) lost.push(w);
    } finally {
      await all.close();
    }
    expect(lost.length, lost.join(" ")).toBeLessThanOrEqual(words.length / 100);
  });

  it("is small: under 16 KB, under 8 KB compressed", () => {
    const file = join(site, VOCABULARY_URL.slice(1));
    expect(statSync(file).size).toBeLessThan(16_000);
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(8_000);
  });
});

describe("at equal relevance", () => {
  it("“dao tao”: upcoming sessions come before past ones", async () => {
    const top = await urls((await answer("dao tao")).hits, 10);
    const sessions = top.filter((u) => records.get(u)?.session);
    const standing = sessions.map((u) => records.get(u)!.session);
    expect(standing.filter((s) => s !== "da-dien-ra").length, top.join("\n")).toBeGreaterThan(0);
    expect(standing.lastIndexOf("dang-nhan-dang-ky")).toBeLessThan(Math.max(standing.indexOf("sap-dien-ra"), standing.indexOf("da-dien-ra"), standing.length));
    expect(standing.indexOf("da-dien-ra"), top.join("\n")).toBeGreaterThan(Math.max(standing.lastIndexOf("dang-nhan-dang-ky"), standing.lastIndexOf("sap-dien-ra")));
  });

  it("a session never takes the place of the guide on its subject", async () => {
    for (const [q, guide] of [
      ["truy xuat nguon goc", "/huong-dan/truy-xuat-nguon-goc-san-pham-hang-hoa/"],
      ["nang suat xanh", "/huong-dan/nang-suat-xanh-cho-doanh-nghiep/"],
      ["vietgap", "/huong-dan/san-xuat-theo-vietgap/"],
    ] as const) {
      const exact = await urls(await script.find(pagefind, q), 10);
      const shown = await urls((await answer(q)).hits, 10);
      expect(shown.indexOf(guide), q).toBe(exact.indexOf(guide));
    }
  });
});
