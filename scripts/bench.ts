/**
 * npm run bench [-- --items 1000,10000] [--mix national|old] [--skip-preview] [--compare-chunks 10000] [--keep]
 * Generates synthetic content at each size (bench/generate.ts), then measures with the real
 * commands: check alone; a cold build (no index cache); a warm rebuild after editing one guide
 * and another after adding one training this year; the first search as a browser transfers it,
 * on the current bundle and with the whole archive merged; edit-to-page while previewing; and,
 * on the same content, the floors (reading, parsing) and the bare Eleventy + Pagefind CLI
 * baseline. --compare-chunks N also indexes the baseline of N items with Pagefind's index chunk
 * size at 5000 words. Prints a table and writes bench-results/report.json. Compare ratios taken in one run.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBaselineProject } from "../bench/baseline.ts";
import { firstQueryTransfer, type Transfer } from "../bench/first-query.ts";
import { clockOf, generateProject, type Mix } from "../bench/generate.ts";
import { ensureTime, measure, type Measure } from "../bench/measure.ts";
import { previewLatency } from "../bench/preview.ts";
import { addDays } from "../src/vi/dates.ts";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "1000,10000" },
    mix: { type: "string", default: "national" },
    "skip-preview": { type: "boolean", default: false },
    "compare-chunks": { type: "string", default: "" },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.items.split(",").map(Number).filter((n) => n > 0);
const mix: Mix = values.mix === "old" ? "old" : "national";
const now = clockOf(mix);
const repo = resolve(import.meta.dirname, "..");
const tsx = join(repo, "node_modules", ".bin", "tsx");
const node = process.execPath;
ensureTime();

type Stage = Pick<Measure, "wall" | "cpu" | "peakMb">;
interface BuildJson {
  /** Files kept from the published site instead of written again. */
  kept: number;
  /** Of those, kept without being rendered: their reads had not changed. */
  unrendered?: number;
  times: { check: number; pages: number; others: number; search: number; total: number };
  index: { indexed: string[]; reused: string[] };
}
interface SizeReport {
  items: number;
  mix: Mix;
  clock: string;
  stages: Record<string, Stage>;
  build: BuildJson["times"];
  warm: { guide: BuildJson; training: BuildJson };
  outputMb: number;
  /** MB of the current bundle and of all bundles. */
  indexMb: { current: number; all: number };
  baselineIndexMb: number;
  previewMs?: number[];
  /** KB by kind of file, and in all. */
  firstQuery: Record<"current" | "archive" | "baseline", Record<string, number>>;
  chunks?: { defaultWall: number; wall5000: number; defaultKb: Record<string, number>; kb5000: Record<string, number> };
  ratios: Record<string, number>;
}

const du = (dir: string, exclude?: string): number => {
  const { stdout } = measure("du", ["-sk", ...(exclude ? [`--exclude=${exclude}`] : []), dir]);
  return Number((Number(stdout.split("\t")[0]) / 1024).toFixed(1));
};
const strip = (m: Measure): Stage => ({ wall: m.wall, cpu: m.cpu, peakMb: Math.round(m.peakMb) });
const kb = (t: Transfer): Record<string, number> => ({ ...Object.fromEntries(Object.entries(t.parts).map(([k, v]) => [k, Math.round(v / 1024)])), all: Math.round(t.bytes / 1024) });
const lastJson = (stdout: string): BuildJson => JSON.parse(stdout.trim().split("\n").pop()!) as BuildJson;

/** Words on most pages of a productivity portal, so their index chunks are among the largest. */
const FIRST_QUERY = "năng suất chất lượng";

const reports: SizeReport[] = [];
for (const items of sizes) {
  const root = mkdtempSync(join(tmpdir(), `bench-${items}-`));
  console.error(`— ${items} items (${mix} mix, clock ${now}) in ${root}`);
  generateProject(repo, root, items, { mix });
  const read = measure(tsx, [join(repo, "bench/floors.ts"), "read", root]);
  const parse = measure(tsx, [join(repo, "bench/floors.ts"), "parse", root]);
  const check = measure(tsx, [join(repo, "scripts/check.ts"), "--root", root, "--now", now], { cwd: repo });
  const buildArgs = [join(repo, "scripts/build.ts"), "--root", root, "--out", join(root, "_site"), "--now", now, "--json"];
  rmSync(join(root, ".cache"), { recursive: true, force: true });
  console.error("  cold build");
  const build = measure(tsx, buildArgs, { cwd: repo });
  const cold = lastJson(build.stdout);
  // One guide edited: only the current partition is indexed again.
  appendFileSync(join(root, "content", "guidance", "huong-dan-1.md"), "\nMột câu mới được thêm vào hướng dẫn này.\n");
  console.error("  warm build, one guide edited");
  const warmGuide = measure(tsx, buildArgs, { cwd: repo });
  // One training added this year, still to come.
  const day = addDays(now, 16);
  writeFileSync(
    join(root, "content", "trainings", "lich-them.yaml"),
    `organizer: so-khcn-tuyen-quang\nsessions:\n  - id: khoa-them\n    title: Tập huấn bổ sung về năng suất xanh\n    kind: workshop\n    topics: [nang-suat-xanh]\n    province: tuyen-quang\n    start: ${day}T08:00:00+07:00\n    end: ${day}T16:30:00+07:00\n    format: in-person\n    venue: { name: "Hội trường Sở Khoa học và Công nghệ" }\n    audience: Doanh nghiệp nhỏ và vừa\n    status: scheduled\n    announced: ${now}\n    registration: { deadline: ${addDays(day, -5)}, email: nangsuat@example.gov.vn }\n`,
  );
  console.error("  warm build, one training added");
  const warmTraining = measure(tsx, buildArgs, { cwd: repo });
  const base = join(root, "baseline");
  writeBaselineProject(root, base);
  console.error("  baseline");
  const eleventy = measure(node, [join(repo, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet", "--input=input", "--output=out", "--config=eleventy.config.mjs"], { cwd: base });
  // Bare Pagefind as it comes (an undefined variable is left out of the child's environment).
  const pagefindCli = measure(join(repo, "node_modules/.bin/pagefind"), ["--site", "out", "--silent"], { cwd: base, env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: undefined } });
  let chunks: SizeReport["chunks"];
  if (values["compare-chunks"].split(",").map(Number).includes(items)) {
    console.error("  baseline, index chunks of 5000");
    const small = measure(join(repo, "node_modules/.bin/pagefind"), ["--site", "out", "--output-path", "out-5000/pagefind", "--silent"], { cwd: base, env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: "5000" } });
    chunks = {
      defaultWall: pagefindCli.wall,
      wall5000: small.wall,
      defaultKb: kb(await firstQueryTransfer(join(base, "out"), FIRST_QUERY)),
      kb5000: kb(await firstQueryTransfer(join(base, "out-5000"), FIRST_QUERY)),
    };
  }
  const site = join(root, "_site");
  const firstQuery = {
    current: kb(await firstQueryTransfer(site, FIRST_QUERY)),
    archive: kb(await firstQueryTransfer(site, FIRST_QUERY, "all")),
    baseline: kb(await firstQueryTransfer(join(base, "out"), FIRST_QUERY)),
  };
  const previewMs = values["skip-preview"] ? undefined : await previewLatency(repo, root, "content/guidance/huong-dan-1.md", "/huong-dan/huong-dan-1/", 8700 + reports.length, now);
  const baselineWall = eleventy.wall + pagefindCli.wall;
  const baselinePeak = Math.max(eleventy.peakMb, pagefindCli.peakMb);
  const report: SizeReport = {
    items,
    mix,
    clock: now,
    stages: {
      read: strip(read),
      parse: strip(parse),
      check: strip(check),
      build: strip(build),
      warmGuide: strip(warmGuide),
      warmTraining: strip(warmTraining),
      eleventy: strip(eleventy),
      pagefindCli: strip(pagefindCli),
    },
    build: cold.times,
    warm: { guide: lastJson(warmGuide.stdout), training: lastJson(warmTraining.stdout) },
    outputMb: du(site),
    indexMb: { current: du(join(site, "pagefind"), "[0-9][0-9][0-9][0-9]"), all: du(join(site, "pagefind")) },
    baselineIndexMb: du(join(base, "out", "pagefind")),
    previewMs,
    firstQuery,
    ...(chunks ? { chunks } : {}),
    ratios: {
      "cold build / (eleventy + pagefind cli)": build.wall / baselineWall,
      "warm build, one guide / cold build": warmGuide.wall / build.wall,
      "warm build, one training / cold build": warmTraining.wall / build.wall,
      "check / parse floor": check.wall / parse.wall,
      "build peak / baseline peak": build.peakMb / baselinePeak,
      "first search, current / bare pagefind": firstQuery.current.all! / firstQuery.baseline.all!,
      "first search, all years / bare pagefind": firstQuery.archive.all! / firstQuery.baseline.all!,
    },
  };
  reports.push(report);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

const f = (n: number, d = 2) => n.toFixed(d);
const rows: string[] = [];
rows.push(`| ${mix} mix, clock ${now} | ${reports.map((r) => `${r.items} items: wall s / cpu s / peak MB`).join(" | ")} |`);
rows.push(`|---|${reports.map(() => "---").join("|")}|`);
for (const stage of ["read", "parse", "check", "build", "warmGuide", "warmTraining", "eleventy", "pagefindCli"]) {
  rows.push(`| ${stage} | ${reports.map((r) => { const m = r.stages[stage]!; return `${f(m.wall)} / ${f(m.cpu)} / ${m.peakMb}`; }).join(" | ")} |`);
}
rows.push(`| cold build stages s: check, searchable pages, then side by side other pages and index | ${reports.map((r) => `${f(r.build.check / 1000)}, ${f(r.build.pages / 1000)}, ${f(r.build.others / 1000)} ∥ ${f(r.build.search / 1000)}`).join(" | ")} |`);
const stagesOf = (t: BuildJson["times"]) => `${f(t.check / 1000)}, ${f(t.pages / 1000)}, ${f(t.others / 1000)} ∥ ${f(t.search / 1000)}`;
rows.push(`| warm build stages s (guide; training) | ${reports.map((r) => `${stagesOf(r.warm.guide.times)}; ${stagesOf(r.warm.training.times)}`).join(" | ")} |`);
rows.push(`| warm builds: files kept from the published site (guide; training) | ${reports.map((r) => `${r.warm.guide.kept}; ${r.warm.training.kept}`).join(" | ")} |`);
rows.push(`| warm builds: of those, kept without rendering (guide; training) | ${reports.map((r) => `${r.warm.guide.unrendered ?? 0}; ${r.warm.training.unrendered ?? 0}`).join(" | ")} |`);
rows.push(`| warm builds: partitions indexed (guide; training) | ${reports.map((r) => `${r.warm.guide.index.indexed.join(" ")}; ${r.warm.training.index.indexed.join(" ")} (of ${r.warm.guide.index.indexed.length + r.warm.guide.index.reused.length})`).join(" | ")} |`);
rows.push(`| output MB (index current / all; bare Pagefind) | ${reports.map((r) => `${r.outputMb} (${r.indexMb.current} / ${r.indexMb.all}; ${r.baselineIndexMb})`).join(" | ")} |`);
const parts = (p: Record<string, number>) => `${p.all} (${Object.entries(p).filter(([k]) => k !== "all").map(([k, v]) => `${k} ${v}`).join(", ")})`;
rows.push(`| first search KB, current bundle | ${reports.map((r) => parts(r.firstQuery.current)).join(" | ")} |`);
rows.push(`| first search KB, all years merged | ${reports.map((r) => parts(r.firstQuery.archive)).join(" | ")} |`);
rows.push(`| first search KB, bare Pagefind | ${reports.map((r) => parts(r.firstQuery.baseline)).join(" | ")} |`);
if (reports.some((r) => r.chunks))
  rows.push(`| bare Pagefind, chunk size default → 5000: index s; first search KB | ${reports.map((r) => (r.chunks ? `${f(r.chunks.defaultWall)} → ${f(r.chunks.wall5000)}; ${parts(r.chunks.defaultKb)} → ${parts(r.chunks.kb5000)}` : "—")).join(" | ")} |`);
rows.push(`| preview edit → page ms | ${reports.map((r) => (r.previewMs ? r.previewMs.map((m) => Math.round(m)).join(", ") : "—")).join(" | ")} |`);
for (const key of Object.keys(reports[0]?.ratios ?? {})) rows.push(`| ratio: ${key} | ${reports.map((r) => f(r.ratios[key]!)).join(" | ")} |`);
console.log(rows.join("\n"));
mkdirSync(join(repo, "bench-results"), { recursive: true });
writeFileSync(join(repo, "bench-results", "report.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes: reports }, null, 2)}\n`);
