/**
 * Writes src/policy.schema.json from the zod schema of policy.json, so IT can validate their
 * file in an editor ("$schema": "./policy.schema.json"). Run: npm run gen:policy-schema
 * A unit test fails when the committed file differs from what this prints.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { policyJsonSchema } from "../src/core/policy/json-schema";

const target = join(__dirname, "..", "src", "policy.schema.json");
writeFileSync(target, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
process.stdout.write(`${target}\n`);
