/** `npm run service`: the trace service on this machine (settings from environment variables). */
import { readFileSync } from "node:fs";
import { AppGraph } from "./app-graph";
import { ConfigError, loadConfig } from "./config";
import { createTraceServer } from "./http-server";
import { createLogger } from "./log";
import { TraceHandler } from "./trace-handler";

export function startFromEnvironment(): void {
  let config;
  try {
    config = loadConfig(process.env, (p) => readFileSync(p, "utf8"));
  } catch (e) {
    process.stderr.write(`todoku-service: ${e instanceof ConfigError ? e.message : String(e)}\n`);
    process.exitCode = 2;
    return;
  }
  const secret = config.credential.kind === "secret" ? config.credential.secret : "";
  const log = createLogger((l) => process.stdout.write(l), [secret]);
  const server = createTraceServer(config, new TraceHandler(config, new AppGraph(config), log));
  server.listen(config.port, () => log.info("trace service listening", { port: config.port }));
}

if (require.main === module) startFromEnvironment();
