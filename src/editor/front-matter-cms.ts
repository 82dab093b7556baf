/**
 * `frontmatter.json` for the Front Matter CMS extension (eliostruyf.vscode-front-matter),
 * generated from the JSON Schemas. YAML language servers do not look inside Markdown, so this
 * is what gives editors of content/plans, guidance, news and pages a form with Vietnamese
 * labels and help, drop-down lists for allowed values, and (from version 10.10) inline errors
 * for missing keys, wrong types and values outside a list.
 *
 * Lists of mappings (targets, tasks, attachments) are left to the text: the extension's own
 * "block" field writes an extra `fieldGroup` key into every item, which the checker refuses.
 */
import { markdownKinds } from "../kinds/index.ts";
import { jsonSchemas, type JsonSchema } from "../schema/json-schema.ts";

export interface FmField {
  name: string;
  type: string;
  title: string;
  description?: string;
  required?: true;
  hidden?: true;
  single?: true;
  choices?: unknown[];
  multiple?: true;
  numberOptions?: { min?: number; max?: number; isDecimal: boolean };
  fields?: FmField[];
}

const asSchema = (v: unknown): JsonSchema => (v && typeof v === "object" ? (v as JsonSchema) : {});

function field(name: string, prop: JsonSchema, required: boolean): FmField {
  const base: FmField = { name, type: "string", title: typeof prop.title === "string" ? prop.title : name };
  if (typeof prop.description === "string") base.description = prop.description;
  if (required) base.required = true;
  const items = asSchema(prop.items);
  if (Array.isArray(prop.enum)) return { ...base, type: "choice", choices: prop.enum };
  switch (prop.type) {
    case "boolean":
      // The extension knows `draft` and shows the status in its dashboard.
      return { ...base, type: name === "draft" ? "draft" : "boolean" };
    case "integer":
    case "number": {
      const numberOptions: FmField["numberOptions"] = { isDecimal: prop.type === "number" };
      if (typeof prop.minimum === "number") numberOptions.min = prop.minimum;
      if (typeof prop.maximum === "number") numberOptions.max = prop.maximum;
      return { ...base, type: "number", numberOptions };
    }
    case "array":
      if (Array.isArray(items.enum)) return { ...base, type: "choice", choices: items.enum, multiple: true };
      if (items.type === "object") return { ...base, type: "json", hidden: true };
      return { ...base, type: "list" };
    case "object":
      return { ...base, type: "fields", fields: fields(prop) };
    default:
      // Short text on one line; summaries, objectives and other prose get a text box.
      return typeof prop.maxLength === "number" && prop.maxLength > 300 ? base : { ...base, single: true };
  }
}

function fields(schema: JsonSchema): FmField[] {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(asSchema(schema.properties)).map(([name, prop]) => field(name, asSchema(prop), required.has(name)));
}

/** The whole `frontmatter.json`. */
export function frontMatterConfig(): JsonSchema {
  const schemas = jsonSchemas().filter((s) => s.frontMatter);
  return {
    $schema: "https://frontmatter.codes/frontmatter.schema.json",
    "frontMatter.framework.startCommand": "npm start",
    // Only the keys the schema knows; no date stamps or slugs the checker would refuse.
    "frontMatter.panel.freeform": false,
    "frontMatter.content.autoUpdateDate": false,
    "frontMatter.validation.enabled": true,
    "frontMatter.content.pageFolders": markdownKinds.map((kind) => ({
      title: kind.reference.heading,
      path: `[[workspace]]/${kind.source.dir}`,
      contentTypes: [kind.reference.schemaName],
      // New files come from `npm run new`, which fills in the context and refuses overwrites.
      disableCreation: true,
    })),
    "frontMatter.taxonomy.contentTypes": markdownKinds.map((kind) => ({
      name: kind.reference.schemaName,
      pageBundle: false,
      previewPath: null,
      fields: fields(schemas.find((s) => s.name === kind.reference.schemaName)!.schema),
    })),
  };
}

export const FRONT_MATTER_CONFIG = "frontmatter.json";
export const frontMatterConfigText = (): string => `${JSON.stringify(frontMatterConfig(), null, 2)}\n`;
