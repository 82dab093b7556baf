/**
 * The documents library: the list with its filters (links that work without JavaScript, one
 * page per value; selects that narrow the list in place with it), and one document with its
 * citation line, computed effect, files, relations both ways, and structured data.
 */
import { effectLabels, type Effect } from "../../src/site/effect.ts";
import {
  authorityName,
  byIssued,
  citation,
  citingItems,
  documentById,
  documentTitle,
  effectOfDocument,
  facetNames,
  facetsOf,
  formLabels,
  libraryFacets,
  LIBRARY_URL,
  numberSpellings,
  relationsOf,
  type FacetKey,
  type LibraryFacet,
} from "../../src/site/library.ts";
import { documentJsonLd } from "../../src/seo/library.ts";
import type { DocumentItem } from "../../src/store.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, AgencyLink, AttachmentList, DateText, Facts, formatBytes, Markdown, PageHeader, ProvinceLink, TopicTags } from "../components/ui.tsx";

export function EffectBadge({ effect }: { effect: Effect }) {
  return <span class={`status effect-${effect.status}`}>{effectLabels[effect.status]}</span>;
}

const LEAD = "Văn bản quy phạm pháp luật và văn bản hành chính liên quan đến Chương trình quốc gia về năng suất, chất lượng và các kế hoạch của địa phương. Tình trạng hiệu lực được tính theo ngày có hiệu lực và các văn bản thay thế, bãi bỏ.";

function FacetNav({ ctx, current }: { ctx: PageContext; current?: LibraryFacet }) {
  const facets = libraryFacets(ctx.store);
  return (
    <nav class="facets" aria-label="Lọc văn bản">
      {(Object.keys(facetNames) as FacetKey[]).map((key) => (
        <div class="facet">
          <p class="facet-name">{facetNames[key]}:</p>
          <ul class="inline-list">
            {facets
              .filter((f) => f.key === key)
              .map((f) => (
                <li>
                  <a href={ctx.urls.path(f.url)} aria-current={current?.url === f.url ? "page" : undefined}>
                    {f.label}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function FilterForm({ ctx }: { ctx: PageContext }) {
  const facets = libraryFacets(ctx.store);
  return (
    <form class="filter-form" data-filter-form hidden>
      {(Object.keys(facetNames) as FacetKey[]).map((key) => (
        <label>
          {facetNames[key]}
          <select name={key}>
            <option value="">Tất cả</option>
            {facets
              .filter((f) => f.key === key)
              .map((f) => (
                <option value={f.value}>{f.label}</option>
              ))}
          </select>
        </label>
      ))}
      <button type="submit">Lọc</button>
      <p class="filter-count" aria-live="polite" data-filter-count data-noun="văn bản"></p>
    </form>
  );
}

function DocumentCard({ ctx, doc }: { ctx: PageContext; doc: DocumentItem }) {
  const f = facetsOf(ctx.store, doc);
  return (
    <li class="card" data-filter-item data-loai={f.loai.value} data-co-quan={f["co-quan"].value} data-nam={f.nam.value} data-hieu-luc={f["hieu-luc"].value}>
      <div class="card-top">
        <span class="kind">{formLabels[doc.form]}</span> <EffectBadge effect={effectOfDocument(ctx.store, doc)} />
      </div>
      <h2 class="card-title">
        <A ctx={ctx} href={doc.url}>{documentTitle(doc)}</A>
      </h2>
      <p>{doc.summary}</p>
      <p class="meta">
        {authorityName(ctx.store, doc)} · Ban hành <DateText date={doc.issued} />
      </p>
    </li>
  );
}

/** /van-ban/ and each filter page (/van-ban/loai/quyet-dinh/, …). */
export function DocumentListPage({ ctx, facet }: { ctx: PageContext; facet?: LibraryFacet }) {
  const docs = [...ctx.store.documents].filter((d) => !facet || facetsOf(ctx.store, d)[facet.key].value === facet.value).sort(byIssued);
  const title = facet ? `Văn bản: ${facet.label}` : "Văn bản";
  return (
    <Base ctx={ctx} title={title} crumbs={facet ? [{ label: "Văn bản", url: LIBRARY_URL }, { label: facet.label }] : [{ label: "Văn bản" }]} searchable={false} scripts={facet ? [] : [ctx.assets.filtersJs]}>
      <PageHeader title={facet ? `${facetNames[facet.key]}: ${facet.label}` : "Thư viện văn bản"}>
        <p class="lead">{LEAD}</p>
      </PageHeader>
      <FacetNav ctx={ctx} current={facet} />
      {facet ? (
        <p>
          <A ctx={ctx} href={LIBRARY_URL}>Xem tất cả văn bản</A>
        </p>
      ) : (
        <FilterForm ctx={ctx} />
      )}
      <div data-filter-scope>
        {docs.length ? (
          <ul class="plain-list">
            {docs.map((d) => (
              <DocumentCard ctx={ctx} doc={d} />
            ))}
          </ul>
        ) : (
          <p class="empty">Chưa có văn bản nào.</p>
        )}
        <p class="empty" data-filter-empty hidden>
          Không có văn bản nào phù hợp với bộ lọc.
        </p>
      </div>
    </Base>
  );
}

/** Why a document is (partly) out of force, or what is coming, with links to the documents that act on it. */
function EffectNote({ ctx, effect }: { ctx: PageContext; effect: Effect }) {
  const doc = (id: string | undefined) => documentById(ctx.store, id);
  const cause = (c: Effect["causes"][number]) => {
    const by = doc(c.by);
    const link = by ? <A ctx={ctx} href={by.url}>{documentTitle(by)}</A> : null;
    switch (c.kind) {
      case "expiry":
        return <>hết hiệu lực từ ngày <DateText date={c.from} /> theo quy định của chính văn bản</>;
      case "replaced":
        return <>bị thay thế bởi {link}, từ ngày <DateText date={c.from} /></>;
      case "repealed":
        return <>bị bãi bỏ bởi {link}, từ ngày <DateText date={c.from} /></>;
      case "partly-repealed":
        return <>bị bãi bỏ một phần ({c.part}) bởi {link}, từ ngày <DateText date={c.from} /></>;
    }
  };
  const lines = [...effect.causes.map((c) => ({ c, coming: false })), ...effect.upcoming.map((c) => ({ c, coming: true }))];
  return (
    <div class="effect-note">
      <p>
        <strong>Tình trạng hiệu lực:</strong> <EffectBadge effect={effect} />{" "}
        <span class="meta">
          (tính đến ngày <DateText date={ctx.store.today} />)
        </span>
      </p>
      {lines.length ? (
        <ul>
          {lines.map(({ c, coming }) => (
            <li>
              {coming ? "Sắp " : "Văn bản "}
              {cause(c)}.
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function DocumentPage({ ctx, doc }: { ctx: PageContext; doc: DocumentItem }) {
  const { store } = ctx;
  const effect = effectOfDocument(store, doc);
  const { outgoing, incoming } = relationsOf(store, doc);
  const { plans, activities, questions } = citingItems(store, doc);
  const title = documentTitle(doc);
  const cite = citation(store, doc);
  return (
    <Base
      ctx={ctx}
      title={`${title}: ${doc.summary}`}
      description={doc.summary}
      ogType="article"
      published={doc.issued}
      jsonLd={documentJsonLd(store, doc, ctx.urls)}
      scripts={[ctx.assets.filtersJs]}
      crumbs={[{ label: "Văn bản", url: LIBRARY_URL }, { label: title }]}
    >
      <article class="document library-document">
        <header class="doc-header">
          <p class="issuer">{authorityName(store, doc)}</p>
          <p class="kicker">{formLabels[doc.form]}</p>
          {/* As people name it ("Quyết định 1322/QĐ-TTg"): the heading is the strongest search signal. */}
          <h1 data-pagefind-weight="10">{title}</h1>
          <p class="lead">{doc.summary}</p>
          {/* The number as people type it, weighted so this page ranks above pages that cite it. */}
          <p class="visually-hidden" aria-hidden="true" data-pagefind-weight="10">
            {numberSpellings(doc).join(" · ")}
          </p>
          <EffectNote ctx={ctx} effect={effect} />
          <Facts
            items={[
              ["Số, ký hiệu", doc.number],
              ["Loại văn bản", formLabels[doc.form]],
              ["Cơ quan ban hành", doc.issuer ? <AgencyLink ctx={ctx} id={doc.issuer} /> : doc.authority],
              ["Người ký", doc.signer ? [doc.signerTitle, doc.signer].filter(Boolean).join(" ") : undefined],
              ["Ngày ban hành", <DateText date={doc.issued} />],
              [
                "Ngày có hiệu lực",
                doc.effective ? (
                  <DateText date={doc.effective} />
                ) : (
                  <span class="meta">Chưa cập nhật trên Cổng; tình trạng hiệu lực được tính từ ngày ban hành</span>
                ),
              ],
              ["Ngày hết hiệu lực", doc.expires ? <DateText date={doc.expires} /> : undefined],
              [
                "Áp dụng tại",
                doc.provinces?.length ? (
                  <ul class="inline-list">
                    {doc.provinces.map((id) => (
                      <li>
                        <ProvinceLink ctx={ctx} id={id} />
                      </li>
                    ))}
                  </ul>
                ) : undefined,
              ],
              ["Văn bản gốc", doc.officialUrl ? <a href={doc.officialUrl} rel="noopener noreferrer">{doc.officialUrl}</a> : undefined],
            ]}
          />
          <TopicTags ctx={ctx} ids={doc.topics} />
        </header>

        <section aria-labelledby="trich-dan" class="citation">
          <h2 id="trich-dan">Trích dẫn</h2>
          <p id="trich-dan-van-ban" class="citation-text">
            {cite}
          </p>
          <button type="button" class="copy-button" data-copy="trich-dan-van-ban" hidden>
            Sao chép trích dẫn
          </button>
          <span class="meta" aria-live="polite" data-copy-status></span>
        </section>

        <section aria-labelledby="tep-van-ban">
          <h2 id="tep-van-ban">Tệp văn bản</h2>
          {doc.files?.length ? (
            <AttachmentList ctx={ctx} items={doc.files} />
          ) : (
            <p class="empty">Cổng chưa đăng tệp toàn văn của văn bản này{doc.officialUrl ? "; xem văn bản gốc theo liên kết ở trên" : ""}.</p>
          )}
        </section>

        {doc.body.trim() ? (
          <section aria-labelledby="ghi-chu">
            <h2 id="ghi-chu">Ghi chú</h2>
            <Markdown ctx={ctx} source={doc.body} />
          </section>
        ) : null}

        {outgoing.length || incoming.length || plans.length ? (
          <section aria-labelledby="van-ban-lien-quan" data-pagefind-ignore="all">
            <h2 id="van-ban-lien-quan">Văn bản liên quan</h2>
            <dl class="relations">
              {[...outgoing, ...incoming].map((g) => (
                <div>
                  <dt>{g.label}</dt>
                  <dd>
                    <ul class="plain-list">
                      {g.items.map(({ doc: other, part }) => (
                        <li>
                          <A ctx={ctx} href={other.url}>{documentTitle(other)}</A>
                          {part ? ` (${part})` : ""} <span class="meta">{other.summary}</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
              {plans.length ? (
                <div>
                  <dt>Kế hoạch căn cứ văn bản này</dt>
                  <dd>
                    <ul class="plain-list">
                      {plans.map((p) => (
                        <li>
                          <A ctx={ctx} href={p.url}>{p.title}</A>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}

        {activities.length || questions.length ? (
          <section aria-labelledby="nhac-den" data-pagefind-ignore="all">
            <h2 id="nhac-den">Tin, hỏi đáp nhắc đến văn bản</h2>
            <ul class="plain-list">
              {activities.map((a) => (
                <li>
                  <A ctx={ctx} href={a.url}>{a.title}</A> <span class="meta">Tin hoạt động · <DateText date={a.date} /></span>
                </li>
              ))}
              {questions.map((q) => (
                <li>
                  <A ctx={ctx} href={q.url}>{q.question}</A> <span class="meta">Hỏi đáp</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Base>
  );
}
