// Narrowing a person's PromQL to a scope (tenant, project, env, service, region): every
// vector selector of the query gets the scope's matchers, so `sum(rate(x[5m])) / sum(y)`
// counts the same series on both sides. The query is parsed with the Prometheus project's
// own grammar (@prometheus-io/lezer-promql, the parser of Prometheus' web UI) rather than a
// regular expression, which cannot tell a selector from a string or a label list; the
// values are quoted by PromQL's string rules (labels.ts), never pasted.
import { parser } from "@prometheus-io/lezer-promql";
import { QueryError } from "./errors.ts";
import { type LabelMatcher, labelMatchers } from "./labels.ts";

/**
 * Where `promql` does not parse, as "line:column: what", or undefined when it does. Checked
 * before anything is sent, so that a typo is one clear error, not one per region.
 */
export function promqlSyntaxError(promql: string): string | undefined {
  if (promql.trim() === "") return "the query is empty";
  const tree = parser.parse(promql);
  let at: number | undefined;
  tree.iterate({
    enter: (node) => {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  if (at === undefined) return undefined;
  const before = promql.slice(0, at).split("\n");
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  const near = promql.slice(at, at + 20).split("\n")[0];
  return `${line}:${column}: syntax error ${near ? `near ${JSON.stringify(near)}` : "at the end"}`;
}

/** `promql` with `matchers` added to every vector selector; throws QueryError when it does not parse. */
export function injectMatchers(promql: string, matchers: readonly LabelMatcher[]): string {
  const problem = promqlSyntaxError(promql);
  if (problem !== undefined)
    throw new QueryError(`the query does not parse: ${problem}`, {
      errorType: "bad_data",
      query: promql,
    });
  if (matchers.length === 0) return promql;
  const text = labelMatchers(matchers);
  // Insertions from the end backwards, so that earlier offsets stay valid.
  const edits: Array<{ at: number; insert: string }> = [];
  parser.parse(promql).iterate({
    enter: (node) => {
      if (node.name !== "VectorSelector") return undefined;
      const braces = node.node.getChild("LabelMatchers");
      if (braces === null) {
        edits.push({ at: node.to, insert: `{${text}}` });
      } else {
        const close = braces.to - 1;
        const inside = promql.slice(braces.from + 1, close).trim();
        const comma = inside === "" || inside.endsWith(",") ? "" : ",";
        edits.push({ at: close, insert: `${comma}${text}` });
      }
      return false;
    },
  });
  let out = promql;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.at);
  return out;
}
