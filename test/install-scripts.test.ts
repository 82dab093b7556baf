/**
 * npm 11 skips the install scripts of dependencies not listed in package.json's allowScripts and
 * ends `npm ci` with a warning naming them: every such package must be decided on (allowed or denied).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO } from "./helpers/site.ts";

it("every locked package with an install script is allowed or denied in package.json, so npm ci prints no warning about it", () => {
  const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };
  const lock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
  const decided = Object.keys(pkg.allowScripts ?? {});
  const covers = (name: string, version: string) => decided.some((entry) => entry === name || entry === `${name}@${version}`);
  const undecided = Object.entries(lock.packages)
    .filter(([path, p]) => path !== "" && p.hasInstallScript)
    .map(([path, p]) => ({ name: path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length), version: p.version ?? "" }))
    .filter((p) => !covers(p.name, p.version))
    .map((p) => `${p.name}@${p.version}`);
  expect(undecided).toEqual([]);
});
