/**
 * Naming the legacy encoding of a file that is not UTF-8: a real Vietnamese article saved in
 * each of them reads back whole, and files in other encodings are not misnamed.
 */
import { describe, expect, it } from "vitest";
import { decodeLegacy, guessLegacyEncoding } from "../../src/vi/encodings.ts";
import { toTcvn3, toVni, toWindows1258 } from "../helpers/legacy-encodings.ts";

// Real text: four paragraphs of the news article the demo content is drawn from.
const article = "Các cơ quan, doanh nghiệp, đơn vị sự nghiệp công lập, cơ sở giáo dục đào tạo cử 8 lượt cán bộ tham gia các khóa đào tạo về chuyên gia năng suất chất lượng, giảng viên năng suất chất lượng, cán bộ quản lý năng suất chất lượng.\nĐặc biệt, chú trọng công tác tập huấn nhằm nâng cao nhận thức về năng suất chất lượng, về quản lý đổi mới sáng tạo ISO 56000, về chuyển đổi số và sản xuất thông minh. Hướng dẫn áp dụng các hệ thống quản lý chất lượng, công cụ cải tiến năng suất chất lượng và nhận thức về truy xuất nguồn gốc sản phẩm, hàng hóa.\nNgoài ra, tiếp tục triển khai hỗ trợ áp dụng tiêu chuẩn, quy chuẩn kỹ thuật, hệ thống quản lý, mô hình, công cụ cải tiến năng suất chất lượng, công cụ hỗ trợ cho sản xuất thông minh, dịch vụ thông minh cho các tổ chức, doanh nghiệp trên địa bàn tỉnh.\nTrong đó, chú trọng hướng dẫn, hỗ trợ doanh nghiệp áp dụng các hệ thống quản lý, công cụ cải tiến năng suất chất lượng cơ bản, đẩy mạnh áp dụng các hệ thống quản lý, công cụ cải tiến năng suất chất lượng đặc thù. Tiếp tục tiến hành hỗ trợ doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa, áp dụng thực hành nông nghiệp tốt (G.A.P), thực hành sản xuất nông nghiệp hữu cơ, năng suất xanh...\n";

describe("guessLegacyEncoding", () => {
  it.each([
    ["Windows-1258", toWindows1258],
    ["TCVN3", toTcvn3],
    ["VNI", toVni],
  ] as const)("names %s and reads the whole file back as it was written", (encoding, encode) => {
    const bytes = encode(article);
    expect(guessLegacyEncoding(bytes)).toBe(encoding);
    expect(decodeLegacy(bytes, encoding)).toBe(article.normalize("NFC"));
  });

  it("names each encoding from one line of a form, too", () => {
    const line = "Kế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa của tỉnh Tuyên Quang";
    expect(guessLegacyEncoding(toWindows1258(line))).toBe("Windows-1258");
    expect(guessLegacyEncoding(toTcvn3(line))).toBe("TCVN3");
    expect(guessLegacyEncoding(toVni(line))).toBe("VNI");
  });

  it("judges from the first line with a mark, however far into the file it is", () => {
    const ascii = "title: Ke hoach\n".repeat(8000);
    expect(guessLegacyEncoding(Buffer.concat([Buffer.from(ascii), toVni(article)]))).toBe("VNI");
  });

  it("names none for Western text in Latin-1, or for UTF-8 with one stray byte", () => {
    expect(guessLegacyEncoding(Buffer.from("Café crème brûlée à la française; Straße, größer, Übung", "latin1"))).toBeNull();
    expect(guessLegacyEncoding(Buffer.concat([Buffer.from("Tiêu đề: năng suất và chất lượng "), Buffer.from([0xe0, 0x0a])]))).toBeNull();
  });
});
