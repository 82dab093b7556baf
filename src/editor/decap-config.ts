/**
 * The browser editor's configuration (Decap CMS, served at /quan-tri/), generated from the same
 * JSON Schemas that type and check the content, so the form cannot drift from the checker:
 * one collection per kind and per data file; each key with its Vietnamese label and help,
 * required flags, enumerations as choices with Vietnamese labels, id and date shapes as
 * patterns with a Vietnamese message, references as pick lists of existing ids, attachments
 * written to content/files/.
 *
 * `npm run schemas` writes it to schemas/decap-cms.yml for review; the build writes the same
 * collections with the site's own backend into /quan-tri/config.yml. Rules across fields or
 * files (end ≥ start, ids unique) stay with the checker, which the local editing server runs
 * on every save (src/editor/server.ts).
 */
import { stringify } from "yaml";
import { jsonSchemas, type JsonSchema, type SchemaFile } from "../schema/json-schema.ts";
import type { EditorSettings } from "../schema/editor.ts";
import { kinds } from "../kinds/index.ts";
import { FILES_DIR } from "../schema/index.ts";
import { activityKindLabels, agencyKindLabels, audienceLabels, formatLabels, planStatusLabels, topicGroupLabels, trainingKindLabels } from "../site/labels.ts";
import { escapeRegExp } from "../regexp.ts";

export type DecapField = { name: string; label: string; widget: string; [key: string]: unknown };
export type DecapCollection = { name: string; label: string; [key: string]: unknown };
export type DecapConfig = { backend: Record<string, unknown>; collections: DecapCollection[]; [key: string]: unknown };

/** Our own formats (registered by portal.js): YAML 1.2 core schema, dates kept as written, empty keys dropped. */
export const FORMATS = { yaml: "portal-yaml", list: "portal-yaml-list", frontMatter: "portal-frontmatter" } as const;
/** A data file that is a list at its root is shown to the editor under this one key. */
export const LIST_KEY = "items";

const asSchema = (v: unknown): JsonSchema => (v && typeof v === "object" ? (v as JsonSchema) : {});
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** Labels readers see on the site, for values whose help text does not name them. */
const siteLabels: Record<string, string> = { ...trainingKindLabels, ...formatLabels, ...activityKindLabels, ...audienceLabels, ...agencyKindLabels, ...planStatusLabels, ...topicGroupLabels };

/**
 * The Vietnamese label of each value: as its help text gives it ("expert (chuyên gia)",
 * "\">=\" (ít nhất)", "reports: theo các lần báo cáo"), else as the site shows it.
 */
export function enumLabels(values: readonly string[], description = ""): { label: string; value: string }[] {
  return values.map((value) => {
    const v = escapeRegExp(value);
    const found =
      new RegExp(`(?:^|[\\s,;:])"?${v}"? \\(([^)]+)\\)`).exec(description)?.[1] ??
      new RegExp(`(?:^|[\\s,;])${v}: ([^;.]+)`).exec(description)?.[1] ??
      siteLabels[value];
    const said = found?.replace(` (${value})`, "").trim();
    const label = said ? `${said.charAt(0).toLocaleUpperCase("vi")}${said.slice(1)} (${value})` : value;
    return { label, value };
  });
}

/** What the form says when a value does not have the shape a pattern wants. */
function patternMessage(pattern: string, help = ""): string {
  if (pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$") return "Chỉ chữ thường không dấu, số và dấu gạch nối, ví dụ: tap-huan-5s.";
  if (pattern.startsWith("^\\d{4}-\\d{2}-\\d{2}(?:[T ]")) return "Ngày (YYYY-MM-DD) hoặc ngày giờ giờ Việt Nam, ví dụ 2026-12-10T08:00:00+07:00.";
  if (pattern.startsWith("^[0-9+()")) return "Số điện thoại: chữ số, dấu cách, +, (, ), dấu chấm hoặc gạch nối.";
  return help ? `Chưa đúng dạng. ${help}` : `Chưa đúng dạng (${pattern}).`;
}

/**
 * The key that names an entry of a Markdown kind (its list's line, its pick lists, its new file
 * name): the title, except where the kind has none. A document is named by its number
 * (1322/QĐ-TTg → 1322-qd-ttg.md), a question by the question.
 */
const NAMED_BY: Record<string, string> = { document: "number", question: "question" };
export const nameKey = (kind: string): string => NAMED_BY[kind] ?? "title";

/** A reference as a pick list of the ids that exist. */
function relation(ref: string): Record<string, unknown> | undefined {
  switch (ref) {
    case "agency":
    case "province":
    case "topic": {
      const collection = { agency: "agencies", province: "provinces", topic: "topics" }[ref];
      return {
        widget: "relation",
        collection,
        file: collection,
        value_field: `${LIST_KEY}.*.id`,
        search_fields: [`${LIST_KEY}.*.name`, `${LIST_KEY}.*.id`],
        display_fields: [`${LIST_KEY}.*.name`],
      };
    }
    case "session":
      return { widget: "relation", collection: "calendar", value_field: "sessions.*.id", search_fields: ["sessions.*.title", "sessions.*.id"], display_fields: ["sessions.*.title"] };
    case "file":
      return undefined;
    default:
      // A Markdown kind (plan, guide, document, …): its id is the file name.
      return { widget: "relation", collection: ref, value_field: "{{slug}}", search_fields: [nameKey(ref)], display_fields: [nameKey(ref)] };
  }
}

function field(name: string, prop: JsonSchema, required: boolean): DecapField {
  const base: DecapField = { name, label: text(prop.title) ?? name, widget: "string" };
  if (text(prop.description)) base.hint = text(prop.description);
  if (!required) base.required = false;
  if (prop.default !== undefined) base.default = prop.default;
  const items = asSchema(prop.items);
  const ref = text(prop.ref) ?? text(items.ref);
  if (ref === "file") return { ...base, widget: "file", media_library: { config: { multiple: false } }, choose_url: false };
  const picked = ref ? relation(ref) : undefined;
  if (picked) return { ...base, ...picked, ...(prop.type === "array" ? { multiple: true, ...(typeof prop.minItems === "number" ? { min: prop.minItems } : {}) } : {}) };
  if (Array.isArray(prop.enum)) return { ...base, widget: "select", options: enumLabels(prop.enum as string[], text(prop.description)) };
  switch (prop.type) {
    case "boolean":
      // No default: an untouched box writes nothing, rather than `draft: false` into every file.
      return { ...base, widget: "boolean" };
    case "integer":
    case "number": {
      const out: DecapField = { ...base, widget: "number", value_type: prop.type === "integer" ? "int" : "float" };
      if (typeof prop.minimum === "number") out.min = prop.minimum;
      if (typeof prop.maximum === "number") out.max = prop.maximum;
      return out;
    }
    case "array": {
      // "Thêm khóa", not "Thêm các khóa".
      base.label_singular = base.label.replace(/^Các\s+/i, "").toLocaleLowerCase("vi");
      const min = typeof prop.minItems === "number" ? { min: prop.minItems } : {};
      if (Array.isArray(items.enum)) return { ...base, widget: "select", multiple: true, options: enumLabels(items.enum as string[], text(prop.description)), ...min };
      if (items.type === "object") {
        const fields = objectFields(items);
        // A one-line summary per item, so a long list (50 sessions) stays readable and each item opens alone.
        const names = fields.map((f) => f.name);
        const summary = ["start", "date", "id"].filter((n) => names.includes(n)).slice(0, 1).concat(["title", "name", "label", "note"].filter((n) => names.includes(n)).slice(0, 1));
        return { ...base, widget: "list", collapsed: true, ...(summary.length ? { summary: summary.map((n) => `{{fields.${n}}}`).join(" — ") } : {}), fields, ...min };
      }
      return { ...base, widget: "list", field: { name: "value", label: text(items.title) ?? base.label, widget: "string" }, ...min };
    }
    case "object":
      // Decap asks for an optional group's required keys even when the group is left empty, so
      // inside an optional group nothing is required in the form; the checker asks on save.
      return { ...base, widget: "object", collapsed: !required, fields: objectFields(prop, !required) };
    default: {
      const out: DecapField = { ...base, widget: typeof prop.maxLength === "number" && prop.maxLength > 300 ? "text" : "string" };
      if (text(prop.pattern)) out.pattern = [prop.pattern, patternMessage(prop.pattern as string, text(prop.description))];
      else if (prop.format === "date") out.pattern = ["^\\d{4}-\\d{2}-\\d{2}$", "Ngày dạng YYYY-MM-DD, ví dụ 2026-12-04."];
      else if (prop.format === "uri") out.pattern = ["^https?://", "Địa chỉ web bắt đầu bằng https://"];
      return out;
    }
  }
}

function objectFields(schema: JsonSchema, optionalGroup = false): DecapField[] {
  const required = new Set(optionalGroup ? [] : Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(asSchema(schema.properties)).map(([name, prop]) => field(name, asSchema(prop), required.has(name)));
}

/** The folder of a glob such as "content/guidance/*.md". */
const folderOf = (glob: string): string => glob.slice(0, glob.lastIndexOf("/"));

function collection(file: SchemaFile): DecapCollection {
  const label = text(file.schema.title) ?? file.name;
  const description = text(file.schema.description);
  const glob = file.files[0] ?? "";
  if (file.frontMatter) {
    const fields = objectFields(file.schema);
    // The checker requires a body only of a question (its answer, question/answer-missing); a
    // document or a plan may be its front matter alone, so the form must not ask for one.
    const answer = file.name === "question";
    fields.push({
      name: "body",
      label: answer ? "Câu trả lời" : "Nội dung",
      widget: "markdown",
      hint: answer ? "Câu trả lời (Markdown): đoạn văn, danh sách, liên kết đến hướng dẫn và văn bản." : "Nội dung bài viết (Markdown): đề mục ##, danh sách, liên kết, bảng.",
      ...(answer ? {} : { required: false }),
    });
    return {
      name: file.name,
      label,
      label_singular: label.toLocaleLowerCase("vi"),
      ...(description ? { description } : {}),
      folder: folderOf(glob),
      extension: "md",
      format: FORMATS.frontMatter,
      create: true,
      // Published pages are unpublished with `draft: true`, or removed with git after review.
      delete: false,
      // The file name is the id: from the title, đ → d, accents dropped (slug settings below).
      slug: `{{${nameKey(file.name)}}}`,
      identifier_field: nameKey(file.name),
      summary: `{{${nameKey(file.name)}}}`,
      sortable_fields: [nameKey(file.name)],
      fields,
    };
  }
  if (glob.includes("*")) {
    // Training calendars: one file, many sessions; the list is edited one session at a time.
    return {
      name: file.name,
      label,
      label_singular: label.toLocaleLowerCase("vi"),
      ...(description ? { description } : {}),
      folder: folderOf(glob),
      extension: "yaml",
      format: FORMATS.yaml,
      create: false,
      delete: false,
      identifier_field: "organizer",
      summary: "{{filename}}",
      fields: objectFields(file.schema),
    };
  }
  const list = file.schema.type === "array";
  const fields = list ? [field(LIST_KEY, file.schema, true)] : objectFields(file.schema);
  return {
    name: file.name,
    label,
    ...(description ? { description } : {}),
    delete: false,
    format: list ? FORMATS.list : FORMATS.yaml,
    files: [{ name: file.name, label, file: glob, format: list ? FORMATS.list : FORMATS.yaml, fields }],
  };
}

/**
 * The generated configuration. The backend here is the in-browser demo (`test-repo`): the build
 * puts the site's own (GitHub, GitLab, Gitea/Forgejo or the local editing server) in its place.
 */
export function decapConfig(): DecapConfig {
  const schemas = jsonSchemas();
  // Content kinds in the registry's order (as the site's menu lists them), then the data files.
  const order = kinds.map((k) => k.reference.schemaName);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return {
    locale: "vi",
    backend: { name: "test-repo" },
    media_folder: FILES_DIR,
    // Attachments are written by name, as the checker wants them (content/files/<name>).
    public_folder: "",
    // New ids from titles: ASCII, accents dropped and đ → d, as `npm run new` does.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    // The editor's own preview pane would show raw Markdown; the site's preview shows the page.
    editor: { preview: true },
    collections: [...schemas].sort((a, b) => rank(a.name) - rank(b.name)).map(collection),
  };
}

export const DECAP_CONFIG = "schemas/decap-cms.yml";
/** The text of schemas/decap-cms.yml. */
export const decapConfigText = (config: DecapConfig = decapConfig()): string =>
  `# Cấu hình trình soạn thảo trên trình duyệt (/quan-tri/), sinh từ các lược đồ: chạy npm run schemas, không sửa tay.\n${stringify(config, { lineWidth: 0 })}`;

/** The origin of an address ("https://git.example.gov.vn/api/v1" → "https://git.example.gov.vn"). */
const origin = (url: string) => new URL(url).origin;

/**
 * The configuration the build publishes for this site, and the hosts its page may talk to: the
 * git host of data/site.yaml `editor`, where every change becomes a pull request (editorial
 * workflow) on GitHub and GitLab; without it, the in-browser demo.
 */
export function siteEditorConfig(site: { editor?: EditorSettings | undefined }): { config: DecapConfig; hosts: string[] } {
  const config = decapConfig();
  const e = site.editor;
  if (!e) return { config, hosts: [] };
  const common = { repo: e.repo, branch: e.branch, ...(e.apiRoot ? { api_root: e.apiRoot } : {}) };
  switch (e.backend) {
    case "github": {
      const auth = e.authUrl ? new URL(e.authUrl) : undefined;
      const backend = { name: "github", ...common, ...(auth ? { base_url: auth.origin, auth_endpoint: auth.pathname.replace(/^\/+/, "") || "auth" } : {}) };
      const api = e.apiRoot ? origin(e.apiRoot) : "https://api.github.com";
      return { config: { ...config, backend, publish_mode: "editorial_workflow" }, hosts: [api, "https://avatars.githubusercontent.com"] };
    }
    case "gitlab": {
      const backend = { name: "gitlab", ...common, auth_type: "pkce", ...(e.appId ? { app_id: e.appId } : {}), ...(e.authUrl ? { base_url: e.authUrl } : {}) };
      const api = e.apiRoot ? origin(e.apiRoot) : "https://gitlab.com";
      return { config: { ...config, backend, publish_mode: "editorial_workflow" }, hosts: [api, "https://secure.gravatar.com"] };
    }
    case "gitea": {
      // Decap's Gitea backend has no editorial workflow: protect the branch so changes go through review.
      const backend = { name: "gitea", ...common, ...(e.appId ? { app_id: e.appId } : {}), ...(e.authUrl ? { base_url: e.authUrl } : {}) };
      const api = e.apiRoot ? origin(e.apiRoot) : e.authUrl ? origin(e.authUrl) : "https://gitea.com";
      return { config: { ...config, backend }, hosts: [api] };
    }
  }
}
