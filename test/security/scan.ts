/**
 * Reads every file of a built site the way its readers' programs do, and lists whatever in it
 * could run: script elements that are not the site's own, event-handler attributes,
 * javascript:, vbscript: and data: addresses, iframe, object, embed, style, base and
 * <meta http-equiv> elements (but the site's CSP and a redirect to one of its own paths), external links without rel="noopener noreferrer", and any tag at
 * all in the formats that carry only text (calendars, CSV, JSON, the search index).
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { load } from "cheerio";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { CONTENT_SECURITY_POLICY } from "../../src/site/security.ts";

export interface Site {
  /** e.g. https://nangsuat.example.gov.vn */
  baseUrl: string;
  /** e.g. "/" or "/nang-suat/" */
  pathPrefix: string;
}

/** Every file under `dir`, relative, with forward slashes; symbolic links are a problem of their own. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      const stat = lstatSync(abs);
      if (stat.isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background", "cite", "ping", "manifest", "codebase", "longdesc", "usemap"]);
const FORBIDDEN_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "portal", "noembed"]);
/** A scheme that runs or carries a document, once control characters and white space are gone (as browsers drop them). */
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
const unsafeUrl = (value: string): boolean => UNSAFE_URL.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ""));
/** A tag, a closing tag, a comment or a processing instruction: what makes text markup. */
const TAG_START = /<[A-Za-z/!?]/;

/** What could run in one HTML document; `where` names it in the messages. */
export function htmlProblems(html: string, where: string, site: Site, fragment = false): string[] {
  const problems: string[] = [];
  const $ = load(html, undefined, !fragment);
  const host = new URL(site.baseUrl).host;
  let scripts = 0;
  let metas = 0;
  $("*").each((_, node) => {
    const el = node as unknown as { tagName: string; attribs: Record<string, string> };
    const tag = el.tagName.toLowerCase();
    const attrs = el.attribs ?? {};
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`${where}: <${tag}>`);
    if (tag === "script") {
      scripts++;
      const src = attrs.src;
      if (src !== undefined) {
        if (fragment || !src.startsWith(`${site.pathPrefix}assets/`)) problems.push(`${where}: <script src="${src}"> is not one of the site's scripts`);
      } else if (attrs.type === "application/ld+json" && !fragment) {
        const text = $(node).text();
        if (/<\/script|<!--/i.test(text)) problems.push(`${where}: JSON-LD holds "</script" or "<!--"`);
        try {
          JSON.parse(text);
        } catch {
          problems.push(`${where}: JSON-LD does not parse`);
        }
      } else problems.push(`${where}: inline <script>`);
    }
    if (tag === "meta" && attrs["http-equiv"] !== undefined) {
      metas++;
      const csp = attrs["http-equiv"].toLowerCase() === "content-security-policy" && attrs.content === CONTENT_SECURITY_POLICY;
      // A moved page (a former province, an old URL) sends the reader on to a path of this
      // site, and nowhere else: no scheme, no host, only the site's own lower-case segments.
      const siteRedirect = attrs["http-equiv"].toLowerCase() === "refresh" && /^0; url=\/[a-z0-9\/-]*$/.test(attrs.content ?? "");
      if (fragment || !(csp || siteRedirect))
        problems.push(`${where}: <meta http-equiv="${attrs["http-equiv"]}">`);
    }
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on/i.test(name)) problems.push(`${where}: <${tag} ${name}=…>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && unsafeUrl(value)) problems.push(`${where}: <${tag} ${name}="${value.slice(0, 40)}">`);
    }
    if (tag === "a" && /^https?:\/\//i.test(attrs.href ?? "")) {
      const external = new URL(attrs.href!).host !== host;
      const rel = (attrs.rel ?? "").split(/\s+/);
      if (external && !(rel.includes("noopener") && rel.includes("noreferrer"))) problems.push(`${where}: external link ${attrs.href} without rel="noopener noreferrer"`);
    }
  });
  // What the parser saw is what the bytes say: no second, hidden way to read the document.
  const raw = (pattern: RegExp) => (html.match(pattern) ?? []).length;
  if (raw(/<script\b/gi) !== scripts) problems.push(`${where}: ${raw(/<script\b/gi)} "<script" in the bytes, ${scripts} script elements`);
  if (raw(/<meta\s+http-equiv\b/gi) !== metas) problems.push(`${where}: "<meta http-equiv" in the bytes that is no element`);
  for (const tag of FORBIDDEN_ELEMENTS) if (new RegExp(`<${tag}\\b`, "i").test(html)) problems.push(`${where}: "<${tag}" in the bytes`);
  return problems;
}

/** Text formats: no tag at all, and no unsafe address as a whole value. */
function textProblems(text: string, where: string): string[] {
  const problems: string[] = [];
  const m = TAG_START.exec(text);
  if (m) problems.push(`${where}: markup "${text.slice(m.index, m.index + 30)}"`);
  return problems;
}

/** Keys whose values are addresses (url, ics, registration_url, onlineUrl, $schema, @id, href). */
const URL_KEY = /(?:^|_)(?:url|href|ics|link)$|Url$|^\$schema$|^@id$/;

/** The string values of a JSON document under address keys (a title "javascript:…" is only text). */
function jsonUrls(value: unknown, key = "", out: string[] = []): string[] {
  if (typeof value === "string") {
    if (URL_KEY.test(key)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) jsonUrls(v, key, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) jsonUrls(v, k, out);
  return out;
}

function jsonProblems(text: string, where: string): string[] {
  const problems = textProblems(text, where);
  for (const v of jsonUrls(JSON.parse(text))) if (unsafeUrl(v)) problems.push(`${where}: value "${v.slice(0, 40)}"`);
  return problems;
}

/**
 * Atom and sitemaps: no element from content in the bytes; every address is a web address; and
 * every text Atom marks type="html" (titles and summaries, which feed readers render) is safe
 * HTML. Text of type="text" (the default) is shown as text: escaped in the bytes is enough.
 */
function xmlProblems(text: string, where: string, site: Site): string[] {
  const problems: string[] = [];
  for (const tag of [...FORBIDDEN_ELEMENTS, "script", "meta", "img", "svg", "form", "a", "div", "p", "span"]) if (new RegExp(`<${tag}\\b`, "i").test(text)) problems.push(`${where}: <${tag}> element`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata", processEntities: true, htmlEntities: false }).parse(text) as unknown;
  const textOf = (node: Record<string, unknown>): string => [node["#text"], node["#cdata"]].flat().filter((v) => typeof v === "string").join("");
  const visit = (node: unknown, key: string) => {
    if (typeof node === "string") {
      if ((key === "@href" || key === "loc") && !/^https?:\/\//.test(node)) problems.push(`${where}: ${key} "${node}"`);
    } else if (Array.isArray(node)) for (const n of node) visit(n, key);
    else if (node && typeof node === "object") {
      const element = node as Record<string, unknown>;
      if (element["@type"] === "html" || element["@type"] === "xhtml") problems.push(...htmlProblems(textOf(element), `${where} ${key}`, site, true));
      for (const [k, v] of Object.entries(element)) if (k !== "#text" && k !== "#cdata") visit(v, k);
    }
  };
  visit(doc, "");
  return problems;
}

/** iCalendar: unfolded, no tag anywhere; URL and ORGANIZER values are web and mail addresses. */
function icsProblems(text: string, where: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const problems = textProblems(unfolded, where);
  for (const line of unfolded.split("\r\n")) {
    const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "URL" && !/^https?:\/\//.test(m[2]!)) problems.push(`${where}: URL ${m[2]}`);
    if (m[1] === "ORGANIZER" && !/^mailto:/.test(m[2]!)) problems.push(`${where}: ORGANIZER ${m[2]}`);
    if (m[1] === "ATTACH" || m[1] === "X-ALT-DESC") problems.push(`${where}: ${m[1]}`);
  }
  return problems;
}

/** CSV: no tag anywhere; the address columns hold web and mail addresses. */
function csvProblems(text: string, where: string): string[] {
  const problems = textProblems(text, where);
  const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
  for (const row of rows) for (const [column, value] of Object.entries(row)) if (URL_KEY.test(column) && unsafeUrl(value)) problems.push(`${where}: ${column} "${value.slice(0, 40)}"`);
  return problems;
}

/** A Pagefind fragment: gzip of a signature and the JSON of one page (url, content, meta, anchors). */
function pagefindProblems(bytes: Buffer, where: string): string[] {
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch {
    return [];
  }
  const json = text.slice(text.indexOf("{"));
  return [...textProblems(json, where), ...jsonUrls(JSON.parse(json)).filter(unsafeUrl).map((v) => `${where}: value "${v.slice(0, 40)}"`)];
}

/** Attachments the site may publish (ATTACHMENT_TYPES, src/content/stages/attachments.ts). */
const SAFE_ATTACHMENT = /\.(pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|zip|png|jpe?g|gif|webp)$/i;

/** The editor's page loads only its own folder's scripts and no content. */
function editorPageProblems(html: string, where: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  $("script[src]").each((_, el) => {
    const src = $(el).attr("src") ?? "";
    if (src.includes(":") || src.startsWith("/") || src.includes("..")) problems.push(`${where}: script from ${src}`);
  });
  $("script:not([src])").each((_, el) => {
    if ($(el).attr("type") !== "importmap") problems.push(`${where}: an inline script`);
  });
  return problems;
}

/** Every problem in every file of the site in `dir`. */
export function scanSite(dir: string, site: Site): string[] {
  const problems: string[] = [];
  for (const file of siteFiles(dir)) {
    const abs = join(dir, file);
    if (lstatSync(abs).isSymbolicLink()) {
      problems.push(`${file}: a symbolic link`);
      continue;
    }
    const bytes = readFileSync(abs);
    const text = bytes.toString("utf8");
    if (file.startsWith("pagefind/")) {
      // Pagefind's own scripts, styles and WebAssembly ship as they are; everything else is its index.
      // Of its index, the fragments hold the text: each page's content, title and meta, which
      // excerpts are cut from. The rest (words, filters, metadata) is binary.
      if (file.endsWith(".pf_fragment")) problems.push(...pagefindProblems(bytes, file));
    } else if (file.startsWith("assets/")) continue; // the site's own scripts, styles, icon
    else if (file.startsWith("quan-tri/")) {
      // The browser editor ships as installed (its page has its own policy, test/editor/); no content reaches it.
      if (file === "quan-tri/index.html") problems.push(...editorPageProblems(text, file));
    }    else if (file.startsWith("files/")) {
      if (!SAFE_ATTACHMENT.test(file)) problems.push(`${file}: an attachment of a type a browser could run`);
    } else if (file.endsWith(".html")) problems.push(...htmlProblems(text, file, site));
    else if (file.endsWith(".xml")) problems.push(...xmlProblems(text, file, site));
    else if (file.endsWith(".ics")) problems.push(...icsProblems(text, file));
    else if (file.endsWith(".csv")) problems.push(...csvProblems(text, file));
    else if (file.endsWith(".json")) problems.push(...jsonProblems(text, file));
    else if (file === ".htaccess") continue; // Apache's own <IfModule> syntax, written by the build alone
    else problems.push(...textProblems(text, file));
  }
  return problems;
}
