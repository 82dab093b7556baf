/** Information and dissemination activity (content/news/<id>.md). */
import { z } from "zod";
import { attachment, documented, isoDate, line, prose, ref } from "./fields.ts";
import { topicRefs } from "./guide.ts";

export const activityKinds = ["document", "meeting", "conference", "website", "training-report", "news"] as const;

export const activitySchema = z.strictObject({
  title: documented(line(300), { title: "Tiêu đề", description: "Tiêu đề tin.", labelEn: "Title" }),
  date: documented(isoDate(), { title: "Ngày", description: "Ngày diễn ra hoặc đăng tin (YYYY-MM-DD).", labelEn: "Date" }),
  kind: documented(z.enum(activityKinds), {
    title: "Hình thức",
    description: "document (văn bản), meeting (làm việc), conference (hội nghị), website (đăng website), training-report (báo cáo tập huấn), news (tin tức).",
    labelEn: "Kind",
  }),
  summary: documented(prose(500), { title: "Tóm tắt", description: "Một hoặc hai câu tóm tắt.", labelEn: "Summary" }),
  plan: ref("plan", { title: "Kế hoạch", description: "Mã kế hoạch liên quan.", labelEn: "Plan" }).optional(),
  topics: topicRefs().optional(),
  province: ref("province", { title: "Tỉnh, thành phố", description: "Mã tỉnh nơi diễn ra.", labelEn: "Province" }).optional(),
  documents: documented(z.array(ref("document", { title: "Văn bản", description: "Mã văn bản.", labelEn: "Document" })).min(1).optional(), {
    title: "Văn bản liên quan",
    description: "Mã các văn bản trong content/documents/ mà tin nói tới; trang tin dẫn tới trang của từng văn bản.",
    labelEn: "Related documents",
  }),
  attachments: documented(z.array(attachment()).optional(), { title: "Tệp đính kèm", description: "Văn bản, tài liệu kèm theo.", labelEn: "Attachments" }),
  draft: documented(z.boolean().optional(), { title: "Bản nháp", description: "true: chỉ hiện khi xem trước, không xuất bản.", labelEn: "Draft" }),
});

export type Activity = z.output<typeof activitySchema>;
