/** Task pane entry: decides between Outlook and demo mode, then renders the pane. */
import { createRoot } from "react-dom/client";
import { App, type PaneEnv } from "./App";
import { loadPipeline } from "./engine-loader";
import { createEnv } from "./env";

/**
 * How long start-up waits for the first item, the policy and the engine before it shows a
 * spinner. They usually arrive well within it, and the first frame is then the report itself;
 * a slow policy.json or item read only delays the spinner by this much.
 */
const READY_GRACE_MS = 400;

async function whenReady(env: PaneEnv): Promise<PaneEnv["ready"]> {
  if (!env.firstItem) return undefined;
  const all = Promise.all([env.firstItem, env.loadPolicy(), loadPipeline()]).then(
    ([snapshot, policy]) => ({ snapshot, policy }),
    () => undefined // the pane shows the failure itself
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), READY_GRACE_MS);
  });
  try {
    return await Promise.race([all, grace]);
  } finally {
    clearTimeout(timer);
  }
}

async function start(): Promise<void> {
  void loadPipeline(); // start fetching the engine while Office starts up
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const env = await createEnv();
  const ready = await whenReady(env);
  root.render(<App env={ready ? { ...env, ready } : env} />);
}

void start();
