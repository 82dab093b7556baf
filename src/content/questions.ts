/**
 * The one rule of questions and answers that the schema cannot see: the answer is the file's
 * Markdown body, and a question published without one would only repeat the question.
 */
import type { Message } from "../messages.ts";

/** Whether a question file's body holds an answer (anything but white space). */
export const hasAnswer = (body: string | undefined): boolean => (body ?? "").trim().length > 0;

export const questionMessages = {
  "question/answer-missing": {
    vi: () => "câu hỏi chưa có câu trả lời — viết câu trả lời ở phần thân tệp, sau dòng --- thứ hai",
    en: () => "the question has no answer — write the answer in the file's body, after the second --- line",
  },
} satisfies Record<string, Message>;
