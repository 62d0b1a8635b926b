import Handlebars from "handlebars";
import { ConfigurationError, errorMessage, type Problem } from "../errors.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import { builtinTemplates } from "./builtin-templates.ts";
import {
  EscapeError,
  hclIdentifier,
  hclString,
  jsonValue,
  nginxToken,
  yamlScalar,
} from "./escape.ts";
import { readTemplateDir } from "./template-dir.ts";

/** The only things a template may print; each escapes for its target language. */
const ESCAPERS: Record<string, (v: unknown) => string> = {
  hcl: hclString,
  hclIdent: hclIdentifier,
  yaml: yamlScalar,
  nginx: nginxToken,
  json: jsonValue,
  // Comment templates (templates/comments/): markdown text and inline code.
  md: (v) => markdownText(String(scalarOf(v, "md"))),
  code: (v) => inlineCode(String(scalarOf(v, "code"))),
};

function scalarOf(v: unknown, helper: string): string | number | boolean {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new EscapeError(
    `{{${helper}}} expects a string, number or boolean; got ${v === null ? "null" : typeof v}`,
  );
}
const BLOCK_HELPERS = new Set(["if", "unless", "each", "with"]);
const KNOWN_HELPERS = Object.fromEntries(
  [...Object.keys(ESCAPERS), ...BLOCK_HELPERS].map((h) => [h, true]),
);

export interface Template {
  /** Path under templates/, e.g. terraform/aws/provider.tf.hbs. */
  path: string;
  /** Where it came from: the built-in set or the repository's own templates/ directory. */
  origin: "builtin" | "repository";
  render(context: object): string;
}

export interface TemplateSet {
  get(path: string): Template | undefined;
  /** Template paths directly inside `dir` (not in subdirectories), sorted. */
  list(dir: string): string[];
}

/**
 * Built-in templates overlaid with the repository's (`overrideDir`, usually templates/):
 * a file at the same path replaces the built-in one. All are parsed, linted and compiled
 * up front, so a broken override fails the run before anything is written.
 */
export async function loadTemplates(
  overrideDir: string | undefined,
  displayPrefix = "templates",
): Promise<TemplateSet> {
  const builtin = await builtinTemplates();
  const overrides = overrideDir ? await readTemplateDir(overrideDir) : {};
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(ESCAPERS))
    env.registerHelper(name, (v: unknown) => fn(v));
  const problems: Problem[] = [];
  const templates = new Map<string, Template>();
  for (const path of [...new Set([...Object.keys(builtin), ...Object.keys(overrides)])].sort()) {
    const origin = path in overrides ? "repository" : "builtin";
    const source = (origin === "repository" ? overrides[path] : builtin[path])!;
    const file = `${displayPrefix}/${path}`;
    const found = lint(source, file);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const compiled = env.compile(source, {
      strict: true,
      noEscape: true,
      // The linter admits nothing else, so the compiler may call these directly.
      knownHelpers: KNOWN_HELPERS,
      knownHelpersOnly: true,
    });
    templates.set(path, {
      path,
      origin,
      render(context) {
        try {
          return compiled(context);
        } catch (err) {
          const reason =
            err instanceof EscapeError ? err.message : errorMessage(err).split("\n")[0];
          throw new ConfigurationError([
            { root: ".", file, line: 1, column: 1, message: `rendering failed: ${reason}` },
          ]);
        }
      },
    });
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    get: (path) => templates.get(path),
    list: (dir) =>
      [...templates.keys()].filter(
        (p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/"),
      ),
  };
}

type HbsNode = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };

/** Rejects every construct that could print a value without escaping it. */
function lint(source: string, file: string): Problem[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (err) {
    const message = errorMessage(err);
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    return [
      {
        root: ".",
        file,
        line,
        column: 1,
        message: `template syntax error: ${message.split("\n")[0]}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const at = (node: HbsNode, message: string) =>
    problems.push({
      root: ".",
      file,
      line: node.loc?.start.line ?? 1,
      column: (node.loc?.start.column ?? 0) + 1,
      message,
    });
  const helperName = (node: { path: hbs.AST.PathExpression | hbs.AST.Literal }) =>
    node.path.type === "PathExpression" ? (node.path as hbs.AST.PathExpression).original : "";

  // Arguments are plain paths or literals: a sub-expression would call a helper we did not vet.
  const checkParams = (node: { params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }) => {
    for (const p of node.params)
      if (p.type === "SubExpression")
        at(p as HbsNode, "sub-expressions are not allowed in templates");
    if (node.hash && node.hash.pairs.length > 0)
      at(node.hash as HbsNode, "hash arguments are not allowed in templates");
  };

  const walk = (node: HbsNode | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        for (const s of (node as hbs.AST.Program).body) walk(s);
        return;
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        const name = helperName(m);
        if (!(name in ESCAPERS) || m.params.length !== 1) {
          at(
            node,
            `{{${name} …}} prints a value unescaped; use one of ${Object.keys(ESCAPERS)
              .map((h) => `{{${h} value}}`)
              .join(", ")}`,
          );
        }
        checkParams(m);
        return;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        if (!BLOCK_HELPERS.has(helperName(b)))
          at(
            node,
            `unknown block helper "${helperName(b)}"; expected one of ${[...BLOCK_HELPERS].join(", ")}`,
          );
        checkParams(b);
        walk(b.program);
        walk(b.inverse);
        return;
      }
      case "ContentStatement":
      case "CommentStatement":
        return;
      default:
        at(
          node,
          `${node.type} is not allowed in templates (only escaping helpers and if/unless/each/with blocks)`,
        );
    }
  };
  walk(ast);
  return problems;
}
