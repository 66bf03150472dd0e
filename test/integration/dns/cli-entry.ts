/** The real CLI entry (src/cli/index.ts run()) for the end-to-end test, run through tsx. */
import { run } from "../../../src/cli/index";

run(process.argv.slice(2));
