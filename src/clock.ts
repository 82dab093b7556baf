/**
 * The build clock. "Today" decides what is upcoming and whether registration is open, so it
 * is explicit: `--now` or BUILD_DATE (a date, or a date-time) fixes it; the default is the
 * real time. Same content and same clock give the same site.
 */
import { parseMoment } from "./vi/dates.ts";

/** Returns the clock in ms since the epoch, or an error message for a bad value. */
export function resolveClock(option: string | undefined, env: NodeJS.ProcessEnv = process.env): number | { error: string } {
  const raw = option ?? env.BUILD_DATE;
  if (raw === undefined || raw === "") return Date.now();
  const m = parseMoment(raw);
  if (typeof m === "string") return { error: `BUILD_DATE/--now "${raw}" is not a date (YYYY-MM-DD) or date-time` };
  return m.instant;
}
