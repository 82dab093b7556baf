/**
 * Front matter in a language other than YAML is refused before anything parses it: Eleventy
 * and gray-matter would run `---js` front matter as code on the build machine.
 */
import { existsSync, writeFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/content/frontmatter.ts";
import { messageOf } from "../../src/diagnostics.ts";
import { brief, makeProject, summarise } from "../helpers/project.ts";

const PAGE = "content/pages/gioi-thieu.md";

/** Front matter whose code, if run, creates `marker`. */
const payloads = (marker: string): Record<string, { text: string; language: string }> => {
  const write = `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
  return {
    "---js with a top-level statement": { text: `---js\n${write};\nmodule.exports = { title: "Giới thiệu" };\n---\n\nVăn bản.\n`, language: "js" },
    "---js with an object literal": { text: `---js\n{\n  title: (${write}, "Giới thiệu"),\n}\n---\n\nVăn bản.\n`, language: "js" },
    "---js {…} on the opening line": { text: `---js { title: (${write}, "Giới thiệu") }\n---\n\nVăn bản.\n`, language: "js" },
    "---javascript": { text: `---javascript\n${write};\n({ title: "Giới thiệu" })\n---\n\nVăn bản.\n`, language: "javascript" },
    "--- js (with a space)": { text: `--- js\n${write};\n({ title: "Giới thiệu" })\n---\n\nVăn bản.\n`, language: "js" },
    "---JS (upper case)": { text: `---JS\n${write};\n({ title: "Giới thiệu" })\n---\n\nVăn bản.\n`, language: "js" },
    "---js after a byte-order mark, with Windows line ends": { text: `\uFEFF---js\r\n${write};\r\n({ title: "x" })\r\n---\r\n`, language: "js" },
    "---coffee": { text: `---coffee\ntitle: (${write})\n---\n`, language: "coffee" },
  };
};

describe("front matter that would run code", () => {
  it("the payloads are real: gray-matter's own engines run them and create the marker", () => {
    // The control: without our guard, the same text runs on the build machine.
    const project = makeProject();
    const marker = project.path("ran-by-gray-matter");
    const { text } = payloads(marker)["---js with a top-level statement"]!;
    expect(existsSync(marker)).toBe(false);
    matter(text.replace("---js", "---javascript"), { engines: {} });
    expect(existsSync(marker)).toBe(true);
  });

  for (const [name, { language }] of Object.entries(payloads("/nonexistent"))) {
    it(`${name}: refused with frontmatter/language, and the code is not run`, () => {
      const project = makeProject();
      const marker = project.path("ran");
      const { text } = payloads(marker)[name]!;
      writeFileSync(project.path(PAGE), text);
      const { diagnostics, store } = project.load();
      expect(existsSync(marker), "the front matter's code ran").toBe(false);
      expect(diagnostics.map(summarise), brief(diagnostics).join("\n")).toEqual([
        { file: PAGE, line: 1, column: 1, path: "", code: "frontmatter/language", severity: "error" },
      ]);
      expect(diagnostics[0]!.params.language).toBe(language);
      expect(store).toBeUndefined();
    });
  }

  it("---json is refused too (only YAML is front matter)", () => {
    const project = makeProject({ [PAGE]: '---json\n{ "title": "Giới thiệu" }\n---\n\nVăn bản.\n' });
    const { diagnostics } = project.load();
    expect(diagnostics.map(summarise)).toEqual([{ file: PAGE, line: 1, column: 1, path: "", code: "frontmatter/language", severity: "error" }]);
    expect(diagnostics[0]!.params.language).toBe("json");
  });

  it("the message says the code was not run, in both languages", () => {
    const project = makeProject({ [PAGE]: "---js\n({})\n---\n" });
    const [d] = project.load().diagnostics;
    expect(messageOf(d!, "vi")).toBe('phần đầu tệp (front matter) viết bằng "js", không được chạy — chỉ dùng YAML giữa hai dòng ---');
    expect(messageOf(d!, "en")).toBe('front matter in "js" is refused and was not run — use YAML between two --- lines');
  });
});

describe("splitFrontMatter", () => {
  it("accepts --- and ---yaml, giving the YAML, its first line and the body's first line", () => {
    for (const open of ["---", "---yaml", "--- "]) {
      const split = splitFrontMatter(`${open}\ntitle: A\norder: 2\n---\n\nBody.\n`);
      expect(split).toMatchObject({ ok: true, yamlLine: 2, bodyLine: 5 });
      if (split.ok) {
        expect(split.yaml.trim()).toBe("title: A\norder: 2");
        expect(split.body).toContain("Body.");
      }
    }
  });

  it("never hands a non-YAML language to gray-matter", () => {
    for (const open of ["---js", "---javascript", "---json", "---toml", "---js {", "---{ title: 1 }"]) {
      const split = splitFrontMatter(`${open}\nx\n---\n`);
      expect(split.ok, open).toBe(false);
      if (!split.ok) expect(split.problem, open).toBe("language");
    }
  });
});
