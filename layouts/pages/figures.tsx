/**
 * The national picture (/so-lieu/) and the key figures the home page shows: trainings held and
 * people trained by quarter, province and topic, sessions by format, and each plan's targets
 * against their progress. Every chart is drawn at build time (components/charts.tsx) from the
 * numbers of src/site/figures.ts, with the same numbers as a table.
 */
import { comparatorLabels } from "../../src/site/labels.ts";
import { figures, type Figure } from "../../src/site/figures.ts";
import { portalUrls, provincesSection, trainingsSection } from "../../src/site/urls.ts";
import { formatDate } from "../../src/vi/dates.ts";
import { Base } from "../Base.tsx";
import type { PageContext } from "../context.ts";
import { BarChart, formatCount, formatPercent } from "../components/charts.tsx";
import { A, PageHeader } from "../components/ui.tsx";
import { TileMap } from "../components/tile-map.tsx";
import { currentProvinces, provinceTitleCapitalised } from "../../src/site/provinces.ts";

/** The tile-grid map of completed trainings per unit, shown here and on the list of provinces. */
export function TrainingsTileMap({ ctx, level = 2 }: { ctx: PageContext; level?: 2 | 3 }) {
  const { store } = ctx;
  const names = new Map(currentProvinces(store.provinces).map((p) => [p.id, provinceTitleCapitalised(p, store.today)]));
  return (
    <TileMap
      ctx={ctx}
      id="ban-do-khoa-theo-tinh"
      level={level}
      title="Bản đồ khóa đào tạo theo tỉnh, thành phố"
      caption="Mỗi ô là một trong 34 tỉnh, thành phố, đặt gần đúng vị trí trên bản đồ, ghi số khóa đào tạo, tập huấn đã hoàn thành tại đó; màu của ô theo số khóa, như chú giải."
      rows={figures(store).trainingsByProvince}
      unit="khóa"
      valueLabel="Số khóa"
      names={names}
    />
  );
}

/** The four numbers a reader wants first. */
export function KeyFigures({ ctx, level = 2 }: { ctx: PageContext; level?: 2 | 3 }) {
  const { totals } = figures(ctx.store);
  const H = level === 2 ? "h2" : "h3";
  const items: [string, number, string][] = [
    ["so-lieu-khoa", totals.held, "khóa đào tạo, tập huấn đã hoàn thành"],
    ["so-lieu-nguoi", totals.participants, "lượt người tham dự"],
    ["so-lieu-tinh", totals.provinces, "tỉnh, thành phố có khóa đã hoàn thành (trong số 34)"],
    ["so-lieu-sap-dien-ra", totals.upcoming, "khóa sắp diễn ra"],
  ];
  return (
    <section class="key-figures" aria-labelledby="so-lieu-chinh">
      <H id="so-lieu-chinh">Số liệu chính</H>
      <ul class="figure-tiles">
        {items.map(([id, n, label]) => (
          <li id={id}>
            <span class="figure-number" data-value={n}>
              {formatCount(n)}
            </span>{" "}
            <span class="figure-label">{label}</span>
          </li>
        ))}
      </ul>
      <p class="meta">
        Tính đến ngày {formatDate(ctx.store.today)}, từ lịch đào tạo trên Cổng.
        {ctx.url === portalUrls.figures ? null : (
          <>
            {" "}
            <A ctx={ctx} href={portalUrls.figures}>Xem biểu đồ số liệu của cả nước</A>
          </>
        )}
      </p>
    </section>
  );
}

/** Each plan's targets as the share reached, with the numbers written out. */
function targetRows(ctx: PageContext): Figure[] {
  return figures(ctx.store).targets.map(({ plan, target, progress }) => {
    const province = ctx.store.provinces.get(plan.province)?.name ?? plan.province;
    const goal = `${comparatorLabels[target.comparator]} ${formatCount(target.value)} ${target.unit}`;
    return {
      key: `${plan.id}#${target.id}`,
      label: `${province}: ${target.label}`,
      value: progress?.percent ?? 0,
      href: `${plan.url}#chi-tieu-${target.id}`,
      text: progress ? `${formatCount(progress.current)} / ${goal} (${formatPercent(progress.percent)} %)` : `chưa có số liệu / ${goal}`,
    };
  });
}

export function FiguresPage({ ctx }: { ctx: PageContext }) {
  const f = figures(ctx.store);
  const held = "khóa đào tạo, tập huấn đã hoàn thành";
  return (
    <Base ctx={ctx} title="Số liệu toàn quốc" description="Đào tạo, tập huấn về năng suất, chất lượng tại 34 tỉnh, thành phố: theo quý, theo tỉnh, theo chủ đề; tiến độ chỉ tiêu của các kế hoạch." crumbs={[{ label: "Số liệu toàn quốc" }]}>
      <PageHeader title="Số liệu toàn quốc">
        <p class="lead">
          Bức tranh chung của Chương trình tại 34 tỉnh, thành phố, tính từ lịch đào tạo và kế hoạch đăng trên Cổng. Khóa tổ chức tại một tỉnh đã hợp nhất được tính cho tỉnh, thành phố mà tỉnh đó hợp nhất vào.
        </p>
      </PageHeader>
      <KeyFigures ctx={ctx} />
      <BarChart ctx={ctx} id="khoa-theo-quy" title="Khóa đào tạo theo quý" caption={`Số ${held} trong mỗi quý, theo ngày khai giảng.`} rows={f.trainingsByQuarter} keyLabel="Quý" valueLabel="Số khóa" />
      <BarChart ctx={ctx} id="nguoi-theo-quy" title="Người tham dự theo quý" caption="Số lượt người tham dự các khóa đã hoàn thành trong mỗi quý." rows={f.participantsByQuarter} keyLabel="Quý" valueLabel="Lượt người" />
      <TrainingsTileMap ctx={ctx} />
      <BarChart ctx={ctx} id="khoa-theo-tinh" title="Khóa đào tạo theo tỉnh, thành phố" caption={`Số ${held} tại mỗi tỉnh, thành phố trong 34 đơn vị hiện nay.`} rows={f.trainingsByProvince} keyLabel="Tỉnh, thành phố" valueLabel="Số khóa" />
      <BarChart ctx={ctx} id="nguoi-theo-tinh" title="Người tham dự theo tỉnh, thành phố" caption="Số lượt người tham dự các khóa đã hoàn thành tại mỗi tỉnh, thành phố." rows={f.participantsByProvince} keyLabel="Tỉnh, thành phố" valueLabel="Lượt người" />
      <BarChart ctx={ctx} id="khoa-theo-chu-de" title="Khóa đào tạo theo chủ đề" caption={`Số ${held} có mỗi chủ đề; một khóa có nhiều chủ đề được tính cho từng chủ đề.`} rows={f.trainingsByTopic} keyLabel="Chủ đề" valueLabel="Số khóa" />
      <BarChart ctx={ctx} id="khoa-theo-hinh-thuc" title="Khóa đào tạo theo hình thức" caption="Số khóa trên lịch (đã hoàn thành, sắp diễn ra hoặc tạm hoãn, không kể khóa đã hủy) theo hình thức tổ chức." rows={f.sessionsByFormat} keyLabel="Hình thức" valueLabel="Số khóa" />
      <BarChart
        ctx={ctx}
        id="tien-do-chi-tieu"
        title="Tiến độ chỉ tiêu của các kế hoạch"
        caption="Phần trăm đạt được của mỗi chỉ tiêu so với mục tiêu, theo số liệu mới nhất của kế hoạch."
        rows={targetRows(ctx)}
        keyLabel="Chỉ tiêu"
        valueLabel="Đạt được / mục tiêu"
        domainMax={100}
        tickFormat={(n) => `${formatCount(n)} %`}
      />
      <p>
        <A ctx={ctx} href={provincesSection.list}>Trang của từng tỉnh, thành phố</A> · <A ctx={ctx} href={trainingsSection.list}>Lịch đào tạo</A> · <A ctx={ctx} href={portalUrls.openData}>Dữ liệu mở</A>
      </p>
    </Base>
  );
}
