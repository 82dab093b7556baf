/**
 * The loader's file cache (LoadCache.files) kept on disk between builds: each content file as
 * last read, its data and body, and the problems found in its text alone. A build whose files
 * did not change reads them from here in about a second instead of parsing thirty thousand YAML
 * documents again (eleven seconds at 30,000 items on a 2-core machine).
 *
 * What a file's read gives is its data and body, and the positions the later stages ask of its
 * YAML (a session's line, where a reference or link is written). The YAML node tree is not kept:
 * each document answers again the questions it was asked last time, and parses its text again
 * only for a new one (a problem a changed file elsewhere now causes in it).
 *
 * The file is safe to delete, and one that cannot be read, is damaged or was written by other
 * code (another version of the checker may read files differently) is ignored, never trusted.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic, KeyPath } from "../diagnostics.ts";
import type { MarkdownScan } from "../markdown.ts";
import { parseYaml, type ParsedYaml, type Position } from "./source.ts";
import { LoadCache, type ReadDocument } from "./stages/run.ts";

type Found = { position: Position; offset: number } | undefined;

/**
 * A file's YAML that answers position questions from memory, parsing its text again (once) only
 * for a question it has not answered before. It also notes each answer, for the next build.
 */
export class RememberedYaml implements ParsedYaml {
  readonly problems = [];
  private parsed: ParsedYaml | undefined;

  constructor(
    readonly data: unknown,
    readonly text: string,
    readonly lineOffset: number,
    /** Answers given, by question (`part` and path for a position; path, text and start for a find). */
    readonly answers: Map<string, Position | Found> = new Map(),
    parsed?: ParsedYaml,
  ) {
    this.parsed = parsed;
  }

  private ask<T extends Position | Found>(question: string, answer: (yaml: ParsedYaml) => T): T {
    if (this.answers.has(question)) return this.answers.get(question) as T;
    this.parsed ??= parseYaml(this.text, this.lineOffset);
    const found = answer(this.parsed);
    this.answers.set(question, found);
    return found;
  }

  positionOf(path: KeyPath, part: "key" | "value" = "key"): Position {
    return this.ask(`${part}${JSON.stringify(path)}`, (yaml) => yaml.positionOf(path, part));
  }

  find(path: KeyPath, needle: string, from = 0): Found {
    return this.ask(`find${JSON.stringify([path, needle, from])}`, (yaml) => yaml.find(path, needle, from));
  }
}

/** A cached read as stored. */
type Entry = {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  size: number;
  sha256?: string;
  diagnostics: Diagnostic[];
  doc?: { file: string; data: unknown; body?: { text: string; line: number }; scan?: MarkdownScan; yaml: string; lineOffset: number; answers: Map<string, Position | Found> };
};

/** One shard of the cache: the code that wrote it, and one row per content file. */
interface Shard {
  version: string;
  files: [abs: string, entry: Entry][];
}

const isEntry = (e: unknown): e is Entry => {
  const x = e as Entry;
  return (
    !!x &&
    typeof x.mtimeMs === "number" &&
    typeof x.ctimeMs === "number" &&
    typeof x.ino === "number" &&
    typeof x.size === "number" &&
    (x.sha256 === undefined || typeof x.sha256 === "string") &&
    Array.isArray(x.diagnostics) &&
    (x.doc === undefined ||
      (typeof x.doc.file === "string" &&
        typeof x.doc.yaml === "string" &&
        typeof x.doc.lineOffset === "number" &&
        x.doc.answers instanceof Map &&
        (x.doc.body === undefined || (typeof x.doc.body.text === "string" && typeof x.doc.body.line === "number"))))
  );
};

/**
 * The files are spread over this many shards by path, so that a build after one edit writes one
 * shard again (about 5 MB at 30,000 items) rather than the whole cache.
 */
const SHARDS = 32;
const shardOf = (abs: string): number => {
  let h = 0;
  for (let i = 0; i < abs.length; i++) h = (Math.imul(h, 31) + abs.charCodeAt(i)) | 0;
  return (h >>> 0) % SHARDS;
};
const shardFile = (dir: string, n: number) => join(dir, `${String(n).padStart(2, "0")}.bin`);

type CacheRow = LoadCache["files"] extends Map<string, infer R> ? R : never;

export interface ReadCache {
  /** The loader's cache, holding every file as the last build read it. */
  cache: LoadCache;
  /**
   * Writes the shards that changed. A file changed less than two seconds before `since` (when
   * the load began) is kept by its bytes only: file times are only as fine as the system clock's
   * tick, so an edit saved in the same tick as the read would otherwise look unchanged.
   */
  save(since: number): void;
}

/** The cache as the last build left it in `dir`; a shard that cannot be trusted counts as empty. */
export function openReadCache(dir: string, version: string): ReadCache {
  const cache = new LoadCache();
  /** What each shard held when opened: rows by file, with how many answers each document had. */
  const opened: Map<string, { row: CacheRow; answers: number }>[] = Array.from({ length: SHARDS }, () => new Map());
  const trusted = new Set<number>();
  for (let n = 0; n < SHARDS; n++) {
    let shard: Shard;
    try {
      shard = deserialize(readFileSync(shardFile(dir, n))) as Shard;
    } catch {
      continue;
    }
    if (!shard || shard.version !== version || !Array.isArray(shard.files) || !shard.files.every((r) => Array.isArray(r) && typeof r[0] === "string" && shardOf(r[0]) === n && isEntry(r[1]))) continue;
    trusted.add(n);
    for (const [abs, { doc, ...entry }] of shard.files) {
      const read: ReadDocument | undefined = doc && {
        file: doc.file,
        data: doc.data,
        ...(doc.body ? { body: doc.body } : {}),
        ...(doc.scan ? { scan: doc.scan } : {}),
        source: new RememberedYaml(doc.data, doc.yaml, doc.lineOffset, doc.answers),
      };
      const row = { ...entry, doc: read };
      cache.files.set(abs, row);
      opened[n]!.set(abs, { row, answers: doc?.answers.size ?? 0 });
    }
  }

  function save(since: number): void {
    const rows: [abs: string, row: CacheRow][][] = Array.from({ length: SHARDS }, () => []);
    const changed = new Set<number>();
    for (let n = 0; n < SHARDS; n++) if (!trusted.has(n)) changed.add(n);
    for (const [abs, found] of cache.files) {
      const n = shardOf(abs);
      let row = found;
      if (row.mtimeMs >= since - 2000 || row.ctimeMs >= since - 2000) {
        if (!row.sha256) continue;
        // No inode is -1: the next build compares the bytes.
        row = { ...row, ino: -1 };
      }
      // Only documents made with a cache can be written: their YAML text is what a new question parses.
      if (row.doc && !(row.doc.source instanceof RememberedYaml)) continue;
      const was = opened[n]!.get(abs);
      if (was?.row !== row || was.answers !== ((row.doc?.source as RememberedYaml | undefined)?.answers.size ?? 0)) changed.add(n);
      rows[n]!.push([abs, row]);
    }
    // A shard that lost a file (deleted, renamed, or changed too recently to keep) is written again.
    for (let n = 0; n < SHARDS; n++) if (rows[n]!.length !== opened[n]!.size) changed.add(n);
    const stored = ([abs, { doc, ...entry }]: [string, CacheRow]): [string, Entry] => {
      const yaml = doc?.source as RememberedYaml | undefined;
      if (!doc || !yaml) return [abs, entry];
      return [abs, { ...entry, doc: { file: doc.file, data: doc.data, ...(doc.body ? { body: doc.body } : {}), ...(doc.scan ? { scan: doc.scan } : {}), yaml: yaml.text, lineOffset: yaml.lineOffset, answers: yaml.answers } }];
    };
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return;
    }
    for (const n of changed) {
      const file = shardFile(dir, n);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, serialize({ version, files: rows[n]!.map(stored) } satisfies Shard));
        renameSync(temporary, file);
      } catch {
        // A shard that cannot be written costs the next build time, not correctness.
        rmSync(temporary, { force: true });
      }
    }
  }

  return { cache, save };
}
