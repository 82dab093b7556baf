/** Plans of provinces and ministries (content/plans/<id>.md): /ke-hoach/, their targets' progress, open data. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { splitFrontMatter } from "../content/frontmatter.ts";
import { jsonText, plansJson, plansJsonSchema } from "../feeds/opendata.ts";
import { mostCommon } from "../scaffold.ts";
import { planSchema } from "../schema/plan.ts";
import { apiUrls, plansSection } from "../site/urls.ts";
import type { PlanItem } from "../store.ts";
import { formatDate } from "../vi/dates.ts";
import { defineKind } from "./define.ts";

const years = (from: number, to: number): string[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i));

/** The legal basis written in a plan file, read loosely: a broken file gives none. */
function planBasis(abs: string): unknown {
  try {
    const split = splitFrontMatter(readFileSync(abs, "utf8"));
    return split.ok ? (parse(split.yaml) as { basis?: unknown } | null)?.basis : undefined;
  } catch {
    return undefined;
  }
}

// Sessions and activities name the plan they carry out.
declare module "../schema/fields.ts" {
  interface RefKinds {
    plan: true;
  }
}

export const plan = defineKind<"plan", "plans", PlanItem>({
  name: "plan",
  label: { vi: "kế hoạch", en: "plan" },
  storeKey: "plans",
  source: { format: "markdown", dir: "content/plans" },
  schema: planSchema,
  url: plansSection,
  menu: "Kế hoạch",
  search: {
    label: "Kế hoạch",
    facts: (p, h) => ({
      meta: { date: p.issued ? formatDate(p.issued) : `Giai đoạn ${p.period.from}-${p.period.to}` },
      tinh: h.province(p.province),
      nam: years(p.period.from, p.period.to),
      sort: p.issued ?? `${p.period.from}-01-01`,
    }),
  },
  sitemapDate: (p) => p.issued,
  openData: [
    { url: apiUrls.plansJson, text: (store, urls) => jsonText(plansJson(store, urls)) },
    { url: apiUrls.plansSchema, text: (_store, urls) => jsonText(plansJsonSchema(urls)) },
  ],
  scaffold: {
    command: "plan",
    fill: (title, { root, today, dir }) => {
      // Every plan carries out the same national programme: start from the basis already used.
      const abs = join(root, dir);
      const files = existsSync(abs) ? readdirSync(abs).filter((f) => f.endsWith(".md") && !f.startsWith(".") && !f.startsWith("_")).sort() : [];
      const basis = mostCommon(files.map((f) => planBasis(join(abs, f))));
      return { title, period: { from: Number(today.slice(0, 4)) }, ...(basis ? { basis } : {}) };
    },
  },
  reference: {
    schemaName: "plan",
    heading: "Kế hoạch",
    where: "content/plans/<mã>.md",
    intro: "Các khóa nằm ở phần đầu tệp, giữa hai dòng `---`; nội dung kế hoạch viết bằng Markdown bên dưới. Mã kế hoạch là tên tệp.",
    description: "Phần đầu (front matter) của tệp content/plans/<mã>.md.",
    ref: { type: "mã kế hoạch (tên tệp trong content/plans/)", example: "tuyen-quang-2022-2025" },
  },
});
