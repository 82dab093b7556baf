/** Province or centrally-run city (data/provinces.yaml), with its validity across the 2025 merger. */
import { z } from "zod";
import { documented, idString, line, ref, validity } from "./fields.ts";
import { crossFieldRules, validityRules } from "./rules.ts";

export const provinceSchema = z
  .strictObject({
    id: documented(idString(), { title: "Mã tỉnh", description: "Chữ thường không dấu, ví dụ tuyen-quang.", labelEn: "Id", examples: ["tuyen-quang"] }),
    name: documented(line(80), { title: "Tên", description: "Tên tỉnh, thành phố, không kèm chữ \"tỉnh\".", labelEn: "Name", examples: ["Tuyên Quang"] }),
    kind: documented(z.enum(["province", "city"]).optional(), { title: "Loại", description: "province (tỉnh) hoặc city (thành phố trực thuộc trung ương).", labelEn: "Kind" }),
    ...validity,
    successor: ref("province", { title: "Đơn vị kế thừa", description: "Mã tỉnh, thành phố tiếp nhận sau khi hợp nhất.", labelEn: "Successor" }).optional(),
  })
  .superRefine(...crossFieldRules(...validityRules));

export type Province = z.output<typeof provinceSchema>;
export const provinceListSchema = z.array(provinceSchema);
