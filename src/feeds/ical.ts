/**
 * iCalendar files for training sessions: one per session (/dao-tao/<id>.ics) and subscribable
 * feeds for the whole calendar, each province and each topic. Written by ical-generator, so
 * escaping, line folding and date formats follow RFC 5545 without our own string building.
 *
 * Choices that keep calendars updating instead of duplicating, and the build reproducible:
 * - UID is "<session id>@<host of baseUrl>": the id never changes once published, and the path
 *   prefix is left out so moving the site inside its host keeps every UID.
 * - SEQUENCE is the number of entries in the session's `changes` list and LAST-MODIFIED the date
 *   of the last one (or of `announced`): the editor appends a line when a published session
 *   changes, so both grow, and the same content always gives the same values. The build has
 *   no file history to derive them from, and a hash of the content cannot be made to grow.
 * - DTSTAMP is the build clock (store.now), not the machine's time.
 * - Timed sessions are written in UTC ("…Z"): every client reads it the same way and no
 *   VTIMEZONE is needed (Vietnam has kept UTC+7 without daylight saving since 1975).
 *   All-day sessions are DATE values, DTEND being the day after the last day.
 */
import { currentProvinceOf, isCurrentProvince, predecessorsOf, provinceTitle } from "../site/provinces.ts";
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { trainingKindLabels } from "../site/labels.ts";
import { trainingsSection, trainingUrls, type Urls } from "../site/urls.ts";
import type { SessionItem, Store } from "../store.ts";
import { perStore } from "../store.ts";
import { remember, type Remembered } from "../reads.ts";
import { compareVietnamese } from "../vi/text.ts";
import { hasTagStart, inertText } from "./inert.ts";
import { dayInstant, exclusiveEndDate, isAllDay, lastChangeDate, locationText, sessionText, statusPrefix } from "../site/sessions.ts";


/** How often subscribed calendars should fetch a feed again. */
const REFRESH_SECONDS = 12 * 60 * 60;

export interface CalendarFeed {
  /** Site-relative URL without the path prefix. */
  url: string;
  /** X-WR-CALNAME: what the subscriber's calendar list shows. */
  name: string;
  description: string;
  kind: "all" | "province" | "topic";
  /** The province or topic id. */
  id?: string;
  /** Sorted by start. */
  sessions: readonly SessionItem[];
}

const byStart = (a: SessionItem, b: SessionItem): number => a.start.instant - b.start.instant || (a.id < b.id ? -1 : 1);

/**
 * Every calendar feed the site publishes: the whole calendar, then provinces and topics that have
 * sessions. Every listing of sessions offers a subscription to one of these: computed once per store.
 */
export const calendarFeeds: (store: Store) => readonly CalendarFeed[] = perStore(listFeeds);

function listFeeds(store: Store): CalendarFeed[] {
  const all = [...store.sessions].sort(byStart);
  const feeds: CalendarFeed[] = [
    { url: trainingUrls.calendar, name: `Lịch đào tạo – ${store.site.name}`, description: "Tất cả các khóa đào tạo, tập huấn, hội thảo về năng suất và chất lượng.", kind: "all", sessions: all },
  ];
  const provinces = [...store.provinces.values()].sort((a, b) => compareVietnamese(a.name, b.name));
  // A current unit's feed also holds the sessions held in the units it was formed from, so a
  // subscriber in Đà Nẵng sees what was organised in Quảng Nam; a former unit keeps its own.
  // Each session is placed once, in start order, under its own unit and its current one.
  const byUnit = new Map<string, SessionItem[]>();
  const place = (id: string, s: SessionItem) => (byUnit.get(id) ?? byUnit.set(id, []).get(id)!).push(s);
  for (const s of all) {
    place(s.province, s);
    const current = currentProvinceOf(store.provinces, s.province);
    if (current && current.id !== s.province) place(current.id, s);
  }
  for (const p of provinces) {
    const sessions = byUnit.get(p.id) ?? [];
    if (sessions.length === 0) continue;
    const where = provinceTitle(p, store.today);
    const former = isCurrentProvince(p) ? predecessorsOf(store.provinces, p.id).filter((f) => sessions.some((s) => s.province === f.id)) : [];
    const alsoFormer = former.length ? `, gồm cả địa bàn ${former.map((f) => `${provinceTitle(f, f.validTo!)} cũ`).join(", ")}` : "";
    feeds.push({ url: trainingUrls.provinceCalendar(p.id), name: `Lịch đào tạo tại ${where}`, description: `Các khóa đào tạo, tập huấn tổ chức tại ${where}${alsoFormer}.`, kind: "province", id: p.id, sessions });
  }
  const topics = [...store.topics.values()].sort((a, b) => compareVietnamese(a.name, b.name));
  for (const t of topics) {
    const sessions = all.filter((s) => s.topics.includes(t.id));
    if (sessions.length === 0) continue;
    feeds.push({ url: trainingUrls.topicCalendar(t.id), name: `Lịch đào tạo về ${t.name}`, description: `Các khóa đào tạo, tập huấn về ${t.name}.`, kind: "topic", id: t.id, sessions });
  }
  return feeds;
}

/** Stable across builds and path prefixes: "<session id>@<host>". */
export const sessionUid = (site: Store["site"], s: Pick<SessionItem, "id">): string => `${s.id}@${new URL(site.baseUrl).host}`;

/** Grows by one with each recorded change (RFC 5545 §3.8.7.4). */
const sessionSequence = (s: Pick<SessionItem, "changes">): number => s.changes?.length ?? 0;

export function eventStatus(s: Pick<SessionItem, "status">): ICalEventStatus {
  if (s.status === "cancelled") return ICalEventStatus.CANCELLED;
  // The dates of a postponed session no longer hold: "not firm" is what TENTATIVE means.
  if (s.status === "postponed") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** ical-generator writes NAME and X-WR-CALDESC as given, so TEXT escaping (RFC 5545 §3.3.11) is ours. */
const escapeText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

/**
 * Folds lines longer than 75 octets (RFC 5545 §3.1) exactly as ical-generator's foldLines does (a
 * test compares the two on random text), without its cost: it encodes each character with a
 * new TextEncoder to count its octets, about 1 ms per event.
 */
export function foldLines(text: string): string {
  return text.split("\r\n").map(foldLine).join("\r\n");
}

function foldLine(line: string): string {
  let folded = "";
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const start = i;
    const code = line.charCodeAt(i);
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    // A surrogate pair is one character of 4 octets; a lone surrogate is written as U+FFFD (3).
    if (code >= 0xd800 && code <= 0xdbff) size = Buffer.byteLength(line.slice(start, ++i + 1));
    octets += size;
    if (octets > 74) {
      folded += `${line.slice(from, start)}\r\n `;
      from = start;
      octets = size;
    }
  }
  return folded + line.slice(from);
}

/**
 * Text with no tag in editors' words (./inert.ts), folded at 75 octets. It is made inert before
 * folding: a "<" at the end of one folded line and "script" on the next are one tag to a reader.
 */
const foldedInert = (text: string): string => foldLines(hasTagStart(text) ? inertText(text) : text);

/** A calendar date as the UTC midnight ical-generator formats as that DATE. */
const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

function newCalendar(store: Store, name: string, description: string | undefined, urls: Urls): ICalCalendar {
  return ical({
    prodId: { company: new URL(store.site.baseUrl).host, product: "lich-dao-tao", language: "VI" },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(name),
    ...(description ? { description: escapeText(description) } : {}),
    url: urls.absolute(trainingsSection.list),
    // No X-WR-TIMEZONE: every time is UTC or a date, and ical-generator would write it after
    // the events, where RFC 5545's grammar allows no calendar property.
  });
}

function writeEvent(store: Store, s: SessionItem, urls: Urls): string {
  const cal = ical();
  const allDay = isAllDay(s);
  const organizer = store.agencies.get(s.organizer);
  // PUBLISH requires ORGANIZER (RFC 5546 §3.2.1); the portal's contact stands in for an agency without e-mail.
  const email = organizer?.email ?? s.registration?.email ?? store.site.contact.email;
  const modified = lastChangeDate(s);
  const event = cal.createEvent({
    id: sessionUid(store.site, s),
    sequence: sessionSequence(s),
    stamp: new Date(store.now),
    allDay,
    start: allDay ? utcDate(s.start.date) : new Date(s.start.instant),
    end: allDay ? utcDate(exclusiveEndDate(s)) : new Date(s.end.instant),
    timezone: null,
    summary: `${statusPrefix(s)}${s.title}`,
    description: sessionText(store, s, urls),
    location: locationText(store, s) ?? null,
    url: urls.absolute(s.url),
    status: eventStatus(s),
    organizer: { name: organizer?.name ?? store.site.name, email },
    categories: [{ name: trainingKindLabels[s.kind] }, ...s.topics.map((id) => ({ name: store.topics.get(id)?.name ?? id }))],
    ...(s.announced ? { created: new Date(dayInstant(s.announced)) } : {}),
    ...(modified ? { lastModified: new Date(dayInstant(modified)) } : {}),
  });
  return foldedInert(event.toString());
}

/**
 * Each session's VEVENT, written and folded once per build (per set of URLs): a session is in
 * its own .ics, the whole calendar and its province and topic feeds. At 10,000 items, writing
 * every event for every feed took about 18 s, most of it in ical-generator's folding, which
 * encodes each character on its own; lines are folded one by one, so a folded event is the
 * same wherever it is placed.
 */
const writtenEvents = new WeakMap<Urls, WeakMap<SessionItem, Remembered<string>>>();
function sessionEvent(store: Store, s: SessionItem, urls: Urls): string {
  let events = writtenEvents.get(urls);
  if (!events) writtenEvents.set(urls, (events = new WeakMap()));
  return remember(events, s, () => writeEvent(store, s, urls));
}

/** The calendar's own properties from ical-generator, with the events placed before its END line. */
function calendarWith(cal: ICalCalendar, events: readonly string[]): string {
  // Unfolded first, so that the name and description are made inert as whole lines.
  const empty = foldedInert(cal.toString().replace(/\r\n /g, ""));
  const end = empty.lastIndexOf("END:VCALENDAR");
  return empty.slice(0, end) + events.join("") + empty.slice(end);
}

/** The .ics offered by "Thêm vào lịch" on a session page. */
export function sessionCalendar(store: Store, session: SessionItem, urls: Urls): string {
  return calendarWith(newCalendar(store, session.title, undefined, urls), [sessionEvent(store, session, urls)]);
}

/** A subscribable calendar of many sessions, named `name` (shown as the calendar's name). */
export function sessionsCalendar(store: Store, sessions: readonly SessionItem[], name: string, urls: Urls, options: { description?: string; url?: string } = {}): string {
  const cal = newCalendar(store, name, options.description, urls);
  cal.ttl(REFRESH_SECONDS);
  if (options.url) cal.source(urls.absolute(options.url));
  return calendarWith(cal, [...sessions].sort(byStart).map((s) => sessionEvent(store, s, urls)));
}

/** The file for one entry of calendarFeeds(). */
export const feedCalendar = (store: Store, feed: CalendarFeed, urls: Urls): string =>
  sessionsCalendar(store, feed.sessions, feed.name, urls, { description: feed.description, url: feed.url });
