/**
 * The search index as partitions (src/search/partitions.ts): one Pagefind command-line run per
 * partition over its own written pages, at most two at a time, so that the build's peak memory
 * follows the largest partition rather than the whole site. Each partition's bundle is kept in
 * a cache folder outside the site, under a key made of exactly what Pagefind reads (the path and
 * bytes of each page of the partition), Pagefind's version and its options; an unchanged
 * partition is copied from there instead of indexed again. Pagefind writes the same bundle for
 * the same pages, so a reused bundle is the one a cold build would write.
 *
 * A cache entry is trusted only when its manifest names the format, the Pagefind version and the
 * key expected, and every file it lists is there with the bytes it recorded. Anything else is
 * ignored, re-indexed, and reported as a warning.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostics.ts";
import { bundleWordCounts, fragmentText } from "../search/vocabulary.ts";
import { wordCounts } from "../search/search-words.js";
import { placeFiles } from "./place-files.ts";
import { filesUnder } from "./publish.ts";
import { sha256 } from "../hash.ts";

const PAGEFIND_DIR = join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "..");
/** The pagefind package's own command-line wrapper, beside its Node API (lib/index.js). */
const PAGEFIND_BIN = join(PAGEFIND_DIR, "lib", "runner", "bin.cjs");
export const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(PAGEFIND_DIR, "package.json"), "utf8")) as { version: string }).version;

/** Pagefind's options, the same for every partition; part of the cache key. */
export const PAGEFIND_ARGS = ["--force-language", "vi", "--silent"] as const;
/**
 * Pagefind's environment: none of the caller's PAGEFIND_* variables (they would change the
 * bundle behind the key's back), only these; part of the cache key. The index chunk size: see
 * docs/performance.md for the measurements behind it.
 */
export const PAGEFIND_ENV: Readonly<Record<string, string>> = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: "5000" };

/** The cache's own format; a change makes every older entry foreign. */
const CACHE_FORMAT = "portal-search-index/2";
const MANIFEST = "manifest.json";
/** Beside the bundle in an entry: how often each word of the bundle occurs (src/search/vocabulary.ts). */
const WORDS = "words.json";

export interface PartitionPages {
  name: string;
  /** Where its bundle goes, relative to the site ("pagefind/", "pagefind/2023/"). */
  bundle: string;
  /** Each page as Pagefind reads it: its path in the site and the SHA-256 of its bytes. */
  pages: readonly { file: string; sha256: string }[];
}

export interface IndexReport {
  /** Partitions Pagefind indexed in this build. */
  indexed: string[];
  /** Partitions whose bundle came from the cache. */
  reused: string[];
  /** A cache entry that was ignored (corrupt, incomplete, or written by another version). */
  diagnostics: Diagnostic[];
  /** Each partition's word counts, for the site's vocabulary: computed once, then kept with its bundle. */
  words: Map<string, ReadonlyMap<string, number>>;
}

interface Manifest {
  format: string;
  pagefind: string;
  key: string;
  /** Path inside the bundle → SHA-256 of its bytes. */
  files: Record<string, string>;
  /** SHA-256 of WORDS. */
  words: string;
}


/** The cache key of a partition: Pagefind's version, options and environment, and each page's path and bytes. */
export function partitionKey(partition: PartitionPages): string {
  const hash = createHash("sha256");
  hash.update(`${CACHE_FORMAT}\0${PAGEFIND_VERSION}\0${PAGEFIND_ARGS.join(" ")}\0${JSON.stringify(PAGEFIND_ENV)}\0`);
  for (const page of [...partition.pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) hash.update(`${page.file}\0${page.sha256}\n`);
  return hash.digest("hex");
}

/** Runs Pagefind's command line over `site`, writing the bundle to `output`, from an empty working folder. */
async function runPagefind(work: string, site: string, output: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PAGEFIND_")) env[k] = v;
  Object.assign(env, PAGEFIND_ENV);
  await new Promise<void>((ok, fail) =>
    execFile(process.execPath, [PAGEFIND_BIN, "--site", site, "--output-path", output, ...PAGEFIND_ARGS], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      error ? fail(new Error(`Pagefind: ${stderr.trim() || error.message}`)) : ok(),
    ),
  );
}

type Lookup = { state: "hit"; files: Record<string, string>; words: Map<string, number> } | { state: "miss" } | { state: "ignored"; reason: string };

/**
 * An entry's manifest, when it is one this code would write (readable, this format, this Pagefind
 * version); otherwise why it is not, or undefined when the entry has no manifest.
 */
function readManifest(entry: string): { manifest: Manifest } | { reason: string } | undefined {
  const manifestPath = join(entry, MANIFEST);
  if (!existsSync(manifestPath)) return undefined;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  } catch {
    return { reason: "unreadable manifest" };
  }
  if (!manifest || typeof manifest !== "object" || typeof manifest.files !== "object" || manifest.files === null) return { reason: "unreadable manifest" };
  if (manifest.format !== CACHE_FORMAT || manifest.pagefind !== PAGEFIND_VERSION) return { reason: `written by ${String(manifest.format)}, Pagefind ${String(manifest.pagefind)}` };
  return { manifest };
}

/** An entry's word counts, when WORDS holds the bytes its manifest recorded. */
function readWords(entry: string, manifest: Manifest): Map<string, number> | undefined {
  const words = existsSync(join(entry, WORDS)) ? readFileSync(join(entry, WORDS)) : undefined;
  if (!words || sha256(words) !== manifest.words) return undefined;
  return new Map(JSON.parse(words.toString("utf8")) as [string, number][]);
}

/** Reads and verifies a cache entry against the key expected. */
function lookup(entry: string, key: string): Lookup {
  const read = readManifest(entry);
  if (!read) return existsSync(entry) ? { state: "ignored", reason: "no manifest" } : { state: "miss" };
  if ("reason" in read) return { state: "ignored", reason: read.reason };
  const { manifest } = read;
  // Another key is a partition whose pages changed: rebuilt without a word.
  if (manifest.key !== key) return { state: "miss" };
  const bundle = join(entry, "bundle");
  const present = existsSync(bundle) ? filesUnder(bundle) : [];
  const listed = Object.keys(manifest.files).sort();
  if (present.length !== listed.length || present.some((f, i) => f !== listed[i])) return { state: "ignored", reason: "files missing or added" };
  for (const file of listed) if (sha256(readFileSync(join(bundle, file))) !== manifest.files[file]) return { state: "ignored", reason: `${file} changed` };
  const words = readWords(entry, manifest);
  if (!words) return { state: "ignored", reason: `${WORDS} missing or changed` };
  return { state: "hit", files: manifest.files, words };
}

const isFragment = (file: string): boolean => file.startsWith("fragment/") && file.endsWith(".pf_fragment");

/**
 * The word counts of a bundle Pagefind just wrote (`files`: path → SHA-256). Counts add up page by
 * page (each fragment is one page), so when the partition's previous cache entry can be trusted
 * for what is taken from it (its words by their hash; each fragment that is gone or changed by its
 * hash), they are its counts, less the fragments gone, plus the fragments new: after one guide
 * is edited that reads two fragments instead of thousands. Otherwise every fragment is read.
 */
function freshWordCounts(bundle: string, files: Record<string, string>, previous: string): Map<string, number> {
  const all = () => bundleWordCounts(bundle);
  const read = readManifest(previous);
  if (!read || "reason" in read) return all();
  const { manifest } = read;
  const counts = readWords(previous, manifest);
  if (!counts) return all();
  const gone = Object.keys(manifest.files).filter((f) => isFragment(f) && files[f] !== manifest.files[f]);
  const added = Object.keys(files).filter((f) => isFragment(f) && manifest.files[f] !== files[f]);
  // Past half the bundle, reading it all costs no more.
  if (gone.length + added.length > Object.keys(files).length / 2) return all();
  const goneTexts: string[] = [];
  for (const file of gone) {
    const path = join(previous, "bundle", file);
    if (!existsSync(path)) return all();
    const bytes = readFileSync(path);
    if (sha256(bytes) !== manifest.files[file]) return all();
    goneTexts.push(fragmentText(bytes));
  }
  for (const [word, n] of wordCounts(goneTexts)) {
    const left = (counts.get(word) ?? 0) - n;
    // Fewer than none: the entry's counts were not its fragments' after all.
    if (left < 0) return all();
    if (left === 0) counts.delete(word);
    else counts.set(word, left);
  }
  for (const [word, n] of wordCounts(added.map((file) => fragmentText(readFileSync(join(bundle, file)))))) counts.set(word, (counts.get(word) ?? 0) + n);
  return counts;
}

/**
 * Indexes `partitions` of the searchable pages already written in `site`, reusing cached bundles
 * from `cacheDir`, and places each bundle in the site. `work` is a scratch folder beside the site.
 */
export async function indexPartitions(options: {
  site: string;
  partitions: readonly PartitionPages[];
  cacheDir: string;
  work: string;
  cacheLabel: string;
  /** The published site, if any: a bundle file it already holds with the same bytes is linked from it. */
  published?: string;
  /**
   * Files the site keeps where they are in the published site instead (src/build/publish.ts): a
   * bundle file the published site holds with the same bytes is noted here rather than linked,
   * and a page noted here is read from the published site.
   */
  inPlace?: Set<string>;
}): Promise<IndexReport> {
  const { site, cacheDir, work, published, inPlace } = options;
  const report: IndexReport = { indexed: [], reused: [], diagnostics: [], words: new Map() };
  const toIndex: { partition: PartitionPages; key: string; entry: string }[] = [];
  // From the cache, copied, not linked: a file changed in place in the published site must not
  // change the cache, and a damaged cache must not change the published site. A file the
  // published site holds with the bytes recorded (a reused year, or a fragment of a page that did
  // not change: fragments are named by their content) is linked from the published site instead,
  // as the unchanged pages are: hashing it costs less than writing it again.
  const place = (partition: PartitionPages, entry: string, files: Record<string, string>) => {
    const placed = placeFiles();
    for (const [file, hash] of Object.entries(files)) {
      const target = join(site, partition.bundle, file);
      const old = published && join(published, partition.bundle, file);
      if (old && existsSync(old) && sha256(readFileSync(old)) === hash) {
        if (inPlace) inPlace.add(`${partition.bundle}${file}`);
        else placed.link(old, target);
      } else placed.copy(join(entry, "bundle", file), target);
    }
  };
  for (const partition of options.partitions) {
    const key = partitionKey(partition);
    const entry = join(cacheDir, partition.name);
    const found = lookup(entry, key);
    if (found.state === "hit") {
      place(partition, entry, found.files);
      report.words.set(partition.name, found.words);
      report.reused.push(partition.name);
      continue;
    }
    if (found.state === "ignored")
      report.diagnostics.push({
        file: `${options.cacheLabel}/${partition.name}/${MANIFEST}`,
        line: 1,
        column: 1,
        path: [],
        code: "build/search-cache-ignored",
        severity: "warning",
        params: { partition: partition.name, detail: found.reason },
      });
    toIndex.push({ partition, key, entry });
  }
  // Largest first, two at a time: the two cores stay busy and the peak is the largest partition's.
  toIndex.sort((a, b) => b.partition.pages.length - a.partition.pages.length);
  const next = async (): Promise<void> => {
    const job = toIndex.shift();
    if (!job) return;
    const { partition, key, entry } = job;
    const dir = join(work, partition.name);
    const pages = join(dir, "site");
    const placed = placeFiles();
    for (const page of partition.pages) placed.link(join(published && inPlace?.has(page.file) ? published : site, page.file), join(pages, page.file));
    const fresh = join(dir, "entry");
    await runPagefind(dir, pages, join(fresh, "bundle"));
    const files: Record<string, string> = {};
    for (const file of filesUnder(join(fresh, "bundle"))) files[file] = sha256(readFileSync(join(fresh, "bundle", file)));
    // Counted here, while the other partition is being indexed, rather than for every bundle at the end.
    const words = freshWordCounts(join(fresh, "bundle"), files, entry);
    const wordsJson = `${JSON.stringify([...words])}\n`;
    writeFileSync(join(fresh, WORDS), wordsJson);
    const manifest: Manifest = { format: CACHE_FORMAT, pagefind: PAGEFIND_VERSION, key, files, words: sha256(wordsJson) };
    writeFileSync(join(fresh, MANIFEST), `${JSON.stringify(manifest)}\n`);
    // The entry appears complete or not at all: a build killed here leaves an entry without a
    // manifest at worst, which the next build ignores.
    mkdirSync(cacheDir, { recursive: true });
    // The previous entry goes into the working folder (or, on another file system, is removed now).
    try {
      renameSync(entry, join(dir, "previous"));
    } catch {
      rmSync(entry, { recursive: true, force: true });
    }
    renameSync(fresh, entry);
    // The partition's copy of its pages (a folder per page) and its previous entry are removed in
    // the background: removed synchronously they held the main thread for seconds per partition
    // at 10,000 pages, which delayed the next Pagefind run and the pages written beside the index.
    removals.push(rm(dir, { recursive: true, force: true }));
    place(partition, entry, files);
    report.words.set(partition.name, words);
    report.indexed.push(partition.name);
    return next();
  };
  const removals: Promise<void>[] = [];
  try {
    const runs = await Promise.allSettled([next(), next()]);
    for (const run of runs) if (run.status === "rejected") throw run.reason;
  } finally {
    await Promise.allSettled(removals);
    await rm(work, { recursive: true, force: true });
  }
  report.indexed.sort();
  report.reused.sort();
  return report;
}
