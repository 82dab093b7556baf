/**
 * The W3C Nu HTML Checker is the reference judge of the site's HTML. html-validate (in
 * build.test.ts) is quicker and stricter on style; this one knows the HTML standard as browsers
 * and assistive technology read it. It runs on Debian's Java, once, over every built page.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { build, copyProject } from "../helpers/site.ts";

const vnuJar: string = createRequire(import.meta.url)("vnu-jar");
const run = promisify(execFile);

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.startsWith("pagefind")) out.push(...htmlPages(path));
    } else if (name.endsWith(".html")) out.push(path);
  }
  return out.sort();
}

interface NuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string }

/**
 * The checker reads the pages as file: URLs, whose origin is opaque, so the pages' CSP
 * `'self'` can never match their own stylesheet and script there. (It refuses to fetch from
 * 127.0.0.1.) The CSP is exercised where it applies: the browser tests load the pages over
 * HTTP with it in force.
 */
const fileOriginCsp = /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “[^”]+” blocked by “(style|script)-src” directive\.$/;

/**
 * The checker also counts a JSON-LD block as an inline script under `script-src`. A browser
 * never runs a data block (HTML's "prepare the script element" stops at a non-JavaScript type
 * before any CSP check), so this is not a violation; the test below proves that every inline
 * script on the site is such a data block and nothing else.
 */
const jsonLdAsInlineScript = /^Inline script violates Content Security Policy \(meta tag\): blocked by “script-src” directive/;

describe("the bundled site, judged by the Nu HTML Checker", () => {
  it("has no error and no warning on any page", async () => {
    const { outDir, result } = await build(copyProject());
    expect(result.ok).toBe(true);
    const pages = htmlPages(outDir);
    expect(pages.length).toBeGreaterThan(100);
    let report: string;
    try {
      report = (await run("java", ["-Xss1024k", "-jar", vnuJar, "--format", "json", "--stdout", ...pages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      // The checker exits 1 when it found something; its report is still on stdout.
      report = (error as { stdout?: string }).stdout ?? "";
      if (!report) throw error;
    }
    const messages = (JSON.parse(report) as { messages: NuMessage[] }).messages;
    const problems = messages
      .filter((m) => m.type === "error" || m.subType === "warning" || m.type === "non-document-error")
      .filter((m) => !fileOriginCsp.test(m.message) && !jsonLdAsInlineScript.test(m.message))
      .map((m) => `${relative(outDir, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? "?"} ${m.message}`);
    expect(problems).toEqual([]);

    const inlineScripts = pages.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1] ?? "")
        .filter((attrs) => !/\ssrc=/.test(attrs))
        .filter((attrs) => !/\stype="application\/ld\+json"/.test(attrs))
        // The editor's import map is no script either, and its CSP names it by hash.
        .filter((attrs) => !(file.includes(`${"quan-tri"}`) && /\stype="importmap"/.test(attrs)))
        .map((attrs) => `${relative(outDir, file)}: <script${attrs}>`),
    );
    expect(inlineScripts).toEqual([]);
  }, 300_000);
});
