/**
 * npm run bench [-- --items 1000,10000] [--skip-preview]
 * Generates synthetic content at each size, then measures with the real commands: check
 * alone, the whole build, the search index, edit-to-page while previewing, and the first
 * query's transfer; and, on the same content, the floors (reading, parsing) and the bare
 * Eleventy + Pagefind CLI baseline. Prints a table and writes bench-results/report.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBaselineProject } from "../bench/baseline.ts";
import { firstQueryTransfer } from "../bench/first-query.ts";
import { generateProject } from "../bench/generate.ts";
import { ensureTime, measure, type Measure } from "../bench/measure.ts";
import { previewLatency } from "../bench/preview.ts";

const { values } = parseArgs({ options: { items: { type: "string", default: "1000,10000" }, "skip-preview": { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
const sizes = values.items.split(",").map(Number).filter((n) => n > 0);
const repo = resolve(import.meta.dirname, "..");
const tsx = join(repo, "node_modules", ".bin", "tsx");
const node = process.execPath;
ensureTime();

interface SizeReport {
  items: number;
  stages: Record<string, Pick<Measure, "wall" | "cpu" | "peakMb">>;
  build: { check: number; pages: number; others: number; search: number; total: number };
  outputMb: number;
  indexMb: number;
  baselineIndexMb: number;
  previewMs?: number[];
  firstQueryKb: number;
  baselineFirstQueryKb: number;
  /** KB by kind of file (script, wasm, meta, index, fragments). */
  firstQueryParts: Record<string, number>;
  ratios: Record<string, number>;
}

const du = (dir: string) => Number(measureDu(dir));
function measureDu(dir: string): string {
  const { stdout } = measure("du", ["-sk", dir]);
  return (Number(stdout.split("\t")[0]) / 1024).toFixed(1);
}
const strip = (m: Measure) => ({ wall: m.wall, cpu: m.cpu, peakMb: Math.round(m.peakMb) });

/** Words on most pages of a productivity portal, so their index chunks are among the largest. */
const FIRST_QUERY = "năng suất chất lượng";

const reports: SizeReport[] = [];
for (const items of sizes) {
  const root = mkdtempSync(join(tmpdir(), `bench-${items}-`));
  console.error(`— ${items} items in ${root}`);
  generateProject(repo, root, items);
  const read = measure(tsx, [join(repo, "bench/floors.ts"), "read", root]);
  const parse = measure(tsx, [join(repo, "bench/floors.ts"), "parse", root]);
  const check = measure(tsx, [join(repo, "scripts/check.ts"), "--root", root, "--now", "2026-11-29"], { cwd: repo });
  const build = measure(tsx, [join(repo, "scripts/build.ts"), "--root", root, "--out", join(root, "_site"), "--now", "2026-11-29", "--json"], { cwd: repo });
  const times = JSON.parse(build.stdout.trim().split("\n").pop()!).times as SizeReport["build"];
  const base = join(root, "baseline");
  writeBaselineProject(root, base);
  const eleventy = measure(node, [join(repo, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet", "--input=input", "--output=out", "--config=eleventy.config.mjs"], { cwd: base });
  const pagefindCli = measure(join(repo, "node_modules/.bin/pagefind"), ["--site", "out", "--silent"], { cwd: base });
  const transfer = await firstQueryTransfer(join(root, "_site"), FIRST_QUERY);
  const baselineTransfer = await firstQueryTransfer(join(base, "out"), FIRST_QUERY);
  const previewMs = values["skip-preview"] ? undefined : await previewLatency(repo, root, "content/guidance/huong-dan-1.md", "/huong-dan/huong-dan-1/", 8700 + reports.length);
  const baselineWall = eleventy.wall + pagefindCli.wall;
  const report: SizeReport = {
    items,
    stages: { read: strip(read), parse: strip(parse), check: strip(check), build: strip(build), eleventy: strip(eleventy), pagefindCli: strip(pagefindCli) },
    build: times,
    outputMb: du(join(root, "_site")),
    indexMb: du(join(root, "_site", "pagefind")),
    baselineIndexMb: du(join(base, "out", "pagefind")),
    previewMs,
    firstQueryKb: Math.round(transfer.bytes / 1024),
    baselineFirstQueryKb: Math.round(baselineTransfer.bytes / 1024),
    firstQueryParts: Object.fromEntries(Object.entries(transfer.parts).map(([k, v]) => [k, Math.round(v / 1024)])),
    ratios: {
      "build / (eleventy + pagefind cli)": build.wall / baselineWall,
      "check / parse floor": check.wall / parse.wall,
      "build peak / baseline peak": build.peakMb / Math.max(eleventy.peakMb, pagefindCli.peakMb),
      "search index / pagefind cli": times.search / 1000 / pagefindCli.wall,
    },
  };
  reports.push(report);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

const growth: Record<string, number> = {};
const first = reports[0];
const last = reports[reports.length - 1];
if (first && last && last !== first) {
  growth["build time"] = last.stages.build!.wall / first.stages.build!.wall;
  growth["baseline time"] = (last.stages.eleventy!.wall + last.stages.pagefindCli!.wall) / (first.stages.eleventy!.wall + first.stages.pagefindCli!.wall);
  growth["build memory"] = last.stages.build!.peakMb / first.stages.build!.peakMb;
  growth["baseline memory"] = Math.max(last.stages.eleventy!.peakMb, last.stages.pagefindCli!.peakMb) / Math.max(first.stages.eleventy!.peakMb, first.stages.pagefindCli!.peakMb);
}

const f = (n: number, d = 2) => n.toFixed(d);
const rows: string[] = [];
rows.push(`| stage | ${reports.map((r) => `${r.items} items: wall s / cpu s / peak MB`).join(" | ")} |`);
rows.push(`|---|${reports.map(() => "---").join("|")}|`);
for (const stage of ["read", "parse", "check", "build", "eleventy", "pagefindCli"]) {
  rows.push(`| ${stage} | ${reports.map((r) => { const m = r.stages[stage]!; return `${f(m.wall)} / ${f(m.cpu)} / ${m.peakMb}`; }).join(" | ")} |`);
}
rows.push(`| build stages s: check, searchable pages, then side by side other pages and index | ${reports.map((r) => `${f(r.build.check / 1000)}, ${f(r.build.pages / 1000)}, ${f(r.build.others / 1000)} ∥ ${f(r.build.search / 1000)}`).join(" | ")} |`);
rows.push(`| output MB (index MB; baseline index MB) | ${reports.map((r) => `${r.outputMb} (${r.indexMb}; ${r.baselineIndexMb})`).join(" | ")} |`);
const parts = (r: SizeReport) => Object.entries(r.firstQueryParts).map(([k, v]) => `${k} ${v}`).join(", ");
rows.push(`| first query transfer KB (by kind; bare Pagefind) | ${reports.map((r) => `${r.firstQueryKb} (${parts(r)}; ${r.baselineFirstQueryKb})`).join(" | ")} |`);
rows.push(`| preview edit → page ms | ${reports.map((r) => (r.previewMs ? r.previewMs.map((m) => Math.round(m)).join(", ") : "—")).join(" | ")} |`);
for (const key of Object.keys(reports[0]?.ratios ?? {})) rows.push(`| ratio: ${key} | ${reports.map((r) => f(r.ratios[key]!)).join(" | ")} |`);
const table = rows.join("\n");
console.log(table);
if (Object.keys(growth).length) console.log(`\ngrowth ${first!.items} → ${last!.items}: ${Object.entries(growth).map(([k, v]) => `${k} ×${f(v)}`).join(", ")}`);
mkdirSync(join(repo, "bench-results"), { recursive: true });
writeFileSync(join(repo, "bench-results", "report.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes: reports, growth }, null, 2)}\n`);
