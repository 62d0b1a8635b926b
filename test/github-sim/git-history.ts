// Reading history: commits (parsed from their raw objects) and the files between two trees.
import { git, type Signature, tryGit } from "./git-store.ts";

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

function parseSignature(line: string): Signature {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: "", date: new Date(0).toISOString() };
  const date = new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return { name: m[1]!, email: m[2]!, date };
}

function parseCommit(sha: string, raw: string): CommitObject {
  const split = raw.indexOf("\n\n");
  const head = split < 0 ? raw : raw.slice(0, split);
  const message = split < 0 ? "" : raw.slice(split + 2);
  const commit: CommitObject = {
    sha,
    tree: "",
    parents: [],
    author: parseSignature(""),
    committer: parseSignature(""),
    // GitHub reports messages without the trailing newline git stores.
    message: message.replace(/\n+$/, ""),
  };
  for (const line of head.split("\n")) {
    const sp = line.indexOf(" ");
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === "tree") commit.tree = value;
    else if (key === "parent") commit.parents.push(value);
    else if (key === "author") commit.author = parseSignature(value);
    else if (key === "committer") commit.committer = parseSignature(value);
  }
  return commit;
}

/** Many commits in one `git cat-file --batch`. */
export async function readCommits(gitDir: string, shas: string[]): Promise<CommitObject[]> {
  if (shas.length === 0) return [];
  const r = await tryGit(gitDir, ["cat-file", "--batch"], { input: `${shas.join("\n")}\n` });
  const out = r.stdout;
  const commits: CommitObject[] = [];
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(10, pos);
    const [sha = "", type = "", size = "0"] = out.subarray(pos, nl).toString().split(" ");
    if (type !== "commit") throw new Error(`${sha} is not a commit (${type})`);
    const body = out.subarray(nl + 1, nl + 1 + Number(size)).toString("utf8");
    commits.push(parseCommit(sha, body));
    pos = nl + 1 + Number(size) + 1;
  }
  return commits;
}

export interface FileChange {
  filename: string;
  status: "added" | "removed" | "modified" | "changed";
  sha: string | null;
  additions: number;
  deletions: number;
}

/** Files changed from `from` (a commit, or EMPTY_TREE) to `to`; renames are not detected. */
export async function diffFiles(gitDir: string, from: string, to: string): Promise<FileChange[]> {
  const base = ["diff-tree", "-r", "-z", "--no-renames", "--no-commit-id", from, to];
  const raw = (await git(gitDir, [...base, "--raw"])).split("\0");
  const num = (await git(gitDir, [...base, "--numstat"])).split("\0").filter(Boolean);
  const counts = new Map<string, [number, number]>();
  for (const line of num) {
    const [a = "0", d = "0", ...rest] = line.split("\t");
    counts.set(rest.join("\t"), [a === "-" ? 0 : Number(a), d === "-" ? 0 : Number(d)]);
  }
  const files: FileChange[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const meta = raw[i]!.split(" ");
    const filename = raw[i + 1]!;
    const letter = meta[4] ?? "M";
    const status =
      letter === "A"
        ? "added"
        : letter === "D"
          ? "removed"
          : letter === "T"
            ? "changed"
            : "modified";
    const [additions, deletions] = counts.get(filename) ?? [0, 0];
    files.push({
      filename,
      status,
      sha: letter === "D" ? meta[2]! : meta[3]!,
      additions,
      deletions,
    });
  }
  return files;
}
