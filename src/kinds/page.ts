/** Standing pages (content/pages/<id>.md): about, contact, accessibility, at the top level /<id>/. */
import { pageSchema } from "../schema/page.ts";
import { pageUrl } from "../site/urls.ts";
import type { PageItem } from "../store.ts";
import { defineKind } from "./define.ts";

export const page = defineKind<"page", "pages", PageItem>({
  name: "page",
  label: { vi: "trang", en: "page" },
  storeKey: "pages",
  source: { format: "markdown", dir: "content/pages" },
  schema: pageSchema,
  // No list page: they are linked from the footer.
  url: { item: pageUrl },
  search: { label: "Trang thông tin", facts: () => ({}) },
  scaffold: { command: "page" },
  reference: {
    schemaName: "page",
    heading: "Trang",
    where: "content/pages/<mã>.md",
    intro: "Trang cố định (giới thiệu, liên hệ…), địa chỉ /<mã>/.",
    description: "Phần đầu (front matter) của tệp content/pages/<mã>.md.",
  },
});
