/**
 * The search under a path prefix (`pathPrefix: /nang-suat/`), hosted in that sub-folder as a
 * server would: the current bundle, the vocabulary behind "Có phải bạn muốn tìm …?", the
 * variants and the archive all load from under the prefix, and results link inside it.
 */
import { mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectProblems, launchChromium, searchResults, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { build, copyProject } from "../helpers/site.ts";

const PREFIX = "/nang-suat/";
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const siteYaml = readFileSync(join(copyProject(), "data/site.yaml"), "utf8").replace(/^pathPrefix: .*$/m, `pathPrefix: ${PREFIX}`);
  const root = copyProject({ "data/site.yaml": siteYaml });
  const { outDir, result } = await build(root);
  expect(result.ok).toBe(true);
  const host = join(root, "host");
  mkdirSync(host);
  renameSync(outDir, join(host, "nang-suat"));
  server = await serveStatic(host);
  browser = await launchChromium();
  page = collectProblems(await (await browser.newContext({ locale: "vi-VN" })).newPage(), problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(q: string, extra = "") {
  server.requests.length = 0;
  await page.goto(`${server.origin}${PREFIX}tim-kiem/?${new URLSearchParams({ q })}${extra}`);
  const paths = await searchResults(page);
  await page.waitForLoadState("networkidle");
  return {
    paths,
    variant: (await page.locator("[data-search-variant] strong").count()) ? await page.locator("[data-search-variant] strong").innerText() : null,
    suggestions: await page.locator("[data-search-suggest] a").allInnerTexts(),
    requests: [...server.requests],
  };
}

describe("the search hosted under a path prefix", () => {
  it("an exact query finds pages inside the prefix and loads nothing from outside it", async () => {
    const r = await searchFor("VietGAP");
    expect(r.paths.length).toBeGreaterThan(0);
    for (const p of r.paths) expect(p).toMatch(/^\/nang-suat\//);
    expect(r.requests.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("a split word is joined through the vocabulary under the prefix ('kai zen' → kaizen)", async () => {
    const r = await searchFor("kai zen");
    expect(r.variant).toBe("kaizen");
    expect(r.paths.slice(0, 3)).toContain(`${PREFIX}huong-dan/kaizen-cai-tien-lien-tuc/`);
    expect(r.requests).toContain(`${PREFIX}tim-kiem/tu-vung.txt`);
    expect(problems).toEqual([]);
  });

  it("a misspelt word gets a suggestion from the vocabulary, and the archive merges from under the prefix", async () => {
    const r = await searchFor("kaizne");
    expect(r.suggestions[0]).toBe("kaizen");
    const archive = await searchFor("dao tao", "&cac-nam-truoc=1");
    expect(archive.paths.length).toBeGreaterThan(0);
    expect(archive.requests.filter((p) => p.includes("/pagefind/") && !p.startsWith(`${PREFIX}pagefind/`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
