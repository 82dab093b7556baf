/**
 * Eleventy, told only what it needs: one virtual template that writes every route the
 * typed core computed. Eleventy never reads content files, so none of its content
 * defaults (JavaScript front matter, Liquid in Markdown, permalinks) can be reached.
 */
import type { Route } from "./layouts/routes.tsx";

// Eleventy ships no types for its config object; this is the part we use.
interface EleventyConfig {
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addTemplate(path: string, content: unknown, data?: object): void;
  setQuietMode(quiet: boolean): void;
  addWatchTarget(target: string): void;
  setServerOptions(options: object): void;
  setUseGitIgnore(use: boolean): void;
  on(event: string, callback: (...args: unknown[]) => unknown): void;
}

export interface PortalOptions {
  /** Called before every build (once, or on each change while serving). */
  routes: () => readonly Route[];
  /** While serving: folders whose changes trigger a rebuild. */
  watch?: readonly string[];
  /** While serving: runs after each build with the pages written (search index, files). */
  after?: (pages: { url: string; content: string }[], outputDir: string) => Promise<void>;
}

export default function portal(eleventyConfig: EleventyConfig, options: PortalOptions): void {
  // Only our virtual template is a template.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("routes", options.routes);
  for (const target of options.watch ?? []) eleventyConfig.addWatchTarget(target);
  const after = options.after;
  if (after) {
    eleventyConfig.on("eleventy.after", async (...args: unknown[]) => {
      const { results, directories } = args[0] as { results: { url?: string; content?: string }[]; directories: { output: string } };
      const pages = results.filter((r) => r.url && r.url.endsWith("/") || r.url?.endsWith(".html")).map((r) => ({ url: r.url!, content: r.content ?? "" }));
      await after(pages, directories.output);
    });
  }
  eleventyConfig.addTemplate(
    "portal.11ty.js",
    {
      data: {
        pagination: { data: "routes", size: 1, alias: "route" },
        permalink: (data: { route: Route }) => data.route.file,
        eleventyExcludeFromCollections: true,
        eleventyComputed: {},
      },
      render: (data: { route: Route }) => data.route.render(),
    },
    {},
  );
}
