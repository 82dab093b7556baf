/**
 * The editors' guide (docs/bien-tap/huong-dan.md) walks an editor who knows no git through
 * sending a change, on GitHub's website and from their own computer, and every command, file
 * and name of the checks it quotes is one the repository really has.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GUIDE_FILE } from "../../src/docs/reference.ts";
import { REPO_ROOT } from "../helpers/project.ts";

const guide = readFileSync(join(REPO_ROOT, GUIDE_FILE), "utf8");
const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** A `## ` chapter of the guide, up to the next one. */
function chapter(title: string): string {
  const start = guide.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

/** The numbered steps of a chapter, in order. */
const steps = (text: string): string[] => [...text.matchAll(/^\s*\d+\. (.+)$/gm)].map((m) => m[1]!);

interface Workflow {
  name: string;
  jobs: Record<string, { name?: string; steps: { name?: string; run?: string }[] }>;
}
const workflow = (file: string): Workflow => parse(readFileSync(join(REPO_ROOT, ".github/workflows", file), "utf8")) as Workflow;

describe("the editors' guide: sending a change without knowing git", () => {
  const web = chapter("Gửi thay đổi ngay trên trang GitHub");
  const local = chapter("Gửi thay đổi từ máy của mình");

  it("on GitHub's website: edit or upload, commit on a branch, pull request, the check's annotations, fixing, merging", () => {
    expect(steps(web).length).toBeGreaterThanOrEqual(12);
    for (const words of ["Edit this file", "Commit changes…", "Commit message", "Create a new branch for this commit and start a pull request", "Propose changes", "Create pull request", "Add file", "Upload files", "Files changed", "Checks", "Annotations", "Commit directly to the", "Merge pull request"])
      expect(web, words).toContain(words);
    // The order an editor meets them in.
    const at = (s: string) => web.indexOf(s);
    expect(at("Edit this file")).toBeLessThan(at("Create a new branch"));
    expect(at("Create a new branch")).toBeLessThan(at("Create pull request"));
    expect(at("Create pull request")).toBeLessThan(at("Files changed"));
    expect(at("Files changed")).toBeLessThan(at("Merge pull request"));
  });

  it("from a computer: clone, npm ci, a branch, npm start, commit, push, then a pull request", () => {
    const commands = [...local.matchAll(/^ {3}(git .+|npm .+|cd .+)$/gm)].map((m) => m[1]!.trim());
    const order = ["git clone", "npm ci", "git switch -c", "git commit", "git push -u origin"].map((c) => commands.findIndex((x) => x.startsWith(c)));
    expect(order.every((i) => i >= 0), commands.join("\n")).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const words of ["`npm start`", "`npm run check`", "Create pull request", "git config --global user.name"]) expect(local, words).toContain(words);
  });

  it("names the checks as the workflows name them", () => {
    const check = workflow("check.yml");
    const job = Object.values(check.jobs)[0]!;
    const stepNames = job.steps.map((s) => s.name);
    for (const name of [check.name, job.name!, "Kiểm tra nội dung", "Kiểm thử"]) expect(web, name).toContain(`«${name}»`);
    expect(stepNames).toEqual(expect.arrayContaining(["Kiểm tra nội dung", "Kiểm thử"]));
    // The step the guide sends editors to is the one that writes the annotations.
    expect(job.steps.find((s) => s.name === "Kiểm tra nội dung")!.run).toBe("npm run check -- --format github");
    expect(web).toContain(`«${workflow("deploy.yml").name}»`);
  });

  it("uses only npm scripts that package.json has, and names folders and files the repository has", () => {
    const used = [...guide.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test|ci)\b)/g)].map((m) => m[1] ?? m[2]!);
    expect(used).toEqual(expect.arrayContaining(["ci", "start", "check", "new"]));
    for (const s of used) if (s !== "ci") expect(scripts, `npm ${s === "start" || s === "test" ? s : `run ${s}`}`).toHaveProperty(s);
    for (const text of [web, local]) {
      const paths = [...text.matchAll(/`((?:content|data|docs|\.github)\/[^`\s]*|package-lock\.json)`/g)].map((m) => m[1]!);
      // The one path that names a file the editor is about to create (a news item of 2027).
      for (const path of paths.filter((p) => !p.startsWith("content/news/2027-"))) expect(existsSync(join(REPO_ROOT, path)), path).toBe(true);
    }
  });
});
