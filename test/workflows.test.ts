import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { githubAnnotation, printDiagnostics } from "../src/cli/check.ts";
import { loadContent } from "../src/content/load.ts";
import { formatDiagnostic } from "../src/diagnostics.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKFLOWS = join(REPO_ROOT, ".github/workflows");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const workflow = (name: string): Workflow => parse(readFileSync(join(WORKFLOWS, name), "utf8")) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const commands = (w: Workflow): string[] =>
  steps(w)
    .flatMap((s) => (s.run ?? "").split("\n"))
    .map((l) => l.trim())
    .filter(Boolean);
const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("GitHub Actions workflows", () => {
  it("are valid YAML with a name, triggers and jobs", () => {
    expect(files.sort()).toEqual(["check.yml", "deploy.yml"]);
    for (const f of files) {
      const text = readFileSync(join(WORKFLOWS, f), "utf8");
      expect(() => parse(text, { uniqueKeys: true, strict: true, prettyErrors: true })).not.toThrow();
      const w = workflow(f);
      expect(w.name).toBeTruthy();
      expect(Object.keys(w.on).length).toBeGreaterThan(0);
      for (const job of Object.values(w.jobs)) expect(job.steps.length).toBeGreaterThan(0);
    }
  });

  it("run only npm scripts that package.json has", () => {
    for (const f of files) {
      for (const line of commands(workflow(f))) {
        for (const m of line.matchAll(/\bnpm (?:run(?:-script)?\s+([\w:-]+)|(test|start)\b)/g)) {
          const script = m[1] ?? m[2]!;
          expect(scripts, `${f}: ${line}`).toHaveProperty(script);
        }
      }
    }
  });

  it("check every pull request: the checker as annotations, then the tests even if it failed", () => {
    const w = workflow("check.yml");
    expect(w.on).toHaveProperty("pull_request");
    expect(w.permissions).toEqual({ contents: "read" });
    const run = commands(w);
    expect(run).toContain("npm ci");
    expect(run).toContain("npm run check -- --format github");
    expect(run).toContain("npm test");
    expect(run.indexOf("npm run check -- --format github")).toBeLessThan(run.indexOf("npm test"));
    // The browser tests need Debian's chromium.
    expect(run.some((l) => /apt-get install .*\bchromium\b/.test(l))).toBe(true);
    const test = steps(w).find((s) => s.run === "npm test")!;
    expect(test.if).toContain("!cancelled()");
  });

  it("deploy main to GitHub Pages, and rebuild every night at 00:05 in Vietnam", () => {
    const w = workflow("deploy.yml");
    expect(w.on.push).toEqual({ branches: ["main"] });
    expect(w.on).toHaveProperty("workflow_dispatch");
    const [schedule] = w.on.schedule as { cron: string }[];
    const [minute, hour] = schedule!.cron.split(" ").map(Number);
    // Cron runs in UTC; Vietnam is UTC+7 all year.
    expect(((hour! + 7) % 24) * 60 + minute!).toBe(5);
    expect(w.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(commands(w)).toEqual(expect.arrayContaining(["npm ci", "npm run build"]));
    const upload = steps(w).find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))!;
    expect(upload.with).toEqual({ path: "_site" });
    // The search index partitions and the content file cache are kept between runs, restored before the build.
    const cached = (s: Step) => String(s.with?.path ?? "").split("\n").map((p) => p.trim());
    const cache = steps(w).findIndex((s) => s.uses?.startsWith("actions/cache@") && cached(s).includes(".cache/search-index") && cached(s).includes(".cache/content"));
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(steps(w)[cache]!.with).toMatchObject({ "restore-keys": "search-index-" });
    expect(cache).toBeLessThan(steps(w).findIndex((s) => s.run === "npm run build"));
    expect(steps(w).some((s) => s.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
    expect(w.jobs.deploy).toMatchObject({ needs: "build", environment: { name: "github-pages" } });
  });
});

describe("annotations on the changed line", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  /** What GitHub reads from a workflow command: level, properties and message, unescaped. */
  function readCommand(line: string) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (!m) return undefined;
    const unescape = (s: string) => s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
    const props = Object.fromEntries(m[2]!.split(",").map((kv) => kv.split("=") as [string, string]).map(([k, v]) => [k, unescape(v)]));
    return { level: m[1], props, message: unescape(m[3]!) };
  }

  it("points at the line an editor broke, with the Vietnamese message", () => {
    const root = mkdtempSync(join(tmpdir(), "nscl-annot-"));
    roots.push(root);
    cpSync(join(REPO_ROOT, "content"), join(root, "content"), { recursive: true });
    cpSync(join(REPO_ROOT, "data"), join(root, "data"), { recursive: true });
    const file = "content/trainings/2027-tuyen-quang.yaml";
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    const changed = lines.findIndex((l) => l.trim() === "kind: workshop");
    lines[changed] = lines[changed]!.replace("workshop", "hoi-thao");
    writeFileSync(join(root, file), lines.join("\n"));

    const { diagnostics } = loadContent({ root, now: Date.parse("2026-11-29T09:00:00+07:00") });
    let out = "";
    printDiagnostics(diagnostics, { lang: "vi", format: "github" }, { write: (s: string) => (out += s) });
    const commandsOut = out.trimEnd().split("\n").map(readCommand).filter((c) => c !== undefined);
    expect(commandsOut).toEqual([
      {
        level: "error",
        props: { file, line: String(changed + 1), col: String(lines[changed]!.indexOf("hoi-thao") + 1), title: "schema/enum" },
        message: formatDiagnostic(diagnostics[0]!, "vi"),
      },
    ]);
    expect(commandsOut[0]!.message).toContain("chọn một trong: expert, lecturer, manager, awareness, workshop");
  });

  it("round-trips any file name and message through GitHub's escaping", () => {
    const d = { file: "content/pages/a,b:c%.md", line: 3, column: 7, path: ["title"], code: "schema/too-small" as const, severity: "warning" as const, params: { origin: "string" } };
    const line = githubAnnotation(d, "vi");
    expect(line).not.toMatch(/\n|\r/);
    expect(readCommand(line)).toEqual({ level: "warning", props: { file: d.file, line: "3", col: "7", title: d.code }, message: formatDiagnostic(d, "vi") });
  });
});
