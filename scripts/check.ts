/**
 * npm run check [-- --lang en] [--format text|json] [--now 2026-11-29] [--root DIR]
 * Checks every content and data file and prints each problem on one line.
 * Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage or internal error.
 */
import { parseCliOptions, runCheck } from "../src/cli/check.ts";

process.exitCode = runCheck(parseCliOptions(process.argv.slice(2)), process.stdout, process.stderr);
