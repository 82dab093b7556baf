/**
 * Every content kind is described once, in src/kinds/: this proves that each kind the registry
 * lists reaches every place derived from it. With the bundled content, each kind has pages in
 * the route table, is in the sitemap and the search records, has its JSON Schema and its section
 * of the editors' reference, and `npm run new` starts an item of it that the checker then knows.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { buildRoutes } from "../../layouts/routes.tsx";
import { createContent, parseNewOptions, USAGE } from "../../src/cli/new.ts";
import { loadContent } from "../../src/content/load.ts";
import { referenceMarkdown } from "../../src/docs/reference.ts";
import { allKinds, itemsOf, kinds } from "../../src/kinds/index.ts";
import { jsonSchemas } from "../../src/schema/json-schema.ts";
import { searchRecords } from "../../src/search/record.ts";
import { RESERVED_SEGMENTS, siteUrls } from "../../src/site/urls.ts";
import { NOW, REPO_ROOT } from "../helpers/project.ts";

const store = loadContent({ root: REPO_ROOT, now: NOW }).store!;
const routes = buildRoutes(store);
const routeUrls = new Set(routes.map((r) => r.url));
const urls = siteUrls(store.site);
const sitemapXml = routes.find((r) => r.url === "/sitemap.xml")!.render();
const sitemapLocs = new Set(
  ([] as { loc: string }[]).concat(new XMLParser().parse(sitemapXml).urlset.url).map((u) => u.loc),
);
const records = searchRecords(store);
const schemas = jsonSchemas();
const reference = referenceMarkdown();

const projects: string[] = [];
afterAll(() => projects.forEach((p) => rmSync(p, { recursive: true, force: true })));
/** A copy of the bundled content and data. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "nscl-kinds-"));
  projects.push(root);
  cpSync(join(REPO_ROOT, "content"), join(root, "content"), { recursive: true });
  cpSync(join(REPO_ROOT, "data"), join(root, "data"), { recursive: true });
  return root;
}

describe.each(kinds.map((k) => [k.name, k] as const))("the %s kind", (_name, kind) => {
  const items = itemsOf(store, kind);

  it("has items in the bundled content", () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it("is in the route table: its list page, and one page per item at the kind's URL", () => {
    if (kind.url.list) expect(routeUrls).toContain(kind.url.list);
    for (const item of items) {
      expect(item.url).toBe(kind.url.item(item.url.split("/").filter(Boolean).at(-1)!));
      expect(routeUrls).toContain(item.url);
    }
  });

  it("is in the sitemap, with its list page", () => {
    if (kind.url.list) expect(sitemapLocs).toContain(urls.absolute(kind.url.list));
    for (const item of items) expect(sitemapLocs).toContain(urls.absolute(item.url));
  });

  it("has a search record per item, with the kind's label in the Loại filter", () => {
    for (const item of items) expect(records.get(item.url)?.filters.loai).toEqual([kind.search.label]);
  });

  it("has a JSON Schema for its files", () => {
    const schema = schemas.find((s) => s.name === kind.reference.schemaName);
    expect(schema?.files).toEqual([`${kind.source.dir}/*.${kind.source.format === "markdown" ? "md" : "yaml"}`]);
    expect(schema?.schema.title).toBe(kind.reference.heading);
  });

  it("has a section in the editors' reference", () => {
    expect(reference).toContain(`### ${kind.reference.heading}\n\nTệp \`${kind.reference.where}\`.`);
  });

  it("takes a list segment the loader reserves", () => {
    if (kind.url.list) expect(RESERVED_SEGMENTS).toContain(kind.url.list.split("/")[1]);
  });

  it("is started by `npm run new`, and the checker then reads the new item as this kind", () => {
    const project = copyProject();
    expect(USAGE).toContain(`${kind.scaffold.command} (${kind.label.vi}`);
    const options = parseNewOptions([kind.scaffold.command, `Mục thử của loại ${kind.label.vi}`, "--root", project, "--now", "2026-11-29", ...(kind.source.format === "calendar" ? ["--province", "tuyen-quang"] : [])]);
    expect(options.usage).toBeUndefined();
    const created = createContent(options, NOW);
    expect(created.file.startsWith(`${kind.source.dir}/`)).toBe(true);
    // Either the item loads as one of this kind, or the keys left to fill are reported in its file.
    const result = loadContent({ root: project, now: NOW, drafts: true });
    const loaded = result.store ? itemsOf(result.store, kind).some((i) => i.url === kind.url.item(created.id)) : false;
    expect(loaded || result.diagnostics.some((d) => d.file === created.file && d.severity === "error")).toBe(true);
  });
});

it("lists the menu's kinds in the main menu of every page", () => {
  const home = routes.find((r) => r.url === "/")!.render();
  const nav = home.slice(home.indexOf('aria-label="Điều hướng chính"'));
  for (const kind of allKinds) if (kind.menu) expect(nav).toContain(`href="${urls.path(kind.url.list!)}"`);
});
