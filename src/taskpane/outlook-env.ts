/** The pane inside Outlook: reads the open item through the Office shell; Graph on demand. */
import type { Facts, Fact, TraceResult } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { Policy } from "../core/policy/schema";
import { loadAttachmentContents, onItemChanged, readCurrentItem } from "../office";
import type { PaneEnv } from "./App";
import type { PipelineTasks } from "./pipeline";
import { dnsFacts } from "./shells";

type GraphSession = import("../graph").GraphSession;
let session: Promise<GraphSession> | null = null;

/** One Graph session per pane; Graph and sign-in code load only when first needed. */
function graphSession(policy: Policy): Promise<GraphSession> {
  session ??= import(/* webpackChunkName: "graph" */ "../graph").then((g) =>
    g.createGraphSession(g.graphConfigFromBuild(policy))
  );
  return session;
}

/**
 * The one interactive Microsoft 365 sign-in of this pane, for a Sign in button: Graph calls are
 * silent and say `graph.sign-in-required` when Entra needs the user. Run the Graph tasks again
 * after `{ ok: true }`. (Hook for the pane: src/graph's GraphSession.signIn.)
 */
export async function signInToGraph(policy: Policy): Promise<import("../graph").SignInOutcome> {
  return (await graphSession(policy)).signIn();
}

function needsContent(snapshot: MessageSnapshot): boolean {
  return snapshot.attachments.some(
    (a) => a.kind !== "cloud" && a.content === undefined && a.contentError === undefined
  );
}

export function outlookTasks(snapshot: MessageSnapshot, policy: Policy): PipelineTasks {
  const tasks: PipelineTasks = {};
  const outgoing = snapshot.kind === "draft" || snapshot.kind === "sent";
  if (outgoing && needsContent(snapshot))
    tasks.attachments = (s) => loadAttachmentContents(s, policy.limits.maxInspectBytes);
  if (policy.graph.enabled && snapshot.kind === "draft")
    tasks.graph = async (s): Promise<Pick<Facts, "mailTips" | "licence" | "ownMailbox">> =>
      (await graphSession(policy)).gatherComposeFacts(s);
  if (policy.graph.enabled && snapshot.kind === "sent")
    tasks.trace = async (s): Promise<Fact<TraceResult>> =>
      (await graphSession(policy)).traceSentMessage(s);
  if (policy.dns.enabled && snapshot.kind !== "bounce") tasks.dns = (s) => dnsFacts(s, policy);
  return tasks;
}

const newMessage = () => import(/* webpackChunkName: "new-message" */ "../office/new-message");

export async function outlookEnv(): Promise<
  Pick<
    PaneEnv,
    "readItem" | "tasksFor" | "onItemChanged" | "openResendDraft" | "openInquiryMail" | "signIn"
  >
> {
  return {
    readItem: () => readCurrentItem(),
    signIn: signInToGraph,
    tasksFor: outlookTasks,
    onItemChanged,
    openResendDraft: async (draft) => (await newMessage()).openResendDraft(draft),
    openInquiryMail: async (to, subject, body) =>
      (await newMessage()).openInquiryMail(to, subject, body),
  };
}
