/** Site URLs with the configured path prefix, relative and absolute. */
import type { Site } from "../schema/site.ts";

export interface Urls {
  /** "/ke-hoach/x/" → "/prefix/ke-hoach/x/" */
  path(url: string): string;
  /** "/ke-hoach/x/" → "https://host/prefix/ke-hoach/x/" */
  absolute(url: string): string;
}

export function siteUrls(site: Pick<Site, "baseUrl" | "pathPrefix">): Urls {
  const prefix = site.pathPrefix.endsWith("/") ? site.pathPrefix : `${site.pathPrefix}/`;
  const origin = site.baseUrl.replace(/\/+$/, "");
  const path = (url: string) => (url.startsWith("/") ? `${prefix}${url.slice(1)}` : url);
  return { path, absolute: (url: string) => `${origin}${path(url)}` };
}
