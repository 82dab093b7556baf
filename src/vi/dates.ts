/**
 * Dates and times as Vietnamese readers expect them: dd/mm/yyyy, 24-hour clock,
 * Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam has no daylight saving time).
 */
export type IsoDate = string; // "YYYY-MM-DD"

export const VIETNAM_OFFSET = "+07:00";
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** "2026-02-31" → null; "2026-02-28" → the same string. */
export function parseIsoDate(s: string): IsoDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? s : null;
}

/** An editor wrote "12/03/2026": the ISO form they meant, "2026-03-12", or null. */
export function isoFromVietnameseDate(s: string): IsoDate | null {
  const m = VN_DATE.exec(s.trim());
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (!isRealDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A point or a day in time, resolved once when content is loaded. */
export interface Moment {
  /** As written, normalised to ISO 8601 with offset (or a plain date for all-day). */
  iso: string;
  /** The calendar day in Vietnam. */
  date: IsoDate;
  /** "HH:MM" in Vietnam; absent for all-day. */
  time?: string;
  allDay: boolean;
  /** Milliseconds since the epoch: the start of the day in Vietnam for all-day values. */
  instant: number;
}

export type MomentProblem = "format" | "not-a-date" | "time";

/** Parses "2026-05-14", "2026-05-14T08:00", "2026-05-14T08:00:00+07:00" or "…Z". */
export function parseMoment(s: string): Moment | MomentProblem {
  const m = ISO_MOMENT.exec(s.trim());
  if (!m) return "format";
  const date = parseIsoDate(m[1]!);
  if (!date) return "not-a-date";
  if (m[2] === undefined) {
    return { iso: date, date, allDay: true, instant: Date.parse(`${date}T00:00:00${VIETNAM_OFFSET}`) };
  }
  const hh = Number(m[2]);
  const mm = Number(m[3]);
  const ss = Number(m[4] ?? "0");
  if (hh > 23 || mm > 59 || ss > 59) return "time";
  const offset = m[5] ?? VIETNAM_OFFSET;
  const iso = `${date}T${m[2]}:${m[3]}:${m[4] ?? "00"}${offset === "Z" ? "Z" : offset}`;
  const instant = Date.parse(iso);
  const local = new Date(instant + OFFSET_MS).toISOString();
  return { iso, date: local.slice(0, 10), time: local.slice(11, 16), allDay: false, instant };
}

/** The calendar day in Vietnam at an instant. */
export function vietnamDate(instant: number): IsoDate {
  return new Date(instant + OFFSET_MS).toISOString().slice(0, 10);
}

/** Instant at which a Vietnamese calendar day starts. */
export function startOfVietnamDay(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00${VIETNAM_OFFSET}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-03-12" → "12/03/2026". */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

const MONTH_YEAR = new Intl.DateTimeFormat("vi-VN", { month: "long", year: "numeric", timeZone: "UTC" });
/** "2026-03-12" → "tháng 3 năm 2026". */
export function formatMonth(date: IsoDate): string {
  return MONTH_YEAR.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

/** A moment for readers: "12/03/2026, 08:00" or "12/03/2026". */
export function formatMoment(m: Moment): string {
  return m.time ? `${formatDate(m.date)}, ${m.time}` : formatDate(m.date);
}
