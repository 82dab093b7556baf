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
  setUseGitIgnore(use: boolean): void;
}

export interface PortalOptions {
  /** The pages to write. */
  routes: () => readonly Route[];
}

export default function portal(eleventyConfig: EleventyConfig, options: PortalOptions): void {
  // Only our virtual template is a template.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("routes", options.routes);
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
