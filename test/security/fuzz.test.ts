/**
 * Random documents at the loader and checker: YAML made from arbitrary values by the `yaml`
 * package, raw random text and bytes, as a training calendar, a data file and front matter,
 * and random Markdown bodies built from the pieces that matter (links, HTML, entities, fences,
 * template braces). Whatever comes in, loadContent never throws, and every diagnostic has a file,
 * a line and a column inside that file, and a code from src/messages.ts. The rendered Markdown
 * never holds anything that could run.
 *
 * Run counts are modest (two cores); fast-check prints the seed of any failure to replay it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadContent } from "../../src/content/load.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";
import { renderMarkdown } from "../../src/markdown.ts";
import { messages } from "../../src/messages.ts";
import { FIXTURES, NOW } from "../helpers/project.ts";
import { htmlProblems } from "./scan.ts";

const root = mkdtempSync(join(tmpdir(), "nscl-fuzz-"));
cpSync(join(FIXTURES, "minimal"), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CALENDAR = "content/trainings/ngau-nhien.yaml";
const PAGE = "content/pages/ngau-nhien.md";
const AGENCIES = "data/agencies.yaml";

/** The number of lines a reader sees in the text as the loader reads it. */
const linesOf = (content: string | Uint8Array): number => {
  const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
  return text.split(/\r\n|\r|\n/).length;
};

/** Writes `content` to `rel` (alone among the fuzzed files), loads the project, checks every diagnostic. */
function loadWith(rel: string, content: string | Uint8Array): Diagnostic[] {
  for (const f of [CALENDAR, PAGE]) rmSync(join(root, f), { force: true });
  writeFileSync(join(root, rel), content);
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = loadContent({ root, now: NOW }).diagnostics;
  }).not.toThrow();
  const lines = linesOf(content);
  for (const d of diagnostics) {
    const where = JSON.stringify({ file: d.file, line: d.line, column: d.column, code: d.code });
    expect(d.file, where).not.toBe("");
    expect(Number.isInteger(d.line) && d.line >= 1, where).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
    expect(messages[d.code], where).toBeDefined();
    expect(d.code.startsWith("internal/"), where).toBe(false);
    if (d.file === rel) expect(d.line, where).toBeLessThanOrEqual(lines + 1);
  }
  return diagnostics;
}

// ---- arbitraries ---------------------------------------------------------------------------

/** Keys the schemas know, and some they do not: random values land on real rules. */
const KEYS = ["id", "title", "kind", "topics", "province", "start", "end", "format", "venue", "onlineUrl", "audience", "registration", "status", "results", "description", "organizer", "plan", "sessions", "name", "url", "email", "date", "summary", "updated", "order", "file", "attachments", "__proto__", "constructor", "permalink", "<<", "x"];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.constantFrom("workshop", "online", "in-person", "scheduled", "completed", "tuyen-quang", "5s", "so-khcn-tuyen-quang", "2026-12-10", "2026-12-10T08:00:00+07:00", "31/02/2026", "https://example.gov.vn/", "javascript:alert(1)", "../../etc/passwd", "<script>alert(1)</script>", "{{ 7*7 }}", "Năng suất", "Nang suat".normalize("NFD"), ""),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
/** JSON-like values with the keys and scalars above, a few levels deep. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("v"), { maxLength: 4 }), fc.dictionary(key, tie("v"), { maxKeys: 6 })),
})).v;
/** A calendar-shaped value: mostly right, randomly wrong. */
const calendar = fc.record(
  {
    organizer: fc.oneof(fc.constant("so-khcn-tuyen-quang"), scalar),
    sessions: fc.array(fc.dictionary(key, value, { maxKeys: 10 }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const yamlOf = (v: unknown): string => {
  try {
    return stringify(v, { aliasDuplicateObjects: false });
  } catch {
    return String(v);
  }
};
/** Text with YAML's and Markdown's meaningful characters overrepresented. */
const SYNTAX = ["---", "\n", "\r\n", "\t", "  ", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!js/function ", "!tag ", "? ", "|", ">", "'", '"', "#", "%YAML 1.2", "\uFEFF", "\0", "\u00e9", "\u0301", "\u202e", "<", "`"];
const noisyText = fc.array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(""));
/** Markdown from its sharp edges. */
const MARKDOWN = ["[a](", ")", "](", "![i](", "<", ">", "javascript:", "JaVaScRiPt:", "jav&#x09;ascript:", "data:text/html,", "vbscript:", "//evil.example", "/files/../../x", "/%2e%2e/", "https://example.org/", "mailto:a@b.vn", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<iframe>", "<style>", '<a href="javascript:x">', "&lt;", "&#60;", "&colon;", "```", "`", "    ", "> ", "- ", "1. ", "# ", "## ", "**", "_", "|", "---", "\n", "\n\n", "{{ 7*7 }}", "{% include x %}", "[x]: javascript:y", "[x]", "\\", "\u2028", "\0"];
const markdown = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MARKDOWN) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 60 }).map((parts) => parts.join(""));

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe("random input never throws, and every diagnostic is placed and coded", () => {
  it("YAML made from random values, as a training calendar", () => {
    fc.assert(fc.property(fc.oneof(calendar, value), (v) => void loadWith(CALENDAR, yamlOf(v))), { numRuns: RUNS });
  });

  it("raw random text and bytes, as a training calendar", () => {
    fc.assert(fc.property(fc.oneof(noisyText, fc.string({ unit: "binary", maxLength: 200 }), fc.uint8Array({ maxLength: 200 })), (t) => void loadWith(CALENDAR, t)), { numRuns: RUNS });
  });

  it("YAML made from random values and raw random text, as front matter", () => {
    const frontMatter = fc.oneof(value.map(yamlOf), calendar.map(yamlOf), noisyText);
    fc.assert(fc.property(frontMatter, fc.constantFrom("\n", "\r\n"), (fm, eol) => void loadWith(PAGE, `---${eol}${fm.replace(/\n/g, eol)}${fm.endsWith("\n") ? "" : eol}---${eol}Văn bản.${eol}`)), { numRuns: RUNS });
  });

  it("random Markdown bodies, in a page and in a session's description", () => {
    fc.assert(
      fc.property(markdown, (body) => {
        loadWith(PAGE, `---\ntitle: Ngẫu nhiên\n---\n${body}\n`);
        loadWith(CALENDAR, stringify({ organizer: "so-khcn-tuyen-quang", sessions: [{ id: "ngau-nhien", title: "T", kind: "workshop", topics: ["5s"], province: "tuyen-quang", start: "2026-03-20", end: "2026-03-20", format: "online", onlineUrl: "https://a.example.gov.vn/", audience: "A", status: "completed", description: body || "x" }] }));
      }),
      { numRuns: RUNS },
    );
  });

  it("random Markdown renders to HTML in which nothing could run", () => {
    const site = { baseUrl: "https://nangsuat.example.gov.vn", pathPrefix: "/" };
    fc.assert(
      fc.property(markdown, (body) => {
        const { html } = renderMarkdown(body, (url) => url);
        expect(htmlProblems(html, "markdown", site, true)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a data file of random rows", () => {
    const rows = fc.array(fc.oneof(fc.dictionary(key, value, { maxKeys: 8 }), scalar), { maxLength: 6 });
    const original = join(FIXTURES, "minimal", AGENCIES);
    try {
      fc.assert(fc.property(fc.oneof(rows.map(yamlOf), noisyText), (t) => void loadWith(AGENCIES, t)), { numRuns: RUNS });
    } finally {
      cpSync(original, join(root, AGENCIES));
    }
  });
});
