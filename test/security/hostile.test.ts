/**
 * Hostile and broken input, one case each: what a pull request from outside the team could
 * hold. Each case is the minimal fixture plus the files in test/fixtures/hostile/<case>/ (or,
 * for what git cannot carry or a repository should not hold, files the case makes: symbolic
 * links, a named pipe, 10 MB, invalid bytes). Each is asserted to give exactly its diagnostics,
 * with file, line and column, in a bounded time (the per-test timeout: a hang fails), with no
 * side effect: no marker file from code that ran, nothing written, Object.prototype untouched.
 *
 * The dangerous cases that pass the check are then built together, and every file of the site
 * is read the way readers' programs read it (./scan.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build/build.ts";
import { loadContent, type LoadResult } from "../../src/content/load.ts";
import { messageOf, type Diagnostic } from "../../src/diagnostics.ts";
import { messages } from "../../src/messages.ts";
import { FIXTURES, NOW, REPO_ROOT, summarise, TODAY, type Found } from "../helpers/project.ts";
import { build } from "../helpers/site.ts";
import { scanSite, siteFiles } from "./scan.ts";

const HOSTILE = join(FIXTURES, "hostile");
/** Where the fixtures' code would leave a file if it ever ran (written into their text). */
const MARKERS = "/tmp/nscl-hostile-markers";
/** Generous: a hang fails here; the slowest case takes a few seconds on a busy two-core machine. */
const TIMEOUT = 90_000;

const err = (file: string, line: number, column: number, path: string, code: string): Found => ({ file, line, column, path, code, severity: "error" });
const warn = (file: string, line: number, column: number, path: string, code: string): Found => ({ file, line, column, path, code, severity: "warning" });

const PAGE = (id: string) => `content/pages/${id}.md`;
const NEWS = "content/news/2026-11-tep.md";
const MIN_NEWS = "content/news/2026-03-tap-huan.md";
const MIN_PLAN = "content/plans/tuyen-quang-2022-2025.md";
const minimal = (rel: string) => readFileSync(join(FIXTURES, "minimal", rel), "utf8");

interface Case {
  /** Folder under test/fixtures/hostile, or the name of a case its setup makes. */
  name: string;
  /** What it tries. */
  what: string;
  /** Files the case makes in the project (and, for symbolic links, beside it). */
  setup?: (project: string, sandbox: string) => void;
  /** Exactly what the checker says, in order; or a check of a long list. */
  expect: Found[] | ((diagnostics: readonly Diagnostic[], result: LoadResult) => void);
  /** Passes the check (warnings at most) and is dangerous: built with the others and scanned. */
  build?: boolean;
}

/** A calendar with one upcoming session, for generated cases. */
const session = (id: string, extra = "") =>
  `organizer: so-khcn-tuyen-quang\nsessions:\n  - id: ${id}\n    title: Hội thảo\n    kind: workshop\n    topics: [5s]\n    province: tuyen-quang\n    start: 2026-12-20T08:00:00+07:00\n    end: 2026-12-20T16:30:00+07:00\n    format: online\n    onlineUrl: https://hop.example.gov.vn/x\n    audience: Doanh nghiệp\n    registration: { email: nangsuat@example.gov.vn }\n    status: scheduled\n${extra}`;

/** An outside folder, beside the project, holding what a symbolic link would reach. */
function outside(sandbox: string, files: Record<string, string>): string {
  const dir = join(sandbox, "ngoai");
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const cases: Case[] = [
  // ---- nothing from content runs at build time ---------------------------------------------------
  { name: "fm-js", what: "---js front matter that writes a file", expect: [err(PAGE("fm-js"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-javascript", what: "---javascript front matter", expect: [err(PAGE("fm-javascript"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-json", what: "---json front matter", expect: [err(PAGE("fm-json"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-js-space", what: "--- js, with a space", expect: [err(PAGE("fm-js-space"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-js-brace", what: "---js { … } on the opening line", expect: [err(PAGE("fm-js-brace"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-js-upper", what: "---JS in capitals", expect: [err(PAGE("fm-js-upper"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-coffee", what: "---coffee, another engine gray-matter knows", expect: [err(PAGE("fm-coffee"), 1, 1, "", "frontmatter/language")] },
  { name: "fm-toml", what: "---toml", expect: [err(PAGE("fm-toml"), 1, 1, "", "frontmatter/language")] },
  {
    name: "fm-bom-js",
    what: "---js after a byte-order mark",
    setup: (root) => writeFileSync(join(root, PAGE("fm-bom-js")), `\uFEFF---js\nrequire("fs").writeFileSync("${MARKERS}/fm-bom-js", "ran")\n---\n`),
    expect: [err(PAGE("fm-bom-js"), 1, 1, "", "frontmatter/language")],
  },
  { name: "fm-yaml-explicit", what: "---yaml is YAML: accepted", expect: [] },
  { name: "yaml-js-function", what: "!!js/function (js-yaml's unsafe schema would build a function)", expect: [err(PAGE("yaml-js-function"), 3, 10, "", "yaml/tag")] },
  { name: "yaml-js-undefined", what: "!!js/undefined", expect: [err(PAGE("yaml-js-undefined"), 3, 10, "", "yaml/tag")] },
  { name: "yaml-python", what: "!!python/object/apply:os.system", expect: [err("content/trainings/the-python.yaml", 1, 12, "", "yaml/tag")] },
  { name: "yaml-ruby", what: "!ruby/object, a local tag", expect: [err("content/trainings/the-ruby.yaml", 1, 12, "", "yaml/tag")] },
  { name: "yaml-binary", what: "!!binary would build a byte array", expect: [err("content/trainings/the-binary.yaml", 1, 12, "", "yaml/tag")] },
  {
    name: "yaml-known-tags",
    what: "YAML 1.1's !!timestamp, !!set and !!omap would build a Date, a Set and a Map",
    expect: [err("content/trainings/the-yaml11.yaml", 2, 7, "", "yaml/tag"), err("content/trainings/the-yaml11.yaml", 3, 11, "", "yaml/tag"), err("content/trainings/the-yaml11.yaml", 4, 4, "", "yaml/tag")],
  },
  { name: "yaml-tag-directive", what: "a %TAG directive naming an outside tag", expect: [err("content/trainings/the-directive.yaml", 3, 12, "", "yaml/tag")] },
  { name: "liquid-nunjucks", what: "{{ 7*7 }} and {% include \"/etc/passwd\" %} in Markdown and YAML: shown as written", expect: [warn(PAGE("mau"), 6, 6, "", "text/template-syntax")], build: true },

  // ---- keys Eleventy would act on; prototype pollution; merge keys ------------------------------
  { name: "fm-permalink", what: "permalink: ../../../ngoai.html would write outside the output", expect: [err(PAGE("ngoai"), 3, 1, "permalink", "schema/unknown-key")] },
  { name: "fm-eleventy-computed", what: "eleventyComputed with a template and a permalink", expect: [err(PAGE("tinh-toan"), 3, 1, "eleventyComputed", "schema/unknown-key")] },
  { name: "fm-layout", what: "layout: ../../../../etc/passwd", expect: [err(PAGE("khung"), 3, 1, "layout", "schema/unknown-key")] },
  { name: "fm-eleventy-exclude", what: "eleventyExcludeFromCollections", expect: [err(PAGE("an"), 3, 1, "eleventyExcludeFromCollections", "schema/unknown-key")] },
  {
    name: "fm-eleventy-data-keys",
    what: "tags, pagination, permalinkBypassOutputDir, eleventyImport",
    expect: ["tags", "pagination", "permalinkBypassOutputDir", "eleventyImport"].map((key, i) => err(PAGE("du-lieu"), 3 + i, 1, key, "schema/unknown-key")),
  },
  { name: "proto", what: "__proto__ as a key", expect: [err(PAGE("proto"), 3, 1, "__proto__", "schema/unknown-key")] },
  { name: "proto-constructor", what: "constructor.prototype and prototype as keys", expect: [err(PAGE("constructor"), 3, 1, "constructor", "schema/unknown-key"), err(PAGE("constructor"), 6, 1, "prototype", "schema/unknown-key")] },
  { name: "proto-session", what: "__proto__ inside a session", expect: [err("content/trainings/proto.yaml", 15, 5, "sessions[0].__proto__", "schema/unknown-key")] },
  {
    name: "yaml-merge",
    what: "a merge key <<: *base is a plain (unknown) key, nothing is merged",
    expect: [err(PAGE("tron"), 2, 1, "title", "schema/required"), err(PAGE("tron"), 2, 1, "base", "schema/unknown-key"), err(PAGE("tron"), 4, 1, "<<", "schema/unknown-key")],
  },
  { name: "yaml-complex-key", what: "a list as a key (? [a, b]): written as text and refused, with no warning printed", expect: [err(PAGE("khoa-phuc"), 2, 1, "[ a, b ]", "schema/unknown-key")] },
  { name: "yaml-anchor-alias", what: "one anchor and one alias: honest YAML, accepted", expect: [] },

  // ---- nothing escapes the repository or the output ---------------------------------------------
  { name: "att-dotdot", what: "attachment ../../etc/passwd", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-absolute", what: "attachment /etc/passwd", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-encoded", what: "attachment %2e%2e/secret", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-encoded-slash", what: "attachment ..%2f..%2fsecret", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-windows", what: "attachment ..\\..\\secret", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-drive", what: "attachment C:\\Windows\\win.ini", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/escapes")] },
  { name: "att-double-encoded", what: "attachment %252e%252e%252f: decoded once, it names no file", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/file-missing")] },
  { name: "att-nul", what: "attachment x.pdf\\0.html", expect: [err(NEWS, 7, 25, "attachments[0].file", "ref/file-missing")] },
  { name: "link-encoded-dotdot", what: "a link to /%2e%2e/%2e%2e/etc/passwd", expect: [err(PAGE("lien-ket"), 5, 11, "", "ref/escapes")] },
  { name: "id-dotdot", what: "a session id ../../ngoai", expect: [err("content/trainings/id.yaml", 3, 9, "sessions[0].id", "id/format")] },
  { name: "id-encoded", what: "a session id %2e%2e%2fngoai", expect: [err("content/trainings/id.yaml", 3, 9, "sessions[0].id", "id/format")] },
  { name: "id-absolute-ref", what: "an organizer /etc/passwd", expect: [err("content/trainings/id.yaml", 1, 12, "organizer", "id/format")] },
  {
    name: "att-html",
    what: "an HTML page, an SVG with onload and a script among the attachments",
    expect: [err("content/files/a.js", 1, 1, "", "file/attachment-type"), err("content/files/logo.svg", 1, 1, "", "file/attachment-type"), err("content/files/trang.html", 1, 1, "", "file/attachment-type")],
  },
  {
    name: "symlink-file",
    what: "a content file that is a symbolic link to /etc/passwd",
    setup: (root) => symlinkSync("/etc/passwd", join(root, PAGE("mat-khau"))),
    expect: [err(PAGE("mat-khau"), 1, 1, "", "file/symlink")],
  },
  {
    name: "symlink-attachment",
    what: "an attachment that is a symbolic link to a file outside",
    setup: (root, sandbox) => symlinkSync(join(outside(sandbox, { "bi-mat.pdf": "secret" }), "bi-mat.pdf"), join(root, "content/files/bi-mat.pdf")),
    expect: [err("content/files/bi-mat.pdf", 1, 1, "", "file/symlink")],
  },
  {
    name: "symlink-files-folder",
    what: "content/files is a symbolic link to a folder outside",
    setup: (root, sandbox) => {
      rmSync(join(root, "content/files"), { recursive: true });
      symlinkSync(outside(sandbox, { "x.pdf": "secret", "passwd.txt": "root:x:0:0" }), join(root, "content/files"));
    },
    expect: [err("content/files", 1, 1, "", "file/symlink"), err(MIN_NEWS, 10, 29, "attachments[0].file", "ref/file-missing"), err(MIN_PLAN, 26, 38, "attachments[0].file", "ref/file-missing")],
  },
  {
    name: "symlink-pages-folder",
    what: "content/pages is a symbolic link to a folder outside",
    setup: (root, sandbox) => {
      rmSync(join(root, "content/pages"), { recursive: true });
      symlinkSync(outside(sandbox, { "ngoai.md": "---\ntitle: Ngoài\n---\nx\n" }), join(root, "content/pages"));
    },
    expect: [err("content/pages", 1, 1, "", "file/symlink")],
  },
  {
    name: "symlink-data-folder",
    what: "data is a symbolic link to a folder outside",
    setup: (root, sandbox) => {
      const dir = join(sandbox, "du-lieu");
      cpSync(join(root, "data"), dir, { recursive: true });
      rmSync(join(root, "data"), { recursive: true });
      symlinkSync(dir, join(root, "data"));
    },
    // The site, agencies, provinces and topics are then unknown: references to them are not reported again.
    expect: (d) => expect(d.filter((x) => x.file.startsWith("data")).map(summarise)).toEqual([err("data", 1, 1, "", "file/symlink")]),
  },
  {
    name: "symlink-content-folder",
    what: "content is a symbolic link to a folder outside",
    setup: (root, sandbox) => {
      const dir = join(sandbox, "noi-dung");
      cpSync(join(root, "content"), dir, { recursive: true });
      rmSync(join(root, "content"), { recursive: true });
      symlinkSync(dir, join(root, "content"));
    },
    expect: [err("content", 1, 1, "", "file/symlink")],
  },
  {
    name: "files-folder-is-a-file",
    what: "content/files is a file, not a folder",
    setup: (root) => {
      rmSync(join(root, "content/files"), { recursive: true });
      writeFileSync(join(root, "content/files"), "x");
    },
    expect: [err("content/files", 1, 1, "", "file/read"), err(MIN_NEWS, 10, 29, "attachments[0].file", "ref/file-missing"), err(MIN_PLAN, 26, 38, "attachments[0].file", "ref/file-missing")],
  },

  // ---- ids: case, Unicode form, invisible characters -----------------------------------------------
  { name: "id-emoji", what: "an emoji in a session id", expect: [err("content/trainings/id.yaml", 3, 9, "sessions[0].id", "id/format")] },
  { name: "id-rtl", what: "a right-to-left override in a session id", expect: [err("content/trainings/id.yaml", 3, 9, "sessions[0].id", "id/format")] },
  { name: "id-zero-width", what: "a zero-width space in a session id", expect: [err("content/trainings/id.yaml", 3, 9, "sessions[0].id", "id/format")] },
  { name: "id-case", what: "Gioi-thieu.md beside gioi-thieu.md: ids that differ by case", expect: [err("content/pages/Gioi-thieu.md", 1, 1, "", "file/id-format")] },
  {
    name: "id-unicode-form",
    what: "giới.md in NFC and in NFD: two files, one name to a reader",
    setup: (root) => {
      writeFileSync(join(root, "content/pages", `${"giới".normalize("NFC")}.md`), "---\ntitle: A\n---\nx\n");
      writeFileSync(join(root, "content/pages", `${"giới".normalize("NFD")}.md`), "---\ntitle: B\n---\nx\n");
    },
    expect: (d) => {
      expect(d.map((x) => [x.code, x.file.normalize("NFC"), x.params.suggestion])).toEqual([
        ["file/id-format", "content/pages/giới.md", "gioi"],
        ["file/id-format", "content/pages/giới.md", "gioi"],
      ]);
    },
  },
  { name: "id-spaces-diacritics", what: "a file name with spaces and tone marks", expect: [err("content/pages/Giới thiệu mới.md", 1, 1, "", "file/id-format")] },
  { name: "id-duplicate", what: "a session id already used in another calendar", expect: [err("content/trainings/trung.yaml", 3, 9, "sessions[0].id", "id/duplicate")] },

  // ---- links and addresses that run -------------------------------------------------------------------
  { name: "md-js-link", what: "[…](javascript:alert(1))", expect: [err(PAGE("lien-ket"), 5, 13, "", "link/unsafe")] },
  { name: "md-js-entity", what: "[…](jav&#x09;ascript:…): a tab entity inside the scheme", expect: [err(PAGE("lien-ket"), 5, 1, "", "link/unsafe")] },
  { name: "md-js-case", what: "[…](<JaVaScRiPt:…>)", expect: [err(PAGE("lien-ket"), 5, 14, "", "link/unsafe")] },
  { name: "md-js-whitespace", what: "a line end, spaces and a tab before javascript: in the destination", expect: [err(PAGE("lien-ket"), 6, 5, "", "link/unsafe")] },
  { name: "md-js-colon-entity", what: "[…](javascript&colon;…)", expect: [err(PAGE("lien-ket"), 5, 1, "", "link/unsafe")] },
  { name: "md-data-image", what: "![…](data:image/svg+xml;base64,…)", expect: [err(PAGE("lien-ket"), 5, 14, "", "link/unsafe")] },
  { name: "md-vbscript", what: "[…](vbscript:msgbox(1))", expect: [err(PAGE("lien-ket"), 5, 13, "", "link/unsafe")] },
  { name: "md-autolink", what: "<javascript:alert(1)>", expect: [err(PAGE("lien-ket"), 5, 8, "", "link/unsafe")] },
  { name: "md-reference", what: "a reference definition [x]: javascript:…", expect: [err(PAGE("lien-ket"), 7, 6, "", "link/unsafe")] },
  { name: "md-file-scheme", what: "[…](file:///etc/passwd)", expect: [err(PAGE("lien-ket"), 5, 13, "", "link/unsafe")] },
  { name: "md-protocol-relative", what: "[…](//evil.example/x)", expect: [err(PAGE("lien-ket"), 5, 15, "", "link/unsafe")] },
  { name: "desc-js-link", what: "javascript: in a session's description", expect: [err("content/trainings/mo-ta.yaml", 17, 17, "sessions[0].description", "link/unsafe")] },
  { name: "url-agency-js", what: "an agency's url javascript:alert(1)", expect: [err("data/agencies.yaml", 26, 8, "[4].url", "schema/url")] },
  { name: "url-registration-js", what: "a registration url javascript:alert(1)", expect: [err("content/trainings/dk.yaml", 13, 26, "sessions[0].registration.url", "schema/url")] },
  { name: "url-online-data", what: "an onlineUrl data:text/html,<script>…", expect: [err("content/trainings/dk.yaml", 11, 16, "sessions[0].onlineUrl", "schema/url")] },

  // ---- markup that must reach readers as text: passes the check, built and scanned ----------------
  {
    name: "b-md-raw-html",
    what: "script, img onerror, iframe, svg onload, style, meta refresh, object, embed, a href=javascript:, form, base and div onclick in Markdown",
    build: true,
    expect: (d) => {
      expect(d.every((x) => x.code === "text/raw-html" && x.severity === "warning" && x.file === PAGE("b-raw-html"))).toBe(true);
      expect(d.map((x) => x.params.tag)).toEqual(["script", "img", "script", "img", "iframe", "svg", "style", "meta", "object", "embed", "a", "form", "button", "base", "div"]);
    },
  },
  { name: "b-md-code", what: "the same markup in code spans, fences and indented code", build: true, expect: [] },
  { name: "b-fm-html", what: "HTML and an attribute break-out in a title and a summary", build: true, expect: [] },
  { name: "b-jsonld-breakout", what: "</script><script> and <!-- in a guide's title (JSON-LD), U+2028 in its summary", build: true, expect: [] },
  {
    name: "b-session-html",
    what: "HTML in a session's title, venue, audience, change note and description (page, .ics, CSV, JSON, feed, JSON-LD)",
    build: true,
    expect: (d) => expect(d.map(summarise).every((x) => x.code === "text/raw-html" && x.severity === "warning" && x.path === "sessions[0].description")).toBe(true),
  },
  { name: "b-news-html", what: "HTML and a CDATA end in an activity's title and summary (Atom feed)", build: true, expect: [warn("content/news/2026-11-b-html.md", 8, 10, "", "text/raw-html"), warn("content/news/2026-11-b-html.md", 8, 35, "", "text/raw-html")] },
  { name: "b-data-html", what: "HTML in an agency, a topic and the site's name, tagline and notice", build: true, expect: [] },
  { name: "b-plain-js-text", what: "javascript:, data: and vbscript: as plain text", build: true, expect: [] },
  { name: "b-linkify", what: "bare and Markdown links to other sites, an outside image", build: true, expect: [] },
  { name: "b-unicode", what: "right-to-left override, zero-width characters, emoji and Hebrew in a title and body", build: true, expect: [] },
  { name: "b-entities", what: "&lt;script&gt;, &#60;script&#62; and \\<script> in Markdown", build: true, expect: [] },
  {
    name: "b-heading-html",
    what: "HTML in headings, and a heading that takes a layout's id",
    build: true,
    expect: [warn(PAGE("b-tieu-de"), 5, 4, "", "text/raw-html"), warn(PAGE("b-tieu-de"), 5, 29, "", "text/raw-html"), warn(PAGE("b-tieu-de"), 7, 5, "", "text/raw-html")],
  },
  { name: "b-only-front-matter", what: "a page with front matter and no text: accepted, built", build: true, expect: [] },

  // ---- unusual but honest input ---------------------------------------------------------------
  {
    name: "crlf-bom",
    what: "files saved on Windows: byte-order mark and CRLF line ends",
    setup: (root) => {
      for (const rel of [PAGE("gioi-thieu"), "content/trainings/2026-tuyen-quang.yaml", "data/agencies.yaml", MIN_PLAN]) writeFileSync(join(root, rel), `\uFEFF${minimal(rel).replace(/\n/g, "\r\n")}`);
    },
    expect: [],
  },
  {
    name: "lone-cr",
    what: "classic Mac line ends (CR alone)",
    setup: (root) => writeFileSync(join(root, PAGE("gioi-thieu")), minimal(PAGE("gioi-thieu")).replace(/\n/g, "\r")),
    expect: [],
  },
  {
    name: "nfd",
    what: "decomposed Vietnamese (NFD), normalised with a warning",
    setup: (root) => writeFileSync(join(root, PAGE("gioi-thieu")), minimal(PAGE("gioi-thieu")).normalize("NFD")),
    expect: (d, result) => {
      expect(d.map(summarise)).toEqual([warn(PAGE("gioi-thieu"), 2, 10, "", "text/nfd")]);
      expect(result.store!.pages[0]!.title).toBe("Giới thiệu");
    },
  },
  { name: "trailing-spaces", what: "spaces and tabs at the ends of lines, fences included", expect: [] },
  { name: "only-front-matter", what: "front matter and no text (what npm run new writes): accepted", expect: [] },

  // ---- broken input: a clear message, never a crash ----------------------------------------------
  { name: "empty", what: "an empty file", expect: [err(PAGE("rong"), 1, 1, "", "file/empty")] },
  { name: "whitespace-only", what: "spaces, tabs and line ends only", expect: [err(PAGE("trang-trang"), 1, 1, "", "file/empty")] },
  { name: "only-fences", what: "--- and --- with nothing between or after", expect: [err(PAGE("chi-rao"), 2, 1, "title", "schema/required")] },
  { name: "unclosed", what: "front matter never closed", expect: [err(PAGE("mo"), 1, 1, "", "frontmatter/unclosed")] },
  { name: "no-front-matter", what: "no front matter at all", expect: [err(PAGE("khong-dau"), 1, 1, "", "frontmatter/missing")] },
  { name: "malformed", what: "an unclosed quote and bracket", expect: [err("content/trainings/hong.yaml", 4, 12, "", "yaml/syntax")] },
  { name: "duplicate-keys", what: "title twice; 1 and \"1\", one key in the object", expect: [err(PAGE("lap-khoa"), 4, 1, "", "yaml/duplicate-key"), err(PAGE("lap-khoa"), 6, 1, "", "yaml/duplicate-key")] },
  { name: "tab-indent", what: "tabs used for indentation", expect: [err("content/trainings/tab.yaml", 3, 1, "", "yaml/tab-indent"), err("content/trainings/tab.yaml", 4, 1, "", "yaml/tab-indent")] },
  { name: "multi-document", what: "two YAML documents in one file", expect: [err("content/trainings/nhieu.yaml", 3, 1, "", "yaml/syntax")] },
  { name: "not-a-number", what: ".nan where a number is needed", expect: [err("content/plans/so.md", 13, 12, "targets[0].value", "schema/type")] },
  { name: "alias-bomb", what: "billion laughs: nine levels of nine aliases", expect: [err("content/trainings/bom.yaml", 1, 1, "", "yaml/alias-bomb")] },
  {
    name: "nul",
    what: "NUL bytes",
    setup: (root) => writeFileSync(join(root, PAGE("nul")), Buffer.from("---\ntitle: A\0B\n---\nx\n")),
    expect: [err(PAGE("nul"), 1, 1, "", "file/binary")],
  },
  {
    name: "png-as-markdown",
    what: "a PNG picture named .md",
    setup: (root) => writeFileSync(join(root, PAGE("anh")), Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7d8a3f70000000049454e44ae426082", "hex")),
    expect: [err(PAGE("anh"), 1, 1, "", "file/binary")],
  },
  {
    name: "invalid-utf8",
    what: "a Windows-1258 byte in UTF-8 text, at its line and column",
    setup: (root) => writeFileSync(join(root, PAGE("latin")), Buffer.concat([Buffer.from("---\ntitle: Tiêu đề\n---\n\nCâu có "), Buffer.from([0xe0, 0x0a])])),
    expect: [err(PAGE("latin"), 5, 8, "", "file/invalid-utf8")],
  },
  {
    name: "utf16",
    what: "a file saved as UTF-16 (Notepad's \"Unicode\")",
    setup: (root) => writeFileSync(join(root, PAGE("utf16")), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntitle: Giới thiệu\n---\nx\n", "utf16le")])),
    expect: [err(PAGE("utf16"), 1, 1, "", "file/invalid-utf8")],
  },
  {
    name: "ten-megabytes",
    what: "a 10 MB file",
    setup: (root) => writeFileSync(join(root, PAGE("lon")), `---\ntitle: Lớn\n---\n${"Năng suất. ".repeat(800_000)}`),
    expect: [err(PAGE("lon"), 1, 1, "", "file/too-large")],
  },
  {
    name: "long-line",
    what: "a title of 1.5 million characters on one line",
    setup: (root) => writeFileSync(join(root, PAGE("dai")), `---\ntitle: ${"a".repeat(1_500_000)}\n---\nx\n`),
    expect: [err(PAGE("dai"), 2, 8, "title", "schema/too-big")],
  },
  {
    name: "deep-flow",
    what: "100 000 nested [",
    setup: (root) => writeFileSync(join(root, "content/trainings/sau.yaml"), `sessions: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    expect: (d) => expect(d.map((x) => [x.file, x.code, x.line])).toEqual([["content/trainings/sau.yaml", "yaml/too-deep", 1]]),
  },
  {
    name: "deep-mapping",
    what: "100 000 nested { a: … }: refused for its 100 000 values before it is parsed",
    setup: (root) => writeFileSync(join(root, "content/trainings/sau.yaml"), `sessions: ${"{a: ".repeat(100_000)}1${"}".repeat(100_000)}\n`),
    expect: [err("content/trainings/sau.yaml", 1, 1, "", "yaml/too-many-values")],
  },
  {
    name: "deep-block",
    what: "100 000 nested block lists on one line (- - - … x)",
    setup: (root) => writeFileSync(join(root, "content/trainings/sau.yaml"), `sessions:\n  ${"- ".repeat(100_000)}x\n`),
    expect: (d) => expect(d.map((x) => [x.file, x.code, x.line])).toEqual([["content/trainings/sau.yaml", "yaml/too-deep", 2]]),
  },
  {
    name: "deep-markdown",
    what: "100 000 nested block quotes and 50 000 nested lists: rendered to markdown-it's nesting limit",
    setup: (root) => writeFileSync(join(root, PAGE("sau")), `---\ntitle: Sâu\n---\n\n${"> ".repeat(100_000)}x\n\n${"- ".repeat(50_000)}y\n`),
    expect: [],
  },
  {
    name: "too-many-values",
    what: "60 000 keys in one mapping (the parser's own duplicate check is quadratic)",
    setup: (root) => writeFileSync(join(root, PAGE("khoa")), `---\ntitle: Nhiều khóa\n${Array.from({ length: 60_000 }, (_, i) => `k${i}: 1\n`).join("")}---\nx\n`),
    expect: [err(PAGE("khoa"), 2, 1, "", "yaml/too-many-values")],
  },
  {
    name: "huge-list",
    what: "380 000 empty sessions (checked one by one, they took four minutes): refused before they are parsed",
    setup: (root) => writeFileSync(join(root, "content/trainings/rong.yaml"), `sessions:\n${"- {}\n".repeat(380_000)}`),
    expect: [err("content/trainings/rong.yaml", 1, 1, "", "yaml/too-many-values")],
  },
  {
    name: "many-broken-sessions",
    what: "5 000 broken sessions: the first 200 problems, then one line that says so",
    setup: (root) => writeFileSync(join(root, "content/trainings/hong.yaml"), `sessions:\n${"  - { id: X, title: '' }\n".repeat(5_000)}`),
    expect: (d) => {
      expect(d).toHaveLength(201);
      expect(summarise(d.at(-1)!)).toMatchObject({ file: "content/trainings/hong.yaml", code: "file/too-many-problems", severity: "error" });
    },
  },
  {
    name: "many-sessions",
    what: "1 000 correct sessions in one calendar: accepted",
    setup: (root) =>
      writeFileSync(
        join(root, "content/trainings/nhieu.yaml"),
        `organizer: so-khcn-tuyen-quang\nsessions:\n${Array.from({ length: 1000 }, (_, i) => `  - { id: k-${i}, title: Khóa ${i}, kind: workshop, topics: [5s], province: tuyen-quang, start: 2026-03-20, end: 2026-03-20, format: online, onlineUrl: "https://hop.example.gov.vn/${i}", audience: Doanh nghiệp, status: completed }\n`).join("")}`,
      ),
    expect: (_, result) => expect(result.store!.sessions.length).toBe(1003),
  },
  {
    name: "many-tags",
    what: "100 000 HTML tags: 200 warnings and one line that says there are more",
    setup: (root) => writeFileSync(join(root, PAGE("the")), `---\ntitle: Thẻ\n---\n\n${"a <b>x</b>\n".repeat(100_000)}`),
    expect: (d, result) => {
      expect(d).toHaveLength(201);
      expect(d.every((x) => x.severity === "warning")).toBe(true);
      expect(d.at(-1)!.code).toBe("file/too-many-problems");
      expect(result.store).toBeDefined();
    },
  },
  {
    name: "many-unsafe-links",
    what: "40 000 javascript: links on one line, half of them written with entities (not found as written)",
    setup: (root) => writeFileSync(join(root, PAGE("lien-ket")), `---\ntitle: Liên kết\n---\n\n${Array.from({ length: 20_000 }, (_, i) => `[a](jav&#x09;ascript:alert(${i})) [b](javascript:alert(${i}))`).join(" ")}\n`),
    expect: (d) => {
      expect(d).toHaveLength(201);
      expect(d.slice(0, 200).every((x) => x.code === "link/unsafe")).toBe(true);
      expect(d.at(-1)!.code).toBe("file/too-many-problems");
    },
  },
  {
    name: "named-pipe",
    what: "a named pipe in place of data/site.yaml (reading it would wait for ever)",
    setup: (root) => {
      rmSync(join(root, "data/site.yaml"));
      execFileSync("mkfifo", [join(root, "data/site.yaml")]);
    },
    expect: (d) => expect(d.map((x) => [x.file, x.code, x.params.reason])).toEqual([["data/site.yaml", "file/read", "not a regular file"]]),
  },
  {
    name: "folder-as-data-file",
    what: "a folder in place of data/site.yaml",
    setup: (root) => {
      rmSync(join(root, "data/site.yaml"));
      mkdirSync(join(root, "data/site.yaml"));
    },
    expect: [err("data/site.yaml", 1, 1, "", "file/read")],
  },
];

// ---- running a case ---------------------------------------------------------------------------

interface Sandbox {
  /** Holds the project and whatever "outside" a case needs. */
  dir: string;
  root: string;
}

function sandbox(c: Case, base: string = join(FIXTURES, "minimal")): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "nscl-hostile-"));
  const root = join(dir, "project");
  cpSync(base, root, { recursive: true });
  if (existsSync(join(HOSTILE, c.name))) cpSync(join(HOSTILE, c.name), root, { recursive: true });
  c.setup?.(root, dir);
  return { dir, root };
}

/** Every path under `dir` with its kind, size and time: what "nothing was written" compares. */
function snapshot(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const r = rel ? `${rel}/${name}` : name;
      if (skip(r)) continue;
      const stat = lstatSync(join(d, name));
      // A folder's own time changes when an entry is added (the site); its entries say what changed.
      out.push(stat.isDirectory() ? `${r} d` : `${r} ${stat.isSymbolicLink() ? "l" : "f"} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(join(d, name), r);
    }
  };
  walk(dir, "");
  return out.sort();
}

const markers = () => (existsSync(MARKERS) ? readdirSync(MARKERS) : []);
const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)].map((k) => k.sort().join(","));
const sandboxes: string[] = [];
afterAll(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
});

/** What every diagnostic must be, whatever the input: placed, coded, and renderable in both languages. */
function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.file, JSON.stringify(d)).not.toBe("");
    expect(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, JSON.stringify(d)).toBe(true);
    expect(messages[d.code], d.code).toBeDefined();
    expect(d.code.startsWith("internal/"), d.code).toBe(false);
    expect(messageOf(d, "vi")).not.toMatch(/undefined|\[object/);
    expect(messageOf(d, "en")).not.toMatch(/undefined|\[object/);
  }
}

describe("each hostile or broken input gives its diagnostics, quickly, and does nothing else", () => {
  it("the corpus has at least 60 cases, and a folder for each case that is not made by its test", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) expect(existsSync(join(HOSTILE, c.name)) || c.setup !== undefined, c.name).toBe(true);
    // No folder without its case.
    for (const name of readdirSync(HOSTILE)) expect(cases.some((c) => c.name === name), name).toBe(true);
  });

  it.each(cases)("$name: $what", (c) => {
    rmSync(MARKERS, { recursive: true, force: true });
    const { dir, root } = sandbox(c);
    sandboxes.push(dir);
    const before = snapshot(dir);
    const prototypes = prototypeKeys();

    const result = loadContent({ root, now: NOW });

    if (typeof c.expect === "function") c.expect(result.diagnostics, result);
    else expect(result.diagnostics.map(summarise), result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).join("\n")).toEqual(c.expect);
    expectWellFormed(result.diagnostics);
    const errors = result.diagnostics.some((d) => d.severity === "error");
    expect(result.store === undefined, "a store exactly when there is no error").toBe(errors);
    if (c.build) expect(errors, "a case to build passes the check").toBe(false);
    // Nothing ran, nothing was written, nothing was polluted.
    expect(markers()).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    expect(prototypeKeys()).toEqual(prototypes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, TIMEOUT);
});

describe("the command line", () => {
  const sample = ["fm-js", "yaml-js-function", "yaml-complex-key", "alias-bomb", "deep-flow", "invalid-utf8", "symlink-files-folder", "att-dotdot", "md-js-entity"];

  it.each(sample)("%s: exit status 1, the problem on stdout, no stack trace", (name) => {
    const c = cases.find((x) => x.name === name)!;
    rmSync(MARKERS, { recursive: true, force: true });
    const { dir, root } = sandbox(c);
    sandboxes.push(dir);
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    delete env.BUILD_DATE;
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--now", TODAY, "--root", root, "--format", "json", "--lang", "en"], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout) as { errors: number; diagnostics: { file: string; line: number; code: string; message: string }[] };
    expect(report.errors).toBeGreaterThan(0);
    const expected = typeof c.expect === "function" ? undefined : c.expect[0]!;
    if (expected) expect(report.diagnostics[0]).toMatchObject({ file: expected.file, line: expected.line, code: expected.code });
    expect(markers()).toEqual([]);
  }, TIMEOUT);
});

// ---- dangerous content that passes the check, built -----------------------------------------------

describe("the dangerous cases that pass the check, built together", () => {
  const built = cases.filter((c) => c.build);
  let dir = "";
  let root = "";
  let outDir = "";
  let result: BuildResult;
  let before: string[];

  beforeAll(async () => {
    rmSync(MARKERS, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), "nscl-hostile-build-"));
    sandboxes.push(dir);
    root = join(dir, "project");
    cpSync(join(FIXTURES, "minimal"), root, { recursive: true });
    for (const c of built) {
      if (existsSync(join(HOSTILE, c.name))) cpSync(join(HOSTILE, c.name), root, { recursive: true });
      c.setup?.(root, dir);
    }
    before = snapshot(dir, (rel) => rel.startsWith("project/_site"));
    ({ outDir, result } = await build(root));
  }, 300_000);

  const page = (url: string) => readFileSync(join(outDir, url.endsWith("/") ? `${url}index.html` : url), "utf8");
  const site = { baseUrl: "https://nangsuat.example.gov.vn", pathPrefix: "/" };

  it("builds, with warnings only", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("writes nothing outside _site, runs nothing, pollutes nothing", () => {
    // The build writes the site and, outside it by design, the search index's cache.
    expect(snapshot(dir, (rel) => rel.startsWith("project/_site") || rel === "project/.cache" || rel.startsWith("project/.cache/search-index/"))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith("_site"))).toEqual(["_site"]);
    expect(markers()).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("no file of the site holds anything that could run: pages, feeds, calendars, CSV, JSON, search fragments", () => {
    const files = siteFiles(outDir);
    // Every kind of output is there to be read.
    for (const pattern of [/\.html$/, /^feed\.xml$/, /\.ics$/, /^api\/trainings\.csv$/, /^api\/.*\.json$/, /\.pf_fragment$/, /^_headers$/]) expect(files.some((f) => pattern.test(f)), String(pattern)).toBe(true);
    expect(scanSite(outDir, site)).toEqual([]);
  });

  it("the scan finds what it looks for (it is not blind)", () => {
    const probe = join(dir, "probe");
    mkdirSync(join(probe, "api"), { recursive: true });
    writeFileSync(join(probe, "a.html"), '<!doctype html><html><head><script>x</script><meta http-equiv="refresh" content="0"></head><body><img src=x onerror=y><a href=" jav&#x09;ascript:x">a</a><a href="https://evil.example/">b</a><iframe></iframe></body></html>');
    writeFileSync(join(probe, "b.ics"), "BEGIN:VCALENDAR\r\nSUMMARY:<\r\n script>\r\nEND:VCALENDAR\r\n");
    writeFileSync(join(probe, "api/c.json"), '{"url":"javascript:alert(1)"}');
    writeFileSync(join(probe, "d.csv"), "a,<img src=x>\r\n");
    writeFileSync(join(probe, "e.xml"), "<feed><title type=\"html\">&lt;script&gt;x&lt;/script&gt;</title></feed>");
    const found = scanSite(probe, site).join("\n");
    for (const what of ["inline <script>", "meta http-equiv", "onerror", 'href=" jav', "without rel", "<iframe>", "b.ics: markup", "api/c.json: value", "d.csv: markup", "e.xml title: inline <script>"]) expect(found, what).toContain(what);
  });

  it("front matter is text everywhere: escaped in pages, inert in calendars and CSV, \\u003c in JSON, escaped in the feed", () => {
    const html = page("/b-fm-html/");
    expect(html).toContain("&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)> x");
    expect(html).not.toContain("<script>alert(");
    const ics = readFileSync(join(outDir, "dao-tao/b-html-1.ics"), "utf8").replace(/\r\n /g, "");
    expect(ics).toContain("SUMMARY:Hội thảo \u2039script>alert(1)\u2039/script>\u2039img src=x onerror=alert(2)>");
    const csv = readFileSync(join(outDir, "api/trainings.csv"), "utf8");
    expect(csv).toContain("Hội thảo \u2039script>alert(1)\u2039/script>");
    const jsonText = readFileSync(join(outDir, "api/trainings.json"), "utf8");
    expect(jsonText).toContain("\\u003cscript>alert(1)\\u003c/script>");
    const json = JSON.parse(jsonText) as { trainings: { id: string; title: string }[] };
    expect(json.trainings.find((r) => r.id === "b-html-1")?.title).toBe("Hội thảo <script>alert(1)</script><img src=x onerror=alert(2)>");
    const feed = readFileSync(join(outDir, "feed.xml"), "utf8");
    expect(feed).toContain("Tin &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(feed).not.toMatch(/<script/i);
  });

  it("JSON-LD cannot be closed from inside: </script> in a title stays in the JSON", () => {
    const html = page("/huong-dan/b-json-ld/");
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toMatch(/<\/script|<!--|\u2028|\u2029/i);
    expect(JSON.stringify(JSON.parse(ld))).toContain("</script><script>alert(1)</script><!--");
  });

  it("template syntax is shown as written and never evaluated", () => {
    const html = page("/mau/");
    expect(html).toContain("{{ 7*7 }}");
    expect(html).toContain("{% include &quot;/etc/passwd&quot; %}");
    expect(html).not.toMatch(/Tính 49|root:x:0:0/);
    for (const f of siteFiles(outDir)) if (!f.startsWith("pagefind/")) expect(readFileSync(join(outDir, f), "utf8"), f).not.toContain("root:x:0:0");
    expect(readFileSync(join(outDir, "dao-tao/b-html-1.ics"), "utf8").replace(/\r\n /g, "")).toContain("{{ 7*7 }}");
  });

  it("external links open safely, the outside image is blocked by the CSP, plain-text schemes stay text", () => {
    const html = page("/b-lien-ket-ngoai/");
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer"');
    expect(html).toContain('href="https://example.org/trang" title="tiêu đề" rel="noopener noreferrer"');
    const text = page("/b-chu-thuong/");
    expect(text).toContain("javascript:alert(1)");
    expect(text).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    // Registration and online links of a session, and an agency's website, are external too.
    expect(page("/dao-tao/b-html-1/")).toMatch(/href="https:\/\/dang-ky\.example\.org\/b-html-1" rel="noopener noreferrer"/);
    expect(page("/co-quan/b-co-quan/")).toMatch(/href="https:\/\/co-quan\.example\.org\/" rel="noopener noreferrer"/);
  });

  it("ships the security headers for static hosts, with the page's own policy", () => {
    const headers = readFileSync(join(outDir, "_headers"), "utf8");
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain("X-Content-Type-Options: nosniff");
    const azure = JSON.parse(readFileSync(join(outDir, "staticwebapp.config.json"), "utf8")) as { globalHeaders: Record<string, string> };
    expect(azure.globalHeaders["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(readFileSync(join(outDir, ".htaccess"), "utf8")).toContain('Header always set X-Content-Type-Options "nosniff"');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page("/"))![1]!.replace(/&#39;/g, "'");
    expect(azure.globalHeaders["Content-Security-Policy"]).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it("attachments of a type a browser could run are not published", () => {
    const c = cases.find((x) => x.name === "att-html")!;
    const { dir: d, root: r } = sandbox(c);
    sandboxes.push(d);
    // Checked, so never built; and nothing of theirs is in this site either.
    expect(loadContent({ root: r, now: NOW }).store).toBeUndefined();
    expect(siteFiles(join(outDir, "files"))).toEqual(["x.pdf"]);
    expect(statSync(join(outDir, "files/x.pdf")).isFile()).toBe(true);
  });
});

// ---- a build refused by the check writes nothing --------------------------------------------------

describe("a build of a refused case", () => {
  it.each(["fm-permalink", "fm-eleventy-computed", "fm-js", "att-dotdot", "symlink-files-folder"])("%s: the build stops at the check and writes nothing, anywhere", async (name) => {
    rmSync(MARKERS, { recursive: true, force: true });
    const { dir, root } = sandbox(cases.find((c) => c.name === name)!);
    sandboxes.push(dir);
    const before = snapshot(dir);
    const { result } = await build(root);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(snapshot(dir)).toEqual(before);
    expect(markers()).toEqual([]);
  }, TIMEOUT);
});

// ---- a config file for Eleventy in the working folder --------------------------------------------

describe("code beside the content", () => {
  it("an eleventy.config.js, .eleventy.js or eleventy.config.cjs in the working folder is not run by the build", () => {
    rmSync(MARKERS, { recursive: true, force: true });
    const dir = mkdtempSync(join(tmpdir(), "nscl-hostile-config-"));
    sandboxes.push(dir);
    const root = join(dir, "project");
    cpSync(join(FIXTURES, "minimal"), root, { recursive: true });
    const code = (name: string) => `require("fs").mkdirSync("${MARKERS}", { recursive: true }); require("fs").writeFileSync("${MARKERS}/${name}", "ran"); module.exports = function () {};\n`;
    writeFileSync(join(root, ".eleventy.js"), code("dot-eleventy"));
    writeFileSync(join(root, "eleventy.config.js"), code("eleventy-config-js"));
    writeFileSync(join(root, "eleventy.config.cjs"), code("eleventy-config-cjs"));
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    delete env.BUILD_DATE;
    // Run from the project's folder, as a CI job in a checked-out pull request would.
    // tsx from the repository (the project has no node_modules), with the repository's tsconfig.
    const tsx = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
    const r = spawnSync(process.execPath, ["--import", tsx, join(REPO_ROOT, "scripts/build.ts"), "--now", TODAY, "--root", ".", "--out", "_site"], {
      cwd: root,
      env: { ...env, TSX_TSCONFIG_PATH: join(REPO_ROOT, "tsconfig.json") },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.stderr.replace(/\[11ty\].*\n/g, "")).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(join(root, "_site/index.html"))).toBe(true);
    expect(markers()).toEqual([]);
  }, 150_000);
});
