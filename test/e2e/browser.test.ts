/**
 * The bundled site, built once with the tests' clock and served over HTTP from 127.0.0.1,
 * driven in Debian's Chromium: rendering, keyboard use, WCAG 2.2 AA (axe-core) in light and
 * dark schemes, narrow screens, no JavaScript, the calendar filters, search, print, and
 * screenshots kept as artefacts. Fails (never skips) when Chromium is missing.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatViolations, launchChromium, runAxe as axe, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { build, copyProject, REPO } from "../helpers/site.ts";

/** One page of every type. */
const PAGES: Record<string, string> = {
  home: "/",
  "plan list": "/ke-hoach/",
  plan: "/ke-hoach/tuyen-quang-2022-2025/",
  "guide list": "/huong-dan/",
  guide: "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/",
  calendar: "/dao-tao/",
  facet: "/dao-tao/tinh/tuyen-quang/",
  archive: "/dao-tao/da-dien-ra/",
  session: "/dao-tao/tq-2026-12-iso-56000/",
  "activity list": "/tin-tuc/",
  activity: "/tin-tuc/2026-11-cong-bo-lich-dao-tao-2027/",
  "topic list": "/chu-de/",
  "topic hub": "/chu-de/5s/",
  "agency list": "/co-quan/",
  agency: "/co-quan/ubnd-quang-nam/",
  "standing page": "/gioi-thieu/",
  "documents library": "/van-ban/",
  "documents filter page": "/van-ban/hieu-luc/con-hieu-luc/",
  document: "/van-ban/55-2025-nd-cp/",
  "questions and answers": "/hoi-dap/",
  "questions of a topic": "/hoi-dap/chu-de/nang-suat-chat-luong/",
  question: "/hoi-dap/ai-chu-tri-sau-sap-xep-2025/",
  "open data": "/du-lieu-mo/",
  "editors' guide": "/huong-dan-bien-tap/",
  "editors' reference": "/huong-dan-bien-tap/tham-chieu/",
  search: "/tim-kiem/?q=ISO%2056000",
  "404": "/khong-co-trang-nay/",
};

const ISO_56000_GUIDE = "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/";
const VIETGAP_GUIDE = "/huong-dan/san-xuat-theo-vietgap/";
const SCREENSHOTS = join(REPO, "test-results", "screenshots");

let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Launch first: a machine without Chromium fails here, before spending time on a build.
  browser = await launchChromium();
  const built = await build(copyProject());
  expect(built.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(built.result.ok).toBe(true);
  site = built.outDir;
  server = await serveStatic(site);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.origin}${path}`;

/** A fresh context (own cookies, cache, storage) for one check, closed afterwards. */
async function withPage<T>(options: BrowserContextOptions, run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ locale: "vi-VN", ...options });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Waits until the search page has shown its answer (results or "nothing found"). */
async function searchDone(page: Page): Promise<void> {
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test((document.querySelector("[data-search-status]") ?? document.querySelector("[data-search-results]"))?.textContent ?? ""), undefined, {
    timeout: 20_000,
  });
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: "load" });
  if (path.startsWith("/tim-kiem/?q=")) await searchDone(page);
}

describe("home", () => {
  it("renders with its title and h1, no console error, no failed request, nothing from another host", async () => {
    await withPage({}, async (page, context) => {
      const requests: string[] = [];
      const problems: string[] = [];
      context.on("request", (r) => requests.push(r.url()));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      const response = await page.goto(url("/"), { waitUntil: "networkidle" });
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe("Năng suất và Chất lượng");
      const h1 = page.locator("h1");
      expect(await h1.count()).toBe(1);
      expect(await h1.isVisible()).toBe(true);
      expect((await h1.innerText()).trim().length).toBeGreaterThan(0);
      expect(await page.locator(".session-card").count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(requests.length).toBeGreaterThan(1);
      expect(requests.filter((r) => !r.startsWith(`${server.origin}/`) && !r.startsWith("data:"))).toEqual([]);
    });
  });
});

describe("keyboard", () => {
  /** What has focus, and whether it shows a focus indicator. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        cls: el.className,
        href: el.getAttribute("href"),
        text: (el.textContent ?? "").trim(),
        indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      };
    });

  it("first Tab shows the skip link; Enter moves focus to the main content", async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(url("/"));
      const skip = page.locator("a.skip-link");
      const hiddenTop = (await skip.boundingBox())!;
      expect(hiddenTop.y + hiddenTop.height).toBeLessThanOrEqual(0);
      await page.keyboard.press("Tab");
      const first = await focused(page);
      expect(first).toMatchObject({ tag: "a", cls: "skip-link", href: "#noi-dung", onScreen: true, indicator: true });
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "noi-dung");
      expect(new URL(page.url()).hash).toBe("#noi-dung");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
      // The next Tab continues inside the main content.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("main#noi-dung"))).toBe(true);
    });
  });

  it("Tab reaches the header search box and every main navigation link, each with a visible focus indicator", async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(url("/huong-dan/"));
      const navCount = await page.locator(".site-nav a").count();
      const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        if (f) seen.push(f);
        if (f && (await page.evaluate(() => !!document.activeElement?.closest("main")))) break;
      }
      const search = seen.find((f) => f.id === "header-q");
      expect(search, JSON.stringify(seen)).toMatchObject({ tag: "input", indicator: true, onScreen: true });
      const nav = seen.filter((f) => f.tag === "a" && ["Kế hoạch", "Hướng dẫn", "Lịch đào tạo", "Tin hoạt động", "Văn bản", "Hỏi đáp", "Chủ đề"].includes(f.text));
      expect(nav.map((f) => f.text)).toEqual(["Kế hoạch", "Hướng dẫn", "Lịch đào tạo", "Tin hoạt động", "Văn bản", "Hỏi đáp", "Chủ đề"]);
      expect(nav.length).toBe(navCount);
      for (const f of nav) expect(f, f.text).toMatchObject({ indicator: true, onScreen: true });
      // Search box before the navigation, as on screen.
      expect(seen.indexOf(search!)).toBeLessThan(seen.indexOf(nav[0]!));
    });
  });
});

describe("axe-core: no WCAG 2.2 AA violation", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    describe(`${colorScheme} colour scheme`, () => {
      // One tab per scheme, reused page after page (a fresh context each time costs seconds).
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        // The site's CSP (script-src 'self') would refuse the injected axe script.
        context = await browser.newContext({ locale: "vi-VN", bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
        page = await context.newPage();
        await page.emulateMedia({ colorScheme });
      });
      afterAll(async () => {
        await context?.close();
      });
      for (const [type, path] of Object.entries(PAGES)) {
        it(`${type} (${path})`, async () => {
          await open(page, path);
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
          const violations = await axe(page);
          expect(violations.length, formatViolations(`${path} [${colorScheme}]`, violations)).toBe(0);
        });
      }
    });
  }
});

describe("narrow screens (320 px)", () => {
  it("no page scrolls horizontally, and axe finds nothing there either (target sizes, scrolling tables)", async () => {
    await withPage({ viewport: { width: 320, height: 640 }, bypassCSP: true }, async (page) => {
      const wide: string[] = [];
      const violations: string[] = [];
      for (const [type, path] of Object.entries(PAGES)) {
        await open(page, path);
        const r = await page.evaluate(() => {
          const doc = document.documentElement;
          const culprits = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`);
          return { scroll: doc.scrollWidth, client: doc.clientWidth, culprits };
        });
        if (r.scroll > r.client) wide.push(`${type} ${path}: scrollWidth ${r.scroll} > ${r.client} (${r.culprits.join(", ")})`);
        const found = await axe(page);
        if (found.length) violations.push(formatViolations(`${path} [320 px]`, found));
      }
      expect(wide).toEqual([]);
      expect(violations.length, violations.join("\n")).toBe(0);
    });
  }, 300_000);
});

describe("without JavaScript", () => {
  it("the calendar shows its sessions, and its one filter control opens to facet links", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(url("/dao-tao/"));
      const cards = page.locator(".session-card");
      expect(await cards.count()).toBeGreaterThan(3);
      expect(await cards.first().isVisible()).toBe(true);
      await page.locator("details.filters summary").click();
      expect(await page.locator(".facets a").first().isVisible()).toBe(true);
      expect(await page.locator("main select").count()).toBe(0);
    });
  });

  it("a plan shows its progress bars and its sessions", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(url(PAGES.plan!));
      const bars = page.locator("table.targets progress");
      expect(await bars.count()).toBeGreaterThan(0);
      expect(await bars.first().isVisible()).toBe(true);
      const box = (await bars.first().boundingBox())!;
      expect(box.width).toBeGreaterThan(50);
      const sessions = page.locator('section[aria-labelledby="dao-tao-lien-quan"] li a');
      expect(await sessions.count()).toBeGreaterThan(0);
      expect(await sessions.first().isVisible()).toBe(true);
    });
  });

  it("the search page explains that search needs JavaScript and offers other ways in", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(url("/tim-kiem/"));
      // Playwright's text selectors skip <noscript>; a CSS selector reaches its content.
      const notice = page.locator("main noscript .notice");
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain("Tìm kiếm cần JavaScript");
      expect(await notice.locator("a").count()).toBeGreaterThanOrEqual(4);
    });
  });
});

describe("with JavaScript", () => {
  it("the calendar's filter control: choosing a province hides other cards, updates the count and the URL", async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(url("/dao-tao/"));
      // Open by itself on a wide screen.
      await page.waitForFunction(() => (document.querySelector("details.filters") as HTMLDetailsElement | null)?.open === true);
      const all = await page.locator(".session-card").count();
      const matching = await page.locator('.session-card[data-province="tuyen-quang"]').count();
      expect(matching).toBeGreaterThan(0);
      expect(matching).toBeLessThan(all);
      await page.locator('.facets a[data-key="tinh"][data-value="tuyen-quang"]').click();
      await page.waitForURL((u) => u.searchParams.get("tinh") === "tuyen-quang");
      expect(await page.locator(".session-card:visible").count()).toBe(matching);
      expect(await page.locator('.session-card:visible:not([data-province="tuyen-quang"])').count()).toBe(0);
      expect((await page.locator("[data-filter-count]").innerText()).trim()).toBe(`Đang hiện ${matching} khóa.`);
      // Months left without a card are hidden with them.
      for (const month of await page.locator(".month").all()) {
        const visibleCards = await month.locator(".session-card:visible").count();
        expect(await month.isVisible()).toBe(visibleCards > 0);
      }
      // Back to everything.
      await page.locator("[data-filter-clear] a").click();
      await page.waitForURL((u) => u.search === "");
      expect(await page.locator(".session-card:visible").count()).toBe(all);
      expect(errors).toEqual([]);
    });
  });
});

describe("search (Pagefind in the browser)", () => {
  it('typing "ISO 56000" and submitting keeps the query in the URL and finds the ISO 56000 guide', async () => {
    await withPage({}, async (page) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(url("/tim-kiem/"));
      await page.locator("#q").fill("ISO 56000");
      await page.locator("#q").press("Enter");
      await page.waitForURL((u) => u.searchParams.get("q") === "ISO 56000");
      await searchDone(page);
      const links = await page.locator(".search-results a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(ISO_56000_GUIDE);
      expect(await page.locator(".search-results mark").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

  it('the header search box leads to the search page, where "VietGAP" finds the VietGAP guide', async () => {
    await withPage({}, async (page) => {
      await page.goto(url("/"));
      await page.locator("#header-q").fill("VietGAP");
      await page.locator("#header-q").press("Enter");
      await page.waitForURL((u) => u.pathname === "/tim-kiem/" && u.searchParams.get("q") === "VietGAP");
      await searchDone(page);
      expect(await page.locator("#q").inputValue()).toBe("VietGAP");
      const links = await page.locator(".search-results a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(VIETGAP_GUIDE);
    });
  });
});

describe("print", () => {
  it("a guide prints without the navigation and the search form", async () => {
    await withPage({}, async (page) => {
      await page.goto(url(PAGES.guide!));
      expect(await page.locator(".site-nav").isVisible()).toBe(true);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-nav").isVisible()).toBe(false);
      expect(await page.locator("header .search-form").isVisible()).toBe(false);
      expect(await page.locator(".skip-link").isVisible()).toBe(false);
      expect(await page.locator("h1").isVisible()).toBe(true);
      expect(await page.locator("main .prose").isVisible()).toBe(true);
    });
  });
});

describe("screenshots", () => {
  const SHOTS: Record<string, string> = { home: PAGES.home!, plan: PAGES.plan!, calendar: PAGES.calendar!, session: PAGES.session!, guide: PAGES.guide! };
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it("are saved at 375 px and 1280 px to test-results/screenshots/", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [375, 1280]) {
      await withPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 }, async (page) => {
        for (const [name, path] of Object.entries(SHOTS)) {
          const file = join(SCREENSHOTS, `${name}-${width}.png`);
          rmSync(file, { force: true });
          await page.goto(url(path), { waitUntil: "networkidle" });
          await page.screenshot({ path: file, fullPage: true });
          expect(existsSync(file), file).toBe(true);
          const png = readFileSync(file);
          expect(png.length, file).toBeGreaterThan(1000);
          expect(png.subarray(0, 8).equals(PNG), file).toBe(true);
          // The IHDR chunk holds the width in pixels.
          expect(png.readUInt32BE(16), file).toBe(width);
        }
      });
    }
  }, 300_000);
});
