/**
 * Provinces: the list of the 34 units, a page per unit (its plans and their progress, its
 * trainings, activities, department and calendar feeds, and the units it was formed from on
 * 1/7/2025), and for each former unit a small page that sends readers to its successor.
 */
import { calendarFeeds } from "../../src/feeds/ical.ts";
import { byStart } from "../../src/site/sessions.ts";
import { isUpcoming, statusLabels, statusOf } from "../../src/site/status.ts";
import { currentProvinceOf, currentProvinces, formedFrom, formedFromText, predecessorsOf, provinceKindOn, provinceTitle, provinceTitleCapitalised } from "../../src/site/provinces.ts";
import { authorityName, documentsOfProvinces, LIBRARY_URL, documentTitle, effectOfDocument } from "../../src/site/library.ts";
import { agenciesSection, portalUrls, provincesSection } from "../../src/site/urls.ts";
import type { Province } from "../../src/schema/province.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { EffectBadge } from "./documents.tsx";
import { TrainingsTileMap } from "./figures.tsx";
import { ActivityList } from "../components/lists.tsx";
import { RedirectPage } from "../components/redirect.tsx";
import { SessionCards } from "../components/sessions.tsx";
import { TargetTable } from "../components/targets.tsx";
import { A, DateText, Facts, PageHeader } from "../components/ui.tsx";

const kindNames = { province: "Tỉnh", city: "Thành phố trực thuộc trung ương" } as const;

/** The day `days` after an ISO date: "a province until 31/8/2026", "merged from 1/7/2025". */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The department of science and technology of a unit, as data/agencies.yaml names it. */
export function departmentOf(ctx: PageContext, id: string) {
  return [...ctx.store.agencies.values()].find((a) => a.province === id && a.kind === "department" && !a.validTo && a.name.startsWith("Sở Khoa học và Công nghệ"));
}

export function ProvinceListPage({ ctx }: { ctx: PageContext }) {
  const { store } = ctx;
  return (
    <Base ctx={ctx} title="Tỉnh, thành phố" crumbs={[{ label: "Tỉnh, thành phố" }]} searchable={false}>
      <PageHeader title="Tỉnh, thành phố">
        <p class="lead">Chương trình được thực hiện tại 34 tỉnh, thành phố trực thuộc trung ương, sắp xếp từ 63 tỉnh, thành phố từ ngày 01/7/2025.</p>
      </PageHeader>
      <TrainingsTileMap ctx={ctx} />
      <h2 id="danh-sach">Danh sách 34 tỉnh, thành phố</h2>
      <ul class="province-list">
        {currentProvinces(store.provinces).map((p) => {
          const from = formedFrom(store.provinces, p).slice(1);
          return (
            <li>
              <A ctx={ctx} href={provincesSection.item(p.id)}>{provinceTitleCapitalised(p, store.today)}</A>
              {from.length ? <span class="meta"> (gồm cả {from.map((u) => `${u.kind === "city" ? "thành phố" : "tỉnh"} ${u.name}`).join(", ")} trước đây)</span> : null}
            </li>
          );
        })}
      </ul>
    </Base>
  );
}

export function ProvincePage({ ctx, province: p }: { ctx: PageContext; province: Province }) {
  const { store } = ctx;
  const ids = new Set([p.id, ...predecessorsOf(store.provinces, p.id).map((q) => q.id)]);
  const title = provinceTitleCapitalised(p, store.today);
  const plans = store.plans.filter((x) => ids.has(x.province));
  const sessions = store.sessions.filter((s) => ids.has(s.province));
  const upcoming = sessions.filter((s) => isUpcoming(statusOf(store, s))).sort(byStart);
  const past = sessions.filter((s) => !upcoming.includes(s)).sort((a, b) => byStart(b, a));
  const activities = store.activities.filter((a) => a.province && ids.has(a.province)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const department = departmentOf(ctx, p.id);
  const documents = documentsOfProvinces(store, ids);
  const feeds = calendarFeeds(store).filter((f) => f.kind === "province" && f.id && ids.has(f.id));
  const formed = formedFrom(store.provinces, p);
  const kinds = [{ kind: p.kind, from: undefined as string | undefined, basis: undefined as string | undefined }, ...(p.kindChanges ?? []).map((c) => ({ kind: c.kind, from: c.from, basis: c.basis }))];
  return (
    <Base ctx={ctx} title={title} description={`Kế hoạch, đào tạo và hoạt động năng suất, chất lượng tại ${provinceTitle(p, store.today)}.`} crumbs={[{ label: "Tỉnh, thành phố", url: provincesSection.list }, { label: title }]}>
      <PageHeader title={title} kicker={provinceKindOn(p, store.today) ? kindNames[provinceKindOn(p, store.today)!] : "Tỉnh, thành phố"}>
        {formed.length > 1 ? (
          // Readers still search the old names: this sentence carries them, weighted for search.
          <p class="lead formed-from" data-pagefind-weight="10">
            Thành lập từ ngày {formatDate(p.merger!.date)} trên cơ sở hợp nhất {formedFromText(store.provinces, p)}
            {p.merger!.basis ? ` (${p.merger!.basis})` : ""}.
          </p>
        ) : null}
        {formed.length > 1 ? (
          // Weighted words for search only (the sentence above says the same to readers):
          // enterprises still search "Quảng Nam", "binh duong", and should land here first.
          <p class="visually-hidden" aria-hidden="true" data-pagefind-weight="10" data-pagefind-meta={`title:${title} (${formed.slice(1).map((u) => u.name).join(", ")} cũ)`}>
            {formed
              .slice(1)
              .map((u) => `${u.name}, ${u.kind === "city" ? "thành phố" : "tỉnh"} ${u.name}, ${u.name} cũ, địa bàn ${u.name}, ${u.name} trước 01/7/2025`)
              .join("; ")}
            ; nay thuộc {provinceTitle(p, store.today)}.
          </p>
        ) : null}
      </PageHeader>
      <Facts
        items={[
          ["Mã số", p.code],
          [
            "Loại đơn vị",
            kinds.length > 1 ? (
              <ul class="plain-list">
                {kinds.map((k, i) => {
                  const next = kinds[i + 1];
                  return (
                    <li>
                      {k.kind ? kindNames[k.kind] : "Tỉnh, thành phố"}
                      {k.from ? <> từ ngày <DateText date={k.from} /></> : null}
                      {next?.from ? <> đến ngày <DateText date={addDays(next.from, -1)} /></> : null}
                      {k.basis ? ` (${k.basis})` : ""}
                    </li>
                  );
                })}
              </ul>
            ) : p.kind ? kindNames[p.kind] : undefined,
          ],
          [
            "Trước ngày 01/7/2025",
            formed.length > 1 ? (
              <ul class="inline-list">
                {formed.map((u) => (
                  <li>
                    {u.id ? <A ctx={ctx} href={provincesSection.item(u.id)}>{`${u.kind === "city" ? "thành phố" : "tỉnh"} ${u.name}`}</A> : `${u.kind === "city" ? "thành phố" : "tỉnh"} ${u.name}`}
                    {u.code ? ` (mã ${u.code})` : ""}
                  </li>
                ))}
              </ul>
            ) : p.formerCode && p.formerCode !== p.code ? `mã ${p.formerCode}` : undefined,
          ],
          ["Cơ quan đầu mối", department ? <A ctx={ctx} href={agenciesSection.item(department.id)}>{department.name}</A> : undefined],
          ["Trang web", department?.url ? <a href={department.url} rel="noopener noreferrer">{department.url}</a> : undefined],
          ["Thư điện tử", department?.email ? <a href={`mailto:${department.email}`}>{department.email}</a> : undefined],
          ["Điện thoại", department?.phone],
        ]}
      />

      <section aria-labelledby="ke-hoach" data-pagefind-ignore="all">
        <h2 id="ke-hoach">Kế hoạch và tiến độ</h2>
        {plans.length ? (
          plans.map((plan) => (
            <article class="plan-summary">
              <h3>
                <A ctx={ctx} href={plan.url}>{plan.title}</A>
              </h3>
              <TargetTable ctx={ctx} plan={plan} caption={`Chỉ tiêu và tiến độ: ${plan.title}`} />
            </article>
          ))
        ) : (
          <p class="empty">Chưa có kế hoạch nào của {provinceTitle(p, store.today)} trên Cổng.</p>
        )}
      </section>

      <section aria-labelledby="van-ban" data-pagefind-ignore="all">
        <h2 id="van-ban">Văn bản</h2>
        {documents.length ? (
          <ul class="plain-list province-documents">
            {documents.map((d) => (
              <li>
                <A ctx={ctx} href={d.url}>{documentTitle(d)}</A> <EffectBadge effect={effectOfDocument(store, d)} />
                <br />
                <span class="meta">
                  {d.summary} · {authorityName(store, d)} ban hành ngày <DateText date={d.issued} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">Thư viện văn bản chưa có văn bản riêng của {provinceTitle(p, store.today)}.</p>
        )}
        <p>
          <A ctx={ctx} href={LIBRARY_URL}>Thư viện văn bản</A>
        </p>
      </section>

      <section aria-labelledby="sap-dien-ra" data-pagefind-ignore="all">
        <h2 id="sap-dien-ra">Khóa đào tạo sắp diễn ra</h2>
        <SessionCards ctx={ctx} sessions={upcoming} empty="Hiện chưa có khóa đào tạo sắp diễn ra." />
        {feeds.length ? (
          <p>
            Theo dõi lịch bằng ứng dụng lịch:{" "}
            {feeds.map((f, i) => (
              <>
                {i ? ", " : ""}
                <a href={ctx.urls.path(f.url)}>{f.name}</a>
              </>
            ))}
            .
          </p>
        ) : null}
      </section>

      {past.length ? (
        <section aria-labelledby="da-dien-ra" data-pagefind-ignore="all">
          <h2 id="da-dien-ra">Khóa đào tạo đã diễn ra</h2>
          <ul class="news-list">
            {past.map((s) => (
              <li>
                <span class="meta">
                  <DateText date={s.start.date} /> · {statusLabels[statusOf(store, s)]}
                  {s.results ? ` · ${s.results.participants} lượt người` : ""}
                </span>
                <A ctx={ctx} href={s.url}>{s.title}</A>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="hoat-dong" data-pagefind-ignore="all">
        <h2 id="hoat-dong">Hoạt động thông tin, tuyên truyền</h2>
        {activities.length ? <ActivityList ctx={ctx} items={activities} /> : <p class="empty">Chưa có tin hoạt động.</p>}
      </section>
      <p>
        <A ctx={ctx} href={portalUrls.figures}>Số liệu của cả nước</A>
      </p>
    </Base>
  );
}

/**
 * A former province's address: a static redirect to the unit it joined, with rel=canonical, so
 * old links and bookmarks keep working and search engines move to the new page.
 */
export function FormerProvincePage({ ctx, province: p }: { ctx: PageContext; province: Province }) {
  const { store } = ctx;
  const to = currentProvinceOf(store.provinces, p.id);
  const target = to ? provincesSection.item(to.id) : provincesSection.list;
  const name = provinceTitle(p, p.validTo ?? store.today);
  const toName = to ? provinceTitle(to, store.today) : "danh sách tỉnh, thành phố";
  const title = `${name[0]!.toUpperCase()}${name.slice(1)} nay thuộc ${toName}`;
  return (
    <RedirectPage ctx={ctx} to={target} title={title}>
      {p.validTo ? `Từ ngày ${formatDate(addDays(p.validTo, 1))}, ` : ""}
      {name} hợp nhất vào {toName}. Trang đã chuyển đến: <a href={ctx.urls.path(target)}>{toName}</a>.
    </RedirectPage>
  );
}
