/** Plans: the list and one plan with its document header, targets and linked work. */
import { renderMarkdown } from "../../src/markdown.ts";
import { planStatusLabels, trainingKindLabels } from "../../src/site/labels.ts";
import { byStart, sessionWhen } from "../../src/site/sessions.ts";
import { statusOf } from "../../src/site/status.ts";
import type { ActivityItem, PlanItem, SessionItem, Store } from "../../src/store.ts";
import { perStore } from "../../src/store.ts";
import { group } from "d3-array";
import { documentTitle } from "../../src/site/library.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { ActivityList } from "../components/lists.tsx";
import { StatusBadge } from "../components/sessions.tsx";
import { PlanEndedNote, TargetTable } from "../components/targets.tsx";
import { A, AgencyLink, Attachments, DateText, Facts, Markdown, PageHeader, ProvinceLink } from "../components/ui.tsx";
import { agenciesSection, plansSection } from "../../src/site/urls.ts";

export function PlanListPage({ ctx }: { ctx: PageContext }) {
  return (
    <Base ctx={ctx} title="Kế hoạch" crumbs={[{ label: "Kế hoạch" }]} searchable={false}>
      <PageHeader title="Kế hoạch thực hiện Chương trình">
        <p class="lead">Kế hoạch của các tỉnh, thành phố thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa.</p>
      </PageHeader>
      <ul class="plain-list">
        {ctx.store.plans.map((p) => (
          <li class="card">
            <h2 class="card-title">
              <A ctx={ctx} href={p.url}>{p.title}</A>
            </h2>
            <p class="meta">
              {ctx.store.agencies.get(p.issuer)?.name} · Giai đoạn {p.period.from}-{p.period.to} · {planStatusLabels[p.status]}
            </p>
          </li>
        ))}
      </ul>
    </Base>
  );
}

/** "now carried on by …": follows successors from the issuer to the agency in office today. */
export function currentSuccessor(ctx: PageContext, id: string): string | undefined {
  let current = ctx.store.agencies.get(id);
  const seen = new Set<string>();
  let last: string | undefined;
  while (current?.validTo && current.validTo < ctx.store.today && current.successor && !seen.has(current.successor)) {
    seen.add(current.successor);
    last = current.successor;
    current = ctx.store.agencies.get(current.successor);
  }
  return last;
}

/**
 * What follows an agency's name when another carries on its work: "(nay là …)" when the name
 * changed; when the successor kept the same name, what changed and when (a merger that
 * reorganised the department), never the same name twice.
 */
export function SuccessorNote({ ctx, id, successor }: { ctx: PageContext; id: string; successor: string }) {
  const before = ctx.store.agencies.get(id);
  const after = ctx.store.agencies.get(successor);
  if (!after || before?.name !== after.name) {
    return (
      <>
        nay là <AgencyLink ctx={ctx} id={successor} />
      </>
    );
  }
  return (
    <A ctx={ctx} href={agenciesSection.item(successor)}>
      cơ quan được tổ chức lại{after.validFrom ? ` từ ngày ${formatDate(after.validFrom)}` : ""}
    </A>
  );
}

/** Whether the plan's own text already has a "Mục tiêu chung" heading: then the page shows it once, there. */
function bodyHasObjective(ctx: PageContext, body: string): boolean {
  if (!/m\S*c ti\S*u chung/iu.test(body.normalize("NFC"))) return false;
  return renderMarkdown(body, ctx.urls.path).headings.some((h) => h.text.normalize("NFC").trim().toLocaleLowerCase("vi") === "mục tiêu chung");
}

/**
 * Each plan's sessions and news, in the store's order: gathered once per store, rather than by
 * every plan page scanning every session and news item (plans × items, 1.4 s at 30,000 items).
 */
const byPlan = perStore((store) => ({ sessions: group(store.sessions, (s) => s.plan), activities: group(store.activities, (a) => a.plan) }));
function planItems(store: Store, plan: string): { sessions: readonly SessionItem[]; activities: readonly ActivityItem[] } {
  const { sessions, activities } = byPlan(store);
  return { sessions: sessions.get(plan) ?? [], activities: activities.get(plan) ?? [] };
}

export function PlanPage({ ctx, plan }: { ctx: PageContext; plan: PlanItem }) {
  const { store } = ctx;
  const own = planItems(store, plan.id);
  const sessions = [...own.sessions].sort(byStart);
  const guides = store.guides.filter((g) => g.plan === plan.id);
  const activities = [...own.activities].sort((a, b) => (a.date < b.date ? 1 : -1));
  const issuer = store.agencies.get(plan.issuer);
  const successor = currentSuccessor(ctx, plan.issuer);
  const leadSuccessor = currentSuccessor(ctx, plan.lead);
  const legalBasis = (plan.legalBasis ?? []).flatMap((id) => store.documents.filter((d) => d.id === id));
  return (
    <Base ctx={ctx} title={plan.title} description={plan.objective} crumbs={[{ label: "Kế hoạch", url: plansSection.list }, { label: plan.title }]} ogType="article">
      <article class="document">
        <header class="doc-header">
          <p class="issuer">{issuer?.name ?? plan.issuer}</p>
          {successor ? (
            <p class="successor">
              Nay do <AgencyLink ctx={ctx} id={successor} /> tiếp tục thực hiện
              {issuer?.validTo && issuer.name !== store.agencies.get(successor)?.name ? ` (${issuer.name} hoạt động đến ${formatDate(issuer.validTo)})` : ""}.
            </p>
          ) : null}
          <p class="kicker">Kế hoạch</p>
          <h1>{plan.title}</h1>
          <Facts
            items={[
              // Where the number is not known, the page says so plainly instead of showing a blank or invented value.
              ["Số, ký hiệu", plan.number ?? <span class="meta">Số, ký hiệu của kế hoạch không được công bố trên Cổng này</span>],
              ["Ngày ban hành", plan.issued ? <DateText date={plan.issued} /> : undefined],
              ["Người ký", plan.signer],
              ["Giai đoạn", `${plan.period.from}-${plan.period.to}`],
              ["Tình trạng", planStatusLabels[plan.status]],
              [
                "Căn cứ",
                legalBasis.length ? (
                  <ul class="plain-list">
                    {legalBasis.map((d) => (
                      <li>
                        <A ctx={ctx} href={d.url}>
                          {documentTitle(d)}
                        </A>{" "}
                        <span class="meta">
                          ngày <DateText date={d.issued} />: {d.summary}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  plan.basis
                ),
              ],
              [
                "Cơ quan đầu mối",
                <AgencyLink ctx={ctx} id={plan.lead} note={leadSuccessor ? <SuccessorNote ctx={ctx} id={plan.lead} successor={leadSuccessor} /> : undefined} />,
              ],
              [
                "Cơ quan phối hợp",
                plan.partners?.length ? (
                  <ul class="inline-list">
                    {plan.partners.map((id) => (
                      <li>
                        <AgencyLink ctx={ctx} id={id} />
                      </li>
                    ))}
                  </ul>
                ) : undefined,
              ],
              ["Địa bàn", <ProvinceLink ctx={ctx} id={plan.province} />],
            ]}
          />
        </header>

        {bodyHasObjective(ctx, plan.body) ? null : (
          <section aria-labelledby="muc-tieu">
            <h2 id="muc-tieu">Mục tiêu chung</h2>
            <p>{plan.objective}</p>
          </section>
        )}

        <section aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">Chỉ tiêu</h2>
          <PlanEndedNote ctx={ctx} plan={plan} />
          <TargetTable ctx={ctx} plan={plan} />
        </section>

        {plan.tasks?.length ? (
          <section aria-labelledby="nhiem-vu">
            <h2 id="nhiem-vu">Nhiệm vụ</h2>
            <ol class="tasks">
              {plan.tasks.map((t) => (
                <li>
                  <p>{t.title}</p>
                  <p class="meta">
                    {t.lead ? (
                      <>
                        Chủ trì: <AgencyLink ctx={ctx} id={t.lead} />
                      </>
                    ) : null}
                    {t.partners?.length ? (
                      <>
                        {" · "}Phối hợp:{" "}
                        {t.partners.map((p, i) => (
                          <>
                            {i ? ", " : ""}
                            <AgencyLink ctx={ctx} id={p} />
                          </>
                        ))}
                      </>
                    ) : null}
                    {t.due ? (
                      <>
                        {" · "}Thời hạn: <DateText date={t.due} />
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {plan.body.trim() ? (
          <section aria-labelledby="noi-dung-ke-hoach">
            <h2 id="noi-dung-ke-hoach">Nội dung kế hoạch</h2>
            <Markdown ctx={ctx} source={plan.body} />
          </section>
        ) : null}

        <section aria-labelledby="dao-tao-lien-quan" data-pagefind-ignore="all">
          <h2 id="dao-tao-lien-quan">Các khóa đào tạo của kế hoạch</h2>
          {sessions.length ? (
            <ul class="plain-list">
              {sessions.map((s) => (
                <li>
                  <A ctx={ctx} href={s.url}>{s.title}</A> <StatusBadge status={statusOf(store, s)} />
                  <span class="meta">
                    {" "}
                    {sessionWhen(s)} · {trainingKindLabels[s.kind]}
                    {s.results ? ` · ${s.results.participants} người tham dự` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">Chưa có khóa đào tạo nào gắn với kế hoạch.</p>
          )}
        </section>

        {guides.length ? (
          <section aria-labelledby="huong-dan-lien-quan" data-pagefind-ignore="all">
            <h2 id="huong-dan-lien-quan">Hướng dẫn liên quan</h2>
            <ul class="plain-list">
              {guides.map((g) => (
                <li>
                  <A ctx={ctx} href={g.url}>{g.title}</A>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {activities.length ? (
          <section aria-labelledby="hoat-dong-lien-quan" data-pagefind-ignore="all">
            <h2 id="hoat-dong-lien-quan">Hoạt động thông tin, tuyên truyền</h2>
            <ActivityList ctx={ctx} items={activities} />
          </section>
        ) : null}

        <Attachments ctx={ctx} items={plan.attachments} />
      </article>
    </Base>
  );
}
