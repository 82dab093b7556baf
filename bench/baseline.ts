/**
 * "What a user would get without this project": the same generated Markdown fed to bare
 * Eleventy with a trivial layout, then indexed by the Pagefind command line.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** Writes <dir>/input (Markdown, one file per item incl. sessions) and <dir>/eleventy.config.mjs. */
export function writeBaselineProject(root: string, dir: string): void {
  const input = join(dir, "input");
  mkdirSync(join(input, "_includes"), { recursive: true });
  for (const kind of ["plans", "guidance", "news", "pages", "documents", "questions"])
    if (existsSync(join(root, "content", kind))) cpSync(join(root, "content", kind), join(input, kind), { recursive: true });
  mkdirSync(join(input, "trainings"), { recursive: true });
  for (const name of readdirSync(join(root, "content", "trainings"))) {
    const calendar = parse(readFileSync(join(root, "content", "trainings", name), "utf8")) as { sessions: { id: string; title: string; description?: string }[] };
    for (const s of calendar.sessions)
      writeFileSync(join(input, "trainings", `${s.id}.md`), `---\ntitle: ${JSON.stringify(s.title)}\n---\n${s.description ?? ""}\n`);
  }
  writeFileSync(
    join(input, "_includes", "base.html"),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content }}</main></body></html>\n`,
  );
  writeFileSync(join(dir, "eleventy.config.mjs"), `export default function (c) { c.addGlobalData("layout", "base.html"); }\n`);
}
