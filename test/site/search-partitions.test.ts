/**
 * The search index in partitions, on a fixture site with items over several years under the
 * tests' clock: each page is in exactly one bundle, the one its kind and date call for; the
 * current bundle answers for current pages only; a second build with one guide changed indexes
 * the current partition alone and publishes the same site as a cold build; a damaged or foreign
 * cache entry is ignored, rebuilt and reported.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../../src/build/build.ts";
import { loadContent } from "../../src/content/load.ts";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { loadPagefind, loadSearchScript } from "../helpers/search-node.ts";
import { archiveCutoff, CURRENT, partitionOf } from "../../src/search/partitions.ts";
import { searchRecords } from "../../src/search/record.ts";
import { makeProject, NOW, type Project } from "../helpers/project.ts";
import { bundlePages, EDITS, GUIDE, OLD_SESSION, tree, YEARLY } from "./search-partitions.ts";
import { buildRoutes } from "../../layouts/routes.tsx";
import { bundleWordCounts } from "../../src/search/vocabulary.ts";

const script = loadSearchScript();
const ARCHIVE = ["2021", "2022", "2023", "2024"];

async function buildIn(project: Project): Promise<BuildResult & { site: string }> {
  const site = project.path("_site");
  const result = await buildSite({ root: project.root, outDir: site, now: NOW, routes: buildRoutes });
  expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, "en"))).toEqual([]);
  expect(result.ok).toBe(true);
  return { ...result, site };
}

/** The URLs a search finds, through the search page's own query logic. */
async function found(site: string, q: string, years: readonly string[] | "all" = [], filters: Record<string, string> = {}): Promise<string[]> {
  const { pagefind, close } = await loadPagefind(site, { ranking: script.ranking }, years);
  try {
    const hits = await script.find(pagefind, q, { filters });
    return (await Promise.all(hits.map((h) => h.result.data()))).map((p) => p.url);
  } finally {
    await close();
  }
}

let project: Project;
let cold: BuildResult & { site: string };

beforeAll(async () => {
  project = makeProject(EDITS);
  cold = await buildIn(project);
}, 240_000);

describe("partitions", () => {
  it("the archive cut-off is the build date 24 months earlier", () => {
    expect(archiveCutoff("2026-11-29")).toBe("2024-11-29");
    expect(archiveCutoff("2026-02-28")).toBe("2024-02-28");
    expect(archiveCutoff("2028-02-29")).toBe("2026-02-28");
  });

  it("each page is in exactly one bundle: the one its kind and the clock call for", () => {
    const store = loadContent({ root: project.root, now: NOW, drafts: false }).store!;
    const records = searchRecords(store);
    const bundles = bundlePages(cold.site);
    expect([...bundles.keys()].sort()).toEqual([...ARCHIVE, CURRENT].sort());
    const everywhere = [...bundles.values()].flat();
    expect(everywhere.sort()).toEqual([...records.keys()].sort());
    expect(new Set(everywhere).size).toBe(everywhere.length);
    for (const [name, urls] of bundles) for (const url of urls) expect(partitionOf(records.get(url)!, store.today), url).toBe(name);
    for (const item of [...YEARLY, OLD_SESSION]) expect(bundles.get(item.partition), item.url).toContain(item.url);
    // Guides, plans, standing pages, topics and agencies are current whatever their date.
    expect(bundles.get(CURRENT)).toEqual(expect.arrayContaining(["/huong-dan/ap-dung-5s/", "/ke-hoach/tuyen-quang-2022-2025/", "/gioi-thieu/", "/chu-de/5s/"]));
    expect(cold.index).toEqual({ indexed: [...ARCHIVE, CURRENT].sort(), reused: [] });
  });

  it("the current search finds current pages and not archived ones; the archive merged finds them", async () => {
    expect(await found(cold.site, "cà phê")).toEqual(["/tin-tuc/2025-01-tap-huan-ca-phe/"]);
    expect(await found(cold.site, "lụa")).toEqual(["/tin-tuc/2024-12-tap-huan-lua/"]);
    for (const item of [...YEARLY.filter((y) => y.partition !== CURRENT), OLD_SESSION]) {
      expect(await found(cold.site, item.word), item.url).toEqual([]);
      expect(await found(cold.site, item.word, "all"), item.url).toEqual([item.url]);
    }
    // Typed without marks and with "d" for "đ", across merged bundles.
    expect(await found(cold.site, "dan lat", "all")).toEqual([OLD_SESSION.url]);
  });

  it("filters and the date order work the same across merged bundles", async () => {
    const { pagefind, close } = await loadPagefind(cold.site, { ranking: script.ranking }, "all");
    try {
      const news = await script.find(pagefind, "", { filters: { loai: "Tin tức" }, sort: "desc" });
      const urls = (await Promise.all(news.map((h) => h.result.data()))).map((p) => p.url);
      const dates = urls.map((u) => u.slice("/tin-tuc/".length, "/tin-tuc/".length + 7));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(urls).toEqual(expect.arrayContaining(YEARLY.map((y) => y.url)));
      const oldest = await script.find(pagefind, "", { filters: { loai: "Tin tức" }, sort: "asc" });
      expect((await oldest[0]!.result.data()).url).toBe("/tin-tuc/2022-03-hoi-thao-che/");
      const in2023 = await script.find(pagefind, "", { filters: { nam: "2023" } });
      expect((await Promise.all(in2023.map((h) => h.result.data()))).map((p) => p.url)).toContain("/tin-tuc/2023-06-tap-huan-may-tre/");
    } finally {
      await close();
    }
  });
});

describe("rebuilds", () => {
  it("with one guide changed, only the current partition is indexed again, and the site equals a cold build's", async () => {
    const guide = readFileSync(project.path(GUIDE), "utf8").replace("Sàng lọc, sắp xếp", "Sàng lọc kỹ, sắp xếp");
    writeFileSync(project.path(GUIDE), guide);
    // A published page changed by hand is not trusted: only a file with exactly the bytes the
    // build would write is kept.
    const tampered = project.path("_site/gioi-thieu/index.html");
    writeFileSync(tampered, readFileSync(tampered, "utf8").replace("</main>", "<p>sửa tay</p></main>"));
    // The same for a reused year's bundle: its file comes from the cache again.
    const fragments = project.path("_site/pagefind/2021/fragment");
    writeFileSync(join(fragments, readdirSync(fragments)[0]!), "sửa tay");
    const warm = await buildIn(project);
    expect(warm.index).toEqual({ indexed: [CURRENT], reused: ARCHIVE });
    // Every page and file but the guide's page and the page changed by hand is kept from the
    // published site rather than written again.
    const routes = buildRoutes(loadContent({ root: project.root, now: NOW, drafts: false }).store!);
    expect(warm.kept).toBe(routes.length - 2);
    expect(readFileSync(join(warm.site, "gioi-thieu/index.html"), "utf8")).not.toContain("sửa tay");
    expect(await found(warm.site, "sàng lọc kỹ")).toEqual(["/huong-dan/ap-dung-5s/"]);
    // The current partition's word counts were carried over from its previous entry, less the
    // guide's old page plus its new one: they are what counting the whole new bundle gives.
    const entry = project.path(`.cache/search-index/${CURRENT}`);
    const kept = new Map(JSON.parse(readFileSync(join(entry, "words.json"), "utf8")) as [string, number][]);
    expect(kept.get("kỹ")).toBeGreaterThan(0);
    expect([...kept].sort()).toEqual([...bundleWordCounts(join(entry, "bundle"))].sort());
    // The same content and clock, built cold in another folder without a cache.
    const other = makeProject(EDITS);
    writeFileSync(other.path(GUIDE), guide);
    const fresh = await buildIn(other);
    expect(fresh.index?.reused).toEqual([]);
    const a = tree(warm.site);
    const b = tree(fresh.site);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a.keys()].filter((k) => !a.get(k)!.equals(b.get(k)!));
    expect(differing).toEqual([]);
  }, 240_000);

  it("a damaged cache entry is ignored, indexed again and reported; a foreign one too", async () => {
    const cache = project.path(".cache/search-index");
    const fragments = join(cache, "2022", "bundle", "fragment");
    const first = readdirSync(fragments)[0]!;
    writeFileSync(join(fragments, first), "not a fragment");
    const manifest = join(cache, "2023", "manifest.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/"pagefind":"[^"]+"/, '"pagefind":"0.9.0"'));
    // The words kept for the vocabulary are checked like the bundle.
    writeFileSync(join(cache, "2024", "words.json"), '[["tu-gia",1000]]\n');
    const before = tree(project.path("_site"));
    const again = await buildIn(project);
    expect(again.index).toEqual({ indexed: ["2022", "2023", "2024"], reused: ["2021", CURRENT] });
    const warnings = again.diagnostics.filter((d) => d.code === "build/search-cache-ignored");
    expect(warnings.map((d) => [d.file, d.severity])).toEqual([
      [".cache/search-index/2022/manifest.json", "warning"],
      [".cache/search-index/2023/manifest.json", "warning"],
      [".cache/search-index/2024/manifest.json", "warning"],
    ]);
    expect(formatDiagnostic(warnings[0]!, "vi")).toMatch(/bỏ qua bản lưu chỉ mục tìm kiếm "2022".*fragment\/.* changed.*đã lập lại chỉ mục/);
    expect(formatDiagnostic(warnings[1]!, "en")).toContain("Pagefind 0.9.0");
    expect(formatDiagnostic(warnings[2]!, "en")).toContain("words.json");
    // Rebuilt, the site is what it was.
    const after = tree(again.site);
    expect([...after.keys()].filter((k) => !after.get(k)!.equals(before.get(k) ?? Buffer.alloc(0)))).toEqual([]);
    // And the cache is whole again.
    expect((await buildIn(project)).index).toEqual({ indexed: [], reused: [...ARCHIVE, CURRENT].sort() });
  }, 240_000);

  it("a deleted cache is simply rebuilt, without a warning", async () => {
    rmSync(project.path(".cache"), { recursive: true, force: true });
    const again = await buildIn(project);
    expect(again.index?.indexed).toEqual([...ARCHIVE, CURRENT].sort());
    expect(again.diagnostics.filter((d) => d.code.startsWith("build/"))).toEqual([]);
  }, 240_000);
});
