/** How sessions read on the site: when, where, fee; ordering and grouping. */
import type { SessionItem, Store } from "../store.ts";
import { isUpcoming, sessionStatus } from "./status.ts";
import { formatDate, type IsoDate } from "../vi/dates.ts";
import { formatMoney } from "../vi/text.ts";
import { formatLabels } from "./labels.ts";

/** "12/03/2026, 08:00–16:30", "12/03/2026 08:00 – 13/03/2026 16:30", "12/03/2026 (cả ngày)". */
export function sessionWhen(s: Pick<SessionItem, "start" | "end">): string {
  const { start, end } = s;
  if (start.allDay || end.allDay) {
    return start.date === end.date ? `${formatDate(start.date)} (cả ngày)` : `${formatDate(start.date)} – ${formatDate(end.date)}`;
  }
  if (start.date === end.date) return `${formatDate(start.date)}, ${start.time}–${end.time}`;
  return `${formatDate(start.date)} ${start.time} – ${formatDate(end.date)} ${end.time}`;
}

/** Venue name, "Trực tuyến", or both for hybrid sessions. */
export function sessionPlace(s: Pick<SessionItem, "format" | "venue">): string {
  if (s.format === "online") return "Trực tuyến";
  const venue = s.venue ? [s.venue.name, s.venue.address].filter(Boolean).join(", ") : "";
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
const upcomingIndex = new WeakMap<Store, Map<string, SessionItem[]>>();
export function upcomingByTopic(store: Store): ReadonlyMap<string, readonly SessionItem[]> {
  let index = upcomingIndex.get(store);
  if (!index) {
    index = new Map();
    for (const s of [...store.sessions].sort(byStart)) {
      if (!isUpcoming(sessionStatus(s, store.now, store.today))) continue;
      for (const t of s.topics) {
        const list = index.get(t) ?? [];
        list.push(s);
        index.set(t, list);
      }
    }
    upcomingIndex.set(store, index);
  }
  return index;
}
