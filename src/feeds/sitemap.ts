/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. The sitemap is a flat list of escaped URLs,
 * small enough to write directly; the tests read it back with an XML parser.
 * lastmod is given only where the content dates a page (a guide's update, an activity's date,
 * a session's last change): search engines ignore sites whose lastmod is always "today".
 */
import { allKinds, itemsOf } from "../kinds/index.ts";
import { EDITOR_URL } from "../editor/page.ts";
import { agenciesSection, portalUrls, topicsSection, type Urls } from "../site/urls.ts";
import type { Store } from "../store.ts";
import type { IsoDate } from "../vi/dates.ts";

/** The protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  /** Site-relative URL without the path prefix, e.g. "/huong-dan/x/". */
  url: string;
  lastmod?: IsoDate;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The sitemap for the given pages; repeated URLs are listed once, in first-seen order. */
export function sitemap(entries: readonly (string | SitemapEntry)[], urls: Urls): string {
  const seen = new Map<string, SitemapEntry>();
  for (const e of entries) {
    const entry = typeof e === "string" ? { url: e } : e;
    if (!seen.has(entry.url)) seen.set(entry.url, entry);
  }
  if (seen.size > SITEMAP_MAX_URLS) throw new Error(`sitemap: ${seen.size} URLs, more than the ${SITEMAP_MAX_URLS} one file may hold`);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const { url, lastmod } of seen.values()) {
    // new URL() percent-encodes anything a <loc> may not hold raw.
    const loc = escapeXml(new URL(urls.absolute(url)).href);
    lines.push(lastmod ? `  <url><loc>${loc}</loc><lastmod>${lastmod}</lastmod></url>` : `  <url><loc>${loc}</loc></url>`);
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

/** Every page the content publishes (lists, items, topic hubs, agencies, open data page), sorted. */
export function sitemapEntries(store: Store): SitemapEntry[] {
  const fixed = [portalUrls.home, ...allKinds.flatMap((k) => (k.url.list ? [k.url.list] : [])), portalUrls.search, portalUrls.openData].map((url) => ({ url }));
  const items: SitemapEntry[] = [
    // Each kind says which of its dates is the page's last change (src/kinds/).
    ...allKinds.flatMap((kind) =>
      itemsOf(store, kind).map((item) => {
        const lastmod = kind.sitemapDate?.(item);
        return { url: item.url, ...(lastmod ? { lastmod } : {}) };
      }),
    ),
    ...[...store.topics.keys()].map((id) => ({ url: topicsSection.item(id) })),
    ...[...store.agencies.keys()].map((id) => ({ url: agenciesSection.item(id) })),
  ];
  return [...fixed, ...items.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))];
}

/**
 * robots.txt: everything may be crawled but the browser editor; the sitemap's absolute address. Crawlers only read
 * /robots.txt at the host's root, so with a path prefix the host's owner must serve it there.
 */
export function robotsTxt(urls: Urls): string {
  return ["User-agent: *", "Allow: /", `Disallow: ${urls.path(EDITOR_URL)}`, "", `Sitemap: ${urls.absolute(portalUrls.sitemap)}`, ""].join("\n");
}
