// Policy: owners per tenant and project, gates per environment and layer, the decision matrix
// as it resolves (built-in rows, a DecisionMatrix's overrides, compositions' own), and the
// user rules.
import { Layers } from "../model/schema.ts";
import { type Html, html } from "./html.ts";
import type { ConsoleData } from "./model.ts";

export function policyPage(data: ConsoleData): Html {
  const p = data.policy;
  const envs = p.environments;
  return html`<h1>Policy</h1>
<h2>Owners</h2>
<p>Platform owners (approve policy, matrix, region, size, environment, GTM and autoscale changes): ${p.platformOwners.join(", ")}.</p>
<table><thead><tr><th scope="col">tenant</th><th scope="col">tenant owners</th><th scope="col">project</th><th scope="col">project owners</th></tr></thead><tbody>
${p.tenants.flatMap((t) =>
  (t.projects.length > 0 ? t.projects : [{ name: "", owners: [] }]).map(
    (pr) =>
      html`<tr><th scope="row">${t.name}</th><td>${t.owners.join(", ")}</td><td>${pr.name}</td><td>${pr.owners.join(", ")}</td></tr>`,
  ),
)}
</tbody></table>
<h2>Gates per layer and environment</h2>
<p>Approvals a change needs: the larger of what its layer's row and its environment ask for; rows marked “window” also wait for the region's maintenance window.</p>
<table class="gates"><thead><tr><th scope="col">layer</th>${envs.map((e) => html`<th scope="col" class="n">${e.name}${e.protected ? " (protected)" : ""}</th>`)}</tr></thead><tbody>
${Layers.map(
  (layer) =>
    html`<tr><th scope="row">${layer}</th>${envs.map((e) => {
      const g = p.gates.find((x) => x.layer === layer && x.env === e.name)!;
      return html`<td class="n">${g.approvals}${g.window ? " + window" : ""}</td>`;
    })}</tr>`,
)}
</tbody></table>
<h2>Decision matrix</h2>
<p>${p.matrixSource ? html`Built-in rows with the overrides of DecisionMatrix <code>${p.matrixSource}</code>.` : "The built-in rows: no DecisionMatrix document overrides them."}</p>
<table class="matrix"><thead><tr><th scope="col">layer</th><th scope="col">engine</th><th scope="col">reconcile</th><th scope="col">drift</th><th scope="col" class="n">approvals</th><th scope="col">window</th><th scope="col">backup</th><th scope="col">gate</th></tr></thead><tbody>
${Layers.map((l) => {
  const r = p.matrix[l];
  return html`<tr><th scope="row">${l}</th><td>${r.engine}</td><td>${r.reconcile}</td><td>${r.drift}</td><td class="n">${r.approvals}</td><td>${r.maintenanceWindow ? "yes" : "no"}</td><td>${r.backup}</td><td>${r.gate}</td></tr>`;
})}
</tbody></table>
${
  p.compositions.length > 0
    ? html`<h3>Compositions as routed</h3><table><thead><tr><th scope="col">composition</th><th scope="col">layer</th><th scope="col">regions</th><th scope="col">engine</th><th scope="col" class="n">approvals</th><th scope="col">backup</th></tr></thead><tbody>${p.compositions.map(
        (c) =>
          html`<tr><th scope="row">${c.name}</th><td>${c.layer}</td><td>${c.regions.join(", ")}</td><td>${c.route.engine}</td><td class="n">${c.route.approvals}</td><td>${c.route.backup}</td></tr>`,
      )}</tbody></table>`
    : ""
}
<h2>Rules</h2>
${
  p.rules.length + p.bundles.length === 0
    ? html`<p class="muted">No Policy documents.</p>`
    : html`<table><thead><tr><th scope="col">policy</th><th scope="col">applies to</th><th scope="col">rule</th><th scope="col">message</th><th scope="col">severity</th></tr></thead><tbody>${p.rules.map(
        (r) =>
          html`<tr><th scope="row">${r.policy}${r.description ? html`<br><span class="muted">${r.description}</span>` : ""}</th><td>${r.match}</td><td><code>${r.rule}</code></td><td>${r.message}</td><td>${r.severity}</td></tr>`,
      )}${p.bundles.map((b) => html`<tr><th scope="row">${b.policy}</th><td>OPA bundle</td><td><code>${b.bundle}</code></td><td></td><td></td></tr>`)}</tbody></table>`
}`;
}
