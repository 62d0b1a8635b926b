// The CEL environment every rule runs in.
import { type CelEnv, CelScalar, celEnv } from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
// The engine @bufbuild/cel itself uses (its own dependency): RE2 semantics, linear time.
import { RE2JS } from "@bufbuild/re2";

// Documents are arbitrary, so every variable is `dyn`: field access is checked at run time.
export const VARIABLES = {
  object: CelScalar.DYN,
  oldObject: CelScalar.DYN,
  change: CelScalar.DYN,
  pr: CelScalar.DYN,
} as const;

let env: CelEnv<typeof VARIABLES> | undefined;

/** One environment for every rule: Kubernetes' CEL has the strings extension, so ours does too. */
export function celEnvironment(): CelEnv<typeof VARIABLES> {
  env ??= celEnv({ variables: VARIABLES, funcs: strings, re2: { compile: cachedRegex } });
  return env;
}

// `matches()` would otherwise compile its pattern on every call (10 µs); patterns are
// nearly always literals, so a small cache makes it as cheap as any other rule.
const regexes = new Map<string, { test(text: string): boolean }>();
export function cachedRegex(pattern: string): { test(text: string): boolean } {
  let re = regexes.get(pattern);
  if (!re) {
    if (regexes.size >= 1000) regexes.clear();
    re = RE2JS.compile(pattern);
    regexes.set(pattern, re);
  }
  return re;
}
