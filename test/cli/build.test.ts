/** npm run build as an editor or a CI log sees it: one Vietnamese summary, a progress line only on a terminal. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { BuildProgress } from "../../src/build/build.ts";
import { progressLine } from "../../src/build/progress-line.ts";
import { copyProject, REPO } from "../helpers/site.ts";

const run = promisify(execFile);

describe("npm run build", () => {
  it("prints one Vietnamese summary and none of Eleventy's own lines", async () => {
    const root = copyProject();
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", join(REPO, "scripts/build.ts"), "--root", root, "--out", join(root, "_site"), "--now", "2026-11-29"], { cwd: REPO });
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(/Wrote|\[11ty\]|\r/);
    expect(stdout.split("\n")).toHaveLength(2);
    expect(stdout).toMatch(/^Đã dựng \d+ trang vào .+ trong \d+,\d\d s \(kiểm tra \d+,\d\d s, .+\)\.\n$/);
  }, 240_000);
});

describe("the progress line of a long build", () => {
  const steps: BuildProgress[] = [
    { written: 1, total: 3, indexing: false },
    { written: 2, total: 3, indexing: false },
    { written: 2, total: 3, indexing: true },
    { written: 3, total: 3, indexing: true },
    { written: 3, total: 3, indexing: false },
  ];

  it("on a terminal, rewrites one line with the pages written of all and the index stage, then clears it", () => {
    const writes: string[] = [];
    let clock = 0;
    const line = progressLine({ isTTY: true, write: (s: string) => writes.push(s) }, "vi", { after: 0, every: 0, now: () => clock++ });
    for (const p of steps) line.update(p);
    line.done();
    expect(writes.every((w) => w.startsWith("\r\x1b[2K"))).toBe(true);
    expect(writes.map((w) => w.slice(5))).toEqual([
      "Đang dựng: 1/3 trang",
      "Đang dựng: 2/3 trang",
      "Đang dựng: 2/3 trang · đang lập chỉ mục tìm kiếm",
      "Đang dựng: 3/3 trang · đang lập chỉ mục tìm kiếm",
      "Đang dựng: 3/3 trang",
      "",
    ]);
  });

  it("prints nothing when the output is not a terminal, or before the build has taken `after`", () => {
    const writes: string[] = [];
    const piped = progressLine({ isTTY: false, write: (s: string) => writes.push(s) }, "vi", { after: 0, every: 0 });
    for (const p of steps) piped.update(p);
    piped.done();
    const short = progressLine({ isTTY: true, write: (s: string) => writes.push(s) }, "vi", { after: 1000, now: () => 0 });
    for (const p of steps) short.update(p);
    short.done();
    expect(writes).toEqual([]);
  });
});
