// The benchmark's generated platform is a platform validate accepts: when the model gains a
// required field, the generator has to follow, or `npm run bench` measures an error.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module without types
import { generatePlatform } from "../bench/generate.mjs";
import { validateConfig } from "../lib/model/index.ts";
import { scratch } from "./helpers.ts";

describe("the bench's generated platform", () => {
  it("validates, every provider and pool mode included", async () => {
    const dir = await scratch("cn-bench-platform-");
    // Eight regions: each provider twice, the on-prem ones with hosts.
    const { configDir } = generatePlatform(dir, { services: 120, regions: 8 }) as {
      configDir: string;
    };
    const { problems } = await validateConfig(configDir);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});
