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
import { editorDocs } from "../src/docs/reference.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { calendarFeeds, feedCalendar, sessionCalendar } from "../src/feeds/ical.ts";
import { jsonText, plansJson, plansJsonSchema, trainingsCsv, trainingsJson, trainingsJsonSchema } from "../src/feeds/opendata.ts";
import { robotsTxt, sitemap, sitemapEntries } from "../src/feeds/sitemap.ts";
import { azureStaticWebAppConfig, headersFile, htaccess } from "../src/site/security.ts";
import {
  activitiesSection,
  agenciesSection,
  apiUrls,
  assetUrl,
  guidesSection,
  plansSection,
  portalUrls,
  siteUrls,
  topicsSection,
  trainingsSection,
  trainingUrls,
  documentsSection,
  libraryUrls,
  questionsSection,
} from "../src/site/urls.ts";
import type { Store } from "../src/store.ts";
import type { Assets, PageContext } from "./context.ts";
import { AgencyListPage, AgencyPage } from "./pages/agencies.tsx";
import { ActivityListPage, ActivityPage } from "./pages/activities.tsx";
import { GuideListPage, GuidePage } from "./pages/guides.tsx";
import { HomePage } from "./pages/home.tsx";
import { EditorDocPage, NotFoundPage, OpenDataPage, SearchPage, StandingPage } from "./pages/misc.tsx";
import { PlanListPage, PlanPage } from "./pages/plans.tsx";
import { TopicListPage, TopicPage } from "./pages/topics.tsx";
import { ArchivePage, CalendarPage, FacetPage, facetValues, SessionPage } from "./pages/trainings.tsx";
import { DocumentListPage, DocumentPage } from "./pages/documents.tsx";
import { QuestionListPage, QuestionPage, QuestionTopicPage, questionTopicsOf } from "./pages/questions.tsx";
import { documentsCsv, documentsJson, documentsJsonSchema } from "../src/feeds/documents-opendata.ts";
import { libraryFacets } from "../src/site/library.ts";

export interface Route {
  /** Site URL without the prefix, e.g. "/dao-tao/" or "/feed.xml". */
  url: string;
  /** Output path relative to the site folder, e.g. "dao-tao/index.html". */
  file: string;
  /** HTML pages go to the search index and the link checker. */
  html: boolean;
  render(): string;
}

export interface RouteOptions {
  /** Content errors to overlay on every page (preview only). */
  previewErrors?: readonly string[];
  /** The search index is one bundle holding every page (preview only). */
  singleSearchIndex?: boolean;
}

const ASSETS_DIR = fileURLToPath(new URL("./assets/", import.meta.url));
const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));

/**
 * An asset with its content hash in the name, so browsers may cache it for ever. `imports` are
 * the assets an ES module imports ("./search-words.js"): their hashed names are written into it
 * before it is hashed, so that a change to either gives both new names.
 */
function asset(name: string, imports: { name: string; url: string }[] = []): { url: string; body: string } {
  let body = readFileSync(`${ASSETS_DIR}${name}`, "utf8");
  for (const i of imports) body = body.replaceAll(`"./${i.name}"`, `"./${i.url.slice(i.url.lastIndexOf("/") + 1)}"`);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return { url: assetUrl(`${name.slice(0, dot)}.${hash}${name.slice(dot)}`), body };
}

const fileOf = (url: string): string => (url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));

export function buildRoutes(store: Store, options: RouteOptions = {}): Route[] {
  const urls = siteUrls(store.site);
  const css = asset("site.css");
  const filters = asset("filters.js");
  const searchWords = asset("search-words.js");
  const search = asset("search.js", [{ name: "search-words.js", url: searchWords.url }]);
  const favicon = asset("favicon.svg");
  const assets: Assets = { css: css.url, filtersJs: filters.url, searchJs: search.url, favicon: favicon.url };
  const routes: Route[] = [];
  const page = (url: string, view: (ctx: PageContext) => VNode) => {
    const ctx: PageContext = {
      store,
      urls,
      url,
      assets,
      ...(options.previewErrors?.length ? { previewErrors: options.previewErrors } : {}),
      ...(options.singleSearchIndex ? { singleSearchIndex: true } : {}),
    };
    routes.push({ url, file: fileOf(url), html: true, render: () => `<!doctype html>\n${render(view(ctx))}\n` });
  };
  const text = (url: string, body: () => string) => routes.push({ url, file: fileOf(url), html: false, render: body });

  page(portalUrls.home, (ctx) => <HomePage ctx={ctx} />);
  page(plansSection.list, (ctx) => <PlanListPage ctx={ctx} />);
  for (const plan of store.plans) page(plan.url, (ctx) => <PlanPage ctx={ctx} plan={plan} />);
  page(guidesSection.list, (ctx) => <GuideListPage ctx={ctx} />);
  for (const guide of store.guides) page(guide.url, (ctx) => <GuidePage ctx={ctx} guide={guide} />);
  page(trainingsSection.list, (ctx) => <CalendarPage ctx={ctx} />);
  page(trainingUrls.archive, (ctx) => <ArchivePage ctx={ctx} />);
  const facetCtx: PageContext = { store, urls, url: trainingsSection.list, assets };
  for (const facet of facetValues(facetCtx)) page(facet.url, (ctx) => <FacetPage ctx={ctx} facet={facet} />);
  for (const session of store.sessions) page(session.url, (ctx) => <SessionPage ctx={ctx} session={session} />);
  page(activitiesSection.list, (ctx) => <ActivityListPage ctx={ctx} />);
  for (const activity of store.activities) page(activity.url, (ctx) => <ActivityPage ctx={ctx} activity={activity} />);
  page(topicsSection.list, (ctx) => <TopicListPage ctx={ctx} />);
  for (const topic of store.topics.values()) page(topicsSection.item(topic.id), (ctx) => <TopicPage ctx={ctx} topic={topic} />);
  page(agenciesSection.list, (ctx) => <AgencyListPage ctx={ctx} />);
  for (const agency of store.agencies.values()) page(agenciesSection.item(agency.id), (ctx) => <AgencyPage ctx={ctx} agency={agency} />);
  page(documentsSection.list, (ctx) => <DocumentListPage ctx={ctx} />);
  for (const facet of libraryFacets(store)) page(facet.url, (ctx) => <DocumentListPage ctx={ctx} facet={facet} />);
  for (const doc of store.documents) page(doc.url, (ctx) => <DocumentPage ctx={ctx} doc={doc} />);
  page(questionsSection.list, (ctx) => <QuestionListPage ctx={ctx} />);
  for (const topic of questionTopicsOf(store)) page(libraryUrls.questionTopic(topic.id), (ctx) => <QuestionTopicPage ctx={ctx} topic={topic} />);
  for (const q of store.questions) page(q.url, (ctx) => <QuestionPage ctx={ctx} question={q} />);
  for (const p of store.pages) page(p.url, (ctx) => <StandingPage ctx={ctx} page={p} />);
  const docs = editorDocs(REPO_DIR);
  const guide = docs.find((d) => d.url === portalUrls.editorGuide);
  for (const doc of docs)
    page(doc.url, (ctx) => <EditorDocPage ctx={ctx} title={doc.title} markdown={doc.markdown} parent={doc.url === portalUrls.editorGuide || !guide ? undefined : { label: guide.title, url: portalUrls.editorGuide }} />);
  page(portalUrls.openData, (ctx) => <OpenDataPage ctx={ctx} />);
  page(portalUrls.search, (ctx) => <SearchPage ctx={ctx} />);
  page(portalUrls.notFound, (ctx) => <NotFoundPage ctx={ctx} />);

  // Calendars people subscribe to, feeds and open data.
  for (const session of store.sessions) text(trainingUrls.sessionIcs(session.id), () => sessionCalendar(store, session, urls));
  for (const feed of calendarFeeds(store)) text(feed.url, () => feedCalendar(store, feed, urls));
  text(portalUrls.feed, () => atomFeed(store, urls));
  text(apiUrls.trainingsJson, () => jsonText(trainingsJson(store, urls)));
  text(apiUrls.trainingsSchema, () => jsonText(trainingsJsonSchema(urls)));
  text(apiUrls.trainingsCsv, () => trainingsCsv(store, urls));
  text(apiUrls.plansJson, () => jsonText(plansJson(store, urls)));
  text(apiUrls.plansSchema, () => jsonText(plansJsonSchema(urls)));
  text(apiUrls.documentsJson, () => jsonText(documentsJson(store, urls)));
  text(apiUrls.documentsSchema, () => jsonText(documentsJsonSchema(urls)));
  text(apiUrls.documentsCsv, () => documentsCsv(store, urls));
  // The sitemap lists every page the route table publishes, with the dates content gives.
  const lastmod = new Map(sitemapEntries(store).map((e) => [e.url, e.lastmod]));
  const listed = routes.filter((r) => r.html && r.url !== portalUrls.notFound).map((r) => ({ url: r.url, ...(lastmod.get(r.url) ? { lastmod: lastmod.get(r.url)! } : {}) }));
  text(portalUrls.sitemap, () => sitemap(listed, urls));
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
