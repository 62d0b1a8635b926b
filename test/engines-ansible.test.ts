// The rendered playbook run by the real ansible-playbook against localhost, behind the Engine
// interface: check mode writes nothing (the plan's hash is of the unit's files), apply writes
// the units and environment files, a rerun changes nothing, and a tenant's Jinja stays text.
// A new release going to the other colour (serving file, units, env file, switch) is tested
// where it is also served: container-switch.test.ts.
import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  type AnsibleOptions,
  ansibleApply,
  ansiblePlan,
  parseRecap,
} from "../lib/engines/ansible.ts";
import { ansibleEngine } from "../lib/engines/ansible-engine.ts";
import type { EngineContext } from "../lib/engines/types.ts";
import { unitFilesHash } from "../lib/engines/unit-files.ts";
import type { Logger } from "../lib/logger.ts";
import { render } from "../lib/render/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { envFileValue, HOSTILE, LOCAL_INVENTORY } from "./ansible-local.ts";
import { nginxTest, sampleRepo, scratch, snapshotTree } from "./helpers.ts";

const run = promisify(execFile);

function captureLog(): Logger & { groups: { title: string; lines: string[] }[] } {
  const groups: { title: string; lines: string[] }[] = [];
  return {
    groups,
    debug() {},
    info() {},
    warning() {},
    group: (title, lines) => groups.push({ title, lines }),
  };
}

/**
 * The sample rendered with a hostile variable; its eu1 unit as the Engine runs it, on the
 * first host of the rendered inventory (not four: every host here is this machine writing the
 * same scratch root, so more of them add minutes and prove nothing more), that host being
 * this machine under a scratch root. The playbook, group_vars and the rest of the inventory
 * stay as rendered.
 */
async function renderedUnit() {
  const repo = await sampleRepo();
  const services = path.join(repo, "platform-config/services/globex-inference.yaml");
  const text = await readFile(services, "utf8");
  const line = "    TARGET_URL: https://ai.cloudneutral.io\n";
  await writeFile(
    services,
    text.replace(line, () => `${line}    PROBE: ${JSON.stringify(HOSTILE)}\n`),
  );
  const infraDir = path.join(repo, "infra");
  const unitDir = path.join(infraDir, "ansible/eu1");
  const inventoryFile = path.join(unitDir, "inventory.yml");
  await render({ configDir: path.join(repo, "platform-config"), outDir: infraDir });
  const inventory = parse(await readFile(inventoryFile, "utf8")) as {
    all: { children: { containerd_nodes: { hosts: Record<string, unknown> } } };
  };
  const nodes = inventory.all.children.containerd_nodes;
  const [first] = Object.entries(nodes.hosts);
  expect(Object.keys(nodes.hosts).length).toBeGreaterThan(1);
  const host = first![0];
  nodes.hosts = Object.fromEntries([first!]);
  await writeFile(inventoryFile, stringify(inventory));
  const unit = listUnits(infraDir).find((u) => u.id === "ansible/eu1")!;
  const root = await scratch("cn-ansible-root-");
  const log = captureLog();
  const ctx: EngineContext = {
    infraDir,
    log,
    terraformBinary: "terraform",
    ansibleVars: {
      ansible_connection: "local",
      cloudneutral_root: root,
      cloudneutral_manage_services: "false",
      cloudneutral_nerdctl: "/usr/bin/true",
    },
    env: { ANSIBLE_LOCALHOST_WARNING: "0" },
  };
  return { infraDir, unit, unitDir, host, root, log, ctx };
}

/** A scratch unit with the local inventory and one playbook. */
async function scratchUnit(playbook: string[]) {
  const unitDir = await scratch("cn-ansible-unit-");
  await writeFile(path.join(unitDir, "test-inventory.yml"), LOCAL_INVENTORY);
  await writeFile(path.join(unitDir, "site.yml"), `${playbook.join("\n")}\n`);
  const log = captureLog();
  const o: AnsibleOptions = { unitDir, inventory: "test-inventory.yml", log };
  return { unitDir, log, o };
}

const EU1_SERVICES = ["batch-scorer", "eval-runner", "image-resizer", "payments-callback"];

interface RenderedPorts {
  switch_port: number;
  blue_port: number;
  green_port: number;
}

/** Each service's own ports, as render wrote them into the unit's group_vars. */
async function portsOf(unitDir: string): Promise<Record<string, RenderedPorts>> {
  const vars = parse(
    await readFile(path.join(unitDir, "group_vars/containerd_nodes.yml"), "utf8"),
    { logLevel: "error" },
  ) as { services: ({ name: string } & RenderedPorts)[] };
  return Object.fromEntries(vars.services.map((s) => [s.name, s]));
}

/** The node-local switch's upstream servers: the one colour it sends to. */
function switchServers(conf: string): string[] {
  return [...conf.matchAll(/^\s*server (127\.0\.0\.1:\d+);$/gm)].map((m) => m[1]!);
}

// Timeouts sized from measurements (2 cores, Node 20, ansible-core 2.14). One run of the
// rendered eu1 playbook on one host: about 20 s with this file alone at load average 9–10
// (the first test's four runs 79.5 s, the engine test's two 41.6 s); with a second copy of
// the suite beside this one and other jobs on the machine (load average up to 11), the first
// test took up to 101.6 s (25 s a run) and the engine test up to 64.3 s (32 s a run). With the
// blue/green switch's tasks (switch file, nginx check and reload, health through the switch),
// at load average 11–12 with five other suites' jobs on the machine, the first test took
// 176.1 s (44 s a run) and the engine test 73.7 s (37 s a run). A run is sized at 45 s and each
// test gets three times its runs, so a busier machine slows the tests down without failing them.
const PLAYBOOK_RUN_MS = 45_000;
const timeoutFor = (runs: number) => 3 * runs * PLAYBOOK_RUN_MS;

describe("ansible engine", () => {
  // Three runs, given the four-run budget: at load average 17–19 (five other suites' jobs on
  // the machine) they took 313.8 s, 105 s a run.
  it("plans without writing, applies units and env files, reruns with no change", {
    timeout: timeoutFor(4),
  }, async () => {
    const { infraDir, unit: eu1, unitDir, host, root, log, ctx } = await renderedUnit();
    // The plan: a check-mode run; what apply must find again is the hash of the unit's files.
    const plan = await ansibleEngine.plan(eu1, ctx);
    expect(plan.changed).toBe(true);
    expect(plan.hash).toBe(unitFilesHash(infraDir, eu1));
    const apply = async () => {
      const { output } = await ansibleEngine.apply(eu1, plan, ctx);
      const hosts = parseRecap(output);
      return { hosts, changed: hosts.some((h) => h.changed > 0) };
    };
    const planned = parseRecap(plan.text);
    expect(planned).toEqual([expect.objectContaining({ host, failed: 0, unreachable: 0 })]);
    expect(planned[0]!.changed).toBeGreaterThan(0);
    expect(await snapshotTree(root)).toEqual({});
    // One group named for the unit; extra vars travel in a file, never on the command line.
    expect(log.groups).toHaveLength(1);
    expect(log.groups[0]!.title).toBe(unitDir);
    const command = log.groups[0]!.lines[0]!;
    expect(command).toMatch(
      /^\$ ansible-playbook site\.yml --check --diff -i inventory\.yml -e @\S+\/extra-vars\.json$/,
    );
    expect(command).not.toContain(root);

    const applied = await apply();
    expect(applied.changed).toBe(true);
    const tree = await snapshotTree(root);
    expect(Object.keys(tree).sort()).toEqual(
      [
        ...EU1_SERVICES.flatMap((s) => [
          `etc/cloudneutral/${s}/blue.env`,
          `etc/cloudneutral/${s}/serving`,
        ]),
        ...EU1_SERVICES.map((s) => `etc/nginx/conf.d/cloudneutral-${s}.conf`),
        ...EU1_SERVICES.map((s) => `etc/systemd/system/cloudneutral-${s}-blue.service`),
      ].sort(),
    );
    // Each service on its own ports; each switch listens on the service's switch port and
    // sends to its blue port only; the switches together pass nginx -t.
    const ports = await portsOf(unitDir);
    const switches = EU1_SERVICES.map((s) => tree[`etc/nginx/conf.d/cloudneutral-${s}.conf`]!);
    for (const [i, s] of EU1_SERVICES.entries()) {
      expect(switchServers(switches[i]!)).toEqual([`127.0.0.1:${ports[s]!.blue_port}`]);
      expect(switches[i]).toContain(`listen ${ports[s]!.switch_port};`);
    }
    await nginxTest(`pid logs/nginx.pid;\nevents {}\nhttp {\n${switches.join("\n")}\n}\n`);
    const env = tree["etc/cloudneutral/eval-runner/blue.env"]!;
    expect(envFileValue(env, "CN_VAR_PROBE")).toBe(HOSTILE);
    expect(envFileValue(env, "CN_VAR_TARGET_URL")).toBe("https://ai.cloudneutral.io");
    expect(Object.values(tree).join("\n")).not.toMatch(/uid=\d/);
    const unit = tree["etc/systemd/system/cloudneutral-eval-runner-blue.service"]!;
    const eval_ = ports["eval-runner"]!;
    expect(unit).toContain(
      `--publish ${eval_.blue_port}:8080 --env PROBE=\${CN_VAR_PROBE} --env TARGET_URL=\${CN_VAR_TARGET_URL} ghcr.io/globex/eval-runner:0.4.1`,
    );
    expect(unit).toContain(`EnvironmentFile=${root}/etc/cloudneutral/eval-runner/blue.env`);

    // systemd itself accepts the units (with a stand-in for containerd.service).
    const verify = await scratch("cn-units-");
    await cp(path.join(root, "etc/systemd/system"), verify, { recursive: true });
    await writeFile(
      path.join(verify, "containerd.service"),
      "[Service]\nExecStart=/usr/bin/true\n",
    );
    await run(
      "systemd-analyze",
      [
        "verify",
        "--man=no",
        ...EU1_SERVICES.map((s) => path.join(verify, `cloudneutral-${s}-blue.service`)),
      ],
      { cwd: verify },
    );

    const again = await apply();
    expect(again.changed).toBe(false);
    expect(again.hosts.map((h) => h.changed)).toEqual([0]);
    expect(await snapshotTree(root)).toEqual(tree);
  });

  it("a failing playbook names the unit and quotes the end of the output", async () => {
    const { unitDir, log, o } = await scratchUnit([
      "- hosts: containerd_nodes",
      "  gather_facts: false",
      "  tasks:",
      "    - ansible.builtin.fail:",
      "        msg: the marker of a broken deploy",
    ]);
    const err = await ansibleApply(o).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain(
      `ansible-playbook site.yml failed in Ansible unit ${unitDir} (exit code 2):\n`,
    );
    expect(message).toContain("the marker of a broken deploy");
    expect(message).toMatch(/localhost\s+: ok=0\s+changed=0\s+unreachable=0\s+failed=1/);
    expect(message.split("\n").length).toBeLessThanOrEqual(21);
    expect(log.groups).toHaveLength(1);
    expect(log.groups[0]!.lines.join("\n")).toContain("the marker of a broken deploy");
  });

  it("an unreachable host fails the run", async () => {
    const { unitDir, o } = await scratchUnit([
      "- hosts: containerd_nodes",
      "  gather_facts: false",
      "  tasks:",
      "    - ansible.builtin.ping:",
    ]);
    // Nothing listens on port 1 of loopback: ssh is refused at once.
    await writeFile(
      path.join(unitDir, "inventory.yml"),
      "all:\n  children:\n    containerd_nodes:\n      hosts:\n        127.0.0.1:\n          ansible_port: 1\n",
    );
    await expect(ansiblePlan({ ...o, inventory: undefined })).rejects.toThrow(
      /ansible-playbook site\.yml failed in Ansible unit .* \(exit code 4\):\n[\s\S]*Connection refused/,
    );
  });

  it("a missing unit, playbook or binary is a clear error", async () => {
    const { unitDir, o } = await scratchUnit(["- hosts: containerd_nodes", "  tasks: []"]);
    const missing = path.join(unitDir, "gone");
    await expect(ansiblePlan({ ...o, unitDir: missing })).rejects.toThrow(
      `Ansible unit ${missing} does not exist`,
    );
    await expect(ansiblePlan({ ...o, playbook: "nope.yml" })).rejects.toThrow(
      `Ansible unit ${unitDir} has no playbook nope.yml`,
    );
    await expect(ansiblePlan({ ...o, binary: "/nonexistent/ansible-playbook" })).rejects.toThrow(
      `Ansible unit ${unitDir}: ansible-playbook not found at /nonexistent/ansible-playbook`,
    );
  });

  it("a run past its timeout is stopped with its process group", { timeout: 60_000 }, async () => {
    const { unitDir, o } = await scratchUnit([
      "- hosts: containerd_nodes",
      "  gather_facts: false",
      "  tasks:",
      "    - ansible.builtin.shell: echo $$ > pid; exec sleep 600",
      "      args:",
      '        chdir: "{{ playbook_dir }}"',
    ]);
    // The timeout leaves ansible time to reach the task that writes its pid: measured at
    // load average 9 on 2 cores, a one-task playbook started its task 1.5–2.8 s after the
    // spawn; 10 s is over three times that.
    const started = Date.now();
    await expect(ansibleApply({ ...o, timeoutMs: 10_000 })).rejects.toThrow(
      `ansible-playbook site.yml in Ansible unit ${unitDir} timed out after 10000 ms; the process group was stopped`,
    );
    // Stopped at its timeout, not at the end of the task's ten-minute sleep (how long after
    // the timeout depends on the machine; any time short of the sleep proves the stop).
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(10_000);
    expect(elapsed).toBeLessThan(600_000);
    const pid = Number(await readFile(path.join(unitDir, "pid"), "utf8"));
    expect(await isGone(pid)).toBe(true);
  });
});

/** Gone, or a zombie nobody reaped yet (no init reaps in some containers). */
async function isGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (stat === "" || /^\d+ \(.*\) Z /.test(stat)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
