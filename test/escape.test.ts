import { describe, expect, it } from "vitest";
import {
  EscapeError,
  hclIdentifier,
  hclString,
  nginxToken,
  yamlScalar,
} from "../lib/render/escape.ts";

describe("escapers", () => {
  it.each([
    ["plain", '"plain"'],
    ['a"b', '"a\\"b"'],
    ["back\\slash", '"back\\\\slash"'],
    ["${var.secret}", '"$${var.secret}"'],
    ["%{ if x }", '"%%{ if x }"'],
    ["$ alone and % alone", '"$ alone and % alone"'],
    ["line\nbreak\r\t", '"line\\nbreak\\r\\t"'],
    ["nul\u0000del\u007f", '"nul\\u0000del\\u007f"'],
  ])("hcl %j", (input, expected) => {
    expect(hclString(input)).toBe(expected);
  });

  it("hcl prints numbers and booleans as literals and refuses anything else", () => {
    expect(hclString(3)).toBe("3");
    expect(hclString(true)).toBe("true");
    expect(() => hclString({})).toThrow(EscapeError);
    expect(() => hclString(Number.NaN)).toThrow(EscapeError);
  });

  it("hclIdent turns names into identifiers and refuses what cannot be one", () => {
    expect(hclIdentifier("orders-db")).toBe("orders_db");
    expect(hclIdentifier("1password")).toBe("n1password");
    expect(() => hclIdentifier('a"b')).toThrow(EscapeError);
    expect(() => hclIdentifier("a b")).toThrow(EscapeError);
  });

  it("yaml quotes every string so that no value becomes YAML syntax", () => {
    expect(yamlScalar("yes")).toBe('"yes"');
    expect(yamlScalar("a: b\n- c")).toBe('"a: b\\n- c"');
    expect(yamlScalar("\u2028")).toBe('"\\u2028"');
    expect(yamlScalar(8080)).toBe("8080");
  });

  it.each(["a;b", "a b", "$host", "a{", "a}", "'x'", '"x"', "a#b", "a\nb", ""])(
    "nginx refuses %j",
    (value) => {
      expect(() => nginxToken(value)).toThrow(EscapeError);
    },
  );

  it("nginx passes hostnames, addresses and paths", () => {
    expect(nginxToken("api.cloudneutral.io")).toBe("api.cloudneutral.io");
    expect(nginxToken("192.0.2.10:18080")).toBe("192.0.2.10:18080");
    expect(nginxToken("/healthz")).toBe("/healthz");
  });
});
