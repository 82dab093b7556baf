/** Training sessions in lists: a card per session, grouped by month. */
import { trainingKindLabels } from "../../src/site/labels.ts";
import { feeText, groupByMonth, sessionPlace, sessionWhen } from "../../src/site/sessions.ts";
import { registrationDeadline, statusLabels, type SessionStatus, statusOf } from "../../src/site/status.ts";
import type { SessionItem } from "../../src/store.ts";
import { currentProvinceOf } from "../../src/site/provinces.ts";
import { formatDate, formatMonth } from "../../src/vi/dates.ts";
import type { PageContext } from "../context.ts";
import { A } from "./ui.tsx";

export function StatusBadge({ status }: { status: SessionStatus }) {
  return <span class={`status status-${status}`}>{statusLabels[status]}</span>;
}

export function SessionCard({ ctx, session: s, headingLevel = 3 }: { ctx: PageContext; session: SessionItem; headingLevel?: 2 | 3 }) {
  const status = statusOf(ctx.store, s);
  const H = headingLevel === 2 ? "h2" : "h3";
  const province = ctx.store.provinces.get(s.province)?.name ?? s.province;
  return (
    <article
      class="card session-card"
      data-province={currentProvinceOf(ctx.store.provinces, s.province)?.id ?? s.province}
      data-kind={s.kind}
      data-format={s.format}
      data-topics={s.topics.join(" ")}
    >
      <div class="card-top">
        <span class="kind">{trainingKindLabels[s.kind]}</span>
        <StatusBadge status={status} />
      </div>
      <H class="card-title">
        <A ctx={ctx} href={s.url}>{s.title}</A>
      </H>
      <dl class="facts compact">
        <div>
          <dt>Thời gian</dt>
          <dd>{sessionWhen(s)}</dd>
        </div>
        <div>
          <dt>Địa điểm</dt>
          <dd>
            {sessionPlace(s)}
            {s.format !== "online" ? ` (${province})` : ""}
          </dd>
        </div>
        <div>
          <dt>Đối tượng</dt>
          <dd>{s.audience}</dd>
        </div>
        <div>
          <dt>Học phí</dt>
          <dd>{feeText(s.fee)}</dd>
        </div>
        {s.seats ? (
          <div>
            <dt>Số chỗ</dt>
            <dd>{s.seats}</dd>
          </div>
        ) : null}
        {status === "open" || status === "closing-soon" ? (
          <div>
            <dt>Hạn đăng ký</dt>
            <dd>{formatDate(registrationDeadline(s))}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}

/** Sessions as a grid of cards; `empty` says so plainly when there are none. */
export function SessionCards({ ctx, sessions, empty, headingLevel }: { ctx: PageContext; sessions: readonly SessionItem[]; empty?: string; headingLevel?: 2 | 3 }) {
  if (!sessions.length) return empty ? <p class="empty">{empty}</p> : null;
  return (
    <div class="cards">
      {sessions.map((s) => (
        <SessionCard ctx={ctx} session={s} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

export function SessionsByMonth({ ctx, sessions }: { ctx: PageContext; sessions: readonly SessionItem[] }) {
  return (
    <>
      {groupByMonth(sessions).map(([month, list]) => (
        <section class="month" aria-labelledby={`thang-${month.slice(0, 7)}`}>
          <h2 id={`thang-${month.slice(0, 7)}`}>{capitalise(formatMonth(month))}</h2>
          <SessionCards ctx={ctx} sessions={list} />
        </section>
      ))}
    </>
  );
}

export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
