/**
 * The shapes of the open data files (/api/trainings.json, /api/plans.json), as zod schemas with
 * Vietnamese descriptions. One source gives the TypeScript types the builders must satisfy, the
 * JSON Schemas published beside the files, and the field tables of the /du-lieu-mo/ page.
 * Objects are closed (additionalProperties: false), so a field added to the output without
 * being documented here fails validation in the tests.
 */
import { z } from "zod";
import { comparators, planStatuses } from "../schema/plan.ts";
import { sessionStatuses, trainingFormats, trainingKinds } from "../schema/training.ts";
import type { SessionStatus } from "../site/status.ts";
import { apiUrls, type Urls } from "../site/urls.ts";


const d = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

const date = (description: string) => d(z.iso.date(), description);
const url = (description: string) => d(z.url(), description);

const currentStatuses = ["open", "closing-soon", "closed", "ongoing", "completed", "cancelled", "postponed"] as const satisfies readonly SessionStatus[];

const agencyRef = (description: string) =>
  d(
    z.strictObject({
      id: d(z.string(), "Mã cơ quan"),
      name: d(z.string(), "Tên cơ quan, như in trên văn bản"),
      url: url("Trang của cơ quan trên cổng"),
    }),
    description,
  );

const provinceRef = z.strictObject({
  id: d(z.string(), "Mã tỉnh, thành phố"),
  name: d(z.string(), "Tên tỉnh, thành phố"),
});

const dataset = {
  $schema: url("Địa chỉ JSON Schema mô tả tệp này"),
  generated: d(z.iso.datetime({ offset: true }), "Thời điểm tạo tệp (ISO 8601, giờ Việt Nam)"),
  site: d(z.strictObject({ name: d(z.string(), "Tên cổng"), url: url("Địa chỉ cổng") }), "Nguồn dữ liệu"),
  count: d(z.number().int().min(0), "Số bản ghi"),
  license: d(z.strictObject({ name: d(z.string(), "Tên giấy phép"), url: url("Địa chỉ giấy phép") }), "Giấy phép của dữ liệu (data/site.yaml)").optional(),
};

export const trainingRecordSchema = z.strictObject({
  id: d(z.string(), "Mã khóa, không đổi sau khi công bố"),
  title: d(z.string(), "Tên khóa"),
  url: url("Trang của khóa trên cổng"),
  ics: url("Tệp lịch iCalendar (.ics) của khóa"),
  kind: d(z.enum(trainingKinds), "Loại khóa: expert (chuyên gia), lecturer (giảng viên), manager (cán bộ quản lý), awareness (nâng cao nhận thức), workshop (hội thảo)"),
  kindLabel: d(z.string(), "Loại khóa, bằng tiếng Việt"),
  topics: d(
    z.array(z.strictObject({ id: d(z.string(), "Mã chủ đề"), name: d(z.string(), "Tên chủ đề"), url: url("Trang chủ đề trên cổng") })),
    "Các chủ đề của khóa",
  ),
  plan: d(z.strictObject({ id: d(z.string(), "Mã kế hoạch"), title: d(z.string(), "Tên kế hoạch"), url: url("Trang kế hoạch trên cổng") }), "Kế hoạch mà khóa thực hiện").optional(),
  organizer: agencyRef("Đơn vị tổ chức"),
  province: d(provinceRef, "Tỉnh, thành phố nơi tổ chức"),
  allDay: d(z.boolean(), "true: khóa tính theo ngày, start và end là ngày (không có giờ)"),
  start: d(z.union([z.iso.date(), z.iso.datetime({ offset: true })]), "Bắt đầu: ngày (YYYY-MM-DD) nếu allDay, nếu không là ngày giờ ISO 8601 kèm múi giờ +07:00"),
  end: d(z.union([z.iso.date(), z.iso.datetime({ offset: true })]), "Kết thúc, cùng dạng với start; với allDay là ngày cuối cùng (tính cả ngày đó)"),
  format: d(z.enum(trainingFormats), "Hình thức: in-person (trực tiếp), online (trực tuyến), hybrid (kết hợp)"),
  formatLabel: d(z.string(), "Hình thức, bằng tiếng Việt"),
  venue: d(z.strictObject({ name: d(z.string(), "Tên địa điểm"), address: d(z.string(), "Địa chỉ").optional() }), "Địa điểm (khóa trực tiếp, kết hợp)").optional(),
  onlineUrl: url("Đường dẫn phòng học trực tuyến").optional(),
  audience: d(z.string(), "Đối tượng tham gia"),
  seats: d(z.number().int().min(1), "Số chỗ").optional(),
  fee: d(z.number().int().min(0), "Học phí (đồng); 0 là miễn phí"),
  currency: d(z.literal("VND"), "Đơn vị tiền tệ của fee"),
  registrationDeadline: date("Hạn đăng ký: ngày cuối nhận đăng ký; nếu lịch không ghi, là ngày trước ngày bắt đầu"),
  registration: d(
    z.strictObject({
      deadline: date("Hạn đăng ký như lịch ghi").optional(),
      url: url("Biểu mẫu đăng ký trực tuyến").optional(),
      email: d(z.email(), "Thư điện tử nhận đăng ký").optional(),
      phone: d(z.string(), "Điện thoại").optional(),
      contact: d(z.string(), "Người hoặc bộ phận liên hệ").optional(),
    }),
    "Cách đăng ký",
  ).optional(),
  status: d(z.enum(sessionStatuses), "Tình trạng do đơn vị tổ chức công bố: scheduled (theo lịch), cancelled (hủy), postponed (hoãn), completed (đã hoàn thành)"),
  currentStatus: d(
    z.enum(currentStatuses),
    "Tình trạng tại thời điểm tạo tệp (generated): open (đang nhận đăng ký), closing-soon (sắp hết hạn đăng ký), closed (hết hạn đăng ký), ongoing (đang diễn ra), completed (đã diễn ra), cancelled (đã hủy), postponed (tạm hoãn)",
  ),
  currentStatusLabel: d(z.string(), "Tình trạng tại thời điểm tạo tệp, bằng tiếng Việt"),
  participants: d(z.number().int().min(0), "Số người thực tế tham dự (khóa đã hoàn thành)").optional(),
  announced: date("Ngày công bố khóa trên cổng").optional(),
  changes: d(z.array(z.strictObject({ date: date("Ngày thay đổi"), note: d(z.string(), "Nội dung thay đổi") })), "Các lần thay đổi sau khi công bố, theo thứ tự thời gian").optional(),
  description: d(z.string(), "Nội dung chi tiết (Markdown)").optional(),
});

export const trainingsDocumentSchema = z
  .strictObject({ ...dataset, trainings: d(z.array(trainingRecordSchema), "Các khóa đào tạo, tập huấn, hội thảo, theo thời gian bắt đầu") })
  .meta({ title: "Lịch đào tạo", description: "Các khóa đào tạo, tập huấn, hội thảo về năng suất và chất lượng đăng trên cổng." });

export const progressSchema = z.strictObject({
  current: d(z.number(), "Giá trị đạt được"),
  asOf: date("Ngày của số liệu"),
  percent: d(z.number().min(0).max(100), "Phần trăm so với chỉ tiêu (0-100)"),
  met: d(z.boolean(), "true: chỉ tiêu đã đạt"),
  basis: d(z.enum(["trainings", "reports"]), "Nguồn số liệu: trainings (cộng người tham dự các khóa đã hoàn thành), reports (báo cáo)"),
  source: d(z.string(), "Văn bản, báo cáo nguồn").optional(),
});

export const targetRecordSchema = z.strictObject({
  id: d(z.string(), "Mã chỉ tiêu, duy nhất trong kế hoạch"),
  label: d(z.string(), "Nội dung chỉ tiêu"),
  comparator: d(z.enum(comparators), "So sánh: > (trên), >= (ít nhất), = (đúng), <= (không quá)"),
  value: d(z.number(), "Giá trị chỉ tiêu"),
  unit: d(z.string(), "Đơn vị, ví dụ lượt người, doanh nghiệp, %"),
  measure: d(z.enum(["trainings", "reports"]), "Cách đo tiến độ").optional(),
  trainingKinds: d(z.array(z.enum(trainingKinds)), "Loại khóa được tính (khi measure là trainings)").optional(),
  progress: d(z.union([progressSchema, z.null()]), "Tiến độ tại thời điểm tạo tệp; null khi chưa có số liệu"),
});

export const planRecordSchema = z.strictObject({
  id: d(z.string(), "Mã kế hoạch"),
  title: d(z.string(), "Tên (trích yếu) kế hoạch"),
  url: url("Trang kế hoạch trên cổng"),
  number: d(z.string(), "Số, ký hiệu văn bản").optional(),
  issued: date("Ngày ban hành").optional(),
  signer: d(z.string(), "Người ký").optional(),
  issuer: agencyRef("Cơ quan ban hành, như in trên văn bản"),
  lead: agencyRef("Cơ quan đầu mối"),
  partners: d(z.array(agencyRef("Cơ quan phối hợp")), "Các cơ quan phối hợp"),
  province: d(provinceRef, "Tỉnh, thành phố thực hiện"),
  period: d(z.strictObject({ from: d(z.number().int(), "Từ năm"), to: d(z.number().int(), "Đến năm") }), "Giai đoạn thực hiện"),
  status: d(z.enum(planStatuses), "Tình trạng: draft (dự thảo), in-force (đang thực hiện), completed (đã kết thúc), superseded (đã được thay thế)"),
  statusLabel: d(z.string(), "Tình trạng, bằng tiếng Việt"),
  objective: d(z.string(), "Mục tiêu chung"),
  targets: d(z.array(targetRecordSchema), "Các chỉ tiêu và tiến độ"),
});

export const plansDocumentSchema = z
  .strictObject({ ...dataset, plans: d(z.array(planRecordSchema), "Các kế hoạch") })
  .meta({ title: "Kế hoạch và chỉ tiêu", description: "Kế hoạch của các tỉnh thực hiện Chương trình quốc gia về năng suất và chất lượng, với chỉ tiêu và tiến độ." });

export type TrainingRecord = z.output<typeof trainingRecordSchema>;
export type TrainingsDocument = z.output<typeof trainingsDocumentSchema>;
export type PlanRecord = z.output<typeof planRecordSchema>;
export type PlansDocument = z.output<typeof plansDocumentSchema>;

export type JsonSchema = Record<string, unknown>;

function published(schema: z.ZodType, id: string): JsonSchema {
  return { ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }), $id: id };
}

/** The JSON Schema published at /api/trainings.schema.json. */
export const trainingsJsonSchema = (urls: Urls): JsonSchema => published(trainingsDocumentSchema, urls.absolute(apiUrls.trainingsSchema));
/** The JSON Schema published at /api/plans.schema.json. */
export const plansJsonSchema = (urls: Urls): JsonSchema => published(plansDocumentSchema, urls.absolute(apiUrls.plansSchema));

// ---- field tables for /du-lieu-mo/ -------------------------------------------------------------

export interface FieldDescription {
  /** Path in the document: "trainings[].organizer.name"; for CSV, the column name. */
  name: string;
  /** Vietnamese: "văn bản", "số nguyên", "ngày (YYYY-MM-DD)", … */
  type: string;
  required: boolean;
  description: string;
  /** Allowed values of an enumeration. */
  values?: string[];
}

interface Node {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  description?: string;
}

const FORMAT_TYPES: Record<string, string> = { date: "ngày (YYYY-MM-DD)", "date-time": "ngày giờ (ISO 8601)", uri: "địa chỉ web", email: "thư điện tử" };
const TYPES: Record<string, string> = { string: "văn bản", integer: "số nguyên", number: "số", boolean: "true hoặc false", object: "nhóm trường", array: "danh sách", null: "null" };

function typeOf(n: Node): string {
  if (n.anyOf) return n.anyOf.map(typeOf).join(" hoặc ");
  if (n.enum || n.const !== undefined) return "mã";
  if (n.format && FORMAT_TYPES[n.format]) return FORMAT_TYPES[n.format]!;
  if (n.type === "array") return `danh sách ${n.items ? typeOf(n.items) : ""}`.trim();
  const t = Array.isArray(n.type) ? n.type : n.type ? [n.type] : [];
  return t.map((x) => TYPES[x] ?? x).join(" hoặc ");
}

/** Flattens a published JSON Schema into one row per field, in document order. */
export function describeFields(schema: JsonSchema): FieldDescription[] {
  const rows: FieldDescription[] = [];
  const walk = (node: Node, path: string, required: boolean) => {
    const values = node.enum?.map(String) ?? (node.const !== undefined ? [String(node.const)] : undefined);
    if (path) rows.push({ name: path, type: typeOf(node), required, description: node.description ?? "", ...(values ? { values } : {}) });
    const object = node.type === "object" ? node : node.anyOf?.find((b) => b.type === "object");
    const array = node.type === "array" ? node : undefined;
    if (object?.properties) for (const [key, child] of Object.entries(object.properties)) walk(child, path ? `${path}.${key}` : key, object.required?.includes(key) ?? false);
    if (array?.items?.type === "object" || array?.items?.anyOf) walk({ ...array.items, description: undefined } as Node, `${path}[]`, true);
  };
  walk(schema as Node, "", true);
  // An array of objects appears once as the list and once as its element: keep the list's row.
  return rows.filter((r) => !(r.name.endsWith("[]") && r.description === ""));
}
