/**
 * data/site.yaml `editor`: which git host the browser editor (/quan-tri/) saves to. Without it
 * the published editor is the in-browser demo (nothing is saved) and `npm run edit` is the way
 * to use it. The host's sign-in is the host's own (GitHub needs a small OAuth endpoint; GitLab
 * and Gitea/Forgejo sign in with PKCE and need none); this project runs no server for it.
 */
import { z } from "zod";
import { documented, line, webUrl } from "./fields.ts";

export const editorBackends = ["github", "gitlab", "gitea"] as const;

export const editorSchema = z.strictObject({
  backend: documented(z.enum(editorBackends), {
    title: "Máy chủ git",
    description: "github (GitHub), gitlab (GitLab, kể cả tự vận hành), gitea (Gitea hoặc Forgejo tự vận hành).",
    labelEn: "Git host",
  }),
  repo: documented(z.string().regex(/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/), {
    title: "Kho",
    description: "Tên kho dạng chủ/tên, ví dụ so-khcn/cong-nang-suat.",
    labelEn: "Repository",
  }),
  branch: documented(line(100).default("main"), { title: "Nhánh", description: "Nhánh chính của kho; mặc định main.", labelEn: "Branch" }),
  apiRoot: documented(webUrl().optional(), {
    title: "Địa chỉ API",
    description: "Với máy chủ tự vận hành: địa chỉ API, ví dụ https://git.example.gov.vn/api/v1 (Gitea, Forgejo) hoặc https://gitlab.example.gov.vn/api/v4 (GitLab).",
    labelEn: "API root",
  }),
  authUrl: documented(webUrl().optional(), {
    title: "Địa chỉ đăng nhập",
    description: "GitHub: địa chỉ điểm xác thực OAuth của cơ quan. GitLab, Gitea tự vận hành: địa chỉ máy chủ, ví dụ https://git.example.gov.vn.",
    labelEn: "Sign-in URL",
  }),
  appId: documented(line(200).optional(), {
    title: "Mã ứng dụng OAuth",
    description: "GitLab, Gitea, Forgejo: Client ID của ứng dụng OAuth tạo trên máy chủ git (đăng nhập PKCE, không cần máy chủ trung gian).",
    labelEn: "OAuth application id",
  }),
});

export type EditorSettings = z.output<typeof editorSchema>;
