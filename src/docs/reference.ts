/**
 * The editors' reference, in Vietnamese, generated from the schemas and from src/messages.ts
 * so it cannot go stale: every key of every kind (label, type, required or not, allowed
 * values, example, help) and every message the checker can print (what it means, how to fix
 * it). `npm run docs` writes it to docs/bien-tap/tham-chieu.md; the site publishes it too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kinds } from "../kinds/index.ts";
import { messages, type Code, type MessageParams } from "../messages.ts";
import type { RefKind } from "../schema/fields.ts";
import { jsonSchemas, type JsonSchema, type SchemaName } from "../schema/json-schema.ts";
import { portalUrls } from "../site/urls.ts";

export const GUIDE_FILE = "docs/bien-tap/huong-dan.md";
export const REFERENCE_FILE = "docs/bien-tap/tham-chieu.md";

/** One key of one kind, as the reference lists it. */
export interface KeyRow {
  /** Dotted path in editor notation: `period.from`, `sessions[].venue.name`. */
  path: string;
  label: string;
  labelEn: string;
  type: string;
  required: boolean;
  /** Allowed values, ranges and lengths, or "" when any text goes. */
  allowed: string;
  /** A value as it is written in the file, or "". */
  example: string;
  help: string;
  default?: unknown;
}

const asSchema = (v: unknown): JsonSchema => (v && typeof v === "object" ? (v as JsonSchema) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

const refNames: Record<RefKind, { type: string; example: string }> = {
  agency: { type: "mã cơ quan (data/agencies.yaml)", example: "so-khcn-tuyen-quang" },
  province: { type: "mã tỉnh, thành phố (data/provinces.yaml)", example: "tuyen-quang" },
  topic: { type: "mã chủ đề (data/topics.yaml)", example: "iso-9001" },
  file: { type: "tên tệp trong content/files/", example: "ke-hoach-tuyen-quang.pdf" },
  // Items of content kinds that other files name (src/kinds/).
  ...(Object.fromEntries(kinds.flatMap((k) => (k.reference.ref ? [[k.name, k.reference.ref]] : []))) as Record<Exclude<RefKind, "agency" | "province" | "topic" | "file">, { type: string; example: string }>),
};

const isMoment = (s: JsonSchema) => typeof s.pattern === "string" && s.pattern.startsWith("^\\d{4}-\\d{2}-\\d{2}(?:[T ]");
const isId = (s: JsonSchema) => s.pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$";

/** The type of a value, for people. */
function typeOf(s: JsonSchema): string {
  const ref = str(s.ref) as RefKind | undefined;
  if (ref) return refNames[ref].type;
  if (Array.isArray(s.enum)) return "một giá trị trong danh sách";
  if (s.const !== undefined) return "giá trị cố định";
  switch (s.type) {
    case "string":
      if (s.format === "date") return "ngày (YYYY-MM-DD)";
      if (isMoment(s)) return "ngày giờ (YYYY-MM-DDTHH:MM:SS+07:00) hoặc ngày";
      if (s.format === "uri") return "địa chỉ web";
      if (s.format === "email") return "thư điện tử";
      if (isId(s)) return "mã (chữ thường không dấu, số, gạch nối)";
      return "văn bản";
    case "integer":
      return "số nguyên";
    case "number":
      return "số";
    case "boolean":
      return "true hoặc false";
    case "object":
      return "nhóm khóa";
    case "array": {
      const items = asSchema(s.items);
      return items.type === "object" ? "danh sách nhóm khóa" : `danh sách: ${typeOf(items)}`;
    }
    default:
      return "bất kỳ";
  }
}

const code = (v: unknown): string => `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;

/** Lists, ranges and lengths: what the checker accepts. */
function allowedOf(s: JsonSchema): string {
  const parts: string[] = [];
  if (Array.isArray(s.enum)) parts.push(s.enum.map(code).join(", "));
  if (s.const !== undefined) parts.push(code(s.const));
  const min = num(s.minimum);
  const max = num(s.maximum);
  if (min !== undefined && max !== undefined) parts.push(`từ ${min} đến ${max}`);
  else if (min !== undefined) parts.push(`từ ${min} trở lên`);
  else if (max !== undefined) parts.push(`không quá ${max}`);
  const minLength = num(s.minLength);
  const maxLength = num(s.maxLength);
  if (maxLength !== undefined) parts.push(`${minLength ?? 0}–${maxLength} ký tự`);
  else if (minLength) parts.push("không để trống");
  if (s.type === "array") {
    const inner = allowedOf(asSchema(s.items));
    if (inner && asSchema(s.items).type !== "object") parts.push(`mỗi mục: ${inner}`);
    const minItems = num(s.minItems);
    if (minItems) parts.push(`ít nhất ${minItems} mục`);
  }
  return parts.join("; ");
}

/** A value as an editor would write it after the colon. */
function exampleOf(s: JsonSchema): string {
  if (Array.isArray(s.examples) && s.examples.length) return code(s.examples[0]);
  const ref = str(s.ref) as RefKind | undefined;
  if (ref) return code(refNames[ref].example);
  if (Array.isArray(s.enum)) return code(s.enum[0]);
  if (s.const !== undefined) return code(s.const);
  switch (s.type) {
    case "string":
      if (s.format === "date") return code("2026-03-12");
      if (isMoment(s)) return code("2026-03-12T08:00:00+07:00");
      if (s.format === "uri") return code("https://example.gov.vn/dang-ky");
      if (s.format === "email") return code("nangsuat@example.gov.vn");
      return "";
    case "integer":
    case "number":
      return code(num(s.minimum) && num(s.minimum)! > 0 ? num(s.minimum) : 0);
    case "boolean":
      return code(false);
    case "array": {
      const items = asSchema(s.items);
      if (items.type === "object") return "";
      const inner = exampleOf(items);
      return inner ? `\`[${inner.slice(1, -1)}]\`` : "";
    }
    default:
      return "";
  }
}

/** Every key of a schema, depth first, in the order the schema declares them. */
export function keyRows(schema: JsonSchema, prefix = ""): KeyRow[] {
  const rows: KeyRow[] = [];
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [key, value] of Object.entries(asSchema(schema.properties))) {
    const s = asSchema(value);
    const path = `${prefix}${key}`;
    rows.push({
      path,
      label: str(s.title) ?? key,
      labelEn: str(s.labelEn) ?? "",
      type: typeOf(s),
      required: required.has(key),
      allowed: allowedOf(s),
      example: exampleOf(s),
      help: str(s.description) ?? "",
      ...(s.default !== undefined ? { default: s.default } : {}),
    });
    if (s.type === "object") rows.push(...keyRows(s, `${path}.`));
    const items = asSchema(s.items);
    if (s.type === "array" && items.type === "object") rows.push(...keyRows(items, `${path}[].`));
  }
  return rows;
}

/** A data file that is a list: its rows' keys, written `[].id` in the table. */
const rowsOfFile = (schema: JsonSchema): KeyRow[] => (schema.type === "array" ? keyRows(asSchema(schema.items), "[].") : keyRows(schema));

/** Table cells: one line, no pipe that would end the cell. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");

/** Where each data file lives and how it is written (content kinds say it in src/kinds/). */
const dataSections: { name: SchemaName; heading: string; where: string; intro: string }[] = [
  { name: "site", heading: "Cấu hình cổng", where: "data/site.yaml", intro: "Một tệp cho cả cổng." },
  { name: "agencies", heading: "Cơ quan", where: "data/agencies.yaml", intro: "Danh sách; mỗi cơ quan bắt đầu bằng `- id: …`." },
  { name: "provinces", heading: "Tỉnh, thành phố", where: "data/provinces.yaml", intro: "Danh sách; mỗi tỉnh bắt đầu bằng `- id: …`." },
  { name: "topics", heading: "Chủ đề", where: "data/topics.yaml", intro: "Danh sách; mỗi chủ đề bắt đầu bằng `- id: …`." },
];

/** The reference of every key of every kind. */
export function keyReferenceMarkdown(): string {
  const schemas = new Map(jsonSchemas().map((s) => [s.name, s.schema]));
  const out: string[] = [];
  // Calendars, then Markdown kinds (in the registry's order), then data files: as jsonSchemas() lists them.
  const sections = [
    ...[...kinds.filter((k) => k.source.format === "calendar"), ...kinds.filter((k) => k.source.format === "markdown")].map((k) => ({ name: k.reference.schemaName, ...k.reference })),
    ...dataSections,
  ];
  for (const { name, heading, where, intro } of sections) {
    const rows = rowsOfFile(schemas.get(name)!);
    out.push(`### ${heading}`, "", `Tệp \`${where}\`. ${intro}`, "");
    out.push("| Khóa | Tên | Kiểu | Bắt buộc | Giá trị cho phép | Ví dụ | Giải thích |", "|---|---|---|---|---|---|---|");
    for (const r of rows) {
      const required = r.required ? "**có**" : r.default !== undefined ? `không (mặc định ${code(r.default)})` : "không";
      const label = r.labelEn ? `${r.label} (${r.labelEn})` : r.label;
      out.push(`| \`${r.path}\` | ${cell(label)} | ${cell(r.type)} | ${required} | ${cell(r.allowed)} | ${cell(r.example)} | ${cell(r.help)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** Readable stand-ins for the values a message is built from. */
const placeholderNames: Record<string, string> = {
  key: "khóa",
  label: "tên khóa",
  value: "giá trị",
  values: "các giá trị cho phép",
  suggestion: "gợi ý",
  id: "mã",
  other: "tệp:dòng",
  url: "địa chỉ",
  name: "tên tệp",
  ext: ".md",
  expected: ".md hoặc .yaml",
  reason: "lý do",
  size: "kích thước",
  max: "giới hạn",
  language: "ngôn ngữ",
  detail: "chi tiết",
  encoding: "bảng mã",
  sample: "đoạn văn bản",
  tag: "thẻ",
  iso: "YYYY-MM-DD",
  from: "ngày bắt đầu",
  to: "ngày kết thúc",
  start: "bắt đầu",
  end: "kết thúc",
  deadline: "hạn đăng ký",
  status: "tình trạng",
  format: "hình thức",
  reviewed: "ngày rà soát",
  updated: "ngày cập nhật",
  kindVi: "loại mục",
  where: "nơi khai báo",
  validTo: "ngày hết hiệu lực",
  validFrom: "ngày bắt đầu hiệu lực",
  date: "ngày",
  successor: "mã kế thừa",
  code: "mã lỗi",
  previous: "ngày trước đó",
  number: "số, ký hiệu",
  form: "loại văn bản",
  usual: "ký hiệu thường gặp",
  authority: "cơ quan ban hành",
  cycle: "các mã văn bản",
  effective: "ngày có hiệu lực",
  issued: "ngày ban hành",
  expires: "ngày hết hiệu lực",
  unit: "tỉnh, thành phố cũ",
  successorName: "tỉnh, thành phố kế thừa",
  written: "chữ đã ghi",
};
/** Given values where a variant needs them, a named stand-in for every other one. */
const placeholders = (given: MessageParams = {}): MessageParams =>
  new Proxy(given, { get: (target, key) => (typeof key !== "string" ? undefined : key in target ? target[key] : `‹${placeholderNames[key] ?? key}›`) });

/** Messages that say different things for different values: each variant gets a row. */
const variants: Record<string, MessageParams[]> = {
  "schema/type": [
    { expected: "string", received: "number" },
    { expected: "array", received: "string" },
    { expected: "number", received: "null" },
  ],
  "schema/too-small": [{ origin: "string" }, { origin: "array", minimum: 1 }, { origin: "number", minimum: 0 }],
  "schema/too-big": [{ origin: "string", maximum: 300 }, { origin: "array", maximum: 10 }, { origin: "number", maximum: 999 }],
  // Years, not dates: a concrete example reads better than a stand-in.
  "plan/period-order": [{ from: 2026, to: 2025 }],
};

const groupNames: Record<string, string> = {
  file: "Tệp",
  frontmatter: "Phần đầu tệp Markdown",
  yaml: "Cú pháp YAML",
  text: "Văn bản",
  schema: "Khóa và giá trị",
  id: "Mã",
  date: "Ngày",
  moment: "Ngày giờ",
  validity: "Hiệu lực",
  agency: "Cơ quan",
  plan: "Kế hoạch",
  target: "Chỉ tiêu",
  guide: "Hướng dẫn",
  training: "Khóa đào tạo",
  ref: "Tham chiếu",
  url: "Địa chỉ trang",
  link: "Liên kết",
  document: "Thư viện văn bản",
  question: "Hỏi đáp",
  internal: "Lỗi của chương trình",
};

/** Every message code with what it means and how to fix it, grouped by its prefix. */
export function errorReferenceMarkdown(): string {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const c of Object.keys(messages)) {
    const group = c.split("/")[0]!;
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  for (const [group, codes] of groups) {
    out.push(`### ${groupNames[group] ?? group}`, "", "| Mã lỗi | Ý nghĩa | Cách sửa |", "|---|---|---|");
    for (const c of codes) {
      const message = messages[c as Code];
      const seen = new Set<string>();
      for (const params of (variants[c] ?? [{}]).map(placeholders)) {
        const text = message.vi(params);
        if (seen.has(text)) continue;
        seen.add(text);
        const at = text.indexOf(" — ");
        const meaning = at === -1 ? text : text.slice(0, at);
        const fix = at === -1 ? "" : text.slice(at + 3);
        out.push(`| \`${c}\` | ${cell(capitalise(meaning))} | ${cell(capitalise(fix))} |`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}

/** Sentence case, except where the cell starts with a key name such as trainingKinds. */
const capitalise = (s: string): string => (!s || /^[a-z]+[A-Z]/.test(s) ? s : s[0]!.toLocaleUpperCase("vi") + s.slice(1));

/** The whole docs/bien-tap/tham-chieu.md. */
export function referenceMarkdown(): string {
  return [
    "# Tham chiếu cho biên tập viên",
    "",
    "<!-- Tệp này được sinh tự động bằng `npm run docs` từ src/schema và src/messages.ts: đừng sửa tay. -->",
    "",
    "Tài liệu này liệt kê mọi khóa của mọi loại nội dung và mọi thông báo của chương trình kiểm tra (`npm run check`). Cách làm từng việc xem [Hướng dẫn biên tập](huong-dan.md).",
    "",
    "## Các khóa của từng loại nội dung",
    "",
    "Khóa **bắt buộc** phải có trong tệp. Khóa con được viết theo đường dẫn: `period.from` là khóa `from` bên trong `period`; `targets[].id` là khóa `id` của mỗi mục trong danh sách `targets`. Ngày viết dạng `YYYY-MM-DD` (ví dụ `2026-03-12`), mã viết chữ thường không dấu, nối bằng gạch ngang (ví dụ `tuyen-quang`).",
    "",
    keyReferenceMarkdown(),
    "## Thông báo lỗi và cách sửa",
    "",
    "Mỗi dòng chương trình kiểm tra in ra có dạng `tệp:dòng:cột lỗi mã-lỗi khóa: nội dung — cách sửa`, ví dụ:",
    "",
    "```text",
    "content/trainings/2027-tuyen-quang.yaml:12:11 lỗi schema/enum sessions[0].kind: giá trị \"hoi-thao\" không hợp lệ — chọn một trong: expert, lecturer, manager, awareness, workshop",
    "```",
    "",
    "Mở tệp ở dòng và cột đó, sửa theo phần sau dấu «—». `lỗi` phải sửa trước khi xuất bản; `cảnh báo` nên xem lại nhưng không chặn việc xuất bản. Trong bảng, ‹…› là chỗ chương trình điền giá trị cụ thể.",
    "",
    errorReferenceMarkdown(),
  ].join("\n");
}

/** A page of the editors' documentation, for the site to publish. */
export interface EditorDoc {
  /** Site URL, without the path prefix. */
  url: string;
  title: string;
  markdown: string;
}

/**
 * The guide (written by hand, read from the repository) and the reference (generated now),
 * with their links to each other rewritten from repository files to site addresses.
 */
export function editorDocs(root: string): EditorDoc[] {
  const toSite = (markdown: string) =>
    markdown
      .replace(/\]\(tham-chieu\.md(#[^)]*)?\)/g, (_, hash: string | undefined) => `](${portalUrls.editorReference}${hash ?? ""})`)
      .replace(/\]\(huong-dan\.md(#[^)]*)?\)/g, (_, hash: string | undefined) => `](${portalUrls.editorGuide}${hash ?? ""})`)
      // Comments for people editing the repository; the site shows Markdown without raw HTML.
      .replace(/^<!--[\s\S]*?-->\n\n?/gm, "")
      // The pictures of the browser editor (docs/bien-tap/hinh/) are for readers of the repository:
      // the site publishes only text pages from docs/, so they would be missing there.
      .replace(/^!\[[^\]]*\]\(hinh\/[^)]+\)\n\n?/gm, "");
  const split = (markdown: string) => {
    const m = /^# (.+)\n+/.exec(markdown);
    return m ? { title: m[1]!, markdown: markdown.slice(m[0].length) } : { title: "", markdown };
  };
  return [
    { url: portalUrls.editorGuide, ...split(toSite(readFileSync(join(root, GUIDE_FILE), "utf8"))) },
    { url: portalUrls.editorReference, ...split(toSite(referenceMarkdown())) },
  ];
}
