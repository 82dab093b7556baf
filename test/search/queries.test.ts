/**
 * The query set (./queries.ts) against the real index of the bundled site, in Node: Pagefind's
 * own pagefind.js and WebAssembly, and the search page's own query logic
 * (layouts/assets/search.js), vocabulary included. The same cases run in Chromium in
 * test/e2e/search.test.ts. Queries typed as readers really type them are in
 * ./variants-site.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { fold, nfc } from "../../src/search/fold.ts";
import { searchRecords, type SearchRecord } from "../../src/search/record.ts";
import { archiveYears, loadPagefind, loadSearchScript, loadVocabulary, type Pagefind, type PagefindPage, type SearchHit } from "../helpers/search-node.ts";
import type { Vocabulary } from "../../layouts/assets/search-words.js";
import { build, copyProject, NOW } from "../helpers/site.ts";
import { CASES, EXACT_FIRST, PHRASE_FIRST, type SearchCase } from "./queries.ts";

const script = loadSearchScript();
let site: string;
let pagefind: Pagefind;
let close: () => Promise<void>;
let records: Map<string, SearchRecord>;
let vocabulary: Vocabulary;

beforeAll(async () => {
  const root = copyProject();
  const built = await build(root);
  expect(built.result.ok).toBe(true);
  site = built.outDir;
  // The query set covers every year: the current bundle with the whole archive merged, as the
  // search page searches with "Tìm cả các năm trước" (test/site/search-partitions.test.ts
  // covers the current bundle alone).
  ({ pagefind, close } = await loadPagefind(site, { ranking: script.ranking }, "all"));
  vocabulary = loadVocabulary(site);
  records = searchRecords(loadContent({ root, now: NOW, drafts: false }).store!);
});

afterAll(async () => {
  await close?.();
});

const pages = (hits: readonly SearchHit[], n = hits.length): Promise<PagefindPage[]> => Promise.all(hits.slice(0, n).map((h) => h.result.data()));
const options = (c: Pick<SearchCase, "filters" | "sort">) => ({ ...(c.filters ? { filters: c.filters } : {}), ...(c.sort ? { sort: c.sort } : {}) });
/** What the search page does with a query. */
const answer = (c: Pick<SearchCase, "q" | "filters" | "sort">) => script.search(pagefind, c.q, options(c), async () => vocabulary);
const search = async (c: Pick<SearchCase, "q" | "filters" | "sort">) => (await answer(c)).hits;
const label = (c: SearchCase) => `${JSON.stringify(c.q)}${c.filters ? ` ${JSON.stringify(c.filters)}` : ""}${c.sort ? ` (${c.sort})` : ""} → ${c.top3 ?? "nothing"}`;

/** A page's words as Pagefind compares them: lower case, NFC, punctuation dropped. */
const words = (text: string): string[] =>
  nfc(text)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[\p{P}\p{S}]/gu, ""))
    .filter(Boolean);

describe("the query set", () => {
  it("has at least 30 queries, each with an expected top result or none", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of CASES) expect(Boolean(c.top3) !== Boolean(c.none), label(c)).toBe(true);
    // Every expected page exists and is in the index.
    for (const c of CASES) if (c.top3) expect(records.has(c.top3), c.top3).toBe(true);
  });

  for (const c of CASES) {
    it(label(c), async () => {
      const hits = await search(c);
      if (c.none) {
        expect(hits.length).toBe(0);
        return;
      }
      const top = (await pages(hits, 3)).map((p) => p.url);
      expect(top, `${c.why}\nall: ${(await pages(hits, 10)).map((p) => p.url).join(" ")}`).toContain(c.top3);
    });
  }
});

describe("queries the index answers as typed", () => {
  // The query as typed is searched as before (`find`); variants are only tried when it finds
  // fewer than FEW pages holding all its words together, and none of these needs one. The only
  // change in order is within pages of equal relevance (upcoming sessions, then recent pages).
  for (const c of CASES.filter((c) => c.q)) {
    it(`${label(c)}: the same pages as the query alone, in the same order but for equal relevance`, async () => {
      const exact = await script.find(pagefind, c.q, options(c));
      const shown = await answer(c);
      expect(shown.variant).toBeNull();
      expect(shown.found).toBe(exact.length);
      expect(shown.hits.length).toBe(exact.length);
      // Each run of equally relevant pages keeps its place; only its inside is reordered.
      const groups: SearchHit[][] = [];
      for (const h of exact) {
        const head = groups.at(-1)?.[0];
        if (!c.sort && head && head.phrase === h.phrase && head.exact === h.exact && head.penalty === h.penalty && h.score >= head.score * (1 - script.equal)) groups.at(-1)!.push(h);
        else groups.push([h]);
      }
      let at = 0;
      for (const g of groups) {
        expect(new Set(shown.hits.slice(at, at + g.length).map((h) => h.id)), `${c.q}: results ${at + 1}-${at + g.length}`).toEqual(new Set(g.map((h) => h.id)));
        at += g.length;
      }
    });
  }
});

describe("ranking", () => {
  it.each(EXACT_FIRST)("%s: pages with the word exactly as typed come before pages with another spelling", async (q) => {
    const found = await pages(await search({ q }));
    const exact = found.map((p) => words(p.content).some((w) => w.startsWith(nfc(q))));
    expect(exact.filter(Boolean).length, "some page holds the exact spelling").toBeGreaterThan(0);
    expect(exact.filter((e) => !e).length, "some page holds only another spelling").toBeGreaterThan(0);
    expect(exact.indexOf(false), found.map((p, i) => `${exact[i] ? "=" : "~"} ${p.url}`).join("\n")).toBeGreaterThan(exact.lastIndexOf(true));
  });

  it('"đường" is not "dương": typed with đ, it finds only words with đ', async () => {
    const found = await pages(await search({ q: "đường" }));
    expect(found.length).toBeGreaterThan(3);
    for (const p of found) expect(words(p.content).some((w) => w.startsWith("đ") && fold(w).startsWith("duong")), p.url).toBe(true);
  });

  it.each(PHRASE_FIRST)("%s: pages holding the phrase come before pages with its words apart", async (q) => {
    const wanted = words(fold(q));
    const found = await pages(await search({ q }));
    const phrase = found.map((p) => {
      // Pagefind searches meta too: the former province ("Quảng Nam") is part of a page's words.
      const w = words(fold([p.content, ...Object.values(p.meta)].join(" ")));
      return w.some((_, i) => wanted.every((x, j) => w[i + j] === x));
    });
    expect(phrase.filter(Boolean).length).toBeGreaterThan(0);
    if (phrase.includes(false)) expect(phrase.indexOf(false), found.map((p, i) => `${phrase[i] ? "=" : "~"} ${p.url}`).join("\n")).toBeGreaterThan(phrase.lastIndexOf(true));
  });

  it('"dao tao" finds "đào tạo" and never pages that only have "tạo"', async () => {
    const found = await pages(await search({ q: "dao tao" }));
    expect(found.length).toBeGreaterThan(30);
    for (const p of found) expect(words(fold(p.content)), p.url).toContain("dao");
  });

  it("a query with or without marks, in any case or normal form, finds the same pages", async () => {
    const forms = ["đào tạo năng suất", "dao tao nang suat", "ĐÀO TẠO NĂNG SUẤT", "Dao Tao Nang Suat", "đào tạo năng suất".normalize("NFD"), "dào tạo năng suất"];
    const sets = await Promise.all(forms.map(async (q) => new Set((await search({ q })).map((h) => h.id))));
    for (const set of sets.slice(1)) expect([...set].sort()).toEqual([...sets[0]!].sort());
  });

  it("sorting by date puts results in date order, newest or oldest first", async () => {
    for (const sort of ["desc", "asc"] as const) {
      const dates = (await pages(await search({ q: "nang suat", sort }))).map((p) => records.get(p.url)!.sort.date ?? "");
      const dated = dates.filter(Boolean);
      expect(dated.length).toBeGreaterThan(20);
      expect(dated).toEqual([...dated].sort((a, b) => (sort === "desc" ? b.localeCompare(a) : a.localeCompare(b))));
      // Pages without a date (topics, agencies) come after the dated ones.
      expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
    }
  });
});

describe("results", () => {
  it("highlight the word a reader meant: “dang ky” marks “đăng ký”", async () => {
    const [first] = await pages(await search({ q: "dang ky" }), 1);
    const marked = [...first!.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1]!));
    expect(marked.some((w) => w.startsWith("dang"))).toBe(true);
    expect(first!.excerpt).toMatch(/<mark>[Đđ]ăng<\/mark>/);
  });

  it("show only words readers see on the page: nothing folded, no navigation, footer or notice", async () => {
    for (const c of CASES.filter((c) => c.top3)) {
      for (const p of await pages(await search(c), 3)) {
        const html = readFileSync(join(site, p.url, "index.html"), "utf8");
        const $ = load(html);
        const visible = new Set(
          $("main")
            .find("*")
            .addBack()
            .contents()
            .filter((_, n) => n.type === "text")
            .map((_, n) => words($(n).text()))
            .get(),
        );
        const shown = words(p.excerpt.replace(/<\/?mark>/g, ""));
        for (const w of shown) expect(visible.has(w), `${c.q} → ${p.url}: “${w}” in the excerpt is not on the page`).toBe(true);
        // Text outside <main> never reaches the index.
        expect(p.content).not.toContain("Bỏ qua, đến nội dung chính");
        expect(p.content).not.toContain("Trang trình diễn");
      }
    }
  });

  it("carry kind, date and, for a training, its place", async () => {
    const [session] = await pages(await search({ q: "lean six sigma dai xanh" }), 1);
    expect(session!.url).toBe("/dao-tao/dn-2027-06-lean-six-sigma-dai-xanh/");
    expect(session!.filters.loai).toEqual(["Đào tạo"]);
    expect(session!.meta.date).toMatch(/^\d{2}\/\d{2}\/\d{4}/);
    expect(session!.meta.place).toContain("Đà Nẵng");
    const [guide] = await pages(await search({ q: "iso 9001", filters: { loai: "Hướng dẫn" } }), 1);
    expect(guide!.filters.loai).toEqual(["Hướng dẫn"]);
    expect(guide!.meta.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(guide!.meta.place).toBeUndefined();
  });
});

describe("the index", () => {
  it("holds the content pages, each with one kind, and no lists, home page or editors' guide", async () => {
    const filters = await pagefind.filters();
    const kinds = filters.loai ?? {};
    const bundles = ["", ...archiveYears(site)].map((y) => join(site, "pagefind", y, "pagefind-entry.json"));
    const entries = bundles.map((path) => JSON.parse(readFileSync(path, "utf8")) as { languages: Record<string, { page_count: number }> });
    const indexed = entries.flatMap((entry) => Object.values(entry.languages)).reduce((n, l) => n + l.page_count, 0);
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(indexed);
    expect(indexed).toBe(records.size);
    expect(Object.keys(kinds).sort()).toEqual(["Chủ đề", "Cơ quan, tổ chức", "Hướng dẫn", "Hỏi đáp", "Kế hoạch", "Tin tức", "Tỉnh, thành phố", "Trang thông tin", "Văn bản", "Đào tạo"].sort());
    const all = await pages(await search({ q: "", filters: { loai: "Trang thông tin" } }));
    expect(all.map((p) => p.url).sort()).toEqual(["/gioi-thieu/", "/lien-he/", "/tuyen-bo-tiep-can/"]);
  });

  it("filter values are NFC, so each facet value appears once", async () => {
    const filters = await pagefind.filters();
    for (const [key, values] of Object.entries(filters)) for (const v of Object.keys(values)) expect(v, key).toBe(nfc(v));
    // Each bundle's synthetic filter says where a page comes from, and "khoa-hoc" a session's
    // standing (for ranking at equal relevance): neither is a facet the search page offers.
    expect(Object.keys(filters).sort()).toEqual(["bundle", "chu-de", "khoa-hoc", "loai", "nam", "tinh"]);
  });
});
