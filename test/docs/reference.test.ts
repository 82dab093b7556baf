import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { editorDocs, GUIDE_FILE, keyRows, REFERENCE_FILE, referenceMarkdown } from "../../src/docs/reference.ts";
import { portalUrls } from "../../src/site/urls.ts";
import { createMarkdown, scanMarkdown } from "../../src/markdown.ts";
import { messages } from "../../src/messages.ts";
import { kindByName } from "../../src/kinds/index.ts";
import { dataKinds } from "../../src/schema/index.ts";
import { jsonSchemas } from "../../src/schema/json-schema.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const reference = referenceMarkdown();

/** Every key path of a zod schema, walked independently of the JSON Schema the reference reads. */
function zodPaths(schema: z.ZodType, prefix = ""): string[] {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  // `targets.` becomes `targets[].`; a list file's rows are `[].`.
  if (s instanceof z.ZodArray) return zodPaths(s.element as z.ZodType, `${prefix.replace(/\.$/, "")}[].`);
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    return [path, ...zodPaths(child, `${path}.`)];
  });
}

/** The part of the reference under one `### heading`. */
const section = (heading: string): string => {
  const start = reference.indexOf(`\n### ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = reference.indexOf("\n### ", start + 1);
  return reference.slice(start, end === -1 ? undefined : end);
};

const kinds: [string, z.ZodType][] = [
  ["Lịch đào tạo", kindByName.session.schema],
  ["Kế hoạch", kindByName.plan.schema],
  ["Hướng dẫn", kindByName.guide.schema],
  ["Tin hoạt động", kindByName.activity.schema],
  ["Trang", kindByName.page.schema],
  ["Cấu hình cổng", dataKinds.site.schema],
  ["Cơ quan", dataKinds.agencies.schema],
  ["Tỉnh, thành phố", dataKinds.provinces.schema],
  ["Chủ đề", dataKinds.topics.schema],
];

describe("the editors' key reference", () => {
  it("is committed as generated (run `npm run docs`)", () => {
    expect(readFileSync(join(REPO_ROOT, REFERENCE_FILE), "utf8")).toBe(reference);
  });

  it("walks nested keys the way the reference writes them", () => {
    expect(zodPaths(kindByName.session.schema)).toEqual(expect.arrayContaining(["sessions", "sessions[].id", "sessions[].venue.name", "sessions[].registration.deadline"]));
    expect(zodPaths(kindByName.plan.schema)).toEqual(expect.arrayContaining(["period.from", "targets[].reports[].value", "attachments[].file"]));
    expect(zodPaths(dataKinds.agencies.schema)).toEqual(expect.arrayContaining(["[].id", "[].successor"]));
  });

  it.each(kinds)("lists every key of %s, each in its own row", (heading, schema) => {
    const text = section(heading);
    const paths = zodPaths(schema);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(text, path).toContain(`| \`${path}\` |`);
    // Nothing listed that the schema does not have.
    const listed = [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...paths].sort());
  });

  it("gives label, type, required, allowed values, example and help", () => {
    const row = section("Lịch đào tạo").split("\n").find((l) => l.startsWith("| `sessions[].kind` |"))!;
    const cells = row.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, ""));
    expect(cells).toEqual([
      "`sessions[].kind`",
      "Loại khóa (Kind)",
      "một giá trị trong danh sách",
      "**có**",
      "`expert`, `lecturer`, `manager`, `awareness`, `workshop`",
      "`expert`",
      expect.stringContaining("awareness (nâng cao nhận thức)"),
    ]);
    const rows = keyRows(jsonSchemas().find((s) => s.name === "calendar")!.schema);
    const fee = rows.find((r) => r.path === "sessions[].fee")!;
    expect(fee).toMatchObject({ type: "số nguyên", required: false, default: 0, allowed: "từ 0 trở lên" });
    expect(rows.find((r) => r.path === "sessions[].start")!.type).toContain("ngày giờ");
    expect(rows.find((r) => r.path === "sessions[].registration.deadline")!.type).toBe("ngày (YYYY-MM-DD)");
    expect(rows.find((r) => r.path === "sessions[].organizer")!.type).toBe("mã cơ quan (data/agencies.yaml)");
  });
});

describe("the error reference", () => {
  it("lists every message code of the checker with its meaning and fix", () => {
    const errors = reference.slice(reference.indexOf("## Thông báo lỗi và cách sửa"));
    for (const code of Object.keys(messages)) expect(errors, code).toMatch(new RegExp(`^\\| \`${code}\` \\| \\S`, "m"));
  });

  it("renders the message text, with named stand-ins for the values", () => {
    expect(reference).toContain("| `date/not-iso` | Ngày \"‹giá trị›\" viết theo kiểu dd/mm/yyyy | Trong tệp hãy viết dạng ISO ‹YYYY-MM-DD› |");
    // A message that reads differently for different values gets a row per variant.
    expect(reference).toContain("| `schema/too-small` | Danh sách cần ít nhất 1 mục | Thêm mục |");
    expect(reference).toContain("| `schema/too-small` | Không được để trống | Điền nội dung |");
  });
});

describe("publishing on the site", () => {
  const docs = editorDocs(REPO_ROOT);

  it("gives the guide and the reference with titles and site addresses", () => {
    expect(docs.map((d) => [d.url, d.title])).toEqual([
      [portalUrls.editorGuide, "Hướng dẫn biên tập"],
      [portalUrls.editorReference, "Tham chiếu cho biên tập viên"],
    ]);
    // The browser editor's pictures (docs/bien-tap/hinh/) stay in the repository's guide only.
    const guide = readFileSync(join(REPO_ROOT, GUIDE_FILE), "utf8").replace(/^!\[[^\]]*\]\(hinh\/[^)]+\)\n\n?/gm, "");
    expect(docs[0]!.markdown).toBe(guide.replace(/^# .+\n+/, "").replaceAll("](tham-chieu.md)", `](${portalUrls.editorReference})`));
  });

  it("links the two pages by site address, and every link is one the site renders", () => {
    const md = createMarkdown();
    for (const doc of docs) {
      const links = scanMarkdown(doc.markdown).links.map((l) => l.href);
      expect(links.filter((h) => h.endsWith(".md"))).toEqual([]);
      // createMarkdown drops links it considers unsafe: a relative link would vanish.
      for (const href of links) expect(md.validateLink(href), href).toBe(true);
    }
    expect(scanMarkdown(docs[0]!.markdown).links.map((l) => l.href)).toContain(portalUrls.editorReference);
    expect(scanMarkdown(docs[1]!.markdown).links.map((l) => l.href)).toContain(portalUrls.editorGuide);
  });

  it("holds no raw HTML (the site would show it as text)", () => {
    for (const doc of docs) expect(scanMarkdown(doc.markdown).htmlTags).toEqual([]);
    expect(docs[1]!.markdown).not.toContain("<!--");
  });
});
