/**
 * Writes docs/report.schema.json — the JSON Schema of `todoku check --json` output — from the
 * zod schema of the report contract. Run: npm run gen:report-schema
 * A unit test fails when the committed file differs from what this prints.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportJsonSchema } from "../src/core/report/contract-schema";

const target = join(__dirname, "..", "docs", "report.schema.json");
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
process.stdout.write(`${target}\n`);
