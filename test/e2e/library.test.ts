/**
 * The documents library in Chromium, on the bundled site: a document is found by its number as
 * people type it, through the real search page, and ranks above the pages that only cite it;
 * the list's filters narrow it in place; the citation line is copied with one button.
 * Fails (never skips) when Chromium is missing.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { collectProblems, searchResults as results, serveBundledSiteInChromium } from "../helpers/browser.ts";

const DOC = "/van-ban/1322-qd-ttg/";
/** Pages of the bundled content that cite Quyết định 1322/QĐ-TTg without being it. */
const CITING = ["/ke-hoach/tuyen-quang-2022-2025/", "/ke-hoach/quang-nam-2022-2025/", "/hoi-dap/tim-quyet-dinh-1322/", "/hoi-dap/chuong-trinh-quoc-gia-la-gi/"];

const site = serveBundledSiteInChromium();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const context = await site.browser.newContext({ locale: "vi-VN", permissions: ["clipboard-read", "clipboard-write"] });
  page = await context.newPage();
  collectProblems(page, problems);
});

describe("a document is found by its number as people type it", () => {
  for (const q of ["1322/QĐ-TTg", "1322/QD-TTg", "qd 1322", "quyet dinh 1322", "Quyết định 1322", "1322"]) {
    it(`${JSON.stringify(q)} → the document first, above the pages that cite it`, async () => {
      await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q })}`);
      const shown = await results(page);
      expect(shown[0], shown.join(" ")).toBe(DOC);
      // The citing pages are found too, after it.
      expect(shown.some((u) => CITING.includes(u)), shown.join(" ")).toBe(true);
      expect(problems).toEqual([]);
    });
  }

  it("another number: 202/2025/QH15 typed without its year, and a decree by its symbol without diacritics", async () => {
    await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q: "nghi quyet 202" })}`);
    expect((await results(page))[0]).toBe("/van-ban/202-2025-qh15/");
    await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q: "55/2025/ND-CP" })}`);
    expect((await results(page))[0]).toBe("/van-ban/55-2025-nd-cp/");
  });

  it("words of its summary without diacritics find it among the first three", async () => {
    await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q: "bang danh muc ma so don vi hanh chinh" })}`);
    expect((await results(page)).slice(0, 3)).toContain("/van-ban/19-2025-qd-ttg/");
  });

  it("the search page offers Văn bản and Hỏi đáp as kinds to filter by", async () => {
    await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q: "1322", loai: "Văn bản" })}`);
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((u) => u.startsWith("/van-ban/")), shown.join(" ")).toBe(true);
  });
});

describe("the list filters in place with JavaScript", () => {
  it("choosing a form hides the others and says how many are shown", async () => {
    await page.goto(`${site.server.origin}/van-ban/`);
    const all = await page.locator("[data-filter-item]:visible").count();
    expect(all).toBeGreaterThan(3);
    await page.locator('select[name="loai"]').selectOption("nghi-dinh");
    const shown = await page.locator("[data-filter-item]:visible .card-title a").allInnerTexts();
    expect(shown.sort()).toEqual(["Nghị định 45/2025/NĐ-CP", "Nghị định 55/2025/NĐ-CP"]);
    expect(await page.locator("[data-filter-count]").innerText()).toBe("Đang hiện 2 văn bản.");
    await page.locator('select[name="co-quan"]').selectOption("quoc-hoi");
    expect(await page.locator("[data-filter-item]:visible").count()).toBe(0);
    expect(await page.locator("[data-filter-empty]").isVisible()).toBe(true);
  });
});

describe("the document page", () => {
  it("copies the citation line with one button", async () => {
    await page.goto(`${site.server.origin}${DOC}`);
    await page.getByRole("button", { name: "Sao chép trích dẫn" }).click();
    await expect.poll(() => page.locator("[data-copy-status]").innerText()).toBe("Đã sao chép.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "Quyết định số 1322/QĐ-TTg ngày 31/08/2020 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030",
    );
  });

  it("prints without the menu, the search box or the copy button", async () => {
    await page.goto(`${site.server.origin}${DOC}`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-nav", ".search-form", ".copy-button", ".breadcrumbs"]) expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    expect(await page.locator("#trich-dan-van-ban").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });
});
