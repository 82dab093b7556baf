/**
 * Fixture projects for tests: copy a fixture site into a fresh temporary directory, edit it,
 * and run the real loader over it with a fixed clock.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { loadContent, type LoadResult } from "../../src/content/load.ts";
import { formatPath, type Diagnostic } from "../../src/diagnostics.ts";

/** The repository root (for the bundled content and the CLI). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = join(REPO_ROOT, "test/fixtures");

/** 2026-11-29 at 09:00 in Vietnam: the clock every test runs with. */
export const NOW = Date.parse("2026-11-29T09:00:00+07:00");
export const TODAY = "2026-11-29";

/** A file's new content (text is written as UTF-8), or null to delete it. */
export type Edits = Record<string, string | Uint8Array | null>;

export interface Project {
  root: string;
  /** Path of a file inside the project. */
  path(rel: string): string;
  /** Runs the loader over the project as it is now. */
  load(options?: { now?: number; drafts?: boolean }): LoadResult;
}

const created: string[] = [];
process.on("exit", () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** Copies a fixture to a new temporary directory and applies the edits. */
export function makeProject(edits: Edits = {}, fixture = "minimal"): Project {
  const root = mkdtempSync(join(tmpdir(), "nscl-test-"));
  created.push(root);
  try {
    // Removed when the current test ends; outside a test, when the process exits.
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  } catch {
    /* not inside a test */
  }
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  applyEdits(root, edits);
  return {
    root,
    path: (rel) => join(root, rel),
    load: (options = {}) => loadContent({ root, now: options.now ?? NOW, drafts: options.drafts }),
  };
}

export function applyEdits(root: string, edits: Edits): void {
  for (const [rel, content] of Object.entries(edits)) {
    const abs = join(root, rel);
    if (content === null) {
      rmSync(abs, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** Copies the fixture, applies the edits, loads it and returns the result. */
export function withProject(edits: Edits = {}, options: { fixture?: string; now?: number } = {}): LoadResult & { root: string } {
  const project = makeProject(edits, options.fixture);
  return { root: project.root, ...project.load({ now: options.now }) };
}

/** A diagnostic as tests compare it: plain fields, the path in editor notation. */
export interface Found {
  file: string;
  line: number;
  column: number;
  path: string;
  code: string;
  severity: Diagnostic["severity"];
}

export const summarise = (d: Diagnostic): Found => ({
  file: d.file,
  line: d.line,
  column: d.column,
  path: formatPath(d.path),
  code: d.code,
  severity: d.severity,
});

/** "file:line:col code path" lines, for readable failure output. */
export const brief = (list: readonly Diagnostic[]): string[] => list.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${formatPath(d.path)}`);
