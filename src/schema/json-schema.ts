/**
 * JSON Schemas for editors, generated from the zod schemas so they cannot drift from the
 * checker: a YAML language server (VS Code's Red Hat YAML extension and others) uses them for
 * autocompletion, hover help in Vietnamese and inline errors while typing.
 *
 * They carry what JSON Schema can say: keys, types, enumerations, lengths, formats, id and
 * date shapes. Rules across fields or files (end ≥ start, references resolve, ids unique) stay
 * with `npm run check`.
 */
import { z } from "zod";
import { kinds } from "../kinds/index.ts";
import { dataKinds, type DataKind } from "./index.ts";

export type JsonSchema = { [key: string]: unknown };

/** A content kind's `reference.schemaName` ("plan", "calendar") or a data file ("site"). */
export type SchemaName = string;

export interface SchemaFile {
  /** File name stem: `schemas/<name>.schema.json`. */
  name: SchemaName;
  /** The files it describes, as globs relative to the project root. */
  files: string[];
  /** Markdown front matter (true) or a whole YAML file (false). */
  frontMatter: boolean;
  schema: JsonSchema;
}

export const SCHEMA_DIR = "schemas";
export const schemaPath = (name: SchemaName): string => `${SCHEMA_DIR}/${name}.schema.json`;

/** Vietnamese title and description of each data file, shown by editors for the whole document (content kinds say theirs in src/kinds/). */
const fileDocs: Record<DataKind, { title: string; description: string }> = {
  site: { title: "Cấu hình cổng", description: "Tệp data/site.yaml: tên cổng, địa chỉ, liên hệ." },
  agencies: { title: "Cơ quan", description: "Tệp data/agencies.yaml: danh sách cơ quan, tổ chức." },
  provinces: { title: "Tỉnh, thành phố", description: "Tệp data/provinces.yaml: danh sách tỉnh, thành phố." },
  topics: { title: "Chủ đề", description: "Tệp data/topics.yaml: danh sách chủ đề." },
};

/** zod writes ±2^53-1 for integers without a bound: noise for editors, so it is dropped. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "maximum" && value === Number.MAX_SAFE_INTEGER) || (key === "minimum" && value === Number.MIN_SAFE_INTEGER)) continue;
    out[key] = tidy(value);
  }
  return out;
}

/** One zod schema as a JSON Schema (draft-07: what YAML language servers support best). */
export function toJsonSchema(schema: z.ZodType, doc: { title: string; description: string }): JsonSchema {
  const generated = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-7" }) as JsonSchema;
  const { $schema, ...rest } = tidy(generated) as JsonSchema;
  return { $schema, title: doc.title, description: doc.description, ...rest };
}

/** Every schema file, in a stable order: calendars, then Markdown kinds (in the registry's order), then data files. */
export function jsonSchemas(): SchemaFile[] {
  const files: SchemaFile[] = [];
  for (const format of ["calendar", "markdown"] as const)
    for (const kind of kinds.filter((k) => k.source.format === format)) {
      const markdown = format === "markdown";
      const { schemaName, heading, description } = kind.reference;
      files.push({ name: schemaName, files: [`${kind.source.dir}/*.${markdown ? "md" : "yaml"}`], frontMatter: markdown, schema: toJsonSchema(kind.schema, { title: heading, description }) });
    }
  for (const kind of Object.keys(dataKinds) as DataKind[]) {
    const { file, schema } = dataKinds[kind];
    files.push({ name: kind, files: [file], frontMatter: false, schema: toJsonSchema(schema, fileDocs[kind]) });
  }
  return files;
}

/** The text written to `schemas/<name>.schema.json`. */
export const schemaText = (file: SchemaFile): string => `${JSON.stringify(file.schema, null, 2)}\n`;
