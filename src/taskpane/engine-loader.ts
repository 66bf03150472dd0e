/**
 * The engine (checks, bounce reader, report) is its own chunk. The pane starts fetching it at
 * once, in parallel with Office start-up and policy.json, so the first paint does not wait for
 * it and the first report does not wait for anything else.
 */
import type * as Pipeline from "./pipeline";

let loading: Promise<typeof Pipeline> | null = null;
let loaded: typeof Pipeline | undefined;

export function loadPipeline(): Promise<typeof Pipeline> {
  loading ??= import(/* webpackChunkName: "engine" */ "./pipeline").then((m) => (loaded = m));
  return loading;
}

/** The engine when its chunk has already arrived, so that it can be used without waiting a turn. */
export function loadedPipeline(): typeof Pipeline | undefined {
  return loaded;
}
