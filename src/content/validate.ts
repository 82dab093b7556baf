/**
 * Runs a schema over parsed data and turns every issue into an editor-facing diagnostic
 * at the exact position of the key or value, with a "did you mean" where one is close.
 */
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import type { Diagnostic, KeyPath } from "../diagnostics.ts";
import type { ParsedYaml } from "./source.ts";

/** The object schema that governs `path` inside `schema`, if any (for known keys and labels). */
export function schemaAt(schema: z.ZodType, path: KeyPath): z.ZodType | undefined {
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
    const push = (code: string, params: Record<string, unknown>, p: KeyPath = fullPath, part: "key" | "value" = "value") => {
      const pos = at(p, part);
      const severity = params.severity === "warning" ? "warning" : "error";
      diagnostics.push({ file, ...pos, path: p, code, severity, params });
    };
    const value = valueAt(data, path);
    switch (iss.code) {
      case "invalid_type": {
        const key = path[path.length - 1];
        if (value === undefined && typeof key === "string") {
          const meta = metaOf(schema, path);
          // Point at the mapping that lacks the key.
          push("schema/required", { key, label: meta?.title, labelEn: meta?.labelEn }, fullPath.slice(0, -1), "key");
        } else {
          push("schema/type", { expected: iss.expected, received: typeName(value) });
        }
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
        push(typeof params.code === "string" ? params.code : "schema/invalid", { ...params, detail: iss.message });
        break;
      }
      default:
        push("schema/invalid", { detail: iss.message });
    }
  }
  return { diagnostics };
}

/** The documentation metadata of the field at `path`, looking through optional wrappers. */
export function metaOf(schema: z.ZodType, path: KeyPath): z.GlobalMeta | undefined {
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
