// The git database API: blobs, trees, commits and refs, straight onto the bare repository.

import { readCommits } from "./git-history.ts";
import {
  commitTree,
  deleteRef,
  hashBlob,
  isAncestor,
  listRefs,
  lsTree,
  objectType,
  type RefEntry,
  readObject,
  readRef,
  resolve,
  type TreeEntry,
  updateRef,
  ZERO_SHA,
} from "./git-store.ts";
import { bodyOf, type Ctx, fail, json, notFound, type Route, repoOf, str } from "./http.ts";
import { buildTree, refreshPulls, type TreeInput } from "./repo-ops.ts";
import { gitCommit } from "./shapes.ts";
import { nodeId, repoApi } from "./shapes-repo.ts";
import { commitDate, identity, now, type RepoState, type SimState } from "./state.ts";

/** Base64 the way GitHub's API sends it: wrapped at 60 characters. */
export function base64Lines(data: Buffer): string {
  return (data.toString("base64").match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join("");
}

function refJson(s: SimState, repo: RepoState, r: RefEntry) {
  const api = repoApi(s, repo);
  const kind = r.type === "tag" ? "tags" : r.type === "tree" ? "trees" : `${r.type}s`;
  return {
    ref: r.ref,
    node_id: nodeId("REF", `${repo.id}:${r.ref}`),
    url: `${api}/git/${r.ref}`,
    object: { type: r.type, sha: r.sha, url: `${api}/git/${kind}/${r.sha}` },
  };
}

function treeJson(s: SimState, repo: RepoState, sha: string, entries: TreeEntry[]) {
  const api = repoApi(s, repo);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${api}/git/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`,
    })),
    truncated: false,
  };
}

/** `heads/main` (GitHub's spelling; `refs/heads/main` is accepted too) → `refs/heads/main`. */
function fullRef(ctx: Ctx): string {
  const ref = ctx.params.ref ?? "";
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}

function signature(
  s: SimState,
  v: unknown,
  fallback?: { name: string; email: string; date: string },
) {
  const o = (typeof v === "object" && v !== null ? v : {}) as Record<string, unknown>;
  const name = str(o.name);
  const email = str(o.email);
  if (!name || !email) return fallback ?? { ...identity(s, s.bot), date: commitDate(s) };
  const date = str(o.date);
  if (date !== undefined && Number.isNaN(Date.parse(date))) fail(422, `Invalid date: ${date}`);
  return { name, email, date: date ?? commitDate(s) };
}

/** Deleting a branch closes the open pull requests that use it, as on GitHub. */
function closePullsOn(repo: RepoState, ref: string): void {
  for (const i of repo.issues.values()) {
    if (!i.pull || i.state !== "open") continue;
    if (`refs/heads/${i.pull.head}` !== ref && `refs/heads/${i.pull.base}` !== ref) continue;
    i.state = "closed";
    i.closedAt = now();
    i.updatedAt = i.closedAt;
  }
}

export const gitRoutes: Route[] = [
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/blobs",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const content = str(b.content);
      const encoding = str(b.encoding) ?? "utf-8";
      if (content === undefined) fail(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
      if (encoding !== "utf-8" && encoding !== "utf8" && encoding !== "base64")
        fail(422, `encoding must be one of: utf-8, base64`);
      const data = Buffer.from(content, encoding === "base64" ? "base64" : "utf8");
      const sha = await hashBlob(repo.gitDir, data);
      return json(201, { sha, url: `${repoApi(ctx.state, repo)}/git/blobs/${sha}` });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/blobs/{file_sha}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = ctx.params.file_sha ?? "";
      if (!/^[0-9a-f]{40}$/.test(sha) || (await objectType(repo.gitDir, sha)) !== "blob")
        notFound();
      const data = await readObject(repo.gitDir, "blob", sha);
      return json(200, {
        sha,
        node_id: nodeId("B", sha),
        size: data.length,
        url: `${repoApi(ctx.state, repo)}/git/blobs/${sha}`,
        content: base64Lines(data),
        encoding: "base64",
      });
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/trees",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      if (!Array.isArray(b.tree)) fail(422, "Invalid tree info");
      const baseName = str(b.base_tree);
      const base = baseName ? await resolve(repo.gitDir, baseName, "tree") : undefined;
      if (baseName && !base) fail(422, "base_tree is not a valid tree oid");
      const sha = await buildTree(repo.gitDir, base, b.tree as TreeInput[]);
      return json(201, treeJson(ctx.state, repo, sha, await lsTree(repo.gitDir, sha)));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/trees/{tree_sha}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = (await resolve(repo.gitDir, ctx.params.tree_sha ?? "", "tree")) ?? notFound();
      const recursive = ctx.query.has("recursive");
      const entries = await lsTree(repo.gitDir, sha, { recursive, trees: recursive });
      return json(200, treeJson(ctx.state, repo, sha, entries));
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/commits",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const message =
        str(b.message) ?? fail(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
      const tree = str(b.tree) ?? "";
      if ((await objectType(repo.gitDir, tree)) !== "tree") fail(422, "Tree SHA does not exist");
      const parents = Array.isArray(b.parents) ? b.parents.map(String) : [];
      for (const p of parents)
        if ((await objectType(repo.gitDir, p)) !== "commit")
          fail(422, "Parent SHA does not exist or is not a commit object");
      const author = signature(ctx.state, b.author);
      const committer = signature(ctx.state, b.committer, author);
      const sha = await commitTree(repo.gitDir, { tree, parents, message, author, committer });
      const [commit] = await readCommits(repo.gitDir, [sha]);
      return json(201, gitCommit(ctx.state, repo, commit!));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/commits/{commit_sha}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const sha = ctx.params.commit_sha ?? "";
      if (!/^[0-9a-f]{40}$/.test(sha) || (await objectType(repo.gitDir, sha)) !== "commit")
        notFound();
      const [commit] = await readCommits(repo.gitDir, [sha]);
      return json(200, gitCommit(ctx.state, repo, commit!));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/ref/{ref}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const want = fullRef(ctx);
      const found = (await listRefs(repo.gitDir)).find((r) => r.ref === want) ?? notFound();
      return json(200, refJson(ctx.state, repo, found));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/matching-refs/{ref}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const prefix = fullRef(ctx);
      const refs = (await listRefs(repo.gitDir)).filter((r) => r.ref.startsWith(prefix));
      return json(
        200,
        refs.map((r) => refJson(ctx.state, repo, r)),
      );
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/refs",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const b = bodyOf(ctx);
      const ref = str(b.ref) ?? "";
      const sha = str(b.sha) ?? "";
      if (!/^refs\/[^/]+\/.+/.test(ref))
        fail(422, "Reference name must start with 'refs/' and have at least two slashes");
      if (!/^[0-9a-f]{40}$/.test(sha) || !(await objectType(repo.gitDir, sha)))
        fail(422, "Object does not exist");
      if (!(await updateRef(repo.gitDir, ref, sha, ZERO_SHA))) {
        if (await readRef(repo.gitDir, ref)) fail(422, "Reference already exists");
        fail(422, `${ref} is not a valid ref name`);
      }
      await refreshPulls(repo);
      const created = (await listRefs(repo.gitDir)).find((r) => r.ref === ref)!;
      const reply = json(201, refJson(ctx.state, repo, created));
      return { ...reply, headers: { location: `${repoApi(ctx.state, repo)}/git/${ref}` } };
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/git/refs/{ref}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const ref = fullRef(ctx);
      const b = bodyOf(ctx);
      const sha = str(b.sha) ?? "";
      const old = await readRef(repo.gitDir, ref);
      if (!old) fail(422, "Reference does not exist");
      if (!/^[0-9a-f]{40}$/.test(sha) || (await objectType(repo.gitDir, sha)) !== "commit")
        fail(422, "Object does not exist");
      if (b.force !== true && !(await isAncestor(repo.gitDir, old, sha)))
        fail(422, "Update is not a fast forward");
      // Compare-and-swap: a push between our read and this write is still not a fast-forward.
      if (!(await updateRef(repo.gitDir, ref, sha, old))) fail(422, "Update is not a fast forward");
      await refreshPulls(repo);
      const updated = (await listRefs(repo.gitDir)).find((r) => r.ref === ref)!;
      return json(200, refJson(ctx.state, repo, updated));
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/git/refs/{ref}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const ref = fullRef(ctx);
      if (!(await readRef(repo.gitDir, ref)) || !(await deleteRef(repo.gitDir, ref)))
        fail(422, "Reference does not exist");
      closePullsOn(repo, ref);
      return { status: 204 };
    },
  },
];
