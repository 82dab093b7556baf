/** Guidance: the list grouped by topic, and one guide with its table of contents. */
import { renderMarkdown } from "../../src/markdown.ts";
import { guideJsonLd } from "../../src/seo/jsonld.ts";
import { audienceLabels } from "../../src/site/labels.ts";
import { byStart, upcomingByTopic } from "../../src/site/sessions.ts";
import type { GuideItem } from "../../src/store.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { GuideCards } from "../components/lists.tsx";
import { SessionCards } from "../components/sessions.tsx";
import { A, DateText, Facts, PageHeader, Prose, TopicTags } from "../components/ui.tsx";
import { guidesSection, topicsSection } from "../../src/site/urls.ts";

export function GuideListPage({ ctx }: { ctx: PageContext }) {
  const topics = [...ctx.store.topics.values()].sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <Base ctx={ctx} title="Hướng dẫn" crumbs={[{ label: "Hướng dẫn" }]} searchable={false}>
      <PageHeader title="Hướng dẫn áp dụng">
        <p class="lead">Hướng dẫn thực hành về hệ thống quản lý, công cụ cải tiến, nông nghiệp tốt, truy xuất nguồn gốc và chuyển đổi số, xếp theo chủ đề.</p>
      </PageHeader>
      <nav class="toc" aria-label="Các chủ đề">
        <ul class="inline-list">
          {topics
            .filter((t) => ctx.store.guides.some((g) => g.topics[0] === t.id))
            .map((t) => (
              <li>
                <a href={`#chu-de-${t.id}`}>{t.name}</a>
              </li>
            ))}
        </ul>
      </nav>
      {topics.map((t) => {
        // Each guide is listed once, under its first (main) topic.
        const guides = ctx.store.guides.filter((g) => g.topics[0] === t.id).sort((a, b) => compareVietnamese(a.title, b.title));
        if (!guides.length) return null;
        return (
          <section aria-labelledby={`chu-de-${t.id}`}>
            <h2 id={`chu-de-${t.id}`}>{t.name}</h2>
            <GuideCards ctx={ctx} items={guides} showUpdated />
          </section>
        );
      })}
    </Base>
  );
}

export function GuidePage({ ctx, guide }: { ctx: PageContext; guide: GuideItem }) {
  const { html, headings } = renderMarkdown(guide.body, ctx.urls.path);
  const byTopic = upcomingByTopic(ctx.store);
  const related = [...new Set(guide.topics.flatMap((t) => byTopic.get(t)?.slice(0, 3) ?? []))].sort(byStart).slice(0, 3);
  const plan = guide.plan ? ctx.store.plans.find((p) => p.id === guide.plan) : undefined;
  const mainTopic = ctx.store.topics.get(guide.topics[0]!);
  return (
    <Base
      ctx={ctx}
      title={guide.title}
      description={guide.summary}
      ogType="article"
      modified={guide.updated}
      jsonLd={guideJsonLd(ctx.store, guide, ctx.urls)}
      crumbs={[{ label: "Hướng dẫn", url: guidesSection.list }, ...(mainTopic ? [{ label: mainTopic.name, url: topicsSection.item(mainTopic.id) }] : []), { label: guide.title }]}
    >
      <article class="guide">
        <PageHeader title={guide.title} kicker="Hướng dẫn">
          <p class="lead">{guide.summary}</p>
          <Facts
            items={[
              ["Cập nhật", <DateText date={guide.updated} />],
              ["Rà soát", guide.reviewed ? <DateText date={guide.reviewed} /> : undefined],
              ["Tiêu chuẩn", guide.standards?.join("; ")],
              ["Dành cho", guide.audience?.map((a) => audienceLabels[a]).join(", ")],
              ["Kế hoạch", plan ? <A ctx={ctx} href={plan.url}>{plan.title}</A> : undefined],
            ]}
          />
          <TopicTags ctx={ctx} ids={guide.topics} />
        </PageHeader>
        {headings.length > 1 ? (
          <nav class="toc" aria-labelledby="muc-luc" data-pagefind-ignore="all">
            <h2 id="muc-luc">Mục lục</h2>
            <ol>
              {headings
                .filter((h) => h.level === 2)
                .map((h) => (
                  <li>
                    <a href={`#${h.id}`}>{h.text}</a>
                  </li>
                ))}
            </ol>
          </nav>
        ) : null}
        <Prose html={html} />
        {related.length ? (
          <aside aria-labelledby="khoa-lien-quan" class="related" data-pagefind-ignore="all">
            <h2 id="khoa-lien-quan">Khóa đào tạo liên quan sắp diễn ra</h2>
            <SessionCards ctx={ctx} sessions={related} />
          </aside>
        ) : null}
      </article>
    </Base>
  );
}
