/**
 * Every URL the site publishes, in one place: pages, lists, calendars, feeds, open data,
 * attachments and assets. Pages, feeds, JSON-LD and the sitemap build their links from here,
 * and the loader derives from here which URLs content may not take and which links lead to a
 * page the portal makes itself. URLs here are site-relative, without the path prefix; `siteUrls`
 * adds the prefix (or the host) for output.
 */
import type { Site } from "../schema/site.ts";
import { slug } from "../vi/slug.ts";
import { formatLabels, trainingKindLabels } from "./labels.ts";

export interface Urls {
  /** "/ke-hoach/x/" → "/prefix/ke-hoach/x/" */
  path(url: string): string;
  /** "/ke-hoach/x/" → "https://host/prefix/ke-hoach/x/" */
  absolute(url: string): string;
}

export function siteUrls(site: Pick<Site, "baseUrl" | "pathPrefix">): Urls {
  const prefix = site.pathPrefix.endsWith("/") ? site.pathPrefix : `${site.pathPrefix}/`;
  const origin = site.baseUrl.replace(/\/+$/, "");
  const path = (url: string) => (url.startsWith("/") ? `${prefix}${url.slice(1)}` : url);
  return { path, absolute: (url: string) => `${origin}${path(url)}` };
}

/** A section of the site: a list page and one page per item under one top-level segment. */
export interface Section {
  /** The top-level segment, e.g. "ke-hoach". */
  segment: string;
  /** The list page, e.g. "/ke-hoach/". */
  list: string;
  /** An item's page, e.g. "/ke-hoach/x/". */
  item(id: string): string;
}

export function section(segment: string): Section {
  return { segment, list: `/${segment}/`, item: (id) => `/${segment}/${id}/` };
}

/** Standing pages sit at the top level ("/gioi-thieu/"), so they may take no segment the portal uses. */
export const pageUrl = (id: string): string => `/${id}/`;

export const plansSection = section("ke-hoach");
export const guidesSection = section("huong-dan");
export const activitiesSection = section("tin-tuc");
export const topicsSection = section("chu-de");
export const agenciesSection = section("co-quan");
/** A page per province (/tinh/<id>/); a former province's page sends readers to its successor. */
export const provincesSection = section("tinh");

/** The training calendar: a session's page and .ics file, the archive, facet pages and subscribable feeds. */
export const trainingsSection = section("dao-tao");
/** Facets of the calendar, by the segment of their pages (/dao-tao/tinh/<province>/). */
export const FACET_KEYS = ["tinh", "chu-de", "loai", "hinh-thuc"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
/**
 * Kinds and formats are stored as English codes ("in-person"); readers see their Vietnamese
 * labels, and so do the addresses: the label's slug (/dao-tao/hinh-thuc/truc-tiep/).
 * Provinces and topics are Vietnamese ids already.
 */
const CODED_FACETS: Partial<Record<FacetKey, Readonly<Record<string, string>>>> = { loai: trainingKindLabels, "hinh-thuc": formatLabels };
/** A facet value's word in the calendar's addresses. */
export function facetSlug(key: FacetKey, value: string): string {
  const label = CODED_FACETS[key]?.[value];
  return label ? slug(label) : value;
}
export const trainingUrls = {
  archive: "/dao-tao/da-dien-ra/",
  facet: (key: FacetKey, value: string): string => `/dao-tao/${key}/${facetSlug(key, value)}/`,
  /**
   * The address a kind's or a format's page had under its English code (/dao-tao/hinh-thuc/in-person/),
   * published before the Vietnamese one: it stays, as a page that redirects to `facet`.
   */
  formerFacet: (key: FacetKey, value: string): string | undefined => (CODED_FACETS[key] && facetSlug(key, value) !== value ? `/dao-tao/${key}/${value}/` : undefined),
  sessionIcs: (id: string): string => `/dao-tao/${id}.ics`,
  /** The whole calendar, to subscribe to. */
  calendar: "/dao-tao/lich.ics",
  provinceCalendar: (id: string): string => `/dao-tao/lich/tinh/${id}.ics`,
  topicCalendar: (id: string): string => `/dao-tao/lich/chu-de/${id}.ics`,
} as const;
/**
 * Segments under /dao-tao/ that the calendar's own pages use: no session may take them as its id
 * ("lich" would also put its .ics file over the whole calendar's).
 */
export const CALENDAR_SEGMENTS: readonly string[] = [...FACET_KEYS, "da-dien-ra", "lich"];

/** The documents library: a document's page and the list's filter pages (/van-ban/loai/quyet-dinh/). */
export const documentsSection = section("van-ban");
export const LIBRARY_FACETS = ["loai", "co-quan", "nam", "hieu-luc"] as const;
export type LibraryFacetKey = (typeof LIBRARY_FACETS)[number];
/** Questions and answers: a question's page, and one page per topic (/hoi-dap/chu-de/<topic>/). */
export const questionsSection = section("hoi-dap");
export const libraryUrls = {
  facet: (key: LibraryFacetKey, value: string): string => `/van-ban/${key}/${value}/`,
  questionTopic: (topic: string): string => `/hoi-dap/chu-de/${topic}/`,
} as const;
/** Addresses the library's and the questions' own pages use: no document or question may take them. */
export const LIBRARY_SEGMENTS: readonly string[] = [...LIBRARY_FACETS.map((k) => documentsSection.item(k)), questionsSection.item("chu-de")];

/** Pages and files of the portal itself. */
export const portalUrls = {
  home: "/",
  search: "/tim-kiem/",
  openData: "/du-lieu-mo/",
  /** The national picture in charts. */
  figures: "/so-lieu/",
  editorGuide: "/huong-dan-bien-tap/",
  editorReference: "/huong-dan-bien-tap/tham-chieu/",
  notFound: "/404.html",
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  /** Security headers for static hosts (Netlify and Cloudflare Pages, Azure, Apache). */
  headersFile: "/_headers",
  azureConfig: "/staticwebapp.config.json",
  htaccess: "/.htaccess",
  /** The search index Pagefind writes. */
  pagefind: "/pagefind/",
  /** The browser editor (not crawled). */
  editor: "/quan-tri/",
  /** Every word the search index holds, for the search page's variants and suggestions (src/search/vocabulary.ts). */
  searchVocabulary: "/tim-kiem/tu-vung.txt",
} as const;

/** Open data files. */
export const apiUrls = {
  trainingsJson: "/api/trainings.json",
  trainingsSchema: "/api/trainings.schema.json",
  trainingsCsv: "/api/trainings.csv",
  plansJson: "/api/plans.json",
  plansSchema: "/api/plans.schema.json",
  documentsJson: "/api/documents.json",
  documentsSchema: "/api/documents.schema.json",
  documentsCsv: "/api/documents.csv",
} as const;

/** Top-level folders of published files. */
export const API_SEGMENT = "api";
export const FILES_SEGMENT = "files";
export const ASSETS_SEGMENT = "assets";

/** An attachment from content/files/. */
export const fileUrl = (name: string): string => `/${FILES_SEGMENT}/${name}`;
/** A fingerprinted asset, e.g. "site.1234abcd.css". */
export const assetUrl = (name: string): string => `/${ASSETS_SEGMENT}/${name}`;

/** The sections whose list and item pages the portal makes from content and data. */
const SECTIONS: readonly Section[] = [plansSection, guidesSection, trainingsSection, activitiesSection, topicsSection, agenciesSection, documentsSection, questionsSection, provincesSection];

const firstSegment = (url: string): string => url.split("/")[1]!.replace(/\.html$/, "");

/** Top-level URL segments the portal itself uses: a standing page may not take them. */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set([
    ...SECTIONS.map((s) => s.segment),
    ...[portalUrls.search, portalUrls.pagefind, portalUrls.openData, portalUrls.figures, portalUrls.editorGuide, portalUrls.notFound, portalUrls.editor].map(firstSegment),
    API_SEGMENT,
    FILES_SEGMENT,
    ASSETS_SEGMENT,
  ]),
];

/** Files the portal writes that are not pages of an item: feeds, the sitemap, open data. */
const GENERATED_FILES: ReadonlySet<string> = new Set([portalUrls.feed, portalUrls.sitemap, ...Object.values(apiUrls)]);

/**
 * Whether a link target is a page or file the portal makes whatever the content (a list, a feed,
 * open data, a session's calendar file): a link to it needs no item behind it.
 */
export function isGeneratedUrl(url: string): boolean {
  if (SECTIONS.some((s) => s.list === url) || url === portalUrls.search || url === portalUrls.openData || url === portalUrls.figures) return true;
  if (GENERATED_FILES.has(url)) return true;
  if (/^\/van-ban\/(loai|co-quan|nam|hieu-luc)\/[a-z0-9-]+\/$/.test(url) || /^\/hoi-dap\/chu-de\/[a-z0-9-]+\/$/.test(url)) return true;
  // Any calendar file under /dao-tao/ (the loader only knows the sessions' ids after this check runs).
  return url.startsWith(trainingsSection.list) && /^[a-z0-9-]+\.ics$/.test(url.slice(trainingsSection.list.length));
}
