/**
 * Splits a Markdown file into front matter and body. gray-matter finds the fences; every
 * engine it has is replaced so nothing is ever evaluated: YAML is parsed afterwards by our
 * positional parser, and `---js`, `---javascript`, `---json` or any other language is refused.
 */
import matter from "gray-matter";

export type Split =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; problem: "missing" | "unclosed" | "language"; language?: string };

const OPENING = /^---[ \t]*([A-Za-z0-9_-]*)[ \t]*(?:\{.*)?$/;

const refuse = () => {
  throw new Error("front matter language refused");
};
const capture = { parse: () => ({}), stringify: () => "" };

export function splitFrontMatter(text: string): Split {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const open = OPENING.exec(firstLine);
  if (!open) return { ok: false, problem: "missing" };
  const language = (open[1] ?? "").toLowerCase();
  // Decide before gray-matter sees the text: it would run `js` front matter otherwise.
  if (language !== "" && language !== "yaml") return { ok: false, problem: "language", language };
  if (firstLine.trim() !== "---" && firstLine.trim() !== "---yaml") return { ok: false, problem: "language", language: firstLine.trim().slice(3) };
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) return { ok: false, problem: "unclosed" };
  const parsed = matter(text, {
    language: "yaml",
    engines: { yaml: capture, js: { parse: refuse }, javascript: { parse: refuse }, json: { parse: refuse }, coffee: { parse: refuse }, toml: { parse: refuse } },
  });
  const yaml = parsed.matter.replace(/^\n/, "");
  const headLength = text.length - parsed.content.length;
  const bodyLine = text.slice(0, headLength).split("\n").length;
  return { ok: true, yaml, yamlLine: 2, body: parsed.content, bodyLine };
}
