/**
 * The national portal in Chromium: old province names found through the real search page, the
 * charts page and a province page judged by axe-core (WCAG 2.2 AA) at 375 and 1280 px in light
 * and dark schemes, with screenshots kept as artefacts (test-results/screenshots/). The bundled
 * site is built once and served over HTTP from 127.0.0.1. Fails (never skips) when Chromium is
 * missing.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatViolations, runAxe, searchResults, serveBundledSiteInChromium } from "../helpers/browser.ts";
import { REPO } from "../helpers/site.ts";

const SCREENSHOTS = join(REPO, "test-results", "screenshots");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const site = serveBundledSiteInChromium();

/** The paths of the results the search page shows for a query, in order. */
async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(`${site.server.origin}/tim-kiem/?${new URLSearchParams({ q })}`);
  return searchResults(page);
}

describe("old province names, through the search page", () => {
  const cases: [string, string][] = [
    ["quang nam", "/tinh/da-nang/"],
    ["Hà Giang", "/tinh/tuyen-quang/"],
    ["binh duong", "/tinh/ho-chi-minh/"],
  ];
  for (const [q, first] of cases)
    it(`"${q}" brings ${first} first`, async () => {
      const context = await site.browser.newContext({ locale: "vi-VN" });
      try {
        const shown = await search(await context.newPage(), q);
        expect(shown[0], `shown: ${shown.join(" ")}`).toBe(first);
      } finally {
        await context.close();
      }
    });
});

describe("a former province's address", () => {
  it("takes the reader to the province it joined", async () => {
    const context = await site.browser.newContext({ locale: "vi-VN" });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/tinh/quang-nam/`);
      await page.waitForURL((u) => u.pathname === "/tinh/da-nang/");
      expect(await page.locator("h1").innerText()).toBe("Thành phố Đà Nẵng");
    } finally {
      await context.close();
    }
  });
});

describe("the calendar's province filter, by an old name", () => {
  /** The calendar's state as a reader sees it: the URL's province, the note, the provinces of the cards shown. */
  async function state(page: Page) {
    await page.locator("details.filters").evaluate((d) => ((d as HTMLDetailsElement).open = true));
    return {
      tinh: new URL(page.url()).searchParams.get("tinh"),
      note: (await page.locator("[data-province-note]").innerText()).trim(),
      shown: [...new Set(await page.locator(".session-card:visible").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-province"))))],
      summary: await page.locator("[data-filter-summary]").innerText(),
    };
  }

  it("selects the successor from an old name or id in the URL, and says so", async () => {
    const context = await site.browser.newContext({ locale: "vi-VN", viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/dao-tao/?tinh=quang-nam`);
      expect(await state(page)).toEqual({ tinh: "da-nang", note: "Quảng Nam nay thuộc thành phố Đà Nẵng.", shown: ["da-nang"], summary: ": Đà Nẵng" });
      await page.goto(`${site.server.origin}/dao-tao/?tinh=${encodeURIComponent("Hà Giang")}`);
      expect(await state(page)).toEqual({ tinh: "tuyen-quang", note: "Hà Giang nay thuộc tỉnh Tuyên Quang.", shown: ["tuyen-quang"], summary: ": Tuyên Quang" });
      // A successor with nothing on the calendar: the reader is told, and nothing is hidden.
      await page.goto(`${site.server.origin}/dao-tao/?tinh=binh-duong`);
      const none = await state(page);
      expect(none.tinh).toBeNull();
      expect(none.note).toBe("Bình Dương nay thuộc thành phố Hồ Chí Minh. Lịch chưa có khóa nào tại thành phố Hồ Chí Minh.");
      expect(await page.locator(".session-card:not(:visible)").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("selects the successor from a name typed with or without tone marks, and clears the note when another is chosen", async () => {
    const context = await site.browser.newContext({ locale: "vi-VN", viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/dao-tao/`);
      const input = page.getByLabel("Tìm theo tên tỉnh, thành phố (cả tên trước ngày 01/7/2025)");
      await input.fill("quang nam");
      await input.press("Enter");
      expect(await state(page)).toEqual({ tinh: "da-nang", note: "Quảng Nam nay thuộc thành phố Đà Nẵng.", shown: ["da-nang"], summary: ": Đà Nẵng" });
      await input.fill("Tỉnh Tuyên Quang");
      await input.press("Enter");
      expect(await state(page)).toEqual({ tinh: "tuyen-quang", note: "", shown: ["tuyen-quang"], summary: ": Tuyên Quang" });
      await input.fill("Atlantis");
      await input.press("Enter");
      expect((await state(page)).note).toBe("Không tìm thấy tỉnh, thành phố “Atlantis”: hãy chọn một tên trong danh sách.");
      await page.locator('.facets a[data-key="tinh"][data-value="da-nang"]').click();
      expect(await state(page)).toEqual({ tinh: "da-nang", note: "", shown: ["da-nang"], summary: ": Đà Nẵng" });
      // The URL keeps the current unit, so the view survives a reload.
      await page.reload();
      expect((await state(page)).shown).toEqual(["da-nang"]);
    } finally {
      await context.close();
    }
  });
});

describe("the charts page, the provinces' list and a province page: WCAG 2.2 AA, no sideways scrolling, screenshots", () => {
  const PAGES: Record<string, string> = { "so-lieu": "/so-lieu/", "tinh-da-nang": "/tinh/da-nang/", tinh: "/tinh/", "dao-tao-quang-nam": "/dao-tao/?tinh=quang-nam" };
  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [375, 1280])
      it(`${colorScheme}, ${width} px`, async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const context = await site.browser.newContext({ locale: "vi-VN", bypassCSP: true, colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        try {
          const page = await context.newPage();
          for (const [name, path] of Object.entries(PAGES)) {
            await page.goto(`${site.server.origin}${path}`, { waitUntil: "networkidle" });
            // The tables behind the charts are judged too.
            await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
            const violations = await runAxe(page);
            expect(violations.length, formatViolations(`${path} [${colorScheme}, ${width}]`, violations)).toBe(0);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
            const file = join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`);
            rmSync(file, { force: true });
            await page.screenshot({ path: file, fullPage: true });
            const png = readFileSync(file);
            expect(existsSync(file) && png.subarray(0, 8).equals(PNG), file).toBe(true);
            expect(png.readUInt32BE(16), file).toBe(width);
          }
        } finally {
          await context.close();
        }
      });
});
