/** Training calendar (content/trainings/<name>.yaml): one file, many sessions. */
import { z } from "zod";
import { formatMoment, type Moment } from "../vi/dates.ts";
import { documented, email, idString, isoDate, line, moment, phone, prose, ref, webUrl } from "./fields.ts";
import { topicRefs } from "./guide.ts";
import { crossFieldRules, ruleIssue } from "./rules.ts";

export const trainingKinds = ["expert", "lecturer", "manager", "awareness", "workshop"] as const;
export const trainingFormats = ["in-person", "online", "hybrid"] as const;
export const sessionStatuses = ["scheduled", "cancelled", "postponed", "completed"] as const;

export const sessionSchema = z
  .strictObject({
    id: documented(idString(), {
      title: "Mã khóa",
      description: "Chữ thường không dấu, duy nhất trong mọi lịch; dùng trong địa chỉ /dao-tao/<mã>/. Không đổi sau khi đã công bố.",
      labelEn: "Id",
      examples: ["tq-2026-05-nhan-thuc-nang-suat"],
    }),
    title: documented(line(300), { title: "Tên khóa", description: "Tên khóa đào tạo, tập huấn.", labelEn: "Title" }),
    kind: documented(z.enum(trainingKinds), {
      title: "Loại khóa",
      description: "expert (chuyên gia), lecturer (giảng viên), manager (cán bộ quản lý), awareness (nâng cao nhận thức), workshop (hội thảo).",
      labelEn: "Kind",
    }),
    topics: topicRefs(),
    plan: ref("plan", { title: "Kế hoạch", description: "Mã kế hoạch; mặc định theo plan của lịch.", labelEn: "Plan" }).optional(),
    organizer: ref("agency", { title: "Đơn vị tổ chức", description: "Mã cơ quan; mặc định theo organizer của lịch.", labelEn: "Organizer" }).optional(),
    province: ref("province", { title: "Tỉnh, thành phố", description: "Mã tỉnh nơi tổ chức (với khóa trực tuyến: tỉnh của đơn vị tổ chức).", labelEn: "Province" }),
    start: documented(moment(), {
      title: "Bắt đầu",
      description: "Ngày giờ bắt đầu, ví dụ 2026-03-12T08:00:00+07:00; hoặc chỉ ngày (2026-03-12) nếu cả ngày. Không ghi múi giờ thì hiểu là giờ Việt Nam.",
      labelEn: "Start",
    }),
    end: documented(moment(), { title: "Kết thúc", description: "Ngày giờ kết thúc, cùng dạng với start; không trước start.", labelEn: "End" }),
    format: documented(z.enum(trainingFormats), { title: "Hình thức", description: "in-person (trực tiếp), online (trực tuyến), hybrid (kết hợp).", labelEn: "Format" }),
    venue: documented(
      z
        .strictObject({
          name: documented(line(200), { title: "Tên địa điểm", description: "Ví dụ: Hội trường Sở Khoa học và Công nghệ.", labelEn: "Venue name" }),
          address: documented(line(300).optional(), { title: "Địa chỉ", description: "Địa chỉ địa điểm.", labelEn: "Address" }),
        })
        .optional(),
      { title: "Địa điểm", description: "Bắt buộc với hình thức trực tiếp và kết hợp.", labelEn: "Venue" },
    ),
    onlineUrl: documented(webUrl().optional(), {
      title: "Đường dẫn trực tuyến",
      description: "Đường dẫn phòng học trực tuyến (https://). Chỉ hiện trên Cổng khi còn nhận đăng ký; sau hạn đăng ký, người đã đăng ký nhận đường dẫn qua thư (trừ khi onlineUrlPublic: true).",
      labelEn: "Online link",
    }),
    onlineUrlPublic: documented(z.boolean().optional(), {
      title: "Công khai đường dẫn trực tuyến",
      description: "true: ai cũng tham dự được, hiện đường dẫn trực tuyến cho mọi người đọc cả sau hạn đăng ký. Bỏ trống: đường dẫn chỉ hiện khi còn nhận đăng ký.",
      labelEn: "Online link is public",
    }),
    audience: documented(line(400), { title: "Đối tượng", description: "Dành cho ai, ví dụ: cán bộ quản lý doanh nghiệp nhỏ và vừa.", labelEn: "Audience" }),
    seats: documented(z.number().int().min(1).max(100000).optional(), { title: "Số chỗ", description: "Số học viên tối đa.", labelEn: "Seats" }),
    fee: documented(z.number().int().min(0).default(0), { title: "Học phí", description: "Số tiền (đồng); 0 là miễn phí.", labelEn: "Fee (VND)" }),
    registration: documented(
      z
        .strictObject({
          deadline: documented(isoDate().optional(), { title: "Hạn đăng ký", description: "Ngày cuối nhận đăng ký (YYYY-MM-DD), không sau ngày bắt đầu.", labelEn: "Deadline" }),
          url: documented(webUrl().optional(), { title: "Đăng ký trực tuyến", description: "Đường dẫn biểu mẫu đăng ký (https://).", labelEn: "Registration link" }),
          email: documented(email().optional(), { title: "Thư điện tử", description: "Địa chỉ nhận đăng ký.", labelEn: "E-mail" }),
          phone: documented(phone().optional(), { title: "Điện thoại", description: "Số điện thoại, trong dấu nháy kép.", labelEn: "Phone" }),
          contact: documented(line(200).optional(), { title: "Người liên hệ", description: "Người hoặc bộ phận liên hệ.", labelEn: "Contact" }),
        })
        .optional(),
      { title: "Đăng ký", description: "Cách đăng ký; khóa chưa diễn ra cần ít nhất một trong url, email, phone.", labelEn: "Registration" },
    ),
    status: documented(z.enum(sessionStatuses).default("scheduled"), {
      title: "Tình trạng",
      description: "scheduled (theo lịch), cancelled (hủy), postponed (hoãn), completed (đã hoàn thành).",
      labelEn: "Status",
    }),
    results: documented(
      z
        .strictObject({
          participants: documented(z.number().int().min(0), { title: "Số người tham dự", description: "Số lượt người thực tế tham dự.", labelEn: "Participants" }),
        })
        .optional(),
      { title: "Kết quả", description: "Chỉ ghi khi khóa đã hoàn thành (status: completed).", labelEn: "Results" },
    ),
    description: documented(prose(8000).optional(), { title: "Nội dung", description: "Chương trình, giảng viên, cần chuẩn bị gì (Markdown).", labelEn: "Description" }),
    // The build has no history of the files, so the dates a calendar app needs to see a
    // session as updated (SEQUENCE, LAST-MODIFIED) are written by the editor here.
    announced: documented(isoDate().optional(), {
      title: "Ngày công bố",
      description: "Ngày khóa được công bố trên cổng (YYYY-MM-DD). Khóa có ngày công bố xuất hiện trong bản tin /feed.xml.",
      labelEn: "Announced",
    }),
    changes: documented(
      z
        .array(
          z.strictObject({
            date: documented(isoDate(), { title: "Ngày thay đổi", description: "Ngày công bố thay đổi (YYYY-MM-DD).", labelEn: "Date" }),
            note: documented(line(300), { title: "Nội dung thay đổi", description: "Thay đổi gì, ví dụ: Dời sang ngày 15/12/2026 do trùng lịch hội nghị.", labelEn: "Note" }),
          }),
        )
        .min(1)
        .optional(),
      {
        title: "Các lần thay đổi",
        description:
          "Mỗi khi đổi thời gian, địa điểm, hình thức hoặc tình trạng (hoãn, hủy) của khóa đã công bố, thêm một dòng vào cuối danh sách, không xóa dòng cũ. Số dòng là số phiên bản (SEQUENCE) của khóa trong tệp lịch .ics, nên lịch của người đã đăng ký được cập nhật thay vì nhân đôi.",
        labelEn: "Changes",
      },
    ),
  })
  .superRefine(
    ...crossFieldRules<SessionRuleInput>(
      (s, ctx) => {
        if (s.start && s.end && s.end.instant < s.start.instant) ruleIssue(ctx, ["end"], "training/end-before-start", { start: formatMoment(s.start), end: formatMoment(s.end) });
      },
      (s, ctx) => {
        if (s.start && s.registration?.deadline && s.registration.deadline > s.start.date)
          ruleIssue(ctx, ["registration", "deadline"], "training/deadline-after-start", { deadline: s.registration.deadline, start: s.start.date });
      },
      (s, ctx) => {
        if (s.results && s.status !== "completed") ruleIssue(ctx, ["results"], "training/results-not-completed", { status: s.status });
      },
      (s, ctx) => {
        if (s.format !== "online" && !s.venue) ruleIssue(ctx, ["format"], "training/venue-missing", { format: s.format });
      },
      (s, ctx) => {
        if (s.format !== "in-person" && !s.onlineUrl) ruleIssue(ctx, ["onlineUrl"], "training/online-url-missing", { format: s.format, severity: "warning" });
      },
      // Appending keeps SEQUENCE growing; dates out of order usually mean a line was edited or removed.
      (s, ctx) => {
        s.changes?.forEach((c, i) => {
          const previous = i === 0 ? s.announced : s.changes?.[i - 1]?.date;
          if (previous && c.date < previous) ruleIssue(ctx, ["changes", i, "date"], "training/change-order", { date: c.date, previous });
        });
      },
    ),
  );

/** What the session rules read (the object's own output type cannot be named inside its definition). */
interface SessionRuleInput {
  start: Moment;
  end: Moment;
  format: string;
  status: string;
  venue?: unknown;
  onlineUrl?: string;
  results?: unknown;
  announced?: string;
  registration?: { deadline?: string };
  changes?: { date: string }[];
}

export const calendarSchema = z.strictObject({
  organizer: ref("agency", { title: "Đơn vị tổ chức", description: "Mã cơ quan tổ chức, mặc định cho mọi khóa trong tệp.", labelEn: "Organizer" }).optional(),
  plan: ref("plan", { title: "Kế hoạch", description: "Mã kế hoạch, mặc định cho mọi khóa trong tệp.", labelEn: "Plan" }).optional(),
  sessions: documented(z.array(sessionSchema).min(1), { title: "Các khóa", description: "Danh sách khóa đào tạo, tập huấn, hội thảo.", labelEn: "Sessions" }),
});

export type Calendar = z.output<typeof calendarSchema>;
export type SessionInput = z.output<typeof sessionSchema>;
