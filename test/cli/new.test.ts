import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { parseNewOptions, runNew } from "../../src/cli/new.ts";
import { splitFrontMatter } from "../../src/content/frontmatter.ts";
import { loadContent } from "../../src/content/load.ts";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { atomFeed } from "../../src/feeds/atom.ts";
import { urlsOf } from "../feeds/fixture.ts";
import { jsonSchemas } from "../../src/schema/json-schema.ts";
import { compileSchema } from "../helpers/ajv.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** 2026-11-29 at 09:00 in Vietnam. */
const NOW = "2026-11-29T09:00:00+07:00";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary copy of the bundled content and data. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "nscl-new-"));
  roots.push(root);
  cpSync(join(REPO_ROOT, "content"), join(root, "content"), { recursive: true });
  cpSync(join(REPO_ROOT, "data"), join(root, "data"), { recursive: true });
  return root;
}

function run(root: string, ...args: string[]) {
  let out = "";
  let err = "";
  const code = runNew(parseNewOptions([...args, "--root", root, ...(args.includes("--now") ? [] : ["--now", NOW])]), { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const check = (root: string) => loadContent({ root, now: Date.parse(NOW) }).diagnostics;
const errorsIn = (root: string, file: string) => check(root).filter((d) => d.severity === "error" && d.file === file);

/** Sets values by key path in a YAML text through the Document API, keeping its comments. */
function fillYaml(text: string, values: [(string | number)[], unknown][]): string {
  const doc = parseDocument(text);
  for (const [path, value] of values) doc.setIn(path, doc.createNode(value, { flow: true }));
  return doc.toString({ lineWidth: 0 });
}
function fillMarkdown(text: string, values: [(string | number)[], unknown][]): string {
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error(split.problem);
  return `---\n${fillYaml(split.yaml, values)}---\n${split.body}`;
}

const schemaOf = (name: string) => compileSchema(jsonSchemas().find((s) => s.name === name)!.schema);

const documentCases: { kind: string; title: string; file: string; fill: [(string | number)[], unknown][] }[] = [
  {
    kind: "plan",
    title: "Kế hoạch nâng cao năng suất tỉnh Tuyên Quang giai đoạn 2026-2030",
    file: "content/plans/ke-hoach-nang-cao-nang-suat-tinh-tuyen-quang-giai-doan-2026-2030.md",
    fill: [
      [["issuer"], "ubnd-tuyen-quang"],
      [["period", "to"], 2030],
      [["lead"], "so-khcn-tuyen-quang"],
      [["province"], "tuyen-quang"],
      [["objective"], "Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp trên địa bàn tỉnh."],
      [["targets", 0, "id"], "dao-tao-600-luot"],
      [["targets", 0, "label"], "Đào tạo về năng suất, chất lượng"],
      [["targets", 0, "comparator"], ">"],
      [["targets", 0, "value"], 600],
      [["targets", 0, "unit"], "lượt người"],
    ],
  },
  {
    kind: "guide",
    title: "Đo lường năng suất tại doanh nghiệp nhỏ",
    file: "content/guidance/do-luong-nang-suat-tai-doanh-nghiep-nho.md",
    fill: [
      [["summary"], "Cách đo năng suất lao động và năng suất tổng hợp bằng số liệu sẵn có."],
      [["topics"], ["nang-suat-chat-luong"]],
    ],
  },
  {
    kind: "activity",
    title: "Hội nghị phổ biến kế hoạch năm 2027",
    file: "content/news/2026-11-hoi-nghi-pho-bien-ke-hoach-nam-2027.md",
    fill: [
      [["kind"], "conference"],
      [["summary"], "Sở Khoa học và Công nghệ tổ chức hội nghị phổ biến kế hoạch năm 2027."],
    ],
  },
  { kind: "page", title: "Câu hỏi thường gặp", file: "content/pages/cau-hoi-thuong-gap.md", fill: [] },
];

/** What an editor fills in for a new session. */
const sessionFill = (i: number): [(string | number)[], unknown][] => [
  [["sessions", i, "kind"], "awareness"],
  [["sessions", i, "topics"], ["lean"]],
  [["sessions", i, "start"], "2027-06-10T08:00:00+07:00"],
  [["sessions", i, "end"], "2027-06-10T16:30:00+07:00"],
  [["sessions", i, "format"], "in-person"],
  [["sessions", i, "venue", "name"], "Hội trường Sở Khoa học và Công nghệ tỉnh Tuyên Quang"],
  [["sessions", i, "audience"], "Doanh nghiệp nhỏ và vừa"],
  [["sessions", i, "registration", "deadline"], "2027-06-03"],
  [["sessions", i, "registration", "email"], "nangsuat.tuyenquang@example.gov.vn"],
];

describe("npm run new: Markdown kinds", () => {
  it("the bundled content passes the checker before anything is added", () => {
    expect(check(copyProject()).filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each(documentCases)("$kind: creates the file with every required key, fails the check until filled, then passes", ({ kind, title, file, fill }) => {
    const root = copyProject();
    const result = run(root, kind, title);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(file);
    const text = readFileSync(join(root, file), "utf8");

    // Every required key of the schema is there, each with a comment.
    const schema = jsonSchemas().find((s) => s.name === kind)!.schema as { required?: string[] };
    const split = splitFrontMatter(text);
    expect(split.ok).toBe(true);
    const data = parse(split.ok ? split.yaml : "") as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      expect(Object.keys(data)).toContain(key);
      expect(text).toMatch(new RegExp(`^${key}:.* # .+$`, "m"));
    }
    expect(data.title).toBe(title);

    // Until filled, the checker reports each placeholder, and only in the new file.
    const before = check(root).filter((d) => d.severity === "error");
    expect(before.every((d) => d.file === file)).toBe(true);
    // One error per empty key: exactly the keys the editor has to fill.
    expect(before.map((d) => d.path.join("."))).toEqual(fill.map(([path]) => path.join(".")));

    const filled = fillMarkdown(text, fill);
    writeFileSync(join(root, file), filled);
    expect(check(root).filter((d) => d.file === file).map((d) => formatDiagnostic(d, "vi"))).toEqual([]);
    const after = splitFrontMatter(filled);
    expect(schemaOf(kind)(parse(after.ok ? after.yaml : ""))).toBe(true);
  });

  it("document: the title is the summary (trích yếu); number, date and authority are left for the editor, never invented", () => {
    const root = copyProject();
    const result = run(root, "document", "Phê duyệt Chương trình thử nghiệm", "--id", "qd-thu-nghiem");
    expect(result.code).toBe(0);
    const file = "content/documents/qd-thu-nghiem.md";
    const text = readFileSync(join(root, file), "utf8");
    expect(text).toMatch(/^summary: Phê duyệt Chương trình thử nghiệm #/m);
    expect(text).toMatch(/^number: # bắt buộc: /m);
    expect(text).toMatch(/^issued: # bắt buộc: /m);
    expect(errorsIn(root, file).map((d) => `${d.code} ${d.path.join(".")}`).sort()).toEqual(["document/authority-missing number", "schema/type form", "schema/type issued", "schema/type number"]);
    const filled = fillMarkdown(text, [
      [["form"], "quyet-dinh"],
      [["number"], "12/QĐ-UBND"],
      [["issuer"], "ubnd-tuyen-quang"],
      [["issued"], "2026-11-20"],
    ]);
    writeFileSync(join(root, file), filled);
    expect(check(root).filter((d) => d.file === file).map((d) => formatDiagnostic(d, "vi"))).toEqual([]);
    const after = splitFrontMatter(filled);
    expect(schemaOf("document")(parse(after.ok ? after.yaml : ""))).toBe(true);
  });

  it("question: the title is the question, answered today; the answer goes in the body", () => {
    const root = copyProject();
    expect(run(root, "question", "Học phí khóa đào tạo là bao nhiêu?").code).toBe(0);
    const file = "content/questions/hoc-phi-khoa-dao-tao-la-bao-nhieu.md";
    const text = readFileSync(join(root, file), "utf8");
    expect(text).toMatch(/^question: Học phí khóa đào tạo là bao nhiêu\? #/m);
    expect(text).toMatch(/^answered: 2026-11-29 #/m);
    expect(errorsIn(root, file).map((d) => `${d.code} ${d.path.join(".")}`)).toEqual(["schema/type topics"]);
    const filled = fillMarkdown(text, [[["topics"], ["nang-suat-chat-luong"]]]);
    writeFileSync(join(root, file), filled);
    expect(errorsIn(root, file).map((d) => d.code)).toEqual(["question/answer-missing"]);
    writeFileSync(join(root, file), `${filled}\nHọc phí ghi trên trang của từng khóa.\n`);
    expect(check(root).filter((d) => d.file === file)).toEqual([]);
  });

  it("uses today's date in Vietnam, not UTC", () => {
    const root = copyProject();
    // 20:00 UTC on 30 November is already 1 December in Vietnam.
    expect(run(root, "activity", "Tin cuối tháng", "--now", "2026-11-30T20:00:00Z").code).toBe(0);
    const text = readFileSync(join(root, "content/news/2026-12-tin-cuoi-thang.md"), "utf8");
    expect(text).toMatch(/^date: 2026-12-01 #/m);
    expect(run(root, "guide", "Hướng dẫn mới", "--now", "2026-11-30T20:00:00Z").code).toBe(0);
    expect(readFileSync(join(root, "content/guidance/huong-dan-moi.md"), "utf8")).toMatch(/^updated: 2026-12-01 #/m);
  });

  it("honours BUILD_DATE when there is no --now", () => {
    const root = copyProject();
    const saved = process.env.BUILD_DATE;
    process.env.BUILD_DATE = "2027-02-03";
    try {
      const result = runNew(parseNewOptions(["activity", "Tin tháng hai", "--root", root]), { write: () => 0 }, { write: () => 0 });
      expect(result).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = saved;
    }
    expect(readFileSync(join(root, "content/news/2027-02-tin-thang-hai.md"), "utf8")).toMatch(/^date: 2027-02-03 #/m);
  });

  it("makes the id from the title: no marks, đ→d, lower case", () => {
    const root = copyProject();
    expect(run(root, "guide", "Đổi mới sáng tạo: ĐỊNH HƯỚNG & Lộ trình").code).toBe(0);
    expect(existsSync(join(root, "content/guidance/doi-moi-sang-tao-dinh-huong-and-lo-trinh.md"))).toBe(true);
    expect(run(root, "page", "Sơ đồ cổng", "--id", "so-do").code).toBe(0);
    expect(existsSync(join(root, "content/pages/so-do.md"))).toBe(true);
  });

  it("refuses to overwrite an existing file", () => {
    const root = copyProject();
    const file = join(root, "content/guidance/kaizen-cai-tien-lien-tuc.md");
    const original = readFileSync(file, "utf8");
    const result = run(root, "guide", "Kaizen cải tiến liên tục");
    expect(result.code).toBe(1);
    expect(result.err).toContain("content/guidance/kaizen-cai-tien-lien-tuc.md đã có");
    expect(readFileSync(file, "utf8")).toBe(original);
  });

  it("explains a wrong command line", () => {
    const root = copyProject();
    expect(run(root, "tin", "Tiêu đề").code).toBe(2);
    expect(run(root, "guide").err).toContain("thiếu tiêu đề");
    expect(run(root, "page", "Trang", "--id", "Trang Mới").err).toContain('"trang-moi"');
  });
});

describe("npm run new: training sessions", () => {
  const calendar = "content/trainings/2027-tuyen-quang.yaml";

  it("appends a session to the calendar, keeping the rest of the file byte for byte, and passes once filled", () => {
    const root = copyProject();
    const original = readFileSync(join(root, calendar), "utf8");
    const result = run(root, "training", "Tập huấn Lean cho doanh nghiệp nhỏ", "--calendar", calendar);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const text = readFileSync(join(root, calendar), "utf8");
    expect(text.startsWith(original)).toBe(true);
    const added = text.slice(original.length);
    expect(added).toMatch(/^\n  - id: tap-huan-lean-cho-doanh-nghiep-nho # /);
    // Defaults from the context: the province of the calendar's sessions, its organizer.
    expect(added).toMatch(/^ {4}province: tuyen-quang #/m);
    expect(added).toContain("so-khcn-tuyen-quang (theo organizer của lịch)");
    expect(result.out).toContain(`dòng ${original.split("\n").length + 1}`);
    const line = original.split("\n").length + 1;
    expect(text.split("\n")[line - 1]).toContain("- id: tap-huan-lean-cho-doanh-nghiep-nho");

    const sessions = (parse(text) as { sessions: unknown[] }).sessions;
    const index = sessions.length - 1;
    const before = errorsIn(root, calendar);
    expect(before.map((d) => d.path.join("."))).toEqual(sessionFill(index).map(([path]) => path.join(".")));

    writeFileSync(join(root, calendar), fillYaml(text, sessionFill(index)));
    expect(check(root).filter((d) => d.file === calendar).map((d) => formatDiagnostic(d, "vi"))).toEqual([]);
    expect(schemaOf("calendar")(parse(readFileSync(join(root, calendar), "utf8")))).toBe(true);
  });

  it("writes announced (today in Vietnam), so the filled session reaches /feed.xml", () => {
    const root = copyProject();
    // 18:00 UTC on 30 November is already 1 December in Vietnam.
    expect(run(root, "training", "Tập huấn Kaizen", "--calendar", calendar, "--now", "2026-11-30T18:00:00Z").code).toBe(0);
    const text = readFileSync(join(root, calendar), "utf8");
    expect(text).toMatch(/^ {4}announced: 2026-12-01 #/m);
    const index = (parse(text) as { sessions: unknown[] }).sessions.length - 1;
    writeFileSync(join(root, calendar), fillYaml(text, sessionFill(index)));
    const { store } = loadContent({ root, now: Date.parse("2026-12-01T09:00:00+07:00") });
    const xml = atomFeed(store!, urlsOf(store!));
    expect(xml).toContain("/dao-tao/tap-huan-kaizen/");
  });

  it("creates <year>-<province>.yaml with the organizer of the latest calendar of that province", () => {
    const root = copyProject();
    const file = "content/trainings/2028-tuyen-quang.yaml";
    const result = run(root, "training", "Khóa chuyên gia năng suất", "--province", "tuyen-quang", "--year", "2028");
    expect(result.code).toBe(0);
    const text = readFileSync(join(root, file), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schemas/calendar.schema.json");
    expect(text).toMatch(/^organizer: so-khcn-tuyen-quang #/m);
    expect(errorsIn(root, file).length).toBeGreaterThan(0);
    writeFileSync(join(root, file), fillYaml(text, sessionFill(0)));
    expect(check(root).filter((d) => d.file === file).map((d) => formatDiagnostic(d, "vi"))).toEqual([]);
  });

  it("takes the year of today in Vietnam by default", () => {
    const root = copyProject();
    expect(run(root, "training", "Lớp đầu năm", "--province", "da-nang", "--now", "2026-12-31T18:00:00Z").code).toBe(0);
    const text = readFileSync(join(root, "content/trainings/2027-da-nang.yaml"), "utf8");
    expect(text).toContain("- id: lop-dau-nam");
  });

  it("refuses an id that any calendar already uses", () => {
    const root = copyProject();
    const original = readFileSync(join(root, calendar), "utf8");
    const result = run(root, "training", "Trùng mã", "--calendar", calendar, "--id", "tq-2027-03-chuyen-gia-nang-suat");
    expect(result.code).toBe(1);
    expect(result.err).toContain('mã khóa "tq-2027-03-chuyen-gia-nang-suat" đã dùng trong content/trainings/2027-tuyen-quang.yaml');
    expect(readFileSync(join(root, calendar), "utf8")).toBe(original);
  });

  it("asks which calendar when neither --calendar nor --province is given", () => {
    const root = copyProject();
    const result = run(root, "training", "Khóa không có lịch");
    expect(result.code).toBe(1);
    expect(result.err).toContain("--calendar");
    expect(result.err).toContain(calendar);
  });

  it("refuses a calendar outside content/trainings", () => {
    const root = copyProject();
    const result = run(root, "training", "Khóa lạc chỗ", "--calendar", "data/agencies.yaml");
    expect(result.code).toBe(1);
    expect(result.err).toContain("content/trainings/");
  });
});
