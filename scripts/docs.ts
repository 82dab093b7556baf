/**
 * npm run docs
 * Writes the editors' reference (docs/bien-tap/tham-chieu.md) from the schemas and the
 * checker's messages. Run it after changing a schema or a message and commit the result: a
 * test fails while the committed file differs from the generated one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { REFERENCE_FILE, referenceMarkdown } from "../src/docs/reference.ts";

mkdirSync(dirname(REFERENCE_FILE), { recursive: true });
writeFileSync(REFERENCE_FILE, referenceMarkdown());
process.stdout.write(`${REFERENCE_FILE}\n`);
