/**
 * Every rule the loader enforces, each failed by one edit of the minimal fixture, asserting
 * the exact file, line, column, key path, code and severity of what the editor is told.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageOf, type Diagnostic } from "../../src/diagnostics.ts";
import { messageFor, messages } from "../../src/messages.ts";
import { toTcvn3, toVni, toWindows1258 } from "../helpers/legacy-encodings.ts";
import { brief, FIXTURES, makeProject, summarise, withProject, type Edits, type Found } from "../helpers/project.ts";

// ---- fixture edits --------------------------------------------------------------------------

const CAL = "content/trainings/2026-tuyen-quang.yaml";
const PLAN = "content/plans/tuyen-quang-2022-2025.md";
const GUIDE = "content/guidance/ap-dung-5s.md";
const NEWS = "content/news/2026-03-tap-huan.md";
const PAGE = "content/pages/gioi-thieu.md";
const AGENCIES = "data/agencies.yaml";
const PROVINCES = "data/provinces.yaml";
const TOPICS = "data/topics.yaml";
const SITE = "data/site.yaml";

const fixture = (rel: string): string => readFileSync(join(FIXTURES, "minimal", rel), "utf8");

/** The fixture file with `from` replaced; fails loudly if `from` is not there (so no test passes by accident). */
function edit(rel: string, ...pairs: [string, string][]): Edits {
  let text = fixture(rel);
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return { [rel]: text };
}

/** A standing page with the given front matter and body. */
const page = (frontMatter: string, body = "\nVăn bản.\n"): string => `---\n${frontMatter}\n---\n${body}`;

/** A calendar with one session; `extra` is added to the session's keys. */
const oneSession = (id: string, extra = "", head = "organizer: so-khcn-tuyen-quang\n"): string =>
  `${head}sessions:\n  - id: ${id}\n    title: Hội thảo\n    kind: workshop\n    topics: [5s]\n    province: tuyen-quang\n    start: 2026-03-20\n    end: 2026-03-20\n    format: online\n    onlineUrl: https://hop.example.gov.vn/x\n    audience: Doanh nghiệp\n    status: completed\n${extra}`;

// ---- assertions ---------------------------------------------------------------------------------

const covered = new Set<string>();

/** The project has exactly these diagnostics. */
function expectExactly(diagnostics: readonly Diagnostic[], expected: Found[]): void {
  for (const e of expected) covered.add(e.code);
  expect(diagnostics.map(summarise), brief(diagnostics).join("\n")).toEqual(expected);
}

/** One diagnostic, and nothing else: a mistake is reported once, without a cascade. */
function expectOnly(edits: Edits, expected: Found): Diagnostic {
  const { diagnostics } = withProject(edits);
  expectExactly(diagnostics, [expected]);
  return diagnostics[0]!;
}

const err = (file: string, line: number, column: number, path: string, code: string): Found => ({ file, line, column, path, code, severity: "error" });
const warn = (file: string, line: number, column: number, path: string, code: string): Found => ({ file, line, column, path, code, severity: "warning" });

// ---- tests --------------------------------------------------------------------------------------

describe("the minimal fixture", () => {
  it("passes with no diagnostics at all", () => {
    const result = withProject();
    expect(brief(result.diagnostics)).toEqual([]);
    expect(result.store).toBeDefined();
  });
});

describe("files", () => {
  it("file/empty: an empty file", () => {
    expectOnly({ [PAGE]: "" }, err(PAGE, 1, 1, "", "file/empty"));
  });

  it("file/empty: a YAML file with only a byte-order mark and blank lines", () => {
    expectOnly({ [TOPICS]: "\uFEFF\n\n" }, err(TOPICS, 1, 1, "", "file/empty"));
  });

  it("file/empty: a YAML file with only comments", () => {
    expectOnly({ [CAL]: "# lịch sẽ cập nhật sau\n" }, err(CAL, 1, 1, "", "file/empty"));
  });

  it("file/binary: a file with NUL bytes", () => {
    expectOnly({ [PAGE]: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]) }, err(PAGE, 1, 1, "", "file/binary"));
  });

  it("file/invalid-utf8: at the line and column of the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: Giới thiệu\n---\n\nCâu "), Buffer.from([0xd0, 0x0a]), Buffer.from("\n")]);
    // "Câu " is four characters: the bad byte is the fifth column of line 5.
    expectOnly({ [PAGE]: bytes }, err(PAGE, 5, 5, "", "file/invalid-utf8"));
  });

  it("file/too-large: over 2 MiB", () => {
    expectOnly({ "content/pages/dai.md": page("title: Dài", `\n${"a".repeat(2 * 1024 * 1024)}\n`) }, err("content/pages/dai.md", 1, 1, "", "file/too-large"));
  });

  it("file/unknown-extension: a .txt among Markdown files", () => {
    const d = expectOnly({ "content/guidance/ghi-chu.txt": "x" }, err("content/guidance/ghi-chu.txt", 1, 1, "", "file/unknown-extension"));
    expect(messageOf(d, "en")).toBe('"ghi-chu.txt" is not a kind this folder holds — rename it to .md or move it');
  });

  it("file/id-format: a file name with capitals, spaces and tone marks, with the slug to rename to", () => {
    const d = expectOnly({ "content/guidance/Áp Dụng Đúng.md": fixture(GUIDE) }, err("content/guidance/Áp Dụng Đúng.md", 1, 1, "", "file/id-format"));
    expect(messageOf(d, "vi")).toBe('tên tệp "Áp Dụng Đúng" phải là chữ thường không dấu, số và gạch nối — đổi tên thành "ap-dung-dung.md"');
  });

  it("file/symlink: a symbolic link in a content folder", () => {
    const project = makeProject();
    symlinkSync(project.path(PAGE), project.path("content/pages/lien-ket.md"));
    expectExactly(project.load().diagnostics, [err("content/pages/lien-ket.md", 1, 1, "", "file/symlink")]);
  });

  it("file/symlink: a content folder that is a symbolic link (content/files → a folder outside)", () => {
    const project = makeProject();
    const outside = makeProject();
    rmSync(project.path("content/files"), { recursive: true });
    symlinkSync(outside.path("content/files"), project.path("content/files"));
    // Its files are not read: the attachments that name them are then missing.
    expectExactly(project.load().diagnostics, [
      err("content/files", 1, 1, "", "file/symlink"),
      err(NEWS, 10, 29, "attachments[0].file", "ref/file-missing"),
      err(PLAN, 26, 38, "attachments[0].file", "ref/file-missing"),
    ]);
  });

  it("file/invalid-utf8: a file saved as UTF-16 (Notepad's \"Unicode\")", () => {
    const d = expectOnly({ [PAGE]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture(PAGE), "utf16le")]) }, err(PAGE, 1, 1, "", "file/invalid-utf8"));
    expect(d.params.encoding).toBe("UTF-16");
  });

  // A page saved by an older office's tools: the checker names the encoding, shows the line as
  // it should read, and says how to convert it without keeping the garbled text.
  const legacyPage = "---\ntitle: Giới thiệu\nsummary: Về cổng thông tin.\norder: 1\n---\n\nKế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa của tỉnh Tuyên Quang.\n";

  it("file/legacy-encoding: a page saved in Windows-1258, with the VS Code steps and an iconv line", () => {
    const d = expectOnly({ [PAGE]: toWindows1258(legacyPage) }, err(PAGE, 2, 10, "", "file/legacy-encoding"));
    expect(d.params).toMatchObject({ encoding: "Windows-1258", sample: "title: Giới thiệu" });
    expect(messageOf(d, "vi")).toBe(
      'tệp được lưu bằng bảng mã cũ Windows-1258, không phải UTF-8; đọc theo Windows-1258, dòng này là "title: Giới thiệu" — trong VS Code chọn "Reopen with Encoding" → "Vietnamese (Windows 1258)", rồi "Save with Encoding" → "UTF-8"; hoặc chạy iconv -f WINDOWS-1258 -t UTF-8 gioi-thieu.md > gioi-thieu.md.utf8 && mv gioi-thieu.md.utf8 gioi-thieu.md. Đừng chỉ mở rồi lưu lại: làm vậy giữ nguyên chữ đã hỏng',
    );
  });

  it("file/legacy-encoding: a page saved in TCVN3 (ABC), with iconv's TCVN5712-1 and UniKey's converter", () => {
    const d = expectOnly({ [PAGE]: toTcvn3(legacyPage) }, err(PAGE, 2, 10, "", "file/legacy-encoding"));
    expect(d.params).toMatchObject({ encoding: "TCVN3", sample: "title: Giới thiệu" });
    expect(messageOf(d, "vi")).toContain("chạy iconv -f TCVN5712-1 -t UTF-8 gioi-thieu.md > gioi-thieu.md.utf8");
    expect(messageOf(d, "vi")).toContain('nguồn "TCVN3 (ABC)", đích "Unicode"');
    expect(messageOf(d, "vi")).toContain("Đừng chỉ mở rồi lưu lại");
  });

  it("file/legacy-encoding: a calendar saved in VNI Windows, at the first line with a mark", () => {
    const text = fixture(CAL);
    const firstMarked = text.split("\n").findIndex((l) => /[^\x00-\x7F]/.test(l));
    const d = expectOnly({ [CAL]: toVni(text) }, err(CAL, firstMarked + 1, text.split("\n")[firstMarked]!.search(/[^\x00-\x7F]/) + 1, "", "file/legacy-encoding"));
    expect(d.params.encoding).toBe("VNI");
    expect(d.params.sample).toBe(text.split("\n")[firstMarked]!.trim().slice(0, 60));
    expect(messageOf(d, "vi")).toContain('nguồn "VNI Windows", đích "Unicode"');
    expect(messageOf(d, "en")).toContain("Do not just open and save it again: that keeps the garbled text");
  });

  it("file/invalid-utf8: a file in another single-byte encoding (French, Latin-1) names no Vietnamese one", () => {
    const d = expectOnly({ [PAGE]: Buffer.from("---\ntitle: Café crème à la française\n---\n\nRéunion.\n", "latin1") }, err(PAGE, 2, 11, "", "file/invalid-utf8"));
    expect(d.params.encoding).toBeUndefined();
  });

  it("file/too-many-problems: a file stops being checked after 200 problems, and says so", () => {
    const { diagnostics } = withProject({ "content/trainings/hong.yaml": `sessions:\n${"  - {}\n".repeat(5000)}` });
    expect(diagnostics).toHaveLength(201);
    const last = diagnostics.at(-1)!;
    expect([last.file, last.code, last.severity]).toEqual(["content/trainings/hong.yaml", "file/too-many-problems", "error"]);
    expect(messageOf(last, "en")).toBe("too many problems in this file: only the first 200 are shown and the rest was not fully checked — fix these and check again");
    covered.add("file/too-many-problems");
  });

  it("file/attachment-type: an HTML page or an SVG among the attachments is refused, not published", () => {
    const result = withProject({ "content/files/trang.html": "<script>alert(1)</script>", "content/files/anh/logo.SVG": "<svg onload=alert(1)/>" });
    expectExactly(result.diagnostics, [err("content/files/anh/logo.SVG", 1, 1, "", "file/attachment-type"), err("content/files/trang.html", 1, 1, "", "file/attachment-type")]);
  });

  it("file/missing: a required data file", () => {
    expectOnly({ [SITE]: null }, err(SITE, 1, 1, "", "file/missing"));
  });

  it("file/read: a data file that cannot be read (a folder in its place)", () => {
    const project = makeProject({ [SITE]: null });
    mkdirSync(project.path(SITE));
    const [d] = project.load().diagnostics;
    expectExactly([d!], [err(SITE, 1, 1, "", "file/read")]);
    expect(d!.params.reason).toBe("EISDIR");
  });
});

describe("front matter", () => {
  it("frontmatter/language: ---json is refused", () => {
    expectOnly({ [PAGE]: '---json\n{ "title": "Giới thiệu" }\n---\n' }, err(PAGE, 1, 1, "", "frontmatter/language"));
  });

  it("frontmatter/missing: no --- at the top", () => {
    expectOnly({ [PAGE]: "title: Giới thiệu\n\nVăn bản.\n" }, err(PAGE, 1, 1, "", "frontmatter/missing"));
  });

  it("frontmatter/unclosed: no closing ---", () => {
    expectOnly({ [PAGE]: "---\ntitle: Giới thiệu\n\nVăn bản.\n" }, err(PAGE, 1, 1, "", "frontmatter/unclosed"));
  });

  it("frontmatter/not-mapping: a list instead of keys", () => {
    expectOnly({ [PAGE]: page("- title\n- summary") }, err(PAGE, 2, 1, "", "frontmatter/not-mapping"));
  });
});

describe("YAML", () => {
  it("yaml/syntax: an unclosed flow sequence, where the parser finds it is not closed", () => {
    expectOnly(edit(GUIDE, ["topics: [5s, kaizen]", "topics: [5s, kaizen"]), err(GUIDE, 5, 1, "", "yaml/syntax"));
  });

  it("yaml/tab-indent: a tab before a key, without the parser's follow-up errors", () => {
    expectOnly(edit(CAL, ["    kind: workshop", "\tkind: workshop"]), err(CAL, 20, 1, "", "yaml/tab-indent"));
  });

  it("yaml/tab-indent: every tab-indented line is reported, each with the fix", () => {
    const { diagnostics } = withProject(edit(CAL, ["    kind: workshop", "\tkind: workshop"], ["    format: in-person\n    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "\tformat: in-person\n    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ"]));
    expectExactly(diagnostics, [err(CAL, 20, 1, "", "yaml/tab-indent"), err(CAL, 25, 1, "", "yaml/tab-indent")]);
    expect(messageOf(diagnostics[0]!, "vi")).toBe("thụt lề bằng phím Tab, YAML chỉ nhận dấu cách — thay mỗi Tab bằng 2 dấu cách");
  });

  it("yaml/syntax: an unquoted colon in a value, with the quoted line to write", () => {
    const d = expectOnly(edit(PAGE, ["summary: Về cổng thông tin.", "summary: Lưu ý: cổng đang thử nghiệm"]), err(PAGE, 3, 10, "", "yaml/syntax"));
    expect(messageOf(d, "vi")).toBe('giá trị có dấu hai chấm và dấu cách (": "), YAML hiểu nhầm là một khóa nữa — đặt cả giá trị trong dấu nháy kép: summary: "Lưu ý: cổng đang thử nghiệm"');
  });

  it("yaml/syntax: no space after the colon", () => {
    const d = expectOnly(edit(PAGE, ["summary: Về cổng thông tin.", "summary:Về cổng thông tin."]), err(PAGE, 3, 8, "", "yaml/syntax"));
    expect(messageOf(d, "vi")).toBe("thiếu dấu cách sau dấu hai chấm — viết summary: Về cổng thông tin.");
  });

  it("yaml/syntax: an unclosed quote, at the line that opens it", () => {
    const d = expectOnly(edit(PAGE, ["title: Giới thiệu", 'title: "Giới thiệu']), err(PAGE, 2, 8, "", "yaml/syntax"));
    expect(messageOf(d, "vi")).toBe('dấu nháy " mở ở đây nhưng chưa được đóng — thêm " ở cuối giá trị: title: "Giới thiệu"');
  });

  it("yaml/syntax: a key indented deeper than its neighbours", () => {
    const d = expectOnly(edit(CAL, ["    kind: workshop", "      kind: workshop"]), err(CAL, 20, 7, "", "yaml/syntax"));
    expect(messageOf(d, "vi")).toBe("dòng này thụt lề không thẳng hàng với các khóa cùng cấp — thụt vào đúng bằng khóa ở dòng trên (mỗi cấp 2 dấu cách)");
  });

  it("yaml/syntax: a key indented less than its neighbours", () => {
    const d = expectOnly(edit(CAL, ["    kind: workshop", "   kind: workshop"]), err(CAL, 20, 1, "", "yaml/syntax"));
    expect(d.params.problem).toBe("bad-indent");
  });

  it("yaml/syntax: an error the checker does not know keeps the parser's English after a Vietnamese sentence", () => {
    const d = expectOnly(edit(PAGE, ["order: 1", "order: [1, 2]]"]), err(PAGE, 4, 14, "", "yaml/syntax"));
    expect(messageOf(d, "vi")).toMatch(/^YAML sai cú pháp ở đây — kiểm tra dấu hai chấm, thụt lề và dấu nháy quanh dòng này \(chi tiết của trình đọc YAML: Unexpected flow-seq-end token/);
  });

  it("every duplicate key is reported, each at its second occurrence", () => {
    expectExactly(withProject(edit(CAL, ["    kind: workshop\n", "    kind: workshop\n    kind: expert\n"], ["    format: online\n", "    format: online\n    format: hybrid\n"])).diagnostics, [
      err(CAL, 21, 5, "", "yaml/duplicate-key"),
      err(CAL, 42, 5, "", "yaml/duplicate-key"),
    ]);
  });

  it("yaml/duplicate-key: a key given twice inside a session, at the second one", () => {
    expectOnly(edit(CAL, ["    kind: workshop\n", "    kind: workshop\n    kind: expert\n"]), err(CAL, 21, 5, "", "yaml/duplicate-key"));
  });

  it("yaml/duplicate-key: in front matter", () => {
    expectOnly(edit(PAGE, ["order: 1\n", "order: 1\ntitle: Lặp\n"]), err(PAGE, 5, 1, "", "yaml/duplicate-key"));
  });

  it("yaml/tag: !!js/function is refused, not constructed", () => {
    expectOnly(edit(PAGE, ["summary: Về cổng thông tin.", "summary: !!js/function 'function () { return 1 }'"]), err(PAGE, 3, 10, "", "yaml/tag"));
  });

  it("yaml/tag: a local tag in a data file", () => {
    expectOnly(edit(TOPICS, ["name: Công cụ 5S", "name: !ten Công cụ 5S"]), err(TOPICS, 6, 9, "", "yaml/tag"));
  });

  it("yaml/alias-bomb: nested aliases that would expand to millions of nodes", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expectOnly({ "content/trainings/bom.yaml": `${bomb}\n` }, err("content/trainings/bom.yaml", 1, 1, "", "yaml/alias-bomb"));
  });

  it("yaml/too-deep: nesting deep enough to exhaust the parser, reported once", () => {
    const d = withProject({ "content/trainings/sau.yaml": `sessions: ${"[".repeat(20000)}${"]".repeat(20000)}\n` }).diagnostics;
    expect(d.map((x) => [x.file, x.code, x.severity, x.line])).toEqual([["content/trainings/sau.yaml", "yaml/too-deep", "error", 1]]);
    covered.add("yaml/too-deep");
  });

  it("yaml/too-many-values: more values than one file may hold", () => {
    const d = expectOnly({ "content/trainings/lon.yaml": `sessions: [${"1, ".repeat(50_000)}1]\n` }, err("content/trainings/lon.yaml", 1, 1, "", "yaml/too-many-values"));
    expect(messageOf(d, "en")).toBe("the file holds more than 50000 values — split it into smaller files");
  });

  it("yaml/not-list: a data file that is a mapping", () => {
    expectOnly({ [TOPICS]: "id: 5s\nname: Công cụ 5S\n" }, err(TOPICS, 1, 1, "", "yaml/not-list"));
  });
});

describe("text", () => {
  it("a byte-order mark and Windows line ends are accepted", () => {
    const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, "\r\n")}`;
    expectExactly(withProject({ [PAGE]: crlf(fixture(PAGE)), [CAL]: crlf(fixture(CAL)), [AGENCIES]: crlf(fixture(AGENCIES)) }).diagnostics, []);
  });

  it("positions stay exact with a byte-order mark and Windows line ends", () => {
    const text = `\uFEFF${fixture(CAL).replace("kind: workshop", "kind: worksop").replace(/\n/g, "\r\n")}`;
    expectExactly(withProject({ [CAL]: text }).diagnostics, [err(CAL, 20, 11, "sessions[1].kind", "schema/enum")]);
  });

  it("text/nfd: decomposed text is normalised, with a warning at the first decomposed letter", () => {
    // In NFD, "Giới" is G, i, o + horn + grave, i: the o at column 10 is the first letter that changes.
    const nfd = "Giới thiệu".normalize("NFD");
    expect(nfd).not.toBe("Giới thiệu");
    const result = withProject(edit(PAGE, ["title: Giới thiệu", `title: ${nfd}`]));
    expectExactly(result.diagnostics, [warn(PAGE, 2, 10, "", "text/nfd")]);
    expect(result.store!.pages[0]!.title).toBe("Giới thiệu".normalize("NFC"));
  });

  it("text/legacy-encoding: TCVN3 text in a key is an error", () => {
    const d = expectOnly(edit(PAGE, ["summary: Về cổng thông tin.", "summary: Cæng th«ng tin tØnh"]), err(PAGE, 3, 10, "summary", "text/legacy-encoding"));
    expect(d.params.encoding).toBe("TCVN3");
  });

  it("text/legacy-encoding: VNI text in the body is an error at its line", () => {
    const d = expectOnly(edit(PAGE, ["Cổng thông tin về", "Coång thoâng tin ñaøo taïo.\n\nCổng thông tin về"]), err(PAGE, 7, 1, "", "text/legacy-encoding"));
    expect(d.params.encoding).toBe("VNI");
    expect(messageOf(d, "vi")).toContain("bảng mã cũ VNI");
  });

  it("text/raw-html: raw HTML in Markdown is a warning at the tag, once per element", () => {
    const body = "\nĐoạn một dòng đầu\ncó <b>chữ đậm</b> ở dòng hai.\n\n<script>alert(1)</script>\n";
    expectExactly(withProject({ [PAGE]: page("title: Giới thiệu", body) }).diagnostics, [
      warn(PAGE, 6, 4, "", "text/raw-html"),
      warn(PAGE, 8, 1, "", "text/raw-html"),
    ]);
  });

  it("text/raw-html: raw HTML in a session description is a warning at the description", () => {
    const text = fixture(CAL).replace(/^    description: \|\n/m, "    description: |\n      Có <b>chữ đậm</b> và <iframe src=x></iframe>.\n");
    expectExactly(withProject({ [CAL]: text }).diagnostics, [
      warn(CAL, 45, 18, "sessions[2].description", "text/raw-html"),
      warn(CAL, 45, 18, "sessions[2].description", "text/raw-html"),
    ]);
  });

  it("text/raw-html: HTML inside code is not reported", () => {
    expectExactly(withProject({ [PAGE]: page("title: Giới thiệu", "\nViết `<b>` hoặc:\n\n```html\n<script></script>\n```\n") }).diagnostics, []);
  });

  it("text/template-syntax: {{ }} in the body is a warning at the braces", () => {
    expectOnly({ [PAGE]: page("title: Giới thiệu", "\nTên cổng: {{ site.name }}\n") }, warn(PAGE, 5, 11, "", "text/template-syntax"));
  });
});

describe("schema", () => {
  it("schema/unknown-key: with a did-you-mean suggestion, in both languages", () => {
    const d = expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: 2025-11-03\nsumary: Tóm tắt"]), err(GUIDE, 7, 1, "sumary", "schema/unknown-key"));
    expect(messageOf(d, "vi")).toBe('khóa "sumary" không có trong mẫu; có phải ý bạn là "summary"? — sửa tên khóa hoặc xóa');
    expect(messageOf(d, "en")).toBe('unknown key "sumary"; did you mean "summary"? — fix the name or remove it');
  });

  it("schema/unknown-key: inside a session, without a suggestion when nothing is close", () => {
    const d = expectOnly(edit(CAL, ["    status: scheduled\n", "    status: scheduled\n    giangVien: Nguyễn Văn A\n"]), err(CAL, 32, 5, "sessions[1].giangVien", "schema/unknown-key"));
    expect(messageOf(d, "en")).toBe('unknown key "giangVien" — fix the name or remove it');
  });

  it("schema/unknown-key: permalink is not a key (it could write outside the output folder)", () => {
    expectOnly(edit(PAGE, ["order: 1", "order: 1\npermalink: ../../ngoai.html"]), err(PAGE, 5, 1, "permalink", "schema/unknown-key"));
  });

  it("schema/enum: with a suggestion, in a YAML list", () => {
    const d = expectOnly(edit(CAL, ["kind: workshop", "kind: worksop"]), err(CAL, 20, 11, "sessions[1].kind", "schema/enum"));
    expect(messageOf(d, "en")).toBe('"worksop" is not allowed; did you mean "workshop"? — use one of: expert, lecturer, manager, awareness, workshop');
    expect(messageOf(d, "vi")).toBe('giá trị "worksop" không hợp lệ; có phải ý bạn là "workshop"? — chọn một trong: expert, lecturer, manager, awareness, workshop');
  });

  it("schema/required: a missing key, at the key after which it belongs", () => {
    const d = expectOnly(edit(CAL, ["    audience: Cán bộ kỹ thuật doanh nghiệp\n", ""]), err(CAL, 26, 5, "sessions[1].audience", "schema/required"));
    expect(messageOf(d, "vi")).toBe('thiếu khóa bắt buộc "audience" (Đối tượng) — thêm dòng audience: … sau khóa venue, giá trị là văn bản');
  });

  it("schema/required: a deleted format names the allowed values and their meanings, not an empty enum value", () => {
    const d = expectOnly(edit(CAL, ["    format: in-person\n    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ"]), err(CAL, 24, 5, "sessions[1].format", "schema/required"));
    expect(messageOf(d, "vi")).toBe('thiếu khóa bắt buộc "format" (Hình thức) — thêm dòng format: … sau khóa end, giá trị là một trong: in-person (trực tiếp), online (trực tuyến), hybrid (kết hợp)');
    expect(messageOf(d, "en")).toBe('the required key "format" (Format) is missing — add a line format: … after end, with one of: in-person, online, hybrid');
  });

  it("schema/type: an empty date key says it needs a date, not text", () => {
    const d = expectOnly(edit(CAL, ["deadline: 2026-12-04", "deadline:"]), err(CAL, 29, 16, "sessions[1].registration.deadline", "schema/type"));
    expect(messageOf(d, "vi")).toBe("khóa chưa có giá trị — điền một ngày dạng YYYY-MM-DD, ví dụ 2026-12-04 sau dấu hai chấm, hoặc xóa dòng này nếu không cần");
  });

  it("schema/type: an empty required choice lists its values, and does not offer to delete the key", () => {
    const d = expectOnly(edit(CAL, ["    format: in-person\n    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "    format:\n    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ"]), err(CAL, 25, 12, "sessions[1].format", "schema/type"));
    expect(messageOf(d, "vi")).toBe("khóa chưa có giá trị — điền một trong: in-person (trực tiếp), online (trực tuyến), hybrid (kết hợp) sau dấu hai chấm");
  });

  it("schema/type: an empty number and an empty start say what they need", () => {
    const result = withProject(edit(CAL, ["    audience: Cán bộ kỹ thuật doanh nghiệp\n", "    audience: Cán bộ kỹ thuật doanh nghiệp\n    seats:\n"], ["start: 2026-12-10T08:00:00+07:00", "start:"]));
    expect(result.diagnostics.map((d) => messageOf(d, "vi"))).toEqual([
      "khóa chưa có giá trị — điền ngày giờ dạng 2026-12-04T08:00:00+07:00, hoặc chỉ ngày 2026-12-04 nếu cả ngày sau dấu hai chấm",
      "khóa chưa có giá trị — điền một số nguyên, ví dụ 60 sau dấu hai chấm, hoặc xóa dòng này nếu không cần",
    ]);
  });

  it("schema/required: a missing top-level key in front matter", () => {
    expectOnly(edit(GUIDE, ["summary: Các bước áp dụng 5S.\n", ""]), err(GUIDE, 2, 1, "summary", "schema/required"));
  });

  it("schema/type: text where a number is needed", () => {
    expectOnly(edit(CAL, ["    audience: Cán bộ kỹ thuật doanh nghiệp\n", "    audience: Cán bộ kỹ thuật doanh nghiệp\n    seats: nhiều\n"]), err(CAL, 28, 12, "sessions[1].seats", "schema/type"));
  });

  it("schema/type: an unquoted phone number, with advice to quote it", () => {
    const d = expectOnly(edit(AGENCIES, ["  kind: department\n", "  kind: department\n  phone: 02073822222\n"]), err(AGENCIES, 9, 10, "[1].phone", "schema/type"));
    expect(messageOf(d, "en")).toBe("expected text, got a number — put the value in double quotes");
  });

  it("schema/type: a key with no value", () => {
    const d = expectOnly(edit(PAGE, ["title: Giới thiệu", "title:"]), err(PAGE, 2, 7, "title", "schema/type"));
    expect(messageOf(d, "vi")).toBe("khóa chưa có giá trị — điền văn bản sau dấu hai chấm");
  });

  it("schema/type: a decimal where a whole number is needed", () => {
    const d = expectOnly(edit(PLAN, ["period: { from: 2022, to: 2025 }", "period: { from: 2022.5, to: 2025 }"]), err(PLAN, 4, 17, "period.from", "schema/type"));
    expect(messageOf(d, "vi")).toBe("cần số nguyên, nhưng giá trị là số thập phân — sửa thành số nguyên");
  });

  it("schema/type: YAML's .inf is not a usable number", () => {
    const d = expectOnly(edit(PLAN, ["value: 500", "value: .inf"]), err(PLAN, 13, 12, "targets[0].value", "schema/type"));
    expect(messageOf(d, "en")).toBe("expected a number, got infinity or NaN — change it to a number");
  });

  it("schema/too-small: an empty title", () => {
    expectOnly(edit(PAGE, ["title: Giới thiệu", 'title: ""']), err(PAGE, 2, 8, "title", "schema/too-small"));
  });

  it("schema/too-big: an order above 999", () => {
    expectOnly(edit(PAGE, ["order: 1", "order: 1000"]), err(PAGE, 4, 8, "order", "schema/too-big"));
  });

  it("schema/url: a registration link that is not https", () => {
    expectOnly(edit(CAL, ["url: https://example.gov.vn/dang-ky/chuyen-gia", "url: ftp://example.gov.vn/dang-ky"]), err(CAL, 44, 12, "sessions[2].registration.url", "schema/url"));
  });

  it("schema/email: a malformed address", () => {
    expectOnly(edit(CAL, ["email: nangsuat@example.gov.vn", "email: nangsuat.example.gov.vn"]), err(CAL, 30, 14, "sessions[1].registration.email", "schema/email"));
  });

  it("schema/format: a path prefix without slashes", () => {
    expectOnly({ [SITE]: `${fixture(SITE)}pathPrefix: nang-suat\n` }, err(SITE, 8, 13, "pathPrefix", "schema/format"));
  });

  it("id/format: a session id with capitals and spaces, with a suggestion", () => {
    const d = expectOnly(edit(CAL, ["id: tq-2026-12-5s", "id: TQ 2026 Thực hành"]), err(CAL, 18, 9, "sessions[1].id", "id/format"));
    expect(d.params.suggestion).toBe("tq-2026-thuc-hanh");
  });
});

describe("dates", () => {
  it("date/not-iso: dd/mm/yyyy, with the ISO form in the message", () => {
    const d = expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: 03/11/2025"]), err(GUIDE, 6, 10, "updated", "date/not-iso"));
    expect(messageOf(d, "vi")).toBe('ngày "03/11/2025" viết theo kiểu dd/mm/yyyy — trong tệp hãy viết dạng ISO 2025-11-03');
    expect(messageOf(d, "en")).toBe('the date "03/11/2025" is written dd/mm/yyyy — write it in ISO form as 2025-11-03');
  });

  it("date/not-iso: a start written dd/mm/yyyy hh:mm, with the full ISO date-time", () => {
    const d = expectOnly(edit(CAL, ["start: 2026-12-10T08:00:00+07:00", "start: 10/12/2026 08:00"]), err(CAL, 23, 12, "sessions[1].start", "date/not-iso"));
    expect(d.params.iso).toBe("2026-12-10T08:00:00+07:00");
  });

  it("date/not-a-date: 2026-02-31", () => {
    const d = expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: 2026-02-31"]), err(GUIDE, 6, 10, "updated", "date/not-a-date"));
    expect(messageOf(d, "en")).toBe('"2026-02-31" is not a real calendar date — fix the day or month');
  });

  it("date/not-a-date: 31/02/2026", () => {
    expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: 31/02/2026"]), err(GUIDE, 6, 10, "updated", "date/not-a-date"));
  });

  it("date/not-a-date: a session starting on 2027-02-31", () => {
    expectOnly(edit(CAL, ["start: 2027-01-14", "start: 2027-02-31"]), err(CAL, 38, 12, "sessions[2].start", "date/not-a-date"));
  });

  it("date/format: not a date at all", () => {
    expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: tháng 11"]), err(GUIDE, 6, 10, "updated", "date/format"));
  });

  it("moment/format: not a date-time", () => {
    expectOnly(edit(CAL, ["start: 2027-01-14", "start: thứ hai tuần sau"]), err(CAL, 38, 12, "sessions[2].start", "moment/format"));
  });

  it("moment/time: 25 o'clock", () => {
    expectOnly(edit(CAL, ["start: 2027-01-14", "start: 2027-01-14T25:00"]), err(CAL, 38, 12, "sessions[2].start", "moment/time"));
  });
});

describe("rules of each kind", () => {
  it("validity/order: validTo before validFrom", () => {
    const d = expectOnly(edit(AGENCIES, ["  validTo: 2025-06-30\n", "  validFrom: 2025-07-01\n  validTo: 2025-06-30\n"]), err(AGENCIES, 16, 12, "[2].validTo", "validity/order"));
    expect(messageOf(d, "vi")).toBe("ngày hết hiệu lực 30/06/2025 trước ngày bắt đầu 01/07/2025 — sửa validTo hoặc validFrom");
  });

  it("validity/successor-without-end: a province with a successor but no end", () => {
    expectOnly(edit(PROVINCES, ["  validTo: 2025-06-30\n", ""]), err(PROVINCES, 8, 14, "[1].successor", "validity/successor-without-end"));
  });

  it("agency/successor-missing: an agency that ended without a successor", () => {
    expectOnly(edit(AGENCIES, ["  successor: ubnd-da-nang\n", ""]), err(AGENCIES, 15, 12, "[2].validTo", "agency/successor-missing"));
  });

  it("plan/period-order: a period that ends before it starts", () => {
    expectOnly(edit(PLAN, ["period: { from: 2022, to: 2025 }", "period: { from: 2022, to: 2021 }"]), err(PLAN, 4, 27, "period.to", "plan/period-order"));
  });

  it("plan/duplicate-target: two targets with one id", () => {
    expectOnly(edit(PLAN, ["id: ho-tro-30-doanh-nghiep", "id: dao-tao-500-luot"]), err(PLAN, 16, 9, "targets[1].id", "plan/duplicate-target"));
  });

  it("target/reports-missing: measured by reports without any", () => {
    expectOnly(edit(PLAN, ["    reports:\n      - { date: 2024-12-31, value: 18, source: Số liệu minh họa }\n      - { date: 2025-12-31, value: 31, source: Số liệu minh họa }\n", ""]), err(PLAN, 21, 14, "targets[1].measure", "target/reports-missing"));
  });

  it("target/kinds-without-trainings: trainingKinds without measure: trainings", () => {
    expectOnly(edit(PLAN, ["    measure: trainings\n", "    trainingKinds: [expert]\n"]), err(PLAN, 15, 20, "targets[0].trainingKinds", "target/kinds-without-trainings"));
  });

  it("target/reports-with-trainings: reports on a target counted from trainings", () => {
    expectOnly(edit(PLAN, ["    measure: trainings\n", "    measure: trainings\n    reports: [{ date: 2025-12-31, value: 1 }]\n"]), err(PLAN, 16, 14, "targets[0].reports", "target/reports-with-trainings"));
  });

  it("guide/reviewed-before-updated", () => {
    expectOnly(edit(GUIDE, ["updated: 2025-11-03", "updated: 2025-11-03\nreviewed: 2025-10-01"]), err(GUIDE, 7, 11, "reviewed", "guide/reviewed-before-updated"));
  });
});

describe("training sessions", () => {
  it("training/end-before-start: at sessions[1].end, with both times in the message", () => {
    const d = expectOnly(edit(CAL, ["end: 2026-12-10T16:30:00+07:00", "end: 2026-12-09T16:30:00+07:00"]), err(CAL, 24, 10, "sessions[1].end", "training/end-before-start"));
    expect(messageOf(d, "vi")).toBe("ngày kết thúc 09/12/2026, 16:30 trước ngày bắt đầu 10/12/2026, 08:00 — sửa end hoặc start");
    expect(messageOf(d, "en")).toBe("end 09/12/2026, 16:30 is before start 10/12/2026, 08:00 — fix end or start");
  });

  it("training/deadline-after-start", () => {
    const d = expectOnly(edit(CAL, ["deadline: 2026-12-04", "deadline: 2026-12-11"]), err(CAL, 29, 17, "sessions[1].registration.deadline", "training/deadline-after-start"));
    expect(messageOf(d, "vi")).toBe("hạn đăng ký 11/12/2026 sau ngày bắt đầu 10/12/2026 — sửa registration.deadline");
  });

  it("training/announced-missing: an upcoming session without announced would never reach /feed.xml", () => {
    const d = expectOnly(edit(CAL, ["    announced: 2026-11-20\n  - id: tq-2027-01", "  - id: tq-2027-01"]), warn(CAL, 18, 5, "sessions[1]", "training/announced-missing"));
    expect(messageOf(d, "vi")).toBe("khóa sắp diễn ra chưa có ngày công bố nên không có trong bản tin /feed.xml — thêm announced: 2026-11-29 (ngày đưa khóa lên cổng)");
  });

  it("training/announced-missing: not for a past or cancelled session", () => {
    expectExactly(withProject(edit(CAL, ["    status: scheduled\n    announced: 2026-11-20\n", "    status: cancelled\n"])).diagnostics, []);
  });

  it("training/results-not-completed: results on a scheduled session", () => {
    const d = expectOnly(edit(CAL, ["    status: scheduled\n", "    status: scheduled\n    results: { participants: 30 }\n"]), err(CAL, 32, 14, "sessions[1].results", "training/results-not-completed"));
    expect(messageOf(d, "en")).toBe('results given but the status is "scheduled" — set status: completed or remove results');
  });

  it("training/venue-missing: an in-person session without a venue", () => {
    expectOnly(edit(CAL, ["    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "    audience: Cán bộ"]), err(CAL, 25, 13, "sessions[1].format", "training/venue-missing"));
  });

  it("training/online-url-missing: an online session without a link is a warning", () => {
    expectOnly(edit(CAL, ["    onlineUrl: https://hop.example.gov.vn/chuyen-gia\n", ""]), warn(CAL, 33, 5, "sessions[2].onlineUrl", "training/online-url-missing"));
  });

  it("training/registration-missing: an upcoming session with no registration", () => {
    const d = expectOnly(edit(CAL, ["    registration:\n      deadline: 2026-12-04\n      email: nangsuat@example.gov.vn\n", ""]), err(CAL, 18, 5, "sessions[1].registration", "training/registration-missing"));
    expect(messageOf(d, "vi")).toBe("khóa chưa diễn ra nhưng chưa có cách đăng ký — thêm registration với url, email hoặc phone");
  });

  it("training/registration-missing: registration with a deadline but no way to register", () => {
    expectOnly(edit(CAL, ["      email: nangsuat@example.gov.vn\n", ""]), err(CAL, 28, 5, "sessions[1].registration", "training/registration-missing"));
  });

  it("training/registration-missing: not for a past or cancelled session", () => {
    expectExactly(withProject(edit(CAL, ["    registration:\n      deadline: 2026-12-04\n      email: nangsuat@example.gov.vn\n    status: scheduled\n", "    status: cancelled\n"])).diagnostics, []);
  });

  it("training/organizer-missing: neither the session nor its calendar has one", () => {
    expectExactly(withProject(edit(CAL, ["organizer: so-khcn-tuyen-quang\n", ""])).diagnostics, [
      err(CAL, 4, 5, "sessions[0]", "training/organizer-missing"),
      err(CAL, 17, 5, "sessions[1]", "training/organizer-missing"),
      err(CAL, 32, 5, "sessions[2]", "training/organizer-missing"),
    ]);
  });

  it("training/completed-in-future: marked completed before it ends (warning)", () => {
    expectOnly(edit(CAL, ["    status: scheduled\n", "    status: completed\n"]), warn(CAL, 31, 13, "sessions[1].status", "training/completed-in-future"));
  });

  it("training/past-not-closed: a past session still scheduled (warning)", () => {
    expectOnly(edit(CAL, ["    status: completed\n    results: { participants: 120 }\n", ""]), warn(CAL, 5, 5, "sessions[0].status", "training/past-not-closed"));
  });

  it("training/change-order: changes out of date order", () => {
    expectOnly(
      edit(CAL, ["    status: scheduled\n    announced: 2026-11-20\n", "    status: scheduled\n    announced: 2026-11-01\n    changes:\n      - { date: 2026-11-20, note: Đổi phòng }\n      - { date: 2026-11-10, note: Đổi giờ }\n"]),
      err(CAL, 35, 17, "sessions[1].changes[1].date", "training/change-order"),
    );
  });

  it("one session's mistake does not hide the references of the others in the same calendar", () => {
    const result = withProject(edit(CAL, ["kind: workshop", "kind: worksop"], ["topics: [nang-suat-chat-luong]\n    province: tuyen-quang\n    start: 2027", "topics: [nang-suat-chat-luong]\n    province: tuyen-qang\n    start: 2027"]));
    expectExactly(result.diagnostics, [err(CAL, 20, 11, "sessions[1].kind", "schema/enum"), err(CAL, 37, 15, "sessions[2].province", "ref/unknown")]);
  });
});

describe("references", () => {
  it("ref/unknown: with a suggestion, naming the file to look in", () => {
    const d = expectOnly(edit(GUIDE, ["topics: [5s, kaizen]", "topics: [5s, kaizn]"]), err(GUIDE, 4, 14, "topics[1]", "ref/unknown"));
    expect(messageOf(d, "vi")).toMatch(/^không tìm thấy chủ đề có mã "kaizn"; có phải ý bạn là "kaizen"\? — dùng mã có trong data\/topics.yaml \(gần nhất trước\): kaizen, /);
    expect(messageOf(d, "en")).toMatch(/^no topic with id "kaizn"; did you mean "kaizen"\? — use an id from data\/topics.yaml \(nearest first\): kaizen, /);
  });

  it("ref/unknown: an unknown province lists every valid id, the nearest first", () => {
    const d = expectOnly(edit(CAL, ["    province: tuyen-quang\n    start: 2026-12-10", "    province: tuyen-qang\n    start: 2026-12-10"]), err(CAL, 22, 15, "sessions[1].province", "ref/unknown"));
    const ids = d.params.ids as string[];
    expect(ids[0]).toBe("tuyen-quang");
    expect([...ids].sort()).toEqual(["da-nang", "quang-nam", "tuyen-quang"]);
    expect(messageOf(d, "vi")).toContain(`— dùng mã có trong data/provinces.yaml (gần nhất trước): ${ids.join(", ")}`);
  });

  it("ref/unknown: a plan that does not exist", () => {
    expectOnly(edit(NEWS, ["plan: tuyen-quang-2022-2025", "plan: tuyen-quang-2021-2025"]), err(NEWS, 6, 7, "plan", "ref/unknown"));
  });

  it("ref/unknown: a calendar's organizer is reported once, not again in each session", () => {
    const d = expectOnly(edit(CAL, ["organizer: so-khcn-tuyen-quang", "organizer: so-khcn-tuyen-quan"]), err(CAL, 2, 12, "organizer", "ref/unknown"));
    expect(d.params.suggestion).toBe("so-khcn-tuyen-quang");
  });

  it("ref/unknown: a calendar's plan is reported once", () => {
    expectOnly(edit(CAL, ["plan: tuyen-quang-2022-2025", "plan: tuyen-quang-2022-2026"]), err(CAL, 3, 7, "plan", "ref/unknown"));
  });

  it("ref/unknown: the site's contact organisation", () => {
    expectOnly(edit(SITE, ["organization: so-khcn-tuyen-quang", "organization: so-khcn"]), err(SITE, 6, 17, "contact.organization", "ref/unknown"));
  });

  it("references to a row with a mistake still resolve (no cascade)", () => {
    // The agency has a wrong kind, but the plan, the calendar and the news link that use it are fine.
    expectOnly(edit(AGENCIES, ["  kind: department\n", "  kind: departmant\n"]), err(AGENCIES, 8, 9, "[1].kind", "schema/enum"));
  });

  it("ref/expired: a province that merged before the session (quang-nam after 2025-06-30)", () => {
    const d = expectOnly(edit(CAL, ["province: tuyen-quang\n    start: 2026-12-10", "province: quang-nam\n    start: 2026-12-10"]), err(CAL, 22, 15, "sessions[1].province", "ref/expired"));
    expect(messageOf(d, "vi")).toBe('tỉnh, thành phố "quang-nam" đã hết hiệu lực từ 30/06/2025, trước ngày 10/12/2026 — dùng "da-nang"');
    expect(messageOf(d, "en")).toBe('province "quang-nam" ended on 30/06/2025, before 10/12/2026 — use "da-nang"');
  });

  it("ref/expired: a session's own organizer", () => {
    expectOnly(edit(CAL, ["    start: 2026-12-10T08:00:00+07:00\n", "    organizer: ubnd-quang-nam\n    start: 2026-12-10T08:00:00+07:00\n"]), err(CAL, 23, 16, "sessions[1].organizer", "ref/expired"));
  });

  it("ref/expired: an organizer inherited from the calendar, once per session, at that session", () => {
    expectExactly(withProject(edit(CAL, ["organizer: so-khcn-tuyen-quang", "organizer: ubnd-quang-nam"])).diagnostics, [
      err(CAL, 5, 5, "sessions[0].organizer", "ref/expired"),
      err(CAL, 18, 5, "sessions[1].organizer", "ref/expired"),
      err(CAL, 33, 5, "sessions[2].organizer", "ref/expired"),
    ]);
  });

  it("ref/expired: not for a session held before the merger", () => {
    expectExactly(withProject({ "content/trainings/2025-quang-nam.yaml": oneSession("qn-2025-05", "", "organizer: ubnd-quang-nam\n").replace(/2026-03-20/g, "2025-05-20").replace("province: tuyen-quang", "province: quang-nam") }).diagnostics, []);
  });

  it("province/former: a news item after the merger filed under a former province", () => {
    const d = expectOnly(edit(NEWS, ["province: tuyen-quang", "province: quang-nam"]), warn(NEWS, 8, 11, "province", "province/former"));
    expect(messageOf(d, "vi")).toBe('tỉnh Quảng Nam ("quang-nam") đã hợp nhất vào thành phố Đà Nẵng sau ngày 30/06/2025, trước ngày 14/03/2026 của tin này — dùng "da-nang"');
    expect(messageOf(d, "en")).toBe('tỉnh Quảng Nam ("quang-nam") merged into thành phố Đà Nẵng after 30/06/2025, before this item\'s date 14/03/2026 — use "da-nang"');
  });

  it("province/former: not for a news item dated before the merger", () => {
    expectExactly(withProject(edit(NEWS, ["province: tuyen-quang", "province: quang-nam"], ["date: 2026-03-14", "date: 2025-06-30"])).diagnostics, []);
  });

  it("province/former-name: a venue after the merger written in a former province, at the words", () => {
    const d = expectOnly(
      edit(CAL, ["venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "venue: { name: Hội trường, address: \"Số 2, phường Tam Kỳ, tỉnh Quảng Nam\" }\n    audience: Cán bộ"]),
      warn(CAL, 26, 63, "sessions[1].venue.address", "province/former-name"),
    );
    expect(messageOf(d, "vi")).toBe('ghi "tỉnh Quảng Nam" cho sự kiện ngày 10/12/2026, nhưng Quảng Nam đã hợp nhất vào thành phố Đà Nẵng sau ngày 30/06/2025 — ghi thành phố Đà Nẵng (hoặc "tỉnh Quảng Nam cũ" nếu muốn nói địa bàn cũ)');
  });

  it("province/former-name: not for \"… cũ\", nor for a name the new unit kept", () => {
    const agencies = `${fixture(PROVINCES)}\n- id: ha-giang\n  name: Hà Giang\n  kind: province\n  validTo: 2025-06-30\n  successor: tuyen-quang\n`;
    expectExactly(
      withProject({
        [PROVINCES]: agencies,
        ...edit(CAL, ["venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "venue: { name: Hội trường tỉnh Tuyên Quang, address: \"Phường Hà Giang 1, khu vực tỉnh Hà Giang cũ\" }\n    audience: Cán bộ"]),
      }).diagnostics,
      [],
    );
  });

  it("ref/not-yet-valid: an agency used before it was founded", () => {
    const agencies = `${fixture(AGENCIES)}\n- id: so-moi\n  name: Sở mới\n  kind: department\n  validFrom: 2027-01-01\n`;
    const d = expectOnly({ [AGENCIES]: agencies, ...edit(CAL, ["    start: 2026-12-10T08:00:00+07:00\n", "    organizer: so-moi\n    start: 2026-12-10T08:00:00+07:00\n"]) }, err(CAL, 23, 16, "sessions[1].organizer", "ref/not-yet-valid"));
    expect(messageOf(d, "en")).toBe('agency "so-moi" is only valid from 01/01/2027, after 10/12/2026 — use its predecessor');
  });

  it("ref/self: an agency that succeeds itself", () => {
    expectOnly(edit(AGENCIES, ["successor: ubnd-da-nang", "successor: ubnd-quang-nam"]), err(AGENCIES, 16, 14, "[2].successor", "ref/self"));
  });

  it("ref/file-missing: an attachment not under content/files", () => {
    const d = expectOnly(edit(NEWS, ["file: x.pdf", "file: bao-cao.pdf"]), err(NEWS, 10, 29, "attachments[0].file", "ref/file-missing"));
    expect(messageOf(d, "vi")).toBe('không có tệp "bao-cao.pdf" trong content/files/ — thêm tệp vào thư mục đó hoặc sửa tên');
  });

  it("ref/escapes: an attachment path climbing out of content/files", () => {
    expectOnly(edit(PLAN, ["file: x.pdf", "file: ../secret"]), err(PLAN, 26, 38, "attachments[0].file", "ref/escapes"));
  });

  it("ref/escapes: an absolute attachment path", () => {
    expectOnly(edit(NEWS, ["file: x.pdf", "file: /etc/passwd"]), err(NEWS, 10, 29, "attachments[0].file", "ref/escapes"));
  });

  it("ref/escapes: a link climbing out of the site", () => {
    expectOnly({ [PAGE]: page("title: Giới thiệu", "\nXem [tệp](/files/../../secret).\n") }, err(PAGE, 5, 11, "", "ref/escapes"));
  });
});

describe("uniqueness and URLs", () => {
  it("id/duplicate: the same session id in two calendar files, reported once", () => {
    // Files are read in name order: the later file holds the repeat.
    const d = expectOnly({ "content/trainings/2027-khac.yaml": oneSession("tq-2026-12-5s") }, err("content/trainings/2027-khac.yaml", 3, 9, "sessions[0].id", "id/duplicate"));
    expect(messageOf(d, "en")).toBe('the id "tq-2026-12-5s" is already used at content/trainings/2026-tuyen-quang.yaml:18 — choose another');
  });

  it("id/duplicate: two agencies with one id", () => {
    expectOnly({ [AGENCIES]: `${fixture(AGENCIES)}\n- id: ubnd-da-nang\n  name: Trùng\n  kind: other\n` }, err(AGENCIES, 23, 7, "[4].id", "id/duplicate"));
  });

  it("url/collision: a page whose id is a reserved path (ke-hoach)", () => {
    const d = expectOnly({ "content/pages/ke-hoach.md": page("title: Kế hoạch") }, err("content/pages/ke-hoach.md", 1, 1, "", "url/collision"));
    expect(d.params.url).toBe("/ke-hoach/");
  });

  it("url/collision: a session called lich would take the calendar's own addresses (/dao-tao/lich.ics)", () => {
    const d = expectOnly({ "content/trainings/2026-lich.yaml": oneSession("lich") }, err("content/trainings/2026-lich.yaml", 3, 9, "sessions[0].id", "url/collision"));
    // Its page or its .ics file, whichever is claimed first: reported once either way.
    expect(String(d.params.url)).toMatch(/^\/dao-tao\/lich(\/|\.ics)$/);
  });
});

describe("links", () => {
  it("link/unsafe: javascript: links, inline and autolink, at their columns", () => {
    expectExactly(withProject({ [PAGE]: page("title: Giới thiệu", "\nBấm [đây](javascript:alert(1)) hoặc <javascript:alert(2)>.\n") }).diagnostics, [
      err(PAGE, 5, 11, "", "link/unsafe"),
      err(PAGE, 5, 38, "", "link/unsafe"),
    ]);
  });

  it("link/unsafe: a data: image", () => {
    expectOnly({ [PAGE]: page("title: Giới thiệu", "\n![ảnh](data:text/html;base64,PHNjcmlwdD4=)\n") }, err(PAGE, 5, 8, "", "link/unsafe"));
  });

  it("link/missing: an internal link to a missing page, on the second line of a paragraph", () => {
    const d = expectOnly({ [PAGE]: page("title: Giới thiệu", "\nDòng đầu của đoạn\nvà [trang](/huong-dan/khong-co/) ở dòng hai.\n") }, err(PAGE, 6, 12, "", "link/missing"));
    expect(messageOf(d, "en")).toBe('the link "/huong-dan/khong-co/" points to no page or file of the portal — fix the link');
  });

  it("link/missing: a shortened address suggests the page it was cut from", () => {
    const d = expectOnly({ [PAGE]: page("title: Giới thiệu", "\nXem [5S](/huong-dan/ap-dung/).\n") }, err(PAGE, 5, 10, "", "link/missing"));
    expect(messageOf(d, "vi")).toBe('liên kết "/huong-dan/ap-dung/" không trỏ tới trang hoặc tệp nào của cổng; có phải ý bạn là "/huong-dan/ap-dung-5s/"? — sửa liên kết');
  });

  it("link/missing: a misspelt address suggests the nearest one in its section", () => {
    const d = expectOnly({ [PAGE]: page("title: Giới thiệu", "\nXem [5S](/huong-dan/ap-dung-5x/).\n") }, err(PAGE, 5, 10, "", "link/missing"));
    expect(d.params.suggestion).toBe("/huong-dan/ap-dung-5s/");
  });

  it("link/missing: in a session's description, at the link itself", () => {
    const line = "      Học trực tuyến. Xem [hướng dẫn 5S](/huong-dan/khong-co/).";
    expectOnly(edit(CAL, ["(/huong-dan/ap-dung-5s/)", "(/huong-dan/khong-co/)"]), err(CAL, 46, line.indexOf("/huong-dan/") + 1, "sessions[2].description", "link/missing"));
  });

  it("a link to a guide that has a mistake is not reported missing (no cascade)", () => {
    expectOnly(edit(GUIDE, ["audience: [enterprise]", "audience: [enterprises]"]), err(GUIDE, 5, 12, "audience[0]", "schema/enum"));
  });

  it("links to pages, files, lists, feeds and outside sites are fine", () => {
    const body = "\n[a](/ke-hoach/tuyen-quang-2022-2025/) [b](/files/x.pdf) [c](/dao-tao/) [d](/dao-tao/lich.ics) [e](/dao-tao/tq-2026-12-5s/) [f](https://example.gov.vn/) [g](mailto:a@example.gov.vn) [h](tel:+84207) [i](/chu-de/5s/) [j](/co-quan/ubnd-da-nang/) [k](/feed.xml) [l](/)\n";
    expectExactly(withProject({ [PAGE]: page("title: Giới thiệu", body) }).diagnostics, []);
  });
});

describe("one run", () => {
  it("reports every error in every file, sorted by file and position", () => {
    const result = withProject({
      ...edit(CAL, ["end: 2026-12-10T16:30:00+07:00", "end: 2026-12-09T16:30:00+07:00"]),
      ...edit(GUIDE, ["topics: [5s, kaizen]", "topics: [5s, kaizn]"]),
      ...edit(AGENCIES, ["  kind: department\n", "  kind: departmant\n"]),
      ...edit(PAGE, ["order: 1", "order: 1\nsumary: x"]),
    });
    expect(result.store).toBeUndefined();
    expectExactly(result.diagnostics, [
      err(GUIDE, 4, 14, "topics[1]", "ref/unknown"),
      err(PAGE, 5, 1, "sumary", "schema/unknown-key"),
      err(CAL, 24, 10, "sessions[1].end", "training/end-before-start"),
      err(AGENCIES, 8, 9, "[1].kind", "schema/enum"),
    ]);
  });

  it("warnings alone still give a store", () => {
    const result = withProject(edit(CAL, ["    onlineUrl: https://hop.example.gov.vn/chuyen-gia\n", ""]));
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(result.store).toBeDefined();
  });
});

// ---- documents library and questions --------------------------------------------------------------

const DOC = "content/documents/1322-qd-ttg.md";
const QUESTION = "content/questions/dang-ky-khoa-dao-tao.md";
/** A valid document: line 2 form, 3 number, 4 authority, 5 issued, 6 summary, then `extra`. */
const libraryDoc = (extra = "", number = "1322/QĐ-TTg", form = "quyet-dinh", authority = "authority: Thủ tướng Chính phủ\n"): string =>
  `---\nform: ${form}\nnumber: ${number}\n${authority}issued: 2020-08-31\nsummary: Phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030\n${extra}---\n`;
const question = (extra = "", body = "\nĐăng ký theo cách ghi trên trang của khóa.\n"): string =>
  `---\nquestion: Đăng ký khóa đào tạo như thế nào?\ntopics: [5s]\nanswered: 2026-11-20\n${extra}---\n${body}`;

describe("documents library", () => {
  it("a document and a question that follow every rule give no diagnostic", () => {
    const result = withProject({ [DOC]: libraryDoc("files:\n  - { title: Toàn văn, file: x.pdf }\n"), [QUESTION]: question("guides: [ap-dung-5s]\ndocuments: [1322-qd-ttg]\n") });
    expect(brief(result.diagnostics)).toEqual([]);
    expect(result.store?.documents.map((d) => d.url)).toEqual(["/van-ban/1322-qd-ttg/"]);
    expect(result.store?.questions.map((q) => q.url)).toEqual(["/hoi-dap/dang-ky-khoa-dao-tao/"]);
  });

  it("document/authority-missing: neither issuer nor authority, at the number", () => {
    const d = expectOnly({ [DOC]: libraryDoc("", "1322/QĐ-TTg", "quyet-dinh", "") }, err(DOC, 3, 9, "number", "document/authority-missing"));
    expect(messageOf(d, "vi")).toContain("thêm issuer");
  });

  it("document/effect-before-issue: a warning, silenced by effectBeforeIssue once checked", () => {
    const d = expectOnly({ [DOC]: libraryDoc("effective: 2020-08-01\n") }, warn(DOC, 7, 12, "effective", "document/effect-before-issue"));
    expect(messageOf(d, "vi")).toBe("ngày có hiệu lực 01/08/2020 trước ngày ban hành 31/08/2020 — kiểm tra lại với văn bản gốc; nếu văn bản quy định đúng như vậy, thêm effectBeforeIssue: true");
    expectExactly(withProject({ [DOC]: libraryDoc("effective: 2020-08-01\neffectBeforeIssue: true\n") }).diagnostics, []);
  });

  it("document/expiry-before-effect: expiry on or before the day of effect", () => {
    expectOnly({ [DOC]: libraryDoc("effective: 2020-09-15\nexpires: 2020-09-01\n") }, err(DOC, 8, 10, "expires", "document/expiry-before-effect"));
  });

  it("document/file-type: the text as a .txt file", () => {
    expectOnly({ "content/files/ghi-chu.txt": "x", [DOC]: libraryDoc("files:\n  - { title: Toàn văn, file: ghi-chu.txt }\n") }, err(DOC, 8, 30, "files[0].file", "document/file-type"));
  });

  it("document/symbol-form: a Prime Minister's decision whose symbol is not /QĐ-TTg (a warning)", () => {
    const d = expectOnly({ [DOC]: libraryDoc("", "1322/TTg-KGVX") }, warn(DOC, 3, 9, "number", "document/symbol-form"));
    expect(messageOf(d, "vi")).toBe('số, ký hiệu "1322/TTg-KGVX" không có ký hiệu thường gặp của Quyết định (…/QĐ-TTg) — kiểm tra lại loại văn bản (form) hoặc số, ký hiệu như in trên văn bản');
  });

  it("document/symbol-form: a decree numbered like a decision; folded symbols (QD for QĐ) are accepted", () => {
    expectOnly({ [DOC]: libraryDoc("", "45/2025/QĐ-CP", "nghi-dinh", "authority: Chính phủ\n") }, warn(DOC, 3, 9, "number", "document/symbol-form"));
    expectExactly(withProject({ [DOC]: libraryDoc("", "1322/QD-TTg") }).diagnostics, []);
    expectExactly(withProject({ [DOC]: libraryDoc("", "202/2025/QH15", "nghi-quyet", "authority: Quốc hội\n") }).diagnostics, []);
  });

  it("document/duplicate-number: the same number and authority twice, reported at the later file", () => {
    const d = expectOnly({ [DOC]: libraryDoc(), "content/documents/qd-1322.md": libraryDoc("", "1322/QĐ-TTg", "quyet-dinh", "authority: Thủ tướng  Chính phủ\n") }, err("content/documents/qd-1322.md", 3, 9, "number", "document/duplicate-number"));
    expect(d.params.other).toBe(`${DOC}:3`);
  });

  it("document/duplicate-number: not when the authorities differ", () => {
    expectExactly(withProject({ [DOC]: libraryDoc("", "12/KH-UBND", "ke-hoach", "issuer: ubnd-tuyen-quang\n"), "content/documents/kh-12-da-nang.md": libraryDoc("", "12/KH-UBND", "ke-hoach", "issuer: ubnd-da-nang\n") }).diagnostics, []);
  });

  it("document/replacement-cycle: two documents replacing each other, reported once", () => {
    const d = expectOnly(
      { [DOC]: libraryDoc("replaces: [moi]\n"), "content/documents/moi.md": libraryDoc("replaces: [1322-qd-ttg]\n", "1/QĐ-TTg") },
      err("content/documents/moi.md", 7, 12, "replaces[0]", "document/replacement-cycle"),
    );
    expect(d.params.cycle).toBe("1322-qd-ttg → moi → 1322-qd-ttg");
  });

  it("ref/unknown: a relation to a document that is not in the library", () => {
    const d = expectOnly({ [DOC]: libraryDoc("basedOn: [202-2025-qh15]\n") }, err(DOC, 7, 11, "basedOn[0]", "ref/unknown"));
    expect(messageOf(d, "vi")).toBe('không tìm thấy văn bản có mã "202-2025-qh15" — dùng mã có trong content/documents/');
  });

  it("ref/self: a document that repeals itself", () => {
    expectOnly({ [DOC]: libraryDoc("repeals: [1322-qd-ttg]\n") }, err(DOC, 7, 11, "repeals[0]", "ref/self"));
  });

  it("url/collision: a document called loai would take the list's filter address", () => {
    const d = expectOnly({ "content/documents/loai.md": libraryDoc() }, err("content/documents/loai.md", 1, 1, "", "url/collision"));
    expect(d.params.url).toBe("/van-ban/loai/");
  });

  it("question/answer-missing: a question with no answer in its body", () => {
    expectOnly({ [QUESTION]: question("", "\n  \n") }, err(QUESTION, 6, 1, "", "question/answer-missing"));
  });

  it("ref/unknown: a question pointing at a missing guide, with a suggestion", () => {
    const d = expectOnly({ [QUESTION]: question("guides: [ap-dung-5]\n") }, err(QUESTION, 5, 10, "guides[0]", "ref/unknown"));
    expect(messageOf(d, "en")).toBe('no guide with id "ap-dung-5"; did you mean "ap-dung-5s"? — use an id from content/guidance/');
  });
});

describe("a value that failed its own check takes no part in any other rule", () => {
  it("a deadline written 31/05/2027 gives date/not-iso only, not also training/deadline-after-start", () => {
    const d = expectOnly(edit(CAL, ["deadline: 2026-12-04", "deadline: 31/05/2027"]), err(CAL, 29, 17, "sessions[1].registration.deadline", "date/not-iso"));
    expect(d.params.iso).toBe("2027-05-31");
  });

  it("a start written dd/mm/yyyy takes no part in end-before-start or deadline-after-start", () => {
    expectOnly(edit(CAL, ["start: 2026-12-10T08:00:00+07:00", "start: 11/12/2026 08:00"]), err(CAL, 23, 12, "sessions[1].start", "date/not-iso"));
  });

  it("a misspelt format takes no part in venue-missing, and the rules that do not read it still run", () => {
    const result = withProject(
      edit(CAL, ["    venue: { name: Hội trường Sở Khoa học và Công nghệ }\n    audience: Cán bộ", "    audience: Cán bộ"], ["format: in-person\n    audience: Cán bộ", "format: truc-tiep\n    audience: Cán bộ"], ["end: 2026-12-10T16:30:00+07:00", "end: 2026-12-09T16:30:00+07:00"]),
    );
    expectExactly(result.diagnostics, [err(CAL, 24, 10, "sessions[1].end", "training/end-before-start"), err(CAL, 25, 13, "sessions[1].format", "schema/enum")]);
  });

  it("a validFrom written dd/mm/yyyy takes no part in validity/order", () => {
    expectOnly(edit(AGENCIES, ["  validTo: 2025-06-30\n", "  validFrom: 01/07/2025\n  validTo: 2025-06-30\n"]), err(AGENCIES, 15, 14, "[2].validFrom", "date/not-iso"));
  });
});

// ---- every rule is tested -----------------------------------------------------------------------

/** Codes the loader never emits, and why. */
const NOT_FROM_THE_LOADER: Record<string, string> = {
  "internal/unknown-code": "fallback message for a code missing from messages.ts",
  "internal/error": "the CLI's message for a crash of the checker itself",
  "build/search-cache-ignored": "the build's, not the loader's: test/site/search-partitions.test.ts damages a cache entry",
  "schema/invalid": "fallback for zod issue kinds none of our schemas produce (unions, multipleOf, …)",
};

// Tests in a file run in order: this one sees what all the others covered.
it("every rule code in messages.ts has a fixture that fails it", () => {
  const untested = Object.keys(messages).filter((code) => !covered.has(code) && !(code in NOT_FROM_THE_LOADER));
  expect(untested, "rules without a failing fixture in rules.test.ts").toEqual([]);
  for (const code of Object.keys(NOT_FROM_THE_LOADER)) expect(messageFor(code), code).toBeDefined();
});
