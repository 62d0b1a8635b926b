import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/model/gateway.ts
var GATEWAY_PORTS = { https: 443, plain: 8080 }, SECRET_MOUNT_DIR = "/etc/cloudneutral/tls";
function certificateOf(spec) {
  let tls = spec.tls;
  if (tls) {
    if (tls.secretName !== void 0) {
      let dir = `${SECRET_MOUNT_DIR}/${tls.secretName}`;
      return { certificate: `${dir}/tls.crt`, key: `${dir}/tls.key` };
    }
    return { certificate: tls.certificateFile ?? "", key: tls.keyFile ?? "" };
  }
}
function servedAs(spec, ports = GATEWAY_PORTS) {
  return spec.tls ? { scheme: "https", port: ports.https } : { scheme: "http", port: ports.plain };
}
function serviceOf(services, publicName) {
  let name = publicName.toLowerCase().replace(/\.$/, "");
  return services.find((s) => s.value.spec.publicName === name);
}
function probeOf(policy, services, ports = GATEWAY_PORTS) {
  let service = serviceOf(services, policy.publicName);
  if (service) return servedAs(service.value.spec, ports);
  let scheme = policy.healthCheck.scheme ?? "https";
  return { scheme, port: policy.healthCheck.port ?? (scheme === "https" ? 443 : 80) };
}
function checkGatewayTls(k, report) {
  let regions = new Map(k.Region.map((r) => [r.name, r.value.spec]));
  for (let s of k.Service) {
    let { tls, publicName, regions: placed } = s.value.spec;
    if (!tls) continue;
    let at = ["spec", "tls"];
    if (!publicName) {
      report(
        s,
        at,
        `Service ${s.name} has a certificate but no publicName: tls is the certificate the gateway serves the public name with`,
        !0
      );
      continue;
    }
    let files = tls.certificateFile !== void 0 || tls.keyFile !== void 0;
    if (tls.secretName !== void 0 && files) {
      report(
        s,
        [...at, "secretName"],
        "tls takes either secretName (a Kubernetes TLS secret) or certificateFile and keyFile (files on the gateway host), not both",
        !0
      );
      continue;
    }
    if (tls.secretName === void 0 && !files) {
      report(
        s,
        at,
        `${publicName}: tls names no certificate; expected secretName, or certificateFile and keyFile`,
        !0
      );
      continue;
    }
    if (files) {
      for (let [field, other] of [
        ["certificateFile", "keyFile"],
        ["keyFile", "certificateFile"]
      ])
        tls[field] === void 0 && report(
          s,
          [...at, other],
          `${publicName}: tls.${other} is given without tls.${field}; the gateway needs both files`,
          !0
        );
      tls.certificateFile !== void 0 && tls.certificateFile === tls.keyFile && report(
        s,
        [...at, "keyFile"],
        `${publicName}: tls.keyFile is the certificate file; the private key is a file of its own`
      );
    }
    if (tls.secretName !== void 0) {
      let without = placed.filter((r) => regions.get(r)?.nodePool.mode === "containerd-only");
      without.length > 0 && report(
        s,
        [...at, "secretName"],
        `${publicName}: a Kubernetes secret cannot reach the gateway of ${without.join(", ")} (containerd-only, no Kubernetes); give certificateFile and keyFile on the gateway host instead`
      );
    }
  }
  for (let g of k.GtmPolicy) {
    let spec = g.value.spec, check = spec.healthCheck, service = serviceOf(k.Service, spec.publicName);
    if (!service) {
      check.scheme === void 0 && report(
        g,
        ["spec", "healthCheck"],
        `no Service publishes ${spec.publicName}, so the gateway does not say how it is served; give healthCheck.scheme`,
        !0
      );
      continue;
    }
    let served = servedAs(service.value.spec);
    if (check.scheme === "https" && served.scheme === "http") {
      report(
        service,
        ["spec", "publicName"],
        `${spec.publicName} is probed over HTTPS by GtmPolicy ${g.name} (${g.file}), but Service ${service.name} names no certificate; add tls (certificateFile and keyFile, or secretName)`
      );
      continue;
    }
    if (check.scheme === "http" && served.scheme === "https") {
      report(
        g,
        ["spec", "healthCheck", "scheme"],
        `the gateway serves ${spec.publicName} over HTTPS only (Service ${service.name} has tls); probe https, or leave scheme out`
      );
      continue;
    }
    check.port !== void 0 && check.port !== served.port && report(
      g,
      ["spec", "healthCheck", "port"],
      `the gateway serves ${spec.publicName} over ${served.scheme.toUpperCase()} on port ${served.port}, not ${check.port}; leave port out`
    );
  }
}

export {
  GATEWAY_PORTS,
  certificateOf,
  probeOf,
  checkGatewayTls
};
