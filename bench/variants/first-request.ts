// A cold process's first request the way the actions make it — lazily imported, after the
// inputs: `probe URL` (gtm-reconcile's health probe of one ingress address) or `oidc URL`
// (apply's OIDC token request). bench/libraries.mjs bundles it with our modules and with the
// undici-backed variants, and times the process from start to exit.
const [mode, raw] = process.argv.slice(2);
if (!raw) throw new Error("usage: first-request probe|oidc URL");
const url = new URL(raw);
if (mode === "probe") {
  const { probeRegions } = await import("../../lib/probes/http.ts");
  const [region] = await probeRegions([{ region: "r1", addresses: [url.hostname] }], {
    scheme: "http",
    path: url.pathname,
    port: Number(url.port),
    hostname: "api.example.com",
    timeoutMs: 10_000,
    bodyMatch: "ok",
  });
  if (region?.result !== "ok") throw new Error(`probe: ${region?.evidence}`);
} else if (mode === "oidc") {
  const { requestIdToken } = await import("../../lib/engines/oidc.ts");
  await requestIdToken({ requestUrl: raw, requestToken: "t", mask: () => {} }, "sts.amazonaws.com");
} else throw new Error(`unknown mode ${mode}`);
