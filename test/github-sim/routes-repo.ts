// Repository-level reads (contents, commits, compare), commit statuses, check runs, the
// authenticated user and team membership.

import { diffFiles, readCommits } from "./git-history.ts";
import { EMPTY_TREE, lsTree, mergeBase, readObject, resolve, revList } from "./git-store.ts";
import { type Ctx, fail, json, linkHeader, notFound, pageOf, type Route, repoOf } from "./http.ts";
import { base64Lines } from "./routes-git.ts";
import { commitSummary, diffEntry } from "./shapes.ts";
import { privateUser, repoApi, repository } from "./shapes-repo.ts";
import type { RepoState } from "./state.ts";

function contentJson(
  ctx: Ctx,
  repo: RepoState,
  e: { path: string; type: string; sha: string; size?: number },
  ref: string,
) {
  const api = repoApi(ctx.state, repo);
  const path = e.path.split("/").map(encodeURIComponent).join("/");
  const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const type = e.type === "tree" ? "dir" : e.type === "commit" ? "submodule" : "file";
  const html = `${ctx.state.baseUrl}/${repo.owner}/${repo.name}/${type === "dir" ? "tree" : "blob"}/${ref}/${path}`;
  const git = `${api}/git/${type === "dir" ? "trees" : "blobs"}/${e.sha}`;
  return {
    type,
    size: e.size ?? 0,
    name: e.path.split("/").pop() ?? "",
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      type === "file" ? `${ctx.state.baseUrl}/${repo.owner}/${repo.name}/raw/${ref}/${path}` : null,
    _links: { self, git, html },
  };
}

async function commitOr(repo: RepoState, ref: string, missing: () => never): Promise<string> {
  return (await resolve(repo.gitDir, ref)) ?? missing();
}

export const repoRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}",
    handler: (ctx) => json(200, repository(ctx.state, repoOf(ctx))),
  },
  {
    method: "GET",
    template: "/user",
    handler: (ctx) => json(200, privateUser(ctx.state, ctx.state.bot)),
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/contents/{path}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const ref = ctx.query.get("ref") ?? repo.defaultBranch;
      const commit = await commitOr(repo, ref, () =>
        fail(404, `No commit found for the ref ${ref}`),
      );
      const path = (ctx.params.path ?? "").replace(/^\/+|\/+$/g, "");
      if (path === "") {
        const root = await lsTree(repo.gitDir, commit);
        return json(
          200,
          root.map((e) => contentJson(ctx, repo, e, ref)),
        );
      }
      const [entry] = await lsTree(repo.gitDir, commit, { paths: [path] });
      if (!entry || entry.path !== path) notFound();
      if (entry.type === "tree") {
        const children = await lsTree(repo.gitDir, `${commit}:${path}`);
        const list = children.map((c) => ({ ...c, path: `${path}/${c.path}` }));
        return json(
          200,
          list.map((e) => contentJson(ctx, repo, e, ref)),
        );
      }
      const data = await readObject(repo.gitDir, "blob", entry.sha);
      const base = contentJson(ctx, repo, entry, ref);
      if (entry.mode === "120000")
        return json(200, { ...base, type: "symlink", target: data.toString("utf8") });
      return json(200, { ...base, content: base64Lines(data), encoding: "base64" });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const ref = ctx.query.get("sha") ?? repo.defaultBranch;
      const tip = await commitOr(repo, ref, () => fail(404, `No commit found for SHA: ${ref}`));
      const filters = [tip];
      for (const q of ["since", "until"]) {
        const v = ctx.query.get(q);
        if (v) filters.push(`--${q}=${v}`);
      }
      const path = ctx.query.get("path");
      const pathArgs = path ? ["--", path.replace(/^\/+/, "")] : [];
      const page = pageOf(ctx);
      const total = Number((await revList(repo.gitDir, ["--count", ...filters, ...pathArgs]))[0]);
      const shas = await revList(repo.gitDir, [
        `--max-count=${page.perPage}`,
        `--skip=${page.start}`,
        ...filters,
        ...pathArgs,
      ]);
      const commits = await readCommits(repo.gitDir, shas);
      return {
        status: 200,
        body: commits.map((c) => commitSummary(ctx.state, repo, c)),
        headers: linkHeader(ctx, page, total),
      };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const ref = ctx.params.ref ?? "";
      const sha = await commitOr(repo, ref, () => fail(422, `No commit found for SHA: ${ref}`));
      const [commit] = await readCommits(repo.gitDir, [sha]);
      const files = await diffFiles(repo.gitDir, commit!.parents[0] ?? EMPTY_TREE, sha);
      const additions = files.reduce((n, f) => n + f.additions, 0);
      const deletions = files.reduce((n, f) => n + f.deletions, 0);
      return json(200, {
        ...commitSummary(ctx.state, repo, commit!),
        stats: { additions, deletions, total: additions + deletions },
        files: files.map((f) => diffEntry(ctx.state, repo, f, sha)),
      });
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/compare/{basehead}",
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const spec = ctx.params.basehead ?? "";
      const [baseName = "", headName = ""] = spec.includes("...")
        ? spec.split("...")
        : spec.split("..");
      const base = await commitOr(repo, baseName, notFound);
      const head = await commitOr(repo, headName, notFound);
      const ahead = await revList(repo.gitDir, ["--reverse", head, `^${base}`]);
      const behind = Number((await revList(repo.gitDir, ["--count", base, `^${head}`]))[0]);
      const status =
        ahead.length === 0
          ? behind === 0
            ? "identical"
            : "behind"
          : behind === 0
            ? "ahead"
            : "diverged";
      const mb = (await mergeBase(repo.gitDir, base, head)) ?? base;
      const [baseCommit, mbCommit] = await readCommits(repo.gitDir, [base, mb]);
      const commits = await readCommits(repo.gitDir, ahead.slice(0, 250));
      const files = await diffFiles(repo.gitDir, mb, head);
      const html = `${ctx.state.baseUrl}/${repo.owner}/${repo.name}/compare/${spec}`;
      return json(200, {
        url: `${repoApi(ctx.state, repo)}/compare/${spec}`,
        html_url: html,
        permalink_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: commitSummary(ctx.state, repo, baseCommit!),
        merge_base_commit: commitSummary(ctx.state, repo, mbCommit!),
        status,
        ahead_by: ahead.length,
        behind_by: behind,
        total_commits: ahead.length,
        commits: commits.map((c) => commitSummary(ctx.state, repo, c)),
        files: files.map((f) => diffEntry(ctx.state, repo, f, head)),
      });
    },
  },
  {
    method: "GET",
    template: "/orgs/{org}/teams/{team_slug}/memberships/{username}",
    handler: (ctx) => {
      const { org = "", team_slug = "", username = "" } = ctx.params;
      const team = ctx.state.teams.get(`${org}/${team_slug}`.toLowerCase());
      const member =
        team && [...team.members].some((m) => m.toLowerCase() === username.toLowerCase());
      if (!team || !member) notFound();
      return json(200, {
        url: `${ctx.state.baseUrl}/organizations/${org}/team/${team.id}/memberships/${username}`,
        role: "member",
        state: "active",
      });
    },
  },
];
