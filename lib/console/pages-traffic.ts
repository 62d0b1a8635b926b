// Traffic: per public name, the weights and shares the last decision serves, each region's
// state with its evidence, and the decisions as the status branch recorded them.
import { anchor, githubLink, type Html, html, shortSha, when } from "./html.ts";
import { type ConsoleData, percent, type TrafficView } from "./model.ts";
import { shareBar, stepChart } from "./svg.ts";

/** Decisions listed in the table; the chart draws every one kept. */
const LISTED = 30;

export function trafficPage(data: ConsoleData): Html {
  if (data.traffic.length === 0)
    return html`<h1>Traffic</h1><p>No GtmPolicy in platform-config: no public name is steered.</p>`;
  return html`<h1>Traffic</h1>
<p>Effective weights as the last recorded GTM decision serves them, from <code>gtm/&lt;policy&gt;.json</code> on the status branch; each commit there is one decision.</p>
${data.traffic.map((t) => policySection(data, t))}`;
}

function policySection(data: ConsoleData, t: TrafficView): Html {
  const id = anchor("gtm", t.policy);
  const flags = [
    t.alert ? "every weighted region is down: alert raised" : "",
    t.failOpen ? "failing open: base weights served" : "",
    t.dnsPending ? "the DNS does not serve this decision yet" : "",
  ].filter(Boolean);
  const how =
    t.weighting === "native"
      ? html`<code>${t.provider}</code> weights answers natively: shares follow the weights.`
      : html`<code>${t.provider}</code> can only include or drop a region: every address in the answer gets an equal share.`;
  const now = Date.parse(data.builtAt);
  const regionNames = t.regions.map((r) => r.region);
  const chartable = [...t.decisions].reverse();
  const chart =
    chartable.length > 0
      ? html`<figure>${stepChart({
          id: `${id}-chart`,
          title: `${t.publicName}: effective weight per region over time`,
          yLabel: "weight",
          until: now,
          series: regionNames.map((r) => ({
            label: r,
            points: chartable.map((d) => ({ t: Date.parse(d.at), v: d.weights[r] ?? 0 })),
          })),
        })}<figcaption>Effective weights after each recorded decision (the table below lists them).</figcaption></figure>`
      : "";
  return html`<section aria-labelledby="${id}">
<h2 id="${id}"><code>${t.publicName}</code> <span class="muted">(GtmPolicy ${t.policy})</span></h2>
${t.unreadable ? html`<p class="state-down">The record could not be read (${t.unreadable}); showing base weights.</p>` : ""}
${t.recorded ? "" : html`<p class="muted">No decision recorded on the status branch yet: base weights from the policy.</p>`}
${flags.length > 0 ? html`<p class="state-down">${flags.join("; ")}.</p>` : ""}
${t.unlisted.length > 0 ? html`<p>The record also holds ${t.unlisted.map((r, i) => html`${i > 0 ? ", " : ""}<code>${r}</code>`)}, which the policy no longer lists.</p>` : ""}
<p>${how}</p>
<figure>${shareBar(
    `${id}-shares`,
    `${t.publicName}: traffic shares`,
    t.regions.map((r) => ({ label: r.region, share: r.share })),
  )}<figcaption>Share of answers per region.</figcaption></figure>
<table class="weights"><thead><tr><th scope="col">region</th><th scope="col">state</th><th scope="col" class="n">base weight</th><th scope="col" class="n">effective weight</th><th scope="col" class="n">share</th><th scope="col">evidence</th></tr></thead><tbody>
${t.regions.map(
  (r) =>
    html`<tr data-region="${r.region}"><th scope="row">${r.region}</th><td class="state-${r.state}">${r.state}</td><td class="n">${r.baseWeight}</td><td class="n weight">${r.weight}</td><td class="n share">${percent(r.share)}</td><td>${r.evidence}</td></tr>`,
)}
</tbody></table>
<h3>Decisions</h3>
${chart}
${
  t.decisions.length === 0
    ? html`<p class="muted">No decision in the status branch's history.</p>`
    : html`<table class="decisions"><thead><tr><th scope="col">when</th><th scope="col">commit</th><th scope="col">decision and reason</th>${regionNames.map((r) => html`<th scope="col" class="n">${r}</th>`)}</tr></thead><tbody>
${t.decisions
  .slice(0, LISTED)
  .map(
    (d) =>
      html`<tr><td>${when(d.at)}</td><td>${githubLink(data.repository, { commit: d.sha }, shortSha(d.sha))}</td><td>${d.message}</td>${regionNames.map((r) => html`<td class="n">${d.weights[r] ?? ""}</td>`)}</tr>`,
  )}
</tbody></table>${t.decisions.length > LISTED ? html`<p class="muted">${t.decisions.length - LISTED} older decision(s) in the chart only.</p>` : ""}`
}
</section>`;
}
