/** Guides (content/guidance/<id>.md): how-to articles on productivity and quality, /huong-dan/. */
import { guideSchema } from "../schema/guide.ts";
import { guidesSection } from "../site/urls.ts";
import type { GuideItem } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { defineKind } from "./define.ts";

// Questions name the guides to read next.
declare module "../schema/fields.ts" {
  interface RefKinds {
    guide: true;
  }
}

export const guide = defineKind<"guide", "guides", GuideItem>({
  name: "guide",
  label: { vi: "hướng dẫn", en: "guide" },
  storeKey: "guides",
  source: { format: "markdown", dir: "content/guidance" },
  schema: guideSchema,
  url: guidesSection,
  menu: "Hướng dẫn",
  search: {
    label: "Hướng dẫn",
    facts: (g, h) => ({ meta: { date: formatDate(g.updated) }, topics: h.topics(g.topics), nam: [g.updated.slice(0, 4)], sort: g.updated }),
  },
  // A review that found nothing to change still dates the page.
  sitemapDate: (g) => (g.reviewed && g.reviewed > g.updated ? g.reviewed : g.updated),
  scaffold: { command: "guide", fill: (title, { today }) => ({ title, updated: today }) },
  reference: {
    schemaName: "guide",
    heading: "Hướng dẫn",
    where: "content/guidance/<mã>.md",
    intro: "Phần đầu tệp giữa hai dòng `---`; nội dung hướng dẫn viết bằng Markdown bên dưới.",
    description: "Phần đầu (front matter) của tệp content/guidance/<mã>.md.",
    ref: { type: "mã hướng dẫn (tên tệp trong content/guidance/)", example: "nang-suat-va-chat-luong-la-gi" },
  },
});
