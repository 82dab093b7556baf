/** A session's status as readers see it, from the fixed build clock (2026-11-29, 09:00 in Vietnam). */
import { describe, expect, it } from "vitest";
import { CLOSING_SOON_DAYS, isUpcoming, registrationDeadline, sessionStatus, type SessionStatus } from "../../src/site/status.ts";
import type { SessionItem } from "../../src/store.ts";
import { parseMoment, type Moment } from "../../src/vi/dates.ts";
import { NOW, TODAY } from "../helpers/project.ts";

const at = (s: string): Moment => {
  const m = parseMoment(s);
  if (typeof m === "string") throw new Error(`bad moment ${s}`);
  return m;
};

function session(start: string, end: string, extra: Partial<SessionItem> = {}): SessionItem {
  return {
    id: "khoa",
    title: "Khóa học",
    kind: "awareness",
    topics: ["5s"],
    province: "tuyen-quang",
    start: at(start),
    end: at(end),
    format: "in-person",
    venue: { name: "Hội trường" },
    audience: "Doanh nghiệp",
    fee: 0,
    status: "scheduled",
    organizer: "so-khcn-tuyen-quang",
    calendar: "content/trainings/x.yaml",
    url: "/dao-tao/khoa/",
    source: { file: "content/trainings/x.yaml", line: 3 },
    ...extra,
  };
}

const deadline = (d: string) => ({ registration: { deadline: d, email: "a@example.gov.vn" } });
const status = (s: SessionItem): SessionStatus => sessionStatus(s, NOW, TODAY);

describe("sessionStatus on 2026-11-29 at 09:00", () => {
  it("open: the deadline is more than a week away", () => {
    expect(status(session("2026-12-20T08:00", "2026-12-20T16:00", deadline("2026-12-07")))).toBe("open");
  });

  it(`closing-soon: the deadline is within ${CLOSING_SOON_DAYS} days, or today`, () => {
    expect(CLOSING_SOON_DAYS).toBe(7);
    expect(status(session("2026-12-20T08:00", "2026-12-20T16:00", deadline("2026-12-06")))).toBe("closing-soon");
    expect(status(session("2026-12-20T08:00", "2026-12-20T16:00", deadline("2026-11-29")))).toBe("closing-soon");
  });

  it("closed: the deadline has passed, the session has not started", () => {
    expect(status(session("2026-12-01T08:00", "2026-12-01T16:00", deadline("2026-11-28")))).toBe("closed");
  });

  it("without a deadline, registration closes the day before the start", () => {
    expect(status(session("2026-12-20T08:00", "2026-12-20T16:00"))).toBe("open");
    expect(status(session("2026-12-01", "2026-12-01"))).toBe("closing-soon");
    // Starts later today: too late to register, not yet under way.
    expect(status(session("2026-11-29T14:00", "2026-11-29T17:00"))).toBe("closed");
  });

  it("ongoing: started earlier today, or a multi-day session under way", () => {
    expect(status(session("2026-11-29T08:00", "2026-11-29T17:00"))).toBe("ongoing");
    expect(status(session("2026-11-29T09:00", "2026-11-29T17:00"))).toBe("ongoing");
    expect(status(session("2026-11-27", "2026-11-30"))).toBe("ongoing");
    // An all-day session that ends today lasts until midnight.
    expect(status(session("2026-11-28", "2026-11-29"))).toBe("ongoing");
    // An all-day session whose first day is today has begun, whatever its deadline said.
    expect(status(session("2026-11-29", "2026-11-29", deadline("2026-11-20")))).toBe("ongoing");
    expect(status(session("2026-11-29", "2026-11-30"))).toBe("ongoing");
  });

  it("completed: ended (earlier today or before), or marked completed", () => {
    expect(status(session("2026-11-29T07:00", "2026-11-29T08:30"))).toBe("completed");
    expect(status(session("2026-11-20", "2026-11-21"))).toBe("completed");
    expect(status(session("2026-03-12T08:00", "2026-03-13T16:30", { status: "completed", results: { participants: 120 } }))).toBe("completed");
  });

  it("cancelled and postponed whatever the dates", () => {
    for (const [start, end] of [["2026-12-20", "2026-12-20"], ["2026-11-29T08:00", "2026-11-29T17:00"], ["2026-01-10", "2026-01-10"]] as const) {
      expect(status(session(start, end, { status: "cancelled" }))).toBe("cancelled");
      expect(status(session(start, end, { status: "postponed" }))).toBe("postponed");
    }
  });

  it("uses the clock it is given, not the real time", () => {
    const s = session("2026-12-20T08:00", "2026-12-20T16:00", deadline("2026-12-10"));
    expect(sessionStatus(s, Date.parse("2026-12-12T09:00:00+07:00"), "2026-12-12")).toBe("closed");
    expect(sessionStatus(s, Date.parse("2026-12-20T10:00:00+07:00"), "2026-12-20")).toBe("ongoing");
    expect(sessionStatus(s, Date.parse("2026-12-20T16:30:00+07:00"), "2026-12-20")).toBe("completed");
  });
});

describe("registrationDeadline and isUpcoming", () => {
  it("the deadline is the given one, else the day before the start (in Vietnam)", () => {
    expect(registrationDeadline(session("2026-12-20T08:00", "2026-12-20T16:00", deadline("2026-12-10")))).toBe("2026-12-10");
    expect(registrationDeadline(session("2026-12-01T00:30:00+07:00", "2026-12-01T10:00"))).toBe("2026-11-30");
    // 2026-12-01 01:00 UTC is 08:00 on 2026-12-01 in Vietnam.
    expect(registrationDeadline(session("2026-12-01T01:00:00Z", "2026-12-01T10:00"))).toBe("2026-11-30");
    expect(registrationDeadline(session("2026-01-01", "2026-01-01"))).toBe("2025-12-31");
  });

  it("upcoming: a reader can still attend", () => {
    const all: SessionStatus[] = ["open", "closing-soon", "closed", "ongoing", "completed", "cancelled", "postponed"];
    expect(all.filter(isUpcoming)).toEqual(["open", "closing-soon", "closed", "ongoing"]);
  });
});
