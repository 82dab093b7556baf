import { describe, expect, it } from "vitest";
import { pageMeta, shortDescription } from "../../src/seo/meta.ts";
import { BASE, fixtureStore, urlsOf } from "../feeds/fixture.ts";

const store = fixtureStore();
const urls = urlsOf(store);
const tags = (meta: ReturnType<typeof pageMeta>) => Object.fromEntries(meta.tags.map((t) => [`${t.attribute}:${t.key}`, t.content]));

describe("pageMeta", () => {
  it("a guide: canonical URL, Open Graph article and Twitter card", () => {
    const meta = pageMeta(store, { title: "Áp dụng 5S", description: "Các bước áp dụng 5S.", url: "/huong-dan/ap-dung-5s/", type: "article", modified: "2025-11-03" }, urls);
    expect(meta.title).toBe("Áp dụng 5S – Năng suất và Chất lượng");
    expect(meta.canonical).toBe(`${BASE}/huong-dan/ap-dung-5s/`);
    expect(tags(meta)).toEqual({
      "name:description": "Các bước áp dụng 5S.",
      "property:og:site_name": "Năng suất và Chất lượng",
      "property:og:locale": "vi_VN",
      "property:og:type": "article",
      "property:og:title": "Áp dụng 5S",
      "property:og:description": "Các bước áp dụng 5S.",
      "property:og:url": `${BASE}/huong-dan/ap-dung-5s/`,
      "property:article:modified_time": "2025-11-03",
      "name:twitter:card": "summary",
      "name:twitter:title": "Áp dụng 5S",
      "name:twitter:description": "Các bước áp dụng 5S.",
    });
  });

  it("the home page: the site's name and description; an image makes a large card", () => {
    const meta = pageMeta(store, { title: "Trang chủ", url: "/", image: "/assets/og.png" }, urls);
    expect(meta.title).toBe("Năng suất và Chất lượng");
    expect(meta.canonical).toBe(`${BASE}/`);
    const t = tags(meta);
    expect(t["name:description"]).toBe(store.site.description);
    expect(t["property:og:image"]).toBe(`${BASE}/assets/og.png`);
    expect(t["name:twitter:card"]).toBe("summary_large_image");
  });

  it("shortens long descriptions at a word", () => {
    const long = "năng suất ".repeat(40);
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short.endsWith("…")).toBe(true);
    // Cut between words, not inside one.
    expect(long.startsWith(`${short.slice(0, -1)} `)).toBe(true);
  });
});
