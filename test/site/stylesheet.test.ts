/**
 * The stylesheet parses as CSS without the browser's error recovery: an unclosed block (a
 * merge that drops one "}") makes every rule after it part of that block, e.g. print-only,
 * while the browser shows no error at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/site.ts";

const SHEET = join(REPO, "layouts", "assets", "site.css");

describe("the site's stylesheet", () => {
  it("parses with every block closed", () => {
    expect(() => postcss.parse(readFileSync(SHEET, "utf8"), { from: SHEET })).not.toThrow();
  });

  it("an unclosed block is caught (the check itself works)", () => {
    const broken = readFileSync(SHEET, "utf8").replace(/@media print \{/, "@media print { .x {");
    expect(() => postcss.parse(broken, { from: SHEET })).toThrow(/Unclosed block/);
  });

  it("keeps print rules in print blocks: screen styles of the pages come before and after them at the top level", () => {
    const root = postcss.parse(readFileSync(SHEET, "utf8"), { from: SHEET });
    const topLevelRules = root.nodes.filter((n) => n.type === "rule").length;
    const printRules = root.nodes.filter((n) => n.type === "atrule" && n.name === "media" && /\bprint\b/.test(n.params)).flatMap((n) => (n as postcss.AtRule).nodes ?? []).length;
    // Most of the sheet is for the screen; a print block that swallowed the rest would turn this around.
    expect(topLevelRules).toBeGreaterThan(printRules * 3);
  });
});
