/** Small building blocks shared by the pages. */
import type { ComponentChildren } from "preact";
import { renderMarkdown } from "../../src/markdown.ts";
import { jsonLdScript, type JsonLd as JsonLdData } from "../../src/seo/jsonld.ts";
import { currentProvinceOf, provinceTitle } from "../../src/site/provinces.ts";
import { agenciesSection, fileUrl, provincesSection, topicsSection } from "../../src/site/urls.ts";
import type { Attachment } from "../../src/store.ts";
import { formatDate, type IsoDate } from "../../src/vi/dates.ts";
import type { PageContext } from "../context.ts";

/**
 * The one place rendered Markdown enters a page. Everything else is escaped by Preact.
 * The HTML comes from src/markdown.ts, where raw HTML in content is disabled.
 */
export function Prose({ html }: { html: string }) {
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Markdown({ ctx, source }: { ctx: PageContext; source: string }) {
  return <Prose html={renderMarkdown(source, ctx.urls.path).html} />;
}

/** Structured data; jsonLdScript escapes it so content cannot close the script element. */
export function JsonLd({ data }: { data: JsonLdData | readonly JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}

export function DateText({ date }: { date: IsoDate }) {
  return <time datetime={date}>{formatDate(date)}</time>;
}

export function A({ ctx, href, children, class: className }: { ctx: PageContext; href: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={ctx.urls.path(href)} class={className}>
      {children}
    </a>
  );
}

/**
 * An agency's name, linking to its page. A provincial department of science and technology (the
 * programme's contact in each unit) also links to its province's page, the current unit's when
 * the department's province has since merged: readers look for the province, not the agency.
 */
export function AgencyLink({ ctx, id, note }: { ctx: PageContext; id: string; note?: ComponentChildren }) {
  const agency = ctx.store.agencies.get(id);
  if (!agency) return <span>{id}</span>;
  const link = <A ctx={ctx} href={agenciesSection.item(id)}>{agency.name}</A>;
  const { provinces, today } = ctx.store;
  const province = isScienceDepartment(agency) ? provinces.get(agency.province!) : undefined;
  const current = province ? currentProvinceOf(provinces, province.id) : undefined;
  // One parenthesis after the name, never two in a row: the note (what became of the agency),
  // then the province's page.
  const where = !province || !current ? null : current.id === province.id ? (
    <A ctx={ctx} href={provincesSection.item(current.id)}>trang {provinceTitle(current, today)}</A>
  ) : (
    <>
      nay thuộc <A ctx={ctx} href={provincesSection.item(current.id)}>{provinceTitle(current, today)}</A>
    </>
  );
  if (!where && !note) return link;
  return (
    <>
      {link}{" "}
      <span class="agency-province">
        ({note}
        {note && where ? "; " : null}
        {where})
      </span>
    </>
  );
}

/** A province's name, linking to its page; a former unit's, with the current unit it joined. */
export function ProvinceLink({ ctx, id }: { ctx: PageContext; id: string }) {
  const { provinces, today } = ctx.store;
  const p = provinces.get(id);
  const current = currentProvinceOf(provinces, id);
  if (!p || !current) return <>{p?.name ?? id}</>;
  if (current.id === p.id) return <A ctx={ctx} href={provincesSection.item(p.id)}>{p.name}</A>;
  return (
    <>
      {p.name} (nay thuộc <A ctx={ctx} href={provincesSection.item(current.id)}>{provinceTitle(current, today)}</A>)
    </>
  );
}

/** A provincial department of science and technology, as data/agencies.yaml names them. */
export const isScienceDepartment = (a: { kind: string; province?: string; name: string }): boolean =>
  a.kind === "department" && a.province !== undefined && a.name.startsWith("Sở Khoa học và Công nghệ");

export function TopicTags({ ctx, ids }: { ctx: PageContext; ids: readonly string[] | undefined }) {
  if (!ids?.length) return null;
  return (
    <ul class="tags">
      {ids.map((id) => (
        <li>
          <A ctx={ctx} href={topicsSection.item(id)}>{ctx.store.topics.get(id)?.name ?? id}</A>
        </li>
      ))}
    </ul>
  );
}

const BYTES = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${BYTES.format(n / 1024)} KB`;
  return `${BYTES.format(n / 1024 / 1024)} MB`;
}

/** Files to download, each with its type and size: a page's attachments, a document's texts. */
export function AttachmentList({ ctx, items }: { ctx: PageContext; items: readonly { title: string; file: string }[] }) {
  return (
    <ul class="attachments">
      {items.map((a) => {
        const file: Attachment | undefined = ctx.store.files.get(a.file);
        return (
          <li>
            <a href={ctx.urls.path(file?.url ?? fileUrl(a.file))} download>
              {a.title}
            </a>{" "}
            {file ? (
              <span class="meta">
                ({file.type}, {formatBytes(file.bytes)})
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function Attachments({ ctx, items }: { ctx: PageContext; items: readonly { title: string; file: string }[] | undefined }) {
  if (!items?.length) return null;
  return (
    <section aria-labelledby="tep-dinh-kem">
      <h2 id="tep-dinh-kem">Tệp đính kèm</h2>
      <AttachmentList ctx={ctx} items={items} />
    </section>
  );
}

export function PageHeader({ title, kicker, children }: { title: string; kicker?: string; children?: ComponentChildren }) {
  return (
    <header class="page-header">
      {kicker ? <p class="kicker">{kicker}</p> : null}
      <h1>{title}</h1>
      {children}
    </header>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** A definition list of facts, skipping empty ones. */
export function Facts({ items }: { items: [string, ComponentChildren][] }) {
  const shown = items.filter(([, v]) => v !== undefined && v !== null && v !== false && v !== "");
  return (
    <dl class="facts">
      {shown.map(([k, v]) => (
        <div>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
