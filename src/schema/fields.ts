/**
 * Field builders shared by every content schema. Each carries its documentation
 * (Vietnamese label and help, English label) in zod metadata: the same object feeds the
 * TypeScript type, the runtime check, the editors' reference and the JSON Schema.
 */
import { z } from "zod";
import type { Code } from "../messages.ts";
import { slug } from "../vi/slug.ts";
import { isoFromVietnameseDate, parseIsoDate, parseMoment, VIETNAM_OFFSET, type IsoDate, type Moment } from "../vi/dates.ts";

/** Per-key documentation. `title`/`description` are Vietnamese (they are what editors see). */
export interface FieldDoc {
  /** Vietnamese label. */
  title: string;
  /** Vietnamese help: what goes here, and why. */
  description: string;
  /** English label. */
  labelEn: string;
  examples?: unknown[];
  /** The kind of item this key refers to by id. */
  ref?: RefKind;
}

/**
 * What an id may refer to: a data row, an attachment, or an item of a content kind. A kind whose
 * items other files name adds itself here from its module (src/kinds/plan.ts):
 * `declare module "../schema/fields.ts" { interface RefKinds { plan: true } }`.
 */
export interface RefKinds {
  agency: true;
  province: true;
  topic: true;
  file: true;
}
export type RefKind = keyof RefKinds;

declare module "zod" {
  interface GlobalMeta {
    labelEn?: string;
    ref?: RefKind;
  }
}

export const documented = <T extends z.ZodType>(schema: T, doc: FieldDoc): T => schema.meta({ ...doc });

/** Issue params carry our own rule code so messages can be written for editors. */
const issue = (code: Code, extra: Record<string, unknown> = {}) => ({ code, ...extra });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const suggestId = (value: string): string => slug(value);

/** Lower-case ASCII letters, digits and hyphens. */
export const idString = () =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (!ID_PATTERN.test(value)) ctx.addIssue({ code: "custom", params: issue("id/format", { value, suggestion: suggestId(value) }) });
    })
    // The same rule for editors' YAML language servers: the JSON Schema cannot see superRefine.
    .meta({ pattern: ID_PATTERN.source });

/** A reference to another item by its id. */
export const ref = (kind: RefKind, doc: Omit<FieldDoc, "ref">) => documented(idString(), { ...doc, ref: kind });

/** Shaped like a date, ISO or dd/mm/yyyy, whether or not the day exists. */
const DATE_SHAPED = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/;

/** A calendar date written YYYY-MM-DD. YAML reads an unquoted 2026-03-12 as this string. */
export const isoDate = () =>
  z.string().superRefine((value, ctx) => {
    if (parseIsoDate(value)) return;
    const iso = isoFromVietnameseDate(value);
    if (iso) ctx.addIssue({ code: "custom", params: issue("date/not-iso", { value, iso }) });
    else if (DATE_SHAPED.test(value.trim())) ctx.addIssue({ code: "custom", params: issue("date/not-a-date", { value }) });
    else ctx.addIssue({ code: "custom", params: issue("date/format", { value }) });
  })
  // JSON Schema's "date" format is the same rule: YYYY-MM-DD and a real calendar day.
  .meta({ format: "date" }) as z.ZodType<IsoDate, string>;

/** "12/03/2026 08:00" → "2026-03-12T08:00:00+07:00"; "12/03/2026" → "2026-03-12"; otherwise null. */
function isoFromVietnameseMoment(value: string): string | null {
  const [day = "", ...rest] = value.trim().split(/[ T]+/);
  const date = isoFromVietnameseDate(day);
  if (!date || rest.length === 0) return date;
  const t = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/.exec(rest.join(" "));
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 59) return date;
  return `${date}T${t[1]!.padStart(2, "0")}:${t[2]}:${t[3] ?? "00"}${VIETNAM_OFFSET}`;
}

/** The shape parseMoment accepts (it also checks the calendar and the clock). */
const MOMENT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?$";

/** A date-time with offset, or a date for all-day events; Asia/Ho_Chi_Minh when no offset. */
export const moment = () =>
  // The pattern tells editors' YAML language servers the shape; the transform checks the values.
  z.string().meta({ pattern: MOMENT_PATTERN }).transform((value, ctx): Moment => {
    const parsed = parseMoment(value);
    if (typeof parsed !== "string") return parsed;
    const iso = isoFromVietnameseMoment(value);
    if (parsed === "format" && iso) ctx.addIssue({ code: "custom", params: issue("date/not-iso", { value, iso }) });
    else if (parsed === "format" && DATE_SHAPED.test(value.trim().split(/[ T]/)[0] ?? "")) ctx.addIssue({ code: "custom", params: issue("date/not-a-date", { value }) });
    else ctx.addIssue({ code: "custom", params: issue(parsed === "format" ? "moment/format" : parsed === "time" ? "moment/time" : "date/not-a-date", { value }) });
    return z.NEVER;
  });

/** Only web addresses a reader can safely follow. */
export const webUrl = () => z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
export const email = () => z.email();
/** Phone numbers are text: an unquoted 0207… would lose its leading zero. */
export const phone = () => z.string().regex(/^[0-9+() .-]{6,20}$/);

/** Plain single-line text. */
export const line = (max = 300) => z.string().trim().min(1).max(max);
/** Longer text that may be Markdown. */
export const prose = (max = 5000) => z.string().trim().min(1).max(max);

export const year = () => z.number().int().min(2000).max(2100);

/** A file from content/files/ with its display name; a kind may word the help for its own files. */
export const attachment = (help: { title?: Partial<FieldDoc>; file?: Partial<FieldDoc> } = {}) =>
  z.strictObject({
    title: documented(line(200), { title: "Tên tệp đính kèm", description: "Tên hiển thị của tệp cho người đọc.", labelEn: "Title", ...help.title }),
    file: documented(z.string().min(1), {
      title: "Tệp",
      description: "Tên tệp trong thư mục content/files/ (ví dụ: ke-hoach-2022.pdf).",
      labelEn: "File",
      ref: "file",
      examples: ["ke-hoach-tuyen-quang.pdf"],
      ...help.file,
    }),
  });

/** Validity of an agency or a province across the 2025 reorganisation. */
export const validity = {
  validFrom: documented(isoDate().optional(), {
    title: "Hiệu lực từ",
    description: "Ngày bắt đầu hoạt động (YYYY-MM-DD), nếu được thành lập hoặc hợp nhất gần đây.",
    labelEn: "Valid from",
  }),
  validTo: documented(isoDate().optional(), {
    title: "Hiệu lực đến",
    description: "Ngày cuối cùng hoạt động (YYYY-MM-DD), khi đã hợp nhất hoặc giải thể.",
    labelEn: "Valid to",
  }),
};
