import { describe, expect, it } from "vitest";
import { addToCalendarLinks, subscribeLinks } from "../../src/feeds/calendar-links.ts";
import { calendarFeeds } from "../../src/feeds/ical.ts";
import { BASE, fixtureStore, session, urlsOf } from "./fixture.ts";

const store = fixtureStore();
const urls = urlsOf(store);
const params = (url: string) => new URL(url).searchParams;

describe("addToCalendarLinks", () => {
  it("a timed session: UTC times, Vietnamese title, facts and location", () => {
    const links = addToCalendarLinks(store, session(store, "tq-2026-12-5s"), urls);
    expect(links.ics).toBe(`${BASE}/dao-tao/tq-2026-12-5s.ics`);

    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    const g = google.searchParams;
    expect(g.get("action")).toBe("TEMPLATE");
    expect(g.get("text")).toBe("Thực hành 5S và Kaizen tại doanh nghiệp");
    // 08:00–16:30 in Vietnam is 01:00–09:30 UTC.
    expect(g.get("dates")).toBe("20261210T010000Z/20261210T093000Z");
    expect(g.get("ctz")).toBe("Asia/Ho_Chi_Minh");
    expect(g.get("location")).toBe("Hội trường Sở Khoa học và Công nghệ, tầng 3, Số 2, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang");
    expect(g.get("details")!.split("\n")).toContain("Hạn đăng ký: 04/12/2026");
    expect(g.get("details")!.split("\n")).toContain(`Chi tiết: ${BASE}/dao-tao/tq-2026-12-5s/`);
    // Spaces as %20: not every service decodes "+".
    expect(links.google).not.toContain("+");

    const o = params(links.outlook);
    expect(new URL(links.outlook).host).toBe("outlook.live.com");
    expect(o.get("rru")).toBe("addevent");
    expect(o.get("path")).toBe("/calendar/action/compose");
    expect(o.get("subject")).toBe("Thực hành 5S và Kaizen tại doanh nghiệp");
    expect(o.get("startdt")).toBe("2026-12-10T01:00:00Z");
    expect(o.get("enddt")).toBe("2026-12-10T09:30:00Z");
    expect(o.get("allday")).toBe("false");
    expect(new URL(links.office365).host).toBe("outlook.office.com");
    expect(params(links.office365).get("startdt")).toBe("2026-12-10T01:00:00Z");
  });

  it("an all-day session: dates, end exclusive", () => {
    const links = addToCalendarLinks(store, session(store, "tq-2027-01-chuyen-gia"), urls);
    expect(params(links.google).get("dates")).toBe("20270114/20270117");
    const o = params(links.outlook);
    expect(o.get("startdt")).toBe("2027-01-14");
    expect(o.get("enddt")).toBe("2027-01-17");
    expect(o.get("allday")).toBe("true");
    expect(params(links.google).get("location")).toBe("https://hop.example.gov.vn/chuyen-gia");
  });

  it("a cancelled session says so in the title", () => {
    const links = addToCalendarLinks(store, session(store, "tq-2026-12-lean-huy"), urls);
    expect(params(links.google).get("text")).toBe("[Đã hủy] Giới thiệu Lean cho doanh nghiệp chế biến");
  });

  it("text with quotes and markup is carried as data", () => {
    const s = session(store, "dn-2027-02-lean");
    expect(params(addToCalendarLinks(store, s, urls).google).get("text")).toBe(s.title);
  });
});

describe("subscribeLinks", () => {
  it("https, webcal, Google and Outlook subscriptions for a feed", () => {
    const feed = calendarFeeds(store).find((f) => f.id === "tuyen-quang")!;
    const links = subscribeLinks(feed, urls);
    expect(links.https).toBe(`${BASE}/dao-tao/lich/tinh/tuyen-quang.ics`);
    expect(links.webcal).toBe("webcal://nangsuat.example.gov.vn/nang-suat/dao-tao/lich/tinh/tuyen-quang.ics");
    expect(params(links.google).get("cid")).toBe(links.webcal);
    expect(params(links.outlook).get("url")).toBe(links.https);
    expect(params(links.outlook).get("name")).toBe("Lịch đào tạo tại tỉnh Tuyên Quang");
    expect(new URL(links.office365).pathname).toBe("/calendar/0/addfromweb");
  });
});
