/** Topic hubs: guides, trainings and activities for one topic. */
import { topicGroupLabels } from "../../src/site/labels.ts";
import { byStart } from "../../src/site/sessions.ts";
import { isUpcoming, statusOf } from "../../src/site/status.ts";
import type { Topic } from "../../src/schema/topic.ts";
import { topicGroups } from "../../src/schema/topic.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { ActivityList, GuideCards } from "../components/lists.tsx";
import { SessionCards } from "../components/sessions.tsx";
import { A, PageHeader } from "../components/ui.tsx";
import { topicsSection, trainingUrls } from "../../src/site/urls.ts";

export function TopicListPage({ ctx }: { ctx: PageContext }) {
  const topics = [...ctx.store.topics.values()];
  return (
    <Base ctx={ctx} title="Chủ đề" crumbs={[{ label: "Chủ đề" }]} searchable={false}>
      <PageHeader title="Chủ đề">
        <p class="lead">Hệ thống quản lý, công cụ cải tiến, nông nghiệp, chuyển đổi số và các chủ đề chung của Chương trình.</p>
      </PageHeader>
      {topicGroups.map((g) => {
        const list = topics.filter((t) => (t.group ?? "theme") === g).sort((a, b) => compareVietnamese(a.name, b.name));
        if (!list.length) return null;
        return (
          <section aria-labelledby={`nhom-${g}`}>
            <h2 id={`nhom-${g}`}>{topicGroupLabels[g]}</h2>
            <ul class="plain-list">
              {list.map((t) => (
                <li class="card">
                  <h3 class="card-title">
                    <A ctx={ctx} href={topicsSection.item(t.id)}>{t.name}</A>
                  </h3>
                  {t.summary ? <p>{t.summary}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Base>
  );
}

export function TopicPage({ ctx, topic }: { ctx: PageContext; topic: Topic }) {
  const { store } = ctx;
  const guides = store.guides.filter((g) => g.topics.includes(topic.id)).sort((a, b) => compareVietnamese(a.title, b.title));
  const sessions = store.sessions.filter((s) => s.topics.includes(topic.id)).sort(byStart);
  const upcoming = sessions.filter((s) => isUpcoming(statusOf(store, s)));
  const activities = store.activities.filter((a) => a.topics?.includes(topic.id)).sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <Base ctx={ctx} title={topic.name} description={topic.summary} crumbs={[{ label: "Chủ đề", url: topicsSection.list }, { label: topic.name }]}>
      <PageHeader title={topic.name} kicker={topicGroupLabels[topic.group ?? "theme"]}>
        {topic.summary ? <p class="lead">{topic.summary}</p> : null}
        {topic.standards?.length ? <p>Tiêu chuẩn liên quan: {topic.standards.join("; ")}</p> : null}
      </PageHeader>
      <section aria-labelledby="huong-dan" data-pagefind-ignore="all">
        <h2 id="huong-dan">Hướng dẫn</h2>
        {guides.length ? (
          <GuideCards ctx={ctx} items={guides} />
        ) : (
          <p class="empty">Chưa có hướng dẫn cho chủ đề này.</p>
        )}
      </section>
      <section aria-labelledby="dao-tao" data-pagefind-ignore="all">
        <h2 id="dao-tao">Khóa đào tạo sắp diễn ra</h2>
        <SessionCards ctx={ctx} sessions={upcoming} empty="Chưa có khóa sắp diễn ra cho chủ đề này." />
        {sessions.length ? (
          <p>
            <A ctx={ctx} href={trainingUrls.facet("chu-de", topic.id)}>Tất cả khóa đào tạo về chủ đề này, kể cả đã diễn ra</A>
          </p>
        ) : null}
      </section>
      {activities.length ? (
        <section aria-labelledby="hoat-dong" data-pagefind-ignore="all">
          <h2 id="hoat-dong">Hoạt động</h2>
          <ActivityList ctx={ctx} items={activities} />
        </section>
      ) : null}
    </Base>
  );
}
