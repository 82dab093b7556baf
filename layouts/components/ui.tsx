/** Small building blocks shared by the pages. */
import type { ComponentChildren } from "preact";
import { renderMarkdown } from "../../src/markdown.ts";
import { jsonLdScript, type JsonLd as JsonLdData } from "../../src/seo/jsonld.ts";
import { agenciesSection, fileUrl, topicsSection } from "../../src/site/urls.ts";
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

export function AgencyLink({ ctx, id }: { ctx: PageContext; id: string }) {
  const agency = ctx.store.agencies.get(id);
  if (!agency) return <span>{id}</span>;
  return <A ctx={ctx} href={agenciesSection.item(id)}>{agency.name}</A>;
}

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

export function Attachments({ ctx, items }: { ctx: PageContext; items: readonly { title: string; file: string }[] | undefined }) {
  if (!items?.length) return null;
  return (
    <section aria-labelledby="tep-dinh-kem">
      <h2 id="tep-dinh-kem">Tệp đính kèm</h2>
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
