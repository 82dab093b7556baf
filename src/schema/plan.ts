/** Provincial plan (content/plans/<id>.md) and its targets. */
import { z } from "zod";
import { attachment, documented, idString, isoDate, line, prose, ref, year } from "./fields.ts";
import { crossFieldRules, ruleIssue } from "./rules.ts";
import { trainingKinds } from "./training.ts";

export const comparators = [">", ">=", "=", "<="] as const;

export const targetSchema = z
  .strictObject({
    id: documented(idString(), { title: "Mã chỉ tiêu", description: "Chữ thường không dấu, duy nhất trong kế hoạch.", labelEn: "Id" }),
    label: documented(line(400), { title: "Chỉ tiêu", description: "Nội dung chỉ tiêu, đúng như trong kế hoạch.", labelEn: "Label" }),
    comparator: documented(z.enum(comparators), { title: "So sánh", description: "\">\" (trên), \">=\" (ít nhất), \"=\" (đúng), \"<=\" (không quá). Đặt trong dấu nháy kép.", labelEn: "Comparator" }),
    value: documented(z.number().min(0), { title: "Giá trị", description: "Con số của chỉ tiêu, ví dụ 500.", labelEn: "Value" }),
    unit: documented(line(40), { title: "Đơn vị", description: "Ví dụ: lượt người, doanh nghiệp, %.", labelEn: "Unit" }),
    measure: documented(z.enum(["trainings", "reports"]).optional(), {
      title: "Cách đo",
      description: "trainings: cộng số người tham dự các khóa đào tạo đã hoàn thành gắn với kế hoạch; reports: theo các lần báo cáo (reports).",
      labelEn: "Measure",
    }),
    trainingKinds: documented(z.array(z.enum(trainingKinds)).min(1).optional(), {
      title: "Loại khóa đào tạo được tính",
      description: "Chỉ tính các khóa thuộc những loại này (khi measure là trainings).",
      labelEn: "Training kinds counted",
    }),
    reports: documented(
      z
        .array(
          z.strictObject({
            date: documented(isoDate(), { title: "Ngày số liệu", description: "Ngày chốt số liệu (YYYY-MM-DD).", labelEn: "Date" }),
            value: documented(z.number().min(0), { title: "Giá trị đạt được", description: "Giá trị lũy kế tại ngày chốt.", labelEn: "Value" }),
            source: documented(line(200).optional(), { title: "Nguồn", description: "Nguồn số liệu (báo cáo, văn bản).", labelEn: "Source" }),
          }),
        )
        .optional(),
      { title: "Báo cáo tiến độ", description: "Các lần báo cáo kết quả thực hiện chỉ tiêu.", labelEn: "Progress reports" },
    ),
  })
  .superRefine(
    ...crossFieldRules<{ measure?: string; reports?: unknown[]; trainingKinds?: unknown[] }>(
      (t, ctx) => {
        if (t.measure === "reports" && !t.reports?.length) ruleIssue(ctx, ["measure"], "target/reports-missing");
      },
      (t, ctx) => {
        if (t.measure !== "trainings" && t.trainingKinds) ruleIssue(ctx, ["trainingKinds"], "target/kinds-without-trainings");
      },
      (t, ctx) => {
        if (t.measure === "trainings" && t.reports) ruleIssue(ctx, ["reports"], "target/reports-with-trainings");
      },
    ),
  );

export const taskSchema = z.strictObject({
  title: documented(line(400), { title: "Nhiệm vụ", description: "Nội dung nhiệm vụ.", labelEn: "Task" }),
  lead: ref("agency", { title: "Cơ quan chủ trì", description: "Mã cơ quan chủ trì nhiệm vụ.", labelEn: "Lead" }).optional(),
  partners: documented(z.array(ref("agency", { title: "Cơ quan phối hợp", description: "Mã cơ quan.", labelEn: "Partner" })).optional(), {
    title: "Cơ quan phối hợp",
    description: "Danh sách mã cơ quan phối hợp.",
    labelEn: "Partners",
  }),
  due: documented(isoDate().optional(), { title: "Thời hạn", description: "Hạn hoàn thành (YYYY-MM-DD).", labelEn: "Due" }),
});

export const planStatuses = ["draft", "in-force", "completed", "superseded"] as const;

export const planSchema = z
  .strictObject({
    title: documented(line(400), { title: "Tên kế hoạch", description: "Trích yếu của kế hoạch, đúng như trên văn bản.", labelEn: "Title" }),
    issuer: ref("agency", { title: "Cơ quan ban hành", description: "Mã cơ quan ban hành, như in trên văn bản (kể cả khi cơ quan đó đã hợp nhất).", labelEn: "Issuer" }),
    number: documented(line(60).optional(), {
      title: "Số, ký hiệu",
      description: "Số và ký hiệu văn bản, ví dụ 45/KH-UBND. Để trống nếu chưa có văn bản gốc: không được tự đặt.",
      labelEn: "Number",
    }),
    issued: documented(isoDate().optional(), { title: "Ngày ban hành", description: "Ngày ký ban hành (YYYY-MM-DD).", labelEn: "Issued" }),
    signer: documented(line(120).optional(), { title: "Người ký", description: "Chức vụ và họ tên người ký.", labelEn: "Signer" }),
    period: documented(
      z.strictObject({
        from: documented(year(), { title: "Từ năm", description: "Năm bắt đầu.", labelEn: "From" }),
        to: documented(year(), { title: "Đến năm", description: "Năm kết thúc.", labelEn: "To" }),
      }),
      { title: "Giai đoạn", description: "Giai đoạn thực hiện, ví dụ { from: 2022, to: 2025 }.", labelEn: "Period" },
    ),
    basis: documented(prose(600), { title: "Căn cứ", description: "Quyết định của Chương trình quốc gia mà kế hoạch thực hiện.", labelEn: "Basis" }),
    legalBasis: documented(z.array(ref("document", { title: "Văn bản", description: "Mã văn bản.", labelEn: "Document" })).min(1).optional(), {
      title: "Văn bản căn cứ",
      description: "Mã các văn bản trong content/documents/ là căn cứ của kế hoạch, ví dụ [1322-qd-ttg]. Trang kế hoạch dẫn tới trang của từng văn bản.",
      labelEn: "Legal basis",
    }),
    lead: ref("agency", { title: "Cơ quan đầu mối", description: "Mã cơ quan chủ trì, đầu mối thực hiện.", labelEn: "Lead agency" }),
    partners: documented(z.array(ref("agency", { title: "Cơ quan phối hợp", description: "Mã cơ quan.", labelEn: "Partner" })).optional(), {
      title: "Cơ quan phối hợp",
      description: "Danh sách mã cơ quan phối hợp.",
      labelEn: "Partners",
    }),
    province: ref("province", { title: "Tỉnh, thành phố", description: "Mã tỉnh thực hiện kế hoạch.", labelEn: "Province" }),
    objective: documented(prose(2000), { title: "Mục tiêu chung", description: "Mục tiêu chung của kế hoạch.", labelEn: "General objective" }),
    status: documented(z.enum(planStatuses).default("in-force"), {
      title: "Tình trạng",
      description: "draft (dự thảo), in-force (đang thực hiện), completed (đã kết thúc), superseded (đã được thay thế).",
      labelEn: "Status",
    }),
    targets: documented(z.array(targetSchema).min(1), { title: "Chỉ tiêu", description: "Các chỉ tiêu cụ thể của kế hoạch.", labelEn: "Targets" }),
    tasks: documented(z.array(taskSchema).optional(), { title: "Nhiệm vụ", description: "Các nhiệm vụ, giải pháp.", labelEn: "Tasks" }),
    attachments: documented(z.array(attachment()).optional(), { title: "Tệp đính kèm", description: "Văn bản, tài liệu kèm theo.", labelEn: "Attachments" }),
  })
  .superRefine(
    ...crossFieldRules<{ period: { from: number; to: number }; targets: { id: string }[] }>(
      (p, ctx) => {
        if (p.period.to < p.period.from) ruleIssue(ctx, ["period", "to"], "plan/period-order", { from: p.period.from, to: p.period.to });
      },
      (p, ctx) => {
        const seen = new Set<string>();
        p.targets.forEach((t, i) => {
          if (seen.has(t.id)) ruleIssue(ctx, ["targets", i, "id"], "plan/duplicate-target", { id: t.id });
          seen.add(t.id);
        });
      },
    ),
  );

export type Plan = z.output<typeof planSchema>;
export type Target = z.output<typeof targetSchema>;
