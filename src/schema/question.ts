/**
 * A question and its answer (content/questions/<id>.md): the question in the front matter,
 * the answer as the Markdown body. Questions are grouped by their first topic on /hoi-dap/.
 */
import { z } from "zod";
import { documented, isoDate, line, ref } from "./fields.ts";
import { topicRefs } from "./guide.ts";

export const questionSchema = z.strictObject({
  question: documented(line(400), {
    title: "Câu hỏi",
    description: "Câu hỏi như người đọc hỏi, kết thúc bằng dấu hỏi, ví dụ: Doanh nghiệp đăng ký khóa đào tạo như thế nào? Câu trả lời viết ở phần thân tệp (Markdown).",
    labelEn: "Question",
  }),
  topics: topicRefs(),
  agency: ref("agency", {
    title: "Cơ quan trả lời",
    description: "Mã cơ quan trả lời trong data/agencies.yaml. Để trống khi ban biên tập cổng trả lời dựa trên nội dung đã đăng.",
    labelEn: "Answering agency",
  }).optional(),
  answered: documented(isoDate(), { title: "Ngày trả lời", description: "Ngày trả lời hoặc cập nhật câu trả lời gần nhất (YYYY-MM-DD).", labelEn: "Date answered" }),
  guides: documented(z.array(ref("guide", { title: "Hướng dẫn", description: "Mã bài hướng dẫn.", labelEn: "Guide" })).min(1).optional(), {
    title: "Hướng dẫn liên quan",
    description: "Mã các bài hướng dẫn (tên tệp trong content/guidance/ không có .md) để đọc thêm.",
    labelEn: "Related guides",
  }),
  documents: documented(z.array(ref("document", { title: "Văn bản", description: "Mã văn bản.", labelEn: "Document" })).min(1).optional(), {
    title: "Văn bản liên quan",
    description: "Mã các văn bản (tên tệp trong content/documents/ không có .md) mà câu trả lời dựa vào.",
    labelEn: "Related documents",
  }),
  order: documented(z.number().int().min(0).max(999).optional(), { title: "Thứ tự", description: "Thứ tự trong nhóm chủ đề (số nhỏ đứng trước); mặc định theo câu hỏi.", labelEn: "Order" }),
  draft: documented(z.boolean().optional(), { title: "Bản nháp", description: "true: chỉ hiện khi xem trước, không xuất bản.", labelEn: "Draft" }),
});

export type Question = z.output<typeof questionSchema>;
