/**
 * The browser editor is published with the site at /quan-tri/, from the installed package, and
 * kept out of everything that advertises pages: the search index, the sitemap, the feeds and
 * search engines. Its page has its own Content-Security-Policy; the public pages' is unchanged.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/site/security.ts";
import { launchChromium, serveStatic } from "../helpers/browser.ts";
import { build, copyProject, page } from "../helpers/site.ts";

let outDir = "";
beforeAll(async () => {
  const built = await build(copyProject());
  expect(built.result.ok).toBe(true);
  outDir = built.outDir;
}, 300_000);

describe("/quan-tri/", () => {
  it("is the editor's page, served with the installed Decap CMS, not indexed", () => {
    const $ = page(outDir, "/quan-tri/");
    expect($("html").attr("lang")).toBe("vi");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex, nofollow");
    const scripts = $("script[src]").map((_, el) => $(el).attr("src")).get();
    expect(scripts).toEqual(["manual-init.js", "decap-cms.js", "portal.js"]);
    for (const s of scripts) expect(existsSync(join(outDir, "quan-tri", s))).toBe(true);
    const pinned = JSON.parse(readFileSync(join(import.meta.dirname, "../../node_modules/decap-cms/package.json"), "utf8")).version;
    expect(pinned).toBe("3.16.3");
    expect(readFileSync(join(outDir, "quan-tri/decap-cms.js"), "utf8")).toContain("3.16.3");
    expect(readFileSync(join(outDir, "quan-tri/config.yml"), "utf8")).toContain("locale: vi");
  });

  it("has its own policy, and the public pages keep theirs", () => {
    const csp = page(outDir, "/quan-tri/")('meta[http-equiv="Content-Security-Policy"]').attr("content")!;
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("http:");
    for (const url of ["/", "/dao-tao/", "/huong-dan/"]) {
      expect(page(outDir, url)('meta[http-equiv="Content-Security-Policy"]').attr("content")).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it("is valid HTML", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "doctype-style": "off", "void-style": "off" } });
    const report = await validator.validateString(readFileSync(join(outDir, "quan-tri/index.html"), "utf8"), "quan-tri/index.html");
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it("is left out of robots, the sitemap, the feeds and the search index", () => {
    expect(readFileSync(join(outDir, "robots.txt"), "utf8")).toContain("Disallow: /quan-tri/");
    for (const file of ["sitemap.xml", "feed.xml"]) expect(readFileSync(join(outDir, file), "utf8")).not.toContain("/quan-tri/");
    const fragments = readdirSync(join(outDir, "pagefind/fragment"));
    expect(fragments.length).toBeGreaterThan(50);
    const indexed = fragments.map((f) => gunzipSync(readFileSync(join(outDir, "pagefind/fragment", f))).toString("utf8"));
    expect(indexed.filter((t) => t.includes("/quan-tri/") || t.includes("Soạn thảo nội dung"))).toEqual([]);
  });
});

describe("the published editor in Chromium", () => {
  it("boots in Vietnamese from the site alone, with no request to another host", async () => {
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const elsewhere: string[] = [];
      const errors: string[] = [];
      tab.on("request", (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) elsewhere.push(r.url());
      });
      tab.on("pageerror", (e) => errors.push(e.message));
      await tab.goto(`${server.origin}/quan-tri/`, { waitUntil: "commit" });
      // With no git host configured, the in-browser demo backend signs in with one click.
      await tab.getByRole("button", { name: "Đăng nhập" }).click({ timeout: 120_000 });
      await tab.goto(`${server.origin}/quan-tri/#/collections/guide/new`);
      await tab.getByText("Tiêu đề", { exact: true }).first().waitFor({ timeout: 60_000 });
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 240_000);
});
