/**
 * `npm run new -- <kind> "<title>"`: starts a plan, guide, activity or page file, or adds a
 * training session to a calendar. The id comes from the title (no marks, đ→d); the date, the
 * year and the organizer come from the context; every other required key is left empty with a
 * comment, so `npm run check` points at each one until it is filled. Nothing is overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { isSeq, parse, parseDocument } from "yaml";
import { resolveClock } from "../clock.ts";
import { kindByName, kinds, markdownKinds } from "../kinds/index.ts";
import { EMPTY, listItemText, markdownText, mostCommon, type Fill } from "../scaffold.ts";
import { ID_PATTERN, suggestId } from "../schema/fields.ts";
import { dataKinds } from "../schema/index.ts";
import { jsonSchemas, type JsonSchema } from "../schema/json-schema.ts";
import { vietnamDate } from "../vi/dates.ts";

/** The word after `npm run new --`: each content kind's `scaffold.command` ("plan", "training"). */
export type NewKind = string;
const NEW_KINDS = [...markdownKinds, ...kinds.filter((k) => k.source.format === "calendar")];
const KINDS: readonly NewKind[] = NEW_KINDS.map((k) => k.scaffold.command);
/** Where sessions are added: the training calendars. */
const calendarKind = { dir: kindByName.session.source.dir };

export interface NewOptions {
  kind: NewKind;
  title: string;
  root: string;
  now?: string;
  id?: string;
  calendar?: string;
  province?: string;
  organizer?: string;
  year?: string;
  /** Set when the command line is wrong: what to print before the usage. */
  usage?: string;
}

export const USAGE = `Cách dùng: npm run new -- <loại> "<tiêu đề>" [tùy chọn]
  loại: ${NEW_KINDS.map((k) => `${k.scaffold.command} (${k.label.vi}${k.scaffold.note ? `: ${k.scaffold.note}` : ""})`).join(", ")}
  --id MÃ            mã (tên tệp) thay cho mã tạo từ tiêu đề
  --calendar TỆP     (training) thêm khóa vào tệp lịch này, ví dụ content/trainings/2027-tuyen-quang.yaml
  --province MÃ      (training) tỉnh của khóa; không có --calendar thì dùng lịch content/trainings/<năm>-<tỉnh>.yaml
  --year NĂM         (training) năm của lịch khi dùng --province (mặc định: năm nay)
  --organizer MÃ     (training) đơn vị tổ chức của lịch mới (mặc định: của lịch gần nhất cùng tỉnh)
  --now YYYY-MM-DD   hôm nay (mặc định: ngày hiện tại theo giờ Việt Nam, hoặc BUILD_DATE)
  --root THƯ_MỤC     thư mục dự án (mặc định: thư mục hiện tại)
`;

export function parseNewOptions(argv: string[]): NewOptions {
  const fail = (usage: string): NewOptions => ({ kind: "page", title: "", root: ".", usage });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        id: { type: "string" },
        calendar: { type: "string" },
        province: { type: "string" },
        organizer: { type: "string" },
        year: { type: "string" },
        now: { type: "string" },
        root: { type: "string", default: "." },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [kind, ...words] = positionals;
  if (!kind || !KINDS.includes(kind as NewKind)) return fail(kind ? `không có loại "${kind}"` : "thiếu loại nội dung");
  const title = words.join(" ").normalize("NFC").trim();
  if (!title) return fail("thiếu tiêu đề, ví dụ: npm run new -- guide \"Áp dụng 5S tại doanh nghiệp\"");
  for (const key of ["id", "province", "organizer"] as const) {
    const v = values[key];
    if (v !== undefined && !ID_PATTERN.test(v)) return fail(`--${key} "${v}" phải là mã chữ thường không dấu, ví dụ "${suggestId(v)}"`);
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return fail(`--year "${values.year}" phải là năm, ví dụ 2027`);
  return {
    kind: kind as NewKind,
    title,
    root: resolve(values.root),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.calendar !== undefined ? { calendar: values.calendar } : {}),
    ...(values.province !== undefined ? { province: values.province } : {}),
    ...(values.organizer !== undefined ? { organizer: values.organizer } : {}),
    ...(values.year !== undefined ? { year: values.year } : {}),
  };
}

/** What was written: the file (relative to the root) and the line where the new item starts. */
export interface Created {
  file: string;
  line: number;
  id: string;
  /** False when a session was added to an existing calendar. */
  newFile: boolean;
}

export class Refused extends Error {}

const schemaOf = (name: string): JsonSchema => jsonSchemas().find((s) => s.name === name)!.schema;

/** Reads a YAML file for context; a broken file gives no context rather than an error. */
function readYaml(abs: string): unknown {
  try {
    return parse(readFileSync(abs, "utf8"));
  } catch {
    return undefined;
  }
}

const listFiles = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith(".") && !f.startsWith("_"))
        .sort()
    : [];


const rel = (root: string, abs: string) => relative(root, abs).split(sep).join("/");

/** Creates the file or adds the session; throws Refused when that would overwrite something. */
export function createContent(options: NewOptions, now: number): Created {
  const today = vietnamDate(now);
  const id = options.id ?? suggestId(options.title);
  if (!ID_PATTERN.test(id)) throw new Refused(`không tạo được mã từ tiêu đề "${options.title}" — đặt mã bằng --id, ví dụ --id tap-huan-5s`);
  if (options.kind === kindByName.session.scaffold.command) return addSession(options, id, today);

  const kind = markdownKinds.find((k) => k.scaffold.command === options.kind);
  if (!kind) throw new Refused(`không có loại "${options.kind}"`);
  const { dir } = kind.source;
  const context = { root: options.root, today, dir };
  const fileId = kind.scaffold.fileId?.(id, context, options.id !== undefined) ?? id;
  const file = `${dir}/${fileId}.md`;
  const fill: Fill = kind.scaffold.fill?.(options.title, context) ?? { title: options.title };
  const text = markdownText(schemaOf(kind.reference.schemaName), fill, `${capitalise(kind.label.vi)} mới, tạo ngày ${today} bằng npm run new`);
  write(options.root, file, text);
  return { file, line: 1, id: fileId, newFile: true };
}

const capitalise = (s: string) => s[0]!.toLocaleUpperCase("vi") + s.slice(1);


function write(root: string, file: string, text: string): void {
  try {
    // A kind's folder may not exist yet in a project (the first document, the first question).
    mkdirSync(dirname(join(root, file)), { recursive: true });
    // "wx": fails if the file appeared in the meantime; nothing is ever overwritten.
    writeFileSync(join(root, file), text, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new Refused(`tệp ${file} đã có — không ghi đè; đặt mã khác bằng --id`);
    throw e;
  }
}

interface CalendarInfo {
  file: string;
  organizer?: string;
  provinces: string[];
  ids: string[];
}

function readCalendars(root: string): CalendarInfo[] {
  const dir = join(root, calendarKind.dir);
  return listFiles(dir, ".yaml").map((f) => {
    const data = readYaml(join(dir, f)) as { organizer?: unknown; sessions?: unknown } | undefined;
    const sessions = Array.isArray(data?.sessions) ? (data.sessions as { id?: unknown; province?: unknown }[]) : [];
    return {
      file: `${calendarKind.dir}/${f}`,
      ...(typeof data?.organizer === "string" ? { organizer: data.organizer } : {}),
      provinces: sessions.map((s) => s?.province).filter((p): p is string => typeof p === "string"),
      ids: sessions.map((s) => s?.id).filter((i): i is string => typeof i === "string"),
    };
  });
}

/** The calendar a session goes to: --calendar, or <year>-<province>.yaml. */
function chooseCalendar(options: NewOptions, today: string, calendars: CalendarInfo[]): string {
  if (options.calendar) {
    const abs = isAbsolute(options.calendar) ? options.calendar : resolve(options.root, options.calendar);
    const file = rel(options.root, abs);
    if (!file.startsWith(`${calendarKind.dir}/`) || file.slice(calendarKind.dir.length + 1).includes("/") || !file.endsWith(".yaml"))
      throw new Refused(`--calendar phải là một tệp .yaml trong ${calendarKind.dir}/, không phải "${options.calendar}"`);
    return file;
  }
  if (options.province) return `${calendarKind.dir}/${options.year ?? today.slice(0, 4)}-${options.province}.yaml`;
  const list = calendars.map((c) => `  ${c.file}`).join("\n");
  throw new Refused(
    `chọn lịch cho khóa: --calendar <tệp lịch>, hoặc --province <mã tỉnh> để dùng ${calendarKind.dir}/<năm>-<tỉnh>.yaml (tạo mới nếu chưa có)${list ? `\nCác lịch hiện có:\n${list}` : ""}`,
  );
}

function addSession(options: NewOptions, id: string, today: string): Created {
  const calendars = readCalendars(options.root);
  const file = chooseCalendar(options, today, calendars);
  const taken = calendars.find((c) => c.ids.includes(id));
  if (taken) throw new Refused(`mã khóa "${id}" đã dùng trong ${taken.file} — đặt mã khác bằng --id`);
  const abs = join(options.root, file);
  const calendar = calendars.find((c) => c.file === file);
  const agencies = readYaml(join(options.root, dataKinds.agencies.file));
  const agencyProvince = (agency?: string) =>
    Array.isArray(agencies) ? (agencies.find((a: { id?: unknown }) => a?.id === agency) as { province?: unknown } | undefined)?.province : undefined;

  // A new calendar takes the organizer of the latest calendar for the same province.
  const suffix = options.province ? `-${options.province}.yaml` : basename(file).replace(/^\d{4}/, "");
  const sibling = [...calendars].reverse().find((c) => c.file !== file && basename(c.file).endsWith(suffix) && c.organizer);
  const organizer = calendar ? calendar.organizer : (options.organizer ?? sibling?.organizer);
  const province = options.province ?? mostCommon(calendar?.provinces ?? []) ?? (typeof agencyProvince(organizer) === "string" ? (agencyProvince(organizer) as string) : undefined);

  const sessionSchema = (schemaOf("calendar") as { properties: { sessions: { items: JsonSchema } } }).properties.sessions.items;
  const fill: Fill = {
    id,
    title: options.title,
    ...(province ? { province } : {}),
    // Not required by the schema, but by the checker for a session that has not happened yet.
    venue: { name: EMPTY },
    registration: { deadline: EMPTY, email: EMPTY },
    status: "scheduled",
    // The feed lists a session from the day it is announced: today, when it is written.
    announced: today,
  };
  const notes = [
    `Tạo ngày ${today} bằng npm run new. venue: bỏ nếu học trực tuyến (format: online). registration: cần ít nhất một trong url, email, phone.`,
    ...(organizer ? [`Đơn vị tổ chức: ${organizer} (theo organizer của lịch); thêm organizer: … nếu khác.`] : []),
  ];

  if (!existsSync(abs)) {
    const calendarSchema = schemaOf("calendar") as { properties: Record<string, JsonSchema> };
    const text = [
      // Editors whose YAML language server has no project settings still get the schema.
      "# yaml-language-server: $schema=../../schemas/calendar.schema.json",
      `# Lịch đào tạo, tạo ngày ${today} bằng npm run new. Giải thích từng khóa: docs/bien-tap/tham-chieu.md`,
      organizer
        ? `organizer: ${organizer} # ${calendarSchema.properties.organizer!.description}`
        : `organizer: # bắt buộc: ${calendarSchema.properties.organizer!.description}`,
      "sessions:",
      listItemText(sessionSchema, fill, "  ", notes.slice(0, 1)),
    ].join("\n");
    write(options.root, file, text);
    return { file, line: 5, id, newFile: true };
  }

  const source = readFileSync(abs, "utf8");
  const doc = parseDocument(source);
  const sessions = doc.get("sessions", true);
  if (doc.errors.length || !isSeq(sessions) || sessions.flow || !sessions.range || sessions.items.length === 0)
    throw new Refused(`${file} chưa đúng dạng lịch (cần "sessions:" là danh sách các khóa) — sửa lỗi bằng npm run check rồi chạy lại`);
  // Splice the new item in after the last one, so the rest of the file stays byte for byte.
  const lineStart = source.lastIndexOf("\n", sessions.range[0] - 1) + 1;
  const dashIndent = " ".repeat(sessions.range[0] - lineStart);
  let at = sessions.range[1];
  if (at > 0 && source[at - 1] !== "\n") {
    const nl = source.indexOf("\n", at);
    at = nl === -1 ? source.length : nl + 1;
  }
  const before = source.slice(0, at) + (at > 0 && source[at - 1] !== "\n" ? "\n" : "");
  const text = `${before}\n${listItemText(sessionSchema, fill, dashIndent, notes)}${source.slice(at)}`;
  const check = parseDocument(text);
  const added = check.get("sessions", true);
  if (check.errors.length || !isSeq(added) || added.items.length !== sessions.items.length + 1)
    throw new Refused(`không thêm được khóa vào ${file} mà giữ nguyên phần còn lại của tệp — thêm bằng tay theo docs/bien-tap/huong-dan.md`);
  writeFileSync(abs, text);
  return { file, line: before.split("\n").length + 1, id, newFile: false };
}

interface Out {
  write(s: string): unknown;
}

export function runNew(options: NewOptions, out: Out, err: Out): number {
  if (options.usage) {
    err.write(`${options.usage}\n${USAGE}`);
    return 2;
  }
  const now = resolveClock(options.now);
  if (typeof now !== "number") {
    err.write(`${now.error}\n`);
    return 2;
  }
  try {
    const created = createContent(options, now);
    const what = created.newFile ? `Đã tạo ${created.file}` : `Đã thêm khóa ${created.id} vào ${created.file}, dòng ${created.line}`;
    out.write(`${what}\nĐiền các khóa còn trống (chú thích "bắt buộc"), rồi chạy: npm run check\n`);
    return 0;
  } catch (e) {
    if (e instanceof Refused) {
      err.write(`Không tạo: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
