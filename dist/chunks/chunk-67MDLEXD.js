import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/concurrency.ts
async function pool(items, limit, fn) {
  let out = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker)), out;
}

export {
  pool
};
