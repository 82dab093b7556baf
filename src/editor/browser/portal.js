/**
 * The portal's additions to Decap CMS on /quan-tri/, loaded after decap-cms.js:
 * - its file formats: YAML 1.2 core schema (dates stay as written: Decap's own YAML format turns
 *   them into UTC instants), data files that are a list at their root shown under one key,
 *   Markdown front matter; on save only changed values are written into the original text
 *   (merge.js), so comments, key order and the other sessions of a calendar survive, and keys
 *   left empty in the form are dropped rather than written empty;
 * - the site's stylesheet in the preview pane;
 * then it starts the editor (the page sets CMS_MANUAL_INIT so that the formats exist first).
 */
import { parse } from "yaml";
import { mergeMarkdown, mergeYaml, prune, splitMarkdown } from "./merge.js";

const CMS = window.CMS;
const LIST_KEY = "items";

// The configuration is read here and handed to the editor, so that a save knows the form's
// fields at every depth (Decap tells a format only the top-level order).
const config = parse(await (await fetch("config.yml", { cache: "no-cache" })).text());

/** The text of the entry being saved, as read: set just before Decap serialises it. */
let original = "";
/** The fields of the form being saved (of its file, in a collection of files). */
let fields = [];

CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    original = entry.get("raw") || "";
    const collection = config.collections.find((c) => c.name === entry.get("collection"));
    fields = (collection?.files ? collection.files.find((f) => f.name === entry.get("slug"))?.fields : collection?.fields) ?? [];
    return entry.get("data");
  },
});

/** Attachments are stored by file name (content/files/<name>); the file widget may add a slash. */
function fileNames(value) {
  if (Array.isArray(value)) return value.map(fileNames);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === "file" && typeof v === "string" ? v.replace(/^\/+(?:files\/)?/, "") : fileNames(v);
    return out;
  }
  return value;
}

/** What the form holds, as the file should say it. */
const clean = (data) => prune(fileNames(data)) ?? {};

/**
 * Keys in the order of the form's fields, at every depth: a new session or agency is written as
 * the schema lists its keys, not in the order they were typed. Keys already in the file keep
 * their place (merge.js), so this only orders what is new.
 */
function ordered(data, form) {
  if (Array.isArray(data)) return data.map((item) => ordered(item, form));
  if (!data || typeof data !== "object" || !form?.length) return data;
  const out = {};
  const sub = (f) => f.fields ?? f.field?.fields;
  for (const f of form) if (f.name in data) out[f.name] = ordered(data[f.name], sub(f));
  for (const k of Object.keys(data)) if (!(k in out)) out[k] = data[k];
  return out;
}

/** The fields of the form being saved, taken once like the text. */
function takeFields() {
  const form = fields;
  fields = [];
  return form;
}

/** Takes the text read for this save once: a later save of a new entry starts from nothing. */
function takeOriginal() {
  const text = original;
  original = "";
  return text;
}

CMS.registerCustomFormat("portal-yaml", "yaml", {
  fromFile: (text) => parse(text) ?? {},
  toFile: (data) => mergeYaml(takeOriginal(), ordered(clean(data), takeFields())),
});

CMS.registerCustomFormat("portal-yaml-list", "yaml", {
  fromFile: (text) => ({ [LIST_KEY]: parse(text) ?? [] }),
  toFile: (data) => mergeYaml(takeOriginal(), ordered(clean(data), takeFields())[LIST_KEY] ?? []),
});

CMS.registerCustomFormat("portal-frontmatter", "md", {
  fromFile: (text) => {
    const { yaml, body } = splitMarkdown(text);
    return { ...(parse(yaml) ?? {}), body };
  },
  toFile: (data) => {
    const { body, ...front } = data;
    return mergeMarkdown(takeOriginal(), { ...ordered(clean(front), takeFields()), body: typeof body === "string" ? body : "" });
  },
});

// The preview pane shows a page with the site's own stylesheet.
CMS.registerPreviewStyle("preview.css");

CMS.init({ config: { ...config, load_config_file: false } });
