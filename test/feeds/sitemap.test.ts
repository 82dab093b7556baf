import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { robotsTxt, sitemap, sitemapEntries } from "../../src/feeds/sitemap.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { BASE, bundledStore, fixtureStore, urlsOf } from "./fixture.ts";

interface UrlNode {
  loc: string;
  lastmod?: string;
}

function parseSitemap(xml: string): { xmlns: string; urls: UrlNode[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (name) => name === "url" }).parse(xml) as {
    urlset: { "@_xmlns": string; url?: UrlNode[] };
  };
  return { xmlns: doc.urlset["@_xmlns"], urls: doc.urlset.url ?? [] };
}

describe("sitemap", () => {
  const store = fixtureStore();
  const urls = urlsOf(store);

  it("lists every page with its absolute, prefixed URL and content dates", () => {
    const { xmlns, urls: nodes } = parseSitemap(sitemap(sitemapEntries(store), urls));
    expect(xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const byLoc = new Map(nodes.map((n) => [n.loc, n]));
    expect(nodes[0]).toEqual({ loc: `${BASE}/` });
    for (const loc of ["/dao-tao/", "/du-lieu-mo/", "/ke-hoach/tuyen-quang-2022-2025/", "/gioi-thieu/", "/chu-de/5s/", "/co-quan/so-khcn-da-nang/"]) expect(byLoc.has(`${BASE}${loc}`), loc).toBe(true);
    // A guide's lastmod is its latest update or review; an activity's its date; a session's its last change.
    expect(byLoc.get(`${BASE}/huong-dan/ap-dung-5s/`)?.lastmod).toBe("2026-02-10");
    expect(byLoc.get(`${BASE}/tin-tuc/2026-11-cong-bo-lich/`)?.lastmod).toBe("2026-11-20");
    expect(byLoc.get(`${BASE}/dao-tao/tq-2027-01-chuyen-gia/`)?.lastmod).toBe("2026-11-25");
    expect(byLoc.get(`${BASE}/gioi-thieu/`)?.lastmod).toBeUndefined();
    expect(nodes).toHaveLength(byLoc.size);
    // The home page, six list pages (plans, guides, trainings, activities, documents, questions), search, open data; then items.
    expect(nodes).toHaveLength(9 + 1 + 1 + store.sessions.length + store.activities.length + 1 + store.topics.size + store.agencies.size);
  });

  it("escapes and encodes what a <loc> may not hold, and lists a URL once", () => {
    const xml = sitemap(["/a/?x=1&y=<2>", "/đào-tạo/", { url: "/a/?x=1&y=<2>", lastmod: "2026-01-01" }], urls);
    expect(xml).toContain("&amp;");
    const { urls: nodes } = parseSitemap(xml);
    expect(nodes.map((n) => n.loc)).toEqual([`${BASE}/a/?x=1&y=%3C2%3E`, `${BASE}/%C4%91%C3%A0o-t%E1%BA%A1o/`]);
  });

  it("parses for the bundled content, with unique locations", () => {
    const bundled = bundledStore();
    const { urls: nodes } = parseSitemap(sitemap(sitemapEntries(bundled), urlsOf(bundled)));
    expect(new Set(nodes.map((n) => n.loc)).size).toBe(nodes.length);
    for (const n of nodes) expect(n.loc).toMatch(/^https:\/\/nangsuat\.example\.gov\.vn\//);
  });
});

describe("robotsTxt", () => {
  it("allows everything but the editor and points to the absolute sitemap", () => {
    expect(robotsTxt(urlsOf(fixtureStore()))).toBe(`User-agent: *\nAllow: /\nDisallow: /nang-suat/quan-tri/\n\nSitemap: ${BASE}/sitemap.xml\n`);
    expect(robotsTxt(siteUrls({ baseUrl: "https://a.example.vn/", pathPrefix: "/" }))).toContain("Sitemap: https://a.example.vn/sitemap.xml");
  });
});
