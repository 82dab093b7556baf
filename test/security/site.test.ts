/**
 * The bundled site, read the way its readers' programs read it (./scan.ts): the layouts' own
 * links and scripts hold up too, not only what hostile content tries. Every external link, from
 * Markdown or from a layout (registration, online meeting, agency website, add-to-calendar),
 * opens with rel="noopener noreferrer".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { build, copyProject } from "../helpers/site.ts";
import { scanSite, siteFiles } from "./scan.ts";

describe("the bundled site", () => {
  it("holds nothing that could run, and every external link opens safely", async () => {
    const { outDir, result } = await build(copyProject());
    expect(result.ok).toBe(true);
    const site = { baseUrl: "https://nangsuat.example.gov.vn", pathPrefix: "/" };
    expect(scanSite(outDir, site)).toEqual([]);
    // The scan saw external links of every kind the layouts write.
    const external = new Set<string>();
    for (const f of siteFiles(outDir).filter((f) => f.endsWith(".html"))) {
      const $ = load(readFileSync(join(outDir, f), "utf8"));
      $("a[href^='http']").each((_, a) => {
        const href = $(a).attr("href")!;
        if (!href.startsWith(site.baseUrl)) external.add(new URL(href).host);
      });
    }
    expect(external.size).toBeGreaterThan(3);
    expect([...external].some((h) => h.includes("google"))).toBe(true);
  }, 300_000);
});
