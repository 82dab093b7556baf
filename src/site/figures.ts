/**
 * The national picture in numbers, computed once from the store: trainings held and people
 * trained per quarter, per province (all current units) and per topic, sessions by format, and
 * each plan's targets against their progress. The charts, their tables and the home page's key
 * figures all read these, so a chart can never disagree with its table.
 */
import { ascending, group, rollup, sum } from "d3-array";
import { formatLabels } from "./labels.ts";
import { targetProgress, type Progress } from "./progress.ts";
import { currentProvinceOf, currentProvinces, provinceTitle } from "./provinces.ts";
import { trainingFormats } from "../schema/training.ts";
import type { Target } from "../schema/plan.ts";
import type { PlanItem, SessionItem, Store } from "../store.ts";
import { perStore } from "../store.ts";
import { compareVietnamese } from "../vi/text.ts";

/** One row of a chart and of its table. */
export interface Figure {
  /** Stable key: a quarter "2026-Q1", a province or topic id, a format. */
  key: string;
  label: string;
  value: number;
  /** Where the row's subject has its own page. */
  href?: string;
  /** The value as written for readers when it is more than a count ("320 / 500 lượt người (64 %)"). */
  text?: string;
}

export interface TargetFigure {
  plan: PlanItem;
  target: Target;
  progress?: Progress;
}

export interface Figures {
  /** Sessions held (status completed), the basis of every "held" figure. */
  held: readonly SessionItem[];
  totals: { held: number; participants: number; provinces: number; upcoming: number };
  trainingsByQuarter: Figure[];
  participantsByQuarter: Figure[];
  trainingsByProvince: Figure[];
  participantsByProvince: Figure[];
  trainingsByTopic: Figure[];
  sessionsByFormat: Figure[];
  targets: TargetFigure[];
}

/** "2026-Q1" for a date in January-March 2026. */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
/** "Quý 1/2026". */
export const quarterLabel = (key: string): string => `Quý ${key.slice(6)}/${key.slice(0, 4)}`;

/** Every quarter from the first to the last key, so an empty quarter shows as zero, not as a gap. */
function quarterRange(keys: string[]): string[] {
  if (keys.length === 0) return [];
  const sorted = [...keys].sort(ascending);
  const index = (k: string) => Number(k.slice(0, 4)) * 4 + Number(k.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(sorted[0]!); i <= index(sorted.at(-1)!); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

const participants = (list: readonly SessionItem[]) => sum(list, (s) => s.results?.participants ?? 0);

/** The figures of the national picture, worked out once per store. */
export const figures = perStore(figuresOf);

function figuresOf(store: Store): Figures {
  const held = store.sessions.filter((s) => s.status === "completed" && s.end.date <= store.today);
  const byQuarter = group(held, (s) => quarterOf(s.start.date));
  const quarters = quarterRange([...byQuarter.keys()]);
  // Sessions held in a former province count for the unit it joined: the picture is of today's map.
  const byProvince = group(held, (s) => currentProvinceOf(store.provinces, s.province)?.id ?? s.province);
  const provinces = currentProvinces(store.provinces);
  const topicCounts = rollup(
    held.flatMap((s) => s.topics),
    (v) => v.length,
    (t) => t,
  );
  const active = store.sessions.filter((s) => s.status !== "cancelled");
  const formatCounts = rollup(active, (v) => v.length, (s) => s.format);
  const provinceRow = (value: (list: readonly SessionItem[]) => number) =>
    provinces.map((p) => ({ key: p.id, label: provinceTitle(p, store.today).replace(/^thành phố /, "TP ").replace(/^tỉnh /, ""), value: value(byProvince.get(p.id) ?? []), href: `/tinh/${p.id}/` }));
  const result: Figures = {
    held,
    totals: {
      held: held.length,
      participants: participants(held),
      provinces: [...byProvince.keys()].filter((id) => store.provinces.get(id) && !store.provinces.get(id)!.validTo).length,
      upcoming: store.sessions.filter((s) => s.status === "scheduled" && s.end.date >= store.today).length,
    },
    trainingsByQuarter: quarters.map((q) => ({ key: q, label: quarterLabel(q), value: byQuarter.get(q)?.length ?? 0 })),
    participantsByQuarter: quarters.map((q) => ({ key: q, label: quarterLabel(q), value: participants(byQuarter.get(q) ?? []) })),
    trainingsByProvince: provinceRow((l) => l.length),
    participantsByProvince: provinceRow(participants),
    trainingsByTopic: [...store.topics.values()]
      .map((t) => ({ key: t.id, label: t.name, value: topicCounts.get(t.id) ?? 0, href: `/chu-de/${t.id}/` }))
      .filter((f) => f.value > 0)
      .sort((a, b) => b.value - a.value || compareVietnamese(a.label, b.label)),
    sessionsByFormat: trainingFormats.map((f) => ({ key: f, label: formatLabels[f], value: formatCounts.get(f) ?? 0 })),
    targets: store.plans.flatMap((plan) => plan.targets.map((target) => ({ plan, target, ...withProgress(targetProgress(plan, target, store.sessions, store.today)) }))),
  };
  return result;
}

const withProgress = (progress: Progress | undefined) => (progress ? { progress } : {});
