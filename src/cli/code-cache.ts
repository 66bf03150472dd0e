/**
 * Runs the CLI's one-file bundle through V8 with a code cache (bin/load-cli.js, the build's
 * warm-up, a checking thread). Node 20 has no module.enableCompileCache (22+), hence vm.Script's
 * cachedData: start-up went from about 190 ms to about 55 ms over Node's own.
 */
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** What became of the cache: none given, accepted, or refused by V8 (then compiled as usual). */
export type CacheOutcome = "none" | "used" | "rejected";

export interface CachedRun {
  exports: Record<string, unknown>;
  /** To make a new cache from, once the code has run (createCachedData). */
  script: Script;
  cache: CacheOutcome;
}

/**
 * Runs a CommonJS file with V8's code cache for it when one is given and accepted. V8 refuses a
 * cache made by another V8 version, under other flags or for other source; the file is then
 * simply compiled.
 */
export function runWithCodeCache(file: string, cacheFile?: string): CachedRun {
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // no cache yet: compile as usual
    }
  }
  const script = new Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheOutcome = !cachedData
    ? "none"
    : script.cachedDataRejected
      ? "rejected"
      : "used";
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = { exports: {} as Record<string, unknown>, filename: file, id: file, loaded: false };
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script, cache };
}
