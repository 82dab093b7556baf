/**
 * Publishing a rebuild's changes into the published folder: changed files replace theirs, files
 * the new site no longer has go with their emptied folders, the rest stay the very same files;
 * and a build killed while it moves them is finished by the next one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filesUnder, publishChanges, recoverInterrupted } from "../../src/build/publish.ts";

let parent: string;
let site: string;
let fresh: string;

const write = (dir: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
};
const contents = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "portal-publish-"));
  site = join(parent, "_site");
  fresh = join(parent, "_site.tmp-1-1");
  write(site, { "index.html": "trang chủ cũ", "huong-dan/5s/index.html": "5S", "huong-dan/lean/index.html": "Lean", "tin-tuc/index.html": "tin cũ", "pagefind/fragment/a.pf": "a" });
  // The rebuild: the home page and the news list changed, a guide is new, Lean was removed, and a
  // fragment of the index was replaced by another.
  write(fresh, { "index.html": "trang chủ mới", "tin-tuc/index.html": "tin mới", "huong-dan/kaizen/index.html": "Kaizen", "pagefind/fragment/b.pf": "b" });
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const KEPT = new Set(["huong-dan/5s/index.html"]);
const AFTER = { "huong-dan/5s/index.html": "5S", "huong-dan/kaizen/index.html": "Kaizen", "index.html": "trang chủ mới", "pagefind/fragment/b.pf": "b", "tin-tuc/index.html": "tin mới" };

describe("publishing a rebuild's changes", () => {
  it("moves the changed files in, removes what the new site lacks with its emptied folder, and leaves the kept files untouched", () => {
    const kept = statSync(join(site, "huong-dan/5s/index.html"));
    publishChanges(fresh, site, KEPT);
    expect(contents(site)).toEqual(AFTER);
    expect(existsSync(join(site, "huong-dan/lean"))).toBe(false);
    const after = statSync(join(site, "huong-dan/5s/index.html"));
    expect([after.ino, after.mtimeMs, after.ctimeMs]).toEqual([kept.ino, kept.mtimeMs, kept.ctimeMs]);
    // Nothing is left beside the site.
    expect(readdirSync(parent)).toEqual(["_site"]);
  });

  it("killed while moving, is finished by the next build before anything else", () => {
    // What publishChanges writes before it moves anything, then a move done and the rest not:
    // the state a SIGKILL can leave.
    writeFileSync(join(parent, "_site.apply-4242.json"), JSON.stringify({ fresh: "_site.tmp-1-1", remove: ["huong-dan/lean/index.html", "pagefind/fragment/a.pf"] }));
    renameSync(join(fresh, "index.html"), join(site, "index.html"));
    expect(contents(site)["index.html"]).toBe("trang chủ mới");
    expect(contents(site)["tin-tuc/index.html"]).toBe("tin cũ");
    recoverInterrupted(site);
    expect(contents(site)).toEqual(AFTER);
    expect(readdirSync(parent)).toEqual(["_site"]);
  });

  it("a journal not yet complete when the build was killed changes nothing, and is removed", () => {
    writeFileSync(join(parent, "_site.apply-4242.json.tmp"), '{"fresh":"_site.tm');
    const before = contents(site);
    recoverInterrupted(site);
    expect(contents(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["_site"]);
  });
});
