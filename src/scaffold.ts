/**
 * Skeletons of new content, written from the JSON Schemas so every required key is there:
 * filled from the context where the context knows the value, otherwise left empty with a
 * comment saying what goes there. An empty key reads as null, so `npm run check` (and an
 * editor's YAML language server) reports it until it is filled.
 */
import { stringify } from "yaml";
import type { JsonSchema } from "./schema/json-schema.ts";

/** Write the key with no value, for the editor to fill (an optional key the context suggests). */
export const EMPTY = Symbol("empty");

/** Values known from the context, by key; nested mappings for nested keys. */
export interface Fill {
  [key: string]: unknown;
}

const asSchema = (v: unknown): JsonSchema => (v && typeof v === "object" ? (v as JsonSchema) : {});
const isPlainObject = (v: unknown): v is Fill => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value as YAML on one line: quoted only when YAML needs it. */
export function yamlValue(value: unknown): string {
  return stringify(value, { lineWidth: 0, flowCollectionPadding: false, collectionStyle: "flow" }).trimEnd();
}

/** A comment on one line, whatever the help text holds. */
const comment = (text: string): string => `# ${text.replace(/\s+/g, " ").trim()}`;

function help(s: JsonSchema, required: boolean, filled: boolean): string {
  const description = typeof s.description === "string" ? s.description : typeof s.title === "string" ? s.title : "";
  if (filled) return comment(description);
  return comment(`${required ? "bắt buộc" : "nên điền, hoặc xóa dòng"}: ${description}`);
}

/**
 * The lines of a mapping: each required key, and each key the fill names, in the schema's
 * order. `indent` is the indentation of the keys.
 */
export function mappingLines(schema: JsonSchema, fill: Fill, indent = ""): string[] {
  const lines: string[] = [];
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [key, value] of Object.entries(asSchema(schema.properties))) {
    const s = asSchema(value);
    const isRequired = required.has(key);
    if (!(key in fill) && !isRequired) continue;
    const given = fill[key];
    const items = asSchema(s.items);
    if (s.type === "object" && (isPlainObject(given) || given === undefined)) {
      lines.push(`${indent}${key}: ${help(s, isRequired, false)}`, ...mappingLines(s, isPlainObject(given) ? given : {}, `${indent}  `));
    } else if (s.type === "array" && items.type === "object" && (isPlainObject(given) || given === undefined)) {
      // One item to show the shape; more are added the same way.
      const item = mappingLines(items, isPlainObject(given) ? given : {}, `${indent}    `);
      lines.push(`${indent}${key}: ${help(s, isRequired, false)}`, ...item.map((l, i) => (i === 0 ? `${indent}  - ${l.trimStart()}` : l)));
    } else if (given === undefined || given === EMPTY) {
      lines.push(`${indent}${key}: ${help(s, isRequired, false)}`);
    } else {
      lines.push(`${indent}${key}: ${yamlValue(given)} ${help(s, isRequired, true)}`);
    }
  }
  return lines;
}

/** A new Markdown file: front matter from the schema, then an empty body. */
export function markdownText(schema: JsonSchema, fill: Fill, heading: string): string {
  return [
    "---",
    comment(heading),
    comment("Điền các khóa còn trống rồi chạy npm run check; giải thích từng khóa: docs/bien-tap/tham-chieu.md"),
    ...mappingLines(schema, fill),
    comment("Nội dung (Markdown) viết bên dưới dòng --- sau đây."),
    "---",
    "",
  ].join("\n");
}

/** One list item (`- key: …`) whose dash is at `dashIndent`; `notes` become comments at its end. */
export function listItemText(schema: JsonSchema, fill: Fill, dashIndent: string, notes: string[] = []): string {
  const lines = [...mappingLines(schema, fill), ...notes.map(comment)];
  return `${lines.map((l, i) => `${dashIndent}${i === 0 ? "- " : "  "}${l}`).join("\n")}\n`;
}

/** The value written most often in existing files, ties to the first seen: a default to start from. */
export function mostCommon(values: unknown[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (typeof v === "string" && v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
