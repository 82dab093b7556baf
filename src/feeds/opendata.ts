/**
 * Open data: the training calendar as JSON and CSV, the plans with their targets' progress as
 * JSON, the JSON Schemas published beside them, and the field tables for the /du-lieu-mo/ page.
 * The shapes live in ./opendata-schema.ts. Everything is computed from the store and its clock,
 * so the same content and clock give the same bytes.
 */
import { planStatusLabels, formatLabels, trainingKindLabels } from "../site/labels.ts";
import { targetProgress } from "../site/progress.ts";
import { registrationDeadline, statusLabels, statusOf, onlineUrlOf } from "../site/status.ts";
import { agenciesSection, apiUrls, plansSection, topicsSection, trainingUrls, type Urls } from "../site/urls.ts";
import type { PlanItem, SessionItem, Store } from "../store.ts";
import { columnFields, columnsCsv, type CsvColumn } from "./csv.ts";
import {
  describeFields,
  plansJsonSchema,
  trainingsJsonSchema,
  type FieldDescription,
  type PlanRecord,
  type PlansDocument,
  type TrainingRecord,
  type TrainingsDocument,
} from "./opendata-schema.ts";
import { documentsOpenDataFiles } from "./documents-opendata.ts";
import { sessionTimes, vietnamIso } from "../site/sessions.ts";

export * from "./opendata-schema.ts";

const byStart = (a: SessionItem, b: SessionItem): number => a.start.instant - b.start.instant || (a.id < b.id ? -1 : 1);

function agencyRef(store: Store, id: string, urls: Urls) {
  return { id, name: store.agencies.get(id)?.name ?? id, url: urls.absolute(agenciesSection.item(id)) };
}

function provinceRef(store: Store, id: string) {
  return { id, name: store.provinces.get(id)?.name ?? id };
}

function dataset(store: Store, urls: Urls, schemaUrl: string, count: number) {
  const license = store.site.license;
  return {
    $schema: urls.absolute(schemaUrl),
    generated: vietnamIso(store.now),
    site: { name: store.site.name, url: urls.absolute("/") },
    count,
    ...(license ? { license: { name: license.name, url: license.url } } : {}),
  };
}

/** One session as the open data describes it (the JSON record; the CSV row is made from it). */
export function trainingRecord(store: Store, s: SessionItem, urls: Urls): TrainingRecord {
  const plan = s.plan ? store.plans.find((p) => p.id === s.plan) : undefined;
  const current = statusOf(store, s);
  const { allDay, start, end } = sessionTimes(s);
  const r = s.registration;
  return {
    id: s.id,
    title: s.title,
    url: urls.absolute(s.url),
    ics: urls.absolute(trainingUrls.sessionIcs(s.id)),
    kind: s.kind,
    kindLabel: trainingKindLabels[s.kind],
    topics: s.topics.map((id) => ({ id, name: store.topics.get(id)?.name ?? id, url: urls.absolute(topicsSection.item(id)) })),
    ...(s.plan ? { plan: { id: s.plan, title: plan?.title ?? s.plan, url: urls.absolute(plan?.url ?? plansSection.item(s.plan)) } } : {}),
    organizer: agencyRef(store, s.organizer, urls),
    province: provinceRef(store, s.province),
    allDay,
    start,
    end,
    format: s.format,
    formatLabel: formatLabels[s.format],
    ...(s.venue ? { venue: { name: s.venue.name, ...(s.venue.address ? { address: s.venue.address } : {}) } } : {}),
    ...(onlineUrlOf(store, s) ? { onlineUrl: onlineUrlOf(store, s) } : {}),
    audience: s.audience,
    ...(s.seats ? { seats: s.seats } : {}),
    fee: s.fee,
    currency: "VND",
    registrationDeadline: registrationDeadline(s),
    ...(r
      ? {
          registration: {
            ...(r.deadline ? { deadline: r.deadline } : {}),
            ...(r.url ? { url: r.url } : {}),
            ...(r.email ? { email: r.email } : {}),
            ...(r.phone ? { phone: r.phone } : {}),
            ...(r.contact ? { contact: r.contact } : {}),
          },
        }
      : {}),
    status: s.status,
    currentStatus: current,
    currentStatusLabel: statusLabels[current],
    ...(s.results ? { participants: s.results.participants } : {}),
    ...(s.announced ? { announced: s.announced } : {}),
    ...(s.changes ? { changes: s.changes.map((c) => ({ date: c.date, note: c.note })) } : {}),
    ...(s.description ? { description: s.description } : {}),
  };
}

/** /api/trainings.json */
export function trainingsJson(store: Store, urls: Urls): TrainingsDocument {
  const trainings = [...store.sessions].sort(byStart).map((s) => trainingRecord(store, s, urls));
  return { ...dataset(store, urls, apiUrls.trainingsSchema, trainings.length), trainings };
}

export function planRecord(store: Store, p: PlanItem, urls: Urls): PlanRecord {
  return {
    id: p.id,
    title: p.title,
    url: urls.absolute(p.url),
    ...(p.number ? { number: p.number } : {}),
    ...(p.issued ? { issued: p.issued } : {}),
    ...(p.signer ? { signer: p.signer } : {}),
    issuer: agencyRef(store, p.issuer, urls),
    lead: agencyRef(store, p.lead, urls),
    partners: (p.partners ?? []).map((id) => agencyRef(store, id, urls)),
    province: provinceRef(store, p.province),
    period: { from: p.period.from, to: p.period.to },
    status: p.status,
    statusLabel: planStatusLabels[p.status],
    objective: p.objective,
    targets: p.targets.map((t) => ({
      id: t.id,
      label: t.label,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      ...(t.measure ? { measure: t.measure } : {}),
      ...(t.trainingKinds ? { trainingKinds: [...t.trainingKinds] } : {}),
      progress: targetProgress(p, t, store.sessions, store.today) ?? null,
    })),
  };
}

/** /api/plans.json */
export function plansJson(store: Store, urls: Urls): PlansDocument {
  const plans = [...store.plans].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => planRecord(store, p, urls));
  return { ...dataset(store, urls, apiUrls.plansSchema, plans.length), plans };
}

/** JSON files are written with two-space indentation and a final newline. */
/** "<" is written \u003c: the same value to any JSON reader, and no tag to a browser that sniffs the file as HTML. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2).replace(/</g, "\\u003c")}\n`;

// ---- CSV --------------------------------------------------------------------------------------

const dateOf = (v: string): string => v.slice(0, 10);
const timeOf = (v: string): string => (v.length > 10 ? v.slice(11, 16) : "");

/**
 * The CSV's columns. Names are stable English snake_case, the same words as the JSON fields,
 * so scripts can rely on them; readers find each column explained in Vietnamese on /du-lieu-mo/.
 * Dates and times are split so spreadsheets recognise them (times are Vietnam time, UTC+7).
 */
export const trainingsCsvColumns: readonly CsvColumn<TrainingRecord>[] = [
  { name: "id", type: "văn bản", required: true, description: "Mã khóa, không đổi sau khi công bố", value: (r) => r.id },
  { name: "title", type: "văn bản", required: true, description: "Tên khóa", value: (r) => r.title },
  { name: "kind", type: "mã", required: true, description: "Loại khóa: expert, lecturer, manager, awareness, workshop", value: (r) => r.kind },
  { name: "kind_label", type: "văn bản", required: true, description: "Loại khóa, bằng tiếng Việt", value: (r) => r.kindLabel },
  { name: "topics", type: "văn bản", required: true, description: "Mã các chủ đề, cách nhau bởi dấu chấm phẩy", value: (r) => r.topics.map((t) => t.id).join("; ") },
  { name: "topic_names", type: "văn bản", required: true, description: "Tên các chủ đề, cách nhau bởi dấu chấm phẩy", value: (r) => r.topics.map((t) => t.name).join("; ") },
  { name: "plan", type: "văn bản", description: "Mã kế hoạch mà khóa thực hiện", value: (r) => r.plan?.id },
  { name: "organizer", type: "văn bản", required: true, description: "Mã đơn vị tổ chức", value: (r) => r.organizer.id },
  { name: "organizer_name", type: "văn bản", required: true, description: "Tên đơn vị tổ chức", value: (r) => r.organizer.name },
  { name: "province", type: "văn bản", required: true, description: "Mã tỉnh, thành phố nơi tổ chức", value: (r) => r.province.id },
  { name: "province_name", type: "văn bản", required: true, description: "Tên tỉnh, thành phố nơi tổ chức", value: (r) => r.province.name },
  { name: "start_date", type: "ngày (YYYY-MM-DD)", required: true, description: "Ngày bắt đầu", value: (r) => dateOf(r.start) },
  { name: "start_time", type: "giờ (HH:MM)", description: "Giờ bắt đầu, giờ Việt Nam; trống nếu khóa tính theo ngày", value: (r) => timeOf(r.start) },
  { name: "end_date", type: "ngày (YYYY-MM-DD)", required: true, description: "Ngày kết thúc (tính cả ngày đó)", value: (r) => dateOf(r.end) },
  { name: "end_time", type: "giờ (HH:MM)", description: "Giờ kết thúc, giờ Việt Nam; trống nếu khóa tính theo ngày", value: (r) => timeOf(r.end) },
  { name: "format", type: "mã", required: true, description: "Hình thức: in-person, online, hybrid", value: (r) => r.format },
  { name: "format_label", type: "văn bản", required: true, description: "Hình thức, bằng tiếng Việt", value: (r) => r.formatLabel },
  { name: "venue_name", type: "văn bản", description: "Tên địa điểm", value: (r) => r.venue?.name },
  { name: "venue_address", type: "văn bản", description: "Địa chỉ địa điểm", value: (r) => r.venue?.address },
  { name: "online_url", type: "địa chỉ web", description: "Đường dẫn phòng học trực tuyến", value: (r) => r.onlineUrl },
  { name: "audience", type: "văn bản", required: true, description: "Đối tượng tham gia", value: (r) => r.audience },
  { name: "seats", type: "số nguyên", description: "Số chỗ", value: (r) => r.seats },
  { name: "fee_vnd", type: "số nguyên", required: true, description: "Học phí (đồng); 0 là miễn phí", value: (r) => r.fee },
  { name: "registration_deadline", type: "ngày (YYYY-MM-DD)", required: true, description: "Hạn đăng ký (nếu lịch không ghi: ngày trước ngày bắt đầu)", value: (r) => r.registrationDeadline },
  { name: "registration_url", type: "địa chỉ web", description: "Biểu mẫu đăng ký trực tuyến", value: (r) => r.registration?.url },
  { name: "registration_email", type: "thư điện tử", description: "Thư điện tử nhận đăng ký", value: (r) => r.registration?.email },
  { name: "registration_phone", type: "văn bản", description: "Điện thoại đăng ký (số bắt đầu bằng + được ghi thêm dấu ' phía trước)", value: (r) => r.registration?.phone },
  { name: "registration_contact", type: "văn bản", description: "Người hoặc bộ phận liên hệ", value: (r) => r.registration?.contact },
  { name: "status", type: "mã", required: true, description: "Tình trạng công bố: scheduled, cancelled, postponed, completed", value: (r) => r.status },
  { name: "current_status", type: "mã", required: true, description: "Tình trạng tại thời điểm tạo tệp: open, closing-soon, closed, ongoing, completed, cancelled, postponed", value: (r) => r.currentStatus },
  { name: "current_status_label", type: "văn bản", required: true, description: "Tình trạng tại thời điểm tạo tệp, bằng tiếng Việt", value: (r) => r.currentStatusLabel },
  { name: "participants", type: "số nguyên", description: "Số người thực tế tham dự (khóa đã hoàn thành)", value: (r) => r.participants },
  { name: "announced", type: "ngày (YYYY-MM-DD)", description: "Ngày công bố khóa", value: (r) => r.announced },
  { name: "last_change", type: "ngày (YYYY-MM-DD)", description: "Ngày thay đổi gần nhất", value: (r) => r.changes?.at(-1)?.date },
  { name: "url", type: "địa chỉ web", required: true, description: "Trang của khóa trên cổng", value: (r) => r.url },
  { name: "ics", type: "địa chỉ web", required: true, description: "Tệp lịch iCalendar (.ics) của khóa", value: (r) => r.ics },
];

/** /api/trainings.csv: UTF-8 with BOM and CRLF, so Excel opens the Vietnamese text as written. */
export function trainingsCsv(store: Store, urls: Urls): string {
  const { trainings } = trainingsJson(store, urls);
  return columnsCsv(trainingsCsvColumns, trainings);
}

// ---- the /du-lieu-mo/ page ----------------------------------------------------------------------

export interface OpenDataFile {
  url: string;
  /** Absent for the CSV: its columns are described below. */
  schemaUrl?: string;
  format: "JSON" | "CSV";
  mediaType: string;
  title: string;
  description: string;
  fields: FieldDescription[];
}

/** What /du-lieu-mo/ lists: each file, its schema and its fields (site-relative URLs). */
export function openDataFiles(urls: Urls): OpenDataFile[] {
  const trainingsFields = describeFields(trainingsJsonSchema(urls));
  return [
    {
      url: apiUrls.trainingsJson,
      schemaUrl: apiUrls.trainingsSchema,
      format: "JSON",
      mediaType: "application/json",
      title: "Lịch đào tạo (JSON)",
      description: "Tất cả các khóa đào tạo, tập huấn, hội thảo: thời gian, địa điểm, đối tượng, học phí, cách đăng ký, tình trạng.",
      fields: trainingsFields,
    },
    {
      url: apiUrls.trainingsCsv,
      format: "CSV",
      mediaType: "text/csv",
      title: "Lịch đào tạo (CSV, mở bằng Excel)",
      // How to open it in Excel is on the page itself (/du-lieu-mo/, "Mở tệp CSV bằng Excel").
      description: "Cùng dữ liệu với tệp JSON, mỗi khóa một dòng: mở bằng Excel hoặc Google Trang tính. Mã hóa UTF-8 (có BOM), phân cách bằng dấu phẩy.",
      fields: columnFields(trainingsCsvColumns),
    },
    {
      url: apiUrls.plansJson,
      schemaUrl: apiUrls.plansSchema,
      format: "JSON",
      mediaType: "application/json",
      title: "Kế hoạch và chỉ tiêu (JSON)",
      description: "Các kế hoạch của tỉnh, thành phố: cơ quan ban hành, cơ quan đầu mối, giai đoạn, chỉ tiêu và tiến độ thực hiện.",
      fields: describeFields(plansJsonSchema(urls)),
    },
    ...documentsOpenDataFiles(urls),
  ];
}
