/**
 * Which search bundle a page belongs to. The search looks at what is current by default and at
 * older years on request, so that a reader's first search, the build's memory and a rebuild grow
 * with this year's content rather than with the portal's history.
 *
 * The rule follows from the kind of page and the build clock alone, never from a key an editor
 * writes: trainings and news (activities) dated before the archive cut-off (24 months before the
 * build date) go to the bundle of their year; everything else (plans, guides, standing pages,
 * topics, agencies, upcoming and recent trainings and news) is current.
 */
import type { IsoDate } from "../vi/dates.ts";
import { kindLabels, type SearchRecord } from "./record.ts";

/** The name of the current partition; the others are named by their year ("2023"). */
export const CURRENT = "hien-tai";

/** How far back the current bundle reaches for kinds that age out of it. */
export const CURRENT_MONTHS = 24;

/** Kinds whose pages leave the current bundle as they age: each dated by its search record's date. */
const AGEING_KINDS: ReadonlySet<string> = new Set([kindLabels.session, kindLabels.activity]);

/** The first day still in the current bundle: the build date, 24 months earlier (29/2 → 28/2). */
export function archiveCutoff(today: IsoDate): IsoDate {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = y - CURRENT_MONTHS / 12;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The partition of a page: CURRENT, or the year of an aged training or news item. */
export function partitionOf(record: SearchRecord, today: IsoDate): string {
  const date = record.sort.date;
  if (!date || !AGEING_KINDS.has(record.filters.loai[0]) || date >= archiveCutoff(today)) return CURRENT;
  return date.slice(0, 4);
}

/** Where a partition's bundle is published, relative to the site: the current one where Pagefind puts it. */
export const bundleDir = (partition: string): string => (partition === CURRENT ? "pagefind/" : `pagefind/${partition}/`);

/** What the search page needs to know about the archive: its years (newest first) and the cut-off. */
export interface ArchiveSummary {
  cutoff: IsoDate;
  years: string[];
}

export function archiveSummary(records: Iterable<SearchRecord>, today: IsoDate): ArchiveSummary {
  const years = new Set<string>();
  for (const r of records) {
    const p = partitionOf(r, today);
    if (p !== CURRENT) years.add(p);
  }
  return { cutoff: archiveCutoff(today), years: [...years].sort((a, b) => Number(b) - Number(a)) };
}
