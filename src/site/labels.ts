/** Vietnamese labels for every enumerated value readers see. */
import type { activityKinds } from "../schema/activity.ts";
import type { agencyKinds } from "../schema/agency.ts";
import type { audiences } from "../schema/guide.ts";
import type { planStatuses } from "../schema/plan.ts";
import type { topicGroups } from "../schema/topic.ts";
import type { trainingFormats, trainingKinds } from "../schema/training.ts";

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const trainingKindLabels: Labels<typeof trainingKinds> = {
  expert: "Đào tạo chuyên gia",
  lecturer: "Đào tạo giảng viên",
  manager: "Đào tạo cán bộ quản lý",
  awareness: "Tập huấn nâng cao nhận thức",
  workshop: "Hội thảo",
};

export const formatLabels: Labels<typeof trainingFormats> = {
  "in-person": "Trực tiếp",
  online: "Trực tuyến",
  hybrid: "Trực tiếp và trực tuyến",
};

export const activityKindLabels: Labels<typeof activityKinds> = {
  document: "Văn bản",
  meeting: "Làm việc",
  conference: "Hội nghị",
  website: "Đăng website",
  "training-report": "Kết quả tập huấn",
  news: "Tin tức",
};

export const audienceLabels: Labels<typeof audiences> = {
  enterprise: "Doanh nghiệp",
  agency: "Cơ quan nhà nước",
  cooperative: "Hợp tác xã",
  public: "Người dân",
};

export const agencyKindLabels: Labels<typeof agencyKinds> = {
  "people-committee": "Ủy ban nhân dân",
  department: "Sở, ngành",
  association: "Hiệp hội",
  school: "Cơ sở giáo dục",
  institute: "Viện nghiên cứu",
  enterprise: "Doanh nghiệp",
  other: "Cơ quan, tổ chức khác",
};

export const planStatusLabels: Labels<typeof planStatuses> = {
  draft: "Dự thảo",
  "in-force": "Đang thực hiện",
  completed: "Đã kết thúc giai đoạn",
  superseded: "Đã được thay thế",
};

export const topicGroupLabels: Labels<typeof topicGroups> = {
  "management-system": "Hệ thống quản lý",
  "improvement-tool": "Công cụ cải tiến",
  agriculture: "Nông nghiệp",
  digital: "Chuyển đổi số",
  theme: "Chủ đề chung",
};

export const comparatorLabels = { ">": "trên", ">=": "ít nhất", "=": "đúng", "<=": "không quá" } as const;
