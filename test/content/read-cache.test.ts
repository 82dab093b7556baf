/**
 * The build's file cache on disk (src/content/read-cache.ts): a load that takes the unchanged
 * files from the last build's cache reports exactly what a full check reports, at the same lines
 * and columns, and gives the same store, also when the problem is in a file it did not read
 * again; and a cache that is damaged, from other code or too fresh to trust is not used.
 */
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { openReadCache } from "../../src/content/read-cache.ts";
import { applyEdits, NOW, type Edits } from "../helpers/project.ts";
import { copyProject } from "../helpers/site.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const project = () => {
  const root = copyProject();
  roots.push(root);
  return root;
};
const cacheDir = (root: string) => join(root, ".cache", "content");
/** As a build ten seconds from now would: files written by the test are then old enough to keep. */
const later = () => Date.now() + 10_000;

/** A build's load: the cache opened from disk, the content loaded through it, the cache saved. */
function buildLoad(root: string, version = "v1", since = later()) {
  const reads = openReadCache(cacheDir(root), version);
  const fromCache = reads.cache.files.size;
  const result = loadContent({ root, now: NOW, drafts: true, cache: reads.cache });
  reads.save(since);
  return { result, fromCache, files: reads.cache.files.size };
}

/** A build's load, which must say and give what a full check of the same files says and gives. */
function sameAsFullCheck(root: string, version = "v1") {
  const load = buildLoad(root, version);
  const full = loadContent({ root, now: NOW, drafts: true });
  expect(load.result.diagnostics).toEqual(full.diagnostics);
  expect(load.result.store).toEqual(full.store);
  return { ...load, full };
}

const codes = (r: ReturnType<typeof loadContent>) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe("the build's file cache", () => {
  it("gives a later build every unchanged file, with what a full check says after each edit", () => {
    const root = project();
    const first = sameAsFullCheck(root);
    expect(first.fromCache).toBe(0);
    expect(first.full.diagnostics).toEqual([]);
    // The next build has every content and data file from the cache: none is parsed again.
    const second = sameAsFullCheck(root);
    expect(second.fromCache).toBe(first.files);
    expect(second.fromCache).toBeGreaterThan(20);

    const read = (rel: string) => readFileSync(join(root, rel), "utf8");
    const agencies = "data/agencies.yaml";
    const calendar = "content/trainings/2026-tuyen-quang.yaml";
    const guide = "content/guidance/kaizen-cai-tien-lien-tuc.md";
    const page = "content/pages/lien-he.md";
    const originals = Object.fromEntries([agencies, calendar, guide, page].map((f) => [f, read(f)]));
    const write = (edits: Edits) => applyEdits(root, edits);

    // An agency renamed: the calendar that names it was not read again, yet its problems are
    // reported at the very key, by parsing its text again only to answer where.
    write({ [agencies]: originals[agencies]!.replace("- id: so-khcn-tuyen-quang\n", "- id: so-khcn-tq\n") });
    const renamed = sameAsFullCheck(root);
    expect(codes(renamed.full).filter((c) => c.startsWith(calendar)).length).toBeGreaterThan(0);
    expect(renamed.fromCache).toBe(first.files);
    // And once more from the cache, which now holds those answers too.
    sameAsFullCheck(root);
    write({ [agencies]: originals[agencies]! });
    expect(sameAsFullCheck(root).full.diagnostics).toEqual([]);

    // A link to a guide, then the guide deleted: the page that links is reported, unread.
    write({ [page]: `${originals[page]}Xem [Kaizen](/huong-dan/kaizen-cai-tien-lien-tuc/).\n` });
    expect(sameAsFullCheck(root).full.diagnostics).toEqual([]);
    write({ [guide]: null });
    expect(codes(sameAsFullCheck(root).full).some((c) => c.startsWith(page) && c.endsWith("link/missing"))).toBe(true);
    // A broken calendar, then every file restored.
    write({ [calendar]: originals[calendar]!.replace("sessions:", "sessions: [") });
    expect(codes(sameAsFullCheck(root).full).some((c) => c.startsWith(calendar) && c.endsWith("yaml/syntax"))).toBe(true);
    write(originals);
    expect(sameAsFullCheck(root).full.diagnostics).toEqual([]);

    // Another day: the same files, and the warnings that depend on the clock, at their lines.
    const day = Date.parse("2028-01-15T09:00:00+07:00");
    const reads = openReadCache(cacheDir(root), "v1");
    const cached = loadContent({ root, now: day, drafts: true, cache: reads.cache });
    const full = loadContent({ root, now: day, drafts: true });
    expect(full.diagnostics.length).toBeGreaterThan(0);
    expect(cached.diagnostics).toEqual(full.diagnostics);
  });

  it("ignores a damaged shard, a shard from other code and a missing one, and uses the rest", () => {
    const root = project();
    const { files } = sameAsFullCheck(root);
    const shards = readdirSync(cacheDir(root)).filter((n) => n.endsWith(".bin")).sort();
    expect(shards.length).toBeGreaterThan(3);
    expect(openReadCache(cacheDir(root), "v1").cache.files.size).toBe(files);
    // Garbage, a cut-off write, and a shard removed.
    writeFileSync(join(cacheDir(root), shards[0]!), "not a cache");
    const second = readFileSync(join(cacheDir(root), shards[1]!));
    truncateSync(join(cacheDir(root), shards[1]!), Math.floor(second.length / 2));
    rmSync(join(cacheDir(root), shards[2]!));
    const damaged = sameAsFullCheck(root);
    expect(damaged.fromCache).toBeLessThan(files);
    expect(damaged.fromCache).toBeGreaterThan(0);
    // The build rewrote what it could not trust.
    expect(openReadCache(cacheDir(root), "v1").cache.files.size).toBe(files);
    // Other code reads files its own way: nothing it wrote is used.
    expect(sameAsFullCheck(root, "v2").fromCache).toBe(0);
    expect(openReadCache(cacheDir(root), "v1").cache.files.size).toBe(0);
  });

  it("keeps a file changed in the last two seconds before the load by its bytes only, so a same-size edit in the same clock tick is seen", () => {
    const root = project();
    // Every file was just copied: a build starting now keeps them, to be compared byte for byte.
    const { files } = buildLoad(root, "v1", Date.now());
    expect(openReadCache(cacheDir(root), "v1").cache.files.size).toBe(files);
    const calendar = "content/trainings/2026-tuyen-quang.yaml";
    const text = readFileSync(join(root, calendar), "utf8");
    const edited = text.replace(/title: (.)/, (_, c: string) => `title: ${c === "X" ? "Y" : "X"}`);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(join(root, calendar), edited);
    const after = sameAsFullCheck(root);
    expect(after.fromCache).toBe(files);
    expect(after.full.store!.sessions.some((s) => s.title.startsWith("X") || s.title.startsWith("Y"))).toBe(true);
  });

  it("takes a file from the cache by its bytes when a fresh checkout gave it new times and inode", () => {
    const root = project();
    sameAsFullCheck(root);
    // As git writes a checkout: every file written anew, same bytes, new inode and times.
    const sources = ["content", "data"].flatMap((d) => readdirSync(join(root, d), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /\.(md|yaml)$/.test(e.name));
    for (const e of sources) {
      const path = join(e.parentPath, e.name);
      const bytes = readFileSync(path);
      rmSync(path);
      writeFileSync(path, bytes);
    }
    const reads = openReadCache(cacheDir(root), "v1");
    const before = new Map([...reads.cache.files].map(([abs, row]) => [abs, row.doc]));
    expect(before.size).toBe(sources.length);
    const cached = loadContent({ root, now: NOW, drafts: true, cache: reads.cache });
    // Not one file parsed again: each document is the one the cache gave.
    expect([...reads.cache.files].filter(([abs, row]) => row.doc !== before.get(abs))).toEqual([]);
    const full = loadContent({ root, now: NOW, drafts: true });
    expect(cached.diagnostics).toEqual(full.diagnostics);
    expect(cached.store).toEqual(full.store);
  });
});
