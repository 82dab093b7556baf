/**
 * How a session reads, wherever it is shown: its time, place, venue, fee and format on the
 * site's pages, in the feeds and calendar files (iCalendar, Atom, web-calendar links, open
 * data) and in JSON-LD. One module, so every output says the same thing; also the sessions'
 * ordering and grouping for pages.
 */
import { markdownToText } from "../markdown.ts";
import type { SessionItem, Store } from "../store.ts";
import { perStore } from "../store.ts";
import { registrationDeadline, statusLabels, isUpcoming, statusOf, onlineUrlOf } from "./status.ts";
import type { Urls } from "./urls.ts";
import { addDays, formatDate, startOfVietnamDay, VIETNAM_OFFSET, type IsoDate } from "../vi/dates.ts";
import { formatMoney, formatNumber } from "../vi/text.ts";
import { formatLabels, trainingKindLabels } from "./labels.ts";

/** "12/03/2026, 08:00–16:30", "12/03/2026 08:00 – 13/03/2026 16:30", "12/03/2026 (cả ngày)". */
export function sessionWhen(s: Pick<SessionItem, "start" | "end">): string {
  const { start, end } = s;
  if (start.allDay || end.allDay) {
    return start.date === end.date ? `${formatDate(start.date)} (cả ngày)` : `${formatDate(start.date)} – ${formatDate(end.date)}`;
  }
  if (start.date === end.date) return `${formatDate(start.date)}, ${start.time}–${end.time}`;
  return `${formatDate(start.date)} ${start.time} – ${formatDate(end.date)} ${end.time}`;
}

/** A venue as one line: "name, address". */
const venueText = (venue: NonNullable<SessionItem["venue"]>): string => [venue.name, venue.address].filter(Boolean).join(", ");

/** Venue name, "Trực tuyến", or both for hybrid sessions. */
export function sessionPlace(s: Pick<SessionItem, "format" | "venue">): string {
  if (s.format === "online") return "Trực tuyến";
  const venue = s.venue ? venueText(s.venue) : "";
  return s.format === "hybrid" ? `${venue} và ${formatLabels.online.toLowerCase()}` : venue;
}

export const feeText = (fee: number): string => (fee === 0 ? "Miễn phí" : formatMoney(fee));

export const byStart = (a: SessionItem, b: SessionItem): number => a.start.instant - b.start.instant || (a.id < b.id ? -1 : 1);

/** Groups sessions (already sorted) by the month they start in: "2026-03" → sessions. */
export function groupByMonth(sessions: readonly SessionItem[]): [month: IsoDate, sessions: SessionItem[]][] {
  const groups = new Map<string, SessionItem[]>();
  for (const s of sessions) {
    const key = `${s.start.date.slice(0, 7)}-01`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  return [...groups.entries()];
}

/** Upcoming sessions of each topic, soonest first: computed once per store, not once per page. */
export const upcomingByTopic = perStore((store): ReadonlyMap<string, readonly SessionItem[]> => {
  const index = new Map<string, SessionItem[]>();
  for (const s of [...store.sessions].sort(byStart)) {
    if (!isUpcoming(statusOf(store, s))) continue;
    for (const t of s.topics) {
      const list = index.get(t) ?? [];
      list.push(s);
      index.set(t, list);
    }
  }
  return index;
});

// ---- for machines and plain text (calendar files, feeds, open data, JSON-LD) ----------------

const OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant as ISO 8601 in Vietnam's offset: "2026-12-01T08:00:00+07:00". */
export function vietnamIso(instant: number): string {
  return `${new Date(instant + OFFSET_MS).toISOString().slice(0, 19)}${VIETNAM_OFFSET}`;
}

/** A session is all-day when either end is a plain date (as the site shows it). */
export const isAllDay = (s: Pick<SessionItem, "start" | "end">): boolean => s.start.allDay || s.end.allDay;

/** Start and end for machines: dates for all-day sessions, date-times with +07:00 otherwise. */
export function sessionTimes(s: Pick<SessionItem, "start" | "end">): { allDay: boolean; start: string; end: string } {
  const allDay = isAllDay(s);
  return allDay ? { allDay, start: s.start.date, end: s.end.date } : { allDay, start: vietnamIso(s.start.instant), end: vietnamIso(s.end.instant) };
}

/** The day after the last day: calendars (iCalendar, Google, Outlook) end all-day events there. */
export const exclusiveEndDate = (s: Pick<SessionItem, "end">): IsoDate => addDays(s.end.date, 1);

/** Venue "name, address", or the online link for online sessions while it is public. */
export function locationText(store: Store, s: SessionItem): string | undefined {
  if (s.format !== "online" && s.venue) return venueText(s.venue);
  return onlineUrlOf(store, s);
}

/** "[Đã hủy] " / "[Tạm hoãn] " before a title: many calendar apps do not show STATUS at all. */
export function statusPrefix(s: Pick<SessionItem, "status">): string {
  if (s.status === "cancelled") return `[${statusLabels.cancelled}] `;
  if (s.status === "postponed") return `[${statusLabels.postponed}] `;
  return "";
}

/** The last day the session's published facts changed: its last change, or its announcement. */
export function lastChangeDate(s: Pick<SessionItem, "announced" | "changes">): IsoDate | undefined {
  return s.changes?.at(-1)?.date ?? s.announced;
}

/** Start of a Vietnamese day, for dates that must be instants (LAST-MODIFIED, Atom updated). */
export const dayInstant = (date: IsoDate): number => startOfVietnamDay(date);

export interface Fact {
  label: string;
  value: string;
}

/** The facts of an announcement (what, when, where, for whom, fee, deadline, contact), in order. */
export function sessionFacts(store: Store, s: SessionItem, urls: Urls): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) facts.push({ label, value });
  };
  if (s.status === "cancelled" || s.status === "postponed") add("Tình trạng", statusLabels[s.status]);
  add("Loại khóa", trainingKindLabels[s.kind]);
  add("Thời gian", `${sessionWhen(s)} (giờ Việt Nam)`);
  add("Hình thức", formatLabels[s.format]);
  if (s.format !== "online" && s.venue) add("Địa điểm", venueText(s.venue));
  if (s.format !== "in-person") add("Trực tuyến", onlineUrlOf(store, s));
  add("Đối tượng", s.audience);
  if (s.seats) add("Số chỗ", formatNumber(s.seats));
  add("Học phí", feeText(s.fee));
  add("Hạn đăng ký", formatDate(registrationDeadline(s)));
  add("Đăng ký trực tuyến", s.registration?.url);
  add("Thư điện tử", s.registration?.email);
  add("Điện thoại", s.registration?.phone);
  add("Liên hệ", s.registration?.contact);
  add("Đơn vị tổ chức", store.agencies.get(s.organizer)?.name);
  for (const c of s.changes ?? []) add(`Thay đổi ngày ${formatDate(c.date)}`, c.note);
  add("Chi tiết", urls.absolute(s.url));
  return facts;
}

export const factsText = (facts: readonly Fact[]): string => facts.map((f) => `${f.label}: ${f.value}`).join("\n");

/** The full plain-text announcement: facts, then the editor's description. */
export function sessionText(store: Store, s: SessionItem, urls: Urls): string {
  const parts = [factsText(sessionFacts(store, s, urls))];
  if (s.description) parts.push(markdownToText(s.description, urls));
  return parts.join("\n\n").normalize("NFC");
}
