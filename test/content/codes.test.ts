/**
 * Rule codes are typed: a diagnostic's code is a key of the message table, so a misspelt code
 * is refused by the type check (`npm run typecheck`), not found later as a message that reads
 * "problem …". The lines marked @ts-expect-error fail the type check if the code were accepted.
 */
import { expect, it } from "vitest";
import { messageOf, type Diagnostic } from "../../src/diagnostics.ts";
import { messageFor, type Code } from "../../src/messages.ts";

it("accepts a code of the message table and refuses a misspelt one at the type check", () => {
  const good: Code = "url/collision";
  // @ts-expect-error: "url/colision" is not a rule code.
  const misspelt: Code = "url/colision";
  const d: Diagnostic = { file: "content/pages/a.md", line: 1, column: 1, path: [], code: good, severity: "error", params: { url: "/a/", other: "b" } };
  // @ts-expect-error: a diagnostic's code must be a rule code, not any text.
  const bad: Diagnostic = { ...d, code: "training/end-befor-start" };
  expect(messageOf(d, "en")).toContain("/a/");
  // At run time a code from outside the table (an old JSON report) still reads as a problem.
  expect(messageFor(misspelt)).toBeUndefined();
  expect(messageOf(bad, "en")).toBe("problem training/end-befor-start");
});
