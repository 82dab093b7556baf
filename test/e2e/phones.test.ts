/**
 * The bundled site on phones (320 and 375 px) in Debian's Chromium: what a reader came for is
 * on screen without scrolling sideways (targets as cards), the breadcrumb stays short, the
 * calendar's one filter control, and sideways regions only for reference tables.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serveBundledSiteInChromium } from "../helpers/browser.ts";

const TARGET_PAGES = ["/", "/ke-hoach/tuyen-quang-2022-2025/", "/ke-hoach/quang-nam-2022-2025/"];
const GUIDE = "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/";

const site = serveBundledSiteInChromium();

async function onPhone<T>(width: number, run: (page: Page) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await site.browser.newContext({ locale: "vi-VN", viewport: { width, height: 740 }, javaScriptEnabled });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe("targets on phones", () => {
  for (const width of [320, 375]) {
    it(`at ${width} px every target's progress is on screen without scrolling sideways, and no cell of three or more words is narrower than 80 px`, async () => {
      await onPhone(width, async (page) => {
        for (const path of TARGET_PAGES) {
          await page.goto(`${site.server.origin}${path}`);
          const r = await page.evaluate(() => {
            const offscreen: string[] = [];
            const narrow: string[] = [];
            const rows = [...document.querySelectorAll("table.targets tbody tr")];
            for (const row of rows) {
              const bar = row.querySelector("progress");
              const verdict = row.querySelector(".met, .not-met");
              for (const el of [bar, verdict]) {
                if (!el) continue;
                const box = el.getBoundingClientRect();
                // On the page's own width, and not clipped by a scrolling region around it.
                let clipped = box.left < 0 || box.right > document.documentElement.clientWidth + 0.5;
                for (let a = el.parentElement; a; a = a.parentElement) {
                  const o = getComputedStyle(a).overflowX;
                  if (o === "auto" || o === "scroll" || o === "hidden") {
                    const c = a.getBoundingClientRect();
                    if (box.right > c.right + 0.5 || box.left < c.left - 0.5) clipped = true;
                  }
                }
                if (clipped || box.width === 0) offscreen.push(`${row.id} ${el.tagName.toLowerCase()} ${Math.round(box.left)}-${Math.round(box.right)}`);
              }
              for (const cell of row.querySelectorAll("th, td")) {
                const words = (cell.textContent ?? "").trim().split(/\s+/).filter(Boolean);
                const w = cell.getBoundingClientRect().width;
                if (words.length >= 3 && w < 80) narrow.push(`${row.id}: ${Math.round(w)} px "${words.slice(0, 4).join(" ")}…"`);
              }
            }
            return { rows: rows.length, offscreen, narrow, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
          });
          expect(r.rows, path).toBeGreaterThan(0);
          expect(r.offscreen, path).toEqual([]);
          expect(r.narrow, path).toEqual([]);
          expect(r.scroll, path).toBeLessThanOrEqual(r.client);
        }
      });
    });
  }

  it("a target table is never a sideways-scrolling region; reference tables that scroll are labelled, focusable and show they scroll", async () => {
    await onPhone(375, async (page) => {
      for (const path of [...TARGET_PAGES, "/du-lieu-mo/"]) {
        await page.goto(`${site.server.origin}${path}`);
        const r = await page.evaluate(() => ({
          wrapped: document.querySelectorAll(".table-scroll table.targets").length,
          regions: [...document.querySelectorAll(".table-scroll")].map((el) => {
            const style = getComputedStyle(el);
            return {
              label: el.getAttribute("aria-label") ?? (el.getAttribute("aria-labelledby") ? document.getElementById(el.getAttribute("aria-labelledby")!)?.textContent : null),
              role: el.getAttribute("role"),
              tabindex: el.getAttribute("tabindex"),
              overflowX: style.overflowX,
              cue: style.backgroundImage,
            };
          }),
        }));
        expect(r.wrapped, path).toBe(0);
        for (const region of r.regions) {
          expect(region.label?.trim().length, path).toBeGreaterThan(0);
          expect(region, path).toMatchObject({ role: "group", tabindex: "0", overflowX: "auto" });
          // A shadow at the edge that hides more columns: the region shows that it scrolls.
          expect(region.cue, path).toContain("gradient");
        }
      }
    });
  });
});

describe("breadcrumb on phones", () => {
  it("on a guide at 375 px it takes at most two lines, and leaves the page's own title to the h1", async () => {
    await onPhone(375, async (page) => {
      await page.goto(`${site.server.origin}${GUIDE}`);
      const r = await page.evaluate(() => {
        const nav = document.querySelector("nav.breadcrumbs ol")!;
        const lineHeight = parseFloat(getComputedStyle(nav).lineHeight);
        const current = nav.querySelector('[aria-current="page"]')!.closest("li")!;
        const box = current.getBoundingClientRect();
        return { height: nav.getBoundingClientRect().height, lineHeight, currentShown: box.width > 1 && box.height > 1 };
      });
      expect(r.height).toBeLessThanOrEqual(r.lineHeight * 2 + 8);
      expect(r.currentShown).toBe(false);
    });
  });
});

describe("open data page", () => {
  it("is short enough to read: under 3,000 px at 1280 px and 5,000 px at 375 px, the field reference collapsed", async () => {
    for (const [width, most] of [
      // Five files now (the documents library added two); the page was 8,800 px before.
      [1280, 3000],
      [375, 5000],
    ] as const) {
      await onPhone(width, async (page) => {
        await page.goto(`${site.server.origin}/du-lieu-mo/`);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, `${width} px`).toBeLessThan(most);
        // The downloads come right after the page's lead, before any field table.
        const download = (await page.locator(".downloads a").first().boundingBox())!;
        const lead = (await page.locator(".page-header .lead").boundingBox())!;
        expect(download.y - (lead.y + lead.height), `${width} px`).toBeLessThan(400);
        expect(await page.locator("main table").first().isVisible()).toBe(false);
      });
    }
  });
});

describe("the training calendar on phones", () => {
  it("at 375 px offers one filter control, collapsed, with the first course right below it", async () => {
    await onPhone(375, async (page) => {
      await page.goto(`${site.server.origin}/dao-tao/`);
      expect(await page.locator("details.filters").count()).toBe(1);
      expect(await page.locator("main select, main form[data-filter-form]").count()).toBe(0);
      expect(await page.locator("details.filters").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator(".facets a").first().isVisible()).toBe(false);
      // Not 800 px of filters before the first course: the closed control and a month heading.
      const control = (await page.locator("details.filters").boundingBox())!;
      const first = (await page.locator(".session-card").first().boundingBox())!;
      expect(first.y - control.y).toBeLessThan(200);
    });
  });

  it("keeps the chosen filters in the URL: a filtered view can be shared, and survives a reload", async () => {
    await onPhone(375, async (page) => {
      await page.goto(`${site.server.origin}/dao-tao/`);
      await page.locator("details.filters summary").click();
      const province = page.locator('.facets a[data-key="tinh"][data-value="tuyen-quang"]');
      await province.click();
      await page.waitForURL((u) => u.searchParams.get("tinh") === "tuyen-quang");
      const format = page.locator('.facets a[data-key="hinh-thuc"]').first();
      const formatValue = (await format.getAttribute("data-value"))!;
      await format.click();
      await page.waitForURL((u) => u.searchParams.has("hinh-thuc") && u.searchParams.get("tinh") === "tuyen-quang");
      // The URL says the choice in Vietnamese, as the facet page's address does.
      expect(new URL(page.url()).searchParams.get("hinh-thuc")).toBe(await format.getAttribute("data-slug"));
      expect(new URL(page.url()).searchParams.get("hinh-thuc")).not.toBe(formatValue);
      const shared = page.url();
      const check = async () => {
        const visible = await page.locator(".session-card:visible").evaluateAll((cards) => cards.map((c) => [c.getAttribute("data-province"), c.getAttribute("data-format")]));
        for (const [p, f] of visible) expect([p, f]).toEqual(["tuyen-quang", formatValue]);
        const hidden = await page.locator(".session-card:not(:visible)").count();
        expect(hidden).toBeGreaterThan(0);
        expect(await page.locator("details.filters summary").innerText()).toContain("Tuyên Quang");
      };
      await check();
      await page.reload();
      await check();
      // A reader who gets the link sees the same view.
      await onPhone(375, async (other) => {
        await other.goto(shared);
        const visible = await other.locator(".session-card:visible").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-province")));
        expect(new Set(visible)).toEqual(new Set(visible.length ? ["tuyen-quang"] : []));
        expect(await other.locator(".session-card:not(:visible)").count()).toBeGreaterThan(0);
      });
    });
  });

  it("an English facet address or filter shared before still leads to the same courses", async () => {
    await onPhone(375, async (page) => {
      await page.goto(`${site.server.origin}/dao-tao/hinh-thuc/online/`);
      await page.waitForURL((u) => u.pathname === "/dao-tao/hinh-thuc/truc-tuyen/");
      expect(await page.locator("h1").innerText()).toBe("Lịch đào tạo: Trực tuyến");
      await page.goto(`${site.server.origin}/dao-tao/?hinh-thuc=online`);
      const formats = await page.locator(".session-card:visible").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-format")));
      expect(formats.length).toBeGreaterThan(0);
      expect(new Set(formats)).toEqual(new Set(["online"]));
      expect(await page.locator("details.filters summary").innerText()).toContain("Trực tuyến");
    });
  });

  it("without JavaScript, the same control leads to a page per facet value", async () => {
    await onPhone(
      375,
      async (page) => {
        await page.goto(`${site.server.origin}/dao-tao/`);
        await page.locator("details.filters summary").click();
        await page.locator('.facets a[data-key="tinh"][data-value="tuyen-quang"]').click();
        await page.waitForURL((u) => u.pathname === "/dao-tao/tinh/tuyen-quang/");
        const provinces = await page.locator(".session-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-province")));
        expect(provinces.length).toBeGreaterThan(0);
        expect(new Set(provinces)).toEqual(new Set(["tuyen-quang"]));
      },
      false,
    );
  });
});
