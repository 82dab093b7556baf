/**
 * The build: check → pages (Eleventy) → search index, into a fresh folder that replaces
 * the published one only when every stage succeeded. A failed build leaves the previous
 * site exactly as it was.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Eleventy, { type EleventyResult } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import portal from "../../eleventy.config.ts";
import { buildRoutes, type Route } from "../../layouts/routes.tsx";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { loadContent } from "../content/load.ts";
import { indexableHtml, searchRecords, type SearchRecord } from "../search/record.ts";
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
  /**
   * Whether a worker thread writes half the searchable pages. By default, from
   * PAGE_WRITER_MIN_FILES content files on: starting it costs about a second, more than it
   * saves on a small site.
   */
  pageWriter?: boolean;
}

export const PAGE_WRITER_MIN_FILES = 1000;

/** Content files of the project, counted without reading them. */
function countContentFiles(root: string): number {
  try {
    return readdirSync(join(root, "content"), { recursive: true }).length;
  } catch {
    return 0;
  }
}

/** Milliseconds. The index is built while the non-searchable pages are written, so pages and search overlap. */
export interface StageTimes {
  check: number;
  /** From the end of the check to the last page written. */
  pages: number;
  /** From the last searchable page written to the index written. */
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
 * Writes routes to `dir` with Eleventy; returns the HTML pages it wrote. Eleventy reads no file:
 * its input is an empty folder made for this run (so no global or template data files), and
 * `configPath: false` keeps it from loading an eleventy.config.js or .eleventy.js from the
 * working folder, which a pull request could add.
 */
export async function writePages(routes: readonly Route[], dir: string): Promise<{ url: string; content: string }[]> {
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
    return results.filter((r) => r.url !== undefined && html.has(r.url)).map((r) => ({ url: r.url!, content: r.content ?? "" }));
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
 * Indexes pages already in memory with Pagefind's Node API (the preview server's background
 * index). Only pages with a search record are indexed.
 */
export async function writeSearchIndex(pages: readonly { url: string; content: string }[], dir: string, records: ReadonlyMap<string, SearchRecord>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const added = await Promise.all(
      pages.flatMap((page) => {
        const record = records.get(page.url);
        return record ? [index.addHTMLFile({ url: page.url, content: searchablePage(page.content, record) })] : [];
      }),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(`Pagefind: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * The site's routes, the searchable pages apart: each carries its search record (hidden filters,
 * meta and sort key) in the HTML itself. The worker computes the same list from its own store.
 */
export function siteRoutes(store: Store, routesOf: (store: Store) => Route[] = buildRoutes): { searchable: Route[]; others: Route[] } {
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

export const searchableRoutes = (store: Store): Route[] => siteRoutes(store).searchable;

interface PageWriter {
  /** Writes the worker's share of the searchable pages into `dir`; resolves to their URLs. */
  write(dir: string): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Starts the worker thread of ./page-writer.ts. It runs TypeScript through tsx, as the build's
 * own commands do, whatever runs this thread (vitest runs the tests through Vite).
 */
function startPageWriter(data: { root: string; now: number; drafts: boolean }): PageWriter {
  // Node 20 does not apply a loader given in execArgv to a worker's entry module: register
  // tsx inside the worker first, then import the TypeScript entry.
  // tsx's "esm/api" export, as an import would resolve it (require would give its CommonJS twin).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const entry = new URL("./page-writer.ts", import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    workerData: data,
  });
  const exited = new Promise<void>((ok) => worker.once("exit", () => ok()));
  const failed = new Promise<never>((_, fail) => {
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`page writer stopped (${code})`)));
  });
  failed.catch(() => undefined);
  return {
    write: (dir) => {
      const answer = new Promise<string[]>((ok, fail) =>
        worker.once("message", (m: { written?: string[]; error?: string }) => (m.written ? ok(m.written) : fail(new Error(m.error)))),
      );
      worker.postMessage({ dir });
      return Promise.race([answer, failed]).finally(() => worker.terminate());
    },
    stop: async () => {
      await worker.terminate();
      await exited;
    },
  };
}

/** A page that has a search record is published in its searchable form. */
function withSearchRecord(route: Route, record: SearchRecord | undefined): Route {
  return record && route.html ? { ...route, render: () => searchablePage(route.render(), record) } : route;
}

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
export function moveInto(from: string, to: string): void {
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
  // The worker loads its own store while this thread checks; tests that swap the routes get none.
  const useWriter = !options.routes && (options.pageWriter ?? countContentFiles(root) >= PAGE_WRITER_MIN_FILES);
  const writer = useWriter ? startPageWriter({ root, now: options.now, drafts: options.drafts ?? false }) : undefined;
  const { store, diagnostics } = loadContent({ root, now: options.now, drafts: options.drafts ?? false });
  const checked = performance.now();
  if (!store || hasErrors(diagnostics)) {
    await writer?.stop();
    return { ok: false, diagnostics };
  }
  const fresh = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  // The other pages are written beside it while the index is built, then moved in.
  const rest = `${fresh}-rest`;
  try {
    const { searchable, others: otherRoutes } = siteRoutes(store, options.routes);
    // The searchable pages first, so that Pagefind indexes them while the listings, feeds,
    // calendars and data files are written: the two run side by side on two cores. The
    // searchable pages themselves are shared with the worker when there is one.
    const shared = writer ? searchable.filter((_, i) => i % 2 === 1).map((r) => r.url) : [];
    const [mine, helped] = await Promise.all([
      writePages(writer ? searchable.filter((_, i) => i % 2 === 0) : searchable, fresh),
      writer ? writer.write(fresh) : [],
    ]);
    // Its store was read a moment apart from this one: the same pages, or an edit came between.
    if (helped.join("\n") !== shared.join("\n")) throw new Error("the content changed during the build; build again");
    const paged = performance.now();
    const [indexed, others] = await Promise.allSettled([
      indexWrittenSite(fresh).then(() => performance.now()),
      writePages(otherRoutes, rest).then((written) => ({ written, at: performance.now() })),
    ]);
    if (indexed.status === "rejected") throw indexed.reason;
    if (others.status === "rejected") throw others.reason;
    moveInto(rest, fresh);
    copyAttachments(store, root, fresh);
    publish(fresh, outDir);
    return {
      ok: true,
      diagnostics,
      pages: mine.length + helped.length + others.value.written.length,
      times: { check: checked - started, pages: others.value.at - checked, search: indexed.value - paged, total: performance.now() - started },
    };
  } catch (e) {
    await writer?.stop();
    for (const dir of [fresh, rest]) rmSync(dir, { recursive: true, force: true });
    return { ok: false, diagnostics: sortDiagnostics([...diagnostics, stageFailure("build", e)]) };
  }
}
