import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/markdown.ts";
import { isAllDay, sessionTimes, sessionWhen, vietnamIso } from "../../src/site/sessions.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { parseMoment, type Moment } from "../../src/vi/dates.ts";

const m = (s: string): Moment => parseMoment(s) as Moment;
const urls = siteUrls({ baseUrl: "https://nangsuat.example.gov.vn", pathPrefix: "/ns/" });

describe("times", () => {
  it("an instant in Vietnam's offset", () => {
    expect(vietnamIso(Date.parse("2026-12-21T23:30:00Z"))).toBe("2026-12-22T06:30:00+07:00");
  });

  it("all-day when either end is a date", () => {
    expect(isAllDay({ start: m("2026-03-12"), end: m("2026-03-13") })).toBe(true);
    expect(isAllDay({ start: m("2026-03-12"), end: m("2026-03-13T12:00") })).toBe(true);
    expect(sessionTimes({ start: m("2026-03-12T08:00:00Z"), end: m("2026-03-12T10:00:00Z") })).toEqual({ allDay: false, start: "2026-03-12T15:00:00+07:00", end: "2026-03-12T17:00:00+07:00" });
  });

  it("as readers see them", () => {
    expect(sessionWhen({ start: m("2026-03-12T08:00"), end: m("2026-03-12T16:30") })).toBe("12/03/2026, 08:00–16:30");
    expect(sessionWhen({ start: m("2026-03-12T08:00"), end: m("2026-03-13T11:30") })).toBe("12/03/2026 08:00 – 13/03/2026 11:30");
    expect(sessionWhen({ start: m("2026-03-12"), end: m("2026-03-12") })).toBe("12/03/2026 (cả ngày)");
    expect(sessionWhen({ start: m("2026-03-12"), end: m("2026-03-14") })).toBe("12/03/2026 – 14/03/2026");
  });
});

describe("markdownToText", () => {
  it("keeps paragraphs and list items on their lines, and links as text (absolute address)", () => {
    const text = markdownToText("Chương trình **hai ngày**:\n\n1. Ngày một\n2. Ngày hai\n\n- [Hướng dẫn](/huong-dan/5s/)\n- <https://example.gov.vn>\n\n## Liên hệ\n\nGọi [0207 3822 555](tel:02073822555).", urls);
    expect(text).toBe(
      [
        "Chương trình hai ngày:",
        "",
        "1. Ngày một",
        "2. Ngày hai",
        "",
        "- Hướng dẫn (https://nangsuat.example.gov.vn/ns/huong-dan/5s/)",
        "- https://example.gov.vn",
        "",
        "Liên hệ",
        "",
        "Gọi 0207 3822 555 (tel:02073822555).",
      ].join("\n"),
    );
  });

  it("shows HTML in the source as text, never as markup to run", () => {
    expect(markdownToText("a <script>alert(1)</script> b", urls)).toBe("a <script>alert(1)</script> b");
  });
});
