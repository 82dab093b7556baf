/**
 * YAML with source positions. We parse with `yaml` (eemeli/yaml) because it keeps a node
 * tree with offsets for every key and value, so a problem at `sessions[3].end` points at
 * line and column of that very key, even deep inside lists; js-yaml (gray-matter's parser)
 * only gives positions for syntax errors.
 */
import { CST, isCollection, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { KeyPath } from "../diagnostics.ts";

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem {
  code: string;
  message: string;
  position: Position;
  /** What the mistake most likely is, in words an editor can act on (see `explain`). */
  params?: Record<string, unknown>;
}

export interface ParsedYaml {
  /** The plain data (JSON-compatible), or undefined when the text could not be read. */
  data: unknown;
  problems: YamlProblem[];
  /** Finds the position of a key path; falls back to the nearest enclosing node. */
  positionOf(path: KeyPath, part?: "key" | "value"): Position;
  /**
   * Finds `needle` in the source text of the value at `path`, at or after `from` (an offset
   * into the text); returns its position and offset, or undefined when it is not written there.
   */
  find(path: KeyPath, needle: string, from?: number): { position: Position; offset: number } | undefined;
}

/** Aliases may repeat a node this many times in total; more is an "alias bomb". */
const MAX_ALIAS_COUNT = 100;

/**
 * Values (keys, scalars, lists and mappings) one file may hold. A calendar of a thousand sessions
 * holds about 40 000; past this, checking every value would take minutes, not seconds.
 */
export const MAX_YAML_VALUES = 50_000;

/**
 * The lexer's tokens other than spaces, line ends and comments: about 2.4 per value in real
 * content, at most about 4 (a flow list). Counting them costs a tenth of parsing, so a file that
 * is certainly over MAX_YAML_VALUES is refused before the parser spends seconds on it.
 */
const MAX_YAML_TOKENS = 6 * MAX_YAML_VALUES;

function tooManyTokens(text: string): boolean {
  // Every token holds a character at least: a shorter text cannot have too many.
  if (text.length <= MAX_YAML_TOKENS) return false;
  let tokens = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type !== "space" && type !== "newline" && type !== "comment" && ++tokens > MAX_YAML_TOKENS) return true;
  }
  return false;
}

/**
 * @param text YAML text (LF line ends, NFC)
 * @param lineOffset lines before the text in its file (front matter starts on line 2)
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const problems: YamlProblem[] = [];
  let doc: Document.Parsed | undefined;
  let data: unknown;
  try {
    if (tooManyTokens(text)) {
      const problem = { code: "TOO_MANY_VALUES", message: `more than ${MAX_YAML_VALUES} values`, position: { line: 1 + lineOffset, column: 1 } };
      return { data: undefined, problems: [problem], positionOf: () => problem.position, find: () => undefined };
    }
    doc = parseDocument(text, {
      lineCounter,
      // The parser compares each key with every key before it (quadratic in a long mapping):
      // duplicates are found below, in one pass.
      uniqueKeys: false,
      prettyErrors: false,
      schema: "core",
      // No custom tags: `!!js/function` and friends stay unresolved, and are reported below. Nor
      // YAML 1.1's !!binary, !!set, !!omap, !!pairs and !!timestamp, which build objects.
      customTags: [],
      resolveKnownTags: false,
      // A key that is a list or mapping is written as text (and refused as an unknown key);
      // yaml would also print a Node warning about it, in the middle of the checker's report.
      logLevel: "error",
      merge: false,
    });
    for (const e of doc.errors) {
      // The parser catches its own stack overflow on deep nesting, once per level it unwinds.
      const code = e.code === "RESOURCE_EXHAUSTION" ? "TOO_DEEP" : e.code;
      if (code === "TOO_DEEP" && problems.some((p) => p.code === code)) continue;
      problems.push({ code, message: e.message, position: at(e.pos[0]) });
    }
    for (const w of doc.warnings) {
      // An unknown tag could construct an object in other parsers: refuse it outright.
      if (w.code === "TAG_RESOLVE_FAILED") problems.push({ code: w.code, message: w.message, position: at(w.pos[0]) });
    }
    // Once the parser ran out of stack, nothing else it says about the text can be trusted.
    const tooDeep = problems.find((p) => p.code === "TOO_DEEP");
    if (tooDeep) problems.splice(0, problems.length, tooDeep);
    else {
      // After a tab in the indentation the parser's other complaints are its confusion: say
      // instead where every tab is, so that one pass fixes them all.
      if (problems.some((p) => p.code === "TAB_AS_INDENT")) problems.splice(0, problems.length, ...tabLines(text, lineOffset), ...problems.filter((p) => p.code === "TAG_RESOLVE_FAILED"));
      else for (const p of problems) explain(p, text, lineOffset);
      problems.push(...walk(doc, at));
    }
    if (problems.length === 0) data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = /alias/i.test(message) ? "ALIAS_COUNT" : e instanceof RangeError ? "TOO_DEEP" : "PARSE";
    problems.push({ code, message, position: { line: 1 + lineOffset, column: 1 } });
    data = undefined;
  }
  const root = doc?.contents ?? null;

  function nodeAt(path: KeyPath): Node | null {
    let node: Node | null = root as Node | null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return null;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof seg === "number") node = (node.items[seg] as Node | undefined) ?? null;
      else return null;
    }
    return node;
  }

  function find(path: KeyPath, needle: string, from = 0): { position: Position; offset: number } | undefined {
    const range = nodeAt(path)?.range;
    if (!range || needle === "") return undefined;
    const offset = text.slice(0, range[1]).indexOf(needle, Math.max(from, range[0]));
    return offset === -1 ? undefined : { position: at(offset), offset };
  }

  function positionOf(path: KeyPath, part: "key" | "value" = "key"): Position {
    let node: Node | null = root as Node | null;
    let best: Node | null = node;
    let keyNode: Node | null = null;
    for (const seg of path) {
      keyNode = null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
      } else break;
      best = part === "key" && keyNode ? keyNode : node;
    }
    const range = best?.range;
    return range ? at(range[0]) : { line: 1 + lineOffset, column: 1 };
  }

  return { data, problems, positionOf, find };
}

/**
 * One pass over the node tree, without recursion (the tree may be thousands of levels deep):
 * every key repeated in its mapping (as the JavaScript object would silently keep only the last,
 * `1` and `"1"` are the same key), and a file holding more than MAX_YAML_VALUES values.
 */
function walk(doc: Document.Parsed, at: (offset: number) => Position): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const stack: unknown[] = [doc.contents];
  let values = 0;
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (++values > MAX_YAML_VALUES) return [{ code: "TOO_MANY_VALUES", message: `more than ${MAX_YAML_VALUES} values`, position: at(0) }];
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const name = String(key.value);
          if (seen.has(name)) problems.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", position: at(key.range?.[0] ?? 0) });
          seen.add(name);
        }
        stack.push(pair.value, key);
      }
    } else if (isCollection(node)) for (const item of node.items as unknown[]) stack.push(item);
    else if (isPair(node)) stack.push(node.value, node.key);
  }
  return problems.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

/** One problem for each line whose indentation holds a tab. */
function tabLines(text: string, lineOffset: number): YamlProblem[] {
  const out: YamlProblem[] = [];
  text.split("\n").forEach((line, i) => {
    const indent = /^[ \t-]*/.exec(line)![0];
    const tab = indent.indexOf("\t");
    if (tab !== -1) out.push({ code: "TAB_AS_INDENT", message: "Tabs are not allowed as indentation", position: { line: i + 1 + lineOffset, column: tab + 1 } });
  });
  return out;
}

const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(.*)$/;
const quoted = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * Adds to a parser error what editors most often did to cause it, and the corrected line when
 * it can be written: a value holding ": " without quotes, no space after the colon, a quote
 * never closed, a key out of line with the others, text after a closing quote, a value starting
 * with a character YAML reserves. `params.problem` stays unset when the error is none of these.
 */
function explain(p: YamlProblem, text: string, lineOffset: number): void {
  const lines = text.split("\n");
  const index = p.position.line - lineOffset - 1;
  const line = lines[index] ?? "";
  const indentOf = (l: string) => /^\s*(?:-\s+)?/.exec(l)![0].length;
  const at = (i: number, column = indentOf(lines[i] ?? "") + 1) => ({ line: i + 1 + lineOffset, column });
  const nextLine = () => {
    for (let i = index + 1; i < lines.length; i++) if (lines[i]!.trim() !== "" && !lines[i]!.trim().startsWith("#")) return i;
    return -1;
  };
  const set = (params: Record<string, unknown>, position?: Position) => {
    p.params = params;
    if (position) p.position = position;
  };
  const m = KEY_LINE.exec(line);
  switch (p.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      // "title: Kaizen: cải tiến": the value holds ": ", which YAML reads as a second key.
      if (m && /:\s/.test(m[3]!.trim() + " ") && !/^\s*["'[{|>]/.test(m[3]!) && m[3]!.trim() !== "") {
        set({ problem: "colon", fix: `${m[1]}${m[2]}: ${quoted(m[3]!.trim())}` }, at(index, m[1]!.length + m[2]!.length + 3));
        return;
      }
      // "title:Kaizen": without a space the whole line is one long key.
      const glued = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\S.*)$/.exec(line);
      if (glued && !/^\/\//.test(glued[3]!)) {
        set({ problem: "no-space", fix: `${glued[1]}${glued[2]}: ${glued[3]}` }, at(index, glued[1]!.length + glued[2]!.length + 1));
        return;
      }
      // A line indented deeper than the key above it, which has a value already.
      const next = nextLine();
      if (next !== -1 && indentOf(lines[next]!) > indentOf(line)) {
        set({ problem: "bad-indent" }, at(next));
        return;
      }
      return;
    }
    case "MISSING_CHAR": {
      // A key indented less than the keys of its list item, but more than the dash.
      if (p.message.startsWith("Sequence item without")) {
        set({ problem: "bad-indent" });
        return;
      }
      const quote = p.message.includes("'quote") ? "'" : p.message.includes('"quote') ? '"' : undefined;
      if (!quote) return;
      // The quote was opened on the last line before the error with an odd number of them.
      for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
        const count = lines[i]!.split(quote).length - 1;
        if (count % 2 === 1) {
          set({ problem: "unclosed-quote", quote, fix: `${lines[i]!.trimEnd()}${quote}` }, at(i, lines[i]!.indexOf(quote) + 1));
          return;
        }
      }
      set({ problem: "unclosed-quote", quote });
      return;
    }
    case "BAD_INDENT":
      if (p.message.startsWith("Flow sequence") || p.message.startsWith("Flow mapping")) set({ problem: "unclosed-flow", bracket: p.message.startsWith("Flow sequence") ? "]" : "}" });
      else set({ problem: "bad-indent" });
      return;
    case "UNEXPECTED_TOKEN":
      // title: "Kaizen" cải tiến: text after the closing quote.
      if (m && /^\s*["']/.test(m[3]!) && p.message.includes("scalar")) {
        const value = m[3]!.trim();
        set({ problem: "text-after-quote", fix: `${m[1]}${m[2]}: '${value.replace(/'/g, "''")}'` });
      }
      return;
    case "BAD_SCALAR_START": {
      const char = /character (\S)/.exec(p.message)?.[1];
      if (m && char) set({ problem: "reserved-start", char, fix: `${m[1]}${m[2]}: ${quoted(m[3]!.trim())}` });
      return;
    }
  }
}
