/** Activities (content/news/<id>.md): news of what the programme did, /tin-tuc/ and the Atom feed. */
import { activitySchema } from "../schema/activity.ts";
import { activitiesSection } from "../site/urls.ts";
import type { ActivityItem } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { defineKind } from "./define.ts";

export const activity = defineKind<"activity", "activities", ActivityItem>({
  name: "activity",
  label: { vi: "tin hoạt động", en: "activity" },
  storeKey: "activities",
  source: { format: "markdown", dir: "content/news" },
  schema: activitySchema,
  url: activitiesSection,
  menu: "Tin hoạt động",
  search: {
    label: "Tin tức",
    facts: (a, h) => ({ meta: { date: formatDate(a.date), "tinh-cu": h.formerly(a.province, a.date) }, tinh: h.province(a.province), topics: h.topics(a.topics), nam: [a.date.slice(0, 4)], sort: a.date }),
  },
  sitemapDate: (a) => a.date,
  scaffold: {
    command: "activity",
    fill: (title, { today }) => ({ title, date: today }),
    // Activities are filed by month, like the existing ones: 2026-11-<slug>.md.
    fileId: (id, { today }, explicitId) => (explicitId ? id : `${today.slice(0, 7)}-${id}`),
  },
  reference: {
    schemaName: "activity",
    heading: "Tin hoạt động",
    where: "content/news/<mã>.md",
    intro: "Phần đầu tệp giữa hai dòng `---`; nội dung tin viết bằng Markdown bên dưới.",
    description: "Phần đầu (front matter) của tệp content/news/<mã>.md.",
  },
});
