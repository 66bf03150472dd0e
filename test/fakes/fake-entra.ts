/**
 * A fake Microsoft Entra ID on loopback (real HTTP): the tenant's signing keys at
 * `/<tenant>/discovery/v2.0/keys` and the token endpoint `/<tenant>/oauth2/v2.0/token` for the
 * trace service's client-credentials grant, at the same paths as login.microsoftonline.com, so
 * the service runs with only TODOKU_AUTHORITY_HOST pointed here. It also mints the delegated
 * user tokens the add-in would get from NAA, signed with the tenant's key.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";

export interface FakeEntra {
  url: string;
  /** App-only token handed out by the token endpoint for a correct client secret. */
  appToken: string;
  /** client_id values seen at the token endpoint. */
  tokenRequests: Array<{ clientId: string; scope: string; grantType: string }>;
  /** A v2 access token for the user, signed by the tenant's key (NAA would return this). */
  userToken(claims: {
    tid: string;
    oid: string;
    aud: string;
    scp?: string | undefined;
    roles?: string[] | undefined;
    upn?: string | undefined;
  }): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeEntra(options: {
  clientId: string;
  clientSecret: string;
}): Promise<FakeEntra> {
  const pair = await generateKeyPair("RS256", { extractable: true });
  const key: KeyLike = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "entra-1", alg: "RS256", use: "sig" };
  const appToken = "app-token";
  const tokenRequests: FakeEntra["tokenRequests"] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (req.method === "GET" && /^\/[0-9a-f-]{36}\/discovery\/v2\.0\/keys$/.test(path)) {
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (req.method === "POST" && /^\/[0-9a-f-]{36}\/oauth2\/v2\.0\/token$/.test(path)) {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        tokenRequests.push({
          clientId: form.get("client_id") ?? "",
          scope: form.get("scope") ?? "",
          grantType: form.get("grant_type") ?? "",
        });
        const ok =
          form.get("grant_type") === "client_credentials" &&
          form.get("client_id") === options.clientId &&
          form.get("client_secret") === options.clientSecret;
        if (!ok) {
          res
            .writeHead(401, { "content-type": "application/json" })
            .end('{"error":"invalid_client"}');
          return;
        }
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ access_token: appToken, token_type: "Bearer", expires_in: 3599 }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    appToken,
    tokenRequests,
    async userToken(claims) {
      const payload: Record<string, unknown> = { tid: claims.tid, oid: claims.oid, ver: "2.0" };
      if (claims.scp !== undefined) payload.scp = claims.scp;
      if (claims.roles !== undefined) payload.roles = claims.roles;
      if (claims.upn !== undefined) payload.preferred_username = claims.upn;
      return new SignJWT(payload)
        .setProtectedHeader({ alg: "RS256", kid: "entra-1", typ: "JWT" })
        .setIssuer(`${url}/${claims.tid}/v2.0`)
        .setAudience(claims.aud)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(key);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
