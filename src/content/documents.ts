/**
 * Checks of the documents library that need more than one file (or the agency list): a number
 * whose symbol does not fit its form, two documents with the same number from the same
 * authority, a document relating to itself, and a cycle of replacements. Their messages are
 * here too, with the rules of the documents' own schema, so the kind stays in one place.
 */
import type { KeyPath } from "../diagnostics.ts";
import type { Code, Message, MessageParams } from "../messages.ts";
import { relationKeys, type DocumentForm, type LibraryDocument } from "../schema/document.ts";
import { formLabels } from "../site/library.ts";
import { formatDate } from "../vi/dates.ts";

/** A checked document and where it is written. */
export interface DocumentRow {
  id: string;
  value: LibraryDocument;
  file: string;
  /** The line of a key path in the document's file. */
  lineOf(path: KeyPath): number;
}

export type Report = (row: DocumentRow, path: KeyPath, code: Code, params?: MessageParams, severity?: "error" | "warning") => void;

/** Upper case without marks, đ→D, no spaces: how symbols are compared ("QĐ-TTg" = "QD-TTG"). */
const foldSymbol = (s: string): string => foldUpper(s).replace(/\s+/g, "");
const foldUpper = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "D").toUpperCase();

/** The part of the symbol each form usually carries, and how an editor would recognise it. */
const usualSymbol: Partial<Record<DocumentForm, { test: RegExp; hint: string }>> = {
  luat: { test: /\/QH\d+$/, hint: "…/QH15 (số/năm/QH khóa)" },
  "nghi-quyet": { test: /\bNQ\b|\/QH\d+$/, hint: "…/NQ-… hoặc …/QH15" },
  "nghi-dinh": { test: /\bND-CP$/, hint: "…/NĐ-CP" },
  "quyet-dinh": { test: /\bQD\b/, hint: "…/QĐ-…" },
  "chi-thi": { test: /\bCT\b/, hint: "…/CT-…" },
  "thong-tu": { test: /\bTT\b/, hint: "…/TT-…" },
  "ke-hoach": { test: /\bKH\b/, hint: "…/KH-…" },
  "huong-dan": { test: /\bHD\b/, hint: "…/HD-…" },
  "bao-cao": { test: /\bBC\b/, hint: "…/BC-…" },
  "thong-bao": { test: /\bTB\b/, hint: "…/TB-…" },
};


/** The symbol a number should carry, or undefined when it fits (or the form has no usual symbol). */
function symbolMismatch(form: DocumentForm, number: string, authorityName: string): string | undefined {
  const folded = foldSymbol(number);
  // A decision of the Prime Minister: the rule the national database follows without exception.
  if (form === "quyet-dinh" && /\bTHU TUONG\b/.test(foldUpper(authorityName)) && !/\/QD-TTG$/.test(folded)) return "…/QĐ-TTg";
  const usual = usualSymbol[form];
  return usual && !usual.test.test(folded) ? usual.hint : undefined;
}

/**
 * Runs every check across the library. `authorityName` gives the name an issuer id stands for
 * (agencies are looked up by the caller).
 */
export function checkDocuments(rows: readonly DocumentRow[], authorityName: (d: LibraryDocument) => string, report: Report): void {
  const where = (row: DocumentRow, path: KeyPath) => `${row.file}:${row.lineOf(path)}`;

  // The symbol of each number, against its form.
  for (const row of rows) {
    const d = row.value;
    const expected = symbolMismatch(d.form, d.number, authorityName(d));
    if (expected) report(row, ["number"], "document/symbol-form", { number: d.number, form: formLabels[d.form], usual: expected }, "warning");
  }

  // One number per authority.
  const seen = new Map<string, DocumentRow>();
  for (const row of rows) {
    const d = row.value;
    const key = `${foldSymbol(d.number)}@${d.issuer ?? foldSymbol(d.authority ?? "")}`;
    const first = seen.get(key);
    if (first) report(row, ["number"], "document/duplicate-number", { number: d.number, authority: authorityName(d), other: where(first, ["number"]) });
    else seen.set(key, row);
  }

  // No document relates to itself.
  for (const row of rows) {
    for (const key of relationKeys) row.value[key]?.forEach((id, i) => id === row.id && report(row, [key, i], "ref/self"));
    row.value.partlyRepeals?.forEach((p, i) => p.document === row.id && report(row, ["partlyRepeals", i, "document"], "ref/self"));
  }

  // Replacements form no cycle (A replaces B, B replaces A): neither could ever be in force.
  const byId = new Map(rows.map((r) => [r.id, r]));
  const state = new Map<string, "open" | "done">();
  const stack: { row: DocumentRow; index: number }[] = [];
  const visit = (row: DocumentRow) => {
    state.set(row.id, "open");
    (row.value.replaces ?? []).forEach((target, index) => {
      const next = byId.get(target);
      if (!next || target === row.id) return;
      if (state.get(target) === "open") {
        // The cycle runs from `target` on the stack to here; report it at this edge, once.
        const from = stack.findIndex((s) => s.row.id === target);
        const cycle = [...stack.slice(from).map((s) => s.row.id), row.id, target];
        report(row, ["replaces", index], "document/replacement-cycle", { cycle: cycle.join(" → ") });
        return;
      }
      if (state.has(target)) return;
      stack.push({ row, index });
      visit(next);
      stack.pop();
    });
    state.set(row.id, "done");
  };
  for (const row of rows) if (!state.has(row.id)) visit(row);
}

const s = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v ?? ""));
const d = (v: unknown): string => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : s(v));

/** What each rule of the documents library says to an editor. */
export const documentMessages = {
  "document/authority-missing": {
    vi: () => "văn bản chưa có cơ quan ban hành — thêm issuer (mã cơ quan trong data/agencies.yaml) hoặc authority (tên cơ quan, ví dụ Thủ tướng Chính phủ)",
    en: () => "the document has no issuing authority — add issuer (an agency id from data/agencies.yaml) or authority (its name, e.g. Thủ tướng Chính phủ)",
  },
  "document/effect-before-issue": {
    vi: (p) => `ngày có hiệu lực ${d(p.effective)} trước ngày ban hành ${d(p.issued)} — kiểm tra lại với văn bản gốc; nếu văn bản quy định đúng như vậy, thêm effectBeforeIssue: true`,
    en: (p) => `takes effect on ${d(p.effective)}, before its date of issue ${d(p.issued)} — check the original; if the document says so, add effectBeforeIssue: true`,
  },
  "document/expiry-before-effect": {
    vi: (p) => `ngày hết hiệu lực ${d(p.expires)} không sau ngày có hiệu lực ${d(p.effective)} — sửa expires (hoặc effective)`,
    en: (p) => `the date of expiry ${d(p.expires)} is not after the date of effect ${d(p.effective)} — fix expires (or effective)`,
  },
  "document/file-type": {
    vi: (p) => `tệp văn bản "${s(p.value)}" không phải PDF, DOCX hoặc ODT — đính kèm toàn văn ở một trong các dạng đó`,
    en: (p) => `the document file "${s(p.value)}" is not a PDF, DOCX or ODT — attach the text in one of those formats`,
  },
  "document/symbol-form": {
    vi: (p) => `số, ký hiệu "${s(p.number)}" không có ký hiệu thường gặp của ${s(p.form)} (${s(p.usual)}) — kiểm tra lại loại văn bản (form) hoặc số, ký hiệu như in trên văn bản`,
    en: (p) => `the number "${s(p.number)}" lacks the symbol a ${s(p.form)} usually carries (${s(p.usual)}) — check form, or the number as printed`,
  },
  "document/duplicate-number": {
    vi: (p) => `số, ký hiệu "${s(p.number)}" của ${s(p.authority)} đã có ở ${s(p.other)} — mỗi văn bản chỉ nhập một lần; sửa số hoặc xóa bản trùng`,
    en: (p) => `"${s(p.number)}" from ${s(p.authority)} is already entered at ${s(p.other)} — enter each document once; fix the number or remove the copy`,
  },
  "document/replacement-cycle": {
    vi: (p) => `các văn bản thay thế lẫn nhau theo vòng (${s(p.cycle)}), nên không văn bản nào có hiệu lực — xóa replaces ở văn bản cũ hơn`,
    en: (p) => `these documents replace each other in a cycle (${s(p.cycle)}), so none could be in force — remove replaces from the older one`,
  },
} satisfies Record<string, Message>;
