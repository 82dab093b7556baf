/**
 * Runs a schema over parsed data and turns every issue into an editor-facing diagnostic
 * at the exact position of the key or value, with a "did you mean" where one is close.
 */
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import type { Diagnostic, KeyPath } from "../diagnostics.ts";
import type { Code } from "../messages.ts";
import type { ParsedYaml } from "./source.ts";
import { escapeRegExp } from "../regexp.ts";

/** The object schema that governs `path` inside `schema`, if any (for known keys and labels). */
function schemaAt(schema: z.ZodType, path: KeyPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!current) return undefined;
    if (current instanceof z.ZodObject) current = unwrap(current.shape[String(seg)] as z.ZodType | undefined);
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType);
    else return undefined;
  }
  return current;
}

export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

export const suggest = (value: string, candidates: readonly string[]): string | undefined => {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
};

/** The candidates, nearest to `value` first (ties in their own order): the ids an editor can choose from. */
export const nearest = (value: string, candidates: readonly string[]): string[] =>
  candidates
    .map((c, i) => ({ c, i, d: distance(value.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);

/**
 * The page a broken site link most likely meant, among `urls`, in the same section: one whose
 * address starts with the written one (`/huong-dan/kaizen/` for `/huong-dan/kaizen-cai-tien-lien-tuc/`,
 * an address shortened by hand), else the closest spelling.
 */
export function nearestUrl(target: string, urls: Iterable<string>): string | undefined {
  const parts = target.split("/").filter(Boolean);
  const last = parts.pop();
  if (!last) return undefined;
  const section = parts.join("/");
  const slugs = new Map<string, string>();
  for (const url of urls) {
    const p = url.split("/").filter(Boolean);
    const slug = p.pop();
    if (slug && p.join("/") === section && url.endsWith("/") === target.endsWith("/")) slugs.set(slug, url);
  }
  const longer = [...slugs.keys()].filter((slug) => slug.startsWith(`${last}-`)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const best = longer[0] ?? suggest(last, [...slugs.keys()]);
  return best === undefined ? undefined : slugs.get(best);
}

const typeName = (v: unknown): string =>
  v === null
    ? "null"
    : v === undefined
      ? "undefined"
      : Array.isArray(v)
        ? "array"
        : typeof v === "number"
          ? Number.isInteger(v)
            ? "number"
            : Number.isFinite(v)
              ? "decimal"
              : "nonfinite" // YAML's .inf and .nan
          : typeof v;

function valueAt(data: unknown, path: KeyPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** Validates `data`; returns the typed value (when valid) and the diagnostics. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: ParsedYaml,
  file: string,
  basePath: KeyPath = [],
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const iss of result.error.issues) {
    const path = iss.path.filter((p): p is string | number => typeof p !== "symbol");
    const fullPath = [...basePath, ...path];
    const at = (p: KeyPath, part: "key" | "value" = "value") => source.positionOf(p, part);
    const push = (code: Code, params: Record<string, unknown>, p: KeyPath = fullPath, part: "key" | "value" = "value") => {
      const pos = at(p, part);
      const severity = params.severity === "warning" ? "warning" : "error";
      diagnostics.push({ file, ...pos, path: p, code, severity, params });
    };
    const value = valueAt(data, path);
    const key = path[path.length - 1];
    // A key that is missing, or written with nothing after the colon, whatever check it failed:
    // the editor needs to know what the key takes, not what the empty value is not.
    if ((value === undefined || value === null) && typeof key === "string" && (iss.code === "invalid_type" || iss.code === "invalid_value")) {
      const need = needOf(schema, path);
      if (value === undefined) {
        const meta = metaOf(schema, path);
        const after = keyBefore(schema, data, path);
        // At the key after which it belongs (where it was deleted from), else at the mapping that lacks it.
        const where = after === undefined ? fullPath.slice(0, -1) : [...fullPath.slice(0, -1), after];
        const pos = source.positionOf(where, "key");
        diagnostics.push({ file, ...pos, path: fullPath, code: "schema/required", severity: "error", params: { key, label: meta?.title, labelEn: meta?.labelEn, need, ...(after === undefined ? {} : { after }) } });
      } else push("schema/type", { expected: iss.code === "invalid_type" ? iss.expected : "string", received: "null", need, optional: need.optional });
      continue;
    }
    switch (iss.code) {
      case "invalid_type": {
        push("schema/type", { expected: iss.expected, received: typeName(value) });
        break;
      }
      case "unrecognized_keys": {
        const obj = schemaAt(schema, path);
        const known = obj instanceof z.ZodObject ? Object.keys(obj.shape) : [];
        for (const key of iss.keys) push("schema/unknown-key", { key, suggestion: suggest(key, known) }, [...fullPath, key], "key");
        break;
      }
      case "invalid_value": {
        const values = iss.values.map(String);
        push("schema/enum", { value, values, suggestion: typeof value === "string" ? suggest(value, values) : undefined });
        break;
      }
      case "too_small":
        push("schema/too-small", { origin: iss.origin, minimum: iss.minimum });
        break;
      case "too_big":
        push("schema/too-big", { origin: iss.origin, maximum: iss.maximum });
        break;
      case "invalid_format":
        push(iss.format === "url" ? "schema/url" : iss.format === "email" ? "schema/email" : "schema/format", { value, format: iss.format });
        break;
      case "custom": {
        const params = (iss.params ?? {}) as Record<string, unknown>;
        // Our rules put their code in the issue's params (ruleIssue, typed there).
        push(typeof params.code === "string" ? (params.code as Code) : "schema/invalid", { ...params, detail: iss.message });
        break;
      }
      default:
        push("schema/invalid", { detail: iss.message });
    }
  }
  return { diagnostics };
}

/** The documentation metadata of the field at `path`, looking through optional wrappers. */
function metaOf(schema: z.ZodType, path: KeyPath): z.GlobalMeta | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  if (!(parent instanceof z.ZodObject)) return undefined;
  let field = parent.shape[String(path[path.length - 1])] as z.ZodType | undefined;
  while (field) {
    const meta = z.globalRegistry.get(field);
    if (meta) return meta;
    if (field instanceof z.ZodOptional || field instanceof z.ZodNullable || field instanceof z.ZodDefault) field = field.unwrap() as z.ZodType;
    else if (field instanceof z.ZodPipe) field = field.in as z.ZodType;
    else return undefined;
  }
  return undefined;
}

/** What a key takes, for the messages about a missing or empty key: a kind, and its values or an example. */
export interface Need {
  kind: "enum" | "date" | "moment" | "integer" | "number" | "url" | "email" | "phone" | "ref" | "string" | "array" | "object" | "boolean";
  /** Allowed values, each with its Vietnamese meaning when the key's help gives one. */
  values?: { value: string; vi?: string }[];
  /** What a reference points to (agency, province, topic, plan, session, file). */
  ref?: string;
  /** The key may be left out. */
  optional: boolean;
}

const needs = new WeakMap<z.ZodType, Need>();

/** What the key at `path` takes, read from its JSON Schema (the form editors' tools also read). */
function needOf(schema: z.ZodType, path: KeyPath): Need {
  const parent = schemaAt(schema, path.slice(0, -1));
  const field = parent instanceof z.ZodObject ? (parent.shape[String(path[path.length - 1])] as z.ZodType | undefined) : undefined;
  if (!field) return { kind: "string", optional: false };
  let need = needs.get(field);
  if (!need) {
    const json = z.toJSONSchema(field, { io: "input", unrepresentable: "any", target: "draft-7" }) as Record<string, unknown>;
    need = { ...needFromJson(json), optional: field instanceof z.ZodOptional || field instanceof z.ZodDefault };
    needs.set(field, need);
  }
  return need;
}

function needFromJson(json: Record<string, unknown>): Omit<Need, "optional"> {
  const description = typeof json.description === "string" ? json.description : "";
  if (Array.isArray(json.enum)) {
    // The help of an enumerated key reads "in-person (trực tiếp), online (trực tuyến), …".
    const values = json.enum.map(String).map((value) => {
      const m = new RegExp(`(?:^|[\\s,:;])${escapeRegExp(value)} \\(([^)]+)\\)`).exec(description);
      return m ? { value, vi: m[1]! } : { value };
    });
    return { kind: "enum", values };
  }
  if (typeof json.ref === "string") return { kind: "ref", ref: json.ref };
  switch (json.type) {
    case "string":
      if (json.format === "date") return { kind: "date" };
      if (json.format === "uri") return { kind: "url" };
      if (json.format === "email") return { kind: "email" };
      if (typeof json.pattern === "string" && json.pattern.startsWith("^\\d{4}-")) return { kind: "moment" };
      if (typeof json.pattern === "string" && json.pattern.startsWith("^[0-9+()")) return { kind: "phone" };
      return { kind: "string" };
    case "integer":
      return { kind: "integer" };
    case "number":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
    case "array": {
      const items = json.items && typeof json.items === "object" ? needFromJson(json.items as Record<string, unknown>) : undefined;
      return { kind: "array", ...(items?.values ? { values: items.values } : {}), ...(items?.ref ? { ref: items.ref } : {}) };
    }
    case "object":
      return { kind: "object" };
    default:
      return { kind: "string" };
  }
}

/** The key written before where the missing key at `path` belongs, in the schema's order. */
function keyBefore(schema: z.ZodType, data: unknown, path: KeyPath): string | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  const written = valueAt(data, path.slice(0, -1));
  if (!(parent instanceof z.ZodObject) || written === null || typeof written !== "object") return undefined;
  let before: string | undefined;
  for (const name of Object.keys(parent.shape)) {
    if (name === path[path.length - 1]) return before;
    if (name in written) before = name;
  }
  return undefined;
}
