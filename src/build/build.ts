/**
 * The build: check → pages (Eleventy) → search index, into a fresh folder that replaces
 * the published one only when every stage succeeded. A failed build leaves the previous
 * site exactly as it was.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy, { type EleventyResult } from "@11ty/eleventy";
import portal from "../../eleventy.config.ts";
import { buildRoutes, type Route } from "../../layouts/routes.tsx";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { loadContent } from "../content/load.ts";
import { indexableHtml, searchRecords, type SearchRecord } from "../search/record.ts";
import { writeVocabulary } from "../search/vocabulary.ts";
import { siteEditorConfig } from "../editor/decap-config.ts";
import { writeEditor } from "../editor/page.ts";
import type { Store } from "../store.ts";

export interface BuildOptions {
  /** Project root holding content/ and data/. */
  root: string;
  /** The published folder, e.g. <root>/_site. */
  outDir: string;
  now: number;
  drafts?: boolean;
  /** The pages to write; the portal's own route table by default (tests swap it). */
  routes?: (store: Store) => Route[];
}

/** Milliseconds. The index is built while the other pages are written: `others` and `search` overlap. */
export interface StageTimes {
  check: number;
  /** The searchable pages, written after the check. */
  pages: number;
  /** The other pages (listings, feeds, calendars, data), from the searchable pages' end. */
  others: number;
  /** The search index, from the searchable pages' end. */
  search: number;
  total: number;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  pages?: number;
  times?: StageTimes;
}

/** A build failure that is not an editor's content mistake (a template bug, a full disk). */
export const stageFailure = (stage: string, error: unknown): Diagnostic => ({
  file: stage,
  line: 1,
  column: 1,
  path: [],
  code: "internal/error",
  severity: "error",
  params: { detail: error instanceof Error ? error.message.split("\n")[0] : String(error) },
});

/**
 * Writes routes to `dir` with Eleventy; returns how many HTML pages it wrote. Eleventy reads no file:
 * its input is an empty folder made for this run (so no global or template data files), and
 * `configPath: false` keeps it from loading an eleventy.config.js or .eleventy.js from the
 * working folder, which a pull request could add.
 */
async function writePages(routes: readonly Route[], dir: string): Promise<number> {
  // Beside the fresh folder (<out>.tmp-…): a build killed now leaves it where the next one cleans up.
  const input = mkdtempSync(`${dir}.eleventy-`);
  try {
    const eleventy = new Eleventy(input, dir, {
      quietMode: true,
      configPath: false,
      config: (config: Parameters<typeof portal>[0]) => portal(config, { routes: () => routes }),
    });
    // Eleventy answers [passthrough copies, templates]; only templates carry a url.
    const results = (await eleventy.write()).flat() as Partial<EleventyResult>[];
    const html = new Set(routes.filter((r) => r.html).map((r) => r.url));
    return results.filter((r) => r.url !== undefined && html.has(r.url)).length;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/**
 * A page as the search index reads it: its search record (hidden filters, meta and sort key,
 * src/search/record.ts) added, and what the indexer reads (<main> and the record after it) made
 * inert. Editors' text is escaped in HTML ("&lt;script"), but Pagefind stores it decoded in its
 * fragments, where another search interface could show it as markup; so a "<" that would open a
 * tag is indexed as "‹", as in calendars and CSV (src/feeds/inert.ts). The build publishes this
 * form, since the indexer reads the written pages.
 */
export function searchablePage(html: string, record: SearchRecord): string {
  const withRecord = indexableHtml(html, record);
  const start = withRecord.indexOf("<main");
  return start < 0 ? withRecord : withRecord.slice(0, start) + withRecord.slice(start).replace(/&lt;(?=[A-Za-z/!?])/g, "\u2039");
}

/**
 * The site's routes, the searchable pages apart: each carries its search record (hidden filters,
 * meta and sort key) in the HTML itself.
 */
function siteRoutes(store: Store, routesOf: (store: Store) => Route[] = buildRoutes): { searchable: Route[]; others: Route[] } {
  const records = searchRecords(store);
  const searchable: Route[] = [];
  const others: Route[] = [];
  for (const route of routesOf(store)) {
    const record = route.html ? records.get(route.url) : undefined;
    if (record) searchable.push(withSearchRecord(route, record));
    else others.push(route);
  }
  return { searchable, others };
}

/** A page that has a search record is published in its searchable form. */
const withSearchRecord = (route: Route, record: SearchRecord): Route => ({ ...route, render: () => searchablePage(route.render(), record) });

/**
 * Indexes the written site with Pagefind's command line, which reads the files itself. Measured
 * at 10,064 pages on this machine: 27 s, against 65 s for the Node API's addDirectory and about
 * the same for feeding it pages from memory; so this one pass over the output pays for itself.
 */
export async function indexWrittenSite(dir: string): Promise<void> {
  // The pagefind package's own command-line wrapper, beside its Node API (lib/index.js).
  const bin = join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");
  await new Promise<void>((ok, fail) =>
    execFile(process.execPath, [bin, "--site", dir, "--force-language", "vi", "--silent"], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      error ? fail(new Error(`Pagefind: ${stderr.trim() || error.message}`)) : ok(),
    ),
  );
}

/** Copies the attachments the store knows into <dir>/files/. */
function copyAttachments(store: Store, root: string, dir: string): void {
  for (const file of store.files.values()) {
    const target = join(dir, "files", file.name);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(root, "content", "files", file.name), target);
  }
}

/** Moves every file of `from` to the same place in `to` (no file is in both), then removes `from`. */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}

/** Replaces `outDir` with `fresh` so that some complete site is always in place. */
export function publish(fresh: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  const had = existsSync(outDir);
  if (had) renameSync(outDir, old);
  try {
    renameSync(fresh, outDir);
  } catch (e) {
    if (had) renameSync(old, outDir);
    throw e;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

/** Recovers from a build killed between the two renames of `publish`. */
export function recoverInterrupted(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const name = basename(outDir);
  const leftovers = readdirSync(parent).filter((n) => n.startsWith(`${name}.old-`) || n.startsWith(`${name}.tmp-`));
  for (const n of leftovers) {
    const path = join(parent, n);
    if (!existsSync(outDir) && n.startsWith(`${name}.old-`)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const outDir = resolve(options.outDir);
  recoverInterrupted(outDir);
  const { store, diagnostics } = loadContent({ root, now: options.now, drafts: options.drafts ?? false });
  const checked = performance.now();
  if (!store || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const fresh = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  // The other pages are written beside it while the index is built, then moved in.
  const rest = `${fresh}-rest`;
  try {
    const { searchable, others: otherRoutes } = siteRoutes(store, options.routes);
    // The searchable pages first, so that Pagefind indexes them while the listings, feeds,
    // calendars and data files are written: the two run side by side on two cores.
    const written = await writePages(searchable, fresh);
    const paged = performance.now();
    const [indexed, others] = await Promise.allSettled([
      indexWrittenSite(fresh).then(() => {
        writeVocabulary(fresh);
        return performance.now();
      }),
      writePages(otherRoutes, rest).then((written) => ({ written, at: performance.now() })),
    ]);
    if (indexed.status === "rejected") throw indexed.reason;
    if (others.status === "rejected") throw others.reason;
    moveInto(rest, fresh);
    copyAttachments(store, root, fresh);
    // The browser editor, after the index and outside every route, sitemap and feed.
    writeEditor(fresh, { siteName: store.site.name, ...siteEditorConfig(store.site) });
    publish(fresh, outDir);
    return {
      ok: true,
      diagnostics,
      pages: written + others.value.written,
      times: { check: checked - started, pages: paged - checked, others: others.value.at - paged, search: indexed.value - paged, total: performance.now() - started },
    };
  } catch (e) {
    for (const dir of [fresh, rest]) rmSync(dir, { recursive: true, force: true });
    return { ok: false, diagnostics: sortDiagnostics([...diagnostics, stageFailure("build", e)]) };
  }
}
