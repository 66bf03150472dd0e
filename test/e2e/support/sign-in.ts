/**
 * Test identities for the simulated NAA bridge: unsigned JWTs shaped like Entra's v2 tokens (the
 * pane reads the tenant claim; MSAL decodes the id token's claims; nothing verifies signatures).
 */
import type { SimSignIn } from "./office-host";
import { USER } from "./sims";

/** The app id the Graph e2e build is made with (TODOKU_CLIENT_ID). */
export const E2E_CLIENT_ID = "0e2e0e2e-7d0c-4b1a-9f3e-70d0c0e2e000";
export const E2E_TENANT_ID = "72f988bf-0000-4e2e-8e2e-00000000e2e0";
const OBJECT_ID = "5a1b2c3d-0000-4e2e-8e2e-0000000000a1";

function base64url(json: unknown): string {
  return Buffer.from(JSON.stringify(json), "utf8").toString("base64url");
}

function unsignedJwt(claims: Record<string, unknown>): string {
  return `${base64url({ typ: "JWT", alg: "none" })}.${base64url(claims)}.`;
}

export function testSignIn(extra: Partial<SimSignIn> = {}): SimSignIn {
  const now = Math.floor(Date.now() / 1000);
  const common = {
    tid: E2E_TENANT_ID,
    oid: OBJECT_ID,
    iat: now,
    nbf: now,
    exp: now + 3600,
  };
  const accessToken = unsignedJwt({
    ...common,
    aud: "https://graph.microsoft.com",
    iss: `https://sts.windows.net/${E2E_TENANT_ID}/`,
    appid: E2E_CLIENT_ID,
    scp: "User.Read Mail.Read",
    upn: USER.emailAddress,
    // lets a test recognise this token at the fake Graph
    todoku_e2e: true,
  });
  const idToken = unsignedJwt({
    ...common,
    aud: E2E_CLIENT_ID,
    iss: `https://login.microsoftonline.com/${E2E_TENANT_ID}/v2.0`,
    name: USER.displayName,
    preferred_username: USER.emailAddress,
    sub: "e2e-subject",
    ver: "2.0",
  });
  return {
    accessToken,
    idToken,
    account: {
      homeAccountId: `${OBJECT_ID}.${E2E_TENANT_ID}`,
      environment: "login.microsoftonline.com",
      tenantId: E2E_TENANT_ID,
      username: USER.emailAddress,
      localAccountId: OBJECT_ID,
      name: USER.displayName,
    },
    ...extra,
  };
}
