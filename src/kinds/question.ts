/** Questions and answers (content/questions/<id>.md): the question in front matter, the answer as the body, under /hoi-dap/. */
import { questionSchema } from "../schema/question.ts";
import { questionsSection } from "../site/urls.ts";
import type { QuestionItem } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { defineKind } from "./define.ts";

export const question = defineKind<"question", "questions", QuestionItem>({
  name: "question",
  label: { vi: "hỏi đáp", en: "question" },
  storeKey: "questions",
  source: { format: "markdown", dir: "content/questions" },
  schema: questionSchema,
  url: questionsSection,
  menu: "Hỏi đáp",
  search: {
    label: "Hỏi đáp",
    facts: (q, h) => ({ meta: { date: formatDate(q.answered) }, topics: h.topics(q.topics), nam: [q.answered.slice(0, 4)], sort: q.answered }),
  },
  sitemapDate: (q) => q.answered,
  // A question's title is the question itself.
  scaffold: { command: "question", note: "tiêu đề là câu hỏi", fill: (title, { today }) => ({ question: title, answered: today }) },
  reference: {
    schemaName: "question",
    heading: "Hỏi đáp",
    where: "content/questions/<mã>.md",
    intro: "Một câu hỏi, địa chỉ /hoi-dap/<mã>/; câu trả lời viết bằng Markdown ở phần thân tệp. Câu hỏi được xếp theo chủ đề đầu tiên trong `topics`.",
    description: "Phần đầu (front matter) của tệp content/questions/<mã>.md: câu hỏi; câu trả lời viết ở phần thân tệp.",
  },
});
