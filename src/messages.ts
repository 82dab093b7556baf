/**
 * What each rule says to an editor, in Vietnamese and English: what is wrong, then (after
 * " — ") how to fix it. Codes are stable; tests pin the wording of the important ones.
 */
import { documentMessages } from "./content/documents.ts";
import { questionMessages } from "./content/questions.ts";
import { formatDate } from "./vi/dates.ts";

export type MessageParams = Record<string, unknown>;
type Render = (p: MessageParams) => string;
export interface Message {
  vi: Render;
  en: Render;
}

const s = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v ?? ""));
const q = (v: unknown): string => `"${s(v)}"`;
const d = (v: unknown): string => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : s(v));
const didYouMean = (p: MessageParams, lang: "vi" | "en"): string =>
  p.suggestion ? (lang === "vi" ? `; có phải ý bạn là "${s(p.suggestion)}"?` : `; did you mean "${s(p.suggestion)}"?`) : "";

const typeVi: Record<string, string> = {
  string: "văn bản",
  number: "số",
  decimal: "số thập phân",
  nonfinite: "vô cực hoặc NaN",
  int: "số nguyên",
  boolean: "true hoặc false",
  array: "danh sách",
  object: "nhóm khóa (key: value)",
};
const typeEn: Record<string, string> = { string: "text", number: "a number", decimal: "a decimal number", nonfinite: "infinity or NaN", int: "a whole number", boolean: "true or false", array: "a list", object: "a mapping (key: value)" };

/** What a key takes (validate.ts's Need), said to an editor. */
interface NeedParam {
  kind?: string;
  values?: { value: string; vi?: string }[];
  ref?: string;
}
const refWhere: Record<string, string> = { agency: "data/agencies.yaml", province: "data/provinces.yaml", topic: "data/topics.yaml", plan: "content/plans/", session: "content/trainings/", file: "content/files/" };
const valuesVi = (n: NeedParam) => (n.values ?? []).map((v) => (v.vi ? `${v.value} (${v.vi})` : v.value)).join(", ");
const valuesEn = (n: NeedParam) => (n.values ?? []).map((v) => v.value).join(", ");
export function needVi(need: unknown): string {
  const n = (need ?? {}) as NeedParam;
  switch (n.kind) {
    case "enum":
      return `một trong: ${valuesVi(n)}`;
    case "date":
      return "một ngày dạng YYYY-MM-DD, ví dụ 2026-12-04";
    case "moment":
      return "ngày giờ dạng 2026-12-04T08:00:00+07:00, hoặc chỉ ngày 2026-12-04 nếu cả ngày";
    case "integer":
      return "một số nguyên, ví dụ 60";
    case "number":
      return "một số, ví dụ 12,5 viết là 12.5";
    case "url":
      return "một địa chỉ web đầy đủ, bắt đầu bằng https://";
    case "email":
      return "một địa chỉ thư điện tử, ví dụ ten@example.gov.vn";
    case "phone":
      return 'một số điện thoại trong dấu nháy kép, ví dụ "0207 3822 222"';
    case "ref":
      return `một mã có trong ${refWhere[s(n.ref)] ?? s(n.ref)}`;
    case "array":
      return n.values ? `một danh sách các giá trị trong: ${valuesVi(n)}, ví dụ [${s(n.values[0]?.value)}]` : n.ref ? `một danh sách mã có trong ${refWhere[s(n.ref)] ?? s(n.ref)}, ví dụ [ma-1, ma-2]` : "một danh sách, ví dụ [a, b]";
    case "object":
      return "các khóa con, mỗi khóa một dòng thụt vào 2 dấu cách";
    case "boolean":
      return "true hoặc false";
    default:
      return "văn bản";
  }
}
export function needEn(need: unknown): string {
  const n = (need ?? {}) as NeedParam;
  switch (n.kind) {
    case "enum":
      return `one of: ${valuesEn(n)}`;
    case "date":
      return "a date written YYYY-MM-DD, e.g. 2026-12-04";
    case "moment":
      return "a date-time such as 2026-12-04T08:00:00+07:00, or a date 2026-12-04 for all day";
    case "integer":
      return "a whole number, e.g. 60";
    case "number":
      return "a number, e.g. 12.5";
    case "url":
      return "a full web address starting with https://";
    case "email":
      return "an e-mail address, e.g. name@example.gov.vn";
    case "phone":
      return 'a phone number in double quotes, e.g. "0207 3822 222"';
    case "ref":
      return `an id from ${refWhere[s(n.ref)] ?? s(n.ref)}`;
    case "array":
      return n.values ? `a list of: ${valuesEn(n)}` : n.ref ? `a list of ids from ${refWhere[s(n.ref)] ?? s(n.ref)}` : "a list, e.g. [a, b]";
    case "object":
      return "nested keys, one per line, indented 2 spaces";
    case "boolean":
      return "true or false";
    default:
      return "text";
  }
}

/** How to convert a file saved in a legacy Vietnamese encoding without losing its marks. */
function legacyFix(p: MessageParams, lang: "vi" | "en"): string {
  const name = s(p.name);
  const iconv = (from: string) => `iconv -f ${from} -t UTF-8 ${name} > ${name}.utf8 && mv ${name}.utf8 ${name}`;
  // The text must be copied as Windows-1252 (one character per byte), which UniKey's converter reads.
  const unikey = (from: string) =>
    lang === "vi"
      ? `trong VS Code chọn "Reopen with Encoding" → "Western (Windows 1252)", chép toàn bộ văn bản, chuyển bằng "Công cụ chuyển mã" của UniKey (Ctrl+Shift+F6) với nguồn "${from}", đích "Unicode", dán đè rồi "Save with Encoding" → "UTF-8"`
      : `in VS Code choose "Reopen with Encoding" → "Western (Windows 1252)", copy all the text, convert it with UniKey's converter (Ctrl+Shift+F6) from "${from}" to "Unicode", paste it over, then "Save with Encoding" → "UTF-8"`;
  const fixes: Record<string, string> = {
    "Windows-1258":
      lang === "vi"
        ? `trong VS Code chọn "Reopen with Encoding" → "Vietnamese (Windows 1258)", rồi "Save with Encoding" → "UTF-8"; hoặc chạy ${iconv("WINDOWS-1258")}`
        : `in VS Code choose "Reopen with Encoding" → "Vietnamese (Windows 1258)", then "Save with Encoding" → "UTF-8"; or run ${iconv("WINDOWS-1258")}`,
    TCVN3: `${lang === "vi" ? "chạy" : "run"} ${iconv("TCVN5712-1")}; ${lang === "vi" ? "hoặc" : "or"} ${unikey("TCVN3 (ABC)")}`,
    VNI: unikey("VNI Windows"),
  };
  // The editors' reference renders the message without a file: it lists the three.
  const how = fixes[s(p.encoding)] ?? Object.entries(fixes).map(([encoding, fix]) => `${encoding}: ${fix}`).join(lang === "vi" ? "; với " : "; for ");
  return lang === "vi"
    ? `${how}. Đừng chỉ mở rồi lưu lại: làm vậy giữ nguyên chữ đã hỏng`
    : `${how}. Do not just open and save it again: that keeps the garbled text`;
}

export const messages = {
  // Files
  "file/read": { vi: (p) => `không đọc được tệp (${s(p.reason)}) — kiểm tra quyền đọc tệp`, en: (p) => `cannot read the file (${s(p.reason)}) — check the file's permissions` },
  "file/empty": { vi: () => "tệp rỗng — thêm nội dung hoặc xóa tệp", en: () => "the file is empty — add content or delete the file" },
  "file/binary": { vi: () => "tệp không phải văn bản (có byte NUL) — lưu lại dưới dạng văn bản UTF-8", en: () => "the file is not text (it has NUL bytes) — save it as UTF-8 text" },
  "file/too-large": { vi: (p) => `tệp quá lớn (${s(p.size)} byte, tối đa ${s(p.max)}) — tách thành nhiều tệp hoặc đưa tài liệu vào content/files/`, en: (p) => `the file is too large (${s(p.size)} bytes, at most ${s(p.max)}) — split it or put the document in content/files/` },
  "file/legacy-encoding": {
    vi: (p) => `tệp được lưu bằng bảng mã cũ ${s(p.encoding)}, không phải UTF-8; đọc theo ${s(p.encoding)}, dòng này là ${q(p.sample)} — ${legacyFix(p, "vi")}`,
    en: (p) => `the file was saved in the legacy ${s(p.encoding)} encoding, not UTF-8; read as ${s(p.encoding)}, this line is ${q(p.sample)} — ${legacyFix(p, "en")}`,
  },
  "file/invalid-utf8": { vi: () => "tệp không phải UTF-8 — mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8", en: () => "the file is not UTF-8 — open it in an editor and save it as UTF-8" },
  "file/unknown-extension": { vi: (p) => `tệp ${q(p.name)} không thuộc loại nào trong thư mục này — đổi đuôi thành ${s(p.expected)} hoặc chuyển đi nơi khác`, en: (p) => `${q(p.name)} is not a kind this folder holds — rename it to ${s(p.expected)} or move it` },
  "file/id-format": { vi: (p) => `tên tệp ${q(p.value)} phải là chữ thường không dấu, số và gạch nối — đổi tên thành "${s(p.suggestion)}${s(p.ext)}"`, en: (p) => `the file name ${q(p.value)} must be lower-case ASCII letters, digits and hyphens — rename it to "${s(p.suggestion)}${s(p.ext)}"` },
  "file/symlink": { vi: () => "tệp hoặc thư mục là liên kết tượng trưng (symlink), có thể trỏ ra ngoài kho — thay bằng tệp, thư mục thật nằm trong kho", en: () => "a symbolic link, which could point outside the repository — replace it with a real file or folder inside the repository" },
  "file/attachment-type": {
    vi: (p) => `tệp đính kèm ${q(p.name)} thuộc loại không được phép: trình duyệt có thể chạy mã trong đó — chỉ đính kèm tài liệu (PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, ZIP) hoặc ảnh (PNG, JPG, GIF, WEBP)`,
    en: (p) => `the attachment ${q(p.name)} is of a type that is not allowed, as a browser could run code in it — attach documents (PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, ZIP) or pictures (PNG, JPG, GIF, WEBP) only`,
  },
  "file/too-many-problems": {
    vi: (p) => `tệp có quá nhiều lỗi: chỉ hiện ${s(p.max)} lỗi đầu, phần còn lại chưa được kiểm tra hết — sửa các lỗi này rồi kiểm tra lại`,
    en: (p) => `too many problems in this file: only the first ${s(p.max)} are shown and the rest was not fully checked — fix these and check again`,
  },
  "file/missing": { vi: (p) => `thiếu tệp bắt buộc ${s(p.name)} — tạo tệp này`, en: (p) => `the required file ${s(p.name)} is missing — create it` },
  // Front matter
  "frontmatter/language": { vi: (p) => `phần đầu tệp (front matter) viết bằng ${q(p.language)}, không được chạy — chỉ dùng YAML giữa hai dòng ---`, en: (p) => `front matter in ${q(p.language)} is refused and was not run — use YAML between two --- lines` },
  "frontmatter/missing": { vi: () => "thiếu phần đầu tệp (front matter) — thêm các khóa giữa hai dòng --- ở đầu tệp", en: () => "no front matter — add the keys between two --- lines at the top of the file" },
  "frontmatter/unclosed": { vi: () => "phần đầu tệp mở bằng --- nhưng không có dòng --- đóng — thêm dòng --- sau khóa cuối cùng", en: () => "front matter opens with --- but is never closed — add a --- line after the last key" },
  "frontmatter/not-mapping": { vi: () => "phần đầu tệp phải là các cặp khóa: giá trị — viết mỗi khóa trên một dòng, ví dụ title: …", en: () => "front matter must be key: value pairs — write one key per line, e.g. title: …" },
  // YAML syntax
  "yaml/syntax": {
    vi: (p) => {
      switch (p.problem) {
        case "colon":
          return `giá trị có dấu hai chấm và dấu cách (": "), YAML hiểu nhầm là một khóa nữa — đặt cả giá trị trong dấu nháy kép: ${s(p.fix).trim()}`;
        case "no-space":
          return `thiếu dấu cách sau dấu hai chấm — viết ${s(p.fix).trim()}`;
        case "unclosed-quote":
          return `dấu nháy ${s(p.quote)} mở ở đây nhưng chưa được đóng — thêm ${s(p.quote)} ở cuối giá trị${p.fix ? `: ${s(p.fix).trim()}` : ""}`;
        case "bad-indent":
          return "dòng này thụt lề không thẳng hàng với các khóa cùng cấp — thụt vào đúng bằng khóa ở dòng trên (mỗi cấp 2 dấu cách)";
        case "unclosed-flow":
          return `danh sách hoặc nhóm mở bằng ${p.bracket === "]" ? "[" : "{"} ở dòng trên chưa được đóng — thêm ${s(p.bracket)} ở cuối, trên cùng một dòng`;
        case "text-after-quote":
          return `có chữ sau dấu nháy đóng — đặt cả giá trị trong dấu nháy đơn: ${s(p.fix).trim()}`;
        case "reserved-start":
          return `giá trị bắt đầu bằng ký tự ${s(p.char)}, YAML dành riêng ký tự này — đặt giá trị trong dấu nháy kép: ${s(p.fix).trim()}`;
        default:
          return `YAML sai cú pháp ở đây — kiểm tra dấu hai chấm, thụt lề và dấu nháy quanh dòng này (chi tiết của trình đọc YAML: ${s(p.detail)})`;
      }
    },
    en: (p) => {
      switch (p.problem) {
        case "colon":
          return `the value holds a colon and a space (": "), which YAML reads as another key — put the whole value in double quotes: ${s(p.fix).trim()}`;
        case "no-space":
          return `no space after the colon — write ${s(p.fix).trim()}`;
        case "unclosed-quote":
          return `the ${s(p.quote)} quote opened here is never closed — add ${s(p.quote)} at the end of the value${p.fix ? `: ${s(p.fix).trim()}` : ""}`;
        case "bad-indent":
          return "this line is not in line with the keys at its level — indent it exactly as the key above (2 spaces per level)";
        case "unclosed-flow":
          return `the list or mapping opened with ${p.bracket === "]" ? "[" : "{"} above is never closed — add ${s(p.bracket)} at its end, on the same line`;
        case "text-after-quote":
          return `text after the closing quote — put the whole value in single quotes: ${s(p.fix).trim()}`;
        case "reserved-start":
          return `the value starts with ${s(p.char)}, which YAML reserves — put the value in double quotes: ${s(p.fix).trim()}`;
        default:
          return `YAML syntax error (${s(p.detail)}) — check colons, indentation and quotes around this line`;
      }
    },
  },
  "yaml/duplicate-key": { vi: () => "khóa bị lặp trong cùng một nhóm — xóa hoặc gộp một trong hai", en: () => "a key appears twice in the same mapping — remove or merge one of them" },
  "yaml/tab-indent": { vi: () => "thụt lề bằng phím Tab, YAML chỉ nhận dấu cách — thay mỗi Tab bằng 2 dấu cách", en: () => "indented with a tab, and YAML indentation takes spaces only — replace each tab with 2 spaces" },
  "yaml/tag": { vi: () => "thẻ YAML (!!…, !…) không được phép — xóa thẻ, chỉ ghi giá trị", en: () => "YAML tags (!!…, !…) are not allowed — remove the tag and write the value only" },
  "yaml/alias-bomb": { vi: () => "quá nhiều tham chiếu YAML (*alias) — viết giá trị trực tiếp thay vì dùng &anchor/*alias", en: () => "too many YAML aliases — write the values out instead of using &anchor/*alias" },
  "yaml/too-deep": { vi: () => "cấu trúc lồng nhau quá sâu — đơn giản hóa tệp", en: () => "the structure is nested too deeply — simplify the file" },
  "yaml/too-many-values": { vi: (p) => `tệp có hơn ${s(p.max)} giá trị — tách thành nhiều tệp nhỏ hơn`, en: (p) => `the file holds more than ${s(p.max)} values — split it into smaller files` },
  "yaml/not-list": { vi: () => "tệp phải là một danh sách, mỗi mục bắt đầu bằng \"- id: …\"", en: () => "the file must be a list, each item starting with \"- id: …\"" },
  // Text
  "text/nfd": { vi: () => "văn bản dùng dấu tổ hợp (NFD), đã chuẩn hóa sang NFC — lưu lại tệp ở dạng dựng sẵn (NFC) để bỏ cảnh báo", en: () => "text uses combining marks (NFD) and was normalised to NFC — save the file in NFC to silence this" },
  "text/legacy-encoding": { vi: (p) => `văn bản có vẻ gõ bằng bảng mã cũ ${s(p.encoding)} (${q(p.sample)}) — chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại`, en: (p) => `text looks typed in the legacy ${s(p.encoding)} encoding (${q(p.sample)}) — convert it to Unicode (e.g. with Unikey's converter) and paste it again` },
  "text/raw-html": { vi: (p) => `Markdown có thẻ HTML <${s(p.tag)}>, sẽ hiện thành chữ chứ không chạy — dùng cú pháp Markdown thay cho HTML`, en: (p) => `Markdown contains the HTML tag <${s(p.tag)}>, which is shown as text, not run — use Markdown syntax instead` },
  "text/template-syntax": { vi: () => "có cú pháp mẫu {{ }} hoặc {% %}, sẽ hiện nguyên văn chứ không chạy — xóa nếu không cố ý", en: () => "contains template syntax {{ }} or {% %}, shown literally and never run — remove it unless intended" },
  // Schema
  "schema/required": {
    vi: (p) => `thiếu khóa bắt buộc ${q(p.key)}${p.label ? ` (${s(p.label)})` : ""} — thêm dòng ${s(p.key)}: …${p.after ? ` sau khóa ${s(p.after)}` : ""}, giá trị là ${needVi(p.need)}`,
    en: (p) => `the required key ${q(p.key)}${p.labelEn ? ` (${s(p.labelEn)})` : ""} is missing — add a line ${s(p.key)}: …${p.after ? ` after ${s(p.after)}` : ""}, with ${needEn(p.need)}`,
  },
  "schema/type": {
    // `key:` with nothing after it: YAML reads null.
    vi: (p) => p.received === "null" ? `khóa chưa có giá trị — điền ${p.need ? needVi(p.need) : (typeVi[s(p.expected)] ?? s(p.expected))} sau dấu hai chấm${p.optional ? ", hoặc xóa dòng này nếu không cần" : ""}` : `cần ${typeVi[s(p.expected)] ?? s(p.expected)}, nhưng giá trị là ${typeVi[s(p.received)] ?? s(p.received)}${p.expected === "string" && (p.received === "number" || p.received === "decimal") ? " — đặt giá trị trong dấu nháy kép, ví dụ \"0207 3822 222\"" : ` — sửa thành ${typeVi[s(p.expected)] ?? s(p.expected)}`}`,
    en: (p) => p.received === "null" ? `the key has no value — write ${p.need ? needEn(p.need) : (typeEn[s(p.expected)] ?? s(p.expected))} after the colon${p.optional ? ", or remove the line if it is not needed" : ""}` : `expected ${typeEn[s(p.expected)] ?? s(p.expected)}, got ${typeEn[s(p.received)] ?? s(p.received)}${p.expected === "string" && (p.received === "number" || p.received === "decimal") ? " — put the value in double quotes" : ` — change it to ${typeEn[s(p.expected)] ?? s(p.expected)}`}`,
  },
  "schema/unknown-key": { vi: (p) => `khóa ${q(p.key)} không có trong mẫu${didYouMean(p, "vi")} — sửa tên khóa hoặc xóa`, en: (p) => `unknown key ${q(p.key)}${didYouMean(p, "en")} — fix the name or remove it` },
  "schema/enum": { vi: (p) => `giá trị ${q(p.value)} không hợp lệ${didYouMean(p, "vi")} — chọn một trong: ${s(p.values)}`, en: (p) => `${q(p.value)} is not allowed${didYouMean(p, "en")} — use one of: ${s(p.values)}` },
  "schema/too-small": { vi: (p) => (p.origin === "array" ? `danh sách cần ít nhất ${s(p.minimum)} mục — thêm mục` : p.origin === "string" ? "không được để trống — điền nội dung" : `giá trị phải từ ${s(p.minimum)} trở lên — sửa giá trị`), en: (p) => (p.origin === "array" ? `the list needs at least ${s(p.minimum)} item(s) — add one` : p.origin === "string" ? "must not be empty — fill it in" : `must be at least ${s(p.minimum)} — fix the value`) },
  "schema/too-big": { vi: (p) => (p.origin === "string" ? `quá dài (tối đa ${s(p.maximum)} ký tự) — rút gọn` : p.origin === "array" ? `danh sách quá dài (tối đa ${s(p.maximum)} mục) — bớt mục` : `giá trị phải không quá ${s(p.maximum)} — sửa giá trị`), en: (p) => (p.origin === "string" ? `too long (at most ${s(p.maximum)} characters) — shorten it` : p.origin === "array" ? `too many items (at most ${s(p.maximum)}) — remove some` : `must be at most ${s(p.maximum)} — fix the value`) },
  "schema/url": { vi: (p) => `${q(p.value)} không phải địa chỉ web hợp lệ — dùng địa chỉ đầy đủ bắt đầu bằng https://`, en: (p) => `${q(p.value)} is not a valid web address — use a full address starting with https://` },
  "schema/email": { vi: (p) => `${q(p.value)} không phải địa chỉ thư điện tử hợp lệ — ví dụ ten@example.gov.vn`, en: (p) => `${q(p.value)} is not a valid e-mail address — e.g. name@example.gov.vn` },
  "schema/format": { vi: (p) => `${q(p.value)} không đúng định dạng — xem hướng dẫn khóa này trong tài liệu biên tập`, en: (p) => `${q(p.value)} has the wrong format — see this key in the editors' reference` },
  "schema/invalid": { vi: (p) => `giá trị không hợp lệ (${s(p.detail)}) — xem hướng dẫn khóa này`, en: (p) => `invalid value (${s(p.detail)}) — see this key's documentation` },
  "id/format": { vi: (p) => `mã ${q(p.value)} chỉ được có chữ thường không dấu, số và gạch nối — ví dụ "${s(p.suggestion)}"`, en: (p) => `the id ${q(p.value)} may hold only lower-case ASCII letters, digits and hyphens — e.g. "${s(p.suggestion)}"` },
  // Dates
  "date/not-iso": { vi: (p) => `ngày ${q(p.value)} viết theo kiểu dd/mm/yyyy — trong tệp hãy viết dạng ISO ${s(p.iso)}`, en: (p) => `the date ${q(p.value)} is written dd/mm/yyyy — write it in ISO form as ${s(p.iso)}` },
  "date/not-a-date": { vi: (p) => `${q(p.value)} không phải ngày có thật trên lịch — sửa ngày hoặc tháng`, en: (p) => `${q(p.value)} is not a real calendar date — fix the day or month` },
  "date/format": { vi: (p) => `${q(p.value)} không phải ngày — viết dạng YYYY-MM-DD, ví dụ 2026-03-12`, en: (p) => `${q(p.value)} is not a date — write YYYY-MM-DD, e.g. 2026-03-12` },
  "moment/format": { vi: (p) => `${q(p.value)} không phải ngày giờ — viết 2026-03-12T08:00:00+07:00, hoặc 2026-03-12 nếu cả ngày`, en: (p) => `${q(p.value)} is not a date-time — write 2026-03-12T08:00:00+07:00, or 2026-03-12 for all day` },
  "moment/time": { vi: (p) => `giờ trong ${q(p.value)} không hợp lệ — giờ từ 00 đến 23, phút từ 00 đến 59`, en: (p) => `the time in ${q(p.value)} is not valid — hours 00-23, minutes 00-59` },
  // Kinds
  "validity/order": { vi: (p) => `ngày hết hiệu lực ${d(p.to)} trước ngày bắt đầu ${d(p.from)} — sửa validTo hoặc validFrom`, en: (p) => `validTo ${d(p.to)} is before validFrom ${d(p.from)} — fix validTo or validFrom` },
  "validity/successor-without-end": { vi: () => "có đơn vị kế thừa nhưng không có ngày hết hiệu lực — thêm validTo", en: () => "a successor is given but no end date — add validTo" },
  "agency/successor-missing": { vi: (p) => `cơ quan hết hiệu lực từ ${d(p.to)} nhưng không ghi cơ quan kế thừa — thêm successor (mã cơ quan tiếp nhận)`, en: (p) => `the agency ended on ${d(p.to)} but has no successor — add successor (the id of the agency that took over)` },
  "plan/period-order": { vi: (p) => `giai đoạn kết thúc năm ${s(p.to)} trước năm bắt đầu ${s(p.from)} — sửa period`, en: (p) => `the period ends in ${s(p.to)}, before it starts in ${s(p.from)} — fix period` },
  "plan/duplicate-target": { vi: (p) => `mã chỉ tiêu ${q(p.id)} bị trùng trong kế hoạch — đặt mã khác`, en: (p) => `target id ${q(p.id)} is used twice in this plan — choose another` },
  "target/reports-missing": { vi: () => "chỉ tiêu đo theo báo cáo nhưng chưa có reports — thêm reports hoặc bỏ measure", en: () => "measured by reports but has none — add reports or remove measure" },
  "target/kinds-without-trainings": { vi: () => "trainingKinds chỉ dùng khi measure là trainings — thêm measure: trainings hoặc xóa trainingKinds", en: () => "trainingKinds only applies with measure: trainings — add it or remove trainingKinds" },
  "target/reports-with-trainings": { vi: () => "chỉ tiêu đo theo khóa đào tạo không dùng reports — đổi measure thành reports hoặc xóa reports", en: () => "a target measured by trainings takes no reports — set measure: reports or remove reports" },
  "guide/reviewed-before-updated": { vi: (p) => `ngày rà soát ${d(p.reviewed)} trước ngày cập nhật ${d(p.updated)} — sửa reviewed hoặc updated`, en: (p) => `reviewed ${d(p.reviewed)} is before updated ${d(p.updated)} — fix reviewed or updated` },
  "training/end-before-start": { vi: (p) => `ngày kết thúc ${s(p.end)} trước ngày bắt đầu ${s(p.start)} — sửa end hoặc start`, en: (p) => `end ${s(p.end)} is before start ${s(p.start)} — fix end or start` },
  "training/deadline-after-start": { vi: (p) => `hạn đăng ký ${d(p.deadline)} sau ngày bắt đầu ${d(p.start)} — sửa registration.deadline`, en: (p) => `the registration deadline ${d(p.deadline)} is after the start ${d(p.start)} — fix registration.deadline` },
  "training/results-not-completed": { vi: (p) => `có kết quả nhưng khóa đang ở tình trạng ${q(p.status)} — đặt status: completed hoặc xóa results`, en: (p) => `results given but the status is ${q(p.status)} — set status: completed or remove results` },
  "training/venue-missing": { vi: (p) => `hình thức ${q(p.format)} cần địa điểm — thêm venue: { name: …, address: … }`, en: (p) => `format ${q(p.format)} needs a venue — add venue: { name: …, address: … }` },
  "training/online-url-missing": { vi: (p) => `hình thức ${q(p.format)} nhưng chưa có đường dẫn trực tuyến — thêm onlineUrl, hoặc nói rõ trong description cách nhận đường dẫn`, en: (p) => `format ${q(p.format)} but no online link — add onlineUrl, or say in description how attendees get it` },
  "training/registration-missing": { vi: () => "khóa chưa diễn ra nhưng chưa có cách đăng ký — thêm registration với url, email hoặc phone", en: () => "an upcoming session with no way to register — add registration with url, email or phone" },
  "training/organizer-missing": { vi: () => "khóa không có đơn vị tổ chức — thêm organizer cho khóa hoặc cho cả lịch", en: () => "no organizer — add organizer to the session or to the calendar" },
  "training/completed-in-future": { vi: (p) => `khóa được đánh dấu completed nhưng kết thúc ngày ${d(p.end)}, sau hôm nay — kiểm tra status hoặc ngày`, en: (p) => `marked completed but ends on ${d(p.end)}, after today — check status or the dates` },
  "training/past-not-closed": { vi: (p) => `khóa đã kết thúc ngày ${d(p.end)} nhưng vẫn ở tình trạng scheduled — đặt status: completed (kèm results) hoặc cancelled`, en: (p) => `ended on ${d(p.end)} but is still scheduled — set status: completed (with results) or cancelled` },
  "training/announced-missing": {
    vi: (p) => `khóa sắp diễn ra chưa có ngày công bố nên không có trong bản tin /feed.xml — thêm announced: ${s(p.today)} (ngày đưa khóa lên cổng)`,
    en: (p) => `an upcoming session without an announcement date is left out of /feed.xml — add announced: ${s(p.today)} (the day it was published)`,
  },
  "training/change-order": { vi: (p) => `thay đổi ngày ${d(p.date)} trước ngày ${d(p.previous)} ở dòng trên (hoặc ngày công bố) — thêm thay đổi mới vào cuối danh sách, theo thứ tự ngày`, en: (p) => `the change dated ${d(p.date)} is before ${d(p.previous)} above it (or the announcement) — append new changes at the end, in date order` },
  // References and uniqueness
  "ref/unknown": {
    vi: (p) => `không tìm thấy ${s(p.kindVi)} có mã ${q(p.value)}${didYouMean(p, "vi")} — dùng mã có trong ${s(p.where)}${Array.isArray(p.ids) && p.ids.length ? ` (gần nhất trước): ${s(p.ids)}` : ""}`,
    en: (p) => `no ${s(p.kindEn)} with id ${q(p.value)}${didYouMean(p, "en")} — use an id from ${s(p.where)}${Array.isArray(p.ids) && p.ids.length ? ` (nearest first): ${s(p.ids)}` : ""}`,
  },
  "ref/expired": { vi: (p) => `${s(p.kindVi)} ${q(p.value)} đã hết hiệu lực từ ${d(p.validTo)}, trước ngày ${d(p.date)} — dùng ${q(p.successor)}`, en: (p) => `${s(p.kindEn)} ${q(p.value)} ended on ${d(p.validTo)}, before ${d(p.date)} — use ${q(p.successor)}` },
  "province/former": { vi: (p) => `${s(p.unit)} (${q(p.value)}) đã hợp nhất vào ${s(p.successorName)} sau ngày ${d(p.validTo)}, trước ngày ${d(p.date)} của tin này — dùng ${q(p.successor)}`, en: (p) => `${s(p.unit)} (${q(p.value)}) merged into ${s(p.successorName)} after ${d(p.validTo)}, before this item's date ${d(p.date)} — use ${q(p.successor)}` },
  "province/former-name": { vi: (p) => `ghi ${q(p.written)} cho sự kiện ngày ${d(p.date)}, nhưng ${s(p.unit)} đã hợp nhất vào ${s(p.successorName)} sau ngày ${d(p.validTo)} — ghi ${s(p.successorName)} (hoặc "${s(p.written)} cũ" nếu muốn nói địa bàn cũ)`, en: (p) => `${q(p.written)} is written for an event on ${d(p.date)}, but ${s(p.unit)} merged into ${s(p.successorName)} after ${d(p.validTo)} — write ${s(p.successorName)} (or "${s(p.written)} cũ" for the former area)` },
  "ref/not-yet-valid": { vi: (p) => `${s(p.kindVi)} ${q(p.value)} chỉ có hiệu lực từ ${d(p.validFrom)}, sau ngày ${d(p.date)} — dùng cơ quan tiền thân`, en: (p) => `${s(p.kindEn)} ${q(p.value)} is only valid from ${d(p.validFrom)}, after ${d(p.date)} — use its predecessor` },
  "ref/file-missing": { vi: (p) => `không có tệp ${q(p.value)} trong content/files/ — thêm tệp vào thư mục đó hoặc sửa tên`, en: (p) => `no file ${q(p.value)} in content/files/ — add it there or fix the name` },
  "ref/escapes": { vi: (p) => `đường dẫn ${q(p.value)} trỏ ra ngoài thư mục cho phép — chỉ ghi tên tệp trong content/files/`, en: (p) => `the path ${q(p.value)} points outside the allowed folder — give a file name inside content/files/` },
  "ref/self": { vi: () => "không được tham chiếu đến chính mình — sửa mã", en: () => "an item cannot refer to itself — fix the id" },
  "id/duplicate": { vi: (p) => `mã ${q(p.id)} đã dùng ở ${s(p.other)} — đặt mã khác`, en: (p) => `the id ${q(p.id)} is already used at ${s(p.other)} — choose another` },
  "url/collision": { vi: (p) => `địa chỉ ${s(p.url)} trùng với ${s(p.other)} — đổi tên tệp hoặc mã`, en: (p) => `the address ${s(p.url)} is also produced by ${s(p.other)} — rename the file or change the id` },
  "link/missing": { vi: (p) => `liên kết ${q(p.value)} không trỏ tới trang hoặc tệp nào của cổng${didYouMean(p, "vi")} — sửa liên kết`, en: (p) => `the link ${q(p.value)} points to no page or file of the portal${didYouMean(p, "en")} — fix the link` },
  "link/unsafe": { vi: (p) => `liên kết ${q(p.value)} không an toàn — chỉ dùng https://, mailto:, tel: hoặc đường dẫn trong cổng`, en: (p) => `the link ${q(p.value)} is unsafe — use https://, mailto:, tel: or a path inside the portal` },
  // Build
  "build/search-cache-ignored": {
    vi: (p) => `bỏ qua bản lưu chỉ mục tìm kiếm "${s(p.partition)}" vì hỏng hoặc do phiên bản khác tạo (${s(p.detail)}); đã lập lại chỉ mục phần này — không cần làm gì, có thể xóa thư mục .cache bất cứ lúc nào`,
    en: (p) => `ignored the cached search index "${s(p.partition)}": corrupt or written by another version (${s(p.detail)}); that part was indexed again — nothing to do, the .cache folder is safe to delete`,
  },
  ...documentMessages,
  ...questionMessages,
  // Internal
  "internal/unknown-code": { vi: (p) => `lỗi ${s(p.code)}`, en: (p) => `problem ${s(p.code)}` },
  "internal/error": { vi: (p) => `lỗi nội bộ của chương trình kiểm tra (${s(p.detail)}) — báo cho nhóm phát triển`, en: (p) => `internal error in the checker (${s(p.detail)}) — report it to the developers` },
} satisfies Record<string, Message>;

/** A rule's code: one of the message table's keys, so a misspelt code fails the type check. */
export type Code = keyof typeof messages;

/** The message of a code that may come from outside the table (an old report, a schema issue). */
export const messageFor = (code: string): Message | undefined => (Object.hasOwn(messages, code) ? messages[code as Code] : undefined);

