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

/** The text of the entry being saved, as read: set just before Decap serialises it. */
let original = "";

CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    original = entry.get("raw") || "";
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

/** Keys in the order of the form's fields (Decap passes it), for a file written afresh. */
function ordered(data, order) {
  if (!Array.isArray(order) || !order.length) return data;
  const out = {};
  for (const k of order) if (k in data) out[k] = data[k];
  for (const k of Object.keys(data)) if (!(k in out)) out[k] = data[k];
  return out;
}

/** Takes the text read for this save once: a later save of a new entry starts from nothing. */
function takeOriginal() {
  const text = original;
  original = "";
  return text;
}

CMS.registerCustomFormat("portal-yaml", "yaml", {
  fromFile: (text) => parse(text) ?? {},
  toFile: (data, order) => mergeYaml(takeOriginal(), ordered(clean(data), order)),
});

CMS.registerCustomFormat("portal-yaml-list", "yaml", {
  fromFile: (text) => ({ [LIST_KEY]: parse(text) ?? [] }),
  toFile: (data) => mergeYaml(takeOriginal(), clean(data)[LIST_KEY] ?? []),
});

CMS.registerCustomFormat("portal-frontmatter", "md", {
  fromFile: (text) => {
    const { yaml, body } = splitMarkdown(text);
    return { ...(parse(yaml) ?? {}), body };
  },
  toFile: (data, order) => {
    const { body, ...front } = data;
    return mergeMarkdown(takeOriginal(), { ...ordered(clean(front), order), body: typeof body === "string" ? body : "" });
  },
});

// The preview pane shows a page with the site's own stylesheet.
CMS.registerPreviewStyle("preview.css");

CMS.init();
