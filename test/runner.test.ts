// The runner helpers every adapter shares: one URL-credential masker (user and password,
// as written and decoded, each once) and one way to fail a step on configuration problems.
import { afterEach, describe, expect, it, vi } from "vitest";
import { failStep, maskUrlCredentials } from "../actions/runner.ts";
import { ConfigurationError } from "../lib/errors.ts";

function stdoutOf(fn: () => void): string {
  const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    fn();
    return spy.mock.calls.map((c) => String(c[0])).join("");
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("actions/runner.ts", () => {
  it.each([
    ["https://bob:s3cret@prom.example/", ["bob", "s3cret"]],
    ["https://b%40b:p%2Fw%3A1@prom.example/", ["b%40b", "b@b", "p%2Fw%3A1", "p/w:1"]],
    ["https://:only-password@prom.example/", ["only-password"]],
    ["https://prom.example/", []],
    ["not a url", []],
    ["https://u:%E0%A4%A@prom.example/", ["u", "%E0%A4%A"]],
  ])("masks the credentials of %s, each form once", (url, masked) => {
    const out = stdoutOf(() => maskUrlCredentials(url));
    const lines = out.split(/\r?\n/).filter(Boolean);
    // Workflow commands carry "%" escaped as "%25"; the runner masks the unescaped value.
    expect(lines).toEqual(masked.map((m) => `::add-mask::${m.replace(/%/g, "%25")}`));
  });

  it("failStep: configuration problems as annotations at root/file, the step failed", () => {
    const err = new ConfigurationError([
      { root: "platform-config", file: "tenants/a.yaml", line: 3, column: 7, message: "bad" },
    ]);
    const out = stdoutOf(() => {
      const table = failStep(err, "Render: configuration problems");
      expect(table).toContain("| `platform-config/tenants/a.yaml:3:7` | bad |");
    });
    expect(out).toContain("::error file=platform-config/tenants/a.yaml,line=3,col=7::bad");
    expect(process.exitCode).toBe(1);
    expect(stdoutOf(() => expect(failStep(new Error("plain"), "t")).toBeUndefined())).toContain(
      "::error::plain",
    );
  });
});
