/**
 * The loader: reads content/ and data/ once, checks every rule, and returns the typed,
 * read-only store together with every diagnostic found in the whole run.
 */
import { existsSync, lstatSync, readdirSync, type Dirent, type Stats } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { z } from "zod";
import { hasErrors, sortDiagnostics, type Diagnostic, type KeyPath } from "../diagnostics.ts";
import { isSafeLink, scanMarkdown, type MarkdownScan } from "../markdown.ts";
import { kindByName, kinds, markdownKinds, type KindName } from "../kinds/index.ts";
import { dataKinds, FILES_DIR } from "../schema/index.ts";
import { calendarSchema, sessionSchema, type SessionInput } from "../schema/training.ts";
import type { Agency } from "../schema/agency.ts";
import type { Province } from "../schema/province.ts";
import type { Site } from "../schema/site.ts";
import type { Topic } from "../schema/topic.ts";
import type { Calendar } from "../schema/training.ts";
import { ID_PATTERN, suggestId, type RefKind } from "../schema/fields.ts";
import { deepFreeze, type Attachment, type SessionItem, type Store } from "../store.ts";
import { agenciesSection, CALENDAR_SEGMENTS, fileUrl, isGeneratedUrl, LIBRARY_SEGMENTS, RESERVED_SEGMENTS, topicsSection, trainingsSection, trainingUrls } from "../site/urls.ts";
import { vietnamDate, type IsoDate } from "../vi/dates.ts";
import { looksLikeLegacyEncoding } from "../vi/text.ts";
import { splitFrontMatter } from "./frontmatter.ts";
import { LineIndex, readTextFile } from "./read.ts";
import { formerUnitChecks } from "./former-units.ts";
import { collectRefs, strings, type FoundRef } from "./refs.ts";
import { MAX_YAML_VALUES, parseYaml, type ParsedYaml, type YamlProblem } from "./source.ts";
import { nearest, nearestUrl, suggest, validate } from "./validate.ts";
import { checkDocuments } from "./documents.ts";
import { hasAnswer } from "./questions.ts";
import type { LibraryDocument } from "../schema/document.ts";

export interface LoadOptions {
  /** Project root holding content/ and data/. */
  root: string;
  /** The build clock (ms since epoch); defaults to the real time. */
  now?: number;
  /** Include `draft: true` items (for previews). */
  drafts?: boolean;
  /** Work kept between loads (the preview server), so that an edit costs about one file's work. */
  cache?: LoadCache;
}

type ReadDocument = { file: string; source: ParsedYaml; data: unknown; body?: { text: string; line: number } };

/**
 * What the preview server keeps from one load to the next. Two things:
 * - each file as last read: a file whose size, times and inode are the same is not read again;
 * - each result that depends on one file's content alone (its schema check, its rows, sessions
 *   and items, the references and links written in it), with the problems found on the way.
 *   It hangs off the file's document object, so a changed file (a new document) starts afresh.
 * The checks that span files (unknown or expired references, repeated ids, URL collisions,
 * links to missing pages) still run over every file on every load, so an edit in one file
 * reports what it breaks in another; with the per-file work remembered they are set lookups.
 */
export class LoadCache {
  readonly files = new Map<string, { mtimeMs: number; ctimeMs: number; ino: number; size: number; diagnostics: Diagnostic[]; doc: ReadDocument | undefined }>();
  readonly derived = new WeakMap<object, Map<string, { value: unknown; diagnostics: Diagnostic[] }>>();
}

export interface LoadResult {
  /** Present when there are no errors. */
  store?: Store;
  diagnostics: Diagnostic[];
}


const refKinds: Record<RefKind, { vi: string; en: string; where: string }> = {
  agency: { vi: "cơ quan", en: "agency", where: "data/agencies.yaml" },
  province: { vi: "tỉnh, thành phố", en: "province", where: "data/provinces.yaml" },
  topic: { vi: "chủ đề", en: "topic", where: "data/topics.yaml" },
  file: { vi: "tệp", en: "file", where: "content/files/" },
  // Items of content kinds, by the kind's name.
  ...(Object.fromEntries(kinds.map((k) => [k.name, { vi: k.label.vi, en: k.name, where: `${k.source.dir}/` }])) as Record<KindName, { vi: string; en: string; where: string }>),
};

/** The training calendars: many sessions per file. */
const trainingKind = kindByName.session;

const yamlCodes: Record<string, string> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
  TAB_AS_INDENT: "yaml/tab-indent",
  TAG_RESOLVE_FAILED: "yaml/tag",
  ALIAS_COUNT: "yaml/alias-bomb",
  TOO_DEEP: "yaml/too-deep",
  TOO_MANY_VALUES: "yaml/too-many-values",
};

/** YAML problems that do not confuse the parser about what follows. */
const independentYamlProblems: Record<string, true> = { DUPLICATE_KEY: true, TAG_RESOLVE_FAILED: true, ALIAS_COUNT: true, TAB_AS_INDENT: true };

/**
 * What content/files/ may hold: documents and pictures. HTML, SVG, JavaScript and the like are
 * refused, since a browser opening them from the portal's address would run what they contain.
 */
export const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "zip", "png", "jpg", "jpeg", "gif", "webp"]);

/**
 * Problems reported for one file. Past this, the rest of its rows or sessions are not checked:
 * a file of a hundred thousand broken rows would otherwise take minutes and print as many lines.
 */
export const MAX_PROBLEMS_PER_FILE = 200;

/** A calendar's own keys; its sessions are checked one by one, so one mistake hides no other session. */
const calendarHead = calendarSchema.extend({
  sessions: z.array(z.unknown()).min(1).meta(z.globalRegistry.get(calendarSchema.shape.sessions) ?? {}),
});

/** An id as written, also in a row or session that failed its checks, so references to it still resolve. */
interface Identity {
  id: string;
  file: string;
  source: ParsedYaml;
  base: KeyPath;
}

const rawId = (v: unknown): string | undefined => {
  const id = v && typeof v === "object" ? (v as { id?: unknown }).id : undefined;
  return typeof id === "string" && ID_PATTERN.test(id) ? id : undefined;
};

interface Located<T> {
  value: T;
  file: string;
  source: ParsedYaml;
  /** Where this value sits inside its file's document. */
  base: KeyPath;
  schema: z.ZodType;
  body?: { text: string; line: number };
}

export function loadContent(options: LoadOptions): LoadResult {
  const { root } = options;
  const now = options.now ?? Date.now();
  const today = vietnamDate(now);
  const diagnostics: Diagnostic[] = [];
  // Each Markdown text is parsed once, for its links and its raw HTML together.
  const scans = new Map<string, MarkdownScan>();
  const scan = (text: string): MarkdownScan => {
    let found = scans.get(text);
    if (!found) scans.set(text, (found = scanMarkdown(text)));
    return found;
  };
  // Each text's line starts, and how much more of it lookups may scan (so that thousands of links
  // or tags that cannot be found as written cost a bounded time, not one pass over the text each).
  const located = new Map<string, { index: LineIndex; budget: number }>();
  const locate = (text: string) => {
    let found = located.get(text);
    if (!found) located.set(text, (found = { index: new LineIndex(text), budget: 16 * text.length + 100_000 }));
    return found;
  };
  /** File position of an offset into a body that starts on `line`. */
  const offsetPos = (body: { text: string; line: number }, offset: number) => {
    const p = locate(body.text).index.position(offset);
    return { line: body.line + p.line - 1, column: p.column };
  };
  const rel = (abs: string) => relative(root, abs).split(sep).join("/");
  /** A folder's entries; a folder that cannot be read is reported, not thrown. */
  const readDir = (abs: string): Dirent[] => {
    try {
      return readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      diagnostics.push({ file: rel(abs), line: 1, column: 1, path: [], code: "file/read", severity: "error", params: { reason: (e as NodeJS.ErrnoException).code ?? String(e) } });
      return [];
    }
  };
  /**
   * Whether a folder of the project (e.g. "content/files") and every folder above it up to the
   * root are real folders. A symbolic link would let the build read, and publish, files from
   * anywhere on the machine (content/files → /etc): it is refused, once. A missing folder is fine.
   */
  const checkedFolders = new Map<string, boolean>();
  const realFolder = (dir: string): boolean => {
    let path = "";
    for (const part of dir.split("/")) {
      path = path ? `${path}/${part}` : part;
      let ok = checkedFolders.get(path);
      if (ok === undefined) {
        let stat: Stats | undefined;
        try {
          stat = lstatSync(join(root, path));
        } catch {
          stat = undefined;
        }
        ok = !stat || stat.isDirectory();
        if (stat?.isSymbolicLink()) diagnostics.push({ file: path, line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
        else if (!ok) diagnostics.push({ file: path, line: 1, column: 1, path: [], code: "file/read", severity: "error", params: { reason: "ENOTDIR" } });
        checkedFolders.set(path, ok);
      }
      if (!ok) return false;
    }
    return true;
  };
  const report = (file: string, source: ParsedYaml | undefined, path: KeyPath, code: string, params: Record<string, unknown> = {}, severity: "error" | "warning" = "error", part: "key" | "value" = "value") => {
    const pos = source ? source.positionOf(path, part) : { line: 1, column: 1 };
    diagnostics.push({ file, ...pos, path, code, severity, params });
  };
  const yamlProblem = (file: string, p: YamlProblem) =>
    diagnostics.push({ file, ...p.position, path: [], code: yamlCodes[p.code] ?? "yaml/syntax", severity: "error", params: { detail: p.message.split("\n")[0], ...p.params, ...(p.code === "TOO_MANY_VALUES" ? { max: MAX_YAML_VALUES } : {}) } });

  /** Legacy encodings anywhere in the data or the body. */
  const checkText = (file: string, source: ParsedYaml, data: unknown, base: KeyPath, body?: { text: string; line: number }) => {
    for (const { value, path } of strings(data, base)) {
      const encoding = looksLikeLegacyEncoding(value);
      if (encoding) report(file, source, path, "text/legacy-encoding", { encoding, sample: value.slice(0, 40) });
    }
    if (body) {
      const encoding = looksLikeLegacyEncoding(body.text);
      if (encoding) {
        const lineIdx = body.text.split("\n").findIndex((l) => looksLikeLegacyEncoding(l) !== null);
        const line = body.line + Math.max(0, lineIdx);
        diagnostics.push({ file, line, column: 1, path: [], code: "text/legacy-encoding", severity: "error", params: { encoding, sample: (body.text.split("\n")[Math.max(0, lineIdx)] ?? "").slice(0, 40) } });
      }
      // markdown-it gives the first line of the block: find each tag itself, in order, from there.
      let cursor = 0;
      const open = new Map<string, number>();
      const where = locate(body.text);
      for (const { tag, line } of scan(body.text).htmlTags) {
        let m: RegExpExecArray | null = null;
        if (where.budget > 0) {
          const pattern = new RegExp(`<(/?)${tag}(?![a-z0-9-])`, "gi");
          pattern.lastIndex = Math.max(cursor, where.index.offset(line));
          const from = pattern.lastIndex;
          m = pattern.exec(body.text);
          where.budget -= (m ? m.index : body.text.length) - from;
        }
        if (m) cursor = m.index + 1;
        // <b>…</b> is one mistake: the closing tag of an element already reported is not reported again.
        if (m?.[1] && (open.get(tag) ?? 0) > 0) {
          open.set(tag, open.get(tag)! - 1);
          continue;
        }
        if (m && !m[1]) open.set(tag, (open.get(tag) ?? 0) + 1);
        const at = m ? offsetPos(body, m.index) : { line: body.line + line, column: 1 };
        diagnostics.push({ file, ...at, path: [], code: "text/raw-html", severity: "warning", params: { tag } });
      }
      const template = /\{\{|\{%/.exec(body.text);
      if (template) diagnostics.push({ file, ...offsetPos(body, template.index), path: [], code: "text/template-syntax", severity: "warning", params: {} });
    }
  };

  /** Reads one YAML or Markdown file into plain data with positions. */
  const readDocumentUncached = (abs: string, markdown: boolean): { file: string; source: ParsedYaml; data: unknown; body?: { text: string; line: number } } | undefined => {
    const file = rel(abs);
    const read = readTextFile(abs, file);
    diagnostics.push(...read.diagnostics);
    if (read.text === undefined) return undefined;
    let yamlText = read.text;
    let lineOffset = 0;
    let body: { text: string; line: number } | undefined;
    if (markdown) {
      const split = splitFrontMatter(read.text);
      if (!split.ok) {
        const code = split.problem === "language" ? "frontmatter/language" : split.problem === "unclosed" ? "frontmatter/unclosed" : "frontmatter/missing";
        diagnostics.push({ file, line: 1, column: 1, path: [], code, severity: "error", params: { language: split.language } });
        return undefined;
      }
      yamlText = split.yaml;
      lineOffset = split.yamlLine - 1;
      body = { text: split.body, line: split.bodyLine };
    }
    const source = parseYaml(yamlText, lineOffset);
    // After a structural error (bad indentation, a tab, an unclosed bracket) the parser's recovery
    // reports every later line again: only the first is real. Duplicate keys and tags stand alone.
    let structural = false;
    for (const p of source.problems) {
      if (!(p.code in independentYamlProblems)) {
        if (structural) continue;
        structural = true;
      }
      yamlProblem(file, p);
    }
    if (source.problems.length) return undefined;
    if (!markdown && (source.data === null || source.data === undefined)) {
      // Only comments, or a bare "---": nothing an editor meant to publish.
      diagnostics.push({ file, line: 1, column: 1, path: [], code: "file/empty", severity: "error", params: {} });
      return undefined;
    }
    const data = source.data ?? {};
    checkText(file, source, data, [], body);
    return { file, source, data, body };
  };

  const cache = options.cache;
  /** Files read in this load: the cache forgets the others (deleted or renamed). */
  const readNow = new Set<string>();
  const readDocument = (abs: string, markdown: boolean): ReadDocument | undefined => {
    if (!cache) return readDocumentUncached(abs, markdown);
    readNow.add(abs);
    let info: Stats | undefined;
    try {
      info = lstatSync(abs);
    } catch {
      info = undefined;
    }
    const hit = cache.files.get(abs);
    // The change time and inode as well: a copy that keeps the old modification time, or a
    // save that replaces the file, is still seen.
    if (info && hit && hit.mtimeMs === info.mtimeMs && hit.ctimeMs === info.ctimeMs && hit.ino === info.ino && hit.size === info.size) {
      diagnostics.push(...hit.diagnostics);
      return hit.doc;
    }
    const before = diagnostics.length;
    const doc = readDocumentUncached(abs, markdown);
    if (info) cache.files.set(abs, { mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, size: info.size, diagnostics: diagnostics.slice(before), doc });
    else cache.files.delete(abs);
    return doc;
  };
  /**
   * `work` done once per version of `owner` (a file's document, or a value made from one) when
   * there is a cache: later loads get the same result and the same problems again.
   */
  const once = <T>(owner: object, key: string, work: () => T): T => {
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

  // ---- data/ -------------------------------------------------------------------------
  /** The valid rows of a data file, and the ids of all its rows; undefined when the file cannot be read. */
  const dataFile = <T>(kind: keyof typeof dataKinds, list: boolean): { rows: Located<T>[]; ids: Identity[] } | undefined => {
    const { file: name, schema } = dataKinds[kind];
    const abs = join(root, name);
    if (!realFolder(dirname(name))) return undefined;
    if (!existsSync(abs)) {
      diagnostics.push({ file: name, line: 1, column: 1, path: [], code: "file/missing", severity: "error", params: { name } });
      return undefined;
    }
    const doc = readDocument(abs, false);
    if (!doc) return undefined;
    return once(doc, "data", () => dataRows<T>(doc, schema, list));
  };
  const dataRows = <T>(doc: ReadDocument, schema: z.ZodType, list: boolean): { rows: Located<T>[]; ids: Identity[] } | undefined => {
    if (!list) {
      const { value, diagnostics: found } = validate(schema, doc.data, doc.source, doc.file);
      diagnostics.push(...found);
      return { rows: value ? [{ value: value as T, file: doc.file, source: doc.source, base: [], schema }] : [], ids: [] };
    }
    if (!Array.isArray(doc.data)) {
      report(doc.file, doc.source, [], "yaml/not-list");
      return undefined;
    }
    // Row by row: a mistake in one agency does not make the others unknown.
    const element = (schema as unknown as z.ZodArray<z.ZodType>).element;
    const rows: Located<T>[] = [];
    const ids: Identity[] = [];
    let problems = 0;
    doc.data.forEach((raw, i) => {
      if (problems >= MAX_PROBLEMS_PER_FILE) {
        // Not checked, but still known to references.
        const id = rawId(raw);
        if (id) ids.push({ id, file: doc.file, source: doc.source, base: [i] });
        return;
      }
      const { value, diagnostics: found } = validate(element, raw, doc.source, doc.file, [i]);
      problems += found.length;
      diagnostics.push(...found);
      const id = value ? (value as { id: string }).id : rawId(raw);
      if (id) ids.push({ id, file: doc.file, source: doc.source, base: [i] });
      if (value) rows.push({ value: value as T, file: doc.file, source: doc.source, base: [i], schema: element });
    });
    return { rows, ids };
  };
  const site = dataFile<Site>("site", false)?.rows[0];
  const agencyData = dataFile<Agency>("agencies", true);
  const provinceData = dataFile<Province>("provinces", true);
  const topicData = dataFile<Topic>("topics", true);
  const agencyRows = agencyData?.rows ?? [];
  const provinceRows = provinceData?.rows ?? [];
  const topicRows = topicData?.rows ?? [];
  /** Kinds whose own file is broken: references to them are not reported again. */
  const unreadable = new Set<RefKind>([
    ...(agencyData ? [] : (["agency"] as const)),
    ...(provinceData ? [] : (["province"] as const)),
    ...(topicData ? [] : (["topic"] as const)),
  ]);

  // ---- content/files ----------------------------------------------------------------------
  const files = new Map<string, Attachment>();
  const walkFiles = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readDir(dir)) {
      const abs = join(dir, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isSymbolicLink()) diagnostics.push({ file: rel(abs), line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
      else if (entry.isDirectory()) walkFiles(abs);
      else if (entry.isFile()) {
        const name = relative(join(root, FILES_DIR), abs).split(sep).join("/");
        // Published as is, from the portal's own address: a page or script there would run as the portal.
        if (!ATTACHMENT_TYPES.has(extname(name).slice(1).toLowerCase())) {
          diagnostics.push({ file: rel(abs), line: 1, column: 1, path: [], code: "file/attachment-type", severity: "error", params: { name } });
          continue;
        }
        files.set(name, { name, url: fileUrl(name), bytes: lstatSync(abs).size, type: extname(name).slice(1).toUpperCase() });
      }
    }
  };
  if (realFolder(FILES_DIR)) walkFiles(join(root, FILES_DIR));

  // ---- content/ -------------------------------------------------------------------------
  const listDir = (dir: string, ext: string): string[] => {
    const abs = join(root, dir);
    if (!realFolder(dir) || !existsSync(abs)) return [];
    const out: string[] = [];
    for (const entry of readDir(abs).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
      const full = join(abs, entry.name);
      if (entry.isSymbolicLink()) diagnostics.push({ file: rel(full), line: 1, column: 1, path: [], code: "file/symlink", severity: "error", params: {} });
      else if (!entry.isFile() || extname(entry.name) !== ext) diagnostics.push({ file: rel(full), line: 1, column: 1, path: [], code: "file/unknown-extension", severity: "error", params: { name: entry.name, expected: ext } });
      else out.push(full);
    }
    return out;
  };
  const fileId = (abs: string, ext: string): string | undefined => {
    const name = abs.slice(abs.lastIndexOf(sep) + 1, -ext.length);
    if (ID_PATTERN.test(name)) return name;
    diagnostics.push({ file: rel(abs), line: 1, column: 1, path: [], code: "file/id-format", severity: "error", params: { value: name, suggestion: suggestId(name), ext } });
    return undefined;
  };

  /** Every plan file with a valid name: a plan with errors is still known to references. */
  const fileIds = Object.fromEntries(kinds.map((k) => [k.name, new Set<string>()])) as Record<KindName, Set<string>>;
  /** Every document with a valid file name publishes to its URL, even while it has errors. */
  const docFiles: { kind: KindName; id: string; file: string }[] = [];
  const docs = Object.fromEntries(kinds.map((k) => [k.name, []])) as unknown as Record<KindName, (Located<Record<string, unknown>> & { id: string })[]>;
  for (const { name: kind, source, schema } of markdownKinds) {
    const { dir } = source;
    for (const abs of listDir(dir, ".md")) {
      const id = fileId(abs, ".md");
      if (id) fileIds[kind].add(id);
      if (id) docFiles.push({ kind, id, file: rel(abs) });
      const doc = readDocument(abs, true);
      if (!doc || id === undefined) continue;
      const checked = once(doc, "document", () => {
        if (typeof doc.data !== "object" || doc.data === null || Array.isArray(doc.data)) {
          report(doc.file, doc.source, [], "frontmatter/not-mapping");
          return undefined;
        }
        const { value, diagnostics: found } = validate(schema as z.ZodType, doc.data, doc.source, doc.file);
        diagnostics.push(...found);
        return value ? { id, value: value as Record<string, unknown>, file: doc.file, source: doc.source, base: [], schema: schema as z.ZodType, body: doc.body } : undefined;
      });
      if (checked) docs[kind].push(checked);
    }
  }

  /** A session with its calendar's defaults applied (`value`) and as written (`input`, whose references are its own). */
  type Session = Located<SessionItem> & { input: SessionInput; identity: Identity; inheritsOrganizer: boolean };
  const sessions: Session[] = [];
  const sessionIdentities: Identity[] = [];
  const calendars: Located<Omit<Calendar, "sessions">>[] = [];
  for (const abs of listDir(trainingKind.source.dir, ".yaml")) {
    const doc = readDocument(abs, false);
    if (!doc) continue;
    const found = once(doc, "calendar", () => calendarFile(doc));
    if (found.calendar) calendars.push(found.calendar);
    sessionIdentities.push(...found.identities);
    sessions.push(...found.sessions);
  }
  /** One calendar file: its own keys, then each session with the calendar's defaults applied. */
  function calendarFile(doc: ReadDocument) {
    const out: { calendar?: Located<Omit<Calendar, "sessions">>; identities: Identity[]; sessions: Session[] } = { identities: [], sessions: [] };
    const head = validate(calendarHead, doc.data, doc.source, doc.file);
    diagnostics.push(...head.diagnostics);
    const calendar = head.value;
    if (calendar) out.calendar = { value: calendar, file: doc.file, source: doc.source, base: [], schema: calendarSchema.omit({ sessions: true }) };
    const list = (doc.data as { sessions?: unknown } | null)?.sessions;
    if (!Array.isArray(list)) return out;
    let problems = head.diagnostics.length;
    list.forEach((input, i) => {
      const base: KeyPath = ["sessions", i];
      if (problems >= MAX_PROBLEMS_PER_FILE) {
        // Not checked, but still known to references.
        const id = rawId(input);
        if (id) out.identities.push({ id, file: doc.file, source: doc.source, base });
        return;
      }
      const { value: s, diagnostics: found } = validate(sessionSchema, input, doc.source, doc.file, base);
      problems += found.length;
      diagnostics.push(...found);
      const id = s?.id ?? rawId(input);
      const identity: Identity | undefined = id ? { id, file: doc.file, source: doc.source, base } : undefined;
      if (identity) out.identities.push(identity);
      // Without its calendar's defaults, a session is only checked on its own.
      if (!s || !identity || !calendar) return;
      const organizer = s.organizer ?? calendar.organizer;
      if (!organizer) report(doc.file, doc.source, base, "training/organizer-missing", {}, "error", "key");
      const plan = s.plan ?? calendar.plan;
      const item: SessionItem = { ...s, organizer: organizer ?? "", ...(plan ? { plan } : {}), url: trainingKind.url.item(s.id), calendar: doc.file, source: { file: doc.file, line: doc.source.positionOf(base).line } };
      out.sessions.push({ value: item, input: s, identity, file: doc.file, source: doc.source, base, schema: sessionSchema as z.ZodType, inheritsOrganizer: !s.organizer });
    });
    return out;
  }
  // Everything is read: forget files that are gone.
  if (cache) for (const abs of cache.files.keys()) if (!readNow.has(abs)) cache.files.delete(abs);

  // ---- uniqueness ------------------------------------------------------------------------------
  /** Reports every id used before in the same kind; returns the repeated ones. */
  const unique = (ids: readonly Identity[]): Set<Identity> => {
    const seen = new Map<string, Identity>();
    const repeated = new Set<Identity>();
    for (const row of ids) {
      const key = row.id.toLowerCase().normalize("NFKC");
      const first = seen.get(key);
      if (first) {
        const other = `${first.file}:${first.source.positionOf([...first.base, "id"]).line}`;
        report(row.file, row.source, [...row.base, "id"], "id/duplicate", { id: row.id, other });
        repeated.add(row);
      } else seen.set(key, row);
    }
    return repeated;
  };
  unique(agencyData?.ids ?? []);
  unique(provinceData?.ids ?? []);
  unique(topicData?.ids ?? []);
  const repeatedSessions = unique(sessionIdentities);

  const agencies = new Map(agencyRows.map((r) => [r.value.id, r.value]));
  const provinces = new Map(provinceRows.map((r) => [r.value.id, r.value]));
  const topics = new Map(topicRows.map((r) => [r.value.id, r.value]));
  const ids = (rows: readonly Identity[] | undefined) => new Set((rows ?? []).map((r) => r.id));

  // ---- URLs ------------------------------------------------------------------------------------
  const urls = new Map<string, string>();
  const claim = (url: string, file: string, source: ParsedYaml | undefined, path: KeyPath): boolean => {
    const other = urls.get(url);
    if (other) report(file, source, path, "url/collision", { url, other });
    else urls.set(url, file);
    return !other;
  };
  for (const r of RESERVED_SEGMENTS) urls.set(`/${r}/`, "cổng thông tin (đường dẫn dành riêng)");
  for (const r of CALENDAR_SEGMENTS) urls.set(trainingsSection.item(r), "cổng thông tin (đường dẫn dành riêng của lịch đào tạo)");
  urls.set(trainingUrls.calendar, "cổng thông tin (lịch đào tạo)");
  for (const r of LIBRARY_SEGMENTS) urls.set(r, "cổng thông tin (đường dẫn dành riêng của danh sách)");
  for (const d of docFiles) claim(kindByName[d.kind].url.item(d.id), d.file, undefined, []);
  // A repeated session id is reported once, as id/duplicate. Each session also has its own .ics file.
  for (const s of sessionIdentities)
    if (!repeatedSessions.has(s) && claim(trainingKind.url.item(s.id), s.file, s.source, [...s.base, "id"])) claim(trainingUrls.sessionIcs(s.id), s.file, s.source, [...s.base, "id"]);
  for (const id of ids(topicData?.ids)) urls.set(topicsSection.item(id), "data/topics.yaml");
  for (const id of ids(agencyData?.ids)) urls.set(agenciesSection.item(id), "data/agencies.yaml");
  for (const f of files.values()) urls.set(f.url, `${FILES_DIR}/${f.name}`);

  // ---- references --------------------------------------------------------------------------------
  const known: Record<RefKind, ReadonlySet<string> | ReadonlyMap<string, unknown>> = {
    agency: ids(agencyData?.ids),
    province: ids(provinceData?.ids),
    topic: ids(topicData?.ids),
    ...fileIds,
    session: ids(sessionIdentities),
    file: files,
  };
  const checkRefs = (row: Located<unknown>, onRef?: (ref: FoundRef) => void) => {
    // Where the references are depends on the row alone; whether they resolve, on every file.
    const refs = row.value && typeof row.value === "object" ? once(row.value, "refs", () => collectRefs(row.schema, row.value, row.base)) : collectRefs(row.schema, row.value, row.base);
    for (const ref of refs) {
      if (ref.kind === "file" && !isInsideFolder(ref.value)) {
        report(row.file, row.source, ref.path, "ref/escapes", { value: ref.value });
        continue;
      }
      if (unreadable.has(ref.kind)) continue;
      if (!known[ref.kind].has(ref.value)) {
        const k = refKinds[ref.kind];
        report(row.file, row.source, ref.path, ref.kind === "file" ? "ref/file-missing" : "ref/unknown", {
          value: ref.value,
          kindVi: k.vi,
          kindEn: k.en,
          where: k.where,
          suggestion: suggest(ref.value, [...known[ref.kind].keys()]),
          ...(ref.kind === "province" || ref.kind === "topic" ? { ids: nearest(ref.value, [...known[ref.kind].keys()]) } : {}),
        });
      } else onRef?.(ref);
    }
  };
  for (const rows of [agencyRows, provinceRows, topicRows] as Located<unknown>[][]) for (const row of rows) checkRefs(row);
  if (site) checkRefs(site);
  for (const { name } of markdownKinds) for (const d of docs[name]) checkRefs(d);
  for (const c of calendars) checkRefs(c);
  for (const row of agencyRows) if (row.value.successor === row.value.id) report(row.file, row.source, [...row.base, "successor"], "ref/self");
  for (const row of provinceRows) if (row.value.successor === row.value.id) report(row.file, row.source, [...row.base, "successor"], "ref/self");
  checkDocuments(
    docs.document.map((d) => ({ id: d.id, value: d.value as unknown as LibraryDocument, file: d.file, lineOf: (path) => d.source.positionOf(path).line })),
    (d) => (d.issuer ? (agencies.get(d.issuer)?.name ?? d.issuer) : (d.authority ?? "")),
    (row, path, code, params = {}, severity = "error") => report(row.file, docs.document.find((d) => d.id === row.id)!.source, path, code, params, severity),
  );
  // At the body, where the answer belongs.
  for (const q of docs.question) if (!hasAnswer(q.body?.text)) diagnostics.push({ file: q.file, line: q.body?.line ?? 1, column: 1, path: [], code: "question/answer-missing", severity: "error", params: {} });

  // Sessions: references must exist and be valid on the day the session starts. Only the
  // session's own references: those inherited from its calendar were checked there.
  for (const s of sessions) {
    const date = s.value.start.date;
    checkRefs({ ...s, value: s.input }, (ref) => {
      const entity = ref.kind === "agency" ? agencies.get(ref.value) : ref.kind === "province" ? provinces.get(ref.value) : undefined;
      if (!entity) return;
      const k = refKinds[ref.kind];
      if (entity.validTo && date > entity.validTo)
        report(s.file, s.source, ref.path, "ref/expired", { value: ref.value, kindVi: k.vi, kindEn: k.en, validTo: entity.validTo, date, successor: entity.successor ?? "" });
      else if (entity.validFrom && date < entity.validFrom)
        report(s.file, s.source, ref.path, "ref/not-yet-valid", { value: ref.value, kindVi: k.vi, kindEn: k.en, validFrom: entity.validFrom, date });
    });
    // An organizer inherited from the calendar must be valid on that day too: the session
    // (which has no organizer key of its own) is where a different one must be given.
    const organizer = agencies.get(s.value.organizer);
    if (s.inheritsOrganizer && organizer) {
      if (organizer.validTo && date > organizer.validTo)
        report(s.file, s.source, [...s.base, "organizer"], "ref/expired", { value: s.value.organizer, kindVi: "cơ quan", kindEn: "agency", validTo: organizer.validTo, date, successor: organizer.successor ?? "" });
      else if (organizer.validFrom && date < organizer.validFrom)
        report(s.file, s.source, [...s.base, "organizer"], "ref/not-yet-valid", { value: s.value.organizer, kindVi: "cơ quan", kindEn: "agency", validFrom: organizer.validFrom, date });
    }
    checkSessionClock(s, today);
  }
  // Content of an event after a merger that still names the former province.
  const former = formerUnitChecks(provinces);
  for (const a of docs.activity) former.reference(a, ["province"], a.value.province as string | undefined, a.value.date as IsoDate);
  for (const s of sessions) for (const key of ["name", "address"] as const) former.text(s, ["venue", key], s.value.venue?.[key], s.value.start.date);
  diagnostics.push(...former.diagnostics);

  // ---- Markdown links -----------------------------------------------------------------------------
  /**
   * The site paths that the links of a text point to, with where each is written; unsafe and
   * escaping links are reported here. This depends on the text alone: see `checkLinks`.
   */
  const findLinks = (file: string, text: string, firstLine: number, source?: ParsedYaml, path: KeyPath = []) => {
    const targets: { target: string; line: number; column: number; href: string }[] = [];
    // Each link is looked for where it is written, after the previous one (markdown-it only gives
    // the first line of its block); when it cannot be found as written, the block or key is given.
    let cursor = 0;
    for (const link of scan(text).links) {
      const written = [...new Set([link.href, decodeSafe(link.href) ?? link.href, link.href.replace(/^mailto:/, "")])];
      let at: { line: number; column: number } | undefined;
      if (source) {
        for (const w of written) {
          const found = source.find(path, w, cursor);
          if (found) {
            cursor = found.offset + 1;
            at = found.position;
            break;
          }
        }
        at ??= source.positionOf(path);
      } else {
        const where = locate(text);
        for (const w of written) {
          if (where.budget <= 0) break;
          const from = Math.max(cursor, where.index.offset(link.line));
          const offset = text.indexOf(w, from);
          where.budget -= (offset === -1 ? text.length : offset) - from;
          if (offset !== -1) {
            cursor = offset + 1;
            at = offsetPos({ text, line: firstLine }, offset);
            break;
          }
        }
        at ??= { line: firstLine + link.line, column: 1 };
      }
      const { line, column } = at;
      if (!isSafeLink(link.href)) {
        diagnostics.push({ file, line, column, path, code: "link/unsafe", severity: "error", params: { value: link.href } });
        continue;
      }
      if (!link.href.startsWith("/")) continue;
      const target = decodeSafe(link.href.split(/[?#]/)[0]!);
      if (target === null || target.split("/").includes("..")) {
        diagnostics.push({ file, line, column, path, code: "ref/escapes", severity: "error", params: { value: link.href } });
        continue;
      }
      const withSlash = target.endsWith("/") || /\.[a-z0-9]+$/i.test(target) ? target : `${target}/`;
      if (withSlash !== "/" && !isGeneratedUrl(withSlash)) targets.push({ target: withSlash, line, column, href: link.href });
    }
    return targets;
  };
  /** Whether each site link of a text leads to a page of the site as it is now. */
  const checkLinks = (file: string, targets: ReturnType<typeof findLinks>, path: KeyPath = []) => {
    for (const { target, line, column, href } of targets)
      if (!urls.has(target)) diagnostics.push({ file, line, column, path, code: "link/missing", severity: "error", params: { value: href, suggestion: nearestUrl(target, urls.keys()) } });
  };
  for (const { name } of markdownKinds)
    for (const d of docs[name]) if (d.body) checkLinks(d.file, once(d, "links", () => findLinks(d.file, d.body!.text, d.body!.line)));
  for (const s of sessions) {
    const description = s.value.description;
    if (!description) continue;
    const path = [...s.base, "description"];
    const targets = once(s.input, "links", () => {
      const found = findLinks(s.file, description, 1, s.source, path);
      // Raw HTML in a description is shown as text, as in page bodies: say so once per tag.
      for (const tag of new Set(scan(description).htmlTags.map((t) => t.tag))) report(s.file, s.source, path, "text/raw-html", { tag }, "warning");
      return found;
    });
    checkLinks(s.file, targets, path);
  }

  sortDiagnostics(diagnostics);
  capPerFile(diagnostics);
  if (hasErrors(diagnostics) || !site) return { diagnostics };

  const drafts = options.drafts ?? false;
  // Each kind's items under its store key (store.plans…); the sessions as the calendars gave them.
  const items: Record<string, readonly unknown[]> = { [trainingKind.storeKey]: sessions.map((s) => s.value) };
  for (const kind of markdownKinds)
    items[kind.storeKey] = docs[kind.name]
      .filter((d) => drafts || d.value.draft !== true)
      // The same item object while its file is unchanged: made and frozen once, not on every load.
      .map((d) => once(d, "item", () => ({ ...d.value, id: d.id, url: kind.url.item(d.id), source: { file: d.file, line: 1 }, body: d.body?.text ?? "" })));
  const store = { today, now, site: site.value, agencies, provinces, topics, files, ...items } as unknown as Store;
  return { store: deepFreeze(store), diagnostics };

  function checkSessionClock(s: Located<SessionItem>, day: IsoDate) {
    const v = s.value;
    const upcoming = v.end.date >= day;
    if (upcoming && v.status === "scheduled") {
      const r = v.registration;
      if (!r || (!r.url && !r.email && !r.phone)) report(s.file, s.source, [...s.base, "registration"], "training/registration-missing", {}, "error", "key");
    }
    // Without its announcement date a session never reaches /feed.xml, and nothing else would say so.
    if (upcoming && (v.status === "scheduled" || v.status === "postponed") && !v.announced) report(s.file, s.source, s.base, "training/announced-missing", { today: day }, "warning", "key");
    if (v.status === "completed" && v.end.date > day) report(s.file, s.source, [...s.base, "status"], "training/completed-in-future", { end: v.end.date }, "warning");
    if (v.status === "scheduled" && v.end.date < day) report(s.file, s.source, [...s.base, "status"], "training/past-not-closed", { end: v.end.date }, "warning", "key");
  }
}

/** A file name under content/files/ that cannot climb out of it. */
export function isInsideFolder(name: string): boolean {
  const decoded = decodeSafe(name);
  if (decoded === null) return false;
  if (decoded.startsWith("/") || decoded.includes("\\") || /^[a-zA-Z]:/.test(decoded)) return false;
  return !decoded.split("/").some((seg) => seg === ".." || seg === "." || seg === "");
}

function decodeSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * Keeps the first MAX_PROBLEMS_PER_FILE problems of each file (the list is sorted), and says
 * where the rest begin: an error when any of them is one.
 */
function capPerFile(diagnostics: Diagnostic[]): void {
  const kept: Diagnostic[] = [];
  let file = "";
  let count = 0;
  let marker: Diagnostic | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      file = d.file;
      count = 0;
      marker = undefined;
    }
    if (++count <= MAX_PROBLEMS_PER_FILE) kept.push(d);
    else if (!marker) kept.push((marker = { file, line: d.line, column: d.column, path: [], code: "file/too-many-problems", severity: d.severity, params: { max: MAX_PROBLEMS_PER_FILE } }));
    else if (d.severity === "error") marker.severity = "error";
  }
  diagnostics.length = 0;
  for (const d of kept) diagnostics.push(d);
}
