/**
 * npm run schemas
 * Writes the editors' JSON Schemas (schemas/*.schema.json) and the Front Matter CMS
 * configuration (frontmatter.json) and the browser editor's (schemas/decap-cms.yml) from the zod schemas. Run it after changing a schema and
 * commit the result: a test fails while the committed files differ from the generated ones.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { DECAP_CONFIG, decapConfigText } from "../src/editor/decap-config.ts";
import { FRONT_MATTER_CONFIG, frontMatterConfigText } from "../src/editor/front-matter-cms.ts";
import { jsonSchemas, SCHEMA_DIR, schemaPath, schemaText } from "../src/schema/json-schema.ts";

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const file of jsonSchemas()) {
  writeFileSync(schemaPath(file.name), schemaText(file));
  process.stdout.write(`${schemaPath(file.name)}\n`);
}
writeFileSync(FRONT_MATTER_CONFIG, frontMatterConfigText());
process.stdout.write(`${FRONT_MATTER_CONFIG}\n`);
writeFileSync(DECAP_CONFIG, decapConfigText());
process.stdout.write(`${DECAP_CONFIG}\n`);
