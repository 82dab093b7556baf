/** Standing pages, the search page and the 404 page. */
import { archiveSummary } from "../../src/search/partitions.ts";
import { filterNames, filterValues, searchRecords, type FilterKey } from "../../src/search/record.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { openDataFiles } from "../../src/feeds/opendata.ts";
import { allKinds, openDataText } from "../../src/kinds/index.ts";
import type { PageItem } from "../../src/store.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, DateText, formatBytes, Markdown, PageHeader } from "../components/ui.tsx";
import { activitiesSection, guidesSection, plansSection, portalUrls, topicsSection, trainingsSection, trainingUrls } from "../../src/site/urls.ts";

export function StandingPage({ ctx, page }: { ctx: PageContext; page: PageItem }) {
  return (
    <Base ctx={ctx} title={page.title} description={page.summary} crumbs={[{ label: page.title }]}>
      <PageHeader title={page.title}>{page.summary ? <p class="lead">{page.summary}</p> : null}</PageHeader>
      <Markdown ctx={ctx} source={page.body} />
    </Base>
  );
}

/** The editors' guide and key reference, published from docs/bien-tap/. */
export function EditorDocPage({ ctx, title, markdown, parent }: { ctx: PageContext; title: string; markdown: string; parent?: { label: string; url: string } }) {
  return (
    <Base ctx={ctx} title={title} crumbs={[...(parent ? [parent] : []), { label: title }]} searchable={false}>
      <PageHeader title={title} kicker="Dành cho biên tập viên" />
      <Markdown ctx={ctx} source={markdown} />
    </Base>
  );
}

/**
 * The search page. Without JavaScript it says that search needs it and offers the topic and
 * calendar pages; with it, layouts/assets/search.js runs the query from the URL. The filters are
 * the facets of the search index (src/search/record.ts), hidden until the script can use them.
 */
/**
 * /du-lieu-mo/: first what a citizen or journalist needs (what the data is, the files with size
 * and date, the licence, how to open the CSV in Excel), then the field reference for
 * programmers, one collapsed block per file.
 */
export function OpenDataPage({ ctx }: { ctx: PageContext }) {
  const { store } = ctx;
  const files = openDataFiles(ctx.urls);
  // Each file's text as the build writes it (the kinds' open data, layouts/routes.tsx): its size is shown.
  const texts = new Map(allKinds.flatMap((k) => k.openData ?? []).map((f) => [f.url, f]));
  const size = (url: string) => {
    const file = texts.get(url);
    return file ? Buffer.byteLength(openDataText(store, ctx.urls, file), "utf8") : 0;
  };
  const license = store.site.license;
  const anchor = (url: string) => url.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const csv = files.find((f) => f.format === "CSV");
  return (
    <Base ctx={ctx} title="Dữ liệu mở" crumbs={[{ label: "Dữ liệu mở" }]} searchable={false}>
      <PageHeader title="Dữ liệu mở">
        <p class="lead">
          Lịch các khóa đào tạo, tập huấn và các kế hoạch của tỉnh, thành phố cùng chỉ tiêu và tiến độ, ở dạng tệp tải về: xem bằng Excel, hoặc dùng cho bài báo, nghiên cứu, phần mềm. Miễn phí, không cần đăng ký.
        </p>
      </PageHeader>

      <section aria-labelledby="tai-ve">
        <h2 id="tai-ve">Tải về</h2>
        <ul class="downloads">
          {files.map((f) => (
            <li class="card">
              <h3 class="card-title">{f.title}</h3>
              <p>{f.description}</p>
              <p>
                <A ctx={ctx} href={f.url} class="button">
                  Tải tệp {f.format}
                </A>{" "}
                <span class="meta">
                  {f.url.split("/").pop()} · {formatBytes(size(f.url))} · cập nhật <DateText date={store.today} />
                </span>
              </p>
            </li>
          ))}
        </ul>
        <p>
          Theo dõi lịch đào tạo trong ứng dụng lịch: <A ctx={ctx} href={trainingUrls.calendar}>lich.ics</A> (iCalendar). Tin mới: <A ctx={ctx} href={portalUrls.feed}>feed.xml</A> (Atom). Các tệp được tạo lại mỗi khi cổng cập nhật.
        </p>
      </section>

      <section aria-labelledby="giay-phep">
        <h2 id="giay-phep">Giấy phép</h2>
        {license ? (
          <p class="license">
            Nội dung và dữ liệu của cổng dùng giấy phép{" "}
            <a href={license.url} rel="license noopener noreferrer">
              {license.name}
            </a>
            . {license.summary ?? ""}
          </p>
        ) : (
          <p class="license">
            Cổng chưa nêu giấy phép cho nội dung và dữ liệu. Trước khi dùng lại, vui lòng liên hệ <a href={`mailto:${store.site.contact.email}`}>{store.site.contact.email}</a>.
          </p>
        )}
      </section>

      {csv ? (
        <section aria-labelledby="mo-bang-excel">
          <h2 id="mo-bang-excel">Mở tệp CSV bằng Excel</h2>
          <ol>
            <li>
              Tải tệp <A ctx={ctx} href={csv.url}>{csv.url.split("/").pop()}</A> ở trên rồi nhấp đúp để mở: tệp mã hóa UTF-8 có dấu BOM nên Excel hiện đúng chữ tiếng Việt, mỗi khóa một dòng.
            </li>
            <li>
              Nếu mọi thứ nằm trong một cột (máy đặt dấu chấm phẩy làm dấu phân cách danh sách): mở Excel trống, chọn <strong>Data › From Text/CSV</strong> (Dữ liệu › Từ Văn bản/CSV), chọn tệp; ở <strong>File Origin</strong> chọn <strong>65001: Unicode (UTF-8)</strong>, ở <strong>Delimiter</strong> chọn <strong>Comma</strong> (dấu phẩy), rồi bấm <strong>Load</strong> (Tải).
            </li>
            <li>
              Google Trang tính: <strong>Tệp › Nhập › Tải lên</strong>, chọn tệp, để "Tự động phát hiện" dấu phân cách.
            </li>
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="mo-ta-truong">
        <h2 id="mo-ta-truong">Mô tả các trường (cho người lập trình)</h2>
        <p>Mỗi tệp JSON có lược đồ JSON Schema đi kèm. Bấm vào từng tệp để xem các trường.</p>
        {files.map((f) => (
          <details class="field-reference">
            <summary>
              Các trường của {f.title} ({f.fields.length} trường)
            </summary>
            {f.schemaUrl ? (
              <p>
                Lược đồ JSON Schema: <A ctx={ctx} href={f.schemaUrl}>{ctx.urls.absolute(f.schemaUrl)}</A>
              </p>
            ) : null}
            <div class="table-scroll" role="group" tabindex={0} aria-labelledby={`truong-${anchor(f.url)}`}>
              <table>
                <caption id={`truong-${anchor(f.url)}`}>Các trường của {f.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Trường</th>
                    <th scope="col">Kiểu</th>
                    <th scope="col">Bắt buộc</th>
                    <th scope="col">Ý nghĩa</th>
                  </tr>
                </thead>
                <tbody>
                  {f.fields.map((field) => (
                    <tr>
                      <th scope="row">
                        <code>{field.name}</code>
                      </th>
                      <td>{field.type}</td>
                      <td>{field.required ? "có" : "không"}</td>
                      <td>{field.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
      </section>
    </Base>
  );
}

export function SearchPage({ ctx }: { ctx: PageContext }) {
  const records = searchRecords(ctx.store);
  const values = filterValues(records.values());
  // Trainings and news older than the cut-off are in one bundle per year (src/search/partitions.ts).
  const archive = ctx.singleSearchIndex ? { cutoff: ctx.store.today, years: [] } : archiveSummary(records.values(), ctx.store.today);
  const span = archive.years.length ? `${archive.years[archive.years.length - 1]}–${archive.years[0]}` : "";
  return (
    <Base ctx={ctx} title="Tìm kiếm" crumbs={[{ label: "Tìm kiếm" }]} searchable={false} modules={[ctx.assets.searchJs]}>
      <PageHeader title="Tìm kiếm">
        <p class="lead">Gõ có dấu hoặc không dấu, ví dụ "dao tao nang suat" sẽ tìm thấy "đào tạo năng suất".</p>
      </PageHeader>
      <form class="search-page-form" role="search" action={ctx.urls.path(portalUrls.search)} method="get" data-search-form>
        <label for="q">Từ khóa</label>
        <div class="row">
          <input id="q" name="q" type="search" autocomplete="off" />
          <button type="submit">Tìm kiếm</button>
        </div>
        <div class="filter-form" role="group" aria-label="Lọc và sắp xếp kết quả" data-search-filters hidden>
          {(Object.keys(filterNames) as FilterKey[]).map((key) => (
            <label>
              {filterNames[key]}
              <select name={key}>
                <option value="">Tất cả</option>
                {values[key].map((v) => (
                  <option value={v}>{v}</option>
                ))}
              </select>
            </label>
          ))}
          <label>
            Sắp xếp
            <select name="sap-xep">
              <option value="">Phù hợp nhất</option>
              <option value="moi-nhat">Mới nhất</option>
              <option value="cu-nhat">Cũ nhất</option>
            </select>
          </label>
          {archive.years.length ? (
            <label class="check">
              <input type="checkbox" name="cac-nam-truoc" value="1" />
              Tìm cả các năm trước ({span})
            </label>
          ) : null}
        </div>
      </form>
      <div
        id="search-results"
        data-search-results
        data-bundle={ctx.urls.path(portalUrls.pagefind)}
        data-vocabulary={ctx.urls.path(portalUrls.searchVocabulary)}
        data-archive-years={archive.years.join(" ")}
        data-archive-cutoff={formatDate(archive.cutoff)}
      >
        <p role="status" data-search-status></p>
        <p class="meta" data-search-scope hidden></p>
        {archive.years.length ? (
          <button type="button" data-search-archive hidden>
            Tìm cả các năm trước ({span})
          </button>
        ) : null}
        <ol class="search-results" data-search-list></ol>
        <button type="button" data-search-more hidden>
          Xem thêm kết quả
        </button>
      </div>
      <noscript>
        <p class="notice">
          Tìm kiếm cần JavaScript. Bạn vẫn có thể tìm theo <A ctx={ctx} href={topicsSection.list}>chủ đề</A>, xem <A ctx={ctx} href={trainingsSection.list}>lịch đào tạo</A>,{" "}
          <A ctx={ctx} href={guidesSection.list}>hướng dẫn</A> hoặc <A ctx={ctx} href={plansSection.list}>kế hoạch</A>.
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
          <form class="inline-search" role="search" action={ctx.urls.path(portalUrls.search)} method="get">
            <label for="nf-q" class="visually-hidden">
              Từ khóa
            </label>
            <input id="nf-q" name="q" type="search" />
            <button type="submit">Tìm</button>
          </form>
        </li>
        <li>
          xem <A ctx={ctx} href={trainingsSection.list}>lịch đào tạo</A>, <A ctx={ctx} href={guidesSection.list}>hướng dẫn</A>, <A ctx={ctx} href={plansSection.list}>kế hoạch</A> hoặc{" "}
          <A ctx={ctx} href={activitiesSection.list}>tin hoạt động</A>;
        </li>
        <li>
          về <A ctx={ctx} href={portalUrls.home}>trang chủ</A>.
        </li>
      </ul>
    </Base>
  );
}
