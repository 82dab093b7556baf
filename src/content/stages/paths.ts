/** Paths written by editors (attachment names, site links), decoded without throwing. */

/** A file name under content/files/ that cannot climb out of it. */
export function isInsideFolder(name: string): boolean {
  const decoded = decodeSafe(name);
  if (decoded === null) return false;
  if (decoded.startsWith("/") || decoded.includes("\\") || /^[a-zA-Z]:/.test(decoded)) return false;
  return !decoded.split("/").some((seg) => seg === ".." || seg === "." || seg === "");
}

export function decodeSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
