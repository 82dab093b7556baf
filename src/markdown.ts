/**
 * The one Markdown renderer. Raw HTML is off (a `<script>` in content is shown as text),
 * and links may only be web, mail, phone or site-internal addresses.
 */
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import type { Urls } from "./site/urls.ts";
import { slug } from "./vi/slug.ts";

type Markdown = InstanceType<typeof MarkdownIt>;

const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

export const isSafeLink = (href: string): boolean => SAFE_LINK.test(href.trim());

export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  return md;
}

export interface MarkdownLink {
  href: string;
  /** 0-based line within the Markdown source where its block starts. */
  line: number;
  /** 0-based line just after its block. */
  endLine: number;
}

export interface MarkdownScan {
  /** Every link and image target, whatever its scheme (the checker reports unsafe ones). */
  links: MarkdownLink[];
  /** HTML tags written in the source (outside code), which the renderer prints as text. */
  htmlTags: { tag: string; line: number; endLine: number }[];
}

// One parser for the checker: HTML recognised (to report it), every link kept, no linkify
// (bare addresses become only web links, which need no check).
const scanner = new MarkdownIt({ html: true, linkify: false });
scanner.validateLink = () => true;

/** Reads a Markdown text once for what the checker needs to know about it. */
export function scanMarkdown(source: string): MarkdownScan {
  const links: MarkdownLink[] = [];
  const htmlTags: MarkdownScan["htmlTags"] = [];
  // Every link, image, autolink and tag starts with "[" or "<": most news items have neither.
  if (!source.includes("[") && !source.includes("<")) return { links, htmlTags };
  const found = (html: string, line: number, endLine: number) => {
    for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) htmlTags.push({ tag: m[1]!.toLowerCase(), line, endLine });
  };
  for (const token of scanner.parse(source, {})) {
    const line = token.map?.[0] ?? 0;
    const endLine = token.map?.[1] ?? line + 1;
    if (token.type === "html_block") found(token.content, line, endLine);
    if (token.type !== "inline" || !token.children) continue;
    for (const child of token.children) {
      if (child.type === "html_inline") found(child.content, line, endLine);
      const href = child.type === "link_open" ? child.attrGet("href") : child.type === "image" ? child.attrGet("src") : null;
      if (href !== null) links.push({ href: String(href), line, endLine });
    }
  }
  return { links, htmlTags };
}

/** Ids the layouts give their own sections: a Markdown heading must not take them. */
export const LAYOUT_IDS: ReadonlySet<string> = new Set(
  "chi-tieu chu-de da-dien-ra dang-ky dao-tao dao-tao-lien-quan header-q hoat-dong hoat-dong-lien-quan home-q huong-dan huong-dan-lien-quan ke-hoach khoa-lien-quan muc-luc muc-tieu nf-q nhiem-vu noi-dung noi-dung-ke-hoach noi-dung-khoa q sap-dien-ra search-results tep-dinh-kem them-vao-lich theo-doi-lich tin-moi to-chuc".split(" "),
);

/** A heading's id: its slug, starting with a letter, and never one of the layout's ids. */
export function headingId(text: string): string {
  const base = slug(text) || "muc";
  const id = /^[a-z]/.test(base) ? base : `muc-${base}`;
  return LAYOUT_IDS.has(id) ? `${id}-1` : id;
}

export interface Heading {
  level: number;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  /** h2/h3 headings, for a table of contents. */
  headings: Heading[];
}

/** What a render needs besides the source: carried in markdown-it's env, per call. */
interface RenderEnv {
  prefixPath: (url: string) => string;
}
const prefixOf = (env: unknown): RenderEnv["prefixPath"] => (env as RenderEnv).prefixPath;

/**
 * The renderer, built once: building markdown-it and its plugins for every page cost more than
 * rendering short texts. Heading ids are unique per document (markdown-it-anchor keeps its
 * used slugs per parse), and the path prefix comes with each call.
 */
const renderer: Markdown = (() => {
  const md = createMarkdown();
  md.use(anchor, { level: [2, 3], slugify: headingId, tabIndex: false });
  const defaultLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet("href") ?? "");
    if (href.startsWith("/")) token.attrSet("href", prefixOf(env)(href));
    else if (/^https?:/i.test(href)) token.attrSet("rel", "noopener noreferrer");
    return defaultLink(tokens, idx, options, env, self);
  };
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    if (src.startsWith("/")) token.attrSet("src", prefixOf(env)(src));
    token.attrSet("loading", "lazy");
    return defaultImage(tokens, idx, options, env, self);
  };
  // Tables scroll on narrow screens instead of widening the page; the scrolling region is
  // focusable so that it scrolls from the keyboard too, and named after the table's columns.
  md.renderer.rules.table_open = (tokens, idx) => {
    const heads: string[] = [];
    for (let i = idx + 1; i < tokens.length && tokens[i]!.type !== "thead_close"; i++) {
      const t = tokens[i]!;
      if (t.type === "inline") heads.push((t.children ?? []).map((c) => c.content).join(""));
    }
    return `<div class="table-scroll" role="group" tabindex="0" aria-label="${md.utils.escapeHtml(`Bảng: ${heads.join(", ")}`)}"><table>\n`;
  };
  md.renderer.rules.table_close = () => "</table></div>\n";
  return md;
})();

/**
 * Renders editor Markdown to HTML: headings get ids (for the table of contents), site links
 * get the path prefix, external links open safely. This is the only raw HTML the layouts use.
 */
export function renderMarkdown(source: string, prefixPath: (url: string) => string): RenderedMarkdown {
  const env = { prefixPath };
  const tokens = renderer.parse(source, env);
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    const id = token.type === "heading_open" ? token.attrGet("id") : null;
    if (id === null) return;
    // The heading's text as markdown-it-anchor reads it for the slug.
    const text = (tokens[i + 1]?.children ?? []).filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("");
    headings.push({ level: Number(token.tag.slice(1)), id: String(id), text });
  });
  return { html: renderer.renderer.render(tokens, renderer.options, env), headings };
}

/** Built once: building markdown-it for every description cost more than parsing it. */
const textParser = createMarkdown();

/**
 * Markdown as plain text for places that show no HTML (calendar apps, CSV): paragraphs and
 * list items on their own lines, links as "text (address)" with site links made absolute.
 */
export function markdownToText(source: string, urls: Urls): string {
  const tokens = textParser.parse(source, {});
  let out = "";
  const lists: { ordered: boolean; n: number }[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        lists.push({ ordered: t.type === "ordered_list_open", n: Number(t.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        if (lists.length === 0) out += "\n";
        break;
      case "list_item_open": {
        const list = lists.at(-1);
        out += `${"  ".repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.n++}. ` : "- "}`;
        break;
      }
      case "paragraph_close":
      case "heading_close":
        out += lists.length ? "\n" : "\n\n";
        break;
      case "code_block":
      case "fence":
        out += `${t.content}\n`;
        break;
      case "inline": {
        let href: string | null = null;
        let linkText = "";
        for (const c of t.children ?? []) {
          if (c.type === "link_open") {
            const h = c.attrGet("href");
            href = h === null ? null : String(h);
            linkText = "";
          } else if (c.type === "link_close") {
            const abs = href && href.startsWith("/") ? urls.absolute(href) : href;
            out += abs && abs !== linkText && `mailto:${linkText}` !== abs ? ` (${abs})` : "";
            href = null;
          } else if (c.type === "text" || c.type === "code_inline") {
            out += c.content;
            if (href !== null) linkText += c.content;
          } else if (c.type === "softbreak" || c.type === "hardbreak") out += "\n";
          else if (c.type === "image") out += c.content;
        }
        break;
      }
    }
  }
  return out.replace(/\n{3,}/g, "\n\n").trim();
}
