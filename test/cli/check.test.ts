/**
 * The real checker command (`npm run check`), run as a child process: exit status, the three
 * output formats, both languages, and no stack traces for content mistakes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toWindows1258 } from "../helpers/legacy-encodings.ts";
import { FIXTURES, makeProject, REPO_ROOT, TODAY } from "../helpers/project.ts";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/check.ts from the repository root with the fixed clock, as CI does. */
function check(...args: string[]): Run {
  const env = { ...process.env };
  delete env.BUILD_DATE;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--now", TODAY, ...args], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CAL = "content/trainings/2026-tuyen-quang.yaml";
const calendar = readFileSync(join(FIXTURES, "minimal", CAL), "utf8");

/** One error (end before start, sessions[1]) and one warning (no online link, sessions[2]). */
const broken = () =>
  makeProject({
    [CAL]: calendar.replace("end: 2026-12-10T16:30:00+07:00", "end: 2026-12-09T16:30:00+07:00").replace("    onlineUrl: https://hop.example.gov.vn/chuyen-gia\n", ""),
  });

const ERROR_VI = `${CAL}:24:10 lỗi training/end-before-start sessions[1].end: ngày kết thúc 09/12/2026, 16:30 trước ngày bắt đầu 10/12/2026, 08:00 — sửa end hoặc start`;
const WARNING_VI = `${CAL}:33:5 cảnh báo training/online-url-missing sessions[2].onlineUrl: hình thức "online" nhưng chưa có đường dẫn trực tuyến — thêm onlineUrl, hoặc nói rõ trong description cách nhận đường dẫn`;
const ERROR_EN = `${CAL}:24:10 error training/end-before-start sessions[1].end: end 09/12/2026, 16:30 is before start 10/12/2026, 08:00 — fix end or start`;
const WARNING_EN = `${CAL}:33:5 warning training/online-url-missing sessions[2].onlineUrl: format "online" but no online link — add onlineUrl, or say in description how attendees get it`;

describe("exit status", () => {
  it("0 on the minimal fixture (a path relative to the repository)", () => {
    const r = check("--root", "test/fixtures/minimal");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0 lỗi, 0 cảnh báo\n");
    expect(r.status).toBe(0);
  });

  it("0 with warnings only", () => {
    const project = makeProject({ [CAL]: calendar.replace("    onlineUrl: https://hop.example.gov.vn/chuyen-gia\n", "") });
    const r = check("--root", project.root);
    expect(r.stdout).toBe(`${WARNING_VI}\n0 lỗi, 1 cảnh báo\n`);
    expect(r.status).toBe(0);
  });

  it("1 with errors", () => {
    const r = check("--root", broken().root);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
  });

  it("2 on an unknown option, with the usage on stderr", () => {
    const r = check("--root", "test/fixtures/minimal", "--colour");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Unknown option '--colour'");
    expect(r.stderr).toContain("usage: npm run check -- [--lang vi|en] [--format text|json|github]");
  });

  it("2 when --root names no folder", () => {
    const r = check("--root", "test/fixtures/khong-co");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--root: no such folder");
  });

  it("2 on a bad --lang, --format or --now", () => {
    for (const args of [["--lang", "fr"], ["--format", "xml"], ["--now", "hôm qua"]]) {
      const r = check("--root", "test/fixtures/minimal", ...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).not.toBe("");
    }
  });
});

describe("text output", () => {
  it("one line per problem, `file:line:col lỗi code path: message — fix`, then a summary (Vietnamese by default)", () => {
    const r = check("--root", broken().root);
    expect(r.stdout).toBe(`${ERROR_VI}\n${WARNING_VI}\n1 lỗi, 1 cảnh báo\n`);
  });

  it("in English with --lang en", () => {
    const r = check("--root", broken().root, "--lang", "en");
    expect(r.stdout).toBe(`${ERROR_EN}\n${WARNING_EN}\n1 error(s), 1 warning(s)\n`);
  });

  it("a problem with the whole file has no key path", () => {
    const project = makeProject({ "content/pages/ke-hoach.md": "---\ntitle: Kế hoạch\n---\n" });
    const r = check("--root", project.root);
    expect(r.stdout.split("\n")[0]).toBe("content/pages/ke-hoach.md:1:1 lỗi url/collision: địa chỉ /ke-hoach/ trùng với cổng thông tin (đường dẫn dành riêng) — đổi tên tệp hoặc mã");
  });
});

describe("JSON output", () => {
  it("prints {errors, warnings, diagnostics[]} that parses, with the fields in a fixed order", () => {
    const r = check("--root", broken().root, "--format", "json");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { errors: number; warnings: number; diagnostics: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(["errors", "warnings", "diagnostics"]);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    expect(report.diagnostics.map((d) => Object.keys(d))).toEqual([
      ["file", "line", "column", "path", "code", "severity", "message"],
      ["file", "line", "column", "path", "code", "severity", "message"],
    ]);
    expect(report.diagnostics[0]).toEqual({
      file: CAL,
      line: 24,
      column: 10,
      path: "sessions[1].end",
      code: "training/end-before-start",
      severity: "error",
      message: "ngày kết thúc 09/12/2026, 16:30 trước ngày bắt đầu 10/12/2026, 08:00 — sửa end hoặc start",
    });
    expect(report.diagnostics[1]).toMatchObject({ line: 33, column: 5, path: "sessions[2].onlineUrl", code: "training/online-url-missing", severity: "warning" });
  });

  it("messages in English with --lang en", () => {
    const report = JSON.parse(check("--root", broken().root, "--format", "json", "--lang", "en").stdout) as { diagnostics: { message: string }[] };
    expect(report.diagnostics[0]!.message).toBe("end 09/12/2026, 16:30 is before start 10/12/2026, 08:00 — fix end or start");
  });

  it("an empty report on the minimal fixture", () => {
    const r = check("--root", "test/fixtures/minimal", "--format", "json");
    expect(JSON.parse(r.stdout)).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
    expect(r.status).toBe(0);
  });
});

describe("GitHub Actions output", () => {
  it("prints one ::error or ::warning annotation per problem", () => {
    const r = check("--root", broken().root, "--format", "github", "--lang", "en");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      `::error file=${CAL},line=24,col=10,title=training/end-before-start::${ERROR_EN}`,
      `::warning file=${CAL},line=33,col=5,title=training/online-url-missing::${WARNING_EN}`,
      "1 error(s), 1 warning(s)",
    ]);
    expect(r.status).toBe(1);
  });

  it("escapes % and commas in properties, and % and newlines in the message", () => {
    // A TCVN3 line in a description: the message quotes it, and the newline after it.
    const legacy = calendar.replace("      Học trực tuyến.", "      Qu¶ng Nam tØnh\n      Tuyªn Quang.");
    const project = makeProject({ "content/pages/a,b%.md": "---\ntitle: A\n---\n", [CAL]: legacy });
    const r = check("--root", project.root, "--format", "github");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=content\/pages\/a%2Cb%25\.md,line=1,col=1,title=file\/id-format::content\/pages\/a,b%25\.md:1:1 lỗi file\/id-format: /);
    expect(lines[1]).toMatch(/^::error file=content\/trainings\/2026-tuyen-quang\.yaml,line=45,col=18,title=text\/legacy-encoding::.*\("Qu¶ng Nam tØnh%0ATuyªn Quang\./);
    expect(lines[2]).toBe("2 lỗi, 0 cảnh báo");
  });
});

describe("content mistakes are diagnostics, never crashes", () => {
  it("a page saved in Windows-1258 is one Vietnamese line: file, line, the encoding, how to convert, no stack trace", () => {
    const PAGE = "content/pages/gioi-thieu.md";
    const project = makeProject({ [PAGE]: toWindows1258(readFileSync(join(FIXTURES, "minimal", PAGE), "utf8")) });
    const r = check("--root", project.root);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/\n\s+at /);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^content\/pages\/gioi-thieu\.md:2:10 lỗi file\/legacy-encoding: tệp được lưu bằng bảng mã cũ Windows-1258, không phải UTF-8; đọc theo Windows-1258, dòng này là "title: Giới thiệu" — trong VS Code chọn "Reopen with Encoding" → "Vietnamese \(Windows 1258\)", rồi "Save with Encoding" → "UTF-8"; hoặc chạy iconv -f WINDOWS-1258 -t UTF-8 gioi-thieu\.md > gioi-thieu\.md\.utf8 && mv gioi-thieu\.md\.utf8 gioi-thieu\.md\. Đừng chỉ mở rồi lưu lại/);
    expect(lines.at(-1)).toBe("1 lỗi, 0 cảnh báo");
  });

  it("a project full of hostile files gives diagnostics and no stack trace", () => {
    const marker = join(REPO_ROOT, "test", `ran-${process.pid}`);
    const bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
    const project = makeProject({
      "content/pages/js.md": `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n`,
      "content/pages/nhi-phan.md": new Uint8Array([0, 1, 2, 3]),
      "content/pages/latin1.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
      "content/pages/rong.md": "",
      "content/trainings/bom.yaml": bomb,
      "content/trainings/sau.yaml": `sessions: ${"[".repeat(20000)}${"]".repeat(20000)}\n`,
      "content/trainings/the.yaml": "organizer: !!js/function 'function () {}'\nsessions: []\n",
      "content/trainings/danh-sach.yaml": "- 1\n- 2\n",
      "content/trainings/chuoi.yaml": "chỉ là một dòng chữ\n",
      "content/news/null.md": "---\n---\n",
      "data/topics.yaml": "[1, 2, 3]\n",
      "data/site.yaml": "~\n",
    });
    const r = check("--root", project.root, "--format", "json");
    expect(existsSync(marker)).toBe(false);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: { file: string; code: string }[] };
    const codes = new Map(report.diagnostics.map((d) => [d.file, d.code]));
    expect(codes.get("content/pages/js.md")).toBe("frontmatter/language");
    expect(codes.get("content/pages/nhi-phan.md")).toBe("file/binary");
    expect(codes.get("content/pages/latin1.md")).toBe("file/invalid-utf8");
    expect(codes.get("content/pages/rong.md")).toBe("file/empty");
    expect(codes.get("content/trainings/bom.yaml")).toBe("yaml/alias-bomb");
    expect(codes.get("content/trainings/sau.yaml")).toBe("yaml/too-deep");
    expect(codes.get("content/trainings/the.yaml")).toBe("yaml/tag");
    expect(codes.get("content/trainings/danh-sach.yaml")).toBe("schema/type");
    expect(codes.get("content/trainings/chuoi.yaml")).toBe("schema/type");
    expect(codes.get("content/news/null.md")).toBe("schema/required");
    expect(codes.get("data/topics.yaml")).toBe("schema/type");
    expect(codes.get("data/site.yaml")).toBe("file/empty");
    expect(report.diagnostics.every((d) => !d.code.startsWith("internal/"))).toBe(true);
  });
});
