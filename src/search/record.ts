/**
 * What the search index holds for each page beside its main content: the facts a result shows
 * (meta), the facets a reader narrows by (filters) and the date results sort by. Computed from
 * the store, keyed by page URL; the build hands each record to Pagefind with the page's HTML.
 */
import type { SearchFacts, SearchHelpers } from "../kinds/define.ts";
import { allKinds, itemsOf, kinds, type KindName } from "../kinds/index.ts";
import { agenciesSection, provincesSection, topicsSection } from "../site/urls.ts";
import type { Store } from "../store.ts";
import type { IsoDate } from "../vi/dates.ts";
import { compareVietnamese } from "../vi/text.ts";
import { fold, nfc } from "./fold.ts";

/** Pages of data rows rather than content files: topic hubs and agencies. */
const hubLabels = { topic: "Chủ đề", agency: "Cơ quan, tổ chức", province: "Tỉnh, thành phố" } as const;

/**
 * The kind of page, as the "Loại" filter names it, in the order it lists them: kinds with a list
 * page (in the registry's order), the hubs, then kinds without one (standing pages).
 */
export const kindLabels = Object.fromEntries([
  ...kinds.filter((k) => k.url.list).map((k) => [k.name, k.search.label]),
  ...Object.entries(hubLabels),
  ...kinds.filter((k) => !k.url.list).map((k) => [k.name, k.search.label]),
]) as Record<KindName | keyof typeof hubLabels, string>;

export type FilterKey = "loai" | "tinh" | "chu-de" | "nam";

/** The facets of the search page, in the order it shows them, with their Vietnamese names. */
export const filterNames: Record<FilterKey, string> = { loai: "Loại", tinh: "Tỉnh, thành phố", "chu-de": "Chủ đề", nam: "Năm" };

export interface SearchRecord {
  /**
   * `date` and `place` are shown with a result: `date` is dd/mm/yyyy (a session's full time, a
   * plan's period), `place` only for sessions. `tinh-cu` names the provinces merged into the
   * page's province before its date ("Quảng Nam" for a Đà Nẵng session of 2027): not shown, but
   * searchable, as Pagefind searches meta, so "vietgap quang nam" still finds the trainings
   * held for that area after the 2025 merger.
   */
  meta: { date?: string; place?: string; "tinh-cu"?: string };
  /** Facet values (NFC). A page has exactly one `loai`. */
  filters: Partial<Record<FilterKey, string[]>> & { loai: [string] };
  /** ISO date results sort by ("Mới nhất"); absent for pages without one (topics, agencies, standing pages). */
  sort: { date?: IsoDate };
  /**
   * For a session, at the build's clock: open for registration, upcoming (registration closed or
   * under way), or past (held, cancelled, postponed). At equal relevance the search page ranks
   * sessions in this order among themselves (layouts/assets/search.js). A hidden filter: the
   * search page offers no choice of it.
   */
  session?: "dang-nhan-dang-ky" | "sap-dien-ra" | "da-dien-ra";
}

/** The hidden filter that carries `session`. */
export const SESSION_FILTER = "khoa-hoc";

/**
 * One record per page of the portal's content. Only these pages are indexed: lists, facets and
 * pages for editors (the editors' guide) are not what a reader searches for.
 */
export function searchRecords(store: Store): Map<string, SearchRecord> {
  const records = new Map<string, SearchRecord>();
  const province = (id: string | undefined) => (id ? store.provinces.get(id)?.name : undefined);
  // Provinces merged into `id` before `date` (their last day is validTo).
  const formerly = (id: string | undefined, date: IsoDate) =>
    [...store.provinces.values()]
      .filter((p) => id && p.successor === id && p.validTo && p.validTo < date)
      .map((p) => p.name)
      .join(", ") || undefined;
  const topics = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => store.topics.get(id)?.name ?? id);
  const put = (url: string, kind: keyof typeof kindLabels, r: SearchFacts) => {
    const filters: SearchRecord["filters"] = { loai: [kindLabels[kind]] };
    if (r.tinh) filters.tinh = [r.tinh];
    if (r.topics?.length) filters["chu-de"] = r.topics;
    if (r.nam?.length) filters.nam = r.nam;
    records.set(url, { meta: r.meta ?? {}, filters, sort: r.sort ? { date: r.sort } : {}, ...(r.session ? { session: r.session } : {}) });
  };

  const helpers: SearchHelpers = { province, formerly, topics, now: store.now, today: store.today };
  // Each kind says what its items' records hold (src/kinds/).
  const facts = (kind: (typeof allKinds)[number]) => {
    for (const item of itemsOf(store, kind)) put(item.url, kind.name, kind.search.facts(item, helpers));
  };
  for (const kind of allKinds.filter((k) => k.url.list)) facts(kind);
  for (const t of store.topics.values()) put(topicsSection.item(t.id), "topic", { topics: [t.name] });
  for (const a of store.agencies.values()) put(agenciesSection.item(a.id), "agency", { meta: { "tinh-cu": formerly(a.province, a.validTo ?? store.today) }, tinh: province(a.province) });
  // A current province's page carries the names of the units merged into it: readers still search them.
  for (const p of store.provinces.values())
    if (!p.validTo) {
      // Also as typed without diacritics ("quang nam"), which the meta boost compares as written.
      const names = formerly(p.id, store.today);
      put(provincesSection.item(p.id), "province", { meta: names ? { "tinh-cu": `${names}; ${fold(names).replace(/ - /g, " ")}` } : {}, tinh: p.name });
    }
  for (const kind of allKinds.filter((k) => !k.url.list)) facts(kind);
  return records;
}

/** Every value each facet takes, in the order the search page lists them (years newest first). */
export function filterValues(records: Iterable<SearchRecord>): Record<FilterKey, string[]> {
  const seen: Record<FilterKey, Set<string>> = { loai: new Set(), tinh: new Set(), "chu-de": new Set(), nam: new Set() };
  for (const r of records) for (const key of Object.keys(seen) as FilterKey[]) for (const v of r.filters[key] ?? []) seen[key].add(nfc(v));
  const kinds = Object.values(kindLabels) as string[];
  return {
    loai: [...seen.loai].sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b)),
    tinh: [...seen.tinh].sort(compareVietnamese),
    "chu-de": [...seen["chu-de"]].sort(compareVietnamese),
    nam: [...seen.nam].sort((a, b) => Number(b) - Number(a)),
  };
}

const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The record as elements Pagefind reads: one element per value, its text the value (so commas
 * in a topic name need no escaping). It goes outside the page's `data-pagefind-body`, where
 * Pagefind still reads filters, meta and sort keys but indexes no text.
 */
export function recordHtml(record: SearchRecord): string {
  const parts: string[] = [];
  for (const [key, values] of Object.entries(record.filters)) for (const v of values ?? []) parts.push(`<span data-pagefind-filter="${key}">${escapeText(nfc(v))}</span>`);
  for (const [key, value] of Object.entries(record.meta)) if (value) parts.push(`<span data-pagefind-meta="${key}">${escapeText(nfc(value))}</span>`);
  if (record.sort.date) parts.push(`<span data-pagefind-sort="date">${record.sort.date}</span>`);
  if (record.session) parts.push(`<span data-pagefind-filter="${SESSION_FILTER}">${record.session}</span>`);
  return `<div hidden>${parts.join("")}</div>`;
}

/**
 * Pagefind runs the text of some neighbouring elements together: `<dt>Thời gian</dt><dd>15/09/2025</dd>`
 * is indexed as the one word "gian15/09/2025", and so are adjacent `<th>` cells (measured with
 * Pagefind 1.6). A space after those closing tags keeps the words apart; it changes nothing a
 * reader sees (the published page carries it too, since the indexer reads the written files).
 */
export function separateWords(html: string): string {
  return html.replace(/<\/(dt|dd|th|caption|figcaption|summary)>(?!\s)/g, "$& ");
}

/** The HTML Pagefind indexes for a page: words kept apart, and its record. */
export function indexableHtml(html: string, record: SearchRecord): string {
  const separated = separateWords(html);
  const end = separated.lastIndexOf("</body>");
  return end < 0 ? separated + recordHtml(record) : separated.slice(0, end) + recordHtml(record) + separated.slice(end);
}
