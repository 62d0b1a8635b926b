// Unit hashes cover what runs: a symbolic link or an Ansible include that leads out of a unit
// is refused at plan time, naming the file, before any engine runs; links inside a unit are
// part of its hash. The attacker here edits a rendered unit so that what runs lies elsewhere.
import { cp, mkdir, readFile, symlink, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ansibleEngine } from "../lib/engines/ansible-engine.ts";
import { assertAnsibleSelfContained } from "../lib/engines/ansible-paths.ts";
import { gitopsEngine } from "../lib/engines/gitops-engine.ts";
import { unitFiles, unitFilesHash } from "../lib/engines/unit-files.ts";
import { ConfigurationError, formatProblem } from "../lib/errors.ts";
import { silentLogger } from "../lib/logger.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { ROOT, scratch } from "./helpers.ts";

async function sampleInfra(): Promise<string> {
  const dir = path.join(await scratch("cn-unit-files-"), "infra");
  await cp(path.join(ROOT, "infra"), dir, { recursive: true });
  return dir;
}

const unitOf = (infraDir: string, id: string) => listUnits(infraDir).find((u) => u.id === id)!;
// A binary that must never run: the refusal comes before the engine starts.
const ctxOf = (infraDir: string) => ({
  infraDir,
  log: silentLogger,
  terraformBinary: "terraform",
  env: { PATH: "/nonexistent" },
});

async function problemsOf(run: Promise<unknown>): Promise<string[]> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigurationError);
  return (err as ConfigurationError).problems.map(formatProblem);
}

describe("unit hashes cover what runs", () => {
  it("refuses a symbolic link out of an Ansible unit, naming the file, before Ansible runs", async () => {
    const infraDir = await sampleInfra();
    const outside = path.join(path.dirname(infraDir), "evil.yml");
    await writeFile(outside, "- hosts: all\n  tasks: []\n");
    await unlink(path.join(infraDir, "ansible/eu1/deploy-service.yml"));
    await symlink(outside, path.join(infraDir, "ansible/eu1/deploy-service.yml"));
    const problems = await problemsOf(
      ansibleEngine.plan(unitOf(infraDir, "ansible/eu1"), ctxOf(infraDir)),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${infraDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/ansible/eu1/deploy-service\\.yml:1:1: is a symbolic link to ".*evil\\.yml", outside unit ansible/eu1`,
        ),
      ),
    ]);
  });

  it("refuses a link out of a GitOps unit too, and a dangling link", async () => {
    const infraDir = await sampleInfra();
    await symlink("/etc/passwd", path.join(infraDir, "k8s/jp1/extra.yaml"));
    const unit = unitOf(infraDir, "k8s/jp1");
    expect(await problemsOf(gitopsEngine.plan(unit, ctxOf(infraDir)))).toEqual([
      expect.stringContaining('k8s/jp1/extra.yaml:1:1: is a symbolic link to "/etc/passwd"'),
    ]);
    await unlink(path.join(infraDir, "k8s/jp1/extra.yaml"));
    await symlink("gone.yaml", path.join(infraDir, "k8s/jp1/extra.yaml"));
    expect(() => unitFiles(infraDir, unit)).toThrow(/symbolic link to "gone\.yaml"/);
  });

  it("hashes a link inside the unit by its target, so re-pointing it changes the hash", async () => {
    const infraDir = await sampleInfra();
    const unit = unitOf(infraDir, "ansible/eu1");
    const before = unitFilesHash(infraDir, unit);
    const link = path.join(infraDir, "ansible/eu1/current.yml");
    await symlink("site.yml", link);
    const withLink = unitFilesHash(infraDir, unit);
    expect(withLink).not.toBe(before);
    await unlink(link);
    await symlink("deploy-service.yml", link);
    expect(unitFilesHash(infraDir, unit)).not.toBe(withLink);
  });

  it("refuses Ansible includes, roles, vars_files, sources and lookups that leave the unit", async () => {
    const infraDir = await sampleInfra();
    const file = "ansible/eu1/site.yml";
    await writeFile(
      path.join(infraDir, file),
      [
        "- hosts: all",
        "  vars_files: [../../secrets.yml]",
        "  roles: [/opt/roles/evil]",
        "  tasks:",
        "    - ansible.builtin.include_tasks: ../../k8s/jp1/tasks.yml",
        "    - ansible.builtin.import_tasks:",
        "        file: /tmp/tasks.yml",
        "    - ansible.builtin.copy:",
        "        src: ../../../.git/config",
        "        dest: /tmp/x",
        "    - ansible.builtin.script: /usr/local/bin/run.sh --now",
        "    - ansible.builtin.debug:",
        "        msg: \"{{ lookup('ansible.builtin.file', '/etc/shadow') }}\"",
        "    - ansible.builtin.debug:",
        "        msg: \"{{ lookup('pipe', 'id') }}\"",
        "",
      ].join("\n"),
    );
    const problems = await problemsOf(
      ansibleEngine.plan(unitOf(infraDir, "ansible/eu1"), ctxOf(infraDir)),
    );
    const expected: [number, RegExp][] = [
      [2, /vars_files entry "\.\.\/\.\.\/secrets\.yml" leads out of the unit/],
      [3, /role "\/opt\/roles\/evil" leads out of the unit/],
      [5, /include_tasks "\.\.\/\.\.\/k8s\/jp1\/tasks\.yml" leads out of the unit/],
      [7, /import_tasks file "\/tmp\/tasks\.yml" leads out of the unit/],
      [9, /copy src "\.\.\/\.\.\/\.\.\/\.git\/config" leads out of the unit/],
      [11, /script "\/usr\/local\/bin\/run\.sh" leads out of the unit/],
      [13, /lookup file "\/etc\/shadow" leads out of the unit/],
      [15, /a pipe lookup runs a command on the controller/],
    ];
    expect(problems).toHaveLength(expected.length);
    for (const [line, message] of expected)
      expect(
        problems.find((p) => p.includes(`/${file}:${line}:`) && message.test(p)),
      ).toBeDefined();
  });

  it("accepts the rendered sample: includes inside the unit, templated and remote paths", async () => {
    const infraDir = path.join(ROOT, "infra");
    for (const id of ["ansible/eu1", "ansible/cn1"]) {
      const unit = unitOf(infraDir, id);
      expect(() =>
        assertAnsibleSelfContained(infraDir, unit.watch, unitFiles(infraDir, unit)),
      ).not.toThrow();
    }
    // The sample does include a sibling file and read a remote path: both stay allowed.
    const site = await readFile(path.join(infraDir, "ansible/eu1/site.yml"), "utf8");
    expect(site).toContain("include_tasks: deploy-service.yml");
    const scratchDir = path.join(await scratch("cn-unit-ok-"), "infra");
    await mkdir(path.join(scratchDir, "ansible/x1/files"), { recursive: true });
    const files = [
      {
        path: "ansible/x1/site.yml",
        content: Buffer.from(
          [
            "- hosts: all",
            "  tasks:",
            "    - ansible.builtin.copy: { src: files/app.conf, dest: /etc/app.conf }",
            "    - ansible.builtin.copy: { src: /etc/hosts, dest: /tmp/h, remote_src: true }",
            "    - ansible.builtin.slurp: { src: /etc/hostname }",
            '    - ansible.builtin.include_tasks: "{{ playbook_dir }}/more.yml"',
            "",
          ].join("\n"),
        ),
      },
    ];
    expect(() => assertAnsibleSelfContained(scratchDir, ["ansible/x1"], files)).not.toThrow();
  });
});
