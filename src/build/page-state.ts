/**
 * What the published site's pages were made from, so that a rebuild renders only the pages whose
 * inputs changed. For each page the build notes what its render read from the store
 * (src/reads.ts) and the SHA-256 of what it wrote; the next build skips the render of a page when
 * the same code reads values with the same fingerprints and the published file still has those
 * bytes, and links that file instead. Anything else is rendered as before: a page that is new, or
 * whose reads changed, or whose published file was changed by hand.
 *
 * The state is a file beside the search index's cache (.cache/pages.json), safe to delete: a
 * build without it renders every page. It is trusted only with the format, the code version and
 * the fingerprints it was written with; a damaged or foreign file is ignored.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type BigIntStats } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Reads } from "../reads.ts";
import type { RouteTable } from "./route.ts";
import { sha256 } from "../hash.ts";

const FORMAT = "portal-pages/1";
const REPO = fileURLToPath(new URL("../../", import.meta.url));
/** What decides how a page looks besides the content: the code, its libraries, the editor guide, Node's ICU. */
const CODE_PATHS = ["src", "layouts", "docs/bien-tap", "eleventy.config.ts", "package.json", "package-lock.json"];


/**
 * A published file as the file system knows it: a file written, replaced or touched since has
 * another inode, size, modification or change time (the change time cannot be set back), and
 * is then checked by its bytes instead.
 */
const identity = (s: BigIntStats): string => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/** A hash of every file that can change what the route table renders, and of the route table itself. */
export function codeVersion(routes: RouteTable): string {
  const hash = createHash("sha256").update(`${FORMAT}\0${process.version}\0${JSON.stringify(process.versions.icu)}\0${routes.toString()}\0`);
  const files: string[] = [];
  for (const path of CODE_PATHS) {
    const full = join(REPO, path);
    if (!existsSync(full)) continue;
    if (statSync(full).isFile()) files.push(full);
    else for (const e of readdirSync(full, { withFileTypes: true, recursive: true })) if (e.isFile()) files.push(join(e.parentPath, e.name));
  }
  for (const file of files.sort()) hash.update(relative(REPO, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

interface StateFile {
  format: string;
  code: string;
  /** Every key some page read, with the fingerprint its value had. */
  keys: [string, string | null][];
  /** Sets of reads: the index in `keys` of each key, and the index in `sets` of each part (always an earlier set). */
  sets: [number[], number[]][];
  /**
   * Output file → [SHA-256 of its bytes, index in `sets` of what its render read, the published
   * file's identity when the state was written (see `identity`)].
   */
  pages: Record<string, [string, number, string]>;
}

/** What a page was made from: its bytes' SHA-256 and what its render read. */
export interface PageRecord {
  sha256: string;
  reads: Reads;
}

export class PageState {
  /** The pages of this build, as each is rendered or kept. */
  readonly pages = new Map<string, PageRecord>();
  private readonly previous?: {
    state: StateFile;
    /** Whether each set of `state.sets` holds a read whose value changed since. */
    changed: boolean[];
    /** Each set of `state.sets` as reads of this build, made when a kept page needs it. */
    reads: Map<number, Reads>;
  };

  /**
   * `fingerprint` gives the value of a key in this build's store. The previous state counts only
   * when it was written by the same code.
   */
  constructor(
    private readonly file: string,
    private readonly code: string,
    private readonly fingerprint: (key: string) => string | undefined,
  ) {
    const state = readState(file, code);
    if (!state) return;
    const keyChanged = state.keys.map(([key, was]) => fingerprint(key) !== (was ?? undefined));
    const changed: boolean[] = [];
    for (const [keys, parts] of state.sets) changed.push(keys.some((k) => keyChanged[k]) || parts.some((p) => changed[p]));
    this.previous = { state, changed, reads: new Map() };
  }

  /** Whether the previous build's state counts: written by this code, and whole. */
  get hasPrevious(): boolean {
    return this.previous !== undefined;
  }

  /**
   * Whether `file` may be kept from the published site without rendering it: the previous build
   * rendered it from reads that have not changed, and the published file still holds exactly
   * those bytes. If so it is noted as this build's.
   */
  reusable(file: string, published: string, stats: BigIntStats): boolean {
    const was = this.previous?.state.pages[file];
    if (!was || this.previous!.changed[was[1]]) return false;
    // The same file, untouched since the state was written, or else the same bytes.
    if (identity(stats) !== was[2] && sha256(readFileSync(published)) !== was[0]) return false;
    this.pages.set(file, { sha256: was[0], reads: this.readsOf(was[1]) });
    return true;
  }

  private readsOf(set: number): Reads {
    const { state, reads } = this.previous!;
    let made = reads.get(set);
    if (made) return made;
    made = new Reads();
    const [keys, parts] = state.sets[set]!;
    for (const k of keys) made.keys.add(state.keys[k]![0]);
    for (const p of parts) made.parts.add(this.readsOf(p));
    reads.set(set, made);
    return made;
  }

  /** Notes a page rendered in this build; returns the SHA-256 of its bytes. */
  rendered(file: string, html: string, reads: Reads): string {
    const hash = sha256(html);
    this.pages.set(file, { sha256: hash, reads });
    return hash;
  }

  /** Writes the state of this build's pages as published in `site`, replacing the previous one whole. */
  save(site: string): void {
    const keyIndex = new Map<string, number>();
    const setIndex = new Map<Reads, number>();
    const state: StateFile = { format: FORMAT, code: this.code, keys: [], sets: [], pages: {} };
    const keyOf = (key: string) => {
      let i = keyIndex.get(key);
      if (i === undefined) {
        keyIndex.set(key, (i = state.keys.length));
        state.keys.push([key, this.fingerprint(key) ?? null]);
      }
      return i;
    };
    const setOf = (reads: Reads): number => {
      let i = setIndex.get(reads);
      if (i !== undefined) return i;
      const parts = [...reads.parts].map(setOf);
      setIndex.set(reads, (i = state.sets.length));
      state.sets.push([[...reads.keys].map(keyOf), parts]);
      return i;
    };
    for (const [file, page] of this.pages) state.pages[file] = [page.sha256, setOf(page.reads), identity(statSync(join(site, file), { bigint: true }))];
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, this.file);
  }
}

/** The previous state, if it is whole and was written by this code. */
function readState(file: string, code: string): StateFile | undefined {
  let state: StateFile;
  try {
    state = JSON.parse(readFileSync(file, "utf8")) as StateFile;
  } catch {
    return undefined;
  }
  if (state?.format !== FORMAT || state.code !== code || !Array.isArray(state.keys) || !Array.isArray(state.sets) || !state.pages || typeof state.pages !== "object") return undefined;
  const index = (i: unknown, below: number) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < below;
  for (const key of state.keys) if (!Array.isArray(key) || typeof key[0] !== "string") return undefined;
  for (const [n, set] of state.sets.entries())
    if (!Array.isArray(set) || !Array.isArray(set[0]) || !Array.isArray(set[1]) || !set[0].every((k) => index(k, state.keys.length)) || !set[1].every((p) => index(p, n))) return undefined;
  for (const entry of Object.values(state.pages))
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !/^[0-9a-f]{64}$/.test(entry[0]) || !index(entry[1], state.sets.length) || typeof entry[2] !== "string") return undefined;
  return state;
}
