/**
 * Splits a Markdown file into front matter and body: YAML between a first line `---` and the
 * next line `---`. Nothing here parses or runs anything; YAML is parsed afterwards by our
 * positional parser, and `---js`, `---javascript`, `---json` or any other language is refused.
 *
 * gray-matter did this split before, with every engine it has replaced so that none could run.
 * That left it finding one line; it also copied each file into a Buffer and rebuilt its options
 * on every call, 15 % of checking 10,000 items. It splits at the first "\n---" even inside a
 * line ("---x"), where this split wants the whole line.
 */

export type Split =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; problem: "missing" | "unclosed" | "language"; language?: string };

const OPENING = /^---[ \t]*([A-Za-z0-9_-]*)[ \t]*(?:\{.*)?$/;
/** The closing line, searched from the opening line's end. */
const CLOSING = /\n---[ \t]*(?:\n|$)/g;

export function splitFrontMatter(text: string): Split {
  const firstEnd = text.indexOf("\n");
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const open = OPENING.exec(firstLine);
  if (!open) return { ok: false, problem: "missing" };
  const language = (open[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml") return { ok: false, problem: "language", language };
  if (firstLine.trim() !== "---" && firstLine.trim() !== "---yaml") return { ok: false, problem: "language", language: firstLine.trim().slice(3) };
  CLOSING.lastIndex = Math.max(firstEnd, 0);
  const close = firstEnd === -1 ? null : CLOSING.exec(text);
  if (!close) return { ok: false, problem: "unclosed" };
  const bodyStart = close.index + close[0].length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  return { ok: true, yaml: text.slice(firstEnd + 1, close.index), yamlLine: 2, body: text.slice(bodyStart), bodyLine };
}
