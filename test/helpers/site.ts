/** Builds real sites from real content for the tests, and reads their pages. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/build/build.ts";
import { buildRoutes } from "../../layouts/routes.tsx";

export const REPO = resolve(import.meta.dirname, "../..");
/** The tests' clock: 29/11/2026 in Vietnam. */
export const NOW = Date.parse("2026-11-29T00:00:00+07:00");

/** A temporary copy of the bundled content and data, with some files replaced. */
export function copyProject(edits: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "portal-"));
  cpSync(join(REPO, "content"), join(root, "content"), { recursive: true });
  cpSync(join(REPO, "data"), join(root, "data"), { recursive: true });
  for (const [path, text] of Object.entries(edits)) writeFileSync(join(root, path), text);
  return root;
}

export async function build(root: string, extra: Partial<BuildOptions> = {}): Promise<{ outDir: string; result: BuildResult }> {
  const outDir = join(root, "_site");
  const result = await buildSite({ root, outDir, now: NOW, routes: buildRoutes, ...extra });
  return { outDir, result };
}

/** Parses a built page with a real HTML parser. */
export function page(outDir: string, url: string): CheerioAPI {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return load(readFileSync(join(outDir, file), "utf8"));
}

/** Collapses white space, as a reader sees the text. */
export const text = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A definition list of facts as label → value, the way a reader pairs them. */
export function facts($: CheerioAPI, selector: string): Record<string, string> {
  const out: Record<string, string> = {};
  $(selector).first().find("> div").each((_, div) => {
    out[text($(div).find("dt").text())] = text($(div).find("dd").text());
  });
  return out;
}
