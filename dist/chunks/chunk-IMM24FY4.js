import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/metrics/sources.ts
function regionSources(config, kind) {
  let platform = config.byKind.Platform[0]?.value.spec, fallback = kind === "metrics" ? platform?.metrics?.prometheus : platform?.logs?.loki, out = /* @__PURE__ */ new Map();
  for (let r of [...config.byKind.Region].sort((a, b) => a.name < b.name ? -1 : 1)) {
    let own = kind === "metrics" ? r.value.spec.metrics?.prometheus : r.value.spec.logs?.loki, chosen = own ?? fallback;
    out.set(
      r.name,
      chosen ? {
        region: r.name,
        url: chosen.url,
        ...chosen.tokenEnv ? { tokenEnv: chosen.tokenEnv } : {},
        from: own ? "region" : "platform"
      } : void 0
    );
  }
  return out;
}
function sourceToken(s, env) {
  if (s.tokenEnv === void 0) return;
  let value = env[s.tokenEnv];
  return value === void 0 || value === "" ? new Error(`its token variable ${s.tokenEnv} is not set`) : value;
}

export {
  regionSources,
  sourceToken
};
