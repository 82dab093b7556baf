/**
 * Stage: reading one YAML or Markdown file into plain data with positions, through the cache
 * when there is one (a file whose size, times and inode are unchanged is not read again), with
 * the checks that concern the text alone: YAML problems, legacy encodings, raw HTML, templates.
 */
import { lstatSync, readFileSync, type Stats } from "node:fs";
import type { KeyPath } from "../../diagnostics.ts";
import { sha256 } from "../../hash.ts";
import type { Code } from "../../messages.ts";
import { looksLikeLegacyEncoding } from "../../vi/text.ts";
import { splitFrontMatter } from "../frontmatter.ts";
import { readTextFile } from "../read.ts";
import { strings } from "../refs.ts";
import { RememberedYaml } from "../read-cache.ts";
import { MAX_YAML_VALUES, parseYaml, type ParsedYaml, type YamlProblem } from "../source.ts";
import { locate, offsetPos, rel, report, scan, type LoadRun, type ReadDocument } from "./run.ts";

const yamlCodes: Record<string, Code> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
  TAB_AS_INDENT: "yaml/tab-indent",
  TAG_RESOLVE_FAILED: "yaml/tag",
  ALIAS_COUNT: "yaml/alias-bomb",
  TOO_DEEP: "yaml/too-deep",
  TOO_MANY_VALUES: "yaml/too-many-values",
};

/** YAML problems that do not confuse the parser about what follows. */
const independentYamlProblems: Record<string, true> = { DUPLICATE_KEY: true, TAG_RESOLVE_FAILED: true, ALIAS_COUNT: true, TAB_AS_INDENT: true };

const yamlProblem = (run: LoadRun, file: string, p: YamlProblem) =>
  run.diagnostics.push({ file, ...p.position, path: [], code: yamlCodes[p.code] ?? "yaml/syntax", severity: "error", params: { detail: p.message.split("\n")[0], ...p.params, ...(p.code === "TOO_MANY_VALUES" ? { max: MAX_YAML_VALUES } : {}) } });

/** Legacy encodings anywhere in the data or the body. */
function checkText(run: LoadRun, file: string, source: ParsedYaml, data: unknown, base: KeyPath, body?: { text: string; line: number }) {
  const { diagnostics } = run;
  for (const { value, path } of strings(data, base)) {
    const encoding = looksLikeLegacyEncoding(value);
    if (encoding) report(run, file, source, path, "text/legacy-encoding", { encoding, sample: value.slice(0, 40) });
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
    const where = locate(run, body.text);
    for (const { tag, line } of scan(run, body.text).htmlTags) {
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
      const at = m ? offsetPos(run, body, m.index) : { line: body.line + line, column: 1 };
      diagnostics.push({ file, ...at, path: [], code: "text/raw-html", severity: "warning", params: { tag } });
    }
    const template = /\{\{|\{%/.exec(body.text);
    if (template) diagnostics.push({ file, ...offsetPos(run, body, template.index), path: [], code: "text/template-syntax", severity: "warning", params: {} });
  }
}

/** Reads one YAML or Markdown file into plain data with positions. */
function readDocumentUncached(run: LoadRun, abs: string, markdown: boolean, seen?: (bytes: Buffer) => void): ReadDocument | undefined {
  const { diagnostics } = run;
  const file = rel(run, abs);
  const read = readTextFile(abs, file, seen);
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
    yamlProblem(run, file, p);
  }
  if (source.problems.length) return undefined;
  if (!markdown && (source.data === null || source.data === undefined)) {
    // Only comments, or a bare "---": nothing an editor meant to publish.
    diagnostics.push({ file, line: 1, column: 1, path: [], code: "file/empty", severity: "error", params: {} });
    return undefined;
  }
  const data = source.data ?? {};
  checkText(run, file, source, data, [], body);
  // With a cache, the YAML notes the positions it is asked, for a build that reads it from disk.
  if (!run.cache) return { file, source, data, body };
  return { file, source: new RememberedYaml(data, yamlText, lineOffset, new Map(), source), data, body, ...(body ? { scan: scan(run, body.text) } : {}) };
}

/** Reads a file, or gives it again with its problems when the cache holds it unchanged. */
export function readDocument(run: LoadRun, abs: string, markdown: boolean): ReadDocument | undefined {
  const { cache, diagnostics } = run;
  if (!cache) return readDocumentUncached(run, abs, markdown);
  run.readNow.add(abs);
  let info: Stats | undefined;
  try {
    info = lstatSync(abs);
  } catch {
    info = undefined;
  }
  const hit = cache.files.get(abs);
  const again = () => {
    diagnostics.push(...hit!.diagnostics);
    if (hit!.doc?.body && hit!.doc.scan) run.scans.set(hit!.doc.body.text, hit!.doc.scan);
    return hit!.doc;
  };
  // The change time and inode as well: a copy that keeps the old modification time, or a
  // save that replaces the file, is still seen.
  if (info && hit && hit.mtimeMs === info.mtimeMs && hit.ctimeMs === info.ctimeMs && hit.ino === info.ino && hit.size === info.size) return again();
  // A fresh checkout (a CI runner) gives every file new times and inodes: the same bytes are
  // the same file all the same.
  if (info?.isFile() && hit?.sha256 && hit.size === info.size) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(abs);
    } catch {
      bytes = undefined;
    }
    if (bytes && sha256(bytes) === hit.sha256) {
      cache.files.set(abs, { ...hit, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino });
      return again();
    }
  }
  const before = diagnostics.length;
  let hash: string | undefined;
  const doc = readDocumentUncached(run, abs, markdown, (bytes) => (hash = sha256(bytes)));
  if (info) cache.files.set(abs, { mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, size: info.size, ...(hash ? { sha256: hash } : {}), diagnostics: diagnostics.slice(before), doc });
  else cache.files.delete(abs);
  return doc;
}

/** Once everything is read: the cache forgets files that are gone. */
export function forgetUnread(run: LoadRun): void {
  const { cache } = run;
  if (cache) for (const abs of cache.files.keys()) if (!run.readNow.has(abs)) cache.files.delete(abs);
}
