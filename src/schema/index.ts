/**
 * Every kind of content: where its files live, its schema, and its URL. The loader, the
 * JSON Schema generator and the editors' reference all read this one table.
 */
import type { z } from "zod";
import { activitySchema } from "./activity.ts";
import { agencyListSchema } from "./agency.ts";
import { guideSchema } from "./guide.ts";
import { pageSchema } from "./page.ts";
import { planSchema } from "./plan.ts";
import { provinceListSchema } from "./province.ts";
import { siteSchema } from "./site.ts";
import { topicListSchema } from "./topic.ts";
import { calendarSchema } from "./training.ts";
import { documentSchema } from "./document.ts";
import { questionSchema } from "./question.ts";
import { activitiesSection, documentsSection, guidesSection, pageUrl, plansSection, questionsSection, trainingsSection } from "../site/urls.ts";

export type DocumentKind = "plan" | "guide" | "activity" | "page" | "document" | "question";
export type DataKind = "site" | "agencies" | "provinces" | "topics";

/** Markdown kinds: one file per item, id from the file name. */
export const documentKinds = {
  plan: { dir: "content/plans", schema: planSchema, label: { vi: "kế hoạch", en: "plan" }, url: plansSection.item },
  guide: { dir: "content/guidance", schema: guideSchema, label: { vi: "hướng dẫn", en: "guide" }, url: guidesSection.item },
  activity: { dir: "content/news", schema: activitySchema, label: { vi: "tin hoạt động", en: "activity" }, url: activitiesSection.item },
  page: { dir: "content/pages", schema: pageSchema, label: { vi: "trang", en: "page" }, url: pageUrl },
  document: { dir: "content/documents", schema: documentSchema, label: { vi: "văn bản", en: "document" }, url: documentsSection.item },
  question: { dir: "content/questions", schema: questionSchema, label: { vi: "câu hỏi", en: "question" }, url: questionsSection.item },
} as const satisfies Record<DocumentKind, { dir: string; schema: z.ZodType; label: { vi: string; en: string }; url: (id: string) => string }>;

/** YAML training calendars: many sessions per file. */
export const calendarKind = {
  dir: "content/trainings",
  schema: calendarSchema,
  label: { vi: "khóa đào tạo", en: "training session" },
  url: trainingsSection.item,
} as const;

/** Data files. */
export const dataKinds = {
  site: { file: "data/site.yaml", schema: siteSchema },
  agencies: { file: "data/agencies.yaml", schema: agencyListSchema },
  provinces: { file: "data/provinces.yaml", schema: provinceListSchema },
  topics: { file: "data/topics.yaml", schema: topicListSchema },
} as const satisfies Record<DataKind, { file: string; schema: z.ZodType }>;

export const FILES_DIR = "content/files";
