/** Guidance article (content/guidance/<id>.md). */
import { z } from "zod";
import { documented, isoDate, line, prose, ref } from "./fields.ts";
import { crossFieldRules, ruleIssue } from "./rules.ts";

export const audiences = ["enterprise", "agency", "cooperative", "public"] as const;

export const topicRefs = () =>
  documented(z.array(ref("topic", { title: "Chủ đề", description: "Mã chủ đề.", labelEn: "Topic" })).min(1), {
    title: "Chủ đề",
    description: "Một hoặc nhiều mã chủ đề trong data/topics.yaml, ví dụ [5s, kaizen].",
    labelEn: "Topics",
  });

export const guideSchema = z
  .strictObject({
    title: documented(line(200), { title: "Tiêu đề", description: "Tiêu đề bài hướng dẫn.", labelEn: "Title" }),
    summary: documented(prose(400), { title: "Tóm tắt", description: "Một hoặc hai câu: người đọc sẽ học được gì.", labelEn: "Summary" }),
    topics: topicRefs(),
    audience: documented(z.array(z.enum(audiences)).optional(), {
      title: "Đối tượng",
      description: "enterprise (doanh nghiệp), agency (cơ quan), cooperative (hợp tác xã), public (người dân).",
      labelEn: "Audience",
    }),
    standards: documented(z.array(line(80)).optional(), { title: "Tiêu chuẩn", description: "Các tiêu chuẩn được hướng dẫn, ví dụ \"TCVN ISO 9001:2015\".", labelEn: "Standards" }),
    updated: documented(isoDate(), { title: "Cập nhật", description: "Ngày cập nhật nội dung gần nhất (YYYY-MM-DD).", labelEn: "Updated" }),
    reviewed: documented(isoDate().optional(), { title: "Rà soát", description: "Ngày chuyên gia rà soát nội dung (YYYY-MM-DD).", labelEn: "Reviewed" }),
    plan: ref("plan", { title: "Kế hoạch", description: "Mã kế hoạch liên quan (tên tệp trong content/plans/ không có .md).", labelEn: "Plan" }).optional(),
    draft: documented(z.boolean().optional(), { title: "Bản nháp", description: "true: chỉ hiện khi xem trước, không xuất bản.", labelEn: "Draft" }),
  })
  .superRefine(
    ...crossFieldRules<{ reviewed?: string; updated: string }>((g, ctx) => {
      if (g.reviewed && g.reviewed < g.updated) ruleIssue(ctx, ["reviewed"], "guide/reviewed-before-updated", { reviewed: g.reviewed, updated: g.updated });
    }),
  );

export type Guide = z.output<typeof guideSchema>;
