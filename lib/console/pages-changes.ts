// Changes: per unit, the last applied commit and its PR, what is pending or held and why, the
// drift policy with the last correction, and a layer-ordered graph of the last apply.
import { Layers } from "../model/schema.ts";
import { githubLink, type Html, html, shortSha, when } from "./html.ts";
import type { ConsoleData, UnitView } from "./model.ts";
import { layerGraph } from "./svg.ts";

export function changesPage(data: ConsoleData): Html {
  const last = data.lastApply;
  const columns = Layers.filter((l) => data.units.some((u) => u.layer === l));
  const graph =
    data.units.length > 0
      ? html`<figure>${layerGraph(
          "apply-graph",
          "Units in apply order, layer by layer; the last apply's units outlined",
          columns,
          data.units.map((u) => ({
            id: u.id,
            column: columns.indexOf(u.layer),
            label: u.id,
            state: u.state,
            emphasis: u.inLastApply,
            dependsOn: u.dependsOn,
          })),
        )}<figcaption>Left to right: foundation first. Green applied, amber pending or held, red failed, grey never applied; a thick outline marks the last apply's units.</figcaption></figure>`
      : html`<p class="muted">No units in infra/.</p>`;
  const waiting = data.units.filter((u) => u.state !== "applied" && u.state !== "never");
  return html`<h1>Changes</h1>
<p>${
    last
      ? html`Last apply: ${githubLink(data.repository, { commit: last.commit }, shortSha(last.commit))} at ${when(last.at)} (run ${githubLink(data.repository, { run: last.run }, last.run)}).`
      : html`Nothing applied yet: no unit has a record on the status branch.`
  } ${waiting.length} unit(s) pending, held or failing.</p>
${graph}
<table class="units"><thead><tr><th scope="col">unit</th><th scope="col">layer</th><th scope="col">state</th><th scope="col">last applied</th><th scope="col">PR</th><th scope="col">why not applied</th><th scope="col">drift</th></tr></thead><tbody>
${data.units.map((u) => unitRow(data, u))}
</tbody></table>`;
}

function unitRow(data: ConsoleData, u: UnitView): Html {
  const r = u.record;
  const applied = r?.lastApplied
    ? html`${githubLink(data.repository, { commit: r.lastApplied.commit }, shortSha(r.lastApplied.commit))} <span class="muted">${when(r.lastApplied.at)}, ${r.lastApplied.result}</span>`
    : html`<span class="muted">never</span>`;
  const pull = u.pull
    ? githubLink(data.repository, { pull: u.pull }, `#${u.pull}`)
    : u.subject
      ? html`<span class="muted">${u.subject}</span>`
      : "";
  const why = !r
    ? ""
    : r.inProgress
      ? html`being applied by run ${r.inProgress.run} since ${when(r.inProgress.since)}`
      : r.held
        ? html`held for the maintenance window until ${when(r.held.until)} (changes since ${shortSha(r.pendingSince ?? r.held.commit)})`
        : r.lastFailure && r.pendingSince
          ? html`failed at ${shortSha(r.lastFailure.commit)} (${when(r.lastFailure.at)}): ${r.lastFailure.error.split("\n")[0]}`
          : r.pendingSince
            ? html`pending since ${shortSha(r.pendingSince)}`
            : "";
  const drift = html`${u.route.drift === "correct" ? "corrects drift" : "alerts on drift"} (${u.route.reconcile})${
    r?.lastCorrection
      ? html`; last corrected to ${shortSha(r.lastCorrection.commit)} at ${when(r.lastCorrection.at)}`
      : ""
  }`;
  return html`<tr data-unit="${u.id}"><th scope="row">${u.id}</th><td>${u.layer}</td><td class="state-${u.state}">${u.state}</td><td class="applied">${applied}</td><td>${pull}</td><td>${why}</td><td>${drift}</td></tr>`;
}
