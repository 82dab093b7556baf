/**
 * npm run schemas
 * Writes the editors' JSON Schemas (schemas/*.schema.json) and the Front Matter CMS
 * configuration (frontmatter.json) from the zod schemas. Run it after changing a schema and
 * commit the result: a test fails while the committed files differ from the generated ones.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { FRONT_MATTER_CONFIG, frontMatterConfigText } from "../src/editor/front-matter-cms.ts";
import { jsonSchemas, SCHEMA_DIR, schemaPath, schemaText } from "../src/schema/json-schema.ts";

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const file of jsonSchemas()) {
  writeFileSync(schemaPath(file.name), schemaText(file));
  process.stdout.write(`${schemaPath(file.name)}\n`);
}
writeFileSync(FRONT_MATTER_CONFIG, frontMatterConfigText());
process.stdout.write(`${FRONT_MATTER_CONFIG}\n`);
