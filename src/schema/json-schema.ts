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
import { calendarKind, dataKinds, documentKinds, type DataKind, type DocumentKind } from "./index.ts";

export type JsonSchema = { [key: string]: unknown };

export type SchemaName = "calendar" | DocumentKind | DataKind;

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

/** Vietnamese title and description of each file, shown by editors for the whole document. */
const fileDocs: Record<SchemaName, { title: string; description: string }> = {
  calendar: { title: "Lịch đào tạo", description: "Một tệp lịch trong content/trainings/: đơn vị tổ chức, kế hoạch mặc định và danh sách khóa (sessions)." },
  plan: { title: "Kế hoạch", description: "Phần đầu (front matter) của tệp content/plans/<mã>.md." },
  guide: { title: "Hướng dẫn", description: "Phần đầu (front matter) của tệp content/guidance/<mã>.md." },
  activity: { title: "Tin hoạt động", description: "Phần đầu (front matter) của tệp content/news/<mã>.md." },
  page: { title: "Trang", description: "Phần đầu (front matter) của tệp content/pages/<mã>.md." },
  document: { title: "Văn bản", description: "Phần đầu (front matter) của tệp content/documents/<mã>.md: một văn bản của thư viện văn bản." },
  question: { title: "Hỏi đáp", description: "Phần đầu (front matter) của tệp content/questions/<mã>.md: câu hỏi; câu trả lời viết ở phần thân tệp." },
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

/** Every schema file, in a stable order. */
export function jsonSchemas(): SchemaFile[] {
  const files: SchemaFile[] = [
    { name: "calendar", files: [`${calendarKind.dir}/*.yaml`], frontMatter: false, schema: toJsonSchema(calendarKind.schema, fileDocs.calendar) },
  ];
  for (const kind of Object.keys(documentKinds) as DocumentKind[]) {
    const { dir, schema } = documentKinds[kind];
    files.push({ name: kind, files: [`${dir}/*.md`], frontMatter: true, schema: toJsonSchema(schema, fileDocs[kind]) });
  }
  for (const kind of Object.keys(dataKinds) as DataKind[]) {
    const { file, schema } = dataKinds[kind];
    files.push({ name: kind, files: [file], frontMatter: false, schema: toJsonSchema(schema, fileDocs[kind]) });
  }
  return files;
}

/** The text written to `schemas/<name>.schema.json`. */
export const schemaText = (file: SchemaFile): string => `${JSON.stringify(file.schema, null, 2)}\n`;
