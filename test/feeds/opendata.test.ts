/**
 * The JSON files validate against the JSON Schemas published beside them (checked by Ajv, not
 * by the zod schemas they came from), and the CSV round-trips through csv-parse.
 */
import Ajv2020Module from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  jsonText,
  openDataFiles,
  plansJson,
  plansJsonSchema,
  trainingsCsv,
  trainingsCsvColumns,
  trainingsJson,
  trainingsJsonSchema,
  type JsonSchema,
  type TrainingRecord,
} from "../../src/feeds/opendata.ts";
import { inertText } from "../../src/feeds/inert.ts";
import type { Store } from "../../src/store.ts";
import { BASE, bundledStore, fixtureStore, urlsOf } from "./fixture.ts";

// Both packages are CommonJS: under NodeNext the class and the plugin are their `default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = formatsModule.default;

/** Our schemas are draft 2020-12 (zod's default), so Ajv's 2020 build reads them. */
function validator(schema: JsonSchema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** What a consumer gets: the file's text, parsed. */
const roundTrip = <T>(value: T): T => JSON.parse(jsonText(value)) as T;

const store = fixtureStore();
const urls = urlsOf(store);

describe("published JSON Schemas", () => {
  it("are draft 2020-12 with an absolute $id, a title and Vietnamese descriptions", () => {
    const schema = trainingsJsonSchema(urls);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${BASE}/api/trainings.schema.json`);
    expect(schema.title).toBe("Lịch đào tạo");
    expect(plansJsonSchema(urls).$id).toBe(`${BASE}/api/plans.schema.json`);
  });
});

describe("trainingsJson", () => {
  const doc = roundTrip(trainingsJson(store, urls));
  const validate = validator(trainingsJsonSchema(urls));
  const record = (id: string): TrainingRecord => doc.trainings.find((t) => t.id === id)!;

  it("validates against its published schema", () => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.$schema).toBe(`${BASE}/api/trainings.schema.json`);
    expect(doc.generated).toBe("2026-11-29T09:00:00+07:00");
    expect(doc.count).toBe(store.sessions.length);
    expect(doc.trainings.map((t) => t.id)).toEqual(["tq-2025-06-nhan-thuc", "tq-2026-12-5s", "tq-2026-12-lean-huy", "tq-2026-12-hoan", "tq-2027-01-chuyen-gia", "dn-2027-02-lean"]);
  });

  it("the schema rejects undocumented fields and wrong types", () => {
    const extra = structuredClone(doc);
    (extra.trainings[0] as Record<string, unknown>).secret = 1;
    expect(validate(extra)).toBe(false);
    const wrong = structuredClone(doc);
    (wrong.trainings[0] as Record<string, unknown>).start = "12/06/2025";
    expect(validate(wrong)).toBe(false);
  });

  it("gives each session's facts", () => {
    expect(record("tq-2026-12-5s")).toEqual({
      id: "tq-2026-12-5s",
      title: "Thực hành 5S và Kaizen tại doanh nghiệp",
      url: `${BASE}/dao-tao/tq-2026-12-5s/`,
      ics: `${BASE}/dao-tao/tq-2026-12-5s.ics`,
      kind: "workshop",
      kindLabel: "Hội thảo",
      topics: [
        { id: "5s", name: "Công cụ 5S", url: `${BASE}/chu-de/5s/` },
        { id: "lean", name: "Lean, Lean Six Sigma", url: `${BASE}/chu-de/lean/` },
      ],
      plan: { id: "tuyen-quang-2022-2025", title: "Kế hoạch nâng cao năng suất và chất lượng tỉnh Tuyên Quang giai đoạn 2022-2025", url: `${BASE}/ke-hoach/tuyen-quang-2022-2025/` },
      organizer: { id: "so-khcn-tuyen-quang", name: "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", url: `${BASE}/co-quan/so-khcn-tuyen-quang/` },
      province: { id: "tuyen-quang", name: "Tuyên Quang" },
      allDay: false,
      start: "2026-12-10T08:00:00+07:00",
      end: "2026-12-10T16:30:00+07:00",
      format: "in-person",
      formatLabel: "Trực tiếp",
      venue: { name: "Hội trường Sở Khoa học và Công nghệ, tầng 3", address: "Số 2, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang" },
      audience: "Cán bộ kỹ thuật doanh nghiệp",
      seats: 80,
      fee: 0,
      currency: "VND",
      registrationDeadline: "2026-12-04",
      registration: {
        deadline: "2026-12-04",
        url: "https://dangky.example.gov.vn/5s",
        email: "nangsuat@example.gov.vn",
        phone: "+84 207 3822 555",
        contact: "Bà Nguyễn Thị Hoa, phòng Quản lý chuyên ngành",
      },
      status: "scheduled",
      currentStatus: "closing-soon",
      currentStatusLabel: "Sắp hết hạn đăng ký",
      announced: "2026-11-15",
      description: store.sessions.find((s) => s.id === "tq-2026-12-5s")!.description,
    });
  });

  it("all-day sessions as dates, timed ones with +07:00 whatever offset the editor wrote", () => {
    const expert = record("tq-2027-01-chuyen-gia");
    expect([expert.allDay, expert.start, expert.end, expert.fee, expert.registrationDeadline, expert.currentStatus]).toEqual([true, "2027-01-14", "2027-01-16", 1500000, "2027-01-13", "open"]);
    expect(expert.changes).toEqual([
      { date: "2026-11-10", note: "Chuyển sang học trực tuyến" },
      { date: "2026-11-25", note: "Dời sang ngày 14-16/01/2027" },
    ]);
    const postponed = record("tq-2026-12-hoan");
    expect([postponed.start, postponed.end, postponed.status, postponed.currentStatus]).toEqual(["2026-12-22T08:30:00+07:00", "2026-12-22T11:30:00+07:00", "postponed", "postponed"]);
    const done = record("tq-2025-06-nhan-thuc");
    expect([done.currentStatus, done.participants]).toEqual(["completed", 118]);
    expect(record("dn-2027-02-lean").plan).toBeUndefined();
  });

  it("every field in the file is described for /du-lieu-mo/", () => {
    const documented = new Set(openDataFiles(urls).find((f) => f.url === "/api/trainings.json")!.fields.map((f) => f.name));
    for (const path of leafPaths(doc)) expect(documented.has(path), path).toBe(true);
  });
});

describe("plansJson", () => {
  const doc = roundTrip(plansJson(store, urls));
  const validate = validator(plansJsonSchema(urls));

  it("validates against its published schema", () => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.count).toBe(1);
  });

  it("gives each target with its progress, or null", () => {
    const plan = doc.plans[0]!;
    expect(plan.issuer).toEqual({ id: "ubnd-tuyen-quang", name: "Ủy ban nhân dân tỉnh Tuyên Quang", url: `${BASE}/co-quan/ubnd-tuyen-quang/` });
    expect(plan.partners.map((p) => p.id)).toEqual(["vien-nang-suat"]);
    expect([plan.status, plan.statusLabel, plan.period]).toEqual(["in-force", "Đang thực hiện", { from: 2022, to: 2025 }]);
    const [trainings, reports, none] = plan.targets;
    // Participants of completed sessions linked to the plan: 118 of "more than 500".
    expect(trainings!.progress).toEqual({ current: 118, asOf: "2025-06-12", percent: 23.6, met: false, basis: "trainings" });
    expect(reports!.progress).toEqual({ current: 31, asOf: "2025-12-31", percent: 100, met: true, basis: "reports", source: "Báo cáo năm 2025" });
    expect(none!.progress).toBeNull();
    expect(none!.unit).toBe("%");
  });

  it("every field in the file is described for /du-lieu-mo/", () => {
    const documented = new Set(openDataFiles(urls).find((f) => f.url === "/api/plans.json")!.fields.map((f) => f.name));
    for (const path of leafPaths(doc)) expect(documented.has(path), path).toBe(true);
  });
});

describe("trainingsCsv", () => {
  const text = trainingsCsv(store, urls);
  const rows = parseCsv(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it("is UTF-8 with a BOM, CRLF line ends and the documented columns", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const header = (parseCsv(text, { bom: true, to_line: 1 }) as string[][])[0];
    expect(header).toEqual(trainingsCsvColumns.map((c) => c.name));
    expect(rows).toHaveLength(store.sessions.length);
    // The bytes Excel reads: the BOM first, then UTF-8 Vietnamese.
    const bytes = Buffer.from(text, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("round-trips Vietnamese text, quotes, commas and semicolons intact", () => {
    for (const s of store.sessions) {
      // Every character, except a "<" that would open a tag (src/feeds/inert.ts).
      expect(row(s.id).title).toBe(inertText(s.title));
      expect(row(s.id).title).toBe(row(s.id).title!.normalize("NFC"));
    }
    const tricky = row("dn-2027-02-lean");
    expect(tricky.venue_name).toBe('Trung tâm Hội nghị; tầng 2, phòng "A"');
    expect(tricky.province_name).toBe("Đà Nẵng");
    expect(row("tq-2026-12-5s").topic_names).toBe("Công cụ 5S; Lean, Lean Six Sigma");
  });

  it("splits dates and times, Vietnam time", () => {
    const r = row("tq-2026-12-hoan");
    expect([r.start_date, r.start_time, r.end_date, r.end_time]).toEqual(["2026-12-22", "08:30", "2026-12-22", "11:30"]);
    const allDay = row("tq-2027-01-chuyen-gia");
    expect([allDay.start_date, allDay.start_time, allDay.end_date, allDay.end_time, allDay.fee_vnd]).toEqual(["2027-01-14", "", "2027-01-16", "", "1500000"]);
    expect(row("tq-2025-06-nhan-thuc").participants).toBe("118");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const r = row("dn-2027-02-lean");
    expect(r.audience).toBe(`'=HYPERLINK("https://evil.example","bấm vào đây")`);
    expect(r.registration_contact).toBe("'@Phòng Quản lý");
    expect(r.registration_phone).toBe("'+84 236 3822 000");
    for (const cell of rows.flatMap((x) => Object.values(x))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("the same bytes for the same content and clock", () => {
  it("JSON and CSV", () => {
    const again = fixtureStore();
    expect(jsonText(trainingsJson(again, urls))).toBe(jsonText(trainingsJson(store, urls)));
    expect(jsonText(plansJson(again, urls))).toBe(jsonText(plansJson(store, urls)));
    expect(trainingsCsv(again, urls)).toBe(trainingsCsv(store, urls));
  });
});

describe("bundled content", () => {
  it("validates against the published schemas and the CSV has a row per session", () => {
    const bundled: Store = bundledStore();
    const u = urlsOf(bundled);
    const trainings = validator(trainingsJsonSchema(u));
    const plans = validator(plansJsonSchema(u));
    expect(trainings(roundTrip(trainingsJson(bundled, u))), JSON.stringify(trainings.errors)).toBe(true);
    expect(plans(roundTrip(plansJson(bundled, u))), JSON.stringify(plans.errors)).toBe(true);
    const rows = parseCsv(trainingsCsv(bundled, u), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(bundled.sessions.map((s) => s.id).sort());
  });
});

/** "trainings[].organizer.name" for every leaf and every object in a JSON value. */
function leafPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v) => leafPaths(v, `${path}[]`).filter((p) => p !== `${path}[]`))];
  if (value && typeof value === "object")
    return [...(path ? [path] : []), ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, path ? `${path}.${k}` : k))];
  return [path];
}
