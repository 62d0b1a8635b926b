import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  normalisedDigest
} from "./chunk-APUQBNXB.js";
import {
  classifyActions
} from "./chunk-7L672MCS.js";
import {
  HasPropertyKey,
  IndexFromPropertyKeys,
  IsArray,
  IsAsyncIterator,
  IsBigInt,
  IsBoolean,
  IsDate,
  IsFunction,
  IsInteger,
  IsIterator,
  IsKind,
  IsMap,
  IsNull,
  IsNumber,
  IsObject,
  IsPromise,
  IsSchema,
  IsSet,
  IsStandardObject,
  IsString,
  IsSymbol,
  IsTemplateLiteralFinite,
  IsTransform,
  IsTypedArray,
  IsUint8Array,
  IsUndefined,
  IsUndefined2,
  IsValueType,
  KeyOfPattern,
  KeyOfPropertyKeys,
  Kind,
  Layers,
  Literal,
  Never,
  Object as Object2,
  String as String2,
  TemplateLiteralGenerate,
  TransformKind,
  Type,
  TypeBoxError,
  TypeSystemPolicy,
  Union,
  Unknown
} from "./chunk-N5PQ57XD.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import {
  __export
} from "./chunk-BOG7BZ5N.js";

// lib/plan/artifacts.ts
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import path from "node:path";

// node_modules/@sinclair/typebox/build/esm/type/registry/format.mjs
var format_exports = {};
__export(format_exports, {
  Clear: () => Clear,
  Delete: () => Delete,
  Entries: () => Entries,
  Get: () => Get,
  Has: () => Has,
  Set: () => Set2
});
var map = /* @__PURE__ */ new Map();
function Entries() {
  return new Map(map);
}
function Clear() {
  return map.clear();
}
function Delete(format) {
  return map.delete(format);
}
function Has(format) {
  return map.has(format);
}
function Set2(format, func) {
  map.set(format, func);
}
function Get(format) {
  return map.get(format);
}

// node_modules/@sinclair/typebox/build/esm/type/registry/type.mjs
var type_exports = {};
__export(type_exports, {
  Clear: () => Clear2,
  Delete: () => Delete2,
  Entries: () => Entries2,
  Get: () => Get2,
  Has: () => Has2,
  Set: () => Set3
});
var map2 = /* @__PURE__ */ new Map();
function Entries2() {
  return new Map(map2);
}
function Clear2() {
  return map2.clear();
}
function Delete2(kind2) {
  return map2.delete(kind2);
}
function Has2(kind2) {
  return map2.has(kind2);
}
function Set3(kind2, func) {
  map2.set(kind2, func);
}
function Get2(kind2) {
  return map2.get(kind2);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-entries.mjs
function KeyOfPropertyEntries(schema) {
  let keys = KeyOfPropertyKeys(schema), schemas = IndexFromPropertyKeys(schema, keys);
  return keys.map((_, index) => [keys[index], schemas[index]]);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-undefined.mjs
function Intersect(schema) {
  return schema.allOf.every((schema2) => ExtendsUndefinedCheck(schema2));
}
function Union2(schema) {
  return schema.anyOf.some((schema2) => ExtendsUndefinedCheck(schema2));
}
function Not(schema) {
  return !ExtendsUndefinedCheck(schema.not);
}
function ExtendsUndefinedCheck(schema) {
  return schema[Kind] === "Intersect" ? Intersect(schema) : schema[Kind] === "Union" ? Union2(schema) : schema[Kind] === "Not" ? Not(schema) : schema[Kind] === "Undefined";
}

// node_modules/@sinclair/typebox/build/esm/errors/function.mjs
function DefaultErrorFunction(error) {
  switch (error.errorType) {
    case ValueErrorType.ArrayContains:
      return "Expected array to contain at least one matching value";
    case ValueErrorType.ArrayMaxContains:
      return `Expected array to contain no more than ${error.schema.maxContains} matching values`;
    case ValueErrorType.ArrayMinContains:
      return `Expected array to contain at least ${error.schema.minContains} matching values`;
    case ValueErrorType.ArrayMaxItems:
      return `Expected array length to be less or equal to ${error.schema.maxItems}`;
    case ValueErrorType.ArrayMinItems:
      return `Expected array length to be greater or equal to ${error.schema.minItems}`;
    case ValueErrorType.ArrayUniqueItems:
      return "Expected array elements to be unique";
    case ValueErrorType.Array:
      return "Expected array";
    case ValueErrorType.AsyncIterator:
      return "Expected AsyncIterator";
    case ValueErrorType.BigIntExclusiveMaximum:
      return `Expected bigint to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.BigIntExclusiveMinimum:
      return `Expected bigint to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.BigIntMaximum:
      return `Expected bigint to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.BigIntMinimum:
      return `Expected bigint to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.BigIntMultipleOf:
      return `Expected bigint to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.BigInt:
      return "Expected bigint";
    case ValueErrorType.Boolean:
      return "Expected boolean";
    case ValueErrorType.DateExclusiveMinimumTimestamp:
      return `Expected Date timestamp to be greater than ${error.schema.exclusiveMinimumTimestamp}`;
    case ValueErrorType.DateExclusiveMaximumTimestamp:
      return `Expected Date timestamp to be less than ${error.schema.exclusiveMaximumTimestamp}`;
    case ValueErrorType.DateMinimumTimestamp:
      return `Expected Date timestamp to be greater or equal to ${error.schema.minimumTimestamp}`;
    case ValueErrorType.DateMaximumTimestamp:
      return `Expected Date timestamp to be less or equal to ${error.schema.maximumTimestamp}`;
    case ValueErrorType.DateMultipleOfTimestamp:
      return `Expected Date timestamp to be a multiple of ${error.schema.multipleOfTimestamp}`;
    case ValueErrorType.Date:
      return "Expected Date";
    case ValueErrorType.Function:
      return "Expected function";
    case ValueErrorType.IntegerExclusiveMaximum:
      return `Expected integer to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.IntegerExclusiveMinimum:
      return `Expected integer to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.IntegerMaximum:
      return `Expected integer to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.IntegerMinimum:
      return `Expected integer to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.IntegerMultipleOf:
      return `Expected integer to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Integer:
      return "Expected integer";
    case ValueErrorType.IntersectUnevaluatedProperties:
      return "Unexpected property";
    case ValueErrorType.Intersect:
      return "Expected all values to match";
    case ValueErrorType.Iterator:
      return "Expected Iterator";
    case ValueErrorType.Literal:
      return `Expected ${typeof error.schema.const == "string" ? `'${error.schema.const}'` : error.schema.const}`;
    case ValueErrorType.Never:
      return "Never";
    case ValueErrorType.Not:
      return "Value should not match";
    case ValueErrorType.Null:
      return "Expected null";
    case ValueErrorType.NumberExclusiveMaximum:
      return `Expected number to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.NumberExclusiveMinimum:
      return `Expected number to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.NumberMaximum:
      return `Expected number to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.NumberMinimum:
      return `Expected number to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.NumberMultipleOf:
      return `Expected number to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Number:
      return "Expected number";
    case ValueErrorType.Object:
      return "Expected object";
    case ValueErrorType.ObjectAdditionalProperties:
      return "Unexpected property";
    case ValueErrorType.ObjectMaxProperties:
      return `Expected object to have no more than ${error.schema.maxProperties} properties`;
    case ValueErrorType.ObjectMinProperties:
      return `Expected object to have at least ${error.schema.minProperties} properties`;
    case ValueErrorType.ObjectRequiredProperty:
      return "Expected required property";
    case ValueErrorType.Promise:
      return "Expected Promise";
    case ValueErrorType.RegExp:
      return "Expected string to match regular expression";
    case ValueErrorType.StringFormatUnknown:
      return `Unknown format '${error.schema.format}'`;
    case ValueErrorType.StringFormat:
      return `Expected string to match '${error.schema.format}' format`;
    case ValueErrorType.StringMaxLength:
      return `Expected string length less or equal to ${error.schema.maxLength}`;
    case ValueErrorType.StringMinLength:
      return `Expected string length greater or equal to ${error.schema.minLength}`;
    case ValueErrorType.StringPattern:
      return `Expected string to match '${error.schema.pattern}'`;
    case ValueErrorType.String:
      return "Expected string";
    case ValueErrorType.Symbol:
      return "Expected symbol";
    case ValueErrorType.TupleLength:
      return `Expected tuple to have ${error.schema.maxItems || 0} elements`;
    case ValueErrorType.Tuple:
      return "Expected tuple";
    case ValueErrorType.Uint8ArrayMaxByteLength:
      return `Expected byte length less or equal to ${error.schema.maxByteLength}`;
    case ValueErrorType.Uint8ArrayMinByteLength:
      return `Expected byte length greater or equal to ${error.schema.minByteLength}`;
    case ValueErrorType.Uint8Array:
      return "Expected Uint8Array";
    case ValueErrorType.Undefined:
      return "Expected undefined";
    case ValueErrorType.Union:
      return "Expected union value";
    case ValueErrorType.Void:
      return "Expected void";
    case ValueErrorType.Kind:
      return `Expected kind '${error.schema[Kind]}'`;
    default:
      return "Unknown error type";
  }
}
var errorFunction = DefaultErrorFunction;
function GetErrorFunction() {
  return errorFunction;
}

// node_modules/@sinclair/typebox/build/esm/value/deref/deref.mjs
var TypeDereferenceError = class extends TypeBoxError {
  constructor(schema) {
    super(`Unable to dereference schema with $id '${schema.$ref}'`), this.schema = schema;
  }
};
function Resolve(schema, references) {
  let target = references.find((target2) => target2.$id === schema.$ref);
  if (target === void 0)
    throw new TypeDereferenceError(schema);
  return Deref(target, references);
}
function Pushref(schema, references) {
  return !IsString(schema.$id) || references.some((target) => target.$id === schema.$id) || references.push(schema), references;
}
function Deref(schema, references) {
  return schema[Kind] === "This" || schema[Kind] === "Ref" ? Resolve(schema, references) : schema;
}

// node_modules/@sinclair/typebox/build/esm/value/hash/hash.mjs
var ValueHashError = class extends TypeBoxError {
  constructor(value) {
    super("Unable to hash value"), this.value = value;
  }
}, ByteMarker;
(function(ByteMarker2) {
  ByteMarker2[ByteMarker2.Undefined = 0] = "Undefined", ByteMarker2[ByteMarker2.Null = 1] = "Null", ByteMarker2[ByteMarker2.Boolean = 2] = "Boolean", ByteMarker2[ByteMarker2.Number = 3] = "Number", ByteMarker2[ByteMarker2.String = 4] = "String", ByteMarker2[ByteMarker2.Object = 5] = "Object", ByteMarker2[ByteMarker2.Array = 6] = "Array", ByteMarker2[ByteMarker2.Date = 7] = "Date", ByteMarker2[ByteMarker2.Uint8Array = 8] = "Uint8Array", ByteMarker2[ByteMarker2.Symbol = 9] = "Symbol", ByteMarker2[ByteMarker2.BigInt = 10] = "BigInt";
})(ByteMarker || (ByteMarker = {}));
var Accumulator = BigInt("14695981039346656037"), [Prime, Size] = [BigInt("1099511628211"), BigInt(
  "18446744073709551616"
  /* 2 ^ 64 */
)], Bytes = Array.from({ length: 256 }).map((_, i) => BigInt(i)), F64 = new Float64Array(1), F64In = new DataView(F64.buffer), F64Out = new Uint8Array(F64.buffer);
function* NumberToBytes(value) {
  let byteCount = value === 0 ? 1 : Math.ceil(Math.floor(Math.log2(value) + 1) / 8);
  for (let i = 0; i < byteCount; i++)
    yield value >> 8 * (byteCount - 1 - i) & 255;
}
function ArrayType(value) {
  FNV1A64(ByteMarker.Array);
  for (let item of value)
    Visit(item);
}
function BooleanType(value) {
  FNV1A64(ByteMarker.Boolean), FNV1A64(value ? 1 : 0);
}
function BigIntType(value) {
  FNV1A64(ByteMarker.BigInt), F64In.setBigInt64(0, value);
  for (let byte of F64Out)
    FNV1A64(byte);
}
function DateType(value) {
  FNV1A64(ByteMarker.Date), Visit(value.getTime());
}
function NullType(value) {
  FNV1A64(ByteMarker.Null);
}
function NumberType(value) {
  FNV1A64(ByteMarker.Number), F64In.setFloat64(0, value);
  for (let byte of F64Out)
    FNV1A64(byte);
}
function ObjectType(value) {
  FNV1A64(ByteMarker.Object);
  for (let key of globalThis.Object.getOwnPropertyNames(value).sort())
    Visit(key), Visit(value[key]);
}
function StringType(value) {
  FNV1A64(ByteMarker.String);
  for (let i = 0; i < value.length; i++)
    for (let byte of NumberToBytes(value.charCodeAt(i)))
      FNV1A64(byte);
}
function SymbolType(value) {
  FNV1A64(ByteMarker.Symbol), Visit(value.description);
}
function Uint8ArrayType(value) {
  FNV1A64(ByteMarker.Uint8Array);
  for (let i = 0; i < value.length; i++)
    FNV1A64(value[i]);
}
function UndefinedType(value) {
  return FNV1A64(ByteMarker.Undefined);
}
function Visit(value) {
  if (IsArray(value))
    return ArrayType(value);
  if (IsBoolean(value))
    return BooleanType(value);
  if (IsBigInt(value))
    return BigIntType(value);
  if (IsDate(value))
    return DateType(value);
  if (IsNull(value))
    return NullType(value);
  if (IsNumber(value))
    return NumberType(value);
  if (IsObject(value))
    return ObjectType(value);
  if (IsString(value))
    return StringType(value);
  if (IsSymbol(value))
    return SymbolType(value);
  if (IsUint8Array(value))
    return Uint8ArrayType(value);
  if (IsUndefined(value))
    return UndefinedType(value);
  throw new ValueHashError(value);
}
function FNV1A64(byte) {
  Accumulator = Accumulator ^ Bytes[byte], Accumulator = Accumulator * Prime % Size;
}
function Hash(value) {
  return Accumulator = BigInt("14695981039346656037"), Visit(value), Accumulator;
}

// node_modules/@sinclair/typebox/build/esm/value/check/check.mjs
var ValueCheckUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super("Unknown type"), this.schema = schema;
  }
};
function IsAnyOrUnknown(schema) {
  return schema[Kind] === "Any" || schema[Kind] === "Unknown";
}
function IsDefined(value) {
  return value !== void 0;
}
function FromAny(schema, references, value) {
  return !0;
}
function FromArgument(schema, references, value) {
  return !0;
}
function FromArray(schema, references, value) {
  if (!IsArray(value) || IsDefined(schema.minItems) && !(value.length >= schema.minItems) || IsDefined(schema.maxItems) && !(value.length <= schema.maxItems))
    return !1;
  for (let element of value)
    if (!Visit2(schema.items, references, element))
      return !1;
  if (schema.uniqueItems === !0 && !(function() {
    let set = /* @__PURE__ */ new Set();
    for (let element of value) {
      let hashed = Hash(element);
      if (set.has(hashed))
        return !1;
      set.add(hashed);
    }
    return !0;
  })())
    return !1;
  if (!(IsDefined(schema.contains) || IsNumber(schema.minContains) || IsNumber(schema.maxContains)))
    return !0;
  let containsSchema = IsDefined(schema.contains) ? schema.contains : Never(), containsCount = value.reduce((acc, value2) => Visit2(containsSchema, references, value2) ? acc + 1 : acc, 0);
  return !(containsCount === 0 || IsNumber(schema.minContains) && containsCount < schema.minContains || IsNumber(schema.maxContains) && containsCount > schema.maxContains);
}
function FromAsyncIterator(schema, references, value) {
  return IsAsyncIterator(value);
}
function FromBigInt(schema, references, value) {
  return !(!IsBigInt(value) || IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) || IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) || IsDefined(schema.maximum) && !(value <= schema.maximum) || IsDefined(schema.minimum) && !(value >= schema.minimum) || IsDefined(schema.multipleOf) && value % schema.multipleOf !== BigInt(0));
}
function FromBoolean(schema, references, value) {
  return IsBoolean(value);
}
function FromConstructor(schema, references, value) {
  return Visit2(schema.returns, references, value.prototype);
}
function FromDate(schema, references, value) {
  return !(!IsDate(value) || IsDefined(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp) || IsDefined(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp) || IsDefined(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp) || IsDefined(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp) || IsDefined(schema.multipleOfTimestamp) && value.getTime() % schema.multipleOfTimestamp !== 0);
}
function FromFunction(schema, references, value) {
  return IsFunction(value);
}
function FromImport(schema, references, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit2(target, [...references, ...definitions], value);
}
function FromInteger(schema, references, value) {
  return !(!IsInteger(value) || IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) || IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) || IsDefined(schema.maximum) && !(value <= schema.maximum) || IsDefined(schema.minimum) && !(value >= schema.minimum) || IsDefined(schema.multipleOf) && value % schema.multipleOf !== 0);
}
function FromIntersect(schema, references, value) {
  let check1 = schema.allOf.every((schema2) => Visit2(schema2, references, value));
  if (schema.unevaluatedProperties === !1) {
    let keyPattern = new RegExp(KeyOfPattern(schema)), check2 = Object.getOwnPropertyNames(value).every((key) => keyPattern.test(key));
    return check1 && check2;
  } else if (IsSchema(schema.unevaluatedProperties)) {
    let keyCheck = new RegExp(KeyOfPattern(schema)), check2 = Object.getOwnPropertyNames(value).every((key) => keyCheck.test(key) || Visit2(schema.unevaluatedProperties, references, value[key]));
    return check1 && check2;
  } else
    return check1;
}
function FromIterator(schema, references, value) {
  return IsIterator(value);
}
function FromLiteral(schema, references, value) {
  return value === schema.const;
}
function FromNever(schema, references, value) {
  return !1;
}
function FromNot(schema, references, value) {
  return !Visit2(schema.not, references, value);
}
function FromNull(schema, references, value) {
  return IsNull(value);
}
function FromNumber(schema, references, value) {
  return !(!TypeSystemPolicy.IsNumberLike(value) || IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) || IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) || IsDefined(schema.minimum) && !(value >= schema.minimum) || IsDefined(schema.maximum) && !(value <= schema.maximum) || IsDefined(schema.multipleOf) && value % schema.multipleOf !== 0);
}
function FromObject(schema, references, value) {
  if (!TypeSystemPolicy.IsObjectLike(value) || IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties) || IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties))
    return !1;
  let knownKeys = Object.getOwnPropertyNames(schema.properties);
  for (let knownKey of knownKeys) {
    let property = schema.properties[knownKey];
    if (schema.required && schema.required.includes(knownKey)) {
      if (!Visit2(property, references, value[knownKey]) || (ExtendsUndefinedCheck(property) || IsAnyOrUnknown(property)) && !(knownKey in value))
        return !1;
    } else if (TypeSystemPolicy.IsExactOptionalProperty(value, knownKey) && !Visit2(property, references, value[knownKey]))
      return !1;
  }
  if (schema.additionalProperties === !1) {
    let valueKeys = Object.getOwnPropertyNames(value);
    return schema.required && schema.required.length === knownKeys.length && valueKeys.length === knownKeys.length ? !0 : valueKeys.every((valueKey) => knownKeys.includes(valueKey));
  } else return typeof schema.additionalProperties == "object" ? Object.getOwnPropertyNames(value).every((key) => knownKeys.includes(key) || Visit2(schema.additionalProperties, references, value[key])) : !0;
}
function FromPromise(schema, references, value) {
  return IsPromise(value);
}
function FromRecord(schema, references, value) {
  if (!TypeSystemPolicy.IsRecordLike(value) || IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties) || IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties))
    return !1;
  let [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0], regex = new RegExp(patternKey), check1 = Object.entries(value).every(([key, value2]) => regex.test(key) ? Visit2(patternSchema, references, value2) : !0), check2 = typeof schema.additionalProperties == "object" ? Object.entries(value).every(([key, value2]) => regex.test(key) ? !0 : Visit2(schema.additionalProperties, references, value2)) : !0, check3 = schema.additionalProperties === !1 ? Object.getOwnPropertyNames(value).every((key) => regex.test(key)) : !0;
  return check1 && check2 && check3;
}
function FromRef(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromRegExp(schema, references, value) {
  let regex = new RegExp(schema.source, schema.flags);
  return IsDefined(schema.minLength) && !(value.length >= schema.minLength) || IsDefined(schema.maxLength) && !(value.length <= schema.maxLength) ? !1 : regex.test(value);
}
function FromString(schema, references, value) {
  return !IsString(value) || IsDefined(schema.minLength) && !(value.length >= schema.minLength) || IsDefined(schema.maxLength) && !(value.length <= schema.maxLength) || IsDefined(schema.pattern) && !new RegExp(schema.pattern).test(value) ? !1 : IsDefined(schema.format) ? format_exports.Has(schema.format) ? format_exports.Get(schema.format)(value) : !1 : !0;
}
function FromSymbol(schema, references, value) {
  return IsSymbol(value);
}
function FromTemplateLiteral(schema, references, value) {
  return IsString(value) && new RegExp(schema.pattern).test(value);
}
function FromThis(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromTuple(schema, references, value) {
  if (!IsArray(value) || schema.items === void 0 && value.length !== 0 || value.length !== schema.maxItems)
    return !1;
  if (!schema.items)
    return !0;
  for (let i = 0; i < schema.items.length; i++)
    if (!Visit2(schema.items[i], references, value[i]))
      return !1;
  return !0;
}
function FromUndefined(schema, references, value) {
  return IsUndefined(value);
}
function FromUnion(schema, references, value) {
  return schema.anyOf.some((inner) => Visit2(inner, references, value));
}
function FromUint8Array(schema, references, value) {
  return !(!IsUint8Array(value) || IsDefined(schema.maxByteLength) && !(value.length <= schema.maxByteLength) || IsDefined(schema.minByteLength) && !(value.length >= schema.minByteLength));
}
function FromUnknown(schema, references, value) {
  return !0;
}
function FromVoid(schema, references, value) {
  return TypeSystemPolicy.IsVoidLike(value);
}
function FromKind(schema, references, value) {
  return type_exports.Has(schema[Kind]) ? type_exports.Get(schema[Kind])(schema, value) : !1;
}
function Visit2(schema, references, value) {
  let references_ = IsDefined(schema.$id) ? Pushref(schema, references) : references, schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return FromAny(schema_, references_, value);
    case "Argument":
      return FromArgument(schema_, references_, value);
    case "Array":
      return FromArray(schema_, references_, value);
    case "AsyncIterator":
      return FromAsyncIterator(schema_, references_, value);
    case "BigInt":
      return FromBigInt(schema_, references_, value);
    case "Boolean":
      return FromBoolean(schema_, references_, value);
    case "Constructor":
      return FromConstructor(schema_, references_, value);
    case "Date":
      return FromDate(schema_, references_, value);
    case "Function":
      return FromFunction(schema_, references_, value);
    case "Import":
      return FromImport(schema_, references_, value);
    case "Integer":
      return FromInteger(schema_, references_, value);
    case "Intersect":
      return FromIntersect(schema_, references_, value);
    case "Iterator":
      return FromIterator(schema_, references_, value);
    case "Literal":
      return FromLiteral(schema_, references_, value);
    case "Never":
      return FromNever(schema_, references_, value);
    case "Not":
      return FromNot(schema_, references_, value);
    case "Null":
      return FromNull(schema_, references_, value);
    case "Number":
      return FromNumber(schema_, references_, value);
    case "Object":
      return FromObject(schema_, references_, value);
    case "Promise":
      return FromPromise(schema_, references_, value);
    case "Record":
      return FromRecord(schema_, references_, value);
    case "Ref":
      return FromRef(schema_, references_, value);
    case "RegExp":
      return FromRegExp(schema_, references_, value);
    case "String":
      return FromString(schema_, references_, value);
    case "Symbol":
      return FromSymbol(schema_, references_, value);
    case "TemplateLiteral":
      return FromTemplateLiteral(schema_, references_, value);
    case "This":
      return FromThis(schema_, references_, value);
    case "Tuple":
      return FromTuple(schema_, references_, value);
    case "Undefined":
      return FromUndefined(schema_, references_, value);
    case "Union":
      return FromUnion(schema_, references_, value);
    case "Uint8Array":
      return FromUint8Array(schema_, references_, value);
    case "Unknown":
      return FromUnknown(schema_, references_, value);
    case "Void":
      return FromVoid(schema_, references_, value);
    default:
      if (!type_exports.Has(schema_[Kind]))
        throw new ValueCheckUnknownTypeError(schema_);
      return FromKind(schema_, references_, value);
  }
}
function Check(...args) {
  return args.length === 3 ? Visit2(args[0], args[1], args[2]) : Visit2(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/errors/errors.mjs
var ValueErrorType;
(function(ValueErrorType2) {
  ValueErrorType2[ValueErrorType2.ArrayContains = 0] = "ArrayContains", ValueErrorType2[ValueErrorType2.ArrayMaxContains = 1] = "ArrayMaxContains", ValueErrorType2[ValueErrorType2.ArrayMaxItems = 2] = "ArrayMaxItems", ValueErrorType2[ValueErrorType2.ArrayMinContains = 3] = "ArrayMinContains", ValueErrorType2[ValueErrorType2.ArrayMinItems = 4] = "ArrayMinItems", ValueErrorType2[ValueErrorType2.ArrayUniqueItems = 5] = "ArrayUniqueItems", ValueErrorType2[ValueErrorType2.Array = 6] = "Array", ValueErrorType2[ValueErrorType2.AsyncIterator = 7] = "AsyncIterator", ValueErrorType2[ValueErrorType2.BigIntExclusiveMaximum = 8] = "BigIntExclusiveMaximum", ValueErrorType2[ValueErrorType2.BigIntExclusiveMinimum = 9] = "BigIntExclusiveMinimum", ValueErrorType2[ValueErrorType2.BigIntMaximum = 10] = "BigIntMaximum", ValueErrorType2[ValueErrorType2.BigIntMinimum = 11] = "BigIntMinimum", ValueErrorType2[ValueErrorType2.BigIntMultipleOf = 12] = "BigIntMultipleOf", ValueErrorType2[ValueErrorType2.BigInt = 13] = "BigInt", ValueErrorType2[ValueErrorType2.Boolean = 14] = "Boolean", ValueErrorType2[ValueErrorType2.DateExclusiveMaximumTimestamp = 15] = "DateExclusiveMaximumTimestamp", ValueErrorType2[ValueErrorType2.DateExclusiveMinimumTimestamp = 16] = "DateExclusiveMinimumTimestamp", ValueErrorType2[ValueErrorType2.DateMaximumTimestamp = 17] = "DateMaximumTimestamp", ValueErrorType2[ValueErrorType2.DateMinimumTimestamp = 18] = "DateMinimumTimestamp", ValueErrorType2[ValueErrorType2.DateMultipleOfTimestamp = 19] = "DateMultipleOfTimestamp", ValueErrorType2[ValueErrorType2.Date = 20] = "Date", ValueErrorType2[ValueErrorType2.Function = 21] = "Function", ValueErrorType2[ValueErrorType2.IntegerExclusiveMaximum = 22] = "IntegerExclusiveMaximum", ValueErrorType2[ValueErrorType2.IntegerExclusiveMinimum = 23] = "IntegerExclusiveMinimum", ValueErrorType2[ValueErrorType2.IntegerMaximum = 24] = "IntegerMaximum", ValueErrorType2[ValueErrorType2.IntegerMinimum = 25] = "IntegerMinimum", ValueErrorType2[ValueErrorType2.IntegerMultipleOf = 26] = "IntegerMultipleOf", ValueErrorType2[ValueErrorType2.Integer = 27] = "Integer", ValueErrorType2[ValueErrorType2.IntersectUnevaluatedProperties = 28] = "IntersectUnevaluatedProperties", ValueErrorType2[ValueErrorType2.Intersect = 29] = "Intersect", ValueErrorType2[ValueErrorType2.Iterator = 30] = "Iterator", ValueErrorType2[ValueErrorType2.Kind = 31] = "Kind", ValueErrorType2[ValueErrorType2.Literal = 32] = "Literal", ValueErrorType2[ValueErrorType2.Never = 33] = "Never", ValueErrorType2[ValueErrorType2.Not = 34] = "Not", ValueErrorType2[ValueErrorType2.Null = 35] = "Null", ValueErrorType2[ValueErrorType2.NumberExclusiveMaximum = 36] = "NumberExclusiveMaximum", ValueErrorType2[ValueErrorType2.NumberExclusiveMinimum = 37] = "NumberExclusiveMinimum", ValueErrorType2[ValueErrorType2.NumberMaximum = 38] = "NumberMaximum", ValueErrorType2[ValueErrorType2.NumberMinimum = 39] = "NumberMinimum", ValueErrorType2[ValueErrorType2.NumberMultipleOf = 40] = "NumberMultipleOf", ValueErrorType2[ValueErrorType2.Number = 41] = "Number", ValueErrorType2[ValueErrorType2.ObjectAdditionalProperties = 42] = "ObjectAdditionalProperties", ValueErrorType2[ValueErrorType2.ObjectMaxProperties = 43] = "ObjectMaxProperties", ValueErrorType2[ValueErrorType2.ObjectMinProperties = 44] = "ObjectMinProperties", ValueErrorType2[ValueErrorType2.ObjectRequiredProperty = 45] = "ObjectRequiredProperty", ValueErrorType2[ValueErrorType2.Object = 46] = "Object", ValueErrorType2[ValueErrorType2.Promise = 47] = "Promise", ValueErrorType2[ValueErrorType2.RegExp = 48] = "RegExp", ValueErrorType2[ValueErrorType2.StringFormatUnknown = 49] = "StringFormatUnknown", ValueErrorType2[ValueErrorType2.StringFormat = 50] = "StringFormat", ValueErrorType2[ValueErrorType2.StringMaxLength = 51] = "StringMaxLength", ValueErrorType2[ValueErrorType2.StringMinLength = 52] = "StringMinLength", ValueErrorType2[ValueErrorType2.StringPattern = 53] = "StringPattern", ValueErrorType2[ValueErrorType2.String = 54] = "String", ValueErrorType2[ValueErrorType2.Symbol = 55] = "Symbol", ValueErrorType2[ValueErrorType2.TupleLength = 56] = "TupleLength", ValueErrorType2[ValueErrorType2.Tuple = 57] = "Tuple", ValueErrorType2[ValueErrorType2.Uint8ArrayMaxByteLength = 58] = "Uint8ArrayMaxByteLength", ValueErrorType2[ValueErrorType2.Uint8ArrayMinByteLength = 59] = "Uint8ArrayMinByteLength", ValueErrorType2[ValueErrorType2.Uint8Array = 60] = "Uint8Array", ValueErrorType2[ValueErrorType2.Undefined = 61] = "Undefined", ValueErrorType2[ValueErrorType2.Union = 62] = "Union", ValueErrorType2[ValueErrorType2.Void = 63] = "Void";
})(ValueErrorType || (ValueErrorType = {}));
var ValueErrorsUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super("Unknown type"), this.schema = schema;
  }
};
function EscapeKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function IsDefined2(value) {
  return value !== void 0;
}
var ValueErrorIterator = class {
  constructor(iterator) {
    this.iterator = iterator;
  }
  [Symbol.iterator]() {
    return this.iterator;
  }
  /** Returns the first value error or undefined if no errors */
  First() {
    let next = this.iterator.next();
    return next.done ? void 0 : next.value;
  }
};
function Create(errorType, schema, path2, value, errors = []) {
  return {
    type: errorType,
    schema,
    path: path2,
    value,
    message: GetErrorFunction()({ errorType, path: path2, schema, value, errors }),
    errors
  };
}
function* FromAny2(schema, references, path2, value) {
}
function* FromArgument2(schema, references, path2, value) {
}
function* FromArray2(schema, references, path2, value) {
  if (!IsArray(value))
    return yield Create(ValueErrorType.Array, schema, path2, value);
  IsDefined2(schema.minItems) && !(value.length >= schema.minItems) && (yield Create(ValueErrorType.ArrayMinItems, schema, path2, value)), IsDefined2(schema.maxItems) && !(value.length <= schema.maxItems) && (yield Create(ValueErrorType.ArrayMaxItems, schema, path2, value));
  for (let i = 0; i < value.length; i++)
    yield* Visit3(schema.items, references, `${path2}/${i}`, value[i]);
  if (schema.uniqueItems === !0 && !(function() {
    let set = /* @__PURE__ */ new Set();
    for (let element of value) {
      let hashed = Hash(element);
      if (set.has(hashed))
        return !1;
      set.add(hashed);
    }
    return !0;
  })() && (yield Create(ValueErrorType.ArrayUniqueItems, schema, path2, value)), !(IsDefined2(schema.contains) || IsDefined2(schema.minContains) || IsDefined2(schema.maxContains)))
    return;
  let containsSchema = IsDefined2(schema.contains) ? schema.contains : Never(), containsCount = value.reduce((acc, value2, index) => Visit3(containsSchema, references, `${path2}${index}`, value2).next().done === !0 ? acc + 1 : acc, 0);
  containsCount === 0 && (yield Create(ValueErrorType.ArrayContains, schema, path2, value)), IsNumber(schema.minContains) && containsCount < schema.minContains && (yield Create(ValueErrorType.ArrayMinContains, schema, path2, value)), IsNumber(schema.maxContains) && containsCount > schema.maxContains && (yield Create(ValueErrorType.ArrayMaxContains, schema, path2, value));
}
function* FromAsyncIterator2(schema, references, path2, value) {
  IsAsyncIterator(value) || (yield Create(ValueErrorType.AsyncIterator, schema, path2, value));
}
function* FromBigInt2(schema, references, path2, value) {
  if (!IsBigInt(value))
    return yield Create(ValueErrorType.BigInt, schema, path2, value);
  IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) && (yield Create(ValueErrorType.BigIntExclusiveMaximum, schema, path2, value)), IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) && (yield Create(ValueErrorType.BigIntExclusiveMinimum, schema, path2, value)), IsDefined2(schema.maximum) && !(value <= schema.maximum) && (yield Create(ValueErrorType.BigIntMaximum, schema, path2, value)), IsDefined2(schema.minimum) && !(value >= schema.minimum) && (yield Create(ValueErrorType.BigIntMinimum, schema, path2, value)), IsDefined2(schema.multipleOf) && value % schema.multipleOf !== BigInt(0) && (yield Create(ValueErrorType.BigIntMultipleOf, schema, path2, value));
}
function* FromBoolean2(schema, references, path2, value) {
  IsBoolean(value) || (yield Create(ValueErrorType.Boolean, schema, path2, value));
}
function* FromConstructor2(schema, references, path2, value) {
  yield* Visit3(schema.returns, references, path2, value.prototype);
}
function* FromDate2(schema, references, path2, value) {
  if (!IsDate(value))
    return yield Create(ValueErrorType.Date, schema, path2, value);
  IsDefined2(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp) && (yield Create(ValueErrorType.DateExclusiveMaximumTimestamp, schema, path2, value)), IsDefined2(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp) && (yield Create(ValueErrorType.DateExclusiveMinimumTimestamp, schema, path2, value)), IsDefined2(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp) && (yield Create(ValueErrorType.DateMaximumTimestamp, schema, path2, value)), IsDefined2(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp) && (yield Create(ValueErrorType.DateMinimumTimestamp, schema, path2, value)), IsDefined2(schema.multipleOfTimestamp) && value.getTime() % schema.multipleOfTimestamp !== 0 && (yield Create(ValueErrorType.DateMultipleOfTimestamp, schema, path2, value));
}
function* FromFunction2(schema, references, path2, value) {
  IsFunction(value) || (yield Create(ValueErrorType.Function, schema, path2, value));
}
function* FromImport2(schema, references, path2, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  yield* Visit3(target, [...references, ...definitions], path2, value);
}
function* FromInteger2(schema, references, path2, value) {
  if (!IsInteger(value))
    return yield Create(ValueErrorType.Integer, schema, path2, value);
  IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) && (yield Create(ValueErrorType.IntegerExclusiveMaximum, schema, path2, value)), IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) && (yield Create(ValueErrorType.IntegerExclusiveMinimum, schema, path2, value)), IsDefined2(schema.maximum) && !(value <= schema.maximum) && (yield Create(ValueErrorType.IntegerMaximum, schema, path2, value)), IsDefined2(schema.minimum) && !(value >= schema.minimum) && (yield Create(ValueErrorType.IntegerMinimum, schema, path2, value)), IsDefined2(schema.multipleOf) && value % schema.multipleOf !== 0 && (yield Create(ValueErrorType.IntegerMultipleOf, schema, path2, value));
}
function* FromIntersect2(schema, references, path2, value) {
  let hasError = !1;
  for (let inner of schema.allOf)
    for (let error of Visit3(inner, references, path2, value))
      hasError = !0, yield error;
  if (hasError)
    return yield Create(ValueErrorType.Intersect, schema, path2, value);
  if (schema.unevaluatedProperties === !1) {
    let keyCheck = new RegExp(KeyOfPattern(schema));
    for (let valueKey of Object.getOwnPropertyNames(value))
      keyCheck.test(valueKey) || (yield Create(ValueErrorType.IntersectUnevaluatedProperties, schema, `${path2}/${valueKey}`, value));
  }
  if (typeof schema.unevaluatedProperties == "object") {
    let keyCheck = new RegExp(KeyOfPattern(schema));
    for (let valueKey of Object.getOwnPropertyNames(value))
      if (!keyCheck.test(valueKey)) {
        let next = Visit3(schema.unevaluatedProperties, references, `${path2}/${valueKey}`, value[valueKey]).next();
        next.done || (yield next.value);
      }
  }
}
function* FromIterator2(schema, references, path2, value) {
  IsIterator(value) || (yield Create(ValueErrorType.Iterator, schema, path2, value));
}
function* FromLiteral2(schema, references, path2, value) {
  value !== schema.const && (yield Create(ValueErrorType.Literal, schema, path2, value));
}
function* FromNever2(schema, references, path2, value) {
  yield Create(ValueErrorType.Never, schema, path2, value);
}
function* FromNot2(schema, references, path2, value) {
  Visit3(schema.not, references, path2, value).next().done === !0 && (yield Create(ValueErrorType.Not, schema, path2, value));
}
function* FromNull2(schema, references, path2, value) {
  IsNull(value) || (yield Create(ValueErrorType.Null, schema, path2, value));
}
function* FromNumber2(schema, references, path2, value) {
  if (!TypeSystemPolicy.IsNumberLike(value))
    return yield Create(ValueErrorType.Number, schema, path2, value);
  IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum) && (yield Create(ValueErrorType.NumberExclusiveMaximum, schema, path2, value)), IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum) && (yield Create(ValueErrorType.NumberExclusiveMinimum, schema, path2, value)), IsDefined2(schema.maximum) && !(value <= schema.maximum) && (yield Create(ValueErrorType.NumberMaximum, schema, path2, value)), IsDefined2(schema.minimum) && !(value >= schema.minimum) && (yield Create(ValueErrorType.NumberMinimum, schema, path2, value)), IsDefined2(schema.multipleOf) && value % schema.multipleOf !== 0 && (yield Create(ValueErrorType.NumberMultipleOf, schema, path2, value));
}
function* FromObject2(schema, references, path2, value) {
  if (!TypeSystemPolicy.IsObjectLike(value))
    return yield Create(ValueErrorType.Object, schema, path2, value);
  IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties) && (yield Create(ValueErrorType.ObjectMinProperties, schema, path2, value)), IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties) && (yield Create(ValueErrorType.ObjectMaxProperties, schema, path2, value));
  let requiredKeys = Array.isArray(schema.required) ? schema.required : [], knownKeys = Object.getOwnPropertyNames(schema.properties), unknownKeys = Object.getOwnPropertyNames(value);
  for (let requiredKey of requiredKeys)
    unknownKeys.includes(requiredKey) || (yield Create(ValueErrorType.ObjectRequiredProperty, schema.properties[requiredKey], `${path2}/${EscapeKey(requiredKey)}`, void 0));
  if (schema.additionalProperties === !1)
    for (let valueKey of unknownKeys)
      knownKeys.includes(valueKey) || (yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path2}/${EscapeKey(valueKey)}`, value[valueKey]));
  if (typeof schema.additionalProperties == "object")
    for (let valueKey of unknownKeys)
      knownKeys.includes(valueKey) || (yield* Visit3(schema.additionalProperties, references, `${path2}/${EscapeKey(valueKey)}`, value[valueKey]));
  for (let knownKey of knownKeys) {
    let property = schema.properties[knownKey];
    schema.required && schema.required.includes(knownKey) ? (yield* Visit3(property, references, `${path2}/${EscapeKey(knownKey)}`, value[knownKey]), ExtendsUndefinedCheck(schema) && !(knownKey in value) && (yield Create(ValueErrorType.ObjectRequiredProperty, property, `${path2}/${EscapeKey(knownKey)}`, void 0))) : TypeSystemPolicy.IsExactOptionalProperty(value, knownKey) && (yield* Visit3(property, references, `${path2}/${EscapeKey(knownKey)}`, value[knownKey]));
  }
}
function* FromPromise2(schema, references, path2, value) {
  IsPromise(value) || (yield Create(ValueErrorType.Promise, schema, path2, value));
}
function* FromRecord2(schema, references, path2, value) {
  if (!TypeSystemPolicy.IsRecordLike(value))
    return yield Create(ValueErrorType.Object, schema, path2, value);
  IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties) && (yield Create(ValueErrorType.ObjectMinProperties, schema, path2, value)), IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties) && (yield Create(ValueErrorType.ObjectMaxProperties, schema, path2, value));
  let [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0], regex = new RegExp(patternKey);
  for (let [propertyKey, propertyValue] of Object.entries(value))
    regex.test(propertyKey) && (yield* Visit3(patternSchema, references, `${path2}/${EscapeKey(propertyKey)}`, propertyValue));
  if (typeof schema.additionalProperties == "object")
    for (let [propertyKey, propertyValue] of Object.entries(value))
      regex.test(propertyKey) || (yield* Visit3(schema.additionalProperties, references, `${path2}/${EscapeKey(propertyKey)}`, propertyValue));
  if (schema.additionalProperties === !1) {
    for (let [propertyKey, propertyValue] of Object.entries(value))
      if (!regex.test(propertyKey))
        return yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path2}/${EscapeKey(propertyKey)}`, propertyValue);
  }
}
function* FromRef2(schema, references, path2, value) {
  yield* Visit3(Deref(schema, references), references, path2, value);
}
function* FromRegExp2(schema, references, path2, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path2, value);
  if (IsDefined2(schema.minLength) && !(value.length >= schema.minLength) && (yield Create(ValueErrorType.StringMinLength, schema, path2, value)), IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength) && (yield Create(ValueErrorType.StringMaxLength, schema, path2, value)), !new RegExp(schema.source, schema.flags).test(value))
    return yield Create(ValueErrorType.RegExp, schema, path2, value);
}
function* FromString2(schema, references, path2, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path2, value);
  IsDefined2(schema.minLength) && !(value.length >= schema.minLength) && (yield Create(ValueErrorType.StringMinLength, schema, path2, value)), IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength) && (yield Create(ValueErrorType.StringMaxLength, schema, path2, value)), IsString(schema.pattern) && (new RegExp(schema.pattern).test(value) || (yield Create(ValueErrorType.StringPattern, schema, path2, value))), IsString(schema.format) && (format_exports.Has(schema.format) ? format_exports.Get(schema.format)(value) || (yield Create(ValueErrorType.StringFormat, schema, path2, value)) : yield Create(ValueErrorType.StringFormatUnknown, schema, path2, value));
}
function* FromSymbol2(schema, references, path2, value) {
  IsSymbol(value) || (yield Create(ValueErrorType.Symbol, schema, path2, value));
}
function* FromTemplateLiteral2(schema, references, path2, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path2, value);
  new RegExp(schema.pattern).test(value) || (yield Create(ValueErrorType.StringPattern, schema, path2, value));
}
function* FromThis2(schema, references, path2, value) {
  yield* Visit3(Deref(schema, references), references, path2, value);
}
function* FromTuple2(schema, references, path2, value) {
  if (!IsArray(value))
    return yield Create(ValueErrorType.Tuple, schema, path2, value);
  if (schema.items === void 0 && value.length !== 0)
    return yield Create(ValueErrorType.TupleLength, schema, path2, value);
  if (value.length !== schema.maxItems)
    return yield Create(ValueErrorType.TupleLength, schema, path2, value);
  if (schema.items)
    for (let i = 0; i < schema.items.length; i++)
      yield* Visit3(schema.items[i], references, `${path2}/${i}`, value[i]);
}
function* FromUndefined2(schema, references, path2, value) {
  IsUndefined(value) || (yield Create(ValueErrorType.Undefined, schema, path2, value));
}
function* FromUnion2(schema, references, path2, value) {
  if (Check(schema, references, value))
    return;
  let errors = schema.anyOf.map((variant) => new ValueErrorIterator(Visit3(variant, references, path2, value)));
  yield Create(ValueErrorType.Union, schema, path2, value, errors);
}
function* FromUint8Array2(schema, references, path2, value) {
  if (!IsUint8Array(value))
    return yield Create(ValueErrorType.Uint8Array, schema, path2, value);
  IsDefined2(schema.maxByteLength) && !(value.length <= schema.maxByteLength) && (yield Create(ValueErrorType.Uint8ArrayMaxByteLength, schema, path2, value)), IsDefined2(schema.minByteLength) && !(value.length >= schema.minByteLength) && (yield Create(ValueErrorType.Uint8ArrayMinByteLength, schema, path2, value));
}
function* FromUnknown2(schema, references, path2, value) {
}
function* FromVoid2(schema, references, path2, value) {
  TypeSystemPolicy.IsVoidLike(value) || (yield Create(ValueErrorType.Void, schema, path2, value));
}
function* FromKind2(schema, references, path2, value) {
  type_exports.Get(schema[Kind])(schema, value) || (yield Create(ValueErrorType.Kind, schema, path2, value));
}
function* Visit3(schema, references, path2, value) {
  let references_ = IsDefined2(schema.$id) ? [...references, schema] : references, schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return yield* FromAny2(schema_, references_, path2, value);
    case "Argument":
      return yield* FromArgument2(schema_, references_, path2, value);
    case "Array":
      return yield* FromArray2(schema_, references_, path2, value);
    case "AsyncIterator":
      return yield* FromAsyncIterator2(schema_, references_, path2, value);
    case "BigInt":
      return yield* FromBigInt2(schema_, references_, path2, value);
    case "Boolean":
      return yield* FromBoolean2(schema_, references_, path2, value);
    case "Constructor":
      return yield* FromConstructor2(schema_, references_, path2, value);
    case "Date":
      return yield* FromDate2(schema_, references_, path2, value);
    case "Function":
      return yield* FromFunction2(schema_, references_, path2, value);
    case "Import":
      return yield* FromImport2(schema_, references_, path2, value);
    case "Integer":
      return yield* FromInteger2(schema_, references_, path2, value);
    case "Intersect":
      return yield* FromIntersect2(schema_, references_, path2, value);
    case "Iterator":
      return yield* FromIterator2(schema_, references_, path2, value);
    case "Literal":
      return yield* FromLiteral2(schema_, references_, path2, value);
    case "Never":
      return yield* FromNever2(schema_, references_, path2, value);
    case "Not":
      return yield* FromNot2(schema_, references_, path2, value);
    case "Null":
      return yield* FromNull2(schema_, references_, path2, value);
    case "Number":
      return yield* FromNumber2(schema_, references_, path2, value);
    case "Object":
      return yield* FromObject2(schema_, references_, path2, value);
    case "Promise":
      return yield* FromPromise2(schema_, references_, path2, value);
    case "Record":
      return yield* FromRecord2(schema_, references_, path2, value);
    case "Ref":
      return yield* FromRef2(schema_, references_, path2, value);
    case "RegExp":
      return yield* FromRegExp2(schema_, references_, path2, value);
    case "String":
      return yield* FromString2(schema_, references_, path2, value);
    case "Symbol":
      return yield* FromSymbol2(schema_, references_, path2, value);
    case "TemplateLiteral":
      return yield* FromTemplateLiteral2(schema_, references_, path2, value);
    case "This":
      return yield* FromThis2(schema_, references_, path2, value);
    case "Tuple":
      return yield* FromTuple2(schema_, references_, path2, value);
    case "Undefined":
      return yield* FromUndefined2(schema_, references_, path2, value);
    case "Union":
      return yield* FromUnion2(schema_, references_, path2, value);
    case "Uint8Array":
      return yield* FromUint8Array2(schema_, references_, path2, value);
    case "Unknown":
      return yield* FromUnknown2(schema_, references_, path2, value);
    case "Void":
      return yield* FromVoid2(schema_, references_, path2, value);
    default:
      if (!type_exports.Has(schema_[Kind]))
        throw new ValueErrorsUnknownTypeError(schema);
      return yield* FromKind2(schema_, references_, path2, value);
  }
}
function Errors(...args) {
  let iterator = args.length === 3 ? Visit3(args[0], args[1], "", args[2]) : Visit3(args[0], [], "", args[1]);
  return new ValueErrorIterator(iterator);
}

// node_modules/@sinclair/typebox/build/esm/value/assert/assert.mjs
var __classPrivateFieldSet = function(receiver, state, value, kind2, f) {
  if (kind2 === "m") throw new TypeError("Private method is not writable");
  if (kind2 === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state == "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind2 === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}, __classPrivateFieldGet = function(receiver, state, kind2, f) {
  if (kind2 === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state == "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind2 === "m" ? f : kind2 === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}, _AssertError_instances, _AssertError_iterator, _AssertError_Iterator, AssertError = class extends TypeBoxError {
  constructor(iterator) {
    let error = iterator.First();
    super(error === void 0 ? "Invalid Value" : error.message), _AssertError_instances.add(this), _AssertError_iterator.set(this, void 0), __classPrivateFieldSet(this, _AssertError_iterator, iterator, "f"), this.error = error;
  }
  /** Returns an iterator for each error in this value. */
  Errors() {
    return new ValueErrorIterator(__classPrivateFieldGet(this, _AssertError_instances, "m", _AssertError_Iterator).call(this));
  }
};
_AssertError_iterator = /* @__PURE__ */ new WeakMap(), _AssertError_instances = /* @__PURE__ */ new WeakSet(), _AssertError_Iterator = function* () {
  this.error && (yield this.error), yield* __classPrivateFieldGet(this, _AssertError_iterator, "f");
};
function AssertValue(schema, references, value) {
  if (!Check(schema, references, value))
    throw new AssertError(Errors(schema, references, value));
}
function Assert(...args) {
  return args.length === 3 ? AssertValue(args[0], args[1], args[2]) : AssertValue(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/clone/clone.mjs
function FromObject3(value) {
  let Acc = {};
  for (let key of Object.getOwnPropertyNames(value))
    Acc[key] = Clone(value[key]);
  for (let key of Object.getOwnPropertySymbols(value))
    Acc[key] = Clone(value[key]);
  return Acc;
}
function FromArray3(value) {
  return value.map((element) => Clone(element));
}
function FromTypedArray(value) {
  return value.slice();
}
function FromMap(value) {
  return new Map(Clone([...value.entries()]));
}
function FromSet(value) {
  return new Set(Clone([...value.entries()]));
}
function FromDate3(value) {
  return new Date(value.toISOString());
}
function Clone(value) {
  if (IsArray(value))
    return FromArray3(value);
  if (IsDate(value))
    return FromDate3(value);
  if (IsTypedArray(value))
    return FromTypedArray(value);
  if (IsMap(value))
    return FromMap(value);
  if (IsSet(value))
    return FromSet(value);
  if (IsObject(value))
    return FromObject3(value);
  if (IsValueType(value))
    return value;
  throw new Error("ValueClone: Unable to clone value");
}

// node_modules/@sinclair/typebox/build/esm/value/create/create.mjs
var ValueCreateError = class extends TypeBoxError {
  constructor(schema, message) {
    super(message), this.schema = schema;
  }
};
function FromDefault(value) {
  return IsFunction(value) ? value() : Clone(value);
}
function FromAny3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : {};
}
function FromArgument3(schema, references) {
  return {};
}
function FromArray4(schema, references) {
  if (schema.uniqueItems === !0 && !HasPropertyKey(schema, "default"))
    throw new ValueCreateError(schema, "Array with the uniqueItems constraint requires a default value");
  if ("contains" in schema && !HasPropertyKey(schema, "default"))
    throw new ValueCreateError(schema, "Array with the contains constraint requires a default value");
  return "default" in schema ? FromDefault(schema.default) : schema.minItems !== void 0 ? Array.from({ length: schema.minItems }).map((item) => Visit4(schema.items, references)) : [];
}
function FromAsyncIterator3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : (async function* () {
  })();
}
function FromBigInt3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : BigInt(0);
}
function FromBoolean3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : !1;
}
function FromConstructor3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  {
    let value = Visit4(schema.returns, references);
    return typeof value == "object" && !Array.isArray(value) ? class {
      constructor() {
        for (let [key, val] of Object.entries(value)) {
          let self = this;
          self[key] = val;
        }
      }
    } : class {
    };
  }
}
function FromDate4(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.minimumTimestamp !== void 0 ? new Date(schema.minimumTimestamp) : /* @__PURE__ */ new Date();
}
function FromFunction3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : () => Visit4(schema.returns, references);
}
function FromImport3(schema, references) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit4(target, [...references, ...definitions]);
}
function FromInteger3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.minimum !== void 0 ? schema.minimum : 0;
}
function FromIntersect3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  {
    let value = schema.allOf.reduce((acc, schema2) => {
      let next = Visit4(schema2, references);
      return typeof next == "object" ? { ...acc, ...next } : next;
    }, {});
    if (!Check(schema, references, value))
      throw new ValueCreateError(schema, "Intersect produced invalid value. Consider using a default value.");
    return value;
  }
}
function FromIterator3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : (function* () {
  })();
}
function FromLiteral3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.const;
}
function FromNever3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  throw new ValueCreateError(schema, "Never types cannot be created. Consider using a default value.");
}
function FromNot3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  throw new ValueCreateError(schema, "Not types must have a default value");
}
function FromNull3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : null;
}
function FromNumber3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.minimum !== void 0 ? schema.minimum : 0;
}
function FromObject4(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  {
    let required = new Set(schema.required), Acc = {};
    for (let [key, subschema] of Object.entries(schema.properties))
      required.has(key) && (Acc[key] = Visit4(subschema, references));
    return Acc;
  }
}
function FromPromise3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : Promise.resolve(Visit4(schema.item, references));
}
function FromRecord3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : {};
}
function FromRef3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : Visit4(Deref(schema, references), references);
}
function FromRegExp3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  throw new ValueCreateError(schema, "RegExp types cannot be created. Consider using a default value.");
}
function FromString3(schema, references) {
  if (schema.pattern !== void 0) {
    if (HasPropertyKey(schema, "default"))
      return FromDefault(schema.default);
    throw new ValueCreateError(schema, "String types with patterns must specify a default value");
  } else if (schema.format !== void 0) {
    if (HasPropertyKey(schema, "default"))
      return FromDefault(schema.default);
    throw new ValueCreateError(schema, "String types with formats must specify a default value");
  } else
    return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.minLength !== void 0 ? Array.from({ length: schema.minLength }).map(() => " ").join("") : "";
}
function FromSymbol3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : "value" in schema ? Symbol.for(schema.value) : /* @__PURE__ */ Symbol();
}
function FromTemplateLiteral3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  if (!IsTemplateLiteralFinite(schema))
    throw new ValueCreateError(schema, "Can only create template literals that produce a finite variants. Consider using a default value.");
  return TemplateLiteralGenerate(schema)[0];
}
function FromThis3(schema, references) {
  if (recursiveDepth++ > recursiveMaxDepth)
    throw new ValueCreateError(schema, "Cannot create recursive type as it appears possibly infinite. Consider using a default.");
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : Visit4(Deref(schema, references), references);
}
function FromTuple3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.items === void 0 ? [] : Array.from({ length: schema.minItems }).map((_, index) => Visit4(schema.items[index], references));
}
function FromUndefined3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
}
function FromUnion3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  if (schema.anyOf.length === 0)
    throw new Error("ValueCreate.Union: Cannot create Union with zero variants");
  return Visit4(schema.anyOf[0], references);
}
function FromUint8Array3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : schema.minByteLength !== void 0 ? new Uint8Array(schema.minByteLength) : new Uint8Array(0);
}
function FromUnknown3(schema, references) {
  return HasPropertyKey(schema, "default") ? FromDefault(schema.default) : {};
}
function FromVoid3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
}
function FromKind3(schema, references) {
  if (HasPropertyKey(schema, "default"))
    return FromDefault(schema.default);
  throw new Error("User defined types must specify a default value");
}
function Visit4(schema, references) {
  let references_ = Pushref(schema, references), schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return FromAny3(schema_, references_);
    case "Argument":
      return FromArgument3(schema_, references_);
    case "Array":
      return FromArray4(schema_, references_);
    case "AsyncIterator":
      return FromAsyncIterator3(schema_, references_);
    case "BigInt":
      return FromBigInt3(schema_, references_);
    case "Boolean":
      return FromBoolean3(schema_, references_);
    case "Constructor":
      return FromConstructor3(schema_, references_);
    case "Date":
      return FromDate4(schema_, references_);
    case "Function":
      return FromFunction3(schema_, references_);
    case "Import":
      return FromImport3(schema_, references_);
    case "Integer":
      return FromInteger3(schema_, references_);
    case "Intersect":
      return FromIntersect3(schema_, references_);
    case "Iterator":
      return FromIterator3(schema_, references_);
    case "Literal":
      return FromLiteral3(schema_, references_);
    case "Never":
      return FromNever3(schema_, references_);
    case "Not":
      return FromNot3(schema_, references_);
    case "Null":
      return FromNull3(schema_, references_);
    case "Number":
      return FromNumber3(schema_, references_);
    case "Object":
      return FromObject4(schema_, references_);
    case "Promise":
      return FromPromise3(schema_, references_);
    case "Record":
      return FromRecord3(schema_, references_);
    case "Ref":
      return FromRef3(schema_, references_);
    case "RegExp":
      return FromRegExp3(schema_, references_);
    case "String":
      return FromString3(schema_, references_);
    case "Symbol":
      return FromSymbol3(schema_, references_);
    case "TemplateLiteral":
      return FromTemplateLiteral3(schema_, references_);
    case "This":
      return FromThis3(schema_, references_);
    case "Tuple":
      return FromTuple3(schema_, references_);
    case "Undefined":
      return FromUndefined3(schema_, references_);
    case "Union":
      return FromUnion3(schema_, references_);
    case "Uint8Array":
      return FromUint8Array3(schema_, references_);
    case "Unknown":
      return FromUnknown3(schema_, references_);
    case "Void":
      return FromVoid3(schema_, references_);
    default:
      if (!type_exports.Has(schema_[Kind]))
        throw new ValueCreateError(schema_, "Unknown type");
      return FromKind3(schema_, references_);
  }
}
var recursiveMaxDepth = 512, recursiveDepth = 0;
function Create2(...args) {
  return recursiveDepth = 0, args.length === 2 ? Visit4(args[0], args[1]) : Visit4(args[0], []);
}

// node_modules/@sinclair/typebox/build/esm/value/cast/cast.mjs
var ValueCastError = class extends TypeBoxError {
  constructor(schema, message) {
    super(message), this.schema = schema;
  }
};
function ScoreUnion(schema, references, value) {
  if (schema[Kind] === "Object" && typeof value == "object" && !IsNull(value)) {
    let object = schema, keys = Object.getOwnPropertyNames(value);
    return Object.entries(object.properties).reduce((acc, [key, schema2]) => {
      let literal = schema2[Kind] === "Literal" && schema2.const === value[key] ? 100 : 0, checks = Check(schema2, references, value[key]) ? 10 : 0, exists = keys.includes(key) ? 1 : 0;
      return acc + (literal + checks + exists);
    }, 0);
  } else if (schema[Kind] === "Union") {
    let scores = schema.anyOf.map((schema2) => Deref(schema2, references)).map((schema2) => ScoreUnion(schema2, references, value));
    return Math.max(...scores);
  } else
    return Check(schema, references, value) ? 1 : 0;
}
function SelectUnion(union, references, value) {
  let schemas = union.anyOf.map((schema) => Deref(schema, references)), [select, best] = [schemas[0], 0];
  for (let schema of schemas) {
    let score = ScoreUnion(schema, references, value);
    score > best && (select = schema, best = score);
  }
  return select;
}
function CastUnion(union, references, value) {
  if ("default" in union)
    return typeof value == "function" ? union.default : Clone(union.default);
  {
    let schema = SelectUnion(union, references, value);
    return Cast(schema, references, value);
  }
}
function DefaultClone(schema, references, value) {
  return Check(schema, references, value) ? Clone(value) : Create2(schema, references);
}
function Default(schema, references, value) {
  return Check(schema, references, value) ? value : Create2(schema, references);
}
function FromArray5(schema, references, value) {
  if (Check(schema, references, value))
    return Clone(value);
  let created = IsArray(value) ? Clone(value) : Create2(schema, references), minimum = IsNumber(schema.minItems) && created.length < schema.minItems ? [...created, ...Array.from({ length: schema.minItems - created.length }, () => null)] : created, casted = (IsNumber(schema.maxItems) && minimum.length > schema.maxItems ? minimum.slice(0, schema.maxItems) : minimum).map((value2) => Visit5(schema.items, references, value2));
  if (schema.uniqueItems !== !0)
    return casted;
  let unique = [...new Set(casted)];
  if (!Check(schema, references, unique))
    throw new ValueCastError(schema, "Array cast produced invalid data due to uniqueItems constraint");
  return unique;
}
function FromConstructor4(schema, references, value) {
  if (Check(schema, references, value))
    return Create2(schema, references);
  let required = new Set(schema.returns.required || []), result = function() {
  };
  for (let [key, property] of Object.entries(schema.returns.properties))
    !required.has(key) && value.prototype[key] === void 0 || (result.prototype[key] = Visit5(property, references, value.prototype[key]));
  return result;
}
function FromImport4(schema, references, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit5(target, [...references, ...definitions], value);
}
function IntersectAssign(correct, value) {
  return IsObject(correct) && !IsObject(value) || !IsObject(correct) && IsObject(value) ? correct : !IsObject(correct) || !IsObject(value) ? value : globalThis.Object.getOwnPropertyNames(correct).reduce((result, key) => {
    let property = key in value ? IntersectAssign(correct[key], value[key]) : correct[key];
    return { ...result, [key]: property };
  }, {});
}
function FromIntersect4(schema, references, value) {
  if (Check(schema, references, value))
    return value;
  let correct = Create2(schema, references), assigned = IntersectAssign(correct, value);
  return Check(schema, references, assigned) ? assigned : correct;
}
function FromNever4(schema, references, value) {
  throw new ValueCastError(schema, "Never types cannot be cast");
}
function FromObject5(schema, references, value) {
  if (Check(schema, references, value))
    return value;
  if (value === null || typeof value != "object")
    return Create2(schema, references);
  let required = new Set(schema.required || []), result = {};
  for (let [key, property] of Object.entries(schema.properties))
    !required.has(key) && value[key] === void 0 || (result[key] = Visit5(property, references, value[key]));
  if (typeof schema.additionalProperties == "object") {
    let propertyNames = Object.getOwnPropertyNames(schema.properties);
    for (let propertyName of Object.getOwnPropertyNames(value))
      propertyNames.includes(propertyName) || (result[propertyName] = Visit5(schema.additionalProperties, references, value[propertyName]));
  }
  return result;
}
function FromRecord4(schema, references, value) {
  if (Check(schema, references, value))
    return Clone(value);
  if (value === null || typeof value != "object" || Array.isArray(value) || value instanceof Date)
    return Create2(schema, references);
  let subschemaPropertyName = Object.getOwnPropertyNames(schema.patternProperties)[0], subschema = schema.patternProperties[subschemaPropertyName], result = {};
  for (let [propKey, propValue] of Object.entries(value))
    result[propKey] = Visit5(subschema, references, propValue);
  return result;
}
function FromRef4(schema, references, value) {
  return Visit5(Deref(schema, references), references, value);
}
function FromThis4(schema, references, value) {
  return Visit5(Deref(schema, references), references, value);
}
function FromTuple4(schema, references, value) {
  return Check(schema, references, value) ? Clone(value) : IsArray(value) ? schema.items === void 0 ? [] : schema.items.map((schema2, index) => Visit5(schema2, references, value[index])) : Create2(schema, references);
}
function FromUnion4(schema, references, value) {
  return Check(schema, references, value) ? Clone(value) : CastUnion(schema, references, value);
}
function Visit5(schema, references, value) {
  let references_ = IsString(schema.$id) ? Pushref(schema, references) : references, schema_ = schema;
  switch (schema[Kind]) {
    // --------------------------------------------------------------
    // Structural
    // --------------------------------------------------------------
    case "Array":
      return FromArray5(schema_, references_, value);
    case "Constructor":
      return FromConstructor4(schema_, references_, value);
    case "Import":
      return FromImport4(schema_, references_, value);
    case "Intersect":
      return FromIntersect4(schema_, references_, value);
    case "Never":
      return FromNever4(schema_, references_, value);
    case "Object":
      return FromObject5(schema_, references_, value);
    case "Record":
      return FromRecord4(schema_, references_, value);
    case "Ref":
      return FromRef4(schema_, references_, value);
    case "This":
      return FromThis4(schema_, references_, value);
    case "Tuple":
      return FromTuple4(schema_, references_, value);
    case "Union":
      return FromUnion4(schema_, references_, value);
    // --------------------------------------------------------------
    // DefaultClone
    // --------------------------------------------------------------
    case "Date":
    case "Symbol":
    case "Uint8Array":
      return DefaultClone(schema, references, value);
    // --------------------------------------------------------------
    // Default
    // --------------------------------------------------------------
    default:
      return Default(schema_, references_, value);
  }
}
function Cast(...args) {
  return args.length === 3 ? Visit5(args[0], args[1], args[2]) : Visit5(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/clean/clean.mjs
function IsCheckable(schema) {
  return IsKind(schema) && schema[Kind] !== "Unsafe";
}
function FromArray6(schema, references, value) {
  return IsArray(value) ? value.map((value2) => Visit6(schema.items, references, value2)) : value;
}
function FromImport5(schema, references, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit6(target, [...references, ...definitions], value);
}
function FromIntersect5(schema, references, value) {
  let unevaluatedProperties = schema.unevaluatedProperties, composite = schema.allOf.map((schema2) => Visit6(schema2, references, Clone(value))).reduce((acc, value2) => IsObject(value2) ? { ...acc, ...value2 } : value2, {});
  if (!IsObject(value) || !IsObject(composite) || !IsKind(unevaluatedProperties))
    return composite;
  let knownkeys = KeyOfPropertyKeys(schema);
  for (let key of Object.getOwnPropertyNames(value))
    knownkeys.includes(key) || Check(unevaluatedProperties, references, value[key]) && (composite[key] = Visit6(unevaluatedProperties, references, value[key]));
  return composite;
}
function FromObject6(schema, references, value) {
  if (!IsObject(value) || IsArray(value))
    return value;
  let additionalProperties = schema.additionalProperties;
  for (let key of Object.getOwnPropertyNames(value)) {
    if (HasPropertyKey(schema.properties, key)) {
      value[key] = Visit6(schema.properties[key], references, value[key]);
      continue;
    }
    if (IsKind(additionalProperties) && Check(additionalProperties, references, value[key])) {
      value[key] = Visit6(additionalProperties, references, value[key]);
      continue;
    }
    delete value[key];
  }
  return value;
}
function FromRecord5(schema, references, value) {
  if (!IsObject(value))
    return value;
  let additionalProperties = schema.additionalProperties, propertyKeys = Object.getOwnPropertyNames(value), [propertyKey, propertySchema] = Object.entries(schema.patternProperties)[0], propertyKeyTest = new RegExp(propertyKey);
  for (let key of propertyKeys) {
    if (propertyKeyTest.test(key)) {
      value[key] = Visit6(propertySchema, references, value[key]);
      continue;
    }
    if (IsKind(additionalProperties) && Check(additionalProperties, references, value[key])) {
      value[key] = Visit6(additionalProperties, references, value[key]);
      continue;
    }
    delete value[key];
  }
  return value;
}
function FromRef5(schema, references, value) {
  return Visit6(Deref(schema, references), references, value);
}
function FromThis5(schema, references, value) {
  return Visit6(Deref(schema, references), references, value);
}
function FromTuple5(schema, references, value) {
  if (!IsArray(value))
    return value;
  if (IsUndefined(schema.items))
    return [];
  let length = Math.min(value.length, schema.items.length);
  for (let i = 0; i < length; i++)
    value[i] = Visit6(schema.items[i], references, value[i]);
  return value.length > length ? value.slice(0, length) : value;
}
function FromUnion5(schema, references, value) {
  for (let inner of schema.anyOf)
    if (IsCheckable(inner) && Check(inner, references, value))
      return Visit6(inner, references, value);
  return value;
}
function Visit6(schema, references, value) {
  let references_ = IsString(schema.$id) ? Pushref(schema, references) : references, schema_ = schema;
  switch (schema_[Kind]) {
    case "Array":
      return FromArray6(schema_, references_, value);
    case "Import":
      return FromImport5(schema_, references_, value);
    case "Intersect":
      return FromIntersect5(schema_, references_, value);
    case "Object":
      return FromObject6(schema_, references_, value);
    case "Record":
      return FromRecord5(schema_, references_, value);
    case "Ref":
      return FromRef5(schema_, references_, value);
    case "This":
      return FromThis5(schema_, references_, value);
    case "Tuple":
      return FromTuple5(schema_, references_, value);
    case "Union":
      return FromUnion5(schema_, references_, value);
    default:
      return value;
  }
}
function Clean(...args) {
  return args.length === 3 ? Visit6(args[0], args[1], args[2]) : Visit6(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/convert/convert.mjs
function IsStringNumeric(value) {
  return IsString(value) && !isNaN(value) && !isNaN(parseFloat(value));
}
function IsValueToString(value) {
  return IsBigInt(value) || IsBoolean(value) || IsNumber(value);
}
function IsValueTrue(value) {
  return value === !0 || IsNumber(value) && value === 1 || IsBigInt(value) && value === BigInt("1") || IsString(value) && (value.toLowerCase() === "true" || value === "1");
}
function IsValueFalse(value) {
  return value === !1 || IsNumber(value) && (value === 0 || Object.is(value, -0)) || IsBigInt(value) && value === BigInt("0") || IsString(value) && (value.toLowerCase() === "false" || value === "0" || value === "-0");
}
function IsTimeStringWithTimeZone(value) {
  return IsString(value) && /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(value);
}
function IsTimeStringWithoutTimeZone(value) {
  return IsString(value) && /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)?$/i.test(value);
}
function IsDateTimeStringWithTimeZone(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(value);
}
function IsDateTimeStringWithoutTimeZone(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)?$/i.test(value);
}
function IsDateString(value) {
  return IsString(value) && /^\d\d\d\d-[0-1]\d-[0-3]\d$/i.test(value);
}
function TryConvertLiteralString(value, target) {
  let conversion = TryConvertString(value);
  return conversion === target ? conversion : value;
}
function TryConvertLiteralNumber(value, target) {
  let conversion = TryConvertNumber(value);
  return conversion === target ? conversion : value;
}
function TryConvertLiteralBoolean(value, target) {
  let conversion = TryConvertBoolean(value);
  return conversion === target ? conversion : value;
}
function TryConvertLiteral(schema, value) {
  return IsString(schema.const) ? TryConvertLiteralString(value, schema.const) : IsNumber(schema.const) ? TryConvertLiteralNumber(value, schema.const) : IsBoolean(schema.const) ? TryConvertLiteralBoolean(value, schema.const) : value;
}
function TryConvertBoolean(value) {
  return IsValueTrue(value) ? !0 : IsValueFalse(value) ? !1 : value;
}
function TryConvertBigInt(value) {
  let truncateInteger = (value2) => value2.split(".")[0];
  return IsStringNumeric(value) ? BigInt(truncateInteger(value)) : IsNumber(value) ? BigInt(Math.trunc(value)) : IsValueFalse(value) ? BigInt(0) : IsValueTrue(value) ? BigInt(1) : value;
}
function TryConvertString(value) {
  return IsSymbol(value) && value.description !== void 0 ? value.description.toString() : IsValueToString(value) ? value.toString() : value;
}
function TryConvertNumber(value) {
  return IsStringNumeric(value) ? parseFloat(value) : IsValueTrue(value) ? 1 : IsValueFalse(value) ? 0 : value;
}
function TryConvertInteger(value) {
  return IsStringNumeric(value) ? parseInt(value) : IsNumber(value) ? Math.trunc(value) : IsValueTrue(value) ? 1 : IsValueFalse(value) ? 0 : value;
}
function TryConvertNull(value) {
  return IsString(value) && value.toLowerCase() === "null" ? null : value;
}
function TryConvertUndefined(value) {
  return IsString(value) && value === "undefined" ? void 0 : value;
}
function TryConvertDate(value) {
  return IsDate(value) ? value : IsNumber(value) ? new Date(value) : IsValueTrue(value) ? /* @__PURE__ */ new Date(1) : IsValueFalse(value) ? /* @__PURE__ */ new Date(0) : IsStringNumeric(value) ? new Date(parseInt(value)) : IsTimeStringWithoutTimeZone(value) ? /* @__PURE__ */ new Date(`1970-01-01T${value}.000Z`) : IsTimeStringWithTimeZone(value) ? /* @__PURE__ */ new Date(`1970-01-01T${value}`) : IsDateTimeStringWithoutTimeZone(value) ? /* @__PURE__ */ new Date(`${value}.000Z`) : IsDateTimeStringWithTimeZone(value) ? new Date(value) : IsDateString(value) ? /* @__PURE__ */ new Date(`${value}T00:00:00.000Z`) : value;
}
function FromArray7(schema, references, value) {
  return (IsArray(value) ? value : [value]).map((element) => Visit7(schema.items, references, element));
}
function FromBigInt4(schema, references, value) {
  return TryConvertBigInt(value);
}
function FromBoolean4(schema, references, value) {
  return TryConvertBoolean(value);
}
function FromDate5(schema, references, value) {
  return TryConvertDate(value);
}
function FromImport6(schema, references, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit7(target, [...references, ...definitions], value);
}
function FromInteger4(schema, references, value) {
  return TryConvertInteger(value);
}
function FromIntersect6(schema, references, value) {
  return schema.allOf.reduce((value2, schema2) => Visit7(schema2, references, value2), value);
}
function FromLiteral4(schema, references, value) {
  return TryConvertLiteral(schema, value);
}
function FromNull4(schema, references, value) {
  return TryConvertNull(value);
}
function FromNumber4(schema, references, value) {
  return TryConvertNumber(value);
}
function FromObject7(schema, references, value) {
  if (!IsObject(value) || IsArray(value))
    return value;
  for (let propertyKey of Object.getOwnPropertyNames(schema.properties))
    HasPropertyKey(value, propertyKey) && (value[propertyKey] = Visit7(schema.properties[propertyKey], references, value[propertyKey]));
  return value;
}
function FromRecord6(schema, references, value) {
  if (!(IsObject(value) && !IsArray(value)))
    return value;
  let propertyKey = Object.getOwnPropertyNames(schema.patternProperties)[0], property = schema.patternProperties[propertyKey];
  for (let [propKey, propValue] of Object.entries(value))
    value[propKey] = Visit7(property, references, propValue);
  return value;
}
function FromRef6(schema, references, value) {
  return Visit7(Deref(schema, references), references, value);
}
function FromString4(schema, references, value) {
  return TryConvertString(value);
}
function FromSymbol4(schema, references, value) {
  return IsString(value) || IsNumber(value) ? Symbol(value) : value;
}
function FromThis6(schema, references, value) {
  return Visit7(Deref(schema, references), references, value);
}
function FromTuple6(schema, references, value) {
  return IsArray(value) && !IsUndefined(schema.items) ? value.map((value2, index) => index < schema.items.length ? Visit7(schema.items[index], references, value2) : value2) : value;
}
function FromUndefined4(schema, references, value) {
  return TryConvertUndefined(value);
}
function FromUnion6(schema, references, value) {
  for (let subschema of schema.anyOf)
    if (Check(subschema, references, value))
      return value;
  for (let subschema of schema.anyOf) {
    let converted = Visit7(subschema, references, Clone(value));
    if (Check(subschema, references, converted))
      return converted;
  }
  return value;
}
function Visit7(schema, references, value) {
  let references_ = Pushref(schema, references), schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray7(schema_, references_, value);
    case "BigInt":
      return FromBigInt4(schema_, references_, value);
    case "Boolean":
      return FromBoolean4(schema_, references_, value);
    case "Date":
      return FromDate5(schema_, references_, value);
    case "Import":
      return FromImport6(schema_, references_, value);
    case "Integer":
      return FromInteger4(schema_, references_, value);
    case "Intersect":
      return FromIntersect6(schema_, references_, value);
    case "Literal":
      return FromLiteral4(schema_, references_, value);
    case "Null":
      return FromNull4(schema_, references_, value);
    case "Number":
      return FromNumber4(schema_, references_, value);
    case "Object":
      return FromObject7(schema_, references_, value);
    case "Record":
      return FromRecord6(schema_, references_, value);
    case "Ref":
      return FromRef6(schema_, references_, value);
    case "String":
      return FromString4(schema_, references_, value);
    case "Symbol":
      return FromSymbol4(schema_, references_, value);
    case "This":
      return FromThis6(schema_, references_, value);
    case "Tuple":
      return FromTuple6(schema_, references_, value);
    case "Undefined":
      return FromUndefined4(schema_, references_, value);
    case "Union":
      return FromUnion6(schema_, references_, value);
    default:
      return value;
  }
}
function Convert(...args) {
  return args.length === 3 ? Visit7(args[0], args[1], args[2]) : Visit7(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/decode.mjs
var TransformDecodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super("Unable to decode value as it does not match the expected schema"), this.schema = schema, this.value = value, this.error = error;
  }
}, TransformDecodeError = class extends TypeBoxError {
  constructor(schema, path2, value, error) {
    super(error instanceof Error ? error.message : "Unknown error"), this.schema = schema, this.path = path2, this.value = value, this.error = error;
  }
};
function Default2(schema, path2, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Decode(value) : value;
  } catch (error) {
    throw new TransformDecodeError(schema, path2, value, error);
  }
}
function FromArray8(schema, references, path2, value) {
  return IsArray(value) ? Default2(schema, path2, value.map((value2, index) => Visit8(schema.items, references, `${path2}/${index}`, value2))) : Default2(schema, path2, value);
}
function FromIntersect7(schema, references, path2, value) {
  if (!IsObject(value) || IsValueType(value))
    return Default2(schema, path2, value);
  let knownEntries = KeyOfPropertyEntries(schema), knownKeys = knownEntries.map((entry) => entry[0]), knownProperties = { ...value };
  for (let [knownKey, knownSchema] of knownEntries)
    knownKey in knownProperties && (knownProperties[knownKey] = Visit8(knownSchema, references, `${path2}/${knownKey}`, knownProperties[knownKey]));
  if (!IsTransform(schema.unevaluatedProperties))
    return Default2(schema, path2, knownProperties);
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), unevaluatedProperties = schema.unevaluatedProperties, unknownProperties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.includes(key) || (unknownProperties[key] = Default2(unevaluatedProperties, `${path2}/${key}`, unknownProperties[key]));
  return Default2(schema, path2, unknownProperties);
}
function FromImport7(schema, references, path2, value) {
  let additional = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref], result = Visit8(target, [...references, ...additional], path2, value);
  return Default2(schema, path2, result);
}
function FromNot4(schema, references, path2, value) {
  return Default2(schema, path2, Visit8(schema.not, references, path2, value));
}
function FromObject8(schema, references, path2, value) {
  if (!IsObject(value))
    return Default2(schema, path2, value);
  let knownKeys = KeyOfPropertyKeys(schema), knownProperties = { ...value };
  for (let key of knownKeys)
    HasPropertyKey(knownProperties, key) && (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)) || (knownProperties[key] = Visit8(schema.properties[key], references, `${path2}/${key}`, knownProperties[key])));
  if (!IsSchema(schema.additionalProperties))
    return Default2(schema, path2, knownProperties);
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), additionalProperties = schema.additionalProperties, unknownProperties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.includes(key) || (unknownProperties[key] = Default2(additionalProperties, `${path2}/${key}`, unknownProperties[key]));
  return Default2(schema, path2, unknownProperties);
}
function FromRecord7(schema, references, path2, value) {
  if (!IsObject(value))
    return Default2(schema, path2, value);
  let pattern = Object.getOwnPropertyNames(schema.patternProperties)[0], knownKeys = new RegExp(pattern), knownProperties = { ...value };
  for (let key of Object.getOwnPropertyNames(value))
    knownKeys.test(key) && (knownProperties[key] = Visit8(schema.patternProperties[pattern], references, `${path2}/${key}`, knownProperties[key]));
  if (!IsSchema(schema.additionalProperties))
    return Default2(schema, path2, knownProperties);
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), additionalProperties = schema.additionalProperties, unknownProperties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.test(key) || (unknownProperties[key] = Default2(additionalProperties, `${path2}/${key}`, unknownProperties[key]));
  return Default2(schema, path2, unknownProperties);
}
function FromRef7(schema, references, path2, value) {
  let target = Deref(schema, references);
  return Default2(schema, path2, Visit8(target, references, path2, value));
}
function FromThis7(schema, references, path2, value) {
  let target = Deref(schema, references);
  return Default2(schema, path2, Visit8(target, references, path2, value));
}
function FromTuple7(schema, references, path2, value) {
  return IsArray(value) && IsArray(schema.items) ? Default2(schema, path2, schema.items.map((schema2, index) => Visit8(schema2, references, `${path2}/${index}`, value[index]))) : Default2(schema, path2, value);
}
function FromUnion7(schema, references, path2, value) {
  for (let subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    let decoded = Visit8(subschema, references, path2, value);
    return Default2(schema, path2, decoded);
  }
  return Default2(schema, path2, value);
}
function Visit8(schema, references, path2, value) {
  let references_ = Pushref(schema, references), schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray8(schema_, references_, path2, value);
    case "Import":
      return FromImport7(schema_, references_, path2, value);
    case "Intersect":
      return FromIntersect7(schema_, references_, path2, value);
    case "Not":
      return FromNot4(schema_, references_, path2, value);
    case "Object":
      return FromObject8(schema_, references_, path2, value);
    case "Record":
      return FromRecord7(schema_, references_, path2, value);
    case "Ref":
      return FromRef7(schema_, references_, path2, value);
    case "Symbol":
      return Default2(schema_, path2, value);
    case "This":
      return FromThis7(schema_, references_, path2, value);
    case "Tuple":
      return FromTuple7(schema_, references_, path2, value);
    case "Union":
      return FromUnion7(schema_, references_, path2, value);
    default:
      return Default2(schema_, path2, value);
  }
}
function TransformDecode(schema, references, value) {
  return Visit8(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/encode.mjs
var TransformEncodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super("The encoded value does not match the expected schema"), this.schema = schema, this.value = value, this.error = error;
  }
}, TransformEncodeError = class extends TypeBoxError {
  constructor(schema, path2, value, error) {
    super(`${error instanceof Error ? error.message : "Unknown error"}`), this.schema = schema, this.path = path2, this.value = value, this.error = error;
  }
};
function Default3(schema, path2, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Encode(value) : value;
  } catch (error) {
    throw new TransformEncodeError(schema, path2, value, error);
  }
}
function FromArray9(schema, references, path2, value) {
  let defaulted = Default3(schema, path2, value);
  return IsArray(defaulted) ? defaulted.map((value2, index) => Visit9(schema.items, references, `${path2}/${index}`, value2)) : defaulted;
}
function FromImport8(schema, references, path2, value) {
  let additional = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref], result = Default3(schema, path2, value);
  return Visit9(target, [...references, ...additional], path2, result);
}
function FromIntersect8(schema, references, path2, value) {
  let defaulted = Default3(schema, path2, value);
  if (!IsObject(value) || IsValueType(value))
    return defaulted;
  let knownEntries = KeyOfPropertyEntries(schema), knownKeys = knownEntries.map((entry) => entry[0]), knownProperties = { ...defaulted };
  for (let [knownKey, knownSchema] of knownEntries)
    knownKey in knownProperties && (knownProperties[knownKey] = Visit9(knownSchema, references, `${path2}/${knownKey}`, knownProperties[knownKey]));
  if (!IsTransform(schema.unevaluatedProperties))
    return knownProperties;
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), unevaluatedProperties = schema.unevaluatedProperties, properties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.includes(key) || (properties[key] = Default3(unevaluatedProperties, `${path2}/${key}`, properties[key]));
  return properties;
}
function FromNot5(schema, references, path2, value) {
  return Default3(schema.not, path2, Default3(schema, path2, value));
}
function FromObject9(schema, references, path2, value) {
  let defaulted = Default3(schema, path2, value);
  if (!IsObject(defaulted))
    return defaulted;
  let knownKeys = KeyOfPropertyKeys(schema), knownProperties = { ...defaulted };
  for (let key of knownKeys)
    HasPropertyKey(knownProperties, key) && (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)) || (knownProperties[key] = Visit9(schema.properties[key], references, `${path2}/${key}`, knownProperties[key])));
  if (!IsSchema(schema.additionalProperties))
    return knownProperties;
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), additionalProperties = schema.additionalProperties, properties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.includes(key) || (properties[key] = Default3(additionalProperties, `${path2}/${key}`, properties[key]));
  return properties;
}
function FromRecord8(schema, references, path2, value) {
  let defaulted = Default3(schema, path2, value);
  if (!IsObject(value))
    return defaulted;
  let pattern = Object.getOwnPropertyNames(schema.patternProperties)[0], knownKeys = new RegExp(pattern), knownProperties = { ...defaulted };
  for (let key of Object.getOwnPropertyNames(value))
    knownKeys.test(key) && (knownProperties[key] = Visit9(schema.patternProperties[pattern], references, `${path2}/${key}`, knownProperties[key]));
  if (!IsSchema(schema.additionalProperties))
    return knownProperties;
  let unknownKeys = Object.getOwnPropertyNames(knownProperties), additionalProperties = schema.additionalProperties, properties = { ...knownProperties };
  for (let key of unknownKeys)
    knownKeys.test(key) || (properties[key] = Default3(additionalProperties, `${path2}/${key}`, properties[key]));
  return properties;
}
function FromRef8(schema, references, path2, value) {
  let target = Deref(schema, references), resolved = Visit9(target, references, path2, value);
  return Default3(schema, path2, resolved);
}
function FromThis8(schema, references, path2, value) {
  let target = Deref(schema, references), resolved = Visit9(target, references, path2, value);
  return Default3(schema, path2, resolved);
}
function FromTuple8(schema, references, path2, value) {
  let value1 = Default3(schema, path2, value);
  return IsArray(schema.items) ? schema.items.map((schema2, index) => Visit9(schema2, references, `${path2}/${index}`, value1[index])) : [];
}
function FromUnion8(schema, references, path2, value) {
  for (let subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    let value1 = Visit9(subschema, references, path2, value);
    return Default3(schema, path2, value1);
  }
  for (let subschema of schema.anyOf) {
    let value1 = Visit9(subschema, references, path2, value);
    if (Check(schema, references, value1))
      return Default3(schema, path2, value1);
  }
  return Default3(schema, path2, value);
}
function Visit9(schema, references, path2, value) {
  let references_ = Pushref(schema, references), schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray9(schema_, references_, path2, value);
    case "Import":
      return FromImport8(schema_, references_, path2, value);
    case "Intersect":
      return FromIntersect8(schema_, references_, path2, value);
    case "Not":
      return FromNot5(schema_, references_, path2, value);
    case "Object":
      return FromObject9(schema_, references_, path2, value);
    case "Record":
      return FromRecord8(schema_, references_, path2, value);
    case "Ref":
      return FromRef8(schema_, references_, path2, value);
    case "This":
      return FromThis8(schema_, references_, path2, value);
    case "Tuple":
      return FromTuple8(schema_, references_, path2, value);
    case "Union":
      return FromUnion8(schema_, references_, path2, value);
    default:
      return Default3(schema_, path2, value);
  }
}
function TransformEncode(schema, references, value) {
  return Visit9(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/has.mjs
function FromArray10(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromAsyncIterator4(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromConstructor5(schema, references) {
  return IsTransform(schema) || Visit10(schema.returns, references) || schema.parameters.some((schema2) => Visit10(schema2, references));
}
function FromFunction4(schema, references) {
  return IsTransform(schema) || Visit10(schema.returns, references) || schema.parameters.some((schema2) => Visit10(schema2, references));
}
function FromIntersect9(schema, references) {
  return IsTransform(schema) || IsTransform(schema.unevaluatedProperties) || schema.allOf.some((schema2) => Visit10(schema2, references));
}
function FromImport9(schema, references) {
  let additional = globalThis.Object.getOwnPropertyNames(schema.$defs).reduce((result, key) => [...result, schema.$defs[key]], []), target = schema.$defs[schema.$ref];
  return IsTransform(schema) || Visit10(target, [...additional, ...references]);
}
function FromIterator4(schema, references) {
  return IsTransform(schema) || Visit10(schema.items, references);
}
function FromNot6(schema, references) {
  return IsTransform(schema) || Visit10(schema.not, references);
}
function FromObject10(schema, references) {
  return IsTransform(schema) || Object.values(schema.properties).some((schema2) => Visit10(schema2, references)) || IsSchema(schema.additionalProperties) && Visit10(schema.additionalProperties, references);
}
function FromPromise4(schema, references) {
  return IsTransform(schema) || Visit10(schema.item, references);
}
function FromRecord9(schema, references) {
  let pattern = Object.getOwnPropertyNames(schema.patternProperties)[0], property = schema.patternProperties[pattern];
  return IsTransform(schema) || Visit10(property, references) || IsSchema(schema.additionalProperties) && IsTransform(schema.additionalProperties);
}
function FromRef9(schema, references) {
  return IsTransform(schema) ? !0 : Visit10(Deref(schema, references), references);
}
function FromThis9(schema, references) {
  return IsTransform(schema) ? !0 : Visit10(Deref(schema, references), references);
}
function FromTuple9(schema, references) {
  return IsTransform(schema) || !IsUndefined(schema.items) && schema.items.some((schema2) => Visit10(schema2, references));
}
function FromUnion9(schema, references) {
  return IsTransform(schema) || schema.anyOf.some((schema2) => Visit10(schema2, references));
}
function Visit10(schema, references) {
  let references_ = Pushref(schema, references), schema_ = schema;
  if (schema.$id && visited.has(schema.$id))
    return !1;
  switch (schema.$id && visited.add(schema.$id), schema[Kind]) {
    case "Array":
      return FromArray10(schema_, references_);
    case "AsyncIterator":
      return FromAsyncIterator4(schema_, references_);
    case "Constructor":
      return FromConstructor5(schema_, references_);
    case "Function":
      return FromFunction4(schema_, references_);
    case "Import":
      return FromImport9(schema_, references_);
    case "Intersect":
      return FromIntersect9(schema_, references_);
    case "Iterator":
      return FromIterator4(schema_, references_);
    case "Not":
      return FromNot6(schema_, references_);
    case "Object":
      return FromObject10(schema_, references_);
    case "Promise":
      return FromPromise4(schema_, references_);
    case "Record":
      return FromRecord9(schema_, references_);
    case "Ref":
      return FromRef9(schema_, references_);
    case "This":
      return FromThis9(schema_, references_);
    case "Tuple":
      return FromTuple9(schema_, references_);
    case "Union":
      return FromUnion9(schema_, references_);
    default:
      return IsTransform(schema);
  }
}
var visited = /* @__PURE__ */ new Set();
function HasTransform(schema, references) {
  return visited.clear(), Visit10(schema, references);
}

// node_modules/@sinclair/typebox/build/esm/value/decode/decode.mjs
function Decode(...args) {
  let [schema, references, value] = args.length === 3 ? [args[0], args[1], args[2]] : [args[0], [], args[1]];
  if (!Check(schema, references, value))
    throw new TransformDecodeCheckError(schema, value, Errors(schema, references, value).First());
  return HasTransform(schema, references) ? TransformDecode(schema, references, value) : value;
}

// node_modules/@sinclair/typebox/build/esm/value/default/default.mjs
function ValueOrDefault(schema, value) {
  let defaultValue = HasPropertyKey(schema, "default") ? schema.default : void 0, clone = IsFunction(defaultValue) ? defaultValue() : Clone(defaultValue);
  return IsUndefined(value) ? clone : IsObject(value) && IsObject(clone) ? Object.assign(clone, value) : value;
}
function HasDefaultProperty(schema) {
  return IsKind(schema) && "default" in schema;
}
function FromArray11(schema, references, value) {
  if (IsArray(value)) {
    for (let i = 0; i < value.length; i++)
      value[i] = Visit11(schema.items, references, value[i]);
    return value;
  }
  let defaulted = ValueOrDefault(schema, value);
  if (!IsArray(defaulted))
    return defaulted;
  for (let i = 0; i < defaulted.length; i++)
    defaulted[i] = Visit11(schema.items, references, defaulted[i]);
  return defaulted;
}
function FromDate6(schema, references, value) {
  return IsDate(value) ? value : ValueOrDefault(schema, value);
}
function FromImport10(schema, references, value) {
  let definitions = globalThis.Object.values(schema.$defs), target = schema.$defs[schema.$ref];
  return Visit11(target, [...references, ...definitions], value);
}
function FromIntersect10(schema, references, value) {
  let defaulted = ValueOrDefault(schema, value);
  return schema.allOf.reduce((acc, schema2) => {
    let next = Visit11(schema2, references, defaulted);
    return IsObject(next) ? { ...acc, ...next } : next;
  }, {});
}
function FromObject11(schema, references, value) {
  let defaulted = ValueOrDefault(schema, value);
  if (!IsObject(defaulted))
    return defaulted;
  let knownPropertyKeys = Object.getOwnPropertyNames(schema.properties);
  for (let key of knownPropertyKeys) {
    let propertyValue = Visit11(schema.properties[key], references, defaulted[key]);
    IsUndefined(propertyValue) || (defaulted[key] = Visit11(schema.properties[key], references, defaulted[key]));
  }
  if (!HasDefaultProperty(schema.additionalProperties))
    return defaulted;
  for (let key of Object.getOwnPropertyNames(defaulted))
    knownPropertyKeys.includes(key) || (defaulted[key] = Visit11(schema.additionalProperties, references, defaulted[key]));
  return defaulted;
}
function FromRecord10(schema, references, value) {
  let defaulted = ValueOrDefault(schema, value);
  if (!IsObject(defaulted))
    return defaulted;
  let additionalPropertiesSchema = schema.additionalProperties, [propertyKeyPattern, propertySchema] = Object.entries(schema.patternProperties)[0], knownPropertyKey = new RegExp(propertyKeyPattern);
  for (let key of Object.getOwnPropertyNames(defaulted))
    knownPropertyKey.test(key) && HasDefaultProperty(propertySchema) && (defaulted[key] = Visit11(propertySchema, references, defaulted[key]));
  if (!HasDefaultProperty(additionalPropertiesSchema))
    return defaulted;
  for (let key of Object.getOwnPropertyNames(defaulted))
    knownPropertyKey.test(key) || (defaulted[key] = Visit11(additionalPropertiesSchema, references, defaulted[key]));
  return defaulted;
}
function FromRef10(schema, references, value) {
  return Visit11(Deref(schema, references), references, ValueOrDefault(schema, value));
}
function FromThis10(schema, references, value) {
  return Visit11(Deref(schema, references), references, value);
}
function FromTuple10(schema, references, value) {
  let defaulted = ValueOrDefault(schema, value);
  if (!IsArray(defaulted) || IsUndefined(schema.items))
    return defaulted;
  let [items, max] = [schema.items, Math.max(schema.items.length, defaulted.length)];
  for (let i = 0; i < max; i++)
    i < items.length && (defaulted[i] = Visit11(items[i], references, defaulted[i]));
  return defaulted;
}
function FromUnion10(schema, references, value) {
  let defaulted = ValueOrDefault(schema, value);
  for (let inner of schema.anyOf) {
    let result = Visit11(inner, references, Clone(defaulted));
    if (Check(inner, references, result))
      return result;
  }
  return defaulted;
}
function Visit11(schema, references, value) {
  let references_ = Pushref(schema, references), schema_ = schema;
  switch (schema_[Kind]) {
    case "Array":
      return FromArray11(schema_, references_, value);
    case "Date":
      return FromDate6(schema_, references_, value);
    case "Import":
      return FromImport10(schema_, references_, value);
    case "Intersect":
      return FromIntersect10(schema_, references_, value);
    case "Object":
      return FromObject11(schema_, references_, value);
    case "Record":
      return FromRecord10(schema_, references_, value);
    case "Ref":
      return FromRef10(schema_, references_, value);
    case "This":
      return FromThis10(schema_, references_, value);
    case "Tuple":
      return FromTuple10(schema_, references_, value);
    case "Union":
      return FromUnion10(schema_, references_, value);
    default:
      return ValueOrDefault(schema_, value);
  }
}
function Default4(...args) {
  return args.length === 3 ? Visit11(args[0], args[1], args[2]) : Visit11(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/value/pointer/pointer.mjs
var pointer_exports = {};
__export(pointer_exports, {
  Delete: () => Delete3,
  Format: () => Format,
  Get: () => Get3,
  Has: () => Has3,
  Set: () => Set4,
  ValuePointerRootDeleteError: () => ValuePointerRootDeleteError,
  ValuePointerRootSetError: () => ValuePointerRootSetError
});
var ValuePointerRootSetError = class extends TypeBoxError {
  constructor(value, path2, update) {
    super("Cannot set root value"), this.value = value, this.path = path2, this.update = update;
  }
}, ValuePointerRootDeleteError = class extends TypeBoxError {
  constructor(value, path2) {
    super("Cannot delete root value"), this.value = value, this.path = path2;
  }
};
function Escape(component) {
  return component.indexOf("~") === -1 ? component : component.replace(/~1/g, "/").replace(/~0/g, "~");
}
function* Format(pointer) {
  if (pointer === "")
    return;
  let [start, end] = [0, 0];
  for (let i = 0; i < pointer.length; i++)
    pointer.charAt(i) === "/" ? (i === 0 || (end = i, yield Escape(pointer.slice(start, end))), start = i + 1) : end = i;
  yield Escape(pointer.slice(start));
}
function Set4(value, pointer, update) {
  if (pointer === "")
    throw new ValuePointerRootSetError(value, pointer, update);
  let [owner, next, key] = [null, value, ""];
  for (let component of Format(pointer))
    next[component] === void 0 && (next[component] = {}), owner = next, next = next[component], key = component;
  owner[key] = update;
}
function Delete3(value, pointer) {
  if (pointer === "")
    throw new ValuePointerRootDeleteError(value, pointer);
  let [owner, next, key] = [null, value, ""];
  for (let component of Format(pointer)) {
    if (next[component] === void 0 || next[component] === null)
      return;
    owner = next, next = next[component], key = component;
  }
  if (Array.isArray(owner)) {
    let index = parseInt(key);
    owner.splice(index, 1);
  } else
    delete owner[key];
}
function Has3(value, pointer) {
  if (pointer === "")
    return !0;
  let [owner, next, key] = [null, value, ""];
  for (let component of Format(pointer)) {
    if (next[component] === void 0)
      return !1;
    owner = next, next = next[component], key = component;
  }
  return Object.getOwnPropertyNames(owner).includes(key);
}
function Get3(value, pointer) {
  if (pointer === "")
    return value;
  let current = value;
  for (let component of Format(pointer)) {
    if (current[component] === void 0)
      return;
    current = current[component];
  }
  return current;
}

// node_modules/@sinclair/typebox/build/esm/value/equal/equal.mjs
function ObjectType2(left, right) {
  if (!IsObject(right))
    return !1;
  let leftKeys = [...Object.keys(left), ...Object.getOwnPropertySymbols(left)], rightKeys = [...Object.keys(right), ...Object.getOwnPropertySymbols(right)];
  return leftKeys.length !== rightKeys.length ? !1 : leftKeys.every((key) => Equal(left[key], right[key]));
}
function DateType2(left, right) {
  return IsDate(right) && left.getTime() === right.getTime();
}
function ArrayType2(left, right) {
  return !IsArray(right) || left.length !== right.length ? !1 : left.every((value, index) => Equal(value, right[index]));
}
function TypedArrayType(left, right) {
  return !IsTypedArray(right) || left.length !== right.length || Object.getPrototypeOf(left).constructor.name !== Object.getPrototypeOf(right).constructor.name ? !1 : left.every((value, index) => Equal(value, right[index]));
}
function ValueType(left, right) {
  return left === right;
}
function Equal(left, right) {
  if (IsDate(left))
    return DateType2(left, right);
  if (IsTypedArray(left))
    return TypedArrayType(left, right);
  if (IsArray(left))
    return ArrayType2(left, right);
  if (IsObject(left))
    return ObjectType2(left, right);
  if (IsValueType(left))
    return ValueType(left, right);
  throw new Error("ValueEquals: Unable to compare value");
}

// node_modules/@sinclair/typebox/build/esm/value/delta/delta.mjs
var Insert = Object2({
  type: Literal("insert"),
  path: String2(),
  value: Unknown()
}), Update = Object2({
  type: Literal("update"),
  path: String2(),
  value: Unknown()
}), Delete4 = Object2({
  type: Literal("delete"),
  path: String2()
}), Edit = Union([Insert, Update, Delete4]), ValueDiffError = class extends TypeBoxError {
  constructor(value, message) {
    super(message), this.value = value;
  }
};
function CreateUpdate(path2, value) {
  return { type: "update", path: path2, value };
}
function CreateInsert(path2, value) {
  return { type: "insert", path: path2, value };
}
function CreateDelete(path2) {
  return { type: "delete", path: path2 };
}
function AssertDiffable(value) {
  if (globalThis.Object.getOwnPropertySymbols(value).length > 0)
    throw new ValueDiffError(value, "Cannot diff objects with symbols");
}
function* ObjectType3(path2, current, next) {
  if (AssertDiffable(current), AssertDiffable(next), !IsStandardObject(next))
    return yield CreateUpdate(path2, next);
  let currentKeys = globalThis.Object.getOwnPropertyNames(current), nextKeys = globalThis.Object.getOwnPropertyNames(next);
  for (let key of nextKeys)
    HasPropertyKey(current, key) || (yield CreateInsert(`${path2}/${key}`, next[key]));
  for (let key of currentKeys)
    HasPropertyKey(next, key) && (Equal(current, next) || (yield* Visit12(`${path2}/${key}`, current[key], next[key])));
  for (let key of currentKeys)
    HasPropertyKey(next, key) || (yield CreateDelete(`${path2}/${key}`));
}
function* ArrayType3(path2, current, next) {
  if (!IsArray(next))
    return yield CreateUpdate(path2, next);
  for (let i = 0; i < Math.min(current.length, next.length); i++)
    yield* Visit12(`${path2}/${i}`, current[i], next[i]);
  for (let i = 0; i < next.length; i++)
    i < current.length || (yield CreateInsert(`${path2}/${i}`, next[i]));
  for (let i = current.length - 1; i >= 0; i--)
    i < next.length || (yield CreateDelete(`${path2}/${i}`));
}
function* TypedArrayType2(path2, current, next) {
  if (!IsTypedArray(next) || current.length !== next.length || globalThis.Object.getPrototypeOf(current).constructor.name !== globalThis.Object.getPrototypeOf(next).constructor.name)
    return yield CreateUpdate(path2, next);
  for (let i = 0; i < Math.min(current.length, next.length); i++)
    yield* Visit12(`${path2}/${i}`, current[i], next[i]);
}
function* ValueType2(path2, current, next) {
  current !== next && (yield CreateUpdate(path2, next));
}
function* Visit12(path2, current, next) {
  if (IsStandardObject(current))
    return yield* ObjectType3(path2, current, next);
  if (IsArray(current))
    return yield* ArrayType3(path2, current, next);
  if (IsTypedArray(current))
    return yield* TypedArrayType2(path2, current, next);
  if (IsValueType(current))
    return yield* ValueType2(path2, current, next);
  throw new ValueDiffError(current, "Unable to diff value");
}
function Diff(current, next) {
  return [...Visit12("", current, next)];
}
function IsRootUpdate(edits) {
  return edits.length > 0 && edits[0].path === "" && edits[0].type === "update";
}
function IsIdentity(edits) {
  return edits.length === 0;
}
function Patch(current, edits) {
  if (IsRootUpdate(edits))
    return Clone(edits[0].value);
  if (IsIdentity(edits))
    return Clone(current);
  let clone = Clone(current);
  for (let edit of edits)
    switch (edit.type) {
      case "insert": {
        pointer_exports.Set(clone, edit.path, edit.value);
        break;
      }
      case "update": {
        pointer_exports.Set(clone, edit.path, edit.value);
        break;
      }
      case "delete": {
        pointer_exports.Delete(clone, edit.path);
        break;
      }
    }
  return clone;
}

// node_modules/@sinclair/typebox/build/esm/value/encode/encode.mjs
function Encode(...args) {
  let [schema, references, value] = args.length === 3 ? [args[0], args[1], args[2]] : [args[0], [], args[1]], encoded = HasTransform(schema, references) ? TransformEncode(schema, references, value) : value;
  if (!Check(schema, references, encoded))
    throw new TransformEncodeCheckError(schema, encoded, Errors(schema, references, encoded).First());
  return encoded;
}

// node_modules/@sinclair/typebox/build/esm/value/mutate/mutate.mjs
function IsStandardObject2(value) {
  return IsObject(value) && !IsArray(value);
}
var ValueMutateError = class extends TypeBoxError {
  constructor(message) {
    super(message);
  }
};
function ObjectType4(root, path2, current, next) {
  if (!IsStandardObject2(current))
    pointer_exports.Set(root, path2, Clone(next));
  else {
    let currentKeys = Object.getOwnPropertyNames(current), nextKeys = Object.getOwnPropertyNames(next);
    for (let currentKey of currentKeys)
      nextKeys.includes(currentKey) || delete current[currentKey];
    for (let nextKey of nextKeys)
      currentKeys.includes(nextKey) || (current[nextKey] = null);
    for (let nextKey of nextKeys)
      Visit13(root, `${path2}/${nextKey}`, current[nextKey], next[nextKey]);
  }
}
function ArrayType4(root, path2, current, next) {
  if (!IsArray(current))
    pointer_exports.Set(root, path2, Clone(next));
  else {
    for (let index = 0; index < next.length; index++)
      Visit13(root, `${path2}/${index}`, current[index], next[index]);
    current.splice(next.length);
  }
}
function TypedArrayType3(root, path2, current, next) {
  if (IsTypedArray(current) && current.length === next.length)
    for (let i = 0; i < current.length; i++)
      current[i] = next[i];
  else
    pointer_exports.Set(root, path2, Clone(next));
}
function ValueType3(root, path2, current, next) {
  current !== next && pointer_exports.Set(root, path2, next);
}
function Visit13(root, path2, current, next) {
  if (IsArray(next))
    return ArrayType4(root, path2, current, next);
  if (IsTypedArray(next))
    return TypedArrayType3(root, path2, current, next);
  if (IsStandardObject2(next))
    return ObjectType4(root, path2, current, next);
  if (IsValueType(next))
    return ValueType3(root, path2, current, next);
}
function IsNonMutableValue(value) {
  return IsTypedArray(value) || IsValueType(value);
}
function IsMismatchedValue(current, next) {
  return IsStandardObject2(current) && IsArray(next) || IsArray(current) && IsStandardObject2(next);
}
function Mutate(current, next) {
  if (IsNonMutableValue(current) || IsNonMutableValue(next))
    throw new ValueMutateError("Only object and array types can be mutated at the root level");
  if (IsMismatchedValue(current, next))
    throw new ValueMutateError("Cannot assign due type mismatch of assignable values");
  Visit13(current, "", current, next);
}

// node_modules/@sinclair/typebox/build/esm/value/parse/parse.mjs
var ParseError = class extends TypeBoxError {
  constructor(message) {
    super(message);
  }
}, ParseRegistry;
(function(ParseRegistry2) {
  let registry = /* @__PURE__ */ new Map([
    ["Assert", (type, references, value) => (Assert(type, references, value), value)],
    ["Cast", (type, references, value) => Cast(type, references, value)],
    ["Clean", (type, references, value) => Clean(type, references, value)],
    ["Clone", (_type, _references, value) => Clone(value)],
    ["Convert", (type, references, value) => Convert(type, references, value)],
    ["Decode", (type, references, value) => HasTransform(type, references) ? TransformDecode(type, references, value) : value],
    ["Default", (type, references, value) => Default4(type, references, value)],
    ["Encode", (type, references, value) => HasTransform(type, references) ? TransformEncode(type, references, value) : value]
  ]);
  function Delete5(key) {
    registry.delete(key);
  }
  ParseRegistry2.Delete = Delete5;
  function Set5(key, callback) {
    registry.set(key, callback);
  }
  ParseRegistry2.Set = Set5;
  function Get4(key) {
    return registry.get(key);
  }
  ParseRegistry2.Get = Get4;
})(ParseRegistry || (ParseRegistry = {}));
var ParseDefault = [
  "Clone",
  "Clean",
  "Default",
  "Convert",
  "Assert",
  "Decode"
];
function ParseValue(operations, type, references, value) {
  return operations.reduce((value2, operationKey) => {
    let operation = ParseRegistry.Get(operationKey);
    if (IsUndefined(operation))
      throw new ParseError(`Unable to find Parse operation '${operationKey}'`);
    return operation(type, references, value2);
  }, value);
}
function Parse(...args) {
  let [operations, schema, references, value] = args.length === 4 ? [args[0], args[1], args[2], args[3]] : args.length === 3 ? IsArray(args[0]) ? [args[0], args[1], [], args[2]] : [ParseDefault, args[0], args[1], args[2]] : args.length === 2 ? [ParseDefault, args[0], [], args[1]] : (() => {
    throw new ParseError("Invalid Arguments");
  })();
  return ParseValue(operations, schema, references, value);
}

// node_modules/@sinclair/typebox/build/esm/value/value/value.mjs
var value_exports = {};
__export(value_exports, {
  Assert: () => Assert,
  Cast: () => Cast,
  Check: () => Check,
  Clean: () => Clean,
  Clone: () => Clone,
  Convert: () => Convert,
  Create: () => Create2,
  Decode: () => Decode,
  Default: () => Default4,
  Diff: () => Diff,
  Edit: () => Edit,
  Encode: () => Encode,
  Equal: () => Equal,
  Errors: () => Errors,
  Hash: () => Hash,
  Mutate: () => Mutate,
  Parse: () => Parse,
  Patch: () => Patch,
  ValueErrorIterator: () => ValueErrorIterator
});

// lib/plan/artifacts.ts
var PULL_ARTIFACT = "cloudneutral-pull", PLAN_ARTIFACT = "cloudneutral-plan", PULL_FILE = "pull.json", DEFAULT_LIMITS = {
  file: 4 * 1024 * 1024,
  total: 32 * 1024 * 1024,
  files: 1e3
}, ArtifactError = class extends UsageError {
  name = "ArtifactError";
  problems;
  constructor(problems) {
    super(
      `the plan artifacts are refused (${problems.length} problem(s)); nothing is commented or attested:
` + problems.map((p) => `  - ${p}`).join(`
`)
    ), this.problems = problems;
  }
}, Sha = Type.String({ pattern: "^[0-9a-f]{40}$" }), Hash2 = Type.String({ pattern: "^[0-9a-f]{64}$" }), UnitId = Type.String({
  pattern: "^(stacks/[a-z0-9-]{1,63}/[a-z0-9-]{1,63}|(k8s|gateway|ansible)/[a-z0-9-]{1,63})$"
}), Count = Type.Integer({ minimum: 0, maximum: 1e7 }), Text = (maxLength) => Type.String({ maxLength }), strict = { additionalProperties: !1 }, Action = Type.Union(
  ["create", "update", "delete", "replace", "read", "noop", "forget"].map((a) => Type.Literal(a))
), Counts = Type.Object(
  {
    create: Count,
    update: Count,
    delete: Count,
    replace: Count,
    read: Count,
    noop: Count,
    forget: Count,
    import: Count,
    move: Count
  },
  strict
), Summary = Type.Object(
  {
    formatVersion: Text(32),
    terraformVersion: Type.Optional(Text(64)),
    counts: Counts,
    resources: Type.Array(
      Type.Object(
        {
          address: Text(2048),
          type: Text(256),
          actions: Type.Array(Text(16), { maxItems: 4 }),
          action: Action,
          reason: Type.Optional(Text(128)),
          replacePaths: Type.Optional(Type.Array(Text(1024), { maxItems: 256 })),
          movedFrom: Type.Optional(Text(2048)),
          importing: Type.Boolean(),
          deposed: Type.Optional(Text(64))
        },
        strict
      )
    ),
    outputs: Type.Array(
      Type.Object(
        {
          name: Text(256),
          actions: Type.Array(Text(16), { maxItems: 4 }),
          action: Action,
          sensitive: Type.Boolean()
        },
        strict
      )
    ),
    errored: Type.Boolean(),
    complete: Type.Boolean()
  },
  strict
), UnitResultSchema = Type.Object(
  {
    id: UnitId,
    layer: Type.Union(Layers.map((l) => Type.Literal(l))),
    region: Type.String({ pattern: "^[a-z0-9-]{1,63}$" }),
    engine: Type.Optional(
      Type.Union(["terraform", "ansible", "gitops"].map((e) => Type.Literal(e)))
    ),
    status: Type.Union(["changes", "no-changes", "failed", "removed"].map((s) => Type.Literal(s))),
    files: Type.Array(Text(1024), { maxItems: 1e4 }),
    counts: Type.Optional(Counts),
    summary: Type.Optional(Summary),
    text: Type.Optional(Text(1e6)),
    hash: Type.Optional(Hash2),
    entries: Type.Optional(
      Type.Record(Type.String({ maxLength: 2048 }), Type.String({ pattern: "^[0-9a-f]{10}$" }))
    ),
    normalised: Type.Optional(
      Type.Array(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown()), {
        maxItems: 1e5
      })
    ),
    error: Type.Optional(Text(1e5)),
    commit: Sha
  },
  strict
), PullFactsSchema = Type.Object(
  { number: Type.Integer({ minimum: 1, maximum: 2 ** 31 }), head: Sha, base: Sha },
  strict
), FILE_NAME = /^[A-Za-z0-9_.-]{1,200}\.json$/;
async function readReviewArtifacts(dir, limits = DEFAULT_LIMITS) {
  let problems = [], files = /* @__PURE__ */ new Map([
    [PULL_ARTIFACT, []],
    [PLAN_ARTIFACT, []]
  ]), top = await lstat(dir).catch(() => {
  });
  if (!top?.isDirectory() || top.isSymbolicLink())
    throw new ArtifactError([
      `${dir} is not a directory (was the ${PULL_ARTIFACT} artifact downloaded?)`
    ]);
  for (let e of await readdir(dir, { withFileTypes: !0 })) {
    let list = files.get(e.name);
    if (!list || !e.isDirectory()) {
      problems.push(
        `${e.name}: ${kind(e)} not expected here (only ${PULL_ARTIFACT}/ and ${PLAN_ARTIFACT}/)`
      );
      continue;
    }
    for (let f of await readdir(path.join(dir, e.name), { withFileTypes: !0 })) {
      let name = `${e.name}/${f.name}`;
      f.isFile() ? FILE_NAME.test(f.name) ? list.push({ name, file: path.join(dir, e.name, f.name) }) : problems.push(`${name}: not a JSON file name`) : problems.push(`${name}: ${kind(f)}, not a regular file`);
    }
  }
  let pulls = files.get(PULL_ARTIFACT), plans = files.get(PLAN_ARTIFACT);
  if ((pulls.length !== 1 || pulls[0].name !== `${PULL_ARTIFACT}/${PULL_FILE}`) && problems.push(`${PULL_ARTIFACT}/ must hold exactly ${PULL_FILE}`), pulls.length + plans.length > limits.files && problems.push(`${pulls.length + plans.length} files: more than ${limits.files}`), problems.length > 0) throw new ArtifactError(problems);
  let total = 0, parsed = [];
  for (let f of [...pulls, ...plans]) {
    let text = await readBounded(f, limits.file, problems);
    if (text !== void 0) {
      if (total += Buffer.byteLength(text), total > limits.total) {
        problems.push(`the artifacts exceed ${limits.total} bytes in all (at ${f.name})`);
        break;
      }
      try {
        parsed.push({ name: f.name, value: JSON.parse(text) });
      } catch (err) {
        problems.push(
          `${f.name}: not valid JSON (${err instanceof Error ? err.message : String(err)})`
        );
      }
    }
  }
  if (problems.length > 0) throw new ArtifactError(problems);
  let [pullDoc, ...planDocs] = parsed, pull = checked(pullDoc.name, PullFactsSchema, pullDoc.value, problems), results = /* @__PURE__ */ new Map();
  for (let doc of planDocs) {
    let r = checked(doc.name, UnitResultSchema, doc.value, problems);
    if (!r) continue;
    let unbound = planBinding(r);
    unbound ? problems.push(`${doc.name}: ${unbound}`) : results.has(r.id) ? problems.push(`${doc.name}: a second result for ${JSON.stringify(r.id)}`) : pull && r.commit !== pull.head && problems.push(
      `${doc.name}: planned ${r.commit.slice(0, 12)}, not the head ${pull.head.slice(0, 12)}`
    ), results.set(r.id, r);
  }
  if (problems.length > 0 || !pull) throw new ArtifactError(problems);
  return { pull, results, planned: plans.length > 0 };
}
function kind(e) {
  return e.isSymbolicLink() ? "a symbolic link" : e.isDirectory() ? "a directory" : e.isFile() ? "a file" : "a special file";
}
async function readBounded(f, max, problems) {
  let handle;
  try {
    handle = await open(f.file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    let code = err.code;
    problems.push(
      `${f.name}: ${code === "ELOOP" ? "a symbolic link" : `cannot be opened (${code})`}`
    );
    return;
  }
  try {
    let stat = await handle.stat();
    if (!stat.isFile()) {
      problems.push(`${f.name}: not a regular file`);
      return;
    }
    if (stat.size > max) {
      problems.push(`${f.name}: ${stat.size} bytes, more than the ${max} allowed per file`);
      return;
    }
    let buffer = Buffer.alloc(max + 1), { bytesRead } = await handle.read(buffer, 0, max + 1, 0);
    if (bytesRead > max) {
      problems.push(`${f.name}: more than the ${max} bytes allowed per file`);
      return;
    }
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(buffer.subarray(0, bytesRead));
    } catch {
      problems.push(`${f.name}: not UTF-8`);
      return;
    }
  } finally {
    await handle.close();
  }
}
function checked(name, schema, value, problems) {
  if (value_exports.Check(schema, value)) return value;
  let errors = [...value_exports.Errors(schema, value)].slice(0, 5);
  for (let e of errors) problems.push(`${name}: ${e.path || "/"}: ${e.message}`);
}
function planBinding(r) {
  if (r.engine !== "terraform" || r.hash === void 0) return;
  if (!r.normalised || !r.summary)
    return "a Terraform plan without its normalised plan and summary: its hash cannot be checked";
  let { hash, entries } = normalisedDigest(r.normalised);
  if (hash !== r.hash) return "its hash is not the hash of the plan it carries";
  r.entries = entries;
  let resources = [], outputs = [], counts = { create: 0, update: 0, delete: 0, replace: 0, forget: 0 };
  for (let e of r.normalised) {
    let actions = Array.isArray(e.actions) ? e.actions.filter((a) => typeof a == "string") : [], action = classifyActions(actions) ?? `unknown ${JSON.stringify(e.actions)}`;
    if (e.output !== void 0) {
      outputs.push(`${String(e.output)} ${action}`);
      continue;
    }
    resources.push(`${String(e.address)} ${String(e.deposed ?? "")} ${action}`), action in counts && counts[action]++;
  }
  let shown = r.summary, same = (a, b) => JSON.stringify(a.sort()) === JSON.stringify(b.sort());
  if (!same(
    resources,
    shown.resources.map((x) => `${x.address} ${x.deposed ?? ""} ${x.action}`)
  ))
    return "its summary lists other resource changes than the plan its hash is of";
  if (!same(
    outputs,
    shown.outputs.map((x) => `${x.name} ${x.action}`)
  ))
    return "its summary lists other output changes than the plan its hash is of";
  for (let [k, n] of Object.entries(counts))
    if (shown.counts[k] !== n || r.counts && r.counts[k] !== n)
      return `its counts (${k}) are not those of the plan its hash is of`;
}

export {
  PULL_ARTIFACT,
  PLAN_ARTIFACT,
  PULL_FILE,
  DEFAULT_LIMITS,
  ArtifactError,
  UnitResultSchema,
  PullFactsSchema,
  readReviewArtifacts,
  planBinding
};
