// Capacity: per region, the node count over time (the first-parent history of its node-pool
// file), the autoscaler's recommendations and reasons, and the pull request it has open.
import { anchor, githubLink, type Html, html, shortSha, when } from "./html.ts";
import { type CapacityView, type ConsoleData, pullOf } from "./model.ts";
import { stepChart } from "./svg.ts";

const LISTED = 10;

export function capacityPage(data: ConsoleData): Html {
  return html`<h1>Capacity</h1>
<p>Node counts from <code>infra/node-pool/&lt;region&gt;.tfvars</code> along the main branch's first-parent history (a merged pull request counts from its merge); the autoscaler's recommendations and its open pull requests as it recorded them on the status branch (<code>autoscale/&lt;region&gt;.json</code>): the console reads no API, so a pull request closed since the last run still shows until the next one.</p>
<table class="capacity"><thead><tr><th scope="col">region</th><th scope="col" class="n">nodes</th><th scope="col" class="n">min</th><th scope="col" class="n">max</th><th scope="col">last recommendation</th><th scope="col">open autoscale PR</th></tr></thead><tbody>
${data.capacity.map(
  (c) =>
    html`<tr data-region="${c.region}"><th scope="row"><a href="#${anchor("capacity", c.region)}">${c.region}</a></th><td class="n nodes">${c.nodes ?? "?"}</td><td class="n">${c.min}</td><td class="n">${c.max}</td><td>${c.last ? html`${c.last.recommendation} (${when(c.last.at)})` : html`<span class="muted">none</span>`}</td><td>${pullCell(data, c)}</td></tr>`,
)}
</tbody></table>
${data.capacity.map((c) => regionSection(data, c))}`;
}

function pullCell(data: ConsoleData, c: CapacityView): Html {
  if (!c.pull) return html`<span class="muted">none</span>`;
  return html`${githubLink(data.repository, { pull: c.pull.number }, `#${c.pull.number}`)} → ${c.pull.desired} nodes`;
}

function regionSection(data: ConsoleData, c: CapacityView): Html {
  const id = anchor("capacity", c.region);
  const now = Date.parse(data.builtAt);
  const series = [
    { label: "nodes", points: c.history.map((h) => ({ t: Date.parse(h.at), v: h.nodes })) },
    ...(c.recommendations.length > 0
      ? [
          {
            label: "recommended",
            dots: true,
            points: c.recommendations.map((r) => ({ t: Date.parse(r.at), v: r.nodes })),
          },
        ]
      : []),
  ];
  const chart =
    c.history.length + c.recommendations.length > 0
      ? html`<figure>${stepChart({
          id: `${id}-chart`,
          title: `${c.region}: node count over time, with the autoscaler's recommendations`,
          yLabel: "nodes",
          until: now,
          series,
          marks: [
            { label: "min", v: c.min },
            { label: "max", v: c.max },
          ],
        })}<figcaption>Node count (line) and recommendations (circles); dashed lines are the bounds.</figcaption></figure>`
      : html`<p class="muted">No history of the node-pool file in this checkout.</p>`;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${c.region}: ${c.nodes ?? "?"} nodes</h2>
<p>${c.autoscaled ? html`Autoscaled between ${c.min} and ${c.max} nodes.` : html`No AutoscalePolicy: the pool's bounds are ${c.min}–${c.max}.`}${c.rejected ? html` A person declined ${c.rejected.nodes} nodes by closing #${c.rejected.pull} (${when(c.rejected.at)}).` : ""}</p>
${c.last ? html`<p>Last decision (${when(c.last.at)}): ${c.last.current} → ${c.last.desired} nodes, recommended ${c.last.recommendation}. ${c.last.reason}</p>` : ""}
${chart}
${
  c.history.length > 0
    ? html`<details><summary>${c.history.length} count change(s) on the main branch</summary><table><thead><tr><th scope="col">when</th><th scope="col">commit</th><th scope="col" class="n">nodes</th><th scope="col">merged</th></tr></thead><tbody>${[
        ...c.history,
      ]
        .reverse()
        .slice(0, LISTED)
        .map((h) => {
          const pull = pullOf(h.subject);
          return html`<tr><td>${when(h.at)}</td><td>${githubLink(data.repository, { commit: h.sha }, shortSha(h.sha))}</td><td class="n">${h.nodes}</td><td>${pull ? githubLink(data.repository, { pull }, `#${pull}`) : h.subject}</td></tr>`;
        })}</tbody></table></details>`
    : ""
}
${
  c.decisions.length > 0
    ? html`<details><summary>${c.decisions.length} autoscaler decision(s) recorded</summary><table><thead><tr><th scope="col">when</th><th scope="col">decision and reason</th></tr></thead><tbody>${c.decisions
        .slice(0, LISTED)
        .map(
          (d) => html`<tr><td>${when(d.at)}</td><td>${d.message}</td></tr>`,
        )}</tbody></table></details>`
    : ""
}
</section>`;
}
