/** Builds the pane's environment for the real page: Outlook when present, else demo mode. */
import type { MessageSnapshot } from "../core/model/snapshot";
import type { Policy } from "../core/policy/schema";
import { SAMPLES } from "../samples";
import type { PaneEnv } from "./App";
import { detectHost, initialLang, initialSampleId, initialTheme } from "./host";
import type { PipelineTasks } from "./pipeline";
import { fetchPolicy } from "./policy";
import { demoGraphFacts, demoTrace, dnsFacts } from "./shells";

function demoTasks(snapshot: MessageSnapshot, policy: Policy): PipelineTasks {
  const tasks: PipelineTasks = {};
  if (snapshot.kind === "draft") tasks.graph = () => Promise.resolve(demoGraphFacts(policy));
  if (snapshot.kind === "sent") tasks.trace = () => Promise.resolve(demoTrace(policy));
  if (snapshot.kind !== "bounce" && policy.dns.enabled) tasks.dns = (s) => dnsFacts(s, policy);
  return tasks;
}

/** A promise whose rejection is handled by whoever awaits it, never reported as unhandled. */
function quiet<T>(promise: Promise<T> | undefined): Promise<T> | undefined {
  promise?.catch(() => undefined);
  return promise;
}

export async function createEnv(): Promise<PaneEnv> {
  // policy.json (and the policy chunk) are fetched while Office starts up, once per pane.
  const policy = fetchPolicy();
  const host = await detectHost();
  const base = {
    host,
    lang: initialLang(host),
    theme: initialTheme(host),
    loadPolicy: () => policy,
  };
  if (host === "outlook") {
    const { outlookEnv } = await import(/* webpackChunkName: "outlook" */ "./outlook-env");
    const outlook = await outlookEnv();
    return { ...base, ...outlook, firstItem: quiet(outlook.readItem?.()) };
  }
  const sampleId = initialSampleId();
  const first = SAMPLES.find((s) => s.id === sampleId) ?? SAMPLES[0];
  return {
    ...base,
    samples: SAMPLES,
    initialSampleId: first?.id,
    firstItem: quiet(first?.load()),
    tasksFor: demoTasks,
  };
}
