/** Progress of a plan's targets: from completed linked trainings, or from reports. */
import type { Target } from "../schema/plan.ts";
import type { PlanItem, SessionItem } from "../store.ts";
import type { IsoDate } from "../vi/dates.ts";
import { remember, type Remembered } from "../reads.ts";

export interface Progress {
  /** Value reached so far. */
  current: number;
  /** The date the value was last measured. */
  asOf: IsoDate;
  /** Share of the target reached, 0-100 (for the bar). */
  percent: number;
  /** Whether the target's condition holds. */
  met: boolean;
  /** Where the figure comes from. */
  basis: "trainings" | "reports";
  source?: string;
}

export function meets(comparator: Target["comparator"], current: number, value: number): boolean {
  switch (comparator) {
    case ">":
      return current > value;
    case ">=":
      return current >= value;
    case "=":
      return current === value;
    case "<=":
      return current <= value;
  }
}

/** Sessions by plan, indexed once per list: every target of every plan looks its sessions up. */
const byPlan = new WeakMap<readonly SessionItem[], Remembered<Map<string, SessionItem[]>>>();
function sessionsOfPlan(sessions: readonly SessionItem[], plan: string): readonly SessionItem[] {
  const index = remember(byPlan, sessions, () => {
    const index = new Map<string, SessionItem[]>();
    for (const s of sessions) {
      if (!s.plan) continue;
      const list = index.get(s.plan);
      if (list) list.push(s);
      else index.set(s.plan, [s]);
    }
    return index;
  });
  return index.get(plan) ?? [];
}

export function targetProgress(plan: PlanItem, target: Target, sessions: readonly SessionItem[], today: IsoDate): Progress | undefined {
  let current: number;
  let asOf: IsoDate;
  let source: string | undefined;
  if (target.measure === "trainings") {
    const counted = sessionsOfPlan(sessions, plan.id).filter(
      (s) => s.status === "completed" && s.results && s.end.date <= today && (!target.trainingKinds || target.trainingKinds.includes(s.kind)),
    );
    if (counted.length === 0) return undefined;
    current = counted.reduce((sum, s) => sum + (s.results?.participants ?? 0), 0);
    asOf = counted.reduce((max, s) => (s.end.date > max ? s.end.date : max), counted[0]!.end.date);
  } else if (target.measure === "reports" && target.reports?.length) {
    const past = target.reports.filter((r) => r.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
    const last = past[past.length - 1];
    if (!last) return undefined;
    current = last.value;
    asOf = last.date;
    source = last.source;
  } else return undefined;
  const percent = target.value === 0 ? 100 : Math.min(100, Math.round((current / target.value) * 1000) / 10);
  return { current, asOf, percent, met: meets(target.comparator, current, target.value), basis: target.measure, ...(source ? { source } : {}) };
}

/**
 * Whether a plan's period is over: its status says so, or its last year has passed. After the
 * period a target is no longer "not yet met" but met or missed, with the final figure.
 */
export function planEnded(plan: PlanItem, today: IsoDate): boolean {
  return plan.status === "completed" || plan.status === "superseded" || Number(today.slice(0, 4)) > plan.period.to;
}

/** The words a reader sees for a target: while the plan runs, "met" or "not yet"; after it, the verdict. */
export function verdictLabel(met: boolean, ended: boolean): string {
  if (ended) return met ? "Đạt" : "Không đạt";
  return met ? "Đã đạt" : "Chưa đạt";
}
