/** Site settings (data/site.yaml). */
import { z } from "zod";
import { editorSchema } from "./editor.ts";
import { documented, email, line, phone, prose, ref, webUrl } from "./fields.ts";

export const siteSchema = z.strictObject({
  name: documented(line(80), { title: "Tên cổng", description: "Tên ngắn của cổng thông tin.", labelEn: "Site name" }),
  tagline: documented(line(200).optional(), { title: "Khẩu hiệu", description: "Dòng giới thiệu dưới tên cổng.", labelEn: "Tagline" }),
  description: documented(prose(600), { title: "Mô tả", description: "Mô tả cổng cho trang chủ và máy tìm kiếm.", labelEn: "Description" }),
  baseUrl: documented(webUrl(), { title: "Địa chỉ gốc", description: "Địa chỉ công khai của cổng, không có đường dẫn con, ví dụ https://nangsuat.example.gov.vn.", labelEn: "Base URL" }),
  pathPrefix: documented(
    z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/).default("/"),
    { title: "Tiền tố đường dẫn", description: "Thư mục con nơi đặt cổng, bắt đầu và kết thúc bằng /, ví dụ /nang-suat/. Mặc định /.", labelEn: "Path prefix" },
  ),
  language: documented(z.literal("vi").default("vi"), { title: "Ngôn ngữ", description: "Ngôn ngữ của nội dung: vi.", labelEn: "Language" }),
  programme: documented(
    z
      .strictObject({
        name: documented(line(300), { title: "Tên chương trình", description: "Tên đầy đủ của chương trình mà cổng phục vụ.", labelEn: "Name" }),
        basis: documented(line(300).optional(), { title: "Căn cứ", description: "Văn bản phê duyệt chương trình, ví dụ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ.", labelEn: "Legal basis" }),
        url: documented(webUrl().optional(), { title: "Trang web", description: "Trang thông tin chính thức của chương trình, bắt đầu bằng https://.", labelEn: "Website" }),
      })
      .optional(),
    { title: "Chương trình", description: "Chương trình mà cổng phục vụ; hiện ở chân mọi trang.", labelEn: "Programme" },
  ),
  publisher: ref("agency", {
    title: "Đơn vị xuất bản",
    description: "Mã cơ quan xuất bản cổng (trong data/agencies.yaml); hiện ở chân trang và trong dữ liệu có cấu trúc cho máy tìm kiếm. Không có thì dùng cơ quan quản lý nội dung.",
    labelEn: "Publisher",
  }).optional(),
  contact: documented(
    z.strictObject({
      organization: ref("agency", { title: "Cơ quan quản lý", description: "Mã cơ quan chịu trách nhiệm nội dung.", labelEn: "Organisation" }).optional(),
      email: documented(email(), { title: "Thư điện tử", description: "Địa chỉ liên hệ của ban biên tập.", labelEn: "E-mail" }),
      phone: documented(phone().optional(), { title: "Điện thoại", description: "Số điện thoại, đặt trong dấu nháy kép.", labelEn: "Phone" }),
      address: documented(line(200).optional(), { title: "Địa chỉ", description: "Địa chỉ liên hệ.", labelEn: "Address" }),
    }),
    { title: "Liên hệ", description: "Thông tin liên hệ ở chân trang.", labelEn: "Contact" },
  ),
  license: documented(
    z.strictObject({
      name: documented(line(120), { title: "Tên giấy phép", description: "Tên đầy đủ, dễ hiểu, ví dụ: Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0).", labelEn: "Name" }),
      url: documented(webUrl(), { title: "Địa chỉ giấy phép", description: "Trang chính thức của giấy phép (https://).", labelEn: "URL" }),
      summary: documented(prose(400).optional(), {
        title: "Tóm tắt",
        description: "Một câu nói người đọc được làm gì và phải làm gì, ví dụ: được sao chép, dùng lại, kể cả cho mục đích thương mại, miễn là ghi nguồn.",
        labelEn: "Summary",
      }),
    }).optional(),
    {
      title: "Giấy phép nội dung và dữ liệu",
      description: "Giấy phép áp dụng cho nội dung và dữ liệu mở của cổng; hiện ở chân trang, trang Dữ liệu mở và trong các tệp JSON.",
      labelEn: "Licence",
    },
  ),
  demoNotice: documented(prose(600).optional(), {
    title: "Thông báo trình diễn",
    description: "Nếu có, hiển thị trên mọi trang: nói rõ nội dung nào là minh họa.",
    labelEn: "Demo notice",
  }),
  editor: documented(editorSchema.optional(), {
    title: "Trình soạn thảo",
    description: "Máy chủ git mà trình soạn thảo trên trình duyệt (/quan-tri/) lưu vào; mỗi thay đổi thành một yêu cầu hợp nhất (pull request). Không có thì /quan-tri/ chỉ là bản thử.",
    labelEn: "Browser editor",
  }),
});

export type Site = z.output<typeof siteSchema>;
