/**
 * A JSON Schema validator configured like an editor's YAML language server would read our
 * schemas: draft-07, formats checked, and our documentation keywords known (strict mode, so
 * any other unknown keyword in a generated schema is a failure).
 */
import AjvModule, { type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";
import type { JsonSchema } from "../../src/schema/json-schema.ts";

// Both packages are CommonJS: under NodeNext the class and the plugin are their `default`.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

export function compileSchema(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  // Documentation carried from zod's metadata: meaningful to people, not to validation.
  ajv.addKeyword({ keyword: "labelEn", schemaType: "string" });
  ajv.addKeyword({ keyword: "ref", schemaType: "string" });
  return ajv.compile(schema);
}
