/** What the index holds for each page beside its text: kind, facets, date, place. */
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { filterValues, indexableHtml, kindLabels, recordHtml, searchRecords, separateWords, type SearchRecord } from "../../src/search/record.ts";
import { NOW, REPO } from "../helpers/site.ts";

const store = loadContent({ root: REPO, now: NOW, drafts: false }).store!;
const records = searchRecords(store);

describe("searchRecords", () => {
  it("gives every content page one kind, and nothing to lists", () => {
    const count = store.plans.length + store.guides.length + store.sessions.length + store.activities.length + store.topics.size + store.agencies.size + store.pages.length + store.documents.length + store.questions.length + [...store.provinces.values()].filter((p) => !p.validTo).length;
    expect(records.size).toBe(count);
    for (const [url, r] of records) expect(r.filters.loai, url).toHaveLength(1);
    for (const url of ["/", "/dao-tao/", "/ke-hoach/", "/tim-kiem/", "/huong-dan-bien-tap/"]) expect(records.has(url), url).toBe(false);
    expect(records.get(store.plans[0]!.url)!.filters.loai).toEqual([kindLabels.plan]);
    expect(records.get("/chu-de/5s/")!.filters.loai).toEqual([kindLabels.topic]);
  });

  it("a document: its date of issue to show and sort by, its year, and its own kind; a question has its own kind", () => {
    const r = records.get("/van-ban/1684-nq-ubtvqh15/")!;
    expect(r.filters).toEqual({ loai: ["Văn bản"], tinh: ["Tuyên Quang"], nam: ["2025"] });
    expect(r.meta.date).toBe("16/06/2025");
    expect(r.sort).toEqual({ date: "2025-06-16" });
    expect(records.get("/hoi-dap/iso-56001-va-iso-56002/")!.filters).toEqual({ loai: ["Hỏi đáp"], "chu-de": ["Quản lý đổi mới sáng tạo ISO 56000"], nam: ["2026"] });
  });

  it("a training: its time and place to show, province, topics, year, and its start to sort by", () => {
    const r = records.get("/dao-tao/dn-2027-06-lean-six-sigma-dai-xanh/")!;
    expect(r.filters).toEqual({ loai: ["Đào tạo"], tinh: ["Đà Nẵng"], "chu-de": ["Lean và Lean Six Sigma"], nam: ["2027"] });
    expect(r.meta.date).toMatch(/^07\/06\/2027/);
    expect(r.meta.place).toContain("thành phố Đà Nẵng");
    expect(r.sort).toEqual({ date: "2027-06-07" });
  });

  it("a plan spans the years of its period; a guide shows the day it was updated", () => {
    const plan = records.get("/ke-hoach/quang-nam-2022-2025/")!;
    expect(plan.filters.nam).toEqual(["2022", "2023", "2024", "2025"]);
    expect(plan.meta.date).toBe("Giai đoạn 2022-2025");
    const guide = records.get("/huong-dan/san-xuat-theo-vietgap/")!;
    expect(guide.meta).toEqual({ date: "30/06/2025" });
    expect(guide.sort).toEqual({ date: "2025-06-30" });
  });

  it("names the province merged into a page's province before the page's date", () => {
    // Quảng Nam merged into Đà Nẵng on 1/7/2025.
    expect(records.get("/dao-tao/dn-2027-09-truy-xuat-vietgap/")!.meta["tinh-cu"]).toBe("Quảng Nam");
    expect(records.get("/dao-tao/qn-2025-02-nhan-thuc-nang-suat/")!.meta["tinh-cu"]).toBeUndefined();
    expect(records.get("/dao-tao/tt-2026-03-chuyen-doi-so/")!.meta["tinh-cu"]).toBeUndefined();
  });

  it("lists each facet's values once, kinds in a fixed order, years newest first", () => {
    const values = filterValues(records.values());
    expect(values.loai).toEqual(Object.values(kindLabels));
    expect(values.nam).toEqual([...values.nam].sort().reverse());
    expect(values.tinh).toContain("Quảng Nam");
    expect(new Set(values["chu-de"]).size).toBe(values["chu-de"].length);
  });
});

describe("the HTML given to Pagefind", () => {
  const record: SearchRecord = { meta: { date: "01/02/2026", place: "A & B <C>" }, filters: { loai: ["Đào tạo"], "chu-de": ["Truy xuất nguồn gốc sản phẩm, hàng hóa"] }, sort: { date: "2026-02-01" } };

  it("carries each value in its own element, text escaped, commas kept", () => {
    expect(recordHtml(record)).toBe(
      '<div hidden><span data-pagefind-filter="loai">Đào tạo</span><span data-pagefind-filter="chu-de">Truy xuất nguồn gốc sản phẩm, hàng hóa</span><span data-pagefind-meta="date">01/02/2026</span><span data-pagefind-meta="place">A &amp; B &lt;C&gt;</span><span data-pagefind-sort="date">2026-02-01</span></div>',
    );
  });

  it("puts the record after <main>, outside the indexed text, and keeps words of adjacent cells apart", () => {
    const html = indexableHtml("<html><body><main data-pagefind-body><dl><div><dt>Thời gian</dt><dd>15/09/2025</dd></div></dl></main></body></html>", record);
    expect(html).toMatch(/<\/main><div hidden>.*<\/div><\/body><\/html>$/);
    expect(html).toContain("<dt>Thời gian</dt> <dd>15/09/2025</dd> ");
    expect(separateWords("<tr><th>A</th><th>B</th></tr>")).toBe("<tr><th>A</th> <th>B</th> </tr>");
  });
});
