/**
 * Province or centrally-run city (data/provinces.yaml): the 34 units since 1/7/2025 and the
 * former units merged into them, with the official code, the type on each date and the merger.
 */
import { z } from "zod";
import { documented, idString, isoDate, line, ref, validity } from "./fields.ts";
import { crossFieldRules, validityRules } from "./rules.ts";

export const provinceKinds = ["province", "city"] as const;

const code = () => z.string().regex(/^\d{2}$/).meta({ pattern: "^\\d{2}$" });
const basis = (description: string) => documented(line(300), { title: "Căn cứ", description, labelEn: "Legal basis", examples: ["Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"] });

export const provinceSchema = z
  .strictObject({
    id: documented(idString(), { title: "Mã tỉnh", description: "Chữ thường không dấu, ví dụ tuyen-quang; dùng trong địa chỉ /tinh/<mã>/.", labelEn: "Id", examples: ["tuyen-quang"] }),
    code: documented(code().optional(), {
      title: "Mã số",
      description: "Mã 2 chữ số chính thức của Cục Thống kê, đặt trong dấu nháy kép, ví dụ \"08\". Đơn vị đã hợp nhất giữ mã cũ của nó.",
      labelEn: "Official code",
      examples: ["08"],
    }),
    name: documented(line(80), { title: "Tên", description: "Tên tỉnh, thành phố, không kèm chữ \"tỉnh\" hay \"thành phố\".", labelEn: "Name", examples: ["Tuyên Quang"] }),
    kind: documented(z.enum(provinceKinds).optional(), {
      title: "Loại",
      description: "province (tỉnh) hoặc city (thành phố trực thuộc trung ương), khi bắt đầu hiệu lực. Thay đổi về sau ghi ở kindChanges.",
      labelEn: "Kind",
    }),
    kindChanges: documented(
      z
        .array(
          z.strictObject({
            kind: documented(z.enum(provinceKinds), { title: "Loại mới", description: "province (tỉnh) hoặc city (thành phố trực thuộc trung ương).", labelEn: "New kind" }),
            from: documented(isoDate(), { title: "Từ ngày", description: "Ngày loại mới có hiệu lực (YYYY-MM-DD); ngày trước đó vẫn là loại cũ.", labelEn: "From" }),
            basis: basis("Văn bản quyết định việc thay đổi, ví dụ Nghị quyết số 36/2026/QH16 ngày 24/8/2026 của Quốc hội."),
          }),
        )
        .min(1)
        .optional(),
      {
        title: "Thay đổi loại",
        description: "Mỗi lần đổi loại (ví dụ tỉnh trở thành thành phố trực thuộc trung ương), theo thứ tự thời gian, ngày có hiệu lực và căn cứ.",
        labelEn: "Changes of kind",
      },
    ),
    formerCode: documented(code().optional(), {
      title: "Mã số trước 01/7/2025",
      description: "Với đơn vị mới giữ tên của một đơn vị cũ: mã 2 chữ số của đơn vị cũ cùng tên, ví dụ Bắc Ninh \"27\".",
      labelEn: "Code before 1/7/2025",
    }),
    merger: documented(
      z
        .strictObject({
          date: documented(isoDate(), { title: "Ngày hợp nhất", description: "Ngày đơn vị mới bắt đầu hoạt động (YYYY-MM-DD), ví dụ 2025-07-01.", labelEn: "Date" }),
          basis: basis("Văn bản quyết định việc hợp nhất."),
        })
        .optional(),
      {
        title: "Hợp nhất",
        description: "Với đơn vị được thành lập trên cơ sở hợp nhất: ngày và căn cứ. Các đơn vị cũ là những đơn vị có successor trỏ tới mã này.",
        labelEn: "Merger",
      },
    ),
    ...validity,
    successor: ref("province", { title: "Đơn vị kế thừa", description: "Mã tỉnh, thành phố tiếp nhận sau khi hợp nhất.", labelEn: "Successor" }).optional(),
  })
  .superRefine(...crossFieldRules(...validityRules));

export type Province = z.output<typeof provinceSchema>;
export type ProvinceKind = (typeof provinceKinds)[number];
export const provinceListSchema = z.array(provinceSchema);
