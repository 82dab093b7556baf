/** Home: what the programme is, upcoming trainings, latest activities, plans, topics, search. */
import { byStart } from "../../src/site/sessions.ts";
import { isUpcoming, statusOf } from "../../src/site/status.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { ActivityList } from "../components/lists.tsx";
import { SessionCards } from "../components/sessions.tsx";
import { PlanEndedNote, TargetTable } from "../components/targets.tsx";
import { A } from "../components/ui.tsx";
import { KeyFigures } from "./figures.tsx";
import { activitiesSection, plansSection, portalUrls, topicsSection, trainingsSection } from "../../src/site/urls.ts";

export function HomePage({ ctx }: { ctx: PageContext }) {
  const { store } = ctx;
  const upcoming = store.sessions.filter((s) => isUpcoming(statusOf(store, s))).sort(byStart).slice(0, 4);
  const latest = [...store.activities].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, 5);
  const topics = [...store.topics.values()].sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <Base ctx={ctx} title={store.site.name} searchable={false}>
      <section class="hero">
        <h1>{store.site.tagline ?? store.site.name}</h1>
        <p class="lead">{store.site.description}</p>
        <form class="hero-search" role="search" action={ctx.urls.path(portalUrls.search)} method="get">
          <label for="home-q">Tìm kiếm (gõ có dấu hoặc không dấu)</label>
          <div class="row">
            <input id="home-q" name="q" type="search" placeholder="Ví dụ: dao tao nang suat, ISO 56000, VietGAP" />
            <button type="submit">Tìm kiếm</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="sap-dien-ra">
        <div class="section-head">
          <h2 id="sap-dien-ra">Khóa đào tạo sắp diễn ra</h2>
          <A ctx={ctx} href={trainingsSection.list}>Xem toàn bộ lịch đào tạo</A>
        </div>
        <SessionCards ctx={ctx} sessions={upcoming} empty="Hiện chưa có khóa đào tạo sắp diễn ra." />
      </section>

      <KeyFigures ctx={ctx} />

      <section aria-labelledby="ke-hoach">
        <div class="section-head">
          <h2 id="ke-hoach">Kế hoạch của các tỉnh</h2>
          <A ctx={ctx} href={plansSection.list}>Tất cả kế hoạch</A>
        </div>
        {store.plans.map((p) => (
          <article class="plan-summary">
            <h3>
              <A ctx={ctx} href={p.url}>{p.title}</A>
            </h3>
            <PlanEndedNote ctx={ctx} plan={p} />
            <TargetTable ctx={ctx} plan={p} caption={`Chỉ tiêu của kế hoạch ${store.provinces.get(p.province)?.name ?? p.title} ${p.period.from}-${p.period.to}`} />
          </article>
        ))}
      </section>

      <section aria-labelledby="tin-moi">
        <div class="section-head">
          <h2 id="tin-moi">Hoạt động thông tin, tuyên truyền</h2>
          <A ctx={ctx} href={activitiesSection.list}>Tất cả tin</A>
        </div>
        <ActivityList ctx={ctx} items={latest} />
      </section>

      <section aria-labelledby="chu-de">
        <h2 id="chu-de">Chủ đề</h2>
        <ul class="topic-grid">
          {topics.map((t) => (
            <li>
              <A ctx={ctx} href={topicsSection.item(t.id)}>{t.name}</A>
            </li>
          ))}
        </ul>
      </section>
    </Base>
  );
}
