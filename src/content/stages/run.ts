/**
 * The one state a load passes from stage to stage: the options, the diagnostics found so far,
 * the memos shared by every stage, and what each stage has read or made. Each stage is a
 * function of its own file taking this object, so what a stage reads and writes is visible here.
 */
import { lstatSync, readdirSync, type Dirent, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import type { z } from "zod";
import type { Diagnostic, KeyPath } from "../../diagnostics.ts";
import type { Code } from "../../messages.ts";
import { scanMarkdown, type MarkdownScan } from "../../markdown.ts";
import type { KindName } from "../../kinds/index.ts";
import type { Agency } from "../../schema/agency.ts";
import type { RefKind } from "../../schema/fields.ts";
import { ID_PATTERN } from "../../schema/fields.ts";
import type { Province } from "../../schema/province.ts";
import type { Site } from "../../schema/site.ts";
import type { Topic } from "../../schema/topic.ts";
import type { Calendar, SessionInput } from "../../schema/training.ts";
import type { Attachment, SessionItem } from "../../store.ts";
import { vietnamDate, type IsoDate } from "../../vi/dates.ts";
import { LineIndex } from "../read.ts";
import type { ParsedYaml } from "../source.ts";

/**
 * Problems reported for one file. Past this, the rest of its rows or sessions are not checked:
 * a file of a hundred thousand broken rows would otherwise take minutes and print as many lines.
 */
export const MAX_PROBLEMS_PER_FILE = 200;

export type ReadDocument = {
  file: string;
  source: ParsedYaml;
  data: unknown;
  body?: { text: string; line: number };
  /** The body's scan, kept with a cached read so that a later load does not parse it again. */
  scan?: MarkdownScan;
};

/**
 * What the preview server keeps from one load to the next. Two things:
 * - each file as last read: a file whose size, times and inode are the same is not read again,
 *   nor parsed again when its bytes are (a fresh checkout of the same content);
 * - each result that depends on one file's content alone (its schema check, its rows, sessions
 *   and items, the references and links written in it), with the problems found on the way.
 *   It hangs off the file's document object, so a changed file (a new document) starts afresh.
 * The checks that span files (unknown or expired references, repeated ids, URL collisions,
 * links to missing pages) still run over every file on every load, so an edit in one file
 * reports what it breaks in another; with the per-file work remembered they are set lookups.
 */
export class LoadCache {
  readonly files = new Map<string, { mtimeMs: number; ctimeMs: number; ino: number; size: number; sha256?: string; diagnostics: Diagnostic[]; doc: ReadDocument | undefined }>();
  readonly derived = new WeakMap<object, Map<string, { value: unknown; diagnostics: Diagnostic[] }>>();
}

/** An id as written, also in a row or session that failed its checks, so references to it still resolve. */
export interface Identity {
  id: string;
  file: string;
  source: ParsedYaml;
  base: KeyPath;
}

export const rawId = (v: unknown): string | undefined => {
  const id = v && typeof v === "object" ? (v as { id?: unknown }).id : undefined;
  return typeof id === "string" && ID_PATTERN.test(id) ? id : undefined;
};

export interface Located<T> {
  value: T;
  file: string;
  source: ParsedYaml;
  /** Where this value sits inside its file's document. */
  base: KeyPath;
  schema: z.ZodType;
  body?: { text: string; line: number };
}

/** The valid rows of a data file, and the ids of all its rows. */
export interface DataFile<T> {
  rows: Located<T>[];
  ids: Identity[];
}

/** A session with its calendar's defaults applied (`value`) and as written (`input`, whose references are its own). */
export type Session = Located<SessionItem> & { input: SessionInput; identity: Identity; inheritsOrganizer: boolean };

/** A Markdown item of a content kind, checked against its kind's schema. */
export type ContentDocument = Located<Record<string, unknown>> & { id: string };

export interface LoadRun {
  readonly root: string;
  /** The build clock (ms since epoch) and its day in Vietnam. */
  readonly now: number;
  readonly today: IsoDate;
  readonly drafts: boolean;
  readonly cache: LoadCache | undefined;
  /** Every problem found so far, in the order found (sorted by the store stage). */
  readonly diagnostics: Diagnostic[];

  // Memos shared by the stages.
  /** Each Markdown text is parsed once, for its links and its raw HTML together. */
  readonly scans: Map<string, MarkdownScan>;
  /**
   * Each text's line starts, and how much more of it lookups may scan (so that thousands of links
   * or tags that cannot be found as written cost a bounded time, not one pass over the text each).
   */
  readonly located: Map<string, { index: LineIndex; budget: number }>;
  /** Project folders already checked to be real folders (see `realFolder`). */
  readonly checkedFolders: Map<string, boolean>;
  /** Files read in this load: the cache forgets the others (deleted or renamed). */
  readonly readNow: Set<string>;

  // What the stages read and make, in the order they run.
  /** data/: the site, and the rows of each list (undefined when its file cannot be read). */
  site?: Located<Site>;
  agencyData?: DataFile<Agency>;
  provinceData?: DataFile<Province>;
  topicData?: DataFile<Topic>;
  /** Kinds whose own file is broken: references to them are not reported again. */
  unreadable: Set<RefKind>;
  /** content/files/, by name under it. */
  readonly files: Map<string, Attachment>;
  /** Every item file with a valid name per kind: an item with errors is still known to references. */
  readonly fileIds: Record<KindName, Set<string>>;
  /** Every item with a valid file name publishes to its URL, even while it has errors. */
  readonly docFiles: { kind: KindName; id: string; file: string }[];
  /** The checked Markdown items of each kind. */
  readonly docs: Record<KindName, ContentDocument[]>;
  readonly sessions: Session[];
  readonly sessionIdentities: Identity[];
  readonly calendars: Located<Omit<Calendar, "sessions">>[];
  /** Every URL the site will publish, with the file (or the portal) that claims it. */
  readonly urls: Map<string, string>;
}

export function createRun(options: { root: string; now?: number; drafts?: boolean; cache?: LoadCache }, kindNames: readonly KindName[]): LoadRun {
  const now = options.now ?? Date.now();
  return {
    root: options.root,
    now,
    today: vietnamDate(now),
    drafts: options.drafts ?? false,
    cache: options.cache,
    diagnostics: [],
    scans: new Map(),
    located: new Map(),
    checkedFolders: new Map(),
    readNow: new Set(),
    unreadable: new Set(),
    files: new Map(),
    fileIds: Object.fromEntries(kindNames.map((k) => [k, new Set<string>()])) as Record<KindName, Set<string>>,
    docFiles: [],
    docs: Object.fromEntries(kindNames.map((k) => [k, []])) as unknown as Record<KindName, ContentDocument[]>,
    sessions: [],
    sessionIdentities: [],
    calendars: [],
    urls: new Map(),
  };
}

export const scan = (run: LoadRun, text: string): MarkdownScan => {
  let found = run.scans.get(text);
  if (!found) run.scans.set(text, (found = scanMarkdown(text)));
  return found;
};

export const locate = (run: LoadRun, text: string) => {
  let found = run.located.get(text);
  if (!found) run.located.set(text, (found = { index: new LineIndex(text), budget: 16 * text.length + 100_000 }));
  return found;
};

/** File position of an offset into a body that starts on `line`. */
export const offsetPos = (run: LoadRun, body: { text: string; line: number }, offset: number) => {
  const p = locate(run, body.text).index.position(offset);
  return { line: body.line + p.line - 1, column: p.column };
};

/** A path relative to the project root, with forward slashes. */
export const rel = (run: LoadRun, abs: string) => relative(run.root, abs).split(sep).join("/");

/** A folder's entries; a folder that cannot be read is reported, not thrown. */
export const readDir = (run: LoadRun, abs: string): Dirent[] => {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    run.diagnostics.push({ file: rel(run, abs), line: 1, column: 1, path: [], code: "file/read", severity: "error", params: { reason: (e as NodeJS.ErrnoException).code ?? String(e) } });
    return [];
  }
};

/**
 * Whether a folder of the project (e.g. "content/files") and every folder above it up to the
 * root are real folders. A symbolic link would let the build read, and publish, files from
 * anywhere on the machine (content/files → /etc): it is refused, once. A missing folder is fine.
 */
export const realFolder = (run: LoadRun, dir: string): boolean => {
  let path = "";
  for (const part of dir.split("/")) {
    path = path ? `${path}/${part}` : part;
    let ok = run.checkedFolders.get(path);
    if (ok === undefined) {
      let stat: Stats | undefined;
      try {
        stat = lstatSync(join(run.root, path));
      } catch {
        stat = undefined;
      }
      ok = !stat || stat.isDirectory();
      if (stat?.isSymbolicLink()) run.diagnostics.push({ file: path, line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
      else if (!ok) run.diagnostics.push({ file: path, line: 1, column: 1, path: [], code: "file/read", severity: "error", params: { reason: "ENOTDIR" } });
      run.checkedFolders.set(path, ok);
    }
    if (!ok) return false;
  }
  return true;
};

/** Reports a problem at a key path of a YAML document (at 1:1 without one). */
export const report = (run: LoadRun, file: string, source: ParsedYaml | undefined, path: KeyPath, code: Code, params: Record<string, unknown> = {}, severity: "error" | "warning" = "error", part: "key" | "value" = "value") => {
  const pos = source ? source.positionOf(path, part) : { line: 1, column: 1 };
  run.diagnostics.push({ file, ...pos, path, code, severity, params });
};

/**
 * `work` done once per version of `owner` (a file's document, or a value made from one) when
 * there is a cache: later loads get the same result and the same problems again.
 */
export const once = <T>(run: LoadRun, owner: object, key: string, work: () => T): T => {
  const { cache, diagnostics } = run;
  if (!cache) return work();
  let slots = cache.derived.get(owner);
  if (!slots) cache.derived.set(owner, (slots = new Map()));
  const hit = slots.get(key);
  if (hit) {
    diagnostics.push(...hit.diagnostics);
    return hit.value as T;
  }
  const before = diagnostics.length;
  const value = work();
  slots.set(key, { value, diagnostics: diagnostics.slice(before) });
  return value;
};
