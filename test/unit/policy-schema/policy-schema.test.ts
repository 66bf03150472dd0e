import { readFileSync } from "node:fs";
import { join } from "node:path";
import { policyJsonSchema } from "../../../src/core/policy/json-schema";
import { DEFAULT_POLICY, validatePolicy } from "../../../src/core/policy";

const ROOT = join(__dirname, "../../..");
const committed = readFileSync(join(ROOT, "src/policy.schema.json"), "utf8");

type Node = {
  properties?: Record<string, Node>;
  description?: string;
  additionalProperties?: unknown;
};

function paths(node: Node, prefix = ""): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([k, child]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return [p, ...paths(child, p)];
  });
}

describe("src/policy.schema.json", () => {
  test("is what `npm run gen:policy-schema` generates from the zod schema (run it after changing the schema)", () => {
    // Compared as data, so formatting the file (prettier) does not count as a change.
    expect(JSON.parse(committed)).toEqual(policyJsonSchema());
  });

  test("describes every field, and every field of the defaults is in it", () => {
    const schema = JSON.parse(committed) as Node;
    const all = paths(schema).filter((p) => p !== "$schema");
    const undocumented = all.filter((p) => {
      let node: Node | undefined = schema;
      for (const key of p.split(".")) node = node?.properties?.[key];
      return !node?.description;
    });
    expect(undocumented).toEqual([]);
    const defaults = paths({
      properties: Object.fromEntries(
        Object.entries(DEFAULT_POLICY).map(([k, v]) => [k, toNode(v)])
      ),
    });
    expect(defaults.filter((p) => !all.includes(p))).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });

  test("docs/policy.example.json is valid, names every section and points at the shipped schema", () => {
    const example = JSON.parse(
      readFileSync(join(ROOT, "docs/policy.example.json"), "utf8")
    ) as Record<string, unknown>;
    expect(validatePolicy(example).errors).toEqual([]);
    expect(example.$schema).toBe("./policy.schema.json");
    expect(
      Object.keys(example)
        .filter((k) => k !== "$schema")
        .sort()
    ).toEqual(Object.keys(DEFAULT_POLICY).sort());
  });
});

function toNode(value: unknown): Node {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return {
      properties: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNode(v)])),
    };
  }
  return {};
}
