/**
 * How the documents library reads to people: a document's short title and citation line, its
 * authority, its effect on the build day, the relations other documents state about it, the
 * list's filters, and the spellings people search its number by. Pages, open data and search
 * all use these, so a document is named the same way everywhere.
 */
import type { DocumentForm } from "../schema/document.ts";
import type { ActivityItem, DocumentItem, PlanItem, QuestionItem, Store } from "../store.ts";
import { perStore } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { slug } from "../vi/slug.ts";
import { compareVietnamese } from "../vi/text.ts";
import { effectOf, effects, effectLabels, effectSlugs, type Effect, type EffectStatus } from "./effect.ts";
import { documentsSection, libraryUrls, type LibraryFacetKey } from "./urls.ts";

export const LIBRARY_URL = documentsSection.list;

export const formLabels: Record<DocumentForm, string> = {
  luat: "Luật",
  "nghi-quyet": "Nghị quyết",
  "nghi-dinh": "Nghị định",
  "quyet-dinh": "Quyết định",
  "chi-thi": "Chỉ thị",
  "thong-tu": "Thông tư",
  "ke-hoach": "Kế hoạch",
  "cong-van": "Công văn",
  "huong-dan": "Hướng dẫn",
  "bao-cao": "Báo cáo",
  "thong-bao": "Thông báo",
  khac: "Văn bản",
};

/** The abbreviation each form's symbol carries, as people also type it ("qd 1322"). */
const formAbbreviations: Partial<Record<DocumentForm, string>> = {
  "nghi-quyet": "NQ",
  "nghi-dinh": "NĐ",
  "quyet-dinh": "QĐ",
  "chi-thi": "CT",
  "thong-tu": "TT",
  "ke-hoach": "KH",
  "cong-van": "CV",
  "huong-dan": "HD",
  "bao-cao": "BC",
  "thong-bao": "TB",
};

/** "Quyết định 1322/QĐ-TTg". */
export const documentTitle = (d: Pick<DocumentItem, "form" | "number">): string => `${formLabels[d.form]} ${d.number}`;

/** The authority's name: the agency's as printed, or the free text. */
export const authorityName = (store: Store, d: Pick<DocumentItem, "issuer" | "authority">): string =>
  d.issuer ? (store.agencies.get(d.issuer)?.name ?? d.issuer) : (d.authority ?? "");

/** "Quyết định số 1322/QĐ-TTg ngày 31/08/2020 của Thủ tướng Chính phủ phê duyệt …": the line people paste into their own documents. */
export function citation(store: Store, d: DocumentItem): string {
  const summary = d.summary.charAt(0).toLocaleLowerCase("vi") + d.summary.slice(1);
  return `${formLabels[d.form]} số ${d.number} ngày ${formatDate(d.issued)} của ${authorityName(store, d)} ${summary}`.normalize("NFC");
}

/** Each document's effect on the build day. */
export const effectsOf = perStore((store): Map<string, Effect> => effects(store.documents, store.today));
export const effectOfDocument = (store: Store, d: DocumentItem): Effect => effectsOf(store).get(d.id) ?? effectOf(d, store.documents, store.today);

/**
 * The documents that name a province: those that apply to one of `provinceIds` (a current unit
 * and the former units it was formed from) or that an agency of one of them issued. Newest first.
 */
export function documentsOfProvinces(store: Store, provinceIds: ReadonlySet<string>): DocumentItem[] {
  const issuedThere = (d: DocumentItem): boolean => {
    const province = d.issuer ? store.agencies.get(d.issuer)?.province : undefined;
    return province !== undefined && provinceIds.has(province);
  };
  return store.documents.filter((d) => d.provinces?.some((id) => provinceIds.has(id)) || issuedThere(d)).sort(byIssued);
}

/** Newest first, then by number. */
export const byIssued = (a: DocumentItem, b: DocumentItem): number => (a.issued < b.issued ? 1 : a.issued > b.issued ? -1 : compareVietnamese(a.number, b.number));

export type FacetKey = LibraryFacetKey;
export const facetNames: Record<FacetKey, string> = { loai: "Loại văn bản", "co-quan": "Cơ quan ban hành", nam: "Năm ban hành", "hieu-luc": "Tình trạng" };

export interface LibraryFacet {
  key: FacetKey;
  /** The value in the page's URL and in the cards' data attributes. */
  value: string;
  label: string;
  url: string;
}

/** Each document's value for every facet. */
export function facetsOf(store: Store, d: DocumentItem): Record<FacetKey, LibraryFacet> {
  // Asked for every document by each of the library's facet pages: worked out once per store.
  const known = knownFacets(store);
  let facets = known.get(d);
  if (!facets) known.set(d, (facets = documentFacets(store, d)));
  return facets;
}
const knownFacets = perStore(() => new Map<DocumentItem, Record<FacetKey, LibraryFacet>>());

function documentFacets(store: Store, d: DocumentItem): Record<FacetKey, LibraryFacet> {
  const authority = authorityName(store, d);
  const status: EffectStatus = effectOfDocument(store, d).status;
  const year = d.issued.slice(0, 4);
  const make = (key: FacetKey, value: string, label: string): LibraryFacet => ({ key, value, label, url: libraryUrls.facet(key, value) });
  return {
    loai: make("loai", d.form, formLabels[d.form]),
    "co-quan": make("co-quan", slug(authority), authority),
    nam: make("nam", year, year),
    "hieu-luc": make("hieu-luc", effectSlugs[status], effectLabels[status]),
  };
}

/** Every facet value some document has, in the order the list shows them. */
export function libraryFacets(store: Store): LibraryFacet[] {
  const seen = new Map<string, LibraryFacet>();
  for (const d of store.documents) for (const f of Object.values(facetsOf(store, d))) seen.set(f.url, f);
  const order = { loai: Object.keys(formLabels), "hieu-luc": Object.values(effectSlugs) } as Record<FacetKey, string[] | undefined>;
  return [...seen.values()].sort((a, b) => {
    if (a.key !== b.key) return (Object.keys(facetNames) as FacetKey[]).indexOf(a.key) - (Object.keys(facetNames) as FacetKey[]).indexOf(b.key);
    const fixed = order[a.key];
    if (fixed) return fixed.indexOf(a.value) - fixed.indexOf(b.value);
    return a.key === "nam" ? Number(b.value) - Number(a.value) : compareVietnamese(a.label, b.label);
  });
}

/** What a relation is called, seen from the document that states it and from the other end. */
export const relationLabels = {
  basedOn: { out: "Căn cứ", in: "Được làm căn cứ cho" },
  replaces: { out: "Thay thế", in: "Bị thay thế bởi" },
  amends: { out: "Sửa đổi, bổ sung", in: "Được sửa đổi, bổ sung bởi" },
  repeals: { out: "Bãi bỏ", in: "Bị bãi bỏ bởi" },
  partlyRepeals: { out: "Bãi bỏ một phần", in: "Bị bãi bỏ một phần bởi" },
  implements: { out: "Hướng dẫn thi hành", in: "Được hướng dẫn thi hành bởi" },
} as const;
export type RelationName = keyof typeof relationLabels;

export interface RelationGroup {
  relation: RelationName;
  label: string;
  items: { doc: DocumentItem; part?: string }[];
}

const targetsOf = (d: DocumentItem, r: RelationName): { id: string; part?: string }[] =>
  r === "partlyRepeals" ? (d.partlyRepeals ?? []).map((p) => ({ id: p.document, part: p.part })) : (d[r] ?? []).map((id) => ({ id }));

/**
 * Who points at each document, gathered in one pass over the store: the relations other
 * documents state about it, and the plans, news and questions that cite it. A page asks for one
 * document; scanning every item for each of 1,500 documents made the library's pages grow with
 * the square of the content.
 */
interface DocumentLinks {
  byId: ReadonlyMap<string, DocumentItem>;
  incoming: ReadonlyMap<string, ReadonlyMap<RelationName, { doc: DocumentItem; part?: string }[]>>;
  citedBy: ReadonlyMap<string, { plans: PlanItem[]; activities: ActivityItem[]; questions: QuestionItem[] }>;
}
const documentLinks = perStore(gatherDocumentLinks);
function gatherDocumentLinks(store: Store): DocumentLinks {
  const byId = new Map(store.documents.map((x) => [x.id, x]));
  const incoming = new Map<string, Map<RelationName, { doc: DocumentItem; part?: string }[]>>();
  for (const other of store.documents)
    for (const relation of Object.keys(relationLabels) as RelationName[])
      for (const t of targetsOf(other, relation)) {
        let groups = incoming.get(t.id);
        if (!groups) incoming.set(t.id, (groups = new Map()));
        if (!groups.has(relation)) groups.set(relation, []);
        groups.get(relation)!.push({ doc: other, ...(t.part ? { part: t.part } : {}) });
      }
  const citedBy = new Map<string, { plans: PlanItem[]; activities: ActivityItem[]; questions: QuestionItem[] }>();
  const of = (id: string) => {
    let c = citedBy.get(id);
    if (!c) citedBy.set(id, (c = { plans: [], activities: [], questions: [] }));
    return c;
  };
  // A Set per item: an id named twice by one item cites it once, as a filter over the items did.
  for (const p of store.plans) for (const id of new Set(p.legalBasis ?? [])) of(id).plans.push(p);
  for (const a of store.activities) for (const id of new Set(a.documents ?? [])) of(id).activities.push(a);
  for (const q of store.questions) for (const id of new Set(q.documents ?? [])) of(id).questions.push(q);
  return { byId, incoming, citedBy };
}

/** A document of the library by id. */
export const documentById = (store: Store, id: string | undefined): DocumentItem | undefined => (id === undefined ? undefined : documentLinks(store).byId.get(id));

/** The plans (by their legal basis), news and questions that cite `d`, in the store's order. */
export const citingItems = (store: Store, d: DocumentItem): { plans: PlanItem[]; activities: ActivityItem[]; questions: QuestionItem[] } =>
  documentLinks(store).citedBy.get(d.id) ?? { plans: [], activities: [], questions: [] };

/** The relations `d` states (outgoing), and those other documents state about it (incoming). */
export function relationsOf(store: Store, d: DocumentItem): { outgoing: RelationGroup[]; incoming: RelationGroup[] } {
  const { byId, incoming: incomingOf } = documentLinks(store);
  const outgoing: RelationGroup[] = [];
  const incoming: RelationGroup[] = [];
  for (const relation of Object.keys(relationLabels) as RelationName[]) {
    const out = targetsOf(d, relation).flatMap((t) => (byId.has(t.id) ? [{ doc: byId.get(t.id)!, ...(t.part ? { part: t.part } : {}) }] : []));
    if (out.length) outgoing.push({ relation, label: relationLabels[relation].out, items: out });
    const inc = incomingOf.get(d.id)?.get(relation) ?? [];
    if (inc.length) incoming.push({ relation, label: relationLabels[relation].in, items: [...inc].sort((a, b) => byIssued(a.doc, b.doc)) });
  }
  return { outgoing, incoming };
}

/**
 * The spellings people search a number by: as printed, without "Đ", the form and its
 * abbreviation before the number, with and without diacritics ("1322/QD-TTg", "qd 1322",
 * "quyet dinh 1322"). The document page carries them as weighted text for the search index, so
 * the document ranks above pages that only cite it.
 */
export function numberSpellings(d: Pick<DocumentItem, "form" | "number">): string[] {
  const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const head = /^\d+/.exec(d.number)?.[0];
  const form = formLabels[d.form];
  const abbreviation = formAbbreviations[d.form];
  const out = [d.number, plain(d.number)];
  if (head) {
    out.push(`${form} ${head}`, `${form} số ${head}`, plain(`${form} ${head}`));
    if (abbreviation) out.push(`${abbreviation} ${head}`, plain(`${abbreviation} ${head}`));
    out.push(head);
  }
  return [...new Set(out.map((s) => s.normalize("NFC")))];
}
