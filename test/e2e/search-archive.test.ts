/**
 * The archive on the real search page in Chromium, on the fixture site with items over several
 * years (test/site/search-partitions.ts): the current bundle by default, "Tìm cả các năm trước"
 * merging the older years, the offer when the current bundle finds little, the choice kept in
 * the URL, and the year filter fetching only the bundle of its year (requests counted).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build.ts";
import { collectProblems, launchChromium, searchResults as results, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { makeProject, NOW } from "../helpers/project.ts";
import { EDITS, OLD_SESSION, YEARLY } from "../site/search-partitions.ts";
import { buildRoutes } from "../../layouts/routes.tsx";

let server: StaticServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const project = makeProject(EDITS);
  const result = await buildSite({ root: project.root, outDir: project.path("_site"), now: NOW, routes: buildRoutes });
  expect(result.ok).toBe(true);
  server = await serveStatic(project.path("_site"));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  collectProblems(page, problems);
  return page;
}

/** The archive years whose bundle the browser asked for. */
const yearsFetched = (): string[] => [...new Set(server.requests.map((r) => /^\/pagefind\/(\d{4})\//.exec(r)?.[1]).filter((y): y is string => Boolean(y)))].sort();

describe("the archive on the search page", () => {
  it("searches the current bundle by default, says how far back, and offers the archive in one tap", async () => {
    const page = await freshPage();
    server.requests.length = 0;
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(OLD_SESSION.word)}`);
    expect(await results(page)).toEqual([]);
    expect(yearsFetched()).toEqual([]);
    expect(await page.locator("[data-search-scope]").innerText()).toContain("từ ngày 29/11/2024 trở đi");
    const offer = page.getByRole("button", { name: "Tìm cả các năm trước (2021–2024)" });
    expect(await offer.isVisible()).toBe(true);
    await offer.click();
    await page.waitForURL((u) => u.searchParams.get("cac-nam-truoc") === "1");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.startsWith("Tìm thấy"));
    expect(await results(page)).toEqual([OLD_SESSION.url]);
    // Offered once: with the archive merged, the offer is gone (so is "more" with one result).
    expect(await offer.isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Xem thêm kết quả" }).isVisible()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Tìm cả các năm trước (2021–2024)" }).isChecked()).toBe(true);
    expect(await page.locator("[data-search-scope]").innerText()).toContain("mọi năm, từ 2021");
    expect(yearsFetched()).toEqual(["2021", "2022", "2023", "2024"]);
    expect(problems).toEqual([]);
  });

  it("the control is kept in the URL: a shared link searches the archive; unticking searches the current bundle again", async () => {
    const page = await freshPage();
    const archived = YEARLY.find((y) => y.partition === "2024")!;
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(archived.word)}&cac-nam-truoc=1`);
    expect(await results(page)).toEqual([archived.url]);
    const box = page.getByRole("checkbox", { name: /^Tìm cả các năm trước/ });
    expect(await box.isVisible()).toBe(true);
    await box.uncheck();
    await page.waitForURL((u) => !u.searchParams.has("cac-nam-truoc"));
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.startsWith("Không tìm thấy"));
    expect(await results(page)).toEqual([]);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("cac-nam-truoc") === "1");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.startsWith("Tìm thấy"));
    expect(await results(page)).toEqual([archived.url]);
    expect(problems).toEqual([]);
  });

  it("the year filter fetches only the bundle of its year", async () => {
    const page = await freshPage();
    server.requests.length = 0;
    await page.goto(`${server.origin}/tim-kiem/?nam=2023`);
    const shown = await results(page);
    expect(shown).toContain("/tin-tuc/2023-06-tap-huan-may-tre/");
    expect(yearsFetched()).toEqual(["2023"]);
    // A year of the current bundle alone fetches no archive.
    server.requests.length = 0;
    await page.locator('select[name="nam"]').selectOption("2025");
    await page.waitForURL((u) => u.searchParams.get("nam") === "2025");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.includes("bộ lọc"));
    expect(await results(page)).toContain("/tin-tuc/2025-01-tap-huan-ca-phe/");
    expect(yearsFetched()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
