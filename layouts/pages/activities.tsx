/** Information and dissemination activities: the list by year, and one activity. */
import { activityKindLabels } from "../../src/site/labels.ts";
import type { ActivityItem } from "../../src/store.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, Attachments, DateText, Facts, Markdown, PageHeader, TopicTags } from "../components/ui.tsx";
import { activitiesSection } from "../../src/site/urls.ts";
import { documentTitle } from "../../src/site/library.ts";

const newestFirst = (a: ActivityItem, b: ActivityItem) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1);

export function ActivityListPage({ ctx }: { ctx: PageContext }) {
  const items = [...ctx.store.activities].sort(newestFirst);
  const years = [...new Set(items.map((a) => a.date.slice(0, 4)))];
  return (
    <Base ctx={ctx} title="Tin hoạt động" crumbs={[{ label: "Tin hoạt động" }]} searchable={false}>
      <PageHeader title="Hoạt động thông tin, tuyên truyền">
        <p class="lead">Văn bản, buổi làm việc, hội nghị, tin đăng website và kết quả tập huấn trong quá trình thực hiện kế hoạch.</p>
      </PageHeader>
      {years.map((y) => (
        <section aria-labelledby={`nam-${y}`}>
          <h2 id={`nam-${y}`}>Năm {y}</h2>
          <ul class="plain-list">
            {items
              .filter((a) => a.date.startsWith(y))
              .map((a) => (
                <li class="card">
                  <p class="meta">
                    <DateText date={a.date} /> · {activityKindLabels[a.kind]}
                  </p>
                  <h3 class="card-title">
                    <A ctx={ctx} href={a.url}>{a.title}</A>
                  </h3>
                  <p>{a.summary}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Base>
  );
}

export function ActivityPage({ ctx, activity: a }: { ctx: PageContext; activity: ActivityItem }) {
  const plan = a.plan ? ctx.store.plans.find((p) => p.id === a.plan) : undefined;
  return (
    <Base ctx={ctx} title={a.title} description={a.summary} ogType="article" crumbs={[{ label: "Tin hoạt động", url: activitiesSection.list }, { label: a.title }]}>
      <article>
        <PageHeader title={a.title} kicker={activityKindLabels[a.kind]}>
          <p class="lead">{a.summary}</p>
          <Facts
            items={[
              ["Ngày", <DateText date={a.date} />],
              ["Địa bàn", a.province ? ctx.store.provinces.get(a.province)?.name : undefined],
              ["Kế hoạch", plan ? <A ctx={ctx} href={plan.url}>{plan.title}</A> : undefined],
              [
                "Văn bản",
                a.documents?.length ? (
                  <ul class="plain-list">
                    {a.documents.flatMap((id) => ctx.store.documents.filter((d) => d.id === id)).map((d) => (
                      <li>
                        <A ctx={ctx} href={d.url}>{documentTitle(d)}</A>
                      </li>
                    ))}
                  </ul>
                ) : undefined,
              ],
            ]}
          />
          <TopicTags ctx={ctx} ids={a.topics} />
        </PageHeader>
        <Markdown ctx={ctx} source={a.body} />
        <Attachments ctx={ctx} items={a.attachments} />
      </article>
    </Base>
  );
}
