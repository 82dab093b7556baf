/**
 * A rebuild renders only the pages whose reads changed (src/reads.ts, src/build/page-state.ts):
 * built from the bundled content, edited as an editor would, rebuilt with every page it keeps
 * unrendered rendered all the same and compared (verifyKept), and compared file by file with a
 * cold build of the same content and clock.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../../src/build/build.ts";
import { loadContent } from "../../src/content/load.ts";
import { openReadCache } from "../../src/content/read-cache.ts";
import { codeVersion } from "../../src/build/page-state.ts";
import { collectReads, readFingerprints, trackReads } from "../../src/reads.ts";
import { perStore, type Store } from "../../src/store.ts";
import type { RouteTable } from "../../src/build/route.ts";
import { buildRoutes } from "../../layouts/routes.tsx";
import { copyProject, NOW } from "../helpers/site.ts";
import { tree } from "../site/search-partitions.ts";

const GUIDE = "content/guidance/kaizen-cai-tien-lien-tuc.md";
const GUIDE_PAGE = "huong-dan/kaizen-cai-tien-lien-tuc/index.html";
const SESSIONS_2025 = "content/trainings/2025-quang-nam.yaml";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function buildAt(root: string, options: { now?: number; verify?: boolean; routes?: RouteTable } = {}): Promise<BuildResult> {
  const result = await buildSite({ root, outDir: join(root, "_site"), now: options.now ?? NOW, routes: options.routes ?? buildRoutes, verifyKept: options.verify ?? true });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  // Whether the changes were moved in or the site swapped, nothing is left beside it.
  expect(readdirSync(root).filter((n) => n.startsWith("_site."))).toEqual([]);
  return result;
}

/** The files that differ between two built sites, and those only one of them has. */
function differences(a: string, b: string): string[] {
  const x = tree(a);
  const y = tree(b);
  const names = new Set([...x.keys(), ...y.keys()]);
  return [...names].filter((n) => !x.get(n)?.equals(y.get(n) ?? Buffer.alloc(0)) || !y.has(n)).sort();
}

/** A cold build of `root`'s content, in a folder of its own with no cache. */
async function coldTwin(root: string, now = NOW): Promise<string> {
  const twin = mkdtempSync(join(tmpdir(), "portal-cold-"));
  roots.push(twin);
  cpSync(join(root, "content"), join(twin, "content"), { recursive: true });
  cpSync(join(root, "data"), join(twin, "data"), { recursive: true });
  const result = await buildAt(twin, { now, verify: false });
  expect(result.unrendered).toBe(0);
  return join(twin, "_site");
}

/** How many content and data files a load reads. */
const routeSources = (root: string) => ["content", "data"].flatMap((d) => readdirSync(join(root, d), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /\.(md|yaml)$/.test(e.name)).length;

const replaceIn = (root: string, file: string, from: string, to: string) => {
  const text = readFileSync(join(root, file), "utf8");
  expect(text).toContain(from);
  writeFileSync(join(root, file), text.replace(from, to));
};

describe("a rebuild", () => {
  let root: string;
  // How many files the site has, for the content as it is now.
  const routeCount = () => buildRoutes(loadContent({ root, now: NOW, drafts: false }).store!).length;

  beforeAll(async () => {
    root = copyProject();
    roots.push(root);
    const cold = await buildAt(root);
    expect(cold.unrendered).toBe(0);
  }, 120_000);

  it("with nothing changed renders no page and publishes the same site", async () => {
    const before = tree(join(root, "_site"));
    const again = await buildAt(root);
    expect(again.unrendered).toBe(routeCount());
    expect(again.kept).toBe(routeCount());
    const after = tree(join(root, "_site"));
    expect([...after.keys()].filter((k) => !after.get(k)!.equals(before.get(k) ?? Buffer.alloc(0)))).toEqual([]);
  }, 120_000);

  it("after one guide's text changed renders that guide's page and the pages that read it, and equals a cold build", async () => {
    // The content comes from the last build's file cache (src/content/read-cache.ts), this guide apart.
    expect(openReadCache(join(root, ".cache", "content"), codeVersion(buildRoutes)).cache.files.size).toBe(routeSources(root));
    replaceIn(root, GUIDE, "có nghĩa là", "có nghĩa đại ý là");
    const warm = await buildAt(root);
    expect(readFileSync(join(root, "_site", GUIDE_PAGE), "utf8")).toContain("có nghĩa đại ý là");
    // Most pages read nothing of the guide (a session's page, a document's page, the calendars).
    expect(warm.unrendered).toBeGreaterThan(routeCount() * 0.8);
    expect(warm.unrendered).toBeLessThan(routeCount());
    expect(differences(join(root, "_site"), await coldTwin(root))).toEqual([]);
  }, 120_000);

  it("after a guide's title changed updates every page that names it, as a cold build does", async () => {
    replaceIn(root, GUIDE, 'title: "Kaizen:', 'title: "Kaizen, nói gọn:');
    await buildAt(root);
    const cold = await coldTwin(root);
    expect(differences(join(root, "_site"), cold)).toEqual([]);
    // The list of guides and the topic's page name it too: they were rendered again.
    expect(readFileSync(join(root, "_site", "huong-dan/index.html"), "utf8")).toContain("Kaizen, nói gọn:");
    expect(readFileSync(join(root, "_site", "chu-de/kaizen/index.html"), "utf8")).toContain("Kaizen, nói gọn:");
  }, 120_000);

  it("after a session, a topic's name and a standing page changed, equals a cold build", async () => {
    replaceIn(root, SESSIONS_2025, "results: { participants: 104 }", "results: { participants: 105 }");
    replaceIn(root, "data/topics.yaml", "name: Hệ thống quản lý chất lượng ISO 9001", "name: Hệ thống quản lý chất lượng theo ISO 9001");
    replaceIn(root, "content/pages/lien-he.md", "title: ", "title: Thông tin ");
    const warm = await buildAt(root);
    // The standing pages are in every page's menu: all of them are rendered again.
    expect(warm.unrendered).toBeLessThan(routeCount() * 0.5);
    expect(differences(join(root, "_site"), await coldTwin(root))).toEqual([]);
  }, 120_000);

  it("after a guide was removed, its page and calendar entries are gone, and the site equals a cold build", async () => {
    rmSync(join(root, "content/guidance/lean-va-lean-six-sigma.md"));
    await buildAt(root);
    expect(existsSync(join(root, "_site", "huong-dan/lean-va-lean-six-sigma"))).toBe(false);
    expect(differences(join(root, "_site"), await coldTwin(root))).toEqual([]);
  }, 120_000);

  it("an hour later renders no page, only files that say when they were made, and equals a cold build of that hour", async () => {
    // Pages read each session's status and online link, not the clock's instant: an hour that
    // changes no status changes no page. Calendars (DTSTAMP) and open data ("generated") change.
    const later = NOW + 3_600_000;
    const warm = await buildAt(root, { now: later });
    const routes = buildRoutes(loadContent({ root, now: later, drafts: false }).store!);
    expect(routes.length - warm.unrendered!).toBeGreaterThan(0);
    expect(routes.length - warm.unrendered!).toBeLessThanOrEqual(routes.filter((r) => !r.html).length);
    expect(differences(join(root, "_site"), await coldTwin(root, later))).toEqual([]);
    await buildAt(root);
  }, 120_000);

  it("a day later renders the pages that depend on the date, and equals a cold build of that day", async () => {
    const tomorrow = NOW + 86_400_000;
    const warm = await buildAt(root, { now: tomorrow });
    expect(warm.unrendered).toBeGreaterThan(0);
    expect(warm.unrendered).toBeLessThan(routeCount());
    expect(differences(join(root, "_site"), await coldTwin(root, tomorrow))).toEqual([]);
    // Back to the tests' clock for what follows.
    await buildAt(root);
  }, 120_000);

  it("writes again a published page changed by hand, though its reads did not change", async () => {
    const page = join(root, "_site", GUIDE_PAGE);
    writeFileSync(page, readFileSync(page, "utf8").replace("</main>", "<p>sửa tay</p></main>"));
    const again = await buildAt(root);
    expect(again.unrendered).toBe(routeCount() - 1);
    expect(readFileSync(page, "utf8")).not.toContain("sửa tay");
  }, 120_000);

  it("ignores a damaged state and renders every page", async () => {
    const state = join(root, ".cache", "pages.json");
    writeFileSync(state, readFileSync(state, "utf8").slice(0, 1000));
    const again = await buildAt(root);
    expect(again.ok).toBe(true);
    expect(again.unrendered).toBe(0);
    expect(again.kept).toBe(routeCount());
    // And writes a whole one again for the next build.
    expect((await buildAt(root)).unrendered).toBe(routeCount());
  }, 120_000);

  it("with verifyKept, fails when a page shows something its render did not read", async () => {
    // A route table that reads a session's title while the table is made, outside the page's
    // render, and does not say so: the state cannot know the page shows it.
    const leaky: RouteTable = (store) => {
      const title = store.sessions[0]!.title;
      return [...buildRoutes(store).filter((r) => r.url !== "/gioi-thieu/"), { url: "/gioi-thieu/", file: "gioi-thieu/index.html", html: false, render: () => title }];
    };
    await buildAt(root, { routes: leaky });
    replaceIn(root, SESSIONS_2025, "title: Tập huấn nâng cao nhận thức", "title: Lớp tập huấn nâng cao nhận thức");
    const caught = await buildSite({ root, outDir: join(root, "_site"), now: NOW, routes: leaky, verifyKept: true });
    expect(caught.ok).toBe(false);
    expect(caught.diagnostics.map((d) => d.params.detail)).toEqual([expect.stringContaining("gioi-thieu/index.html was kept unrendered, yet renders differently")]);
  }, 120_000);
});

describe("the reads a page makes", () => {
  const store = loadContent({ root: copyProject(), now: NOW, drafts: false }).store!;
  const view = trackReads(store);

  it("name an item when any of its fields is read, a collection when it is scanned, a table entry when it is looked up", () => {
    const session = view.sessions[3]!;
    const { reads: made } = collectReads(() => [session.title, view.topics.get("5s")?.name, view.topics.get("khong-co"), view.guides.filter((g) => g.topics.includes("5s")).length, view.today]);
    const reads = made.all();
    expect(reads).toContain(`sessions:${session.url}`);
    expect(reads).toContain("topics:5s");
    expect(reads).toContain("topics:khong-co");
    expect(reads).toContain("guides[]");
    for (const g of store.guides) expect(reads).toContain(`guides:${g.url}`);
    expect(reads).toContain("today");
    expect(reads).not.toContain("now");
    expect(reads).not.toContain("sessions[]");
  });

  it("of a value worked out once per store are noted again in every page that uses it", () => {
    const titles = perStore((s: Store) => s.plans.map((p) => p.title));
    const first = collectReads(() => titles(view));
    const second = collectReads(() => titles(view));
    expect(first.reads.all()).toContain("plans[]");
    expect([...second.reads.all()].sort()).toEqual([...first.reads.all()].sort());
  });

  it("have fingerprints that change with the value, and none for what the store does not hold", () => {
    const prints = readFingerprints(store);
    const other = readFingerprints({ ...store, today: "2026-11-30" } as Store);
    expect(prints("today")).not.toBe(other("today"));
    expect(prints(`sessions:${store.sessions[0]!.url}`)).toBe(other(`sessions:${store.sessions[0]!.url}`));
    expect(prints("topics:khong-co")).toBeUndefined();
  });
});
