import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitFrontMatter } from "../../src/content/frontmatter.ts";
import { FRONT_MATTER_CONFIG, frontMatterConfigText } from "../../src/editor/front-matter-cms.ts";
import { kindByName, kinds, markdownKinds } from "../../src/kinds/index.ts";
import { dataKinds } from "../../src/schema/index.ts";
import { jsonSchemas, schemaPath, schemaText, type SchemaName } from "../../src/schema/json-schema.ts";
import { compileSchema } from "../helpers/ajv.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const schemas = jsonSchemas();
const byName = (name: SchemaName) => schemas.find((s) => s.name === name)!;
const validator = (name: SchemaName) => compileSchema(byName(name).schema);
const zodSchema = (name: SchemaName) => kinds.find((k) => k.reference.schemaName === name)?.schema ?? dataKinds[name as keyof typeof dataKinds].schema;

const read = (rel: string) => readFileSync(join(REPO_ROOT, rel), "utf8");
const list = (dir: string, ext: string) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f}`);
/** The front matter of a Markdown file, parsed as the checker's YAML 1.2 core schema does. */
const frontMatter = (rel: string): unknown => {
  const split = splitFrontMatter(read(rel));
  if (!split.ok) throw new Error(`${rel}: ${split.problem}`);
  return parse(split.yaml) ?? {};
};
/** JSONC (VS Code's settings files): whole-line comments only, which is all we write. */
const jsonc = (rel: string): Record<string, unknown> => JSON.parse(read(rel).replace(/^\s*\/\/.*$/gm, ""));

describe("generated JSON Schemas", () => {
  it("cover every kind: calendars, each Markdown kind's front matter and each data file", () => {
    expect(schemas.map((s) => s.name).sort()).toEqual(["activity", "agencies", "calendar", "document", "guide", "page", "plan", "provinces", "question", "site", "topics"]);
  });

  it.each(schemas.map((s) => [s.name, s] as const))("the committed %s schema is the freshly generated one (run `npm run schemas`)", (_, file) => {
    expect(read(schemaPath(file.name))).toBe(schemaText(file));
  });

  it("the committed Front Matter CMS configuration is the freshly generated one", () => {
    expect(read(FRONT_MATTER_CONFIG)).toBe(frontMatterConfigText());
  });

  it("keep the Vietnamese documentation of every key", () => {
    const calendar = byName("calendar").schema as { properties: { sessions: { items: { properties: Record<string, { title: string; description: string; labelEn: string }> } } } };
    const end = calendar.properties.sessions.items.properties.end!;
    expect(end.title).toBe("Kết thúc");
    expect(end.description).toContain("không trước start");
    expect(end.labelEn).toBe("End");
    // Every property, at every depth, has a Vietnamese title and description.
    const walk = (node: unknown, path: string): string[] => {
      if (!node || typeof node !== "object") return [];
      const n = node as Record<string, unknown>;
      const out: string[] = [];
      for (const [key, prop] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof prop.title !== "string" || typeof prop.description !== "string") out.push(`${path}.${key}`);
        out.push(...walk(prop, `${path}.${key}`));
      }
      if (n.items) out.push(...walk(n.items, `${path}[]`));
      return out;
    };
    for (const file of schemas) expect(walk(file.schema, file.name)).toEqual([]);
  });

  it("compile in strict mode, with only our documentation keywords added", () => {
    for (const file of schemas) expect(() => compileSchema(file.schema)).not.toThrow();
  });
});

describe("the JSON Schemas accept every bundled file", () => {
  const cases: [string, SchemaName, () => unknown][] = [
    ...list(kindByName.session.source.dir, ".yaml").map((f) => [f, "calendar", () => parse(read(f))] as [string, SchemaName, () => unknown]),
    ...markdownKinds.flatMap((kind) => list(kind.source.dir, ".md").map((f) => [f, kind.reference.schemaName, () => frontMatter(f)] as [string, SchemaName, () => unknown])),
    ...(Object.keys(dataKinds) as (keyof typeof dataKinds)[]).map((kind) => [dataKinds[kind].file, kind, () => parse(read(dataKinds[kind].file))] as [string, SchemaName, () => unknown]),
  ];

  it("finds the bundled content", () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)("%s", (_, name, data) => {
    const validate = validator(name);
    const value = data();
    expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

/** A small valid document of each kind, to break one thing at a time. */
const session = {
  id: "tq-2027-05-5s",
  title: "Tập huấn 5S",
  kind: "awareness",
  topics: ["5s"],
  province: "tuyen-quang",
  start: "2027-05-12T08:00:00+07:00",
  end: "2027-05-12T11:30:00+07:00",
  format: "online",
  onlineUrl: "https://hop.example.gov.vn/5s",
  audience: "Doanh nghiệp",
  registration: { deadline: "2027-05-05", email: "dangky@example.gov.vn" },
};
const valid: Record<"calendar" | "guide" | "activity" | "plan" | "agencies", Record<string, unknown> | unknown[]> = {
  calendar: { organizer: "so-khcn-tuyen-quang", sessions: [session] },
  guide: { title: "Áp dụng 5S", summary: "Tóm tắt.", topics: ["5s"], updated: "2026-11-29" },
  activity: { title: "Hội nghị", date: "2026-11-29", kind: "conference", summary: "Tóm tắt." },
  plan: {
    title: "Kế hoạch",
    issuer: "ubnd-tuyen-quang",
    period: { from: 2026, to: 2030 },
    basis: "Quyết định 1322/QĐ-TTg",
    lead: "so-khcn-tuyen-quang",
    province: "tuyen-quang",
    objective: "Mục tiêu.",
    targets: [{ id: "dao-tao", label: "Đào tạo", comparator: ">=", value: 500, unit: "lượt người" }],
  },
  agencies: [{ id: "so-khcn-tuyen-quang", name: "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", kind: "department" }],
};
const clone = <T>(v: T): T => structuredClone(v);
const withSession = (change: (s: Record<string, unknown>) => void) => {
  const doc = clone(valid.calendar) as { sessions: Record<string, unknown>[] };
  change(doc.sessions[0]!);
  return doc;
};

describe("the JSON Schemas reject what the checker rejects", () => {
  it.each(Object.entries(valid))("the valid %s sample passes both", (name, doc) => {
    expect(compileSchema(byName(name as SchemaName).schema)(doc)).toBe(true);
    expect(zodSchema(name as SchemaName).safeParse(doc).success).toBe(true);
  });

  const broken: [string, SchemaName, unknown, string][] = [
    ["an unknown key (a typo)", "guide", { ...valid.guide, summry: "x" }, "additionalProperties"],
    ["a missing required key", "activity", { ...valid.activity, summary: undefined }, "required"],
    ["a value outside the list", "activity", { ...valid.activity, kind: "hội nghị" }, "enum"],
    ["a wrong type (text for a number)", "calendar", withSession((s) => (s.seats = "50 chỗ")), "type"],
    ["a number in quotes for a year", "plan", { ...valid.plan, period: { from: "2026", to: 2030 } }, "type"],
    ["a date written dd/mm/yyyy", "guide", { ...valid.guide, updated: "29/11/2026" }, "format"],
    ["a date that is not on the calendar", "guide", { ...valid.guide, updated: "2026-02-30" }, "format"],
    ["a start that is not a date-time", "calendar", withSession((s) => (s.start = "12/05/2027 08:00")), "pattern"],
    ["an id with capitals and spaces", "calendar", withSession((s) => (s.id = "TQ 2027 5S")), "pattern"],
    ["a reference that is not an id", "guide", { ...valid.guide, topics: ["Quản lý chất lượng"] }, "pattern"],
    ["an empty list where one item is needed", "guide", { ...valid.guide, topics: [] }, "minItems"],
    ["an empty title", "activity", { ...valid.activity, title: "" }, "minLength"],
    ["a web address without https://", "calendar", withSession((s) => (s.onlineUrl = "hop.example.gov.vn")), "format"],
    ["an e-mail address without @", "calendar", withSession((s) => (s.registration = { email: "dangky.example.gov.vn" })), "format"],
    ["a wrong comparator", "plan", { ...valid.plan, targets: [{ ...(valid.plan as { targets: object[] }).targets[0], comparator: "≥" }] }, "enum"],
    ["an unknown key inside a list item", "agencies", [{ ...(valid.agencies as object[])[0], website: "https://example.gov.vn" }], "additionalProperties"],
    ["a calendar without sessions", "calendar", { organizer: "so-khcn-tuyen-quang", sessions: [] }, "minItems"],
  ];

  it.each(broken)("%s", (_, name, doc, keyword) => {
    const data = JSON.parse(JSON.stringify(doc)) as unknown; // drops undefined keys, as YAML would not have them
    const validate = compileSchema(byName(name).schema);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
    // The checker refuses it too: the JSON Schema never reports what the checker accepts.
    expect(zodSchema(name).safeParse(data).success).toBe(false);
  });
});

describe("editor wiring", () => {
  it("VS Code maps every YAML schema to exactly its files", () => {
    const settings = jsonc(".vscode/settings.json");
    const expected = Object.fromEntries(schemas.filter((s) => !s.frontMatter).map((s) => [`./${schemaPath(s.name)}`, s.files.length === 1 ? s.files[0] : s.files]));
    expect(settings["yaml.schemas"]).toEqual(expected);
  });

  it("Front Matter CMS knows every Markdown folder and its content type", () => {
    const config = JSON.parse(read(FRONT_MATTER_CONFIG)) as { "frontMatter.content.pageFolders": { path: string; contentTypes: string[] }[] };
    const folders = config["frontMatter.content.pageFolders"].map((f) => [f.path, f.contentTypes]);
    expect(folders).toEqual(markdownKinds.map((kind) => [`[[workspace]]/${kind.source.dir}`, [kind.name]]));
  });

  it("recommends the YAML and Front Matter extensions", () => {
    const recommended = jsonc(".vscode/extensions.json").recommendations as string[];
    expect(recommended).toEqual(expect.arrayContaining(["redhat.vscode-yaml", "eliostruyf.vscode-front-matter"]));
  });

  it("the VS Code task's problem matcher reads the checker's lines", () => {
    const tasks = jsonc(".vscode/tasks.json") as { tasks: { script: string; problemMatcher: { severity: string; pattern: { regexp: string } }[] }[] };
    const matchers = tasks.tasks.find((t) => t.script === "check")!.problemMatcher;
    const line = "content/trainings/2027-tuyen-quang.yaml:12:5 lỗi schema/enum sessions[0].kind: giá trị \"x\" không hợp lệ — chọn một trong: expert";
    const warning = "content/news/a.md:3:1 cảnh báo text/raw-html: Markdown có thẻ HTML <b>";
    const match = (text: string) => matchers.map((m) => [m.severity, new RegExp(m.pattern.regexp).exec(text)?.slice(1)] as const).filter(([, m]) => m);
    expect(match(line)).toEqual([["error", ["content/trainings/2027-tuyen-quang.yaml", "12", "5", "schema/enum", line.slice(line.indexOf(": ") + 2)]]]);
    expect(match(warning)).toEqual([["warning", ["content/news/a.md", "3", "1", "text/raw-html", "Markdown có thẻ HTML <b>"]]]);
    expect(match("0 lỗi, 0 cảnh báo")).toEqual([]);
  });
});
