/**
 * Queries typed the way Vietnamese is really typed, and the page of the bundled content each must
 * put among its first three results: regional spellings, words joined or split, one unknown word,
 * a typing slip answered by "Có phải bạn muốn tìm …?", and nonsense that must find nothing.
 * Written from the content: each `why` says what makes that page the answer. Run in Node
 * (test/search/variants-site.test.ts) and through the search page in Chromium
 * (test/e2e/search-variants.test.ts).
 */

export type VariantClass = "s/x" | "ch/tr" | "d/gi/r" | "l/n" | "hỏi/ngã" | "join/split" | "unknown word" | "suggestion" | "nonsense";

export interface VariantCase {
  class: VariantClass;
  /** What the reader types. */
  q: string;
  /** The page among the first three results (for "suggestion": of the suggested query). */
  top3?: string;
  /** The variant searched, as the page shows it after "Kết quả cho:" (absent when the query as typed suffices). */
  variant?: string;
  /** The words named after "Không tìm thấy từ:". */
  missing?: string[];
  /** The query the page offers first after "Có phải bạn muốn tìm". */
  suggest?: string;
  /** Nothing may be found, and nothing suggested. */
  none?: true;
  why: string;
}

const G = "/huong-dan/";

export const VARIANT_CASES: VariantCase[] = [
  // s/x: the two sound alike in the North
  { class: "s/x", q: "nang xuat xanh", variant: "năng suất xanh", top3: `${G}nang-suat-xanh-cho-doanh-nghiep/`, why: "“năng suất xanh” typed with x: the green productivity guide" },
  { class: "s/x", q: "sản suất thông minh", variant: "sản xuất thông minh", top3: `${G}san-xuat-thong-minh-lo-trinh-cho-doanh-nghiep/`, why: "“sản xuất” typed with s: the smart manufacturing guide" },
  { class: "s/x", q: "truy suat nguon goc", variant: "truy xuất nguồn gốc", top3: `${G}truy-xuat-nguon-goc-san-pham-hang-hoa/`, why: "“truy xuất” typed with s: the traceability guide" },
  { class: "s/x", q: "xản phẩm ocop", variant: "sản phẩm ocop", top3: `${G}san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/`, why: "“sản phẩm” typed with x: the OCOP guide" },
  { class: "s/x", q: "năng xuất và chất lượng là gì", variant: "năng suất và chất lượng là gì", top3: `${G}nang-suat-va-chat-luong-la-gi/`, why: "the guide's own title with x for s" },
  { class: "s/x", q: "san xuat theo vietgap", top3: `${G}san-xuat-theo-vietgap/`, why: "spelled right: no variant needed, the VietGAP guide" },
  // ch/tr: alike in the North
  { class: "ch/tr", q: "truyển đổi số", variant: "chuyển đổi số", top3: `${G}chuyen-doi-so-trong-quan-tri-doanh-nghiep/`, why: "“chuyển” typed with tr: the digital transformation guide" },
  { class: "ch/tr", q: "giải thưởng trất lượng quốc gia", variant: "giải thưởng chất lượng quốc gia", top3: `${G}chuan-bi-tham-gia-giai-thuong-chat-luong-quoc-gia/`, why: "“chất” typed with tr: the National Quality Award guide" },
  { class: "ch/tr", q: "chuy xuat nguon goc", variant: "truy xuất nguồn gốc", top3: `${G}truy-xuat-nguon-goc-san-pham-hang-hoa/`, why: "“truy” typed with ch: the traceability guide" },
  { class: "ch/tr", q: "truyen gia nang suat", variant: "chuyên gia năng suất", top3: "/dao-tao/tq-2027-03-chuyen-gia-nang-suat/", why: "“chuyên gia” typed with tr: the upcoming productivity experts' course" },
  { class: "ch/tr", q: "quan tri doanh nghiep chuyen doi so", top3: `${G}chuyen-doi-so-trong-quan-tri-doanh-nghiep/`, why: "spelled right: no variant needed" },
  // d/gi/r: alike in the North
  { class: "d/gi/r", q: "dảng viên năng suất", variant: "giảng viên năng suất", top3: "/dao-tao/dn-2027-03-giang-vien-nang-suat/", why: "“giảng” typed with d: the upcoming course for productivity lecturers" },
  { class: "d/gi/r", q: "rảng viên năng suất", variant: "giảng viên năng suất", top3: "/dao-tao/dn-2027-03-giang-vien-nang-suat/", why: "“giảng” typed with r" },
  { class: "d/gi/r", q: "dải thưởng chất lượng quốc gia", variant: "giải thưởng chất lượng quốc gia", top3: `${G}chuan-bi-tham-gia-giai-thuong-chat-luong-quoc-gia/`, why: "“giải” typed with d" },
  { class: "d/gi/r", q: "ranh gia noi bo", variant: "đánh giá nội bộ", top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "“đánh giá nội bộ” typed with r: internal audit, in the ISO 9001 guide" },
  { class: "d/gi/r", q: "giao tạo giảng viên", variant: "đào tạo giảng viên", top3: "/dao-tao/dn-2027-03-giang-vien-nang-suat/", why: "“đào” typed with gi: the upcoming “Khóa đào tạo giảng viên”" },
  // l/n: alike in parts of the North
  { class: "l/n", q: "lăng suất xanh", variant: "năng suất xanh", top3: `${G}nang-suat-xanh-cho-doanh-nghiep/`, why: "“năng” typed with l" },
  { class: "l/n", q: "cải tiến niên tục", variant: "cải tiến liên tục", top3: `${G}kaizen-cai-tien-lien-tuc/`, why: "“liên” typed with n: the Kaizen guide" },
  { class: "l/n", q: "nông nghiệp hữu cơ tcvn", top3: `${G}san-xuat-nong-nghiep-huu-co-tcvn-11041/`, why: "spelled right: the organic farming guide" },
  { class: "l/n", q: "lông nghiệp hữu cơ", variant: "nông nghiệp hữu cơ", top3: `${G}san-xuat-nong-nghiep-huu-co-tcvn-11041/`, why: "“nông” typed with l" },
  { class: "l/n", q: "nean six sigma", variant: "lean six sigma", top3: `${G}lean-va-lean-six-sigma/`, why: "“Lean” typed with n" },
  // hỏi/ngã: tone marks are folded
  { class: "hỏi/ngã", q: "chuẫn bị tham gia giãi thưởng", top3: `${G}chuan-bi-tham-gia-giai-thuong-chat-luong-quoc-gia/`, why: "ngã for hỏi in “chuẩn” and “giải”: tone marks are folded" },
  { class: "hỏi/ngã", q: "sãn phẩm ocop", top3: `${G}san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/`, why: "ngã for hỏi in “sản”" },
  // Words joined and split
  { class: "join/split", q: "ISO9001", variant: "iso 9001", top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "letters and digits run together" },
  { class: "join/split", q: "ISO-9001", variant: "iso 9001", top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "a hyphen" },
  { class: "join/split", q: "iso 9001", top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "as the site writes it" },
  { class: "join/split", q: "ISO 9001:2015", top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "with its year: the guide cites ISO 9001:2015" },
  { class: "join/split", q: "iso56000", variant: "iso 56000", top3: `${G}quan-ly-doi-moi-sang-tao-theo-iso-56000/`, why: "the innovation standard run together" },
  { class: "join/split", q: "TCVN11041", variant: "tcvn 11041", top3: `${G}san-xuat-nong-nghiep-huu-co-tcvn-11041/`, why: "the organic farming standard run together" },
  { class: "join/split", q: "kai zen", variant: "kaizen", top3: `${G}kaizen-cai-tien-lien-tuc/`, why: "Kaizen split in two" },
  { class: "join/split", q: "viet gap", top3: `${G}san-xuat-theo-vietgap/`, why: "VietGAP split in two (Pagefind reads VietGAP as viet + gap too)" },
  { class: "join/split", q: "six sigma", top3: `${G}lean-va-lean-six-sigma/`, why: "as the site writes it" },
  { class: "join/split", q: "sixsigma", variant: "six sigma", top3: `${G}lean-va-lean-six-sigma/`, why: "Six Sigma run together" },
  { class: "join/split", q: "5 S", variant: "5s", top3: `${G}ap-dung-5s-tai-doanh-nghiep-nho-va-vua/`, why: "5S split: “5” alone would find 56000" },
  { class: "join/split", q: "5S", top3: `${G}ap-dung-5s-tai-doanh-nghiep-nho-va-vua/`, why: "as the site writes it" },
  { class: "join/split", q: "ocop", top3: `${G}san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/`, why: "as the site writes it, in lower case" },
  { class: "join/split", q: "O.C.O.P", top3: `${G}san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/`, why: "with dots" },
  { class: "join/split", q: "nangsuat xanh", variant: "năng suất xanh", top3: `${G}nang-suat-xanh-cho-doanh-nghiep/`, why: "two syllables run together" },
  // One word the index does not hold
  { class: "unknown word", q: "kaizen blockchain", variant: "kaizen", missing: ["blockchain"], top3: `${G}kaizen-cai-tien-lien-tuc/`, why: "“blockchain” is nowhere on the site; “kaizen” still finds its guide" },
  { class: "unknown word", q: "quan ly chat luong iso 9001 metaverse", variant: "quản lý chất lượng iso 9001", missing: ["metaverse"], top3: `${G}xay-dung-he-thong-quan-ly-chat-luong-iso-9001/`, why: "one unknown word at the end of a long query" },
  { class: "unknown word", q: "truy xuat qwzx nguon goc", variant: "truy xuất nguồn gốc", missing: ["qwzx"], top3: `${G}truy-xuat-nguon-goc-san-pham-hang-hoa/`, why: "one unknown word in the middle" },
  { class: "unknown word", q: "nang suat xanh kaizne", variant: "năng suất xanh", missing: ["kaizne"], suggest: "nang suat xanh kaizen", top3: `${G}nang-suat-xanh-cho-doanh-nghiep/`, why: "a slip in the last word: the rest still finds its page, and kaizen is offered" },
  // A slip: "Có phải bạn muốn tìm …?"
  { class: "suggestion", q: "kaizne", suggest: "kaizen", missing: ["kaizne"], top3: `${G}kaizen-cai-tien-lien-tuc/`, why: "two letters swapped" },
  { class: "suggestion", q: "vietgpa", suggest: "vietgap", missing: ["vietgpa"], top3: `${G}san-xuat-theo-vietgap/`, why: "two letters swapped" },
  { class: "suggestion", q: "ocopp", suggest: "ocop", missing: ["ocopp"], top3: `${G}san-pham-ocop-va-dang-ky-bao-ho-nhan-hieu/`, why: "one letter too many" },
  { class: "suggestion", q: "sigmma", suggest: "sigma", missing: ["sigmma"], top3: `${G}lean-va-lean-six-sigma/`, why: "one letter doubled" },
  // Nonsense: nothing, and nothing suggested
  { class: "nonsense", q: "blockchain", none: true, missing: ["blockchain"], why: "a word the site never uses" },
  { class: "nonsense", q: "qwzxv", none: true, missing: ["qwzxv"], why: "no word of the site is within reach" },
  { class: "nonsense", q: "asdfgh jklmnb", none: true, missing: ["asdfgh", "jklmnb"], why: "two nonsense words" },
];
