import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, FEED_LIMIT, feedEntries } from "../../src/feeds/atom.ts";
import { BASE, bundledStore, fixtureStore, urlsOf } from "./fixture.ts";

interface Entry {
  id: string;
  title: { "#text": string; "@_type": string };
  link: { "@_href": string };
  updated: string;
  published: string;
  summary: { "#text": string; "@_type": string };
  category: { "@_term": string };
  author?: { name: string };
}

function parseFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" || name === "link" });
  const doc = parser.parse(xml) as { feed: Record<string, unknown> & { entry?: (Omit<Entry, "link"> & { link: Entry["link"][] })[] } };
  return doc.feed;
}

/** type="html" text is HTML: entities decode to the plain text. */
const html = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("atomFeed", () => {
  const store = fixtureStore();
  const urls = urlsOf(store);
  const feed = parseFeed(atomFeed(store, urls));
  const entries = feed.entry ?? [];

  it("is an Atom feed with absolute self and alternate links", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${BASE}/feed.xml`);
    expect(feed.title).toBe("Năng suất và Chất lượng: tin hoạt động và lịch đào tạo");
    const links = feed.link as { "@_rel": string; "@_href": string }[];
    expect(links).toContainEqual({ "@_rel": "self", "@_href": `${BASE}/feed.xml` });
    expect(links).toContainEqual({ "@_rel": "alternate", "@_href": `${BASE}/` });
    expect((feed.author as { name: string }).name).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang");
  });

  it("holds activities and announced sessions whose date has come, newest first", () => {
    expect(entries.map((e) => e.id)).toEqual([
      `${BASE}/dao-tao/tq-2026-12-hoan/`,
      `${BASE}/dao-tao/tq-2026-12-lean-huy/`,
      `${BASE}/dao-tao/tq-2027-01-chuyen-gia/`,
      `${BASE}/tin-tuc/2026-11-cong-bo-lich/`,
      `${BASE}/dao-tao/tq-2026-12-5s/`,
      `${BASE}/tin-tuc/2025-06-bao-cao/`,
      `${BASE}/dao-tao/tq-2025-06-nhan-thuc/`,
    ]);
    // Not yet: an activity dated 20/12/2026 and a session announced on 01/12/2026.
    expect(entries.map((e) => e.id).join()).not.toMatch(/2026-12-hoi-nghi|dn-2027-02-lean/);
  });

  it("dates entries from the content: updated = last change, published = announced", () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const changed = byId.get(`${BASE}/dao-tao/tq-2027-01-chuyen-gia/`)!;
    expect(Date.parse(changed.updated)).toBe(Date.parse("2026-11-25T00:00:00+07:00"));
    expect(Date.parse(changed.published)).toBe(Date.parse("2026-11-01T00:00:00+07:00"));
    const news = byId.get(`${BASE}/tin-tuc/2026-11-cong-bo-lich/`)!;
    expect(Date.parse(news.updated)).toBe(Date.parse("2026-11-20T00:00:00+07:00"));
    // The feed is as new as its newest entry, not as the build clock.
    expect(Date.parse(String(feed.updated))).toBe(Date.parse("2026-11-29T00:00:00+07:00"));
  });

  it("titles and summaries are Vietnamese text, escaped as HTML", () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const news = byId.get(`${BASE}/tin-tuc/2026-11-cong-bo-lich/`)!;
    expect(news.title["@_type"]).toBe("html");
    expect(html(news.title["#text"])).toBe("Công bố lịch đào tạo tháng 12 & tháng 1");
    expect(html(news.summary["#text"])).toBe("Sở công bố lịch các lớp <đào tạo> tháng 12/2026 và tháng 1/2027.");
    expect(news.summary["#text"]).not.toContain("<đào tạo>");
    expect(news.category["@_term"]).toBe("Tin tức");
    expect(news.link[0]!["@_href"]).toBe(`${BASE}/tin-tuc/2026-11-cong-bo-lich/`);

    const cancelled = byId.get(`${BASE}/dao-tao/tq-2026-12-lean-huy/`)!;
    expect(html(cancelled.title["#text"])).toBe("[Đã hủy] Giới thiệu Lean cho doanh nghiệp chế biến");
    expect(html(cancelled.summary["#text"])).toContain("Thay đổi ngày 26/11/2026: Hủy do trùng lịch hội nghị tổng kết");
    expect(cancelled.author?.name).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang");

    const open = byId.get(`${BASE}/dao-tao/tq-2026-12-5s/`)!;
    expect(html(open.summary["#text"])).toBe(
      "Thời gian: 10/12/2026, 08:00–16:30. Địa điểm: Hội trường Sở Khoa học và Công nghệ, tầng 3, Số 2, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang. Đối tượng: Cán bộ kỹ thuật doanh nghiệp. Hạn đăng ký: 04/12/2026",
    );
  });

  it("is the same for the same content, and keeps its dates on a later build", () => {
    expect(atomFeed(fixtureStore(), urls)).toBe(atomFeed(store, urls));
    const later = fixtureStore(undefined, Date.parse("2026-11-30T09:00:00+07:00"));
    expect(atomFeed(later, urlsOf(later))).toBe(atomFeed(store, urls));
  });

  it(`keeps the ${FEED_LIMIT} most recent entries`, () => {
    const edits: Record<string, string> = {};
    for (let i = 1; i <= 60; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const month = String(1 + (i % 10)).padStart(2, "0");
      edits[`content/news/tin-${i}.md`] = `---\ntitle: Tin số ${i}\ndate: 2026-${month}-${day}\nkind: news\nsummary: Tin thử số ${i}.\n---\n\nNội dung.\n`;
    }
    const many = fixtureStore(edits);
    const list = feedEntries(many);
    expect(list).toHaveLength(FEED_LIMIT);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.updated).toBeGreaterThanOrEqual(list[i]!.updated);
    expect(parseFeed(atomFeed(many, urlsOf(many))).entry).toHaveLength(FEED_LIMIT);
  });
});

describe("atomFeed on the bundled content", () => {
  it("parses, with unique absolute ids and at most the limit", () => {
    const store = bundledStore();
    const entries = parseFeed(atomFeed(store, urlsOf(store))).entry ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(FEED_LIMIT);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^https:\/\/nangsuat\.example\.gov\.vn\//);
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    }
  });
});
