import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  __export
} from "./chunk-BOG7BZ5N.js";

// node_modules/@sinclair/typebox/build/esm/value/guard/guard.mjs
function IsAsyncIterator(value) {
  return IsObject(value) && globalThis.Symbol.asyncIterator in value;
}
function IsIterator(value) {
  return IsObject(value) && globalThis.Symbol.iterator in value;
}
function IsStandardObject(value) {
  return IsObject(value) && (globalThis.Object.getPrototypeOf(value) === Object.prototype || globalThis.Object.getPrototypeOf(value) === null);
}
function IsPromise(value) {
  return value instanceof globalThis.Promise;
}
function IsDate(value) {
  return value instanceof Date && globalThis.Number.isFinite(value.getTime());
}
function IsMap(value) {
  return value instanceof globalThis.Map;
}
function IsSet(value) {
  return value instanceof globalThis.Set;
}
function IsTypedArray(value) {
  return globalThis.ArrayBuffer.isView(value);
}
function IsUint8Array(value) {
  return value instanceof globalThis.Uint8Array;
}
function HasPropertyKey(value, key) {
  return key in value;
}
function IsObject(value) {
  return value !== null && typeof value == "object";
}
function IsArray(value) {
  return globalThis.Array.isArray(value) && !globalThis.ArrayBuffer.isView(value);
}
function IsUndefined(value) {
  return value === void 0;
}
function IsNull(value) {
  return value === null;
}
function IsBoolean(value) {
  return typeof value == "boolean";
}
function IsNumber(value) {
  return typeof value == "number";
}
function IsInteger(value) {
  return globalThis.Number.isInteger(value);
}
function IsBigInt(value) {
  return typeof value == "bigint";
}
function IsString(value) {
  return typeof value == "string";
}
function IsFunction(value) {
  return typeof value == "function";
}
function IsSymbol(value) {
  return typeof value == "symbol";
}
function IsValueType(value) {
  return IsBigInt(value) || IsBoolean(value) || IsNull(value) || IsNumber(value) || IsString(value) || IsSymbol(value) || IsUndefined(value);
}

// node_modules/@sinclair/typebox/build/esm/system/policy.mjs
var TypeSystemPolicy;
(function(TypeSystemPolicy2) {
  TypeSystemPolicy2.InstanceMode = "default", TypeSystemPolicy2.ExactOptionalPropertyTypes = !1, TypeSystemPolicy2.AllowArrayObject = !1, TypeSystemPolicy2.AllowNaN = !1, TypeSystemPolicy2.AllowNullVoid = !1;
  function IsExactOptionalProperty(value, key) {
    return TypeSystemPolicy2.ExactOptionalPropertyTypes ? key in value : value[key] !== void 0;
  }
  TypeSystemPolicy2.IsExactOptionalProperty = IsExactOptionalProperty;
  function IsObjectLike(value) {
    let isObject = IsObject(value);
    return TypeSystemPolicy2.AllowArrayObject ? isObject : isObject && !IsArray(value);
  }
  TypeSystemPolicy2.IsObjectLike = IsObjectLike;
  function IsRecordLike(value) {
    return IsObjectLike(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
  }
  TypeSystemPolicy2.IsRecordLike = IsRecordLike;
  function IsNumberLike(value) {
    return TypeSystemPolicy2.AllowNaN ? IsNumber(value) : Number.isFinite(value);
  }
  TypeSystemPolicy2.IsNumberLike = IsNumberLike;
  function IsVoidLike(value) {
    let isUndefined = IsUndefined(value);
    return TypeSystemPolicy2.AllowNullVoid ? isUndefined || value === null : isUndefined;
  }
  TypeSystemPolicy2.IsVoidLike = IsVoidLike;
})(TypeSystemPolicy || (TypeSystemPolicy = {}));

// node_modules/@sinclair/typebox/build/esm/type/guard/value.mjs
var value_exports = {};
__export(value_exports, {
  HasPropertyKey: () => HasPropertyKey2,
  IsArray: () => IsArray2,
  IsAsyncIterator: () => IsAsyncIterator2,
  IsBigInt: () => IsBigInt2,
  IsBoolean: () => IsBoolean2,
  IsDate: () => IsDate2,
  IsFunction: () => IsFunction2,
  IsIterator: () => IsIterator2,
  IsNull: () => IsNull2,
  IsNumber: () => IsNumber2,
  IsObject: () => IsObject2,
  IsRegExp: () => IsRegExp,
  IsString: () => IsString2,
  IsSymbol: () => IsSymbol2,
  IsUint8Array: () => IsUint8Array2,
  IsUndefined: () => IsUndefined2
});
function HasPropertyKey2(value, key) {
  return key in value;
}
function IsAsyncIterator2(value) {
  return IsObject2(value) && !IsArray2(value) && !IsUint8Array2(value) && Symbol.asyncIterator in value;
}
function IsArray2(value) {
  return Array.isArray(value);
}
function IsBigInt2(value) {
  return typeof value == "bigint";
}
function IsBoolean2(value) {
  return typeof value == "boolean";
}
function IsDate2(value) {
  return value instanceof globalThis.Date;
}
function IsFunction2(value) {
  return typeof value == "function";
}
function IsIterator2(value) {
  return IsObject2(value) && !IsArray2(value) && !IsUint8Array2(value) && Symbol.iterator in value;
}
function IsNull2(value) {
  return value === null;
}
function IsNumber2(value) {
  return typeof value == "number";
}
function IsObject2(value) {
  return typeof value == "object" && value !== null;
}
function IsRegExp(value) {
  return value instanceof globalThis.RegExp;
}
function IsString2(value) {
  return typeof value == "string";
}
function IsSymbol2(value) {
  return typeof value == "symbol";
}
function IsUint8Array2(value) {
  return value instanceof globalThis.Uint8Array;
}
function IsUndefined2(value) {
  return value === void 0;
}

// node_modules/@sinclair/typebox/build/esm/type/create/immutable.mjs
function ImmutableArray(value) {
  return globalThis.Object.freeze(value).map((value2) => Immutable(value2));
}
function ImmutableObject(value) {
  let result = {};
  for (let key of Object.getOwnPropertyNames(value))
    result[key] = Immutable(value[key]);
  for (let key of Object.getOwnPropertySymbols(value))
    result[key] = Immutable(value[key]);
  return globalThis.Object.freeze(result);
}
function Immutable(value) {
  return IsArray2(value) ? ImmutableArray(value) : IsDate2(value) ? value : IsUint8Array2(value) ? value : IsRegExp(value) ? value : IsObject2(value) ? ImmutableObject(value) : value;
}

// node_modules/@sinclair/typebox/build/esm/type/clone/value.mjs
function ArrayType(value) {
  return value.map((value2) => Visit(value2));
}
function DateType(value) {
  return new Date(value.getTime());
}
function Uint8ArrayType(value) {
  return new Uint8Array(value);
}
function RegExpType(value) {
  return new RegExp(value.source, value.flags);
}
function ObjectType(value) {
  let result = {};
  for (let key of Object.getOwnPropertyNames(value))
    result[key] = Visit(value[key]);
  for (let key of Object.getOwnPropertySymbols(value))
    result[key] = Visit(value[key]);
  return result;
}
function Visit(value) {
  return IsArray2(value) ? ArrayType(value) : IsDate2(value) ? DateType(value) : IsUint8Array2(value) ? Uint8ArrayType(value) : IsRegExp(value) ? RegExpType(value) : IsObject2(value) ? ObjectType(value) : value;
}
function Clone(value) {
  return Visit(value);
}

// node_modules/@sinclair/typebox/build/esm/type/create/type.mjs
function CreateType(schema, options) {
  let result = options !== void 0 ? { ...options, ...schema } : schema;
  switch (TypeSystemPolicy.InstanceMode) {
    case "freeze":
      return Immutable(result);
    case "clone":
      return Clone(result);
    default:
      return result;
  }
}

// node_modules/@sinclair/typebox/build/esm/type/symbols/symbols.mjs
var TransformKind = /* @__PURE__ */ Symbol.for("TypeBox.Transform"), ReadonlyKind = /* @__PURE__ */ Symbol.for("TypeBox.Readonly"), OptionalKind = /* @__PURE__ */ Symbol.for("TypeBox.Optional"), Hint = /* @__PURE__ */ Symbol.for("TypeBox.Hint"), Kind = /* @__PURE__ */ Symbol.for("TypeBox.Kind");

// node_modules/@sinclair/typebox/build/esm/type/any/any.mjs
function Any(options) {
  return CreateType({ [Kind]: "Any" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/array/array.mjs
function Array2(items, options) {
  return CreateType({ [Kind]: "Array", type: "array", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/boolean/boolean.mjs
function Boolean(options) {
  return CreateType({ [Kind]: "Boolean", type: "boolean" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/discard/discard.mjs
function DiscardKey(value, key) {
  let { [key]: _, ...rest } = value;
  return rest;
}
function Discard(value, keys) {
  return keys.reduce((acc, key) => DiscardKey(acc, key), value);
}

// node_modules/@sinclair/typebox/build/esm/type/never/never.mjs
function Never(options) {
  return CreateType({ [Kind]: "Never", not: {} }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped-result.mjs
function MappedResult(properties) {
  return CreateType({
    [Kind]: "MappedResult",
    properties
  });
}

// node_modules/@sinclair/typebox/build/esm/type/async-iterator/async-iterator.mjs
function AsyncIterator(items, options) {
  return CreateType({ [Kind]: "AsyncIterator", type: "AsyncIterator", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/constructor/constructor.mjs
function Constructor(parameters, returns, options) {
  return CreateType({ [Kind]: "Constructor", type: "Constructor", parameters, returns }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/function/function.mjs
function Function(parameters, returns, options) {
  return CreateType({ [Kind]: "Function", type: "Function", parameters, returns }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/error/error.mjs
var TypeBoxError = class extends Error {
  constructor(message) {
    super(message);
  }
};

// node_modules/@sinclair/typebox/build/esm/type/computed/computed.mjs
function Computed(target, parameters, options) {
  return CreateType({ [Kind]: "Computed", target, parameters }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union-create.mjs
function UnionCreate(T, options) {
  return CreateType({ [Kind]: "Union", anyOf: T }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/guard/kind.mjs
function IsReadonly(value) {
  return IsObject2(value) && value[ReadonlyKind] === "Readonly";
}
function IsOptional(value) {
  return IsObject2(value) && value[OptionalKind] === "Optional";
}
function IsAny(value) {
  return IsKindOf(value, "Any");
}
function IsArgument(value) {
  return IsKindOf(value, "Argument");
}
function IsArray3(value) {
  return IsKindOf(value, "Array");
}
function IsAsyncIterator3(value) {
  return IsKindOf(value, "AsyncIterator");
}
function IsBigInt3(value) {
  return IsKindOf(value, "BigInt");
}
function IsBoolean3(value) {
  return IsKindOf(value, "Boolean");
}
function IsComputed(value) {
  return IsKindOf(value, "Computed");
}
function IsConstructor(value) {
  return IsKindOf(value, "Constructor");
}
function IsDate3(value) {
  return IsKindOf(value, "Date");
}
function IsFunction3(value) {
  return IsKindOf(value, "Function");
}
function IsInteger2(value) {
  return IsKindOf(value, "Integer");
}
function IsIntersect(value) {
  return IsKindOf(value, "Intersect");
}
function IsIterator3(value) {
  return IsKindOf(value, "Iterator");
}
function IsKindOf(value, kind2) {
  return IsObject2(value) && Kind in value && value[Kind] === kind2;
}
function IsLiteralValue(value) {
  return IsBoolean2(value) || IsNumber2(value) || IsString2(value);
}
function IsLiteral(value) {
  return IsKindOf(value, "Literal");
}
function IsMappedKey(value) {
  return IsKindOf(value, "MappedKey");
}
function IsMappedResult(value) {
  return IsKindOf(value, "MappedResult");
}
function IsNever(value) {
  return IsKindOf(value, "Never");
}
function IsNot(value) {
  return IsKindOf(value, "Not");
}
function IsNull3(value) {
  return IsKindOf(value, "Null");
}
function IsNumber3(value) {
  return IsKindOf(value, "Number");
}
function IsObject3(value) {
  return IsKindOf(value, "Object");
}
function IsPromise2(value) {
  return IsKindOf(value, "Promise");
}
function IsRecord(value) {
  return IsKindOf(value, "Record");
}
function IsRef(value) {
  return IsKindOf(value, "Ref");
}
function IsRegExp2(value) {
  return IsKindOf(value, "RegExp");
}
function IsString3(value) {
  return IsKindOf(value, "String");
}
function IsSymbol3(value) {
  return IsKindOf(value, "Symbol");
}
function IsTemplateLiteral(value) {
  return IsKindOf(value, "TemplateLiteral");
}
function IsThis(value) {
  return IsKindOf(value, "This");
}
function IsTransform(value) {
  return IsObject2(value) && TransformKind in value;
}
function IsTuple(value) {
  return IsKindOf(value, "Tuple");
}
function IsUndefined3(value) {
  return IsKindOf(value, "Undefined");
}
function IsUnion(value) {
  return IsKindOf(value, "Union");
}
function IsUint8Array3(value) {
  return IsKindOf(value, "Uint8Array");
}
function IsUnknown(value) {
  return IsKindOf(value, "Unknown");
}
function IsUnsafe(value) {
  return IsKindOf(value, "Unsafe");
}
function IsVoid(value) {
  return IsKindOf(value, "Void");
}
function IsKind(value) {
  return IsObject2(value) && Kind in value && IsString2(value[Kind]);
}
function IsSchema(value) {
  return IsAny(value) || IsArgument(value) || IsArray3(value) || IsBoolean3(value) || IsBigInt3(value) || IsAsyncIterator3(value) || IsComputed(value) || IsConstructor(value) || IsDate3(value) || IsFunction3(value) || IsInteger2(value) || IsIntersect(value) || IsIterator3(value) || IsLiteral(value) || IsMappedKey(value) || IsMappedResult(value) || IsNever(value) || IsNot(value) || IsNull3(value) || IsNumber3(value) || IsObject3(value) || IsPromise2(value) || IsRecord(value) || IsRef(value) || IsRegExp2(value) || IsString3(value) || IsSymbol3(value) || IsTemplateLiteral(value) || IsThis(value) || IsTuple(value) || IsUndefined3(value) || IsUnion(value) || IsUint8Array3(value) || IsUnknown(value) || IsUnsafe(value) || IsVoid(value) || IsKind(value);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union-evaluated.mjs
function IsUnionOptional(types) {
  return types.some((type) => IsOptional(type));
}
function RemoveOptionalFromRest(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType(left) : left);
}
function RemoveOptionalFromType(T) {
  return Discard(T, [OptionalKind]);
}
function ResolveUnion(types, options) {
  return IsUnionOptional(types) ? Optional(UnionCreate(RemoveOptionalFromRest(types), options)) : UnionCreate(RemoveOptionalFromRest(types), options);
}
function UnionEvaluated(T, options) {
  return T.length === 1 ? CreateType(T[0], options) : T.length === 0 ? Never(options) : ResolveUnion(T, options);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union.mjs
function Union(types, options) {
  return types.length === 0 ? Never(options) : types.length === 1 ? CreateType(types[0], options) : UnionCreate(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/parse.mjs
var TemplateLiteralParserError = class extends TypeBoxError {
};
function Unescape(pattern) {
  return pattern.replace(/\\\$/g, "$").replace(/\\\*/g, "*").replace(/\\\^/g, "^").replace(/\\\|/g, "|").replace(/\\\(/g, "(").replace(/\\\)/g, ")");
}
function IsNonEscaped(pattern, index, char) {
  return pattern[index] === char && pattern.charCodeAt(index - 1) !== 92;
}
function IsOpenParen(pattern, index) {
  return IsNonEscaped(pattern, index, "(");
}
function IsCloseParen(pattern, index) {
  return IsNonEscaped(pattern, index, ")");
}
function IsSeparator(pattern, index) {
  return IsNonEscaped(pattern, index, "|");
}
function IsGroup(pattern) {
  if (!(IsOpenParen(pattern, 0) && IsCloseParen(pattern, pattern.length - 1)))
    return !1;
  let count = 0;
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), count === 0 && index !== pattern.length - 1)
      return !1;
  return !0;
}
function InGroup(pattern) {
  return pattern.slice(1, pattern.length - 1);
}
function IsPrecedenceOr(pattern) {
  let count = 0;
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), IsSeparator(pattern, index) && count === 0)
      return !0;
  return !1;
}
function IsPrecedenceAnd(pattern) {
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index))
      return !0;
  return !1;
}
function Or(pattern) {
  let [count, start] = [0, 0], expressions = [];
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), IsSeparator(pattern, index) && count === 0) {
      let range2 = pattern.slice(start, index);
      range2.length > 0 && expressions.push(TemplateLiteralParse(range2)), start = index + 1;
    }
  let range = pattern.slice(start);
  return range.length > 0 && expressions.push(TemplateLiteralParse(range)), expressions.length === 0 ? { type: "const", const: "" } : expressions.length === 1 ? expressions[0] : { type: "or", expr: expressions };
}
function And(pattern) {
  function Group(value, index) {
    if (!IsOpenParen(value, index))
      throw new TemplateLiteralParserError("TemplateLiteralParser: Index must point to open parens");
    let count = 0;
    for (let scan = index; scan < value.length; scan++)
      if (IsOpenParen(value, scan) && (count += 1), IsCloseParen(value, scan) && (count -= 1), count === 0)
        return [index, scan];
    throw new TemplateLiteralParserError("TemplateLiteralParser: Unclosed group parens in expression");
  }
  function Range(pattern2, index) {
    for (let scan = index; scan < pattern2.length; scan++)
      if (IsOpenParen(pattern2, scan))
        return [index, scan];
    return [index, pattern2.length];
  }
  let expressions = [];
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index)) {
      let [start, end] = Group(pattern, index), range = pattern.slice(start, end + 1);
      expressions.push(TemplateLiteralParse(range)), index = end;
    } else {
      let [start, end] = Range(pattern, index), range = pattern.slice(start, end);
      range.length > 0 && expressions.push(TemplateLiteralParse(range)), index = end - 1;
    }
  return expressions.length === 0 ? { type: "const", const: "" } : expressions.length === 1 ? expressions[0] : { type: "and", expr: expressions };
}
function TemplateLiteralParse(pattern) {
  return IsGroup(pattern) ? TemplateLiteralParse(InGroup(pattern)) : IsPrecedenceOr(pattern) ? Or(pattern) : IsPrecedenceAnd(pattern) ? And(pattern) : { type: "const", const: Unescape(pattern) };
}
function TemplateLiteralParseExact(pattern) {
  return TemplateLiteralParse(pattern.slice(1, pattern.length - 1));
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/finite.mjs
var TemplateLiteralFiniteError = class extends TypeBoxError {
};
function IsNumberExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "0" && expression.expr[1].type === "const" && expression.expr[1].const === "[1-9][0-9]*";
}
function IsBooleanExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "true" && expression.expr[1].type === "const" && expression.expr[1].const === "false";
}
function IsStringExpression(expression) {
  return expression.type === "const" && expression.const === ".*";
}
function IsTemplateLiteralExpressionFinite(expression) {
  return IsNumberExpression(expression) || IsStringExpression(expression) ? !1 : IsBooleanExpression(expression) ? !0 : expression.type === "and" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "or" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "const" ? !0 : (() => {
    throw new TemplateLiteralFiniteError("Unknown expression type");
  })();
}
function IsTemplateLiteralFinite(schema) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/generate.mjs
var TemplateLiteralGenerateError = class extends TypeBoxError {
};
function* GenerateReduce(buffer) {
  if (buffer.length === 1)
    return yield* buffer[0];
  for (let left of buffer[0])
    for (let right of GenerateReduce(buffer.slice(1)))
      yield `${left}${right}`;
}
function* GenerateAnd(expression) {
  return yield* GenerateReduce(expression.expr.map((expr) => [...TemplateLiteralExpressionGenerate(expr)]));
}
function* GenerateOr(expression) {
  for (let expr of expression.expr)
    yield* TemplateLiteralExpressionGenerate(expr);
}
function* GenerateConst(expression) {
  return yield expression.const;
}
function* TemplateLiteralExpressionGenerate(expression) {
  return expression.type === "and" ? yield* GenerateAnd(expression) : expression.type === "or" ? yield* GenerateOr(expression) : expression.type === "const" ? yield* GenerateConst(expression) : (() => {
    throw new TemplateLiteralGenerateError("Unknown expression");
  })();
}
function TemplateLiteralGenerate(schema) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression) ? [...TemplateLiteralExpressionGenerate(expression)] : [];
}

// node_modules/@sinclair/typebox/build/esm/type/literal/literal.mjs
function Literal(value, options) {
  return CreateType({
    [Kind]: "Literal",
    const: value,
    type: typeof value
  }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/bigint/bigint.mjs
function BigInt(options) {
  return CreateType({ [Kind]: "BigInt", type: "bigint" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/number/number.mjs
function Number2(options) {
  return CreateType({ [Kind]: "Number", type: "number" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/string/string.mjs
function String(options) {
  return CreateType({ [Kind]: "String", type: "string" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/syntax.mjs
function* FromUnion(syntax) {
  let trim = syntax.trim().replace(/"|'/g, "");
  return trim === "boolean" ? yield Boolean() : trim === "number" ? yield Number2() : trim === "bigint" ? yield BigInt() : trim === "string" ? yield String() : yield (() => {
    let literals = trim.split("|").map((literal) => Literal(literal.trim()));
    return literals.length === 0 ? Never() : literals.length === 1 ? literals[0] : UnionEvaluated(literals);
  })();
}
function* FromTerminal(syntax) {
  if (syntax[1] !== "{") {
    let L = Literal("$"), R = FromSyntax(syntax.slice(1));
    return yield* [L, ...R];
  }
  for (let i = 2; i < syntax.length; i++)
    if (syntax[i] === "}") {
      let L = FromUnion(syntax.slice(2, i)), R = FromSyntax(syntax.slice(i + 1));
      return yield* [...L, ...R];
    }
  yield Literal(syntax);
}
function* FromSyntax(syntax) {
  for (let i = 0; i < syntax.length; i++)
    if (syntax[i] === "$") {
      let L = Literal(syntax.slice(0, i)), R = FromTerminal(syntax.slice(i));
      return yield* [L, ...R];
    }
  yield Literal(syntax);
}
function TemplateLiteralSyntax(syntax) {
  return [...FromSyntax(syntax)];
}

// node_modules/@sinclair/typebox/build/esm/type/patterns/patterns.mjs
var PatternBoolean = "(true|false)", PatternNumber = "(0|[1-9][0-9]*)", PatternString = "(.*)", PatternNever = "(?!.*)", PatternBooleanExact = `^${PatternBoolean}$`, PatternNumberExact = `^${PatternNumber}$`, PatternStringExact = `^${PatternString}$`, PatternNeverExact = `^${PatternNever}$`;

// node_modules/@sinclair/typebox/build/esm/type/template-literal/pattern.mjs
var TemplateLiteralPatternError = class extends TypeBoxError {
};
function Escape(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Visit2(schema, acc) {
  return IsTemplateLiteral(schema) ? schema.pattern.slice(1, schema.pattern.length - 1) : IsUnion(schema) ? `(${schema.anyOf.map((schema2) => Visit2(schema2, acc)).join("|")})` : IsNumber3(schema) ? `${acc}${PatternNumber}` : IsInteger2(schema) ? `${acc}${PatternNumber}` : IsBigInt3(schema) ? `${acc}${PatternNumber}` : IsString3(schema) ? `${acc}${PatternString}` : IsLiteral(schema) ? `${acc}${Escape(schema.const.toString())}` : IsBoolean3(schema) ? `${acc}${PatternBoolean}` : (() => {
    throw new TemplateLiteralPatternError(`Unexpected Kind '${schema[Kind]}'`);
  })();
}
function TemplateLiteralPattern(kinds) {
  return `^${kinds.map((schema) => Visit2(schema, "")).join("")}$`;
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/union.mjs
function TemplateLiteralToUnion(schema) {
  let L = TemplateLiteralGenerate(schema).map((S) => Literal(S));
  return UnionEvaluated(L);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/template-literal.mjs
function TemplateLiteral(unresolved, options) {
  let pattern = IsString2(unresolved) ? TemplateLiteralPattern(TemplateLiteralSyntax(unresolved)) : TemplateLiteralPattern(unresolved);
  return CreateType({ [Kind]: "TemplateLiteral", type: "string", pattern }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-property-keys.mjs
function FromTemplateLiteral(templateLiteral) {
  return TemplateLiteralGenerate(templateLiteral).map((key) => key.toString());
}
function FromUnion2(types) {
  let result = [];
  for (let type of types)
    result.push(...IndexPropertyKeys(type));
  return result;
}
function FromLiteral(literalValue) {
  return [literalValue.toString()];
}
function IndexPropertyKeys(type) {
  return [...new Set(IsTemplateLiteral(type) ? FromTemplateLiteral(type) : IsUnion(type) ? FromUnion2(type.anyOf) : IsLiteral(type) ? FromLiteral(type.const) : IsNumber3(type) ? ["[number]"] : IsInteger2(type) ? ["[number]"] : [])];
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-result.mjs
function FromProperties(type, properties, options) {
  let result = {};
  for (let K2 of Object.getOwnPropertyNames(properties))
    result[K2] = Index(type, IndexPropertyKeys(properties[K2]), options);
  return result;
}
function FromMappedResult(type, mappedResult, options) {
  return FromProperties(type, mappedResult.properties, options);
}
function IndexFromMappedResult(type, mappedResult, options) {
  let properties = FromMappedResult(type, mappedResult, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed.mjs
function FromRest(types, key) {
  return types.map((type) => IndexFromPropertyKey(type, key));
}
function FromIntersectRest(types) {
  return types.filter((type) => !IsNever(type));
}
function FromIntersect(types, key) {
  return IntersectEvaluated(FromIntersectRest(FromRest(types, key)));
}
function FromUnionRest(types) {
  return types.some((L) => IsNever(L)) ? [] : types;
}
function FromUnion3(types, key) {
  return UnionEvaluated(FromUnionRest(FromRest(types, key)));
}
function FromTuple(types, key) {
  return key in types ? types[key] : key === "[number]" ? UnionEvaluated(types) : Never();
}
function FromArray(type, key) {
  return key === "[number]" ? type : Never();
}
function FromProperty(properties, propertyKey) {
  return propertyKey in properties ? properties[propertyKey] : Never();
}
function IndexFromPropertyKey(type, propertyKey) {
  return IsIntersect(type) ? FromIntersect(type.allOf, propertyKey) : IsUnion(type) ? FromUnion3(type.anyOf, propertyKey) : IsTuple(type) ? FromTuple(type.items ?? [], propertyKey) : IsArray3(type) ? FromArray(type.items, propertyKey) : IsObject3(type) ? FromProperty(type.properties, propertyKey) : Never();
}
function IndexFromPropertyKeys(type, propertyKeys) {
  return propertyKeys.map((propertyKey) => IndexFromPropertyKey(type, propertyKey));
}
function FromSchema(type, propertyKeys) {
  return UnionEvaluated(IndexFromPropertyKeys(type, propertyKeys));
}
function Index(type, key, options) {
  if (IsRef(type) || IsRef(key)) {
    let error = "Index types using Ref parameters require both Type and Key to be of TSchema";
    if (!IsSchema(type) || !IsSchema(key))
      throw new TypeBoxError(error);
    return Computed("Index", [type, key]);
  }
  return IsMappedResult(key) ? IndexFromMappedResult(type, key, options) : IsMappedKey(key) ? IndexFromMappedKey(type, key, options) : CreateType(IsSchema(key) ? FromSchema(type, IndexPropertyKeys(key)) : FromSchema(type, key), options);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-key.mjs
function MappedIndexPropertyKey(type, key, options) {
  return { [key]: Index(type, [key], Clone(options)) };
}
function MappedIndexPropertyKeys(type, propertyKeys, options) {
  return propertyKeys.reduce((result, left) => ({ ...result, ...MappedIndexPropertyKey(type, left, options) }), {});
}
function MappedIndexProperties(type, mappedKey, options) {
  return MappedIndexPropertyKeys(type, mappedKey.keys, options);
}
function IndexFromMappedKey(type, mappedKey, options) {
  let properties = MappedIndexProperties(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/iterator/iterator.mjs
function Iterator(items, options) {
  return CreateType({ [Kind]: "Iterator", type: "Iterator", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/object/object.mjs
function RequiredArray(properties) {
  return globalThis.Object.keys(properties).filter((key) => !IsOptional(properties[key]));
}
function _Object_(properties, options) {
  let required = RequiredArray(properties), schema = required.length > 0 ? { [Kind]: "Object", type: "object", required, properties } : { [Kind]: "Object", type: "object", properties };
  return CreateType(schema, options);
}
var Object2 = _Object_;

// node_modules/@sinclair/typebox/build/esm/type/promise/promise.mjs
function Promise2(item, options) {
  return CreateType({ [Kind]: "Promise", type: "Promise", item }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly.mjs
function RemoveReadonly(schema) {
  return CreateType(Discard(schema, [ReadonlyKind]));
}
function AddReadonly(schema) {
  return CreateType({ ...schema, [ReadonlyKind]: "Readonly" });
}
function ReadonlyWithFlag(schema, F) {
  return F === !1 ? RemoveReadonly(schema) : AddReadonly(schema);
}
function Readonly(schema, enable) {
  let F = enable ?? !0;
  return IsMappedResult(schema) ? ReadonlyFromMappedResult(schema, F) : ReadonlyWithFlag(schema, F);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly-from-mapped-result.mjs
function FromProperties2(K, F) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Readonly(K[K2], F);
  return Acc;
}
function FromMappedResult2(R, F) {
  return FromProperties2(R.properties, F);
}
function ReadonlyFromMappedResult(R, F) {
  let P = FromMappedResult2(R, F);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/tuple/tuple.mjs
function Tuple(types, options) {
  return CreateType(types.length > 0 ? { [Kind]: "Tuple", type: "array", items: types, additionalItems: !1, minItems: types.length, maxItems: types.length } : { [Kind]: "Tuple", type: "array", minItems: types.length, maxItems: types.length }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/sets/set.mjs
function SetIncludes(T, S) {
  return T.includes(S);
}
function SetDistinct(T) {
  return [...new Set(T)];
}
function SetIntersect(T, S) {
  return T.filter((L) => S.includes(L));
}
function SetIntersectManyResolve(T, Init) {
  return T.reduce((Acc, L) => SetIntersect(Acc, L), Init);
}
function SetIntersectMany(T) {
  return T.length === 1 ? T[0] : T.length > 1 ? SetIntersectManyResolve(T.slice(1), T[0]) : [];
}
function SetUnionMany(T) {
  let Acc = [];
  for (let L of T)
    Acc.push(...L);
  return Acc;
}

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped.mjs
function FromMappedResult3(K, P) {
  return K in P ? FromSchemaType(K, P[K]) : MappedResult(P);
}
function MappedKeyToKnownMappedResultProperties(K) {
  return { [K]: Literal(K) };
}
function MappedKeyToUnknownMappedResultProperties(P) {
  let Acc = {};
  for (let L of P)
    Acc[L] = Literal(L);
  return Acc;
}
function MappedKeyToMappedResultProperties(K, P) {
  return SetIncludes(P, K) ? MappedKeyToKnownMappedResultProperties(K) : MappedKeyToUnknownMappedResultProperties(P);
}
function FromMappedKey(K, P) {
  let R = MappedKeyToMappedResultProperties(K, P);
  return FromMappedResult3(K, R);
}
function FromRest2(K, T) {
  return T.map((L) => FromSchemaType(K, L));
}
function FromProperties3(K, T) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(T))
    Acc[K2] = FromSchemaType(K, T[K2]);
  return Acc;
}
function FromSchemaType(K, T) {
  let options = { ...T };
  return (
    // unevaluated modifier types
    IsOptional(T) ? Optional(FromSchemaType(K, Discard(T, [OptionalKind]))) : IsReadonly(T) ? Readonly(FromSchemaType(K, Discard(T, [ReadonlyKind]))) : (
      // unevaluated mapped types
      IsMappedResult(T) ? FromMappedResult3(K, T.properties) : IsMappedKey(T) ? FromMappedKey(K, T.keys) : (
        // unevaluated types
        IsConstructor(T) ? Constructor(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsFunction3(T) ? Function(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsAsyncIterator3(T) ? AsyncIterator(FromSchemaType(K, T.items), options) : IsIterator3(T) ? Iterator(FromSchemaType(K, T.items), options) : IsIntersect(T) ? Intersect(FromRest2(K, T.allOf), options) : IsUnion(T) ? Union(FromRest2(K, T.anyOf), options) : IsTuple(T) ? Tuple(FromRest2(K, T.items ?? []), options) : IsObject3(T) ? Object2(FromProperties3(K, T.properties), options) : IsArray3(T) ? Array2(FromSchemaType(K, T.items), options) : IsPromise2(T) ? Promise2(FromSchemaType(K, T.item), options) : T
      )
    )
  );
}
function MappedFunctionReturnType(K, T) {
  let Acc = {};
  for (let L of K)
    Acc[L] = FromSchemaType(L, T);
  return Acc;
}
function Mapped(key, map, options) {
  let K = IsSchema(key) ? IndexPropertyKeys(key) : key, RT = map({ [Kind]: "MappedKey", keys: K }), R = MappedFunctionReturnType(K, RT);
  return Object2(R, options);
}

// node_modules/@sinclair/typebox/build/esm/type/optional/optional.mjs
function RemoveOptional(schema) {
  return CreateType(Discard(schema, [OptionalKind]));
}
function AddOptional(schema) {
  return CreateType({ ...schema, [OptionalKind]: "Optional" });
}
function OptionalWithFlag(schema, F) {
  return F === !1 ? RemoveOptional(schema) : AddOptional(schema);
}
function Optional(schema, enable) {
  let F = enable ?? !0;
  return IsMappedResult(schema) ? OptionalFromMappedResult(schema, F) : OptionalWithFlag(schema, F);
}

// node_modules/@sinclair/typebox/build/esm/type/optional/optional-from-mapped-result.mjs
function FromProperties4(P, F) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Optional(P[K2], F);
  return Acc;
}
function FromMappedResult4(R, F) {
  return FromProperties4(R.properties, F);
}
function OptionalFromMappedResult(R, F) {
  let P = FromMappedResult4(R, F);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-create.mjs
function IntersectCreate(T, options = {}) {
  let allObjects = T.every((schema) => IsObject3(schema)), clonedUnevaluatedProperties = IsSchema(options.unevaluatedProperties) ? { unevaluatedProperties: options.unevaluatedProperties } : {};
  return CreateType(options.unevaluatedProperties === !1 || IsSchema(options.unevaluatedProperties) || allObjects ? { ...clonedUnevaluatedProperties, [Kind]: "Intersect", type: "object", allOf: T } : { ...clonedUnevaluatedProperties, [Kind]: "Intersect", allOf: T }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-evaluated.mjs
function IsIntersectOptional(types) {
  return types.every((left) => IsOptional(left));
}
function RemoveOptionalFromType2(type) {
  return Discard(type, [OptionalKind]);
}
function RemoveOptionalFromRest2(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType2(left) : left);
}
function ResolveIntersect(types, options) {
  return IsIntersectOptional(types) ? Optional(IntersectCreate(RemoveOptionalFromRest2(types), options)) : IntersectCreate(RemoveOptionalFromRest2(types), options);
}
function IntersectEvaluated(types, options = {}) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return ResolveIntersect(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect.mjs
function Intersect(types, options) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return IntersectCreate(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/ref/ref.mjs
function Ref(...args) {
  let [$ref, options] = typeof args[0] == "string" ? [args[0], args[1]] : [args[0].$id, args[1]];
  if (typeof $ref != "string")
    throw new TypeBoxError("Ref: $ref must be a string");
  return CreateType({ [Kind]: "Ref", $ref }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-keys.mjs
function FromRest3(types) {
  let result = [];
  for (let L of types)
    result.push(KeyOfPropertyKeys(L));
  return result;
}
function FromIntersect2(types) {
  let propertyKeysArray = FromRest3(types);
  return SetUnionMany(propertyKeysArray);
}
function FromUnion4(types) {
  let propertyKeysArray = FromRest3(types);
  return SetIntersectMany(propertyKeysArray);
}
function FromTuple2(types) {
  return types.map((_, indexer) => indexer.toString());
}
function FromArray2(_) {
  return ["[number]"];
}
function FromProperties5(T) {
  return globalThis.Object.getOwnPropertyNames(T);
}
function FromPatternProperties(patternProperties) {
  return includePatternProperties ? globalThis.Object.getOwnPropertyNames(patternProperties).map((key) => key[0] === "^" && key[key.length - 1] === "$" ? key.slice(1, key.length - 1) : key) : [];
}
function KeyOfPropertyKeys(type) {
  return IsIntersect(type) ? FromIntersect2(type.allOf) : IsUnion(type) ? FromUnion4(type.anyOf) : IsTuple(type) ? FromTuple2(type.items ?? []) : IsArray3(type) ? FromArray2(type.items) : IsObject3(type) ? FromProperties5(type.properties) : IsRecord(type) ? FromPatternProperties(type.patternProperties) : [];
}
var includePatternProperties = !1;
function KeyOfPattern(schema) {
  includePatternProperties = !0;
  let keys = KeyOfPropertyKeys(schema);
  return includePatternProperties = !1, `^(${keys.map((key) => `(${key})`).join("|")})$`;
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof.mjs
function FromComputed(target, parameters) {
  return Computed("KeyOf", [Computed(target, parameters)]);
}
function FromRef($ref) {
  return Computed("KeyOf", [Ref($ref)]);
}
function KeyOfFromType(type, options) {
  let propertyKeys = KeyOfPropertyKeys(type), propertyKeyTypes = KeyOfPropertyKeysToRest(propertyKeys), result = UnionEvaluated(propertyKeyTypes);
  return CreateType(result, options);
}
function KeyOfPropertyKeysToRest(propertyKeys) {
  return propertyKeys.map((L) => L === "[number]" ? Number2() : Literal(L));
}
function KeyOf(type, options) {
  return IsComputed(type) ? FromComputed(type.target, type.parameters) : IsRef(type) ? FromRef(type.$ref) : IsMappedResult(type) ? KeyOfFromMappedResult(type, options) : KeyOfFromType(type, options);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-from-mapped-result.mjs
function FromProperties6(properties, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = KeyOf(properties[K2], Clone(options));
  return result;
}
function FromMappedResult5(mappedResult, options) {
  return FromProperties6(mappedResult.properties, options);
}
function KeyOfFromMappedResult(mappedResult, options) {
  let properties = FromMappedResult5(mappedResult, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/composite/composite.mjs
function CompositeKeys(T) {
  let Acc = [];
  for (let L of T)
    Acc.push(...KeyOfPropertyKeys(L));
  return SetDistinct(Acc);
}
function FilterNever(T) {
  return T.filter((L) => !IsNever(L));
}
function CompositeProperty(T, K) {
  let Acc = [];
  for (let L of T)
    Acc.push(...IndexFromPropertyKeys(L, [K]));
  return FilterNever(Acc);
}
function CompositeProperties(T, K) {
  let Acc = {};
  for (let L of K)
    Acc[L] = IntersectEvaluated(CompositeProperty(T, L));
  return Acc;
}
function Composite(T, options) {
  let K = CompositeKeys(T), P = CompositeProperties(T, K);
  return Object2(P, options);
}

// node_modules/@sinclair/typebox/build/esm/type/date/date.mjs
function Date2(options) {
  return CreateType({ [Kind]: "Date", type: "Date" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/null/null.mjs
function Null(options) {
  return CreateType({ [Kind]: "Null", type: "null" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/symbol/symbol.mjs
function Symbol2(options) {
  return CreateType({ [Kind]: "Symbol", type: "symbol" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/undefined/undefined.mjs
function Undefined(options) {
  return CreateType({ [Kind]: "Undefined", type: "undefined" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/uint8array/uint8array.mjs
function Uint8Array2(options) {
  return CreateType({ [Kind]: "Uint8Array", type: "Uint8Array" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/unknown/unknown.mjs
function Unknown(options) {
  return CreateType({ [Kind]: "Unknown" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/const/const.mjs
function FromArray3(T) {
  return T.map((L) => FromValue(L, !1));
}
function FromProperties7(value) {
  let Acc = {};
  for (let K of globalThis.Object.getOwnPropertyNames(value))
    Acc[K] = Readonly(FromValue(value[K], !1));
  return Acc;
}
function ConditionalReadonly(T, root) {
  return root === !0 ? T : Readonly(T);
}
function FromValue(value, root) {
  return IsAsyncIterator2(value) ? ConditionalReadonly(Any(), root) : IsIterator2(value) ? ConditionalReadonly(Any(), root) : IsArray2(value) ? Readonly(Tuple(FromArray3(value))) : IsUint8Array2(value) ? Uint8Array2() : IsDate2(value) ? Date2() : IsObject2(value) ? ConditionalReadonly(Object2(FromProperties7(value)), root) : IsFunction2(value) ? ConditionalReadonly(Function([], Unknown()), root) : IsUndefined2(value) ? Undefined() : IsNull2(value) ? Null() : IsSymbol2(value) ? Symbol2() : IsBigInt2(value) ? BigInt() : IsNumber2(value) ? Literal(value) : IsBoolean2(value) ? Literal(value) : IsString2(value) ? Literal(value) : Object2({});
}
function Const(T, options) {
  return CreateType(FromValue(T, !0), options);
}

// node_modules/@sinclair/typebox/build/esm/type/enum/enum.mjs
function Enum(item, options) {
  if (IsUndefined2(item))
    throw new Error("Enum undefined or empty");
  let values1 = globalThis.Object.getOwnPropertyNames(item).filter((key) => isNaN(key)).map((key) => item[key]), anyOf = [...new Set(values1)].map((value) => Literal(value));
  return Union(anyOf, { ...options, [Hint]: "Enum" });
}

// node_modules/@sinclair/typebox/build/esm/type/guard/type.mjs
var type_exports = {};
__export(type_exports, {
  IsAny: () => IsAny2,
  IsArgument: () => IsArgument2,
  IsArray: () => IsArray4,
  IsAsyncIterator: () => IsAsyncIterator4,
  IsBigInt: () => IsBigInt4,
  IsBoolean: () => IsBoolean4,
  IsComputed: () => IsComputed2,
  IsConstructor: () => IsConstructor2,
  IsDate: () => IsDate4,
  IsFunction: () => IsFunction4,
  IsImport: () => IsImport,
  IsInteger: () => IsInteger3,
  IsIntersect: () => IsIntersect2,
  IsIterator: () => IsIterator4,
  IsKind: () => IsKind2,
  IsKindOf: () => IsKindOf2,
  IsLiteral: () => IsLiteral2,
  IsLiteralBoolean: () => IsLiteralBoolean,
  IsLiteralNumber: () => IsLiteralNumber,
  IsLiteralString: () => IsLiteralString,
  IsLiteralValue: () => IsLiteralValue2,
  IsMappedKey: () => IsMappedKey2,
  IsMappedResult: () => IsMappedResult2,
  IsNever: () => IsNever2,
  IsNot: () => IsNot2,
  IsNull: () => IsNull4,
  IsNumber: () => IsNumber4,
  IsObject: () => IsObject4,
  IsOptional: () => IsOptional2,
  IsPromise: () => IsPromise3,
  IsProperties: () => IsProperties,
  IsReadonly: () => IsReadonly2,
  IsRecord: () => IsRecord2,
  IsRecursive: () => IsRecursive,
  IsRef: () => IsRef2,
  IsRegExp: () => IsRegExp3,
  IsSchema: () => IsSchema2,
  IsString: () => IsString4,
  IsSymbol: () => IsSymbol4,
  IsTemplateLiteral: () => IsTemplateLiteral2,
  IsThis: () => IsThis2,
  IsTransform: () => IsTransform2,
  IsTuple: () => IsTuple2,
  IsUint8Array: () => IsUint8Array4,
  IsUndefined: () => IsUndefined4,
  IsUnion: () => IsUnion2,
  IsUnionLiteral: () => IsUnionLiteral,
  IsUnknown: () => IsUnknown2,
  IsUnsafe: () => IsUnsafe2,
  IsVoid: () => IsVoid2,
  TypeGuardUnknownTypeError: () => TypeGuardUnknownTypeError
});
var TypeGuardUnknownTypeError = class extends TypeBoxError {
}, KnownTypes = [
  "Argument",
  "Any",
  "Array",
  "AsyncIterator",
  "BigInt",
  "Boolean",
  "Computed",
  "Constructor",
  "Date",
  "Enum",
  "Function",
  "Integer",
  "Intersect",
  "Iterator",
  "Literal",
  "MappedKey",
  "MappedResult",
  "Not",
  "Null",
  "Number",
  "Object",
  "Promise",
  "Record",
  "Ref",
  "RegExp",
  "String",
  "Symbol",
  "TemplateLiteral",
  "This",
  "Tuple",
  "Undefined",
  "Union",
  "Uint8Array",
  "Unknown",
  "Void"
];
function IsPattern(value) {
  try {
    return new RegExp(value), !0;
  } catch {
    return !1;
  }
}
function IsControlCharacterFree(value) {
  if (!IsString2(value))
    return !1;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 7 && code <= 13 || code === 27 || code === 127)
      return !1;
  }
  return !0;
}
function IsAdditionalProperties(value) {
  return IsOptionalBoolean(value) || IsSchema2(value);
}
function IsOptionalBigInt(value) {
  return IsUndefined2(value) || IsBigInt2(value);
}
function IsOptionalNumber(value) {
  return IsUndefined2(value) || IsNumber2(value);
}
function IsOptionalBoolean(value) {
  return IsUndefined2(value) || IsBoolean2(value);
}
function IsOptionalString(value) {
  return IsUndefined2(value) || IsString2(value);
}
function IsOptionalPattern(value) {
  return IsUndefined2(value) || IsString2(value) && IsControlCharacterFree(value) && IsPattern(value);
}
function IsOptionalFormat(value) {
  return IsUndefined2(value) || IsString2(value) && IsControlCharacterFree(value);
}
function IsOptionalSchema(value) {
  return IsUndefined2(value) || IsSchema2(value);
}
function IsReadonly2(value) {
  return IsObject2(value) && value[ReadonlyKind] === "Readonly";
}
function IsOptional2(value) {
  return IsObject2(value) && value[OptionalKind] === "Optional";
}
function IsAny2(value) {
  return IsKindOf2(value, "Any") && IsOptionalString(value.$id);
}
function IsArgument2(value) {
  return IsKindOf2(value, "Argument") && IsNumber2(value.index);
}
function IsArray4(value) {
  return IsKindOf2(value, "Array") && value.type === "array" && IsOptionalString(value.$id) && IsSchema2(value.items) && IsOptionalNumber(value.minItems) && IsOptionalNumber(value.maxItems) && IsOptionalBoolean(value.uniqueItems) && IsOptionalSchema(value.contains) && IsOptionalNumber(value.minContains) && IsOptionalNumber(value.maxContains);
}
function IsAsyncIterator4(value) {
  return IsKindOf2(value, "AsyncIterator") && value.type === "AsyncIterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
function IsBigInt4(value) {
  return IsKindOf2(value, "BigInt") && value.type === "bigint" && IsOptionalString(value.$id) && IsOptionalBigInt(value.exclusiveMaximum) && IsOptionalBigInt(value.exclusiveMinimum) && IsOptionalBigInt(value.maximum) && IsOptionalBigInt(value.minimum) && IsOptionalBigInt(value.multipleOf);
}
function IsBoolean4(value) {
  return IsKindOf2(value, "Boolean") && value.type === "boolean" && IsOptionalString(value.$id);
}
function IsComputed2(value) {
  return IsKindOf2(value, "Computed") && IsString2(value.target) && IsArray2(value.parameters) && value.parameters.every((schema) => IsSchema2(schema));
}
function IsConstructor2(value) {
  return IsKindOf2(value, "Constructor") && value.type === "Constructor" && IsOptionalString(value.$id) && IsArray2(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
function IsDate4(value) {
  return IsKindOf2(value, "Date") && value.type === "Date" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximumTimestamp) && IsOptionalNumber(value.exclusiveMinimumTimestamp) && IsOptionalNumber(value.maximumTimestamp) && IsOptionalNumber(value.minimumTimestamp) && IsOptionalNumber(value.multipleOfTimestamp);
}
function IsFunction4(value) {
  return IsKindOf2(value, "Function") && value.type === "Function" && IsOptionalString(value.$id) && IsArray2(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
function IsImport(value) {
  return IsKindOf2(value, "Import") && HasPropertyKey2(value, "$defs") && IsObject2(value.$defs) && IsProperties(value.$defs) && HasPropertyKey2(value, "$ref") && IsString2(value.$ref) && value.$ref in value.$defs;
}
function IsInteger3(value) {
  return IsKindOf2(value, "Integer") && value.type === "integer" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
function IsProperties(value) {
  return IsObject2(value) && Object.entries(value).every(([key, schema]) => IsControlCharacterFree(key) && IsSchema2(schema));
}
function IsIntersect2(value) {
  return IsKindOf2(value, "Intersect") && !(IsString2(value.type) && value.type !== "object") && IsArray2(value.allOf) && value.allOf.every((schema) => IsSchema2(schema) && !IsTransform2(schema)) && IsOptionalString(value.type) && (IsOptionalBoolean(value.unevaluatedProperties) || IsOptionalSchema(value.unevaluatedProperties)) && IsOptionalString(value.$id);
}
function IsIterator4(value) {
  return IsKindOf2(value, "Iterator") && value.type === "Iterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
function IsKindOf2(value, kind2) {
  return IsObject2(value) && Kind in value && value[Kind] === kind2;
}
function IsLiteralString(value) {
  return IsLiteral2(value) && IsString2(value.const);
}
function IsLiteralNumber(value) {
  return IsLiteral2(value) && IsNumber2(value.const);
}
function IsLiteralBoolean(value) {
  return IsLiteral2(value) && IsBoolean2(value.const);
}
function IsLiteral2(value) {
  return IsKindOf2(value, "Literal") && IsOptionalString(value.$id) && IsLiteralValue2(value.const);
}
function IsLiteralValue2(value) {
  return IsBoolean2(value) || IsNumber2(value) || IsString2(value);
}
function IsMappedKey2(value) {
  return IsKindOf2(value, "MappedKey") && IsArray2(value.keys) && value.keys.every((key) => IsNumber2(key) || IsString2(key));
}
function IsMappedResult2(value) {
  return IsKindOf2(value, "MappedResult") && IsProperties(value.properties);
}
function IsNever2(value) {
  return IsKindOf2(value, "Never") && IsObject2(value.not) && Object.getOwnPropertyNames(value.not).length === 0;
}
function IsNot2(value) {
  return IsKindOf2(value, "Not") && IsSchema2(value.not);
}
function IsNull4(value) {
  return IsKindOf2(value, "Null") && value.type === "null" && IsOptionalString(value.$id);
}
function IsNumber4(value) {
  return IsKindOf2(value, "Number") && value.type === "number" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
function IsObject4(value) {
  return IsKindOf2(value, "Object") && value.type === "object" && IsOptionalString(value.$id) && IsProperties(value.properties) && IsAdditionalProperties(value.additionalProperties) && IsOptionalNumber(value.minProperties) && IsOptionalNumber(value.maxProperties);
}
function IsPromise3(value) {
  return IsKindOf2(value, "Promise") && value.type === "Promise" && IsOptionalString(value.$id) && IsSchema2(value.item);
}
function IsRecord2(value) {
  return IsKindOf2(value, "Record") && value.type === "object" && IsOptionalString(value.$id) && IsAdditionalProperties(value.additionalProperties) && IsObject2(value.patternProperties) && ((schema) => {
    let keys = Object.getOwnPropertyNames(schema.patternProperties);
    return keys.length === 1 && IsPattern(keys[0]) && IsObject2(schema.patternProperties) && IsSchema2(schema.patternProperties[keys[0]]);
  })(value);
}
function IsRecursive(value) {
  return IsObject2(value) && Hint in value && value[Hint] === "Recursive";
}
function IsRef2(value) {
  return IsKindOf2(value, "Ref") && IsOptionalString(value.$id) && IsString2(value.$ref);
}
function IsRegExp3(value) {
  return IsKindOf2(value, "RegExp") && IsOptionalString(value.$id) && IsString2(value.source) && IsString2(value.flags) && IsOptionalNumber(value.maxLength) && IsOptionalNumber(value.minLength);
}
function IsString4(value) {
  return IsKindOf2(value, "String") && value.type === "string" && IsOptionalString(value.$id) && IsOptionalNumber(value.minLength) && IsOptionalNumber(value.maxLength) && IsOptionalPattern(value.pattern) && IsOptionalFormat(value.format);
}
function IsSymbol4(value) {
  return IsKindOf2(value, "Symbol") && value.type === "symbol" && IsOptionalString(value.$id);
}
function IsTemplateLiteral2(value) {
  return IsKindOf2(value, "TemplateLiteral") && value.type === "string" && IsString2(value.pattern) && value.pattern[0] === "^" && value.pattern[value.pattern.length - 1] === "$";
}
function IsThis2(value) {
  return IsKindOf2(value, "This") && IsOptionalString(value.$id) && IsString2(value.$ref);
}
function IsTransform2(value) {
  return IsObject2(value) && TransformKind in value;
}
function IsTuple2(value) {
  return IsKindOf2(value, "Tuple") && value.type === "array" && IsOptionalString(value.$id) && IsNumber2(value.minItems) && IsNumber2(value.maxItems) && value.minItems === value.maxItems && // empty
  (IsUndefined2(value.items) && IsUndefined2(value.additionalItems) && value.minItems === 0 || IsArray2(value.items) && value.items.every((schema) => IsSchema2(schema)));
}
function IsUndefined4(value) {
  return IsKindOf2(value, "Undefined") && value.type === "undefined" && IsOptionalString(value.$id);
}
function IsUnionLiteral(value) {
  return IsUnion2(value) && value.anyOf.every((schema) => IsLiteralString(schema) || IsLiteralNumber(schema));
}
function IsUnion2(value) {
  return IsKindOf2(value, "Union") && IsOptionalString(value.$id) && IsObject2(value) && IsArray2(value.anyOf) && value.anyOf.every((schema) => IsSchema2(schema));
}
function IsUint8Array4(value) {
  return IsKindOf2(value, "Uint8Array") && value.type === "Uint8Array" && IsOptionalString(value.$id) && IsOptionalNumber(value.minByteLength) && IsOptionalNumber(value.maxByteLength);
}
function IsUnknown2(value) {
  return IsKindOf2(value, "Unknown") && IsOptionalString(value.$id);
}
function IsUnsafe2(value) {
  return IsKindOf2(value, "Unsafe");
}
function IsVoid2(value) {
  return IsKindOf2(value, "Void") && value.type === "void" && IsOptionalString(value.$id);
}
function IsKind2(value) {
  return IsObject2(value) && Kind in value && IsString2(value[Kind]) && !KnownTypes.includes(value[Kind]);
}
function IsSchema2(value) {
  return IsObject2(value) && (IsAny2(value) || IsArgument2(value) || IsArray4(value) || IsBoolean4(value) || IsBigInt4(value) || IsAsyncIterator4(value) || IsComputed2(value) || IsConstructor2(value) || IsDate4(value) || IsFunction4(value) || IsInteger3(value) || IsIntersect2(value) || IsIterator4(value) || IsLiteral2(value) || IsMappedKey2(value) || IsMappedResult2(value) || IsNever2(value) || IsNot2(value) || IsNull4(value) || IsNumber4(value) || IsObject4(value) || IsPromise3(value) || IsRecord2(value) || IsRef2(value) || IsRegExp3(value) || IsString4(value) || IsSymbol4(value) || IsTemplateLiteral2(value) || IsThis2(value) || IsTuple2(value) || IsUndefined4(value) || IsUnion2(value) || IsUint8Array4(value) || IsUnknown2(value) || IsUnsafe2(value) || IsVoid2(value) || IsKind2(value));
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-check.mjs
var ExtendsResolverError = class extends TypeBoxError {
}, ExtendsResult;
(function(ExtendsResult2) {
  ExtendsResult2[ExtendsResult2.Union = 0] = "Union", ExtendsResult2[ExtendsResult2.True = 1] = "True", ExtendsResult2[ExtendsResult2.False = 2] = "False";
})(ExtendsResult || (ExtendsResult = {}));
function IntoBooleanResult(result) {
  return result === ExtendsResult.False ? result : ExtendsResult.True;
}
function Throw(message) {
  throw new ExtendsResolverError(message);
}
function IsStructuralRight(right) {
  return type_exports.IsNever(right) || type_exports.IsIntersect(right) || type_exports.IsUnion(right) || type_exports.IsUnknown(right) || type_exports.IsAny(right);
}
function StructuralRight(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : Throw("StructuralRight");
}
function FromAnyRight(left, right) {
  return ExtendsResult.True;
}
function FromAny(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) && right.anyOf.some((schema) => type_exports.IsAny(schema) || type_exports.IsUnknown(schema)) ? ExtendsResult.True : type_exports.IsUnion(right) ? ExtendsResult.Union : type_exports.IsUnknown(right) || type_exports.IsAny(right) ? ExtendsResult.True : ExtendsResult.Union;
}
function FromArrayRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromArray4(left, right) {
  return type_exports.IsObject(right) && IsObjectArrayLike(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsArray(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
function FromAsyncIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsAsyncIterator(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
function FromBigInt(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBigInt(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromBooleanRight(left, right) {
  return type_exports.IsLiteralBoolean(left) || type_exports.IsBoolean(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromBoolean(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBoolean(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromConstructor(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsConstructor(right) ? left.parameters.length > right.parameters.length ? ExtendsResult.False : left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? IntoBooleanResult(Visit3(left.returns, right.returns)) : ExtendsResult.False : ExtendsResult.False;
}
function FromDate(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsDate(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromFunction(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsFunction(right) ? left.parameters.length > right.parameters.length ? ExtendsResult.False : left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? IntoBooleanResult(Visit3(left.returns, right.returns)) : ExtendsResult.False : ExtendsResult.False;
}
function FromIntegerRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsNumber(left.const) || type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromInteger(left, right) {
  return type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : ExtendsResult.False;
}
function FromIntersectRight(left, right) {
  return right.allOf.every((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromIntersect3(left, right) {
  return left.allOf.some((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsIterator(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
function FromLiteral2(left, right) {
  return type_exports.IsLiteral(right) && right.const === left.const ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : ExtendsResult.False;
}
function FromNeverRight(left, right) {
  return ExtendsResult.False;
}
function FromNever(left, right) {
  return ExtendsResult.True;
}
function UnwrapTNot(schema) {
  let [current, depth] = [schema, 0];
  for (; type_exports.IsNot(current); )
    current = current.not, depth += 1;
  return depth % 2 === 0 ? current : Unknown();
}
function FromNot(left, right) {
  return type_exports.IsNot(left) ? Visit3(UnwrapTNot(left), right) : type_exports.IsNot(right) ? Visit3(left, UnwrapTNot(right)) : Throw("Invalid fallthrough for Not");
}
function FromNull(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsNull(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromNumberRight(left, right) {
  return type_exports.IsLiteralNumber(left) || type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromNumber(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : ExtendsResult.False;
}
function IsObjectPropertyCount(schema, count) {
  return Object.getOwnPropertyNames(schema.properties).length === count;
}
function IsObjectStringLike(schema) {
  return IsObjectArrayLike(schema);
}
function IsObjectSymbolLike(schema) {
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "description" in schema.properties && type_exports.IsUnion(schema.properties.description) && schema.properties.description.anyOf.length === 2 && (type_exports.IsString(schema.properties.description.anyOf[0]) && type_exports.IsUndefined(schema.properties.description.anyOf[1]) || type_exports.IsString(schema.properties.description.anyOf[1]) && type_exports.IsUndefined(schema.properties.description.anyOf[0]));
}
function IsObjectNumberLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectBooleanLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectBigIntLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectDateLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectUint8ArrayLike(schema) {
  return IsObjectArrayLike(schema);
}
function IsObjectFunctionLike(schema) {
  let length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties.length, length)) === ExtendsResult.True;
}
function IsObjectConstructorLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectArrayLike(schema) {
  let length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties.length, length)) === ExtendsResult.True;
}
function IsObjectPromiseLike(schema) {
  let then = Function([Any()], Any());
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "then" in schema.properties && IntoBooleanResult(Visit3(schema.properties.then, then)) === ExtendsResult.True;
}
function Property(left, right) {
  return Visit3(left, right) === ExtendsResult.False || type_exports.IsOptional(left) && !type_exports.IsOptional(right) ? ExtendsResult.False : ExtendsResult.True;
}
function FromObjectRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) || type_exports.IsLiteralString(left) && IsObjectStringLike(right) || type_exports.IsLiteralNumber(left) && IsObjectNumberLike(right) || type_exports.IsLiteralBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsBigInt(left) && IsObjectBigIntLike(right) || type_exports.IsString(left) && IsObjectStringLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsNumber(left) && IsObjectNumberLike(right) || type_exports.IsInteger(left) && IsObjectNumberLike(right) || type_exports.IsBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsUint8Array(left) && IsObjectUint8ArrayLike(right) || type_exports.IsDate(left) && IsObjectDateLike(right) || type_exports.IsConstructor(left) && IsObjectConstructorLike(right) || type_exports.IsFunction(left) && IsObjectFunctionLike(right) ? ExtendsResult.True : type_exports.IsRecord(left) && type_exports.IsString(RecordKey(left)) ? right[Hint] === "Record" ? ExtendsResult.True : ExtendsResult.False : type_exports.IsRecord(left) && type_exports.IsNumber(RecordKey(left)) && IsObjectPropertyCount(right, 0) ? ExtendsResult.True : ExtendsResult.False;
}
function FromObject(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsObject(right) ? (() => {
    for (let key of Object.getOwnPropertyNames(right.properties)) {
      if (!(key in left.properties) && !type_exports.IsOptional(right.properties[key]))
        return ExtendsResult.False;
      if (type_exports.IsOptional(right.properties[key]))
        return ExtendsResult.True;
      if (Property(left.properties[key], right.properties[key]) === ExtendsResult.False)
        return ExtendsResult.False;
    }
    return ExtendsResult.True;
  })() : ExtendsResult.False;
}
function FromPromise(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectPromiseLike(right) ? ExtendsResult.True : type_exports.IsPromise(right) ? IntoBooleanResult(Visit3(left.item, right.item)) : ExtendsResult.False;
}
function RecordKey(schema) {
  return PatternNumberExact in schema.patternProperties ? Number2() : PatternStringExact in schema.patternProperties ? String() : Throw("Unknown record key pattern");
}
function RecordValue(schema) {
  return PatternNumberExact in schema.patternProperties ? schema.patternProperties[PatternNumberExact] : PatternStringExact in schema.patternProperties ? schema.patternProperties[PatternStringExact] : Throw("Unable to get record value schema");
}
function FromRecordRight(left, right) {
  let [Key, Value] = [RecordKey(right), RecordValue(right)];
  return type_exports.IsLiteralString(left) && type_exports.IsNumber(Key) && IntoBooleanResult(Visit3(left, Value)) === ExtendsResult.True ? ExtendsResult.True : type_exports.IsUint8Array(left) && type_exports.IsNumber(Key) || type_exports.IsString(left) && type_exports.IsNumber(Key) || type_exports.IsArray(left) && type_exports.IsNumber(Key) ? Visit3(left, Value) : type_exports.IsObject(left) ? (() => {
    for (let key of Object.getOwnPropertyNames(left.properties))
      if (Property(Value, left.properties[key]) === ExtendsResult.False)
        return ExtendsResult.False;
    return ExtendsResult.True;
  })() : ExtendsResult.False;
}
function FromRecord(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? Visit3(RecordValue(left), RecordValue(right)) : ExtendsResult.False;
}
function FromRegExp(left, right) {
  let L = type_exports.IsRegExp(left) ? String() : left, R = type_exports.IsRegExp(right) ? String() : right;
  return Visit3(L, R);
}
function FromStringRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsString(left.const) || type_exports.IsString(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromString(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromSymbol(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsSymbol(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromTemplateLiteral2(left, right) {
  return type_exports.IsTemplateLiteral(left) ? Visit3(TemplateLiteralToUnion(left), right) : type_exports.IsTemplateLiteral(right) ? Visit3(left, TemplateLiteralToUnion(right)) : Throw("Invalid fallthrough for TemplateLiteral");
}
function IsArrayOfTuple(left, right) {
  return type_exports.IsArray(right) && left.items !== void 0 && left.items.every((schema) => Visit3(schema, right.items) === ExtendsResult.True);
}
function FromTupleRight(left, right) {
  return type_exports.IsNever(left) ? ExtendsResult.True : type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : ExtendsResult.False;
}
function FromTuple3(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectArrayLike(right) || type_exports.IsArray(right) && IsArrayOfTuple(left, right) ? ExtendsResult.True : type_exports.IsTuple(right) ? value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) || !value_exports.IsUndefined(left.items) && value_exports.IsUndefined(right.items) ? ExtendsResult.False : value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) || left.items.every((schema, index) => Visit3(schema, right.items[index]) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False : ExtendsResult.False;
}
function FromUint8Array(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsUint8Array(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUndefined(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsVoid(right) ? FromVoidRight(left, right) : type_exports.IsUndefined(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnionRight(left, right) {
  return right.anyOf.some((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnion5(left, right) {
  return left.anyOf.every((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnknownRight(left, right) {
  return ExtendsResult.True;
}
function FromUnknown(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : type_exports.IsArray(right) ? FromArrayRight(left, right) : type_exports.IsTuple(right) ? FromTupleRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsUnknown(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromVoidRight(left, right) {
  return type_exports.IsUndefined(left) || type_exports.IsUndefined(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromVoid(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsVoid(right) ? ExtendsResult.True : ExtendsResult.False;
}
function Visit3(left, right) {
  return (
    // resolvable
    type_exports.IsTemplateLiteral(left) || type_exports.IsTemplateLiteral(right) ? FromTemplateLiteral2(left, right) : type_exports.IsRegExp(left) || type_exports.IsRegExp(right) ? FromRegExp(left, right) : type_exports.IsNot(left) || type_exports.IsNot(right) ? FromNot(left, right) : (
      // standard
      type_exports.IsAny(left) ? FromAny(left, right) : type_exports.IsArray(left) ? FromArray4(left, right) : type_exports.IsBigInt(left) ? FromBigInt(left, right) : type_exports.IsBoolean(left) ? FromBoolean(left, right) : type_exports.IsAsyncIterator(left) ? FromAsyncIterator(left, right) : type_exports.IsConstructor(left) ? FromConstructor(left, right) : type_exports.IsDate(left) ? FromDate(left, right) : type_exports.IsFunction(left) ? FromFunction(left, right) : type_exports.IsInteger(left) ? FromInteger(left, right) : type_exports.IsIntersect(left) ? FromIntersect3(left, right) : type_exports.IsIterator(left) ? FromIterator(left, right) : type_exports.IsLiteral(left) ? FromLiteral2(left, right) : type_exports.IsNever(left) ? FromNever(left, right) : type_exports.IsNull(left) ? FromNull(left, right) : type_exports.IsNumber(left) ? FromNumber(left, right) : type_exports.IsObject(left) ? FromObject(left, right) : type_exports.IsRecord(left) ? FromRecord(left, right) : type_exports.IsString(left) ? FromString(left, right) : type_exports.IsSymbol(left) ? FromSymbol(left, right) : type_exports.IsTuple(left) ? FromTuple3(left, right) : type_exports.IsPromise(left) ? FromPromise(left, right) : type_exports.IsUint8Array(left) ? FromUint8Array(left, right) : type_exports.IsUndefined(left) ? FromUndefined(left, right) : type_exports.IsUnion(left) ? FromUnion5(left, right) : type_exports.IsUnknown(left) ? FromUnknown(left, right) : type_exports.IsVoid(left) ? FromVoid(left, right) : Throw(`Unknown left type operand '${left[Kind]}'`)
    )
  );
}
function ExtendsCheck(left, right) {
  return Visit3(left, right);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-result.mjs
function FromProperties8(P, Right, True, False, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extends(P[K2], Right, True, False, Clone(options));
  return Acc;
}
function FromMappedResult6(Left, Right, True, False, options) {
  return FromProperties8(Left.properties, Right, True, False, options);
}
function ExtendsFromMappedResult(Left, Right, True, False, options) {
  let P = FromMappedResult6(Left, Right, True, False, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends.mjs
function ExtendsResolve(left, right, trueType, falseType) {
  let R = ExtendsCheck(left, right);
  return R === ExtendsResult.Union ? Union([trueType, falseType]) : R === ExtendsResult.True ? trueType : falseType;
}
function Extends(L, R, T, F, options) {
  return IsMappedResult(L) ? ExtendsFromMappedResult(L, R, T, F, options) : IsMappedKey(L) ? CreateType(ExtendsFromMappedKey(L, R, T, F, options)) : CreateType(ExtendsResolve(L, R, T, F), options);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-key.mjs
function FromPropertyKey(K, U, L, R, options) {
  return {
    [K]: Extends(Literal(K), U, L, R, Clone(options))
  };
}
function FromPropertyKeys(K, U, L, R, options) {
  return K.reduce((Acc, LK) => ({ ...Acc, ...FromPropertyKey(LK, U, L, R, options) }), {});
}
function FromMappedKey2(K, U, L, R, options) {
  return FromPropertyKeys(K.keys, U, L, R, options);
}
function ExtendsFromMappedKey(T, U, L, R, options) {
  let P = FromMappedKey2(T, U, L, R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-template-literal.mjs
function ExcludeFromTemplateLiteral(L, R) {
  return Exclude(TemplateLiteralToUnion(L), R);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude.mjs
function ExcludeRest(L, R) {
  let excluded = L.filter((inner) => ExtendsCheck(inner, R) === ExtendsResult.False);
  return excluded.length === 1 ? excluded[0] : Union(excluded);
}
function Exclude(L, R, options = {}) {
  return IsTemplateLiteral(L) ? CreateType(ExcludeFromTemplateLiteral(L, R), options) : IsMappedResult(L) ? CreateType(ExcludeFromMappedResult(L, R), options) : CreateType(IsUnion(L) ? ExcludeRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? Never() : L, options);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-mapped-result.mjs
function FromProperties9(P, U) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Exclude(P[K2], U);
  return Acc;
}
function FromMappedResult7(R, T) {
  return FromProperties9(R.properties, T);
}
function ExcludeFromMappedResult(R, T) {
  let P = FromMappedResult7(R, T);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-template-literal.mjs
function ExtractFromTemplateLiteral(L, R) {
  return Extract(TemplateLiteralToUnion(L), R);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract.mjs
function ExtractRest(L, R) {
  let extracted = L.filter((inner) => ExtendsCheck(inner, R) !== ExtendsResult.False);
  return extracted.length === 1 ? extracted[0] : Union(extracted);
}
function Extract(L, R, options) {
  return IsTemplateLiteral(L) ? CreateType(ExtractFromTemplateLiteral(L, R), options) : IsMappedResult(L) ? CreateType(ExtractFromMappedResult(L, R), options) : CreateType(IsUnion(L) ? ExtractRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? L : Never(), options);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-mapped-result.mjs
function FromProperties10(P, T) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extract(P[K2], T);
  return Acc;
}
function FromMappedResult8(R, T) {
  return FromProperties10(R.properties, T);
}
function ExtractFromMappedResult(R, T) {
  let P = FromMappedResult8(R, T);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/integer/integer.mjs
function Integer(options) {
  return CreateType({ [Kind]: "Integer", type: "integer" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic-from-mapped-key.mjs
function MappedIntrinsicPropertyKey(K, M, options) {
  return {
    [K]: Intrinsic(Literal(K), M, Clone(options))
  };
}
function MappedIntrinsicPropertyKeys(K, M, options) {
  return K.reduce((Acc, L) => ({ ...Acc, ...MappedIntrinsicPropertyKey(L, M, options) }), {});
}
function MappedIntrinsicProperties(T, M, options) {
  return MappedIntrinsicPropertyKeys(T.keys, M, options);
}
function IntrinsicFromMappedKey(T, M, options) {
  let P = MappedIntrinsicProperties(T, M, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic.mjs
function ApplyUncapitalize(value) {
  let [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toLowerCase(), rest].join("");
}
function ApplyCapitalize(value) {
  let [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toUpperCase(), rest].join("");
}
function ApplyUppercase(value) {
  return value.toUpperCase();
}
function ApplyLowercase(value) {
  return value.toLowerCase();
}
function FromTemplateLiteral3(schema, mode, options) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  if (!IsTemplateLiteralExpressionFinite(expression))
    return { ...schema, pattern: FromLiteralValue(schema.pattern, mode) };
  let literals = [...TemplateLiteralExpressionGenerate(expression)].map((value) => Literal(value)), mapped = FromRest4(literals, mode), union = Union(mapped);
  return TemplateLiteral([union], options);
}
function FromLiteralValue(value, mode) {
  return typeof value == "string" ? mode === "Uncapitalize" ? ApplyUncapitalize(value) : mode === "Capitalize" ? ApplyCapitalize(value) : mode === "Uppercase" ? ApplyUppercase(value) : mode === "Lowercase" ? ApplyLowercase(value) : value : value.toString();
}
function FromRest4(T, M) {
  return T.map((L) => Intrinsic(L, M));
}
function Intrinsic(schema, mode, options = {}) {
  return (
    // Intrinsic-Mapped-Inference
    IsMappedKey(schema) ? IntrinsicFromMappedKey(schema, mode, options) : (
      // Standard-Inference
      IsTemplateLiteral(schema) ? FromTemplateLiteral3(schema, mode, options) : IsUnion(schema) ? Union(FromRest4(schema.anyOf, mode), options) : IsLiteral(schema) ? Literal(FromLiteralValue(schema.const, mode), options) : (
        // Default Type
        CreateType(schema, options)
      )
    )
  );
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/capitalize.mjs
function Capitalize(T, options = {}) {
  return Intrinsic(T, "Capitalize", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/lowercase.mjs
function Lowercase(T, options = {}) {
  return Intrinsic(T, "Lowercase", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uncapitalize.mjs
function Uncapitalize(T, options = {}) {
  return Intrinsic(T, "Uncapitalize", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uppercase.mjs
function Uppercase(T, options = {}) {
  return Intrinsic(T, "Uppercase", options);
}

// node_modules/@sinclair/typebox/build/esm/type/not/not.mjs
function Not(type, options) {
  return CreateType({ [Kind]: "Not", not: type }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/clone/type.mjs
function CloneType(schema, options) {
  return options === void 0 ? Clone(schema) : Clone({ ...options, ...schema });
}

// node_modules/@sinclair/typebox/build/esm/type/awaited/awaited.mjs
function FromComputed2(target, parameters) {
  return Computed("Awaited", [Computed(target, parameters)]);
}
function FromRef2($ref) {
  return Computed("Awaited", [Ref($ref)]);
}
function FromIntersect4(types) {
  return Intersect(FromRest5(types));
}
function FromUnion6(types) {
  return Union(FromRest5(types));
}
function FromPromise2(type) {
  return Awaited(type);
}
function FromRest5(types) {
  return types.map((type) => Awaited(type));
}
function Awaited(type, options) {
  return CreateType(IsComputed(type) ? FromComputed2(type.target, type.parameters) : IsIntersect(type) ? FromIntersect4(type.allOf) : IsUnion(type) ? FromUnion6(type.anyOf) : IsPromise2(type) ? FromPromise2(type.item) : IsRef(type) ? FromRef2(type.$ref) : type, options);
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-result.mjs
function FromProperties11(properties, propertyKeys, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Omit(properties[K2], propertyKeys, Clone(options));
  return result;
}
function FromMappedResult9(mappedResult, propertyKeys, options) {
  return FromProperties11(mappedResult.properties, propertyKeys, options);
}
function OmitFromMappedResult(mappedResult, propertyKeys, options) {
  let properties = FromMappedResult9(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit.mjs
function FromIntersect5(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
function FromUnion7(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
function FromProperty2(properties, key) {
  let { [key]: _, ...R } = properties;
  return R;
}
function FromProperties12(properties, propertyKeys) {
  return propertyKeys.reduce((T, K2) => FromProperty2(T, K2), properties);
}
function FromObject2(type, propertyKeys, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties12(properties, propertyKeys);
  return Object2(mappedProperties, options);
}
function UnionFromPropertyKeys(propertyKeys) {
  let result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
function OmitResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect5(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion7(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject2(type, propertyKeys, type.properties) : Object2({});
}
function Omit(type, key, options) {
  let typeKey = IsArray2(key) ? UnionFromPropertyKeys(key) : key, propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key, isTypeRef = IsRef(type), isKeyRef = IsRef(key);
  return IsMappedResult(type) ? OmitFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? OmitFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Omit", [type, typeKey], options) : CreateType({ ...OmitResolve(type, propertyKeys), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-key.mjs
function FromPropertyKey2(type, key, options) {
  return { [key]: Omit(type, [key], Clone(options)) };
}
function FromPropertyKeys2(type, propertyKeys, options) {
  return propertyKeys.reduce((Acc, LK) => ({ ...Acc, ...FromPropertyKey2(type, LK, options) }), {});
}
function FromMappedKey3(type, mappedKey, options) {
  return FromPropertyKeys2(type, mappedKey.keys, options);
}
function OmitFromMappedKey(type, mappedKey, options) {
  let properties = FromMappedKey3(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-result.mjs
function FromProperties13(properties, propertyKeys, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Pick(properties[K2], propertyKeys, Clone(options));
  return result;
}
function FromMappedResult10(mappedResult, propertyKeys, options) {
  return FromProperties13(mappedResult.properties, propertyKeys, options);
}
function PickFromMappedResult(mappedResult, propertyKeys, options) {
  let properties = FromMappedResult10(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick.mjs
function FromIntersect6(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
function FromUnion8(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
function FromProperties14(properties, propertyKeys) {
  let result = {};
  for (let K2 of propertyKeys)
    K2 in properties && (result[K2] = properties[K2]);
  return result;
}
function FromObject3(Type2, keys, properties) {
  let options = Discard(Type2, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties14(properties, keys);
  return Object2(mappedProperties, options);
}
function UnionFromPropertyKeys2(propertyKeys) {
  let result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
function PickResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect6(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion8(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject3(type, propertyKeys, type.properties) : Object2({});
}
function Pick(type, key, options) {
  let typeKey = IsArray2(key) ? UnionFromPropertyKeys2(key) : key, propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key, isTypeRef = IsRef(type), isKeyRef = IsRef(key);
  return IsMappedResult(type) ? PickFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? PickFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Pick", [type, typeKey], options) : CreateType({ ...PickResolve(type, propertyKeys), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-key.mjs
function FromPropertyKey3(type, key, options) {
  return {
    [key]: Pick(type, [key], Clone(options))
  };
}
function FromPropertyKeys3(type, propertyKeys, options) {
  return propertyKeys.reduce((result, leftKey) => ({ ...result, ...FromPropertyKey3(type, leftKey, options) }), {});
}
function FromMappedKey4(type, mappedKey, options) {
  return FromPropertyKeys3(type, mappedKey.keys, options);
}
function PickFromMappedKey(type, mappedKey, options) {
  let properties = FromMappedKey4(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/partial/partial.mjs
function FromComputed3(target, parameters) {
  return Computed("Partial", [Computed(target, parameters)]);
}
function FromRef3($ref) {
  return Computed("Partial", [Ref($ref)]);
}
function FromProperties15(properties) {
  let partialProperties = {};
  for (let K of globalThis.Object.getOwnPropertyNames(properties))
    partialProperties[K] = Optional(properties[K]);
  return partialProperties;
}
function FromObject4(type, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties15(properties);
  return Object2(mappedProperties, options);
}
function FromRest6(types) {
  return types.map((type) => PartialResolve(type));
}
function PartialResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed3(type.target, type.parameters) : IsRef(type) ? FromRef3(type.$ref) : IsIntersect(type) ? Intersect(FromRest6(type.allOf)) : IsUnion(type) ? Union(FromRest6(type.anyOf)) : IsObject3(type) ? FromObject4(type, type.properties) : (
      // Intrinsic
      IsBigInt3(type) || IsBoolean3(type) || IsInteger2(type) || IsLiteral(type) || IsNull3(type) || IsNumber3(type) || IsString3(type) || IsSymbol3(type) || IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
function Partial(type, options) {
  return IsMappedResult(type) ? PartialFromMappedResult(type, options) : CreateType({ ...PartialResolve(type), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/partial/partial-from-mapped-result.mjs
function FromProperties16(K, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Partial(K[K2], Clone(options));
  return Acc;
}
function FromMappedResult11(R, options) {
  return FromProperties16(R.properties, options);
}
function PartialFromMappedResult(R, options) {
  let P = FromMappedResult11(R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/record/record.mjs
function RecordCreateFromPattern(pattern, T, options) {
  return CreateType({ [Kind]: "Record", type: "object", patternProperties: { [pattern]: T } }, options);
}
function RecordCreateFromKeys(K, T, options) {
  let result = {};
  for (let K2 of K)
    result[K2] = T;
  return Object2(result, { ...options, [Hint]: "Record" });
}
function FromTemplateLiteralKey(K, T, options) {
  return IsTemplateLiteralFinite(K) ? RecordCreateFromKeys(IndexPropertyKeys(K), T, options) : RecordCreateFromPattern(K.pattern, T, options);
}
function FromUnionKey(key, type, options) {
  return RecordCreateFromKeys(IndexPropertyKeys(Union(key)), type, options);
}
function FromLiteralKey(key, type, options) {
  return RecordCreateFromKeys([key.toString()], type, options);
}
function FromRegExpKey(key, type, options) {
  return RecordCreateFromPattern(key.source, type, options);
}
function FromStringKey(key, type, options) {
  let pattern = IsUndefined2(key.pattern) ? PatternStringExact : key.pattern;
  return RecordCreateFromPattern(pattern, type, options);
}
function FromAnyKey(_, type, options) {
  return RecordCreateFromPattern(PatternStringExact, type, options);
}
function FromNeverKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNeverExact, type, options);
}
function FromBooleanKey(_key, type, options) {
  return Object2({ true: type, false: type }, options);
}
function FromIntegerKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
function FromNumberKey(_, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
function Record(key, type, options = {}) {
  return IsUnion(key) ? FromUnionKey(key.anyOf, type, options) : IsTemplateLiteral(key) ? FromTemplateLiteralKey(key, type, options) : IsLiteral(key) ? FromLiteralKey(key.const, type, options) : IsBoolean3(key) ? FromBooleanKey(key, type, options) : IsInteger2(key) ? FromIntegerKey(key, type, options) : IsNumber3(key) ? FromNumberKey(key, type, options) : IsRegExp2(key) ? FromRegExpKey(key, type, options) : IsString3(key) ? FromStringKey(key, type, options) : IsAny(key) ? FromAnyKey(key, type, options) : IsNever(key) ? FromNeverKey(key, type, options) : Never(options);
}
function RecordPattern(record) {
  return globalThis.Object.getOwnPropertyNames(record.patternProperties)[0];
}
function RecordKey2(type) {
  let pattern = RecordPattern(type);
  return pattern === PatternStringExact ? String() : pattern === PatternNumberExact ? Number2() : String({ pattern });
}
function RecordValue2(type) {
  return type.patternProperties[RecordPattern(type)];
}

// node_modules/@sinclair/typebox/build/esm/type/required/required.mjs
function FromComputed4(target, parameters) {
  return Computed("Required", [Computed(target, parameters)]);
}
function FromRef4($ref) {
  return Computed("Required", [Ref($ref)]);
}
function FromProperties17(properties) {
  let requiredProperties = {};
  for (let K of globalThis.Object.getOwnPropertyNames(properties))
    requiredProperties[K] = Discard(properties[K], [OptionalKind]);
  return requiredProperties;
}
function FromObject5(type, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties17(properties);
  return Object2(mappedProperties, options);
}
function FromRest7(types) {
  return types.map((type) => RequiredResolve(type));
}
function RequiredResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed4(type.target, type.parameters) : IsRef(type) ? FromRef4(type.$ref) : IsIntersect(type) ? Intersect(FromRest7(type.allOf)) : IsUnion(type) ? Union(FromRest7(type.anyOf)) : IsObject3(type) ? FromObject5(type, type.properties) : (
      // Intrinsic
      IsBigInt3(type) || IsBoolean3(type) || IsInteger2(type) || IsLiteral(type) || IsNull3(type) || IsNumber3(type) || IsString3(type) || IsSymbol3(type) || IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
function Required(type, options) {
  return IsMappedResult(type) ? RequiredFromMappedResult(type, options) : CreateType({ ...RequiredResolve(type), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/required/required-from-mapped-result.mjs
function FromProperties18(P, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Required(P[K2], options);
  return Acc;
}
function FromMappedResult12(R, options) {
  return FromProperties18(R.properties, options);
}
function RequiredFromMappedResult(R, options) {
  let P = FromMappedResult12(R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/module/compute.mjs
function DereferenceParameters(moduleProperties, types) {
  return types.map((type) => IsRef(type) ? Dereference(moduleProperties, type.$ref) : FromType(moduleProperties, type));
}
function Dereference(moduleProperties, ref) {
  return ref in moduleProperties ? IsRef(moduleProperties[ref]) ? Dereference(moduleProperties, moduleProperties[ref].$ref) : FromType(moduleProperties, moduleProperties[ref]) : Never();
}
function FromAwaited(parameters) {
  return Awaited(parameters[0]);
}
function FromIndex(parameters) {
  return Index(parameters[0], parameters[1]);
}
function FromKeyOf(parameters) {
  return KeyOf(parameters[0]);
}
function FromPartial(parameters) {
  return Partial(parameters[0]);
}
function FromOmit(parameters) {
  return Omit(parameters[0], parameters[1]);
}
function FromPick(parameters) {
  return Pick(parameters[0], parameters[1]);
}
function FromRequired(parameters) {
  return Required(parameters[0]);
}
function FromComputed5(moduleProperties, target, parameters) {
  let dereferenced = DereferenceParameters(moduleProperties, parameters);
  return target === "Awaited" ? FromAwaited(dereferenced) : target === "Index" ? FromIndex(dereferenced) : target === "KeyOf" ? FromKeyOf(dereferenced) : target === "Partial" ? FromPartial(dereferenced) : target === "Omit" ? FromOmit(dereferenced) : target === "Pick" ? FromPick(dereferenced) : target === "Required" ? FromRequired(dereferenced) : Never();
}
function FromArray5(moduleProperties, type) {
  return Array2(FromType(moduleProperties, type));
}
function FromAsyncIterator2(moduleProperties, type) {
  return AsyncIterator(FromType(moduleProperties, type));
}
function FromConstructor2(moduleProperties, parameters, instanceType) {
  return Constructor(FromTypes(moduleProperties, parameters), FromType(moduleProperties, instanceType));
}
function FromFunction2(moduleProperties, parameters, returnType) {
  return Function(FromTypes(moduleProperties, parameters), FromType(moduleProperties, returnType));
}
function FromIntersect7(moduleProperties, types) {
  return Intersect(FromTypes(moduleProperties, types));
}
function FromIterator2(moduleProperties, type) {
  return Iterator(FromType(moduleProperties, type));
}
function FromObject6(moduleProperties, properties) {
  return Object2(globalThis.Object.keys(properties).reduce((result, key) => ({ ...result, [key]: FromType(moduleProperties, properties[key]) }), {}));
}
function FromRecord2(moduleProperties, type) {
  let [value, pattern] = [FromType(moduleProperties, RecordValue2(type)), RecordPattern(type)], result = CloneType(type);
  return result.patternProperties[pattern] = value, result;
}
function FromTransform(moduleProperties, transform) {
  return IsRef(transform) ? { ...Dereference(moduleProperties, transform.$ref), [TransformKind]: transform[TransformKind] } : transform;
}
function FromTuple4(moduleProperties, types) {
  return Tuple(FromTypes(moduleProperties, types));
}
function FromUnion9(moduleProperties, types) {
  return Union(FromTypes(moduleProperties, types));
}
function FromTypes(moduleProperties, types) {
  return types.map((type) => FromType(moduleProperties, type));
}
function FromType(moduleProperties, type) {
  return (
    // Modifiers
    IsOptional(type) ? CreateType(FromType(moduleProperties, Discard(type, [OptionalKind])), type) : IsReadonly(type) ? CreateType(FromType(moduleProperties, Discard(type, [ReadonlyKind])), type) : (
      // Transform
      IsTransform(type) ? CreateType(FromTransform(moduleProperties, type), type) : (
        // Types
        IsArray3(type) ? CreateType(FromArray5(moduleProperties, type.items), type) : IsAsyncIterator3(type) ? CreateType(FromAsyncIterator2(moduleProperties, type.items), type) : IsComputed(type) ? CreateType(FromComputed5(moduleProperties, type.target, type.parameters)) : IsConstructor(type) ? CreateType(FromConstructor2(moduleProperties, type.parameters, type.returns), type) : IsFunction3(type) ? CreateType(FromFunction2(moduleProperties, type.parameters, type.returns), type) : IsIntersect(type) ? CreateType(FromIntersect7(moduleProperties, type.allOf), type) : IsIterator3(type) ? CreateType(FromIterator2(moduleProperties, type.items), type) : IsObject3(type) ? CreateType(FromObject6(moduleProperties, type.properties), type) : IsRecord(type) ? CreateType(FromRecord2(moduleProperties, type)) : IsTuple(type) ? CreateType(FromTuple4(moduleProperties, type.items || []), type) : IsUnion(type) ? CreateType(FromUnion9(moduleProperties, type.anyOf), type) : type
      )
    )
  );
}
function ComputeType(moduleProperties, key) {
  return key in moduleProperties ? FromType(moduleProperties, moduleProperties[key]) : Never();
}
function ComputeModuleProperties(moduleProperties) {
  return globalThis.Object.getOwnPropertyNames(moduleProperties).reduce((result, key) => ({ ...result, [key]: ComputeType(moduleProperties, key) }), {});
}

// node_modules/@sinclair/typebox/build/esm/type/module/module.mjs
var TModule = class {
  constructor($defs) {
    let computed = ComputeModuleProperties($defs), identified = this.WithIdentifiers(computed);
    this.$defs = identified;
  }
  /** `[Json]` Imports a Type by Key. */
  Import(key, options) {
    let $defs = { ...this.$defs, [key]: CreateType(this.$defs[key], options) };
    return CreateType({ [Kind]: "Import", $defs, $ref: key });
  }
  // prettier-ignore
  WithIdentifiers($defs) {
    return globalThis.Object.getOwnPropertyNames($defs).reduce((result, key) => ({ ...result, [key]: { ...$defs[key], $id: key } }), {});
  }
};
function Module(properties) {
  return new TModule(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly-optional/readonly-optional.mjs
function ReadonlyOptional(schema) {
  return Readonly(Optional(schema));
}

// node_modules/@sinclair/typebox/build/esm/type/recursive/recursive.mjs
var Ordinal = 0;
function Recursive(callback, options = {}) {
  IsUndefined2(options.$id) && (options.$id = `T${Ordinal++}`);
  let thisType = CloneType(callback({ [Kind]: "This", $ref: `${options.$id}` }));
  return thisType.$id = options.$id, CreateType({ [Hint]: "Recursive", ...thisType }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/rest/rest.mjs
function RestResolve(T) {
  return IsIntersect(T) ? T.allOf : IsUnion(T) ? T.anyOf : IsTuple(T) ? T.items ?? [] : [];
}
function Rest(T) {
  return RestResolve(T);
}

// node_modules/@sinclair/typebox/build/esm/type/transform/transform.mjs
var TransformDecodeBuilder = class {
  constructor(schema) {
    this.schema = schema;
  }
  Decode(decode) {
    return new TransformEncodeBuilder(this.schema, decode);
  }
}, TransformEncodeBuilder = class {
  constructor(schema, decode) {
    this.schema = schema, this.decode = decode;
  }
  EncodeTransform(encode, schema) {
    let Codec = { Encode: (value) => schema[TransformKind].Encode(encode(value)), Decode: (value) => this.decode(schema[TransformKind].Decode(value)) };
    return { ...schema, [TransformKind]: Codec };
  }
  EncodeSchema(encode, schema) {
    let Codec = { Decode: this.decode, Encode: encode };
    return { ...schema, [TransformKind]: Codec };
  }
  Encode(encode) {
    return IsTransform(this.schema) ? this.EncodeTransform(encode, this.schema) : this.EncodeSchema(encode, this.schema);
  }
};
function Transform(schema) {
  return new TransformDecodeBuilder(schema);
}

// node_modules/@sinclair/typebox/build/esm/type/unsafe/unsafe.mjs
function Unsafe(options = {}) {
  return CreateType({ [Kind]: options[Kind] ?? "Unsafe" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/type/type.mjs
var type_exports2 = {};
__export(type_exports2, {
  Any: () => Any,
  Argument: () => Argument,
  Array: () => Array2,
  AsyncIterator: () => AsyncIterator,
  Awaited: () => Awaited,
  BigInt: () => BigInt,
  Boolean: () => Boolean,
  Capitalize: () => Capitalize,
  Composite: () => Composite,
  Const: () => Const,
  Constructor: () => Constructor,
  ConstructorParameters: () => ConstructorParameters,
  Date: () => Date2,
  Enum: () => Enum,
  Exclude: () => Exclude,
  Extends: () => Extends,
  Extract: () => Extract,
  Function: () => Function,
  Index: () => Index,
  InstanceType: () => InstanceType,
  Instantiate: () => Instantiate,
  Integer: () => Integer,
  Intersect: () => Intersect,
  Iterator: () => Iterator,
  KeyOf: () => KeyOf,
  Literal: () => Literal,
  Lowercase: () => Lowercase,
  Mapped: () => Mapped,
  Module: () => Module,
  Never: () => Never,
  Not: () => Not,
  Null: () => Null,
  Number: () => Number2,
  Object: () => Object2,
  Omit: () => Omit,
  Optional: () => Optional,
  Parameters: () => Parameters,
  Partial: () => Partial,
  Pick: () => Pick,
  Promise: () => Promise2,
  Readonly: () => Readonly,
  ReadonlyOptional: () => ReadonlyOptional,
  Record: () => Record,
  Recursive: () => Recursive,
  Ref: () => Ref,
  RegExp: () => RegExp2,
  Required: () => Required,
  Rest: () => Rest,
  ReturnType: () => ReturnType,
  String: () => String,
  Symbol: () => Symbol2,
  TemplateLiteral: () => TemplateLiteral,
  Transform: () => Transform,
  Tuple: () => Tuple,
  Uint8Array: () => Uint8Array2,
  Uncapitalize: () => Uncapitalize,
  Undefined: () => Undefined,
  Union: () => Union,
  Unknown: () => Unknown,
  Unsafe: () => Unsafe,
  Uppercase: () => Uppercase,
  Void: () => Void
});

// node_modules/@sinclair/typebox/build/esm/type/argument/argument.mjs
function Argument(index) {
  return CreateType({ [Kind]: "Argument", index });
}

// node_modules/@sinclair/typebox/build/esm/type/constructor-parameters/constructor-parameters.mjs
function ConstructorParameters(schema, options) {
  return IsConstructor(schema) ? Tuple(schema.parameters, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/instance-type/instance-type.mjs
function InstanceType(schema, options) {
  return IsConstructor(schema) ? CreateType(schema.returns, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/instantiate/instantiate.mjs
function FromConstructor3(args, type) {
  return type.parameters = FromTypes2(args, type.parameters), type.returns = FromType2(args, type.returns), type;
}
function FromFunction3(args, type) {
  return type.parameters = FromTypes2(args, type.parameters), type.returns = FromType2(args, type.returns), type;
}
function FromIntersect8(args, type) {
  return type.allOf = FromTypes2(args, type.allOf), type;
}
function FromUnion10(args, type) {
  return type.anyOf = FromTypes2(args, type.anyOf), type;
}
function FromTuple5(args, type) {
  return IsUndefined2(type.items) || (type.items = FromTypes2(args, type.items)), type;
}
function FromArray6(args, type) {
  return type.items = FromType2(args, type.items), type;
}
function FromAsyncIterator3(args, type) {
  return type.items = FromType2(args, type.items), type;
}
function FromIterator3(args, type) {
  return type.items = FromType2(args, type.items), type;
}
function FromPromise3(args, type) {
  return type.item = FromType2(args, type.item), type;
}
function FromObject7(args, type) {
  let mappedProperties = FromProperties19(args, type.properties);
  return { ...type, ...Object2(mappedProperties) };
}
function FromRecord3(args, type) {
  let mappedKey = FromType2(args, RecordKey2(type)), mappedValue = FromType2(args, RecordValue2(type)), result = Record(mappedKey, mappedValue);
  return { ...type, ...result };
}
function FromArgument(args, argument) {
  return argument.index in args ? args[argument.index] : Unknown();
}
function FromProperty3(args, type) {
  let isReadonly = IsReadonly(type), isOptional = IsOptional(type), mapped = FromType2(args, type);
  return isReadonly && isOptional ? ReadonlyOptional(mapped) : isReadonly && !isOptional ? Readonly(mapped) : !isReadonly && isOptional ? Optional(mapped) : mapped;
}
function FromProperties19(args, properties) {
  return globalThis.Object.getOwnPropertyNames(properties).reduce((result, key) => ({ ...result, [key]: FromProperty3(args, properties[key]) }), {});
}
function FromTypes2(args, types) {
  return types.map((type) => FromType2(args, type));
}
function FromType2(args, type) {
  return IsConstructor(type) ? FromConstructor3(args, type) : IsFunction3(type) ? FromFunction3(args, type) : IsIntersect(type) ? FromIntersect8(args, type) : IsUnion(type) ? FromUnion10(args, type) : IsTuple(type) ? FromTuple5(args, type) : IsArray3(type) ? FromArray6(args, type) : IsAsyncIterator3(type) ? FromAsyncIterator3(args, type) : IsIterator3(type) ? FromIterator3(args, type) : IsPromise2(type) ? FromPromise3(args, type) : IsObject3(type) ? FromObject7(args, type) : IsRecord(type) ? FromRecord3(args, type) : IsArgument(type) ? FromArgument(args, type) : type;
}
function Instantiate(type, args) {
  return FromType2(args, CloneType(type));
}

// node_modules/@sinclair/typebox/build/esm/type/parameters/parameters.mjs
function Parameters(schema, options) {
  return IsFunction3(schema) ? Tuple(schema.parameters, options) : Never();
}

// node_modules/@sinclair/typebox/build/esm/type/regexp/regexp.mjs
function RegExp2(unresolved, options) {
  let expr = IsString2(unresolved) ? new globalThis.RegExp(unresolved) : unresolved;
  return CreateType({ [Kind]: "RegExp", type: "RegExp", source: expr.source, flags: expr.flags }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/return-type/return-type.mjs
function ReturnType(schema, options) {
  return IsFunction3(schema) ? CreateType(schema.returns, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/void/void.mjs
function Void(options) {
  return CreateType({ [Kind]: "Void", type: "void" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/type/index.mjs
var Type = type_exports2;

// lib/model/schema.ts
var API_VERSION = "cloudneutral.io/v1alpha1", Name = Type.String({
  pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
  description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric",
  examples: ["orders-api"]
}), Names = Type.Array(Name, { uniqueItems: !0 }), Hostname = Type.String({
  pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",
  description: "a fully qualified lower-case DNS name such as api.example.com",
  examples: ["api.example.com"]
}), IPv4 = Type.String({
  pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$",
  description: "an IPv4 address",
  examples: ["192.0.2.10"]
}), Cidr = Type.String({
  pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$",
  description: "an IPv4 CIDR block such as 10.0.0.0/16",
  examples: ["10.10.0.0/16"]
}), UrlPath = Type.String({
  pattern: "^/[A-Za-z0-9._~/-]*$",
  description: "an absolute URL path of letters, digits and . _ ~ / -",
  examples: ["/healthz"]
}), EnvVarName = Type.String({
  pattern: "^[A-Z_][A-Z0-9_]*$",
  description: "an environment variable name: upper-case letters, digits and _",
  examples: ["CLOUDFLARE_API_TOKEN"]
}), Owner = Type.String({
  pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$",
  description: "a GitHub user (octocat) or team (@org/team)",
  examples: ["@acme/platform"]
}), Quantity = Type.String({
  pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$",
  description: "a Kubernetes quantity such as 500m or 512Mi",
  examples: ["512Mi"]
}), Duration = Type.Integer({ minimum: 0, description: "seconds", examples: [300] }), Scalar = Type.Unsafe({ type: ["string", "number", "boolean"] }), HttpUrl = Type.String({
  pattern: "^https?://[^\\s\"'`$]+$",
  description: "an http:// or https:// URL without blanks, quotes, backquotes or $",
  examples: ["http://127.0.0.1:9090"]
}), InstanceType2 = Type.String({
  pattern: "^[A-Za-z0-9._-]+$",
  description: "a provider's instance type: letters, digits and . _ -",
  examples: ["m6i.large"]
});
function doc(schema, description, more = {}) {
  let extra = {
    description,
    ...more.example !== void 0 ? { examples: [more.example] } : {},
    ...more.default !== void 0 ? { default: more.default } : {}
  };
  return "pattern" in schema ? Type.Unsafe({ allOf: [schema], ...extra }) : Type.Unsafe({ ...CloneType(schema), ...extra });
}
var Providers = ["aws", "gcp", "alicloud", "onprem"], Provider = Enum2(Providers), Layers = ["foundation", "k8s-base", "platform", "applications", "config"], Lifecycle = Enum2(Layers), Engine = Enum2(["terraform", "gitops", "ansible"]), Reconcile = Enum2(["on_drift", "periodic", "continuous", "on_change"]), Backup = Enum2(["state-snapshot", "pre-change-snapshot", "rollback", "none"]), Approvals = Type.Integer({ minimum: 0, maximum: 10 }), Metadata = Type.Object(
  {
    name: doc(
      Name,
      "the document's name: unique among the documents of its kind, and how others refer to it",
      { example: "orders-api" }
    ),
    labels: Type.Optional(
      doc(
        Type.Record(Type.String({ pattern: "^[a-z0-9./-]+$" }), Type.String()),
        "labels (keys of lower-case letters, digits and . / -), carried into rendered resources",
        { example: { "app.kubernetes.io/part-of": "storefront" } }
      )
    ),
    annotations: Type.Optional(
      doc(Type.Record(Type.String(), Type.String()), "free-form notes for people and tools", {
        example: { "acme.example/owner-channel": "#storefront" }
      })
    )
  },
  { additionalProperties: !1, description: "the document's name, labels and annotations" }
);
function Enum2(values, options = {}) {
  return Type.Unsafe({ type: "string", enum: [...values], ...options });
}
function strict(props, description) {
  return Type.Object(props, {
    additionalProperties: !1,
    ...description !== void 0 ? { description } : {}
  });
}
var SecretRef = strict(
  {
    tokenEnv: doc(
      EnvVarName,
      "the environment variable that holds the secret when a workflow or the CLI runs",
      { example: "PDNS_API_KEY" }
    )
  },
  "a secret by reference: the name of an environment variable, never the value"
), PlatformSpec = strict({
  repository: doc(
    Type.String({
      pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
      description: "owner/name of a GitHub repository"
    }),
    "owner/name of this repository; scopes the OIDC trust of apply",
    { example: "acme/platform" }
  ),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "platform owners: they approve changes no tenant or project owns",
    examples: [["@acme/platform-team", "alice-tanaka"]]
  }),
  dns: strict(
    {
      providers: Type.Array(
        strict(
          {
            name: doc(Name, "how GtmPolicy documents refer to this provider", {
              example: "pdns"
            }),
            type: doc(
              Enum2(["zonefile", "powerdns", "cloudflare", "route53", "alidns"]),
              "the DNS service: zonefile writes zone files into the repository; powerdns and cloudflare are reached through their HTTP APIs",
              { example: "powerdns" }
            ),
            url: Type.Optional(
              doc(HttpUrl, "the provider's API endpoint (powerdns: its webserver)", {
                example: "http://127.0.0.1:8081"
              })
            ),
            serverId: Type.Optional(
              doc(Name, "PowerDNS server id", { example: "localhost", default: "localhost" })
            ),
            credentials: Type.Optional(SecretRef)
          },
          "one DNS provider"
        ),
        { minItems: 1, description: "the DNS providers GTM may write to" }
      )
    },
    "where the public names' records live"
  ),
  metrics: Type.Optional(
    strict(
      {
        prometheus: strict(
          {
            url: doc(
              HttpUrl,
              "a Prometheus-compatible query API, read by gtm-reconcile and autoscale-propose",
              { example: "http://127.0.0.1:9090" }
            )
          },
          "a Prometheus-compatible source"
        )
      },
      "where health and capacity metrics are read"
    )
  ),
  terraform: Type.Optional(
    strict(
      {
        binary: doc(
          Enum2(["terraform", "tofu"]),
          "the IaC binary stacks run with: Terraform or OpenTofu",
          { example: "terraform" }
        ),
        version: Type.Optional(
          doc(
            Type.String({
              pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
              description: "a version such as 1.10 or 1.10.5"
            }),
            "the version rendered stacks require (required_version); an s3 state backend needs 1.10 or later (lockfile locking)",
            { example: "1.10" }
          )
        )
      },
      "the Terraform binary and version of the rendered stacks"
    )
  ),
  stateBackend: strict(
    {
      type: doc(
        Enum2(["s3", "gcs", "oss", "local"]),
        "where Terraform state lives: s3 (AWS), gcs (GCP), oss (Alibaba Cloud), local (files; tests and trials only)",
        { example: "s3" }
      ),
      bucket: Type.Optional(doc(Name, "the bucket of the state", { example: "acme-state" })),
      region: Type.Optional(doc(Name, "the bucket's cloud region", { example: "ap-northeast-1" })),
      prefix: Type.Optional(
        doc(
          Type.String({
            pattern: "^[a-z0-9/_-]+$",
            description: "lower-case letters, digits and / _ -"
          }),
          "key prefix of every stack's state in the bucket",
          { example: "stacks" }
        )
      )
    },
    "the Terraform state backend of every rendered stack"
  ),
  statusBranch: Type.Optional(
    doc(
      Type.String({
        pattern: "^[A-Za-z0-9._/-]+$",
        description: "a branch name of letters, digits and . _ / -"
      }),
      "the branch where apply, gtm-reconcile and autoscale-propose record what they did",
      { example: "cloudneutral/status", default: "cloudneutral/status" }
    )
  ),
  moduleSources: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 500 }), {
      uniqueItems: !0,
      description: "prefixes a Composition's module.source must start with, e.g. terraform-aws-modules/ or git::https://github.com/acme/modules.git//; end each with / so that no other repository or namespace matches; no Composition is allowed without one",
      examples: [["terraform-aws-modules/", "git::https://github.com/acme/modules.git//"]]
    })
  )
}), TenantSpec = strict({
  displayName: Type.Optional(
    Type.String({ maxLength: 200, description: "the name people read", examples: ["Acme Retail"] })
  ),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "who approves the tenant's changes",
    examples: [["@acme/platform", "alice-tanaka"]]
  }),
  regions: doc(Names, "the regions the tenant's services may run in", {
    example: ["jp1", "sg1"]
  }),
  budget: strict(
    {
      monthly: Type.Number({
        minimum: 0,
        description: "the monthly budget; the services' cost (size cost \xD7 replicas \xD7 regions) is checked against it",
        examples: [5e3]
      }),
      currency: Type.Optional(
        Type.Literal("USD", { description: "the budget's currency", default: "USD" })
      )
    },
    "what the tenant may spend"
  )
}), ProjectSpec = strict({
  tenant: doc(Name, "the Tenant the project belongs to", { example: "acme" }),
  owners: Type.Array(Owner, {
    minItems: 1,
    description: "who approves the project's changes",
    examples: [["@acme/storefront", "kenji-sato"]]
  }),
  environments: doc(Names, "the Environments the project's services may use", {
    example: ["dev", "test", "prod"]
  })
}), EnvironmentSpec = strict({
  approvals: doc(Approvals, "approvals a change in this environment needs before apply", {
    example: 2
  }),
  protected: Type.Boolean({
    description: "only merges to the default branch reach a protected environment",
    examples: [!0]
  })
}), MaintenanceWindow = strict(
  {
    days: Type.Array(Enum2(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), {
      minItems: 1,
      uniqueItems: !0,
      description: "the days the window opens (UTC)",
      examples: [["sat", "sun"]]
    }),
    start: doc(
      Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, UTC" }),
      "when the window opens, UTC",
      { example: "17:00" }
    ),
    durationMinutes: Type.Integer({
      minimum: 1,
      maximum: 1440,
      description: "how long the window stays open",
      examples: [120]
    })
  },
  "when changes that wait for a maintenance window (k8s-base by default) may be applied"
), RegionSpec = strict({
  provider: doc(Provider, "the real cloud behind the virtual region", { example: "aws" }),
  location: doc(
    Type.String({
      pattern: "^[a-z0-9-]+$",
      description: "lower-case letters, digits and -"
    }),
    "the provider's region, e.g. ap-northeast-1",
    { example: "ap-northeast-1" }
  ),
  network: Type.Optional(
    strict(
      { cidr: doc(Cidr, "the region's network block", { example: "10.10.0.0/16" }) },
      "the region's network"
    )
  ),
  ingress: strict(
    {
      addresses: Type.Array(IPv4, {
        minItems: 1,
        uniqueItems: !0,
        description: "the ingress VIPs: what GTM's DNS records answer and health probes reach",
        examples: [["192.0.2.10", "192.0.2.11"]]
      }),
      hostname: Type.Optional(
        doc(Hostname, "the ingress's own DNS name", { example: "jp1.ingress.example.com" })
      )
    },
    "how traffic enters the region"
  ),
  nodePool: strict(
    {
      mode: doc(
        Enum2(["containerd-only", "k3s-worker", "k8s"]),
        "what the nodes run: containerd-only (runtime: container services, blue/green through Ansible), k3s-worker, or k8s",
        { example: "k8s" }
      ),
      min: Type.Integer({
        minimum: 0,
        description: "the fewest nodes; render starts the node count here",
        examples: [3]
      }),
      max: Type.Integer({ minimum: 1, description: "the most nodes", examples: [16] }),
      instanceType: Type.Optional(doc(InstanceType2, "the nodes' instance type")),
      hosts: Type.Optional(
        Type.Array(IPv4, {
          uniqueItems: !0,
          description: "addresses of the containerd hosts Ansible deploys runtime: container services to",
          examples: [["192.0.2.21", "192.0.2.22"]]
        })
      )
    },
    "the region's nodes"
  ),
  weight: Type.Integer({
    minimum: 0,
    maximum: 255,
    description: "the region's base traffic weight (0\u2013255, as Route 53)",
    examples: [100]
  }),
  maintenanceWindow: Type.Optional(MaintenanceWindow)
}), SizeOffer = strict(
  {
    instanceType: doc(InstanceType2, "the provider's instance type for one replica", {
      example: "m6i.large"
    }),
    monthlyCost: Type.Number({
      minimum: 0,
      description: "monthly cost of one replica",
      examples: [90.52]
    })
  },
  "what the size is on one provider"
), SizeSpec = strict({
  cpu: doc(Quantity, "CPU of one replica (Kubernetes request)", { example: "500m" }),
  memory: doc(Quantity, "memory of one replica (Kubernetes request)", { example: "2Gi" }),
  replicas: Type.Integer({
    minimum: 1,
    description: "replicas per region",
    examples: [3]
  }),
  providers: Type.Partial(
    Type.Object(
      Object.fromEntries(Providers.map((p) => [p, SizeOffer])),
      {
        additionalProperties: !1,
        minProperties: 1,
        description: "per provider (aws, gcp, alicloud, onprem): its instance type and cost; a service of this size can only run in regions whose provider is listed",
        examples: [
          {
            aws: { instanceType: "m6i.large", monthlyCost: 90.52 },
            gcp: { instanceType: "e2-standard-4", monthlyCost: 121.18 },
            onprem: { instanceType: "vm-medium", monthlyCost: 42 }
          }
        ]
      }
    )
  )
}), GatewayFile = Type.String({
  pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$",
  maxLength: 1024,
  description: "an absolute path on the gateway host of letters, digits, . _ - and /, with no . or .. segment"
}), ServiceTls = strict({
  certificateFile: Type.Optional(
    doc(GatewayFile, "the certificate chain (PEM) on the gateway host", {
      example: "/etc/cloudneutral/tls/orders.crt"
    })
  ),
  keyFile: Type.Optional(
    doc(GatewayFile, "its private key (PEM) on the gateway host", {
      example: "/etc/cloudneutral/tls/orders.key"
    })
  ),
  secretName: Type.Optional(
    doc(Name, "a Kubernetes TLS secret mounted into the gateway (k8s regions)", {
      example: "orders-tls"
    })
  )
}), ServiceSpec = strict({
  tenant: doc(Name, "the Tenant the service belongs to", { example: "acme" }),
  project: doc(Name, "the Project of that tenant", { example: "storefront" }),
  env: doc(Name, "the Environment, one the project allows", { example: "prod" }),
  regions: Type.Array(Name, {
    minItems: 1,
    uniqueItems: !0,
    description: "the virtual regions the service runs in, ones its tenant allows",
    examples: [["jp1", "sg1"]]
  }),
  size: doc(Name, "the Size of each replica", { example: "medium" }),
  runtime: doc(
    Enum2(["k8s", "container"]),
    "k8s: manifests for a GitOps engine; container: containerd hosts, deployed blue/green by Ansible",
    { example: "k8s" }
  ),
  image: doc(
    Type.String({
      pattern: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$",
      description: "an OCI image reference such as ghcr.io/acme/orders:1.4.2"
    }),
    "the container image",
    { example: "ghcr.io/acme/orders-api:1.4.2" }
  ),
  port: Type.Integer({
    minimum: 1,
    maximum: 65535,
    description: "the port the container listens on",
    examples: [8080]
  }),
  healthPath: doc(UrlPath, "the path that answers 2xx while the service is healthy", {
    example: "/healthz"
  }),
  publicName: Type.Optional(
    doc(Hostname, "the public name the gateway serves the service under", {
      example: "orders.example.com"
    })
  ),
  tls: Type.Optional(
    doc(
      ServiceTls,
      "the certificate of the public name, by reference: the gateway serves it over HTTPS",
      {
        example: {
          certificateFile: "/etc/cloudneutral/tls/orders.crt",
          keyFile: "/etc/cloudneutral/tls/orders.key"
        }
      }
    )
  ),
  variables: Type.Optional(
    doc(
      Type.Record(EnvVarName, Type.String({ maxLength: 4096 })),
      "environment variables of the container (values are not secrets: they are committed)",
      { example: { LOG_LEVEL: "info" } }
    )
  )
}), CompositionSpec = strict({
  lifecycle: doc(
    Lifecycle,
    "the layer; with the decision matrix it decides engine, gate, order and backup",
    { example: "platform" }
  ),
  changeFrequency: doc(
    Enum2(["rare", "occasional", "frequent"]),
    "how often the module is expected to change",
    { example: "occasional" }
  ),
  engine: Type.Optional(
    doc(Engine, "the IaC engine; default: the decision matrix's for the lifecycle", {
      example: "terraform"
    })
  ),
  module: strict(
    {
      source: Type.String({
        minLength: 1,
        maxLength: 500,
        description: "where the module comes from; must start with one of Platform's moduleSources",
        examples: ["terraform-aws-modules/rds/aws"]
      }),
      version: Type.Optional(
        doc(
          Type.String({
            pattern: "^[0-9A-Za-z.<>=~ ,!-]+$",
            description: "a version constraint such as ~> 6.0"
          }),
          "the module's version constraint",
          { example: "~> 6.0" }
        )
      )
    },
    "the Terraform module the composition instantiates"
  ),
  regions: Type.Array(Name, {
    minItems: 1,
    uniqueItems: !0,
    description: "the regions to instantiate it in: one stack per region",
    examples: [["jp1"]]
  }),
  // Terraform's own module arguments cannot be inputs.
  inputs: Type.Optional(
    doc(
      Type.Record(
        Type.String({
          pattern: "^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$"
        }),
        Scalar
      ),
      "the module's arguments (strings, numbers, booleans); not Terraform's own source, version, count, for_each, providers, depends_on, lifecycle",
      { example: { engine: "postgres", allocated_storage: 100, multi_az: !0 } }
    )
  ),
  dependsOn: Type.Optional(
    doc(Names, "Compositions applied before this one", { example: ["network"] })
  ),
  overrides: Type.Optional(
    strict(
      {
        reconcile: Type.Optional(
          doc(Reconcile, "when it is reconciled; default: the matrix's", {
            example: "periodic"
          })
        ),
        approvals: Type.Optional(
          doc(Approvals, "approvals a change needs; default: the matrix's and the environment's", {
            example: 2
          })
        ),
        backup: Type.Optional(
          doc(Backup, "what is saved before a change; default: the matrix's", {
            example: "pre-change-snapshot"
          })
        )
      },
      "this composition's exceptions to the decision matrix"
    )
  )
}), GtmPolicySpec = strict({
  publicName: doc(Hostname, "the public name whose records GTM manages", {
    example: "api.example.com"
  }),
  zone: doc(Hostname, "the DNS zone that holds it", { example: "example.com" }),
  provider: doc(Name, "the Platform's DNS provider that serves the zone", { example: "pdns" }),
  ttl: Type.Integer({
    minimum: 1,
    maximum: 86400,
    description: "the records' TTL in seconds; short TTLs make failover fast",
    examples: [30]
  }),
  regions: Type.Array(
    strict(
      {
        region: doc(Name, "a Region that serves the name", { example: "jp1" }),
        weight: Type.Integer({
          minimum: 0,
          maximum: 255,
          description: "its base weight while healthy; 0 takes it out of the answers",
          examples: [100]
        }),
        failover: Type.Optional(
          Type.Array(Name, {
            uniqueItems: !0,
            description: "regions that take this one's weight while it is down, in order",
            examples: [["sg1"]]
          })
        )
      },
      "one region behind the name"
    ),
    { minItems: 1, description: "the regions behind the name, with their weights" }
  ),
  minReadyNodes: Type.Integer({
    minimum: 0,
    description: "a region with fewer ready nodes counts as down",
    examples: [2]
  }),
  degraded: Type.Optional(
    strict(
      {
        errorRate: Type.Optional(
          Type.Number({
            exclusiveMinimum: 0,
            maximum: 1,
            description: "the share of 5xx answers over which a region is degraded",
            examples: [0.05]
          })
        ),
        latencySeconds: Type.Optional(
          Type.Number({
            exclusiveMinimum: 0,
            description: "the p95 latency over which a region is degraded",
            examples: [0.8]
          })
        ),
        factor: Type.Number({
          exclusiveMinimum: 0,
          maximum: 1,
          description: "what a degraded region's weight is multiplied by",
          examples: [0.5]
        })
      },
      "over either threshold a region is degraded: its weight is multiplied by factor"
    )
  ),
  healthCheck: strict(
    {
      scheme: Type.Optional(
        doc(
          Enum2(["http", "https"]),
          "the probes' scheme; default: what the region gateway serves the public name with",
          { example: "https" }
        )
      ),
      path: doc(UrlPath, "the path probed on every ingress address", { example: "/healthz" }),
      port: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: 65535,
          description: "the port probed; default: the gateway's port for that scheme",
          examples: [443]
        })
      ),
      intervalSeconds: Type.Integer({
        minimum: 1,
        description: "seconds between probes",
        examples: [10]
      }),
      timeoutSeconds: Type.Integer({
        minimum: 1,
        description: "a probe that takes longer fails",
        examples: [3]
      }),
      expectedStatus: Type.Optional(
        doc(
          Type.String({
            pattern: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$",
            description: "an HTTP status (200) or range (200-299)"
          }),
          "the status a healthy region answers",
          { example: "200-299", default: "200-299" }
        )
      ),
      bodyMatch: Type.Optional(
        Type.String({
          maxLength: 200,
          description: "text the answer's body must contain (plain text, not a pattern)",
          examples: ["ok"]
        })
      )
    },
    "how each region's ingress is probed, with the public name as Host and TLS server name"
  ),
  hysteresis: strict(
    {
      failures: Type.Integer({
        minimum: 1,
        description: "failed probes in a row before a region counts as down",
        examples: [3]
      }),
      successes: Type.Integer({
        minimum: 1,
        description: "good probes in a row before a down region counts as up again",
        examples: [2]
      })
    },
    "how many probes in a row change a region's state"
  ),
  failOpen: Type.Boolean({
    description: "when every region looks down, keep answering with all of them rather than none",
    examples: [!0]
  }),
  dns: Type.Optional(
    strict(
      {
        policy: Type.Optional(
          doc(
            Enum2(["sync", "upsert-only", "create-only"]),
            "sync creates, updates and deletes; upsert-only never deletes; create-only only creates",
            { example: "sync", default: "sync" }
          )
        ),
        adopt: Type.Optional(
          Type.Boolean({
            description: "take over a record at the public name that someone else owns (e.g. a hand-made A)",
            examples: [!1],
            default: !1
          })
        )
      },
      "how the public name's records are reconciled"
    )
  )
}), ScalingRules = strict(
  {
    stabilizationWindowSeconds: Type.Optional(
      doc(
        Duration,
        "the decision is the most conservative of this window's; default 0 up, 300 down",
        { example: 300 }
      )
    ),
    selectPolicy: Type.Optional(
      doc(
        Enum2(["Max", "Min", "Disabled"]),
        "which policy's limit applies when several do (Disabled: never scale this way)",
        { example: "Max", default: "Max" }
      )
    ),
    // At least one: an empty list would remove the rate limit altogether.
    policies: Type.Optional(
      Type.Array(
        strict(
          {
            type: doc(Enum2(["Nodes", "Percent"]), "a count of nodes or a percentage", {
              example: "Percent"
            }),
            value: Type.Integer({
              minimum: 1,
              description: "the most nodes (or percent) per period",
              examples: [100]
            }),
            periodSeconds: Type.Integer({
              minimum: 1,
              maximum: 1800,
              description: "the period the limit applies to",
              examples: [15]
            })
          },
          "one rate limit"
        ),
        {
          minItems: 1,
          description: "rate limits; default up: 4 nodes or 100% per 15 s, down: 100% per 15 s (Kubernetes HPA's)"
        }
      )
    )
  },
  "HPA-style rules for one direction"
), AutoscalePolicySpec = strict({
  region: doc(Name, "the Region whose node pool this scales", { example: "jp1" }),
  min: Type.Integer({
    minimum: 0,
    description: "the fewest nodes, within the region's nodePool min/max",
    examples: [3]
  }),
  max: Type.Integer({
    minimum: 1,
    description: "the most nodes, within the region's nodePool min/max",
    examples: [12]
  }),
  targetUtilization: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1,
    description: "the CPU utilization the pool is sized for",
    examples: [0.6]
  }),
  tolerance: Type.Optional(
    Type.Number({
      minimum: 0,
      maximum: 1,
      description: "no change while utilization / target is within 1 \xB1 tolerance",
      examples: [0.1],
      default: 0.1
    })
  ),
  windowSeconds: Type.Optional(
    Type.Integer({
      minimum: 60,
      description: "the window usage is averaged over",
      examples: [300],
      default: 300
    })
  ),
  warmupSeconds: Type.Optional(
    doc(Duration, "a node booted more recently than this is not counted ready", {
      example: 120,
      default: 120
    })
  ),
  behavior: Type.Optional(
    doc(
      strict({ scaleUp: Type.Optional(ScalingRules), scaleDown: Type.Optional(ScalingRules) }),
      "how fast the pool grows and shrinks, up and down",
      {
        example: {
          scaleUp: {
            stabilizationWindowSeconds: 0,
            selectPolicy: "Max",
            policies: [
              { type: "Nodes", value: 4, periodSeconds: 15 },
              { type: "Percent", value: 100, periodSeconds: 15 }
            ]
          },
          scaleDown: {
            stabilizationWindowSeconds: 300,
            policies: [{ type: "Percent", value: 100, periodSeconds: 15 }]
          }
        }
      }
    )
  ),
  queries: Type.Optional(
    strict(
      {
        usage: Type.Optional(
          Type.String({
            minLength: 1,
            description: "PromQL: CPU cores busy per node; $selector, $window and $warmup are filled in; default: node_exporter's node_cpu_seconds_total",
            examples: [
              'sum by (node) (rate(node_cpu_seconds_total{$selector,mode!="idle"}[$window]))'
            ]
          })
        ),
        capacity: Type.Optional(
          Type.String({
            minLength: 1,
            description: "PromQL: CPUs per node; default: node_exporter's idle CPU series",
            examples: ['count by (node) (node_cpu_seconds_total{$selector,mode="idle"})']
          })
        ),
        ready: Type.Optional(
          Type.String({
            minLength: 1,
            description: "PromQL: 1 per ready node; default: up and booted at least $warmup seconds ago",
            examples: ['max by (node) (up{$selector,node!=""})']
          })
        )
      },
      "metric queries, one series per node"
    )
  )
}), PolicySpec = strict({
  description: Type.Optional(
    Type.String({
      maxLength: 500,
      description: "what the policy is for, shown with its findings",
      examples: ["Production services survive the loss of a region."]
    })
  ),
  match: Type.Optional(
    strict(
      {
        kinds: Type.Optional(
          Type.Array(Type.String({ pattern: "^[A-Z][A-Za-z]+$" }), {
            description: "kinds of document the rules apply to; default: every kind",
            examples: [["Service"]]
          })
        ),
        lifecycles: Type.Optional(
          Type.Array(Lifecycle, {
            description: "Composition lifecycles the rules apply to; default: every one",
            examples: [["platform"]]
          })
        ),
        environments: Type.Optional(
          doc(Names, "environments the rules apply to; default: every one", {
            example: ["prod"]
          })
        )
      },
      "which documents the rules see; default: all"
    )
  ),
  validations: Type.Optional(
    Type.Array(
      strict(
        {
          expression: Type.String({
            minLength: 1,
            description: "a CEL expression over `object` (the document) that must be true",
            examples: ["object.spec.regions.size() >= 2"]
          }),
          message: Type.String({
            minLength: 1,
            description: "what the author of a change that breaks the rule is told",
            examples: ["prod services run in at least two regions"]
          }),
          severity: Type.Optional(
            doc(Enum2(["deny", "warn"]), "deny fails the check; warn only reports", {
              example: "deny",
              default: "deny"
            })
          )
        },
        "one rule"
      ),
      { minItems: 1, description: "CEL rules" }
    )
  ),
  opa: Type.Optional(
    strict(
      {
        bundle: doc(
          Type.String({
            pattern: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$",
            description: "a path inside the config directory (no leading / and no ..)"
          }),
          "an OPA policy compiled to WebAssembly (policy.wasm), relative to the config directory",
          { example: "policies/opa/policy.wasm" }
        ),
        entrypoints: Type.Optional(
          Type.Array(Type.String({ pattern: "^[A-Za-z0-9_/]+$" }), {
            description: "the rules to evaluate; default: the bundle's own entrypoints",
            examples: [["cloudneutral/deny"]]
          })
        )
      },
      "a reference to an OPA bundle"
    )
  )
}), MatrixRow = strict(
  {
    engine: Type.Optional(doc(Engine, "the IaC engine", { example: "terraform" })),
    reconcile: Type.Optional(
      doc(Reconcile, "when units of the layer are reconciled", { example: "periodic" })
    ),
    drift: Type.Optional(
      doc(Enum2(["alert", "correct"]), "what drift detection does", {
        example: "alert"
      })
    ),
    approvals: Type.Optional(doc(Approvals, "approvals a change needs", { example: 1 })),
    maintenanceWindow: Type.Optional(
      Type.Boolean({
        description: "whether apply waits for the region's maintenance window",
        examples: [!0]
      })
    ),
    backup: Type.Optional(
      doc(Backup, "what is saved before a change", { example: "state-snapshot" })
    )
  },
  "one layer's row; a field left out keeps the built-in value"
), DecisionMatrixSpec = strict({
  rows: Type.Partial(
    Type.Object(Object.fromEntries(Layers.map((l) => [l, MatrixRow])), {
      additionalProperties: !1,
      description: "rows by lifecycle (foundation, k8s-base, platform, applications, config)",
      examples: [{ platform: { approvals: 2 }, config: { drift: "alert" } }]
    })
  )
});
function kind(name, spec, description) {
  return Type.Object(
    {
      apiVersion: Type.Literal(API_VERSION, { description: "the model's version" }),
      kind: Type.Literal(name, { description: "the document's kind" }),
      metadata: Metadata,
      spec
    },
    { additionalProperties: !1, description }
  );
}
var Kinds = {
  Platform: kind(
    "Platform",
    PlatformSpec,
    "One per repository: DNS providers, metrics, Terraform, state backend."
  ),
  Tenant: kind("Tenant", TenantSpec, "A tenant: owners, allowed regions, monthly budget."),
  Project: kind("Project", ProjectSpec, "A project of a tenant."),
  Environment: kind("Environment", EnvironmentSpec, "An environment such as dev, test or prod."),
  Region: kind("Region", RegionSpec, "A virtual region mapped to one real backend."),
  Size: kind("Size", SizeSpec, "A virtual size mapped per provider to instance types and cost."),
  Service: kind("Service", ServiceSpec, "A service of a project, placed in virtual regions."),
  Composition: kind("Composition", CompositionSpec, "An infrastructure module with its lifecycle."),
  GtmPolicy: kind("GtmPolicy", GtmPolicySpec, "Global traffic management for one public name."),
  AutoscalePolicy: kind(
    "AutoscalePolicy",
    AutoscalePolicySpec,
    "Node-pool autoscaling of one region."
  ),
  Policy: kind("Policy", PolicySpec, "User rules in CEL, or a reference to an OPA bundle."),
  DecisionMatrix: kind(
    "DecisionMatrix",
    DecisionMatrixSpec,
    "Overrides of the built-in decision matrix."
  )
}, KindNames = Object.keys(Kinds);

export {
  IsAsyncIterator,
  IsIterator,
  IsStandardObject,
  IsPromise,
  IsDate,
  IsMap,
  IsSet,
  IsTypedArray,
  IsUint8Array,
  HasPropertyKey,
  IsObject,
  IsArray,
  IsUndefined,
  IsNull,
  IsBoolean,
  IsNumber,
  IsInteger,
  IsBigInt,
  IsString,
  IsFunction,
  IsSymbol,
  IsValueType,
  TypeSystemPolicy,
  TypeBoxError,
  TransformKind,
  Kind,
  IsTransform,
  IsUndefined3 as IsUndefined2,
  IsKind,
  IsSchema,
  Never,
  Union,
  IsTemplateLiteralFinite,
  TemplateLiteralGenerate,
  Literal,
  String,
  IndexFromPropertyKeys,
  Object2 as Object,
  KeyOfPropertyKeys,
  KeyOfPattern,
  Unknown,
  Type,
  Providers,
  Layers,
  KindNames
};
