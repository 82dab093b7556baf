import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/markdown.ts";
import { agencyJsonLd, guideJsonLd, jsonLdElement, jsonLdScript, sessionJsonLd, type JsonLd } from "../../src/seo/jsonld.ts";
import { BASE, fixtureStore, session, urlsOf } from "../feeds/fixture.ts";

const store = fixtureStore();
const urls = urlsOf(store);
const S = "https://schema.org/";
const ld = (id: string) => sessionJsonLd(store, session(store, id), urls);

const tuyenQuangDepartment = {
  "@type": "GovernmentOrganization",
  "@id": `${BASE}/co-quan/so-khcn-tuyen-quang/#to-chuc`,
  name: "Sở Khoa học và Công nghệ tỉnh Tuyên Quang",
  url: "https://sokhcn.tuyenquang.example.gov.vn",
};
const hall = { "@type": "Place", name: "Hội trường Sở Khoa học và Công nghệ", address: { "@type": "PostalAddress", addressRegion: "Tuyên Quang", addressCountry: "VN" } };

describe("sessionJsonLd", () => {
  it("an in-person, free session open for registration, field by field", () => {
    const s = session(store, "tq-2026-12-5s");
    expect(ld(s.id)).toEqual({
      "@context": "https://schema.org",
      "@type": "EducationEvent",
      "@id": `${BASE}/dao-tao/tq-2026-12-5s/#su-kien`,
      name: "Thực hành 5S và Kaizen tại doanh nghiệp",
      description: markdownToText(s.description!, urls),
      url: `${BASE}/dao-tao/tq-2026-12-5s/`,
      inLanguage: "vi",
      startDate: "2026-12-10T08:00:00+07:00",
      endDate: "2026-12-10T16:30:00+07:00",
      eventStatus: `${S}EventScheduled`,
      eventAttendanceMode: `${S}OfflineEventAttendanceMode`,
      location: {
        "@type": "Place",
        name: "Hội trường Sở Khoa học và Công nghệ, tầng 3",
        address: { "@type": "PostalAddress", streetAddress: "Số 2, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", addressRegion: "Tuyên Quang", addressCountry: "VN" },
      },
      organizer: tuyenQuangDepartment,
      audience: { "@type": "Audience", audienceType: "Cán bộ kỹ thuật doanh nghiệp" },
      maximumAttendeeCapacity: 80,
      isAccessibleForFree: true,
      offers: {
        "@type": "Offer",
        price: 0,
        priceCurrency: "VND",
        availability: `${S}InStock`,
        url: "https://dangky.example.gov.vn/5s",
        validFrom: "2026-11-15",
        validThrough: "2026-12-04T23:59:59+07:00",
      },
      about: [
        { "@type": "Thing", name: "Công cụ 5S", url: `${BASE}/chu-de/5s/` },
        { "@type": "Thing", name: "Lean, Lean Six Sigma", url: `${BASE}/chu-de/lean/` },
      ],
      educationalLevel: "Hội thảo",
    });
  });

  it("an online all-day session with a fee: dates, VirtualLocation, price in VND", () => {
    const o = ld("tq-2027-01-chuyen-gia");
    expect([o.startDate, o.endDate, o.eventAttendanceMode]).toEqual(["2027-01-14", "2027-01-16", `${S}OnlineEventAttendanceMode`]);
    expect(o.location).toEqual({ "@type": "VirtualLocation", url: "https://hop.example.gov.vn/chuyen-gia" });
    expect(o.isAccessibleForFree).toBe(false);
    expect(o.offers).toEqual({
      "@type": "Offer",
      price: 1500000,
      priceCurrency: "VND",
      availability: `${S}InStock`,
      url: "https://dangky.example.gov.vn/chuyen-gia",
      validFrom: "2026-11-01",
      validThrough: "2027-01-13T23:59:59+07:00",
    });
    // No description in the content: kind and audience say what it is.
    expect(o.description).toBe("Đào tạo chuyên gia. Đối tượng: Cán bộ các sở, ngành được cử đào tạo.");
  });

  it("a postponed hybrid session: both locations, mixed attendance, postponed", () => {
    const o = ld("tq-2026-12-hoan");
    expect(o.eventStatus).toBe(`${S}EventPostponed`);
    expect(o.eventAttendanceMode).toBe(`${S}MixedEventAttendanceMode`);
    // Registration is not open: the meeting link gives way to the session's page.
    expect(o.location).toEqual([hall, { "@type": "VirtualLocation", url: `${BASE}/dao-tao/tq-2026-12-hoan/` }]);
    expect([o.startDate, o.endDate]).toEqual(["2026-12-22T08:30:00+07:00", "2026-12-22T11:30:00+07:00"]);
    expect((o.offers as JsonLd).availability).toBe(`${S}OutOfStock`);
    // No registration link: the offer points to the session page.
    expect((o.offers as JsonLd).url).toBe(`${BASE}/dao-tao/tq-2026-12-hoan/`);
  });

  it("cancelled and completed sessions", () => {
    const cancelled = ld("tq-2026-12-lean-huy");
    expect(cancelled.eventStatus).toBe(`${S}EventCancelled`);
    expect((cancelled.offers as JsonLd).availability).toBe(`${S}Discontinued`);
    const done = ld("tq-2025-06-nhan-thuc");
    expect(done.eventStatus).toBe(`${S}EventScheduled`);
    expect((done.offers as JsonLd).availability).toBe(`${S}SoldOut`);
  });

  it("an organizer without a website points to its page on the portal", () => {
    expect(ld("dn-2027-02-lean").organizer).toEqual({
      "@type": "GovernmentOrganization",
      "@id": `${BASE}/co-quan/so-khcn-da-nang/#to-chuc`,
      name: "Sở Khoa học và Công nghệ thành phố Đà Nẵng",
      url: `${BASE}/co-quan/so-khcn-da-nang/`,
    });
  });
});

describe("guideJsonLd", () => {
  it("an Article with dates, topics and the portal's agency as author and publisher", () => {
    const guide = store.guides.find((g) => g.id === "ap-dung-5s")!;
    const publisher = { ...tuyenQuangDepartment };
    expect(guideJsonLd(store, guide, urls)).toEqual({
      "@context": "https://schema.org",
      "@type": "Article",
      "@id": `${BASE}/huong-dan/ap-dung-5s/#bai-viet`,
      headline: "Áp dụng 5S tại doanh nghiệp nhỏ và vừa",
      description: "Các bước áp dụng 5S, từ sàng lọc đến sẵn sàng.",
      url: `${BASE}/huong-dan/ap-dung-5s/`,
      mainEntityOfPage: `${BASE}/huong-dan/ap-dung-5s/`,
      inLanguage: "vi",
      dateModified: "2025-11-03",
      author: publisher,
      publisher,
      about: [
        { "@type": "Thing", name: "Công cụ 5S", url: `${BASE}/chu-de/5s/` },
        { "@type": "Thing", name: "Lean, Lean Six Sigma", url: `${BASE}/chu-de/lean/` },
      ],
      keywords: "TCVN ISO 9001:2015",
    });
  });
});

describe("agencyJsonLd", () => {
  it("a department: GovernmentOrganization with contact, address and founding date", () => {
    expect(agencyJsonLd(store, "so-khcn-tuyen-quang", urls)).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentOrganization",
      "@id": `${BASE}/co-quan/so-khcn-tuyen-quang/#to-chuc`,
      name: "Sở Khoa học và Công nghệ tỉnh Tuyên Quang",
      alternateName: "Sở KH&CN Tuyên Quang",
      url: `${BASE}/co-quan/so-khcn-tuyen-quang/`,
      sameAs: "https://sokhcn.tuyenquang.example.gov.vn",
      email: "sokhcn@tuyenquang.example.gov.vn",
      telephone: "0207 3822 555",
      address: { "@type": "PostalAddress", addressRegion: "Tuyên Quang", addressCountry: "VN" },
      foundingDate: "2025-03-01",
    });
  });

  it("a merged authority carries its dissolution date; other kinds get their own type", () => {
    const merged = agencyJsonLd(store, "ubnd-quang-nam", urls);
    expect(merged["@type"]).toBe("GovernmentOrganization");
    expect(merged.dissolutionDate).toBe("2025-06-30");
    expect(agencyJsonLd(store, "vien-nang-suat", urls)["@type"]).toBe("ResearchOrganization");
    expect(() => agencyJsonLd(store, "khong-co", urls)).toThrow();
  });
});

describe("jsonLdScript", () => {
  const evil = session(store, "dn-2027-02-lean");

  it("a title with </script><script>alert(1)</script> cannot leave the element", () => {
    expect(evil.title).toContain("</script><script>alert(1)</script>");
    const obj = sessionJsonLd(store, evil, urls);
    const json = jsonLdScript(obj);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(obj);

    // Read as a browser would: exactly one script element, whose text is the whole object.
    const $ = cheerio.load(`<!doctype html><html><head>${jsonLdElement(obj)}</head><body><p>x</p></body></html>`);
    expect($("script")).toHaveLength(1);
    expect($("script").attr("type")).toBe("application/ld+json");
    expect(JSON.parse($("script").text())).toEqual(obj);
    expect((JSON.parse($("script").text()) as JsonLd).name).toBe(evil.title);
  });

  it("escapes HTML comment openers, ampersands and the JavaScript line separators", () => {
    const obj: JsonLd = { "@type": "Thing", name: "<!-- a & b \u2028 c \u2029 d -->" };
    const json = jsonLdScript(obj);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c!--");
    expect(JSON.parse(json)).toEqual(obj);
  });
});
