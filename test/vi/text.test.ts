import { describe, expect, it } from "vitest";
import { compareVietnamese, formatMoney, formatNumber, looksLikeLegacyEncoding } from "../../src/vi/text.ts";
import { slug } from "../../src/vi/slug.ts";

describe("legacy encodings", () => {
  it("finds TCVN3 and VNI text pasted as Unicode", () => {
    expect(looksLikeLegacyEncoding("Qu¶ng Nam vµ Tuyªn Quang")).toBe("TCVN3");
    expect(looksLikeLegacyEncoding("KÕ ho¹ch ®µo t¹o n¨ng suÊt")).toBe("TCVN3");
    expect(looksLikeLegacyEncoding("Quaûng Nam vaø Tuyeân Quang ñaøo taïo")).toBe("VNI");
  });

  it("finds one pasted line inside honest text", () => {
    expect(looksLikeLegacyEncoding("Kế hoạch năm 2026\nKÕ ho¹ch ®µo t¹o n¨ng suÊt\nHết.")).toBe("TCVN3");
  });

  it("leaves honest Vietnamese with units and symbols alone", () => {
    expect(looksLikeLegacyEncoding("Tiêu hao nước 3 m³ trên tấn sản phẩm; bể 2 m³; nhiệt độ 25°C ± 2°C.")).toBeNull();
    expect(looksLikeLegacyEncoding("Đào tạo năng suất, chất lượng cho trên 500 lượt người; rõ ràng, thù lao.")).toBeNull();
    expect(looksLikeLegacyEncoding("Kaizen® và Lean Six Sigma™")).toBeNull();
  });
});

describe("Vietnamese order, numbers and slugs", () => {
  it("sorts with the Vietnamese alphabet, not code points", () => {
    expect(["Đà Nẵng", "Dak Lak", "Ê Đê", "Eo Gió", "An Giang", "Ăn"].sort(compareVietnamese)).toEqual(["An Giang", "Ăn", "Dak Lak", "Đà Nẵng", "Eo Gió", "Ê Đê"]);
  });

  it("formats numbers and money as Vietnamese readers write them", () => {
    expect(formatNumber(1234567.5)).toBe("1.234.567,5");
    expect(formatMoney(1500000)).toBe("1.500.000 ₫");
  });

  it("folds đ to d and drops marks in slugs", () => {
    expect(slug("Đào tạo năng suất, chất lượng")).toBe("dao-tao-nang-suat-chat-luong");
    expect(slug("Áp dụng 5S tại Đà Nẵng")).toBe("ap-dung-5s-tai-da-nang");
  });
});
