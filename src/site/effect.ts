/**
 * A document's effect status (tình trạng hiệu lực) on a given day, computed from its own dates
 * and from what later documents say about it (replaces, repeals, partly repeals). Editors never
 * type a status: one typed by hand goes stale the day a replacing document takes effect.
 * Pure: the same documents and the same day give the same answer.
 */
import type { IsoDate } from "../vi/dates.ts";

export type EffectStatus = "not-yet" | "in-force" | "partly-expired" | "expired";

export const effectLabels: Record<EffectStatus, string> = {
  "not-yet": "Chưa có hiệu lực",
  "in-force": "Còn hiệu lực",
  "partly-expired": "Hết hiệu lực một phần",
  expired: "Hết hiệu lực",
};

/** URL segments of the list's status filter (/van-ban/hieu-luc/<slug>/). */
export const effectSlugs: Record<EffectStatus, string> = {
  "not-yet": "chua-co-hieu-luc",
  "in-force": "con-hieu-luc",
  "partly-expired": "het-hieu-luc-mot-phan",
  expired: "het-hieu-luc",
};

/** What this module needs of a document. */
export interface EffectInput {
  id: string;
  issued: IsoDate;
  effective?: IsoDate;
  expires?: IsoDate;
  replaces?: readonly string[];
  repeals?: readonly string[];
  partlyRepeals?: readonly { document: string; part: string }[];
}

/** Why a document is (partly) out of force. */
export interface EffectCause {
  /** "expiry": its own date of expiry; otherwise the relation of the later document. */
  kind: "expiry" | "replaced" | "repealed" | "partly-repealed";
  /** The first day the document is (partly) out of force. */
  from: IsoDate;
  /** The later document's id (not for "expiry"). */
  by?: string;
  /** For "partly-repealed": the part, as the later document names it. */
  part?: string;
}

export interface Effect {
  status: EffectStatus;
  /** The first day in force: the date of effect, or the date of issue when none is given. */
  start: IsoDate;
  /** True when no date of effect is given and `start` is the date of issue. */
  startAssumed: boolean;
  /** Every cause already in force on the day, earliest first (whole ones before partial ones on the same day). */
  causes: EffectCause[];
  /** Causes that take effect after the day (a replacement already issued, an expiry to come). */
  upcoming: EffectCause[];
}

/** The first day a document is in force. */
export const startOf = (d: Pick<EffectInput, "issued" | "effective">): IsoDate => d.effective ?? d.issued;

const order: Record<EffectCause["kind"], number> = { expiry: 0, replaced: 1, repealed: 2, "partly-repealed": 3 };
const byDate = (a: EffectCause, b: EffectCause) => (a.from < b.from ? -1 : a.from > b.from ? 1 : order[a.kind] - order[b.kind]);

/**
 * What the documents of `all` do to others, by the id of the document they affect, in the order
 * of `all`: one pass, where asking each document about every other took minutes of CPU at a
 * few thousand documents.
 */
function causesByDocument(all: readonly EffectInput[]): Map<string, EffectCause[]> {
  const by = new Map<string, EffectCause[]>();
  const add = (id: string, cause: EffectCause) => {
    const list = by.get(id);
    if (list) list.push(cause);
    else by.set(id, [cause]);
  };
  for (const other of all) {
    const from = startOf(other);
    const touched = new Set([...(other.replaces ?? []), ...(other.repeals ?? []), ...(other.partlyRepeals ?? []).map((p) => p.document)]);
    touched.delete(other.id);
    for (const id of touched) {
      if (other.replaces?.includes(id)) add(id, { kind: "replaced", from, by: other.id });
      if (other.repeals?.includes(id)) add(id, { kind: "repealed", from, by: other.id });
      for (const p of other.partlyRepeals ?? []) if (p.document === id) add(id, { kind: "partly-repealed", from, by: other.id, part: p.part });
    }
  }
  return by;
}

/** Every cause that ends or narrows `doc`'s force: its own expiry and what the other documents do to it. */
function causesOf(doc: EffectInput, byOthers: ReadonlyMap<string, readonly EffectCause[]>): EffectCause[] {
  const causes: EffectCause[] = doc.expires ? [{ kind: "expiry", from: doc.expires }] : [];
  causes.push(...(byOthers.get(doc.id) ?? []));
  return causes.sort(byDate);
}

/** Every cause that ends or narrows `doc`'s force, from its own expiry and from `all` the other documents. */
export const effectCauses = (doc: EffectInput, all: readonly EffectInput[]): EffectCause[] => causesOf(doc, causesByDocument(all));

/** The status of `doc` on `today`, given every document of the library (`all` may include `doc`). */
export const effectOf = (doc: EffectInput, all: readonly EffectInput[], today: IsoDate): Effect => effectWith(doc, effectCauses(doc, all), today);

function effectWith(doc: EffectInput, causes: EffectCause[], today: IsoDate): Effect {
  const start = startOf(doc);
  const now = causes.filter((c) => c.from <= today);
  const upcoming = causes.filter((c) => c.from > today);
  const base = { start, startAssumed: !doc.effective, causes: now, upcoming };
  if (today < start) return { status: "not-yet", ...base };
  if (now.some((c) => c.kind !== "partly-repealed")) return { status: "expired", ...base };
  if (now.length) return { status: "partly-expired", ...base };
  return { status: "in-force", ...base };
}

/** Each document's effect on `today`, by id. */
export function effects(all: readonly EffectInput[], today: IsoDate): Map<string, Effect> {
  const byOthers = causesByDocument(all);
  return new Map(all.map((d) => [d.id, effectWith(d, causesOf(d, byOthers), today)]));
}
