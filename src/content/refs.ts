/** Finds every reference (a value whose schema says `ref: kind`) inside a checked value. */
import { z } from "zod";
import type { KeyPath } from "../diagnostics.ts";
import type { RefKind } from "../schema/fields.ts";

export interface FoundRef {
  kind: RefKind;
  value: string;
  path: KeyPath;
}

/** A schema with its wrappers (optional, default, pipe) looked through once, then remembered. */
interface Unwrapped {
  kind?: RefKind;
  inner: z.ZodType;
}
const unwrapped = new WeakMap<z.ZodType, Unwrapped>();
function unwrapOnce(schema: z.ZodType): Unwrapped {
  let known = unwrapped.get(schema);
  if (known) return known;
  let s = schema;
  let kind: RefKind | undefined;
  for (;;) {
    kind ??= z.globalRegistry.get(s)?.ref;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  known = kind ? { kind, inner: s } : { inner: s };
  unwrapped.set(schema, known);
  return known;
}

export function collectRefs(schema: z.ZodType, value: unknown, path: KeyPath = [], out: FoundRef[] = []): FoundRef[] {
  if (value === undefined || value === null) return out;
  const { kind, inner: s } = unwrapOnce(schema);
  if (kind && typeof value === "string") out.push({ kind, value, path });
  else if (s instanceof z.ZodObject && typeof value === "object") {
    for (const [key, field] of Object.entries(s.shape)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) collectRefs(field as z.ZodType, v, [...path, key], out);
    }
  } else if (s instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((v, i) => collectRefs(s.element as z.ZodType, v, [...path, i], out));
  }
  return out;
}

/** Every string inside plain data, with its path (for text checks such as legacy encodings). */
export function* strings(value: unknown, path: KeyPath = []): Generator<{ value: string; path: KeyPath }> {
  if (typeof value === "string") yield { value, path };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}
