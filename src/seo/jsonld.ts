/**
 * schema.org structured data (JSON-LD) for session, guide and agency pages, and its safe
 * serialisation into a <script type="application/ld+json"> element.
 *
 * A session is an EducationEvent (a schema.org Event, so search engines' event features read
 * it): a one-day "hội nghị tập huấn" is an event more than a course, and Course would need a
 * CourseInstance per session for the same facts. Dates carry +07:00; all-day sessions are dates.
 */
import { markdownToText } from "../markdown.ts";
import { sessionTimes } from "../site/sessions.ts";
import type { Agency } from "../schema/agency.ts";
import { trainingKindLabels } from "../site/labels.ts";
import { registrationDeadline, statusOf, onlineUrlOf } from "../site/status.ts";
import { agenciesSection, portalUrls, topicsSection, type Urls } from "../site/urls.ts";
import type { GuideItem, SessionItem, Store } from "../store.ts";

export type JsonLd = { "@context"?: string; "@type": string | string[] } & { [key: string]: unknown };

const SCHEMA = "https://schema.org";
const s = (name: string): string => `${SCHEMA}/${name}`;

/** The schema.org type that fits an agency's kind; public bodies are GovernmentOrganization. */
function organizationType(kind: Agency["kind"]): string {
  switch (kind) {
    case "school":
      return "EducationalOrganization";
    case "institute":
      return "ResearchOrganization";
    case "enterprise":
      return "Corporation";
    case "association":
      return "Organization";
    default:
      // people-committee, department, and "other" (ministries and the like on this portal).
      return "GovernmentOrganization";
  }
}

/** An agency as a reference inside another object: type, @id, name, url. */
function organizationRef(store: Store, id: string, urls: Urls): JsonLd {
  const a = store.agencies.get(id);
  const page = urls.absolute(agenciesSection.item(id));
  return { "@type": a ? organizationType(a.kind) : "Organization", "@id": `${page}#to-chuc`, name: a?.name ?? id, url: a?.url ?? page };
}

function place(store: Store, session: SessionItem): JsonLd | undefined {
  if (!session.venue) return undefined;
  const province = store.provinces.get(session.province);
  return {
    "@type": "Place",
    name: session.venue.name,
    address: {
      "@type": "PostalAddress",
      ...(session.venue.address ? { streetAddress: session.venue.address } : {}),
      ...(province ? { addressRegion: province.name } : {}),
      addressCountry: "VN",
    },
  };
}

/** Offer availability from the reader's status: can one still register? */
function availability(session: SessionItem, store: Store): string {
  switch (statusOf(store, session)) {
    case "open":
    case "closing-soon":
      return s("InStock");
    case "cancelled":
      return s("Discontinued");
    case "postponed":
      return s("OutOfStock");
    default:
      // Registration closed, or the session has begun or ended.
      return s("SoldOut");
  }
}

export function sessionJsonLd(store: Store, session: SessionItem, urls: Urls): JsonLd {
  const url = urls.absolute(session.url);
  const { start, end } = sessionTimes(session);
  const venue = place(store, session);
  // A link that is no longer public gives way to the session's page, which says how to attend.
  const virtual = session.format !== "in-person" ? { "@type": "VirtualLocation", url: onlineUrlOf(store, session) ?? url } : undefined;
  const locations = [venue, virtual].filter((l): l is JsonLd => l !== undefined);
  const description = session.description ? markdownToText(session.description, urls) : `${trainingKindLabels[session.kind]}. Đối tượng: ${session.audience}.`;
  return {
    "@context": SCHEMA,
    "@type": "EducationEvent",
    "@id": `${url}#su-kien`,
    name: session.title,
    description,
    url,
    inLanguage: "vi",
    startDate: start,
    endDate: end,
    eventStatus: session.status === "cancelled" ? s("EventCancelled") : session.status === "postponed" ? s("EventPostponed") : s("EventScheduled"),
    eventAttendanceMode:
      session.format === "online" ? s("OnlineEventAttendanceMode") : session.format === "hybrid" ? s("MixedEventAttendanceMode") : s("OfflineEventAttendanceMode"),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    organizer: organizationRef(store, session.organizer, urls),
    audience: { "@type": "Audience", audienceType: session.audience },
    ...(session.seats ? { maximumAttendeeCapacity: session.seats } : {}),
    isAccessibleForFree: session.fee === 0,
    offers: {
      "@type": "Offer",
      price: session.fee,
      priceCurrency: "VND",
      availability: availability(session, store),
      url: session.registration?.url ?? url,
      ...(session.announced ? { validFrom: session.announced } : {}),
      // Registration is accepted until the end of the deadline day in Vietnam.
      validThrough: `${registrationDeadline(session)}T23:59:59+07:00`,
    },
    about: session.topics.map((id) => ({ "@type": "Thing", name: store.topics.get(id)?.name ?? id, url: urls.absolute(topicsSection.item(id)) })),
    educationalLevel: trainingKindLabels[session.kind],
  };
}

/** The portal's publisher: the publishing body, else the agency responsible for content, else the portal itself. */
function publisher(store: Store, urls: Urls): JsonLd {
  const id = store.site.publisher ?? store.site.contact.organization;
  return id && store.agencies.has(id) ? organizationRef(store, id, urls) : { "@type": "Organization", name: store.site.name, url: urls.absolute(portalUrls.home) };
}

export function guideJsonLd(store: Store, guide: GuideItem, urls: Urls): JsonLd {
  const url = urls.absolute(guide.url);
  const org = publisher(store, urls);
  return {
    "@context": SCHEMA,
    "@type": "Article",
    "@id": `${url}#bai-viet`,
    // Search engines cut headlines past 110 characters.
    headline: guide.title.length > 110 ? `${guide.title.slice(0, 109)}…` : guide.title,
    ...(guide.title.length > 110 ? { name: guide.title } : {}),
    description: guide.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: "vi",
    dateModified: guide.updated,
    author: org,
    publisher: org,
    about: guide.topics.map((id) => ({ "@type": "Thing", name: store.topics.get(id)?.name ?? id, url: urls.absolute(topicsSection.item(id)) })),
    ...(guide.standards?.length ? { keywords: guide.standards.join(", ") } : {}),
  };
}

export function agencyJsonLd(store: Store, id: string, urls: Urls): JsonLd {
  const a = store.agencies.get(id);
  if (!a) throw new Error(`agencyJsonLd: no agency "${id}"`);
  const page = urls.absolute(agenciesSection.item(id));
  const province = a.province ? store.provinces.get(a.province) : undefined;
  return {
    "@context": SCHEMA,
    "@type": organizationType(a.kind),
    "@id": `${page}#to-chuc`,
    name: a.name,
    ...(a.shortName ? { alternateName: a.shortName } : {}),
    url: page,
    ...(a.url ? { sameAs: a.url } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.phone ? { telephone: a.phone } : {}),
    ...(province ? { address: { "@type": "PostalAddress", addressRegion: province.name, addressCountry: "VN" } } : {}),
    ...(a.validFrom ? { foundingDate: a.validFrom } : {}),
    // schema.org has no property for a successor: the page itself says who took over.
    ...(a.validTo ? { dissolutionDate: a.validTo } : {}),
  };
}

/**
 * JSON for the inside of <script type="application/ld+json">. "<", ">" and "&" become \u escapes
 * (still the same JSON), so no content can write "</script>" or "<!--" and leave the element;
 * U+2028/2029 are escaped for older script parsers that end lines there.
 */
export function jsonLdScript(obj: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(obj)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The whole element, for layouts that write HTML strings. */
export const jsonLdElement = (obj: JsonLd | readonly JsonLd[]): string => `<script type="application/ld+json">${jsonLdScript(obj)}</script>`;
