/**
 * What a session says outside the site (calendar files, web-calendar links, feeds, open data):
 * its times as machines want them and its facts as Vietnamese readers want them, in one place
 * so every output says the same thing.
 */
import { sessionWhen } from "../site/sessions.ts";
import { createMarkdown } from "../markdown.ts";
import { formatLabels, trainingKindLabels } from "../site/labels.ts";
import { publicOnlineUrl, registrationDeadline, statusLabels } from "../site/status.ts";
import type { Urls } from "../site/urls.ts";
import type { SessionItem, Store } from "../store.ts";
import { addDays, formatDate, startOfVietnamDay, VIETNAM_OFFSET, type IsoDate } from "../vi/dates.ts";
import { formatMoney, formatNumber } from "../vi/text.ts";

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

/** "12/03/2026, 08:00–16:30": the same wording as on the session's page. */
export const whenText = sessionWhen;

/** Venue "name, address", or the online link for online sessions while it is public. */
export function locationText(store: Pick<Store, "now" | "today">, s: SessionItem): string | undefined {
  if (s.format !== "online" && s.venue) return [s.venue.name, s.venue.address].filter(Boolean).join(", ");
  return publicOnlineUrl(s, store.now, store.today);
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
  add("Thời gian", `${whenText(s)} (giờ Việt Nam)`);
  add("Hình thức", formatLabels[s.format]);
  if (s.format !== "online" && s.venue) add("Địa điểm", [s.venue.name, s.venue.address].filter(Boolean).join(", "));
  if (s.format !== "in-person") add("Trực tuyến", publicOnlineUrl(s, store.now, store.today));
  add("Đối tượng", s.audience);
  if (s.seats) add("Số chỗ", formatNumber(s.seats));
  add("Học phí", s.fee === 0 ? "Miễn phí" : formatMoney(s.fee));
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

/** Built once: building markdown-it for every description cost more than parsing it. */
const textParser = createMarkdown();

/**
 * Markdown as plain text for places that show no HTML (calendar apps, CSV): paragraphs and
 * list items on their own lines, links as "text (address)" with site links made absolute.
 */
export function markdownToText(source: string, urls: Urls): string {
  const tokens = textParser.parse(source, {});
  let out = "";
  const lists: { ordered: boolean; n: number }[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        lists.push({ ordered: t.type === "ordered_list_open", n: Number(t.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        if (lists.length === 0) out += "\n";
        break;
      case "list_item_open": {
        const list = lists.at(-1);
        out += `${"  ".repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.n++}. ` : "- "}`;
        break;
      }
      case "paragraph_close":
      case "heading_close":
        out += lists.length ? "\n" : "\n\n";
        break;
      case "code_block":
      case "fence":
        out += `${t.content}\n`;
        break;
      case "inline": {
        let href: string | null = null;
        let linkText = "";
        for (const c of t.children ?? []) {
          if (c.type === "link_open") {
            const h = c.attrGet("href");
            href = h === null ? null : String(h);
            linkText = "";
          } else if (c.type === "link_close") {
            const abs = href && href.startsWith("/") ? urls.absolute(href) : href;
            out += abs && abs !== linkText && `mailto:${linkText}` !== abs ? ` (${abs})` : "";
            href = null;
          } else if (c.type === "text" || c.type === "code_inline") {
            out += c.content;
            if (href !== null) linkText += c.content;
          } else if (c.type === "softbreak" || c.type === "hardbreak") out += "\n";
          else if (c.type === "image") out += c.content;
        }
        break;
      }
    }
  }
  return out.replace(/\n{3,}/g, "\n\n").trim();
}
