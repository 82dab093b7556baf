/**
 * Training sessions, kept in calendars (content/trainings/<name>.yaml, many sessions per file,
 * with the calendar's organizer and plan as defaults): /dao-tao/, their .ics files, open data.
 */
import { trainingsCsv, trainingsJson, trainingsJsonSchema, jsonText } from "../feeds/opendata.ts";
import { calendarSchema } from "../schema/training.ts";
import { lastChangeDate, sessionPlace, sessionWhen } from "../site/sessions.ts";
import { isUpcoming, sessionStatus } from "../site/status.ts";
import { apiUrls, trainingsSection } from "../site/urls.ts";
import type { SessionItem } from "../store.ts";
import { defineKind } from "./define.ts";

// Activities name the session they report on.
declare module "../schema/fields.ts" {
  interface RefKinds {
    session: true;
  }
}

export const session = defineKind<"session", "sessions", SessionItem>({
  name: "session",
  label: { vi: "khóa đào tạo", en: "training session" },
  storeKey: "sessions",
  source: { format: "calendar", dir: "content/trainings" },
  schema: calendarSchema,
  url: trainingsSection,
  menu: "Lịch đào tạo",
  search: {
    label: "Đào tạo",
    facts: (s, h) => {
      const status = sessionStatus(s, h.now, h.today);
      return {
        session: status === "open" || status === "closing-soon" ? "dang-nhan-dang-ky" : isUpcoming(status) ? "sap-dien-ra" : "da-dien-ra",
        meta: { date: sessionWhen(s), place: sessionPlace(s), "tinh-cu": h.formerly(s.province, s.start.date) },
        tinh: h.province(s.province),
        topics: h.topics(s.topics),
        nam: [s.start.date.slice(0, 4)],
        sort: s.start.date,
      };
    },
  },
  sitemapDate: lastChangeDate,
  openData: [
    { url: apiUrls.trainingsJson, text: (store, urls) => jsonText(trainingsJson(store, urls)) },
    { url: apiUrls.trainingsSchema, text: (_store, urls) => jsonText(trainingsJsonSchema(urls)) },
    { url: apiUrls.trainingsCsv, text: trainingsCsv },
  ],
  // Sessions are added to a calendar: src/cli/new.ts chooses which.
  scaffold: { command: "training" },
  reference: {
    schemaName: "calendar",
    heading: "Lịch đào tạo",
    where: "content/trainings/<tên lịch>.yaml",
    intro: "Một tệp chứa nhiều khóa trong `sessions`. `organizer` và `plan` ở đầu tệp là giá trị mặc định cho mọi khóa.",
    description: "Một tệp lịch trong content/trainings/: đơn vị tổ chức, kế hoạch mặc định và danh sách khóa (sessions).",
    ref: { type: "mã khóa đào tạo", example: "tq-2027-03-chuyen-gia-nang-suat" },
  },
});
