/** The pane's pipeline: local report first, then each source as it finishes. */
import { runPipeline, type PipelineState } from "../../../src/taskpane/pipeline";
import { riskyDraft } from "../../../src/samples/draft";
import { sentMail } from "../../../src/samples/sent";
import { defaultPolicy } from "../../../src/core/policy/load";
import type { DnsFacts, Fact } from "../../../src/core/model/facts";
import { DEMO_NOT_SIGNED_IN, demoGraphFacts } from "../../../src/taskpane/shells";

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("runPipeline", () => {
  it("reports at once with the slow sources pending, then updates as each finishes", async () => {
    const dns = deferred<Fact<DnsFacts>>();
    const updates: PipelineState[] = [];
    runPipeline(
      { snapshot: riskyDraft(), policy: defaultPolicy() },
      { graph: () => Promise.resolve(demoGraphFacts(defaultPolicy())), dns: () => dns.promise },
      (s) => updates.push(s)
    );
    expect(updates).toHaveLength(1);
    const first = updates[0]!;
    expect(first.report.items).toHaveLength(24);
    expect(first.complete).toBe(false);
    expect(first.report.sources.find((s) => s.id === "dns")?.state).toBe("pending");
    expect(first.report.sources.find((s) => s.id === "graph")?.state).toBe("pending");

    await flush();
    const afterGraph = updates[updates.length - 1]!;
    expect(afterGraph.report.sources.find((s) => s.id === "graph")).toMatchObject({
      state: "unavailable",
      why: DEMO_NOT_SIGNED_IN,
    });
    // Item 22 (licence) is informed only by Graph: unavailable, with the reason in its finding.
    const licence = afterGraph.report.items.find((i) => i.id === 22)!;
    expect(licence.status).toBe("unavailable");
    expect(licence.findings[0]?.message.en).toContain(DEMO_NOT_SIGNED_IN.reason.en);
    expect(afterGraph.complete).toBe(false);

    dns.resolve({ state: "ok", value: { recipients: [] } });
    await flush();
    const last = updates[updates.length - 1]!;
    expect(last.report.sources.find((s) => s.id === "dns")?.state).toBe("done");
    expect(last.complete).toBe(true);
  });

  it("shows a failing source as unavailable without losing the others", async () => {
    const updates: PipelineState[] = [];
    runPipeline(
      { snapshot: sentMail(), policy: defaultPolicy() },
      { trace: () => Promise.reject(new Error("socket hang up")) },
      (s) => updates.push(s)
    );
    await flush();
    const last = updates[updates.length - 1]!;
    const trace = last.report.sources.find((s) => s.id === "trace");
    expect(trace?.state).toBe("unavailable");
    expect(trace?.why?.reason.en).toContain("socket hang up");
    expect(last.report.items).toHaveLength(24);
    expect(last.complete).toBe(true);
  });

  it("stops updating once cancelled (the user moved to another item)", async () => {
    const dns = deferred<Fact<DnsFacts>>();
    const updates: PipelineState[] = [];
    const stop = runPipeline(
      { snapshot: riskyDraft(), policy: defaultPolicy() },
      { dns: () => dns.promise },
      (s) => updates.push(s)
    );
    stop();
    dns.resolve({ state: "off" });
    await flush();
    expect(updates).toHaveLength(1);
  });
});
