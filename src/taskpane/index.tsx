/** Task pane entry: decides between Outlook and demo mode, then renders the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadPipeline } from "./engine-loader";
import { createEnv } from "./env";

async function start(): Promise<void> {
  void loadPipeline(); // start fetching the engine while Office starts up
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const env = await createEnv();
  root.render(<App env={env} />);
}

void start();
