import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/feeds/csv.ts";

describe("csvCell", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvCell("Tuyên Quang")).toBe("Tuyên Quang");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('phòng "A"')).toBe('"phòng ""A"""');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell(" lề")).toBe('" lề"');
  });

  it("writes numbers as numbers and nothing for missing values", () => {
    expect(csvCell(1500000)).toBe("1500000");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("prefixes text a spreadsheet would run as a formula", () => {
    for (const bad of ["=1+1", "+84 207", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(bad).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it("normalises to NFC", () => {
    expect(csvCell("Qua\u0309ng Nam")).toBe("Quảng Nam");
  });
});

describe("toCsv", () => {
  it("BOM, header, CRLF rows, read back the same", () => {
    const text = toCsv(["id", "tên"], [["a", "Đà Nẵng, Việt Nam"], ["b", 'Hội trường "A"']]);
    expect(text).toBe('\uFEFFid,tên\r\na,"Đà Nẵng, Việt Nam"\r\nb,"Hội trường ""A"""\r\n');
    expect(parse(text, { bom: true, columns: true })).toEqual([
      { id: "a", tên: "Đà Nẵng, Việt Nam" },
      { id: "b", tên: 'Hội trường "A"' },
    ]);
  });
});
