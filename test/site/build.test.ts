/**
 * The build as a whole: every link resolves, every page is valid HTML, the path prefix
 * holds everywhere, output is reproducible, and a failed build publishes nothing.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { buildRoutes } from "../../layouts/routes.tsx";
import { build, copyProject, page } from "../helpers/site.ts";

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out.sort();
}

/** A fingerprint of every file in a folder: paths and bytes. */
function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const f of files(dir)) hash.update(relative(dir, f)).update(readFileSync(f));
  return hash.digest("hex");
}

async function brokenLinks(serverRoot: string, start: string): Promise<string[]> {
  // Only the site itself is checked: external links (and the editors' guide's own
  // http://localhost:8080 example) would need a network this machine does not have.
  const port = 40000 + Math.floor(Math.random() * 20000);
  const result = await new LinkChecker().check({ path: start, serverRoot, port, recurse: true, checkFragments: true, linksToSkip: [`^(?!http://localhost:${port}/)`] });
  return result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.parent} → ${l.url} (${l.status})`);
}

describe("the bundled site", () => {
  it("has no broken internal link, asset or fragment", async () => {
    const { outDir, result } = await build(copyProject());
    expect(result.ok).toBe(true);
    expect(await brokenLinks(outDir, "/")).toEqual([]);
  });

  it("is valid HTML on every page", async () => {
    const { outDir } = await build(copyProject());
    // Style-only rules are off: the markup is generated, and titles carry long Vietnamese names.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "doctype-style": "off", "void-style": "off", "long-title": "off" } });
    const pages = files(outDir).filter((f) => f.endsWith(".html") && !f.includes(`${join(outDir, "pagefind")}`));
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(file, "utf8"), relative(outDir, file));
      for (const r of report.results) for (const m of r.messages) problems.push(`${r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("is byte-identical when built twice from the same content with the same clock", async () => {
    const root = copyProject();
    const first = await build(root);
    const a = digest(first.outDir);
    const second = await build(root);
    expect(second.result.ok).toBe(true);
    expect(digest(second.outDir)).toBe(a);
  });
});

describe("a site under a path prefix", () => {
  it("prefixes every link, asset and the search bundle, and they all resolve when hosted there", async () => {
    const site = readFileSync(join(copyProject(), "data/site.yaml"), "utf8").replace(/^pathPrefix: .*$/m, "pathPrefix: /nang-suat/");
    const root = copyProject({ "data/site.yaml": site });
    const { outDir, result } = await build(root);
    expect(result.ok).toBe(true);
    const $ = page(outDir, "/ke-hoach/quang-nam-2022-2025/");
    const refs = $("a[href], link[href], script[src], form[action]")
      .map((_, el) => $(el).attr("href") ?? $(el).attr("src") ?? $(el).attr("action"))
      .get()
      .filter((u) => u.startsWith("/"));
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(ref, ref).toMatch(/^\/nang-suat\//);
    expect(page(outDir, "/tim-kiem/")("[data-search-results]").attr("data-bundle")).toBe("/nang-suat/pagefind/");
    expect($("link[rel=canonical]").attr("href")).toBe("https://nangsuat.example.gov.vn/nang-suat/ke-hoach/quang-nam-2022-2025/");
    // Host the site in a sub-folder, as a server would, and check every link from there.
    const host = join(root, "host");
    mkdirSync(host);
    renameSync(outDir, join(host, "nang-suat"));
    expect(await brokenLinks(host, "/nang-suat/")).toEqual([]);
  });
});

describe("drafts", () => {
  it("are never published", async () => {
    const root = copyProject({ "content/pages/ban-nhap.md": "---\ntitle: Trang đang soạn\ndraft: true\n---\nChưa xuất bản.\n" });
    const { outDir, result } = await build(root);
    expect(result.ok).toBe(true);
    expect(existsSync(join(outDir, "ban-nhap"))).toBe(false);
    expect(readFileSync(join(outDir, "sitemap.xml"), "utf8")).not.toContain("ban-nhap");
  });
});

describe("a failed build", () => {
  it("leaves the previous site exactly as it was after a content error, and says why", async () => {
    const root = copyProject();
    const { outDir } = await build(root);
    const before = digest(outDir);
    writeFileSync(join(root, "content/guidance/hong.md"), "---\ntitle: Hỏng\nupdated: 31/02/2026\n---\nNội dung\n");
    const failed = await build(root);
    expect(failed.result.ok).toBe(false);
    const codes = failed.result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`);
    expect(codes).toContain("content/guidance/hong.md:3 date/not-a-date");
    expect(codes).toContain("content/guidance/hong.md:2 schema/required");
    expect(digest(outDir)).toBe(before);
    expect(readdirSync(root).filter((n) => n.startsWith("_site."))).toEqual([]);
  });

  it("leaves the previous site exactly as it was when a page fails to render, and prints no stack trace", async () => {
    const root = copyProject();
    const { outDir } = await build(root);
    const before = digest(outDir);
    // What the build prints: the failure is told once, as a diagnostic, never as Eleventy's stack trace.
    const printed: string[] = [];
    const spies = [vi.spyOn(console, "log"), vi.spyOn(console, "warn"), vi.spyOn(console, "error"), vi.spyOn(process.stderr, "write"), vi.spyOn(process.stdout, "write")];
    for (const spy of spies) (spy as unknown as { mockImplementation(f: (...a: unknown[]) => boolean): void }).mockImplementation((...a: unknown[]) => (printed.push(a.map(String).join(" ")), true));
    onTestFinished(() => spies.forEach((spy) => spy.mockRestore()));
    const failed = await build(root, {
      routes: (store) => [
        ...buildRoutes(store),
        {
          url: "/hong/",
          file: "hong/index.html",
          html: true,
          render: () => {
            throw new Error("layout bug");
          },
        },
      ],
    });
    expect(failed.result.ok).toBe(false);
    expect(failed.result.diagnostics.map((d) => d.code)).toContain("internal/error");
    for (const spy of spies) spy.mockRestore();
    expect(printed.filter((p) => /layout bug|\[11ty\]|Wrote/.test(p))).toEqual([]);
    expect(digest(outDir)).toBe(before);
    expect(readdirSync(root).filter((n) => n.startsWith("_site."))).toEqual([]);
  });
});
