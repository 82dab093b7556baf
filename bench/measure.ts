/** Runs a command under GNU time and reads back its wall time, CPU time and peak memory. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measure {
  /** Seconds. */
  wall: number;
  /** User + system CPU seconds, children included. */
  cpu: number;
  /** Peak resident memory of the largest process, in MB. */
  peakMb: number;
  stdout: string;
}

const TIME = "/usr/bin/time";

export function ensureTime(): void {
  if (!existsSync(TIME)) throw new Error("the benchmark needs GNU time: apt-get install time");
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measure {
  const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const out = join(dir, "time.txt");
  const run = spawnSync(TIME, ["-f", "%e %U %S %M", "-o", out, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const [wall, user, sys, kb] = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { wall: wall!, cpu: user! + sys!, peakMb: kb! / 1024, stdout: run.stdout };
}
