/** The SHA-256 of bytes or text, in hex: how the build tells whether a file's content changed. */
import { createHash } from "node:crypto";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");
