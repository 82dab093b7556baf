/**
 * Search as Vietnamese is really typed, through the real search page in Chromium: the table of
 * test/search/variant-queries.ts typed into the URL, what the page says it searched ("Kết quả
 * cho: …"), the words it could not find ("Không tìm thấy từ: …"), "Có phải bạn muốn tìm …?" and
 * its link, the vocabulary loaded only when a query needs it, and excerpts cut at sentence
 * boundaries. The bundled site is built once and served from 127.0.0.1.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/regexp.ts";
import { portalUrls } from "../../src/site/urls.ts";
import { collectProblems, searchResults, serveBundledSiteInChromium } from "../helpers/browser.ts";
import { VARIANT_CASES } from "../search/variant-queries.ts";

const site = serveBundledSiteInChromium();
const indexed = new Map<string, string>();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const fragments = join(site.outDir, "pagefind", "fragment");
  for (const name of readdirSync(fragments)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(fragments, name))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; content: string };
    indexed.set(fragment.url, fragment.content);
  }
  page = await (await site.browser.newContext({ locale: "vi-VN" })).newPage();
  collectProblems(page, problems);
});

const searchUrl = (q: string) => `${site.server.origin}/tim-kiem/?${new URLSearchParams({ q })}`;

/** Waits for the page's answer; returns the result paths, in order, and what the page said. */
async function results(p: Page) {
  const paths = await searchResults(p);
  const note = async (selector: string) => ((await p.locator(selector).count()) ? await p.locator(selector).innerText() : null);
  return {
    paths,
    status: await p.locator("[data-search-status]").innerText(),
    variant: await note("[data-search-variant] strong"),
    missing: await note("[data-search-missing]"),
    suggestions: await p.locator("[data-search-suggest] a").allInnerTexts(),
  };
}

describe("queries typed as Vietnamese is really typed, through the search page", () => {
  for (const c of VARIANT_CASES) {
    it(`${c.class}: ${JSON.stringify(c.q)} → ${c.top3 ?? "nothing"}`, async () => {
      await page.goto(searchUrl(c.q));
      const shown = await results(page);
      expect(shown.variant, "Kết quả cho: …").toBe(c.variant ?? null);
      expect(shown.missing).toBe(c.missing ? `Không tìm thấy từ: ${c.missing.join(", ")}` : null);
      if (c.suggest) expect(shown.suggestions[0]).toBe(c.suggest);
      if (c.none) {
        expect(shown.paths).toEqual([]);
        expect(shown.status).toMatch(/^Không tìm thấy kết quả nào/);
        expect(shown.suggestions).toEqual([]);
      } else if (c.class === "suggestion") {
        expect(shown.paths).toEqual([]);
        // One tap searches the word offered.
        await page.locator("[data-search-suggest] a").first().click();
        await page.waitForURL((u) => u.searchParams.get("q") === c.suggest);
        await page.waitForFunction((q) => document.querySelector("[data-search-status]")?.textContent?.includes(q), c.suggest!);
        expect((await results(page)).paths.slice(0, 3), c.why).toContain(c.top3);
      } else {
        expect(shown.paths.slice(0, 3), `${c.why}\nshown: ${shown.paths.join(" ")}`).toContain(c.top3);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("the search page", () => {
  it("says what it searched instead, and that the query as typed found nothing", async () => {
    await page.goto(searchUrl("kai zen"));
    await results(page);
    expect(await page.locator("[data-search-variant]").innerText()).toBe("Kết quả cho: kaizen (không có kết quả cho “kai zen”)");
    expect(await page.locator("[data-search-status]").innerText()).toMatch(/^Tìm thấy \d+ kết quả\.$/);
  });

  it("loads the vocabulary only for a query that finds few pages", async () => {
    const context = await site.browser.newContext({ locale: "vi-VN" });
    const fresh = await context.newPage();
    const vocabulary = () => site.server.requests.filter((r) => r === portalUrls.searchVocabulary).length;
    const before = vocabulary();
    await fresh.goto(searchUrl("iso 9001"));
    await results(fresh);
    expect(vocabulary()).toBe(before);
    await fresh.goto(searchUrl("ISO9001"));
    expect((await results(fresh)).variant).toBe("iso 9001");
    expect(vocabulary()).toBe(before + 1);
    await context.close();
  });

  it("cuts excerpts at sentence boundaries, with an ellipsis where a sentence was cut", async () => {
    for (const q of ["dao tao", "nang suat xanh", "kaizen", "tuyen quang", "iso 9001"]) {
      await page.goto(searchUrl(q));
      await results(page);
      const items = await page.locator(".search-results li").evaluateAll((lis) =>
        lis.map((li) => ({ href: li.querySelector("h2 a")!.getAttribute("href")!, excerpt: (li.querySelector(".excerpt") as HTMLElement | null)?.innerText ?? "" })),
      );
      expect(items.length).toBeGreaterThan(3);
      for (const { href, excerpt } of items) {
        const text = (indexed.get(href) ?? "").replace(/\s+/g, " ").trim();
        if (!excerpt.startsWith("… ")) {
          // Otherwise the excerpt starts the page's indexed text, or a sentence or clause of it.
          const head = excerpt.split(" ").slice(0, 3).join(" ");
          expect(text.startsWith(head) || new RegExp(`[.!?:;…]["”’)\\]]* ${escapeRegExp(head)}`).test(text), `${q} → ${href}: “${excerpt}”`).toBe(true);
        }
        if (/(…|[.!?:;]["”’)]*)$/u.test(excerpt)) continue;
        // Otherwise the excerpt runs to the end of the page's indexed text.
        expect(text.endsWith(excerpt.split(" ").slice(-3).join(" ")), `${q} → ${href}: “${excerpt}”`).toBe(true);
      }
      expect(await page.locator(".search-results .excerpt mark").count(), q).toBeGreaterThan(0);
    }
  });
});
