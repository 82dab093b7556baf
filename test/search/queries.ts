/**
 * What readers type, and the page of the bundled content each query must put among its first
 * three results. Written from the content (content/, data/), not from what the engine returned:
 * each `why` says what makes that page the answer. Run in Node (test/search/queries.test.ts)
 * and through the search page in Chromium (test/e2e/search.test.ts).
 */

export interface SearchCase {
  /** What the reader types. */
  q: string;
  /** Search page filters: loai, tinh, chu-de, nam. */
  filters?: Record<string, string>;
  /** "desc": newest first ("Mới nhất"); "asc": oldest first. */
  sort?: "asc" | "desc";
  /** The page that must be among the first three results; absent when nothing may be found. */
  top3?: string;
  /** True when the query must find nothing at all. */
  none?: true;
  /** What the case checks, and why that page is the answer. */
  why: string;
}

const nfd = (s: string) => s.normalize("NFD");

export const CASES: SearchCase[] = [
  // Without diacritics, "d" for "đ"
  { q: "dao tao nang suat", top3: "/tin-tuc/2025-05-quang-nam-dao-tao-can-bo-quan-ly-giang-vien/", why: "no marks, d for đ: the one page with the phrase “đào tạo năng suất”" },
  { q: "dang ky", top3: "/huong-dan/san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/", why: "d for đ: the guide with “đăng ký” in its title, not pages with “dạng”" },
  { q: "truy xuat nguon goc", top3: "/huong-dan/truy-xuat-nguon-goc-san-pham-hang-hoa/", why: "the guide on traceability, a long page" },
  { q: "chuyen doi so", top3: "/huong-dan/chuyen-doi-so-trong-quan-tri-doanh-nghiep/", why: "d for đ in “đổi”: the digital transformation guide" },
  { q: "nang suat xanh", top3: "/huong-dan/nang-suat-xanh-cho-doanh-nghiep/", why: "the green productivity guide" },
  { q: "giai thuong chat luong quoc gia", top3: "/huong-dan/chuan-bi-tham-gia-giai-thuong-chat-luong-quoc-gia/", why: "the National Quality Award guide" },
  { q: "san xuat thong minh", top3: "/huong-dan/san-xuat-thong-minh-lo-trinh-cho-doanh-nghiep/", why: "the smart manufacturing guide" },
  { q: "boi duong giang vien", top3: "/dao-tao/qn-2025-03-giang-vien-nang-suat/", why: "“duong” may be “dưỡng” or “đường”; here it is “dưỡng”: the only “Lớp bồi dưỡng giảng viên”" },
  { q: "hoi nghi tong ket", top3: "/tin-tuc/2026-01-tuyen-quang-hoi-nghi-tong-ket-ke-hoach/", why: "the closing conference of Tuyên Quang's plan" },
  { q: "tuyen bo tiep can", top3: "/tuyen-bo-tiep-can/", why: "a standing page by its title" },
  { q: "ke hoach quang nam", top3: "/ke-hoach/quang-nam-2022-2025/", why: "Quảng Nam's plan" },
  { q: "ke hoach tuyen quang", top3: "/ke-hoach/tuyen-quang-2022-2025/", why: "Tuyên Quang's plan" },
  { q: "hop nhat so thong tin va truyen thong", top3: "/tin-tuc/2025-03-hop-nhat-so-khoa-hoc-cong-nghe/", why: "the news of the departments' merger" },
  { q: "lean six sigma dai xanh", top3: "/dao-tao/dn-2027-06-lean-six-sigma-dai-xanh/", why: "d for đ in “đai xanh”: the green belt course" },
  { q: "so khoa hoc va cong nghe da nang", top3: "/co-quan/so-khcn-da-nang/", why: "d for đ in “Đà Nẵng”: the department's own page" },
  { q: "con duong chung nhan", top3: "/huong-dan/san-xuat-nong-nghiep-huu-co-tcvn-11041/", why: "d for đ in “đường”: “Hai con đường chứng nhận” in the organic farming guide" },
  { q: "theo doi chi so", top3: "/huong-dan/nang-suat-xanh-cho-doanh-nghiep/", why: "“dõi” keeps its d: “Chỉ số nên theo dõi” in the green productivity guide" },
  { q: "doi moi sang tao", top3: "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/", why: "d for đ in “đổi”: the innovation management guide" },
  { q: "ISO 56000", top3: "/huong-dan/quan-ly-doi-moi-sang-tao-theo-iso-56000/", why: "a standard's number: the guide written to it" },
  { q: "vietgap quang nam", top3: "/dao-tao/dn-2027-09-truy-xuat-vietgap/", why: "Quảng Nam merged into Đà Nẵng on 1/7/2025: the VietGAP course Đà Nẵng holds at Tam Kỳ in 2027" },
  // Upper and mixed case
  { q: "ĐÀO TẠO GIẢNG VIÊN", top3: "/dao-tao/dn-2027-03-giang-vien-nang-suat/", why: "capitals: the “Khóa đào tạo giảng viên” course" },
  { q: "VietGAP", top3: "/huong-dan/san-xuat-theo-vietgap/", why: "mixed case: the VietGAP guide" },
  { q: "Kaizen Cai Tien Lien Tuc", top3: "/huong-dan/kaizen-cai-tien-lien-tuc/", why: "title case without marks: the Kaizen guide" },
  // NFD, as pasted from some editors and keyboards
  { q: nfd("bồi dưỡng giảng viên"), top3: "/dao-tao/qn-2025-03-giang-vien-nang-suat/", why: "NFD with marks: the lecturer course" },
  { q: nfd("Đăng tải kế hoạch"), top3: "/tin-tuc/2022-12-quang-nam-dang-tai-ke-hoach-tren-website/", why: "NFD with Đ: the news of the plan put on the website" },
  { q: nfd("Năng suất và chất lượng là gì"), top3: "/huong-dan/nang-suat-va-chat-luong-la-gi/", why: "NFD: the guide by its title" },
  // Exact spelling first ("dầu" is not "đầu")
  { q: "dầu", top3: "/huong-dan/ap-dung-5s-tai-doanh-nghiep-nho-va-vua/", why: "“kiểm tra dầu” in the 5S guide, before the many “đầu”" },
  { q: "đầu", top3: "/huong-dan/nang-suat-va-chat-luong-la-gi/", why: "“bắt đầu” in the title of the guide" },
  { q: "dưỡng", top3: "/dao-tao/qn-2025-03-giang-vien-nang-suat/", why: "“bồi dưỡng”, not “đường”" },
  { q: "giảng dạy", top3: "/dao-tao/qn-2025-03-giang-vien-nang-suat/", why: "“phương pháp giảng dạy”, not “đây” or “đầy”" },
  // Phrases
  { q: "dương", top3: "/huong-dan/chuan-bi-tham-gia-giai-thuong-chat-luong-quoc-gia/", why: "“Thái Bình Dương”, the one “dương”, before “dưỡng” and “đường”" },
  // Phrases
  { q: "day dai", top3: "/huong-dan/ap-dung-5s-tai-doanh-nghiep-nho-va-vua/", why: "the phrase “dây đai” (d for đ in one word only), in the 5S guide" },
  { q: "dao tao", top3: "/tin-tuc/2026-11-cong-bo-lich-dao-tao-2027/", why: "the phrase “đào tạo”: the training calendar's announcement, “lịch đào tạo” in its title" },
  // Filters and sorting
  { q: "iso 9001", filters: { loai: "Hướng dẫn" }, top3: "/huong-dan/xay-dung-he-thong-quan-ly-chat-luong-iso-9001/", why: "kind filter: the ISO 9001 guide among guides" },
  { q: "ket qua dao tao", filters: { loai: "Tin tức", tinh: "Tuyên Quang" }, top3: "/tin-tuc/2025-10-tuyen-quang-ket-qua-dao-tao-2025/", why: "kind and province: Tuyên Quang's training results" },
  { q: "truc tuyen", filters: { loai: "Đào tạo", "chu-de": "Chuyển đổi số trong doanh nghiệp" }, top3: "/dao-tao/tt-2026-03-chuyen-doi-so/", why: "kind and topic: the online digital transformation course" },
  { q: "tap huan 5s", filters: { tinh: "Đà Nẵng" }, top3: "/dao-tao/dn-2027-01-5s-kaizen/", why: "province: the 5S course in Đà Nẵng" },
  { q: "vietgap", filters: { loai: "Đào tạo", nam: "2025" }, top3: "/dao-tao/tq-2025-11-vietgap-huu-co/", why: "kind and year: the 2025 VietGAP course" },
  { q: "", filters: { loai: "Đào tạo", "chu-de": "Thực hành nông nghiệp tốt (VietGAP, GAP)" }, sort: "desc", top3: "/dao-tao/dn-2027-09-truy-xuat-vietgap/", why: "filters only, newest first: the September 2027 VietGAP course" },
  { q: "nang suat", filters: { loai: "Kế hoạch" }, sort: "asc", top3: "/ke-hoach/quang-nam-2022-2025/", why: "oldest first among plans (both 2022): Quảng Nam's" },
  // Nothing
  { q: "blockchain", none: true, why: "a word the site never uses: no result, not pages with a shorter prefix (“b”)" },
  { q: "dao tao", filters: { loai: "Kế hoạch", tinh: "Đà Nẵng" }, none: true, why: "filters no page meets: Đà Nẵng has no plan of its own" },
];

/**
 * Words typed with diacritics that also reach other spellings (another tone, or "d" read as "đ"):
 * pages with the word exactly as typed rank first.
 */
export const EXACT_FIRST = ["dương", "dầu", "dưỡng", "dạy", "đào", "đổi"];

/** Two-syllable words typed as such: pages holding them as a phrase rank first. */
export const PHRASE_FIRST = ["dao tao", "sang tao", "dang ky", "nang suat", "quang nam", "doi moi"];
