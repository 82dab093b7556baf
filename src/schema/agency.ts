/** Agency or authority (data/agencies.yaml): issuers, lead agencies, partners, organisers. */
import { z } from "zod";
import { documented, email, idString, line, phone, ref, validity, webUrl } from "./fields.ts";
import { crossFieldRules, ruleIssue, validityRules } from "./rules.ts";

export const agencyKinds = ["people-committee", "department", "association", "school", "institute", "enterprise", "other"] as const;

export const agencySchema = z
  .strictObject({
    id: documented(idString(), { title: "Mã cơ quan", description: "Chữ thường không dấu, ví dụ so-khcn-tuyen-quang; dùng trong địa chỉ /co-quan/<mã>/.", labelEn: "Id" }),
    name: documented(line(200), { title: "Tên cơ quan", description: "Tên đầy đủ, đúng như in trên văn bản.", labelEn: "Name", examples: ["Ủy ban nhân dân tỉnh Tuyên Quang"] }),
    shortName: documented(line(80).optional(), { title: "Tên viết tắt", description: "Tên ngắn dùng trong danh sách.", labelEn: "Short name" }),
    kind: documented(z.enum(agencyKinds), {
      title: "Loại cơ quan",
      description: "people-committee (UBND), department (sở, ngành), association (hiệp hội), school (trường), institute (viện), enterprise (doanh nghiệp), other (khác).",
      labelEn: "Kind",
    }),
    province: ref("province", { title: "Tỉnh, thành phố", description: "Mã tỉnh trong data/provinces.yaml.", labelEn: "Province" }).optional(),
    url: documented(webUrl().optional(), { title: "Trang web", description: "Địa chỉ bắt đầu bằng https://.", labelEn: "Website" }),
    email: documented(email().optional(), { title: "Thư điện tử", description: "Địa chỉ thư điện tử liên hệ.", labelEn: "E-mail" }),
    phone: documented(phone().optional(), { title: "Điện thoại", description: "Số điện thoại, đặt trong dấu nháy kép.", labelEn: "Phone" }),
    ...validity,
    successor: ref("agency", { title: "Cơ quan kế thừa", description: "Mã cơ quan tiếp nhận chức năng, nhiệm vụ sau khi hợp nhất (bắt buộc khi có validTo).", labelEn: "Successor" }).optional(),
  })
  .superRefine(
    ...crossFieldRules<{ validFrom?: string; validTo?: string; successor?: string }>(...validityRules, (v, ctx) => {
      if (v.validTo && !v.successor) ruleIssue(ctx, ["validTo"], "agency/successor-missing", { to: v.validTo });
    }),
  );

export type Agency = z.output<typeof agencySchema>;
export const agencyListSchema = z.array(agencySchema);
