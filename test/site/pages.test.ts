/**
 * The bundled site, built for real with the clock at 29/11/2026, read back with an HTML
 * parser: the right data in the right place on every kind of page.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build, copyProject, facts, page, text } from "../helpers/site.ts";

let outDir: string;

beforeAll(async () => {
  const built = await build(copyProject());
  expect(built.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(built.result.ok).toBe(true);
  outDir = built.outDir;
});

describe("every page", () => {
  it("is Vietnamese, has one h1, a skip link to the main content and the demo notice", () => {
    for (const url of ["/", "/ke-hoach/tuyen-quang-2022-2025/", "/dao-tao/", "/huong-dan/", "/tin-tuc/", "/chu-de/5s/", "/co-quan/ubnd-quang-nam/", "/gioi-thieu/", "/404.html"]) {
      const $ = page(outDir, url);
      expect($("html").attr("lang"), url).toBe("vi");
      expect($("h1").length, url).toBe(1);
      expect($("a.skip-link").attr("href"), url).toBe("#noi-dung");
      expect($("main#noi-dung").length, url).toBe(1);
      expect(text($(".demo-notice").text()), url).toContain("minh họa");
      expect($('meta[http-equiv="Content-Security-Policy"]').attr("content"), url).toContain("script-src 'self'");
      expect($("header form[role=search]").attr("action"), url).toBe("/tim-kiem/");
    }
  });

  it("loads no script or style from another host", () => {
    const $ = page(outDir, "/");
    const external = $("script[src], link[rel=stylesheet], img[src]")
      .map((_, el) => $(el).attr("src") ?? $(el).attr("href"))
      .get()
      .filter((u) => /^(https?:)?\/\//.test(u));
    expect(external).toEqual([]);
  });
});

describe("home", () => {
  it("shows the next upcoming trainings, soonest first, none of them past", () => {
    const $ = page(outDir, "/");
    const cards = $("#sap-dien-ra").closest("section").find(".session-card");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(4);
    const statuses = cards.map((_, c) => text($(c).find(".status").text())).get();
    for (const s of statuses) expect(["Đang nhận đăng ký", "Sắp hết hạn đăng ký", "Đã hết hạn đăng ký", "Đang diễn ra"]).toContain(s);
    const first = text(cards.first().find("dd").first().text());
    expect(first).toMatch(/^\d{2}\/\d{2}\/\d{4}/);
  });

  it("lists both plans with their target progress and the topics", () => {
    const $ = page(outDir, "/");
    expect($(".plan-summary").length).toBe(2);
    expect($(".plan-summary table.targets").length).toBe(2);
    expect($(".topic-grid a").length).toBeGreaterThanOrEqual(10);
  });
});

describe("plan", () => {
  it("shows the issuer as printed, the lead agency's successor, says plainly that its number is not published, and links its legal basis", () => {
    const $ = page(outDir, "/ke-hoach/tuyen-quang-2022-2025/");
    expect(text($(".issuer").text())).toBe("Ủy ban nhân dân tỉnh Tuyên Quang");
    const f = facts($, ".doc-header .facts");
    // Neither a blank official field nor an invented number: a plain statement.
    expect(f["Số, ký hiệu"]).toBe("Số, ký hiệu của kế hoạch không được công bố trên Cổng này");
    expect(f["Ngày ban hành"]).toBeUndefined();
    expect(f["Giai đoạn"]).toBe("2022-2025");
    expect(f["Căn cứ"]).toContain("Quyết định 1322/QĐ-TTg ngày 31/08/2020");
    expect($('.doc-header a[href="/van-ban/1322-qd-ttg/"]').length).toBe(1);
    expect($('.doc-header a[href="/co-quan/so-khcn-tuyen-quang-cu/"]').length).toBe(1);
    expect($('.doc-header a[href="/co-quan/so-khcn-tuyen-quang/"]').length).toBe(1);
    expect($('.doc-header a[href="/co-quan/hiep-hoi-dn-tuyen-quang/"]').length).toBe(1);
  });

  it("says who carries on a plan whose issuer was merged", () => {
    const $ = page(outDir, "/ke-hoach/quang-nam-2022-2025/");
    expect(text($(".issuer").text())).toBe("Ủy ban nhân dân tỉnh Quảng Nam");
    const successor = $(".successor");
    expect(text(successor.text())).toContain("Nay do Ủy ban nhân dân thành phố Đà Nẵng tiếp tục thực hiện");
    expect(successor.find('a[href="/co-quan/ubnd-da-nang/"]').length).toBe(1);
  });

  it("has a targets table with progress from completed trainings, rendered without JavaScript", () => {
    const $ = page(outDir, "/ke-hoach/tuyen-quang-2022-2025/");
    const rows = $("table.targets tbody tr");
    expect(rows.length).toBe(5);
    const trained = $("#chi-tieu-dao-tao-500-luot");
    expect(text(trained.find(".goal").text())).toBe("Mục tiêu: trên 500 lượt người");
    expect(text(trained.find(".value").text())).toBe("486 lượt người");
    expect(trained.find("progress").attr("value")).toBe("97.2");
    expect(text(trained.find(".percent").text())).toBe("97,2%");
    expect(text(trained.find(".not-met").text())).toBe("Không đạt");
    expect(text(trained.find(".reached .meta").text())).toMatch(/^tính đến \d{2}\/\d{2}\/2025/);
    const experts = $("#chi-tieu-chuyen-gia-10");
    expect(text(experts.find(".value").text())).toBe("7 người");
    expect(experts.find("progress").attr("value")).toBe("70");
  });

  it("links the plan's trainings, guides, activities and attachments with type and size", () => {
    const $ = page(outDir, "/ke-hoach/tuyen-quang-2022-2025/");
    expect($("#dao-tao-lien-quan").next("ul").find("li").length).toBeGreaterThanOrEqual(7);
    expect($("#huong-dan-lien-quan").next("ul").find("a").length).toBeGreaterThan(0);
    expect($("#hoat-dong-lien-quan").next("ul").find("a").length).toBeGreaterThan(0);
    const attachment = $(".attachments li").first();
    expect(attachment.find("a").attr("href")).toMatch(/^\/files\/.+\.pdf$/);
    expect(text(attachment.find(".meta").text())).toMatch(/^\(PDF, [\d,]+ (B|KB)\)$/);
    expect(existsSync(join(outDir, attachment.find("a").attr("href")!))).toBe(true);
  });
});

describe("training calendar", () => {
  it("groups upcoming sessions by month in date order, with no past session", () => {
    const $ = page(outDir, "/dao-tao/");
    const months = $(".month h2").map((_, h) => text($(h).text())).get();
    expect(months[0]).toBe("Tháng 12 năm 2026");
    expect(months).toContain("Tháng 3 năm 2027");
    const ids = $(".month h2").map((_, h) => $(h).attr("id")).get();
    expect([...ids].sort()).toEqual(ids);
    expect(text($(".month").text())).not.toContain("Đã diễn ra");
  });

  it("offers facet pages that filter without JavaScript, in one collapsed filter control", () => {
    const $ = page(outDir, "/dao-tao/");
    expect($("details.filters").length).toBe(1);
    expect($("details.filters").attr("open")).toBeUndefined();
    expect($("main select, form[data-filter-form]").length).toBe(0);
    expect($('.facets a[href="/dao-tao/tinh/tuyen-quang/"]').length).toBe(1);
    expect($('.facets a[href="/dao-tao/loai/dao-tao-chuyen-gia/"]').length).toBe(1);
    expect($('.facets a[href="/dao-tao/hinh-thuc/truc-tuyen/"]').length).toBe(1);
    const online = page(outDir, "/dao-tao/hinh-thuc/truc-tuyen/");
    const places = online(".month .session-card").map((_, c) => online(c).attr("data-format")).get();
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set(["online"]));
    const province = page(outDir, "/dao-tao/tinh/da-nang/");
    expect(new Set(province(".session-card").map((_, c) => province(c).attr("data-province")).get())).toEqual(new Set(["da-nang"]));
  });

  it("gives every facet page a Vietnamese address, derived from the label, and links it so in the filter's data", () => {
    const $ = page(outDir, "/dao-tao/");
    const facets = $(".facets a[data-key]")
      .map((_, a) => ({ href: $(a).attr("href")!, slug: $(a).attr("data-slug")!, label: text($(a).text()) }))
      .get();
    expect(facets.filter((f) => /\/(loai|hinh-thuc)\//.test(f.href)).map((f) => f.href).sort()).toEqual([
      "/dao-tao/hinh-thuc/truc-tiep-va-truc-tuyen/",
      "/dao-tao/hinh-thuc/truc-tiep/",
      "/dao-tao/hinh-thuc/truc-tuyen/",
      "/dao-tao/loai/dao-tao-can-bo-quan-ly/",
      "/dao-tao/loai/dao-tao-chuyen-gia/",
      "/dao-tao/loai/dao-tao-giang-vien/",
      "/dao-tao/loai/hoi-thao/",
      "/dao-tao/loai/tap-huan-nang-cao-nhan-thuc/",
    ]);
    for (const f of facets) {
      expect(f.href, f.label).toBe(`/dao-tao/${f.href.split("/")[2]}/${f.slug}/`);
      expect(f.href, f.label).not.toMatch(/in-person|online|hybrid|expert|lecturer|manager|awareness|workshop/);
      expect(existsSync(join(outDir, f.href, "index.html")), f.href).toBe(true);
    }
    // The sitemap lists the Vietnamese addresses only.
    const sitemap = page(outDir, "/sitemap.xml").xml();
    expect(sitemap).toContain("/dao-tao/hinh-thuc/truc-tiep/<");
    expect(sitemap).toContain("/dao-tao/loai/tap-huan-nang-cao-nhan-thuc/<");
    expect(sitemap).not.toMatch(/\/dao-tao\/(loai|hinh-thuc)\/(in-person|online|hybrid|expert|lecturer|manager|awareness|workshop)\//);
  });

  it("keeps each former English facet address as a redirect to the Vietnamese one (meta refresh, rel=canonical, a visible link)", () => {
    const moved: [string, string][] = [
      ["/dao-tao/hinh-thuc/in-person/", "/dao-tao/hinh-thuc/truc-tiep/"],
      ["/dao-tao/hinh-thuc/online/", "/dao-tao/hinh-thuc/truc-tuyen/"],
      ["/dao-tao/hinh-thuc/hybrid/", "/dao-tao/hinh-thuc/truc-tiep-va-truc-tuyen/"],
      ["/dao-tao/loai/awareness/", "/dao-tao/loai/tap-huan-nang-cao-nhan-thuc/"],
      ["/dao-tao/loai/expert/", "/dao-tao/loai/dao-tao-chuyen-gia/"],
      ["/dao-tao/loai/lecturer/", "/dao-tao/loai/dao-tao-giang-vien/"],
      ["/dao-tao/loai/manager/", "/dao-tao/loai/dao-tao-can-bo-quan-ly/"],
      ["/dao-tao/loai/workshop/", "/dao-tao/loai/hoi-thao/"],
    ];
    for (const [from, to] of moved) {
      const $ = page(outDir, from);
      expect($('meta[http-equiv="refresh"]').attr("content"), from).toBe(`0; url=${to}`);
      expect($('link[rel="canonical"]').attr("href"), from).toBe(`https://nangsuat.example.gov.vn${to}`);
      expect($('meta[name="robots"]').attr("content"), from).toBe("noindex");
      expect($(`main a[href="${to}"]`).length, from).toBe(1);
      expect(text($("h1").text()), from).toMatch(/^Lịch đào tạo: /);
    }
  });

  it("computes each status from the fixed clock", () => {
    const status = (id: string) => text(page(outDir, `/dao-tao/${id}/`)(".page-header .status").text());
    expect(status("tq-2026-12-nhan-thuc-nang-suat")).toBe("Sắp hết hạn đăng ký");
    expect(status("tq-2026-12-iso-56000")).toBe("Đã hết hạn đăng ký");
    expect(status("tq-2027-03-chuyen-gia-nang-suat")).toBe("Đang nhận đăng ký");
    expect(status("tq-2025-11-vietgap-huu-co")).toBe("Đã hủy");
    expect(status("qn-2025-06-chuyen-doi-so-san-xuat-thong-minh")).toBe("Tạm hoãn");
    expect(status("qn-2025-02-nhan-thuc-nang-suat")).toBe("Đã diễn ra");
  });

  it("gives a session page everything needed to register", () => {
    const $ = page(outDir, "/dao-tao/tq-2026-12-nhan-thuc-nang-suat/");
    const f = facts($, ".session > .facts");
    expect(f["Thời gian"]).toBe("10/12/2026 08:00 – 11/12/2026 16:30");
    expect(f["Học phí"]).toBe("Miễn phí");
    expect(f["Hạn đăng ký"]).toBe("04/12/2026");
    expect(f["Đơn vị tổ chức"]).toBe("Sở Khoa học và Công nghệ tỉnh Tuyên Quang (trang tỉnh Tuyên Quang)");
    expect(f["Hình thức"]).toBe("Trực tiếp");
    expect($(".register").length).toBe(1);
    expect($(".register a").length).toBeGreaterThan(0);
    const paid = page(outDir, "/dao-tao/tq-2027-03-chuyen-gia-nang-suat/");
    expect(facts(paid, ".session > .facts")["Học phí"]).toBe("4.500.000 ₫");
  });

  it("offers the session in calendars and describes it to search engines", () => {
    const $ = page(outDir, "/dao-tao/tq-2026-12-nhan-thuc-nang-suat/");
    const links = $(".add-to-calendar a").map((_, a) => $(a).attr("href")).get();
    expect(links[0]).toBe("/dao-tao/tq-2026-12-nhan-thuc-nang-suat.ics");
    expect(existsSync(join(outDir, links[0]!))).toBe(true);
    expect(links.some((l) => l.startsWith("https://calendar.google.com/"))).toBe(true);
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld["@type"]).toBe("EducationEvent");
    expect(ld.startDate).toBe("2026-12-10T08:00:00+07:00");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://nangsuat.example.gov.vn/dao-tao/tq-2026-12-nhan-thuc-nang-suat/");
    expect($('meta[property="og:title"]').attr("content")).toBe(text($("h1").text()));
    const calendar = page(outDir, "/dao-tao/");
    expect(calendar('a[href^="webcal://"]').attr("href")).toBe("webcal://nangsuat.example.gov.vn/dao-tao/lich.ics");
  });

  it("keeps past sessions in the archive, newest first", () => {
    const $ = page(outDir, "/dao-tao/da-dien-ra/");
    const statuses = $(".session-card .status").map((_, s) => text($(s).text())).get();
    expect(statuses.length).toBeGreaterThanOrEqual(12);
    for (const s of statuses) expect(["Đã diễn ra", "Đã hủy", "Tạm hoãn"]).toContain(s);
  });
});

describe("guidance", () => {
  it("lists guides grouped by topic", () => {
    const $ = page(outDir, "/huong-dan/");
    expect($("main section h2").length).toBeGreaterThanOrEqual(8);
    expect($("main section .card").length).toBeGreaterThanOrEqual(10);
  });

  it("gives a guide a table of contents whose links land on headings, and its dates", () => {
    const $ = page(outDir, "/huong-dan/ap-dung-5s-tai-doanh-nghiep-nho-va-vua/");
    const toc = $(".toc a").map((_, a) => $(a).attr("href")).get();
    expect(toc.length).toBeGreaterThan(2);
    for (const href of toc) expect($(`.prose [id="${href.slice(1)}"]`).length, href).toBe(1);
    expect(facts($, ".page-header .facts")["Cập nhật"]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect($(".tags a").first().attr("href")).toBe("/chu-de/5s/");
  });
});

describe("activities, topics, agencies, pages", () => {
  it("lists activities by year, newest first", () => {
    const $ = page(outDir, "/tin-tuc/");
    const years = $("main section h2").map((_, h) => text($(h).text())).get();
    expect(years[0]).toBe("Năm 2026");
    expect(years).toContain("Năm 2022");
  });

  it("gathers guides, trainings and activities on a topic hub", () => {
    const $ = page(outDir, "/chu-de/iso-56000/");
    expect(text($("h1").text())).toBe("Quản lý đổi mới sáng tạo ISO 56000");
    expect($('#huong-dan').next("ul").find('a[href="/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/"]').length).toBe(1);
  });

  it("shows a merged agency's end date and successor", () => {
    const $ = page(outDir, "/co-quan/ubnd-quang-nam/");
    expect(text($(".notice").text())).toContain("hoạt động đến ngày 30/06/2025");
    expect($('.notice a[href="/co-quan/ubnd-da-nang/"]').length).toBe(1);
    expect($("#ban-hanh").next("ul").find('a[href="/ke-hoach/quang-nam-2022-2025/"]').length).toBe(1);
    const successor = page(outDir, "/co-quan/ubnd-da-nang/");
    expect(successor('a[href="/co-quan/ubnd-quang-nam/"]').length).toBeGreaterThan(0);
  });

  it("describes each open data file with its fields and schema", () => {
    const $ = page(outDir, "/du-lieu-mo/");
    expect($('.downloads a[href="/api/trainings.json"]').length).toBe(1);
    expect($('a[href="/api/trainings.schema.json"]').length).toBe(1);
    expect($('.downloads a[href="/api/trainings.csv"]').length).toBe(1);
    expect($('.downloads a[href="/api/plans.json"]').length).toBe(1);
    expect($('.downloads a[href="/api/documents.json"]').length).toBe(1);
    expect($('.downloads a[href="/api/documents.csv"]').length).toBe(1);
    expect($("table").length).toBe(5);
    expect($("table").first().find("tbody tr").length).toBeGreaterThan(10);
  });

  it("publishes the editors' guide and the key reference", () => {
    const $ = page(outDir, "/huong-dan-bien-tap/");
    expect(text($("h1").text()).length).toBeGreaterThan(5);
    expect($('a[href^="/huong-dan-bien-tap/tham-chieu/"]').length).toBeGreaterThan(0);
    const ref = page(outDir, "/huong-dan-bien-tap/tham-chieu/");
    expect(text(ref("main").text())).toContain("training/end-before-start");
  });

  it("publishes the standing pages and a useful 404", () => {
    expect(text(page(outDir, "/gioi-thieu/")("h1").text()).length).toBeGreaterThan(3);
    const $ = page(outDir, "/404.html");
    expect(text($("h1").text())).toBe("Không tìm thấy trang");
    expect($('main a[href="/dao-tao/"]').length).toBe(1);
    expect($("main form[role=search]").length).toBe(1);
  });
});
