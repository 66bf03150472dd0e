/** Task pane entry: renders after Office is ready, or in demo mode when there is no Outlook. */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function start(): void {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(<App />);
}

start();
