/**
 * A page that stands at an address the portal published before and now sends readers to the
 * new one: a meta refresh to a site path (hosts serve static files, so no HTTP redirect),
 * rel=canonical so search engines move to the new page, and a visible link for readers whose
 * browser does not follow the refresh. Published addresses are an interface: they never break.
 */
import type { ComponentChildren } from "preact";
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from "../../src/site/security.ts";
import type { PageContext } from "../context.ts";

export function RedirectPage({ ctx, to, title, children }: { ctx: PageContext; to: string; title: string; children: ComponentChildren }) {
  const { store, urls } = ctx;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <meta name="referrer" content={REFERRER_POLICY} />
        <title>{`${title} – ${store.site.name}`}</title>
        <link rel="canonical" href={urls.absolute(to)} />
        <meta name="robots" content="noindex" />
        <meta http-equiv="refresh" content={`0; url=${urls.path(to)}`} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={urls.path(ctx.assets.css)} />
      </head>
      <body>
        <main id="noi-dung" class="wrap">
          <h1>{title}</h1>
          <p>{children}</p>
        </main>
      </body>
    </html>
  );
}
