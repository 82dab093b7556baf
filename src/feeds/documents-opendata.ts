/**
 * Open data of the documents library: /api/documents.json (with its JSON Schema) and
 * /api/documents.csv. One zod schema gives the record's type, the published JSON Schema and the
 * field table of /du-lieu-mo/; the effect status is the one computed on the build day.
 */
import { z } from "zod";
import { documentForms, relationKeys } from "../schema/document.ts";
import { effectLabels, type EffectStatus } from "../site/effect.ts";
import { authorityName, documentTitle, effectOfDocument, formLabels } from "../site/library.ts";
import { agenciesSection, apiUrls, fileUrl, type Urls } from "../site/urls.ts";
import type { DocumentItem, Store } from "../store.ts";
import { columnFields, columnsCsv, type CsvColumn } from "./csv.ts";
import { describeFields, type FieldDescription, type JsonSchema } from "./opendata-schema.ts";
import { vietnamIso } from "../site/sessions.ts";

const d = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });
const effectStatuses = ["not-yet", "in-force", "partly-expired", "expired"] as const satisfies readonly EffectStatus[];

const relatedSchema = z.strictObject({
  id: d(z.string(), "Mã văn bản"),
  number: d(z.string(), "Số, ký hiệu"),
  url: d(z.url(), "Trang của văn bản trên cổng"),
});

export const documentRecordSchema = z.strictObject({
  id: d(z.string(), "Mã văn bản trên cổng, không đổi sau khi công bố"),
  url: d(z.url(), "Trang của văn bản trên cổng"),
  title: d(z.string(), "Loại văn bản và số, ký hiệu, ví dụ Quyết định 1322/QĐ-TTg"),
  form: d(z.enum(documentForms), "Loại văn bản (mã): luat, nghi-quyet, nghi-dinh, quyet-dinh, chi-thi, thong-tu, ke-hoach, cong-van, huong-dan, bao-cao, thong-bao, khac"),
  formLabel: d(z.string(), "Loại văn bản, bằng tiếng Việt"),
  number: d(z.string(), "Số, ký hiệu, như in trên văn bản"),
  authority: d(
    z.strictObject({ name: d(z.string(), "Tên cơ quan ban hành"), id: d(z.string(), "Mã cơ quan trên cổng").optional(), url: d(z.url(), "Trang của cơ quan trên cổng").optional() }),
    "Cơ quan ban hành",
  ),
  signer: d(z.string(), "Người ký").optional(),
  signerTitle: d(z.string(), "Chức vụ người ký").optional(),
  issued: d(z.iso.date(), "Ngày ban hành"),
  effective: d(z.iso.date(), "Ngày có hiệu lực; không có khi cổng chưa cập nhật").optional(),
  expires: d(z.iso.date(), "Ngày hết hiệu lực theo quy định của chính văn bản").optional(),
  summary: d(z.string(), "Trích yếu"),
  status: d(z.enum(effectStatuses), "Tình trạng hiệu lực tại thời điểm tạo tệp: not-yet (chưa có hiệu lực), in-force (còn hiệu lực), partly-expired (hết hiệu lực một phần), expired (hết hiệu lực)"),
  statusLabel: d(z.string(), "Tình trạng hiệu lực, bằng tiếng Việt"),
  topics: d(z.array(z.string()), "Mã các chủ đề"),
  provinces: d(z.array(z.string()), "Mã các tỉnh, thành phố áp dụng riêng; rỗng khi áp dụng cả nước"),
  files: d(
    z.array(z.strictObject({ title: d(z.string(), "Tên tệp"), url: d(z.url(), "Địa chỉ tải tệp"), type: d(z.string(), "Định dạng, ví dụ PDF"), bytes: d(z.number().int().min(0), "Dung lượng (byte)") })),
    "Tệp văn bản",
  ),
  officialUrl: d(z.url(), "Văn bản gốc trên Cơ sở dữ liệu quốc gia về văn bản pháp luật hoặc cổng của cơ quan ban hành").optional(),
  basedOn: d(z.array(relatedSchema), "Văn bản là căn cứ ban hành"),
  replaces: d(z.array(relatedSchema), "Văn bản bị văn bản này thay thế"),
  amends: d(z.array(relatedSchema), "Văn bản được văn bản này sửa đổi, bổ sung"),
  repeals: d(z.array(relatedSchema), "Văn bản bị văn bản này bãi bỏ"),
  partlyRepeals: d(z.array(relatedSchema.extend({ part: d(z.string(), "Phần bị bãi bỏ") })), "Văn bản bị văn bản này bãi bỏ một phần"),
  implements: d(z.array(relatedSchema), "Văn bản được văn bản này hướng dẫn thi hành"),
});

export const documentsDocumentSchema = z
  .strictObject({
    $schema: d(z.url(), "Địa chỉ JSON Schema mô tả tệp này"),
    generated: d(z.iso.datetime({ offset: true }), "Thời điểm tạo tệp (ISO 8601, giờ Việt Nam)"),
    site: d(z.strictObject({ name: d(z.string(), "Tên cổng"), url: d(z.url(), "Địa chỉ cổng") }), "Nguồn dữ liệu"),
    count: d(z.number().int().min(0), "Số bản ghi"),
    documents: d(z.array(documentRecordSchema), "Các văn bản, mới ban hành trước"),
  })
  .meta({ title: "Thư viện văn bản", description: "Văn bản của thư viện văn bản: số, ký hiệu, cơ quan ban hành, ngày tháng, trích yếu, tình trạng hiệu lực và quan hệ giữa các văn bản." });

export type DocumentRecord = z.output<typeof documentRecordSchema>;
export type DocumentsDocument = z.output<typeof documentsDocumentSchema>;

/** The JSON Schema published at /api/documents.schema.json. */
export const documentsJsonSchema = (urls: Urls): JsonSchema => ({ ...z.toJSONSchema(documentsDocumentSchema, { target: "draft-2020-12", io: "output" }), $id: urls.absolute(apiUrls.documentsSchema) });

export function documentRecord(store: Store, doc: DocumentItem, urls: Urls): DocumentRecord {
  const byId = new Map(store.documents.map((x) => [x.id, x]));
  const related = (id: string) => {
    const other = byId.get(id);
    return { id, number: other?.number ?? id, url: urls.absolute(other?.url ?? `/van-ban/${id}/`) };
  };
  const status = effectOfDocument(store, doc).status;
  const out: DocumentRecord = {
    id: doc.id,
    url: urls.absolute(doc.url),
    title: documentTitle(doc),
    form: doc.form,
    formLabel: formLabels[doc.form],
    number: doc.number,
    authority: { name: authorityName(store, doc), ...(doc.issuer ? { id: doc.issuer, url: urls.absolute(agenciesSection.item(doc.issuer)) } : {}) },
    ...(doc.signer ? { signer: doc.signer } : {}),
    ...(doc.signerTitle ? { signerTitle: doc.signerTitle } : {}),
    issued: doc.issued,
    ...(doc.effective ? { effective: doc.effective } : {}),
    ...(doc.expires ? { expires: doc.expires } : {}),
    summary: doc.summary,
    status,
    statusLabel: effectLabels[status],
    topics: [...(doc.topics ?? [])],
    provinces: [...(doc.provinces ?? [])],
    files: (doc.files ?? []).flatMap((f) => {
      const file = store.files.get(f.file);
      return file ? [{ title: f.title, url: urls.absolute(fileUrl(file.name)), type: file.type, bytes: file.bytes }] : [];
    }),
    ...(doc.officialUrl ? { officialUrl: doc.officialUrl } : {}),
    basedOn: [],
    replaces: [],
    amends: [],
    repeals: [],
    partlyRepeals: (doc.partlyRepeals ?? []).map((p) => ({ ...related(p.document), part: p.part })),
    implements: [],
  };
  for (const key of relationKeys) out[key] = (doc[key] ?? []).map(related);
  return out;
}

const byIssuedThenNumber = (a: DocumentItem, b: DocumentItem) => (a.issued < b.issued ? 1 : a.issued > b.issued ? -1 : a.number < b.number ? -1 : 1);

export function documentsJson(store: Store, urls: Urls): DocumentsDocument {
  const documents = [...store.documents].sort(byIssuedThenNumber).map((doc) => documentRecord(store, doc, urls));
  return {
    $schema: urls.absolute(apiUrls.documentsSchema),
    generated: vietnamIso(store.now),
    site: { name: store.site.name, url: urls.absolute("/") },
    count: documents.length,
    documents,
  };
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).join("; ");

/** The CSV's columns: the JSON's fields, lists joined by "; ". */
export const documentsCsvColumns: readonly CsvColumn<DocumentRecord>[] = [
  { name: "id", type: "văn bản", required: true, description: "Mã văn bản trên cổng", value: (r) => r.id },
  { name: "form", type: "mã", required: true, description: "Loại văn bản (mã)", value: (r) => r.form },
  { name: "form_label", type: "văn bản", required: true, description: "Loại văn bản, bằng tiếng Việt", value: (r) => r.formLabel },
  { name: "number", type: "văn bản", required: true, description: "Số, ký hiệu, như in trên văn bản", value: (r) => r.number },
  { name: "authority", type: "văn bản", required: true, description: "Cơ quan ban hành", value: (r) => r.authority.name },
  { name: "signer", type: "văn bản", description: "Người ký", value: (r) => r.signer },
  { name: "signer_title", type: "văn bản", description: "Chức vụ người ký", value: (r) => r.signerTitle },
  { name: "issued", type: "ngày (YYYY-MM-DD)", required: true, description: "Ngày ban hành", value: (r) => r.issued },
  { name: "effective", type: "ngày (YYYY-MM-DD)", description: "Ngày có hiệu lực; trống khi cổng chưa cập nhật", value: (r) => r.effective },
  { name: "expires", type: "ngày (YYYY-MM-DD)", description: "Ngày hết hiệu lực theo quy định của chính văn bản", value: (r) => r.expires },
  { name: "summary", type: "văn bản", required: true, description: "Trích yếu", value: (r) => r.summary },
  { name: "status", type: "mã", required: true, description: "Tình trạng hiệu lực tại thời điểm tạo tệp: not-yet, in-force, partly-expired, expired", value: (r) => r.status },
  { name: "status_label", type: "văn bản", required: true, description: "Tình trạng hiệu lực, bằng tiếng Việt", value: (r) => r.statusLabel },
  { name: "topics", type: "văn bản", description: "Mã các chủ đề, cách nhau bởi dấu chấm phẩy", value: (r) => r.topics.join("; ") },
  { name: "provinces", type: "văn bản", description: "Mã các tỉnh, thành phố áp dụng riêng, cách nhau bởi dấu chấm phẩy", value: (r) => r.provinces.join("; ") },
  { name: "based_on", type: "văn bản", description: "Mã các văn bản căn cứ", value: (r) => ids(r.basedOn) },
  { name: "replaces", type: "văn bản", description: "Mã các văn bản bị thay thế", value: (r) => ids(r.replaces) },
  { name: "amends", type: "văn bản", description: "Mã các văn bản được sửa đổi, bổ sung", value: (r) => ids(r.amends) },
  { name: "repeals", type: "văn bản", description: "Mã các văn bản bị bãi bỏ", value: (r) => ids(r.repeals) },
  { name: "partly_repeals", type: "văn bản", description: "Mã các văn bản bị bãi bỏ một phần", value: (r) => ids(r.partlyRepeals) },
  { name: "implements", type: "văn bản", description: "Mã các văn bản được hướng dẫn thi hành", value: (r) => ids(r.implements) },
  { name: "official_url", type: "địa chỉ web", description: "Văn bản gốc", value: (r) => r.officialUrl },
  { name: "url", type: "địa chỉ web", required: true, description: "Trang của văn bản trên cổng", value: (r) => r.url },
];

/** /api/documents.csv: UTF-8 with BOM and CRLF, like the calendar's. */
export function documentsCsv(store: Store, urls: Urls): string {
  const { documents } = documentsJson(store, urls);
  return columnsCsv(documentsCsvColumns, documents);
}

/** The library's entries on /du-lieu-mo/. */
export function documentsOpenDataFiles(urls: Urls): { url: string; schemaUrl?: string; format: "JSON" | "CSV"; mediaType: string; title: string; description: string; fields: FieldDescription[] }[] {
  return [
    {
      url: apiUrls.documentsJson,
      schemaUrl: apiUrls.documentsSchema,
      format: "JSON",
      mediaType: "application/json",
      title: "Thư viện văn bản (JSON)",
      description: "Các văn bản: số, ký hiệu, cơ quan ban hành, ngày ban hành và có hiệu lực, trích yếu, tình trạng hiệu lực tính tại thời điểm tạo tệp, tệp và quan hệ giữa các văn bản.",
      fields: describeFields(documentsJsonSchema(urls)),
    },
    {
      url: apiUrls.documentsCsv,
      format: "CSV",
      mediaType: "text/csv",
      title: "Thư viện văn bản (CSV, mở bằng Excel)",
      description: "Cùng dữ liệu với tệp JSON, mỗi văn bản một dòng; các danh sách cách nhau bởi dấu chấm phẩy. Mã hóa UTF-8 (có BOM), phân cách bằng dấu phẩy.",
      fields: columnFields(documentsCsvColumns),
    },
  ];
}
