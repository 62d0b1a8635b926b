import { Ajv, type Options, type ValidateFunction } from "ajv";
import { type KindName, KindNames, Kinds } from "./schema.ts";

/** `verbose` keeps each error's schema, whose `description` makes the message readable. */
export const AJV_OPTIONS: Options = {
  strict: true,
  allErrors: true,
  allowUnionTypes: true,
  verbose: true,
};

let validators: Map<KindName, ValidateFunction> | undefined;

/**
 * The validator of one kind. From source the schemas are compiled here on first use; the
 * bundle build (build.mjs) replaces this module with ajv's standalone code for the same
 * schemas, so the actions pay no compile time.
 */
export function validatorFor(kind: KindName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv(AJV_OPTIONS);
    validators = new Map(KindNames.map((k) => [k, ajv.compile(Kinds[k])]));
  }
  return validators.get(kind)!;
}
