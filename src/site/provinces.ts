/**
 * The provinces across the 2025 reorganisation (63 units → 34 on 1/7/2025) and the 2026 changes
 * of type: which units are current, the type and full name of a unit on a date, where a former
 * unit went, and which former units a current one was formed from. Pages, calendars, search and
 * the checker all ask these questions; they are answered here only.
 */
import type { Province, ProvinceKind } from "../schema/province.ts";
import { fold } from "../search/fold.ts";
import { compareVietnamese } from "../vi/text.ts";
import type { IsoDate } from "../vi/dates.ts";

type Provinces = ReadonlyMap<string, Province>;

/** A unit that still exists (no end of validity). */
export const isCurrentProvince = (p: Province): boolean => p.validTo === undefined;

/** The current units, sorted by name as Vietnamese readers sort. */
export function currentProvinces(provinces: Provinces): Province[] {
  return [...provinces.values()].filter(isCurrentProvince).sort((a, b) => compareVietnamese(a.name, b.name));
}

/** The former units that have their own id (those that did not keep their name), by name. */
export function formerProvinces(provinces: Provinces): Province[] {
  return [...provinces.values()].filter((p) => !isCurrentProvince(p)).sort((a, b) => compareVietnamese(a.name, b.name));
}

/** The type of a unit on a date: its `kind`, then each change of kind from its date on. */
export function provinceKindOn(p: Province, date: IsoDate): ProvinceKind | undefined {
  let kind = p.kind;
  for (const change of p.kindChanges ?? []) if (change.from <= date) kind = change.kind;
  return kind;
}

/** "tỉnh Quảng Ninh" until 31/8/2026, "thành phố Quảng Ninh" from 1/9/2026. */
export function provinceTitle(p: Province, date: IsoDate): string {
  const kind = provinceKindOn(p, date);
  return kind === "city" ? `thành phố ${p.name}` : kind === "province" ? `tỉnh ${p.name}` : p.name;
}

/** The same with a capital, to start a sentence or a heading: "Thành phố Hà Nội". */
export const provinceTitleCapitalised = (p: Province, date: IsoDate): string => {
  const t = provinceTitle(p, date);
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/**
 * The current unit a unit belongs to now: itself if it is current, else its successor's (the
 * chain is followed, and a loop or a missing successor gives undefined).
 */
export function currentProvinceOf(provinces: Provinces, id: string): Province | undefined {
  const seen = new Set<string>();
  let p = provinces.get(id);
  while (p && !isCurrentProvince(p)) {
    if (seen.has(p.id) || !p.successor) return undefined;
    seen.add(p.id);
    p = provinces.get(p.successor);
  }
  return p;
}

/** The former units with their own id whose successor is this unit, by name. */
export function predecessorsOf(provinces: Provinces, id: string): Province[] {
  return [...provinces.values()].filter((p) => p.successor === id).sort((a, b) => compareVietnamese(a.name, b.name));
}

/**
 * The units a current unit was formed from, as a reader says them: the former unit of the same
 * name first (it shared the id), then the others. Empty for a unit that was not merged.
 */
export function formedFrom(provinces: Provinces, p: Province): { name: string; kind?: ProvinceKind; id?: string; code?: string }[] {
  if (!p.merger) return [];
  const before = (q: Province): IsoDate => (q.validTo ?? p.merger!.date);
  const own = { name: p.name, ...(p.kind ? { kind: p.kind } : {}), ...(p.formerCode ? { code: p.formerCode } : {}) };
  return [own, ...predecessorsOf(provinces, p.id).map((q) => ({ name: q.name, ...(provinceKindOn(q, before(q)) ? { kind: provinceKindOn(q, before(q))! } : {}), id: q.id, ...(q.code ? { code: q.code } : {}) }))];
}

/** "tỉnh Tuyên Quang và tỉnh Hà Giang"; "tỉnh Phú Thọ, tỉnh Hòa Bình và tỉnh Vĩnh Phúc". */
export function formedFromText(provinces: Provinces, p: Province): string {
  const names = formedFrom(provinces, p).map((u) => (u.kind === "city" ? `thành phố ${u.name}` : u.kind === "province" ? `tỉnh ${u.name}` : u.name));
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`;
}

/**
 * The current unit a reader means by an id or a name, old or new, with or without diacritics
 * ("quang-nam", "Quảng Nam", "quang nam" → Đà Nẵng). Undefined when nothing matches.
 */
export function resolveProvince(provinces: Provinces, text: string): Province | undefined {
  const key = fold(text.trim()).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  if (!key) return undefined;
  const byId = provinces.get(key);
  if (byId) return currentProvinceOf(provinces, byId.id);
  for (const p of provinces.values()) if (fold(p.name).replace(/[^a-z0-9]+/g, "-") === key) return currentProvinceOf(provinces, p.id);
  return undefined;
}
