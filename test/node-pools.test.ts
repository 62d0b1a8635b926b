// Clusters and nodes that exist: k8s-base creates the managed cluster of a k8s pool and the
// node_count machines of a cloud containerd-only / k3s-worker pool (with their cloud-init),
// on-prem pools join their first node_count hosts through Ansible, and the Ansible inventory
// lists the machines the stack creates, in the same order. Real tools: HashiCorp's HCL parser,
// terraform with the real AWS provider (validate; a plan through `terraform test`, whose
// override_data stands in for the three look-ups of the foundation's network and the image,
// the only calls that need an AWS account), cloud-init's own schema check, ansible-playbook.
import { execFile, spawnSync } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withNodeCount } from "../lib/autoscale/tfvars.ts";
import { ansiblePlan } from "../lib/engines/ansible.ts";
import { nodeCount } from "../lib/engines/ansible-engine.ts";
import { cidrHost, cidrSubnet, nodeAddresses } from "../lib/model/node-pool.ts";
import { render } from "../lib/render/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import { sampleRepo, scratch } from "./helpers.ts";

const run = promisify(execFile);
const CI = process.env.CI === "true";
const has = (bin: string, ...args: string[]) => spawnSync(bin, args).status === 0;
const terraform = has("terraform", "version");
const pluginDir = process.env.TF_PLUGIN_DIR ?? "/opt/tf-plugins";
const awsPlugin =
  spawnSync("ls", [path.join(pluginDir, "registry.terraform.io/hashicorp/aws")]).status === 0;
const cloudInit = has("cloud-init", "--version");
const tfEnv = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };

/** The sample with `edits` made and `adds` added to its platform-config, rendered into infra/. */
async function renderWith(
  edits: Record<string, [string, string][]>,
  adds: Record<string, string> = {},
): Promise<string> {
  const repo = await sampleRepo();
  for (const [file, text] of Object.entries(adds))
    await writeFile(path.join(repo, "platform-config", file), text);
  for (const [file, pairs] of Object.entries(edits)) {
    const full = path.join(repo, "platform-config", file);
    let text = await readFile(full, "utf8");
    for (const [from, to] of pairs) {
      expect(text, `${file} should contain ${from}`).toContain(from);
      text = text.replace(from, to);
    }
    await writeFile(full, text);
  }
  await render({ configDir: path.join(repo, "platform-config"), outDir: path.join(repo, "infra") });
  return repo;
}

const JP1_K8S = "    mode: k8s\n    min: 3\n    max: 16\n";
const jp1Pool = (mode: string, extra = "") => ({
  "regions/jp1.yaml": [[JP1_K8S, `    mode: ${mode}\n    min: 2\n    max: 12\n${extra}`]] as [
    string,
    string,
  ][],
});
/** An on-prem k3s-worker region whose four hosts are all this machine. */
const EU2 = `apiVersion: cloudneutral.io/v1alpha1
kind: Region
metadata:
  name: eu2
spec:
  provider: onprem
  location: fra-dc2
  ingress:
    addresses: [198.51.100.50]
  nodePool:
    mode: k3s-worker
    min: 1
    max: 4
    hosts: [127.0.0.1, 127.0.0.2, 127.0.0.3, 127.0.0.4]
    join:
      server: https://k3s.eu2.example.com:6443
      tokenEnv: EU2_K3S_TOKEN
  weight: 10
`;

/** A second AWS region (same account) whose pool is containerd-only machines. */
const JP2 = {
  "regions/jp2.yaml": `apiVersion: cloudneutral.io/v1alpha1
kind: Region
metadata:
  name: jp2
spec:
  provider: aws
  location: ap-northeast-3
  account:
    id: "111122223333"
  network:
    cidr: 10.50.0.0/16
  ingress:
    addresses: [192.0.2.50]
  nodePool:
    mode: containerd-only
    min: 1
    max: 12
    instanceType: t3.large
  weight: 10
`,
};
const K3S_JOIN =
  "    join:\n      server: https://k3s.jp1.example.com:6443\n      tokenSecret: /cloudneutral/jp1/k3s-token\n";

/** Every .tf of a stack parses with HashiCorp's parser; returns the parsed node-pool.tf. */
async function parseStack(dir: string): Promise<Record<string, unknown>> {
  let pool: Record<string, unknown> = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".tf"))) {
    const parsed = (await parseHcl(file, await readFile(path.join(dir, file), "utf8"))) as Record<
      string,
      unknown
    >;
    if (file === "node-pool.tf") pool = parsed;
  }
  return pool;
}

async function initStack(src: string): Promise<string> {
  const dir = await scratch("cn-pool-tf-");
  await cp(src, dir, { recursive: true });
  await rm(path.join(dir, "modules.tf"), { force: true });
  await run("terraform", ["init", "-backend=false", "-input=false", `-plugin-dir=${pluginDir}`], {
    cwd: dir,
    env: tfEnv,
  });
  return dir;
}

describe("node pools: clusters and machines k8s-base creates", () => {
  it("computes the addresses as Terraform's cidrsubnet/cidrhost do", () => {
    expect(cidrSubnet("10.10.0.0/16", 4, 1)).toBe("10.10.16.0/20");
    expect(cidrHost("10.10.16.0/20", 10)).toBe("10.10.16.10");
    const pool = { mode: "containerd-only" as const, min: 1, max: 3 };
    expect(nodeAddresses("aws", "10.10.0.0/16", pool)).toEqual([
      "10.10.0.10",
      "10.10.16.10",
      "10.10.0.11",
    ]);
    expect(nodeAddresses("gcp", "10.20.0.0/16", pool)).toEqual([
      "10.20.0.10",
      "10.20.0.11",
      "10.20.0.12",
    ]);
    expect(nodeAddresses("aws", "10.10.0.0/16", { ...pool, mode: "k8s" })).toEqual([]);
    expect(nodeAddresses("onprem", "10.0.0.0/16", { ...pool, hosts: ["192.0.2.9"] })).toEqual([
      "192.0.2.9",
    ]);
  });

  it("renders the managed cluster itself for k8s pools, and refers to no cluster it does not create", async () => {
    const repo = await renderWith({});
    for (const region of ["jp1", "sg1"]) {
      const dir = path.join(repo, "infra/stacks/k8s-base", region);
      const pool = await parseStack(dir);
      const resources = Object.keys((pool.resource ?? {}) as object);
      const data = Object.keys((pool.data ?? {}) as object);
      expect(resources, region).toContain(
        region === "jp1" ? "aws_eks_cluster" : "google_container_cluster",
      );
      expect(
        data.filter((d) => /cluster/.test(d)),
        region,
      ).toEqual([]);
    }
    const text = await readFile(path.join(repo, "infra/stacks/k8s-base/jp1/node-pool.tf"), "utf8");
    expect(text).toContain("cluster_name    = aws_eks_cluster.main.name");
  });

  describe.skipIf(!CI && !(terraform && awsPlugin))("terraform with the real AWS provider", () => {
    // Measured on 2 cores at load average 17–23 (other suites beside this one): the three
    // stacks' init + validate 124 s, most of it starting the 675 MB provider; the two plans
    // 51–61 s. Each given about three times that.
    it("validates the AWS k8s-base stack in each mode", { timeout: 360_000 }, async () => {
      for (const [mode, extra] of [
        ["k8s", ""],
        ["containerd-only", ""],
        ["k3s-worker", K3S_JOIN],
      ] as const) {
        const repo =
          mode === "containerd-only"
            ? await renderWith({}, JP2)
            : await renderWith(mode === "k8s" ? {} : jp1Pool(mode, extra));
        const src = path.join(
          repo,
          "infra/stacks/k8s-base",
          mode === "containerd-only" ? "jp2" : "jp1",
        );
        await parseStack(src);
        const dir = await initStack(src);
        const { stdout } = await run("terraform", ["validate", "-no-color"], {
          cwd: dir,
          env: tfEnv,
        });
        expect(stdout, mode).toContain("The configuration is valid");
      }
    });

    it("plans the count of the node-pool file as that many machines, at the inventory's addresses", {
      timeout: 200_000,
    }, async () => {
      // k3s-worker: the machines' role and instance profile are planned too; jp1 has container
      // services, so its Ansible unit (the inventory) exists.
      const repo = await renderWith({
        ...jp1Pool("k3s-worker", K3S_JOIN),
        "services/acme-storefront.yaml": [["regions: [cn1, eu1]", "regions: [cn1, eu1, jp1]"]],
      });
      const infra = path.join(repo, "infra");
      const inventory = parse(
        await readFile(path.join(infra, "ansible/jp1/inventory.yml"), "utf8"),
      ) as { all: { children: { containerd_nodes: { hosts: Record<string, unknown> } } } };
      const addresses = Object.keys(inventory.all.children.containerd_nodes.hosts);
      expect(addresses).toHaveLength(12);
      const dir = await initStack(path.join(infra, "stacks/k8s-base/jp1"));
      const tfvars = path.join(infra, "node-pool/jp1.tfvars");
      const seed = await readFile(tfvars, "utf8");
      // The plan is of the real provider; only the look-ups that need an account are given.
      await writeFile(
        path.join(dir, "count.tftest.hcl"),
        `provider "aws" {
  region                      = "ap-northeast-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

override_data {
  target = data.aws_vpc.main
  values = { id = "vpc-0123456789abcdef0" }
}

override_data {
  target = data.aws_subnet.node
  values = { id = "subnet-0123456789abcdef0" }
}

override_data {
  target = data.aws_ssm_parameter.node_image
  values = { insecure_value = "ami-0123456789abcdef0" }
}

run "plan" {
  command = plan

  assert {
    condition     = length(aws_instance.node) == var.expected_count
    error_message = format("planned %d machines", length(aws_instance.node))
  }

  assert {
    condition     = jsonencode(aws_instance.node[*].private_ip) == var.expected_addresses
    error_message = jsonencode(aws_instance.node[*].private_ip)
  }
}
`,
      );
      // The test's own expectations travel as variables the stack does not declare.
      await writeFile(
        path.join(dir, "expect.tf"),
        'variable "expected_count" {\n  type = number\n}\n\nvariable "expected_addresses" {\n  type = string\n}\n',
      );
      for (const count of [2, 5]) {
        // The autoscaler's own writer changes the count, as its pull request would.
        await writeFile(tfvars, withNodeCount(seed, tfvars, count));
        const { stdout } = await run(
          "terraform",
          [
            "test",
            "-no-color",
            `-var-file=${tfvars}`,
            `-var=expected_count=${count}`,
            `-var=expected_addresses=${JSON.stringify(addresses.slice(0, count))}`,
          ],
          { cwd: dir, env: tfEnv },
        ).catch((err: { stdout?: string; stderr?: string }) => {
          throw new Error(`terraform test with ${count} nodes:\n${err.stdout}\n${err.stderr}`);
        });
        expect(stdout, `${count} nodes`).toMatch(/1 passed, 0 failed/);
      }
      // The Ansible unit reads the same file, so a count change is a change of it too.
      const unit = listUnits(infra).find((u) => u.id === "ansible/jp1")!;
      expect(unit.varFiles).toEqual(["node-pool/jp1.tfvars"]);
      expect(nodeCount(unit, infra)).toEqual({ cloudneutral_node_count: "5" });
    });
  });

  describe.skipIf(!CI && !cloudInit)("cloud-init user data", () => {
    it("is a valid cloud-config for containerd-only and k3s-worker machines", {
      // Measured: 8–10 s (three renders, three `cloud-init schema` runs) at load average 17–23.
      timeout: 60_000,
    }, async () => {
      const repo = await renderWith({
        ...jp1Pool("k3s-worker", K3S_JOIN),
        "regions/sg1.yaml": [
          [
            "    mode: k8s\n",
            `    mode: k3s-worker\n    sshAuthorizedKeys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example\n    join:\n      server: https://k3s.sg1.example.com:6443\n      tokenSecret: sg1-k3s-token\n`,
          ],
        ],
      });
      for (const region of ["cn1", "jp1", "sg1"]) {
        const file = path.join(repo, "infra/stacks/k8s-base", region, "node-init.yaml");
        const text = await readFile(file, "utf8");
        expect(text.startsWith("#cloud-config\n"), region).toBe(true);
        const doc = parse(text) as {
          packages: string[];
          runcmd: string[][];
          write_files: { path: string; content: string }[];
        };
        expect(doc.packages).toEqual(
          expect.arrayContaining(["containerd", "nginx", "prometheus-node-exporter"]),
        );
        expect(doc.runcmd.flat()).toContain("/usr/local/sbin/cloudneutral-install-nerdctl");
        const joins = doc.runcmd.flat().includes("/usr/local/sbin/cloudneutral-k3s-join");
        expect(joins, region).toBe(region !== "cn1");
        if (joins) {
          // The token is read by reference at boot; only the secret's name is in the user data.
          const secret = doc.write_files.find(
            (f) => f.path === "/etc/cloudneutral/k3s-token-secret",
          );
          expect(secret?.content).toBe(
            region === "jp1" ? "/cloudneutral/jp1/k3s-token" : "sg1-k3s-token",
          );
        }
        const { stdout } = await run("cloud-init", ["schema", "--config-file", file]);
        expect(stdout, region).toContain("Valid cloud-config");
      }
      const tf = await readFile(path.join(repo, "infra/stacks/k8s-base/jp1/node-pool.tf"), "utf8");
      expect(tf).toContain('user_data              = file("${path.module}/node-init.yaml")');
    });
  });

  describe.skipIf(!CI && !has("ansible-playbook", "--version"))(
    "on-prem join through Ansible",
    () => {
      it("renders the join of the first node_count hosts, and the playbook passes --syntax-check", {
        // Measured: 22–25 s (syntax check and one check-mode run) at load average 17–23.
        timeout: 120_000,
      }, async () => {
        // A data-centre region of its own (no services), its hosts all this machine.
        const repo = await renderWith(
          {},
          {
            "regions/eu2.yaml": EU2,
            // An on-prem Kubernetes pool: its hosts join with kubeadm.
            "regions/eu3.yaml": EU2.replace(/eu2/g, "eu3")
              .replace("mode: k3s-worker", "mode: k8s")
              .replace(
                "      tokenEnv: EU2_K3S_TOKEN\n",
                `      tokenEnv: EU3_KUBEADM_TOKEN\n      caCertHash: sha256:${"ab".repeat(32)}\n`,
              ),
          },
        );
        const kubeadm = path.join(repo, "infra/ansible/eu3");
        expect(await readFile(path.join(kubeadm, "site.yml"), "utf8")).toContain("- kubeadm");
        await run("ansible-playbook", ["--syntax-check", "-i", "inventory.yml", "site.yml"], {
          cwd: kubeadm,
        });
        const infra = path.join(repo, "infra");
        const unitDir = path.join(infra, "ansible/eu2");
        const site = await readFile(path.join(unitDir, "site.yml"), "utf8");
        expect(site).toContain("- name: Join the cluster");
        expect(site).toContain('cn_token_env: "EU2_K3S_TOKEN"');
        await run("ansible-playbook", ["--syntax-check", "-i", "inventory.yml", "site.yml"], {
          cwd: unitDir,
        });
        // A check-mode run on this machine (each host is localhost): with 3 nodes the fourth
        // host leaves at the first task and changes nothing; the first three would join.
        const unit = listUnits(infra).find((u) => u.id === "ansible/eu2")!;
        await writeFile(
          path.join(infra, "node-pool/eu2.tfvars"),
          withNodeCount(await readFile(path.join(infra, "node-pool/eu2.tfvars"), "utf8"), "x", 3),
        );
        const root = await scratch("cn-join-root-");
        const r = await ansiblePlan({
          unitDir,
          extraVars: {
            ...nodeCount(unit, infra),
            ansible_connection: "local",
            ansible_python_interpreter: process.env.ANSIBLE_PYTHON ?? "/usr/bin/python3",
            ansible_become: "false",
            cloudneutral_root: root,
            cloudneutral_manage_services: "false",
          },
          env: { ANSIBLE_LOCALHOST_WARNING: "0", EU2_K3S_TOKEN: "not-a-real-token" },
          log: { debug() {}, info() {}, warning() {}, group() {} },
        });
        const byHost = new Map(r.hosts.map((h) => [h.host, h]));
        for (const h of ["127.0.0.1", "127.0.0.2", "127.0.0.3"]) {
          expect(byHost.get(h)?.changed, h).toBeGreaterThan(0);
          expect(r.output).toContain(`"msg": "${h} joins https://k3s.eu2.example.com:6443"`);
        }
        // Ended at its first task: no task ran for it.
        expect(byHost.get("127.0.0.4") ?? { ok: 0, changed: 0 }).toMatchObject({
          ok: 0,
          changed: 0,
        });
        expect(r.output).not.toContain("127.0.0.4 joins");
        expect(r.output).not.toContain("not-a-real-token");
      });
    },
  );
});
