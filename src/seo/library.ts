/**
 * schema.org structured data for the documents library and for questions and answers.
 *
 * A normative text (law, resolution, decree, decision, directive, circular) is `Legislation`,
 * with its identifier, date, authority and legal force computed on the build day; other
 * documents (plans, letters, reports, notices) are `DigitalDocument`. Questions are a
 * `FAQPage`, each with its accepted answer as plain text.
 */
import { markdownToText } from "../markdown.ts";
import type { DocumentForm } from "../schema/document.ts";
import type { EffectStatus } from "../site/effect.ts";
import { authorityName, documentTitle, effectOfDocument, formLabels } from "../site/library.ts";
import type { Urls } from "../site/urls.ts";
import type { DocumentItem, QuestionItem, Store } from "../store.ts";
import type { JsonLd } from "./jsonld.ts";

const SCHEMA = "https://schema.org";

/** Forms that carry legal norms: what schema.org calls Legislation. */
const LEGISLATION: ReadonlySet<DocumentForm> = new Set(["luat", "nghi-quyet", "nghi-dinh", "quyet-dinh", "chi-thi", "thong-tu"]);
const isLegislation = (form: DocumentForm): boolean => LEGISLATION.has(form);

const legalForce: Record<EffectStatus, string> = {
  "not-yet": `${SCHEMA}/NotInForce`,
  "in-force": `${SCHEMA}/InForce`,
  "partly-expired": `${SCHEMA}/PartiallyInForce`,
  expired: `${SCHEMA}/NotInForce`,
};

const docRef = (d: DocumentItem, urls: Urls, legislation: boolean): JsonLd => ({
  "@type": legislation && isLegislation(d.form) ? "Legislation" : "DigitalDocument",
  "@id": `${urls.absolute(d.url)}#van-ban`,
  name: documentTitle(d),
  url: urls.absolute(d.url),
});

export function documentJsonLd(store: Store, d: DocumentItem, urls: Urls): JsonLd {
  const url = urls.absolute(d.url);
  const byId = new Map(store.documents.map((x) => [x.id, x]));
  const refs = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => (byId.has(id) ? [docRef(byId.get(id)!, urls, true)] : []));
  const authority = authorityName(store, d);
  const agency = d.issuer ? store.agencies.get(d.issuer) : undefined;
  const org: JsonLd = agency
    ? { "@type": "GovernmentOrganization", "@id": `${urls.absolute(`/co-quan/${agency.id}/`)}#to-chuc`, name: agency.name, url: urls.absolute(`/co-quan/${agency.id}/`) }
    : { "@type": "GovernmentOrganization", name: authority };
  const files = (d.files ?? []).flatMap((f) => {
    const file = store.files.get(f.file);
    return file ? [{ "@type": "MediaObject", name: f.title, contentUrl: urls.absolute(file.url), encodingFormat: file.type, contentSize: `${file.bytes} B` }] : [];
  });
  const basedOn = [...refs(d.basedOn), ...refs(d.implements)];
  const common: JsonLd = {
    "@context": SCHEMA,
    "@type": "DigitalDocument",
    "@id": `${url}#van-ban`,
    name: documentTitle(d),
    headline: d.summary.length > 110 ? `${d.summary.slice(0, 109)}…` : d.summary,
    description: d.summary,
    url,
    inLanguage: "vi",
    dateCreated: d.issued,
    author: org,
    ...(d.signer ? { creator: { "@type": "Person", name: d.signer, ...(d.signerTitle ? { jobTitle: d.signerTitle } : {}) } } : {}),
    ...(basedOn.length ? { isBasedOn: basedOn } : {}),
    ...(d.officialUrl ? { sameAs: d.officialUrl } : {}),
    ...(files.length ? { associatedMedia: files } : {}),
    ...(d.topics?.length ? { about: d.topics.map((id) => ({ "@type": "Thing", name: store.topics.get(id)?.name ?? id, url: urls.absolute(`/chu-de/${id}/`) })) } : {}),
  };
  if (!isLegislation(d.form)) return common;
  const changes = [...refs(d.replaces), ...refs(d.amends), ...refs(d.repeals), ...refs(d.partlyRepeals?.map((p) => p.document))];
  return {
    ...common,
    "@type": "Legislation",
    legislationIdentifier: d.number,
    legislationType: formLabels[d.form],
    legislationDate: d.issued,
    legislationPassedBy: org,
    legislationJurisdiction: { "@type": "Country", name: "Việt Nam", identifier: "VN" },
    legislationLegalForce: legalForce[effectOfDocument(store, d).status],
    ...(d.effective ? { legislationDateOfApplicability: d.effective } : {}),
    ...(changes.length ? { legislationChanges: changes } : {}),
  };
}

/** A FAQPage of these questions, each answer as plain text (links as their text). */
export function faqJsonLd(questions: readonly QuestionItem[], pageUrl: string, urls: Urls): JsonLd {
  return {
    "@context": SCHEMA,
    "@type": "FAQPage",
    "@id": `${urls.absolute(pageUrl)}#hoi-dap`,
    url: urls.absolute(pageUrl),
    inLanguage: "vi",
    mainEntity: questions.map((q) => ({
      "@type": "Question",
      "@id": `${urls.absolute(q.url)}#cau-hoi`,
      name: q.question,
      url: urls.absolute(q.url),
      dateCreated: q.answered,
      acceptedAnswer: { "@type": "Answer", text: markdownToText(q.body, urls), url: urls.absolute(q.url), dateCreated: q.answered },
    })),
  };
}
