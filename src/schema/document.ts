/**
 * A document of the library (content/documents/<id>.md): a legal or administrative text as
 * printed (form, number and symbol, authority, signer, dates, summary), its files, and its
 * relations to other documents. Its effect status is never written here: src/site/effect.ts
 * computes it from the dates, the relations and the build clock.
 */
import { z } from "zod";
import { attachment, documented, isoDate, line, prose, ref, webUrl } from "./fields.ts";
import { topicRefs } from "./guide.ts";
import { crossFieldRules, ruleIssue } from "./rules.ts";

/** Forms of Vietnamese documents (loại văn bản); the value is also the list page's URL segment. */
export const documentForms = ["luat", "nghi-quyet", "nghi-dinh", "quyet-dinh", "chi-thi", "thong-tu", "ke-hoach", "cong-van", "huong-dan", "bao-cao", "thong-bao", "khac"] as const;
export type DocumentForm = (typeof documentForms)[number];

/** The relations a document may state, each pointing at other documents by id. */
export const relationKeys = ["basedOn", "replaces", "amends", "repeals", "implements"] as const;

/** Files a reader downloads as the text itself: PDF, Word or OpenDocument. */
export const DOCUMENT_FILE = /\.(pdf|docx?|odt)$/i;

const documentRef = (title: string, description: string, labelEn: string) => ref("document", { title, description, labelEn });
const relation = (title: string, description: string, labelEn: string) =>
  documented(z.array(documentRef("Văn bản", "Mã văn bản (tên tệp trong content/documents/ không có .md).", "Document")).min(1).optional(), { title, description, labelEn });

export const documentSchema = z
  .strictObject({
    form: documented(z.enum(documentForms), {
      title: "Loại văn bản",
      description:
        "luat (Luật), nghi-quyet (Nghị quyết), nghi-dinh (Nghị định), quyet-dinh (Quyết định), chi-thi (Chỉ thị), thong-tu (Thông tư), ke-hoach (Kế hoạch), cong-van (Công văn), huong-dan (Hướng dẫn), bao-cao (Báo cáo), thong-bao (Thông báo), khac (loại khác).",
      labelEn: "Form",
    }),
    number: documented(line(80), {
      title: "Số, ký hiệu",
      description: "Số và ký hiệu đúng như in trên văn bản, kể cả chữ Đ, ví dụ 1322/QĐ-TTg hoặc 202/2025/QH15. Không tự đặt số cho văn bản chưa có số.",
      labelEn: "Number and symbol",
      examples: ["1322/QĐ-TTg"],
    }),
    issuer: ref("agency", {
      title: "Cơ quan ban hành (mã)",
      description: "Mã cơ quan ban hành trong data/agencies.yaml, khi cơ quan đó có trong danh sách. Nếu không, ghi authority.",
      labelEn: "Issuing agency",
    }).optional(),
    authority: documented(line(200).optional(), {
      title: "Cơ quan ban hành (tên)",
      description: "Tên cơ quan ban hành khi không có trong data/agencies.yaml, ví dụ Thủ tướng Chính phủ, Chính phủ, Quốc hội. Cần issuer hoặc authority.",
      labelEn: "Issuing authority",
    }),
    signer: documented(line(120).optional(), { title: "Người ký", description: "Họ tên người ký, đúng như trên văn bản.", labelEn: "Signer" }),
    signerTitle: documented(line(160).optional(), { title: "Chức vụ người ký", description: "Chức vụ của người ký, ví dụ Phó Thủ tướng.", labelEn: "Signer's position" }),
    issued: documented(isoDate(), { title: "Ngày ban hành", description: "Ngày ký ban hành (YYYY-MM-DD).", labelEn: "Date of issue" }),
    effective: documented(isoDate().optional(), {
      title: "Ngày có hiệu lực",
      description: "Ngày văn bản bắt đầu có hiệu lực (YYYY-MM-DD). Để trống khi chưa rõ: cổng tính hiệu lực từ ngày ban hành và nói rõ điều đó.",
      labelEn: "Date of effect",
    }),
    effectBeforeIssue: documented(z.boolean().optional(), {
      title: "Hiệu lực trước ngày ký",
      description: "true khi văn bản tự quy định ngày hiệu lực trước ngày ký (một số nghị định về tổ chức bộ máy) và đã đối chiếu với văn bản gốc: bỏ cảnh báo hiệu lực trước ngày ban hành.",
      labelEn: "Takes effect before its date of issue",
    }),
    expires: documented(isoDate().optional(), {
      title: "Ngày hết hiệu lực",
      description: "Ngày văn bản hết hiệu lực theo chính nội dung của nó (YYYY-MM-DD). Khi văn bản bị thay thế hoặc bãi bỏ, khai báo ở văn bản mới (replaces, repeals): cổng tự tính.",
      labelEn: "Date of expiry",
    }),
    summary: documented(prose(1000), { title: "Trích yếu", description: "Trích yếu nội dung, đúng như trên văn bản.", labelEn: "Summary" }),
    topics: topicRefs().optional(),
    provinces: documented(z.array(ref("province", { title: "Tỉnh, thành phố", description: "Mã tỉnh.", labelEn: "Province" })).min(1).optional(), {
      title: "Tỉnh, thành phố",
      description: "Các tỉnh, thành phố mà văn bản áp dụng riêng (để trống với văn bản áp dụng cả nước).",
      labelEn: "Provinces",
    }),
    files: documented(
      z
        .array(
          attachment({
            title: { title: "Tên tệp", description: "Tên hiển thị, ví dụ Toàn văn, Phụ lục." },
            file: { description: "Tên tệp PDF, DOCX hoặc ODT trong thư mục content/files/.", examples: ["1322-qd-ttg.pdf"] },
          }),
        )
        .min(1)
        .optional(),
      { title: "Tệp văn bản", description: "Tệp toàn văn và phụ lục (PDF, DOCX, ODT) để tải về.", labelEn: "Files" },
    ),
    officialUrl: documented(webUrl().optional(), {
      title: "Văn bản gốc",
      description: "Địa chỉ văn bản trên Cơ sở dữ liệu quốc gia về văn bản pháp luật hoặc cổng chính thức của cơ quan ban hành.",
      labelEn: "Official text",
    }),
    basedOn: relation("Căn cứ", "Các văn bản là căn cứ ban hành văn bản này.", "Based on"),
    replaces: relation("Thay thế", "Các văn bản bị văn bản này thay thế: chúng hết hiệu lực khi văn bản này có hiệu lực.", "Replaces"),
    amends: relation("Sửa đổi, bổ sung", "Các văn bản được văn bản này sửa đổi, bổ sung.", "Amends"),
    repeals: relation("Bãi bỏ", "Các văn bản bị văn bản này bãi bỏ toàn bộ: chúng hết hiệu lực khi văn bản này có hiệu lực.", "Repeals"),
    partlyRepeals: documented(
      z
        .array(
          z.strictObject({
            document: documentRef("Văn bản", "Mã văn bản bị bãi bỏ một phần.", "Document"),
            part: documented(line(200), { title: "Phần bị bãi bỏ", description: "Điều, khoản bị bãi bỏ, ví dụ Điều 5.", labelEn: "Part" }),
          }),
        )
        .min(1)
        .optional(),
      { title: "Bãi bỏ một phần", description: "Các văn bản bị văn bản này bãi bỏ một phần: chúng hết hiệu lực một phần khi văn bản này có hiệu lực.", labelEn: "Partly repeals" },
    ),
    implements: relation("Hướng dẫn thi hành", "Các văn bản mà văn bản này quy định chi tiết, hướng dẫn thi hành.", "Implements"),
    draft: documented(z.boolean().optional(), { title: "Bản nháp", description: "true: chỉ hiện khi xem trước, không xuất bản.", labelEn: "Draft" }),
  })
  .superRefine(
    ...crossFieldRules<{ issuer?: string; authority?: string; issued: string; effective?: string; effectBeforeIssue?: boolean; expires?: string; files?: { file: string }[] }>(
      (d, ctx) => {
        if (!d.issuer && !d.authority) ruleIssue(ctx, ["number"], "document/authority-missing");
      },
      (d, ctx) => {
        if (d.effective && d.effective < d.issued && !d.effectBeforeIssue) ruleIssue(ctx, ["effective"], "document/effect-before-issue", { effective: d.effective, issued: d.issued, severity: "warning" });
      },
      (d, ctx) => {
        const start = d.effective ?? d.issued;
        if (d.expires && d.expires <= start) ruleIssue(ctx, ["expires"], "document/expiry-before-effect", { expires: d.expires, effective: start });
      },
      (d, ctx) => {
        d.files?.forEach((f, i) => {
          if (!DOCUMENT_FILE.test(f.file)) ruleIssue(ctx, ["files", i, "file"], "document/file-type", { value: f.file });
        });
      },
    ),
  );

export type LibraryDocument = z.output<typeof documentSchema>;
