/**
 * Baseline floors for the benchmark, run as their own processes:
 *   tsx bench/floors.ts read <root>   reads every content file (the I/O floor)
 *   tsx bench/floors.ts parse <root>  parses front matter, YAML and Markdown (the parse floor)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import { parse } from "yaml";
import { kinds } from "../src/kinds/index.ts";

const [mode, root] = process.argv.slice(2);
if (!root || (mode !== "read" && mode !== "parse")) {
  console.error("usage: floors.ts read|parse <root>");
  process.exit(2);
}
const md = new MarkdownIt();
let bytes = 0;
let files = 0;
// Every kind's folder, from the registry: a floor that skipped a kind would flatter the checker.
for (const dir of new Set(kinds.map((k) => k.source.dir))) {
  const abs = join(root, dir);
  for (const name of readdirSync(abs)) {
    const text = readFileSync(join(abs, name), "utf8");
    bytes += text.length;
    files++;
    if (mode === "parse") {
      if (name.endsWith(".md")) {
        const doc = matter(text);
        md.render(doc.content);
      } else parse(text);
    }
  }
}
console.log(JSON.stringify({ files, bytes }));
