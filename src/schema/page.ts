/** Standing page (content/pages/<id>.md): about, contact, accessibility statement. */
import { z } from "zod";
import { documented, line, prose } from "./fields.ts";

export const pageSchema = z.strictObject({
  title: documented(line(200), { title: "Tiêu đề", description: "Tiêu đề trang.", labelEn: "Title" }),
  summary: documented(prose(400).optional(), { title: "Tóm tắt", description: "Mô tả ngắn của trang.", labelEn: "Summary" }),
  order: documented(z.number().int().min(0).max(999).optional(), { title: "Thứ tự", description: "Thứ tự trong trình đơn chân trang (số nhỏ đứng trước).", labelEn: "Order" }),
  draft: documented(z.boolean().optional(), { title: "Bản nháp", description: "true: chỉ hiện khi xem trước, không xuất bản.", labelEn: "Draft" }),
});

export type Page = z.output<typeof pageSchema>;
