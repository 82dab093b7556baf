/**
 * Search through the real search page in Chromium: the query set of test/search/queries.ts
 * typed into the URL as a reader's link would carry it, and the page itself (form, filters,
 * back button, what a result shows). The bundled site is built once and served over HTTP
 * from 127.0.0.1. Fails (never skips) when Chromium is missing.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { collectProblems, searchResults as results, serveBundledSiteInChromium } from "../helpers/browser.ts";
import { CASES, type SearchCase } from "../search/queries.ts";

const site = serveBundledSiteInChromium();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const context = await site.browser.newContext({ locale: "vi-VN" });
  page = await context.newPage();
  collectProblems(page, problems);
});

const SORTS = { desc: "moi-nhat", asc: "cu-nhat" } as const;

function searchUrl(c: Pick<SearchCase, "q" | "filters" | "sort">): string {
  const params = new URLSearchParams();
  if (c.q) params.set("q", c.q);
  for (const [k, v] of Object.entries(c.filters ?? {})) params.set(k, v);
  if (c.sort) params.set("sap-xep", SORTS[c.sort]);
  // The query set covers every year: the archive is merged ("Tìm cả các năm trước").
  params.set("cac-nam-truoc", "1");
  return `${site.server.origin}/tim-kiem/?${params}`;
}

/** Waits for the page's answer, then returns the paths of the results shown, in order. */
describe("the query set, through the search page", () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.q)}${c.filters ? ` ${JSON.stringify(c.filters)}` : ""}${c.sort ? ` (${c.sort})` : ""} → ${c.top3 ?? "nothing"}`, async () => {
      await page.goto(searchUrl(c));
      const shown = await results(page);
      if (c.none) {
        expect(shown).toEqual([]);
        expect(await page.locator("[data-search-status]").innerText()).toMatch(/^Không tìm thấy/);
      } else {
        expect(shown.slice(0, 3), `${c.why}\nshown: ${shown.join(" ")}`).toContain(c.top3);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("the search page", () => {
  it("keeps the query in the URL; Back shows the previous query's results again", async () => {
    await page.goto(`${site.server.origin}/tim-kiem/`);
    await page.locator("#q").fill("dang ky");
    await page.locator("#q").press("Enter");
    await page.waitForURL((u) => u.searchParams.get("q") === "dang ky");
    const first = await results(page);
    expect(first.slice(0, 3)).toContain("/huong-dan/san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/");
    await page.locator("#q").fill("vietgap");
    await page.locator("#q").press("Enter");
    await page.waitForURL((u) => u.searchParams.get("q") === "vietgap");
    expect((await results(page)).slice(0, 3)).toContain("/huong-dan/san-xuat-theo-vietgap/");
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("q") === "dang ky");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.includes("dang ky"));
    expect(await page.locator("#q").inputValue()).toBe("dang ky");
    expect(await results(page)).toEqual(first);
  });

  it("shows Vietnamese filters; choosing one narrows the results and goes into the URL", async () => {
    await page.goto(searchUrl({ q: "vietgap" }));
    await results(page);
    const kind = page.locator('select[name="loai"]');
    expect(await kind.isVisible()).toBe(true);
    expect(await page.locator("label", { has: kind }).innerText()).toMatch(/^Loại/);
    expect(await kind.locator("option").allInnerTexts()).toEqual(["Tất cả", "Kế hoạch", "Hướng dẫn", "Đào tạo", "Tin tức", "Văn bản", "Hỏi đáp", "Chủ đề", "Cơ quan, tổ chức", "Tỉnh, thành phố", "Trang thông tin"]);
    for (const name of ["tinh", "chu-de", "nam", "sap-xep"]) expect(await page.locator(`select[name="${name}"]`).isVisible(), name).toBe(true);
    await kind.selectOption("Hướng dẫn");
    await page.waitForURL((u) => u.searchParams.get("loai") === "Hướng dẫn");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.includes("bộ lọc"));
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) expect(path).toMatch(/^\/huong-dan\//);
  });

  it("a training result shows its kind, date and place; excerpts hold only text and <mark>", async () => {
    await page.goto(searchUrl({ q: "lean six sigma dai xanh" }));
    await results(page);
    const first = page.locator(".search-results li").first();
    expect(await first.locator("h2 a").getAttribute("href")).toBe("/dao-tao/dn-2027-06-lean-six-sigma-dai-xanh/");
    expect(await first.locator(".meta").innerText()).toMatch(/^Đào tạo · \d{2}\/\d{2}\/\d{4}.* · .*Đà Nẵng/);
    const marks = await first.locator(".excerpt mark").allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toContain("đai");
    expect(await page.locator(".search-results .excerpt *:not(mark)").count()).toBe(0);
  });

  it("shows ten results, then more on request", async () => {
    await page.goto(searchUrl({ q: "nang suat" }));
    expect(await results(page)).toHaveLength(10);
    const status = await page.locator("[data-search-status]").innerText();
    const total = Number(/Tìm thấy (\d+)/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    await page.getByRole("button", { name: "Xem thêm kết quả" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".search-results li").length === 20);
  });

  it("a query from the header of any page opens the search page with its results", async () => {
    await page.goto(`${site.server.origin}/ke-hoach/`);
    await page.locator("#header-q").fill("truy xuat nguon goc");
    await page.locator("#header-q").press("Enter");
    await page.waitForURL((u) => u.pathname === "/tim-kiem/" && u.searchParams.get("q") === "truy xuat nguon goc");
    expect((await results(page)).slice(0, 3)).toContain("/huong-dan/truy-xuat-nguon-goc-san-pham-hang-hoa/");
    expect(problems).toEqual([]);
  });
});
