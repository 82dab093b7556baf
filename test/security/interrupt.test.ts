/**
 * A build killed mid-way (SIGKILL: no handler runs, no finally) leaves the published site byte for
 * byte as it was, and the next build cleans up after it and publishes normally. The killed build
 * is the real command line on a generated project large enough to be caught while it writes.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateProject } from "../../bench/generate.ts";
import { build, copyProject, REPO } from "../helpers/site.ts";
import { siteFiles } from "./scan.ts";

/** Paths and bytes of every file in a folder. */
function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const f of siteFiles(dir)) hash.update(f).update("\0").update(readFileSync(join(dir, f)));
  return hash.digest("hex");
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("_site."));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `npm run build`'s script on `root`, publishing to `outDir`, and kills it (and the Pagefind
 * process it starts) with SIGKILL once `ready(files in the fresh folder)` says so.
 */
async function killMidway(root: string, outDir: string, ready: (fresh: string) => boolean): Promise<{ killedWhile: string; signal: NodeJS.Signals | null }> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.BUILD_DATE;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--root", root, "--out", outDir, "--now", "2026-11-29"], { cwd: REPO, env, detached: true, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  let done = false;
  void exited.then(() => (done = true));
  const parent = join(outDir, "..");
  const started = Date.now();
  let killedWhile = "";
  while (!done && Date.now() - started < 240_000) {
    const fresh = readdirSync(parent).find((n) => n.startsWith("_site.tmp-"));
    if (fresh && ready(join(parent, fresh))) {
      killedWhile = `${fresh}: ${siteFiles(join(parent, fresh)).length} files written`;
      // The whole process group: the build and the Pagefind service it started.
      process.kill(-child.pid!, "SIGKILL");
      break;
    }
    await sleep(10);
  }
  const signal = await exited;
  return { killedWhile, signal };
}

describe("a build killed mid-way", () => {
  let work: string;
  let site: string;
  let outDir: string;
  let big: string;
  let before: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "nscl-interrupt-"));
    // The published site: the bundled content, built once.
    site = copyProject();
    const first = await build(site);
    expect(first.result.ok).toBe(true);
    outDir = first.outDir;
    before = digest(outDir);
    // A larger project whose build takes long enough to be interrupted while it writes.
    big = join(work, "big");
    generateProject(REPO, big, 400, { mix: "old", words: 300 });
  }, 300_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  });

  it("while it writes pages: the published site is untouched, byte for byte", async () => {
    const { killedWhile, signal } = await killMidway(big, outDir, (fresh) => siteFiles(fresh).length >= 20);
    expect(signal, "the build was killed, not finished").toBe("SIGKILL");
    expect(killedWhile).toMatch(/^_site\.tmp-/);
    expect(digest(outDir)).toBe(before);
    // What it left: its unfinished folder, and no other.
    expect(leftovers(site).every((n) => n.startsWith("_site.tmp-"))).toBe(true);
  }, 300_000);

  it("while it writes the search index: the published site is untouched", async () => {
    const { signal } = await killMidway(big, outDir, (fresh) => existsSync(join(fresh, "pagefind")));
    expect(signal).toBe("SIGKILL");
    expect(digest(outDir)).toBe(before);
  }, 300_000);

  it("the next build removes what the killed ones left, and publishes the same site", async () => {
    expect(leftovers(site).length).toBeGreaterThan(0);
    const next = await build(site);
    expect(next.result.ok).toBe(true);
    expect(leftovers(site)).toEqual([]);
    expect(digest(outDir)).toBe(before);
  }, 300_000);

  it("killed between its two renames (no _site, the old one aside): the next build puts it back first", async () => {
    // publish() renames _site to _site.old-<pid>, then the fresh folder to _site: a kill between
    // the two leaves no _site at all. The next build starts by recovering it.
    const aside = join(site, "_site.old-99999");
    renameSync(outDir, aside);
    expect(existsSync(outDir)).toBe(false);
    const failed = await build(site, { routes: () => { throw new Error("stop after recovery"); } });
    expect(failed.result.ok).toBe(false);
    expect(existsSync(aside)).toBe(false);
    expect(digest(outDir)).toBe(before);
    expect(leftovers(site)).toEqual([]);
  }, 300_000);

  it("leaves nothing outside the output folder's parent", () => {
    // The killed builds wrote only into <parent>/_site.tmp-*, which the next build removed.
    // Beside them only the build's cache (the content as read, the search index, what the pages
    // were made from), which lives outside the site by design.
    expect(readdirSync(site).sort()).toEqual([".cache", "_site", "content", "data"]);
    expect(readdirSync(join(site, ".cache")).sort()).toEqual(["content", "pages.json", "search-index"]);
    expect(relative(site, outDir)).toBe("_site");
  });
});
