/**
 * Every .ics is read back with Mozilla's ical.js, an independent parser, and checked field by
 * field against the content.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { foldLines as libraryFoldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { calendarFeeds, feedCalendar, foldLines, sessionCalendar, sessionsCalendar, sessionUid } from "../../src/feeds/ical.ts";
import { CALENDAR_SEGMENTS, trainingUrls } from "../../src/site/urls.ts";
import { inertText } from "../../src/feeds/inert.ts";
import type { SessionItem, Store } from "../../src/store.ts";
import { FIXTURES, makeProject } from "../helpers/project.ts";
import { BASE, bundledStore, fixtureStore, HOST, NOW, session, urlsOf } from "./fixture.ts";

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

function parse(text: string): { calendar: Component; events: Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.name).toBe("vcalendar");
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

function only(text: string): Component {
  const { events } = parse(text);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const value = (c: Component, name: string): unknown => c.getFirstPropertyValue(name);
/** ical.js does not know RFC 7986's NAME nor X-WR-CALNAME and returns them raw: read them as TEXT. */
const text = (c: Component, name: string): string => ICAL.design.icalendar.value.text.fromICAL(String(c.getFirstPropertyValue(name)));
const time = (c: Component, name: string): Time => {
  const v = c.getFirstPropertyValue(name);
  expect(v, name).toBeInstanceOf(ICAL.Time);
  return v as Time;
};
const dateString = (t: Time): string => `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;

/** A timed value: a DATE-TIME in UTC at exactly the content's instant. */
function expectInstant(c: Component, name: string, instant: number) {
  const t = time(c, name);
  expect(t.isDate, `${name} is a date-time`).toBe(false);
  expect(t.zone, `${name} is in UTC`).toBe(ICAL.Timezone.utcTimezone);
  expect(t.toJSDate().getTime(), name).toBe(instant);
}

/** An all-day value: a DATE. */
function expectDate(c: Component, name: string, date: string) {
  const t = time(c, name);
  expect(t.isDate, `${name} is a DATE`).toBe(true);
  expect(dateString(t), name).toBe(date);
}

const tq = () => fixtureStore();

describe("sessionCalendar: one session, field by field", () => {
  const store = tq();
  const urls = urlsOf(store);
  const ics = (id: string) => sessionCalendar(store, session(store, id), urls);

  it("a timed, scheduled, in-person session", () => {
    const text = ics("tq-2026-12-5s");
    const { calendar } = parse(text);
    expect(value(calendar, "version")).toBe("2.0");
    expect(value(calendar, "method")).toBe("PUBLISH");
    const e = only(text);
    expect(value(e, "uid")).toBe(`tq-2026-12-5s@${HOST}`);
    expect(value(e, "summary")).toBe("Thực hành 5S và Kaizen tại doanh nghiệp");
    expectInstant(e, "dtstart", Date.parse("2026-12-10T08:00:00+07:00"));
    expectInstant(e, "dtend", Date.parse("2026-12-10T16:30:00+07:00"));
    expectInstant(e, "dtstamp", NOW);
    expect(value(e, "status")).toBe("CONFIRMED");
    expect(value(e, "sequence")).toBe(0);
    // No change recorded: LAST-MODIFIED is the announcement, as is CREATED.
    expectInstant(e, "last-modified", Date.parse("2026-11-15T00:00:00+07:00"));
    expectInstant(e, "created", Date.parse("2026-11-15T00:00:00+07:00"));
    expect(value(e, "url")).toBe(`${BASE}/dao-tao/tq-2026-12-5s/`);
    expect(value(e, "location")).toBe("Hội trường Sở Khoa học và Công nghệ, tầng 3, Số 2, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang");
    const organizer = e.getFirstProperty("organizer")!;
    expect(organizer.getFirstValue()).toBe("mailto:sokhcn@tuyenquang.example.gov.vn");
    expect(organizer.getParameter("cn")).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang");
    expect(e.getFirstProperty("categories")!.getValues()).toEqual(["Hội thảo", "Công cụ 5S", "Lean, Lean Six Sigma"]);

    const description = String(value(e, "description"));
    for (const line of [
      "Loại khóa: Hội thảo",
      "Thời gian: 10/12/2026, 08:00–16:30 (giờ Việt Nam)",
      "Hình thức: Trực tiếp",
      "Đối tượng: Cán bộ kỹ thuật doanh nghiệp",
      "Số chỗ: 80",
      "Học phí: Miễn phí",
      "Hạn đăng ký: 04/12/2026",
      "Đăng ký trực tuyến: https://dangky.example.gov.vn/5s",
      "Thư điện tử: nangsuat@example.gov.vn",
      "Điện thoại: +84 207 3822 555",
      "Liên hệ: Bà Nguyễn Thị Hoa, phòng Quản lý chuyên ngành",
      "Đơn vị tổ chức: Sở Khoa học và Công nghệ tỉnh Tuyên Quang",
      `Chi tiết: ${BASE}/dao-tao/tq-2026-12-5s/`,
      "- Buổi sáng: nguyên tắc 5S.",
      `Đọc trước hướng dẫn áp dụng 5S (${BASE}/huong-dan/ap-dung-5s/).`,
    ])
      expect(description.split("\n")).toContain(line);
    expect(description).toBe(description.normalize("NFC"));
  });

  it("an all-day, online session with a fee and recorded changes", () => {
    const e = only(ics("tq-2027-01-chuyen-gia"));
    expectDate(e, "dtstart", "2027-01-14");
    // DTEND of a DATE event is exclusive: the day after the last day.
    expectDate(e, "dtend", "2027-01-17");
    expect(value(e, "sequence")).toBe(2);
    expectInstant(e, "last-modified", Date.parse("2026-11-25T00:00:00+07:00"));
    expectInstant(e, "created", Date.parse("2026-11-01T00:00:00+07:00"));
    expect(value(e, "location")).toBe("https://hop.example.gov.vn/chuyen-gia");
    const description = String(value(e, "description")).split("\n");
    expect(description).toContain("Thời gian: 14/01/2027 – 16/01/2027 (giờ Việt Nam)");
    expect(description).toContain("Học phí: 1.500.000 ₫");
    expect(description).toContain("Trực tuyến: https://hop.example.gov.vn/chuyen-gia");
    // Deadline not written: the day before the start, as the site counts it.
    expect(description).toContain("Hạn đăng ký: 13/01/2027");
    expect(description).toContain("Thay đổi ngày 25/11/2026: Dời sang ngày 14-16/01/2027");
  });

  it("a cancelled session is STATUS:CANCELLED and says so in its title", () => {
    const e = only(ics("tq-2026-12-lean-huy"));
    expect(value(e, "status")).toBe("CANCELLED");
    expect(value(e, "summary")).toBe("[Đã hủy] Giới thiệu Lean cho doanh nghiệp chế biến");
    expect(value(e, "sequence")).toBe(1);
    expect(String(value(e, "description")).split("\n")).toContain("Tình trạng: Đã hủy");
  });

  it("a postponed session is TENTATIVE; times written in UTC in the content keep their instant", () => {
    const s = session(store, "tq-2026-12-hoan");
    const e = only(ics(s.id));
    expect(value(e, "status")).toBe("TENTATIVE");
    expect(value(e, "summary")).toBe("[Tạm hoãn] Chuyển đổi số trong quản trị doanh nghiệp");
    expectInstant(e, "dtstart", Date.parse("2026-12-22T08:30:00+07:00"));
    expectInstant(e, "dtend", Date.parse("2026-12-22T11:30:00+07:00"));
    const description = String(value(e, "description")).split("\n");
    expect(description).toContain("Thời gian: 22/12/2026, 08:30–11:30 (giờ Việt Nam)");
    // Postponed: registration is not open, so the meeting link is not published.
    expect(description.join("\n")).not.toContain("https://hop.example.gov.vn/chuyen-doi-so");
    // Hybrid: the venue is the location, the link is in the description.
    expect(value(e, "location")).toBe("Hội trường Sở Khoa học và Công nghệ");
  });

  it("text with quotes, commas, semicolons and markup survives escaping", () => {
    const s = session(store, "dn-2027-02-lean");
    const e = only(ics(s.id));
    // Every character as written, except a "<" that would open a tag (src/feeds/inert.ts).
    expect(s.title).toContain("</script><script>");
    expect(value(e, "summary")).toBe(inertText(s.title));
    expect(value(e, "summary")).toContain("\u2039/script>\u2039script>");
    expect(value(e, "location")).toBe('Trung tâm Hội nghị; tầng 2, phòng "A", Số 1, đường Bạch Đằng, thành phố Đà Nẵng');
    // The organizer has no e-mail: the portal's contact address stands in.
    expect(e.getFirstProperty("organizer")!.getFirstValue()).toBe("mailto:nangsuat@example.gov.vn");
    expectInstant(e, "dtstart", Date.parse("2027-02-03T08:00:00+07:00"));
    expectInstant(e, "dtend", Date.parse("2027-02-04T11:30:00+07:00"));
  });

  it("every session of the fixture: UID, times with their zone, status, sequence", () => {
    for (const s of store.sessions) {
      const e = only(ics(s.id));
      expect(value(e, "uid")).toBe(sessionUid(store.site, s));
      if (s.start.allDay) {
        expectDate(e, "dtstart", s.start.date);
      } else {
        expectInstant(e, "dtstart", s.start.instant);
        expectInstant(e, "dtend", s.end.instant);
      }
      expect(value(e, "status")).toBe(s.status === "cancelled" ? "CANCELLED" : s.status === "postponed" ? "TENTATIVE" : "CONFIRMED");
      expect(value(e, "sequence")).toBe(s.changes?.length ?? 0);
    }
  });

  it("writes lines of at most 75 octets, ended by CRLF", () => {
    const text = ics("tq-2026-12-5s");
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });
});

describe("calendar feeds", () => {
  const store = tq();
  const urls = urlsOf(store);

  it("lists the whole calendar, then provinces and topics that have sessions", () => {
    const feeds = calendarFeeds(store);
    expect(feeds.map((f) => f.url)).toEqual([
      trainingUrls.calendar,
      "/dao-tao/lich/tinh/da-nang.ics",
      "/dao-tao/lich/tinh/tuyen-quang.ics",
      "/dao-tao/lich/chu-de/chuyen-doi-so.ics",
      "/dao-tao/lich/chu-de/5s.ics",
      "/dao-tao/lich/chu-de/lean.ics",
      "/dao-tao/lich/chu-de/nang-suat-chat-luong.ics",
    ]);
    expect(feeds.find((f) => f.id === "da-nang")?.sessions.map((s) => s.id)).toEqual(["dn-2027-02-lean"]);
    expect(feeds.find((f) => f.id === "5s")?.sessions.map((s) => s.id)).toEqual(["tq-2026-12-5s"]);
  });

  it("each feed parses, holds its sessions in start order, and is named in Vietnamese", () => {
    for (const feed of calendarFeeds(store)) {
      const { calendar, events } = parse(feedCalendar(store, feed, urls));
      expect(events.map((e) => value(e, "uid"))).toEqual(feed.sessions.map((s) => `${s.id}@${HOST}`));
      expect(text(calendar, "x-wr-calname")).toBe(feed.name);
      expect(text(calendar, "name")).toBe(feed.name);
      expect(value(calendar, "source")).toBe(`${BASE}${feed.url}`);
      expect(value(calendar, "refresh-interval")?.toString()).toBe("PT12H");
    }
    const lean = calendarFeeds(store).find((f) => f.id === "lean")!;
    // A comma in the name must come back as a comma, not split the value.
    const leanCalendar = parse(feedCalendar(store, lean, urls)).calendar;
    expect(text(leanCalendar, "x-wr-calname")).toBe("Lịch đào tạo về Lean, Lean Six Sigma");
    expect(String(value(leanCalendar, "x-wr-calname"))).toBe("Lịch đào tạo về Lean\\, Lean Six Sigma");
    expect(calendarFeeds(store)[0]!.name).toBe("Lịch đào tạo – Năng suất và Chất lượng");
    expect(calendarFeeds(store).find((f) => f.id === "da-nang")!.name).toBe("Lịch đào tạo tại thành phố Đà Nẵng");
  });

  it("a current unit's feed holds the sessions held in the units it was formed from; the former unit keeps its own", () => {
    const withQuangNam = fixtureStore({
      "content/trainings/quang-nam.yaml": `organizer: so-khcn-da-nang
sessions:
  - id: qn-2025-05-iso
    title: Tập huấn ISO 9001 tại Quảng Nam
    kind: awareness
    topics: [nang-suat-chat-luong]
    province: quang-nam
    start: 2025-05-14T08:00:00+07:00
    end: 2025-05-14T16:30:00+07:00
    format: in-person
    venue: { name: Hội trường }
    audience: Doanh nghiệp
    status: completed
    results: { participants: 40 }
    announced: 2025-04-20
`,
    });
    const feeds = calendarFeeds(withQuangNam);
    const daNang = feeds.find((f) => f.id === "da-nang")!;
    expect(daNang.sessions.map((s) => s.id)).toEqual(["qn-2025-05-iso", "dn-2027-02-lean"]);
    expect(daNang.description).toBe("Các khóa đào tạo, tập huấn tổ chức tại thành phố Đà Nẵng, gồm cả địa bàn tỉnh Quảng Nam cũ.");
    expect(feeds.find((f) => f.id === "quang-nam")?.sessions.map((s) => s.id)).toEqual(["qn-2025-05-iso"]);
    // Without sessions in a former unit, the description names none.
    expect(calendarFeeds(store).find((f) => f.id === "da-nang")!.description).toBe("Các khóa đào tạo, tập huấn tổ chức tại thành phố Đà Nẵng.");
  });

  it("sessionsCalendar takes any selection and name", () => {
    const chosen = store.sessions.filter((s) => s.status === "scheduled");
    const { calendar, events } = parse(sessionsCalendar(store, chosen, "Khóa sắp tới", urls));
    expect(text(calendar, "x-wr-calname")).toBe("Khóa sắp tới");
    expect(events).toHaveLength(chosen.length);
  });
});

describe("stable and reproducible", () => {
  const all = (store: Store) => {
    const urls = urlsOf(store);
    return [...store.sessions.map((s) => sessionCalendar(store, s, urls)), ...calendarFeeds(store).map((f) => feedCalendar(store, f, urls))];
  };

  it("two builds of the same content with the same clock give the same bytes, whatever the machine's zone", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const first = all(fixtureStore());
      process.env.TZ = "America/Los_Angeles";
      const second = all(fixtureStore());
      expect(second).toEqual(first);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("a later build of unchanged content keeps UID, SEQUENCE and LAST-MODIFIED; only DTSTAMP moves", () => {
    const later = NOW + 3 * 24 * 60 * 60 * 1000;
    const a = fixtureStore();
    const b = fixtureStore(undefined, later);
    for (const s of a.sessions) {
      const ea = only(sessionCalendar(a, s, urlsOf(a)));
      const eb = only(sessionCalendar(b, session(b, s.id), urlsOf(b)));
      for (const name of ["uid", "sequence", "summary", "dtstart", "dtend", "status"]) expect(String(value(eb, name)), `${s.id} ${name}`).toBe(String(value(ea, name)));
      expect(String(value(eb, "last-modified"))).toBe(String(value(ea, "last-modified")));
      expectInstant(eb, "dtstamp", later);
    }
  });

  it("a change to a session, recorded in changes, raises SEQUENCE and LAST-MODIFIED under the same UID", () => {
    const file = "content/trainings/tuyen-quang.yaml";
    const original = readFileSync(join(FIXTURES, "feeds", file), "utf8");
    const moved = original
      .replace("start: 2026-12-10T08:00:00+07:00\n    end: 2026-12-10T16:30:00+07:00", "start: 2026-12-11T13:30:00+07:00\n    end: 2026-12-11T17:00:00+07:00")
      .replace("    announced: 2026-11-15\n", "    announced: 2026-11-15\n    changes:\n      - { date: 2026-11-28, note: Dời sang chiều 11/12/2026 }\n");
    expect(moved).not.toBe(original);
    const before = fixtureStore();
    const after = fixtureStore({ [file]: moved });
    const eb = only(sessionCalendar(before, session(before, "tq-2026-12-5s"), urlsOf(before)));
    const ea = only(sessionCalendar(after, session(after, "tq-2026-12-5s"), urlsOf(after)));
    expect(value(ea, "uid")).toBe(value(eb, "uid"));
    expect(value(eb, "sequence")).toBe(0);
    expect(value(ea, "sequence")).toBe(1);
    expect(time(ea, "last-modified").toJSDate().getTime()).toBeGreaterThan(time(eb, "last-modified").toJSDate().getTime());
    expectInstant(ea, "dtstart", Date.parse("2026-12-11T13:30:00+07:00"));
    // The same session in the whole-calendar feed carries the same UID and SEQUENCE.
    const feed = parse(feedCalendar(after, calendarFeeds(after)[0]!, urlsOf(after))).events.find((e) => value(e, "uid") === `tq-2026-12-5s@${HOST}`)!;
    expect(value(feed, "sequence")).toBe(1);
  });

  it("the checker refuses a change dated before the one above it (SEQUENCE must only grow)", () => {
    const file = "content/trainings/tuyen-quang.yaml";
    const original = readFileSync(join(FIXTURES, "feeds", file), "utf8");
    const swapped = original.replace("{ date: 2026-11-25, note: Dời sang ngày 14-16/01/2027 }", "{ date: 2026-11-05, note: Dời sang ngày 14-16/01/2027 }");
    const result = makeProject({ [file]: swapped }, "feeds").load();
    expect(result.diagnostics.map((d) => d.code)).toContain("training/change-order");
  });
});

describe("bundled content", () => {
  it("every session's .ics and every feed parses, with unique UIDs and UTC or DATE times", () => {
    const store = bundledStore();
    const urls = urlsOf(store);
    const uids = new Set<string>();
    for (const s of store.sessions) {
      expect(CALENDAR_SEGMENTS).not.toContain(s.id);
      const e = only(sessionCalendar(store, s, urls));
      const uid = String(value(e, "uid"));
      expect(uids.has(uid)).toBe(false);
      uids.add(uid);
      if (s.start.allDay || s.end.allDay) expectDate(e, "dtstart", s.start.date);
      else expectInstant(e, "dtstart", s.start.instant);
    }
    for (const feed of calendarFeeds(store)) {
      const sessions: readonly SessionItem[] = feed.sessions;
      expect(parse(feedCalendar(store, feed, urls)).events).toHaveLength(sessions.length);
    }
  });
});

describe("file structure", () => {
  it("calendar properties come before the first component (RFC 5545 icalbody)", () => {
    const store = fixtureStore();
    const urls = urlsOf(store);
    for (const text of [sessionCalendar(store, store.sessions[0]!, urls), feedCalendar(store, calendarFeeds(store)[0]!, urls)]) {
      const lines = text.split("\r\n").filter((l) => !l.startsWith(" "));
      const lastEnd = lines.lastIndexOf("END:VEVENT");
      expect(lines.slice(lastEnd + 1)).toEqual(["END:VCALENDAR"]);
      expect(lines[0]).toBe("BEGIN:VCALENDAR");
    }
  });
});

describe("line folding", () => {
  const octets = (line: string) => Buffer.byteLength(line);

  it("folds exactly as ical-generator does, on any text", () => {
    // Vietnamese letters (2 and 3 octets), emoji (surrogate pairs), lone surrogates and CRLF.
    const char = fc.oneof(fc.constantFrom("a", " ", "ư", "ệ", "Đ", "€", "😀", "\ud800", "\udc00", "\r\n", "\\n"), fc.string({ unit: "binary", maxLength: 3 }));
    const text = fc.array(char, { minLength: 30, maxLength: 400, size: "max" }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (t) => foldLines(t) === libraryFoldLines(t)), { numRuns: 500 });
  });

  it("keeps every line of a Vietnamese event within 75 octets without splitting a letter", () => {
    const folded = foldLines(`DESCRIPTION:${"Đào tạo năng suất chất lượng cho doanh nghiệp 😀 ".repeat(20)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"Đào tạo năng suất chất lượng cho doanh nghiệp 😀 ".repeat(20)}`);
  });
});
