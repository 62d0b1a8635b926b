// The local GitHub's Actions OIDC token service and the force-push events apply reads:
// discovery, JWKS, tokens with the job's claims and the requested audience (verified with
// jose against the served keys), and a force push of a pull request's head as an issue event.
import { Octokit } from "@octokit/rest";
import { jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { issuerKeys } from "../lib/review/verify.ts";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";

const R = { owner: "acme", repo: "platform" };
let sim: GitHubSim | undefined;

afterEach(async () => {
  const errors = sim?.openapiErrors.splice(0) ?? [];
  await sim?.close();
  sim = undefined;
  expect(errors).toEqual([]);
});

describe("the local GitHub's OIDC issuer", () => {
  it("serves discovery and JWKS, and signs the job's claims for the requested audience", async () => {
    sim = await startGitHubSim({ validateOpenApi: false });
    const discovery = await (await fetch(`${sim.url}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({
      issuer: sim.oidc.issuer,
      jwks_uri: `${sim.url}/.well-known/jwks`,
    });
    const request = sim.oidc.requestFor({
      repository: "acme/platform",
      workflow_ref: "acme/platform/.github/workflows/pr-review.yml@refs/heads/main",
    });
    const url = new URL(request.url);
    url.searchParams.set("audience", "cloudneutral-review:abc");
    const refused = await fetch(url, { headers: { authorization: "Bearer nope" } });
    expect(refused.status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${request.token}` } });
    const { value } = (await res.json()) as { value: string };
    const { payload } = await jwtVerify(value, issuerKeys(sim.oidc.issuer), {
      issuer: sim.oidc.issuer,
      audience: "cloudneutral-review:abc",
    });
    expect(payload).toMatchObject({
      repository: "acme/platform",
      workflow_ref: "acme/platform/.github/workflows/pr-review.yml@refs/heads/main",
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
  });

  it("a force push of a pull request's head is a head_ref_force_pushed issue event", async () => {
    sim = await startGitHubSim();
    await sim.createRepo(R.owner, R.repo);
    const first = await sim.commit(R.owner, R.repo, "topic", { "a.txt": "a\n" }, "a");
    const number = sim.createPull(R.owner, R.repo, { head: "topic", base: "main", title: "t" });
    const gh = new Octokit({ baseUrl: sim.url, auth: sim.token });
    const list = async () =>
      (await gh.rest.issues.listEvents({ ...R, issue_number: number })).data.map((e) => [
        e.event,
        "commit_id" in e ? e.commit_id : undefined,
      ]);
    // A push that moves forward is no force push.
    const second = await sim.commit(R.owner, R.repo, "topic", { "b.txt": "b\n" }, "b");
    expect(second).not.toBe(first);
    expect(await list()).toEqual([]);
    await gh.rest.git.updateRef({ ...R, ref: "heads/topic", sha: first, force: true });
    expect(await list()).toEqual([["head_ref_force_pushed", first]]);
  });
});
