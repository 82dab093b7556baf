/**
 * Editors' text in formats that have no escaping of their own. iCalendar and CSV carry text as
 * it is written, so a title "<script>…" would reach a calendar app that renders descriptions as
 * HTML, or a browser that sniffs a download, as markup. There, a "<" that would open a tag
 * ("<script", "</b", "<!--", "<?") is written "‹" (U+2039), which no HTML parser reads as a tag;
 * "a < b" and "<50 người" are left alone. JSON keeps the exact text with "<" as \u003c instead.
 */
export const inertText = (text: string): string => text.replace(/<(?=[A-Za-z/!?])/g, "\u2039");

/** Whether `text` holds something `inertText` changes. */
export const hasTagStart = (text: string): boolean => /<[A-Za-z/!?]/.test(text);
