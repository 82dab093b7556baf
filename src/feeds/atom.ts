/**
 * The Atom feed /feed.xml: information and dissemination activities, and training sessions
 * once they are announced, newest first. Written by the `feed` package (XML escaping and
 * CDATA splitting are its job); Eleventy's feed plugin would tie this core to Eleventy.
 *
 * Dates come from the content, never from the build clock, so an unchanged site gives an
 * unchanged feed: an activity is dated by its `date`, a session by `announced` and updated by
 * its last `changes` entry. The clock only decides what is out yet: an entry dated after
 * today waits. Sessions without `announced` are not in the feed (it has no date to give them).
 */
import { Feed } from "feed";
import { activityKindLabels, trainingKindLabels } from "../site/labels.ts";
import { registrationDeadline } from "../site/status.ts";
import { portalUrls, type Urls } from "../site/urls.ts";
import type { ActivityItem, SessionItem, Store } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { dayInstant, locationText, statusPrefix, sessionWhen } from "../site/sessions.ts";

/** Entries in the feed; readers keep what they have already fetched. */
export const FEED_LIMIT = 50;

export interface FeedEntry {
  /** Site-relative page URL without the prefix; its absolute form is the entry's id. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  published: number;
  updated: number;
  category: string;
  author?: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function activityEntry(a: ActivityItem): FeedEntry {
  const at = dayInstant(a.date);
  return { url: a.url, title: a.title, summary: a.summary, published: at, updated: at, category: activityKindLabels[a.kind] };
}

function sessionEntry(store: Store, s: SessionItem, announced: string): FeedEntry {
  const changes = (s.changes ?? []).filter((c) => c.date <= store.today);
  const last = changes.at(-1);
  const organizer = store.agencies.get(s.organizer);
  const lines = [`Thời gian: ${sessionWhen(s)}`];
  const where = locationText(store, s);
  if (where) lines.push(`Địa điểm: ${where}`);
  lines.push(`Đối tượng: ${s.audience}`);
  if (s.status === "scheduled") lines.push(`Hạn đăng ký: ${formatDate(registrationDeadline(s))}`);
  if (last) lines.push(`Thay đổi ngày ${formatDate(last.date)}: ${last.note}`);
  return {
    url: s.url,
    title: `${statusPrefix(s)}${s.title}`,
    summary: lines.join(". "),
    published: dayInstant(announced),
    updated: dayInstant(last?.date ?? announced),
    category: trainingKindLabels[s.kind],
    ...(organizer ? { author: organizer.name } : {}),
  };
}

/** The entries of the feed, newest first, at most FEED_LIMIT. */
export function feedEntries(store: Store): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const a of store.activities) if (a.date <= store.today) entries.push(activityEntry(a));
  for (const s of store.sessions) if (s.announced && s.announced <= store.today) entries.push(sessionEntry(store, s, s.announced));
  return entries.sort((a, b) => b.updated - a.updated || (a.url < b.url ? -1 : 1)).slice(0, FEED_LIMIT);
}

export function atomFeed(store: Store, urls: Urls): string {
  const entries = feedEntries(store);
  const publisher = store.site.contact.organization ? store.agencies.get(store.site.contact.organization) : undefined;
  const feed = new Feed({
    id: urls.absolute(portalUrls.feed),
    title: `${store.site.name}: tin hoạt động và lịch đào tạo`,
    description: store.site.description,
    link: urls.absolute("/"),
    feedLinks: { atom: urls.absolute(portalUrls.feed) },
    language: "vi",
    // The newest entry, not the clock: rebuilding unchanged content changes nothing.
    updated: new Date(entries[0]?.updated ?? store.now),
    generator: false,
    author: { name: publisher?.name ?? store.site.name, email: store.site.contact.email, link: urls.absolute("/") },
  });
  for (const e of entries) {
    feed.addItem({
      // Atom titles and summaries here are type="html": our plain text must be escaped.
      title: escapeHtml(e.title),
      id: urls.absolute(e.url),
      link: urls.absolute(e.url),
      description: escapeHtml(e.summary),
      date: new Date(e.updated),
      published: new Date(e.published),
      category: [{ term: e.category, name: e.category }],
      ...(e.author ? { author: [{ name: e.author }] } : {}),
    });
  }
  return feed.atom1();
}
