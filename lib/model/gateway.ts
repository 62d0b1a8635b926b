// What the region gateway serves, in one place: its ports, which public names it serves over
// HTTPS and with which certificate file. Render writes the gateway from this, and the GTM
// probes each public name with the scheme, port and server name (SNI) found here, so what is
// probed is what is served. Pure: documents in, answers (or problems) out.
import type { ByKind, SourceDoc } from "./load.ts";
import type { Path } from "./locate.ts";
import type { GtmPolicy, Service } from "./schema.ts";

/** The gateway's listeners: HTTPS for the public names with a certificate, plain for the rest and the health check. */
export interface GatewayPorts {
  https: number;
  plain: number;
}

export const GATEWAY_PORTS: Readonly<GatewayPorts> = { https: 443, plain: 8080 };

/** Where the gateway finds a Kubernetes TLS secret: mounted at this directory, with the secret's standard keys. */
export const SECRET_MOUNT_DIR = "/etc/cloudneutral/tls";

export interface GatewayCertificate {
  certificate: string;
  key: string;
}

/** The files the gateway reads for a service's certificate; undefined: served over plain HTTP. */
export function certificateOf(spec: Service["spec"]): GatewayCertificate | undefined {
  const tls = spec.tls;
  if (!tls) return undefined;
  if (tls.secretName !== undefined) {
    // A kubernetes.io/tls secret holds tls.crt and tls.key; the gateway pod mounts it here.
    const dir = `${SECRET_MOUNT_DIR}/${tls.secretName}`;
    return { certificate: `${dir}/tls.crt`, key: `${dir}/tls.key` };
  }
  return { certificate: tls.certificateFile ?? "", key: tls.keyFile ?? "" };
}

export interface ServedProbe {
  scheme: "http" | "https";
  port: number;
}

/** How the gateway serves a public name: HTTPS on its HTTPS port with a certificate, else plain. */
export function servedAs(spec: Service["spec"], ports: GatewayPorts = GATEWAY_PORTS): ServedProbe {
  return spec.tls ? { scheme: "https", port: ports.https } : { scheme: "http", port: ports.plain };
}

/** The service published under `publicName`, if any (validate keeps public names unique). */
export function serviceOf(
  services: readonly SourceDoc<"Service">[],
  publicName: string,
): SourceDoc<"Service"> | undefined {
  const name = publicName.toLowerCase().replace(/\.$/, "");
  return services.find((s) => s.value.spec.publicName === name);
}

/**
 * The scheme and port a GtmPolicy probes: what the gateway serves its public name with when a
 * Service publishes it, else the policy's own (validate requires a scheme then). The policy may
 * repeat them, but validate refuses any that differ from what is served.
 */
export function probeOf(
  policy: GtmPolicy["spec"],
  services: readonly SourceDoc<"Service">[],
  ports: GatewayPorts = GATEWAY_PORTS,
): ServedProbe {
  const service = serviceOf(services, policy.publicName);
  if (service) return servedAs(service.value.spec, ports);
  const scheme = policy.healthCheck.scheme ?? "https";
  return { scheme, port: policy.healthCheck.port ?? (scheme === "https" ? 443 : 80) };
}

type Report = (doc: SourceDoc, path: Path, message: string, key?: boolean) => void;

/**
 * Certificates are references the gateway can use, and every GtmPolicy probes its name the way
 * the gateway serves it: a name probed over HTTPS needs a certificate, one served over HTTPS
 * cannot be probed over plain HTTP, and a port other than the gateway's reaches nothing.
 */
export function checkGatewayTls(k: ByKind, report: Report): void {
  const regions = new Map(k.Region.map((r) => [r.name, r.value.spec]));
  for (const s of k.Service) {
    const { tls, publicName, regions: placed } = s.value.spec;
    if (!tls) continue;
    const at: Path = ["spec", "tls"];
    if (!publicName) {
      report(
        s,
        at,
        `Service ${s.name} has a certificate but no publicName: tls is the certificate the gateway serves the public name with`,
        true,
      );
      continue;
    }
    const files = tls.certificateFile !== undefined || tls.keyFile !== undefined;
    if (tls.secretName !== undefined && files) {
      report(
        s,
        [...at, "secretName"],
        "tls takes either secretName (a Kubernetes TLS secret) or certificateFile and keyFile (files on the gateway host), not both",
        true,
      );
      continue;
    }
    if (tls.secretName === undefined && !files) {
      report(
        s,
        at,
        `${publicName}: tls names no certificate; expected secretName, or certificateFile and keyFile`,
        true,
      );
      continue;
    }
    if (files) {
      for (const [field, other] of [
        ["certificateFile", "keyFile"],
        ["keyFile", "certificateFile"],
      ] as const)
        if (tls[field] === undefined)
          report(
            s,
            [...at, other],
            `${publicName}: tls.${other} is given without tls.${field}; the gateway needs both files`,
            true,
          );
      if (tls.certificateFile !== undefined && tls.certificateFile === tls.keyFile)
        report(
          s,
          [...at, "keyFile"],
          `${publicName}: tls.keyFile is the certificate file; the private key is a file of its own`,
        );
    }
    if (tls.secretName !== undefined) {
      // A secret lives in a cluster: a containerd-only region's gateway has none to mount it from.
      const without = placed.filter((r) => regions.get(r)?.nodePool.mode === "containerd-only");
      if (without.length > 0)
        report(
          s,
          [...at, "secretName"],
          `${publicName}: a Kubernetes secret cannot reach the gateway of ${without.join(", ")} (containerd-only, no Kubernetes); give certificateFile and keyFile on the gateway host instead`,
        );
    }
  }

  for (const g of k.GtmPolicy) {
    const spec = g.value.spec;
    const check = spec.healthCheck;
    const service = serviceOf(k.Service, spec.publicName);
    if (!service) {
      if (check.scheme === undefined)
        report(
          g,
          ["spec", "healthCheck"],
          `no Service publishes ${spec.publicName}, so the gateway does not say how it is served; give healthCheck.scheme`,
          true,
        );
      continue;
    }
    const served = servedAs(service.value.spec);
    if (check.scheme === "https" && served.scheme === "http") {
      report(
        service,
        ["spec", "publicName"],
        `${spec.publicName} is probed over HTTPS by GtmPolicy ${g.name} (${g.file}), but Service ${service.name} names no certificate; add tls (certificateFile and keyFile, or secretName)`,
      );
      continue;
    }
    if (check.scheme === "http" && served.scheme === "https") {
      report(
        g,
        ["spec", "healthCheck", "scheme"],
        `the gateway serves ${spec.publicName} over HTTPS only (Service ${service.name} has tls); probe https, or leave scheme out`,
      );
      continue;
    }
    if (check.port !== undefined && check.port !== served.port)
      report(
        g,
        ["spec", "healthCheck", "port"],
        `the gateway serves ${spec.publicName} over ${served.scheme.toUpperCase()} on port ${served.port}, not ${check.port}; leave port out`,
      );
  }
}
