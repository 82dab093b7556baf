/** A plan's target progress: counted from completed linked sessions, or taken from reports. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Target } from "../../src/schema/plan.ts";
import { meets, targetProgress } from "../../src/site/progress.ts";
import type { PlanItem, SessionItem, Store } from "../../src/store.ts";
import { FIXTURES, NOW, TODAY } from "../helpers/project.ts";

let store: Store;
let plan: PlanItem;
beforeAll(() => {
  store = loadContent({ root: join(FIXTURES, "minimal"), now: NOW }).store!;
  plan = store.plans[0]!;
});

const target = (id: string): Target => plan.targets.find((t) => t.id === id)!;

/** A completed session of the fixture's plan, copied from the fixture's completed one. */
const completed = (id: string, end: string, participants: number, extra: Partial<SessionItem> = {}): SessionItem => {
  const base = store.sessions[0]!;
  return { ...base, id, end: { ...base.end, date: end }, results: { participants }, ...extra };
};

describe("targets measured by trainings", () => {
  it("sums the participants of completed sessions of the plan, as of the last one", () => {
    // The fixture: one completed awareness session with 120 participants, ended 2026-03-13.
    expect(targetProgress(plan, target("dao-tao-500-luot"), store.sessions, TODAY)).toEqual({ current: 120, asOf: "2026-03-13", percent: 24, met: false, basis: "trainings" });
  });

  it("counts only completed sessions of this plan that have ended by today", () => {
    const sessions = [
      ...store.sessions,
      completed("a", "2026-06-01", 300),
      completed("b", "2026-07-01", 1000, { plan: "ke-hoach-khac" }),
      completed("c", "2026-12-30", 1000),
      completed("d", "2026-05-01", 1000, { status: "cancelled" }),
      completed("e", "2026-05-01", 1000, { results: undefined }),
    ];
    expect(targetProgress(plan, target("dao-tao-500-luot"), sessions, TODAY)).toEqual({ current: 420, asOf: "2026-06-01", percent: 84, met: false, basis: "trainings" });
  });

  it("is met above the value, and the bar stops at 100%", () => {
    const sessions = [...store.sessions, completed("a", "2026-06-01", 381), completed("b", "2026-04-01", 100)];
    expect(targetProgress(plan, target("dao-tao-500-luot"), sessions, TODAY)).toEqual({ current: 601, asOf: "2026-06-01", percent: 100, met: true, basis: "trainings" });
  });

  it("counts only the listed training kinds", () => {
    const experts: Target = { ...target("dao-tao-500-luot"), id: "chuyen-gia", comparator: ">=", value: 10, trainingKinds: ["expert"] };
    const sessions = [...store.sessions, completed("a", "2026-06-01", 4, { kind: "expert" }), completed("b", "2026-07-01", 3, { kind: "expert" })];
    expect(targetProgress(plan, experts, sessions, TODAY)).toEqual({ current: 7, asOf: "2026-07-01", percent: 70, met: false, basis: "trainings" });
  });

  it("has no progress before any linked session is completed", () => {
    expect(targetProgress(plan, target("dao-tao-500-luot"), store.sessions, "2026-03-12")).toBeUndefined();
    expect(targetProgress(plan, target("dao-tao-500-luot"), [], TODAY)).toBeUndefined();
  });
});

describe("targets measured by reports", () => {
  it("takes the latest report up to today, with its date and source", () => {
    expect(targetProgress(plan, target("ho-tro-30-doanh-nghiep"), store.sessions, TODAY)).toEqual({ current: 31, asOf: "2025-12-31", percent: 100, met: true, basis: "reports", source: "Số liệu minh họa" });
  });

  it("ignores reports dated after today", () => {
    expect(targetProgress(plan, target("ho-tro-30-doanh-nghiep"), store.sessions, "2025-06-01")).toEqual({ current: 18, asOf: "2024-12-31", percent: 60, met: false, basis: "reports", source: "Số liệu minh họa" });
    expect(targetProgress(plan, target("ho-tro-30-doanh-nghiep"), store.sessions, "2024-12-30")).toBeUndefined();
  });

  it("does not depend on the order reports are written in", () => {
    const t = target("ho-tro-30-doanh-nghiep");
    const shuffled: Target = { ...t, reports: [...t.reports!].reverse() };
    expect(targetProgress(plan, shuffled, store.sessions, TODAY)?.current).toBe(31);
  });

  it("rounds the percentage to one decimal", () => {
    const t: Target = { ...target("ho-tro-30-doanh-nghiep"), reports: [{ date: "2025-01-01", value: 10 }] };
    expect(targetProgress(plan, t, store.sessions, TODAY)).toEqual({ current: 10, asOf: "2025-01-01", percent: 33.3, met: false, basis: "reports" });
  });
});

describe("targets without a measure", () => {
  it("have no progress", () => {
    const t: Target = { id: "x", label: "X", comparator: ">", value: 70, unit: "%" };
    expect(targetProgress(plan, t, store.sessions, TODAY)).toBeUndefined();
  });
});

describe("meets", () => {
  it("applies each comparator exactly", () => {
    expect([meets(">", 500, 500), meets(">", 501, 500)]).toEqual([false, true]);
    expect([meets(">=", 9, 10), meets(">=", 10, 10)]).toEqual([false, true]);
    expect([meets("=", 1, 2), meets("=", 2, 2), meets("=", 3, 2)]).toEqual([false, true, false]);
    expect([meets("<=", 5, 5), meets("<=", 6, 5)]).toEqual([true, false]);
  });
});
