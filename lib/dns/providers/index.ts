// From a Platform's `spec.dns.providers[]` entry to a provider. Secrets are references in
// Git (`credentials.tokenEnv`) and values only here, read from the environment the adapter
// passes in; they are never logged or put in an error.
import { UsageError } from "../../errors.ts";
import type { Logger } from "../../logger.ts";
import type { Platform } from "../../model/schema.ts";
import type { DnsProvider } from "../provider.ts";
import type { FetchLike, RetryOptions } from "./http.ts";
import { createPowerDnsProvider } from "./powerdns.ts";
import { createZoneFileProvider } from "./zonefile.ts";

export type PlatformDnsProvider = Platform["spec"]["dns"]["providers"][number];

export interface DnsProviderContext {
  /** The repository root: where the zonefile provider keeps infra/dns/. */
  root: string;
  env: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Overrides for tests and benches: loopback fetch, short backoff. */
  fetch?: FetchLike;
  retry?: RetryOptions;
  timeoutMs?: number;
}

export async function createDnsProvider(
  entry: PlatformDnsProvider,
  context: DnsProviderContext,
): Promise<DnsProvider> {
  const where = `spec.dns.providers "${entry.name}"`;
  switch (entry.type) {
    case "zonefile":
      return createZoneFileProvider({ name: entry.name, root: context.root });
    case "powerdns": {
      if (!entry.url)
        throw new UsageError(`${where}: a powerdns provider needs url (its HTTP API)`);
      const variable = entry.credentials?.tokenEnv;
      if (!variable)
        throw new UsageError(
          `${where}: a powerdns provider needs credentials.tokenEnv (the API key's variable)`,
        );
      const apiKey = context.env[variable];
      if (!apiKey)
        throw new UsageError(`${where}: the environment variable ${variable} is not set`);
      return createPowerDnsProvider({
        name: entry.name,
        url: entry.url,
        serverId: entry.serverId ?? "localhost",
        apiKey,
        ...(context.logger ? { logger: context.logger } : {}),
        ...(context.fetch ? { fetch: context.fetch } : {}),
        ...(context.retry ? { retry: context.retry } : {}),
        ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
      });
    }
    case "cloudflare": {
      const variable = entry.credentials?.tokenEnv;
      if (!variable)
        throw new UsageError(
          `${where}: a cloudflare provider needs credentials.tokenEnv (the API token's variable)`,
        );
      const { createCloudflareProvider } = await import("./cloudflare.ts");
      return createCloudflareProvider({
        name: entry.name,
        tokenEnv: variable,
        env: context.env,
        ...(context.logger ? { logger: context.logger } : {}),
        ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
      });
    }
    default:
      throw new UsageError(`${where}: the ${entry.type} DNS provider is not available yet`);
  }
}

export { createPowerDnsProvider, type PowerDnsOptions } from "./powerdns.ts";
export {
  luaTargets,
  shadowConflicts,
  type WeightedAnswer,
  type WeightedTarget,
  weightedRecordSet,
} from "./weighted.ts";
export { createZoneFileProvider, type ZoneFileOptions, zoneFilePath } from "./zonefile.ts";
