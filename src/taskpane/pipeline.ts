/**
 * The pane's analysis pipeline, without React: the local report comes first (synchronously),
 * then each slower source (attachment contents, Graph, DNS, message trace, the bounce's
 * returned original) adds its facts as it finishes and the report is recomputed.
 */
import { readBounce } from "../core/bounce";
import { reasonAndFix } from "../core/messages";
import { analyzeSync } from "../core/engine";
import type { BounceReport } from "../core/model/bounce";
import type { DnsFacts, Fact, Facts, TraceResult, Unavailable } from "../core/model/facts";
import type { Report, SourceId, SourceState } from "../core/model/report";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { Policy } from "../core/policy/schema";

export interface PipelineInput {
  snapshot: MessageSnapshot;
  policy: Policy;
  policyErrors?: Report["policyErrors"];
}

/** The slow sources; each must settle (never reject) — a rejection is shown as unavailable. */
export interface PipelineTasks {
  /** Reads attachment bytes and returns the snapshot with them. */
  attachments?: ((snapshot: MessageSnapshot) => Promise<MessageSnapshot>) | undefined;
  graph?:
    | ((snapshot: MessageSnapshot) => Promise<Pick<Facts, "mailTips" | "licence" | "ownMailbox">>)
    | undefined;
  dns?: ((snapshot: MessageSnapshot) => Promise<Fact<DnsFacts>>) | undefined;
  trace?: ((snapshot: MessageSnapshot) => Promise<Fact<TraceResult>>) | undefined;
}

export interface PipelineState {
  report: Report;
  snapshot: MessageSnapshot;
  /** The message a bounce returned, once parsed. */
  original?: MessageSnapshot | undefined;
  /** True when every source has finished. */
  complete: boolean;
}

const INTERNAL_FAILURE = (e: unknown): Unavailable => ({
  code: "internal",
  ...reasonAndFix("internal.source-failed", {
    detail: String(e instanceof Error ? e.message : e).slice(0, 200),
  }),
});

function stateOfFacts(facts: Fact<unknown>[]): Pick<SourceState, "state" | "why"> {
  const failed = facts.find((f) => f.state === "unavailable");
  if (failed && failed.state === "unavailable") return { state: "unavailable", why: failed.why };
  if (facts.length > 0 && facts.every((f) => f.state === "off")) return { state: "off" };
  return { state: "done" };
}

/**
 * Starts the analysis. `onUpdate` is called at once with the local report, then after each
 * source finishes. The returned function stops further updates (the item changed).
 */
export function runPipeline(
  input: PipelineInput,
  tasks: PipelineTasks,
  onUpdate: (state: PipelineState) => void
): () => void {
  let cancelled = false;
  let snapshot = input.snapshot;
  const facts: Facts = {};
  let original: MessageSnapshot | undefined;
  let bounce: BounceReport | null = null;
  try {
    bounce = readBounce(snapshot);
  } catch {
    bounce = null; // the engine's own bounce findings will say what went wrong
  }

  const sources = new Map<SourceId, SourceState>();
  const set = (id: SourceId, s: Omit<SourceState, "id">) => sources.set(id, { id, ...s });
  set("local", { state: "done" });

  const pending: Promise<void>[] = [];
  const emit = () => {
    if (cancelled) return;
    const list = [...sources.values()];
    const report = analyzeSync(
      {
        snapshot,
        policy: input.policy,
        facts,
        policyErrors: input.policyErrors,
        sources: list,
        bounce,
      },
      original
    );
    onUpdate({ report, snapshot, original, complete: list.every((s) => s.state !== "pending") });
  };
  const track = (id: SourceId, work: () => Promise<Pick<SourceState, "state" | "why">>) => {
    set(id, { state: "pending" });
    pending.push(
      work()
        .catch((e: unknown) => ({ state: "unavailable" as const, why: INTERNAL_FAILURE(e) }))
        .then((s) => {
          set(id, s);
          emit();
        })
    );
  };

  if (bounce) {
    const raw = bounce.original?.raw;
    if (raw && raw.length > 0) {
      track("bounce", async () => {
        // The MIME parser is loaded only when a bounce returned a whole message; if it cannot
        // be loaded, the bounce itself still stands.
        original = await import(/* webpackChunkName: "mime" */ "../core/mime/eml").then(
          (m) => m.parseReturnedOriginal(raw),
          () => undefined
        );
        return { state: "done" };
      });
    }
  } else {
    const { attachments, graph, dns, trace } = tasks;
    if (attachments) {
      track("attachments", async () => {
        snapshot = await attachments(snapshot);
        return { state: "done" };
      });
    }
    if (graph) {
      track("graph", async () => {
        const got = await graph(input.snapshot);
        Object.assign(facts, got);
        const parts = [got.mailTips, got.licence, got.ownMailbox].filter(
          (f) => f !== undefined
        ) as Fact<unknown>[];
        return stateOfFacts(parts);
      });
    }
    if (dns) {
      track("dns", async () => {
        facts.dns = await dns(input.snapshot);
        return stateOfFacts([facts.dns]);
      });
    }
    if (trace) {
      track("trace", async () => {
        facts.trace = await trace(input.snapshot);
        return stateOfFacts([facts.trace]);
      });
    }
  }
  emit();
  return () => {
    cancelled = true;
  };
}
