/**
 * Questions and answers: every question grouped by its first topic on /hoi-dap/ (each with an
 * anchor), one page per topic, and one page per question; FAQPage structured data on each.
 * "Đặt câu hỏi" opens the reader's own mail program: a static site sends nothing itself.
 */
import { faqJsonLd } from "../../src/seo/library.ts";
import { documentTitle } from "../../src/site/library.ts";
import { libraryUrls, questionsSection } from "../../src/site/urls.ts";
import type { QuestionItem, Store } from "../../src/store.ts";
import type { Topic } from "../../src/schema/topic.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, AgencyLink, DateText, Markdown, PageHeader } from "../components/ui.tsx";

const byOrder = (a: QuestionItem, b: QuestionItem) => (a.order ?? 999) - (b.order ?? 999) || compareVietnamese(a.question, b.question);

/** Topics that are the first (main) topic of some question, in Vietnamese order. */
export function questionTopics(ctx: PageContext): Topic[] {
  const used = new Set(ctx.store.questions.map((q) => q.topics[0]));
  return [...ctx.store.topics.values()].filter((t) => used.has(t.id)).sort((a, b) => compareVietnamese(a.name, b.name));
}

/** Every topic some question has, for the per-topic pages. */
export function questionTopicsOf(store: Store): Topic[] {
  const used = new Set(store.questions.flatMap((q) => q.topics));
  return [...store.topics.values()].filter((t) => used.has(t.id));
}

/** Where to ask: the site's contact address. The page says plainly that nothing is sent from the site. */
function AskBox({ ctx }: { ctx: PageContext }) {
  const { contact, name } = ctx.store.site;
  const subject = encodeURIComponent(`Câu hỏi gửi ${name}`);
  return (
    <aside class="ask" aria-labelledby="dat-cau-hoi" data-pagefind-ignore="all">
      <h2 id="dat-cau-hoi">Đặt câu hỏi</h2>
      <p>
        Chưa thấy câu trả lời bạn cần? Gửi câu hỏi qua thư điện tử tới{" "}
        <a href={`mailto:${contact.email}?subject=${subject}`}>{contact.email}</a>
        {contact.phone ? (
          <>
            {" "}hoặc gọi <a href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>{contact.phone}</a>
          </>
        ) : null}
        . Xin ghi rõ họ tên, đơn vị, tỉnh hoặc thành phố.
      </p>
      <p class="meta">Cổng thông tin là trang tĩnh: trang không tự gửi hay lưu câu hỏi nào. Liên kết trên mở chương trình thư của chính bạn; câu hỏi được nhiều người quan tâm sẽ được trả lời tại đây.</p>
    </aside>
  );
}

function QuestionEntry({ ctx, q, headingLevel }: { ctx: PageContext; q: QuestionItem; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="question" id={q.id}>
      <H class="question-title">
        <A ctx={ctx} href={q.url}>{q.question}</A>
      </H>
      <Markdown ctx={ctx} source={q.body} />
      <p class="meta">
        Trả lời ngày <DateText date={q.answered} /> · <a href={`#${q.id}`}>Liên kết tới câu hỏi này</a>
      </p>
    </article>
  );
}

export function QuestionListPage({ ctx }: { ctx: PageContext }) {
  const topics = questionTopics(ctx);
  const all = topics.flatMap((t) => ctx.store.questions.filter((q) => q.topics[0] === t.id).sort(byOrder));
  return (
    <Base ctx={ctx} title="Hỏi đáp" crumbs={[{ label: "Hỏi đáp" }]} searchable={false} jsonLd={faqJsonLd(all, questionsSection.list, ctx.urls)}>
      <PageHeader title="Hỏi đáp">
        <p class="lead">Những câu hỏi doanh nghiệp, hợp tác xã thường gửi về năng suất, chất lượng, đào tạo và hỗ trợ của Chương trình, xếp theo chủ đề.</p>
      </PageHeader>
      <nav class="toc" aria-label="Các chủ đề hỏi đáp">
        <ul class="inline-list">
          {topics.map((t) => (
            <li>
              <a href={`#chu-de-${t.id}`}>{t.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {topics.map((t) => (
        <section aria-labelledby={`chu-de-${t.id}`}>
          <h2 id={`chu-de-${t.id}`}>
            {t.name}{" "}
            <span class="meta">
              (<A ctx={ctx} href={libraryUrls.questionTopic(t.id)}>trang riêng của chủ đề</A>)
            </span>
          </h2>
          {ctx.store.questions
            .filter((q) => q.topics[0] === t.id)
            .sort(byOrder)
            .map((q) => (
              <QuestionEntry ctx={ctx} q={q} headingLevel={3} />
            ))}
        </section>
      ))}
      <AskBox ctx={ctx} />
    </Base>
  );
}

/** /hoi-dap/chu-de/<topic>/: every question with that topic, main or not. */
export function QuestionTopicPage({ ctx, topic }: { ctx: PageContext; topic: Topic }) {
  const questions = ctx.store.questions.filter((q) => q.topics.includes(topic.id)).sort(byOrder);
  const url = libraryUrls.questionTopic(topic.id);
  return (
    <Base ctx={ctx} title={`Hỏi đáp: ${topic.name}`} crumbs={[{ label: "Hỏi đáp", url: questionsSection.list }, { label: topic.name }]} searchable={false} jsonLd={faqJsonLd(questions, url, ctx.urls)}>
      <PageHeader title={`Hỏi đáp: ${topic.name}`} kicker="Hỏi đáp">
        <p class="lead">
          Các câu hỏi về chủ đề này. Xem thêm trang chủ đề <A ctx={ctx} href={`/chu-de/${topic.id}/`}>{topic.name}</A>.
        </p>
      </PageHeader>
      {questions.map((q) => (
        <QuestionEntry ctx={ctx} q={q} headingLevel={2} />
      ))}
      <AskBox ctx={ctx} />
    </Base>
  );
}

export function QuestionPage({ ctx, question: q }: { ctx: PageContext; question: QuestionItem }) {
  const { store } = ctx;
  const topic = store.topics.get(q.topics[0]!);
  const guides = (q.guides ?? []).flatMap((id) => store.guides.filter((g) => g.id === id));
  const documents = (q.documents ?? []).flatMap((id) => store.documents.filter((d) => d.id === id));
  return (
    <Base
      ctx={ctx}
      title={q.question}
      ogType="article"
      modified={q.answered}
      jsonLd={faqJsonLd([q], q.url, ctx.urls)}
      crumbs={[{ label: "Hỏi đáp", url: questionsSection.list }, ...(topic ? [{ label: topic.name, url: libraryUrls.questionTopic(topic.id) }] : []), { label: q.question }]}
    >
      <article class="question-page">
        <PageHeader title={q.question} kicker="Hỏi đáp" />
        <section aria-labelledby="tra-loi">
          <h2 id="tra-loi">Trả lời</h2>
          <Markdown ctx={ctx} source={q.body} />
          <p class="meta">
            {q.agency ? (
              <>
                Cơ quan trả lời: <AgencyLink ctx={ctx} id={q.agency} />
              </>
            ) : (
              "Ban biên tập Cổng trả lời dựa trên nội dung đã đăng trên Cổng"
            )}{" "}
            · Ngày trả lời <DateText date={q.answered} />
          </p>
        </section>
        {documents.length || guides.length ? (
          <section aria-labelledby="doc-them" data-pagefind-ignore="all">
            <h2 id="doc-them">Đọc thêm</h2>
            <ul class="plain-list">
              {documents.map((d) => (
                <li>
                  <A ctx={ctx} href={d.url}>{documentTitle(d)}</A> <span class="meta">{d.summary}</span>
                </li>
              ))}
              {guides.map((g) => (
                <li>
                  <A ctx={ctx} href={g.url}>{g.title}</A> <span class="meta">Hướng dẫn</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p data-pagefind-ignore="all">
          <A ctx={ctx} href={`${questionsSection.list}#${q.id}`}>Xem câu hỏi này trong danh sách hỏi đáp</A>
        </p>
      </article>
    </Base>
  );
}
