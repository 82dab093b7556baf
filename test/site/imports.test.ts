/**
 * Which way the code depends: the engine (src/) never imports the layouts (layouts/), which the
 * entry points hand to it; and the structured data (src/seo/) never imports the feeds
 * (src/feeds/): what both need (how a session reads, Markdown as text) lives in src/site/ or
 * src/markdown.ts. Every static import, re-export and dynamic import is read and resolved.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
    .map((e) => relative(REPO, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** Every module a file imports, as a path from the repository's root (packages as written). */
function importsOf(file: string, text = readFileSync(join(REPO, file), "utf8")): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms),
    ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith(".") ? relative(REPO, resolve(REPO, dirname(file), s)).split(sep).join("/") : s));
}

describe("module boundaries", () => {
  it("reads imports as written: static, type-only, multi-line, re-exports and dynamic", () => {
    const text = `import { a } from "../../layouts/routes.tsx";\nimport type {\n  B,\n} from "../feeds/atom.ts";\nexport { c } from "./c.ts";\nconst d = await import("../site/d.ts");\nimport "./side-effect.ts";\n`;
    expect(importsOf("src/seo/x.ts", text)).toEqual(["layouts/routes.tsx", "src/feeds/atom.ts", "src/seo/c.ts", "src/seo/side-effect.ts", "src/site/d.ts"]);
    // The real files are read too: the build takes its route type from the engine, not the layouts.
    expect(importsOf("src/build/build.ts")).toContain("src/build/route.ts");
  });

  it("no module under src/ imports from layouts/", () => {
    const offending = sources("src").flatMap((f) => importsOf(f).filter((i) => i === "layouts" || i.startsWith("layouts/")).map((i) => `${f} → ${i}`));
    expect(offending).toEqual([]);
  });

  it("src/seo/ imports nothing from src/feeds/", () => {
    const files = sources("src/seo");
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((f) => importsOf(f).filter((i) => i.startsWith("src/feeds/")).map((i) => `${f} → ${i}`));
    expect(offending).toEqual([]);
  });
});
