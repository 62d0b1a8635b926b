import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ArtifactError,
  DEFAULT_LIMITS,
  PLAN_ARTIFACT,
  PULL_ARTIFACT,
  PULL_FILE,
  PullFactsSchema,
  UnitResultSchema,
  planBinding,
  readReviewArtifacts
} from "./chunk-R6KROQAY.js";
import "./chunk-APUQBNXB.js";
import "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import "./chunk-N5PQ57XD.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  ArtifactError,
  DEFAULT_LIMITS,
  PLAN_ARTIFACT,
  PULL_ARTIFACT,
  PULL_FILE,
  PullFactsSchema,
  UnitResultSchema,
  planBinding,
  readReviewArtifacts
};
