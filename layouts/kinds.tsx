/**
 * The page layouts of each content kind (src/kinds/): its list page, one page per item, and any
 * other page of its section. The route table walks the registry and takes the layouts from here;
 * the compiler asks for an entry for every kind in the registry.
 */
import type { VNode } from "preact";
import type { ItemOf, KindName } from "../src/kinds/index.ts";
import { libraryFacets } from "../src/site/library.ts";
import { libraryUrls, trainingUrls } from "../src/site/urls.ts";
import type { PageContext } from "./context.ts";
import { ActivityListPage, ActivityPage } from "./pages/activities.tsx";
import { DocumentListPage, DocumentPage } from "./pages/documents.tsx";
import { GuideListPage, GuidePage } from "./pages/guides.tsx";
import { StandingPage } from "./pages/misc.tsx";
import { PlanListPage, PlanPage } from "./pages/plans.tsx";
import { QuestionListPage, QuestionPage, QuestionTopicPage, questionTopicsOf } from "./pages/questions.tsx";
import { ArchivePage, CalendarPage, FacetPage, facetValues, SessionPage } from "./pages/trainings.tsx";

export interface KindPages<Item> {
  /** The list page, at the kind's `url.list`. */
  list?: (ctx: PageContext) => VNode;
  /** One item's page, at its `url`. */
  item: (ctx: PageContext, item: Item) => VNode;
  /** Other pages of the section, between the list and the items. `ctx` is the list page's. */
  more?: (ctx: PageContext) => { url: string; view: (ctx: PageContext) => VNode }[];
}

export const kindPages: { [N in KindName]: KindPages<ItemOf<N>> } = {
  plan: { list: (ctx) => <PlanListPage ctx={ctx} />, item: (ctx, plan) => <PlanPage ctx={ctx} plan={plan} /> },
  guide: { list: (ctx) => <GuideListPage ctx={ctx} />, item: (ctx, guide) => <GuidePage ctx={ctx} guide={guide} /> },
  session: {
    list: (ctx) => <CalendarPage ctx={ctx} />,
    item: (ctx, session) => <SessionPage ctx={ctx} session={session} />,
    more: (listCtx) => [
      { url: trainingUrls.archive, view: (ctx) => <ArchivePage ctx={ctx} /> },
      ...facetValues(listCtx).map((facet) => ({ url: facet.url, view: (ctx: PageContext) => <FacetPage ctx={ctx} facet={facet} /> })),
    ],
  },
  activity: { list: (ctx) => <ActivityListPage ctx={ctx} />, item: (ctx, activity) => <ActivityPage ctx={ctx} activity={activity} /> },
  document: {
    list: (ctx) => <DocumentListPage ctx={ctx} />,
    item: (ctx, doc) => <DocumentPage ctx={ctx} doc={doc} />,
    more: (listCtx) => libraryFacets(listCtx.store).map((facet) => ({ url: facet.url, view: (ctx: PageContext) => <DocumentListPage ctx={ctx} facet={facet} /> })),
  },
  question: {
    list: (ctx) => <QuestionListPage ctx={ctx} />,
    item: (ctx, question) => <QuestionPage ctx={ctx} question={question} />,
    more: (listCtx) => questionTopicsOf(listCtx.store).map((topic) => ({ url: libraryUrls.questionTopic(topic.id), view: (ctx: PageContext) => <QuestionTopicPage ctx={ctx} topic={topic} /> })),
  },
  page: { item: (ctx, page) => <StandingPage ctx={ctx} page={page} /> },
};
