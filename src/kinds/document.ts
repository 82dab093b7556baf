/**
 * The documents library (content/documents/<id>.md): laws, decrees, decisions and plans as
 * printed, with their relations and computed effect, under /van-ban/; open data beside it.
 */
import { documentsCsv, documentsJson, documentsJsonSchema } from "../feeds/documents-opendata.ts";
import { jsonText } from "../feeds/opendata.ts";
import { documentSchema } from "../schema/document.ts";
import { apiUrls, documentsSection } from "../site/urls.ts";
import type { DocumentItem } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { defineKind } from "./define.ts";

// Plans, activities, questions and other documents name the documents they rest on.
declare module "../schema/fields.ts" {
  interface RefKinds {
    document: true;
  }
}

export const document = defineKind<"document", "documents", DocumentItem>({
  name: "document",
  label: { vi: "văn bản", en: "document" },
  storeKey: "documents",
  source: { format: "markdown", dir: "content/documents" },
  schema: documentSchema,
  url: documentsSection,
  menu: "Văn bản",
  search: {
    label: "Văn bản",
    facts: (d, h) => ({
      meta: { date: formatDate(d.issued) },
      tinh: d.provinces?.length === 1 ? h.province(d.provinces[0]) : undefined,
      topics: h.topics(d.topics),
      nam: [d.issued.slice(0, 4)],
      sort: d.issued,
    }),
  },
  sitemapDate: (d) => d.issued,
  openData: [
    { url: apiUrls.documentsJson, text: (store, urls) => jsonText(documentsJson(store, urls)) },
    { url: apiUrls.documentsSchema, text: (_store, urls) => jsonText(documentsJsonSchema(urls)) },
    { url: apiUrls.documentsCsv, text: documentsCsv },
  ],
  // A document's title is its summary (trích yếu).
  scaffold: { command: "document", note: "tiêu đề là trích yếu", fill: (title) => ({ summary: title }) },
  reference: {
    schemaName: "document",
    heading: "Văn bản",
    where: "content/documents/<mã>.md",
    intro:
      "Một văn bản của thư viện văn bản, địa chỉ /van-ban/<mã>/. Phần đầu tệp giữa hai dòng `---`; ghi chú (nếu có) viết bằng Markdown bên dưới. Tình trạng hiệu lực không ghi tay: cổng tính từ các ngày và từ các văn bản thay thế, bãi bỏ.",
    description: "Phần đầu (front matter) của tệp content/documents/<mã>.md: một văn bản của thư viện văn bản.",
    ref: { type: "mã văn bản (tên tệp trong content/documents/)", example: "1322-qd-ttg" },
  },
});
