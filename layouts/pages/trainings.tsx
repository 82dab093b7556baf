/**
 * The training calendar: upcoming sessions by month, facet pages (province, topic, kind,
 * format) that work without JavaScript, the archive, and one session with all it takes
 * to register.
 */
import type { ComponentChildren } from "preact";
import { addToCalendarLinks, subscribeLinks } from "../../src/feeds/calendar-links.ts";
import { calendarFeeds } from "../../src/feeds/ical.ts";
import { sessionJsonLd } from "../../src/seo/jsonld.ts";
import { formatLabels, trainingKindLabels } from "../../src/site/labels.ts";
import { byStart, feeText, sessionPlace, sessionWhen } from "../../src/site/sessions.ts";
import { isUpcoming, registrationDeadline, statusOf, onlineUrlOf } from "../../src/site/status.ts";
import type { SessionItem, Store } from "../../src/store.ts";
import { perStore } from "../../src/store.ts";
import { trainingsSection, trainingUrls } from "../../src/site/urls.ts";
import { currentProvinceOf, currentProvinces, provinceTitle } from "../../src/site/provinces.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import type { Province } from "../../src/schema/province.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { formatNumber } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { Crumb, PageContext } from "../context.ts";
import { RedirectPage } from "../components/redirect.tsx";
import { SessionCards, SessionsByMonth, StatusBadge } from "../components/sessions.tsx";
import { A, AgencyLink, Facts, Markdown, PageHeader, ProvinceLink, TopicTags } from "../components/ui.tsx";

export type FacetKey = "tinh" | "chu-de" | "loai" | "hinh-thuc";
export interface FacetValue {
  key: FacetKey;
  value: string;
  label: string;
  url: string;
  matches(s: SessionItem): boolean;
}

export const facetNames: Record<FacetKey, string> = { tinh: "Tỉnh, thành phố", "chu-de": "Chủ đề", loai: "Loại khóa", "hinh-thuc": "Hình thức" };

/** Every facet value that has at least one session, in a stable order; computed once per store, since every listing of sessions shows them. */
export const facetValues = (ctx: PageContext): readonly FacetValue[] => facetsOfStore(ctx.store);
const facetsOfStore = perStore(listFacets);

function listFacets(store: Store): FacetValue[] {
  const used = (pred: (s: SessionItem) => boolean) => store.sessions.some(pred);
  const out: FacetValue[] = [];
  // Today's units only, in Vietnamese order: a session in a former unit counts for the unit it joined.
  const current = (s: SessionItem) => currentProvinceOf(store.provinces, s.province)?.id ?? s.province;
  for (const p of currentProvinces(store.provinces))
    if (used((s) => current(s) === p.id)) out.push({ key: "tinh", value: p.id, label: p.name, url: trainingUrls.facet("tinh", p.id), matches: (s) => current(s) === p.id });
  for (const [id, t] of store.topics)
    if (used((s) => s.topics.includes(id))) out.push({ key: "chu-de", value: id, label: t.name, url: trainingUrls.facet("chu-de", id), matches: (s) => s.topics.includes(id) });
  for (const [id, label] of Object.entries(trainingKindLabels))
    if (used((s) => s.kind === id)) out.push({ key: "loai", value: id, label, url: trainingUrls.facet("loai", id), matches: (s) => s.kind === id });
  for (const [id, label] of Object.entries(formatLabels))
    if (used((s) => s.format === id)) out.push({ key: "hinh-thuc", value: id, label, url: trainingUrls.facet("hinh-thuc", id), matches: (s) => s.format === id });
  return out;
}

const split = (ctx: PageContext, sessions: readonly SessionItem[]) => {
  const upcoming: SessionItem[] = [];
  const past: SessionItem[] = [];
  for (const s of [...sessions].sort(byStart)) (isUpcoming(statusOf(ctx.store, s)) ? upcoming : past).push(s);
  return { upcoming, past: past.reverse() };
};

/** The session card's attribute that each facet filters on (layouts/components/sessions.tsx). */
const CARD_ATTRIBUTE: Record<FacetKey, string> = { tinh: "province", "chu-de": "topics", loai: "kind", "hinh-thuc": "format" };

/**
 * The calendar's one filter control: a disclosure (collapsed on phones) holding, for each
 * facet, links to its pages. Without JavaScript the links lead to one page per value. On the
 * whole calendar (`live`), layouts/assets/filters.js turns them into toggles that narrow the
 * cards in place and keep the choice in the URL (/dao-tao/?tinh=…&hinh-thuc=…), so that a
 * filtered view can be shared and survives a reload.
 */
function Filters({ ctx, current, live }: { ctx: PageContext; current?: FacetValue; live: boolean }) {
  const values = facetValues(ctx);
  return (
    <details class="filters" data-filters={live ? "live" : "pages"}>
      <summary>
        Lọc lịch <span class="filter-summary" data-filter-summary>{current ? `: ${current.label}` : ""}</span>
      </summary>
      <nav class="facets" aria-label="Lọc lịch đào tạo">
        {(Object.keys(facetNames) as FacetKey[]).map((key) => (
          <div class="facet">
            <p class="facet-name">{facetNames[key]}:</p>
            <ul class="inline-list">
              {values
                .filter((v) => v.key === key)
                .map((v) => (
                  <li>
                    <a
                      href={ctx.urls.path(v.url)}
                      aria-current={current?.url === v.url ? "page" : undefined}
                      data-key={key}
                      data-slug={v.url.split("/").filter(Boolean).pop()}
                      data-attr={CARD_ATTRIBUTE[key]}
                      data-value={v.value}
                    >
                      {v.label}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        {live ? <ProvinceLookup ctx={ctx} /> : null}
        {live ? (
          <p data-filter-clear hidden>
            <A ctx={ctx} href={trainingsSection.list}>Bỏ lọc, xem toàn bộ lịch</A>
          </p>
        ) : null}
      </nav>
      <p class="filter-count" aria-live="polite" data-filter-count></p>
    </details>
  );
}

/**
 * Choosing a province by typing its name, old or new: enterprises still say "Quảng Nam" or
 * "Hà Giang". Every name the calendar knows is an option, each with the current unit it means
 * and the sentence that says so; layouts/assets/filters.js selects that unit's filter (and
 * accepts an old name or id in the URL, ?tinh=quang-nam, the same way). Shown only where the
 * script runs.
 */
function ProvinceLookup({ ctx }: { ctx: PageContext }) {
  const { provinces, today } = ctx.store;
  const options = [...provinces.values()]
    .map((p) => {
      const to = currentProvinceOf(provinces, p.id);
      return to ? { id: p.id, name: p.name, to: to.id, note: to.id === p.id ? "" : `${p.name} nay thuộc ${provinceTitle(to, today)}` } : undefined;
    })
    .filter((o) => o !== undefined)
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const titles = new Map(currentProvinces(provinces).map((p) => [p.id, provinceTitle(p, today)]));
  return (
    <form class="province-lookup" data-province-lookup hidden>
      <label for="tim-tinh">Tìm theo tên tỉnh, thành phố (cả tên trước ngày 01/7/2025)</label>
      <span class="province-lookup-row">
        <input id="tim-tinh" name="tinh" type="text" list="ten-tinh" autocomplete="off" />
        <button type="submit">Chọn</button>
      </span>
      <datalist id="ten-tinh">
        {options.map((o) => (
          <option value={o.name} data-id={o.id} data-to={o.to} data-note={o.note} data-title={titles.get(o.to)} />
        ))}
      </datalist>
      <p class="filter-note" role="status" data-province-note></p>
    </form>
  );
}

function Calendar({ ctx, title, lead, crumbs, sessions, current, children }: { ctx: PageContext; title: string; lead: string; crumbs: Crumb[]; sessions: readonly SessionItem[]; current?: FacetValue; children?: ComponentChildren }) {
  const { upcoming, past } = split(ctx, sessions);
  return (
    <Base ctx={ctx} title={title} crumbs={crumbs} searchable={false} scripts={[ctx.assets.filtersJs]}>
      <PageHeader title={title}>
        <p class="lead">{lead}</p>
        {children}
      </PageHeader>
      <Filters ctx={ctx} current={current} live={!current} />
      <div data-filter-scope>
        {upcoming.length ? <SessionsByMonth ctx={ctx} sessions={upcoming} /> : <p class="empty">Hiện chưa có khóa sắp diễn ra{current ? ` cho mục "${current.label}"` : ""}.</p>}
        <p class="empty" data-filter-empty hidden>
          Không có khóa nào phù hợp với bộ lọc.
        </p>
      </div>
      {current && past.length ? (
        <section aria-labelledby="da-dien-ra">
          <h2 id="da-dien-ra">Đã diễn ra</h2>
          <ul class="plain-list">
            {past.map((s) => (
              <li>
                <A ctx={ctx} href={s.url}>{s.title}</A> <span class="meta">{sessionWhen(s)}</span> <StatusBadge status={statusOf(ctx.store, s)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <A ctx={ctx} href={trainingUrls.archive}>Các khóa đã diễn ra, đã hủy hoặc tạm hoãn</A>
      </p>
      <Subscribe ctx={ctx} current={current} />
    </Base>
  );
}

/** Links that open a session or a feed in calendar apps; web calendars open safely. */
function CalendarAppLinks({ links }: { links: { label: string; href: string; external?: boolean; download?: boolean }[] }) {
  return (
    <ul class="inline-list">
      {links.map((l) => (
        <li>
          <a href={l.href} rel={l.external ? "noopener noreferrer" : undefined} download={l.download || undefined}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Subscribing to the calendar (or this facet's calendar) in a calendar app. */
function Subscribe({ ctx, current }: { ctx: PageContext; current?: FacetValue }) {
  const feeds = calendarFeeds(ctx.store);
  const feed = (current && feeds.find((f) => f.url === (current.key === "tinh" ? trainingUrls.provinceCalendar(current.value) : current.key === "chu-de" ? trainingUrls.topicCalendar(current.value) : ""))) ?? feeds[0];
  if (!feed) return null;
  const links = subscribeLinks(feed, ctx.urls);
  return (
    <section aria-labelledby="theo-doi-lich" class="add-to-calendar">
      <h2 id="theo-doi-lich">Theo dõi lịch trong ứng dụng lịch</h2>
      <p>{feed.name}: lịch tự cập nhật khi có khóa mới hoặc khi khóa thay đổi.</p>
      <CalendarAppLinks
        links={[
          { label: "Ứng dụng lịch trên máy (webcal)", href: links.webcal },
          { label: "Google Calendar", href: links.google, external: true },
          { label: "Outlook.com", href: links.outlook, external: true },
          { label: "Tệp iCalendar (.ics)", href: ctx.urls.path(feed.url) },
        ]}
      />
    </section>
  );
}

export function CalendarPage({ ctx }: { ctx: PageContext }) {
  return (
    <Calendar
      ctx={ctx}
      title="Lịch đào tạo, tập huấn"
      lead="Các khóa đào tạo chuyên gia, giảng viên, cán bộ quản lý, tập huấn nâng cao nhận thức và hội thảo về năng suất, chất lượng sắp diễn ra."
      crumbs={[{ label: "Lịch đào tạo" }]}
      sessions={ctx.store.sessions}
    />
  );
}

/** A kind's or a format's page at its former English address (/dao-tao/hinh-thuc/in-person/), sending readers to the Vietnamese one. */
export function FormerFacetPage({ ctx, facet }: { ctx: PageContext; facet: FacetValue }) {
  return (
    <RedirectPage ctx={ctx} to={facet.url} title={`Lịch đào tạo: ${facet.label}`}>
      Trang đã chuyển đến địa chỉ mới: <a href={ctx.urls.path(facet.url)}>Lịch đào tạo: {facet.label}</a>.
    </RedirectPage>
  );
}

/** A former province's calendar page, sending readers to the calendar of the unit it joined. */
export function FormerProvinceFacetPage({ ctx, province, facet }: { ctx: PageContext; province: Province; facet: FacetValue }) {
  const to = currentProvinceOf(ctx.store.provinces, province.id);
  const where = to ? provinceTitle(to, ctx.store.today) : facet.label;
  return (
    <RedirectPage ctx={ctx} to={facet.url} title={`${province.name} nay thuộc ${where}`}>
      {province.kind === "city" ? "Thành phố" : "Tỉnh"} {province.name} (trước ngày 01/7/2025) nay thuộc {where}. Lịch đào tạo đã chuyển đến: <a href={ctx.urls.path(facet.url)}>Lịch đào tạo tại {where}</a>.
    </RedirectPage>
  );
}

export function FacetPage({ ctx, facet }: { ctx: PageContext; facet: FacetValue }) {
  return (
    <Calendar
      ctx={ctx}
      title={`Lịch đào tạo: ${facet.label}`}
      lead={`${facetNames[facet.key]}: ${facet.label}.`}
      crumbs={[{ label: "Lịch đào tạo", url: trainingsSection.list }, { label: facet.label }]}
      sessions={ctx.store.sessions.filter(facet.matches)}
      current={facet}
    >
      <p>
        <A ctx={ctx} href={trainingsSection.list}>Bỏ lọc, xem toàn bộ lịch</A>
      </p>
    </Calendar>
  );
}

export function ArchivePage({ ctx }: { ctx: PageContext }) {
  const { past } = split(ctx, ctx.store.sessions);
  return (
    <Base ctx={ctx} title="Khóa đã diễn ra" crumbs={[{ label: "Lịch đào tạo", url: trainingsSection.list }, { label: "Đã diễn ra" }]} searchable={false}>
      <PageHeader title="Khóa đã diễn ra, đã hủy hoặc tạm hoãn">
        <p class="lead">Lưu trữ các khóa đào tạo, tập huấn, mới nhất trước.</p>
      </PageHeader>
      <SessionCards ctx={ctx} sessions={past} empty="Chưa có khóa nào đã diễn ra." headingLevel={2} />
    </Base>
  );
}

export function SessionPage({ ctx, session: s }: { ctx: PageContext; session: SessionItem }) {
  const { store } = ctx;
  const addToCalendar = addToCalendarLinks(store, s, ctx.urls);
  const status = statusOf(store, s);
  const plan = s.plan ? store.plans.find((p) => p.id === s.plan) : undefined;
  const canRegister = status === "open" || status === "closing-soon";
  const r = s.registration;
  const onlineUrl = onlineUrlOf(store, s);
  return (
    <Base
      ctx={ctx}
      title={s.title}
      description={`${trainingKindLabels[s.kind]} · ${sessionWhen(s)} · ${sessionPlace(s)}`}
      crumbs={[{ label: "Lịch đào tạo", url: trainingsSection.list }, { label: s.title }]}
      jsonLd={sessionJsonLd(store, s, ctx.urls)}
    >
      <article class="session">
        <PageHeader title={s.title} kicker={trainingKindLabels[s.kind]}>
          <p>
            <StatusBadge status={status} />
          </p>
        </PageHeader>
        <Facts
          items={[
            ["Thời gian", sessionWhen(s)],
            ["Hình thức", formatLabels[s.format]],
            ["Địa điểm", s.format === "online" ? "Trực tuyến" : sessionPlace(s)],
            ["Tỉnh, thành phố", <ProvinceLink ctx={ctx} id={s.province} />],
            ["Đối tượng", s.audience],
            ["Học phí", feeText(s.fee)],
            ["Số chỗ", s.seats ? formatNumber(s.seats) : undefined],
            ["Hạn đăng ký", status === "cancelled" || status === "completed" ? undefined : formatDate(registrationDeadline(s))],
            ["Đơn vị tổ chức", <AgencyLink ctx={ctx} id={s.organizer} />],
            ["Kế hoạch", plan ? <A ctx={ctx} href={plan.url}>{plan.title}</A> : undefined],
            ["Kết quả", s.results ? `${formatNumber(s.results.participants)} người tham dự` : undefined],
          ]}
        />
        <TopicTags ctx={ctx} ids={s.topics} />

        {status === "cancelled" ? <p class="notice">Khóa này đã bị hủy.</p> : null}
        {status === "postponed" ? <p class="notice">Khóa này tạm hoãn; thời gian mới sẽ được thông báo.</p> : null}

        {r && (canRegister || status === "closed") ? (
          <section aria-labelledby="dang-ky" class="register">
            <h2 id="dang-ky">Đăng ký</h2>
            {status === "closed" ? <p class="notice">Đã hết hạn đăng ký ({formatDate(registrationDeadline(s))}). Có thể liên hệ đơn vị tổ chức nếu còn chỗ.</p> : <p>Đăng ký trước hết ngày {formatDate(registrationDeadline(s))}.</p>}
            <ul class="plain-list">
              {r.url && canRegister ? (
                <li>
                  <a class="button" href={r.url} rel="noopener noreferrer">
                    Đăng ký trực tuyến
                  </a>
                </li>
              ) : null}
              {r.email ? (
                <li>
                  Thư điện tử: <a href={`mailto:${r.email}?subject=${encodeURIComponent(`Đăng ký: ${s.title}`)}`}>{r.email}</a>
                </li>
              ) : null}
              {r.phone ? (
                <li>
                  Điện thoại: <a href={`tel:${r.phone.replace(/[^0-9+]/g, "")}`}>{r.phone}</a>
                </li>
              ) : null}
              {r.contact ? <li>Liên hệ: {r.contact}</li> : null}
            </ul>
          </section>
        ) : null}

        {onlineUrl ? (
          <p>
            Đường dẫn tham dự trực tuyến: <a href={onlineUrl} rel="noopener noreferrer">{onlineUrl}</a>
          </p>
        ) : null}

        {s.description ? (
          <section aria-labelledby="noi-dung-khoa">
            <h2 id="noi-dung-khoa">Nội dung</h2>
            <Markdown ctx={ctx} source={s.description} />
          </section>
        ) : null}

        {status !== "cancelled" ? (
          <section aria-labelledby="them-vao-lich" class="add-to-calendar" data-pagefind-ignore="all">
            <h2 id="them-vao-lich">Thêm vào lịch</h2>
            <CalendarAppLinks
              links={[
                { label: "Tải tệp lịch (.ics)", href: ctx.urls.path(trainingUrls.sessionIcs(s.id)), download: true },
                { label: "Google Calendar", href: addToCalendar.google, external: true },
                { label: "Outlook.com", href: addToCalendar.outlook, external: true },
                { label: "Outlook (Microsoft 365)", href: addToCalendar.office365, external: true },
              ]}
            />
          </section>
        ) : null}
      </article>
    </Base>
  );
}
