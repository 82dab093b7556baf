/** A training session's status as a reader sees it, computed from the build clock. */
import type { SessionItem, Store } from "../store.ts";
import { derivedRead } from "../reads.ts";
import { addDays, type IsoDate } from "../vi/dates.ts";

export type SessionStatus = "open" | "closing-soon" | "closed" | "ongoing" | "completed" | "cancelled" | "postponed";

/** Registration "closes soon" within this many days of its deadline. */
export const CLOSING_SOON_DAYS = 7;

export const statusLabels: Record<SessionStatus, string> = {
  open: "Đang nhận đăng ký",
  "closing-soon": "Sắp hết hạn đăng ký",
  closed: "Đã hết hạn đăng ký",
  ongoing: "Đang diễn ra",
  completed: "Đã diễn ra",
  cancelled: "Đã hủy",
  postponed: "Tạm hoãn",
};

/** The last day registration is accepted: the deadline, or the day before the start. */
export function registrationDeadline(s: Pick<SessionItem, "registration" | "start">): IsoDate {
  return s.registration?.deadline ?? addDays(s.start.date, -1);
}

export function sessionStatus(s: SessionItem, now: number, today: IsoDate): SessionStatus {
  if (s.status === "cancelled") return "cancelled";
  if (s.status === "postponed") return "postponed";
  if (s.status === "completed" || s.end.date < today || (!s.end.allDay && s.end.instant < now)) return "completed";
  // An all-day session has begun once its first day has come.
  if (s.start.date < today || (s.start.allDay ? s.start.date <= today : s.start.instant <= now)) return "ongoing";
  const deadline = registrationDeadline(s);
  if (today > deadline) return "closed";
  return addDays(today, CLOSING_SOON_DAYS) >= deadline ? "closing-soon" : "open";
}

/**
 * The online meeting link a reader may see: while registration is open, or at any time before
 * the end when the editor made it public. After registration closes, registrants get it by
 * e-mail, so the page, calendars, structured data and open data no longer publish it.
 */
export function publicOnlineUrl(s: SessionItem, now: number, today: IsoDate): string | undefined {
  if (s.format === "in-person" || !s.onlineUrl) return undefined;
  const status = sessionStatus(s, now, today);
  if (status === "open" || status === "closing-soon") return s.onlineUrl;
  return s.onlineUrlPublic && isUpcoming(status) ? s.onlineUrl : undefined;
}

/** Upcoming means a reader can still attend: not finished, cancelled or postponed. */
export const isUpcoming = (status: SessionStatus): boolean => status === "open" || status === "closing-soon" || status === "closed" || status === "ongoing";

/**
 * Each session's status and public online link on the build clock, read as themselves
 * (src/reads.ts): a page that shows them is rendered again when they change, not whenever the
 * clock moves, as it does between any two builds.
 */
const statuses = derivedRead("status", (store) => new Map(store.sessions.map((s) => [s.url, sessionStatus(s, store.now, store.today)])));
const onlineUrls = derivedRead("online", (store) => new Map(store.sessions.map((s) => [s.url, publicOnlineUrl(s, store.now, store.today) ?? null])));

/** A session's status on the store's clock. */
export const statusOf = (store: Store, s: SessionItem): SessionStatus => statuses(store, s.url) ?? sessionStatus(s, store.now, store.today);

/** A session's online link as the public may see it on the store's clock. */
export const onlineUrlOf = (store: Store, s: SessionItem): string | undefined => {
  const known = onlineUrls(store, s.url);
  return known === undefined ? publicOnlineUrl(s, store.now, store.today) : (known ?? undefined);
};
