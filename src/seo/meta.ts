/**
 * What every page says about itself in <head>: its canonical URL, the description, and the
 * Open Graph and Twitter (X) cards that chat apps (Zalo, Facebook, X) show when a link is
 * shared. A layout renders the tags as they come: attribute, key and content are plain text for
 * the layout's own escaping.
 */
import type { Urls } from "../site/urls.ts";
import type { Store } from "../store.ts";
import type { IsoDate } from "../vi/dates.ts";

export interface PageMetaInput {
  /** The page's own title; the site name is added for <title>. */
  title: string;
  /** Plain text; the site's description when absent. */
  description?: string;
  /** Site-relative URL without the path prefix. */
  url: string;
  /** "article" for guides and activities, "website" otherwise. */
  type?: "website" | "article";
  /** Site-relative or absolute image URL. */
  image?: string;
  published?: IsoDate;
  modified?: IsoDate;
}

export interface MetaTag {
  /** Open Graph uses property=, the others name=. */
  attribute: "name" | "property";
  key: string;
  content: string;
}

export interface PageMeta {
  /** For <title>. */
  title: string;
  /** For <link rel="canonical">: absolute, with the path prefix. */
  canonical: string;
  tags: MetaTag[];
}

/** Cards and search snippets show about 160 characters; longer text is cut at a word. */
const DESCRIPTION_MAX = 200;

export function shortDescription(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export function pageMeta(store: Store, page: PageMetaInput, urls: Urls): PageMeta {
  const site = store.site;
  const canonical = urls.absolute(page.url);
  const home = page.url === "/";
  const title = home ? site.name : `${page.title} – ${site.name}`;
  const description = shortDescription(page.description ?? site.description);
  const type = page.type ?? "website";
  const image = page.image ? (/^https?:\/\//.test(page.image) ? page.image : urls.absolute(page.image)) : undefined;
  const tags: MetaTag[] = [
    { attribute: "name", key: "description", content: description },
    { attribute: "property", key: "og:site_name", content: site.name },
    { attribute: "property", key: "og:locale", content: "vi_VN" },
    { attribute: "property", key: "og:type", content: type },
    { attribute: "property", key: "og:title", content: home ? site.name : page.title },
    { attribute: "property", key: "og:description", content: description },
    { attribute: "property", key: "og:url", content: canonical },
  ];
  if (image) tags.push({ attribute: "property", key: "og:image", content: image });
  if (type === "article" && page.published) tags.push({ attribute: "property", key: "article:published_time", content: page.published });
  if (type === "article" && page.modified) tags.push({ attribute: "property", key: "article:modified_time", content: page.modified });
  tags.push(
    { attribute: "name", key: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { attribute: "name", key: "twitter:title", content: home ? site.name : page.title },
    { attribute: "name", key: "twitter:description", content: description },
  );
  if (image) tags.push({ attribute: "name", key: "twitter:image", content: image });
  return { title, canonical, tags };
}
