/**
 * The one Markdown renderer. Raw HTML is off (a `<script>` in content is shown as text),
 * and links may only be web, mail, phone or site-internal addresses.
 */
import MarkdownIt from "markdown-it";

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
  /** 0-based line within the Markdown source. */
  line: number;
}

/** Every link and image target in a Markdown text, with the line it is on. */
export function markdownLinks(md: Markdown, source: string): MarkdownLink[] {
  const out: MarkdownLink[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type !== "inline" || !token.children) continue;
    const line = token.map?.[0] ?? 0;
    for (const child of token.children) {
      const href = child.type === "link_open" ? child.attrGet("href") : child.type === "image" ? child.attrGet("src") : null;
      if (href !== null) out.push({ href: String(href), line });
    }
  }
  return out;
}

/** HTML tags in Markdown source (outside code), which markdown-it will print as text. */
export function rawHtmlTags(source: string): { tag: string; line: number }[] {
  const withHtml = new MarkdownIt({ html: true });
  const out: { tag: string; line: number }[] = [];
  for (const token of withHtml.parse(source, {})) {
    const line = token.map?.[0] ?? 0;
    const found = (html: string) => {
      for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) out.push({ tag: m[1]!.toLowerCase(), line });
    };
    if (token.type === "html_block") found(token.content);
    if (token.type === "inline") for (const c of token.children ?? []) if (c.type === "html_inline") found(c.content);
  }
  return out;
}
