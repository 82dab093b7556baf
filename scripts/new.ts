/**
 * npm run new -- <plan|guide|activity|page|training> "<tiêu đề>" [--calendar FILE] [--province ID] …
 * Starts a new content file, or adds a training session to a calendar, with every required
 * key present. Exit status: 0 created, 1 refused (it would overwrite), 2 usage.
 */
import { parseNewOptions, runNew } from "../src/cli/new.ts";

process.exitCode = runNew(parseNewOptions(process.argv.slice(2)), process.stdout, process.stderr);
