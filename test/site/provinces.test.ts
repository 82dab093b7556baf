/**
 * The provinces of the bundled data/provinces.yaml across the 2025 reorganisation: the 34
 * units since 1/7/2025 with their official codes, the 63 units before it, where each went, the
 * types that changed in 2026 on their dates, and the departments of science and technology.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { currentProvinceOf, currentProvinces, formedFromText, formerProvinces, provinceKindOn, provinceTitle, resolveProvince } from "../../src/site/provinces.ts";
import type { Store } from "../../src/store.ts";
import { brief, NOW, REPO_ROOT } from "../helpers/project.ts";

/** The bundled store under a build clock set to noon in Vietnam on `day`. */
const storeOn = (day: string): Store => {
  const { store, diagnostics } = loadContent({ root: REPO_ROOT, now: Date.parse(`${day}T12:00:00+07:00`) });
  expect(store, brief(diagnostics).join("\n")).toBeDefined();
  return store!;
};

let store: Store;
beforeAll(() => {
  const result = loadContent({ root: REPO_ROOT, now: NOW });
  expect(brief(result.diagnostics.filter((d) => d.severity === "error"))).toEqual([]);
  store = result.store!;
});

describe("the 34 units since 1/7/2025", () => {
  it("are all there, each with its own official two-digit code", () => {
    const current = currentProvinces(store.provinces);
    expect(current).toHaveLength(34);
    const codes = current.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    // A few codes as published by the Statistics Office (not the old code of the main province).
    const code = (id: string) => store.provinces.get(id)?.code;
    expect([code("ha-noi"), code("tuyen-quang"), code("bac-ninh"), code("da-nang"), code("an-giang"), code("ca-mau")]).toEqual(["01", "08", "24", "48", "91", "96"]);
  });

  it("are 28 provinces and 6 cities in 2025, 25 and 9 once the 2026 changes applied", () => {
    const count = (day: string) => {
      const kinds = currentProvinces(store.provinces).map((p) => provinceKindOn(p, day));
      return [kinds.filter((k) => k === "province").length, kinds.filter((k) => k === "city").length];
    };
    expect(count("2025-07-01")).toEqual([28, 6]);
    expect(count("2026-09-20")).toEqual([25, 9]);
  });

  it("formed by merger name the units they were formed from, the one whose name they kept first", () => {
    expect(formedFromText(store.provinces, store.provinces.get("tuyen-quang")!)).toBe("tỉnh Tuyên Quang và tỉnh Hà Giang");
    expect(formedFromText(store.provinces, store.provinces.get("ho-chi-minh")!)).toBe("thành phố Hồ Chí Minh, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương");
    expect(formedFromText(store.provinces, store.provinces.get("ha-noi")!)).toBe("");
    expect(currentProvinces(store.provinces).filter((p) => p.merger)).toHaveLength(23);
  });
});

describe("the 63 units before 1/7/2025", () => {
  it("are the 29 that lost their name, each ending on 30/6/2025, and the 34 whose name was kept, each with its old code", () => {
    const lost = formerProvinces(store.provinces);
    expect(lost).toHaveLength(29);
    for (const p of lost) expect(p.validTo, p.id).toBe("2025-06-30");
    const kept = currentProvinces(store.provinces).map((p) => p.formerCode);
    const oldCodes = [...lost.map((p) => p.code), ...kept];
    expect(oldCodes).toHaveLength(63);
    expect(new Set(oldCodes).size).toBe(63);
    for (const c of oldCodes) expect(c).toMatch(/^\d{2}$/);
  });

  it("each resolve to exactly one current unit", () => {
    const current = new Set(currentProvinces(store.provinces).map((p) => p.id));
    for (const p of formerProvinces(store.provinces)) {
      const to = currentProvinceOf(store.provinces, p.id);
      expect(to && current.has(to.id), p.id).toBe(true);
      expect(p.successor, p.id).toBe(to!.id);
    }
    const successors = (id: string) => formerProvinces(store.provinces).filter((p) => p.successor === id).map((p) => p.name);
    expect(successors("da-nang")).toEqual(["Quảng Nam"]);
    expect(successors("can-tho")).toEqual(["Hậu Giang", "Sóc Trăng"]);
  });

  it("are found by the names readers still use, with or without diacritics", () => {
    expect(resolveProvince(store.provinces, "quang nam")?.id).toBe("da-nang");
    expect(resolveProvince(store.provinces, "Hà Giang")?.id).toBe("tuyen-quang");
    expect(resolveProvince(store.provinces, "binh-duong")?.id).toBe("ho-chi-minh");
    expect(resolveProvince(store.provinces, "Bà Rịa - Vũng Tàu")?.id).toBe("ho-chi-minh");
    expect(resolveProvince(store.provinces, "tuyen-quang")?.id).toBe("tuyen-quang");
    expect(resolveProvince(store.provinces, "Atlantis")).toBeUndefined();
  });
});

describe("types that changed in 2026 apply on their dates under the build clock", () => {
  const cases: [string, string, string, string][] = [
    ["dong-nai", "2026-04-29", "2026-04-30", "Đồng Nai"],
    ["quang-ninh", "2026-08-31", "2026-09-01", "Quảng Ninh"],
    ["bac-ninh", "2026-09-19", "2026-09-20", "Bắc Ninh"],
  ];
  for (const [id, before, from, name] of cases)
    it(`${name}: a province on ${before}, a city from ${from}`, () => {
      const a = storeOn(before);
      const b = storeOn(from);
      expect(provinceTitle(a.provinces.get(id)!, a.today)).toBe(`tỉnh ${name}`);
      expect(provinceTitle(b.provinces.get(id)!, b.today)).toBe(`thành phố ${name}`);
    });
});

describe("the departments and national bodies", () => {
  it("every current unit has its Department of Science and Technology, named after the 1/3/2025 merger", () => {
    for (const p of currentProvinces(store.provinces)) {
      const departments = [...store.agencies.values()].filter((a) => a.province === p.id && a.kind === "department" && !a.validTo && a.name.startsWith("Sở Khoa học và Công nghệ "));
      expect(departments.map((a) => a.id), p.id).toEqual([`so-khcn-${p.id}`]);
      expect(departments[0]!.name).toBe(`Sở Khoa học và Công nghệ ${provinceTitle(p, "2025-07-01")}`);
    }
  });

  it("the ministry and the national standards, metrology and quality commission are there, without invented addresses", () => {
    expect(store.agencies.get("bo-khcn")?.name).toBe("Bộ Khoa học và Công nghệ");
    expect(store.agencies.get("uy-ban-tcdlcl")?.name).toBe("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia");
    for (const a of store.agencies.values()) if (a.id.startsWith("so-khcn-") && !["so-khcn-tuyen-quang", "so-khcn-da-nang"].includes(a.id)) expect([a.url, a.email, a.phone], a.id).toEqual([undefined, undefined, undefined]);
  });
});
