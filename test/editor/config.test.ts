/**
 * The browser editor's configuration is generated from the schemas: it is committed fresh, every
 * key the checker knows is in the form with its Vietnamese label, help and required flag, and
 * every choice and reference is a pick list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DECAP_CONFIG, decapConfig, decapConfigText, LIST_KEY, siteEditorConfig, type DecapField } from "../../src/editor/decap-config.ts";
import { editorCsp } from "../../src/editor/page.ts";
import { kinds } from "../../src/kinds/index.ts";
import { jsonSchemas, type JsonSchema } from "../../src/schema/json-schema.ts";
import { REPO_ROOT } from "../helpers/project.ts";

const config = decapConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string): DecapField[] => {
  const c = collection(name) as { fields?: DecapField[]; files?: { fields: DecapField[] }[] };
  return c.fields ?? c.files![0]!.fields;
};
const find = (fields: DecapField[], path: string[]): DecapField => {
  const [head, ...rest] = path;
  const f = fields.find((x) => x.name === head)!;
  return rest.length ? find((f.fields ?? (f as { field?: DecapField }).field) as DecapField[], rest) : f;
};

describe("the browser editor's configuration", () => {
  it("is committed as freshly generated (run `npm run schemas`)", () => {
    expect(readFileSync(join(REPO_ROOT, DECAP_CONFIG), "utf8")).toBe(decapConfigText());
  });

  it("has one collection per kind and per data file, in Vietnamese", () => {
    expect(config.locale).toBe("vi");
    expect(config.collections.map((c) => c.name).sort()).toEqual(jsonSchemas().map((s) => s.name).sort());
    // The content kinds come first, in the registry's order (the site's menu), then the data files.
    const registryOrder = kinds.map((k) => k.reference.schemaName);
    expect(config.collections.map((c) => c.name).slice(0, kinds.length)).toEqual(registryOrder);
    expect(collection("guide")).toMatchObject({ label: "Hướng dẫn", folder: "content/guidance", extension: "md", create: true });
    expect(collection("calendar")).toMatchObject({ label: "Lịch đào tạo", folder: "content/trainings", extension: "yaml" });
    expect(collection("agencies")).toMatchObject({ files: [{ file: "data/agencies.yaml" }] });
    // New ids: accents dropped, đ → d; attachments go to content/files/.
    expect(config.slug).toEqual({ encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
    expect(config.media_folder).toBe("content/files");
  });

  it("gives every key of every schema a field with the schema's label, help and required flag", () => {
    const missing: string[] = [];
    // Inside an optional group (venue, registration, results) the form asks for nothing: Decap
    // would ask even for an empty group; the checker asks on save.
    const walk = (schema: JsonSchema, fields: DecapField[], where: string, optionalGroup = false) => {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set(optionalGroup ? [] : ((schema.required ?? []) as string[]));
      for (const [key, prop] of Object.entries(props)) {
        const f = fields.find((x) => x.name === key);
        if (!f) {
          missing.push(`${where}.${key}: no field`);
          continue;
        }
        if (f.label !== prop.title || f.hint !== prop.description) missing.push(`${where}.${key}: label or help`);
        if ((f.required !== false) !== required.has(key)) missing.push(`${where}.${key}: required is ${f.required !== false}`);
        const items = (prop.items ?? {}) as JsonSchema;
        if (prop.type === "object") walk(prop, f.fields as DecapField[], `${where}.${key}`, !required.has(key));
        if (prop.type === "array" && items.type === "object") walk(items, f.fields as DecapField[], `${where}.${key}[]`);
      }
    };
    for (const s of jsonSchemas()) {
      if (s.schema.type === "array") walk(s.schema.items as JsonSchema, find(fieldsOf(s.name), [LIST_KEY]).fields as DecapField[], s.name);
      else walk(s.schema, fieldsOf(s.name), s.name);
    }
    expect(missing).toEqual([]);
  });

  it("offers choices with Vietnamese labels, and references as pick lists of existing ids", () => {
    const kind = find(fieldsOf("calendar"), ["sessions", "kind"]);
    expect(kind.widget).toBe("select");
    expect(kind.options).toContainEqual({ label: "Chuyên gia (expert)", value: "expert" });
    expect(find(fieldsOf("calendar"), ["sessions", "status"]).options).toContainEqual({ label: "Hủy (cancelled)", value: "cancelled" });
    expect(find(fieldsOf("calendar"), ["sessions", "topics"])).toMatchObject({ widget: "relation", collection: "topics", file: "topics", value_field: "items.*.id", multiple: true });
    expect(find(fieldsOf("calendar"), ["organizer"])).toMatchObject({ widget: "relation", collection: "agencies", value_field: "items.*.id" });
    expect(find(fieldsOf("guide"), ["plan"])).toMatchObject({ widget: "relation", collection: "plan", value_field: "{{slug}}" });
    expect(find(fieldsOf("plan"), ["attachments", "file"]).widget).toBe("file");
    expect(find(fieldsOf("guide"), ["draft"])).toMatchObject({ widget: "boolean", label: "Bản nháp", required: false });
    // Every choice of every select has a Vietnamese label, not only its code.
    const bare: string[] = [];
    const walk = (fields: DecapField[]) => {
      for (const f of fields) {
        for (const o of (f.options ?? []) as { label: string; value: string }[]) if (o.label === o.value) bare.push(`${f.name}: ${o.value}`);
        if (Array.isArray(f.fields)) walk(f.fields as DecapField[]);
      }
    };
    for (const c of config.collections) walk(fieldsOf(c.name));
    expect(bare).toEqual([]);
  });

  it("names entries and pick lists by a key the kind has (a document by its number), so a new entry gets a file name", () => {
    const wrong: string[] = [];
    const has = (name: string, key: string) => fieldsOf(name).some((f) => f.name === key);
    for (const c of config.collections) {
      if (typeof c.identifier_field === "string" && !has(c.name, c.identifier_field)) wrong.push(`${c.name}: identifier ${c.identifier_field}`);
      if (typeof c.slug === "string" && !has(c.name, /^\{\{(\w+)\}\}$/.exec(c.slug)?.[1] ?? "")) wrong.push(`${c.name}: slug ${c.slug}`);
      const walk = (fields: DecapField[]) => {
        for (const f of fields) {
          if (f.widget === "relation" && f.value_field === "{{slug}}") {
            for (const key of [...(f.display_fields as string[]), ...(f.search_fields as string[])]) if (!has(f.collection as string, key)) wrong.push(`${c.name}.${f.name}: ${f.collection} has no ${key}`);
          }
          if (Array.isArray(f.fields)) walk(f.fields as DecapField[]);
        }
      };
      walk(fieldsOf(c.name));
    }
    expect(wrong).toEqual([]);
    expect(collection("document")).toMatchObject({ slug: "{{number}}", identifier_field: "number" });
  });

  it("asks for a body only where the checker does: a question's answer, not a document's text", () => {
    const body = (name: string) => fieldsOf(name).find((f) => f.name === "body")!;
    expect(body("question")).toMatchObject({ label: "Câu trả lời", widget: "markdown" });
    expect(body("question").required).toBeUndefined();
    for (const name of ["document", "guide", "plan", "activity", "page"]) expect(body(name).required, name).toBe(false);
  });

  it("checks shapes in the form with a Vietnamese message: ids, dates and times in Vietnam time", () => {
    const start = find(fieldsOf("calendar"), ["sessions", "start"]);
    const [pattern, message] = start.pattern as [string, string];
    expect(new RegExp(pattern).test("2026-12-10T08:00:00+07:00")).toBe(true);
    expect(new RegExp(pattern).test("10/12/2026")).toBe(false);
    expect(message).toContain("+07:00");
    const [idPattern, idMessage] = find(fieldsOf("calendar"), ["sessions", "id"]).pattern as [string, string];
    expect(new RegExp(idPattern).test("Đào tạo")).toBe(false);
    expect(idMessage).toMatch(/chữ thường không dấu/i);
  });
});

describe("the published editor's git host (data/site.yaml editor)", () => {
  it("is the in-browser demo when none is set", () => {
    expect(siteEditorConfig({}).config.backend).toEqual({ name: "test-repo" });
    expect(siteEditorConfig({}).hosts).toEqual([]);
  });

  it("on GitHub, saves through pull requests and signs in through the organisation's OAuth endpoint", () => {
    const { config, hosts } = siteEditorConfig({ editor: { backend: "github", repo: "so-khcn/cong-nang-suat", branch: "main", authUrl: "https://auth.example.gov.vn/github" } });
    expect(config.backend).toEqual({ name: "github", repo: "so-khcn/cong-nang-suat", branch: "main", base_url: "https://auth.example.gov.vn", auth_endpoint: "github" });
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(hosts).toContain("https://api.github.com");
    expect(editorCsp(hosts)).toContain("connect-src 'self' blob: https://api.github.com");
  });

  it("on a self-hosted GitLab or Gitea/Forgejo, signs in with PKCE against that host only", () => {
    const gitlab = siteEditorConfig({ editor: { backend: "gitlab", repo: "khcn/cong", branch: "main", apiRoot: "https://git.example.gov.vn/api/v4", authUrl: "https://git.example.gov.vn", appId: "abc" } });
    expect(gitlab.config.backend).toMatchObject({ name: "gitlab", auth_type: "pkce", app_id: "abc", api_root: "https://git.example.gov.vn/api/v4", base_url: "https://git.example.gov.vn" });
    expect(gitlab.config.publish_mode).toBe("editorial_workflow");
    const gitea = siteEditorConfig({ editor: { backend: "gitea", repo: "khcn/cong", branch: "main", apiRoot: "https://git.example.gov.vn/api/v1", authUrl: "https://git.example.gov.vn", appId: "abc" } });
    expect(gitea.config.backend).toMatchObject({ name: "gitea", app_id: "abc", api_root: "https://git.example.gov.vn/api/v1" });
    expect(gitea.hosts).toEqual(["https://git.example.gov.vn"]);
  });
});
