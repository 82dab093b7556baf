/** Lists of items that several pages show the same way. */
import { activityKindLabels } from "../../src/site/labels.ts";
import type { ActivityItem, GuideItem } from "../../src/store.ts";
import type { PageContext } from "../context.ts";
import { A, DateText } from "./ui.tsx";

/** Activities, one line each: date · kind, then the title. */
export function ActivityList({ ctx, items }: { ctx: PageContext; items: readonly ActivityItem[] }) {
  return (
    <ul class="news-list">
      {items.map((a) => (
        <li>
          <span class="meta">
            <DateText date={a.date} /> · {activityKindLabels[a.kind]}
          </span>
          <A ctx={ctx} href={a.url}>{a.title}</A>
        </li>
      ))}
    </ul>
  );
}

/** Guides as cards: title, summary and, optionally, when they were last updated. */
export function GuideCards({ ctx, items, showUpdated = false }: { ctx: PageContext; items: readonly GuideItem[]; showUpdated?: boolean }) {
  return (
    <ul class="plain-list">
      {items.map((g) => (
        <li class="card">
          <h3 class="card-title">
            <A ctx={ctx} href={g.url}>{g.title}</A>
          </h3>
          <p>{g.summary}</p>
          {showUpdated ? (
            <p class="meta">
              Cập nhật <DateText date={g.updated} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
