/**
 * Every file the site publishes, computed from the store: the pages (rendered by the
 * typed layouts) and the fingerprinted assets. Eleventy writes them; nothing here reads
 * content files.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import type { Route, RouteOptions } from "../src/build/route.ts";
import { editorDocs } from "../src/docs/reference.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { calendarFeeds, feedCalendar, sessionCalendar } from "../src/feeds/ical.ts";
import { robotsTxt, sitemap, sitemapEntries } from "../src/feeds/sitemap.ts";
import { azureStaticWebAppConfig, headersFile, htaccess } from "../src/site/security.ts";
import { agenciesSection, assetUrl, portalUrls, provincesSection, siteUrls, topicsSection, trainingUrls } from "../src/site/urls.ts";
import { currentProvinceOf, isCurrentProvince } from "../src/site/provinces.ts";
import type { Published, Store } from "../src/store.ts";
import { allKinds, itemsOf, openDataText } from "../src/kinds/index.ts";
import type { Assets, PageContext } from "./context.ts";
import { collectReads, Reads, readsOf } from "../src/reads.ts";
import { kindPages, type KindPages } from "./kinds.tsx";
import { AgencyListPage, AgencyPage } from "./pages/agencies.tsx";
import { HomePage } from "./pages/home.tsx";
import { EditorDocPage, NotFoundPage, OpenDataPage, SearchPage } from "./pages/misc.tsx";
import { TopicListPage, TopicPage } from "./pages/topics.tsx";
import { FiguresPage } from "./pages/figures.tsx";
import { FormerProvincePage, ProvinceListPage, ProvincePage } from "./pages/provinces.tsx";
import { facetValues, FormerFacetPage, FormerProvinceFacetPage } from "./pages/trainings.tsx";

export type { Route, RouteOptions } from "../src/build/route.ts";

const ASSETS_DIR = fileURLToPath(new URL("./assets/", import.meta.url));
/** Browser modules kept in src/ because the build runs them too: the search's Vietnamese rules. */
const SHARED_ASSETS: Record<string, string> = { "search-words.js": fileURLToPath(new URL("../src/search/search-words.js", import.meta.url)) };
const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));

/**
 * An asset with its content hash in the name, so browsers may cache it for ever. `imports` are
 * the assets an ES module imports ("./search-words.js"): their hashed names are written into it
 * before it is hashed, so that a change to either gives both new names.
 */
function asset(name: string, imports: { name: string; url: string }[] = []): { url: string; body: string } {
  let body = readFileSync(SHARED_ASSETS[name] ?? `${ASSETS_DIR}${name}`, "utf8");
  for (const i of imports) body = body.replaceAll(`"./${i.name}"`, `"./${i.url.slice(i.url.lastIndexOf("/") + 1)}"`);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return { url: assetUrl(`${name.slice(0, dot)}.${hash}${name.slice(dot)}`), body };
}

const fileOf = (url: string): string => (url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));

export function buildRoutes(store: Store, options: RouteOptions = {}): Route[] {
  // The sitemap lists the pages there are, which everything read while making the table decides.
  const tableReads = new Reads();
  const { value: routes, reads } = collectReads(() => routeTable(store, options, tableReads));
  tableReads.parts.add(reads);
  return routes;
}

function routeTable(store: Store, options: RouteOptions, tableReads: Reads): Route[] {
  const urls = siteUrls(store.site);
  const css = asset("site.css");
  const filters = asset("filters.js");
  const searchWords = asset("search-words.js");
  const search = asset("search.js", [{ name: "search-words.js", url: searchWords.url }]);
  const favicon = asset("favicon.svg");
  const assets: Assets = { css: css.url, filtersJs: filters.url, searchJs: search.url, favicon: favicon.url };
  const routes: Route[] = [];
  const page = (url: string, view: (ctx: PageContext) => VNode, reads?: Reads) => {
    const ctx: PageContext = {
      store,
      urls,
      url,
      assets,
      ...(options.previewErrors?.length ? { previewErrors: options.previewErrors } : {}),
      ...(options.singleSearchIndex ? { singleSearchIndex: true } : {}),
    };
    routes.push({ url, file: fileOf(url), html: true, render: () => `<!doctype html>\n${render(view(ctx))}\n`, ...(reads ? { reads } : {}) });
  };
  const text = (url: string, body: () => string, reads?: Reads) => routes.push({ url, file: fileOf(url), html: false, render: body, ...(reads ? { reads } : {}) });
  // What a view captures from here (facets, feeds, the list of pages) was worked out outside the
  // page's render: its reads go with the routes that use it (src/reads.ts), or a rebuild would
  // keep such a page when what it shows changed.
  const made = <T,>(work: () => T): [T, Reads] => {
    const { value, reads } = collectReads(work);
    return [value, reads];
  };

  // Each content kind's pages (src/kinds/, layouts/kinds.tsx): kinds with a list page first,
  // then the hubs of topics and agencies, then kinds without one (standing pages).
  const kindRoutes = (kind: (typeof allKinds)[number]) => {
    const pages = kindPages[kind.name] as KindPages<Published>;
    if (kind.url.list && pages.list) page(kind.url.list, pages.list);
    if (kind.url.list) {
      const [more, reads] = made(() => pages.more?.({ store, urls, url: kind.url.list!, assets }) ?? []);
      for (const m of more) page(m.url, m.view, reads);
    }
    for (const item of itemsOf(store, kind)) page(item.url, (ctx) => pages.item(ctx, item));
  };
  page(portalUrls.home, (ctx) => <HomePage ctx={ctx} />);
  for (const kind of allKinds.filter((k) => k.url.list)) kindRoutes(kind);
  page(topicsSection.list, (ctx) => <TopicListPage ctx={ctx} />);
  for (const topic of store.topics.values()) page(topicsSection.item(topic.id), (ctx) => <TopicPage ctx={ctx} topic={topic} />);
  page(agenciesSection.list, (ctx) => <AgencyListPage ctx={ctx} />);
  for (const agency of store.agencies.values()) page(agenciesSection.item(agency.id), (ctx) => <AgencyPage ctx={ctx} agency={agency} />);
  // A former province's address redirects to its successor: not a page of its own for the sitemap.
  const redirects = new Set([...store.provinces.values()].filter((p) => !isCurrentProvince(p)).map((p) => provincesSection.item(p.id)));
  // So does a calendar kind's or format's page at its former English address.
  const [facets, facetReads] = made(() => facetValues({ store, urls, url: trainingUrls.archive, assets }));
  for (const facet of facets) {
    const former = trainingUrls.formerFacet(facet.key, facet.value);
    if (!former) continue;
    redirects.add(former);
    page(former, (ctx) => <FormerFacetPage ctx={ctx} facet={facet} />, facetReads);
  }
  // A former province's calendar page (/dao-tao/tinh/quang-nam/), published while it had sessions
  // of its own, sends readers to the calendar of the unit it joined.
  const provinceFacets = facets.filter((f) => f.key === "tinh");
  for (const p of store.provinces.values()) {
    if (isCurrentProvince(p) || !store.sessions.some((s) => s.province === p.id)) continue;
    const [to, reads] = made(() => provinceFacets.find((f) => f.value === currentProvinceOf(store.provinces, p.id)?.id));
    if (!to) continue;
    redirects.add(trainingUrls.facet("tinh", p.id));
    page(trainingUrls.facet("tinh", p.id), (ctx) => <FormerProvinceFacetPage ctx={ctx} province={p} facet={to} />, readsOf(facetReads, reads));
  }
  page(provincesSection.list, (ctx) => <ProvinceListPage ctx={ctx} />);
  for (const p of store.provinces.values())
    page(provincesSection.item(p.id), (ctx) => (isCurrentProvince(p) ? <ProvincePage ctx={ctx} province={p} /> : <FormerProvincePage ctx={ctx} province={p} />));
  page(portalUrls.figures, (ctx) => <FiguresPage ctx={ctx} />);
  for (const kind of allKinds.filter((k) => !k.url.list)) kindRoutes(kind);
  const docs = editorDocs(REPO_DIR);
  const guide = docs.find((d) => d.url === portalUrls.editorGuide);
  for (const doc of docs)
    page(doc.url, (ctx) => <EditorDocPage ctx={ctx} title={doc.title} markdown={doc.markdown} parent={doc.url === portalUrls.editorGuide || !guide ? undefined : { label: guide.title, url: portalUrls.editorGuide }} />);
  page(portalUrls.openData, (ctx) => <OpenDataPage ctx={ctx} />);
  page(portalUrls.search, (ctx) => <SearchPage ctx={ctx} />);
  page(portalUrls.notFound, (ctx) => <NotFoundPage ctx={ctx} />);

  // Calendars people subscribe to, feeds and open data.
  for (const session of store.sessions) text(trainingUrls.sessionIcs(session.id), () => sessionCalendar(store, session, urls));
  const [feeds, feedReads] = made(() => calendarFeeds(store));
  for (const feed of feeds) text(feed.url, () => feedCalendar(store, feed, urls), feedReads);
  text(portalUrls.feed, () => atomFeed(store, urls));
  for (const kind of allKinds) for (const file of kind.openData ?? []) text(file.url, () => openDataText(store, urls, file));
  // The sitemap lists every page the route table publishes, with the dates content gives.
  const lastmod = new Map(sitemapEntries(store).map((e) => [e.url, e.lastmod]));
  const listed = routes.filter((r) => r.html && r.url !== portalUrls.notFound && !redirects.has(r.url)).map((r) => ({ url: r.url, ...(lastmod.get(r.url) ? { lastmod: lastmod.get(r.url)! } : {}) }));
  text(portalUrls.sitemap, () => sitemap(listed, urls), tableReads);
  text(portalUrls.robots, () => robotsTxt(urls));
  // Security headers for hosts that read them from a file (Netlify, Cloudflare Pages, Azure, Apache).
  text(portalUrls.headersFile, headersFile);
  text(portalUrls.azureConfig, azureStaticWebAppConfig);
  text(portalUrls.htaccess, htaccess);

  text(css.url, () => css.body);
  text(filters.url, () => filters.body);
  text(search.url, () => search.body);
  text(searchWords.url, () => searchWords.body);
  text(favicon.url, () => favicon.body);
  return routes;
}
