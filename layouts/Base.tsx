/** The page shell: head, skip link, header with search, breadcrumbs, main, footer. */
import type { ComponentChildren } from "preact";
import { compareVietnamese } from "../src/vi/text.ts";
import type { Crumb, PageContext } from "./context.ts";
import { pageMeta } from "../src/seo/meta.ts";
import type { JsonLd } from "../src/seo/jsonld.ts";
import type { IsoDate } from "../src/vi/dates.ts";
import { JsonLd as JsonLdScript } from "./components/ui.tsx";
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from "../src/site/security.ts";
import { agenciesSection, portalUrls, topicsSection } from "../src/site/urls.ts";
import { allKinds } from "../src/kinds/index.ts";

export interface BaseProps {
  ctx: PageContext;
  title: string;
  description?: string;
  crumbs?: Crumb[];
  /** Open Graph type. */
  ogType?: "website" | "article";
  /** For articles: when first published and last changed. */
  published?: IsoDate;
  modified?: IsoDate;
  jsonLd?: JsonLd;
  /** Extra scripts (site-relative URLs, loaded deferred). */
  scripts?: string[];
  /** Extra ES module scripts (site-relative URLs; modules are deferred too). */
  modules?: string[];
  /** Keep the page out of the search index (lists, facets, 404). */
  searchable?: boolean;
  children: ComponentChildren;
}

/** The main menu: each content kind that has a menu label (src/kinds/), then the topics. */
const NAV: { label: string; url: string }[] = [
  ...allKinds.flatMap((k) => (k.menu && k.url.list ? [{ label: k.menu, url: k.url.list }] : [])),
  { label: "Chủ đề", url: topicsSection.list },
];

// The same policy as the headers files for static hosts (src/site/security.ts).
export { CONTENT_SECURITY_POLICY };

export function Base({ ctx, title, description, crumbs, ogType = "website", published, modified, jsonLd, scripts = [], modules = [], searchable = true, children }: BaseProps) {
  const { store, urls } = ctx;
  const site = store.site;
  const meta = pageMeta(store, { title, description, url: ctx.url, type: ogType, published, modified }, urls);
  // The programme and the body that publishes the portal (data/site.yaml), on every page.
  const manager = site.contact.organization ? store.agencies.get(site.contact.organization) : undefined;
  const publisher = (site.publisher ? store.agencies.get(site.publisher) : undefined) ?? manager;
  const pages = [...store.pages].sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || compareVietnamese(a.title, b.title));
  const current = (url: string) => (ctx.url === url || (url !== "/" && ctx.url.startsWith(url)) ? "page" : undefined);
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <meta name="referrer" content={REFERRER_POLICY} />
        <title>{meta.title}</title>
        <link rel="canonical" href={meta.canonical} />
        {meta.tags.map((t) => (t.attribute === "property" ? <meta property={t.key} content={t.content} /> : <meta name={t.key} content={t.content} />))}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={urls.path(ctx.assets.css)} />
        <link rel="icon" type="image/svg+xml" href={urls.path(ctx.assets.favicon)} />
        <link rel="alternate" type="application/atom+xml" title={`Tin mới – ${site.name}`} href={urls.path(portalUrls.feed)} />
        {jsonLd ? <JsonLdScript data={jsonLd} /> : null}
        {scripts.map((s) => (
          <script src={urls.path(s)} defer />
        ))}
        {modules.map((s) => (
          <script type="module" src={urls.path(s)} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        {site.demoNotice ? (
          <div class="demo-notice" role="note" data-pagefind-ignore="all">
            <strong>Lưu ý:</strong> {site.demoNotice}
          </div>
        ) : null}
        <header class="site-header" data-pagefind-ignore="all">
          <div class="wrap header-inner">
            <a class="site-name" href={urls.path(portalUrls.home)}>
              <span class="site-mark" aria-hidden="true">
                NSCL
              </span>
              <span>
                <span class="site-title">{site.name}</span>
                {site.tagline ? <span class="site-tagline">{site.tagline}</span> : null}
              </span>
            </a>
            <form class="search-form" role="search" action={urls.path(portalUrls.search)} method="get">
              <label for="header-q" class="visually-hidden">
                Tìm kiếm trên cổng
              </label>
              <input id="header-q" name="q" type="search" placeholder="Tìm kế hoạch, hướng dẫn, khóa học…" autocomplete="off" />
              <button type="submit">Tìm</button>
            </form>
          </div>
          <nav class="site-nav" aria-label="Điều hướng chính">
            <ul class="wrap">
              {NAV.map((n) => (
                <li>
                  <a href={urls.path(n.url)} aria-current={current(n.url)}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {crumbs && crumbs.length ? (
          <nav class="breadcrumbs wrap" aria-label="Vị trí trang" data-pagefind-ignore="all">
            <ol>
              <li>
                <a href={urls.path(portalUrls.home)}>Trang chủ</a>
              </li>
              {crumbs.map((c, i) => (
                <li>{c.url && i < crumbs.length - 1 ? <a href={urls.path(c.url)}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="noi-dung" class="wrap" tabindex={-1} {...(searchable ? { "data-pagefind-body": "" } : {})}>
          {children}
        </main>
        <footer class="site-footer" data-pagefind-ignore="all">
          <div class="wrap footer-inner">
            <div>
              <p class="footer-title">{site.name}</p>
              <p>{site.tagline}</p>
              <p>
                Liên hệ: <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a>
                {site.contact.phone ? (
                  <>
                    {" · "}
                    <a href={`tel:${site.contact.phone.replace(/[^0-9+]/g, "")}`}>{site.contact.phone}</a>
                  </>
                ) : null}
              </p>
              {site.programme ? (
                <p class="footer-programme">
                  {site.programme.url ? <a href={site.programme.url} rel="noopener noreferrer">{site.programme.name}</a> : site.programme.name}
                  {site.programme.basis ? ` (${site.programme.basis})` : null}
                </p>
              ) : null}
              {site.license ? (
                <p>
                  Nội dung và dữ liệu:{" "}
                  <a href={site.license.url} rel="license noopener noreferrer">
                    {site.license.name}
                  </a>
                </p>
              ) : null}
              {publisher ? (
                <p>
                  Đơn vị xuất bản: <a href={urls.path(agenciesSection.item(publisher.id))}>{publisher.name}</a>
                </p>
              ) : null}
              {manager && manager !== publisher ? <p>Cơ quan quản lý nội dung: {manager.name}</p> : null}
            </div>
            <ul class="footer-links">
              {pages.map((p) => (
                <li>
                  <a href={urls.path(p.url)}>{p.title}</a>
                </li>
              ))}
              <li>
                <a href={urls.path(agenciesSection.list)}>Cơ quan, tổ chức</a>
              </li>
              <li>
                <a href={urls.path(portalUrls.openData)}>Dữ liệu mở</a>
              </li>
              <li>
                <a href={urls.path(portalUrls.editorGuide)}>Hướng dẫn biên tập</a>
              </li>
              <li>
                <a href={urls.path(portalUrls.feed)}>Tin mới (Atom)</a>
              </li>
            </ul>
          </div>
        </footer>
        {ctx.previewErrors?.length ? (
          <div class="preview-errors" role="alert">
            <p>
              <strong>Nội dung có lỗi — trang đang hiện bản dựng tốt gần nhất.</strong> Sửa các lỗi sau rồi lưu tệp:
            </p>
            <ul>
              {ctx.previewErrors.map((e) => (
                <li>
                  <code>{e}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </body>
    </html>
  );
}
