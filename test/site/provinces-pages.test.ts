/**
 * The province pages and the national picture as built: a page per current unit, a redirect
 * page per former unit, every link of those pages leads to a file of the site, and the charts
 * of /so-lieu/ (the SVG and the table behind it) show the numbers of the content. The charts are
 * checked twice: on a small fixture whose totals are known by hand, and on the bundled site
 * against numbers counted here from the store, independently of src/site/figures.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Store } from "../../src/store.ts";
import { build, copyProject, facts, NOW, page, text } from "../helpers/site.ts";
import { FIXTURES } from "../helpers/project.ts";

/** "1.234" → 1234: numbers as the charts write them, with Vietnamese separators. */
const number = (s: string): number => Number(s.replace(/\./g, "").replace(",", "."));

/** A chart's rows, from the SVG's text and from its table, as label → value. */
function chart($: CheerioAPI, id: string): { svg: Record<string, number>; table: Record<string, number> } {
  const svg: Record<string, number> = {};
  $(`#${id} svg .chart-row`).each((_, g) => {
    svg[text($(g).find(".chart-label").text())] = number(text($(g).find(".chart-value").text()));
  });
  const table: Record<string, number> = {};
  $(`#${id} table tbody tr`).each((_, tr) => {
    table[text($(tr).find("th").text())] = number(text($(tr).find("td").text()));
  });
  return { svg, table };
}

/** A document of the test library (numbers made up for the test, never published). */
const testDocument = (front: string): string => `---\nform: quyet-dinh\nsummary: Văn bản dùng cho kiểm thử\n${front}\n---\n`;

describe("a fixture with known totals", () => {
  let $: CheerioAPI;
  let out: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "portal-figures-"));
    cpSync(join(FIXTURES, "minimal"), root, { recursive: true });
    // The province pages' documents: one naming a former unit (Quảng Nam → Đà Nẵng), one replaced
    // by it, one issued by Tuyên Quang's department, one for the whole country.
    mkdirSync(join(root, "content", "documents"));
    const docs: Record<string, string> = {
      "qn-cu": "number: 1/QĐ-THU\nauthority: Cơ quan thử nghiệm\nissued: 2024-01-10\nprovinces: [quang-nam]",
      "qn-moi": "number: 2/QĐ-THU\nauthority: Cơ quan thử nghiệm\nissued: 2025-01-10\nprovinces: [quang-nam]\nreplaces: [qn-cu]",
      "tq-so": "number: 3/QĐ-THU\nissuer: so-khcn-tuyen-quang\nissued: 2026-01-10",
      "ca-nuoc": "number: 4/QĐ-THU\nauthority: Cơ quan thử nghiệm\nissued: 2026-02-10",
    };
    for (const [id, front] of Object.entries(docs)) writeFileSync(join(root, "content", "documents", `${id}.md`), testDocument(front));
    const built = await build(root);
    expect(built.result.ok, JSON.stringify(built.result)).toBe(true);
    out = built.outDir;
    $ = page(out, "/so-lieu/");
  });

  it("lists on a province page the documents naming it or its former units, with their effect and a link", () => {
    const dn = page(out, "/tinh/da-nang/");
    const rows = dn(".province-documents li")
      .map((_, li) => ({ link: dn(li).find("a").attr("href"), title: text(dn(li).find("a").text()), status: text(dn(li).find(".status").text()) }))
      .get();
    expect(rows).toEqual([
      { link: "/van-ban/qn-moi/", title: "Quyết định 2/QĐ-THU", status: "Còn hiệu lực" },
      { link: "/van-ban/qn-cu/", title: "Quyết định 1/QĐ-THU", status: "Hết hiệu lực" },
    ]);
    for (const r of rows) expect(existsSync(join(out, r.link!, "index.html")), r.link).toBe(true);
    const tq = page(out, "/tinh/tuyen-quang/");
    expect(tq(".province-documents a").map((_, a) => tq(a).attr("href")).get()).toEqual(["/van-ban/tq-so/"]);
    // A document for the whole country is on no province page.
    expect(dn.html() + tq.html()).not.toContain("/van-ban/ca-nuoc/");
  });

  // The minimal fixture: one completed session (12-13/3/2026, Tuyên Quang, 120 participants,
  // topic nang-suat-chat-luong, in person); two upcoming ones (one in person, one online).
  it("draws the hand-counted numbers, the same in the SVG and in the table", () => {
    const expected: Record<string, Record<string, number>> = {
      "khoa-theo-quy": { "Quý 1/2026": 1 },
      "nguoi-theo-quy": { "Quý 1/2026": 120 },
      "khoa-theo-tinh": { "Tuyên Quang": 1, "TP Đà Nẵng": 0 },
      "nguoi-theo-tinh": { "Tuyên Quang": 120, "TP Đà Nẵng": 0 },
    };
    for (const [id, rows] of Object.entries(expected)) {
      const { svg, table } = chart($, id);
      expect(svg, id).toEqual(rows);
      expect(table, id).toEqual(rows);
    }
    expect(Object.values(chart($, "khoa-theo-chu-de").table)).toEqual([1]);
    expect($("#so-lieu-khoa .figure-number").text()).toBe("1");
    expect($("#so-lieu-nguoi .figure-number").text()).toBe("120");
  });

  it("draws the tile map with the hand-counted numbers, each tile linking to its unit's page", () => {
    const tiles = $("#ban-do-khoa-theo-tinh svg a.tile");
    const shown = Object.fromEntries(tiles.map((_, a) => [[$(a).attr("href"), number($(a).find(".tile-value").text())]]).get());
    // The minimal fixture has two current units; both are placed on the grid.
    expect(shown).toEqual({ "/tinh/tuyen-quang/": 1, "/tinh/da-nang/": 0 });
    expect($('a.tile[href="/tinh/tuyen-quang/"]').attr("aria-label")).toBe("TQ 1 khóa – Tỉnh Tuyên Quang");
    expect($('a.tile[href="/tinh/tuyen-quang/"] .tile-short').text()).toBe("TQ");
    // The shade repeats the number: the unit with none is unshaded, the legend names each shade.
    expect($('a.tile[href="/tinh/da-nang/"]').attr("class")).toBe("tile tile-0");
    expect($('a.tile[href="/tinh/tuyen-quang/"]').attr("class")).toBe("tile tile-1");
    expect($("#ban-do-khoa-theo-tinh .tile-legend li").map((_, li) => text($(li).text())).get()).toEqual(["0 khóa", "1 khóa"]);
  });

  it("gives every chart a title, a one-sentence caption and a picture named by both", () => {
    $("figure.chart").each((_, f) => {
      const id = $(f).attr("id")!;
      expect(text($(f).find(".chart-title").text()).length, id).toBeGreaterThan(0);
      expect(text($(f).find(".chart-caption").text()), id).toMatch(/^[^.]+\.$/);
      const svg = $(f).find("svg");
      if (svg.length) expect(svg.attr("aria-labelledby"), id).toBe(`${id}-tieu-de ${id}-chu-thich`);
    });
  });
});

describe("the bundled site", () => {
  let out: string;
  let store: Store;
  /** The current unit a unit belongs to, followed here by hand from the data. */
  const current = (id: string): string => {
    let p = store.provinces.get(id)!;
    while (p.validTo) p = store.provinces.get(p.successor!)!;
    return p.id;
  };
  beforeAll(async () => {
    const root = copyProject();
    const built = await build(root);
    expect(built.result.ok).toBe(true);
    out = built.outDir;
    store = loadContent({ root, now: NOW }).store!;
  });

  it("has a page for each of the 34 units, whose links all lead to files of the site", () => {
    const current = [...store.provinces.values()].filter((p) => !p.validTo);
    expect(current).toHaveLength(34);
    for (const p of current) {
      const $ = page(out, `/tinh/${p.id}/`);
      expect($("h1").text(), p.id).toMatch(new RegExp(`^(Tỉnh|Thành phố) ${p.name}$`));
      expect(facts($, ".facts")["Mã số"], p.id).toBe(p.code);
      $("main a[href^='/']").each((_, a) => {
        const href = $(a).attr("href")!.split("#")[0]!;
        const file = join(out, href.endsWith("/") ? `${href}index.html` : href);
        expect(existsSync(file), `${p.id} → ${href}`).toBe(true);
      });
    }
  });

  it("says what a merged unit was formed from and links the former units' addresses", () => {
    const $ = page(out, "/tinh/da-nang/");
    expect(text($(".formed-from").text())).toBe("Thành lập từ ngày 01/07/2025 trên cơ sở hợp nhất thành phố Đà Nẵng và tỉnh Quảng Nam (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội).");
    expect($('.facts a[href="/tinh/quang-nam/"]').length).toBe(1);
    expect($('main a[href="/co-quan/so-khcn-da-nang/"]').length).toBeGreaterThan(0);
    expect(text($('.province-documents a[href="/van-ban/1659-nq-ubtvqh15/"]').parent().text())).toContain("1659/NQ-UBTVQH15 Còn hiệu lực");
    const qn = page(out, "/tinh/quang-ninh/");
    expect(text(qn(".facts").text())).toContain("Tỉnh đến ngày 31/08/2026");
    expect(text(qn(".facts").text())).toContain("Thành phố trực thuộc trung ương từ ngày 01/09/2026 (Nghị quyết số 36/2026/QH16 ngày 24/8/2026 của Quốc hội)");
  });

  it("links every provincial department of science and technology it shows to its province's page", () => {
    const departments = new Map([...store.agencies.values()].filter((a) => a.kind === "department" && a.province && a.name.startsWith("Sở Khoa học và Công nghệ")).map((a) => [`/co-quan/${a.id}/`, a]));
    expect(departments.size).toBeGreaterThanOrEqual(34);
    const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith("index.html") && !f.startsWith("tinh/") && f !== "co-quan/index.html");
    let seen = 0;
    const where = new Set<string>();
    for (const file of pages) {
      const url = `/${file.replace(/index\.html$/, "")}`;
      const $ = page(out, url);
      $("main a").each((_, a) => {
        const agency = departments.get($(a).attr("href") ?? "");
        // A department shown by its name (not "the reorganised agency" after the same name).
        if (!agency || text($(a).text()) !== agency.name) return;
        seen++;
        where.add(url.split("/")[1]!);
        // The province's link, after any note on what became of the agency, in one parenthesis.
        const next = $(a).next(".agency-province").find('a[href^="/tinh/"]');
        expect(next.attr("href"), `${url}: ${agency.id}`).toBe(`/tinh/${current(agency.province!)}/`);
        if (current(agency.province!) !== agency.province) expect(text(next.parent().text()), `${url}: ${agency.id}`).toMatch(/^\((.+; )?nay thuộc (tỉnh|thành phố) /);
      });
    }
    // Plans, sessions and agencies show departments; each one above was checked.
    expect([...where].sort()).toEqual(expect.arrayContaining(["co-quan", "dao-tao", "ke-hoach"]));
    expect(seen).toBeGreaterThan(10);
    // A department's own page and a plan's area link the province too.
    const agency = page(out, "/co-quan/so-khcn-tuyen-quang/");
    expect(agency('.facts dt:contains("Tỉnh, thành phố") + dd a').attr("href")).toBe("/tinh/tuyen-quang/");
    const plan = page(out, "/ke-hoach/quang-nam-2022-2025/");
    expect(facts(plan, ".facts")["Địa bàn"]).toBe("Quảng Nam (nay thuộc thành phố Đà Nẵng)");
    expect(plan('.facts a[href="/tinh/da-nang/"]').length).toBeGreaterThan(0);
  });

  it("offers in the calendar's province filter today's units that have sessions, in Vietnamese order, and every name old and new", () => {
    const $ = page(out, "/dao-tao/");
    const offered = $('.facets a[data-key="tinh"]').map((_, a) => ({ id: $(a).attr("data-value")!, label: text($(a).text()) })).get();
    const withSessions = new Set(store.sessions.map((s) => current(s.province)));
    const expected = [...store.provinces.values()].filter((p) => !p.validTo && withSessions.has(p.id)).sort((a, b) => new Intl.Collator("vi").compare(a.name, b.name));
    expect(offered).toEqual(expected.map((p) => ({ id: p.id, label: p.name })));
    expect(offered.map((o) => o.id)).toContain("da-nang");
    expect(offered.map((o) => o.id)).not.toContain("quang-nam");
    // A session held in Quảng Nam before the merger is Đà Nẵng's on the calendar.
    expect($('.session-card[data-province="quang-nam"]').length).toBe(0);
    // The lookup knows every unit's name: the 34 current ones and the former ones with an id of their own.
    const options = $("#ten-tinh option");
    expect(options.length).toBe(store.provinces.size);
    const qn = $('#ten-tinh option[value="Quảng Nam"]');
    expect([qn.attr("data-to"), qn.attr("data-note")]).toEqual(["da-nang", "Quảng Nam nay thuộc thành phố Đà Nẵng"]);
    expect($('#ten-tinh option[value="Hà Giang"]').attr("data-note")).toBe("Hà Giang nay thuộc tỉnh Tuyên Quang");
    expect($('#ten-tinh option[value="Đà Nẵng"]').attr("data-note")).toBe("");
    // The former unit's calendar page, published while it had sessions, now redirects.
    const old = page(out, "/dao-tao/tinh/quang-nam/");
    expect(old('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/dao-tao/tinh/da-nang/");
    expect(old('link[rel="canonical"]').attr("href")).toBe("https://nangsuat.example.gov.vn/dao-tao/tinh/da-nang/");
    expect(text(old("h1").text())).toBe("Quảng Nam nay thuộc thành phố Đà Nẵng");
    expect(page(out, "/sitemap.xml").xml()).not.toContain("/dao-tao/tinh/quang-nam/");
  });

  it("keeps each former unit's address as a redirect to its successor, with rel=canonical, out of the sitemap", () => {
    const former = [...store.provinces.values()].filter((p) => p.validTo);
    expect(former).toHaveLength(29);
    const sitemap = page(out, "/sitemap.xml").xml();
    for (const p of former) {
      const $ = page(out, `/tinh/${p.id}/`);
      expect($('link[rel="canonical"]').attr("href"), p.id).toBe(`https://nangsuat.example.gov.vn/tinh/${p.successor}/`);
      expect($('meta[http-equiv="refresh"]').attr("content"), p.id).toBe(`0; url=/tinh/${p.successor}/`);
      expect($(`main a[href="/tinh/${p.successor}/"]`).length, p.id).toBe(1);
      expect(sitemap).not.toContain(`gov.vn/tinh/${p.id}/<`);
      expect(sitemap).toContain(`gov.vn/tinh/${p.successor}/<`);
    }
  });

  it("charts the numbers of the content, counted here from the store", () => {
    const $ = page(out, "/so-lieu/");
    const held = store.sessions.filter((s) => s.status === "completed" && s.end.date <= store.today);
    const { svg, table } = chart($, "nguoi-theo-tinh");
    expect(Object.keys(svg)).toHaveLength(34);
    expect(table).toEqual(svg);
    for (const p of [...store.provinces.values()].filter((x) => !x.validTo)) {
      const label = Object.keys(svg).find((k) => k === p.name || k === `TP ${p.name}`)!;
      const expected = held.filter((s) => current(s.province) === p.id).reduce((n, s) => n + (s.results?.participants ?? 0), 0);
      expect(svg[label], p.id).toBe(expected);
    }
    // The tile map: 34 tiles, one per unit, each linking to a page that exists, each with the
    // number of trainings held there, equal to the table beside it.
    const tiles = $("#ban-do-khoa-theo-tinh svg a.tile");
    expect(tiles.length).toBe(34);
    const cells = new Set<string>();
    tiles.each((_, a) => {
      const href = $(a).attr("href")!;
      const id = href.split("/")[2]!;
      expect(existsSync(join(out, href, "index.html")), href).toBe(true);
      expect(store.provinces.get(id)?.validTo, id).toBeUndefined();
      const rect = $(a).find("rect");
      cells.add(`${rect.attr("x")},${rect.attr("y")}`);
      const expected = held.filter((s) => current(s.province) === id).length;
      expect(number($(a).find(".tile-value").text()), id).toBe(expected);
      expect($(a).attr("aria-label"), id).toMatch(new RegExp(`^\\S+ ${expected} khóa – (Tỉnh|Thành phố) ${store.provinces.get(id)!.name}$`));
      expect(number($(`#ban-do-khoa-theo-tinh tr[data-key="${id}"] td.num`).text()), id).toBe(expected);
    });
    expect(cells.size, "no two tiles on one square").toBe(34);
    expect(page(out, "/tinh/")("#ban-do-khoa-theo-tinh svg a.tile").length).toBe(34);
    const quarters = chart($, "khoa-theo-quy");
    expect(quarters.table).toEqual(quarters.svg);
    expect(Object.values(quarters.svg).reduce((a, b) => a + b, 0)).toBe(held.length);
    const formats = chart($, "khoa-theo-hinh-thuc").table;
    expect(formats["Trực tuyến"]).toBe(store.sessions.filter((s) => s.status !== "cancelled" && s.format === "online").length);
    expect(number($("#so-lieu-nguoi .figure-number").text())).toBe(held.reduce((n, s) => n + (s.results?.participants ?? 0), 0));
    // The home page shows the same key figures.
    expect(page(out, "/")("#so-lieu-nguoi .figure-number").text()).toBe($("#so-lieu-nguoi .figure-number").text());
  });
});
