/**
 * The Graph end-to-end tests need a build that is configured for sign-in, as IT would deploy it
 * (TODOKU_CLIENT_ID set at build time); the ordinary test build in dist/ has no client id and so
 * shows "sign-in not configured". This builds one into a temporary directory (about a minute),
 * or takes TODOKU_GRAPH_DIST when it points at a build made with TODOKU_CLIENT_ID=E2E_CLIENT_ID.
 * Nothing is built into dist/, which others use.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { E2E_CLIENT_ID } from "./sign-in";

const ROOT = resolve(__dirname, "..", "..", "..");

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(path));
    else if (entry.name.endsWith(".js")) out.push(path);
  }
  return out;
}

function configuredFor(dir: string): boolean {
  return (
    existsSync(join(dir, "taskpane.html")) &&
    jsFiles(dir).some((f) => readFileSync(f, "utf8").includes(E2E_CLIENT_ID))
  );
}

export interface GraphBuild {
  dir: string;
  cleanup(): void;
}

export function graphBuild(): GraphBuild {
  const given = process.env.TODOKU_GRAPH_DIST;
  if (given) {
    const dir = resolve(given);
    if (!configuredFor(dir))
      throw new Error(
        `TODOKU_GRAPH_DIST=${dir} is not a build with TODOKU_CLIENT_ID=${E2E_CLIENT_ID}: ` +
          `TODOKU_CLIENT_ID=${E2E_CLIENT_ID} TODOKU_CSP_CONNECT="http://127.0.0.1:*" npx webpack --mode production --output-path ${dir}`
      );
    return { dir, cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), "todoku-e2e-graph-dist-"));
  const run = spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }),
      "--mode",
      "production",
      "--output-path",
      dir,
    ],
    {
      cwd: ROOT,
      // The fake Graph and trace servers listen on loopback ports: the pages' CSP must allow them.
      env: {
        ...process.env,
        TODOKU_CLIENT_ID: E2E_CLIENT_ID,
        TODOKU_TENANT: "",
        TODOKU_CSP_CONNECT: "http://127.0.0.1:*",
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  if (run.status !== 0 || !configuredFor(dir)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Graph e2e build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
