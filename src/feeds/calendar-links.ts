/**
 * "Thêm vào lịch": links that open a session in the common web calendars, and links that
 * subscribe to a calendar feed. Google Calendar and Outlook on the web take the event in the
 * query string; none of them is formally documented, so each format is pinned by a test.
 * Times go as UTC ("…Z"), so neither service has to guess a zone; all-day sessions as dates
 * with the end exclusive, as in the .ics.
 */
import { trainingUrls, type Urls } from "../site/urls.ts";
import type { SessionItem, Store } from "../store.ts";
import type { CalendarFeed } from "./ical.ts";
import { exclusiveEndDate, factsText, isAllDay, locationText, sessionFacts, statusPrefix } from "../site/sessions.ts";

export interface AddToCalendarLinks {
  /** The session's .ics (absolute): Apple Calendar, Outlook desktop, Thunderbird, phones. */
  ics: string;
  google: string;
  /** Outlook.com (personal Microsoft accounts). */
  outlook: string;
  /** Outlook on the web for work and school accounts (Microsoft 365), which many agencies use. */
  office365: string;
}

/** "2026-12-01T01:00:00Z" */
const utcIso = (instant: number): string => `${new Date(instant).toISOString().slice(0, 19)}Z`;
/** "20261201T010000Z" */
const utcBasic = (instant: number): string => utcIso(instant).replace(/[-:]/g, "");
const basicDate = (date: string): string => date.replace(/-/g, "");

/** A query string with %20 for spaces: "+" is form encoding, which not every service decodes. */
const query = (params: Record<string, string>): string =>
  Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");

/** Web calendars cap URL length; the facts and the page link are enough, the page has the rest. */
const MAX_DETAILS = 1500;

function details(store: Store, s: SessionItem, urls: Urls): string {
  const text = factsText(sessionFacts(store, s, urls));
  if (text.length <= MAX_DETAILS) return text;
  return `${text.slice(0, MAX_DETAILS - 80).replace(/\s+\S*$/, "")}…\nChi tiết: ${urls.absolute(s.url)}`;
}

export function addToCalendarLinks(store: Store, s: SessionItem, urls: Urls): AddToCalendarLinks {
  const allDay = isAllDay(s);
  const title = `${statusPrefix(s)}${s.title}`;
  const body = details(store, s, urls);
  const location = locationText(store, s) ?? "";

  const google = query({
    action: "TEMPLATE",
    text: title,
    dates: allDay ? `${basicDate(s.start.date)}/${basicDate(exclusiveEndDate(s))}` : `${utcBasic(s.start.instant)}/${utcBasic(s.end.instant)}`,
    details: body,
    location,
    ctz: "Asia/Ho_Chi_Minh",
  });
  const outlook = query({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: title,
    startdt: allDay ? s.start.date : utcIso(s.start.instant),
    enddt: allDay ? exclusiveEndDate(s) : utcIso(s.end.instant),
    allday: String(allDay),
    body,
    location,
  });
  return {
    ics: urls.absolute(trainingUrls.sessionIcs(s.id)),
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
    office365: `https://outlook.office.com/calendar/0/action/compose?${outlook}`,
  };
}

export interface SubscribeLinks {
  /** The feed over https, to copy into any calendar's "subscribe by URL". */
  https: string;
  /** webcal:// opens the system calendar app (Apple Calendar, Outlook desktop) to subscribe. */
  webcal: string;
  google: string;
  outlook: string;
  office365: string;
}

/** Links that subscribe to a feed from calendarFeeds(), so it keeps updating. */
export function subscribeLinks(feed: Pick<CalendarFeed, "url" | "name">, urls: Urls): SubscribeLinks {
  const https = urls.absolute(feed.url);
  const webcal = https.replace(/^https?:/, "webcal:");
  const outlook = query({ url: https, name: feed.name });
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/render?${query({ cid: webcal })}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?${outlook}`,
    office365: `https://outlook.office.com/calendar/0/addfromweb?${outlook}`,
  };
}
