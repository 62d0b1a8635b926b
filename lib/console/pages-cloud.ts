// Cloud: the virtual cloud as people see it (tenants → projects → environments → services,
// each with its regions and size), and one click away the regions' real backends.
import { anchor, type Html, html } from "./html.ts";
import type { ConsoleData, ServiceView } from "./model.ts";

export const BACKENDS_FILE = "backends.html";

export function cloudPage(data: ConsoleData): Html {
  const services = (list: ServiceView[]) =>
    list.length === 0
      ? html`<p class="muted">no services</p>`
      : html`<table><thead><tr><th scope="col">service</th><th scope="col">size</th><th scope="col">runtime</th><th scope="col">regions</th><th scope="col">public name</th></tr></thead><tbody>${list.map(
          (s) =>
            html`<tr><td>${s.name}</td><td>${s.size}</td><td>${s.runtime}</td><td><ul class="chips">${s.regions.map(
              (r) => html`<li><a href="${BACKENDS_FILE}#${anchor("region", r)}">${r}</a></li>`,
            )}</ul></td><td>${s.publicName ?? ""}</td></tr>`,
        )}</tbody></table>`;
  const tenants = data.tenants.map(
    (t) => html`<section aria-labelledby="${anchor("tenant", t.name)}">
<h2 id="${anchor("tenant", t.name)}">Tenant ${t.name}${t.displayName ? html` <span class="muted">— ${t.displayName}</span>` : ""}</h2>
<p>Regions allowed: ${t.regions.join(", ")}. Monthly budget: ${t.budget} USD. Owners: ${t.owners.join(", ")}.</p>
${t.projects.map(
  (p) => html`<h3>Project ${t.name} / ${p.name}</h3>
${p.envs.map((e) => html`<details${e.services.length > 0 && e.services.length <= 50 ? html` open` : ""}><summary>${e.name}: ${e.services.length} service(s)</summary>${services(e.services)}</details>`)}`,
)}
</section>`,
  );
  return html`<h1>Cloud</h1>
<p>${data.counts.services} services of ${data.tenants.length} tenants over ${data.counts.regions} virtual regions. Where a region really runs is on <a href="${BACKENDS_FILE}">Region backends</a>.</p>
${tenants}`;
}

export function backendsPage(data: ConsoleData): Html {
  return html`<h1>Region backends</h1>
<p>Each virtual region and the real cloud behind it. <a href="index.html">Back to the virtual cloud</a>.</p>
<table><thead><tr><th scope="col">region</th><th scope="col">provider</th><th scope="col">location</th><th scope="col">pool mode</th><th scope="col" class="n">min</th><th scope="col" class="n">max</th><th scope="col">instance type</th><th scope="col" class="n">base weight</th><th scope="col">ingress</th><th scope="col" class="n">services</th></tr></thead><tbody>
${data.regions.map(
  (r) =>
    html`<tr id="${anchor("region", r.name)}"><th scope="row">${r.name}</th><td>${r.provider}</td><td>${r.location}</td><td>${r.mode}</td><td class="n">${r.min}</td><td class="n">${r.max}</td><td>${r.instanceType ?? ""}</td><td class="n">${r.weight}</td><td>${r.addresses.join(", ")}</td><td class="n">${r.services}</td></tr>`,
)}
</tbody></table>`;
}
