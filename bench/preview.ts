/** From a file write to the updated page being served by `npm start`. */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Milliseconds from each edit of `file` (a guide) to its page showing the new title. */
export async function previewLatency(repo: string, root: string, file: string, url: string, port: number, now = "2026-11-29", edits = 3): Promise<number[]> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repo, "scripts", "start.ts"), "--root", root, "--port", String(port), "--now", now], {
    cwd: repo,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const page = `http://127.0.0.1:${port}${url}`;
  try {
    const deadline = Date.now() + 600_000;
    while (!(await fetchText(page))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`preview did not start: ${stderr.slice(-1000)}`);
      await sleep(200);
    }
    await sleep(1500); // let the watcher settle after the first build
    const path = join(root, file);
    const original = readFileSync(path, "utf8");
    const results: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const marker = `Bản sửa số ${i} ${Date.now()}`;
      const started = performance.now();
      writeFileSync(path, original.replace(/^title: .*$/m, `title: "${marker}"`));
      for (;;) {
        if ((await fetchText(page))?.includes(marker)) break;
        if (performance.now() - started > 300_000) throw new Error("the edit never showed");
        await sleep(20);
      }
      results.push(performance.now() - started);
      await sleep(1000);
    }
    writeFileSync(path, original);
    return results;
  } finally {
    child.kill("SIGTERM");
  }
}
