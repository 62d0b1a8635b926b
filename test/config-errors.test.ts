// What `validate` says about a broken config: a YAML syntax mistake in our words at the line
// and column of the mistake (not the line above, not the parser's text), and every schema
// and reference problem of a config in one run.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, editConfig, sampleRepo, validateFailing } from "./helpers.ts";

const TENANT = "tenants/acme.yaml";

interface YamlCase {
  name: string;
  from: string;
  to: string;
  line: number;
  column: number;
  message: RegExp;
}

// In tenants/acme.yaml, `spec:` is line 7 and `  displayName: Acme Retail` line 8.
const yamlCases: YamlCase[] = [
  {
    name: "a key deeper than its sibling, which has a value",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: Acme Retail\n    colour: red\n",
    line: 9,
    column: 5,
    message:
      /^invalid YAML: indentation: this key is deeper \(column 5\) than "displayName" on line 8 \(column 3\), which already has a value; line it up with column 3/,
  },
  {
    name: "a key between its parent's column and its siblings'",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: Acme Retail\n colour: red\n",
    line: 9,
    column: 2,
    message:
      /^invalid YAML: indentation: this line starts at column 2, between its parent's column 1 and its siblings' column 3/,
  },
  {
    name: "a list item less indented than the one above",
    from: '    - "@acme/platform"\n    - alice-tanaka\n',
    to: '    - "@acme/platform"\n   - alice-tanaka\n',
    line: 11,
    column: 4,
    message: /^invalid YAML: indentation: this line starts at column 4, between/,
  },
  {
    name: "a tab in the indentation",
    from: "  displayName: Acme Retail\n",
    to: "\tdisplayName: Acme Retail\n",
    line: 8,
    column: 1,
    message: /^invalid YAML: indentation: a tab; YAML indents with spaces only$/,
  },
  {
    name: "a key without its colon",
    from: "  displayName: Acme Retail\n",
    to: "  displayName Acme Retail\n",
    line: 8,
    column: 3,
    message: /^invalid YAML: expected "key: value" like the lines around it; is the ":"/,
  },
  {
    name: "a bracket never closed",
    from: "  regions: [jp1, sg1, cn1, eu1]\n",
    to: "  regions: [jp1, sg1, cn1, eu1\n",
    line: 12,
    column: 12,
    message: /^invalid YAML: this "\[" is never closed$/,
  },
  {
    name: "a quoted string whose closing quote is missing",
    from: "  displayName: Acme Retail\n",
    to: '  displayName: "Acme Retail\n',
    line: 8,
    column: 16,
    message:
      /^invalid YAML: this quoted string \("\) goes on to line 10; is its closing quote missing\?$/,
  },
  {
    name: "a second colon in a value",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: Acme: Retail\n",
    line: 8,
    column: 16,
    message:
      /^invalid YAML: a second ": " on the line; quote the value if the colon is part of it$/,
  },
  {
    name: "a list item deeper than the one above, which has a value",
    from: '    - "@acme/platform"\n    - alice-tanaka\n',
    to: '    - "@acme/platform"\n      - alice-tanaka\n',
    line: 11,
    column: 7,
    message:
      /^invalid YAML: indentation: this list item is deeper \(column 7\) than the list item on line 10 \(column 5\), which already has a value; line it up with column 5$/,
  },
  {
    name: "a list item without its dash",
    from: "    - alice-tanaka\n",
    to: "    alice-tanaka\n",
    line: 11,
    column: 5,
    message: /^invalid YAML: expected a list item like the lines around it; is the "- " missing\?$/,
  },
  {
    name: "a team owner not quoted (@ starts no plain value)",
    from: '    - "@acme/platform"\n',
    to: "    - @acme/platform # the team\n",
    line: 10,
    column: 7,
    message:
      /^invalid YAML: a value cannot start with "@" unless it is quoted: write "@acme\/platform"$/,
  },
  {
    name: "text after a closing quote",
    from: "  displayName: Acme Retail\n",
    to: '  displayName: "Acme" Retail\n',
    line: 8,
    column: 23,
    message: /^invalid YAML: text after the closing quote; put the whole value inside the quotes$/,
  },
  {
    name: "a bracket that closes nothing",
    from: "  regions: [jp1, sg1, cn1, eu1]\n",
    to: "  regions: [jp1, sg1, cn1, eu1]]\n",
    line: 12,
    column: 32,
    message: /^invalid YAML: this "\]" closes nothing; remove it, or open it with "\["$/,
  },
  {
    name: "an alias with no anchor (a value starting with *)",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: *Acme\n",
    line: 8,
    column: 16,
    message:
      /^invalid YAML: "\*Acme" refers to an anchor "&Acme" that is not defined above it; quote the value if the "\*" is part of the text$/,
  },
  {
    name: "an alias followed by text",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: *Acme Retail\n",
    line: 8,
    column: 16,
    message:
      /^invalid YAML: "\*Acme" is an alias \(a reference to an anchor "&Acme"\) and cannot be followed by more text; quote the value if the "\*" is part of the text$/,
  },
  {
    name: "a key given twice",
    from: "  displayName: Acme Retail\n",
    to: "  displayName: Acme Retail\n  displayName: Acme\n",
    line: 9,
    column: 3,
    message: /^invalid YAML: duplicate key "displayName": a key may appear only once/,
  },
];

describe("YAML syntax errors", () => {
  it.each(yamlCases)("$name: one message, at the mistake", async (c) => {
    const repo = await sampleRepo();
    await editConfig(repo, TENANT, c.from, c.to);
    const errors = await validateFailing(repo);
    // One problem: the mistake, not the parser's follow-on errors, and no "unknown Tenant
    // acme" wherever the broken document is referred to.
    expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
    const [e] = errors;
    expect(e).toMatchObject({ file: TENANT, line: c.line, column: c.column });
    expect(e!.message).toMatch(c.message);
    expect(e!.message).not.toContain("\n");
  });

  it("the text report names the file, line and column", async () => {
    const repo = await sampleRepo();
    await editConfig(repo, TENANT, yamlCases[0]!.from, yamlCases[0]!.to);
    const run = await cli("validate", "--config", path.join(repo, "platform-config"));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${path.join(repo, "platform-config", TENANT)}:9:5: invalid YAML: indentation: this key is deeper (column 5) than "displayName" on line 8 (column 3), which already has a value; line it up with column 3, or remove the value above to nest it\n${path.join(repo, "platform-config")}: 1 problem(s)\n`,
    );
  });
});

describe("schema and reference problems in one run", () => {
  it("reports the references of documents that failed the schema too", async () => {
    const repo = await sampleRepo();
    const service = "services/acme-storefront.yaml";
    // storefront-api: a wrong type, an unknown size and an unknown environment.
    await editConfig(repo, service, "  port: 8080\n", '  port: "eighty"\n');
    await editConfig(repo, service, "  size: medium\n", "  size: huge\n");
    await editConfig(repo, service, "  env: prod\n", "  env: staging\n");
    // The tenant: an unknown field, and a region that does not exist.
    await editConfig(
      repo,
      TENANT,
      "  displayName: Acme Retail\n",
      "  displayName: Acme Retail\n  colour: red\n",
    );
    await editConfig(
      repo,
      TENANT,
      "regions: [jp1, sg1, cn1, eu1]",
      "regions: [jp1, sg1, cn1, eu1, mars1]",
    );
    const errors = await validateFailing(repo);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      `${service}:14:8: unknown Environment "staging"; expected one of dev, prod, test`,
      `${service}:16:9: unknown Size "huge"; expected one of large, medium, small`,
      `${service}:19:9: spec.port: expected integer; got "eighty"`,
      `${TENANT}:9:3: spec: unknown field "colour"; expected one of displayName, owners, regions, budget`,
      `${TENANT}:13:33: unknown Region "mars1"; expected one of cn1, eu1, jp1, sg1`,
    ]);
  });

  it("in every kind: a schema error in one field and a bad reference in another, in one run", async () => {
    const repo = await sampleRepo();
    await editConfig(repo, "gtm/api.yaml", "  ttl: 30\n", '  ttl: "thirty"\n');
    await editConfig(repo, "gtm/api.yaml", "  provider: pdns\n", "  provider: bind9\n");
    await editConfig(repo, "gtm/api.yaml", "    - region: eu1\n", "    - region: eu9\n");
    await editConfig(
      repo,
      "autoscale/jp1-nodes.yaml",
      "  targetUtilization: 0.6\n",
      "  targetUtilization: 6\n",
    );
    await editConfig(repo, "autoscale/jp1-nodes.yaml", "  region: jp1\n", "  region: jp9\n");
    await editConfig(
      repo,
      "compositions/orders-db.yaml",
      "  changeFrequency: occasional\n",
      "  changeFrequency: sometimes\n",
    );
    await editConfig(
      repo,
      "compositions/orders-db.yaml",
      "  dependsOn: [orders-db]\n",
      "  dependsOn: [orders-dbx]\n",
    );
    // Region jp1 fails the schema: references to it are not "unknown", and the names a
    // reference may use still list it.
    await editConfig(repo, "regions/jp1.yaml", "  weight: 100\n", "  weight: heavy\n");
    await editConfig(repo, TENANT, "  tenant: acme\n", "  tenant: acmex\n");
    await editConfig(
      repo,
      TENANT,
      "  environments: [dev, test, prod]\n",
      "  environments: [dev, test, prod, test]\n",
    );
    const errors = await validateFailing(repo);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      'autoscale/jp1-nodes.yaml:9:11: unknown Region "jp9"; expected one of cn1, eu1, jp1, sg1',
      "autoscale/jp1-nodes.yaml:12:22: spec.targetUtilization: expected a number ≤ 1; got 6",
      'compositions/orders-db.yaml:12:20: spec.changeFrequency: expected one of rare, occasional, frequent; got "sometimes"',
      'compositions/orders-db.yaml:62:15: unknown Composition "orders-dbx"; expected one of dns-zone, orders-cache, orders-db',
      'gtm/api.yaml:12:13: unknown DNS provider "bind9"; the Platform defines pdns, cloudflare',
      'gtm/api.yaml:13:8: spec.ttl: expected integer; got "thirty"',
      'gtm/api.yaml:22:15: unknown Region "eu9"; expected one of cn1, eu1, jp1, sg1',
      'regions/jp1.yaml:27:11: spec.weight: expected integer; got "heavy"',
      `${TENANT}:24:11: unknown Tenant "acmex"; expected one of acme, globex`,
      `${TENANT}:28:17: spec.environments: items 3 and 1 are the same ("test"); each may appear once`,
    ]);
  });

  it("a missing required field, or a list of the wrong type, does not hide the rest", async () => {
    const repo = await sampleRepo();
    const service = "services/acme-storefront.yaml";
    await editConfig(repo, service, "  port: 8080\n", "");
    await editConfig(repo, service, "  regions: [jp1, sg1, eu1]\n", "  regions: jp1\n");
    await editConfig(repo, service, "  size: medium\n", "  size: huge\n");
    const errors = await validateFailing(repo);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      `${service}:12:3: spec: missing required field "port"`,
      `${service}:15:12: spec.regions: expected array; got "jp1"`,
      `${service}:16:9: unknown Size "huge"; expected one of large, medium, small`,
    ]);
  });

  it("a reference that failed the schema is reported once, by the schema", async () => {
    const repo = await sampleRepo();
    const service = "services/acme-storefront.yaml";
    await editConfig(repo, service, "  size: medium\n", "  size: 5\n");
    await editConfig(repo, service, "  tenant: acme\n", "  tenant: Acme!\n");
    const errors = await validateFailing(repo);
    expect(errors.map((e) => `${e.line}:${e.column}: ${e.message}`)).toEqual([
      "12:11: spec.tenant: expected lower-case letters, digits and '-', 1–63 characters, starting and ending alphanumeric; got \"Acme!\"",
      "16:9: spec.size: expected string; got 5",
    ]);
  });

  it("a Platform that failed the schema is reported by the schema, not as missing", async () => {
    const repo = await sampleRepo();
    await editConfig(
      repo,
      "platform.yaml",
      "  repository: cloudneutral/platform\n",
      "  repository: 5\n",
    );
    const errors = await validateFailing(repo);
    expect(errors.map((e) => e.file)).toEqual(["platform.yaml"]);
    expect(errors.map((e) => e.message).join("\n")).not.toMatch(/no Platform document/);
  });

  it("a document that failed the schema is still the one references point at", async () => {
    const repo = await sampleRepo();
    // The Size "medium" breaks: services that use it are not told it is unknown.
    const sizes = await readFile(path.join(repo, "platform-config/sizes.yaml"), "utf8");
    const name = /name: medium\n/.exec(sizes);
    expect(name).not.toBeNull();
    await editConfig(repo, "sizes.yaml", "name: medium\n", "name: medium\n  colour: red\n");
    const errors = await validateFailing(repo);
    expect(errors.map((e) => e.file)).toEqual(["sizes.yaml"]);
    expect(errors[0]!.message).toMatch(/unknown field "colour"/);
  });
});
