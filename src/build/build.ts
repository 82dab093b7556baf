/**
 * The build: check → pages (Eleventy) → search index, into a fresh folder that replaces
 * the published one only when every stage succeeded. A failed build leaves the previous
 * site exactly as it was.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy, { type EleventyResult } from "@11ty/eleventy";
import portal from "../../eleventy.config.ts";
import type { Route, RouteTable } from "./route.ts";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { loadContent, type LoadOptions, type LoadResult } from "../content/load.ts";
import { openReadCache } from "../content/read-cache.ts";
import { bundleDir, partitionOf } from "../search/partitions.ts";
import { indexableHtml, searchRecords, type SearchRecord } from "../search/record.ts";
import { writeVocabulary } from "../search/vocabulary.ts";
import { siteEditorConfig } from "../editor/decap-config.ts";
import { writeEditor } from "../editor/page.ts";
import type { Store } from "../store.ts";
import { collectReads, fingerprint, readFingerprints, trackReads } from "../reads.ts";
import { indexPartitions, type IndexReport, type PartitionPages } from "./search-index.ts";
import { codeVersion, PageState } from "./page-state.ts";
import { keepUnchanged, type KeepOptions } from "./unchanged-pages.ts";
import { filesUnder, publish, publishChanges, recoverInterrupted } from "./publish.ts";
import { placeFiles } from "./place-files.ts";

export interface BuildOptions {
  /** Project root holding content/ and data/. */
  root: string;
  /** The published folder, e.g. <root>/_site. */
  outDir: string;
  now: number;
  drafts?: boolean;
  /** The pages to write: the portal's route table (layouts/routes.tsx); tests swap it. */
  routes: RouteTable;
  /**
   * Where each search partition's bundle is kept between builds: <root>/.cache/search-index by
   * default. Safe to delete; keep it between builds (CI cache) to skip re-indexing old years.
   */
  cacheDir?: string;
  /**
   * What the published pages were made from (src/build/page-state.ts): <root>/.cache/pages.json by
   * default. Safe to delete: a build without it renders every page.
   */
  stateFile?: string;
  /** Render the pages the state would keep unrendered all the same, and fail if one differs (tests). */
  verifyKept?: boolean;
  /** Told as the build goes: pages written so far of all, and when the search index is being built. */
  progress?: (p: BuildProgress) => void;
}

/** How far a build is: for the progress line of a long build on a terminal. */
export interface BuildProgress {
  /** Pages rendered so far, and how many there are in all. */
  written: number;
  total: number;
  /** The search index is being built (from when the searchable pages are written until it is done). */
  indexing: boolean;
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
  /** Which search partitions were indexed and which came from the cache. */
  index?: Pick<IndexReport, "indexed" | "reused">;
  /** Files of the published site that the build would have written byte for byte the same, kept instead. */
  kept?: number;
  /** How many of them were kept without being rendered, their reads unchanged (src/build/page-state.ts). */
  unrendered?: number;
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
    // Eleventy's own lines ("Wrote 100 files", a failed template's stack trace) would sit beside
    // the build's summary and diagnostics, which already say what happened: it prints nothing.
    eleventy.disableLogger();
    // Eleventy answers [passthrough copies, templates]; only templates carry a url.
    const results = (await eleventy.write()).flat() as Partial<EleventyResult>[];
    const html = new Set(routes.filter((r) => r.html).map((r) => r.url));
    return results.filter((r) => r.url !== undefined && html.has(r.url)).length;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/**
 * Writes routes into `dir`: a file the published site already holds with the same bytes is linked
 * from it (src/build/unchanged-pages.ts), and Eleventy writes the rest. Returns how many HTML
 * pages are in place and how many files were kept.
 */
async function writeRoutes(routes: readonly Route[], dir: string, published: string | undefined, keep: KeepOptions): Promise<{ pages: number; kept: number; unrendered: number }> {
  const { changed, keptPages, keptFiles, unrendered } = await keepUnchanged(routes, published, dir, keep);
  return { pages: keptPages + (changed.length ? await writePages(changed, dir) : 0), kept: keptFiles, unrendered };
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

/** A searchable page: its route (published in searchable form), its partition and its search record. */
interface SearchablePage {
  route: Route;
  partition: string;
  record: SearchRecord;
}

/** The read a searchable page makes of its own search record, which is added to it after its render. */
const recordRead = (url: string) => `record:${url}`;

/**
 * The site's routes, the searchable pages apart: each carries its search record (hidden filters,
 * meta and sort key) in the HTML itself. As each page is rendered, what it read and the SHA-256
 * of what it wrote are noted in `state`: for the next build, and for the search index, since
 * the searchable pages' bytes are exactly what Pagefind will read.
 */
function siteRoutes(store: Store, records: ReadonlyMap<string, SearchRecord>, state: PageState, routesOf: RouteTable): { searchable: SearchablePage[]; others: Route[] } {
  const searchable: SearchablePage[] = [];
  const others: Route[] = [];
  for (const route of routesOf(store)) {
    const record = route.html ? records.get(route.url) : undefined;
    if (record) searchable.push({ route: noted(route, state, record), partition: partitionOf(record, store.today), record });
    else others.push(noted(route, state));
  }
  return { searchable, others };
}

/** A route whose render notes what it read and wrote; a page that has a search record is published in its searchable form. */
const noted = (route: Route, state: PageState, record?: SearchRecord): Route => ({
  ...route,
  render: () => {
    const { value: html, reads } = collectReads(() => (record ? searchablePage(route.render(), record) : route.render()));
    if (route.reads) reads.parts.add(route.reads);
    // Every route is made with the site's addresses (src/site/urls.ts), read before any render.
    reads.keys.add("site");
    if (record) reads.keys.add(recordRead(route.url));
    state.rendered(route.file, html, reads);
    return html;
  },
});

/** The searchable pages by partition, current first then newest year first, as the index module takes them. */
function partitionsOf(pages: readonly SearchablePage[], state: PageState): PartitionPages[] {
  const byName = new Map<string, PartitionPages & { pages: { file: string; sha256: string }[] }>();
  for (const p of pages) {
    let partition = byName.get(p.partition);
    if (!partition) byName.set(p.partition, (partition = { name: p.partition, bundle: bundleDir(p.partition), pages: [] }));
    const sha256 = state.pages.get(p.route.file)?.sha256;
    if (!sha256) throw new Error(`${p.route.file} was not written`);
    partition.pages.push({ file: p.route.file, sha256 });
  }
  return [...byName.values()].sort((a, b) => (a.bundle.length - b.bundle.length) || b.name.localeCompare(a.name));
}

/**
 * Beside each bundle, the sort dates of its pages in Pagefind's order (ascending, as Pagefind
 * sorts the `date` key as text): the search page reads a result's date from its position when
 * it orders results from several bundles by date (layouts/assets/search.js).
 */
export const SORT_DATES_FILE = "sort-dates.json";
function writeSortDates(site: string, pages: readonly SearchablePage[]): void {
  const byBundle = new Map<string, string[]>();
  for (const p of pages) {
    const dir = bundleDir(p.partition);
    if (!byBundle.has(dir)) byBundle.set(dir, []);
    if (p.record.sort.date) byBundle.get(dir)!.push(p.record.sort.date);
  }
  for (const [dir, dates] of byBundle) {
    mkdirSync(join(site, dir), { recursive: true });
    writeFileSync(join(site, dir, SORT_DATES_FILE), `${JSON.stringify(dates.sort())}\n`);
  }
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

/**
 * Loads the content through the files as the last build read them (src/content/read-cache.ts),
 * for this code only. The cache is let go on return: kept, it would double the heap the pages
 * are rendered in. A build the check refuses writes nothing, this cache included.
 */
function loadThroughCache(options: Omit<LoadOptions, "cache">, code: string): LoadResult {
  const reads = openReadCache(join(options.root, ".cache", "content"), code);
  const since = Date.now();
  const result = loadContent({ ...options, cache: reads.cache });
  if (result.store && !hasErrors(result.diagnostics)) reads.save(since);
  return result;
}

/** Moves every file of `from` to the same place in `to` (no file is in both), then removes `from`. */
function moveInto(from: string, to: string): void {
  // A rebuild that kept every other page in place wrote none.
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}

/**
 * Past this many changed files a rebuild swaps the whole site rather than moving them into the
 * published one: readers then see the old site or the new one, never a mix for seconds.
 */
const MOVE_LIMIT = 2000;

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const outDir = resolve(options.outDir);
  recoverInterrupted(outDir);
  const code = codeVersion(options.routes);
  const { store, diagnostics } = loadThroughCache({ root, now: options.now, drafts: options.drafts ?? false }, code);
  const checked = performance.now();
  if (!store || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const published = existsSync(outDir) ? outDir : undefined;
  const fresh = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  // The other pages are written beside it while the index is built, then moved in.
  const rest = `${fresh}-rest`;
  try {
    // The pages read the store through a view that notes each read (src/reads.ts).
    const view = trackReads(store);
    const records = searchRecords(view);
    const state = new PageState(
      resolve(options.stateFile ?? join(root, ".cache", "pages.json")),
      code,
      readFingerprints(store, new Map([...records].map(([url, record]) => [recordRead(url), fingerprint(record)]))),
    );
    const site = siteRoutes(view, records, state, options.routes);
    const progress = { written: 0, total: site.searchable.length + site.others.length, indexing: false };
    const tell = options.progress;
    const counted = (route: Route): Route =>
      tell
        ? {
            ...route,
            render: () => {
              const html = route.render();
              progress.written++;
              tell({ ...progress });
              return html;
            },
          }
        : route;
    const searchable = site.searchable.map((p) => ({ ...p, route: counted(p.route) }));
    const otherRoutes = site.others.map(counted);
    // A rebuild from a state this code wrote changes few files: those are moved into the published
    // folder, and the files kept stay where they are (src/build/publish.ts).
    const inPlace = published && state.hasPrevious ? new Set<string>() : undefined;
    const keep: KeepOptions = {
      state,
      ...(inPlace ? { inPlace } : {}),
      verify: options.verifyKept ?? false,
      keptUnrendered: () => {
        progress.written++;
        tell?.({ ...progress });
      },
    };
    // The searchable pages first, so that Pagefind indexes them while the listings, feeds,
    // calendars and data files are written: the two run side by side on two cores.
    const written = await writeRoutes(
      searchable.map((p) => p.route),
      fresh,
      published,
      keep,
    );
    const paged = performance.now();
    progress.indexing = true;
    tell?.({ ...progress });
    const cacheDir = resolve(options.cacheDir ?? join(root, ".cache", "search-index"));
    const partitions = partitionsOf(searchable, state);
    const [indexed, others] = await Promise.allSettled([
      indexPartitions({ site: fresh, partitions, cacheDir, work: `${fresh}-index`, cacheLabel: relative(root, cacheDir).split("\\").join("/"), published, ...(inPlace ? { inPlace } : {}) }).then((report) => {
        // Every word the bundles hold, for the search page's variants and suggestions.
        writeVocabulary(fresh, partitions.map((p) => report.words.get(p.name)!));
        return { report, at: performance.now() };
      }),
      writeRoutes(otherRoutes, rest, published, keep).then((written) => ({ written, at: performance.now() })),
    ]);
    progress.indexing = false;
    tell?.({ ...progress });
    if (indexed.status === "rejected") throw indexed.reason;
    if (others.status === "rejected") throw others.reason;
    writeSortDates(fresh, searchable);
    moveInto(rest, fresh);
    copyAttachments(store, root, fresh);
    // The browser editor, after the index and outside every route, sitemap and feed.
    writeEditor(fresh, { siteName: store.site.name, ...siteEditorConfig(store.site) });
    const changedFiles = inPlace ? filesUnder(fresh) : [];
    if (inPlace && changedFiles.length <= MOVE_LIMIT) publishChanges(fresh, outDir, inPlace, changedFiles);
    else {
      // Too many changes to move one by one while the site is served: the whole site is swapped.
      if (inPlace) {
        const place = placeFiles();
        for (const file of inPlace) place.link(join(outDir, file), join(fresh, file));
      }
      publish(fresh, outDir);
    }
    // After publishing, so that it describes the published site. Failing to write it costs the
    // next build time, not correctness: every page it would keep is checked against its bytes.
    try {
      state.save(outDir);
    } catch {
      // The previous state, if any, stays: its hashes no longer match the pages that changed.
    }
    return {
      ok: true,
      diagnostics: sortDiagnostics([...diagnostics, ...indexed.value.report.diagnostics]),
      pages: written.pages + others.value.written.pages,
      times: { check: checked - started, pages: paged - checked, others: others.value.at - paged, search: indexed.value.at - paged, total: performance.now() - started },
      index: { indexed: indexed.value.report.indexed, reused: indexed.value.report.reused },
      kept: written.kept + others.value.written.kept,
      unrendered: written.unrendered + others.value.written.unrendered,
    };
  } catch (e) {
    for (const dir of [fresh, rest, `${fresh}-index`]) rmSync(dir, { recursive: true, force: true });
    return { ok: false, diagnostics: sortDiagnostics([...diagnostics, stageFailure("build", e)]) };
  }
}
