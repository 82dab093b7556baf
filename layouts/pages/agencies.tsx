/** Agencies: the list, and one agency with what it leads, organises and issued. */
import { agencyKindLabels } from "../../src/site/labels.ts";
import { byStart, sessionWhen } from "../../src/site/sessions.ts";
import type { Agency } from "../../src/schema/agency.ts";
import { agencyKinds } from "../../src/schema/agency.ts";
import { agencyJsonLd } from "../../src/seo/jsonld.ts";
import { compareVietnamese } from "../../src/vi/text.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { A, AgencyLink, DateText, Facts, PageHeader, ProvinceLink } from "../components/ui.tsx";
import { agenciesSection } from "../../src/site/urls.ts";

export function AgencyListPage({ ctx }: { ctx: PageContext }) {
  const all = [...ctx.store.agencies.values()];
  return (
    <Base ctx={ctx} title="Cơ quan, tổ chức" crumbs={[{ label: "Cơ quan, tổ chức" }]} searchable={false}>
      <PageHeader title="Cơ quan, tổ chức">
        <p class="lead">Cơ quan ban hành, chủ trì, phối hợp và tổ chức đào tạo; kể cả các cơ quan đã hợp nhất trong năm 2025 và cơ quan kế thừa.</p>
      </PageHeader>
      {agencyKinds.map((k) => {
        const list = all.filter((a) => a.kind === k).sort((a, b) => compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : 1));
        if (!list.length) return null;
        return (
          <section aria-labelledby={`loai-${k}`}>
            <h2 id={`loai-${k}`}>{agencyKindLabels[k]}</h2>
            <ul class="plain-list">
              {list.map((a) => (
                <li>
                  <A ctx={ctx} href={agenciesSection.item(a.id)}>{a.name}</A>
                  {a.validTo ? (
                    <span class="meta">
                      {" "}
                      (đến <DateText date={a.validTo} />)
                    </span>
                  ) : a.validFrom ? (
                    <span class="meta">
                      {" "}
                      (từ <DateText date={a.validFrom} />)
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Base>
  );
}

export function AgencyPage({ ctx, agency: a }: { ctx: PageContext; agency: Agency }) {
  const { store } = ctx;
  const issued = store.plans.filter((p) => p.issuer === a.id);
  const leads = store.plans.filter((p) => p.lead === a.id);
  const partners = store.plans.filter((p) => p.partners?.includes(a.id));
  const sessions = store.sessions.filter((s) => s.organizer === a.id).sort(byStart);
  const predecessors = [...store.agencies.values()].filter((x) => x.successor === a.id);
  const ended = a.validTo !== undefined && a.validTo < store.today;
  const planList = (title: string, id: string, list: typeof issued) =>
    list.length ? (
      <section aria-labelledby={id} data-pagefind-ignore="all">
        <h2 id={id}>{title}</h2>
        <ul class="plain-list">
          {list.map((p) => (
            <li>
              <A ctx={ctx} href={p.url}>{p.title}</A>
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  return (
    <Base ctx={ctx} title={a.name} crumbs={[{ label: "Cơ quan, tổ chức", url: agenciesSection.list }, { label: a.shortName ?? a.name }]} jsonLd={agencyJsonLd(store, a.id, ctx.urls)}>
      <PageHeader title={a.name} kicker={agencyKindLabels[a.kind]}>
        {ended && a.successor ? (
          <p class="notice">
            Cơ quan này hoạt động đến ngày <DateText date={a.validTo!} />. Chức năng, nhiệm vụ nay do <AgencyLink ctx={ctx} id={a.successor} /> tiếp tục thực hiện.
          </p>
        ) : null}
      </PageHeader>
      <Facts
        items={[
          ["Tên viết tắt", a.shortName],
          ["Tỉnh, thành phố", a.province ? <ProvinceLink ctx={ctx} id={a.province} /> : undefined],
          ["Hoạt động từ", a.validFrom ? <DateText date={a.validFrom} /> : undefined],
          ["Hoạt động đến", a.validTo ? <DateText date={a.validTo} /> : undefined],
          ["Cơ quan kế thừa", a.successor ? <AgencyLink ctx={ctx} id={a.successor} /> : undefined],
          [
            "Tiếp nhận từ",
            predecessors.length ? (
              <ul class="inline-list">
                {predecessors.map((p) => (
                  <li>
                    <AgencyLink ctx={ctx} id={p.id} />
                  </li>
                ))}
              </ul>
            ) : undefined,
          ],
          ["Trang web", a.url ? <a href={a.url} rel="noopener noreferrer">{a.url}</a> : undefined],
          ["Thư điện tử", a.email ? <a href={`mailto:${a.email}`}>{a.email}</a> : undefined],
          ["Điện thoại", a.phone],
        ]}
      />
      {planList("Kế hoạch ban hành", "ban-hanh", issued)}
      {planList("Kế hoạch chủ trì", "chu-tri", leads)}
      {planList("Kế hoạch phối hợp", "phoi-hop", partners)}
      {sessions.length ? (
        <section aria-labelledby="to-chuc" data-pagefind-ignore="all">
          <h2 id="to-chuc">Khóa đào tạo tổ chức</h2>
          <ul class="plain-list">
            {sessions.map((s) => (
              <li>
                <A ctx={ctx} href={s.url}>{s.title}</A> <span class="meta">{sessionWhen(s)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Base>
  );
}
