import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  recordText,
  reviewAudience
} from "./chunk-UW3AMOI6.js";
import {
  resolveCommit
} from "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-ZPMZPS3A.js";
import "./chunk-APUQBNXB.js";
import "./chunk-65PPA6I5.js";
import {
  requestIdToken
} from "./chunk-FUWXGA5S.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/review/attest.ts
async function attestReview(record, request) {
  let text = recordText(record), token = await requestIdToken(request, reviewAudience(text), "review attestations");
  return { record: text, token };
}
async function attestPull(o, request) {
  return attestReview(
    {
      repository: o.repository,
      pull: o.pull,
      base: await resolveCommit(o.repoDir, o.base, "base"),
      head: await resolveCommit(o.repoDir, o.head, "head"),
      verdict: o.verdict,
      hashes: o.hashes
    },
    request
  );
}
export {
  attestPull,
  attestReview
};
