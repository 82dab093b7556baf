/** Topic: the taxonomy of management systems, improvement tools and themes (data/topics.yaml). */
import { z } from "zod";
import { documented, idString, line, prose } from "./fields.ts";

export const topicGroups = ["management-system", "improvement-tool", "agriculture", "digital", "theme"] as const;

export const topicSchema = z.strictObject({
  id: documented(idString(), { title: "Mã chủ đề", description: "Chữ thường không dấu, số và gạch nối; dùng trong địa chỉ /chu-de/<mã>/.", labelEn: "Id", examples: ["iso-9001"] }),
  name: documented(line(120), { title: "Tên chủ đề", description: "Tên hiển thị, tiếng Việt có dấu.", labelEn: "Name" }),
  group: documented(z.enum(topicGroups).optional(), {
    title: "Nhóm",
    description: "management-system (hệ thống quản lý), improvement-tool (công cụ cải tiến), agriculture (nông nghiệp), digital (số hóa), theme (chủ đề chung).",
    labelEn: "Group",
  }),
  summary: documented(prose(400).optional(), { title: "Tóm tắt", description: "Một hoặc hai câu giới thiệu chủ đề.", labelEn: "Summary" }),
  standards: documented(z.array(line(80)).optional(), { title: "Tiêu chuẩn", description: "Các tiêu chuẩn liên quan, ví dụ \"ISO 56002:2019\".", labelEn: "Standards" }),
});

export type Topic = z.output<typeof topicSchema>;
export const topicListSchema = z.array(topicSchema);
