/** Standing pages, the search page and the 404 page. */
import type { PageItem } from "../../src/store.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, Markdown, PageHeader } from "../components/ui.tsx";

export function StandingPage({ ctx, page }: { ctx: PageContext; page: PageItem }) {
  return (
    <Base ctx={ctx} title={page.title} description={page.summary} crumbs={[{ label: page.title }]}>
      <PageHeader title={page.title}>{page.summary ? <p class="lead">{page.summary}</p> : null}</PageHeader>
      <Markdown ctx={ctx} source={page.body} />
    </Base>
  );
}

export function SearchPage({ ctx }: { ctx: PageContext }) {
  return (
    <Base ctx={ctx} title="Tìm kiếm" crumbs={[{ label: "Tìm kiếm" }]} searchable={false} scripts={[ctx.assets.searchJs]}>
      <PageHeader title="Tìm kiếm">
        <p class="lead">Gõ có dấu hoặc không dấu, ví dụ "dao tao nang suat" sẽ tìm thấy "đào tạo năng suất".</p>
      </PageHeader>
      <form class="search-page-form" role="search" action={ctx.urls.path("/tim-kiem/")} method="get" data-search-form>
        <label for="q">Từ khóa</label>
        <div class="row">
          <input id="q" name="q" type="search" autocomplete="off" />
          <button type="submit">Tìm kiếm</button>
        </div>
      </form>
      <div id="search-results" data-search-results data-bundle={ctx.urls.path("/pagefind/")} aria-live="polite"></div>
      <noscript>
        <p class="notice">
          Tìm kiếm cần JavaScript. Bạn vẫn có thể tìm theo <A ctx={ctx} href="/chu-de/">chủ đề</A>, xem <A ctx={ctx} href="/dao-tao/">lịch đào tạo</A>,{" "}
          <A ctx={ctx} href="/huong-dan/">hướng dẫn</A> hoặc <A ctx={ctx} href="/ke-hoach/">kế hoạch</A>.
        </p>
      </noscript>
    </Base>
  );
}

export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  return (
    <Base ctx={ctx} title="Không tìm thấy trang" searchable={false}>
      <PageHeader title="Không tìm thấy trang">
        <p class="lead">Địa chỉ này không có trên cổng, hoặc trang đã được chuyển đi.</p>
      </PageHeader>
      <p>Bạn có thể:</p>
      <ul>
        <li>
          tìm kiếm:{" "}
          <form class="inline-search" role="search" action={ctx.urls.path("/tim-kiem/")} method="get">
            <label for="nf-q" class="visually-hidden">
              Từ khóa
            </label>
            <input id="nf-q" name="q" type="search" />
            <button type="submit">Tìm</button>
          </form>
        </li>
        <li>
          xem <A ctx={ctx} href="/dao-tao/">lịch đào tạo</A>, <A ctx={ctx} href="/huong-dan/">hướng dẫn</A>, <A ctx={ctx} href="/ke-hoach/">kế hoạch</A> hoặc{" "}
          <A ctx={ctx} href="/tin-tuc/">tin hoạt động</A>;
        </li>
        <li>
          về <A ctx={ctx} href="/">trang chủ</A>.
        </li>
      </ul>
    </Base>
  );
}
