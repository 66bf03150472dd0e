/**
 * The set-up the Graph end-to-end tests share (the pane's Graph and DNS tests, the readiness
 * page): a build configured for sign-in (graph-build.ts) served on loopback for the whole file,
 * and per test the fake Graph and fake DoH servers with a policy that points the pages at them.
 */
import { existsSync } from "node:fs";
import { startFakeDoh, type FakeDoh, type FakeZone } from "../../fakes/fake-doh";
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from "../../fakes/fake-graph";
import { CHROMIUM_PATH } from "./browser";
import { graphBuild, type GraphBuild } from "./graph-build";
import { startPaneServer, type PaneServer } from "./server";

export interface GraphPane {
  /** The server of the Graph-configured build, from beforeAll on. */
  readonly server: PaneServer;
  /** The fakes the current test started, if it did. */
  readonly graph: FakeGraph | undefined;
  readonly doh: FakeDoh | undefined;
  /**
   * Starts the fakes and serves a policy that points Graph and DNS at them; null leaves that
   * source off in the policy.
   */
  startFakes(
    graphOptions: FakeGraphOptions | null,
    zone: FakeZone | null,
    dohOptions?: Parameters<typeof startFakeDoh>[1],
    dnsTimeoutMs?: number
  ): Promise<void>;
  /** Closes the current test's fakes (call it in afterEach). */
  closeFakes(): Promise<void>;
}

/**
 * Registers the file's beforeAll (Chromium is there, build, serve) and afterAll (close, remove the
 * build) and returns the running set-up.
 */
export function graphPane(): GraphPane {
  let build: GraphBuild | undefined;
  let server: PaneServer | undefined;
  let graph: FakeGraph | undefined;
  let doh: FakeDoh | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    build = graphBuild();
    server = await startPaneServer(build.dir);
  }, 300000);

  afterAll(async () => {
    await server?.close();
    build?.cleanup();
  });

  const running = (): PaneServer => {
    if (!server) throw new Error("the Graph pane server is not running (beforeAll failed?)");
    return server;
  };

  return {
    get server() {
      return running();
    },
    get graph() {
      return graph;
    },
    get doh() {
      return doh;
    },
    async startFakes(graphOptions, zone, dohOptions = {}, dnsTimeoutMs = 4000) {
      const s = running();
      if (graphOptions) graph = await startFakeGraph(graphOptions);
      if (zone) {
        doh = await startFakeDoh(zone, dohOptions);
        s.setDohTarget(doh.url);
      }
      s.setPolicy(
        JSON.stringify({
          graph: graph ? { baseUrl: graph.url } : { enabled: false },
          dns: zone ? { resolverUrl: `${s.url}/doh`, timeoutMs: dnsTimeoutMs } : { enabled: false },
        })
      );
    },
    async closeFakes() {
      await graph?.close();
      graph = undefined;
      await doh?.close();
      doh = undefined;
      server?.setDohTarget(null);
    },
  };
}
