/**
 * A plan's targets with progress bars that need no JavaScript (native <progress>). A table on
 * wide screens; on phones each row reads as a card (name, goal, achieved, bar) so that the
 * figures are never hidden behind a sideways scroll (site.css, "Targets as cards").
 */
import { comparatorLabels } from "../../src/site/labels.ts";
import { planEnded, targetProgress, verdictLabel } from "../../src/site/progress.ts";
import type { PlanItem } from "../../src/store.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { formatNumber } from "../../src/vi/text.ts";
import type { PageContext } from "../context.ts";

/** Says once that the plan's period is over and that the figures are final. */
export function PlanEndedNote({ ctx, plan }: { ctx: PageContext; plan: PlanItem }) {
  if (!planEnded(plan, ctx.store.today)) return null;
  return (
    <p class="notice plan-ended">
      Kế hoạch đã kết thúc (giai đoạn {plan.period.from}-{plan.period.to}). Mỗi chỉ tiêu dưới đây được đánh giá <strong>Đạt</strong> hoặc <strong>Không đạt</strong> theo số liệu cuối cùng.
    </p>
  );
}

export function TargetTable({ ctx, plan, caption }: { ctx: PageContext; plan: PlanItem; caption?: string }) {
  const ended = planEnded(plan, ctx.store.today);
  caption ??= ended ? "Chỉ tiêu và kết quả" : "Chỉ tiêu và tiến độ";
  const heads = ended ? ["Chỉ tiêu", "Mục tiêu", "Số liệu cuối cùng", "Kết quả"] : ["Chỉ tiêu", "Mục tiêu", "Đạt được", "Tiến độ"];
  // The labels inside the cells are for sight only: shown on phones, where the header row is
  // hidden and each row is laid out as a card; screen readers keep the table's own headers.
  return (
    <table class={ended ? "targets ended" : "targets"}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {heads.map((h) => (
            <th scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {plan.targets.map((t) => {
          const p = targetProgress(plan, t, ctx.store.sessions, ctx.store.today);
          const goal = `${comparatorLabels[t.comparator]} ${formatNumber(t.value)} ${t.unit}`;
          return (
            <tr id={`chi-tieu-${t.id}`}>
              <th scope="row">
                {t.label}
              </th>
              <td class="goal">
                <span class="cell-label" aria-hidden="true">
                  {heads[1]}:{" "}
                </span>
                {goal}
              </td>
              <td class="reached">
                <span class="cell-label" aria-hidden="true">
                  {heads[2]}:{" "}
                </span>
                {p ? (
                  <>
                    <span class="value">
                      {formatNumber(p.current)} {t.unit}
                    </span>
                    <span class="meta">
                      tính đến {formatDate(p.asOf)}
                      {p.basis === "trainings" ? " (từ các khóa đã hoàn thành)" : p.source ? ` (${p.source})` : ""}
                    </span>
                  </>
                ) : (
                  <span class="meta">Chưa có số liệu</span>
                )}
              </td>
              <td class="progress-cell">
                {p ? (
                  <>
                    <progress max={100} value={p.percent} aria-label={`Tiến độ: ${formatNumber(p.percent)}%`}>
                      {formatNumber(p.percent)}%
                    </progress>
                    <span class="percent">{formatNumber(p.percent)}%</span>
                    <span class={p.met ? "met" : "not-met"}>{verdictLabel(p.met, ended)}</span>
                  </>
                ) : (
                  <span class="meta">{ended ? "Không có số liệu cuối cùng" : "—"}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
