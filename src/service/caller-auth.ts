/**
 * Who is calling: the Entra access token the add-in already has (issued for this service's API),
 * verified against the tenant's signing keys — signature, issuer, audience, expiry, tenant
 * allow-list — and it must be a delegated user token carrying the scope the add-in asks for
 * (`scp` contains it); app-only tokens (no `scp`, `idtyp: app`) are refused. jose does the
 * cryptography; this module decides what is acceptable.
 *
 * Only the object id (`oid`) and tenant (`tid`) identify the caller: `upn` and
 * `preferred_username` can be changed by users or admins and are not for authorization.
 */
import {
  createRemoteJWKSet,
  decodeJwt,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import type { ServiceConfig } from "./config";

export interface Caller {
  tenantId: string;
  objectId: string;
}

export class AuthError extends Error {
  constructor(public readonly reason: string) {
    super(reason);
  }
}

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class CallerVerifier {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(private readonly config: ServiceConfig) {}

  private keys(tenantId: string): JWTVerifyGetKey {
    let set = this.keySets.get(tenantId);
    if (!set) {
      const url =
        this.config.jwksUrl ?? `${this.config.authorityHost}/${tenantId}/discovery/v2.0/keys`;
      set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30000 });
      this.keySets.set(tenantId, set);
    }
    return set;
  }

  async verify(authorization: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization ?? "");
    if (!match) throw new AuthError("missing bearer token");
    const token = match[1] as string;

    // The tenant picks the key set and the expected issuer, so read it first (unverified),
    // then verify everything, including that the verified tid is the same.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new AuthError("malformed token");
    }
    const tid = typeof unverified.tid === "string" ? unverified.tid.toLowerCase() : "";
    if (!TENANT_ID.test(tid)) throw new AuthError("token has no tenant");
    if (!this.config.allowedTenants.includes(tid)) throw new AuthError("tenant not allowed");

    const issuers = [`${this.config.authorityHost}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys(tid), {
        issuer: issuers,
        audience: this.config.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
        requiredClaims: ["exp", "tid", "oid"],
      }));
    } catch (e) {
      throw new AuthError(`token rejected (${e instanceof Error ? e.name : "invalid"})`);
    }
    if (String(payload.tid).toLowerCase() !== tid) throw new AuthError("tenant mismatch");
    // An app-only token has `roles` and no `scp`; v2 tokens also say `idtyp: app`.
    if (payload.idtyp === "app") throw new AuthError("app-only token");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(this.config.requiredScope))
      throw new AuthError(scopes.length ? "required scope missing" : "no delegated scope");
    const oid = String(payload.oid).toLowerCase();
    if (!TENANT_ID.test(oid)) throw new AuthError("malformed object id");
    return { tenantId: tid, objectId: oid };
  }
}
