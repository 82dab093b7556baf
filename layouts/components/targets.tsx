/** A plan's targets with progress bars that need no JavaScript (native <progress>). */
import { comparatorLabels } from "../../src/site/labels.ts";
import { targetProgress } from "../../src/site/progress.ts";
import type { PlanItem } from "../../src/store.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { formatNumber } from "../../src/vi/text.ts";
import type { PageContext } from "../context.ts";

export function TargetTable({ ctx, plan, caption = "Chỉ tiêu và tiến độ" }: { ctx: PageContext; plan: PlanItem; caption?: string }) {
  const captionId = `bang-chi-tieu-${plan.id}`;
  // On narrow screens the table scrolls: the region takes focus so the keyboard can scroll it.
  return (
    <div class="table-scroll" role="group" tabindex={0} aria-labelledby={captionId}>
      <table class="targets">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Chỉ tiêu</th>
            <th scope="col">Mục tiêu</th>
            <th scope="col">Đạt được</th>
            <th scope="col">Tiến độ</th>
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((t) => {
            const p = targetProgress(plan, t, ctx.store.sessions, ctx.store.today);
            const goal = `${comparatorLabels[t.comparator]} ${formatNumber(t.value)} ${t.unit}`;
            return (
              <tr id={`chi-tieu-${t.id}`}>
                <th scope="row">{t.label}</th>
                <td class="goal">{goal}</td>
                <td class="reached">
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
                      <span class={p.met ? "met" : "not-met"}>{p.met ? "Đã đạt" : "Chưa đạt"}</span>
                    </>
                  ) : (
                    <span class="meta">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
