/**
 * npm run lighthouse -- [--now 2026-11-29] [--preset mobile|desktop] [--runs 3] [--site _site]
 * A measurement, not a test: builds the bundled site (or takes a built one with --site),
 * serves it on 127.0.0.1 and runs Lighthouse in Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium) on the home, plan, calendar and guide pages. Prints the scores of every
 * category (the median of --runs runs, as Lighthouse's own docs advise against one run's
 * noise), the audits that did not pass, and the bytes of HTML, CSS and JavaScript per page.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { buildSite } from "../src/build/build.ts";
import { resolveClock } from "../src/clock.ts";
import { CHROMIUM_ARGS, serveStatic } from "../test/helpers/browser.ts";
import { buildRoutes } from "../layouts/routes.tsx";

const PAGES: Record<string, string> = {
  home: "/",
  plan: "/ke-hoach/tuyen-quang-2022-2025/",
  calendar: "/dao-tao/",
  guide: "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const { values } = parseArgs({
  options: {
    now: { type: "string", default: "2026-11-29" },
    preset: { type: "string", default: "mobile" },
    runs: { type: "string", default: "3" },
    site: { type: "string" },
  },
});
const now = resolveClock(values.now);
if (typeof now !== "number") {
  console.error(now.error);
  process.exit(2);
}

let site = values.site ? resolve(values.site) : undefined;
let scratch: string | undefined;
if (!site) {
  scratch = mkdtempSync(join(tmpdir(), "portal-lighthouse-"));
  site = join(scratch, "_site");
  const built = await buildSite({ root: process.cwd(), outDir: site, now, routes: buildRoutes });
  if (!built.ok) {
    console.error("Build failed:", built.diagnostics.filter((d) => d.severity === "error"));
    process.exit(1);
  }
}

const server = await serveStatic(site);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: CHROMIUM_ARGS,
});
const rows: string[][] = [];
const weights: string[][] = [];
let worst = 100;
try {
  const runs = Math.max(1, Number(values.runs) || 1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, path] of Object.entries(PAGES)) {
    const all: number[][] = [];
    let last: Result | undefined;
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(
        `${server.origin}${path}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        values.preset === "desktop" ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const lhr = result.lhr;
      last = lhr;
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      all.push(CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)));
      // Audits that count towards a score and did not pass in full.
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
          console.log(`  ${name} run ${run + 1} ${c}: ${audit.id} ${audit.score} ${audit.displayValue ?? ""} – ${audit.title}`);
        }
      }
    }
    const scores = CATEGORIES.map((_, i) => median(all.map((r) => r[i]!)));
    worst = Math.min(worst, ...scores);
    rows.push([name, ...scores.map((s, i) => (runs > 1 ? `${s} (${all.map((r) => r[i]).join("/")})` : String(s)))]);
    const items = (last?.audits["network-requests"]?.details as { items?: { resourceType?: string; resourceSize?: number; url: string }[] } | undefined)?.items ?? [];
    const bytes = (type: string) => items.filter((i) => i.resourceType === type).reduce((n, i) => n + (i.resourceSize ?? 0), 0);
    const [html, css, js] = [bytes("Document"), bytes("Stylesheet"), bytes("Script")];
    weights.push([name, String(html), String(css), String(js), String(html + css + js)]);
  }
} finally {
  chrome.kill();
  await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(head), ...body.map(line)].join("\n");
};
console.log(`\nLighthouse ${values.preset}, ${site}`);
console.log(table(["page", ...CATEGORIES], rows));
console.log("\nBytes (uncompressed) of HTML, CSS and JavaScript loaded by each page");
console.log(table(["page", "html", "css", "js", "total"], weights));
if (worst < 95) console.log(`\nA score is below 95 (lowest ${worst}).`);
