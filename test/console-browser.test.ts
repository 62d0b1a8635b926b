// The console in a real browser: Debian's chromium (playwright-core) opens every page of the
// sample's site, built from a checkout whose main branch changed node counts through merged
// pull requests and whose status branch lib/'s own writers filled (applies, GTM decisions,
// autoscaler decisions). Each page logs no console error (a CSP violation is one), shows the
// numbers that are on the status branch, and has no serious accessibility violation (axe-core).
// A second site, from hostile names, must render them as text.
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UnitRecord } from "../lib/apply/records.ts";
import type { AutoscaleStatus } from "../lib/autoscale/status.ts";
import { PAGES } from "../lib/console/html.ts";
import { buildConsole } from "../lib/console/index.ts";
import type { GtmRecord } from "../lib/gtm/record.ts";
import { launchChromium } from "./browser.ts";
import { type ConsoleFixture, consoleFixture, HOSTILE } from "./console-fixture.ts";

const run = promisify(execFile);
const AXE = path.join(import.meta.dirname, "../node_modules/axe-core/axe.min.js");
const STATUS = "origin/cloudneutral/status";

let browser: Browser;
let fixture: ConsoleFixture;
let hostile: ConsoleFixture;
let site: Server;
let hostileSite: Server;

/** Serves `dir` on loopback, as GitHub Pages would: plain files, HTML as text/html. */
async function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://x").pathname.slice(1) || "index.html";
    if (!/^[a-z]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    readFile(path.join(dir, name)).then(
      (body) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

const urlOf = (server: Server, file: string) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/${file}`;

/** Bytes of each site built, by fixture. */
const sizes = new Map<ConsoleFixture, number>();

async function build(f: ConsoleFixture): Promise<Server> {
  const out = path.join(f.repo, "site");
  const built = await buildConsole({
    configDir: path.join(f.repo, "platform-config"),
    infraDir: path.join(f.repo, "infra"),
    out,
  });
  sizes.set(f, built.bytes);
  return serve(out);
}

/** A file of the status branch as git has it: the data the pages must show. */
async function onStatus<T>(f: ConsoleFixture, file: string): Promise<T> {
  const { stdout } = await run("git", ["show", `${STATUS}:${file}`], { cwd: f.repo });
  return JSON.parse(stdout) as T;
}

beforeAll(async () => {
  // Two fixtures (each ~50 commits written with real git) and a browser: about 30 s on a
  // loaded 2-core machine.
  [fixture, hostile, browser] = await Promise.all([
    consoleFixture(),
    consoleFixture({ hostile: true }),
    launchChromium(),
  ]);
  [site, hostileSite] = await Promise.all([build(fixture), build(hostile)]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([site, hostileSite].map((s) => s && new Promise((r) => s.close(r))));
  await Promise.all(
    [fixture, hostile].map((f) => f && rm(f.repo, { recursive: true, force: true })),
  );
});

/** Opens `file` with CSP enforced, collecting console errors and failed requests. */
async function open(server: Server, file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const response = await page.goto(urlOf(server, file));
  expect(response?.status()).toBe(200);
  return { page, errors };
}

const cells = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? "").trim()));

describe("the console in chromium", () => {
  it.each(PAGES.map((p) => p.file).concat("backends.html"))(
    "%s: no console errors, no serious accessibility violations",
    async (file) => {
      const { page, errors } = await open(site, file);
      expect(await page.title()).toMatch(/ · CloudNeutral console$/);
      await page.close();
      expect(errors).toEqual([]);
      // axe is injected, so this page ignores the CSP that forbids every script.
      const context = await browser.newContext({ bypassCSP: true });
      const checked = await context.newPage();
      await checked.goto(urlOf(site, file));
      await checked.addScriptTag({ path: AXE });
      const violations = await checked.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(): Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      await context.close();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
        [],
      );
    },
  );

  it("Traffic shows the weights and states the status branch records, and the decisions", async () => {
    const record = await onStatus<GtmRecord>(fixture, "gtm/api.json");
    const { page, errors } = await open(site, "traffic.html");
    const section = page.locator("section", { has: page.locator("#gtm-api") });
    for (const [region, state] of Object.entries(record.state.regions)) {
      const row = section.locator(`table.weights tr[data-region="${region}"]`);
      expect((await row.locator("td.weight").textContent())?.trim()).toBe(String(state.weight));
    }
    // The fixture's story: eu1 went down after three failed probes, sg1 is degraded.
    expect(record.state.regions.eu1?.state).toBe("down");
    expect(await section.locator('tr[data-region="eu1"] td').first().textContent()).toBe("down");
    expect(await section.locator('tr[data-region="sg1"] td').first().textContent()).toBe(
      "degraded",
    );
    // Shares follow the weights (pdns weights natively).
    const total = Object.values(record.state.regions).reduce((n, r) => n + r.weight, 0);
    const jp1 = record.state.regions.jp1!.weight / total;
    expect(await section.locator('tr[data-region="jp1"] td.share').textContent()).toBe(
      `${Number((jp1 * 100).toFixed(1))}%`,
    );
    // One row per commit of gtm/api.json, newest first, each with its message.
    const { stdout } = await run("git", ["log", "--format=%s", STATUS, "--", "gtm/api.json"], {
      cwd: fixture.repo,
    });
    const messages = stdout.trim().split("\n");
    expect(messages).toHaveLength(5);
    expect(await cells(page, "#gtm-api ~ table.decisions tbody td:nth-child(3)")).toEqual(messages);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Capacity shows the node counts of main and the autoscaler's open pull request", async () => {
    const { page, errors } = await open(site, "capacity.html");
    for (const region of ["cn1", "eu1", "jp1", "sg1"]) {
      const { stdout } = await run("git", ["show", `HEAD:infra/node-pool/${region}.tfvars`], {
        cwd: fixture.repo,
      });
      const count = /node_count = (\d+)/.exec(stdout)![1];
      expect(
        await page.locator(`table.capacity tr[data-region="${region}"] td.nodes`).textContent(),
      ).toBe(count);
    }
    const status = await onStatus<AutoscaleStatus>(fixture, "autoscale/jp1.json");
    const pr = page.locator('table.capacity tr[data-region="jp1"] td').last();
    expect(await pr.textContent()).toBe(`#${status.pull!.number} → ${status.pull!.desired} nodes`);
    expect(await pr.locator("a").getAttribute("href")).toBe(
      `https://github.com/cloudneutral/platform/pull/${status.pull!.number}`,
    );
    // jp1's history: 3 at the start, 5 after #7's merge, 4 after #9 (three count changes).
    expect(await page.locator("#capacity-jp1 ~ details summary").first().textContent()).toBe(
      "3 count change(s) on the main branch",
    );
    expect(await cells(page, "#capacity-jp1 ~ details table tbody td:nth-child(3)")).toEqual([
      "4",
      "5",
      "3",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Changes shows each unit's last applied commit and why the others wait", async () => {
    const { page, errors } = await open(site, "changes.html");
    const rows = await page.$$eval("table.units tbody tr", (trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute("data-unit")!,
        state: tr.children[2]?.textContent,
        applied: tr.querySelector("td.applied code")?.textContent ?? null,
        why: tr.children[5]?.textContent ?? "",
      })),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const { stdout } = await run("git", ["show", `${STATUS}:apply/${row.unit}.json`], {
        cwd: fixture.repo,
      }).catch(() => ({ stdout: "" }));
      const record = stdout ? (JSON.parse(stdout) as UnitRecord) : undefined;
      expect(row.applied).toBe(record?.lastApplied?.commit.slice(0, 12) ?? null);
    }
    const byUnit = new Map(rows.map((r) => [r.unit, r]));
    expect(byUnit.get("ansible/cn1")?.state).toBe("never");
    expect(byUnit.get("stacks/k8s-base/jp1")?.state).toBe("held");
    expect(byUnit.get("stacks/k8s-base/jp1")?.why).toMatch(
      /^held for the maintenance window until /,
    );
    expect(byUnit.get("stacks/platform/jp1")?.state).toBe("failed");
    expect(byUnit.get("stacks/platform/jp1")?.why).toContain("InvalidParameterCombination");
    expect(await page.locator("main > p").first().textContent()).toContain(
      `Last apply: ${fixture.applied.slice(0, 12)}`,
    );
    // The applied commit merged #8 (a squash merge's subject): the PR column links it.
    expect(
      await page.locator('tr[data-unit="stacks/foundation/jp1"] a[href$="/pull/8"]').count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the sample's site, with its status branch, weighs under 1 MB in all", () => {
    expect(sizes.get(fixture)).toBeGreaterThan(10_000);
    expect(sizes.get(fixture)).toBeLessThan(1_000_000);
  });

  it("the core facts need no JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf(site, "traffic.html"));
    expect(
      await page
        .locator('#gtm-api ~ table.weights tr[data-region="jp1"] td.weight')
        .first()
        .textContent(),
    ).toMatch(/^\d+$/);
    await page.goto(urlOf(site, "index.html"));
    expect(await page.locator("main h2").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("hostile names", () => {
  it.each(PAGES.map((p) => p.file))(
    "%s renders them as text: no script, handler or javascript: link",
    async (file) => {
      const { page, errors } = await open(hostileSite, file);
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll("script, iframe, img, object, embed").length,
        handlers: Array.from(document.querySelectorAll("*")).flatMap((e) =>
          Array.from(e.attributes)
            .filter((a) => a.name.startsWith("on"))
            .map((a) => `${e.tagName} ${a.name}`),
        ),
        hrefs: Array.from(document.querySelectorAll("[href], [src]")).map(
          (e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "",
        ),
        text: document.body.textContent ?? "",
      }));
      expect(dom.scripts).toBe(0);
      expect(dom.handlers).toEqual([]);
      for (const href of dom.hrefs)
        expect(href).toMatch(/^(https:\/\/github\.com\/|[a-z]+\.html(#[A-Za-z0-9_-]+)?$|#)/);
      expect(errors).toEqual([]);
      await page.close();
      const shown: Record<string, string[]> = {
        "index.html": [HOSTILE.displayName],
        "policy.html": [HOSTILE.description, HOSTILE.message],
        "changes.html": [HOSTILE.error],
        "traffic.html": [HOSTILE.region],
      };
      for (const s of shown[file] ?? []) expect(dom.text).toContain(s);
    },
  );
});
