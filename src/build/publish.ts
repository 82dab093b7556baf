/**
 * Putting a built site in place of the published one, so that some complete site is always there
 * and a build killed at any point is finished or undone by the next one.
 *
 * Two ways. `publish` swaps whole folders: the fresh folder holds the complete site (files kept
 * from the published one are hard-linked into it), two renames put it in place, and the previous
 * folder is removed. `publishChanges` is for a rebuild that changed a few files: the fresh folder
 * holds only those, and they are moved into the published folder, whose other files stay where
 * they are; the files the new site no longer has are removed. It first writes what it is about to
 * do (a journal beside the site), so that a build killed while it moves files is finished by the
 * next one (`recoverInterrupted`). Swapping a site of 44,000 folders costs seconds of linking and
 * removing; moving a changed page costs a rename.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

/** Every file under `dir`, relative, with forward slashes; none if it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
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

/** What `publishChanges` is about to do: the folder whose files move in, and the files to remove. */
interface Journal {
  fresh: string;
  remove: string[];
}

const journalPrefix = (outDir: string) => `${basename(outDir)}.apply-`;

/**
 * Moves every file of `fresh` (`files`, if the caller listed them) into `outDir`, in place of the
 * file of the same name, and removes the files of `outDir` that are neither in `fresh` nor in
 * `kept` (paths relative to the site).
 */
export function publishChanges(fresh: string, outDir: string, kept: ReadonlySet<string>, files: readonly string[] = filesUnder(fresh)): void {
  const written = new Set(files);
  const journal: Journal = { fresh: basename(fresh), remove: filesUnder(outDir).filter((f) => !kept.has(f) && !written.has(f)) };
  const file = join(dirname(outDir), `${journalPrefix(outDir)}${process.pid}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(journal));
  // From here on the change is decided: a build killed after this rename is finished by the next.
  renameSync(`${file}.tmp`, file);
  apply(file, outDir);
}

/** Carries out a journal; doing it again after an interruption finishes it. */
function apply(file: string, outDir: string): void {
  const journal = JSON.parse(readFileSync(file, "utf8")) as Journal;
  const fresh = join(dirname(outDir), journal.fresh);
  const folders = new Set<string>();
  for (const f of filesUnder(fresh)) {
    const target = join(outDir, f);
    if (!folders.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    renameSync(join(fresh, f), target);
  }
  const emptied = new Set<string>();
  for (const f of journal.remove) {
    rmSync(join(outDir, f), { force: true });
    emptied.add(dirname(f));
  }
  // The folders of removed pages, deepest first, as far up as they are empty.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) removeEmpty(outDir, folder);
  rmSync(fresh, { recursive: true, force: true });
  unlinkSync(file);
}

function removeEmpty(outDir: string, folder: string): void {
  for (let f = folder; f !== "." && f !== ""; f = dirname(f)) {
    try {
      rmdirSync(join(outDir, f));
    } catch {
      return;
    }
  }
}

/**
 * Recovers from a build killed while publishing: finishes a change it had decided
 * (`publishChanges`), or puts back the site it had set aside between the two renames of
 * `publish`; then removes what killed builds left beside the site.
 */
export function recoverInterrupted(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const name = basename(outDir);
  for (const n of readdirSync(parent)) {
    if (!n.startsWith(journalPrefix(outDir))) continue;
    if (n.endsWith(".json") && existsSync(outDir)) apply(join(parent, n), outDir);
    else rmSync(join(parent, n), { force: true });
  }
  const leftovers = readdirSync(parent).filter((n) => n.startsWith(`${name}.old-`) || n.startsWith(`${name}.tmp-`));
  for (const n of leftovers) {
    const path = join(parent, n);
    if (!existsSync(outDir) && n.startsWith(`${name}.old-`)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}
