// GitHub Actions' OIDC token service, locally: a runner job asks ACTIONS_ID_TOKEN_REQUEST_URL
// (with ACTIONS_ID_TOKEN_REQUEST_TOKEN) for an ID token with an audience, and gets a JWT
// signed with a key this issuer generated, carrying the job's context as claims. The issuer
// serves its discovery document and JWKS as token.actions.githubusercontent.com does.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export interface OidcSim {
  /** The `iss` of every token, and where discovery is served. */
  issuer: string;
  /** Registers a job's claims; the URL and request token its runner would set. */
  requestFor(claims: JWTPayload): { url: string; token: string };
  /** Signs a token as the issuer does (iss, iat, nbf, exp, jti filled in unless given). */
  sign(claims: JWTPayload): Promise<string>;
}

export interface OidcIssuer extends OidcSim {
  /** Answers the OIDC paths; false for any other request. */
  serve(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<boolean>;
}

const TOKEN_PATH = "/_services/oidc/token";
/** GitHub's ID tokens live minutes. */
const LIFETIME = 5 * 60;

export async function createOidcIssuer(baseUrl: () => string): Promise<OidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = randomBytes(8).toString("hex");
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const jobs = new Map<string, JWTPayload>();
  const issuer = () => baseUrl();

  const sign = (claims: JWTPayload) => {
    const iat = claims.iat ?? Math.floor(Date.now() / 1000);
    return new SignJWT({
      jti: randomUUID(),
      nbf: iat - 5,
      exp: iat + LIFETIME,
      ...claims,
      iss: claims.iss ?? issuer(),
      iat,
    })
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .sign(privateKey);
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(JSON.stringify(body));
  };

  return {
    get issuer() {
      return issuer();
    },
    requestFor(claims) {
      const token = `oidc_${randomBytes(18).toString("base64url")}`;
      jobs.set(token, claims);
      return { url: `${issuer()}${TOKEN_PATH}?api-version=2.0`, token };
    },
    sign,
    async serve(req, res, path, url) {
      if (req.method !== "GET") return false;
      if (path === "/.well-known/openid-configuration") {
        send(res, 200, {
          issuer: issuer(),
          jwks_uri: `${issuer()}/.well-known/jwks`,
          subject_types_supported: ["public", "pairwise"],
          response_types_supported: ["id_token"],
          claims_supported: [
            "sub",
            "aud",
            "exp",
            "iat",
            "iss",
            "jti",
            "nbf",
            "ref",
            "repository",
            "workflow_ref",
            "job_workflow_ref",
            "sha",
            "event_name",
          ],
          id_token_signing_alg_values_supported: ["RS256"],
          scopes_supported: ["openid"],
        });
        return true;
      }
      if (path === "/.well-known/jwks") {
        send(res, 200, { keys: [jwk] });
        return true;
      }
      if (path !== TOKEN_PATH) return false;
      const bearer = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const job = bearer ? jobs.get(bearer) : undefined;
      if (!job) {
        send(res, 401, { message: "Bad credentials" });
        return true;
      }
      const audience = url.searchParams.get("audience");
      const value = await sign({ ...job, ...(audience ? { aud: audience } : {}) });
      send(res, 200, { count: 1, value });
      return true;
    },
  };
}
