import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// node_modules/@bufbuild/cel/dist/esm/error.js
var privateSymbol = /* @__PURE__ */ Symbol.for("@bufbuild/cel/error");
function celError(value, exprId) {
  return isCelError(value) ? value : (typeof exprId == "number" && (exprId = BigInt(exprId)), value instanceof Error ? new _CelError(value.message, value, exprId) : typeof value == "string" ? new _CelError(value, void 0, exprId) : new _CelError(`${value}`, value, exprId));
}
function celErrorMerge(first, ...rest) {
  return new _CelError(first.message, rest, first.exprId);
}
function isCelError(v) {
  return typeof v == "object" && v !== null && privateSymbol in v;
}
var _CelError = class extends Error {
  _cause;
  _exprId;
  [privateSymbol] = {};
  constructor(message, _cause, _exprId) {
    super(message), this._cause = _cause, this._exprId = _exprId;
  }
  get exprId() {
    return this._exprId;
  }
  get cause() {
    return this._cause;
  }
};

// node_modules/@bufbuild/protobuf/dist/esm/reflect/error.js
var errorNames = [
  "FieldValueInvalidError",
  "FieldListRangeError",
  "ForeignFieldError"
], FieldError = class extends Error {
  constructor(fieldOrOneof, message, name = "FieldValueInvalidError") {
    super(message), this.name = name, this.field = () => fieldOrOneof;
  }
};
function isFieldError(arg) {
  return arg instanceof Error && errorNames.includes(arg.name) && "field" in arg && typeof arg.field == "function";
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/names.js
function protoCamelCase(snakeCase) {
  let capNext = !1, b = [];
  for (let i = 0; i < snakeCase.length; i++) {
    let c = snakeCase.charAt(i);
    switch (c) {
      case "_":
        capNext = !0;
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        b.push(c), capNext = !1;
        break;
      default:
        capNext && (capNext = !1, c = c.toUpperCase()), b.push(c);
        break;
    }
  }
  return b.join("");
}
function protoSnakeCase(lowerCamelCase) {
  return lowerCamelCase.replace(/[A-Z]/g, (letter) => "_" + letter.toLowerCase());
}
var reservedObjectProperties = /* @__PURE__ */ new Set([
  // names reserved by JavaScript
  "constructor",
  "toString",
  "toJSON",
  "valueOf"
]);
function safeObjectProperty(name) {
  return reservedObjectProperties.has(name) ? name + "$" : name;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/nested-types.js
function* nestedTypes(desc) {
  switch (desc.kind) {
    case "file":
      for (let message of desc.messages)
        yield message, yield* nestedTypes(message);
      yield* desc.enums, yield* desc.services, yield* desc.extensions;
      break;
    case "message":
      for (let message of desc.nestedMessages)
        yield message, yield* nestedTypes(message);
      yield* desc.nestedEnums, yield* desc.nestedExtensions;
      break;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/descriptors.js
var ScalarType;
(function(ScalarType2) {
  ScalarType2[ScalarType2.DOUBLE = 1] = "DOUBLE", ScalarType2[ScalarType2.FLOAT = 2] = "FLOAT", ScalarType2[ScalarType2.INT64 = 3] = "INT64", ScalarType2[ScalarType2.UINT64 = 4] = "UINT64", ScalarType2[ScalarType2.INT32 = 5] = "INT32", ScalarType2[ScalarType2.FIXED64 = 6] = "FIXED64", ScalarType2[ScalarType2.FIXED32 = 7] = "FIXED32", ScalarType2[ScalarType2.BOOL = 8] = "BOOL", ScalarType2[ScalarType2.STRING = 9] = "STRING", ScalarType2[ScalarType2.BYTES = 12] = "BYTES", ScalarType2[ScalarType2.UINT32 = 13] = "UINT32", ScalarType2[ScalarType2.SFIXED32 = 15] = "SFIXED32", ScalarType2[ScalarType2.SFIXED64 = 16] = "SFIXED64", ScalarType2[ScalarType2.SINT32 = 17] = "SINT32", ScalarType2[ScalarType2.SINT64 = 18] = "SINT64";
})(ScalarType || (ScalarType = {}));

// node_modules/@bufbuild/protobuf/dist/esm/is-message.js
function isMessage(arg, schema) {
  return arg !== null && typeof arg == "object" && "$typeName" in arg && typeof arg.$typeName == "string" ? schema === void 0 ? !0 : schema.typeName === arg.$typeName : !1;
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/varint.js
function varint64read() {
  let buf = this.buf, pos = this.pos, lo = 0, hi = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    let b = buf[pos++];
    if (lo |= (b & 127) << shift, (b & 128) == 0) {
      this.pos = pos, this.assertBounds(), this.varint64Lo = lo, this.varint64Hi = hi;
      return;
    }
  }
  let middleByte = buf[pos++];
  if (lo |= (middleByte & 15) << 28, hi = (middleByte & 112) >> 4, (middleByte & 128) == 0) {
    this.pos = pos, this.assertBounds(), this.varint64Lo = lo, this.varint64Hi = hi;
    return;
  }
  for (let shift = 3; shift <= 31; shift += 7) {
    let b = buf[pos++];
    if (hi |= (b & 127) << shift, (b & 128) == 0) {
      this.pos = pos, this.assertBounds(), this.varint64Lo = lo, this.varint64Hi = hi;
      return;
    }
  }
  throw new Error("invalid varint");
}
var TWO_PWR_32_DBL = 4294967296;
function int64FromString(dec) {
  let minus = dec[0] === "-";
  minus && (dec = dec.slice(1));
  let base = 1e6, lowBits = 0, highBits = 0;
  function add1e6digit(begin, end) {
    let digit1e6 = Number(dec.slice(begin, end));
    highBits *= base, lowBits = lowBits * base + digit1e6, lowBits >= TWO_PWR_32_DBL && (highBits = highBits + (lowBits / TWO_PWR_32_DBL | 0), lowBits = lowBits % TWO_PWR_32_DBL);
  }
  return add1e6digit(-24, -18), add1e6digit(-18, -12), add1e6digit(-12, -6), add1e6digit(-6), minus ? negate(lowBits, highBits) : newBits(lowBits, highBits);
}
function int64ToString(lo, hi) {
  let bits = newBits(lo, hi), negative = bits.hi & 2147483648;
  negative && (bits = negate(bits.lo, bits.hi));
  let result = uInt64ToString(bits.lo, bits.hi);
  return negative ? "-" + result : result;
}
function uInt64ToString(lo, hi) {
  if ({ lo, hi } = toUnsigned(lo, hi), hi <= 2097151)
    return String(TWO_PWR_32_DBL * hi + lo);
  let low = lo & 16777215, mid = (lo >>> 24 | hi << 8) & 16777215, high = hi >> 16 & 65535, digitA = low + mid * 6777216 + high * 6710656, digitB = mid + high * 8147497, digitC = high * 2, base = 1e7;
  return digitA >= base && (digitB += Math.floor(digitA / base), digitA %= base), digitB >= base && (digitC += Math.floor(digitB / base), digitB %= base), digitC.toString() + decimalFrom1e7WithLeadingZeros(digitB) + decimalFrom1e7WithLeadingZeros(digitA);
}
function toUnsigned(lo, hi) {
  return { lo: lo >>> 0, hi: hi >>> 0 };
}
function newBits(lo, hi) {
  return { lo: lo | 0, hi: hi | 0 };
}
function negate(lowBits, highBits) {
  return highBits = ~highBits, lowBits ? lowBits = ~lowBits + 1 : highBits += 1, newBits(lowBits, highBits);
}
var decimalFrom1e7WithLeadingZeros = (digit1e7) => {
  let partial = String(digit1e7);
  return "0000000".slice(partial.length) + partial;
};
function varint32write(value, bytes) {
  if (value >>> 0 < 128) {
    bytes.push(value);
    return;
  }
  if (value >= 0) {
    for (; value > 127; )
      bytes.push(value & 127 | 128), value = value >>> 7;
    bytes.push(value);
  } else {
    for (let i = 0; i < 9; i++)
      bytes.push(value & 127 | 128), value = value >> 7;
    bytes.push(1);
  }
}
function varint32read() {
  let b = this.buf[this.pos++];
  if ((b & 128) === 0)
    return this.assertBounds(), b;
  let result = b & 127;
  if (b = this.buf[this.pos++], result |= (b & 127) << 7, (b & 128) === 0)
    return this.assertBounds(), result;
  if (b = this.buf[this.pos++], result |= (b & 127) << 14, (b & 128) === 0)
    return this.assertBounds(), result;
  if (b = this.buf[this.pos++], result |= (b & 127) << 21, (b & 128) === 0)
    return this.assertBounds(), result;
  b = this.buf[this.pos++], result |= (b & 15) << 28;
  for (let readBytes = 5; (b & 128) !== 0 && readBytes < 10; readBytes++)
    b = this.buf[this.pos++];
  if ((b & 128) !== 0)
    throw new Error("invalid varint");
  return this.assertBounds(), result >>> 0;
}

// node_modules/@bufbuild/protobuf/dist/esm/proto-int64.js
var protoInt64 = /* @__PURE__ */ makeInt64Support();
function makeInt64Support() {
  let dv = new DataView(new ArrayBuffer(8));
  if (typeof BigInt == "function" && typeof dv.getBigInt64 == "function" && typeof dv.getBigUint64 == "function" && typeof dv.setBigInt64 == "function" && typeof dv.setBigUint64 == "function" && (!!globalThis.Deno || !!globalThis.Bun || typeof process != "object" || typeof process.env != "object" || process.env.BUF_BIGINT_DISABLE !== "1")) {
    let MIN = BigInt("-9223372036854775808"), MAX = BigInt("9223372036854775807"), UMIN = BigInt("0"), UMAX = BigInt("18446744073709551615");
    return {
      zero: BigInt(0),
      supported: !0,
      parse(value) {
        let bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > MAX || bi < MIN)
          throw new Error(`invalid int64: ${value}`);
        return bi;
      },
      uParse(value) {
        let bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > UMAX || bi < UMIN)
          throw new Error(`invalid uint64: ${value}`);
        return bi;
      },
      enc(value) {
        return dv.setBigInt64(0, this.parse(value), !0), {
          lo: dv.getInt32(0, !0),
          hi: dv.getInt32(4, !0)
        };
      },
      uEnc(value) {
        return dv.setBigInt64(0, this.uParse(value), !0), {
          lo: dv.getInt32(0, !0),
          hi: dv.getInt32(4, !0)
        };
      },
      dec(lo, hi) {
        return dv.setInt32(0, lo, !0), dv.setInt32(4, hi, !0), dv.getBigInt64(0, !0);
      },
      uDec(lo, hi) {
        return dv.setInt32(0, lo, !0), dv.setInt32(4, hi, !0), dv.getBigUint64(0, !0);
      }
    };
  }
  return {
    zero: "0",
    supported: !1,
    parse(value) {
      return typeof value != "string" && (value = value.toString()), assertInt64String(value), value;
    },
    uParse(value) {
      return typeof value != "string" && (value = value.toString()), assertUInt64String(value), value;
    },
    enc(value) {
      return typeof value != "string" && (value = value.toString()), assertInt64String(value), int64FromString(value);
    },
    uEnc(value) {
      return typeof value != "string" && (value = value.toString()), assertUInt64String(value), int64FromString(value);
    },
    dec(lo, hi) {
      return int64ToString(lo, hi);
    },
    uDec(lo, hi) {
      return uInt64ToString(lo, hi);
    }
  };
}
function assertInt64String(value) {
  if (!/^-?[0-9]+$/.test(value))
    throw new Error("invalid int64: " + value);
}
function assertUInt64String(value) {
  if (!/^[0-9]+$/.test(value))
    throw new Error("invalid uint64: " + value);
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/scalar.js
function scalarEquals(type, a, b) {
  if (a === b)
    return !0;
  if (type == ScalarType.BYTES) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length)
      return !1;
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i])
        return !1;
    return !0;
  }
  switch (type) {
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return a == b;
  }
  return !1;
}
function scalarZeroValue(type, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return !1;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 0;
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SFIXED64:
    case ScalarType.FIXED64:
    case ScalarType.SINT64:
      return longAsString ? "0" : protoInt64.zero;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    default:
      return 0;
  }
}
function isScalarZeroValue(type, value) {
  switch (type) {
    case ScalarType.BOOL:
      return value === !1;
    case ScalarType.STRING:
      return value === "";
    case ScalarType.BYTES:
      return value instanceof Uint8Array && !value.byteLength;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return Object.is(value, 0);
    default:
      return value == 0;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/unsafe.js
var IMPLICIT = 2, unsafeLocal = /* @__PURE__ */ Symbol.for("reflect unsafe local");
function unsafeOneofCase(target, oneof) {
  let c = target[oneof.localName].case;
  return c === void 0 ? c : oneof.fields.find((f) => f.localName === c);
}
function unsafeIsSet(target, field) {
  let name = field.localName;
  if (field.oneof)
    return target[field.oneof.localName].case === name;
  if (field.presence != IMPLICIT)
    return target[name] !== void 0 && Object.prototype.hasOwnProperty.call(target, name);
  switch (field.fieldKind) {
    case "list":
      return target[name].length > 0;
    case "map":
      return Object.keys(target[name]).length > 0;
    case "scalar":
      return !isScalarZeroValue(field.scalar, target[name]);
    case "enum":
      return target[name] !== field.enum.values[0].number;
  }
  throw new Error("message field with implicit presence");
}
function unsafeIsSetExplicit(target, localName) {
  return Object.prototype.hasOwnProperty.call(target, localName) && target[localName] !== void 0;
}
function unsafeGet(target, field) {
  if (field.oneof) {
    let oneof = target[field.oneof.localName];
    return oneof.case === field.localName ? oneof.value : void 0;
  }
  return target[field.localName];
}
function unsafeSet(target, field, value) {
  field.oneof ? target[field.oneof.localName] = {
    case: field.localName,
    value
  } : target[field.localName] = value;
}
function setOwn(obj, key, value) {
  key === "__proto__" ? Object.defineProperty(obj, "__proto__", {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  }) : obj[key] = value;
}
function getOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function unsafeClear(target, field) {
  let name = field.localName;
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    target[oneofLocalName].case === name && (target[oneofLocalName] = { case: void 0 });
  } else if (field.presence != IMPLICIT)
    delete target[name];
  else
    switch (field.fieldKind) {
      case "map":
        target[name] = {};
        break;
      case "list":
        target[name] = [];
        break;
      case "enum":
        target[name] = field.enum.values[0].number;
        break;
      case "scalar":
        target[name] = scalarZeroValue(field.scalar, field.longAsString);
        break;
    }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/guard.js
function isObject(arg) {
  return arg !== null && typeof arg == "object" && !Array.isArray(arg);
}
function isReflectList(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "add" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      let a = field, b = arg.field();
      return a.listKind == b.listKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return !0;
  }
  return !1;
}
function isReflectMap(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "has" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      let a = field, b = arg.field();
      return a.mapKey === b.mapKey && a.mapKind == b.mapKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return !0;
  }
  return !1;
}
function isReflectMessage(arg, messageDesc2) {
  return isObject(arg) && unsafeLocal in arg && "desc" in arg && isObject(arg.desc) && arg.desc.kind === "message" && (messageDesc2 === void 0 || arg.desc.typeName == messageDesc2.typeName);
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-encoding.js
var te;
function configureTextEncoding(textEncoding) {
  var _a;
  te = Object.assign(Object.assign({}, textEncoding), { encodeUtf8Into: (_a = textEncoding.encodeUtf8Into) !== null && _a !== void 0 ? _a : emulateEncodeInto(textEncoding.encodeUtf8.bind(textEncoding)) });
}
function getTextEncoding() {
  if (!te) {
    let globals = globalThis;
    if (!globals.TextEncoder || !globals.TextDecoder)
      throw new Error("encoding API missing: install TextEncoder and TextDecoder on globalThis");
    let textEncoder = new globals.TextEncoder(), textDecoder = new globals.TextDecoder("utf-8", {
      ignoreBOM: !0
    }), textDecoderStrict, config = {
      encodeUtf8(text) {
        return textEncoder.encode(text);
      },
      decodeUtf8(bytes, strict) {
        return strict ? (textDecoderStrict || (textDecoderStrict = new globals.TextDecoder("utf-8", {
          fatal: !0,
          ignoreBOM: !0
        })), textDecoderStrict.decode(bytes)) : textDecoder.decode(bytes);
      },
      checkUtf8(text) {
        try {
          return encodeURIComponent(text), !0;
        } catch {
          return !1;
        }
      }
    };
    textEncoder.encodeInto && (config.encodeUtf8Into = textEncoder.encodeInto.bind(textEncoder));
    let nativeStringIsWellFormed = String.prototype.isWellFormed;
    nativeStringIsWellFormed && (config.checkUtf8 = (text) => nativeStringIsWellFormed.call(text)), configureTextEncoding(config);
  }
  return te;
}
function emulateEncodeInto(encodeUtf8) {
  return (text, dest) => {
    let bytes = encodeUtf8(text);
    return dest.set(bytes), { written: bytes.byteLength };
  };
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/binary-encoding.js
var WireType;
(function(WireType2) {
  WireType2[WireType2.Varint = 0] = "Varint", WireType2[WireType2.Bit64 = 1] = "Bit64", WireType2[WireType2.LengthDelimited = 2] = "LengthDelimited", WireType2[WireType2.StartGroup = 3] = "StartGroup", WireType2[WireType2.EndGroup = 4] = "EndGroup", WireType2[WireType2.Bit32 = 5] = "Bit32";
})(WireType || (WireType = {}));
var UINT32_MAX = 4294967295, INT32_MAX = 2147483647, INT32_MIN = -2147483648, BinaryWriter = class {
  constructor(encodeUtf8) {
    this.stackPos = [], this.encodeUtf8Into = encodeUtf8 ? emulateEncodeInto(encodeUtf8) : getTextEncoding().encodeUtf8Into, this.buffer = EMPTY_BUFFER, this.viewCache = EMPTY_VIEW, this.pos = 0;
  }
  ensureCapacity(size) {
    let required = this.pos + size;
    if (required > this.buffer.length) {
      let newLen = this.buffer.length || INITIAL_SIZE;
      for (; newLen < required; )
        newLen *= 2;
      let newBuf = new Uint8Array(newLen);
      this.pos > 0 && newBuf.set(this.buffer), this.buffer = newBuf;
    }
  }
  /**
   * The DataView over `buffer`, rebuilt only if the buffer has grown since it
   * was last used.
   */
  view() {
    let bytes = this.buffer, view = this.viewCache;
    if (view.byteLength === bytes.byteLength)
      return view;
    let newView = new DataView(bytes.buffer);
    return this.viewCache = newView, newView;
  }
  /**
   * Return all bytes written and reset this writer.
   */
  finish() {
    let result = this.buffer.slice(0, this.pos);
    return this.pos = 0, this.stackPos = [], result;
  }
  /**
   * Start a new fork for length-delimited data like a message
   * or a packed repeated field.
   *
   * Must be joined later with `join()`.
   */
  fork() {
    return this.stackPos.push(this.pos), this.ensureCapacity(DEFAULT_LEN_PREFIX_SIZE), this.buffer[this.pos++] = 0, this;
  }
  /**
   * Join the last fork. Write its length and bytes, then
   * return to the previous state.
   */
  join() {
    let forkPos = this.stackPos.pop();
    if (forkPos === void 0)
      throw new Error("invalid state, fork stack empty");
    let len = this.pos - forkPos - DEFAULT_LEN_PREFIX_SIZE, lenPrefixSize = varint32Size(len);
    return lenPrefixSize > DEFAULT_LEN_PREFIX_SIZE && (this.ensureCapacity(lenPrefixSize - DEFAULT_LEN_PREFIX_SIZE), this.buffer.copyWithin(forkPos + lenPrefixSize, forkPos + DEFAULT_LEN_PREFIX_SIZE, this.pos)), this.pos = forkPos, this.uint32(len), this.pos += len, this;
  }
  /**
   * Writes a tag (field number and wire type).
   *
   * Equivalent to `uint32( (fieldNo << 3 | type) >>> 0 )`.
   *
   * Generated code should compute the tag ahead of time and call `uint32()`.
   */
  tag(fieldNo, type) {
    return this.uint32((fieldNo << 3 | type) >>> 0);
  }
  /**
   * Write a chunk of raw bytes.
   */
  raw(chunk) {
    return this.ensureCapacity(chunk.length), this.buffer.set(chunk, this.pos), this.pos += chunk.length, this;
  }
  /**
   * Write a `uint32` value, an unsigned 32 bit varint.
   */
  uint32(value) {
    if (assertUInt32(value), this.ensureCapacity(5), value < 128)
      return this.buffer[this.pos++] = value, this;
    for (; value > 127; )
      this.buffer[this.pos++] = value & 127 | 128, value >>>= 7;
    return this.buffer[this.pos++] = value, this;
  }
  /**
   * Write a `int32` value, a signed 32 bit varint.
   */
  int32(value) {
    if (assertInt32(value), value >= 0)
      return this.uint32(value);
    this.ensureCapacity(10);
    for (let i = 0; i < 9; i++)
      this.buffer[this.pos++] = value & 127 | 128, value >>= 7;
    return this.buffer[this.pos++] = 1, this;
  }
  /**
   * Write a `bool` value, a varint.
   */
  bool(value) {
    return this.ensureCapacity(1), this.buffer[this.pos++] = value ? 1 : 0, this;
  }
  /**
   * Write a `bytes` value, length-delimited arbitrary data.
   */
  bytes(value) {
    return this.uint32(value.byteLength), this.raw(value);
  }
  /**
   * Write a `string` value, length-delimited data converted to UTF-8 text.
   */
  string(value) {
    typeof value != "string" && (value = String(value));
    let len = value.length;
    if (len <= ASCII_MAX_LENGTH) {
      this.ensureCapacity(len + 1);
      let ascii = this.buffer, pos = this.pos;
      ascii[pos++] = len;
      let i = 0;
      for (; i < len; i++) {
        let code = value.charCodeAt(i);
        if (code > 127)
          break;
        ascii[pos++] = code;
      }
      if (i == len)
        return this.pos = pos, this;
    }
    this.ensureCapacity(len * 3 + 5);
    let lenPrefixSizeGuess = varint32Size(len), buf = this.buffer, start = this.pos, { written } = this.encodeUtf8Into(value, buf.subarray(start + lenPrefixSizeGuess)), lenPrefixSize = varint32Size(written);
    return lenPrefixSize != lenPrefixSizeGuess && buf.copyWithin(start + lenPrefixSize, start + lenPrefixSizeGuess, start + lenPrefixSizeGuess + written), this.uint32(written), this.pos += written, this;
  }
  /**
   * Write a `float` value, 32-bit floating point number.
   */
  float(value) {
    return assertFloat32(value), this.ensureCapacity(4), this.view().setFloat32(this.pos, value, !0), this.pos += 4, this;
  }
  /**
   * Write a `double` value, a 64-bit floating point number.
   */
  double(value) {
    return this.ensureCapacity(8), this.view().setFloat64(this.pos, value, !0), this.pos += 8, this;
  }
  /**
   * Write a `fixed32` value, an unsigned, fixed-length 32-bit integer.
   */
  fixed32(value) {
    return assertUInt32(value), this.ensureCapacity(4), this.view().setUint32(this.pos, value, !0), this.pos += 4, this;
  }
  /**
   * Write a `sfixed32` value, a signed, fixed-length 32-bit integer.
   */
  sfixed32(value) {
    return assertInt32(value), this.ensureCapacity(4), this.view().setInt32(this.pos, value, !0), this.pos += 4, this;
  }
  /**
   * Write a `sint32` value, a signed, zigzag-encoded 32-bit varint.
   */
  sint32(value) {
    return assertInt32(value), this.uint32((value << 1 ^ value >> 31) >>> 0);
  }
  /**
   * Write a `sfixed64` value, a signed, fixed-length 64-bit integer.
   */
  sfixed64(value) {
    let tc = protoInt64.enc(value);
    this.ensureCapacity(8);
    let view = this.view();
    return view.setInt32(this.pos, tc.lo, !0), view.setInt32(this.pos + 4, tc.hi, !0), this.pos += 8, this;
  }
  /**
   * Write a `fixed64` value, an unsigned, fixed-length 64 bit integer.
   */
  fixed64(value) {
    let tc = protoInt64.uEnc(value);
    this.ensureCapacity(8);
    let view = this.view();
    return view.setInt32(this.pos, tc.lo, !0), view.setInt32(this.pos + 4, tc.hi, !0), this.pos += 8, this;
  }
  /**
   * Write a `int64` value, a signed 64-bit varint.
   */
  int64(value) {
    let tc = protoInt64.enc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a `sint64` value, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64(value) {
    let tc = protoInt64.enc(value), sign = tc.hi >> 31, lo = tc.lo << 1 ^ sign, hi = (tc.hi << 1 | tc.lo >>> 31) ^ sign;
    return this.writeVarint64(lo, hi);
  }
  /**
   * Write a `uint64` value, an unsigned 64-bit varint.
   */
  uint64(value) {
    let tc = protoInt64.uEnc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a 64-bit varint directly into the buffer. Accepts the value as
   * split low/high 32-bit words.
   *
   * Ported from varint64write() to avoid the intermediate number[] buffer.
   * See https://github.com/protocolbuffers/protobuf/blob/8a71927d74a4ce34efe2d8769fda198f52d20d12/js/experimental/runtime/kernel/writer.js#L344
   */
  writeVarint64(lo, hi) {
    this.ensureCapacity(10);
    let buf = this.buffer, pos = this.pos;
    for (let i = 0; i < 28; i = i + 7) {
      let shift = lo >>> i, hasNext = !(!(shift >>> 7) && hi == 0);
      if (buf[pos++] = (hasNext ? shift | 128 : shift) & 255, !hasNext)
        return this.pos = pos, this;
    }
    let splitBits = lo >>> 28 & 15 | (hi & 7) << 4, hasMoreBits = hi >> 3 != 0;
    if (buf[pos++] = (hasMoreBits ? splitBits | 128 : splitBits) & 255, !hasMoreBits)
      return this.pos = pos, this;
    for (let i = 3; i < 31; i = i + 7) {
      let shift = hi >>> i, hasNext = !!(shift >>> 7);
      if (buf[pos++] = (hasNext ? shift | 128 : shift) & 255, !hasNext)
        return this.pos = pos, this;
    }
    return buf[pos++] = hi >>> 31 & 1, this.pos = pos, this;
  }
}, INITIAL_SIZE = 128, DEFAULT_LEN_PREFIX_SIZE = 1, EMPTY_BUFFER = new Uint8Array(0), EMPTY_VIEW = new DataView(EMPTY_BUFFER.buffer), ASCII_MAX_LENGTH = 32;
function varint32Size(value) {
  return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
}
var BinaryReader = class {
  constructor(buf, decodeUtf8 = getTextEncoding().decodeUtf8) {
    this.decodeUtf8 = decodeUtf8, this.varint64Lo = 0, this.varint64Hi = 0, this.varint64 = varint64read, this.uint32 = varint32read, this.buf = buf, this.len = buf.length, this.pos = 0, this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  /**
   * Reads a tag - field number and wire type. Tags are uint32 varints; values
   * that do not fit in uint32 are rejected.
   */
  tag() {
    let start = this.pos, tag = this.uint32(), bytesRead = this.pos - start;
    if (bytesRead > 5 || bytesRead == 5 && this.buf[this.pos - 1] > 15)
      throw new Error("illegal tag: varint overflows uint32");
    let fieldNo = tag >>> 3, wireType = tag & 7;
    if (fieldNo <= 0 || wireType > 5)
      throw new Error("illegal tag: field no " + fieldNo + " wire type " + wireType);
    return [fieldNo, wireType];
  }
  /**
   * Skip one element and return the skipped data.
   *
   * When skipping StartGroup, provide the tags field number to check for
   * matching field number in the EndGroup tag. Recursion into nested groups
   * is guarded by the `recursionLimit` argument: When the limit is reached,
   * this method throws.
   */
  skip(wireType, fieldNo, recursionLimit = 100) {
    let start = this.pos;
    switch (wireType) {
      case WireType.Varint:
        for (; this.buf[this.pos++] & 128; )
          ;
        break;
      // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
      case WireType.Bit64:
        this.pos += 4;
      case WireType.Bit32:
        this.pos += 4;
        break;
      case WireType.LengthDelimited:
        let len = this.uint32();
        this.pos += len;
        break;
      case WireType.StartGroup:
        if (recursionLimit <= 0)
          throw new Error("maximum recursion depth reached");
        for (; ; ) {
          let [fn, wt] = this.tag();
          if (wt === WireType.EndGroup) {
            if (fieldNo !== void 0 && fn !== fieldNo)
              throw new Error("invalid end group tag");
            break;
          }
          this.skip(wt, fn, recursionLimit - 1);
        }
        break;
      default:
        throw new Error("cant skip wire type " + wireType);
    }
    return this.assertBounds(), this.buf.subarray(start, this.pos);
  }
  /**
   * Throws error if position in byte array is out of range.
   */
  assertBounds() {
    if (this.pos > this.len)
      throw new RangeError("premature EOF");
  }
  /**
   * Read a `int32` field, a signed 32 bit varint.
   */
  int32() {
    return this.uint32() | 0;
  }
  /**
   * Read a `sint32` field, a signed, zigzag-encoded 32-bit varint.
   */
  sint32() {
    let zze = this.uint32();
    return zze >>> 1 ^ -(zze & 1);
  }
  /**
   * Read a `int64` field, a signed 64-bit varint.
   */
  int64() {
    return this.varint64(), protoInt64.dec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `uint64` field, an unsigned 64-bit varint.
   */
  uint64() {
    return this.varint64(), protoInt64.uDec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `sint64` field, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64() {
    this.varint64();
    let lo = this.varint64Lo, hi = this.varint64Hi, s = -(lo & 1);
    return lo = (lo >>> 1 | (hi & 1) << 31) ^ s, hi = hi >>> 1 ^ s, protoInt64.dec(lo, hi);
  }
  /**
   * Read a `bool` field, a variant.
   */
  bool() {
    let b = this.buf[this.pos];
    return b < 128 ? (this.pos++, b !== 0) : (this.varint64(), this.varint64Lo !== 0 || this.varint64Hi !== 0);
  }
  /**
   * Read a `fixed32` field, an unsigned, fixed-length 32-bit integer.
   */
  fixed32() {
    return this.view.getUint32((this.pos += 4) - 4, !0);
  }
  /**
   * Read a `sfixed32` field, a signed, fixed-length 32-bit integer.
   */
  sfixed32() {
    return this.view.getInt32((this.pos += 4) - 4, !0);
  }
  /**
   * Read a `fixed64` field, an unsigned, fixed-length 64 bit integer.
   */
  fixed64() {
    return protoInt64.uDec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `fixed64` field, a signed, fixed-length 64-bit integer.
   */
  sfixed64() {
    return protoInt64.dec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `float` field, 32-bit floating point number.
   */
  float() {
    return this.view.getFloat32((this.pos += 4) - 4, !0);
  }
  /**
   * Read a `double` field, a 64-bit floating point number.
   */
  double() {
    return this.view.getFloat64((this.pos += 8) - 8, !0);
  }
  /**
   * Read a `bytes` field, length-delimited arbitrary data.
   */
  bytes() {
    let len = this.uint32(), start = this.pos;
    return this.pos += len, this.assertBounds(), this.buf.subarray(start, start + len);
  }
  /**
   * Read a `string` field, length-delimited data converted to UTF-8 text. If
   * `strict` is true, throw on invalid UTF-8 instead of substituting U+FFFD.
   */
  string(strict) {
    let len = this.uint32(), start = this.pos;
    this.pos += len, this.assertBounds();
    let buf = this.buf;
    if (len <= ASCII_MAX_LENGTH) {
      let codes = new Array(len);
      for (let i = 0; i < len; i++) {
        let byte = buf[start + i];
        if (byte > 127)
          return this.decodeUtf8(buf.subarray(start, this.pos), strict);
        codes[i] = byte;
      }
      return String.fromCharCode.apply(String, codes);
    }
    return this.decodeUtf8(buf.subarray(start, this.pos), strict);
  }
};
function assertInt32(arg) {
  if (typeof arg == "string")
    arg = Number(arg);
  else if (typeof arg != "number")
    throw new Error("invalid int32: " + typeof arg);
  if (!Number.isInteger(arg) || arg > INT32_MAX || arg < INT32_MIN)
    throw new Error("invalid int32: " + arg);
}
function assertUInt32(arg) {
  if (typeof arg == "string")
    arg = Number(arg);
  else if (typeof arg != "number")
    throw new Error("invalid uint32: " + typeof arg);
  if (!Number.isInteger(arg) || arg > UINT32_MAX || arg < 0)
    throw new Error("invalid uint32: " + arg);
}
function assertFloat32(arg) {
  if (typeof arg == "string") {
    let o = arg;
    if (arg = Number(arg), Number.isNaN(arg) && o !== "NaN")
      throw new Error("invalid float32: " + o);
  } else if (typeof arg != "number")
    throw new Error("invalid float32: " + typeof arg);
  if (!Number.isFinite(Math.fround(arg)) && Number.isFinite(arg))
    throw new Error("invalid float32: " + arg);
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect-check.js
function checkField(field, value) {
  let check = field.fieldKind == "list" ? isReflectList(value, field) : field.fieldKind == "map" ? isReflectMap(value, field) : checkSingular(field, value);
  if (check === !0)
    return;
  let reason;
  switch (field.fieldKind) {
    case "list":
      reason = `expected ${formatReflectList(field)}, got ${formatVal(value)}`;
      break;
    case "map":
      reason = `expected ${formatReflectMap(field)}, got ${formatVal(value)}`;
      break;
    default:
      reason = reasonSingular(field, value, check);
  }
  return new FieldError(field, reason);
}
function checkListItem(field, index, value) {
  let check = checkSingular(field, value);
  if (check !== !0)
    return new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
}
function checkMapEntry(field, key, value) {
  let checkKey = checkScalarValue(field.mapKey)(key);
  if (checkKey !== !0)
    return new FieldError(field, `invalid map key: ${reasonSingular({ scalar: field.mapKey }, key, checkKey)}`);
  let checkVal = checkSingular(field, value);
  if (checkVal !== !0)
    return new FieldError(field, `map entry ${formatVal(key)}: ${reasonSingular(field, value, checkVal)}`);
}
function checkSingular(field, value) {
  return field.scalar !== void 0 ? checkScalarValue(field.scalar)(value) : field.enum !== void 0 ? field.enum.open ? checkScalarValue(ScalarType.INT32)(value) : field.enum.values.some((v) => v.number === value) : isReflectMessage(value, field.message);
}
function checkScalarValue(scalar) {
  switch (scalar) {
    case ScalarType.DOUBLE:
      return (value) => typeof value == "number";
    case ScalarType.FLOAT:
      return (value) => typeof value != "number" ? !1 : !Number.isFinite(Math.fround(value)) && Number.isFinite(value) ? `${value.toFixed()} out of range` : !0;
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return (value) => typeof value != "number" || !Number.isInteger(value) ? !1 : value > INT32_MAX || value < INT32_MIN ? `${value.toFixed()} out of range` : !0;
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (value) => typeof value != "number" || !Number.isInteger(value) ? !1 : value > UINT32_MAX || value < 0 ? `${value.toFixed()} out of range` : !0;
    case ScalarType.BOOL:
      return (value) => typeof value == "boolean";
    case ScalarType.STRING:
      return (value) => typeof value != "string" ? !1 : getTextEncoding().checkUtf8(value) || "invalid UTF8";
    case ScalarType.BYTES:
      return (value) => value instanceof Uint8Array;
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0)
          try {
            return protoInt64.parse(value), !0;
          } catch {
            return `${value} out of range`;
          }
        return !1;
      };
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0)
          try {
            return protoInt64.uParse(value), !0;
          } catch {
            return `${value} out of range`;
          }
        return !1;
      };
  }
}
function reasonSingular(field, val, details) {
  return details = typeof details == "string" ? `: ${details}` : `, got ${formatVal(val)}`, field.scalar !== void 0 ? `expected ${scalarTypeDescription(field.scalar)}` + details : field.enum !== void 0 ? `expected ${field.enum.toString()}` + details : `expected ${formatReflectMessage(field.message)}` + details;
}
function formatVal(val) {
  switch (typeof val) {
    case "object":
      return val === null ? "null" : val instanceof Uint8Array ? `Uint8Array(${val.length})` : Array.isArray(val) ? `Array(${val.length})` : isReflectList(val) ? formatReflectList(val.field()) : isReflectMap(val) ? formatReflectMap(val.field()) : isReflectMessage(val) ? formatReflectMessage(val.desc) : isMessage(val) ? `message ${val.$typeName}` : "object";
    case "string":
      return val.length > 30 ? "string" : `"${val.split('"').join('\\"')}"`;
    case "boolean":
      return String(val);
    case "number":
      return String(val);
    case "bigint":
      return String(val) + "n";
    default:
      return typeof val;
  }
}
function formatReflectMessage(desc) {
  return `ReflectMessage (${desc.typeName})`;
}
function formatReflectList(field) {
  switch (field.listKind) {
    case "message":
      return `ReflectList (${field.message.toString()})`;
    case "enum":
      return `ReflectList (${field.enum.toString()})`;
    case "scalar":
      return `ReflectList (${ScalarType[field.scalar]})`;
  }
}
function formatReflectMap(field) {
  switch (field.mapKind) {
    case "message":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.message.toString()})`;
    case "enum":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.enum.toString()})`;
    case "scalar":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${ScalarType[field.scalar]})`;
  }
}
function scalarTypeDescription(scalar) {
  switch (scalar) {
    case ScalarType.STRING:
      return "string";
    case ScalarType.BOOL:
      return "boolean";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return "bigint (int64)";
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return "bigint (uint64)";
    case ScalarType.BYTES:
      return "Uint8Array";
    case ScalarType.DOUBLE:
      return "number (float64)";
    case ScalarType.FLOAT:
      return "number (float32)";
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return "number (uint32)";
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return "number (int32)";
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/wrappers.js
function isWrapper(arg) {
  return isWrapperTypeName(arg.$typeName);
}
function isWrapperDesc(messageDesc2) {
  let f = messageDesc2.fields[0];
  return isWrapperTypeName(messageDesc2.typeName) && f !== void 0 && f.fieldKind == "scalar" && f.name == "value" && f.number == 1;
}
function hasCustomJsonRepresentation(desc) {
  switch (desc.typeName) {
    case "google.protobuf.Any":
    case "google.protobuf.Timestamp":
    case "google.protobuf.Duration":
    case "google.protobuf.FieldMask":
    case "google.protobuf.Struct":
    case "google.protobuf.Value":
    case "google.protobuf.ListValue":
      return !0;
    default:
      return isWrapperDesc(desc);
  }
}
var wrapperTypeNames = /* @__PURE__ */ new Set([
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue"
]);
function isWrapperTypeName(name) {
  return wrapperTypeNames.has(name);
}

// node_modules/@bufbuild/protobuf/dist/esm/create.js
var EDITION_PROTO3 = 999, EDITION_PROTO2 = 998, IMPLICIT2 = 2;
function create(schema, init) {
  return isMessage(init, schema) ? init : compiledCreate(schema)(init);
}
var compiledCreates = /* @__PURE__ */ new WeakMap();
function compiledCreate(desc) {
  let compiled = compiledCreates.get(desc);
  return compiled === void 0 && (compiled = compileCreate(desc), compiledCreates.set(desc, compiled)), compiled;
}
var INIT_SINGULAR = 0, INIT_LIST = 1, INIT_MAP = 2, INIT_ONEOF = 3;
function compileCreate(desc) {
  let typeName = desc.typeName, { properties, prototype } = compileInitMessage(desc);
  return (init) => {
    let message;
    prototype !== void 0 ? (message = Object.create(prototype), message.$typeName = typeName) : message = { $typeName: typeName };
    for (let i = 0; i < properties.length; i++) {
      let property = properties[i], name = property.name, initValue = init?.[name];
      switch (property.kind) {
        case INIT_SINGULAR:
          initValue != null ? message[name] = property.convert !== void 0 ? property.convert(initValue) : initValue : property.constant !== void 0 && (message[name] = property.constant);
          break;
        case INIT_LIST:
          message[name] = property.convert !== void 0 && Array.isArray(initValue) ? initValue.map(property.convert) : initValue ?? [];
          break;
        case INIT_MAP:
          if (property.convert === void 0 || !isObject(initValue))
            message[name] = initValue ?? {};
          else {
            let converted = {}, keys = Object.keys(initValue);
            for (let k = 0; k < keys.length; k++)
              setOwn(converted, keys[k], property.convert(initValue[keys[k]]));
            message[name] = converted;
          }
          break;
        case INIT_ONEOF: {
          let oneofValue = initValue;
          if (oneofValue?.case != null) {
            let convert = property.convert.get(oneofValue.case);
            if (convert !== void 0) {
              message[name] = {
                case: oneofValue.case,
                value: convert(oneofValue.value)
              };
              break;
            }
          }
          message[name] = { case: void 0 };
          break;
        }
      }
    }
    return message;
  };
}
function compileInitMessage(desc) {
  var _a, _b;
  let properties = [], prototype = {}, usePrototype = needsPrototypeChain(desc);
  for (let member of desc.members) {
    let name = member.localName;
    if (member.kind == "oneof") {
      properties.push({
        name,
        kind: INIT_ONEOF,
        constant: void 0,
        convert: compileConvertOneof(member)
      });
      continue;
    }
    switch (member.fieldKind) {
      case "message": {
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: void 0,
          convert: compileConvertMessage(member)
        });
        break;
      }
      case "list": {
        properties.push({
          name,
          kind: INIT_LIST,
          constant: void 0,
          convert: member.listKind == "message" ? (_a = compileConvertMessage(member)) !== null && _a !== void 0 ? _a : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      case "map": {
        properties.push({
          name,
          kind: INIT_MAP,
          constant: void 0,
          convert: member.mapKind == "message" ? (_b = compileConvertMessage(member)) !== null && _b !== void 0 ? _b : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      default: {
        let zeroValue = createZeroValue(member);
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: member.presence == IMPLICIT2 ? zeroValue : void 0,
          convert: member.fieldKind == "scalar" && member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        }), usePrototype && (prototype[name] = zeroValue);
        break;
      }
    }
  }
  return {
    properties,
    prototype: usePrototype ? prototype : void 0
  };
}
function compileConvertOneof(oneof) {
  let converters = /* @__PURE__ */ new Map();
  for (let field of oneof.fields) {
    let convert;
    field.fieldKind == "message" ? convert = compileConvertMessage(field) : field.fieldKind == "scalar" && field.scalar == ScalarType.BYTES && (convert = toU8Arr), converters.set(field.localName, convert ?? ((value) => value));
  }
  return converters;
}
function compileConvertMessage(field) {
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message))
    return field.message.fields[0].scalar == ScalarType.BYTES ? toU8Arr : void 0;
  if (field.message.typeName == "google.protobuf.Struct" && field.parent.typeName !== "google.protobuf.Value")
    return;
  let messageDesc2 = field.message, compiled;
  return (value) => !isObject(value) || isMessage(value, messageDesc2) ? value : (compiled ?? (compiled = compiledCreate(messageDesc2)), compiled(value));
}
function toU8Arr(value) {
  return Array.isArray(value) ? new Uint8Array(value) : value;
}
function needsPrototypeChain(desc) {
  switch (desc.file.edition) {
    case EDITION_PROTO3:
      return !1;
    case EDITION_PROTO2:
      return !0;
    default:
      return desc.fields.some((f) => f.presence != IMPLICIT2 && f.fieldKind != "message" && !f.oneof);
  }
}
function createZeroValue(field) {
  let defaultValue = field.getDefaultValue();
  return defaultValue !== void 0 ? field.fieldKind == "scalar" && field.longAsString ? defaultValue.toString() : defaultValue : field.fieldKind == "scalar" ? scalarZeroValue(field.scalar, field.longAsString) : field.enum.values[0].number;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/message.js
var NULL_VALUE = 0;
function localMessageMapper(field) {
  if (usesJsonRepresentation(field))
    return {
      toMessage: (local) => wktStructToReflect(local),
      toLocal: (message) => wktStructToLocal(message)
    };
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message)) {
    let wrapperDesc = field.message, valueLocalName = wrapperDesc.fields[0].localName;
    return {
      toMessage: (local) => {
        let message = create(wrapperDesc);
        return local !== void 0 && (message[valueLocalName] = local), message;
      },
      toLocal: (message) => message[valueLocalName]
    };
  }
  let childDesc = field.message;
  return {
    toMessage: (local) => local === void 0 ? create(childDesc) : local,
    toLocal: (message) => message
  };
}
function usesJsonRepresentation(field) {
  return field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value";
}
function wktStructToReflect(json) {
  let struct = {
    $typeName: "google.protobuf.Struct",
    fields: {}
  };
  if (isObject(json))
    for (let k of Object.keys(json))
      setOwn(struct.fields, k, wktValueToReflect(json[k]));
  return struct;
}
function wktStructToLocal(val) {
  let json = {};
  for (let k of Object.keys(val.fields))
    setOwn(json, k, wktValueToLocal(val.fields[k]));
  return json;
}
function wktValueToLocal(val) {
  switch (val.kind.case) {
    case "structValue":
      return wktStructToLocal(val.kind.value);
    case "listValue":
      return val.kind.value.values.map(wktValueToLocal);
    case "nullValue":
    case void 0:
      return null;
    default:
      return val.kind.value;
  }
}
function wktValueToReflect(json) {
  let value = {
    $typeName: "google.protobuf.Value",
    kind: { case: void 0 }
  };
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null)
        value.kind = { case: "nullValue", value: NULL_VALUE };
      else if (Array.isArray(json)) {
        let listValue = {
          $typeName: "google.protobuf.ListValue",
          values: []
        };
        if (Array.isArray(json))
          for (let e of json)
            listValue.values.push(wktValueToReflect(e));
        value.kind = {
          case: "listValue",
          value: listValue
        };
      } else
        value.kind = {
          case: "structValue",
          value: wktStructToReflect(json)
        };
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
function reflect(messageDesc2, message, check = !0) {
  return new ReflectMessageImpl(messageDesc2, message, check);
}
var messageSortedFields = /* @__PURE__ */ new WeakMap(), ReflectMessageImpl = class {
  get sortedFields() {
    let cached = messageSortedFields.get(this.desc);
    if (cached)
      return cached;
    let sortedFields = this.desc.fields.concat().sort((a, b) => a.number - b.number);
    return messageSortedFields.set(this.desc, sortedFields), sortedFields;
  }
  constructor(messageDesc2, message, check = !0) {
    this.lists = /* @__PURE__ */ new Map(), this.maps = /* @__PURE__ */ new Map(), this.check = check, this.desc = messageDesc2, this.message = this[unsafeLocal] = message ?? create(messageDesc2), this.fields = messageDesc2.fields, this.oneofs = messageDesc2.oneofs, this.members = messageDesc2.members;
  }
  findNumber(number) {
    return this._fieldsByNumber || (this._fieldsByNumber = new Map(this.desc.fields.map((f) => [f.number, f]))), this._fieldsByNumber.get(number);
  }
  oneofCase(oneof) {
    return assertOwn(this.message, oneof), unsafeOneofCase(this.message, oneof);
  }
  isSet(field) {
    return assertOwn(this.message, field), unsafeIsSet(this.message, field);
  }
  clear(field) {
    assertOwn(this.message, field), unsafeClear(this.message, field);
  }
  get(field) {
    assertOwn(this.message, field);
    let value = unsafeGet(this.message, field);
    switch (field.fieldKind) {
      case "list":
        let list = this.lists.get(field);
        return (!list || list[unsafeLocal] !== value) && this.lists.set(
          field,
          // biome-ignore lint/suspicious/noAssignInExpressions: no
          list = new ReflectListImpl(field, value, this.check)
        ), list;
      case "map":
        let map = this.maps.get(field);
        return (!map || map[unsafeLocal] !== value) && this.maps.set(
          field,
          // biome-ignore lint/suspicious/noAssignInExpressions: no
          map = new ReflectMapImpl(field, value, this.check)
        ), map;
      case "message":
        return messageToReflect(field, value, this.check);
      case "scalar":
        return value === void 0 ? scalarZeroValue(field.scalar, !1) : longToReflect(field, value);
      case "enum":
        return value ?? field.enum.values[0].number;
    }
  }
  set(field, value) {
    if (assertOwn(this.message, field), this.check) {
      let err = checkField(field, value);
      if (err)
        throw err;
    }
    let local;
    field.fieldKind == "message" ? local = messageToLocal(field, value) : isReflectMap(value) || isReflectList(value) ? local = value[unsafeLocal] : local = longToLocal(field, value), unsafeSet(this.message, field, local);
  }
  getUnknown() {
    return this.message.$unknown;
  }
  setUnknown(value) {
    this.message.$unknown = value;
  }
};
function assertOwn(owner, member) {
  if (member.parent.typeName !== owner.$typeName)
    throw new FieldError(member, `cannot use ${member.toString()} with message ${owner.$typeName}`, "ForeignFieldError");
}
function reflectList(field, unsafeInput, check = !0) {
  return new ReflectListImpl(field, unsafeInput ?? [], check);
}
var ReflectListImpl = class {
  field() {
    return this._field;
  }
  get size() {
    return this._arr.length;
  }
  constructor(field, unsafeInput, check) {
    this._field = field, this._arr = this[unsafeLocal] = unsafeInput, this.check = check;
  }
  get(index) {
    let item = this._arr[index];
    return item === void 0 ? void 0 : listItemToReflect(this._field, item, this.check);
  }
  set(index, item) {
    if (index < 0 || index >= this._arr.length)
      throw new FieldError(this._field, `list item #${index + 1}: out of range`);
    if (this.check) {
      let err = checkListItem(this._field, index, item);
      if (err)
        throw err;
    }
    this._arr[index] = listItemToLocal(this._field, item);
  }
  add(item) {
    if (this.check) {
      let err = checkListItem(this._field, this._arr.length, item);
      if (err)
        throw err;
    }
    this._arr.push(listItemToLocal(this._field, item));
  }
  clear() {
    this._arr.splice(0, this._arr.length);
  }
  [Symbol.iterator]() {
    return this.values();
  }
  keys() {
    return this._arr.keys();
  }
  *values() {
    for (let item of this._arr)
      yield listItemToReflect(this._field, item, this.check);
  }
  *entries() {
    for (let i = 0; i < this._arr.length; i++)
      yield [i, listItemToReflect(this._field, this._arr[i], this.check)];
  }
};
function reflectMap(field, unsafeInput, check = !0) {
  return new ReflectMapImpl(field, unsafeInput, check);
}
var ReflectMapImpl = class {
  constructor(field, unsafeInput, check = !0) {
    this.obj = this[unsafeLocal] = unsafeInput ?? {}, this.check = check, this._field = field;
  }
  field() {
    return this._field;
  }
  set(key, value) {
    if (this.check) {
      let err = checkMapEntry(this._field, key, value);
      if (err)
        throw err;
    }
    return setOwn(this.obj, mapKeyToLocal(key), mapValueToLocal(this._field, value)), this;
  }
  delete(key) {
    let k = mapKeyToLocal(key), has = Object.prototype.hasOwnProperty.call(this.obj, k);
    return has && delete this.obj[k], has;
  }
  clear() {
    for (let key of Object.keys(this.obj))
      delete this.obj[key];
  }
  get(key) {
    let val = getOwn(this.obj, mapKeyToLocal(key));
    return val !== void 0 && (val = mapValueToReflect(this._field, val, this.check)), val;
  }
  has(key) {
    return Object.prototype.hasOwnProperty.call(this.obj, mapKeyToLocal(key));
  }
  *keys() {
    for (let objKey of Object.keys(this.obj))
      yield mapKeyToReflect(objKey, this._field.mapKey);
  }
  *entries() {
    for (let objEntry of Object.entries(this.obj))
      yield [
        mapKeyToReflect(objEntry[0], this._field.mapKey),
        mapValueToReflect(this._field, objEntry[1], this.check)
      ];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  get size() {
    return Object.keys(this.obj).length;
  }
  *values() {
    for (let val of Object.values(this.obj))
      yield mapValueToReflect(this._field, val, this.check);
  }
  forEach(callbackfn, thisArg) {
    for (let mapEntry of this.entries())
      callbackfn.call(thisArg, mapEntry[1], mapEntry[0], this);
  }
};
function messageToLocal(field, value) {
  return isReflectMessage(value) ? isWrapper(value.message) && !field.oneof && field.fieldKind == "message" ? value.message.value : value.desc.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value" ? wktStructToLocal(value.message) : value.message : value;
}
function messageToReflect(field, value, check) {
  return value !== void 0 && (isWrapperDesc(field.message) && !field.oneof && field.fieldKind == "message" ? value = {
    $typeName: field.message.typeName,
    value: longToReflect(field.message.fields[0], value)
  } : field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value" && isObject(value) && (value = wktStructToReflect(value))), new ReflectMessageImpl(field.message, value, check);
}
function listItemToLocal(field, value) {
  return field.listKind == "message" ? messageToLocal(field, value) : longToLocal(field, value);
}
function listItemToReflect(field, value, check) {
  return field.listKind == "message" ? messageToReflect(field, value, check) : longToReflect(field, value);
}
function mapValueToLocal(field, value) {
  return field.mapKind == "message" ? messageToLocal(field, value) : longToLocal(field, value);
}
function mapValueToReflect(field, value, check) {
  return field.mapKind == "message" ? messageToReflect(field, value, check) : value;
}
function mapKeyToLocal(key) {
  return typeof key == "string" || typeof key == "number" ? key : String(key);
}
function mapKeyToReflect(key, type) {
  switch (type) {
    case ScalarType.STRING:
      return key;
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32: {
      let n = Number.parseInt(key);
      if (Number.isFinite(n))
        return n;
      break;
    }
    case ScalarType.BOOL:
      switch (key) {
        case "true":
          return !0;
        case "false":
          return !1;
      }
      break;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      try {
        return protoInt64.uParse(key);
      } catch {
      }
      break;
    default:
      try {
        return protoInt64.parse(key);
      } catch {
      }
      break;
  }
  return key;
}
function longToReflect(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      "longAsString" in field && field.longAsString && typeof value == "string" && (value = protoInt64.parse(value));
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      "longAsString" in field && field.longAsString && typeof value == "string" && (value = protoInt64.uParse(value));
      break;
  }
  return value;
}
function longToLocal(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      "longAsString" in field && field.longAsString ? value = String(value) : (typeof value == "string" || typeof value == "number") && (value = protoInt64.parse(value));
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      "longAsString" in field && field.longAsString ? value = String(value) : (typeof value == "string" || typeof value == "number") && (value = protoInt64.uParse(value));
      break;
  }
  return value;
}

// node_modules/@bufbuild/cel/dist/esm/uint.js
var privateSymbol2 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/uint");
function celUint(v) {
  return new Uint(v);
}
function isCelUint(v) {
  return typeof v == "object" && v !== null && privateSymbol2 in v;
}
var Uint = class {
  _value;
  [privateSymbol2] = {};
  constructor(_value) {
    this._value = _value;
  }
  get value() {
    return this._value;
  }
};

// node_modules/@bufbuild/protobuf/dist/esm/wire/base64-encoding.js
var nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
function base64Decode(base64Str) {
  let len = base64Str.length, size = len - (len + 3 >> 2);
  (len & 3) == 0 && base64Str[len - 1] == "=" && (size -= base64Str[len - 2] == "=" ? 2 : 1);
  let bytes = new Uint8Array(size), written = -1;
  if (nativeSetFromBase64)
    try {
      let result = nativeSetFromBase64.call(bytes, base64Str);
      result.read == len && (written = result.written);
    } catch {
    }
  return written < 0 && (written = setFromBase64(bytes, base64Str)), written == size ? bytes : bytes.subarray(0, written);
}
function setFromBase64(bytes, base64Str) {
  let table = getDecodeTable(), bytePos = 0, groupPos = 0, b, p = 0;
  for (let i = 0; i < base64Str.length; i++) {
    if (b = table[base64Str.charCodeAt(i)], b === void 0)
      switch (base64Str[i]) {
        // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
        case "=":
          groupPos = 0;
        // reset state when padding found
        case `
`:
        case "\r":
        case "	":
        case " ":
          continue;
        // skip white-space, and padding
        default:
          throw Error("invalid base64 string");
      }
    switch (groupPos) {
      case 0:
        p = b, groupPos = 1;
        break;
      case 1:
        bytes[bytePos++] = p << 2 | (b & 48) >> 4, p = b, groupPos = 2;
        break;
      case 2:
        bytes[bytePos++] = (p & 15) << 4 | (b & 60) >> 2, p = b, groupPos = 3;
        break;
      case 3:
        bytes[bytePos++] = (p & 3) << 6 | b, groupPos = 0;
        break;
    }
  }
  if (groupPos == 1)
    throw Error("invalid base64 string");
  return bytePos;
}
var nativeToBase64 = Uint8Array.prototype.toBase64, toBase64OptionsMap = {
  std: { alphabet: "base64", omitPadding: !1 },
  std_raw: { alphabet: "base64", omitPadding: !0 },
  url: { alphabet: "base64url", omitPadding: !0 }
};
function base64Encode(bytes, encoding = "std") {
  if (nativeToBase64)
    return nativeToBase64.call(bytes, toBase64OptionsMap[encoding]);
  let table = getEncodeTable(encoding), pad = encoding == "std", base64 = "", groupPos = 0, b, p = 0;
  for (let i = 0; i < bytes.length; i++)
    switch (b = bytes[i], groupPos) {
      case 0:
        base64 += table[b >> 2], p = (b & 3) << 4, groupPos = 1;
        break;
      case 1:
        base64 += table[p | b >> 4], p = (b & 15) << 2, groupPos = 2;
        break;
      case 2:
        base64 += table[p | b >> 6], base64 += table[b & 63], groupPos = 0;
        break;
    }
  return groupPos && (base64 += table[p], pad && (base64 += "=", groupPos == 1 && (base64 += "="))), base64;
}
var encodeTableStd, encodeTableUrl, decodeTable;
function getEncodeTable(encoding) {
  return encodeTableStd || (encodeTableStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split(""), encodeTableUrl = encodeTableStd.slice(0, -2).concat("-", "_")), encoding == "url" ? (
    // biome-ignore lint/style/noNonNullAssertion: TS fails to narrow down
    encodeTableUrl
  ) : encodeTableStd;
}
function getDecodeTable() {
  if (!decodeTable) {
    decodeTable = [];
    let encodeTable = getEncodeTable("std");
    for (let i = 0; i < encodeTable.length; i++)
      decodeTable[encodeTable[i].charCodeAt(0)] = i;
    decodeTable[45] = encodeTable.indexOf("+"), decodeTable[95] = encodeTable.indexOf("/");
  }
  return decodeTable;
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/restore-json-names.js
function restoreJsonNames(message) {
  for (let f of message.field)
    unsafeIsSetExplicit(f, "jsonName") || (f.jsonName = protoCamelCase(f.name));
  message.nestedType.forEach(restoreJsonNames);
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-format.js
function parseTextFormatEnumValue(descEnum, value) {
  let enumValue = descEnum.values.find((v) => v.name === value);
  if (!enumValue)
    throw new Error(`cannot parse ${descEnum} default value: ${value}`);
  return enumValue.number;
}
function parseTextFormatScalarValue(type, value) {
  switch (type) {
    case ScalarType.STRING:
      return value;
    case ScalarType.BYTES: {
      let u = unescapeBytesDefaultValue(value);
      if (u === !1)
        throw new Error(`cannot parse ${ScalarType[type]} default value: ${value}`);
      return u;
    }
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return protoInt64.parse(value);
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return protoInt64.uParse(value);
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      switch (value) {
        case "inf":
          return Number.POSITIVE_INFINITY;
        case "-inf":
          return Number.NEGATIVE_INFINITY;
        case "nan":
          return Number.NaN;
        default:
          return parseFloat(value);
      }
    case ScalarType.BOOL:
      return value === "true";
    case ScalarType.INT32:
    case ScalarType.UINT32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
      return parseInt(value, 10);
  }
}
function unescapeBytesDefaultValue(str) {
  let b = [], input = {
    tail: str,
    c: "",
    next() {
      return this.tail.length == 0 ? !1 : (this.c = this.tail[0], this.tail = this.tail.substring(1), !0);
    },
    take(n) {
      if (this.tail.length >= n) {
        let r = this.tail.substring(0, n);
        return this.tail = this.tail.substring(n), r;
      }
      return !1;
    }
  };
  for (; input.next(); )
    switch (input.c) {
      case "\\":
        if (input.next())
          switch (input.c) {
            case "\\":
              b.push(input.c.charCodeAt(0));
              break;
            case "b":
              b.push(8);
              break;
            case "f":
              b.push(12);
              break;
            case "n":
              b.push(10);
              break;
            case "r":
              b.push(13);
              break;
            case "t":
              b.push(9);
              break;
            case "v":
              b.push(11);
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7": {
              let s = input.c, t = input.take(2);
              if (t === !1)
                return !1;
              let n = parseInt(s + t, 8);
              if (Number.isNaN(n))
                return !1;
              b.push(n);
              break;
            }
            case "x": {
              let s = input.c, t = input.take(2);
              if (t === !1)
                return !1;
              let n = parseInt(s + t, 16);
              if (Number.isNaN(n))
                return !1;
              b.push(n);
              break;
            }
            case "u": {
              let s = input.c, t = input.take(4);
              if (t === !1)
                return !1;
              let n = parseInt(s + t, 16);
              if (Number.isNaN(n))
                return !1;
              let chunk = new Uint8Array(4);
              new DataView(chunk.buffer).setInt32(0, n, !0), b.push(chunk[0], chunk[1], chunk[2], chunk[3]);
              break;
            }
            case "U": {
              let s = input.c, t = input.take(8);
              if (t === !1)
                return !1;
              let tc = protoInt64.uEnc(s + t), chunk = new Uint8Array(8), view = new DataView(chunk.buffer);
              view.setInt32(0, tc.lo, !0), view.setInt32(4, tc.hi, !0), b.push(chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]);
              break;
            }
          }
        break;
      default:
        b.push(input.c.charCodeAt(0));
    }
  return new Uint8Array(b);
}

// node_modules/@bufbuild/protobuf/dist/esm/registry.js
function createRegistry(...input) {
  return initBaseRegistry(input);
}
function createEmbeddedFileRegistry(fileDescriptorProto, resolve) {
  return buildFileRegistry([fileDescriptorProto, resolve]);
}
function buildFileRegistry(args, check) {
  let registry = createBaseRegistry();
  if (!args.length)
    return registry;
  if ("$typeName" in args[0] && args[0].$typeName == "google.protobuf.FileDescriptorSet") {
    for (let file of args[0].file)
      check?.(file), addFile(file, registry);
    return registry;
  }
  if ("$typeName" in args[0]) {
    let recurseDeps = function(file) {
      let deps = [];
      for (let protoFileName of file.dependency) {
        if (registry.getFile(protoFileName) != null || seen.has(protoFileName))
          continue;
        let dep = resolve(protoFileName);
        if (!dep)
          throw new Error(`Unable to resolve ${protoFileName}, imported by ${file.name}`);
        "kind" in dep ? registry.addFile(dep, !1, !0) : (seen.add(dep.name), deps.push(dep));
      }
      return deps.concat(...deps.map(recurseDeps));
    }, input = args[0], resolve = args[1], seen = /* @__PURE__ */ new Set();
    for (let file of [input, ...recurseDeps(input)].reverse())
      check?.(file), addFile(file, registry);
  } else
    for (let fileReg of args)
      for (let file of fileReg.files)
        registry.addFile(file);
  return registry;
}
function createBaseRegistry() {
  let types = /* @__PURE__ */ new Map(), extendees = /* @__PURE__ */ new Map(), files = /* @__PURE__ */ new Map();
  return {
    kind: "registry",
    types,
    extendees,
    [Symbol.iterator]() {
      return types.values();
    },
    get files() {
      return files.values();
    },
    addFile(file, skipTypes, withDeps) {
      if (files.set(file.proto.name, file), !skipTypes)
        for (let type of nestedTypes(file))
          this.add(type);
      if (withDeps)
        for (let f of file.dependencies)
          this.addFile(f, skipTypes, withDeps);
    },
    add(desc) {
      if (desc.kind == "extension") {
        let numberToExt = extendees.get(desc.extendee.typeName);
        numberToExt || extendees.set(
          desc.extendee.typeName,
          // biome-ignore lint/suspicious/noAssignInExpressions: no
          numberToExt = /* @__PURE__ */ new Map()
        ), numberToExt.set(desc.number, desc);
      }
      types.set(desc.typeName, desc);
    },
    get(typeName) {
      return types.get(typeName);
    },
    getFile(fileName) {
      return files.get(fileName);
    },
    getMessage(typeName) {
      let t = types.get(typeName);
      return t?.kind == "message" ? t : void 0;
    },
    getEnum(typeName) {
      let t = types.get(typeName);
      return t?.kind == "enum" ? t : void 0;
    },
    getExtension(typeName) {
      let t = types.get(typeName);
      return t?.kind == "extension" ? t : void 0;
    },
    getExtensionFor(extendee, no) {
      var _a;
      return (_a = extendees.get(extendee.typeName)) === null || _a === void 0 ? void 0 : _a.get(no);
    },
    getService(typeName) {
      let t = types.get(typeName);
      return t?.kind == "service" ? t : void 0;
    }
  };
}
function initBaseRegistry(inputs) {
  let registry = createBaseRegistry();
  for (let input of inputs)
    switch (input.kind) {
      case "registry":
        for (let n of input)
          registry.add(n);
        break;
      case "file":
        registry.addFile(input);
        break;
      default:
        registry.add(input);
        break;
    }
  return registry;
}
var EDITION_PROTO22 = 998, EDITION_PROTO32 = 999, EDITION_UNSTABLE = 9999, TYPE_STRING = 9, TYPE_GROUP = 10, TYPE_MESSAGE = 11, TYPE_BYTES = 12, TYPE_ENUM = 14, LABEL_REPEATED = 3, LABEL_REQUIRED = 2, JS_STRING = 1, IDEMPOTENCY_UNKNOWN = 0, EXPLICIT = 1, IMPLICIT3 = 2, LEGACY_REQUIRED = 3, PACKED = 1, DELIMITED = 2, OPEN = 1, VERIFY = 2;
var maximumEdition = 1002, featureDefaults = {
  // EDITION_PROTO2
  998: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 2,
    // CLOSED,
    repeatedFieldEncoding: 2,
    // EXPANDED,
    utf8Validation: 3,
    // NONE,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 2,
    // LEGACY_BEST_EFFORT,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_PROTO3
  999: {
    fieldPresence: 2,
    // IMPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2023
  1e3: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2024
  1001: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 1,
    // STYLE2024,
    defaultSymbolVisibility: 2,
    // EXPORT_TOP_LEVEL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2026
  1002: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 3,
    // STYLE2026,
    defaultSymbolVisibility: 4,
    // STRICT,
    enforceProtoLimits: 2
    // PROTO_LIMITS2026,
  }
};
function addFile(proto, reg) {
  var _a, _b;
  let file = {
    kind: "file",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    edition: getFileEdition(proto),
    name: proto.name.replace(/\.proto$/, ""),
    dependencies: findFileDependencies(proto, reg),
    enums: [],
    messages: [],
    extensions: [],
    services: [],
    toString() {
      return `file ${proto.name}`;
    }
  }, mapEntriesStore = /* @__PURE__ */ new Map(), mapEntries = {
    get(typeName) {
      return mapEntriesStore.get(typeName);
    },
    add(desc) {
      var _a2;
      assert(((_a2 = desc.proto.options) === null || _a2 === void 0 ? void 0 : _a2.mapEntry) === !0), mapEntriesStore.set(desc.typeName, desc);
    }
  };
  for (let enumProto of proto.enumType)
    addEnum(enumProto, file, void 0, reg);
  for (let messageProto of proto.messageType)
    addMessage(messageProto, file, void 0, reg, mapEntries);
  for (let serviceProto of proto.service)
    addService(serviceProto, file, reg);
  addExtensions(file, reg);
  for (let mapEntry of mapEntriesStore.values())
    addFields(mapEntry, reg, mapEntries);
  for (let message of file.messages)
    addFields(message, reg, mapEntries), addExtensions(message, reg);
  reg.addFile(file, !0);
}
function addExtensions(desc, reg) {
  switch (desc.kind) {
    case "file":
      for (let proto of desc.proto.extension) {
        let ext = newField(proto, desc, reg);
        desc.extensions.push(ext), reg.add(ext);
      }
      break;
    case "message":
      for (let proto of desc.proto.extension) {
        let ext = newField(proto, desc, reg);
        desc.nestedExtensions.push(ext), reg.add(ext);
      }
      for (let message of desc.nestedMessages)
        addExtensions(message, reg);
      break;
  }
}
function addFields(message, reg, mapEntries) {
  let allOneofs = message.proto.oneofDecl.map((proto) => newOneof(proto, message)), oneofsSeen = /* @__PURE__ */ new Set();
  for (let proto of message.proto.field) {
    let oneof = findOneof(proto, allOneofs), field = newField(proto, message, reg, oneof, mapEntries);
    message.fields.push(field), message.field[field.localName] = field, oneof === void 0 ? message.members.push(field) : (oneof.fields.push(field), oneofsSeen.has(oneof) || (oneofsSeen.add(oneof), message.members.push(oneof)));
  }
  for (let oneof of allOneofs.filter((o) => oneofsSeen.has(o)))
    message.oneofs.push(oneof);
  for (let child of message.nestedMessages)
    addFields(child, reg, mapEntries);
}
function addEnum(proto, file, parent, reg) {
  var _a, _b, _c, _d, _e, _f, _g, _h, _j;
  let sharedPrefix = findEnumSharedPrefix(proto.name, proto.value), desc = {
    kind: "enum",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    file,
    parent,
    open: !0,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    value: {},
    values: [],
    sharedPrefix,
    toString() {
      return `enum ${this.typeName}`;
    }
  };
  desc.open = isEnumOpen(desc), reg.add(desc);
  for (let p of proto.value) {
    let name = p.name, value = {
      kind: "enum_value",
      proto: p,
      deprecated: (_d = (_c = p.options) === null || _c === void 0 ? void 0 : _c.deprecated) !== null && _d !== void 0 ? _d : !1,
      parent: desc,
      name,
      localName: safeObjectProperty(sharedPrefix == null ? name : name.substring(sharedPrefix.length)),
      number: p.number,
      jsonName: (_e = findEnumValueJsonName(p)) !== null && _e !== void 0 ? _e : name,
      toString() {
        return `enum value ${desc.typeName}.${name}`;
      }
    };
    desc.values.push(value), (_f = (_h = desc.value)[_j = p.number]) !== null && _f !== void 0 || (_h[_j] = value);
  }
  ((_g = parent?.nestedEnums) !== null && _g !== void 0 ? _g : file.enums).push(desc);
}
function addMessage(proto, file, parent, reg, mapEntries) {
  var _a, _b, _c, _d;
  let desc = {
    kind: "message",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    file,
    parent,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    fields: [],
    field: {},
    oneofs: [],
    members: [],
    nestedEnums: [],
    nestedMessages: [],
    nestedExtensions: [],
    toString() {
      return `message ${this.typeName}`;
    }
  };
  ((_c = proto.options) === null || _c === void 0 ? void 0 : _c.mapEntry) === !0 ? mapEntries.add(desc) : (((_d = parent?.nestedMessages) !== null && _d !== void 0 ? _d : file.messages).push(desc), reg.add(desc));
  for (let enumProto of proto.enumType)
    addEnum(enumProto, file, desc, reg);
  for (let messageProto of proto.nestedType)
    addMessage(messageProto, file, desc, reg, mapEntries);
}
function addService(proto, file, reg) {
  var _a, _b;
  let desc = {
    kind: "service",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    file,
    name: proto.name,
    typeName: makeTypeName(proto, void 0, file),
    methods: [],
    method: {},
    toString() {
      return `service ${this.typeName}`;
    }
  };
  file.services.push(desc), reg.add(desc);
  for (let methodProto of proto.method) {
    let method = newMethod(methodProto, desc, reg);
    desc.methods.push(method), desc.method[method.localName] = method;
  }
}
function newMethod(proto, parent, reg) {
  var _a, _b, _c, _d;
  let methodKind;
  proto.clientStreaming && proto.serverStreaming ? methodKind = "bidi_streaming" : proto.clientStreaming ? methodKind = "client_streaming" : proto.serverStreaming ? methodKind = "server_streaming" : methodKind = "unary";
  let input = reg.getMessage(trimLeadingDot(proto.inputType)), output = reg.getMessage(trimLeadingDot(proto.outputType));
  assert(input, `invalid MethodDescriptorProto: input_type ${proto.inputType} not found`), assert(output, `invalid MethodDescriptorProto: output_type ${proto.inputType} not found`);
  let name = proto.name;
  return {
    kind: "rpc",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    parent,
    name,
    localName: safeObjectProperty(name.length ? safeObjectProperty(name[0].toLowerCase() + name.substring(1)) : name),
    methodKind,
    input,
    output,
    idempotency: (_d = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.idempotencyLevel) !== null && _d !== void 0 ? _d : IDEMPOTENCY_UNKNOWN,
    toString() {
      return `rpc ${parent.typeName}.${name}`;
    }
  };
}
function newOneof(proto, parent) {
  return {
    kind: "oneof",
    proto,
    deprecated: !1,
    parent,
    fields: [],
    name: proto.name,
    localName: safeObjectProperty(protoCamelCase(proto.name)),
    toString() {
      return `oneof ${parent.typeName}.${this.name}`;
    }
  };
}
function newField(proto, parentOrFile, reg, oneof, mapEntries) {
  var _a, _b, _c;
  let isExtension = mapEntries === void 0, field = {
    kind: "field",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : !1,
    name: proto.name,
    number: proto.number,
    scalar: void 0,
    message: void 0,
    enum: void 0,
    presence: getFieldPresence(proto, oneof, isExtension, parentOrFile),
    utf8Validation: isUtf8Validated(proto, parentOrFile),
    listKind: void 0,
    mapKind: void 0,
    mapKey: void 0,
    delimitedEncoding: void 0,
    packed: void 0,
    longAsString: !1,
    getDefaultValue: void 0
  }, toStr;
  if (isExtension) {
    let file = parentOrFile.kind == "file" ? parentOrFile : parentOrFile.file, parent = parentOrFile.kind == "file" ? void 0 : parentOrFile, typeName = makeTypeName(proto, parent, file);
    field.kind = "extension", field.file = file, field.parent = parent, field.oneof = void 0, field.typeName = typeName, field.jsonName = `[${typeName}]`, toStr = () => `extension ${typeName}`;
    let extendee = reg.getMessage(trimLeadingDot(proto.extendee));
    assert(extendee, `invalid FieldDescriptorProto: extendee ${proto.extendee} not found`), field.extendee = extendee;
  } else {
    let parent = parentOrFile;
    assert(parent.kind == "message"), field.parent = parent, field.oneof = oneof, field.localName = oneof ? protoCamelCase(proto.name) : safeObjectProperty(protoCamelCase(proto.name)), field.jsonName = proto.jsonName, toStr = () => `field ${parent.typeName}.${proto.name}`;
  }
  Object.defineProperty(field, "toString", {
    value: toStr,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
  let label = proto.label, type = proto.type, jstype = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.jstype;
  if (label === LABEL_REPEATED) {
    let mapEntry = type == TYPE_MESSAGE ? mapEntries?.get(trimLeadingDot(proto.typeName)) : void 0;
    if (mapEntry) {
      field.fieldKind = "map";
      let { key, value } = findMapEntryFields(mapEntry);
      return field.mapKey = key.scalar, field.mapKind = value.fieldKind, field.message = value.message, field.delimitedEncoding = !1, field.enum = value.enum, field.scalar = value.scalar, field;
    }
    switch (field.fieldKind = "list", type) {
      case TYPE_MESSAGE:
      case TYPE_GROUP:
        field.listKind = "message", field.message = reg.getMessage(trimLeadingDot(proto.typeName)), assert(field.message), field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
        break;
      case TYPE_ENUM:
        field.listKind = "enum", field.enum = reg.getEnum(trimLeadingDot(proto.typeName)), assert(field.enum);
        break;
      default:
        field.listKind = "scalar", field.scalar = type, field.longAsString = jstype == JS_STRING;
        break;
    }
    return field.packed = isPackedField(proto, parentOrFile), field;
  }
  switch (type) {
    case TYPE_MESSAGE:
    case TYPE_GROUP:
      field.fieldKind = "message", field.message = reg.getMessage(trimLeadingDot(proto.typeName)), assert(field.message, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`), field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile), field.getDefaultValue = () => {
      };
      break;
    case TYPE_ENUM: {
      let enumeration = reg.getEnum(trimLeadingDot(proto.typeName));
      assert(enumeration !== void 0, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`), field.fieldKind = "enum", field.enum = reg.getEnum(trimLeadingDot(proto.typeName)), field.getDefaultValue = () => unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatEnumValue(enumeration, proto.defaultValue) : void 0;
      break;
    }
    default: {
      field.fieldKind = "scalar", field.scalar = type, field.longAsString = jstype == JS_STRING, field.getDefaultValue = () => unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatScalarValue(type, proto.defaultValue) : void 0;
      break;
    }
  }
  return field;
}
function getFileEdition(proto) {
  switch (proto.syntax) {
    case "":
    case "proto2":
      return EDITION_PROTO22;
    case "proto3":
      return EDITION_PROTO32;
    case "editions":
      if (proto.edition === EDITION_UNSTABLE)
        return maximumEdition;
      if (proto.edition in featureDefaults)
        return proto.edition;
      throw new Error(`${proto.name}: unsupported edition`);
    default:
      throw new Error(`${proto.name}: unsupported syntax "${proto.syntax}"`);
  }
}
function findFileDependencies(proto, reg) {
  return proto.dependency.map((wantName) => {
    let dep = reg.getFile(wantName);
    if (!dep)
      throw new Error(`Cannot find ${wantName}, imported by ${proto.name}`);
    return dep;
  });
}
function findEnumSharedPrefix(enumName, values) {
  let prefix = camelToSnakeCase(enumName) + "_";
  for (let value of values) {
    if (!value.name.toLowerCase().startsWith(prefix))
      return;
    let shortName = value.name.substring(prefix.length);
    if (shortName.length == 0 || /^\d/.test(shortName))
      return;
  }
  return prefix;
}
function findEnumValueJsonName(proto) {
  var _a, _b;
  let jsonName;
  for (let uf of (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.$unknown) !== null && _b !== void 0 ? _b : []) {
    if (uf.no !== 998 || uf.wireType !== WireType.LengthDelimited)
      continue;
    let reader = new BinaryReader(new BinaryReader(uf.data).bytes());
    for (; reader.pos < reader.len; ) {
      let [no, wireType] = reader.tag();
      no === 1 && wireType === WireType.LengthDelimited ? jsonName = reader.string() : reader.skip(wireType, no);
    }
  }
  return jsonName;
}
function camelToSnakeCase(camel) {
  return (camel.substring(0, 1) + camel.substring(1).replace(/[A-Z]/g, (c) => "_" + c)).toLowerCase();
}
function makeTypeName(proto, parent, file) {
  let typeName;
  return parent ? typeName = `${parent.typeName}.${proto.name}` : file.proto.package.length > 0 ? typeName = `${file.proto.package}.${proto.name}` : typeName = `${proto.name}`, typeName;
}
function trimLeadingDot(typeName) {
  return typeName.startsWith(".") ? typeName.substring(1) : typeName;
}
function findOneof(proto, allOneofs) {
  if (!unsafeIsSetExplicit(proto, "oneofIndex") || proto.proto3Optional)
    return;
  let oneof = allOneofs[proto.oneofIndex];
  return assert(oneof, `invalid FieldDescriptorProto: oneof #${proto.oneofIndex} for field #${proto.number} not found`), oneof;
}
function getFieldPresence(proto, oneof, isExtension, parent) {
  if (proto.label == LABEL_REQUIRED)
    return LEGACY_REQUIRED;
  if (proto.label == LABEL_REPEATED)
    return IMPLICIT3;
  if (oneof || proto.proto3Optional || isExtension)
    return EXPLICIT;
  let resolved = resolveFeature("fieldPresence", { proto, parent });
  return resolved == IMPLICIT3 && (proto.type == TYPE_MESSAGE || proto.type == TYPE_GROUP) ? EXPLICIT : resolved;
}
function isPackedField(proto, parent) {
  if (proto.label != LABEL_REPEATED)
    return !1;
  switch (proto.type) {
    case TYPE_STRING:
    case TYPE_BYTES:
    case TYPE_GROUP:
    case TYPE_MESSAGE:
      return !1;
  }
  let o = proto.options;
  return o && unsafeIsSetExplicit(o, "packed") ? o.packed : PACKED == resolveFeature("repeatedFieldEncoding", {
    proto,
    parent
  });
}
function findMapEntryFields(mapEntry) {
  let key = mapEntry.fields.find((f) => f.number === 1), value = mapEntry.fields.find((f) => f.number === 2);
  return assert(key && key.fieldKind == "scalar" && key.scalar != ScalarType.BYTES && key.scalar != ScalarType.FLOAT && key.scalar != ScalarType.DOUBLE && value && value.fieldKind != "list" && value.fieldKind != "map"), { key, value };
}
function isEnumOpen(desc) {
  var _a;
  return OPEN == resolveFeature("enumType", {
    proto: desc.proto,
    parent: (_a = desc.parent) !== null && _a !== void 0 ? _a : desc.file
  });
}
function isDelimitedEncoding(proto, parent) {
  return proto.type == TYPE_GROUP ? !0 : DELIMITED == resolveFeature("messageEncoding", {
    proto,
    parent
  });
}
function isUtf8Validated(proto, parent) {
  return VERIFY == resolveFeature("utf8Validation", {
    proto,
    parent
  });
}
function resolveFeature(name, ref) {
  var _a, _b;
  let featureSet = (_a = ref.proto.options) === null || _a === void 0 ? void 0 : _a.features;
  if (featureSet) {
    let val = featureSet[name];
    if (val != 0)
      return val;
  }
  if ("kind" in ref) {
    if (ref.kind == "message")
      return resolveFeature(name, (_b = ref.parent) !== null && _b !== void 0 ? _b : ref.file);
    let editionDefaults = featureDefaults[ref.edition];
    if (!editionDefaults)
      throw new Error(`feature default for edition ${ref.edition} not found`);
    return editionDefaults[name];
  }
  return resolveFeature(name, ref.parent);
}
function assert(condition, msg) {
  if (!condition)
    throw new Error(msg);
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/boot.js
function boot(boot2) {
  let root = bootFileDescriptorProto(boot2);
  return root.messageType.forEach(restoreJsonNames), createEmbeddedFileRegistry(root, () => {
  }).getFile(root.name);
}
function bootFileDescriptorProto(init) {
  return Object.assign(/* @__PURE__ */ Object.create({
    syntax: "",
    edition: 0
  }), Object.assign(Object.assign({ $typeName: "google.protobuf.FileDescriptorProto", dependency: [], publicDependency: [], weakDependency: [], optionDependency: [], service: [], extension: [] }, init), { messageType: init.messageType.map(bootDescriptorProto), enumType: init.enumType.map(bootEnumDescriptorProto) }));
}
function bootDescriptorProto(init) {
  var _a, _b, _c, _d, _e, _f, _g, _h;
  return Object.assign(/* @__PURE__ */ Object.create({
    visibility: 0
  }), {
    $typeName: "google.protobuf.DescriptorProto",
    name: init.name,
    field: (_b = (_a = init.field) === null || _a === void 0 ? void 0 : _a.map(bootFieldDescriptorProto)) !== null && _b !== void 0 ? _b : [],
    extension: [],
    nestedType: (_d = (_c = init.nestedType) === null || _c === void 0 ? void 0 : _c.map(bootDescriptorProto)) !== null && _d !== void 0 ? _d : [],
    enumType: (_f = (_e = init.enumType) === null || _e === void 0 ? void 0 : _e.map(bootEnumDescriptorProto)) !== null && _f !== void 0 ? _f : [],
    extensionRange: (_h = (_g = init.extensionRange) === null || _g === void 0 ? void 0 : _g.map((e) => Object.assign({ $typeName: "google.protobuf.DescriptorProto.ExtensionRange" }, e))) !== null && _h !== void 0 ? _h : [],
    oneofDecl: [],
    reservedRange: [],
    reservedName: []
  });
}
function bootFieldDescriptorProto(init) {
  return Object.assign(/* @__PURE__ */ Object.create({
    label: 1,
    typeName: "",
    extendee: "",
    defaultValue: "",
    oneofIndex: 0,
    jsonName: "",
    proto3Optional: !1
  }), Object.assign(Object.assign({ $typeName: "google.protobuf.FieldDescriptorProto" }, init), { options: init.options ? bootFieldOptions(init.options) : void 0 }));
}
function bootFieldOptions(init) {
  var _a, _b, _c;
  return Object.assign(/* @__PURE__ */ Object.create({
    ctype: 0,
    packed: !1,
    jstype: 0,
    lazy: !1,
    unverifiedLazy: !1,
    deprecated: !1,
    weak: !1,
    debugRedact: !1,
    retention: 0
  }), Object.assign(Object.assign({ $typeName: "google.protobuf.FieldOptions" }, init), { targets: (_a = init.targets) !== null && _a !== void 0 ? _a : [], editionDefaults: (_c = (_b = init.editionDefaults) === null || _b === void 0 ? void 0 : _b.map((e) => Object.assign({ $typeName: "google.protobuf.FieldOptions.EditionDefault" }, e))) !== null && _c !== void 0 ? _c : [], uninterpretedOption: [] }));
}
function bootEnumDescriptorProto(init) {
  return Object.assign(/* @__PURE__ */ Object.create({
    visibility: 0
  }), {
    $typeName: "google.protobuf.EnumDescriptorProto",
    name: init.name,
    reservedName: [],
    reservedRange: [],
    value: init.value.map((e) => Object.assign({ $typeName: "google.protobuf.EnumValueDescriptorProto" }, e))
  });
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/message.js
function messageDesc(file, path, ...paths) {
  return paths.reduce((acc, cur) => acc.nestedMessages[cur], file.messages[path]);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js
var file_google_protobuf_descriptor = /* @__PURE__ */ boot({ name: "google/protobuf/descriptor.proto", package: "google.protobuf", messageType: [{ name: "FileDescriptorSet", field: [{ name: "file", number: 1, type: 11, label: 3, typeName: ".google.protobuf.FileDescriptorProto" }], extensionRange: [{ start: 536e6, end: 536000001 }] }, { name: "FileDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "package", number: 2, type: 9, label: 1 }, { name: "dependency", number: 3, type: 9, label: 3 }, { name: "public_dependency", number: 10, type: 5, label: 3 }, { name: "weak_dependency", number: 11, type: 5, label: 3 }, { name: "option_dependency", number: 15, type: 9, label: 3 }, { name: "message_type", number: 4, type: 11, label: 3, typeName: ".google.protobuf.DescriptorProto" }, { name: "enum_type", number: 5, type: 11, label: 3, typeName: ".google.protobuf.EnumDescriptorProto" }, { name: "service", number: 6, type: 11, label: 3, typeName: ".google.protobuf.ServiceDescriptorProto" }, { name: "extension", number: 7, type: 11, label: 3, typeName: ".google.protobuf.FieldDescriptorProto" }, { name: "options", number: 8, type: 11, label: 1, typeName: ".google.protobuf.FileOptions" }, { name: "source_code_info", number: 9, type: 11, label: 1, typeName: ".google.protobuf.SourceCodeInfo" }, { name: "syntax", number: 12, type: 9, label: 1 }, { name: "edition", number: 14, type: 14, label: 1, typeName: ".google.protobuf.Edition" }] }, { name: "DescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "field", number: 2, type: 11, label: 3, typeName: ".google.protobuf.FieldDescriptorProto" }, { name: "extension", number: 6, type: 11, label: 3, typeName: ".google.protobuf.FieldDescriptorProto" }, { name: "nested_type", number: 3, type: 11, label: 3, typeName: ".google.protobuf.DescriptorProto" }, { name: "enum_type", number: 4, type: 11, label: 3, typeName: ".google.protobuf.EnumDescriptorProto" }, { name: "extension_range", number: 5, type: 11, label: 3, typeName: ".google.protobuf.DescriptorProto.ExtensionRange" }, { name: "oneof_decl", number: 8, type: 11, label: 3, typeName: ".google.protobuf.OneofDescriptorProto" }, { name: "options", number: 7, type: 11, label: 1, typeName: ".google.protobuf.MessageOptions" }, { name: "reserved_range", number: 9, type: 11, label: 3, typeName: ".google.protobuf.DescriptorProto.ReservedRange" }, { name: "reserved_name", number: 10, type: 9, label: 3 }, { name: "visibility", number: 11, type: 14, label: 1, typeName: ".google.protobuf.SymbolVisibility" }], nestedType: [{ name: "ExtensionRange", field: [{ name: "start", number: 1, type: 5, label: 1 }, { name: "end", number: 2, type: 5, label: 1 }, { name: "options", number: 3, type: 11, label: 1, typeName: ".google.protobuf.ExtensionRangeOptions" }] }, { name: "ReservedRange", field: [{ name: "start", number: 1, type: 5, label: 1 }, { name: "end", number: 2, type: 5, label: 1 }] }] }, { name: "ExtensionRangeOptions", field: [{ name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }, { name: "declaration", number: 2, type: 11, label: 3, typeName: ".google.protobuf.ExtensionRangeOptions.Declaration", options: { retention: 2 } }, { name: "features", number: 50, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "verification", number: 3, type: 14, label: 1, typeName: ".google.protobuf.ExtensionRangeOptions.VerificationState", defaultValue: "UNVERIFIED", options: { retention: 2 } }], nestedType: [{ name: "Declaration", field: [{ name: "number", number: 1, type: 5, label: 1 }, { name: "full_name", number: 2, type: 9, label: 1 }, { name: "type", number: 3, type: 9, label: 1 }, { name: "reserved", number: 5, type: 8, label: 1 }, { name: "repeated", number: 6, type: 8, label: 1 }] }], enumType: [{ name: "VerificationState", value: [{ name: "DECLARATION", number: 0 }, { name: "UNVERIFIED", number: 1 }] }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "FieldDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "number", number: 3, type: 5, label: 1 }, { name: "label", number: 4, type: 14, label: 1, typeName: ".google.protobuf.FieldDescriptorProto.Label" }, { name: "type", number: 5, type: 14, label: 1, typeName: ".google.protobuf.FieldDescriptorProto.Type" }, { name: "type_name", number: 6, type: 9, label: 1 }, { name: "extendee", number: 2, type: 9, label: 1 }, { name: "default_value", number: 7, type: 9, label: 1 }, { name: "oneof_index", number: 9, type: 5, label: 1 }, { name: "json_name", number: 10, type: 9, label: 1 }, { name: "options", number: 8, type: 11, label: 1, typeName: ".google.protobuf.FieldOptions" }, { name: "proto3_optional", number: 17, type: 8, label: 1 }], enumType: [{ name: "Type", value: [{ name: "TYPE_DOUBLE", number: 1 }, { name: "TYPE_FLOAT", number: 2 }, { name: "TYPE_INT64", number: 3 }, { name: "TYPE_UINT64", number: 4 }, { name: "TYPE_INT32", number: 5 }, { name: "TYPE_FIXED64", number: 6 }, { name: "TYPE_FIXED32", number: 7 }, { name: "TYPE_BOOL", number: 8 }, { name: "TYPE_STRING", number: 9 }, { name: "TYPE_GROUP", number: 10 }, { name: "TYPE_MESSAGE", number: 11 }, { name: "TYPE_BYTES", number: 12 }, { name: "TYPE_UINT32", number: 13 }, { name: "TYPE_ENUM", number: 14 }, { name: "TYPE_SFIXED32", number: 15 }, { name: "TYPE_SFIXED64", number: 16 }, { name: "TYPE_SINT32", number: 17 }, { name: "TYPE_SINT64", number: 18 }] }, { name: "Label", value: [{ name: "LABEL_OPTIONAL", number: 1 }, { name: "LABEL_REPEATED", number: 3 }, { name: "LABEL_REQUIRED", number: 2 }] }] }, { name: "OneofDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "options", number: 2, type: 11, label: 1, typeName: ".google.protobuf.OneofOptions" }] }, { name: "EnumDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "value", number: 2, type: 11, label: 3, typeName: ".google.protobuf.EnumValueDescriptorProto" }, { name: "options", number: 3, type: 11, label: 1, typeName: ".google.protobuf.EnumOptions" }, { name: "reserved_range", number: 4, type: 11, label: 3, typeName: ".google.protobuf.EnumDescriptorProto.EnumReservedRange" }, { name: "reserved_name", number: 5, type: 9, label: 3 }, { name: "visibility", number: 6, type: 14, label: 1, typeName: ".google.protobuf.SymbolVisibility" }], nestedType: [{ name: "EnumReservedRange", field: [{ name: "start", number: 1, type: 5, label: 1 }, { name: "end", number: 2, type: 5, label: 1 }] }] }, { name: "EnumValueDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "number", number: 2, type: 5, label: 1 }, { name: "options", number: 3, type: 11, label: 1, typeName: ".google.protobuf.EnumValueOptions" }] }, { name: "ServiceDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "method", number: 2, type: 11, label: 3, typeName: ".google.protobuf.MethodDescriptorProto" }, { name: "options", number: 3, type: 11, label: 1, typeName: ".google.protobuf.ServiceOptions" }] }, { name: "MethodDescriptorProto", field: [{ name: "name", number: 1, type: 9, label: 1 }, { name: "input_type", number: 2, type: 9, label: 1 }, { name: "output_type", number: 3, type: 9, label: 1 }, { name: "options", number: 4, type: 11, label: 1, typeName: ".google.protobuf.MethodOptions" }, { name: "client_streaming", number: 5, type: 8, label: 1, defaultValue: "false" }, { name: "server_streaming", number: 6, type: 8, label: 1, defaultValue: "false" }] }, { name: "FileOptions", field: [{ name: "java_package", number: 1, type: 9, label: 1 }, { name: "java_outer_classname", number: 8, type: 9, label: 1 }, { name: "java_multiple_files", number: 10, type: 8, label: 1, defaultValue: "false", options: {} }, { name: "java_generate_equals_and_hash", number: 20, type: 8, label: 1, options: { deprecated: !0 } }, { name: "java_string_check_utf8", number: 27, type: 8, label: 1, defaultValue: "false" }, { name: "optimize_for", number: 9, type: 14, label: 1, typeName: ".google.protobuf.FileOptions.OptimizeMode", defaultValue: "SPEED" }, { name: "go_package", number: 11, type: 9, label: 1 }, { name: "cc_generic_services", number: 16, type: 8, label: 1, defaultValue: "false" }, { name: "java_generic_services", number: 17, type: 8, label: 1, defaultValue: "false" }, { name: "py_generic_services", number: 18, type: 8, label: 1, defaultValue: "false" }, { name: "deprecated", number: 23, type: 8, label: 1, defaultValue: "false" }, { name: "cc_enable_arenas", number: 31, type: 8, label: 1, defaultValue: "true", options: {} }, { name: "objc_class_prefix", number: 36, type: 9, label: 1 }, { name: "csharp_namespace", number: 37, type: 9, label: 1 }, { name: "swift_prefix", number: 39, type: 9, label: 1 }, { name: "php_class_prefix", number: 40, type: 9, label: 1 }, { name: "php_namespace", number: 41, type: 9, label: 1 }, { name: "php_metadata_namespace", number: 44, type: 9, label: 1 }, { name: "ruby_package", number: 45, type: 9, label: 1 }, { name: "features", number: 50, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], enumType: [{ name: "OptimizeMode", value: [{ name: "SPEED", number: 1 }, { name: "CODE_SIZE", number: 2 }, { name: "LITE_RUNTIME", number: 3 }] }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "MessageOptions", field: [{ name: "message_set_wire_format", number: 1, type: 8, label: 1, defaultValue: "false" }, { name: "no_standard_descriptor_accessor", number: 2, type: 8, label: 1, defaultValue: "false" }, { name: "deprecated", number: 3, type: 8, label: 1, defaultValue: "false" }, { name: "map_entry", number: 7, type: 8, label: 1 }, { name: "deprecated_legacy_json_field_conflicts", number: 11, type: 8, label: 1, options: { deprecated: !0 } }, { name: "features", number: 12, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "FieldOptions", field: [{ name: "ctype", number: 1, type: 14, label: 1, typeName: ".google.protobuf.FieldOptions.CType", defaultValue: "STRING" }, { name: "packed", number: 2, type: 8, label: 1 }, { name: "jstype", number: 6, type: 14, label: 1, typeName: ".google.protobuf.FieldOptions.JSType", defaultValue: "JS_NORMAL" }, { name: "lazy", number: 5, type: 8, label: 1, defaultValue: "false" }, { name: "unverified_lazy", number: 15, type: 8, label: 1, defaultValue: "false" }, { name: "deprecated", number: 3, type: 8, label: 1, defaultValue: "false" }, { name: "weak", number: 10, type: 8, label: 1, defaultValue: "false", options: { deprecated: !0 } }, { name: "debug_redact", number: 16, type: 8, label: 1, defaultValue: "false" }, { name: "retention", number: 17, type: 14, label: 1, typeName: ".google.protobuf.FieldOptions.OptionRetention" }, { name: "targets", number: 19, type: 14, label: 3, typeName: ".google.protobuf.FieldOptions.OptionTargetType" }, { name: "edition_defaults", number: 20, type: 11, label: 3, typeName: ".google.protobuf.FieldOptions.EditionDefault" }, { name: "features", number: 21, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "feature_support", number: 22, type: 11, label: 1, typeName: ".google.protobuf.FieldOptions.FeatureSupport" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], nestedType: [{ name: "EditionDefault", field: [{ name: "edition", number: 3, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "value", number: 2, type: 9, label: 1 }] }, { name: "FeatureSupport", field: [{ name: "edition_introduced", number: 1, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "edition_deprecated", number: 2, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "deprecation_warning", number: 3, type: 9, label: 1 }, { name: "edition_removed", number: 4, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "removal_error", number: 5, type: 9, label: 1 }] }], enumType: [{ name: "CType", value: [{ name: "STRING", number: 0 }, { name: "CORD", number: 1 }, { name: "STRING_PIECE", number: 2 }] }, { name: "JSType", value: [{ name: "JS_NORMAL", number: 0 }, { name: "JS_STRING", number: 1 }, { name: "JS_NUMBER", number: 2 }] }, { name: "OptionRetention", value: [{ name: "RETENTION_UNKNOWN", number: 0 }, { name: "RETENTION_RUNTIME", number: 1 }, { name: "RETENTION_SOURCE", number: 2 }] }, { name: "OptionTargetType", value: [{ name: "TARGET_TYPE_UNKNOWN", number: 0 }, { name: "TARGET_TYPE_FILE", number: 1 }, { name: "TARGET_TYPE_EXTENSION_RANGE", number: 2 }, { name: "TARGET_TYPE_MESSAGE", number: 3 }, { name: "TARGET_TYPE_FIELD", number: 4 }, { name: "TARGET_TYPE_ONEOF", number: 5 }, { name: "TARGET_TYPE_ENUM", number: 6 }, { name: "TARGET_TYPE_ENUM_ENTRY", number: 7 }, { name: "TARGET_TYPE_SERVICE", number: 8 }, { name: "TARGET_TYPE_METHOD", number: 9 }] }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "OneofOptions", field: [{ name: "features", number: 1, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "EnumOptions", field: [{ name: "allow_alias", number: 2, type: 8, label: 1 }, { name: "deprecated", number: 3, type: 8, label: 1, defaultValue: "false" }, { name: "deprecated_legacy_json_field_conflicts", number: 6, type: 8, label: 1, options: { deprecated: !0 } }, { name: "features", number: 7, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "EnumValueOptions", field: [{ name: "deprecated", number: 1, type: 8, label: 1, defaultValue: "false" }, { name: "features", number: 2, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "debug_redact", number: 3, type: 8, label: 1, defaultValue: "false" }, { name: "feature_support", number: 4, type: 11, label: 1, typeName: ".google.protobuf.FieldOptions.FeatureSupport" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "ServiceOptions", field: [{ name: "features", number: 34, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "deprecated", number: 33, type: 8, label: 1, defaultValue: "false" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "MethodOptions", field: [{ name: "deprecated", number: 33, type: 8, label: 1, defaultValue: "false" }, { name: "idempotency_level", number: 34, type: 14, label: 1, typeName: ".google.protobuf.MethodOptions.IdempotencyLevel", defaultValue: "IDEMPOTENCY_UNKNOWN" }, { name: "features", number: 35, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "uninterpreted_option", number: 999, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption" }], enumType: [{ name: "IdempotencyLevel", value: [{ name: "IDEMPOTENCY_UNKNOWN", number: 0 }, { name: "NO_SIDE_EFFECTS", number: 1 }, { name: "IDEMPOTENT", number: 2 }] }], extensionRange: [{ start: 990, end: 999 }, { start: 1e3, end: 536870912 }] }, { name: "UninterpretedOption", field: [{ name: "name", number: 2, type: 11, label: 3, typeName: ".google.protobuf.UninterpretedOption.NamePart" }, { name: "identifier_value", number: 3, type: 9, label: 1 }, { name: "positive_int_value", number: 4, type: 4, label: 1 }, { name: "negative_int_value", number: 5, type: 3, label: 1 }, { name: "double_value", number: 6, type: 1, label: 1 }, { name: "string_value", number: 7, type: 12, label: 1 }, { name: "aggregate_value", number: 8, type: 9, label: 1 }], nestedType: [{ name: "NamePart", field: [{ name: "name_part", number: 1, type: 9, label: 2 }, { name: "is_extension", number: 2, type: 8, label: 2 }] }] }, { name: "FeatureSet", field: [{ name: "field_presence", number: 1, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.FieldPresence", options: { retention: 1, targets: [4, 1], editionDefaults: [{ value: "EXPLICIT", edition: 900 }, { value: "IMPLICIT", edition: 999 }, { value: "EXPLICIT", edition: 1e3 }] } }, { name: "enum_type", number: 2, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.EnumType", options: { retention: 1, targets: [6, 1], editionDefaults: [{ value: "CLOSED", edition: 900 }, { value: "OPEN", edition: 999 }] } }, { name: "repeated_field_encoding", number: 3, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.RepeatedFieldEncoding", options: { retention: 1, targets: [4, 1], editionDefaults: [{ value: "EXPANDED", edition: 900 }, { value: "PACKED", edition: 999 }] } }, { name: "utf8_validation", number: 4, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.Utf8Validation", options: { retention: 1, targets: [4, 1], editionDefaults: [{ value: "NONE", edition: 900 }, { value: "VERIFY", edition: 999 }] } }, { name: "message_encoding", number: 5, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.MessageEncoding", options: { retention: 1, targets: [4, 1], editionDefaults: [{ value: "LENGTH_PREFIXED", edition: 900 }] } }, { name: "json_format", number: 6, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.JsonFormat", options: { retention: 1, targets: [3, 6, 1], editionDefaults: [{ value: "LEGACY_BEST_EFFORT", edition: 900 }, { value: "ALLOW", edition: 999 }] } }, { name: "enforce_naming_style", number: 7, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.EnforceNamingStyle", options: { retention: 2, targets: [1, 2, 3, 4, 5, 6, 7, 8, 9], editionDefaults: [{ value: "STYLE_LEGACY", edition: 900 }, { value: "STYLE2024", edition: 1001 }, { value: "STYLE2026", edition: 1002 }] } }, { name: "default_symbol_visibility", number: 8, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility", options: { retention: 2, targets: [1], editionDefaults: [{ value: "EXPORT_ALL", edition: 900 }, { value: "EXPORT_TOP_LEVEL", edition: 1001 }, { value: "STRICT", edition: 1002 }] } }, { name: "enforce_proto_limits", number: 9, type: 14, label: 1, typeName: ".google.protobuf.FeatureSet.ProtoLimitsFeature.EnforceProtoLimits", options: { retention: 2, targets: [6, 3, 4, 5], editionDefaults: [{ value: "LEGACY_NO_EXPLICIT_LIMITS", edition: 900 }, { value: "PROTO_LIMITS2026", edition: 1002 }] } }], nestedType: [{ name: "VisibilityFeature", enumType: [{ name: "DefaultSymbolVisibility", value: [{ name: "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", number: 0 }, { name: "EXPORT_ALL", number: 1 }, { name: "EXPORT_TOP_LEVEL", number: 2 }, { name: "LOCAL_ALL", number: 3 }, { name: "STRICT", number: 4 }] }] }, { name: "ProtoLimitsFeature", enumType: [{ name: "EnforceProtoLimits", value: [{ name: "PROTO_LIMITS_UNKNOWN", number: 0 }, { name: "LEGACY_NO_EXPLICIT_LIMITS", number: 1 }, { name: "PROTO_LIMITS2026", number: 2 }] }] }], enumType: [{ name: "FieldPresence", value: [{ name: "FIELD_PRESENCE_UNKNOWN", number: 0 }, { name: "EXPLICIT", number: 1 }, { name: "IMPLICIT", number: 2 }, { name: "LEGACY_REQUIRED", number: 3 }] }, { name: "EnumType", value: [{ name: "ENUM_TYPE_UNKNOWN", number: 0 }, { name: "OPEN", number: 1 }, { name: "CLOSED", number: 2 }] }, { name: "RepeatedFieldEncoding", value: [{ name: "REPEATED_FIELD_ENCODING_UNKNOWN", number: 0 }, { name: "PACKED", number: 1 }, { name: "EXPANDED", number: 2 }] }, { name: "Utf8Validation", value: [{ name: "UTF8_VALIDATION_UNKNOWN", number: 0 }, { name: "VERIFY", number: 2 }, { name: "NONE", number: 3 }] }, { name: "MessageEncoding", value: [{ name: "MESSAGE_ENCODING_UNKNOWN", number: 0 }, { name: "LENGTH_PREFIXED", number: 1 }, { name: "DELIMITED", number: 2 }] }, { name: "JsonFormat", value: [{ name: "JSON_FORMAT_UNKNOWN", number: 0 }, { name: "ALLOW", number: 1 }, { name: "LEGACY_BEST_EFFORT", number: 2 }] }, { name: "EnforceNamingStyle", value: [{ name: "ENFORCE_NAMING_STYLE_UNKNOWN", number: 0 }, { name: "STYLE2024", number: 1 }, { name: "STYLE_LEGACY", number: 2 }, { name: "STYLE2026", number: 3 }] }], extensionRange: [{ start: 1e3, end: 9995 }, { start: 9995, end: 1e4 }, { start: 1e4, end: 10001 }] }, { name: "FeatureSetDefaults", field: [{ name: "defaults", number: 1, type: 11, label: 3, typeName: ".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault" }, { name: "minimum_edition", number: 4, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "maximum_edition", number: 5, type: 14, label: 1, typeName: ".google.protobuf.Edition" }], nestedType: [{ name: "FeatureSetEditionDefault", field: [{ name: "edition", number: 3, type: 14, label: 1, typeName: ".google.protobuf.Edition" }, { name: "overridable_features", number: 4, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }, { name: "fixed_features", number: 5, type: 11, label: 1, typeName: ".google.protobuf.FeatureSet" }] }] }, { name: "SourceCodeInfo", field: [{ name: "location", number: 1, type: 11, label: 3, typeName: ".google.protobuf.SourceCodeInfo.Location" }], nestedType: [{ name: "Location", field: [{ name: "path", number: 1, type: 5, label: 3, options: { packed: !0 } }, { name: "span", number: 2, type: 5, label: 3, options: { packed: !0 } }, { name: "leading_comments", number: 3, type: 9, label: 1 }, { name: "trailing_comments", number: 4, type: 9, label: 1 }, { name: "leading_detached_comments", number: 6, type: 9, label: 3 }] }], extensionRange: [{ start: 536e6, end: 536000001 }] }, { name: "GeneratedCodeInfo", field: [{ name: "annotation", number: 1, type: 11, label: 3, typeName: ".google.protobuf.GeneratedCodeInfo.Annotation" }], nestedType: [{ name: "Annotation", field: [{ name: "path", number: 1, type: 5, label: 3, options: { packed: !0 } }, { name: "source_file", number: 2, type: 9, label: 1 }, { name: "begin", number: 3, type: 5, label: 1 }, { name: "end", number: 4, type: 5, label: 1 }, { name: "semantic", number: 5, type: 14, label: 1, typeName: ".google.protobuf.GeneratedCodeInfo.Annotation.Semantic" }], enumType: [{ name: "Semantic", value: [{ name: "NONE", number: 0 }, { name: "SET", number: 1 }, { name: "ALIAS", number: 2 }] }] }] }], enumType: [{ name: "Edition", value: [{ name: "EDITION_UNKNOWN", number: 0 }, { name: "EDITION_LEGACY", number: 900 }, { name: "EDITION_PROTO2", number: 998 }, { name: "EDITION_PROTO3", number: 999 }, { name: "EDITION_2023", number: 1e3 }, { name: "EDITION_2024", number: 1001 }, { name: "EDITION_2026", number: 1002 }, { name: "EDITION_UNSTABLE", number: 9999 }, { name: "EDITION_1_TEST_ONLY", number: 1 }, { name: "EDITION_2_TEST_ONLY", number: 2 }, { name: "EDITION_99997_TEST_ONLY", number: 99997 }, { name: "EDITION_99998_TEST_ONLY", number: 99998 }, { name: "EDITION_99999_TEST_ONLY", number: 99999 }, { name: "EDITION_MAX", number: 2147483647 }] }, { name: "SymbolVisibility", value: [{ name: "VISIBILITY_UNSET", number: 0 }, { name: "VISIBILITY_LOCAL", number: 1 }, { name: "VISIBILITY_EXPORT", number: 2 }] }] });
var FileDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 1);
var ExtensionRangeOptions_VerificationState;
(function(ExtensionRangeOptions_VerificationState2) {
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2.DECLARATION = 0] = "DECLARATION", ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2.UNVERIFIED = 1] = "UNVERIFIED";
})(ExtensionRangeOptions_VerificationState || (ExtensionRangeOptions_VerificationState = {}));
var FieldDescriptorProto_Type;
(function(FieldDescriptorProto_Type2) {
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.DOUBLE = 1] = "DOUBLE", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.FLOAT = 2] = "FLOAT", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.INT64 = 3] = "INT64", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.UINT64 = 4] = "UINT64", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.INT32 = 5] = "INT32", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.FIXED64 = 6] = "FIXED64", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.FIXED32 = 7] = "FIXED32", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.BOOL = 8] = "BOOL", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.STRING = 9] = "STRING", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.GROUP = 10] = "GROUP", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.MESSAGE = 11] = "MESSAGE", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.BYTES = 12] = "BYTES", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.UINT32 = 13] = "UINT32", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.ENUM = 14] = "ENUM", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.SFIXED32 = 15] = "SFIXED32", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.SFIXED64 = 16] = "SFIXED64", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.SINT32 = 17] = "SINT32", FieldDescriptorProto_Type2[FieldDescriptorProto_Type2.SINT64 = 18] = "SINT64";
})(FieldDescriptorProto_Type || (FieldDescriptorProto_Type = {}));
var FieldDescriptorProto_Label;
(function(FieldDescriptorProto_Label2) {
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2.OPTIONAL = 1] = "OPTIONAL", FieldDescriptorProto_Label2[FieldDescriptorProto_Label2.REPEATED = 3] = "REPEATED", FieldDescriptorProto_Label2[FieldDescriptorProto_Label2.REQUIRED = 2] = "REQUIRED";
})(FieldDescriptorProto_Label || (FieldDescriptorProto_Label = {}));
var FileOptions_OptimizeMode;
(function(FileOptions_OptimizeMode2) {
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2.SPEED = 1] = "SPEED", FileOptions_OptimizeMode2[FileOptions_OptimizeMode2.CODE_SIZE = 2] = "CODE_SIZE", FileOptions_OptimizeMode2[FileOptions_OptimizeMode2.LITE_RUNTIME = 3] = "LITE_RUNTIME";
})(FileOptions_OptimizeMode || (FileOptions_OptimizeMode = {}));
var FieldOptions_CType;
(function(FieldOptions_CType2) {
  FieldOptions_CType2[FieldOptions_CType2.STRING = 0] = "STRING", FieldOptions_CType2[FieldOptions_CType2.CORD = 1] = "CORD", FieldOptions_CType2[FieldOptions_CType2.STRING_PIECE = 2] = "STRING_PIECE";
})(FieldOptions_CType || (FieldOptions_CType = {}));
var FieldOptions_JSType;
(function(FieldOptions_JSType2) {
  FieldOptions_JSType2[FieldOptions_JSType2.JS_NORMAL = 0] = "JS_NORMAL", FieldOptions_JSType2[FieldOptions_JSType2.JS_STRING = 1] = "JS_STRING", FieldOptions_JSType2[FieldOptions_JSType2.JS_NUMBER = 2] = "JS_NUMBER";
})(FieldOptions_JSType || (FieldOptions_JSType = {}));
var FieldOptions_OptionRetention;
(function(FieldOptions_OptionRetention2) {
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2.RETENTION_UNKNOWN = 0] = "RETENTION_UNKNOWN", FieldOptions_OptionRetention2[FieldOptions_OptionRetention2.RETENTION_RUNTIME = 1] = "RETENTION_RUNTIME", FieldOptions_OptionRetention2[FieldOptions_OptionRetention2.RETENTION_SOURCE = 2] = "RETENTION_SOURCE";
})(FieldOptions_OptionRetention || (FieldOptions_OptionRetention = {}));
var FieldOptions_OptionTargetType;
(function(FieldOptions_OptionTargetType2) {
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_UNKNOWN = 0] = "TARGET_TYPE_UNKNOWN", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_FILE = 1] = "TARGET_TYPE_FILE", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_EXTENSION_RANGE = 2] = "TARGET_TYPE_EXTENSION_RANGE", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_MESSAGE = 3] = "TARGET_TYPE_MESSAGE", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_FIELD = 4] = "TARGET_TYPE_FIELD", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_ONEOF = 5] = "TARGET_TYPE_ONEOF", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_ENUM = 6] = "TARGET_TYPE_ENUM", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_ENUM_ENTRY = 7] = "TARGET_TYPE_ENUM_ENTRY", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_SERVICE = 8] = "TARGET_TYPE_SERVICE", FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2.TARGET_TYPE_METHOD = 9] = "TARGET_TYPE_METHOD";
})(FieldOptions_OptionTargetType || (FieldOptions_OptionTargetType = {}));
var MethodOptions_IdempotencyLevel;
(function(MethodOptions_IdempotencyLevel2) {
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2.IDEMPOTENCY_UNKNOWN = 0] = "IDEMPOTENCY_UNKNOWN", MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2.NO_SIDE_EFFECTS = 1] = "NO_SIDE_EFFECTS", MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2.IDEMPOTENT = 2] = "IDEMPOTENT";
})(MethodOptions_IdempotencyLevel || (MethodOptions_IdempotencyLevel = {}));
var FeatureSet_VisibilityFeature_DefaultSymbolVisibility;
(function(FeatureSet_VisibilityFeature_DefaultSymbolVisibility2) {
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2.DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = 0] = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2.EXPORT_ALL = 1] = "EXPORT_ALL", FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2.EXPORT_TOP_LEVEL = 2] = "EXPORT_TOP_LEVEL", FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2.LOCAL_ALL = 3] = "LOCAL_ALL", FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2.STRICT = 4] = "STRICT";
})(FeatureSet_VisibilityFeature_DefaultSymbolVisibility || (FeatureSet_VisibilityFeature_DefaultSymbolVisibility = {}));
var FeatureSet_ProtoLimitsFeature_EnforceProtoLimits;
(function(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2) {
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2.PROTO_LIMITS_UNKNOWN = 0] = "PROTO_LIMITS_UNKNOWN", FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2.LEGACY_NO_EXPLICIT_LIMITS = 1] = "LEGACY_NO_EXPLICIT_LIMITS", FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2.PROTO_LIMITS2026 = 2] = "PROTO_LIMITS2026";
})(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits || (FeatureSet_ProtoLimitsFeature_EnforceProtoLimits = {}));
var FeatureSet_FieldPresence;
(function(FeatureSet_FieldPresence2) {
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2.FIELD_PRESENCE_UNKNOWN = 0] = "FIELD_PRESENCE_UNKNOWN", FeatureSet_FieldPresence2[FeatureSet_FieldPresence2.EXPLICIT = 1] = "EXPLICIT", FeatureSet_FieldPresence2[FeatureSet_FieldPresence2.IMPLICIT = 2] = "IMPLICIT", FeatureSet_FieldPresence2[FeatureSet_FieldPresence2.LEGACY_REQUIRED = 3] = "LEGACY_REQUIRED";
})(FeatureSet_FieldPresence || (FeatureSet_FieldPresence = {}));
var FeatureSet_EnumType;
(function(FeatureSet_EnumType2) {
  FeatureSet_EnumType2[FeatureSet_EnumType2.ENUM_TYPE_UNKNOWN = 0] = "ENUM_TYPE_UNKNOWN", FeatureSet_EnumType2[FeatureSet_EnumType2.OPEN = 1] = "OPEN", FeatureSet_EnumType2[FeatureSet_EnumType2.CLOSED = 2] = "CLOSED";
})(FeatureSet_EnumType || (FeatureSet_EnumType = {}));
var FeatureSet_RepeatedFieldEncoding;
(function(FeatureSet_RepeatedFieldEncoding2) {
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2.REPEATED_FIELD_ENCODING_UNKNOWN = 0] = "REPEATED_FIELD_ENCODING_UNKNOWN", FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2.PACKED = 1] = "PACKED", FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2.EXPANDED = 2] = "EXPANDED";
})(FeatureSet_RepeatedFieldEncoding || (FeatureSet_RepeatedFieldEncoding = {}));
var FeatureSet_Utf8Validation;
(function(FeatureSet_Utf8Validation2) {
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2.UTF8_VALIDATION_UNKNOWN = 0] = "UTF8_VALIDATION_UNKNOWN", FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2.VERIFY = 2] = "VERIFY", FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2.NONE = 3] = "NONE";
})(FeatureSet_Utf8Validation || (FeatureSet_Utf8Validation = {}));
var FeatureSet_MessageEncoding;
(function(FeatureSet_MessageEncoding2) {
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2.MESSAGE_ENCODING_UNKNOWN = 0] = "MESSAGE_ENCODING_UNKNOWN", FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2.LENGTH_PREFIXED = 1] = "LENGTH_PREFIXED", FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2.DELIMITED = 2] = "DELIMITED";
})(FeatureSet_MessageEncoding || (FeatureSet_MessageEncoding = {}));
var FeatureSet_JsonFormat;
(function(FeatureSet_JsonFormat2) {
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2.JSON_FORMAT_UNKNOWN = 0] = "JSON_FORMAT_UNKNOWN", FeatureSet_JsonFormat2[FeatureSet_JsonFormat2.ALLOW = 1] = "ALLOW", FeatureSet_JsonFormat2[FeatureSet_JsonFormat2.LEGACY_BEST_EFFORT = 2] = "LEGACY_BEST_EFFORT";
})(FeatureSet_JsonFormat || (FeatureSet_JsonFormat = {}));
var FeatureSet_EnforceNamingStyle;
(function(FeatureSet_EnforceNamingStyle2) {
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2.ENFORCE_NAMING_STYLE_UNKNOWN = 0] = "ENFORCE_NAMING_STYLE_UNKNOWN", FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2.STYLE2024 = 1] = "STYLE2024", FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2.STYLE_LEGACY = 2] = "STYLE_LEGACY", FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2.STYLE2026 = 3] = "STYLE2026";
})(FeatureSet_EnforceNamingStyle || (FeatureSet_EnforceNamingStyle = {}));
var GeneratedCodeInfo_Annotation_Semantic;
(function(GeneratedCodeInfo_Annotation_Semantic2) {
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2.NONE = 0] = "NONE", GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2.SET = 1] = "SET", GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2.ALIAS = 2] = "ALIAS";
})(GeneratedCodeInfo_Annotation_Semantic || (GeneratedCodeInfo_Annotation_Semantic = {}));
var Edition;
(function(Edition2) {
  Edition2[Edition2.EDITION_UNKNOWN = 0] = "EDITION_UNKNOWN", Edition2[Edition2.EDITION_LEGACY = 900] = "EDITION_LEGACY", Edition2[Edition2.EDITION_PROTO2 = 998] = "EDITION_PROTO2", Edition2[Edition2.EDITION_PROTO3 = 999] = "EDITION_PROTO3", Edition2[Edition2.EDITION_2023 = 1e3] = "EDITION_2023", Edition2[Edition2.EDITION_2024 = 1001] = "EDITION_2024", Edition2[Edition2.EDITION_2026 = 1002] = "EDITION_2026", Edition2[Edition2.EDITION_UNSTABLE = 9999] = "EDITION_UNSTABLE", Edition2[Edition2.EDITION_1_TEST_ONLY = 1] = "EDITION_1_TEST_ONLY", Edition2[Edition2.EDITION_2_TEST_ONLY = 2] = "EDITION_2_TEST_ONLY", Edition2[Edition2.EDITION_99997_TEST_ONLY = 99997] = "EDITION_99997_TEST_ONLY", Edition2[Edition2.EDITION_99998_TEST_ONLY = 99998] = "EDITION_99998_TEST_ONLY", Edition2[Edition2.EDITION_99999_TEST_ONLY = 99999] = "EDITION_99999_TEST_ONLY", Edition2[Edition2.EDITION_MAX = 2147483647] = "EDITION_MAX";
})(Edition || (Edition = {}));
var SymbolVisibility;
(function(SymbolVisibility2) {
  SymbolVisibility2[SymbolVisibility2.VISIBILITY_UNSET = 0] = "VISIBILITY_UNSET", SymbolVisibility2[SymbolVisibility2.VISIBILITY_LOCAL = 1] = "VISIBILITY_LOCAL", SymbolVisibility2[SymbolVisibility2.VISIBILITY_EXPORT = 2] = "VISIBILITY_EXPORT";
})(SymbolVisibility || (SymbolVisibility = {}));

// node_modules/@bufbuild/protobuf/dist/esm/from-binary.js
function makeReadContext(options) {
  return Object.assign(Object.assign({ readUnknownFields: !0, recursionLimit: 100 }, options), { depth: 0 });
}
function fromBinary(schema, bytes, options) {
  let message = create(schema);
  return compiledReader(schema).read(message, new BinaryReader(bytes), makeReadContext(options), bytes.byteLength), message;
}
var compiledReaders = /* @__PURE__ */ new WeakMap();
function compiledReader(desc) {
  let compiled = compiledReaders.get(desc);
  return compiled === void 0 && (compiled = compileMessage(desc)), compiled;
}
function compileMessage(desc) {
  let descString = String(desc), fieldReaders = /* @__PURE__ */ new Map(), compiled = {
    read: compileMessageReader(descString, fieldReaders),
    readGroup: compileGroupReader(descString, fieldReaders)
  };
  compiledReaders.set(desc, compiled);
  for (let field of desc.fields)
    fieldReaders.set(field.number, compileFieldReader(field));
  return compiled;
}
function compileMessageReader(descString, fieldReaders) {
  return (message, reader, ctx, length) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit)
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    let end = reader.pos + length, unknownFields = (_a = message.$unknown) !== null && _a !== void 0 ? _a : [];
    for (; reader.pos < end; ) {
      let [fieldNo, wireType] = reader.tag(), fieldReader = fieldReaders.get(fieldNo);
      if (fieldReader === void 0) {
        let data = reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
        ctx.readUnknownFields && unknownFields.push({ no: fieldNo, wireType, data });
        continue;
      }
      fieldReader(message, reader, ctx, wireType);
    }
    unknownFields.length > 0 && (message.$unknown = unknownFields), ctx.depth--;
  };
}
function compileGroupReader(descString, fieldReaders) {
  return (message, reader, ctx, fieldNo) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit)
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    let recordFieldNo, wireType, unknownFields = (_a = message.$unknown) !== null && _a !== void 0 ? _a : [];
    for (; reader.pos < reader.len && ([recordFieldNo, wireType] = reader.tag(), wireType != WireType.EndGroup); ) {
      let fieldReader = fieldReaders.get(recordFieldNo);
      if (fieldReader === void 0) {
        let data = reader.skip(wireType, recordFieldNo, ctx.recursionLimit - ctx.depth);
        ctx.readUnknownFields && unknownFields.push({ no: recordFieldNo, wireType, data });
        continue;
      }
      fieldReader(message, reader, ctx, wireType);
    }
    if (wireType != WireType.EndGroup || recordFieldNo !== fieldNo)
      throw new Error("invalid end group tag");
    unknownFields.length > 0 && (message.$unknown = unknownFields), ctx.depth--;
  };
}
function readField(message, reader, field, wireType, ctx) {
  compileFieldReader(field)(message[unsafeLocal], reader, ctx, wireType);
}
function compileFieldReader(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarFieldReader(field);
    case "enum":
      return compileEnumFieldReader(field);
    case "message":
      return compileMessageFieldReader(field);
    case "list":
      return compileListFieldReader(field);
    case "map":
      return compileMapFieldReader(field);
  }
}
function compileScalarFieldReader(field) {
  let readScalar = compileScalarReader(field.scalar, field.utf8Validation, field.longAsString), localName = field.localName;
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (message, reader) => {
      message[oneofLocalName] = {
        case: localName,
        value: readScalar(reader)
      };
    };
  }
  return (message, reader) => {
    message[localName] = readScalar(reader);
  };
}
function compileEnumFieldReader(field) {
  var _a;
  let localName = field.localName, oneofLocalName = (_a = field.oneof) === null || _a === void 0 ? void 0 : _a.localName;
  if (field.enum.open)
    return oneofLocalName !== void 0 ? (message, reader) => {
      message[oneofLocalName] = { case: localName, value: reader.int32() };
    } : (message, reader) => {
      message[localName] = reader.int32();
    };
  let values = field.enum.values, fieldNo = field.number;
  return (message, reader, ctx, wireType) => {
    var _a2;
    let val = reader.int32();
    if (values.some((v) => v.number === val))
      oneofLocalName !== void 0 ? message[oneofLocalName] = { case: localName, value: val } : message[localName] = val;
    else if (ctx.readUnknownFields) {
      let bytes = [];
      varint32write(val, bytes);
      let unknownFields = (_a2 = message.$unknown) !== null && _a2 !== void 0 ? _a2 : [];
      unknownFields.push({
        no: fieldNo,
        wireType,
        data: new Uint8Array(bytes)
      }), message.$unknown = unknownFields;
    }
  };
}
function compileMessageFieldReader(field) {
  let localName = field.localName, { toMessage, toLocal } = localMessageMapper(field), readChild = compileChildReader(field);
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (message, reader, ctx) => {
      let oneof = message[oneofLocalName], child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, reader, ctx), message[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message, reader, ctx) => {
    let child = toMessage(message[localName]);
    readChild(child, reader, ctx), message[localName] = toLocal(child);
  };
}
function compileChildReader(field) {
  let compiledChild = compiledReader(field.message);
  if (field.delimitedEncoding) {
    let fieldNo = field.number;
    return (child, reader, ctx) => compiledChild.readGroup(child, reader, ctx, fieldNo);
  }
  return (child, reader, ctx) => compiledChild.read(child, reader, ctx, reader.uint32());
}
function compileListFieldReader(field) {
  let localName = field.localName;
  if (field.listKind == "message") {
    let { toMessage, toLocal } = localMessageMapper(field), readChild = compileChildReader(field);
    return (message, reader, ctx) => {
      let child = toMessage(void 0);
      readChild(child, reader, ctx), message[localName].push(toLocal(child));
    };
  }
  let scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar, longAsString = field.listKind == "scalar" ? field.longAsString : !1, readScalar = compileScalarReader(scalarType, field.utf8Validation, longAsString), packedPossible = scalarType != ScalarType.STRING && scalarType != ScalarType.BYTES;
  return (message, reader, ctx, wireType) => {
    let items = message[localName];
    if (wireType == WireType.LengthDelimited && packedPossible) {
      let end = reader.uint32() + reader.pos;
      for (; reader.pos < end; )
        items.push(readScalar(reader));
    } else
      items.push(readScalar(reader));
  };
}
function compileMapFieldReader(field) {
  let localName = field.localName, readKey = compileScalarReader(field.mapKey, field.utf8Validation, !1), keyZero = scalarZeroValue(field.mapKey, !1), readValue, valueDefault;
  switch (field.mapKind) {
    case "scalar": {
      let scalar = field.scalar, readScalar = compileScalarReader(scalar, field.utf8Validation, !1);
      if (readValue = (reader) => readScalar(reader), scalar == ScalarType.BYTES)
        valueDefault = () => new Uint8Array(0);
      else {
        let zero = scalarZeroValue(scalar, !1);
        valueDefault = () => zero;
      }
      break;
    }
    case "enum": {
      let zero = field.enum.values[0].number;
      readValue = (reader) => reader.int32(), valueDefault = () => zero;
      break;
    }
    case "message": {
      let { toMessage, toLocal } = localMessageMapper(field), readChild = compiledReader(field.message).read;
      readValue = (reader, ctx, existing) => {
        let child = toMessage(existing);
        return readChild(child, reader, ctx, reader.uint32()), toLocal(child);
      }, valueDefault = () => toLocal(toMessage(void 0));
      break;
    }
  }
  return (message, reader, ctx) => {
    let record = message[localName], key, val, len = reader.uint32(), end = reader.pos + len;
    for (; reader.pos < end; ) {
      let [fieldNo, wireType] = reader.tag();
      switch (fieldNo) {
        case 1:
          key = readKey(reader);
          break;
        case 2:
          val = readValue(reader, ctx, val);
          break;
        default:
          reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
      }
    }
    key === void 0 && (key = keyZero), val === void 0 && (val = valueDefault()), setOwn(record, key, val);
  };
}
function compileScalarReader(type, utf8Validation, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return (reader) => reader.string(utf8Validation);
    case ScalarType.BOOL:
      return (reader) => reader.bool();
    case ScalarType.DOUBLE:
      return (reader) => reader.double();
    case ScalarType.FLOAT:
      return (reader) => reader.float();
    case ScalarType.INT32:
      return (reader) => reader.int32();
    case ScalarType.INT64:
      return longAsString ? (reader) => String(reader.int64()) : (reader) => reader.int64();
    case ScalarType.UINT64:
      return longAsString ? (reader) => String(reader.uint64()) : (reader) => reader.uint64();
    case ScalarType.FIXED64:
      return longAsString ? (reader) => String(reader.fixed64()) : (reader) => reader.fixed64();
    case ScalarType.BYTES:
      return (reader) => reader.bytes();
    case ScalarType.FIXED32:
      return (reader) => reader.fixed32();
    case ScalarType.SFIXED32:
      return (reader) => reader.sfixed32();
    case ScalarType.SFIXED64:
      return longAsString ? (reader) => String(reader.sfixed64()) : (reader) => reader.sfixed64();
    case ScalarType.SINT64:
      return longAsString ? (reader) => String(reader.sint64()) : (reader) => reader.sint64();
    case ScalarType.UINT32:
      return (reader) => reader.uint32();
    case ScalarType.SINT32:
      return (reader) => reader.sint32();
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/file.js
function fileDesc(b64, imports) {
  var _a;
  let root = fromBinary(FileDescriptorProtoSchema, base64Decode(b64));
  return root.messageType.forEach(restoreJsonNames), root.dependency = (_a = imports?.map((f) => f.proto.name)) !== null && _a !== void 0 ? _a : [], createEmbeddedFileRegistry(root, (protoFileName) => imports?.find((f) => f.proto.name === protoFileName)).getFile(root.name);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/timestamp_pb.js
var file_google_protobuf_timestamp = /* @__PURE__ */ fileDesc("Ch9nb29nbGUvcHJvdG9idWYvdGltZXN0YW1wLnByb3RvEg9nb29nbGUucHJvdG9idWYiKwoJVGltZXN0YW1wEg8KB3NlY29uZHMYASABKAMSDQoFbmFub3MYAiABKAVChQEKE2NvbS5nb29nbGUucHJvdG9idWZCDlRpbWVzdGFtcFByb3RvUAFaMmdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL3RpbWVzdGFtcHBi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM"), TimestampSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_timestamp, 0);

// node_modules/@bufbuild/protobuf/dist/esm/wkt/timestamp.js
function timestampDate(timestamp) {
  return new Date(timestampMs(timestamp));
}
function timestampFromMs(timestampMs2) {
  let seconds = Math.floor(timestampMs2 / 1e3);
  return create(TimestampSchema, {
    seconds: protoInt64.parse(seconds),
    nanos: (timestampMs2 - seconds * 1e3) * 1e6
  });
}
function timestampMs(timestamp) {
  return Number(timestamp.seconds) * 1e3 + Math.round(timestamp.nanos / 1e6);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/duration_pb.js
var file_google_protobuf_duration = /* @__PURE__ */ fileDesc("Ch5nb29nbGUvcHJvdG9idWYvZHVyYXRpb24ucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIqCghEdXJhdGlvbhIPCgdzZWNvbmRzGAEgASgDEg0KBW5hbm9zGAIgASgFQoMBChNjb20uZ29vZ2xlLnByb3RvYnVmQg1EdXJhdGlvblByb3RvUAFaMWdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2R1cmF0aW9ucGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw"), DurationSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_duration, 0);

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/any_pb.js
var file_google_protobuf_any = /* @__PURE__ */ fileDesc("Chlnb29nbGUvcHJvdG9idWYvYW55LnByb3RvEg9nb29nbGUucHJvdG9idWYiJgoDQW55EhAKCHR5cGVfdXJsGAEgASgJEg0KBXZhbHVlGAIgASgMQnYKE2NvbS5nb29nbGUucHJvdG9idWZCCEFueVByb3RvUAFaLGdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2FueXBiogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM"), AnySchema = /* @__PURE__ */ messageDesc(file_google_protobuf_any, 0);

// node_modules/@bufbuild/protobuf/dist/esm/to-binary.js
var IMPLICIT4 = 2, LEGACY_REQUIRED2 = 3, writeDefaults = {
  writeUnknownFields: !0
};
function makeWriteOptions(options) {
  return options ? Object.assign(Object.assign({}, writeDefaults), options) : writeDefaults;
}
function toBinary(schema, message, options) {
  let writer = new BinaryWriter();
  return compiledWriter(schema)(writer, makeWriteOptions(options), message), writer.finish();
}
var compiledWriters = /* @__PURE__ */ new WeakMap();
function compiledWriter(desc) {
  let compiled = compiledWriters.get(desc);
  return compiled === void 0 && (compiled = compileMessage2(desc)), compiled;
}
function compileMessage2(desc) {
  let typeName = desc.typeName, sortedFields = desc.fields.concat().sort((a, b) => a.number - b.number), foreignField = sortedFields[0], fieldWriters = [], compiled = (writer, opts, message) => {
    if (message.$typeName !== typeName && foreignField !== void 0)
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message.$typeName}`, "ForeignFieldError");
    for (let i = 0; i < fieldWriters.length; i++)
      fieldWriters[i](writer, opts, message);
    let unknown = message.$unknown;
    if (unknown !== void 0 && opts.writeUnknownFields)
      for (let i = 0; i < unknown.length; i++) {
        let { no, wireType, data } = unknown[i];
        writer.tag(no, wireType).raw(data);
      }
  };
  compiledWriters.set(desc, compiled);
  for (let field of sortedFields)
    fieldWriters.push(compileField(field));
  return compiled;
}
function compileField(field) {
  switch (field.fieldKind) {
    case "message":
    case "scalar":
    case "enum":
      return compileSingularField(field);
    case "list":
      return compileListField(field);
    case "map":
      return compileMapField(field);
  }
}
function compileSingularField(field) {
  let writeValue = compileSingularValue(field), localName = field.localName;
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (writer, opts, message) => {
      let oneof = message[oneofLocalName];
      oneof.case === localName && writeValue(writer, opts, oneof.value);
    };
  }
  if (field.presence != IMPLICIT4) {
    let requiredError = field.presence == LEGACY_REQUIRED2 ? `cannot encode ${field} to binary: required field not set` : void 0;
    return (writer, opts, message) => {
      let value = message[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message, localName))
        writeValue(writer, opts, value);
      else if (requiredError !== void 0)
        throw new Error(requiredError);
    };
  }
  if (field.fieldKind == "enum") {
    let zero = field.enum.values[0].number;
    return (writer, opts, message) => {
      let value = message[localName];
      value !== zero && writeValue(writer, opts, value);
    };
  }
  switch (field.scalar) {
    case ScalarType.BOOL:
      return (writer, opts, message) => {
        let value = message[localName];
        value !== !1 && writeValue(writer, opts, value);
      };
    case ScalarType.STRING:
      return (writer, opts, message) => {
        let value = message[localName];
        value !== "" && writeValue(writer, opts, value);
      };
    case ScalarType.BYTES:
      return (writer, opts, message) => {
        let value = message[localName];
        (!(value instanceof Uint8Array) || value.byteLength > 0) && writeValue(writer, opts, value);
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (writer, opts, message) => {
        let value = message[localName];
        Object.is(value, 0) || writeValue(writer, opts, value);
      };
    default:
      return (writer, opts, message) => {
        let value = message[localName];
        value != 0 && writeValue(writer, opts, value);
      };
  }
}
function compileSingularValue(field) {
  switch (field.fieldKind) {
    case "message": {
      let { toMessage } = localMessageMapper(field), writeChild = compileChildWriter(field);
      return (writer, opts, value) => {
        writeChild(writer, opts, toMessage(value));
      };
    }
    case "scalar":
    case "enum": {
      let scalarType = field.fieldKind == "enum" ? ScalarType.INT32 : field.scalar, fieldNo = field.number, wireType = writeTypeOfScalar(scalarType), writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      return (writer, opts, value) => {
        writer.tag(fieldNo, wireType), writeScalar(writer, value);
      };
    }
  }
}
function compileListField(field) {
  let localName = field.localName, fieldNo = field.number;
  switch (field.listKind) {
    case "message": {
      let { toMessage } = localMessageMapper(field), writeChild = compileChildWriter(field);
      return (writer, opts, message) => {
        let items = message[localName];
        for (let i = 0; i < items.length; i++)
          writeChild(writer, opts, toMessage(items[i]));
      };
    }
    case "scalar":
    case "enum": {
      let scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar, writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      if (field.packed)
        return (writer, opts, message) => {
          let items = message[localName];
          if (items.length != 0) {
            writer.tag(fieldNo, WireType.LengthDelimited).fork();
            for (let i = 0; i < items.length; i++)
              writeScalar(writer, items[i]);
            writer.join();
          }
        };
      let wireType = writeTypeOfScalar(scalarType);
      return (writer, opts, message) => {
        let items = message[localName];
        for (let i = 0; i < items.length; i++)
          writer.tag(fieldNo, wireType), writeScalar(writer, items[i]);
      };
    }
  }
}
function compileMapField(field) {
  let localName = field.localName, fieldNo = field.number, writeKey = compileMapKey(field);
  if (field.mapKind == "message") {
    let { toMessage } = localMessageMapper(field), writeMessage = compiledWriter(field.message);
    return (writer, opts, message) => {
      let record = message[localName], keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        let key = keys[i];
        writer.tag(fieldNo, WireType.LengthDelimited).fork(), writeKey(writer, key), writer.tag(2, WireType.LengthDelimited).fork(), writeMessage(writer, opts, toMessage(record[key])), writer.join(), writer.join();
      }
    };
  }
  let scalarType = field.mapKind == "enum" ? ScalarType.INT32 : field.scalar, valueWireType = writeTypeOfScalar(scalarType), writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
  return (writer, opts, message) => {
    let record = message[localName], keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i];
      writer.tag(fieldNo, WireType.LengthDelimited).fork(), writeKey(writer, key), writer.tag(2, valueWireType), writeScalar(writer, record[key]), writer.join();
    }
  };
}
function compileMapKey(field) {
  let wireType = writeTypeOfScalar(field.mapKey), writeScalar = compileScalarValue(field.mapKey, field.parent.typeName, field.name), convertKey = compileMapKeyConverter(field.mapKey);
  return (writer, key) => {
    writer.tag(1, wireType), writeScalar(writer, convertKey(key));
  };
}
function compileMapKeyConverter(type) {
  switch (type) {
    case ScalarType.STRING:
      return (key) => key;
    case ScalarType.BOOL:
      return (key) => key === "true" ? !0 : key === "false" ? !1 : key;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (key) => {
        try {
          return protoInt64.uParse(key);
        } catch {
          return key;
        }
      };
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (key) => {
        try {
          return protoInt64.parse(key);
        } catch {
          return key;
        }
      };
    default:
      return (key) => {
        let n = Number.parseInt(key);
        return Number.isFinite(n) ? n : key;
      };
  }
}
function compileScalarValue(type, messageName, fieldName) {
  let writeScalar = compileScalarWrite(type);
  return (writer, value) => {
    try {
      writeScalar(writer, value);
    } catch (e) {
      throw e instanceof Error ? new Error(`cannot encode field ${messageName}.${fieldName} to binary: ${e.message}`) : e;
    }
  };
}
function compileScalarWrite(type) {
  switch (type) {
    case ScalarType.STRING:
      return (writer, value) => writer.string(value);
    case ScalarType.BOOL:
      return (writer, value) => writer.bool(value);
    case ScalarType.DOUBLE:
      return (writer, value) => writer.double(value);
    case ScalarType.FLOAT:
      return (writer, value) => writer.float(value);
    case ScalarType.INT32:
      return (writer, value) => writer.int32(value);
    case ScalarType.INT64:
      return (writer, value) => writer.int64(value);
    case ScalarType.UINT64:
      return (writer, value) => writer.uint64(value);
    case ScalarType.FIXED64:
      return (writer, value) => writer.fixed64(value);
    case ScalarType.BYTES:
      return (writer, value) => writer.bytes(value);
    case ScalarType.FIXED32:
      return (writer, value) => writer.fixed32(value);
    case ScalarType.SFIXED32:
      return (writer, value) => writer.sfixed32(value);
    case ScalarType.SFIXED64:
      return (writer, value) => writer.sfixed64(value);
    case ScalarType.SINT64:
      return (writer, value) => writer.sint64(value);
    case ScalarType.UINT32:
      return (writer, value) => writer.uint32(value);
    case ScalarType.SINT32:
      return (writer, value) => writer.sint32(value);
  }
}
function writeField(writer, opts, msg, field) {
  compileField(field)(writer, opts, msg[unsafeLocal]);
}
function compileChildWriter(field) {
  let fieldNo = field.number, writeMessage = compiledWriter(field.message);
  return field.delimitedEncoding ? (writer, opts, child) => {
    writer.tag(fieldNo, WireType.StartGroup), writeMessage(writer, opts, child), writer.tag(fieldNo, WireType.EndGroup);
  } : (writer, opts, child) => {
    writer.tag(fieldNo, WireType.LengthDelimited).fork(), writeMessage(writer, opts, child), writer.join();
  };
}
function writeTypeOfScalar(type) {
  switch (type) {
    case ScalarType.BYTES:
    case ScalarType.STRING:
      return WireType.LengthDelimited;
    case ScalarType.DOUBLE:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return WireType.Bit64;
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.FLOAT:
      return WireType.Bit32;
    default:
      return WireType.Varint;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/any.js
function anyPack(schema, message, into) {
  let ret = !1;
  return into || (into = create(AnySchema), ret = !0), into.value = toBinary(schema, message), into.typeUrl = typeNameToUrl(message.$typeName), ret ? into : void 0;
}
function anyIs(any, descOrTypeName) {
  if (any.typeUrl === "")
    return !1;
  let want = typeof descOrTypeName == "string" ? descOrTypeName : descOrTypeName.typeName, got = typeUrlToName(any.typeUrl);
  return want === got;
}
function anyUnpack(any, registryOrMessageDesc) {
  if (any.typeUrl === "")
    return;
  let desc = registryOrMessageDesc.kind == "message" ? registryOrMessageDesc : registryOrMessageDesc.getMessage(typeUrlToName(any.typeUrl));
  if (!(!desc || !anyIs(any, desc)))
    return fromBinary(desc, any.value);
}
function typeNameToUrl(name) {
  return `type.googleapis.com/${name}`;
}
function typeUrlToName(url) {
  let slash = url.lastIndexOf("/"), name = slash >= 0 ? url.substring(slash + 1) : url;
  if (!name.length)
    throw new Error(`invalid type url: ${url}`);
  return name;
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/empty_pb.js
var file_google_protobuf_empty = /* @__PURE__ */ fileDesc("Chtnb29nbGUvcHJvdG9idWYvZW1wdHkucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIHCgVFbXB0eUJ9ChNjb20uZ29vZ2xlLnByb3RvYnVmQgpFbXB0eVByb3RvUAFaLmdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2VtcHR5cGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/struct_pb.js
var file_google_protobuf_struct = /* @__PURE__ */ fileDesc("Chxnb29nbGUvcHJvdG9idWYvc3RydWN0LnByb3RvEg9nb29nbGUucHJvdG9idWYihAEKBlN0cnVjdBIzCgZmaWVsZHMYASADKAsyIy5nb29nbGUucHJvdG9idWYuU3RydWN0LkZpZWxkc0VudHJ5GkUKC0ZpZWxkc0VudHJ5EgsKA2tleRgBIAEoCRIlCgV2YWx1ZRgCIAEoCzIWLmdvb2dsZS5wcm90b2J1Zi5WYWx1ZToCOAEi6gEKBVZhbHVlEjAKCm51bGxfdmFsdWUYASABKA4yGi5nb29nbGUucHJvdG9idWYuTnVsbFZhbHVlSAASFgoMbnVtYmVyX3ZhbHVlGAIgASgBSAASFgoMc3RyaW5nX3ZhbHVlGAMgASgJSAASFAoKYm9vbF92YWx1ZRgEIAEoCEgAEi8KDHN0cnVjdF92YWx1ZRgFIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3RIABIwCgpsaXN0X3ZhbHVlGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLkxpc3RWYWx1ZUgAQgYKBGtpbmQiMwoJTGlzdFZhbHVlEiYKBnZhbHVlcxgBIAMoCzIWLmdvb2dsZS5wcm90b2J1Zi5WYWx1ZSobCglOdWxsVmFsdWUSDgoKTlVMTF9WQUxVRRAAQn8KE2NvbS5nb29nbGUucHJvdG9idWZCC1N0cnVjdFByb3RvUAFaL2dvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL3N0cnVjdHBi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM"), StructSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 0), ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 1), ListValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 2), NullValue;
(function(NullValue2) {
  NullValue2[NullValue2.NULL_VALUE = 0] = "NULL_VALUE";
})(NullValue || (NullValue = {}));

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/wrappers_pb.js
var file_google_protobuf_wrappers = /* @__PURE__ */ fileDesc("Ch5nb29nbGUvcHJvdG9idWYvd3JhcHBlcnMucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIcCgtEb3VibGVWYWx1ZRINCgV2YWx1ZRgBIAEoASIbCgpGbG9hdFZhbHVlEg0KBXZhbHVlGAEgASgCIhsKCkludDY0VmFsdWUSDQoFdmFsdWUYASABKAMiHAoLVUludDY0VmFsdWUSDQoFdmFsdWUYASABKAQiGwoKSW50MzJWYWx1ZRINCgV2YWx1ZRgBIAEoBSIcCgtVSW50MzJWYWx1ZRINCgV2YWx1ZRgBIAEoDSIaCglCb29sVmFsdWUSDQoFdmFsdWUYASABKAgiHAoLU3RyaW5nVmFsdWUSDQoFdmFsdWUYASABKAkiGwoKQnl0ZXNWYWx1ZRINCgV2YWx1ZRgBIAEoDEKDAQoTY29tLmdvb2dsZS5wcm90b2J1ZkINV3JhcHBlcnNQcm90b1ABWjFnb29nbGUuZ29sYW5nLm9yZy9wcm90b2J1Zi90eXBlcy9rbm93bi93cmFwcGVyc3Bi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM"), DoubleValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 0), FloatValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 1), Int64ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 2), UInt64ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 3), Int32ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 4), UInt32ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 5), BoolValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 6), StringValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 7), BytesValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_wrappers, 8);

// node_modules/@bufbuild/protobuf/dist/esm/extensions.js
function getExtension(message, extension, options) {
  assertExtendee(extension, message);
  let ufs = filterUnknownFields(message.$unknown, extension), [container, field, get] = createExtensionContainer(extension), ctx = makeReadContext(options);
  for (let uf of ufs)
    readField(container, new BinaryReader(uf.data), field, uf.wireType, ctx);
  return get();
}
function setExtension(message, extension, value) {
  var _a;
  assertExtendee(extension, message);
  let ufs = ((_a = message.$unknown) !== null && _a !== void 0 ? _a : []).filter((uf) => uf.no !== extension.number), [container, field] = createExtensionContainer(extension, value), writer = new BinaryWriter();
  writeField(writer, { writeUnknownFields: !0 }, container, field);
  let reader = new BinaryReader(writer.finish());
  for (; reader.pos < reader.len; ) {
    let [no, wireType] = reader.tag(), data = reader.skip(wireType, no);
    ufs.push({ no, wireType, data });
  }
  message.$unknown = ufs;
}
function filterUnknownFields(unknownFields, extension) {
  if (unknownFields === void 0)
    return [];
  if (extension.fieldKind === "enum" || extension.fieldKind === "scalar") {
    for (let i = unknownFields.length - 1; i >= 0; --i)
      if (unknownFields[i].no == extension.number)
        return [unknownFields[i]];
    return [];
  }
  return unknownFields.filter((uf) => uf.no === extension.number);
}
function createExtensionContainer(extension, value) {
  let localName = extension.typeName, field = Object.assign(Object.assign({}, extension), { kind: "field", parent: extension.extendee, localName }), desc = Object.assign(Object.assign({}, extension.extendee), { fields: [field], members: [field], oneofs: [] }), container = create(desc, value !== void 0 ? { [localName]: value } : void 0);
  return [
    reflect(desc, container),
    field,
    () => {
      let value2 = container[localName];
      if (value2 === void 0) {
        let desc2 = extension.message;
        return isWrapperDesc(desc2) ? scalarZeroValue(desc2.fields[0].scalar, desc2.fields[0].longAsString) : create(desc2);
      }
      return value2;
    }
  ];
}
function assertExtendee(extension, message) {
  if (extension.extendee.typeName != message.$typeName)
    throw new Error(`extension ${extension.typeName} can only be applied to message ${extension.extendee.typeName}`);
}

// node_modules/@bufbuild/protobuf/dist/esm/equals.js
function equals(schema, a, b, options) {
  return a.$typeName != schema.typeName || b.$typeName != schema.typeName ? !1 : a === b ? !0 : reflectEquals(reflect(schema, a), reflect(schema, b), options);
}
function reflectEquals(a, b, opts) {
  if (a.desc.typeName === "google.protobuf.Any" && opts?.unpackAny == !0)
    return anyUnpackedEquals(a.message, b.message, opts);
  for (let f of a.fields)
    if (!fieldEquals(f, a, b, opts))
      return !1;
  return !(opts?.unknown == !0 && !unknownEquals(a, b, opts.registry) || opts?.extensions == !0 && !extensionsEquals(a, b, opts));
}
function fieldEquals(f, a, b, opts) {
  if (!a.isSet(f) && !b.isSet(f))
    return !0;
  if (!a.isSet(f) || !b.isSet(f))
    return !1;
  switch (f.fieldKind) {
    case "scalar":
      return scalarEquals(f.scalar, a.get(f), b.get(f));
    case "enum":
      return a.get(f) === b.get(f);
    case "message":
      return reflectEquals(a.get(f), b.get(f), opts);
    case "map": {
      let mapA = a.get(f), mapB = b.get(f), keys = [];
      for (let k of mapA.keys()) {
        if (!mapB.has(k))
          return !1;
        keys.push(k);
      }
      for (let k of mapB.keys())
        if (!mapA.has(k))
          return !1;
      for (let key of keys) {
        let va = mapA.get(key), vb = mapB.get(key);
        if (va !== vb)
          switch (f.mapKind) {
            case "enum":
              return !1;
            case "message":
              if (!reflectEquals(va, vb, opts))
                return !1;
              break;
            case "scalar":
              if (!scalarEquals(f.scalar, va, vb))
                return !1;
              break;
          }
      }
      break;
    }
    case "list": {
      let listA = a.get(f), listB = b.get(f);
      if (listA.size != listB.size)
        return !1;
      for (let i = 0; i < listA.size; i++) {
        let va = listA.get(i), vb = listB.get(i);
        if (va !== vb)
          switch (f.listKind) {
            case "enum":
              return !1;
            case "message":
              if (!reflectEquals(va, vb, opts))
                return !1;
              break;
            case "scalar":
              if (!scalarEquals(f.scalar, va, vb))
                return !1;
              break;
          }
      }
      break;
    }
  }
  return !0;
}
function anyUnpackedEquals(a, b, opts) {
  if (a.typeUrl !== b.typeUrl)
    return !1;
  let unpackedA = anyUnpack(a, opts.registry), unpackedB = anyUnpack(b, opts.registry);
  if (unpackedA && unpackedB) {
    let schema = opts.registry.getMessage(unpackedA.$typeName);
    if (schema)
      return equals(schema, unpackedA, unpackedB, opts);
  }
  return scalarEquals(ScalarType.BYTES, a.value, b.value);
}
function unknownEquals(a, b, registry) {
  function getTrulyUnknown(msg, registry2) {
    var _a;
    let u = (_a = msg.getUnknown()) !== null && _a !== void 0 ? _a : [];
    return registry2 ? u.filter((uf) => !registry2.getExtensionFor(msg.desc, uf.no)) : u;
  }
  let unknownA = getTrulyUnknown(a, registry), unknownB = getTrulyUnknown(b, registry);
  if (unknownA.length != unknownB.length)
    return !1;
  for (let i = 0; i < unknownA.length; i++) {
    let a2 = unknownA[i], b2 = unknownB[i];
    if (a2.no != b2.no || a2.wireType != b2.wireType || !scalarEquals(ScalarType.BYTES, a2.data, b2.data))
      return !1;
  }
  return !0;
}
function extensionsEquals(a, b, opts) {
  function getSetExtensions(msg, registry) {
    var _a;
    return ((_a = msg.getUnknown()) !== null && _a !== void 0 ? _a : []).map((uf) => registry.getExtensionFor(msg.desc, uf.no)).filter((e) => e != null).filter((e, index, arr) => arr.indexOf(e) === index);
  }
  let extensionsA = getSetExtensions(a, opts.registry), extensionsB = getSetExtensions(b, opts.registry);
  if (extensionsA.length != extensionsB.length || extensionsA.some((e) => !extensionsB.includes(e)))
    return !1;
  for (let extension of extensionsA) {
    let [containerA, field] = createExtensionContainer(extension, getExtension(a.message, extension)), [containerB] = createExtensionContainer(extension, getExtension(b.message, extension));
    if (!fieldEquals(field, containerA, containerB, opts))
      return !1;
  }
  return !0;
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/json.js
var timestampMsMin = /* @__PURE__ */ Date.parse("0001-01-01T00:00:00Z"), timestampMsMax = /* @__PURE__ */ Date.parse("9999-12-31T23:59:59Z"), durationSecondsMin = -315576e6, durationSecondsMax = 315576e6;

// node_modules/@bufbuild/protobuf/dist/esm/to-json.js
var LEGACY_REQUIRED3 = 3, IMPLICIT5 = 2, jsonWriteDefaults = {
  alwaysEmitImplicit: !1,
  enumAsInteger: !1,
  useProtoFieldName: !1
};
function makeWriteOptions2(options) {
  return options ? Object.assign(Object.assign({}, jsonWriteDefaults), options) : jsonWriteDefaults;
}
function toJson(schema, message, options) {
  return compiledWriter2(schema)(makeWriteOptions2(options), message);
}
var compiledWriters2 = /* @__PURE__ */ new WeakMap();
function compiledWriter2(desc) {
  let compiled = compiledWriters2.get(desc);
  return compiled === void 0 && (compiled = compileMessage3(desc)), compiled;
}
function compileMessage3(desc) {
  let typeName = desc.typeName, writeWkt = compileWkt(desc);
  if (writeWkt !== void 0) {
    let foreignField2 = desc.fields[0], compiledWriter4 = (opts, message) => {
      if (message.$typeName !== typeName && foreignField2 !== void 0)
        throw new FieldError(foreignField2, `cannot use ${foreignField2} with message ${message.$typeName}`, "ForeignFieldError");
      return writeWkt(opts, message);
    };
    return compiledWriters2.set(desc, compiledWriter4), compiledWriter4;
  }
  let sortedFields = desc.fields.concat().sort((a, b) => a.number - b.number), foreignField = sortedFields[0], fieldWriters = [], compiledWriter3 = (opts, message) => {
    if (message.$typeName !== typeName && foreignField !== void 0)
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message.$typeName}`, "ForeignFieldError");
    let json = {};
    for (let i = 0; i < fieldWriters.length; i++)
      fieldWriters[i](opts, message, json);
    return opts.registry && writeExtensions(json, opts, opts.registry, message, desc), json;
  };
  compiledWriters2.set(desc, compiledWriter3);
  for (let field of sortedFields) {
    let writeField2 = compileField2(field);
    fieldWriters.push(field.jsonName === "__proto__" || field.name === "__proto__" ? writeOwnKeys(writeField2) : writeField2);
  }
  return compiledWriter3;
}
function writeOwnKeys(writeField2) {
  return (opts, message, json) => {
    let tmp = /* @__PURE__ */ Object.create(null);
    writeField2(opts, message, tmp);
    for (let key of Object.keys(tmp))
      setOwn(json, key, tmp[key]);
  };
}
function compileWkt(desc) {
  if (desc.typeName.startsWith("google.protobuf."))
    switch (desc.typeName) {
      case "google.protobuf.Any":
        return (opts, message) => anyToJson(message, opts);
      case "google.protobuf.Timestamp":
        return (opts, message) => timestampToJson(message);
      case "google.protobuf.Duration":
        return (opts, message) => durationToJson(message);
      case "google.protobuf.FieldMask":
        return (opts, message) => fieldMaskToJson(message);
      case "google.protobuf.Struct":
        return (opts, message) => structToJson(message);
      case "google.protobuf.Value":
        return (opts, message) => valueToJson(message);
      case "google.protobuf.ListValue":
        return (opts, message) => listValueToJson(message);
      default:
        if (isWrapperDesc(desc)) {
          let valueField = desc.fields[0], localName = valueField.localName, zero = scalarZeroValue(valueField.scalar, !1), writeScalar = compileScalarValue2(valueField);
          return (opts, message) => {
            let value = message[localName];
            return writeScalar(opts, value === void 0 ? zero : value);
          };
        }
        return;
    }
}
function compileField2(field) {
  switch (field.fieldKind) {
    case "scalar":
    case "enum":
    case "message":
      return compileSingularField2(field);
    case "list":
    case "map": {
      let writeValue = field.fieldKind == "list" ? compileListValue(field) : compileMapValue(field), protoName = field.name, jsonKey = field.jsonName, localName = field.localName;
      return (opts, message, json) => {
        let value = writeValue(opts, message[localName]);
        value !== void 0 && (json[opts.useProtoFieldName ? protoName : jsonKey] = value);
      };
    }
  }
}
function compileSingularField2(field) {
  let writeValue = compileSingularValue2(field), protoName = field.name, jsonKey = field.jsonName, localName = field.localName;
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (opts, message, json) => {
      let oneof = message[oneofLocalName];
      oneof.case === localName && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, oneof.value));
    };
  }
  if (field.presence != IMPLICIT5) {
    let requiredError = field.presence == LEGACY_REQUIRED3 ? `cannot encode ${field} to JSON: required field not set` : void 0;
    return (opts, message, json) => {
      let value = message[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message, localName))
        json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
      else if (requiredError !== void 0)
        throw new Error(requiredError);
    };
  }
  if (field.fieldKind == "enum") {
    let zero = field.enum.values[0].number;
    return (opts, message, json) => {
      let value = message[localName];
      (value !== zero || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
    };
  }
  switch (field.scalar) {
    case ScalarType.BOOL:
      return (opts, message, json) => {
        let value = message[localName];
        (value !== !1 || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
      };
    case ScalarType.STRING:
      return (opts, message, json) => {
        let value = message[localName];
        (value !== "" || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
      };
    case ScalarType.BYTES:
      return (opts, message, json) => {
        let value = message[localName];
        (!(value instanceof Uint8Array) || value.byteLength > 0 || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (opts, message, json) => {
        let value = message[localName];
        (!Object.is(value, 0) || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
      };
    default:
      return (opts, message, json) => {
        let value = message[localName];
        (value != 0 || opts.alwaysEmitImplicit) && (json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value));
      };
  }
}
function compileFieldValue(field) {
  switch (field.fieldKind) {
    case "scalar":
    case "enum":
    case "message":
      return compileSingularValue2(field);
    case "list":
      return compileListValue(field);
    case "map":
      return compileMapValue(field);
  }
}
function compileSingularValue2(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarValue2(field);
    case "enum":
      return compileEnumValue(field);
    case "message":
      return compileMessageValue(field);
  }
}
function compileMessageValue(field) {
  let { toMessage } = localMessageMapper(field), writeMessage = compiledWriter2(field.message);
  return (opts, value) => writeMessage(opts, toMessage(value));
}
function compileListValue(field) {
  let writeItem = compileListItemValue(field);
  return (opts, value) => {
    let items = value;
    if (items.length == 0 && !opts.alwaysEmitImplicit)
      return;
    let jsonArray = [];
    for (let i = 0; i < items.length; i++)
      jsonArray.push(writeItem(opts, items[i]));
    return jsonArray;
  };
}
function compileListItemValue(field) {
  switch (field.listKind) {
    case "scalar":
      return compileScalarValue2(field);
    case "enum":
      return compileEnumValue(field);
    case "message":
      return compileMessageValue(field);
  }
}
function compileMapValue(field) {
  let writeMapValue = compileMapEntryValue(field);
  return (opts, value) => {
    let record = value, keys = Object.keys(record);
    if (keys.length == 0 && !opts.alwaysEmitImplicit)
      return;
    let jsonObject = {};
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i];
      setOwn(jsonObject, key, writeMapValue(opts, record[key]));
    }
    return jsonObject;
  };
}
function compileMapEntryValue(field) {
  switch (field.mapKind) {
    case "scalar":
      return compileScalarValue2(field);
    case "enum":
      return compileEnumValue(field);
    case "message":
      return compileMessageValue(field);
  }
}
function compileEnumValue(field) {
  let desc = field.enum;
  return desc.typeName == "google.protobuf.NullValue" ? (opts, value) => {
    if (typeof value != "number")
      throw errorEnumValue(desc, value);
    return null;
  } : (opts, value) => {
    var _a, _b;
    if (typeof value != "number")
      throw errorEnumValue(desc, value);
    return opts.enumAsInteger ? value : (_b = (_a = desc.value[value]) === null || _a === void 0 ? void 0 : _a.jsonName) !== null && _b !== void 0 ? _b : value;
  };
}
function errorEnumValue(desc, value) {
  return new Error(`cannot encode ${desc} to JSON: expected number, got ${formatVal(value)}`);
}
function compileScalarValue2(field) {
  switch (field.scalar) {
    // int32, fixed32, uint32: JSON value will be a decimal number. Either numbers or strings are accepted.
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (opts, value) => {
        if (typeof value != "number")
          throw errorScalarValue(field, value);
        return value;
      };
    // float, double: JSON value will be a number or one of the special string values "NaN", "Infinity", and "-Infinity".
    // Either numbers or strings are accepted. Exponent notation is also accepted.
    case ScalarType.FLOAT:
    case ScalarType.DOUBLE:
      return (opts, value) => {
        if (typeof value != "number")
          throw errorScalarValue(field, value);
        return Number.isNaN(value) ? "NaN" : value === Number.POSITIVE_INFINITY ? "Infinity" : value === Number.NEGATIVE_INFINITY ? "-Infinity" : value;
      };
    // string:
    case ScalarType.STRING:
      return (opts, value) => {
        if (typeof value != "string")
          throw errorScalarValue(field, value);
        return value;
      };
    // bool:
    case ScalarType.BOOL:
      return (opts, value) => {
        if (typeof value != "boolean")
          throw errorScalarValue(field, value);
        return value;
      };
    // JSON value will be a decimal string. Either numbers or strings are accepted.
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (opts, value) => {
        if (typeof value == "bigint" || typeof value == "string" || typeof value == "number" && Number.isInteger(value))
          return value.toString();
        throw errorScalarValue(field, value);
      };
    // bytes: JSON value will be the data encoded as a string using standard base64 encoding with paddings.
    // Either standard or URL-safe base64 encoding with/without paddings are accepted.
    case ScalarType.BYTES:
      return (opts, value) => {
        if (value instanceof Uint8Array)
          return base64Encode(value);
        throw errorScalarValue(field, value);
      };
  }
}
function errorScalarValue(field, value) {
  var _a;
  return new Error(`cannot encode ${field} to JSON: ${(_a = checkField(field, value)) === null || _a === void 0 ? void 0 : _a.message}`);
}
function writeExtensions(json, opts, registry, message, desc) {
  let unknown = message.$unknown;
  if (unknown === void 0)
    return;
  let tagSeen = /* @__PURE__ */ new Set();
  for (let i = 0; i < unknown.length; i++) {
    let { no } = unknown[i];
    if (!tagSeen.has(no)) {
      tagSeen.add(no);
      let extension = registry.getExtensionFor(desc, no);
      if (!extension)
        continue;
      let value = getExtension(message, extension), [container, field] = createExtensionContainer(extension, value), local = container[unsafeLocal], jsonValue = compileFieldValue(field)(opts, local[field.localName]);
      jsonValue !== void 0 && (json[extension.jsonName] = jsonValue);
    }
  }
}
function anyToJson(val, opts) {
  if (val.typeUrl === "")
    return {};
  let { registry } = opts, message, desc;
  if (registry && (message = anyUnpack(val, registry), message && (desc = registry.getMessage(message.$typeName))), !desc || !message)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: "${val.typeUrl}" is not in the type registry`);
  let json = hasCustomJsonRepresentation(desc) ? {
    value: compiledWriter2(desc)(opts, message)
  } : compiledWriter2(desc)(opts, message);
  return json["@type"] = val.typeUrl, json;
}
function durationToJson(val) {
  let seconds = Number(val.seconds), nanos = val.nanos;
  if (seconds > durationSecondsMax || seconds < durationSecondsMin)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: value out of range`);
  if (seconds > 0 && nanos < 0 || seconds < 0 && nanos > 0)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos sign must match seconds sign`);
  let text = val.seconds.toString();
  if (nanos !== 0) {
    let nanosStr = Math.abs(nanos).toString();
    nanosStr = "0".repeat(9 - nanosStr.length) + nanosStr, nanosStr.substring(3) === "000000" ? nanosStr = nanosStr.substring(0, 3) : nanosStr.substring(6) === "000" && (nanosStr = nanosStr.substring(0, 6)), text += "." + nanosStr, nanos < 0 && seconds == 0 && (text = "-" + text);
  }
  return text + "s";
}
function fieldMaskToJson(val) {
  return val.paths.map((p) => {
    if (protoSnakeCase(protoCamelCase(p)) !== p)
      throw new Error(`cannot encode message ${val.$typeName} to JSON: lowerCamelCase of path name "${p}" is irreversible`);
    return protoCamelCase(p);
  }).join(",");
}
function structToJson(val) {
  let json = {}, keys = Object.keys(val.fields);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    setOwn(json, key, valueToJson(val.fields[key]));
  }
  return json;
}
function valueToJson(val) {
  switch (val.kind.case) {
    case "nullValue":
      return null;
    case "numberValue":
      if (!Number.isFinite(val.kind.value))
        throw new Error(`${val.$typeName} cannot be NaN or Infinity`);
      return val.kind.value;
    case "boolValue":
      return val.kind.value;
    case "stringValue":
      return val.kind.value;
    case "structValue":
      return structToJson(val.kind.value);
    case "listValue":
      return listValueToJson(val.kind.value);
    default:
      throw new Error(`${val.$typeName} must have a value`);
  }
}
function listValueToJson(val) {
  return val.values.map(valueToJson);
}
function timestampToJson(val) {
  let ms = Number(val.seconds) * 1e3;
  if (ms < timestampMsMin || ms > timestampMsMax)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z inclusive`);
  if (val.nanos < 0)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos must not be negative`);
  if (val.nanos > 999999999)
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos must not be greater than 999999999`);
  let z = "Z";
  if (val.nanos > 0) {
    let nanosStr = (val.nanos + 1e9).toString().substring(1);
    nanosStr.substring(3) === "000000" ? z = "." + nanosStr.substring(0, 3) + "Z" : nanosStr.substring(6) === "000" ? z = "." + nanosStr.substring(0, 6) + "Z" : z = "." + nanosStr + "Z";
  }
  return new Date(ms).toISOString().replace(".000Z", z);
}

// node_modules/@bufbuild/protobuf/dist/esm/from-json.js
var IMPLICIT6 = 2;
function makeReadContext2(options) {
  return Object.assign(Object.assign({ ignoreUnknownFields: !1, recursionLimit: 100 }, options), { depth: 0 });
}
function fromJson(schema, json, options) {
  let message = create(schema);
  return readMessage(schema, message, json, options), message;
}
function readMessage(schema, message, json, options) {
  try {
    compiledReader2(schema)(message, json, makeReadContext2(options));
  } catch (e) {
    throw isFieldError(e) ? new Error(`cannot decode ${e.field()} from JSON: ${e.message}`, {
      cause: e
    }) : e;
  }
}
var compiledReaders2 = /* @__PURE__ */ new WeakMap();
function compiledReader2(desc) {
  let compiled = compiledReaders2.get(desc);
  return compiled === void 0 && (compiled = compileMessage4(desc)), compiled;
}
function compileMessage4(desc) {
  let descString = String(desc), readWkt = compileWkt2(desc);
  if (readWkt !== void 0) {
    let compiled2 = (message, json, ctx) => {
      if (++ctx.depth > ctx.recursionLimit)
        throw new Error(`cannot decode ${descString} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
      readWkt(message, json, ctx), ctx.depth--;
    };
    return compiledReaders2.set(desc, compiled2), compiled2;
  }
  let typeName = desc.typeName, fieldsByJsonKey = /* @__PURE__ */ new Map(), compiled = (message, json, ctx) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit)
      throw new Error(`cannot decode ${descString} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
    if (json == null || Array.isArray(json) || typeof json != "object")
      throw new Error(`cannot decode ${descString} from JSON: ${formatVal(json)}`);
    let oneofSeen = /* @__PURE__ */ new Map(), fieldSeen = /* @__PURE__ */ new Set(), jsonKeys = Object.keys(json);
    for (let i = 0; i < jsonKeys.length; i++) {
      let jsonKey = jsonKeys[i], jsonValue = json[jsonKey], entry = fieldsByJsonKey.get(jsonKey);
      if (entry !== void 0) {
        let field = entry.field;
        if (fieldSeen.has(field))
          throw new FieldError(field, "set multiple times");
        if (fieldSeen.add(field), entry.oneofScalarNullSkip && jsonValue === null)
          continue;
        if (entry.oneof) {
          let seen = oneofSeen.get(entry.oneof);
          if (seen !== void 0)
            throw new FieldError(entry.oneof, `oneof set multiple times by ${seen.name} and ${field.name}`);
          oneofSeen.set(entry.oneof, field);
        }
        entry.read(message, jsonValue, ctx);
      } else {
        let extension = jsonKey.startsWith("[") && jsonKey.endsWith("]") ? (_a = ctx.registry) === null || _a === void 0 ? void 0 : _a.getExtension(jsonKey.substring(1, jsonKey.length - 1)) : void 0;
        if (extension?.extendee.typeName == typeName) {
          let [container, field, get] = createExtensionContainer(extension);
          compileFieldReader2(field)(container[unsafeLocal], jsonValue, ctx), setExtension(message, extension, get());
        }
        if (extension === void 0 && !ctx.ignoreUnknownFields)
          throw new Error(`cannot decode ${descString} from JSON: key "${jsonKey}" is unknown`);
      }
    }
    ctx.depth--;
  };
  compiledReaders2.set(desc, compiled);
  for (let field of desc.fields) {
    let entry = {
      read: compileFieldReader2(field),
      field,
      oneof: field.oneof,
      oneofScalarNullSkip: field.oneof !== void 0 && field.fieldKind == "scalar"
    };
    fieldsByJsonKey.set(field.name, entry).set(field.jsonName, entry);
  }
  return compiled;
}
function compileWkt2(desc) {
  if (desc.typeName.startsWith("google.protobuf."))
    switch (desc.typeName) {
      case "google.protobuf.Any":
        return (message, json, ctx) => anyFromJson(message, json, ctx);
      case "google.protobuf.Timestamp":
        return (message, json) => timestampFromJson(message, json);
      case "google.protobuf.Duration":
        return (message, json) => durationFromJson(message, json);
      case "google.protobuf.FieldMask":
        return (message, json) => fieldMaskFromJson(message, json);
      case "google.protobuf.Struct":
        return (message, json, ctx) => structFromJson(message, json, ctx);
      case "google.protobuf.Value":
        return (message, json, ctx) => valueFromJson(message, json, ctx);
      case "google.protobuf.ListValue":
        return (message, json, ctx) => listValueFromJson(message, json, ctx);
      default:
        if (isWrapperDesc(desc)) {
          let valueField = desc.fields[0], localName = valueField.localName, scalar = valueField.scalar, longAsString = valueField.longAsString, readScalar = compileScalarConverter(valueField);
          return (message, json) => {
            json === null ? message[localName] = scalarZeroValue(scalar, longAsString) : message[localName] = readScalar(json);
          };
        }
        return;
    }
}
function compileFieldReader2(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarFieldReader2(field);
    case "enum":
      return compileEnumFieldReader2(field);
    case "message":
      return compileMessageFieldReader2(field);
    case "list":
      return compileListFieldReader2(field);
    case "map":
      return compileMapFieldReader2(field);
  }
}
function compileScalarFieldReader2(field) {
  let readScalar = compileScalarConverter(field), localName = field.localName;
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (message, json) => {
      message[oneofLocalName] = {
        case: localName,
        value: readScalar(json)
      };
    };
  }
  let clear = compileClear(field);
  return (message, json) => {
    json === null ? clear(message) : message[localName] = readScalar(json);
  };
}
function compileClear(field) {
  let localName = field.localName;
  if (field.presence != IMPLICIT6)
    return (message) => {
      delete message[localName];
    };
  if (field.fieldKind == "enum") {
    let zero = field.enum.values[0].number;
    return (message) => {
      message[localName] = zero;
    };
  }
  let scalar = field.scalar, longAsString = field.longAsString;
  return (message) => {
    message[localName] = scalarZeroValue(scalar, longAsString);
  };
}
function compileEnumFieldReader2(field) {
  let readEnumValue = compileEnumConverter(field.enum), checkEnum = compileEnumCheck(field.enum), localName = field.localName, nullResets = field.enum.typeName != "google.protobuf.NullValue";
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (message, json, ctx) => {
      if (json === null && nullResets) {
        message[oneofLocalName].case === localName && (message[oneofLocalName] = { case: void 0 });
        return;
      }
      let value = readEnumValue(json, ctx.ignoreUnknownFields);
      if (value === tokenIgnoredUnknownEnum)
        return;
      let check = checkEnum(value);
      if (check !== !0)
        throw new FieldError(field, reasonSingular(field, value, check));
      message[oneofLocalName] = { case: localName, value };
    };
  }
  let clear = compileClear(field);
  return (message, json, ctx) => {
    if (json === null && nullResets) {
      clear(message);
      return;
    }
    let value = readEnumValue(json, ctx.ignoreUnknownFields);
    if (value === tokenIgnoredUnknownEnum)
      return;
    let check = checkEnum(value);
    if (check !== !0)
      throw new FieldError(field, reasonSingular(field, value, check));
    message[localName] = value;
  };
}
function compileMessageFieldReader2(field) {
  let localName = field.localName, { toMessage, toLocal } = localMessageMapper(field), readChild = compiledReader2(field.message), nullResets = field.message.typeName != "google.protobuf.Value";
  if (field.oneof) {
    let oneofLocalName = field.oneof.localName;
    return (message, json, ctx) => {
      let oneof = message[oneofLocalName];
      if (json === null && nullResets) {
        oneof.case === localName && (message[oneofLocalName] = { case: void 0 });
        return;
      }
      let child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, json, ctx), message[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message, json, ctx) => {
    if (json === null && nullResets) {
      delete message[localName];
      return;
    }
    let child = toMessage(message[localName]);
    readChild(child, json, ctx), message[localName] = toLocal(child);
  };
}
function compileListFieldReader2(field) {
  let localName = field.localName, readItem = compileListItemReader(field);
  return (message, json, ctx) => {
    if (json === null)
      return;
    if (!Array.isArray(json))
      throw new FieldError(field, "expected Array, got " + formatVal(json));
    let items = message[localName];
    for (let i = 0; i < json.length; i++) {
      let value = readItem(json[i], ctx, items.length);
      value !== tokenIgnoredUnknownEnum && items.push(value);
    }
  };
}
function compileListItemReader(field) {
  switch (field.listKind) {
    case "scalar": {
      let parseScalar = compileScalarParse(field), checkValue = checkScalarValue(field.scalar), toLocal = compileScalarToLocal(field);
      return (json, ctx, index) => {
        if (json === null)
          throw new FieldError(field, "list item must not be null");
        let value = parseScalar(json), check = checkValue(value);
        if (check !== !0)
          throw new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
        return toLocal(value);
      };
    }
    case "enum": {
      let readEnumValue = compileEnumConverter(field.enum), checkEnum = compileEnumCheck(field.enum), nullResets = field.enum.typeName != "google.protobuf.NullValue";
      return (json, ctx, index) => {
        if (json === null && nullResets)
          throw new FieldError(field, "list item must not be null");
        let value = readEnumValue(json, ctx.ignoreUnknownFields);
        if (value === tokenIgnoredUnknownEnum)
          return value;
        let check = checkEnum(value);
        if (check !== !0)
          throw new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
        return value;
      };
    }
    case "message": {
      let { toMessage, toLocal } = localMessageMapper(field), readChild = compiledReader2(field.message), nullResets = field.message.typeName != "google.protobuf.Value";
      return (json, ctx) => {
        if (json === null && nullResets)
          throw new FieldError(field, "list item must not be null");
        let child = toMessage(void 0);
        return readChild(child, json, ctx), toLocal(child);
      };
    }
  }
}
function compileMapFieldReader2(field) {
  let localName = field.localName, mapKey = field.mapKey, parseMapKey = compileMapKeyParse(mapKey), checkMapKey = checkScalarValue(mapKey), parseValue, checkValue, toLocalValue = (value) => value, nullResets = !0;
  switch (field.mapKind) {
    case "scalar": {
      parseValue = compileScalarParse(field), checkValue = checkScalarValue(field.scalar), toLocalValue = compileScalarToLocal(field);
      break;
    }
    case "enum": {
      let readEnumValue = compileEnumConverter(field.enum);
      parseValue = (json, ctx) => readEnumValue(json, ctx.ignoreUnknownFields), checkValue = compileEnumCheck(field.enum), nullResets = field.enum.typeName != "google.protobuf.NullValue";
      break;
    }
    case "message": {
      let { toMessage, toLocal } = localMessageMapper(field), readChild = compiledReader2(field.message);
      nullResets = field.message.typeName != "google.protobuf.Value", parseValue = (json, ctx) => {
        let child = toMessage(void 0);
        return readChild(child, json, ctx), toLocal(child);
      };
      break;
    }
  }
  return (message, json, ctx) => {
    if (json === null)
      return;
    if (typeof json != "object" || Array.isArray(json))
      throw new FieldError(field, "expected object, got " + formatVal(json));
    let record = message[localName], seen = /* @__PURE__ */ new Set(), jsonMapKeys = Object.keys(json);
    for (let i = 0; i < jsonMapKeys.length; i++) {
      let jsonMapKey = jsonMapKeys[i], jsonMapValue = json[jsonMapKey], key = parseMapKey(jsonMapKey);
      if (seen.has(key))
        throw new FieldError(field, `duplicate map key "${jsonMapKey}"`);
      if (seen.add(key), jsonMapValue === null && nullResets)
        throw new FieldError(field, "map value must not be null");
      let value = parseValue(jsonMapValue, ctx);
      if (value === tokenIgnoredUnknownEnum)
        continue;
      let checkKey = checkMapKey(key);
      if (checkKey !== !0)
        throw new FieldError(field, `invalid map key: ${reasonSingular({ scalar: mapKey }, key, checkKey)}`);
      if (checkValue !== void 0) {
        let check = checkValue(value);
        if (check !== !0)
          throw new FieldError(field, `map entry ${formatVal(key)}: ${reasonSingular(field, value, check)}`);
      }
      setOwn(record, key, toLocalValue(value));
    }
  };
}
var tokenIgnoredUnknownEnum = /* @__PURE__ */ Symbol();
function compileEnumConverter(desc) {
  let zero = desc.values[0].number, numbers = /* @__PURE__ */ new Map();
  for (let value of desc.values)
    numbers.set(value.jsonName, value.number);
  for (let value of desc.values)
    numbers.set(value.name, value.number);
  return (json, ignoreUnknownFields) => {
    if (json === null)
      return zero;
    switch (typeof json) {
      case "number":
        if (Number.isInteger(json))
          return json;
        break;
      case "string": {
        let number = numbers.get(json);
        if (number !== void 0)
          return number;
        if (ignoreUnknownFields)
          return tokenIgnoredUnknownEnum;
        break;
      }
    }
    throw new Error(`cannot decode ${desc} from JSON: ${formatVal(json)}`);
  };
}
function compileEnumCheck(desc) {
  if (desc.open)
    return checkScalarValue(ScalarType.INT32);
  let values = desc.values;
  return (value) => values.some((v) => v.number === value);
}
function compileScalarConverter(field) {
  let parseScalar = compileScalarParse(field), checkValue = checkScalarValue(field.scalar), toLocal = compileScalarToLocal(field);
  return (json) => {
    let value = parseScalar(json), check = checkValue(value);
    if (check !== !0)
      throw new FieldError(field, reasonSingular(field, value, check));
    return toLocal(value);
  };
}
function compileScalarParse(field) {
  switch (field.scalar) {
    // float, double: JSON value will be a number or one of the special string values "NaN", "Infinity", and "-Infinity".
    // Either numbers or strings are accepted. Exponent notation is also accepted.
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (json) => {
        if (json === "NaN")
          return NaN;
        if (json === "Infinity")
          return Number.POSITIVE_INFINITY;
        if (json === "-Infinity")
          return Number.NEGATIVE_INFINITY;
        if (typeof json == "number") {
          if (Number.isNaN(json))
            throw new FieldError(field, "unexpected NaN number");
          if (!Number.isFinite(json))
            throw new FieldError(field, "unexpected infinite number");
          return json;
        }
        if (typeof json == "string") {
          if (json === "" || json.trim().length !== json.length)
            return json;
          let float = Number(json);
          return Number.isFinite(float) ? float : json;
        }
        return json;
      };
    // int32, fixed32, uint32: JSON value will be a decimal number. Either numbers or strings are accepted.
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
    case ScalarType.UINT32:
      return int32FromJson;
    // bytes: JSON value will be the data encoded as a string using standard base64 encoding with paddings.
    // Either standard or URL-safe base64 encoding with/without paddings are accepted.
    case ScalarType.BYTES:
      return (json) => {
        if (typeof json == "string") {
          if (json === "")
            return new Uint8Array(0);
          try {
            return base64Decode(json);
          } catch (e) {
            let message = e instanceof Error ? e.message : String(e);
            throw new FieldError(field, message);
          }
        }
        return json;
      };
    // int64, sfixed64, sint64, fixed64, uint64: The validation step accepts
    // string and number. string, bool: no conversion.
    default:
      return (json) => json;
  }
}
function compileScalarToLocal(field) {
  let longAsString = field.fieldKind !== "map" && field.longAsString;
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return longAsString ? (value) => String(value) : (value) => typeof value == "string" || typeof value == "number" ? protoInt64.parse(value) : value;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      return longAsString ? (value) => String(value) : (value) => typeof value == "string" || typeof value == "number" ? protoInt64.uParse(value) : value;
    default:
      return (value) => value;
  }
}
function compileMapKeyParse(type) {
  switch (type) {
    case ScalarType.BOOL:
      return (jsonString) => {
        switch (jsonString) {
          case "true":
            return !0;
          case "false":
            return !1;
        }
        return jsonString;
      };
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return int32FromJson;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (jsonString) => /^-?0+$/.test(jsonString) ? "0" : jsonString.replace(/^(-?)0+(?=\d)/, "$1");
    default:
      return (jsonString) => jsonString;
  }
}
function int32FromJson(json) {
  if (typeof json == "string") {
    if (json === "" || json.trim().length !== json.length)
      return json;
    let num = Number(json);
    return Number.isNaN(num) ? json : num;
  }
  return json;
}
function anyFromJson(any, json, ctx) {
  var _a;
  if (json === null || Array.isArray(json) || typeof json != "object")
    throw new Error(`cannot decode message ${any.$typeName} from JSON: expected object but got ${formatVal(json)}`);
  if (Object.keys(json).length == 0)
    return;
  let typeUrl = json["@type"];
  if (typeof typeUrl != "string" || typeUrl == "")
    throw new Error(`cannot decode message ${any.$typeName} from JSON: "@type" is empty`);
  let typeName = typeUrl.includes("/") ? typeUrl.substring(typeUrl.lastIndexOf("/") + 1) : typeUrl;
  if (!typeName.length)
    throw new Error(`cannot decode message ${any.$typeName} from JSON: "@type" is invalid`);
  let desc = (_a = ctx.registry) === null || _a === void 0 ? void 0 : _a.getMessage(typeName);
  if (!desc)
    throw new Error(`cannot decode message ${any.$typeName} from JSON: ${typeUrl} is not in the type registry`);
  let message = create(desc);
  if (hasCustomJsonRepresentation(desc) && Object.prototype.hasOwnProperty.call(json, "value"))
    compiledReader2(desc)(message, json.value, ctx);
  else {
    let copy = {};
    for (let key of Object.keys(json))
      key !== "@type" && setOwn(copy, key, json[key]);
    compiledReader2(desc)(message, copy, ctx);
  }
  anyPack(desc, message, any);
}
function timestampFromJson(timestamp, json) {
  if (typeof json != "string")
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: ${formatVal(json)}`);
  let matches2 = json.match(/^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:Z|([+-][0-9][0-9]:[0-9][0-9]))$/);
  if (!matches2)
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: invalid RFC 3339 string`);
  let ms = Date.parse(
    // biome-ignore format: want this to read well
    matches2[1] + "-" + matches2[2] + "-" + matches2[3] + "T" + matches2[4] + ":" + matches2[5] + ":" + matches2[6] + (matches2[8] ? matches2[8] : "Z")
  );
  if (Number.isNaN(ms))
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: invalid RFC 3339 string`);
  if (ms < timestampMsMin || ms > timestampMsMax)
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z inclusive`);
  timestamp.seconds = protoInt64.parse(ms / 1e3), timestamp.nanos = 0, matches2[7] && (timestamp.nanos = parseInt("1" + matches2[7] + "0".repeat(9 - matches2[7].length)) - 1e9);
}
function durationFromJson(duration, json) {
  if (typeof json != "string")
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  let match = json.match(/^(-?[0-9]+)(?:\.([0-9]+))?s/);
  if (match === null)
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  let longSeconds = Number(match[1]);
  if (longSeconds > durationSecondsMax || longSeconds < durationSecondsMin)
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  if (duration.seconds = protoInt64.parse(longSeconds), typeof match[2] != "string")
    return;
  let nanosStr = match[2] + "0".repeat(9 - match[2].length);
  duration.nanos = parseInt(nanosStr), (longSeconds < 0 || Object.is(longSeconds, -0)) && (duration.nanos = -duration.nanos);
}
function fieldMaskFromJson(fieldMask, json) {
  if (typeof json != "string")
    throw new Error(`cannot decode message ${fieldMask.$typeName} from JSON: ${formatVal(json)}`);
  json !== "" && (fieldMask.paths = json.split(",").map((path) => {
    if (path.includes("_"))
      throw new Error(`cannot decode message ${fieldMask.$typeName} from JSON: path names must be lowerCamelCase`);
    return protoSnakeCase(path);
  }));
}
function structFromJson(struct, json, ctx) {
  if (typeof json != "object" || json == null || Array.isArray(json))
    throw new Error(`cannot decode message ${struct.$typeName} from JSON ${formatVal(json)}`);
  let keys = Object.keys(json);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i], parsedValue = create(ValueSchema);
    valueFromJson(parsedValue, json[key], ctx), setOwn(struct.fields, key, parsedValue);
  }
}
function valueFromJson(value, json, ctx) {
  if (++ctx.depth > ctx.recursionLimit)
    throw new Error(`cannot decode ${value.$typeName} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null)
        value.kind = { case: "nullValue", value: NullValue.NULL_VALUE };
      else if (Array.isArray(json)) {
        let listValue = create(ListValueSchema);
        listValueFromJson(listValue, json, ctx), value.kind = { case: "listValue", value: listValue };
      } else {
        let struct = create(StructSchema);
        structFromJson(struct, json, ctx), value.kind = { case: "structValue", value: struct };
      }
      break;
    default:
      throw new Error(`cannot decode message ${value.$typeName} from JSON ${formatVal(json)}`);
  }
  return ctx.depth--, value;
}
function listValueFromJson(listValue, json, ctx) {
  if (!Array.isArray(json))
    throw new Error(`cannot decode message ${listValue.$typeName} from JSON ${formatVal(json)}`);
  for (let i = 0; i < json.length; i++) {
    let value = create(ValueSchema);
    valueFromJson(value, json[i], ctx), listValue.values.push(value);
  }
}

// node_modules/@bufbuild/cel/dist/esm/proto.js
function celFromScalar(type, v) {
  switch (type) {
    case ScalarType.UINT32:
    case ScalarType.UINT64:
    case ScalarType.FIXED32:
    case ScalarType.FIXED64:
      return celUint(BigInt(v));
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return BigInt(v);
    default:
      return v;
  }
}

// node_modules/@bufbuild/cel/dist/esm/list.js
var privateSymbol3 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/list");
function celList(arrayOrReflectList) {
  return isReflectList(arrayOrReflectList) ? new RepeatedFieldList(arrayOrReflectList) : new ArrayList(arrayOrReflectList);
}
function celListConcat(...lists) {
  return new ConcatList(lists);
}
function isCelList(v) {
  return typeof v == "object" && v !== null && privateSymbol3 in v;
}
var ArrayList = class {
  _array;
  [privateSymbol3] = {};
  constructor(_array) {
    this._array = _array;
  }
  get size() {
    return this._array.length;
  }
  get(index) {
    if (!(index < 0 || index >= this.size))
      return toCel(this._array[index]);
  }
  *values() {
    for (let element of this._array.values())
      yield toCel(element);
  }
  [Symbol.iterator]() {
    return this.values();
  }
}, RepeatedFieldList = class {
  _list;
  [privateSymbol3] = {};
  constructor(_list) {
    this._list = _list;
  }
  get size() {
    return this._list.size;
  }
  get(index) {
    let val = this._list.get(index);
    if (val !== void 0)
      return celFromListElem(this._list.field(), val);
  }
  *values() {
    for (let val of this._list)
      yield celFromListElem(this._list.field(), val);
  }
  [Symbol.iterator]() {
    return this.values();
  }
}, ConcatList = class {
  _lists;
  [privateSymbol3] = {};
  _size;
  constructor(_lists) {
    this._lists = _lists;
    let size = 0;
    for (let list of _lists)
      size += list.size;
    this._size = size;
  }
  get size() {
    return this._size;
  }
  get(index) {
    if (!(index < 0 || index >= this.size))
      for (let list of this._lists) {
        if (index < list.size)
          return list.get(index);
        index = index - list.size;
      }
  }
  *values() {
    for (let list of this._lists)
      yield* list.values();
  }
  [Symbol.iterator]() {
    return this.values();
  }
};
function celFromListElem(desc, v) {
  switch (desc.listKind) {
    case "enum":
      return BigInt(v);
    case "message":
      return reflectMsgToCel(v);
    case "scalar":
      return celFromScalar(desc.scalar, v);
  }
}
var EMPTY_LIST = celList([]);

// node_modules/@bufbuild/cel/dist/esm/eval.js
var contextStack = [];
function setEvalContext(context) {
  return contextStack.push(context), () => contextStack.pop();
}
function getEvalContext() {
  if (contextStack.length === 0)
    throw new Error("cannot use `getEvalContext` outside of an evaluation");
  return contextStack[contextStack.length - 1];
}
function withEvalContext(context, next) {
  return {
    id: next.id,
    eval(ctx) {
      let unset = setEvalContext(context);
      try {
        return next.eval(ctx);
      } finally {
        unset();
      }
    }
  };
}
function getMsgDesc(typeName) {
  let schema = getEvalContext().registry.getMessage(typeName);
  if (!schema)
    throw new Error(`Message ${typeName} not found in registry`);
  return schema;
}

// node_modules/@bufbuild/cel/dist/esm/type.js
var privateSymbol4 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/type"), CelScalar = {
  INT: celScalarType("int"),
  UINT: celScalarType("uint"),
  BOOL: celScalarType("bool"),
  STRING: celScalarType("string"),
  BYTES: celScalarType("bytes"),
  DOUBLE: celScalarType("double"),
  NULL: celScalarType("null_type"),
  DYN: celScalarType("dyn"),
  TYPE: celScalarType("type")
}, TIMESTAMP = objectType(TimestampSchema), DURATION = objectType(DurationSchema);
function mapType(key, value) {
  return {
    [privateSymbol4]: {},
    kind: "map",
    key,
    value,
    name: "map",
    toString() {
      return `map(${key}, ${value})`;
    }
  };
}
function listType(element) {
  return {
    [privateSymbol4]: {},
    kind: "list",
    element,
    name: "list",
    toString() {
      return `list(${element})`;
    }
  };
}
function objectType(descOrTypeName) {
  let name, desc;
  return typeof descOrTypeName == "string" ? (name = descOrTypeName, desc = void 0) : (name = descOrTypeName.typeName, desc = descOrTypeName), {
    [privateSymbol4]: {},
    kind: "object",
    desc,
    name,
    toString() {
      return name;
    }
  };
}
function celScalarType(scalar) {
  return {
    [privateSymbol4]: {},
    kind: "scalar",
    scalar,
    name: scalar,
    toString() {
      return scalar;
    }
  };
}
function celType(v) {
  switch (typeof v) {
    case "bigint":
      return CelScalar.INT;
    case "boolean":
      return CelScalar.BOOL;
    case "number":
      return CelScalar.DOUBLE;
    case "string":
      return CelScalar.STRING;
    case "object":
      switch (!0) {
        case v === null:
          return CelScalar.NULL;
        case v instanceof Uint8Array:
          return CelScalar.BYTES;
        case isReflectMessage(v):
          return celTypeOfMessage(v);
        case isCelList(v):
          return listType(CelScalar.DYN);
        case isCelMap(v):
          return mapType(CelScalar.DYN, CelScalar.DYN);
        case isCelUint(v):
          return CelScalar.UINT;
        default:
          if (isObjectCelType(v))
            return CelScalar.TYPE;
      }
  }
  throw new Error(`Not a CEL value: ${v}`);
}
function isCelType(v) {
  return typeof v == "object" && v !== null && isObjectCelType(v);
}
function isObjectCelType(v) {
  return privateSymbol4 in v;
}
function celTypeOfMessage(v) {
  let typeName = v.desc.typeName;
  if (isReflectMessageAny(v) && (typeName = typeUrlToName2(v.message.typeUrl), typeName === ValueSchema.typeName)) {
    let value = anyUnpack(v.message, ValueSchema);
    return value ? valueToType(value) : CelScalar.NULL;
  }
  switch (typeName) {
    case FloatValueSchema.typeName:
    case DoubleValueSchema.typeName:
      return CelScalar.DOUBLE;
    case UInt64ValueSchema.typeName:
    case UInt32ValueSchema.typeName:
      return CelScalar.UINT;
    case Int32ValueSchema.typeName:
    case Int64ValueSchema.typeName:
      return CelScalar.INT;
    case StringValueSchema.typeName:
      return CelScalar.STRING;
    case BytesValueSchema.typeName:
      return CelScalar.BYTES;
    case BoolValueSchema.typeName:
      return CelScalar.BOOL;
    case StructSchema.typeName:
      return mapType(CelScalar.STRING, CelScalar.DYN);
    case ListValueSchema.typeName:
      return listType(CelScalar.DYN);
    case ValueSchema.typeName:
      return valueToType(v.message);
  }
  return typeName === v.desc.typeName ? objectType(v.desc) : objectType(typeName);
}
function valueToType(v) {
  switch (v.kind.case) {
    case "boolValue":
      return CelScalar.BOOL;
    case "listValue":
      return listType(CelScalar.DYN);
    case "nullValue":
    case void 0:
      return CelScalar.NULL;
    case "numberValue":
      return CelScalar.DOUBLE;
    case "stringValue":
      return CelScalar.STRING;
    case "structValue":
      return mapType(CelScalar.STRING, CelScalar.DYN);
  }
}
function isReflectMessageAny(v) {
  return v.desc.typeName === AnySchema.typeName;
}
function typeUrlToName2(url) {
  let slash = url.lastIndexOf("/"), name = slash >= 0 ? url.substring(slash + 1) : url;
  if (!name.length)
    throw new Error(`invalid type url: ${url}`);
  return name;
}

// node_modules/@bufbuild/cel/dist/esm/value.js
function toCel(v) {
  switch (typeof v) {
    case "bigint":
    case "boolean":
    case "number":
    case "string":
      return v;
    case "object":
      break;
    default:
      throw new Error(`unsupported input ${typeof v}`);
  }
  switch (!0) {
    case v === null:
    case v instanceof Uint8Array:
    case isCelList(v):
    case isCelMap(v):
    case isCelUint(v):
    case isCelType(v):
      return v;
  }
  if (isArray(v) || isReflectList(v))
    return celList(v);
  if (isMap(v) || isReflectMap(v))
    return celMap(v);
  if (isMessage(v)) {
    let value = wktToCel(v);
    return value !== void 0 ? value : reflect(getMsgDesc(v.$typeName), v);
  }
  if (isReflectMessage(v))
    return reflectMsgToCel(v);
  if (v.constructor.name === "Object")
    return celMap(new Map(Object.entries(v)));
  throw new Error(`Unsupported input ${v}`);
}
function unwrapAny(v) {
  if (!isReflectAny(v))
    return v;
  let unpacked = anyUnpack(v.message, getEvalContext().registry);
  if (unpacked === void 0)
    throw new Error(`invalid Any or ${v.message.typeUrl} not found in registry`);
  let value = wktToCel(unpacked);
  return value !== void 0 ? value : reflect(getMsgDesc(unpacked.$typeName), unpacked);
}
function reflectMsgToCel(v) {
  let value = wktToCel(v.message);
  return value !== void 0 ? value : v;
}
function isReflectAny(v) {
  return isReflectMessage(v, AnySchema);
}
function isArray(v) {
  return Array.isArray(v);
}
function isMap(v) {
  return v instanceof Map;
}
function wktToCel(msg) {
  return isWrapper(msg) ? unwrapWrapper(msg) : jsonWrapperToCel(msg);
}
function unwrapWrapper(v) {
  switch (v.$typeName) {
    case Int32ValueSchema.typeName:
      return BigInt(v.value);
    case UInt32ValueSchema.typeName:
      return celUint(BigInt(v.value));
    case UInt64ValueSchema.typeName:
      return celUint(v.value);
  }
  return v.value;
}
function jsonWrapperToCel(msg) {
  switch (!0) {
    case isMessage(msg, StructSchema):
      return structToCel(msg);
    case isMessage(msg, ValueSchema):
      return valueToCel(msg);
    case isMessage(msg, ListValueSchema):
      return listValueToCel(msg);
  }
}
function structToCel(s) {
  let map = /* @__PURE__ */ new Map();
  for (let [k, v] of Object.entries(s.fields))
    map.set(k, valueToCel(v));
  return celMap(map);
}
function valueToCel(v) {
  switch (v.kind.case) {
    case "boolValue":
    case "numberValue":
    case "stringValue":
      return v.kind.value;
    case "nullValue":
    case void 0:
      return null;
    case "structValue":
      return structToCel(v.kind.value);
    case "listValue":
      return listValueToCel(v.kind.value);
  }
}
function listValueToCel(l) {
  return celList(l.values);
}

// node_modules/@bufbuild/cel/dist/esm/map.js
var privateSymbol5 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/map");
function celMap(mapOrReflectMap) {
  return isReflectMap(mapOrReflectMap) ? new ProtoMap(mapOrReflectMap) : new NativeMap(mapOrReflectMap);
}
function isCelMap(v) {
  return typeof v == "object" && v !== null && privateSymbol5 in v;
}
var NativeMap = class {
  _map;
  [privateSymbol5] = {};
  constructor(_map) {
    this._map = _map;
  }
  get size() {
    return this._map.size;
  }
  get(key) {
    if (isCelUint(key) && (key = key.value), typeof key == "number") {
      if (!Number.isInteger(key))
        return;
      key = BigInt(key);
    }
    let value = this._map.get(key);
    if (value !== void 0)
      return toCel(value);
    if (typeof key == "bigint") {
      for (let mapKey of this._map.keys())
        if (isCelUint(mapKey) && mapKey.value === key)
          return toCel(this._map.get(mapKey));
    }
  }
  has(key) {
    return this.get(key) != null;
  }
  forEach(callback, thisArg) {
    this._map.forEach((value, key, _) => callback.call(thisArg, toCel(value), key, this));
  }
  *entries() {
    for (let [key, value] of this._map.entries())
      yield [key, toCel(value)];
  }
  keys() {
    return this._map.keys();
  }
  *values() {
    for (let value of this._map.values())
      yield toCel(value);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}, ProtoMap = class {
  _map;
  [privateSymbol5] = {};
  constructor(_map) {
    this._map = _map;
  }
  get size() {
    return this._map.size;
  }
  get(key) {
    let value = this._map.get(mapKeyFromCel(this._map.field(), key));
    if (value !== void 0)
      return celFromMapValue(this._map.field(), value);
  }
  has(key) {
    return this._map.has(mapKeyFromCel(this._map.field(), key));
  }
  forEach(callback, thisArg) {
    this._map.forEach((value, key, _) => callback.call(thisArg, celFromMapValue(this._map.field(), value), celFromMapKey(this._map.field(), key), this));
  }
  *entries() {
    for (let [key, value] of this._map.entries())
      yield [
        celFromMapKey(this._map.field(), key),
        celFromMapValue(this._map.field(), value)
      ];
  }
  *keys() {
    for (let key of this._map.keys())
      yield celFromMapKey(this._map.field(), key);
  }
  *values() {
    for (let value of this._map.keys())
      yield celFromMapValue(this._map.field(), value);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
function mapKeyFromCel(desc, v) {
  switch (isCelUint(v) && (v = v.value), desc.mapKey) {
    case ScalarType.SINT32:
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
      return typeof v == "bigint" ? Number(v) : v;
    case ScalarType.SINT64:
    case ScalarType.INT64:
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
    case ScalarType.SFIXED64:
      return v === "number" && Number.isInteger(v) ? BigInt(v) : v;
    default:
      return v;
  }
}
function celFromMapKey(desc, v) {
  return celFromScalar(desc.mapKey, v);
}
function celFromMapValue(desc, v) {
  switch (desc.mapKind) {
    case "enum":
      return BigInt(v);
    case "message":
      return reflectMsgToCel(v);
    case "scalar":
      return celFromScalar(desc.scalar, v);
  }
}
var EMPTY_MAP = celMap(/* @__PURE__ */ new Map());

// node_modules/@bufbuild/cel/dist/esm/registry.js
var wktRegistry = createRegistry(TimestampSchema, DurationSchema, AnySchema, file_google_protobuf_wrappers, file_google_protobuf_struct);
function createRegistryWithWKT(...inputs) {
  return createRegistry(wktRegistry, ...inputs);
}

// node_modules/@bufbuild/cel/dist/esm/equals.js
function equals2(lhs, rhs) {
  if (lhs === rhs)
    return !0;
  if (isCelUint(lhs) && (lhs = lhs.value), isCelUint(rhs) && (rhs = rhs.value), (typeof lhs == "number" || typeof lhs == "bigint") && (typeof rhs == "number" || typeof rhs == "bigint"))
    return lhs == rhs;
  switch (!0) {
    case lhs instanceof Uint8Array:
      return rhs instanceof Uint8Array && equalsBytes(lhs, rhs);
    case isCelList(lhs):
      return isCelList(rhs) && equalsList(lhs, rhs);
    case isCelMap(lhs):
      return isCelMap(rhs) && equalsMap(lhs, rhs);
    case isCelType(lhs):
      return isCelType(rhs) && equalsType(lhs, rhs);
  }
  return isReflectMessage(lhs) ? !isReflectMessage(rhs) || lhs.desc.typeName !== rhs.desc.typeName ? !1 : equals(lhs.desc, lhs.message, rhs.message, {
    registry: getEvalContext().registry,
    unpackAny: !0,
    unknown: !0,
    extensions: !0
  }) : !1;
}
function equalsType(lhs, rhs) {
  return lhs.kind === rhs.kind && lhs.name === rhs.name;
}
function equalsList(lhs, rhs) {
  if (lhs.size !== rhs.size)
    return !1;
  for (let i = 0; i < lhs.size; i++)
    if (!equals2(lhs.get(i), rhs.get(i)))
      return !1;
  return !0;
}
function equalsMap(lhs, rhs) {
  if (lhs.size !== rhs.size)
    return !1;
  for (let [k, v] of lhs) {
    let rv = rhs.get(k);
    if (rv === void 0 || !equals2(v, rv))
      return !1;
  }
  return !0;
}
function equalsBytes(lhs, rhs) {
  if (lhs.length !== rhs.length)
    return !1;
  for (let i = 0; i < lhs.length; i++)
    if (lhs[i] !== rhs[i])
      return !1;
  return !0;
}

// node_modules/@bufbuild/cel/dist/esm/func.js
var privateSymbol6 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/func");
function celFunc(name, args, result, impl) {
  return new Func(name, void 0, args, result, impl);
}
function celMethod(name, target, args, result, impl) {
  return new Method(name, target, args, result, impl);
}
var Callable = class {
  _name;
  _target;
  _args;
  _result;
  _impl;
  _id;
  [privateSymbol6] = {};
  constructor(_name, _target, _args, _result, _impl, _id = "") {
    this._name = _name, this._target = _target, this._args = _args, this._result = _result, this._impl = _impl, this._id = _id;
  }
  get id() {
    if (this._id === "") {
      let qualifier = this.target ? `${this.target.name}.` : "";
      this._id = `${qualifier}${this.name}(${this.arguments.map((p) => p.name).join(",")})`;
    }
    return this._id;
  }
  get name() {
    return this._name;
  }
  get target() {
    return this._target;
  }
  get arguments() {
    return this._args;
  }
  get result() {
    return this._result;
  }
  call(id, target, args) {
    if (args.length == this.arguments.length) {
      for (let i = 0; i < args.length; i++)
        if (!isSubtypeOf(args[i], this.arguments[i]))
          return;
      try {
        return toCel(this._impl.apply(target, args));
      } catch (ex) {
        return celError(ex, id);
      }
    }
  }
}, Func = class extends Callable {
  call(id, target, args) {
    if (target === void 0)
      return super.call(id, void 0, args);
  }
}, Method = class extends Callable {
  call(id, target, args) {
    if (!(target === void 0 || !isSubtypeOf(target, this.target)))
      return super.call(id, target, args);
  }
};
function isSubtypeOf(val, typ) {
  return typ === CelScalar.DYN || equalsType(celType(val), typ);
}

// node_modules/@bufbuild/cel/dist/esm/resolver.js
var privateSymbol7 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/resolver");
function createResolver(...inputs) {
  let groups = /* @__PURE__ */ new Map();
  for (let input of inputs) {
    let funcs = isFuncResolver(input) || Array.isArray(input) ? input : [input];
    for (let func of funcs) {
      let group = groups.get(func.name);
      group === void 0 && (group = [], groups.set(func.name, group)), group.push(func);
    }
  }
  return new Resolver(new Map(new Array(...groups.entries()).map(([name, funcs]) => [
    name,
    createFuncGroup(name, funcs)
  ])));
}
function isFuncResolver(v) {
  return typeof v == "object" && v !== null && privateSymbol7 in v;
}
var Resolver = class {
  _groups;
  [privateSymbol7] = {};
  constructor(_groups) {
    this._groups = _groups;
  }
  *[Symbol.iterator]() {
    for (let group of this._groups.values())
      yield* group;
  }
  find(name) {
    return this._groups.get(name);
  }
};
function createFuncGroup(name, funcs) {
  let set = [];
  for (let func of funcs) {
    for (let i = 0; i < set.length; i++)
      if (func.id === set[i].id) {
        set.splice(i, 1);
        break;
      }
    set.push(func);
  }
  return new Group(name, set);
}
var Group = class {
  _name;
  _funcs;
  constructor(_name, _funcs) {
    this._name = _name, this._funcs = _funcs;
  }
  *[Symbol.iterator]() {
    yield* this._funcs;
  }
  get name() {
    return this._name;
  }
  call(id, target, args) {
    args = args.map((arg) => unwrapAny(arg));
    for (let func of this._funcs) {
      let result = func.call(id, target, args);
      if (result !== void 0)
        return result;
    }
  }
};

// node_modules/@bufbuild/cel/dist/esm/gen/dev/cel/expr/operator_const.js
var CONDITIONAL = "_?_:_";
var EQUALS = "_==_";
var GREATER_EQUALS = "_>=_";
var INDEX = "_[_]";
var LESS_EQUALS = "_<=_", LOGICAL_AND = "_&&_";
var LOGICAL_OR = "_||_";
var NOT_EQUALS = "_!=_", NOT_STRICTLY_FALSE = "@not_strictly_false";
var OLD_NOT_STRICTLY_FALSE = "__not_strictly_false__", OPT_INDEX = "_[?_]", OPT_SELECT = "_?._";

// node_modules/@bufbuild/cel/dist/esm/duration.js
var ONE_SECOND = 1000000000n, MAX_DURATION_NANOS = 9223372036854775807n, MIN_DURATION_NANOS = -9223372036854775808n;
function createDuration(seconds = 0n, ns = 0n) {
  let fullNanos = seconds * ONE_SECOND + BigInt(ns);
  if (fullNanos > MAX_DURATION_NANOS || fullNanos < MIN_DURATION_NANOS)
    throw new Error("duration out of range");
  return create(DurationSchema, {
    seconds: fullNanos / ONE_SECOND,
    nanos: Number(fullNanos % ONE_SECOND)
    // preserves sign
  });
}
var DURATION_STRING_LENGTH_LIMIT = 128, UNITS = Object.freeze({
  ns: 1n,
  us: 1000n,
  \u00B5s: 1000n,
  ms: 1000n * 1000n,
  s: 1000n * 1000n * 1000n,
  m: 1000n * 1000n * 1000n * 60n,
  h: 1000n * 1000n * 1000n * 60n * 60n
}), INT_REGEXP = /^\d+/, UNIT_REGEXP = new RegExp(`^(${Object.keys(UNITS).join("|")})`);
function parseDuration(str) {
  if (str.length > DURATION_STRING_LENGTH_LIMIT)
    throw badDurationStr(`duration string exceeds ${DURATION_STRING_LENGTH_LIMIT} characters`);
  if (/^[-+]?0$/.test(str))
    return createDuration();
  let [sign, values] = /^[+-]/.test(str) ? [str[0] === "+" ? 1n : -1n, str.slice(1)] : [1n, str], fullNanos = 0n, remainder = values;
  for (; remainder.length > 0; ) {
    let int = INT_REGEXP.exec(remainder)?.[0];
    remainder = remainder.slice(int?.length ?? 0), remainder[0] === "." && (remainder = remainder.slice(1));
    let fraction = INT_REGEXP.exec(remainder)?.[0];
    remainder = remainder.slice(fraction?.length ?? 0);
    let unit = UNIT_REGEXP.exec(remainder)?.[0];
    if (remainder = remainder.slice(unit?.length ?? 0), (int ?? fraction) === void 0 || unit === void 0)
      throw badDurationStr("invalid syntax");
    let factor = UNITS[unit];
    fullNanos += BigInt(int ?? 0) * factor, fullNanos += BigInt(fraction ?? 0) * factor / 10n ** BigInt(fraction?.length ?? 0);
  }
  return createDuration(0n, sign * fullNanos);
}
function badDurationStr(e) {
  return new Error(`Failed to parse duration: ${e}`);
}

// node_modules/@bufbuild/cel/dist/esm/timestamp.js
var MAX_TIMESTAMP_SECONDS = 253402300799n, MIN_TIMESTAMP_SECONDS = -62135596800n, ONE_SECOND2 = 1000000000n;
function createTimestamp(s = 0n, ns = 0n) {
  let fullNanos = s * ONE_SECOND2 + BigInt(ns), shift = fullNanos % ONE_SECOND2 < 0n ? 1n : 0n, seconds = fullNanos / ONE_SECOND2 - shift, nanos = Number(fullNanos % ONE_SECOND2 + shift * ONE_SECOND2);
  if (seconds > MAX_TIMESTAMP_SECONDS || seconds < MIN_TIMESTAMP_SECONDS)
    throw new Error("timestamp out of range");
  return create(TimestampSchema, { seconds, nanos });
}

// node_modules/@bufbuild/cel/dist/esm/std/math.js
var MAX_INT = 9223372036854775807n, MIN_INT = -9223372036854775808n, MAX_UINT = 18446744073709551615n;
function safeInt(value, op = "type conversion") {
  let numeric = typeof value == "string" ? BigInt(value) : value;
  if (typeof numeric == "bigint") {
    if (numeric >= MIN_INT && numeric <= MAX_INT)
      return numeric;
  } else if (Number.isFinite(numeric) && numeric > Number(MIN_INT) && numeric < Number(MAX_INT))
    return BigInt(Math.trunc(numeric));
  throw celError(`int overflow during ${op}`);
}
function safeUint(value, op = "type conversion") {
  let numeric = typeof value == "string" ? BigInt(value) : value;
  if (typeof numeric == "bigint" || Number.isFinite(numeric)) {
    let int = typeof numeric == "number" ? BigInt(Math.trunc(numeric)) : numeric;
    if (numeric >= 0 && int <= MAX_UINT)
      return celUint(int);
  }
  throw celError(`uint overflow during ${op}`);
}
function bytesConcat(l, r) {
  let val = new Uint8Array(l.length + r.length);
  return val.set(l), val.set(r, l.length), val;
}
function timestampSum(l, r) {
  return createTimestamp(l.message.seconds + r.message.seconds, l.message.nanos + r.message.nanos);
}
function durationSum(l, r) {
  return createDuration(l.message.seconds + r.message.seconds, l.message.nanos + r.message.nanos);
}
function durationDifference(l, r) {
  return createDuration(l.message.seconds - r.message.seconds, l.message.nanos - r.message.nanos);
}
function timestampDifference(l, r) {
  return createTimestamp(l.message.seconds - r.message.seconds, l.message.nanos - r.message.nanos);
}
function safeDivide(type, l, r) {
  if (r === 0n)
    throw celError(`${type.name} divide by zero`);
  return safeInt(l / r, `divide by ${r}`);
}
function safeModulo(type, l, r) {
  if (r === 0n)
    throw celError(`${type.name} modulus by zero`);
  return l % r;
}
var LIST = listType(CelScalar.DYN), { BYTES, DOUBLE, INT, STRING, UINT } = CelScalar, math_default = [
  celFunc("_+_", [INT, INT], INT, (l, r) => safeInt(l + r, "_+_")),
  celFunc("_+_", [UINT, UINT], UINT, (l, r) => safeUint(l.value + r.value, "_+_")),
  celFunc("_+_", [DOUBLE, DOUBLE], DOUBLE, (l, r) => l + r),
  celFunc("_+_", [DURATION, DURATION], DURATION, durationSum),
  celFunc("_+_", [TIMESTAMP, DURATION], TIMESTAMP, timestampSum),
  celFunc("_+_", [DURATION, TIMESTAMP], TIMESTAMP, timestampSum),
  celFunc("_+_", [STRING, STRING], STRING, (l, r) => l + r),
  celFunc("_+_", [BYTES, BYTES], BYTES, bytesConcat),
  celFunc("_+_", [LIST, LIST], LIST, celListConcat),
  celFunc("_-_", [INT, INT], INT, (l, r) => safeInt(l - r, "_-_")),
  celFunc("_-_", [UINT, UINT], UINT, (l, r) => safeUint(l.value - r.value, "_-_")),
  celFunc("_-_", [DOUBLE, DOUBLE], DOUBLE, (l, r) => l - r),
  celFunc("_-_", [TIMESTAMP, TIMESTAMP], DURATION, durationDifference),
  celFunc("_-_", [DURATION, DURATION], DURATION, durationDifference),
  celFunc("_-_", [TIMESTAMP, DURATION], TIMESTAMP, timestampDifference),
  celFunc("_*_", [INT, INT], INT, (l, r) => safeInt(l * r, "_*_")),
  celFunc("_*_", [UINT, UINT], UINT, (l, r) => safeUint(l.value * r.value, "_*_")),
  celFunc("_*_", [DOUBLE, DOUBLE], DOUBLE, (l, r) => l * r),
  celFunc("_/_", [INT, INT], INT, (l, r) => safeDivide(INT, l, r)),
  celFunc("_/_", [UINT, UINT], UINT, (l, r) => celUint(safeDivide(UINT, l.value, r.value))),
  celFunc("_/_", [DOUBLE, DOUBLE], DOUBLE, (l, r) => l / r),
  celFunc("_%_", [INT, INT], INT, (l, r) => safeModulo(INT, l, r)),
  celFunc("_%_", [UINT, UINT], UINT, (l, r) => celUint(safeModulo(UINT, l.value, r.value))),
  celFunc("-_", [INT], INT, (x) => safeInt(-x)),
  celFunc("-_", [DOUBLE], DOUBLE, (x) => -x)
];

// node_modules/@bufbuild/cel/dist/esm/std/cast.js
var encoder = new TextEncoder(), decoder = new TextDecoder(void 0, { fatal: !0 });
function stringToBool(x) {
  switch (x) {
    case "true":
    case "True":
    case "TRUE":
    case "t":
    case "1":
      return !0;
    case "false":
    case "False":
    case "FALSE":
    case "f":
    case "0":
      return !1;
  }
  throw new Error(`Unable to convert string '${x}' to bool`);
}
function bytesToString(x) {
  try {
    return decoder.decode(x);
  } catch (e) {
    throw new Error(`Failed to decode bytes as string: ${e}`);
  }
}
function stringToTimestamp(x) {
  try {
    return fromJson(TimestampSchema, x);
  } catch (e) {
    throw new Error(`Failed to parse timestamp: ${e}`);
  }
}
function toType(x) {
  return isMessage(x) ? objectType(getMsgDesc(x.$typeName)) : celType(x);
}
function identity(x) {
  return x;
}
var { BOOL, BYTES: BYTES2, DOUBLE: DOUBLE2, DYN, INT: INT2, STRING: STRING2, TYPE, UINT: UINT2 } = CelScalar, cast_default = [
  // Int
  celFunc("int", [INT2], INT2, identity),
  celFunc("int", [UINT2], INT2, (x) => safeInt(x.value)),
  celFunc("int", [DOUBLE2], INT2, safeInt),
  celFunc("int", [STRING2], INT2, safeInt),
  celFunc("int", [TIMESTAMP], INT2, (x) => safeInt(x.message.seconds)),
  celFunc("int", [DURATION], INT2, (x) => safeInt(x.message.seconds)),
  // Uint
  celFunc("uint", [UINT2], UINT2, identity),
  celFunc("uint", [INT2], UINT2, safeUint),
  celFunc("uint", [DOUBLE2], UINT2, safeUint),
  celFunc("uint", [STRING2], UINT2, safeUint),
  // Double
  celFunc("double", [DOUBLE2], DOUBLE2, identity),
  celFunc("double", [INT2], DOUBLE2, (x) => Number(x)),
  celFunc("double", [UINT2], DOUBLE2, (x) => Number(x.value)),
  celFunc("double", [STRING2], DOUBLE2, (x) => Number(x)),
  // Bool
  celFunc("bool", [BOOL], BOOL, identity),
  celFunc("bool", [STRING2], BOOL, stringToBool),
  // Bytes
  celFunc("bytes", [BYTES2], BYTES2, identity),
  celFunc("bytes", [STRING2], BYTES2, (x) => encoder.encode(x)),
  // String
  celFunc("string", [STRING2], STRING2, identity),
  celFunc("string", [BOOL], STRING2, (x) => x.toString()),
  celFunc("string", [INT2], STRING2, (x) => x.toString()),
  celFunc("string", [UINT2], STRING2, (x) => x.value.toString()),
  celFunc("string", [DOUBLE2], STRING2, (x) => x.toString()),
  celFunc("string", [BYTES2], STRING2, bytesToString),
  celFunc("string", [TIMESTAMP], STRING2, (x) => toJson(TimestampSchema, x.message)),
  celFunc("string", [DURATION], STRING2, (x) => toJson(DurationSchema, x.message)),
  // Timestamp
  celFunc("timestamp", [TIMESTAMP], TIMESTAMP, identity),
  celFunc("timestamp", [STRING2], TIMESTAMP, stringToTimestamp),
  celFunc("timestamp", [INT2], TIMESTAMP, (x) => timestampFromMs(Number(x))),
  // Duration
  celFunc("duration", [DURATION], DURATION, identity),
  celFunc("duration", [STRING2], DURATION, parseDuration),
  celFunc("duration", [INT2], DURATION, (x) => create(DurationSchema, { seconds: x })),
  // Misc
  celFunc("type", [DYN], TYPE, toType),
  celFunc("dyn", [DYN], DYN, identity)
];

// node_modules/@bufbuild/cel/dist/esm/gen/dev/cel/expr/overload_const.js
var CONTAINS = "contains";
var ENDS_WITH = "endsWith";
var MATCHES = "matches";
var SIZE = "size";
var STARTS_WITH = "startsWith";
var TIME_GET_DATE = "getDate", TIME_GET_DAY_OF_MONTH = "getDayOfMonth", TIME_GET_DAY_OF_WEEK = "getDayOfWeek", TIME_GET_DAY_OF_YEAR = "getDayOfYear", TIME_GET_FULL_YEAR = "getFullYear", TIME_GET_HOURS = "getHours", TIME_GET_MILLISECONDS = "getMilliseconds", TIME_GET_MINUTES = "getMinutes", TIME_GET_MONTH = "getMonth", TIME_GET_SECONDS = "getSeconds";

// node_modules/@bufbuild/re2/dist/esm/UnicodeRangeTable.js
var UnicodeRangeTable = class {
  data;
  isStride1;
  SIZE;
  constructor(data, isStride1 = !1) {
    this.data = data, this.isStride1 = isStride1, this.SIZE = isStride1 ? 2 : 3;
  }
  // High-performance getters that do NOT allocate memory
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get(index) {
    let i = index * this.SIZE;
    return [this.data[i], this.data[i + 1], this.getStride(index)];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};

// node_modules/@bufbuild/re2/dist/esm/UnicodeTables.js
var _B64_MAP = null, getB64Map = () => {
  if (!_B64_MAP) {
    _B64_MAP = new Uint8Array(256);
    let b = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
    for (let i = 0; i < 64; i++)
      _B64_MAP[b.charCodeAt(i)] = i;
  }
  return _B64_MAP;
}, decodeVLQ = (str) => {
  let b64 = getB64Map(), res = [], value = 0, shift = 0;
  for (let i = 0; i < str.length; i++) {
    let digit = b64[str.charCodeAt(i)];
    value |= (digit & 31) << shift, (digit & 32) === 0 ? (res.push(value), value = 0, shift = 0) : shift += 5;
  }
  return res;
}, decodeRanges = (str, isStride1) => {
  if (str.length === 0)
    return new Uint32Array(0);
  let res = decodeVLQ(str), numRanges = isStride1 ? res.length / 2 : res.length / 3, out = new Uint32Array(numRanges * 3), current = 0, resIdx = 0;
  for (let i = 0; i < numRanges; i++)
    current += res[resIdx++], out[i * 3] = current, current += res[resIdx++], out[i * 3 + 1] = current, out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  return out;
}, decodeOrbit = (str) => {
  let res = decodeVLQ(str), map = /* @__PURE__ */ new Map(), currentKey = 0;
  for (let i = 0; i < res.length; i += 2)
    currentKey += res[i], map.set(currentKey, res[i + 1]);
  return map;
}, mergeRanges = (a, b) => {
  if (b.length === 0)
    return a;
  if (a.length === 0)
    return b;
  let points = [], push = (arr) => {
    for (let i = 0; i < arr.length; i += 3) {
      let lo = arr[i], hi = arr[i + 1], stride = arr[i + 2];
      if (stride === 1)
        points.push([lo, hi]);
      else
        for (let cp = lo; cp <= hi; cp += stride)
          points.push([cp, cp]);
    }
  };
  push(a), push(b), points.sort((x, y) => x[0] - y[0]);
  let merged = [];
  for (let [lo, hi] of points) {
    let last = merged[merged.length - 1];
    last && last[1] + 1 >= lo ? hi > last[1] && (last[1] = hi) : merged.push([lo, hi]);
  }
  let out = new Uint32Array(merged.length * 3);
  for (let i = 0; i < merged.length; i++)
    out[i * 3] = merged[i][0], out[i * 3 + 1] = merged[i][1], out[i * 3 + 2] = 1;
  return out;
}, sweepPlatform = (pattern) => {
  let re = new RegExp(pattern, "u"), ranges = [], start = -1;
  for (let cp = 0; cp <= 1114111; cp++)
    re.test(String.fromCodePoint(cp)) ? start < 0 && (start = cp) : start >= 0 && (ranges.push(start, cp - 1, 1), start = -1);
  return start >= 0 && ranges.push(start, 1114111, 1), Uint32Array.from(ranges);
}, LazyDecoder = class {
  initializer;
  cache;
  constructor(initializer) {
    this.initializer = initializer, this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return key in this.initializer;
  }
  get(key) {
    let cached = this.cache.get(key);
    if (cached !== void 0 || this.cache.has(key))
      return cached ?? null;
    let fn = this.initializer[key], val = fn ? fn() : null;
    return this.cache.set(key, val), val;
  }
}, _CASE_ORBIT = null, getCASE_ORBIT = () => (_CASE_ORBIT || (_CASE_ORBIT = decodeOrbit("rDqpII-LsD+0HGrpIsCxJzElODoODrOnByP-Mz+HTieNj-HCweD1fDxeB+9HBwfC1FE2eBxfBjeE1eDmpII0fjB4c+BgkHChkHKikHDjkHBkkHImkHZnkHhhGlkH9O70H-Io8HBp8HBq8HBr8HBs8HBt8HBu8HBv8HJ48HB58HB68HB78HB88HB98HB+8HB-8HJo9HBp9HBq9HBr9HBs9HBt9HBu9HBv9HM89HLlaFs+HQwcQwdQ8-HzJpdErCBlGgphBokHjMu+pBBv+pBDy+pBBz+pBB0+pBB1+pBw5Um4+BBl4+B68cg17CBh17CBi17CBj17CBk17CBl17CBm17CBn17CBo17CBp17CBq17CBr17CBs17CBt17CBu17CBv17CBw17CBx17CBy17CBz17CB017CB117CB217CB317CB417CD717CB817CB917CB+17CB-17CBg27CBh27CBi27CBj27CBk27CBl27CBm27CBn27CBo27CBp27CBq27CBr27CBs27CBt27CBu27CBv27CBw27CBx27CBy27CBz27C")), _CASE_ORBIT), _DELTA_CATEGORIES = /* @__PURE__ */ new LazyDecoder({
  L: () => decodeRanges("pkHBBh6iBCBNCBkvXzBB36BbBKWB9JCB8lBJBCDDClBBCaaCt-Bt-BBfBgkG68DBmoHdBjhDsBBz8HxmWxmWBcBDgwhCgwhCBsTB", !1),
  LC: () => decodeRanges("pkHBh6iBCNC0rZVLV", !0),
  Ll: () => decodeRanges("qkHj6iBj6iBO1sZ1sZBUB", !1),
  Lm: () => decodeRanges("uqjChBhBx+XCBpBBB", !1),
  Lo: () => decodeRanges("guhCzBB36BDBCzLzLBBB8lBJBCDDClBBCaaCt-Bt-BBfBgkG68DBmoHdBmhDnBB18HxmWxmWBcBDgwhCgwhCBsTB", !1),
  Lu: () => decodeRanges("pkHi6iBi6iBBOOC0rZ0rZBUB", !1),
  M: () => decodeRanges("3kCymhCymhCBDBvM8lB8lBBHBCDDCDBCEBCPPB47C47CkuQRB-lhBBB", !1),
  Mc: () => decodeRanges("49kCCBIDDCDBCBBCvavaswSCB", !1),
  Mn: () => decodeRanges("3kCymhCymhCBDBvM-lB-lBBEBOECPBB47CkuQkuQBKBECB-lhBBB", !1),
  N: () => decodeRanges("gqjCJnsCTtoBJ3pRJ3hDJ37XJ4nGJ", !0),
  Nd: () => decodeRanges("gqjCJnsCTtoBJ3pRJ3hDJ37XJ4nGJ", !0),
  P: () => decodeRanges("u6GBBwBvv8Bvv8BmzBBBCBBpgCssUssUBBBwkeAB", !1),
  Pd: () => decodeRanges("urjCA", !0),
  Po: () => decodeRanges("u6GBBwB1i+B1i+BBCCBpgCpgCssUCBwkeAB", !1),
  S: () => decodeRanges("nhJCBz+CDBlPBBK-82B-82BBxzvBxzvBBuHBRzNB-vKJBFBBoOGGvBIIWDDKiHiHBjBB", !1),
  Sm: () => decodeRanges("usjCB", !0),
  So: () => decodeRanges("nhJCBz+CDBlPBBKxwmDxwmDBuHBRzNB-vKJBFBBoOGGvBIIWDDKiHiHBjBB", !1)
}), _DELTA_SCRIPTS = /* @__PURE__ */ new LazyDecoder({
  Arabic: () => decodeRanges("3kCrxhCrxhCBBB4BAB", !1),
  Balinese: () => decodeRanges("u6GBwBA", !0),
  Common: () => decodeRanges("nhJCBz+CDBlPBBKxwmDxwmDB4HBHzNB-vKJBFBBoOGGvBIIWDDKiHiHBjBB", !1),
  Cyrillic: () => decodeRanges("pkHB", !0),
  Egyptian_Hieroglyphs: () => decodeRanges("gjtC68D", !0),
  Han: () => decodeRanges("w-6FtT", !0),
  Kawi: () => decodeRanges("66nCA", !0),
  Khitan_Small_Script: () => decodeRanges("-njDA", !0),
  Latin: () => decodeRanges("r+pBCNC", !0),
  Myanmar: () => decodeRanges("w2lCT", !0)
}), _NEW_SCRIPTS = /* @__PURE__ */ new LazyDecoder({
  Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", !0)),
  Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", !0)),
  Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", !0)),
  Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", !0)),
  Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", !0)),
  Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", !0)),
  Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", !1))
}), STABLE_CATEGORY_NAMES = /* @__PURE__ */ new Set([
  "C",
  "Cc",
  "Cf",
  "Cn",
  "Co",
  "Cs",
  "L",
  "LC",
  "Ll",
  "Lm",
  "Lo",
  "Lt",
  "Lu",
  "M",
  "Mc",
  "Me",
  "Mn",
  "N",
  "Nd",
  "Nl",
  "No",
  "P",
  "Pc",
  "Pd",
  "Pe",
  "Pf",
  "Pi",
  "Po",
  "Ps",
  "S",
  "Sc",
  "Sk",
  "Sm",
  "So",
  "Z",
  "Zl",
  "Zp",
  "Zs"
]), STABLE_SCRIPT_NAMES = /* @__PURE__ */ new Set([
  "Adlam",
  "Ahom",
  "Anatolian_Hieroglyphs",
  "Arabic",
  "Armenian",
  "Avestan",
  "Balinese",
  "Bamum",
  "Bassa_Vah",
  "Batak",
  "Bengali",
  "Bhaiksuki",
  "Bopomofo",
  "Brahmi",
  "Braille",
  "Buginese",
  "Buhid",
  "Canadian_Aboriginal",
  "Carian",
  "Caucasian_Albanian",
  "Chakma",
  "Cham",
  "Cherokee",
  "Chorasmian",
  "Common",
  "Coptic",
  "Cuneiform",
  "Cypriot",
  "Cypro_Minoan",
  "Cyrillic",
  "Deseret",
  "Devanagari",
  "Dives_Akuru",
  "Dogra",
  "Duployan",
  "Egyptian_Hieroglyphs",
  "Elbasan",
  "Elymaic",
  "Ethiopic",
  "Georgian",
  "Glagolitic",
  "Gothic",
  "Grantha",
  "Greek",
  "Gujarati",
  "Gunjala_Gondi",
  "Gurmukhi",
  "Han",
  "Hangul",
  "Hanifi_Rohingya",
  "Hanunoo",
  "Hatran",
  "Hebrew",
  "Hiragana",
  "Imperial_Aramaic",
  "Inherited",
  "Inscriptional_Pahlavi",
  "Inscriptional_Parthian",
  "Javanese",
  "Kaithi",
  "Kannada",
  "Katakana",
  "Kawi",
  "Kayah_Li",
  "Kharoshthi",
  "Khitan_Small_Script",
  "Khmer",
  "Khojki",
  "Khudawadi",
  "Lao",
  "Latin",
  "Lepcha",
  "Limbu",
  "Linear_A",
  "Linear_B",
  "Lisu",
  "Lycian",
  "Lydian",
  "Mahajani",
  "Makasar",
  "Malayalam",
  "Mandaic",
  "Manichaean",
  "Marchen",
  "Masaram_Gondi",
  "Medefaidrin",
  "Meetei_Mayek",
  "Mende_Kikakui",
  "Meroitic_Cursive",
  "Meroitic_Hieroglyphs",
  "Miao",
  "Modi",
  "Mongolian",
  "Mro",
  "Multani",
  "Myanmar",
  "Nabataean",
  "Nag_Mundari",
  "Nandinagari",
  "New_Tai_Lue",
  "Newa",
  "Nko",
  "Nushu",
  "Nyiakeng_Puachue_Hmong",
  "Ogham",
  "Ol_Chiki",
  "Old_Hungarian",
  "Old_Italic",
  "Old_North_Arabian",
  "Old_Permic",
  "Old_Persian",
  "Old_Sogdian",
  "Old_South_Arabian",
  "Old_Turkic",
  "Old_Uyghur",
  "Oriya",
  "Osage",
  "Osmanya",
  "Pahawh_Hmong",
  "Palmyrene",
  "Pau_Cin_Hau",
  "Phags_Pa",
  "Phoenician",
  "Psalter_Pahlavi",
  "Rejang",
  "Runic",
  "Samaritan",
  "Saurashtra",
  "Sharada",
  "Shavian",
  "Siddham",
  "SignWriting",
  "Sinhala",
  "Sogdian",
  "Sora_Sompeng",
  "Soyombo",
  "Sundanese",
  "Syloti_Nagri",
  "Syriac",
  "Tagalog",
  "Tagbanwa",
  "Tai_Le",
  "Tai_Tham",
  "Tai_Viet",
  "Takri",
  "Tamil",
  "Tangsa",
  "Tangut",
  "Telugu",
  "Thaana",
  "Thai",
  "Tibetan",
  "Tifinagh",
  "Tirhuta",
  "Toto",
  "Ugaritic",
  "Unknown",
  "Vai",
  "Vithkuqi",
  "Wancho",
  "Warang_Citi",
  "Yezidi",
  "Yi",
  "Zanabazar_Square"
]), NEW_SCRIPT_NAMES = /* @__PURE__ */ new Set([
  "Garay",
  "Gurung_Khema",
  "Kirat_Rai",
  "Ol_Onal",
  "Sunuwar",
  "Todhri",
  "Tulu_Tigalari"
]), _sweepCache = /* @__PURE__ */ new Map(), _foldCache = /* @__PURE__ */ new Map(), buildForProperty = (name) => {
  if (NEW_SCRIPT_NAMES.has(name))
    return _NEW_SCRIPTS.get(name);
  let kind = null, pattern = null;
  if (STABLE_CATEGORY_NAMES.has(name))
    kind = "category", pattern = `\\p{General_Category=${name}}`;
  else if (STABLE_SCRIPT_NAMES.has(name))
    kind = "script", pattern = `\\p{Script=${name}}`;
  else
    return null;
  let cacheKey = `${kind}:${name}`, cached = _sweepCache.get(cacheKey);
  if (cached)
    return cached;
  let base = sweepPlatform(pattern), delta = kind === "category" ? _DELTA_CATEGORIES.get(name) : _DELTA_SCRIPTS.get(name), merged = delta ? mergeRanges(base, delta) : base, table = new UnicodeRangeTable(merged);
  return _sweepCache.set(cacheKey, table), table;
}, buildFoldOverlay = (name) => {
  let cached = _foldCache.get(name);
  if (cached !== void 0)
    return cached;
  let base = buildForProperty(name);
  if (!base)
    return _foldCache.set(name, null), null;
  let inBase = (r) => {
    let lo = 0, hi = base.length;
    for (; lo < hi; ) {
      let m = lo + hi >> 1, rlo = base.getLo(m), rhi = base.getHi(m);
      if (r < rlo)
        hi = m;
      else if (r > rhi)
        lo = m + 1;
      else
        return (r - rlo) % base.getStride(m) === 0;
    }
    return !1;
  }, orbit = getCASE_ORBIT(), simpleFold2 = (r) => {
    let folded = orbit.get(r);
    if (folded !== void 0)
      return folded;
    let s = String.fromCodePoint(r), lower = s.toLowerCase();
    if (lower.length === s.length) {
      let lowerCp = lower.codePointAt(0);
      if (lowerCp !== void 0 && lowerCp !== r)
        return lowerCp;
    }
    let upper = s.toUpperCase();
    if (upper.length === s.length) {
      let upperCp = upper.codePointAt(0);
      if (upperCp !== void 0 && upperCp !== r)
        return upperCp;
    }
    return r;
  }, extras = /* @__PURE__ */ new Set();
  for (let i = 0; i < base.length; i++) {
    let lo = base.getLo(i), hi = base.getHi(i), stride = base.getStride(i);
    for (let cp = lo; cp <= hi; cp += stride) {
      let r = simpleFold2(cp);
      for (; r !== cp; )
        inBase(r) || extras.add(r), r = simpleFold2(r);
    }
  }
  if (extras.size === 0)
    return _foldCache.set(name, null), null;
  let sorted = Array.from(extras).sort((a, b) => a - b), merged = [];
  for (let cp of sorted) {
    let last = merged[merged.length - 1];
    last && last[1] + 1 === cp ? last[1] = cp : merged.push([cp, cp]);
  }
  let out = new Uint32Array(merged.length * 3);
  for (let i = 0; i < merged.length; i++)
    out[i * 3] = merged[i][0], out[i * 3 + 1] = merged[i][1], out[i * 3 + 2] = 1;
  let table = new UnicodeRangeTable(out);
  return _foldCache.set(name, table), table;
}, getUpper = () => {
  let table = buildForProperty("Lu");
  if (table === null)
    throw new Error("Upper: missing Lu property");
  return table;
}, UnicodeTables = {
  get CASE_ORBIT() {
    return getCASE_ORBIT();
  },
  STABLE_CATEGORY_NAMES,
  STABLE_SCRIPT_NAMES,
  NEW_SCRIPT_NAMES,
  buildForProperty,
  buildFoldOverlay,
  CATEGORIES: {
    has: (name) => STABLE_CATEGORY_NAMES.has(name),
    get: (name) => buildForProperty(name)
  },
  SCRIPTS: {
    has: (name) => STABLE_SCRIPT_NAMES.has(name) || NEW_SCRIPT_NAMES.has(name),
    get: (name) => buildForProperty(name)
  },
  FOLD_CATEGORIES: {
    has: (name) => STABLE_CATEGORY_NAMES.has(name),
    get: (name) => buildFoldOverlay(name)
  },
  FOLD_SCRIPT: {
    has: (name) => STABLE_SCRIPT_NAMES.has(name) || NEW_SCRIPT_NAMES.has(name),
    get: (name) => buildFoldOverlay(name)
  },
  get Upper() {
    return getUpper();
  },
  // --- Test-only hooks: expose the raw bundled 15.0→16.0 delta and
  // new-in-16.0 script data so tests can verify the generator output.
  // These are not part of the public API.
  _deltaCategoryRanges: (name) => _DELTA_CATEGORIES.get(name),
  _deltaScriptRanges: (name) => _DELTA_SCRIPTS.get(name),
  _newScriptTable: (name) => _NEW_SCRIPTS.get(name)
};

// node_modules/@bufbuild/re2/dist/esm/Unicode.js
var MAX_RUNE = 1114111, MAX_ASCII = 127;
var MAX_BMP = 65535, MIN_FOLD = 65, MAX_FOLD = 125251, MIN_HIGH_SURROGATE = 55296, MAX_HIGH_SURROGATE = 56319, MIN_LOW_SURROGATE = 56320, MAX_LOW_SURROGATE = 57343, MIN_SUPPLEMENTARY_CODE_POINT = 65536;
function simpleFold(r) {
  let folded = UnicodeTables.CASE_ORBIT.get(r);
  if (folded !== void 0)
    return folded;
  let s = String.fromCodePoint(r), lower = s.toLowerCase();
  if (lower.length === s.length) {
    let lowerCp = lower.codePointAt(0);
    if (lowerCp !== void 0 && lowerCp !== r)
      return lowerCp;
  }
  let upper = s.toUpperCase();
  if (upper.length === s.length) {
    let upperCp = upper.codePointAt(0);
    if (upperCp !== void 0 && upperCp !== r)
      return upperCp;
  }
  return r;
}
function equalsIgnoreCase(r1, r2) {
  if (r1 < 0 || r2 < 0)
    return !1;
  if (r1 === r2)
    return !0;
  if (r1 <= MAX_ASCII && r2 <= MAX_ASCII)
    return 65 <= r1 && r1 <= 90 && (r1 |= 32), 65 <= r2 && r2 <= 90 && (r2 |= 32), r1 === r2;
  for (let r = simpleFold(r1); r !== r1; r = simpleFold(r))
    if (r === r2)
      return !0;
  return !1;
}

// node_modules/@bufbuild/re2/dist/esm/chars.js
var codePointAtOrThrow = (s, i) => {
  let cp = s.codePointAt(i);
  if (cp === void 0)
    throw new Error(`codePointAt(${i}) returned undefined for ${JSON.stringify(s)}`);
  return cp;
};

// node_modules/@bufbuild/re2/dist/esm/Utils.js
var METACHARACTERS = "\\.+*?()|[]{}^$", EMPTY_BEGIN_LINE = 1, EMPTY_END_LINE = 2, EMPTY_BEGIN_TEXT = 4, EMPTY_END_TEXT = 8, EMPTY_WORD_BOUNDARY = 16, EMPTY_NO_WORD_BOUNDARY = 32;
function emptyInts() {
  return [];
}
function isalnum(c) {
  return 48 <= c && c <= 57 || 97 <= c && c <= 122 || 65 <= c && c <= 90;
}
function unhex(c) {
  return 48 <= c && c <= 57 ? c - 48 : 97 <= c && c <= 102 ? c - 97 + 10 : 65 <= c && c <= 70 ? c - 65 + 10 : -1;
}
function stringToRunes(str) {
  return Array.from(String(str)).map((s) => codePointAtOrThrow(s, 0));
}
function runeToString(r) {
  return String.fromCodePoint(r);
}
function isWordRune(r) {
  return 97 <= r && r <= 122 || 65 <= r && r <= 90 || 48 <= r && r <= 57 || r === 95;
}
function emptyOpContext(r1, r2) {
  let op = 0;
  return r1 < 0 && (op |= EMPTY_BEGIN_TEXT | EMPTY_BEGIN_LINE), r1 === 10 && (op |= EMPTY_BEGIN_LINE), r2 < 0 && (op |= EMPTY_END_TEXT | EMPTY_END_LINE), r2 === 10 && (op |= EMPTY_END_LINE), isWordRune(r1) !== isWordRune(r2) ? op |= EMPTY_WORD_BOUNDARY : op |= EMPTY_NO_WORD_BOUNDARY, op;
}
function quoteMeta(str) {
  return str.split("").map((s) => METACHARACTERS.indexOf(s) >= 0 ? `\\${s}` : s).join("");
}
function charCount(codePoint) {
  return codePoint > MAX_BMP ? 2 : 1;
}

// node_modules/@bufbuild/re2/dist/esm/MachineInput.js
var MachineUTF16Input = class _MachineUTF16Input {
  charSequence;
  start;
  end;
  constructor(charSequence, start = 0, end = charSequence.length) {
    this.charSequence = charSequence, this.start = start, this.end = end;
  }
  static EOF() {
    return -8;
  }
  endPos() {
    return this.end;
  }
  hasString(prefilter, pos) {
    let idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  step(pos) {
    if (pos += this.start, pos >= this.end)
      return _MachineUTF16Input.EOF();
    let c1 = this.charSequence.charCodeAt(pos);
    if (c1 < MIN_HIGH_SURROGATE || c1 > MAX_HIGH_SURROGATE || pos + 1 >= this.end)
      return c1 << 3 | 1;
    let c2 = this.charSequence.charCodeAt(pos + 1);
    return c2 >= MIN_LOW_SURROGATE && c2 <= MAX_LOW_SURROGATE ? (c1 - MIN_HIGH_SURROGATE) * 1024 + (c2 - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2 : c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    let i = this.charSequence.indexOf(re2.prefix, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = pos > 0 && pos <= this.charSequence.length ? this.charSequence.codePointAt(pos - 1) : -1, r2 = pos < this.charSequence.length ? this.charSequence.codePointAt(pos) : -1;
    if (r1 === void 0 || r2 === void 0)
      throw new Error("invalid state");
    return emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
function fromUTF16(charSequence, start = 0, end = charSequence.length) {
  return new MachineUTF16Input(charSequence, start, end);
}

// node_modules/@bufbuild/re2/dist/esm/Inst.js
var Inst = class _Inst {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  op;
  out;
  arg;
  runes;
  static isRuneOp(op) {
    return _Inst.RUNE <= op && op <= _Inst.RUNE_ANY_NOT_NL;
  }
  constructor(op) {
    this.op = op, this.out = 0, this.arg = 0, this.runes = [];
  }
  // MatchRune returns true if the instruction matches (and consumes) r.
  // It should only be called when op is a rune op.
  matchRune(r) {
    if (this.runes.length === 1) {
      let r0 = this.runes[0];
      return (this.arg & 1) !== 0 ? equalsIgnoreCase(r0, r) : r === r0;
    }
    let len = this.runes.length;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j])
          return !1;
        if (r <= this.runes[j + 1])
          return !0;
      }
      return !1;
    }
    let lo = 0, hi = this.runes.length / 2 | 0;
    for (; lo < hi; ) {
      let m = lo + hi >> 1;
      if (this.runes[2 * m] <= r) {
        if (r <= this.runes[2 * m + 1])
          return !0;
        lo = m + 1;
      } else
        hi = m;
    }
    return !1;
  }
};

// node_modules/@bufbuild/re2/dist/esm/DFA.js
var hashPCs = (pcs) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++)
    h ^= pcs[i], h = Math.imul(h, 16777619);
  return h;
}, arraysEqual = (a, b) => {
  if (a.length !== b.length)
    return !1;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return !1;
  return !0;
}, DFAState = class {
  nfaStates;
  isMatch;
  hasEmptyWidth;
  matchIDs;
  nextAscii;
  nextMap;
  constructor(nfaStates, isMatch, hasEmptyWidth, matchIDs = []) {
    this.nfaStates = nfaStates, this.isMatch = isMatch, this.hasEmptyWidth = hasEmptyWidth, this.matchIDs = matchIDs, this.nextAscii = new Array(MAX_ASCII + 1).fill(null), this.nextMap = /* @__PURE__ */ new Map();
  }
}, DFA = class _DFA {
  prog;
  stateCache;
  stateCount;
  startState;
  stateLimit;
  cacheClears;
  failed;
  static MAX_CACHE_CLEARS = 5;
  constructor(prog) {
    this.prog = prog, this.stateCache = /* @__PURE__ */ new Map(), this.stateCount = 0, this.startState = null, this.stateLimit = 1e4, this.cacheClears = 0, this.failed = !1;
  }
  // Follows epsilon transitions to find all reachable states without consuming a char.
  // Stops at EMPTY_WIDTH (includes the PC but does not follow through).
  computeClosure(pcs) {
    let closure = /* @__PURE__ */ new Set(), stack = [...pcs], isMatch = !1, hasEmptyWidth = !1, matchIDs = [];
    for (; stack.length > 0; ) {
      let pc = stack.pop();
      if (pc === void 0)
        throw new Error("invalid state");
      if (closure.has(pc))
        continue;
      closure.add(pc);
      let inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.MATCH:
          isMatch = !0, matchIDs.includes(inst.arg) || matchIDs.push(inst.arg);
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out), stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          hasEmptyWidth = !0;
          break;
      }
    }
    let sortedPCs = Int32Array.from(closure).sort();
    return matchIDs.sort((a, b) => a - b), { pcs: sortedPCs, isMatch, hasEmptyWidth, matchIDs };
  }
  // Resolve EMPTY_WIDTH PCs using the given context.
  // Returns { resolvedPCs: Set<number>, isMatch: boolean }
  resolveEmptyWidth(nfaStates, context) {
    let resolved = /* @__PURE__ */ new Set(), stack = [], isMatch = !1;
    for (let i = 0; i < nfaStates.length; i++) {
      let pc = nfaStates[i], inst = this.prog.getInst(pc);
      inst.op === Inst.EMPTY_WIDTH ? (inst.arg & ~context) === 0 && stack.push(inst.out) : (resolved.add(pc), inst.op === Inst.MATCH && (isMatch = !0));
    }
    for (; stack.length > 0; ) {
      let pc = stack.pop();
      if (pc === void 0)
        throw new Error("invalid state");
      if (resolved.has(pc))
        continue;
      resolved.add(pc);
      let inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.MATCH:
          isMatch = !0;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out), stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          (inst.arg & ~context) === 0 && stack.push(inst.out);
          break;
      }
    }
    return { resolvedPCs: resolved, isMatch };
  }
  getState(pcs) {
    let closureResult = this.computeClosure(pcs), sortedPCs = closureResult.pcs, hash = hashPCs(sortedPCs), bucket = this.stateCache.get(hash);
    if (bucket)
      for (let i = 0; i < bucket.length; i++) {
        let state2 = bucket[i];
        if (arraysEqual(state2.nfaStates, sortedPCs))
          return state2;
      }
    else
      bucket = [], this.stateCache.set(hash, bucket);
    if (this.failed)
      return null;
    if (this.stateCount >= this.stateLimit)
      return this.stateCache.clear(), this.stateCount = 0, this.startState = null, this.cacheClears++, this.cacheClears >= _DFA.MAX_CACHE_CLEARS && (this.failed = !0), null;
    let state = new DFAState(sortedPCs, closureResult.isMatch, closureResult.hasEmptyWidth, closureResult.matchIDs);
    return bucket.push(state), this.stateCount++, state;
  }
  // Compute the next DFA state given a current state, a character, and context.
  // Context is needed only when the state has EMPTY_WIDTH PCs.
  step(state, charCode, anchor, context) {
    let cacheKey = 0;
    if (state.hasEmptyWidth) {
      cacheKey = charCode * 128 + (context & 63) * 2 + (anchor === 0 ? 0 : 1);
      let cached = state.nextMap.get(cacheKey);
      if (cached !== void 0 || state.nextMap.has(cacheKey))
        return cached ?? null;
    } else if (anchor === 0 && charCode <= MAX_ASCII) {
      let next = state.nextAscii[charCode];
      if (next !== null)
        return next;
    } else {
      cacheKey = charCode + (anchor === 0 ? 0 : MAX_RUNE + 1);
      let cached = state.nextMap.get(cacheKey);
      if (cached !== void 0 || state.nextMap.has(cacheKey))
        return cached ?? null;
    }
    let activePCs;
    if (state.hasEmptyWidth) {
      let { resolvedPCs } = this.resolveEmptyWidth(state.nfaStates, context);
      activePCs = resolvedPCs;
    } else
      activePCs = state.nfaStates;
    let nextPCs = [], iterPCs = activePCs instanceof Set ? activePCs : state.nfaStates;
    for (let pc of iterPCs) {
      let inst = this.prog.getInst(pc);
      Inst.isRuneOp(inst.op) && inst.matchRune(charCode) && nextPCs.push(inst.out);
    }
    anchor === 0 && nextPCs.push(this.prog.start);
    let nextState = this.getState(nextPCs);
    return state.hasEmptyWidth ? state.nextMap.set(cacheKey, nextState) : anchor === 0 && charCode <= MAX_ASCII ? state.nextAscii[charCode] = nextState : (cacheKey = charCode + (anchor === 0 ? 0 : MAX_RUNE + 1), state.nextMap.set(cacheKey, nextState)), nextState;
  }
  // The hot loop: Execute the Lazy DFA
  match(input, pos, anchor) {
    if (!this.startState && (this.startState = this.getState([this.prog.start]), !this.startState))
      return null;
    let endPos = input.endPos(), currentState = this.startState, prevRune = -1;
    if (pos > 0) {
      let r = input.step(pos - 1) >> 3;
      r >= 0 && (prevRune = r);
    }
    if (currentState.isMatch)
      if (anchor === 2) {
        if (pos === endPos)
          return !0;
      } else
        return !0;
    let i = pos;
    for (; i < endPos; ) {
      let r = input.step(i), rune = r >> 3, width = r & 7;
      if (width === 0)
        break;
      let context = emptyOpContext(prevRune, rune);
      if (currentState.hasEmptyWidth) {
        let { isMatch } = this.resolveEmptyWidth(currentState.nfaStates, context);
        if (isMatch && anchor !== 2)
          return !0;
      }
      if (!currentState.hasEmptyWidth && anchor === 0 && rune <= MAX_ASCII ? currentState = currentState.nextAscii[rune] || this.step(currentState, rune, anchor, context) : currentState = this.step(currentState, rune, anchor, context), currentState === null)
        return null;
      if (currentState.isMatch)
        if (anchor === 2) {
          if (i + width === endPos)
            return !0;
        } else
          return !0;
      if (currentState.nfaStates.length === 0 && anchor !== 0)
        return !1;
      prevRune = rune, i += width;
    }
    if (currentState.hasEmptyWidth) {
      let endContext = emptyOpContext(prevRune, -1), { isMatch } = this.resolveEmptyWidth(currentState.nfaStates, endContext);
      if (isMatch)
        return !0;
    }
    return !1;
  }
};

// node_modules/@bufbuild/re2/dist/esm/Regexp.js
var Regexp = class _Regexp {
  static Op = {
    NO_MATCH: 0,
    EMPTY_MATCH: 1,
    LITERAL: 2,
    CHAR_CLASS: 3,
    ANY_CHAR_NOT_NL: 4,
    ANY_CHAR: 5,
    BEGIN_LINE: 6,
    END_LINE: 7,
    BEGIN_TEXT: 8,
    END_TEXT: 9,
    WORD_BOUNDARY: 10,
    NO_WORD_BOUNDARY: 11,
    CAPTURE: 12,
    STAR: 13,
    PLUS: 14,
    QUEST: 15,
    REPEAT: 16,
    CONCAT: 17,
    ALTERNATE: 18,
    LEFT_PAREN: 19,
    VERTICAL_BAR: 20
  };
  static isPseudoOp(op) {
    return op >= _Regexp.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static fromRegexp(re) {
    let regex = new _Regexp(re.op);
    return regex.flags = re.flags, regex.subs = re.subs, regex.runes = re.runes, regex.cap = re.cap, regex.min = re.min, regex.max = re.max, regex.name = re.name, regex.namedGroups = re.namedGroups, regex;
  }
  op;
  flags;
  subs;
  runes;
  min;
  max;
  cap;
  name;
  namedGroups;
  constructor(op) {
    this.op = op, this.flags = 0, this.subs = _Regexp.emptySubs(), this.runes = [], this.min = 0, this.max = 0, this.cap = 0, this.name = null, this.namedGroups = /* @__PURE__ */ new Map();
  }
  reinit() {
    this.flags = 0, this.subs = _Regexp.emptySubs(), this.runes = [], this.cap = 0, this.min = 0, this.max = 0, this.name = null, this.namedGroups = /* @__PURE__ */ new Map();
  }
  // maxCap() walks the regexp to find the maximum capture index.
  maxCap() {
    let m = 0;
    if (this.op === _Regexp.Op.CAPTURE && (m = this.cap), this.subs !== null)
      for (let sub of this.subs) {
        let n = sub.maxCap();
        m < n && (m = n);
      }
    return m;
  }
};

// node_modules/@bufbuild/re2/dist/esm/Prefilter.js
var Prefilter = class _Prefilter {
  type;
  subs;
  str;
  static Type = { NONE: 0, EXACT: 1, AND: 2, OR: 3 };
  constructor(type) {
    this.type = type, this.subs = [], this.str = "";
  }
  eval(input, pos) {
    switch (this.type) {
      case _Prefilter.Type.NONE:
        return !0;
      case _Prefilter.Type.EXACT:
        return input.hasString(this, pos);
      case _Prefilter.Type.AND:
        for (let i = 0; i < this.subs.length; i++)
          if (!this.subs[i].eval(input, pos))
            return !1;
        return !0;
      case _Prefilter.Type.OR:
        for (let i = 0; i < this.subs.length; i++)
          if (this.subs[i].eval(input, pos))
            return !0;
        return !1;
      default:
        return !0;
    }
  }
}, fromRegexp = (re) => {
  if (!re)
    return new Prefilter(Prefilter.Type.NONE);
  switch (re.op) {
    case Regexp.Op.NO_MATCH:
    case Regexp.Op.EMPTY_MATCH:
    case Regexp.Op.BEGIN_LINE:
    case Regexp.Op.END_LINE:
    case Regexp.Op.BEGIN_TEXT:
    case Regexp.Op.END_TEXT:
    case Regexp.Op.WORD_BOUNDARY:
    case Regexp.Op.NO_WORD_BOUNDARY:
    case Regexp.Op.CHAR_CLASS:
    case Regexp.Op.ANY_CHAR_NOT_NL:
    case Regexp.Op.ANY_CHAR:
      return new Prefilter(Prefilter.Type.NONE);
    case Regexp.Op.LITERAL: {
      if (re.runes.length === 0 || (re.flags & 1) !== 0)
        return new Prefilter(Prefilter.Type.NONE);
      let pf = new Prefilter(Prefilter.Type.EXACT), str = "";
      for (let i = 0; i < re.runes.length; i++)
        str += String.fromCodePoint(re.runes[i]);
      return pf.str = str, pf;
    }
    case Regexp.Op.CAPTURE:
    case Regexp.Op.PLUS:
      return fromRegexp(re.subs[0]);
    case Regexp.Op.REPEAT:
      return re.min >= 1 ? fromRegexp(re.subs[0]) : new Prefilter(Prefilter.Type.NONE);
    case Regexp.Op.CONCAT: {
      let pf = new Prefilter(Prefilter.Type.AND);
      for (let sub of re.subs)
        pf.subs.push(fromRegexp(sub));
      return pf;
    }
    case Regexp.Op.ALTERNATE: {
      let pf = new Prefilter(Prefilter.Type.OR);
      for (let sub of re.subs)
        pf.subs.push(fromRegexp(sub));
      return pf;
    }
    default:
      return new Prefilter(Prefilter.Type.NONE);
  }
}, simplify = (pf) => {
  if (pf.type === Prefilter.Type.EXACT || pf.type === Prefilter.Type.NONE)
    return pf;
  if (pf.type === Prefilter.Type.AND) {
    let newSubs = [];
    for (let sub of pf.subs) {
      let s = simplify(sub);
      s.type !== Prefilter.Type.NONE && (s.type === Prefilter.Type.AND ? newSubs.push(...s.subs) : newSubs.push(s));
    }
    return newSubs.length === 0 ? new Prefilter(Prefilter.Type.NONE) : newSubs.length === 1 ? newSubs[0] : (pf.subs = newSubs, pf);
  }
  if (pf.type === Prefilter.Type.OR) {
    let newSubs = [];
    for (let sub of pf.subs) {
      let s = simplify(sub);
      if (s.type === Prefilter.Type.NONE)
        return new Prefilter(Prefilter.Type.NONE);
      s.type === Prefilter.Type.OR ? newSubs.push(...s.subs) : newSubs.push(s);
    }
    if (newSubs.length === 0)
      return new Prefilter(Prefilter.Type.NONE);
    if (newSubs.length === 1)
      return newSubs[0];
    let seen = /* @__PURE__ */ new Set(), uniqueSubs = [];
    for (let sub of newSubs)
      sub.type === Prefilter.Type.EXACT ? seen.has(sub.str) || (seen.add(sub.str), uniqueSubs.push(sub)) : uniqueSubs.push(sub);
    return pf.subs = uniqueSubs, pf;
  }
  return pf;
}, PrefilterTree = {
  build: (re) => simplify(fromRegexp(re))
};

// node_modules/@bufbuild/re2/dist/esm/Prog.js
var PatchList = class {
  head;
  tail;
  /**
   * @param {number} head - Encoded pointer to the start of the patch list.
   * @param {number} tail - Encoded pointer to the end of the patch list.
   */
  constructor(head = 0, tail = 0) {
    this.head = head, this.tail = tail;
  }
}, Prog = class {
  inst;
  start;
  numCap;
  constructor() {
    this.inst = [], this.start = 0, this.numCap = 2;
  }
  // Returns the instruction at the specified pc.
  // Precondition: pc > 0 && pc < numInst().
  getInst(pc) {
    return this.inst[pc];
  }
  // Returns the number of instructions in this program.
  numInst() {
    return this.inst.length;
  }
  // Adds a new instruction to this program, with operator |op| and |pc| equal
  // to |numInst()|.
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  // skipNop() follows any no-op or capturing instructions and returns the
  // resulting instruction.
  skipNop(pc) {
    let i = this.inst[pc];
    for (; i.op === Inst.NOP || i.op === Inst.CAPTURE; )
      i = this.inst[pc], pc = i.out;
    return i;
  }
  // prefix() returns a pair of a literal string that all matches for the
  // regexp must start with, and a boolean which is true if the prefix is the
  // entire match.  The string is returned by appending to |prefix|.
  prefix() {
    let prefix = "", i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1)
      return [i.op === Inst.MATCH, prefix];
    for (; Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & 1) === 0; )
      prefix += String.fromCodePoint(i.runes[0]), i = this.skipNop(i.out);
    return [i.op === Inst.MATCH, prefix];
  }
  // startCond() returns the leading empty-width conditions that must be true
  // in any match.  It returns -1 (all bits set) if no matches are possible.
  startCond() {
    let flag = 0, pc = this.start;
    loop: for (; ; ) {
      let i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  // --- Patch list ---
  // A patchlist is a list of instruction pointers that need to be filled in
  // (patched).  Because the pointers haven't been filled in yet, we can reuse
  // their storage to hold the list.  It's kind of sleazy, but works well in
  // practice.  See http://swtch.com/~rsc/regexp/regexp1.html for inspiration.
  // These aren't really pointers: they're integers, so we can reinterpret them
  // this way without using package unsafe.  A value l denotes p.inst[l>>1].out
  // (l&1==0) or .arg (l&1==1).  l == 0 denotes the empty list, okay because we
  // start every program with a fail instruction, so we'll never want to point
  // at its output link.
  next(l) {
    let i = this.inst[l >> 1];
    return (l & 1) === 0 ? i.out : i.arg;
  }
  patch(l, val) {
    let head = l.head;
    for (; head !== 0; ) {
      let i = this.inst[head >> 1];
      (head & 1) === 0 ? (head = i.out, i.out = val) : (head = i.arg, i.arg = val);
    }
  }
  append(l1, l2) {
    if (l1.head === 0)
      return l2;
    if (l2.head === 0)
      return l1;
    let i = this.inst[l1.tail >> 1];
    return (l1.tail & 1) === 0 ? i.out = l2.head : i.arg = l2.head, new PatchList(l1.head, l2.tail);
  }
};

// node_modules/@bufbuild/re2/dist/esm/exceptions.js
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message), this.name = "RE2JSException";
  }
}, RE2JSSyntaxException = class extends RE2JSException {
  error;
  input;
  /**
   * @param {string} error
   * @param {string|null} [input=null]
   */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    input && (message += `: \`${input}\``), super(message), this.name = "RE2JSSyntaxException", this.message = message, this.error = error, this.input = input;
  }
  /**
   * Retrieves the description of the error.
   * @returns {string}
   */
  getDescription() {
    return this.error;
  }
  /**
   * Retrieves the erroneous regular-expression pattern.
   * @returns {string|null}
   */
  getPattern() {
    return this.input;
  }
}, RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message), this.name = "RE2JSCompileException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message), this.name = "RE2JSFlagsException";
  }
};

// node_modules/@bufbuild/re2/dist/esm/Compiler.js
var Frag = class {
  i;
  out;
  nullable;
  constructor(i = 0, out = new PatchList(), nullable = !1) {
    this.i = i, this.out = out, this.nullable = nullable;
  }
}, Compiler = class _Compiler {
  prog;
  static ANY_RUNE_NOT_NL() {
    return [0, 9, 11, MAX_RUNE];
  }
  static ANY_RUNE() {
    return [0, MAX_RUNE];
  }
  static compileRegexp(re) {
    let c = new _Compiler(), f = c.compile(re);
    return c.prog.patch(f.out, c.newInst(Inst.MATCH).i), c.prog.start = f.i, c.prog;
  }
  constructor() {
    this.prog = new Prog(), this.newInst(Inst.FAIL);
  }
  newInst(op) {
    return this.prog.addInst(op), new Frag(this.prog.numInst() - 1, new PatchList(), !0);
  }
  // Returns a no-op fragment.  Sometimes unavoidable.
  nop() {
    let f = this.newInst(Inst.NOP);
    return f.out = new PatchList(f.i << 1, f.i << 1), f;
  }
  fail() {
    return new Frag();
  }
  // Given fragment a, returns (a) capturing as \n.
  // Given a fragment a, returns a fragment with capturing parens around a.
  cap(arg) {
    let f = this.newInst(Inst.CAPTURE);
    return f.out = new PatchList(f.i << 1, f.i << 1), this.prog.getInst(f.i).arg = arg, this.prog.numCap < arg + 1 && (this.prog.numCap = arg + 1), f;
  }
  // Given fragments a and b, returns ab; a|b
  cat(f1, f2) {
    return f1.i === 0 || f2.i === 0 ? this.fail() : (this.prog.patch(f1.out, f2.i), new Frag(f1.i, f2.out, f1.nullable && f2.nullable));
  }
  // Given fragments for a and b, returns fragment for a|b.
  alt(f1, f2) {
    if (f1.i === 0)
      return f2;
    if (f2.i === 0)
      return f1;
    let f = this.newInst(Inst.ALT), i = this.prog.getInst(f.i);
    return i.out = f1.i, i.arg = f2.i, f.out = this.prog.append(f1.out, f2.out), f.nullable = f1.nullable || f2.nullable, f;
  }
  // loop returns the fragment for the main loop of a plus or star.
  // For plus, it can be used directly. with f1.i as the entry.
  // For star, it can be used directly when f1 can't match an empty string.
  // (When f1 can match an empty string, f1* must be implemented as (f1+)?
  // to get the priority match order correct.)
  loop(f1, nongreedy) {
    let f = this.newInst(Inst.ALT), i = this.prog.getInst(f.i);
    return nongreedy ? (i.arg = f1.i, f.out = new PatchList(f.i << 1, f.i << 1)) : (i.out = f1.i, f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1)), this.prog.patch(f1.out, f.i), f;
  }
  // Given a fragment for a, returns a fragment for a? or a?? (if nongreedy)
  quest(f1, nongreedy) {
    let f = this.newInst(Inst.ALT), i = this.prog.getInst(f.i);
    return nongreedy ? (i.arg = f1.i, f.out = new PatchList(f.i << 1, f.i << 1)) : (i.out = f1.i, f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1)), f.out = this.prog.append(f.out, f1.out), f;
  }
  // Given a fragment a, returns a fragment for a* or a*? (if nongreedy)
  star(f1, nongreedy) {
    return f1.nullable ? this.quest(this.plus(f1, nongreedy), nongreedy) : this.loop(f1, nongreedy);
  }
  // Given a fragment for a, returns a fragment for a+ or a+? (if nongreedy)
  plus(f1, nongreedy) {
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  // op is a bitmask of EMPTY_* flags.
  empty(op) {
    let f = this.newInst(Inst.EMPTY_WIDTH);
    return this.prog.getInst(f.i).arg = op, f.out = new PatchList(f.i << 1, f.i << 1), f;
  }
  // flags : parser flags
  rune(runes, flags) {
    let f = this.newInst(Inst.RUNE);
    f.nullable = !1;
    let i = this.prog.getInst(f.i);
    return i.runes = runes, flags &= 1, (runes.length !== 1 || simpleFold(runes[0]) === runes[0]) && (flags &= -2), i.arg = flags, f.out = new PatchList(f.i << 1, f.i << 1), (flags & 1) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1] ? i.op = Inst.RUNE1 : runes.length === 2 && runes[0] === 0 && runes[1] === MAX_RUNE ? i.op = Inst.RUNE_ANY : runes.length === 4 && runes[0] === 0 && runes[1] === 9 && runes[2] === 11 && runes[3] === MAX_RUNE && (i.op = Inst.RUNE_ANY_NOT_NL), f;
  }
  compile(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL:
        if (re.runes.length === 0)
          return this.nop();
        let f = null;
        for (let r of re.runes) {
          let f1 = this.rune([r], re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(_Compiler.ANY_RUNE_NOT_NL(), 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(_Compiler.ANY_RUNE(), 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CAPTURE: {
        let bra = this.cap(re.cap << 1), sub = this.compile(re.subs[0]), ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(bra, sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(this.compile(re.subs[0]), (re.flags & 32) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(this.compile(re.subs[0]), (re.flags & 32) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(this.compile(re.subs[0]), (re.flags & 32) !== 0);
      case Regexp.Op.CONCAT: {
        if (re.subs.length === 0)
          return this.nop();
        let f2 = null;
        for (let sub of re.subs) {
          let f1 = this.compile(sub);
          f2 = f2 === null ? f1 : this.cat(f2, f1);
        }
        if (f2 === null)
          throw new Error("invalid frag");
        return f2;
      }
      case Regexp.Op.ALTERNATE: {
        if (re.subs.length === 0)
          return this.nop();
        let f2 = null;
        for (let sub of re.subs) {
          let f1 = this.compile(sub);
          f2 = f2 === null ? f1 : this.alt(f2, f1);
        }
        if (f2 === null)
          throw new Error("invalid frag");
        return f2;
      }
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};

// node_modules/@bufbuild/re2/dist/esm/Simplify.js
function simplify2(re) {
  switch (re.op) {
    case Regexp.Op.CAPTURE: {
      let sub = simplify2(re.subs[0]);
      if (sub !== re.subs[0]) {
        let nre = Regexp.fromRegexp(re);
        return nre.runes = [], nre.subs = [sub], nre;
      }
      return re;
    }
    case Regexp.Op.CONCAT:
    case Regexp.Op.ALTERNATE: {
      let newSubs = [], changed = !1;
      for (let i = 0; i < re.subs.length; i++) {
        let sub = re.subs[i], nsub = simplify2(sub);
        if (nsub !== sub && (changed = !0), re.op === Regexp.Op.CONCAT) {
          if (nsub.op === Regexp.Op.NO_MATCH)
            return new Regexp(Regexp.Op.NO_MATCH);
          if (nsub.op === Regexp.Op.EMPTY_MATCH) {
            changed = !0;
            continue;
          }
          if (nsub.op === Regexp.Op.CONCAT) {
            changed = !0, newSubs.push(...nsub.subs);
            continue;
          }
        } else if (re.op === Regexp.Op.ALTERNATE) {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            changed = !0;
            continue;
          }
          if (nsub.op === Regexp.Op.ALTERNATE) {
            changed = !0, newSubs.push(...nsub.subs);
            continue;
          }
        }
        newSubs.push(nsub);
      }
      if (changed) {
        if (newSubs.length === 0)
          return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
        if (newSubs.length === 1)
          return newSubs[0];
        let nre = Regexp.fromRegexp(re);
        return nre.runes = [], nre.subs = newSubs, nre;
      }
      return re;
    }
    case Regexp.Op.CHAR_CLASS:
      return re.runes === null ? re : re.runes.length === 0 ? new Regexp(Regexp.Op.NO_MATCH) : re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === MAX_RUNE ? new Regexp(Regexp.Op.ANY_CHAR) : re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === 9 && re.runes[2] === 11 && re.runes[3] === MAX_RUNE ? new Regexp(Regexp.Op.ANY_CHAR_NOT_NL) : re;
    case Regexp.Op.STAR:
    case Regexp.Op.PLUS:
    case Regexp.Op.QUEST: {
      let sub = simplify2(re.subs[0]);
      return simplify1(re.op, re.flags, sub, re);
    }
    case Regexp.Op.REPEAT: {
      if (re.min === 0 && re.max === 0)
        return new Regexp(Regexp.Op.EMPTY_MATCH);
      let sub = simplify2(re.subs[0]);
      if (re.max === -1) {
        if (re.min === 0)
          return simplify1(Regexp.Op.STAR, re.flags, sub, null);
        if (re.min === 1)
          return simplify1(Regexp.Op.PLUS, re.flags, sub, null);
        let nre = new Regexp(Regexp.Op.CONCAT), subs = [];
        for (let i = 0; i < re.min - 1; i++)
          subs.push(sub);
        return subs.push(simplify1(Regexp.Op.PLUS, re.flags, sub, null)), nre.subs = subs.slice(0), simplify2(nre);
      }
      if (re.min === 1 && re.max === 1)
        return sub;
      let prefixSubs = null;
      if (re.min > 0) {
        prefixSubs = [];
        for (let i = 0; i < re.min; i++)
          prefixSubs.push(sub);
      }
      if (re.max > re.min) {
        let suffix = simplify1(Regexp.Op.QUEST, re.flags, sub, null);
        for (let i = re.min + 1; i < re.max; i++) {
          let nre2 = new Regexp(Regexp.Op.CONCAT);
          nre2.subs = [sub, suffix], suffix = simplify1(Regexp.Op.QUEST, re.flags, nre2, null);
        }
        if (prefixSubs === null)
          return suffix;
        prefixSubs.push(suffix);
      }
      if (prefixSubs !== null) {
        let prefix = new Regexp(Regexp.Op.CONCAT);
        return prefix.subs = prefixSubs.slice(0), simplify2(prefix);
      }
      return new Regexp(Regexp.Op.NO_MATCH);
    }
  }
  return re;
}
function simplify1(op, flags, sub, re) {
  if (sub.op === Regexp.Op.EMPTY_MATCH)
    return sub;
  if (sub.op === Regexp.Op.NO_MATCH)
    return op === Regexp.Op.PLUS ? sub : new Regexp(Regexp.Op.EMPTY_MATCH);
  if (op === sub.op && (flags & 32) === (sub.flags & 32))
    return sub;
  if (re !== null && re.op === op && (re.flags & 32) === (flags & 32) && sub === re.subs[0])
    return re;
  let nre = new Regexp(op);
  return nre.flags = flags, nre.subs = [sub], nre;
}

// node_modules/@bufbuild/re2/dist/esm/CharGroup.js
var CharGroup = class {
  sign;
  cls;
  constructor(sign, cls) {
    this.sign = sign, this.cls = cls;
  }
}, code1 = [48, 57], code2 = [9, 10, 12, 13, 32, 32], code3 = [48, 57, 65, 90, 95, 95, 97, 122], _PERL_GROUPS = null, getPerlGroups = () => (_PERL_GROUPS || (_PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
])), _PERL_GROUPS), code4 = [48, 57, 65, 90, 97, 122], code5 = [65, 90, 97, 122], code6 = [0, 127], code7 = [9, 9, 32, 32], code8 = [0, 31, 127, 127], code9 = [48, 57], code10 = [33, 126], code11 = [97, 122], code12 = [32, 126], code13 = [33, 47, 58, 64, 91, 96, 123, 126], code14 = [9, 13, 32, 32], code15 = [65, 90], code16 = [48, 57, 65, 90, 95, 95, 97, 122], code17 = [48, 57, 65, 70, 97, 102], _POSIX_GROUPS = null, getPosixGroups = () => (_POSIX_GROUPS || (_POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
])), _POSIX_GROUPS);

// node_modules/@bufbuild/re2/dist/esm/CharClass.js
var CharClass = class _CharClass {
  // cmp() returns the ordering of the pair (a[i], a[i+1]) relative to
  // (pivotFrom, pivotTo), where the first component of the pair (lo) is
  // ordered naturally and the second component (hi) is in reverse order.
  static cmp(array, i, pivotFrom, pivotTo) {
    let cmp = array[i] - pivotFrom;
    return cmp !== 0 ? cmp : pivotTo - array[i + 1];
  }
  // qsortIntPair() quicksorts pairs of ints in |array| according to lt().
  // Precondition: |left|, |right|, |this.len| must all be even; |this.len > 1|.
  static qsortIntPair(array, left, right) {
    let pivotIndex = ((left + right) / 2 | 0) & -2, pivotFrom = array[pivotIndex], pivotTo = array[pivotIndex + 1], i = left, j = right;
    for (; i <= j; ) {
      for (; i < right && _CharClass.cmp(array, i, pivotFrom, pivotTo) < 0; )
        i += 2;
      for (; j > left && _CharClass.cmp(array, j, pivotFrom, pivotTo) > 0; )
        j -= 2;
      if (i <= j) {
        if (i !== j) {
          let temp = array[i];
          array[i] = array[j], array[j] = temp, temp = array[i + 1], array[i + 1] = array[j + 1], array[j + 1] = temp;
        }
        i += 2, j -= 2;
      }
    }
    left < j && _CharClass.qsortIntPair(array, left, j), i < right && _CharClass.qsortIntPair(array, i, right);
  }
  r;
  len;
  constructor(r = emptyInts()) {
    this.r = r, this.len = r.length;
  }
  // Returns the character class as an int array.  Subsequent CharClass
  // operations may mutate this array, so typically this is the last operation
  // performed on a given CharClass instance.
  toArray() {
    return this.len === this.r.length ? this.r : this.r.slice(0, this.len);
  }
  // cleanClass() sorts the ranges (pairs of elements) of this CharClass,
  // merges them, and eliminates duplicates.
  cleanClass() {
    if (this.len < 4)
      return this;
    _CharClass.qsortIntPair(this.r, 0, this.len - 2);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      let lo = this.r[i], hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        hi > this.r[w - 1] && (this.r[w - 1] = hi);
        continue;
      }
      this.r[w] = lo, this.r[w + 1] = hi, w += 2;
    }
    return this.len = w, this;
  }
  // appendLiteral() appends the literal |x| to this CharClass.
  appendLiteral(x, flags) {
    return (flags & 1) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  // appendRange() appends the range [lo-hi] (inclusive) to this CharClass.
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2)
        if (this.len >= i) {
          let rlo = this.r[this.len - i], rhi = this.r[this.len - i + 1];
          if (lo <= rhi + 1 && rlo <= hi + 1)
            return lo < rlo && (this.r[this.len - i] = lo), hi > rhi && (this.r[this.len - i + 1] = hi), this;
        }
    }
    return this.r[this.len++] = lo, this.r[this.len++] = hi, this;
  }
  // appendFoldedRange() appends the range [lo-hi] and its case
  // folding-equivalent runes to this CharClass.
  appendFoldedRange(lo, hi) {
    if (lo <= MIN_FOLD && hi >= MAX_FOLD)
      return this.appendRange(lo, hi);
    if (hi < MIN_FOLD || lo > MAX_FOLD)
      return this.appendRange(lo, hi);
    lo < MIN_FOLD && (this.appendRange(lo, MIN_FOLD - 1), lo = MIN_FOLD), hi > MAX_FOLD && (this.appendRange(MAX_FOLD + 1, hi), hi = MAX_FOLD);
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = simpleFold(c); f !== c; f = simpleFold(f))
        this.appendRange(f, f);
    }
    return this;
  }
  // appendClass() appends the class |x| to this CharClass.
  // It assumes |x| is clean.  Does not mutate |x|.
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2)
      this.appendRange(x[i], x[i + 1]);
    return this;
  }
  // appendFoldedClass() appends the case folding of the class |x| to this
  // CharClass.  Does not mutate |x|.
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2)
      this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  // appendNegatedClass() append the negation of the class |x| to this
  // CharClass.  It assumes |x| is clean.  Does not mutate |x|.
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      let lo = x[i], hi = x[i + 1];
      nextLo <= lo - 1 && this.appendRange(nextLo, lo - 1), nextLo = hi + 1;
    }
    return nextLo <= MAX_RUNE && this.appendRange(nextLo, MAX_RUNE), this;
  }
  // appendTable() appends the Unicode range table |table| to this CharClass.
  // Does not mutate |table|.
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      let lo = table.getLo(i), hi = table.getHi(i), stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride)
        this.appendRange(c, c);
    }
    return this;
  }
  // appendNegatedTable() returns the result of appending the negation of range
  // table |table| to this CharClass.  Does not mutate |table|.
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      let lo = table.getLo(i), hi = table.getHi(i), stride = table.getStride(i);
      if (stride === 1) {
        nextLo <= lo - 1 && this.appendRange(nextLo, lo - 1), nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride)
        nextLo <= c - 1 && this.appendRange(nextLo, c - 1), nextLo = c + 1;
    }
    return nextLo <= MAX_RUNE && this.appendRange(nextLo, MAX_RUNE), this;
  }
  // appendTableWithSign() calls append{,Negated}Table depending on sign.
  // Does not mutate |table|.
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  // negateClass() negates this CharClass, which must already be clean.
  negateClass() {
    let nextLo = 0, w = 0;
    for (let i = 0; i < this.len; i += 2) {
      let lo = this.r[i], hi = this.r[i + 1];
      nextLo <= lo - 1 && (this.r[w] = nextLo, this.r[w + 1] = lo - 1, w += 2), nextLo = hi + 1;
    }
    return this.len = w, nextLo <= MAX_RUNE && (this.r[this.len++] = nextLo, this.r[this.len++] = MAX_RUNE), this;
  }
  // appendClassWithSign() calls appendClass() if sign is +1 or
  // appendNegatedClass if sign is -1.  Does not mutate |x|.
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  // appendGroup() appends CharGroup |g| to this CharClass, folding iff
  // |foldCase|.  Does not mutate |g|.
  appendGroup(g, foldCase) {
    let cls = g.cls;
    return foldCase && (cls = new _CharClass().appendFoldedClass(cls).cleanClass().toArray()), this.appendClassWithSign(cls, g.sign);
  }
};

// node_modules/@bufbuild/re2/dist/esm/Parser.js
var StringIterator = class {
  str;
  position;
  constructor(str) {
    this.str = str, this.position = 0;
  }
  // Returns the cursor position.  Do not interpret the result!
  pos() {
    return this.position;
  }
  // Resets the cursor position to a previous value returned by pos().
  rewindTo(pos) {
    this.position = pos;
  }
  // Returns true unless the stream is exhausted.
  more() {
    return this.position < this.str.length;
  }
  // Returns the rune at the cursor position.
  // Precondition: |more()|.
  peek() {
    return codePointAtOrThrow(this.str, this.position);
  }
  // Advances the cursor by |n| positions, which must be ASCII runes.
  //
  // (In practise, this is only ever used to skip over regexp
  // metacharacters that are ASCII, so there is no numeric difference
  // between indices into  UTF-8 bytes, UTF-16 codes and runes.)
  skip(n) {
    this.position += n;
  }
  // Advances the cursor by the number of cursor positions in |s|.
  skipString(s) {
    this.position += s.length;
  }
  // Returns the rune at the cursor position, and advances the cursor
  // past it.  Precondition: |more()|.
  pop() {
    let r = codePointAtOrThrow(this.str, this.position);
    return this.position += charCount(r), r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  // Returns the rest of the pattern from the current position.
  rest() {
    return this.str.substring(this.position);
  }
  // Returns the substring from |beforePos| to the current position.
  // |beforePos| must have been previously returned by |pos()|.
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
}, Parser = class _Parser {
  // Parse errors
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_BAD_EXPRESSION = "expression not valid";
  // maxHeight is the maximum height of a regexp parse tree.
  // It is somewhat arbitrarily chosen, but the idea is to be large enough
  // that no one will actually hit in real use but at the same time small enough
  // that recursion on the Regexp tree will not hit the 1GB Go stack limit.
  // The maximum amount of stack for a single recursive frame is probably
  // closer to 1kB, so this could potentially be raised, but it seems unlikely
  // that people have regexps nested even this deeply.
  // We ran a test on Google's C++ code base and turned up only
  // a single use case with depth > 100; it had depth 128.
  // Using depth 1000 should be plenty of margin.
  // As an optimization, we don't even bother calculating heights
  // until we've allocated at least maxHeight Regexp structures.
  static MAX_HEIGHT = 1e3;
  // maxSize is the maximum size of a compiled regexp in Insts.
  // It too is somewhat arbitrarily chosen, but the idea is to be large enough
  // to allow significant regexps while at the same time small enough that
  // the compiled form will not take up too much memory.
  // 128 MB is enough for a 3.3 million Inst structures, which roughly
  // corresponds to a 3.3 MB regexp.
  static MAX_SIZE = 3355443;
  // 128 << 20 / (5 * 8) (instSize = byte, 2 uint32, slice is 5 64-bit words)
  // maxRunes is the maximum number of runes allowed in a regexp tree
  // counting the runes in all the nodes.
  // Ignoring character classes p.numRunes is always less than the length of the regexp.
  // Character classes can make it much larger: each \pL adds 1292 runes.
  // 128 MB is enough for 32M runes, which is over 26k \pL instances.
  // Note that repetitions do not make copies of the rune slices,
  // so \pL{1000} is only one rune slice, not 1000.
  // We could keep a cache of character classes we've seen,
  // so that all the \pL we see use the same rune list,
  // but that doesn't remove the problem entirely:
  // consider something like [\pL01234][\pL01235][\pL01236]...[\pL^&*()].
  // And because the Rune slice is exposed directly in the Regexp,
  // there is not an opportunity to change the representation to allow
  // partial sharing between different character classes.
  // So the limit is the best we can do.
  static MAX_RUNES = 33554432;
  // 128 << 20 / 4 (runeSize, int32 is 4 bytes)
  // RangeTables are represented as int[][], a list of triples (start, end,
  // stride).
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([0, MAX_RUNE, 1]));
  // Ascii tables
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([0, 127, 1]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    // Old English long s (ſ), folds to S/s.
    8490,
    8490,
    1
    // Kelvin K, folds to K/k.
  ]));
  // unicodeTable() returns the Unicode RangeTable identified by name
  // and the table of additional fold-equivalent code points.
  // Returns null if |name| does not identify a Unicode character range.
  static unicodeTable(name) {
    return name === "Any" ? { tab: _Parser.ANY_TABLE, fold: _Parser.ANY_TABLE, sign: 1 } : name === "Ascii" ? {
      tab: _Parser.ASCII_TABLE,
      fold: _Parser.ASCII_FOLD_TABLE,
      sign: 1
    } : name === "Assigned" ? {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    } : name === "Lc" ? {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    } : UnicodeTables.CATEGORIES.has(name) ? {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    } : UnicodeTables.SCRIPTS.has(name) ? {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    } : null;
  }
  // minFoldRune returns the minimum rune fold-equivalent to r.
  static minFoldRune(r) {
    if (r < MIN_FOLD || r > MAX_FOLD)
      return r;
    let min = r, r0 = r;
    for (r = simpleFold(r); r !== r0; r = simpleFold(r))
      min > r && (min = r);
    return min;
  }
  static literalRegexp(s, flags) {
    let re = new Regexp(Regexp.Op.LITERAL);
    return re.flags = flags, re.runes = stringToRunes(s), re;
  }
  /**
   * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
   * @param {string} pattern
   * @param {number} flags
   */
  static parse(pattern, flags) {
    return new _Parser(pattern, flags).parseInternal();
  }
  // parseRepeat parses {min} (max=min) or {min,} (max=-1) or {min,max}.
  // If |t| is not of that form, it returns -1.
  // If |t| has the right form but the values are negative or too big,
  // it returns -2.
  // On success, returns a nonnegative number encoding min/max in the
  // high/low signed halfwords of the result.  (Note: min >= 0; max may
  // be -1.)
  //
  // On success, advances |t| beyond the repeat; otherwise |t.pos()| is
  // undefined.
  static parseRepeat(t) {
    let start = t.pos();
    if (!t.more() || !t.lookingAt("{"))
      return -1;
    t.skip(1);
    let min = _Parser.parseInt(t);
    if (min === -1 || !t.more())
      return -1;
    let max;
    if (!t.lookingAt(","))
      max = min;
    else {
      if (t.skip(1), !t.more())
        return -1;
      if (t.lookingAt("}"))
        max = -1;
      else if (max = _Parser.parseInt(t), max === -1)
        return -1;
    }
    if (!t.more() || !t.lookingAt("}"))
      return -1;
    if (t.skip(1), min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max)
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & MAX_BMP;
  }
  // isValidCaptureName reports whether name
  // is a valid capture name: [A-Za-z0-9_]+.
  // PCRE limits names to 32 bytes.
  // Python rejects names starting with digits.
  // We don't enforce either of those.
  static isValidCaptureName(name) {
    if (name.length === 0)
      return !1;
    for (let i = 0; i < name.length; i++) {
      let c = codePointAtOrThrow(name, i);
      if (c !== 95 && !isalnum(c))
        return !1;
    }
    return !0;
  }
  // parseInt parses a nonnegative decimal integer.
  // -1 => bad format.  -2 => format ok, but integer overflow.
  static parseInt(t) {
    let start = t.pos();
    for (; t.more() && t.peek() >= 48 && t.peek() <= 57; )
      t.skip(1);
    let n = t.from(start);
    return n.length === 0 || n.length > 1 && n.codePointAt(0) === 48 ? -1 : n.length > 8 ? -2 : parseInt(n, 10);
  }
  // can this be represented as a character class?
  // single-rune literal string, char class, ., and .|\n.
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  // does re match r?
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2)
          if (re.runes[i] <= r && r <= re.runes[i + 1])
            return !0;
        return !1;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== 10;
      case Regexp.Op.ANY_CHAR:
        return !0;
    }
    return !1;
  }
  // mergeCharClass makes dst = dst|src.
  // The caller must ensure that dst.Op >= src.Op,
  // to reduce the amount of copying.
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        _Parser.matchRune(src, 10) && (dst.op = Regexp.Op.ANY_CHAR);
        break;
      case Regexp.Op.CHAR_CLASS:
        src.op === Regexp.Op.LITERAL ? dst.runes = new CharClass(dst.runes).appendLiteral(src.runes[0], src.flags).toArray() : dst.runes = new CharClass(dst.runes).appendClass(src.runes).toArray();
        break;
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags)
          break;
        dst.op = Regexp.Op.CHAR_CLASS, dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toArray();
        break;
    }
  }
  // parseEscape parses an escape sequence at the beginning of s
  // and returns the rune.
  // Pre: t at '\\'.  Post: after escape.
  static parseEscape(t) {
    let startPos = t.pos();
    if (t.skip(1), !t.more())
      throw new RE2JSSyntaxException(_Parser.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    switch (c) {
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 48:
      case 55: {
        if (c !== 48 && (!t.more() || t.peek() < 48 || t.peek() > 55))
          break;
        let r = c - 48;
        for (let i = 1; i < 3 && !(!t.more() || t.peek() < 48 || t.peek() > 55); i++)
          r = r * 8 + t.peek() - 48, t.skip(1);
        return r;
      }
      case 120: {
        if (!t.more())
          break;
        if (c = t.pop(), c === 123) {
          let nhex = 0, r = 0;
          for (; ; ) {
            if (!t.more())
              throw new RE2JSSyntaxException(_Parser.ERR_INVALID_ESCAPE, t.from(startPos));
            if (c = t.pop(), c === 125)
              break;
            let v = unhex(c);
            if (v < 0)
              throw new RE2JSSyntaxException(_Parser.ERR_INVALID_ESCAPE, t.from(startPos));
            if (r = r * 16 + v, r > MAX_RUNE)
              throw new RE2JSSyntaxException(_Parser.ERR_INVALID_ESCAPE, t.from(startPos));
            nhex++;
          }
          if (nhex === 0)
            break;
          return r;
        }
        let x = unhex(c);
        if (!t.more())
          break;
        c = t.pop();
        let y = unhex(c);
        if (x < 0 || y < 0)
          break;
        return x * 16 + y;
      }
      case 97:
        return 7;
      case 102:
        return 12;
      case 110:
        return 10;
      case 114:
        return 13;
      case 116:
        return 9;
      case 118:
        return 11;
      default:
        if (c <= MAX_ASCII && !isalnum(c))
          return c;
        break;
    }
    throw new RE2JSSyntaxException(_Parser.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  // parseClassChar parses a character class character and returns it.
  // wholeClassPos is the position of the start of the entire class "[...".
  // Pre: t at class char; Post: t after it.
  static parseClassChar(t, wholeClassPos) {
    if (!t.more())
      throw new RE2JSSyntaxException(_Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    return t.lookingAt("\\") ? _Parser.parseEscape(t) : t.pop();
  }
  static concatRunes(x, y) {
    let r = new Array(x.length + y.length);
    for (let i = 0; i < x.length; i++)
      r[i] = x[i];
    for (let i = 0; i < y.length; i++)
      r[x.length + i] = y[i];
    return r;
  }
  wholeRegexp;
  flags;
  numCap;
  namedGroups;
  stack;
  free;
  numRegexp;
  numRunes;
  repeats;
  height;
  size;
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp, this.flags = flags, this.numCap = 0, this.namedGroups = /* @__PURE__ */ new Map(), this.stack = [], this.free = null, this.numRegexp = 0, this.numRunes = 0, this.repeats = 0, this.height = null, this.size = null;
  }
  // Allocate a Regexp, from the free list if possible.
  newRegexp(op) {
    let re = this.free;
    return re !== null && re.subs !== null && re.subs.length > 0 ? (this.free = re.subs[0], re.reinit(), re.op = op) : (re = new Regexp(op), this.numRegexp += 1), re;
  }
  reuse(re) {
    this.height !== null && this.height.delete(re), re.subs !== null && re.subs.length > 0 && (re.subs[0] = this.free), this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > _Parser.MAX_RUNES)
      throw new RE2JSSyntaxException(_Parser.ERR_LARGE);
    this.checkSize(re), this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0 && (this.repeats = 1), re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        n === -1 && (n = re.min), n <= 0 && (n = 1), n > _Parser.MAX_SIZE / this.repeats ? this.repeats = _Parser.MAX_SIZE : this.repeats *= n;
      }
      if (this.numRegexp < _Parser.MAX_SIZE / this.repeats)
        return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack)
        this.checkSize(reEx);
    }
    if (this.calcSize(re, !0) > _Parser.MAX_SIZE)
      throw new RE2JSSyntaxException(_Parser.ERR_LARGE);
  }
  calcSize(re, force = !1) {
    if (!force && this.size !== null) {
      let cached = this.size.get(re);
      if (cached !== void 0)
        return cached;
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL: {
        size = re.runes.length;
        break;
      }
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR: {
        size = 2 + this.calcSize(re.subs[0]);
        break;
      }
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST: {
        size = 1 + this.calcSize(re.subs[0]);
        break;
      }
      case Regexp.Op.CONCAT: {
        for (let sub of re.subs)
          size = size + this.calcSize(sub);
        break;
      }
      case Regexp.Op.ALTERNATE: {
        for (let sub of re.subs)
          size = size + this.calcSize(sub);
        re.subs.length > 1 && (size = size + re.subs.length - 1);
        break;
      }
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          re.min === 0 ? size = 2 + sub : size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    return size = Math.max(1, size), this.size?.set(re, size), size;
  }
  checkHeight(re) {
    if (!(this.numRegexp < _Parser.MAX_HEIGHT)) {
      if (this.height === null) {
        this.height = /* @__PURE__ */ new Map();
        for (let reEx of this.stack)
          this.checkHeight(reEx);
      }
      if (this.calcHeight(re, !0) > _Parser.MAX_HEIGHT)
        throw new RE2JSSyntaxException(_Parser.ERR_NESTING_DEPTH);
    }
  }
  calcHeight(re, force = !1) {
    if (!force && this.height !== null) {
      let cached = this.height.get(re);
      if (cached !== void 0)
        return cached;
    }
    let h = 1;
    for (let sub of re.subs) {
      let hsub = this.calcHeight(sub);
      h < 1 + hsub && (h = 1 + hsub);
    }
    return this.height?.set(re, h), h;
  }
  // Parse stack manipulation.
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    let n = this.stack.length, i = n;
    for (; i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op); )
      i--;
    let r = this.stack.slice(i, n);
    return this.stack = this.stack.slice(0, i), r;
  }
  // push pushes the regexp re onto the parse stack and returns the regexp.
  // Returns null for a CHAR_CLASS that can be merged with the top-of-stack.
  push(re) {
    if (this.numRunes += re.runes.length, re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & -2))
        return null;
      re.op = Regexp.Op.LITERAL, re.runes = [re.runes[0]], re.flags = this.flags & -2;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && simpleFold(re.runes[0]) === re.runes[2] && simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && simpleFold(re.runes[0]) === re.runes[1] && simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | 1))
        return null;
      re.op = Regexp.Op.LITERAL, re.runes = [re.runes[0]], re.flags = this.flags | 1;
    } else
      this.maybeConcat(-1, 0);
    return this.stack.push(re), this.checkLimits(re), re;
  }
  // maybeConcat implements incremental concatenation
  // of literal runes into string nodes.  The parser calls this
  // before each push, so only the top fragment of the stack
  // might need processing.  Since this is called before a push,
  // the topmost literal is no longer subject to operators like *
  // (Otherwise ab* would turn into (ab)*.)
  // If (r >= 0 and there's a node left over, maybeConcat uses it
  // to push r with the given flags.
  // maybeConcat reports whether r was pushed.
  maybeConcat(r, flags) {
    let n = this.stack.length;
    if (n < 2)
      return !1;
    let re1 = this.stack[n - 1], re2 = this.stack[n - 2];
    return re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & 1) !== (re2.flags & 1) ? !1 : (re2.runes = _Parser.concatRunes(re2.runes, re1.runes), r >= 0 ? (re1.runes = [r], re1.flags = flags, !0) : (this.pop(), this.reuse(re1), !1));
  }
  // newLiteral returns a new LITERAL Regexp with the given flags
  newLiteral(r, flags) {
    let re = this.newRegexp(Regexp.Op.LITERAL);
    return re.flags = flags, (flags & 1) !== 0 && (r = _Parser.minFoldRune(r)), re.runes = [r], re;
  }
  // literal pushes a literal regexp for the rune r on the stack
  // and returns that regexp.
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  // op pushes a regexp with the given op onto the stack
  // and returns that regexp.
  op(op) {
    let re = this.newRegexp(op);
    return re.flags = this.flags, this.push(re);
  }
  // repeat replaces the top stack element with itself repeated according to
  // op, min, max.  beforePos is the start position of the repetition operator.
  // Pre: t is positioned after the initial repetition operator.
  // Post: t advances past an optional perl-mode '?', or stays put.
  //       Or, it fails with RE2JSSyntaxException.
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if (t.more() && t.lookingAt("?") && (t.skip(1), flags ^= 32), lastRepeatPos !== -1)
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    let n = this.stack.length;
    if (n === 0)
      throw new RE2JSSyntaxException(_Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    let sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op))
      throw new RE2JSSyntaxException(_Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    let re = this.newRegexp(op);
    if (re.min = min, re.max = max, re.flags = flags, re.subs = [sub], this.stack[n - 1] = re, this.checkLimits(re), op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3))
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  // repeatIsValid reports whether the repetition re is valid.
  // Valid means that the combination of the top-level repetition
  // and any inner repetitions does not exceed n copies of the
  // innermost thing.
  // This function rewalks the regexp tree and is called for every repetition,
  // so we have to worry about inducing quadratic behavior in the parser.
  // We avoid this by only calling repeatIsValid when min or max >= 2.
  // In that case the depth of any >= 2 nesting can only get to 9 without
  // triggering a parse error, so each subtree can only be rewalked 9 times.
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0)
        return !0;
      if (m < 0 && (m = re.min), m > n)
        return !1;
      m > 0 && (n = Math.trunc(n / m));
    }
    for (let sub of re.subs)
      if (!this.repeatIsValid(sub, n))
        return !1;
    return !0;
  }
  // concat replaces the top of the stack (above the topmost '|' or '(') with
  // its concatenation.
  concat() {
    this.maybeConcat(-1, 0);
    let subs = this.popToPseudo();
    return subs.length === 0 ? this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH)) : this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  // alternate replaces the top of the stack (above the topmost '(') with its
  // alternation.
  alternate() {
    let subs = this.popToPseudo();
    return subs.length > 0 && this.cleanAlt(subs[subs.length - 1]), subs.length === 0 ? this.push(this.newRegexp(Regexp.Op.NO_MATCH)) : this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  // cleanAlt cleans re for eventual inclusion in an alternation.
  cleanAlt(re) {
    re.op === Regexp.Op.CHAR_CLASS && (re.runes = new CharClass(re.runes).cleanClass().toArray(), re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === MAX_RUNE ? (re.runes = [], re.op = Regexp.Op.ANY_CHAR) : re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === 9 && re.runes[2] === 11 && re.runes[3] === MAX_RUNE && (re.runes = [], re.op = Regexp.Op.ANY_CHAR_NOT_NL));
  }
  // collapse returns the result of applying op to subs[start:end].
  // If (sub contains op nodes, they all get hoisted up
  // so that there is never a concat of a concat or an
  // alternate of an alternate.
  collapse(subs, op) {
    if (subs.length === 1)
      return subs[0];
    let len = 0;
    for (let sub of subs)
      len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null), i = 0;
    for (let sub of subs)
      if (sub.op === op) {
        for (let j = 0; j < sub.subs.length; j++)
          newsubs[i++] = sub.subs[j];
        this.reuse(sub);
      } else
        newsubs[i++] = sub;
    let re = this.newRegexp(op);
    if (re.subs = newsubs, op === Regexp.Op.ALTERNATE && re.subs.length === 1) {
      let old = re;
      re = re.subs[0], this.reuse(old);
    }
    return re;
  }
  parseInternal() {
    if ((this.flags & 2) !== 0)
      return _Parser.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1, min = -1, max = -1, t = new StringIterator(this.wholeRegexp);
    for (; t.more(); ) {
      let repeatPos = -1;
      switch (t.peek()) {
        case 40:
          if (t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          let lparen = this.op(Regexp.Op.LEFT_PAREN);
          if (lparen === null)
            throw new Error("op(LEFT_PAREN) unexpectedly returned null");
          lparen.cap = ++this.numCap, t.skip(1);
          break;
        case 124:
          this.parseVerticalBar(), t.skip(1);
          break;
        case 41:
          this.parseRightParen(), t.skip(1);
          break;
        case 94:
          (this.flags & 16) !== 0 ? this.op(Regexp.Op.BEGIN_TEXT) : this.op(Regexp.Op.BEGIN_LINE), t.skip(1);
          break;
        case 36:
          if ((this.flags & 16) !== 0) {
            let endText = this.op(Regexp.Op.END_TEXT);
            if (endText === null)
              throw new Error("op(END_TEXT) unexpectedly returned null");
            endText.flags |= 256;
          } else
            this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case 46:
          (this.flags & 8) !== 0 ? this.op(Regexp.Op.ANY_CHAR) : this.op(Regexp.Op.ANY_CHAR_NOT_NL), t.skip(1);
          break;
        case 91:
          this.parseClass(t);
          break;
        case 42:
        case 43:
        case 63: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case 42:
              op = Regexp.Op.STAR;
              break;
            case 43:
              op = Regexp.Op.PLUS;
              break;
            case 63:
              op = Regexp.Op.QUEST;
              break;
          }
          if (op === null)
            throw new Error("repeat op unexpectedly null");
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case 123: {
          repeatPos = t.pos();
          let minMax = _Parser.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(repeatPos), this.literal(t.pop());
            break;
          }
          min = minMax >> 16, max = (minMax & MAX_BMP) << 16 >> 16, this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case 92: {
          let savedPos = t.pos();
          t.skip(1);
          let handled = !1;
          if (t.more())
            switch (t.pop()) {
              case 65:
                this.op(Regexp.Op.BEGIN_TEXT), handled = !0;
                break;
              case 98:
                this.op(Regexp.Op.WORD_BOUNDARY), handled = !0;
                break;
              case 66:
                this.op(Regexp.Op.NO_WORD_BOUNDARY), handled = !0;
                break;
              case 67:
                throw new RE2JSSyntaxException(_Parser.ERR_INVALID_ESCAPE, "\\C");
              case 81: {
                let lit = t.rest(), i = lit.indexOf("\\E");
                i >= 0 ? (lit = lit.substring(0, i), t.skipString(lit), t.skipString("\\E")) : t.skipString(lit);
                let j = 0;
                for (; j < lit.length; ) {
                  let codepoint = codePointAtOrThrow(lit, j);
                  this.literal(codepoint), j += charCount(codepoint);
                }
                handled = !0;
                break;
              }
              case 122:
                this.op(Regexp.Op.END_TEXT), handled = !0;
                break;
              default:
                t.rewindTo(savedPos);
                break;
            }
          else
            t.rewindTo(savedPos);
          if (handled)
            break;
          let re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          if (re.flags = this.flags, t.lookingAt("\\p") || t.lookingAt("\\P")) {
            let cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray(), this.push(re);
              break;
            }
          }
          let cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray(), this.push(re);
            break;
          }
          t.rewindTo(savedPos), this.reuse(re), this.literal(_Parser.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
          break;
      }
      lastRepeatPos = repeatPos;
    }
    if (this.concat(), this.swapVerticalBar() && this.pop(), this.alternate(), this.stack.length !== 1)
      throw new RE2JSSyntaxException(_Parser.ERR_MISSING_PAREN, this.wholeRegexp);
    return this.stack[0].namedGroups = this.namedGroups, this.stack[0];
  }
  // parsePerlFlags parses a Perl flag setting or non-capturing group or both,
  // like (?i) or (?: or (?i:.
  // Pre: t at "(?".  Post: t after ")".
  // Sets numCap.
  parsePerlFlags(t) {
    let startPos = t.pos();
    if (t.lookingAt("(?P<") || t.lookingAt("(?<")) {
      let s = t.rest(), begin = s.charAt(2) === "P" ? 4 : 3, end = s.indexOf(">");
      if (end < 0)
        throw new RE2JSSyntaxException(_Parser.ERR_INVALID_NAMED_CAPTURE, s);
      let name = s.substring(begin, end);
      if (t.skipString(name), t.skip(begin + 1), !_Parser.isValidCaptureName(name))
        throw new RE2JSSyntaxException(_Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      let re = this.op(Regexp.Op.LEFT_PAREN);
      if (re === null)
        throw new Error("op(LEFT_PAREN) unexpectedly returned null");
      if (re.cap = ++this.numCap, this.namedGroups.get(name))
        throw new RE2JSSyntaxException(_Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups.set(name, this.numCap), re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags, sign = 1, sawFlag = !1;
    loop: for (; t.more(); ) {
      let c = t.pop();
      switch (c) {
        case 105:
          flags |= 1, sawFlag = !0;
          break;
        case 109:
          flags &= -17, sawFlag = !0;
          break;
        case 115:
          flags |= 8, sawFlag = !0;
          break;
        case 85:
          flags |= 32, sawFlag = !0;
          break;
        // Switch to negation.
        case 45:
          if (sign < 0)
            break loop;
          sign = -1, flags = ~flags, sawFlag = !1;
          break;
        // End of flags, starting group or not.
        case 58:
        case 41:
          if (sign < 0) {
            if (!sawFlag)
              break loop;
            flags = ~flags;
          }
          c === 58 && this.op(Regexp.Op.LEFT_PAREN), this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(_Parser.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  // parseVerticalBar handles a | in the input.
  parseVerticalBar() {
    this.concat(), this.swapVerticalBar() || this.op(Regexp.Op.VERTICAL_BAR);
  }
  // If the top of the stack is an element followed by an opVerticalBar
  // swapVerticalBar swaps the two and returns true.
  // Otherwise it returns false.
  swapVerticalBar() {
    let n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && _Parser.isCharClass(this.stack[n - 1]) && _Parser.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1], re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        let tmp = re3;
        re3 = re1, re1 = tmp, this.stack[n - 3] = re3;
      }
      return _Parser.mergeCharClass(re3, re1), this.reuse(re1), this.pop(), !0;
    }
    if (n >= 2) {
      let re1 = this.stack[n - 1], re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR)
        return n >= 3 && this.cleanAlt(this.stack[n - 3]), this.stack[n - 2] = re1, this.stack[n - 1] = re2, !0;
    }
    return !1;
  }
  // parseRightParen handles a ')' in the input.
  parseRightParen() {
    if (this.concat(), this.swapVerticalBar() && this.pop(), this.alternate(), this.stack.length < 2)
      throw new RE2JSSyntaxException(_Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    let re1 = this.pop();
    if (re1 === void 0)
      throw new RE2JSSyntaxException(_Parser.ERR_BAD_EXPRESSION, this.wholeRegexp);
    let re2 = this.pop();
    if (re2 === void 0 || re2.op !== Regexp.Op.LEFT_PAREN)
      throw new RE2JSSyntaxException(_Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags, re2.cap === 0 ? this.push(re1) : (re2.op = Regexp.Op.CAPTURE, re2.subs = [re1], this.push(re2));
  }
  // parsePerlClassEscape parses a leading Perl character class escape like \d
  // from the beginning of |t|.  If one is present, it appends the characters
  // to cc and returns true.  The iterator is advanced past the escape
  // on success, undefined on failure, in which case false is returned.
  parsePerlClassEscape(t, cc) {
    let beforePos = t.pos();
    if (!t.more() || t.pop() !== 92 || !t.more())
      return !1;
    t.pop();
    let p = t.from(beforePos), g = getPerlGroups().get(p);
    return g === void 0 ? !1 : (cc.appendGroup(g, (this.flags & 1) !== 0), !0);
  }
  // parseNamedClass parses a leading POSIX named character class like
  // [:alnum:] from the beginning of t.  If one is present, it appends the
  // characters to cc, advances the iterator, and returns true.
  // Pre: t at "[:".  Post: t after ":]".
  // On failure (no class of than name), throws RE2JSSyntaxException.
  // On misparse, returns false; t.pos() is undefined.
  parseNamedClass(t, cc) {
    let cls = t.rest(), i = cls.indexOf(":]");
    if (i < 0)
      return !1;
    let name = cls.substring(0, i + 2);
    t.skipString(name);
    let g = getPosixGroups().get(name);
    if (g === void 0)
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, name);
    return cc.appendGroup(g, (this.flags & 1) !== 0), !0;
  }
  // parseUnicodeClass() parses a leading Unicode character class like \p{Han}
  // from the beginning of t.  If one is present, it appends the characters to
  // to |cc|, advances |t| and returns true.
  //
  // Returns false if such a pattern is not present or UNICODE_GROUPS
  // flag is not enabled; |t.pos()| is not advanced in this case.
  // Indicates error by throwing RE2JSSyntaxException.
  parseUnicodeClass(t, cc) {
    let startPos = t.pos();
    if ((this.flags & 128) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P"))
      return !1;
    t.skip(1);
    let sign = 1, c = t.pop();
    if (c === 80 && (sign = -1), !t.more())
      throw t.rewindTo(startPos), new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, t.rest());
    c = t.pop();
    let name;
    if (c !== 123)
      name = runeToString(c);
    else {
      let rest = t.rest(), end = rest.indexOf("}");
      if (end < 0)
        throw t.rewindTo(startPos), new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, t.rest());
      name = rest.substring(0, end), t.skipString(name), t.skip(1);
    }
    name.length !== 0 && name.codePointAt(0) === 94 && (sign = 0 - sign, name = name.substring(1));
    let pair = _Parser.unicodeTable(name);
    if (pair === null)
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    pair.sign < 0 && (sign = 0 - sign);
    let tab = pair.tab, fold = pair.fold;
    if (tab === null)
      throw new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if ((this.flags & 1) === 0 || fold === null)
      cc.appendTableWithSign(tab, sign);
    else {
      let tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(tmp, sign);
    }
    return !0;
  }
  // parseClass parses a character class and pushes it onto the parse stack.
  //
  // NOTES:
  // Pre: at '['; Post: after ']'.
  // Mutates stack.  Advances iterator.  May throw.
  parseClass(t) {
    let startPos = t.pos();
    t.skip(1);
    let re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    let cc = new CharClass(), sign = 1;
    t.more() && t.lookingAt("^") && (sign = -1, t.skip(1), (this.flags & 4) === 0 && cc.appendRange(10, 10));
    let first = !0;
    for (; !t.more() || t.peek() !== 93 || first; ) {
      first = !1;
      let beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc))
          continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc) || this.parsePerlClassEscape(t, cc))
        continue;
      t.rewindTo(beforePos);
      let lo = _Parser.parseClassChar(t, startPos), hi = lo;
      if (t.more() && t.lookingAt("-")) {
        if (t.skip(1), t.more() && t.lookingAt("]"))
          t.skip(-1);
        else if (hi = _Parser.parseClassChar(t, startPos), hi < lo)
          throw new RE2JSSyntaxException(_Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
      }
      (this.flags & 1) === 0 ? cc.appendRange(lo, hi) : cc.appendFoldedRange(lo, hi);
    }
    t.skip(1), cc.cleanClass(), sign < 0 && cc.negateClass(), re.runes = cc.toArray(), this.push(re);
  }
};

// node_modules/@bufbuild/re2/dist/esm/RE2.js
var RE2 = class _RE2 {
  expr;
  prog;
  numSubexp;
  cond;
  prefix;
  prefixComplete;
  prefixRune;
  dfa;
  prefilter;
  namedGroups;
  static compile(expr) {
    return _RE2.compileImpl(expr, 212);
  }
  static compileImpl(expr, mode) {
    return new _RE2(expr, mode);
  }
  constructor(expr, mode) {
    let re = Parser.parse(expr, mode);
    re = simplify2(re);
    let prefilter = PrefilterTree.build(re), prog = Compiler.compileRegexp(re);
    this.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    let [prefixCompl, prefixStr] = prog.prefix();
    if (this.prefixComplete = prefixCompl, this.prefix = prefixStr, this.prefixRune = 0, this.prefix.length > 0) {
      let cp = this.prefix.codePointAt(0);
      if (cp === void 0)
        throw new Error("RE2: prefix has no code point");
      this.prefixRune = cp;
    }
    this.namedGroups = re.namedGroups, this.expr = expr, this.prog = prog, this.numSubexp = re.maxCap(), this.cond = prog.startCond(), this.dfa = new DFA(this.prog);
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === 1 || anchor === 2) && pos !== 0)
      return null;
    let matchStart = -1, matchEnd = -1, pLen = input.prefixLength(this);
    if (anchor === 0) {
      let idx = input.index(this, pos);
      if (idx < 0)
        return null;
      matchStart = pos + idx, matchEnd = matchStart + pLen;
    } else if (anchor === 2) {
      if (input.endPos() !== pLen || input.index(this, 0) !== 0)
        return null;
      matchStart = 0, matchEnd = pLen;
    } else if (anchor === 1) {
      if (input.index(this, 0) !== 0)
        return null;
      matchStart = 0, matchEnd = pLen;
    }
    if (matchStart < 0)
      return null;
    if (ncap > 0) {
      let matchcap = new Int32Array(ncap).fill(-1);
      return matchcap[0] = matchStart, matchcap[1] = matchEnd, Array.from(matchcap);
    }
    return [];
  }
  executeEngine(input, pos, anchor, ncap) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0))
      return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === 0 && !this.prefilter.eval(input, pos))
      return null;
    let dfaResult = this.dfa.match(input, pos, anchor);
    return dfaResult !== null ? dfaResult ? [] : null : this._nfaFallback(input, pos, anchor) ? [] : null;
  }
  // Minimal boolean-only NFA for when the DFA bails due to state explosion.
  // No captures, no thread pools — just two sets of NFA states swapped each step.
  _nfaFallback(input, pos, anchor) {
    let prog = this.prog, endPos = input.endPos(), addState = (set, visited2, pc, context) => {
      if (pc < 0 || pc >= prog.numInst() || visited2.has(pc))
        return;
      visited2.add(pc);
      let inst = prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          addState(set, visited2, inst.out, context), addState(set, visited2, inst.arg, context);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          addState(set, visited2, inst.out, context);
          break;
        case Inst.EMPTY_WIDTH:
          (inst.arg & ~context) === 0 && addState(set, visited2, inst.out, context);
          break;
        default:
          set.add(pc);
          break;
      }
    }, current = /* @__PURE__ */ new Set(), next = /* @__PURE__ */ new Set(), prevRune = -1;
    if (pos > 0) {
      let r = input.step(pos - 1) >> 3;
      r >= 0 && (prevRune = r);
    }
    for (let i = pos; i <= endPos; i++) {
      let rune = i < endPos ? input.step(i) >> 3 : -1, width = i < endPos ? input.step(i) & 7 : 0, context = emptyOpContext(prevRune, rune);
      if ((anchor === 0 || i === pos) && addState(current, /* @__PURE__ */ new Set(), prog.start, context), anchor !== 2) {
        for (let pc of current)
          if (prog.getInst(pc).op === Inst.MATCH)
            return !0;
      }
      if (i >= endPos || width === 0)
        break;
      next.clear();
      for (let pc of current) {
        let inst = prog.getInst(pc);
        if (Inst.isRuneOp(inst.op) && inst.matchRune(rune)) {
          let nextContext = emptyOpContext(rune, i + width < endPos ? input.step(i + width) >> 3 : -1);
          addState(next, /* @__PURE__ */ new Set(), inst.out, nextContext);
        }
      }
      if (anchor === 0) {
        let nextRune = i + width < endPos ? input.step(i + width) >> 3 : -1, nextContext = emptyOpContext(rune, nextRune);
        addState(next, /* @__PURE__ */ new Set(), prog.start, nextContext);
      }
      prevRune = rune, [current, next] = [next, current], i += width - 1;
    }
    let endContext = emptyOpContext(prevRune, -1), visited = /* @__PURE__ */ new Set(), finalSet = /* @__PURE__ */ new Set();
    for (let pc of current)
      addState(finalSet, visited, pc, endContext);
    for (let pc of finalSet)
      if (prog.getInst(pc).op === Inst.MATCH)
        return !0;
    return !1;
  }
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  reset() {
  }
  toString() {
    return this.expr;
  }
  match(s) {
    return this.executeEngine(fromUTF16(s), 0, 0, 0) !== null;
  }
};

// node_modules/@bufbuild/re2/dist/esm/index.js
var RE2JS = class _RE2JS {
  patternInput;
  flagsInput;
  re2Input;
  /**
   * Flag: case insensitive matching.
   */
  static CASE_INSENSITIVE = 1;
  /**
   * Flag: dot ({@code .}) matches all characters, including newline.
   */
  static DOTALL = 2;
  /**
   * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
   * beginning and end of input.
   */
  static MULTILINE = 4;
  /**
   * Flag: Unicode groups (e.g. {@code \p{Greek}} ) will be syntax errors.
   */
  static DISABLE_UNICODE_GROUPS = 8;
  /**
   * Returns a literal pattern string for the specified string.
   *
   * @param {string} str The string to be literalized
   * @returns {string} A literal string replacement
   */
  static quote(str) {
    return quoteMeta(str);
  }
  /**
   * Helper: create new RE2JS with given regex and flags.
   * @param {string} regex
   * @param {number} [flags=0]
   * @returns {RE2JS}
   */
  static compile(regex, flags = 0) {
    return new _RE2JS(regex, flags);
  }
  static validateFlags(flags) {
    if ((flags & ~(_RE2JS.MULTILINE | _RE2JS.DOTALL | _RE2JS.CASE_INSENSITIVE | _RE2JS.DISABLE_UNICODE_GROUPS)) !== 0)
      throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS");
  }
  static buildRegexWithFlags(regex, flags = 0) {
    let fregex = regex;
    return (flags & _RE2JS.CASE_INSENSITIVE) !== 0 && (fregex = `(?i)${fregex}`), (flags & _RE2JS.DOTALL) !== 0 && (fregex = `(?s)${fregex}`), (flags & _RE2JS.MULTILINE) !== 0 && (fregex = `(?m)${fregex}`), fregex;
  }
  /**
   * Matches a string against a regular expression.
   *
   * @param {string} regex the regular expression
   * @param {string} input the input
   * @returns {boolean} true if the regular expression matches the entire input
   * @throws RE2JSSyntaxException if the regular expression is malformed
   */
  static matches(regex, input) {
    return _RE2JS.compile(regex).testExact(input);
  }
  /**
   * @param {string} pattern
   * @param {number} flags
   */
  constructor(pattern, flags = 0) {
    let re2Flags = 212;
    (flags & _RE2JS.DISABLE_UNICODE_GROUPS) !== 0 && (re2Flags &= -129), _RE2JS.validateFlags(flags);
    let fregex = _RE2JS.buildRegexWithFlags(pattern, flags);
    this.patternInput = pattern, this.flagsInput = flags, this.re2Input = RE2.compileImpl(fregex, re2Flags);
  }
  /**
   * Releases memory used by internal caches associated with this pattern.
   */
  reset() {
    this.re2Input.reset();
  }
  /**
   * Returns the flags used in the constructor.
   * @returns {number}
   */
  flags() {
    return this.flagsInput;
  }
  /**
   * Returns the pattern used in the constructor.
   * @returns {string}
   */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
   * Matches a string against a regular expression.
   *
   * @param {string} input the input
   * @returns {boolean} true if the regular expression matches the entire input
   */
  matches(input) {
    return this.testExact(input);
  }
  /**
   * Tests whether the regular expression matches any part of the input string.
   *
   * @param {string} input - The input string to test against.
   * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
   */
  test(input) {
    return this.re2Input.match(input);
  }
  /**
   * Tests whether the regular expression matches the ENTIRE input string.
   *
   * @param {string} input - The input string to test against.
   * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
   */
  testExact(input) {
    return this.re2Input.executeEngine(fromUTF16(input), 0, 2, 0) !== null;
  }
  toString() {
    return this.patternInput;
  }
  /**
   * Returns the number of capturing groups in this matcher's pattern.
   */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
   * Return a map of the capturing groups in this matcher's pattern.
   */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
};

// node_modules/@bufbuild/cel/dist/esm/std/logic.js
function matches(pattern) {
  return RE2JS.compile(pattern).test(this);
}
function compareDuration(lhs, rhs) {
  let cmp = lhs.message.seconds - rhs.message.seconds;
  return cmp == 0n ? lhs.message.nanos - rhs.message.nanos : cmp < 0n ? -1 : 1;
}
function compareTimestamp(lhs, rhs) {
  let cmp = lhs.message.seconds - rhs.message.seconds;
  return cmp == 0n ? lhs.message.nanos - rhs.message.nanos : cmp < 0n ? -1 : 1;
}
function compareBytes(lhs, rhs) {
  let minLen = Math.min(lhs.length, rhs.length);
  for (let i = 0; i < minLen; i++) {
    if (lhs[i] < rhs[i])
      return -1;
    if (lhs[i] > rhs[i])
      return 1;
  }
  return lhs.length - rhs.length;
}
function inList(value, list) {
  for (let v of list)
    if (equals2(v, value))
      return !0;
  return !1;
}
function inMap(value, map) {
  return map.has(value);
}
var { BOOL: BOOL2, BYTES: BYTES3, DOUBLE: DOUBLE3, DYN: DYN2, INT: INT3, STRING: STRING3, UINT: UINT3 } = CelScalar, LIST2 = listType(CelScalar.DYN), MAP = mapType(CelScalar.DYN, CelScalar.DYN), logic_default = [
  // !
  celFunc("!_", [BOOL2], BOOL2, (x) => !x),
  // =
  celFunc(EQUALS, [DYN2, DYN2], BOOL2, equals2),
  celFunc(NOT_EQUALS, [DYN2, DYN2], BOOL2, (l, r) => !equals2(l, r)),
  // <
  celFunc("_<_", [BOOL2, BOOL2], BOOL2, (l, r) => l < r),
  celFunc("_<_", [BYTES3, BYTES3], BOOL2, (l, r) => compareBytes(l, r) < 0),
  celFunc("_<_", [DOUBLE3, DOUBLE3], BOOL2, (l, r) => l < r),
  celFunc("_<_", [STRING3, STRING3], BOOL2, (l, r) => l < r),
  celFunc("_<_", [INT3, INT3], BOOL2, (l, r) => l < r),
  celFunc("_<_", [INT3, UINT3], BOOL2, (l, r) => l < r.value),
  celFunc("_<_", [UINT3, INT3], BOOL2, (l, r) => l.value < r),
  celFunc("_<_", [UINT3, UINT3], BOOL2, (l, r) => l.value < r.value),
  // TODO investigate: ECMAScript relational operators support mixed bigint/number operands,
  // but removing the coercion to number here fails the conformance test "not_lt_dyn_int_big_lossy_double"
  celFunc("_<_", [INT3, DOUBLE3], BOOL2, (l, r) => Number(l) < r),
  celFunc("_<_", [DOUBLE3, INT3], BOOL2, (l, r) => l < Number(r)),
  celFunc("_<_", [DOUBLE3, UINT3], BOOL2, (l, r) => l < Number(r.value)),
  celFunc("_<_", [UINT3, DOUBLE3], BOOL2, (l, r) => Number(l.value) < r),
  celFunc("_<_", [DURATION, DURATION], BOOL2, (l, r) => compareDuration(l, r) < 0),
  celFunc("_<_", [TIMESTAMP, TIMESTAMP], BOOL2, (l, r) => compareTimestamp(l, r) < 0),
  // <=
  celFunc(LESS_EQUALS, [BOOL2, BOOL2], BOOL2, (l, r) => l <= r),
  celFunc(LESS_EQUALS, [BYTES3, BYTES3], BOOL2, (l, r) => compareBytes(l, r) <= 0),
  celFunc(LESS_EQUALS, [DOUBLE3, DOUBLE3], BOOL2, (l, r) => l <= r),
  celFunc(LESS_EQUALS, [STRING3, STRING3], BOOL2, (l, r) => l <= r),
  celFunc(LESS_EQUALS, [INT3, INT3], BOOL2, (l, r) => l <= r),
  celFunc(LESS_EQUALS, [INT3, UINT3], BOOL2, (l, r) => l <= r.value),
  celFunc(LESS_EQUALS, [UINT3, INT3], BOOL2, (l, r) => l.value <= r),
  celFunc(LESS_EQUALS, [UINT3, UINT3], BOOL2, (l, r) => l.value <= r.value),
  celFunc(LESS_EQUALS, [INT3, DOUBLE3], BOOL2, (l, r) => Number(l) <= r),
  celFunc(LESS_EQUALS, [DOUBLE3, INT3], BOOL2, (l, r) => l <= Number(r)),
  celFunc(LESS_EQUALS, [DOUBLE3, UINT3], BOOL2, (l, r) => l <= Number(r.value)),
  celFunc(LESS_EQUALS, [UINT3, DOUBLE3], BOOL2, (l, r) => Number(l.value) <= r),
  celFunc(LESS_EQUALS, [DURATION, DURATION], BOOL2, (l, r) => compareDuration(l, r) <= 0),
  celFunc(LESS_EQUALS, [TIMESTAMP, TIMESTAMP], BOOL2, (l, r) => compareTimestamp(l, r) <= 0),
  // >
  celFunc("_>_", [BOOL2, BOOL2], BOOL2, (l, r) => l > r),
  celFunc("_>_", [BYTES3, BYTES3], BOOL2, (l, r) => compareBytes(l, r) > 0),
  celFunc("_>_", [DOUBLE3, DOUBLE3], BOOL2, (l, r) => l > r),
  celFunc("_>_", [STRING3, STRING3], BOOL2, (l, r) => l > r),
  celFunc("_>_", [INT3, INT3], BOOL2, (l, r) => l > r),
  celFunc("_>_", [INT3, UINT3], BOOL2, (l, r) => l > r.value),
  celFunc("_>_", [UINT3, INT3], BOOL2, (l, r) => l.value > r),
  celFunc("_>_", [UINT3, UINT3], BOOL2, (l, r) => l.value > r.value),
  celFunc("_>_", [INT3, DOUBLE3], BOOL2, (l, r) => Number(l) > r),
  celFunc("_>_", [DOUBLE3, INT3], BOOL2, (l, r) => l > Number(r)),
  celFunc("_>_", [DOUBLE3, UINT3], BOOL2, (l, r) => l > Number(r.value)),
  celFunc("_>_", [UINT3, DOUBLE3], BOOL2, (l, r) => Number(l.value) > r),
  celFunc("_>_", [DURATION, DURATION], BOOL2, (l, r) => compareDuration(l, r) > 0),
  celFunc("_>_", [TIMESTAMP, TIMESTAMP], BOOL2, (l, r) => compareTimestamp(l, r) > 0),
  // >=
  celFunc(GREATER_EQUALS, [BOOL2, BOOL2], BOOL2, (l, r) => l >= r),
  celFunc(GREATER_EQUALS, [BYTES3, BYTES3], BOOL2, (l, r) => compareBytes(l, r) >= 0),
  celFunc(GREATER_EQUALS, [DOUBLE3, DOUBLE3], BOOL2, (l, r) => l >= r),
  celFunc(GREATER_EQUALS, [STRING3, STRING3], BOOL2, (l, r) => l >= r),
  celFunc(GREATER_EQUALS, [INT3, INT3], BOOL2, (l, r) => l >= r),
  celFunc(GREATER_EQUALS, [INT3, UINT3], BOOL2, (l, r) => l >= r.value),
  celFunc(GREATER_EQUALS, [UINT3, INT3], BOOL2, (l, r) => l.value >= r),
  celFunc(GREATER_EQUALS, [UINT3, UINT3], BOOL2, (l, r) => l.value >= r.value),
  celFunc(GREATER_EQUALS, [INT3, DOUBLE3], BOOL2, (l, r) => Number(l) >= r),
  celFunc(GREATER_EQUALS, [DOUBLE3, INT3], BOOL2, (l, r) => l >= Number(r)),
  celFunc(GREATER_EQUALS, [DOUBLE3, UINT3], BOOL2, (l, r) => l >= Number(r.value)),
  celFunc(GREATER_EQUALS, [UINT3, DOUBLE3], BOOL2, (l, r) => Number(l.value) >= r),
  celFunc(GREATER_EQUALS, [DURATION, DURATION], BOOL2, (l, r) => compareDuration(l, r) >= 0),
  celFunc(GREATER_EQUALS, [TIMESTAMP, TIMESTAMP], BOOL2, (l, r) => compareTimestamp(l, r) >= 0),
  // size
  celFunc(SIZE, [BYTES3], INT3, (x) => BigInt(x.length)),
  celFunc(SIZE, [LIST2], INT3, (x) => BigInt(x.size)),
  celFunc(SIZE, [STRING3], INT3, (x) => BigInt([...x].length)),
  celFunc(SIZE, [MAP], INT3, (x) => BigInt(x.size)),
  celMethod(SIZE, BYTES3, [], INT3, function() {
    return BigInt(this.length);
  }),
  celMethod(SIZE, LIST2, [], INT3, function() {
    return BigInt(this.size);
  }),
  celMethod(SIZE, STRING3, [], INT3, function() {
    return BigInt([...this].length);
  }),
  celMethod(SIZE, MAP, [], INT3, function() {
    return BigInt(this.size);
  }),
  // in
  celFunc("@in", [DYN2, LIST2], BOOL2, inList),
  celFunc("@in", [STRING3, MAP], BOOL2, inMap),
  celFunc("@in", [DOUBLE3, MAP], BOOL2, inMap),
  celFunc("@in", [INT3, MAP], BOOL2, inMap),
  celFunc("@in", [BOOL2, MAP], BOOL2, inMap),
  celFunc("@in", [UINT3, MAP], BOOL2, inMap),
  // string.*
  celMethod(CONTAINS, STRING3, [STRING3], BOOL2, String.prototype.includes),
  celMethod(ENDS_WITH, STRING3, [STRING3], BOOL2, String.prototype.endsWith),
  celMethod(STARTS_WITH, STRING3, [STRING3], BOOL2, String.prototype.startsWith),
  celMethod(MATCHES, STRING3, [STRING3], BOOL2, matches)
];

// node_modules/@bufbuild/cel/dist/esm/std/time.js
function getDayOfYear(date) {
  let start = new Date(0, 0, 1);
  start.setFullYear(date.getFullYear());
  let diff = date.getTime() - start.getTime(), oneDay = 1e3 * 60 * 60 * 24;
  return Math.floor(diff / oneDay);
}
function convertToDate(msg, tz) {
  let ts = msg.message, val = timestampDate(ts);
  if (tz === void 0)
    return new Date(val.getUTCFullYear(), val.getUTCMonth(), val.getUTCDate(), val.getUTCHours(), val.getUTCMinutes(), val.getUTCSeconds(), val.getUTCMilliseconds());
  let timeOffset = tz.match(/^(?<sign>[+-]?)(?<hours>\d\d):(?<minutes>\d\d)$/);
  if (timeOffset?.groups) {
    let sign = timeOffset.groups.sign == "-" ? 1 : -1, hours = parseInt(timeOffset.groups.hours), minutes = parseInt(timeOffset.groups.minutes), offset = sign * (hours * 60 * 60 * 1e3 + minutes * 60 * 1e3);
    return val = new Date(val.getTime() - offset), new Date(val.getUTCFullYear(), val.getUTCMonth(), val.getUTCDate(), val.getUTCHours(), val.getUTCMinutes(), val.getUTCSeconds(), val.getUTCMilliseconds());
  }
  let format2 = new Intl.DateTimeFormat("en-US", {
    hourCycle: "h23",
    hour12: !1,
    timeZone: tz,
    year: "numeric",
    month: "numeric",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit"
  }), year, month, day, hour, minute, second;
  for (let part of format2.formatToParts(val))
    switch (part.type) {
      case "year":
        year = parseInt(part.value);
        break;
      case "month":
        month = parseInt(part.value) - 1;
        break;
      case "day":
        day = parseInt(part.value);
        break;
      case "hour":
        hour = parseInt(part.value);
        break;
      case "minute":
        minute = parseInt(part.value);
        break;
      case "second":
        second = parseInt(part.value);
        break;
    }
  if (year === void 0 || month === void 0 || day === void 0 || hour === void 0 || minute === void 0 || second === void 0)
    throw new Error(`Error converting ${toJson(TimestampSchema, ts)} to IANA timezone ${tz}`);
  return new Date(year, month, day, hour, minute, second, val.getUTCMilliseconds());
}
var { STRING: STRING4, INT: INT4 } = CelScalar;
function celTimeMethods(name, func) {
  function method(tz) {
    let date = convertToDate(this, tz), result = func(date);
    try {
      return BigInt(result);
    } catch {
      throw new Error(`Error converting ${result} of ${String(date)} of ${toJson(TimestampSchema, this.message)} to BigInt`);
    }
  }
  return [
    celMethod(name, TIMESTAMP, [], INT4, method),
    celMethod(name, TIMESTAMP, [STRING4], INT4, method)
  ];
}
var time_default = [
  // Duration
  celMethod(TIME_GET_SECONDS, DURATION, [], INT4, function() {
    return this.message.seconds;
  }),
  celMethod(TIME_GET_MINUTES, DURATION, [], INT4, function() {
    return this.message.seconds / 60n;
  }),
  celMethod(TIME_GET_HOURS, DURATION, [], INT4, function() {
    return this.message.seconds / 3600n;
  }),
  celMethod(TIME_GET_MILLISECONDS, DURATION, [], INT4, function() {
    return BigInt(this.message.nanos) / 1000000n;
  }),
  // Timestamp
  ...celTimeMethods(TIME_GET_FULL_YEAR, (x) => x.getFullYear()),
  ...celTimeMethods(TIME_GET_MONTH, (x) => x.getMonth()),
  ...celTimeMethods(TIME_GET_DATE, (x) => x.getDate()),
  ...celTimeMethods(TIME_GET_DAY_OF_MONTH, (x) => x.getDate() - 1),
  ...celTimeMethods(TIME_GET_DAY_OF_WEEK, (x) => x.getDay()),
  ...celTimeMethods(TIME_GET_DAY_OF_YEAR, (x) => getDayOfYear(x)),
  ...celTimeMethods(TIME_GET_SECONDS, (x) => x.getSeconds()),
  ...celTimeMethods(TIME_GET_MINUTES, (x) => x.getMinutes()),
  ...celTimeMethods(TIME_GET_HOURS, (x) => x.getHours()),
  ...celTimeMethods(TIME_GET_MILLISECONDS, (x) => x.getMilliseconds())
];

// node_modules/@bufbuild/cel/dist/esm/scope.js
var privateSymbol8 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/scope");
function createScope(inputs, parent) {
  let variables = /* @__PURE__ */ new Map();
  if (inputs)
    for (let [name, type] of Object.entries(inputs))
      variables.set(name, type);
  return new Scope(variables, parent);
}
var Scope = class {
  _variables;
  _parent;
  [privateSymbol8] = {};
  constructor(_variables, _parent = void 0) {
    this._variables = _variables, this._parent = _parent;
  }
  *[Symbol.iterator]() {
    for (let [name, type] of this._parent ?? [])
      this._variables.has(name) || (yield [name, type]);
    for (let [name, type] of this._variables)
      yield [name, type];
  }
  push(inputs) {
    return createScope(inputs, this);
  }
  pop() {
    return this._parent;
  }
  find(name) {
    return this._variables.has(name) ? this._variables.get(name) : this._parent?.find(name);
  }
};

// node_modules/@bufbuild/cel/dist/esm/env.js
var privateSymbol9 = /* @__PURE__ */ Symbol.for("@bufbuild/cel/env"), { BOOL: BOOL3, STRING: STRING5 } = CelScalar;
function celEnv(options) {
  let re2Funcs = [];
  if (options?.re2 !== void 0) {
    let regex = options.re2;
    re2Funcs.push(celMethod(MATCHES, STRING5, [STRING5], BOOL3, function(pattern) {
      return regex.compile(pattern).test(this);
    }));
  }
  return new _CelEnv(options?.namespace ?? "", options?.registry ? createRegistryWithWKT(options.registry) : createRegistryWithWKT(), createResolver(math_default, cast_default, time_default, logic_default, options?.funcs ?? [], re2Funcs), createScope(options?.variables));
}
var _CelEnv = class {
  _namespace;
  _registry;
  _funcs;
  _variables;
  [privateSymbol9] = {};
  constructor(_namespace, _registry, _funcs, _variables) {
    this._namespace = _namespace, this._registry = _registry, this._funcs = _funcs, this._variables = _variables;
  }
  get namespace() {
    return this._namespace;
  }
  get registry() {
    return this._registry;
  }
  get funcs() {
    return this._funcs;
  }
  get variables() {
    return this._variables;
  }
};

// node_modules/@bufbuild/cel/dist/esm/logic-manager.js
var LogicManager = class _LogicManager {
  builder;
  function;
  terms;
  ops;
  variadicASTs;
  constructor(builder, functionName, term, variadicASTs) {
    this.builder = builder, this.function = functionName, this.terms = [term], this.ops = [], this.variadicASTs = variadicASTs;
  }
  static newVariadicLogicManager(builder, functionName, term) {
    return new _LogicManager(builder, functionName, term, !0);
  }
  static newBalancingLogicManager(builder, functionName, term) {
    return new _LogicManager(builder, functionName, term, !1);
  }
  addTerm(op, term) {
    this.terms.push(term), this.ops.push(op);
  }
  toExpr() {
    return this.terms.length === 1 ? this.terms[0] : this.variadicASTs ? this.builder.nextExpr(this.ops[0], {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: this.function,
        args: this.terms
      }
    }) : this.balancedTree(0, this.ops.length - 1);
  }
  balancedTree(lo, hi) {
    let mid = Math.floor((lo + hi + 1) / 2), left;
    mid === lo ? left = this.terms[mid] : left = this.balancedTree(lo, mid - 1);
    let right;
    return mid === hi ? right = this.terms[mid + 1] : right = this.balancedTree(mid + 1, hi), this.builder.nextExpr(this.ops[mid], {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: this.function,
        args: [left, right]
      }
    });
  }
};

// node_modules/@bufbuild/cel/dist/esm/builder.js
var encoder2 = new TextEncoder(), accuVarName = "@result", Builder = class {
  #prevId = 0n;
  sourceInfo = {
    $typeName: "cel.expr.SourceInfo",
    syntaxVersion: "",
    location: "",
    lineOffsets: [],
    positions: {},
    macroCalls: {},
    extensions: []
  };
  nextExpr(offset, exprKind) {
    return this.sourceInfo.positions[(++this.#prevId).toString()] = offset, {
      $typeName: "cel.expr.Expr",
      id: this.#prevId,
      exprKind
    };
  }
  nextEntry(offset, keyKind, value) {
    return this.sourceInfo.positions[(++this.#prevId).toString()] = offset, {
      $typeName: "cel.expr.Expr.CreateStruct.Entry",
      id: this.#prevId,
      keyKind,
      value,
      optionalEntry: !1
    };
  }
  newConstExpr(offset, constantKind) {
    return this.nextExpr(offset, {
      case: "constExpr",
      value: { $typeName: "cel.expr.Constant", constantKind }
    });
  }
  newCallExpr(offset, functionName, args) {
    if (functionName === "has" && args.length === 1 && args[0].exprKind?.case === "selectExpr")
      return this.expandHasMacro(offset, args[0]);
    if ((functionName === "_||_" || functionName === "_&&_") && args.length > 1) {
      let logicManager = LogicManager.newBalancingLogicManager(this, functionName, args[0]);
      for (let i = 1; i < args.length; i += 1)
        logicManager.addTerm(offset, args[i]);
      return logicManager.toExpr();
    }
    return this.nextExpr(offset, {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: functionName,
        args
      }
    });
  }
  newMemberCallExpr(offset, target, functionName, args) {
    return this.maybeExpand(offset, this.nextExpr(offset, {
      case: "callExpr",
      value: {
        $typeName: "cel.expr.Expr.Call",
        function: functionName,
        target,
        args
      }
    }));
  }
  newStringExpr(offset, sequence) {
    return this.newConstExpr(offset, {
      case: "stringValue",
      value: sequence.reduce((string, chunk) => {
        if (typeof chunk != "string") {
          if (chunk.some((cp) => cp >= 55296 && cp < 57344))
            throw new Error("surrogate code points are not allowed");
          return string + String.fromCodePoint(...chunk);
        }
        return string + chunk;
      }, "")
    });
  }
  newBytesExpr(offset, sequence) {
    let chunks = [], totalSize = 0;
    for (let rawChunk of sequence) {
      let chunk = typeof rawChunk == "string" ? encoder2.encode(rawChunk) : rawChunk;
      chunks.push(chunk), totalSize += chunk.length;
    }
    let value = new Uint8Array(totalSize), chunkOffset = 0;
    for (let chunk of chunks)
      value.set(chunk, chunkOffset), chunkOffset += chunk.length;
    return this.newConstExpr(offset, {
      case: "bytesValue",
      value
    });
  }
  newBoolExpr(offset, keyword) {
    return this.newConstExpr(offset, {
      case: "boolValue",
      value: keyword === "true"
    });
  }
  newInt64Expr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "int64Value",
      value: digits[0] === "-" ? -BigInt(digits.slice(1)) : BigInt(digits)
    });
  }
  newUnsignedInt64Expr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "uint64Value",
      value: BigInt(digits)
    });
  }
  newDoubleExpr(offset, digits) {
    return this.newConstExpr(offset, {
      case: "doubleValue",
      value: parseFloat(digits)
    });
  }
  newNullExpr(offset) {
    return this.newConstExpr(offset, {
      case: "nullValue",
      value: 0
    });
  }
  newIdentExpr(offset, name) {
    return this.nextExpr(offset, {
      case: "identExpr",
      value: { $typeName: "cel.expr.Expr.Ident", name }
    });
  }
  newInfixExpr(offset, op, args) {
    return this.newCallExpr(offset, op === "in" ? "@in" : `_${op}_`, args);
  }
  newSelectExpr(offset, operand, field) {
    return this.nextExpr(offset, {
      case: "selectExpr",
      value: {
        $typeName: "cel.expr.Expr.Select",
        operand,
        field,
        testOnly: !1
      }
    });
  }
  newIndexExpr(offset, operand, index) {
    return this.newCallExpr(offset, "_[_]", [operand, index]);
  }
  expandHasMacro(offset, target) {
    if (target.exprKind.case !== "selectExpr")
      return this.newCallExpr(offset, "has", [target]);
    let test = this.nextExpr(offset, {
      case: "selectExpr",
      value: { ...target.exprKind.value, testOnly: !0 }
    });
    return this.addMacroCall(test.id, "has", void 0, [target]), test;
  }
  newListExpr(offset, elements) {
    return this.nextExpr(offset, {
      case: "listExpr",
      value: {
        $typeName: "cel.expr.Expr.CreateList",
        elements,
        optionalIndices: []
      }
    });
  }
  newBoolMacro(offset, iterRange, iterVar, init, loopStep, loopCondition) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newConstExpr(offset, {
          case: "boolValue",
          value: init
        }),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopStep,
        loopCondition,
        result: this.newIdentExpr(offset, accuVarName)
      }
    });
  }
  newListMacro(offset, iterRange, iterVar, loopStep) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newListExpr(offset, []),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopCondition: this.newConstExpr(offset, {
          case: "boolValue",
          value: !0
        }),
        loopStep,
        result: this.newIdentExpr(offset, accuVarName)
      }
    });
  }
  expandExistsMacro(offset, target, x, test) {
    return this.newBoolMacro(offset, target, x, !1, this.newCallExpr(offset, "_||_", [
      this.newIdentExpr(offset, accuVarName),
      test
    ]), this.newCallExpr(offset, "@not_strictly_false", [
      this.newCallExpr(offset, "!_", [
        this.newIdentExpr(offset, accuVarName)
      ])
    ]));
  }
  expandAllMacro(offset, target, x, test) {
    return this.newBoolMacro(offset, target, x, !0, this.newCallExpr(offset, "_&&_", [
      this.newIdentExpr(offset, accuVarName),
      test
    ]), this.newCallExpr(offset, "@not_strictly_false", [
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandMapMacro(offset, target, x, step) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_+_", [
      this.newIdentExpr(offset, accuVarName),
      this.newListExpr(offset, [step])
    ]));
  }
  expandMapFilterMacro(offset, target, x, test, step) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_?_:_", [
      test,
      this.newCallExpr(offset, "_+_", [
        this.newIdentExpr(offset, accuVarName),
        this.newListExpr(offset, [step])
      ]),
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandFilterMacro(offset, target, x, step) {
    return this.newListMacro(offset, target, x, this.newCallExpr(offset, "_?_:_", [
      step,
      this.newCallExpr(offset, "_+_", [
        this.newIdentExpr(offset, accuVarName),
        this.newListExpr(offset, [this.newIdentExpr(offset, x)])
      ]),
      this.newIdentExpr(offset, accuVarName)
    ]));
  }
  expandExistsOne(offset, iterRange, iterVar, step) {
    return this.nextExpr(offset, {
      case: "comprehensionExpr",
      value: {
        $typeName: "cel.expr.Expr.Comprehension",
        accuVar: accuVarName,
        accuInit: this.newConstExpr(offset, {
          case: "int64Value",
          value: BigInt(0)
        }),
        iterVar,
        iterVar2: "",
        // not yet supported
        iterRange,
        loopCondition: this.newConstExpr(offset, {
          case: "boolValue",
          value: !0
        }),
        loopStep: this.newCallExpr(offset, "_?_:_", [
          step,
          this.newCallExpr(offset, "_+_", [
            this.newIdentExpr(offset, accuVarName),
            this.newConstExpr(offset, {
              case: "int64Value",
              value: BigInt(1)
            })
          ]),
          this.newIdentExpr(offset, accuVarName)
        ]),
        result: this.newCallExpr(offset, "_==_", [
          this.newIdentExpr(offset, accuVarName),
          this.newConstExpr(offset, {
            case: "int64Value",
            value: BigInt(1)
          })
        ])
      }
    });
  }
  maybeExpand(offset, call) {
    if (call.exprKind.case === "callExpr") {
      let callExpr = call.exprKind.value, varName = callExpr.args[0];
      if (varName !== void 0 && call.exprKind.value.target !== void 0 && varName.exprKind?.case === "identExpr") {
        let expanded;
        if (callExpr.args.length === 2)
          switch (callExpr.function) {
            case "exists":
              expanded = this.expandExistsMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "all":
              expanded = this.expandAllMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "map":
              expanded = this.expandMapMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "filter":
              expanded = this.expandFilterMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
            case "exists_one":
            case "existsOne":
              expanded = this.expandExistsOne(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1]);
              break;
          }
        if (callExpr.args.length === 3 && callExpr.function == "map" && (expanded = this.expandMapFilterMacro(offset, call.exprKind.value.target, varName.exprKind.value.name, call.exprKind.value.args[1], call.exprKind.value.args[2])), expanded !== void 0)
          return this.addMacroCall(expanded.id, callExpr.function, callExpr.target, callExpr.args), expanded;
      }
    }
    return call;
  }
  addMacroCall(exprId, functionName, target, args) {
    let macroArgs = args.map((arg) => this.buildMacroCallArg(arg)), macroTarget = target !== void 0 ? this.buildMacroCallArg(target) : void 0, macroCall = macroTarget !== void 0 ? {
      $typeName: "cel.expr.Expr",
      id: 0n,
      exprKind: {
        case: "callExpr",
        value: {
          $typeName: "cel.expr.Expr.Call",
          function: functionName,
          target: macroTarget,
          args: macroArgs
        }
      }
    } : {
      $typeName: "cel.expr.Expr",
      id: 0n,
      exprKind: {
        case: "callExpr",
        value: {
          $typeName: "cel.expr.Expr.Call",
          function: functionName,
          args: macroArgs
        }
      }
    };
    this.sourceInfo.macroCalls[exprId.toString()] = macroCall;
  }
  buildMacroCallArg(expr) {
    if (this.sourceInfo.macroCalls[expr.id.toString()] !== void 0)
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: { case: void 0, value: void 0 }
      };
    if (expr.exprKind.case === "callExpr") {
      let call = expr.exprKind.value, macroArgs = call.args.map((arg) => this.buildMacroCallArg(arg)), macroTarget = call.target !== void 0 ? this.buildMacroCallArg(call.target) : void 0;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "callExpr",
          value: {
            $typeName: "cel.expr.Expr.Call",
            function: call.function,
            target: macroTarget,
            args: macroArgs
          }
        }
      };
    }
    if (expr.exprKind.case === "selectExpr") {
      let sel = expr.exprKind.value;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "selectExpr",
          value: {
            $typeName: "cel.expr.Expr.Select",
            operand: sel.operand ? this.buildMacroCallArg(sel.operand) : void 0,
            field: sel.field,
            testOnly: sel.testOnly
          }
        }
      };
    }
    if (expr.exprKind.case === "listExpr") {
      let list = expr.exprKind.value;
      return {
        $typeName: "cel.expr.Expr",
        id: expr.id,
        exprKind: {
          case: "listExpr",
          value: {
            $typeName: "cel.expr.Expr.CreateList",
            elements: list.elements.map((el) => this.buildMacroCallArg(el)),
            optionalIndices: list.optionalIndices
          }
        }
      };
    }
    return expr;
  }
  newMapEntry(offset, key, value) {
    return this.nextEntry(offset, {
      case: "mapKey",
      value: key
    }, value);
  }
  newStructExpr(offset, entries, messageName = "") {
    return this.nextExpr(offset, {
      case: "structExpr",
      value: {
        $typeName: "cel.expr.Expr.CreateStruct",
        entries,
        messageName
      }
    });
  }
  newStructEntry(offset, field, value) {
    return this.nextEntry(offset, {
      case: "fieldKey",
      value: field
    }, value);
  }
};

// node_modules/@bufbuild/cel/dist/esm/parser.js
var runtime;
(function(runtime2) {
  class GrammarLocation {
    source;
    start;
    constructor(source, start) {
      this.source = source, this.start = start;
    }
    toString() {
      return String(this.source);
    }
    offset(loc) {
      return {
        line: loc.line + this.start.line - 1,
        column: loc.line === 1 ? loc.column + this.start.column - 1 : loc.column,
        offset: loc.offset + this.start.offset
      };
    }
    static offsetStart(range) {
      return range.source instanceof GrammarLocation ? range.source.offset(range.start) : range.start;
    }
    static offsetEnd(range) {
      return range.source instanceof GrammarLocation ? range.source.offset(range.end) : range.end;
    }
  }
  runtime2.GrammarLocation = GrammarLocation;
  function padEnd(str, targetLength, padString) {
    return padString = padString || " ", str.length > targetLength ? str : (targetLength -= str.length, padString += padString.repeat(targetLength), str + padString.slice(0, targetLength));
  }
  runtime2.padEnd = padEnd;
  class ParseFailure {
  }
  runtime2.ParseFailure = ParseFailure;
  function isFailure(r) {
    return !r.success;
  }
  runtime2.isFailure = isFailure;
  function getLine(input, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
      input[i] === "\r" ? (input[i + 1] === `
` && i++, line++) : input[i] === `
` && line++;
    return line;
  }
  function getColumn(input, offset) {
    let column = 1;
    for (let i = offset; i > 0 && ![`
`, "\r"].includes(input[i - 1]); i--)
      column++;
    return column;
  }
  function getLocation(source, input, start, remainder) {
    return {
      source,
      start: {
        offset: input.length - start.length,
        line: getLine(input, input.length - start.length),
        column: getColumn(input, input.length - start.length)
      },
      end: {
        offset: input.length - remainder.length,
        line: getLine(input, input.length - remainder.length),
        column: getColumn(input, input.length - remainder.length)
      }
    };
  }
  runtime2.getLocation = getLocation;
  function getRange(source, input, start, remainder) {
    return {
      source,
      start: input.length - start.length,
      end: input.length - remainder.length
    };
  }
  runtime2.getRange = getRange;
  function getText(start, remainder) {
    return start.slice(0, remainder.length > 0 ? -remainder.length : void 0);
  }
  runtime2.getText = getText;
})(runtime || (runtime = {}));
var ParseError = class _ParseError extends Error {
  rawMessage;
  location;
  constructor(message, location, name = "parse error") {
    super(_ParseError.#formatMessage(message, location)), this.name = name, this.rawMessage = message, this.location = location;
  }
  static #formatMessage(message, location) {
    return `${location.source !== void 0 ? String(location.source) : "<input>"}:${location.start.line}:${location.start.column}: ` + message;
  }
}, ParseSyntaxError = class _ParseSyntaxError extends ParseError {
  expected;
  found;
  constructor(expected, found, location, name = "syntax error") {
    super(_ParseSyntaxError.#formatMessage(expected, found), location, name), this.expected = expected, this.found = found;
  }
  static #formatMessage(expected, found) {
    function encode(s) {
      return "'" + s.replace(/[\\\x07\b\f\n\r\t\v']/g, (match) => {
        switch (match) {
          case "\\":
            return "\\\\";
          case "\x07":
            return "\\x07";
          case "\b":
            return "\\b";
          case "\f":
            return "\\f";
          case `
`:
            return "\\n";
          case "\r":
            return "\\r";
          case "	":
            return "\\t";
          case "\v":
            return "\\v";
          case "'":
            return "\\'";
          default:
            throw new Error("Unexpected string encoding replacement character. This should be an unreachable error.");
        }
      }) + "'";
    }
    function describeExpected(expected2) {
      let descriptions = [
        ...new Set(expected2.map((e) => e.type === "literal" ? encode(e.value) : e.value))
      ];
      switch (descriptions.sort(), descriptions.length) {
        case 1:
          return descriptions[0];
        case 2:
          return `${descriptions[0]} or ${descriptions[1]}`;
        default:
          return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
      }
    }
    function describeFound(found2) {
      return found2.length === 1 ? found2 : "end of input";
    }
    return "found " + describeFound(found) + " but expecting " + describeExpected(expected);
  }
}, item2 = {
  type: "any",
  value: "any character"
}, item43 = {
  type: "class",
  value: "/^[\\t\\n\\f\\r ]/g"
}, item44 = {
  type: "other",
  value: "whitespace"
}, item50 = {
  type: "literal",
  value: "//"
}, item53 = {
  type: "class",
  value: "/^[^\\r\\n]/g"
}, item58 = {
  type: "class",
  value: "/^[\\r\\n]/g"
}, item59 = {
  type: "other",
  value: "new line"
}, item61 = {
  type: "other",
  value: "comment"
}, item78 = {
  type: "literal",
  value: "-"
}, item84 = {
  type: "other",
  value: "digit"
}, item86 = {
  type: "literal",
  value: "."
}, item96 = {
  type: "class",
  value: "/^[+\\-]/g"
}, item107 = {
  type: "other",
  value: "float literal"
}, item117 = {
  type: "literal",
  value: "0x"
}, item127 = {
  type: "class",
  value: "/^[uU]/g"
}, item130 = {
  type: "other",
  value: "unsigned integer literal"
}, item146 = {
  type: "other",
  value: "integer literal"
}, item156 = {
  type: "class",
  value: "/^[rR]/g"
}, item161 = {
  type: "literal",
  value: '"""'
}, item174 = {
  type: "literal",
  value: "'''"
}, item185 = {
  type: "literal",
  value: '"'
}, item197 = {
  type: "literal",
  value: "'"
}, item225 = {
  type: "literal",
  value: "\\"
}, item227 = {
  type: "class",
  value: "/^[xX]/g"
}, item236 = {
  type: "other",
  value: "byte value"
}, item242 = {
  type: "literal",
  value: "\\u"
}, item250 = {
  type: "literal",
  value: "\\U"
}, item262 = {
  type: "class",
  value: "/^[0-3]/g"
}, item268 = {
  type: "other",
  value: "escaped bytes"
}, item269 = {
  type: "other",
  value: "byte sequence"
}, item275 = {
  type: "class",
  value: "/^[abfnrtv]/g"
}, item281 = {
  type: "class",
  value: "/^[\"'`\\\\?]/g"
}, item282 = {
  type: "other",
  value: "escaped character"
}, item329 = {
  type: "other",
  value: "quoted character sequence"
}, item331 = {
  type: "other",
  value: "string literal"
}, item337 = {
  type: "class",
  value: "/^[bB]/g"
}, item341 = {
  type: "other",
  value: "bytes literal"
}, item348 = {
  type: "literal",
  value: "true"
}, item350 = {
  type: "literal",
  value: "false"
}, item352 = {
  type: "other",
  value: "boolean literal"
}, item358 = {
  type: "literal",
  value: "null"
}, item364 = {
  type: "other",
  value: "null literal"
}, item377 = {
  type: "class",
  value: "/^[_a-zA-Z]/g"
}, item382 = {
  type: "other",
  value: "identifier"
}, item384 = {
  type: "literal",
  value: "("
}, item389 = {
  type: "literal",
  value: ","
}, item391 = {
  type: "literal",
  value: ")"
}, item411 = {
  type: "other",
  value: "selector"
}, item416 = {
  type: "literal",
  value: "{"
}, item426 = {
  type: "literal",
  value: ":"
}, item435 = {
  type: "literal",
  value: "}"
}, item454 = {
  type: "literal",
  value: "["
}, item459 = {
  type: "literal",
  value: "]"
}, item527 = {
  type: "literal",
  value: "!"
}, item543 = {
  type: "class",
  value: "/^[*\\/%]/g"
}, item580 = {
  type: "literal",
  value: "<="
}, item582 = {
  type: "literal",
  value: "<"
}, item584 = {
  type: "literal",
  value: ">="
}, item586 = {
  type: "literal",
  value: ">"
}, item588 = {
  type: "literal",
  value: "=="
}, item590 = {
  type: "literal",
  value: "!="
}, item594 = {
  type: "literal",
  value: "in"
}, item596 = {
  type: "other",
  value: "relational operator"
}, item604 = {
  type: "literal",
  value: "&&"
}, item610 = {
  type: "literal",
  value: "||"
}, item619 = {
  type: "literal",
  value: "?"
}, item628 = {
  type: "end",
  value: "end of input"
};
function parse(input, options = {}) {
  let parse$source = options.grammarSource, builder = new Builder(), result = item1(input);
  if (result.success === !0)
    return result.value;
  let remainder = input, failedExpectations = [];
  for (let e of result.failedExpectations)
    e.remainder.length < remainder.length && (remainder = e.remainder, failedExpectations = []), e.remainder.length === remainder.length && failedExpectations.push(e);
  throw new ParseSyntaxError(failedExpectations.map((e) => e.expectation), remainder.slice(0, 1), runtime.getLocation(parse$source, input, remainder, remainder));
  function item106(offset, digits) {
    return builder.newDoubleExpr(offset(), digits);
  }
  function item129(offset, digits) {
    return builder.newUnsignedInt64Expr(offset(), digits);
  }
  function item145(offset, digits) {
    return builder.newInt64Expr(offset(), digits);
  }
  function item238(value) {
    return parseInt(value, 16);
  }
  function item246(value) {
    return parseInt(value, 16);
  }
  function item254(value) {
    return parseInt(value, 16);
  }
  function item267(value) {
    return parseInt(value, 8);
  }
  function item276(value) {
    switch (value) {
      case "a":
        return "\x07";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return `
`;
      case "r":
        return "\r";
      case "t":
        return "	";
      case "v":
        return "\v";
    }
    throw new Error();
  }
  function item330(offset, bytes) {
    return builder.newStringExpr(offset(), bytes);
  }
  function item340(offset, bytes) {
    return builder.newBytesExpr(offset(), bytes);
  }
  function item351(offset, keyword) {
    return builder.newBoolExpr(offset(), keyword);
  }
  function item363(offset) {
    return builder.newNullExpr(offset());
  }
  function item381(error, id) {
    return [
      "true",
      "false",
      "null",
      "in",
      "as",
      "break",
      "const",
      "continue",
      "else",
      "for",
      "function",
      "if",
      "import",
      "let",
      "loop",
      "package",
      "namespace",
      "return",
      "var",
      "void",
      "while"
    ].includes(id) && error("reserved identifier"), id;
  }
  function item393(offset, identifier, args) {
    return builder.newCallExpr(offset(), identifier, args);
  }
  function item410(error, selector) {
    return ["true", "false", "null", "in"].includes(selector) && error("reserved keyword"), selector;
  }
  function item430(offset, key, value) {
    return builder.newStructEntry(offset(), key, value);
  }
  function item437(offset, dot, name, entries) {
    return builder.newStructExpr(offset(), entries, (dot !== null ? dot : "") + name.join("."));
  }
  function item444(offset, name) {
    return builder.newIdentExpr(offset(), name);
  }
  function item461(offset, elements) {
    return builder.newListExpr(offset(), elements);
  }
  function item475(offset, key, value) {
    return builder.newMapEntry(offset(), key, value);
  }
  function item484(offset, entries) {
    return builder.newStructExpr(offset(), entries);
  }
  function item500(offset, field) {
    return (prevExpr) => builder.newSelectExpr(offset(), prevExpr, field);
  }
  function item509(offset, func, args) {
    return (prevExpr) => builder.newMemberCallExpr(offset(), prevExpr, func, args);
  }
  function item516(offset, index) {
    return (prevExpr) => builder.newCallExpr(offset(), "_[_]", [prevExpr, index]);
  }
  function item519(primary, tail) {
    return tail.length === 0 ? primary : tail.reduce((expr, op) => op(expr), primary);
  }
  function item532(offset, ops, expr) {
    return ops.length % 2 === 0 ? expr : expr.exprKind.case === "callExpr" && expr.exprKind.value.function === `${ops[0]}_` ? expr.exprKind.value.args[0] : builder.newCallExpr(offset(), `${ops[0]}_`, [expr]);
  }
  function item544(o) {
    return `_${o}_`;
  }
  function item547(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item549(unary, tail) {
    return tail === null ? unary : tail.reduce((expr, op) => op(expr), unary);
  }
  function item560(o) {
    return `_${o}_`;
  }
  function item562(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item564(multiplication, tail) {
    return tail === null ? multiplication : tail.reduce((expr, op) => op(expr), multiplication);
  }
  function item591(operator) {
    return `_${operator}_`;
  }
  function item595() {
    return "@in";
  }
  function item598(offset, operator, nextExpr) {
    return (prevExpr) => builder.newCallExpr(offset(), operator, [prevExpr, nextExpr]);
  }
  function item600(addition, tail) {
    return tail === null ? addition : tail.reduce((expr, op) => op(expr), addition);
  }
  function item606(offset, relation) {
    if (relation.length === 1)
      return relation[0];
    let logicManager = LogicManager.newBalancingLogicManager(builder, "_&&_", relation[0]);
    for (let i = 1; i < relation.length; i += 1)
      logicManager.addTerm(offset(), relation[i]);
    return logicManager.toExpr();
  }
  function item612(offset, and) {
    if (and.length === 1)
      return and[0];
    let logicManager = LogicManager.newBalancingLogicManager(builder, "_||_", and[0]);
    for (let i = 1; i < and.length; i += 1)
      logicManager.addTerm(offset(), and[i]);
    return logicManager.toExpr();
  }
  function item624(t, f) {
    return [t, f];
  }
  function item626(offset, or, tail) {
    return tail === null ? or : builder.newCallExpr(offset(), "_?_:_", [or, ...tail]);
  }
  function item627(expr) {
    return { expr, sourceInfo: builder.sourceInfo };
  }
  function item1(text) {
    let result2 = item4(text);
    return result2.success === !0 ? result2.remainder.length === 0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item628,
          remainder: result2.remainder
        }
      ]
    } : result2;
  }
  function item4(text) {
    let result2 = item7(text);
    return result2.success === !0 ? {
      success: !0,
      value: item627(result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item7(text) {
    let result2 = item8(text);
    return result2.success === !0 ? {
      success: !0,
      value: item626(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item8(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item11(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item614(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result0.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item11(text) {
    let result2 = item13(text);
    return result2.success === !0 ? {
      success: !0,
      value: item612(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item13(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item607(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item15(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item15(text) {
    let result2 = item17(text);
    return result2.success === !0 ? {
      success: !0,
      value: item606(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item17(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item601(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item19(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item19(text) {
    let result2 = item20(text);
    return result2.success === !0 ? {
      success: !0,
      value: item600(result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item20(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item23(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item566(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item23(text) {
    let result2 = item24(text);
    return result2.success === !0 ? {
      success: !0,
      value: item564(result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item24(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item27(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item551(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item27(text) {
    let result2 = item28(text);
    return result2.success === !0 ? {
      success: !0,
      value: item549(result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item28(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item31(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item534(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result0.value, result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item31(text) {
    let choices = [item33, item520], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item33(text) {
    let result2 = item34(text);
    return result2.success === !0 ? {
      success: !0,
      value: item519(result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item34(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item66(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item487(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item36(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item37(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item45(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item62(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result0.value, result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item37(text) {
    let result2 = item39(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item39(text) {
    let result2 = item40(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item44,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item40(text) {
    let matches2 = text.match(/^([\t\n\f\r ])+/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item43,
          remainder: text
        }
      ]
    };
  }
  function item45(text) {
    let result2 = item47(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item47(text) {
    let result2 = item48(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item61,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item48(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item49(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item51(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item55(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result0.value, result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item49(text) {
    return text.startsWith("//") ? {
      success: !0,
      value: "//",
      remainder: text.slice(2),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item50,
          remainder: text
        }
      ]
    };
  }
  function item51(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item52(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item52(text) {
    return /^[^\r\n]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item53,
          remainder: text
        }
      ]
    };
  }
  function item55(text) {
    let result2 = item56(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item59,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item56(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item57(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item57(text) {
    return /^[\r\n]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item58,
          remainder: text
        }
      ]
    };
  }
  function item62(text) {
    let result2 = item39(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item66(text) {
    let choices = [
      item68,
      item365,
      item394,
      item438,
      item445,
      item450,
      item462
    ], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item68(text) {
    let choices = [
      item70,
      item109,
      item132,
      item148,
      item333,
      item343,
      item354
    ], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item70(text) {
    let result2 = item71(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item107,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item71(text) {
    let result2 = item73(text);
    return result2.success === !0 ? {
      success: !0,
      value: item106(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item73(text) {
    let matches2 = text.match(/^((-)?([0-9])*\.([0-9])+([eE]([+\-])?([0-9])+)?|(-)?([0-9])+[eE]([+\-])?([0-9])+)/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item78,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        },
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item109(text) {
    let result2 = item110(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item130,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item110(text) {
    let result2 = item111(text);
    return result2.success === !0 ? {
      success: !0,
      value: item129(() => input.length - text.length, result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item111(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item113(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = remainder2.match(/^[uU]/g);
    return failedExpectations2.push({
      expectation: item127,
      remainder: remainder2
    }), result1?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result1[0].length), {
      success: !0,
      value: [result0.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item113(text) {
    let matches2 = text.match(/^(0x([0-9abcdefABCDEF])+|([0-9])+)/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item117,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        }
      ]
    };
  }
  function item132(text) {
    let result2 = item133(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item146,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item133(text) {
    let result2 = item135(text);
    return result2.success === !0 ? {
      success: !0,
      value: item145(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item135(text) {
    let matches2 = text.match(/^(-)?(0x([0-9abcdefABCDEF])+|([0-9])+)/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item78,
          remainder: text
        },
        {
          expectation: item117,
          remainder: text
        },
        {
          expectation: item84,
          remainder: text
        }
      ]
    };
  }
  function item148(text) {
    let result2 = item149(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item331,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item149(text) {
    let result2 = item152(text);
    return result2.success === !0 ? {
      success: !0,
      value: item330(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item152(text) {
    let result2 = item153(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item329,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item153(text) {
    let choices = [item154, item207], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item154(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^[rR]/g);
    if (failedExpectations2.push({
      expectation: item156,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item158(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item158(text) {
    let choices = [item159, item172, item183, item195], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item159(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^"""/g);
    if (failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item163(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^"""/g);
    return failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item163(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item164(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item164(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(?!""")/g);
    if (failedExpectations2.push(), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item168(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item168(text) {
    return text.length > 0 ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item172(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^'''/g);
    if (failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item176(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^'''/g);
    return failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item176(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item177(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item177(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(?!''')/g);
    if (failedExpectations2.push(), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item181(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item181(text) {
    return text.length > 0 ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item183(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^"/g);
    if (failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item187(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^"/g);
    return failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item187(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item188(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item188(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(?!("|([\r\n])+))/g);
    if (failedExpectations2.push(), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item193(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item193(text) {
    return text.length > 0 ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item195(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^'/g);
    if (failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item199(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^'/g);
    return failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item199(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item200(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item200(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(?!('|([\r\n])+))/g);
    if (failedExpectations2.push(), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item205(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item205(text) {
    return text.length > 0 ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item207(text) {
    let choices = [item208, item291, item303, item316], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item208(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^"""/g);
    if (failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item211(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^"""/g);
    return failedExpectations2.push({
      expectation: item161,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item211(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item212(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item212(text) {
    let choices = [item214, item283], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item214(text) {
    let result2 = item215(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item282,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item215(text) {
    let choices = [item217, item270, item277], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item217(text) {
    let result2 = item218(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item269,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item218(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item220(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item220(text) {
    let result2 = item221(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item268,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item221(text) {
    let choices = [item222, item239, item247, item255], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item222(text) {
    let result2 = item223(text);
    return result2.success === !0 ? {
      success: !0,
      value: item238(result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item223(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\/g);
    if (failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^[xX]/g);
    if (failedExpectations2.push({
      expectation: item227,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item229(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item229(text) {
    let matches2 = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,1}/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item239(text) {
    let result2 = item240(text);
    return result2.success === !0 ? {
      success: !0,
      value: item246(result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item240(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\u/g);
    if (failedExpectations2.push({
      expectation: item242,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item244(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item244(text) {
    let matches2 = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,2}/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item247(text) {
    let result2 = item248(text);
    return result2.success === !0 ? {
      success: !0,
      value: item254(result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item248(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\U/g);
    if (failedExpectations2.push({
      expectation: item250,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item252(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item252(text) {
    let matches2 = text.match(/^([0-9abcdefABCDEF][0-9abcdefABCDEF]){0,4}/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item236,
          remainder: text
        }
      ]
    };
  }
  function item255(text) {
    let result2 = item256(text);
    return result2.success === !0 ? {
      success: !0,
      value: item267(result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item256(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\/g);
    if (failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item259(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item259(text) {
    let matches2 = text.match(/^[0-3][0-7][0-7]/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item262,
          remainder: text
        }
      ]
    };
  }
  function item270(text) {
    let result2 = item271(text);
    return result2.success === !0 ? {
      success: !0,
      value: item276(result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item271(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\/g);
    if (failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item274(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item274(text) {
    return /^[abfnrtv]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item275,
          remainder: text
        }
      ]
    };
  }
  function item277(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\\/g);
    if (failedExpectations2.push({
      expectation: item225,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item280(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item280(text) {
    return /^["'`\\?]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item281,
          remainder: text
        }
      ]
    };
  }
  function item283(text) {
    let matches2 = text.match(/^(?!""")[\s\S]/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item291(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^'''/g);
    if (failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item294(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^'''/g);
    return failedExpectations2.push({
      expectation: item174,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item294(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item295(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item295(text) {
    let choices = [item214, item296], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item296(text) {
    let matches2 = text.match(/^(?!''')[\s\S]/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item303(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^"/g);
    if (failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item306(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^"/g);
    return failedExpectations2.push({
      expectation: item185,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item306(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item307(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item307(text) {
    let choices = [item214, item308], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item308(text) {
    let matches2 = text.match(/^(?!("|([\r\n])+))[\s\S]/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item316(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^'/g);
    if (failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item319(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^'/g);
    return failedExpectations2.push({
      expectation: item197,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item319(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item320(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item320(text) {
    let choices = [item214, item321], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item321(text) {
    let matches2 = text.match(/^(?!('|([\r\n])+))[\s\S]/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item2,
          remainder: text
        }
      ]
    };
  }
  function item333(text) {
    let result2 = item334(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item341,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item334(text) {
    let result2 = item335(text);
    return result2.success === !0 ? {
      success: !0,
      value: item340(() => input.length - text.length, result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item335(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^[bB]/g);
    if (failedExpectations2.push({
      expectation: item337,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item152(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item343(text) {
    let result2 = item344(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item352,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item344(text) {
    let result2 = item346(text);
    return result2.success === !0 ? {
      success: !0,
      value: item351(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item346(text) {
    let choices = [item347, item349], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item347(text) {
    return text.startsWith("true") ? {
      success: !0,
      value: "true",
      remainder: text.slice(4),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item348,
          remainder: text
        }
      ]
    };
  }
  function item349(text) {
    return text.startsWith("false") ? {
      success: !0,
      value: "false",
      remainder: text.slice(5),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item350,
          remainder: text
        }
      ]
    };
  }
  function item354(text) {
    let result2 = item355(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item364,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item355(text) {
    let result2 = item356(text);
    return result2.success === !0 ? {
      success: !0,
      value: item363(() => input.length - text.length),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item356(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^null/g);
    if (failedExpectations2.push({
      expectation: item358,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^(?![_a-zA-Z0-9])/g);
    return failedExpectations2.push(), result1?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result1[0].length), {
      success: !0,
      value: [],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item365(text) {
    let result2 = item366(text);
    return result2.success === !0 ? {
      success: !0,
      value: item393(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item366(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(\.)?/g);
    if (failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item371(remainder2);
    if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
      return {
        success: !1,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result2.remainder;
    let result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = remainder2.match(/^\(/g);
    if (failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    }), result4?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result4[0].length);
    let result5 = item387(remainder2);
    if (failedExpectations2.push(...result5.failedExpectations), result5.success === !1)
      return {
        success: !1,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result5.remainder;
    let result6 = remainder2.match(/^\)/g);
    return failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    }), result6?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result6[0].length), {
      success: !0,
      value: [result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item371(text) {
    let result2 = item372(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item382,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item372(text) {
    let result2 = item374(text);
    return result2.success === !0 ? {
      success: !0,
      value: item381((message, location = runtime.getLocation(parse$source, input, text, result2.remainder), name) => {
        throw new ParseError(message, location, name);
      }, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item374(text) {
    let matches2 = text.match(/^[_a-zA-Z]([_a-zA-Z0-9])*/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item377,
          remainder: text
        }
      ]
    };
  }
  function item387(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item388(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item7(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item388(text) {
    return text.startsWith(",") ? {
      success: !0,
      value: ",",
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item394(text) {
    let result2 = item395(text);
    return result2.success === !0 ? {
      success: !0,
      value: item437(() => input.length - text.length, result2.value[0], result2.value[1], result2.value[2]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item395(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item397(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item400(remainder2);
    if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
      return {
        success: !1,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result2.remainder;
    let result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = remainder2.match(/^\{/g);
    if (failedExpectations2.push({
      expectation: item416,
      remainder: remainder2
    }), result4?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result4[0].length);
    let result5 = item419(remainder2);
    if (failedExpectations2.push(...result5.failedExpectations), result5.success === !1)
      return {
        success: !1,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result5.remainder;
    let result6 = remainder2.match(/^(,)?/g);
    if (failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    }), result6?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result6[0].length);
    let result7 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result7?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result7[0].length);
    let result8 = remainder2.match(/^\}/g);
    return failedExpectations2.push({
      expectation: item435,
      remainder: remainder2
    }), result8?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result8[0].length), {
      success: !0,
      value: [result0.value, result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item397(text) {
    let result2 = item398(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item398(text) {
    return text.startsWith(".") ? {
      success: !0,
      value: ".",
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item400(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item412(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item402(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item402(text) {
    let result2 = item403(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item411,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item403(text) {
    let result2 = item405(text);
    return result2.success === !0 ? {
      success: !0,
      value: item410((message, location = runtime.getLocation(parse$source, input, text, result2.remainder), name) => {
        throw new ParseError(message, location, name);
      }, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item405(text) {
    let matches2 = text.match(/^[_a-zA-Z]([_a-zA-Z0-9])*/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item377,
          remainder: text
        }
      ]
    };
  }
  function item412(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item36(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = item413(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item36(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result0.value, result1.value, result0.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item413(text) {
    return text.startsWith(".") ? {
      success: !0,
      value: ".",
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item86,
          remainder: text
        }
      ]
    };
  }
  function item419(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item431(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item420(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item420(text) {
    let result2 = item421(text);
    return result2.success === !0 ? {
      success: !0,
      value: item430(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item421(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item402(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?:/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }, {
      expectation: item426,
      remainder: remainder2
    }), result2?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result2[0].length);
    let result3 = item7(remainder2);
    return failedExpectations2.push(...result3.failedExpectations), result3.success === !1 ? {
      success: !1,
      remainder: result3.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result3.remainder, {
      success: !0,
      value: [result1.value, result3.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item431(text) {
    return text.startsWith(",") ? {
      success: !0,
      value: ",",
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item438(text) {
    let result2 = item439(text);
    return result2.success === !0 ? {
      success: !0,
      value: item444(() => input.length - text.length, result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item439(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(\.)?/g);
    if (failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item402(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item445(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\(/g);
    if (failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item7(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^\)/g);
    return failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item450(text) {
    let result2 = item452(text);
    return result2.success === !0 ? {
      success: !0,
      value: item461(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item452(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\[/g);
    if (failedExpectations2.push({
      expectation: item454,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item387(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^(,)?/g);
    if (failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    }), result2?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result2[0].length);
    let result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = remainder2.match(/^\]/g);
    return failedExpectations2.push({
      expectation: item459,
      remainder: remainder2
    }), result4?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result4[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item462(text) {
    let result2 = item464(text);
    return result2.success === !0 ? {
      success: !0,
      value: item484(() => input.length - text.length, result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item464(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\{/g);
    if (failedExpectations2.push({
      expectation: item416,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item468(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^(,)?(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?\}/g);
    return failedExpectations2.push({
      expectation: item389,
      remainder: remainder2
    }, {
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }, {
      expectation: item435,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item468(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let r = remainder2;
      if (values.length > 0) {
        let result3 = item476(r);
        if (failedExpectations2.push(...result3.failedExpectations), result3.success === !1)
          break;
        r = result3.remainder;
      }
      let result2 = item469(r);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item469(text) {
    let result2 = item470(text);
    return result2.success === !0 ? {
      success: !0,
      value: item475(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item470(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = item7(remainder2);
    if (failedExpectations2.push(...result0.failedExpectations), result0.success === !1)
      return {
        success: !1,
        remainder: result0.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result0.remainder;
    let result1 = remainder2.match(/^:/g);
    if (failedExpectations2.push({
      expectation: item426,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item7(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result0.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item476(text) {
    return text.startsWith(",") ? {
      success: !0,
      value: ",",
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item389,
          remainder: text
        }
      ]
    };
  }
  function item487(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item488(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item488(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item491(remainder2);
    return failedExpectations2.push(...result1.failedExpectations), result1.success === !1 ? {
      success: !1,
      remainder: result1.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result1.remainder, {
      success: !0,
      value: result1.value,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item491(text) {
    let choices = [item492, item501, item510], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item492(text) {
    let result2 = item493(text);
    return result2.success === !0 ? {
      success: !0,
      value: item500(() => input.length - text.length, result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item493(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\./g);
    if (failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item402(remainder2);
    if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
      return {
        success: !1,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result2.remainder;
    let result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = remainder2.match(/^(?![(])/g);
    return failedExpectations2.push(), result4?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result4[0].length), {
      success: !0,
      value: [result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item501(text) {
    let result2 = item502(text);
    return result2.success === !0 ? {
      success: !0,
      value: item509(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item502(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\./g);
    if (failedExpectations2.push({
      expectation: item86,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result1?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result1[0].length);
    let result2 = item402(remainder2);
    if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
      return {
        success: !1,
        remainder: result2.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result2.remainder;
    let result3 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = remainder2.match(/^\(/g);
    if (failedExpectations2.push({
      expectation: item384,
      remainder: remainder2
    }), result4?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result4[0].length);
    let result5 = item387(remainder2);
    if (failedExpectations2.push(...result5.failedExpectations), result5.success === !1)
      return {
        success: !1,
        remainder: result5.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result5.remainder;
    let result6 = remainder2.match(/^\)/g);
    return failedExpectations2.push({
      expectation: item391,
      remainder: remainder2
    }), result6?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result6[0].length), {
      success: !0,
      value: [result2.value, result5.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item510(text) {
    let result2 = item511(text);
    return result2.success === !0 ? {
      success: !0,
      value: item516(() => input.length - text.length, result2.value[0]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item511(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\[/g);
    if (failedExpectations2.push({
      expectation: item454,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item7(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^\]/g);
    return failedExpectations2.push({
      expectation: item459,
      remainder: remainder2
    }), result2?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result2[0].length), {
      success: !0,
      value: [result1.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item520(text) {
    let result2 = item521(text);
    return result2.success === !0 ? {
      success: !0,
      value: item532(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item521(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item523(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item33(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item523(text) {
    let matches2 = text.match(/^((!)+|(-)+)/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item527,
          remainder: text
        },
        {
          expectation: item78,
          remainder: text
        }
      ]
    };
  }
  function item534(text) {
    let result2 = item536(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item536(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item537(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item537(text) {
    let result2 = item538(text);
    return result2.success === !0 ? {
      success: !0,
      value: item547(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item538(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item540(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item31(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item540(text) {
    let result2 = item542(text);
    return result2.success === !0 ? {
      success: !0,
      value: item544(result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item542(text) {
    return /^[*\/%]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item543,
          remainder: text
        }
      ]
    };
  }
  function item551(text) {
    let result2 = item553(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item553(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item554(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item554(text) {
    let result2 = item555(text);
    return result2.success === !0 ? {
      success: !0,
      value: item562(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item555(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item557(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item27(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item557(text) {
    let result2 = item559(text);
    return result2.success === !0 ? {
      success: !0,
      value: item560(result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item559(text) {
    return /^[+\-]/g.test(text) ? {
      success: !0,
      value: text.slice(0, 1),
      remainder: text.slice(1),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item96,
          remainder: text
        }
      ]
    };
  }
  function item566(text) {
    let result2 = item568(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item568(text) {
    let values = [], failedExpectations2 = [], remainder2 = text;
    for (; ; ) {
      let result2 = item569(remainder2);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !1)
        break;
      remainder2 = result2.remainder, values.push(result2.value);
    }
    return values.length < 1 ? { success: !1, remainder: text, failedExpectations: failedExpectations2 } : { success: !0, value: values, remainder: remainder2, failedExpectations: failedExpectations2 };
  }
  function item569(text) {
    let result2 = item570(text);
    return result2.success === !0 ? {
      success: !0,
      value: item598(() => input.length - text.length, result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item570(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item573(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = item23(remainder2);
    return failedExpectations2.push(...result2.failedExpectations), result2.success === !1 ? {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: failedExpectations2
    } : (remainder2 = result2.remainder, {
      success: !0,
      value: [result1.value, result2.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
  function item573(text) {
    let result2 = item574(text);
    return result2.success === !0 ? result2 : {
      success: !1,
      remainder: result2.remainder,
      failedExpectations: [
        {
          expectation: item596,
          remainder: result2.remainder
        }
      ]
    };
  }
  function item574(text) {
    let choices = [item575, item592], failedExpectations2 = [];
    for (let func = choices.shift(); func !== void 0; func = choices.shift()) {
      let result2 = func(text);
      if (failedExpectations2.push(...result2.failedExpectations), result2.success === !0)
        return {
          success: !0,
          value: result2.value,
          remainder: result2.remainder,
          failedExpectations: failedExpectations2
        };
    }
    return {
      success: !1,
      remainder: text,
      failedExpectations: failedExpectations2
    };
  }
  function item575(text) {
    let result2 = item577(text);
    return result2.success === !0 ? {
      success: !0,
      value: item591(result2.value),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item577(text) {
    let matches2 = text.match(/^(<=|<|>=|>|==|!=)/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item580,
          remainder: text
        },
        {
          expectation: item582,
          remainder: text
        },
        {
          expectation: item584,
          remainder: text
        },
        {
          expectation: item586,
          remainder: text
        },
        {
          expectation: item588,
          remainder: text
        },
        {
          expectation: item590,
          remainder: text
        }
      ]
    };
  }
  function item592(text) {
    let result2 = item593(text);
    return result2.success === !0 ? {
      success: !0,
      value: item595(),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item593(text) {
    return text.startsWith("in") ? {
      success: !0,
      value: "in",
      remainder: text.slice(2),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item594,
          remainder: text
        }
      ]
    };
  }
  function item601(text) {
    let matches2 = text.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?&&/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item44,
          remainder: text
        },
        {
          expectation: item61,
          remainder: text
        },
        {
          expectation: item604,
          remainder: text
        }
      ]
    };
  }
  function item607(text) {
    let matches2 = text.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?\|\|/g);
    return matches2?.length === 1 ? {
      success: !0,
      value: matches2[0],
      remainder: text.slice(matches2[0].length),
      failedExpectations: []
    } : {
      success: !1,
      remainder: text,
      failedExpectations: [
        {
          expectation: item44,
          remainder: text
        },
        {
          expectation: item61,
          remainder: text
        },
        {
          expectation: item610,
          remainder: text
        }
      ]
    };
  }
  function item614(text) {
    let result2 = item616(text);
    return result2.success === !0 ? result2 : {
      success: !0,
      value: null,
      remainder: text,
      failedExpectations: result2.failedExpectations
    };
  }
  function item616(text) {
    let result2 = item617(text);
    return result2.success === !0 ? {
      success: !0,
      value: item624(result2.value[0], result2.value[1]),
      remainder: result2.remainder,
      failedExpectations: []
    } : result2;
  }
  function item617(text) {
    let failedExpectations2 = [], remainder2 = text, result0 = remainder2.match(/^\?/g);
    if (failedExpectations2.push({
      expectation: item619,
      remainder: remainder2
    }), result0?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result0[0].length);
    let result1 = item11(remainder2);
    if (failedExpectations2.push(...result1.failedExpectations), result1.success === !1)
      return {
        success: !1,
        remainder: result1.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result1.remainder;
    let result2 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    if (failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result2?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result2[0].length);
    let result3 = remainder2.match(/^:/g);
    if (failedExpectations2.push({
      expectation: item426,
      remainder: remainder2
    }), result3?.length !== 1)
      return {
        success: !1,
        remainder: remainder2,
        failedExpectations: failedExpectations2
      };
    remainder2 = remainder2.slice(result3[0].length);
    let result4 = item7(remainder2);
    if (failedExpectations2.push(...result4.failedExpectations), result4.success === !1)
      return {
        success: !1,
        remainder: result4.remainder,
        failedExpectations: failedExpectations2
      };
    remainder2 = result4.remainder;
    let result5 = remainder2.match(/^(([\t\n\f\r ])+)?(\/\/([^\r\n])*([\r\n])+)?(([\t\n\f\r ])+)?/g);
    return failedExpectations2.push({
      expectation: item44,
      remainder: remainder2
    }, {
      expectation: item61,
      remainder: remainder2
    }), result5?.length !== 1 ? {
      success: !1,
      remainder: remainder2,
      failedExpectations: failedExpectations2
    } : (remainder2 = remainder2.slice(result5[0].length), {
      success: !0,
      value: [result1.value, result4.value],
      remainder: remainder2,
      failedExpectations: failedExpectations2
    });
  }
}

// node_modules/@bufbuild/cel/dist/esm/parse.js
function parse2(expr) {
  let result = parse(expr);
  return {
    $typeName: "cel.expr.ParsedExpr",
    expr: result.expr,
    sourceInfo: result.sourceInfo
  };
}

// node_modules/@bufbuild/cel-spec/dist/esm/gen/cel/expr/syntax_pb.js
var file_cel_expr_syntax = /* @__PURE__ */ fileDesc("ChVjZWwvZXhwci9zeW50YXgucHJvdG8SCGNlbC5leHByIlUKClBhcnNlZEV4cHISHAoEZXhwchgCIAEoCzIOLmNlbC5leHByLkV4cHISKQoLc291cmNlX2luZm8YAyABKAsyFC5jZWwuZXhwci5Tb3VyY2VJbmZvItoICgRFeHByEgoKAmlkGAIgASgDEigKCmNvbnN0X2V4cHIYAyABKAsyEi5jZWwuZXhwci5Db25zdGFudEgAEioKCmlkZW50X2V4cHIYBCABKAsyFC5jZWwuZXhwci5FeHByLklkZW50SAASLAoLc2VsZWN0X2V4cHIYBSABKAsyFS5jZWwuZXhwci5FeHByLlNlbGVjdEgAEigKCWNhbGxfZXhwchgGIAEoCzITLmNlbC5leHByLkV4cHIuQ2FsbEgAEi4KCWxpc3RfZXhwchgHIAEoCzIZLmNlbC5leHByLkV4cHIuQ3JlYXRlTGlzdEgAEjIKC3N0cnVjdF9leHByGAggASgLMhsuY2VsLmV4cHIuRXhwci5DcmVhdGVTdHJ1Y3RIABI6ChJjb21wcmVoZW5zaW9uX2V4cHIYCSABKAsyHC5jZWwuZXhwci5FeHByLkNvbXByZWhlbnNpb25IABoVCgVJZGVudBIMCgRuYW1lGAEgASgJGksKBlNlbGVjdBIfCgdvcGVyYW5kGAEgASgLMg4uY2VsLmV4cHIuRXhwchINCgVmaWVsZBgCIAEoCRIRCgl0ZXN0X29ubHkYAyABKAgaVgoEQ2FsbBIeCgZ0YXJnZXQYASABKAsyDi5jZWwuZXhwci5FeHByEhAKCGZ1bmN0aW9uGAIgASgJEhwKBGFyZ3MYAyADKAsyDi5jZWwuZXhwci5FeHByGkgKCkNyZWF0ZUxpc3QSIAoIZWxlbWVudHMYASADKAsyDi5jZWwuZXhwci5FeHByEhgKEG9wdGlvbmFsX2luZGljZXMYAiADKAUa6QEKDENyZWF0ZVN0cnVjdBIUCgxtZXNzYWdlX25hbWUYASABKAkSMgoHZW50cmllcxgCIAMoCzIhLmNlbC5leHByLkV4cHIuQ3JlYXRlU3RydWN0LkVudHJ5Go4BCgVFbnRyeRIKCgJpZBgBIAEoAxITCglmaWVsZF9rZXkYAiABKAlIABIhCgdtYXBfa2V5GAMgASgLMg4uY2VsLmV4cHIuRXhwckgAEh0KBXZhbHVlGAQgASgLMg4uY2VsLmV4cHIuRXhwchIWCg5vcHRpb25hbF9lbnRyeRgFIAEoCEIKCghrZXlfa2luZBr4AQoNQ29tcHJlaGVuc2lvbhIQCghpdGVyX3ZhchgBIAEoCRIRCglpdGVyX3ZhcjIYCCABKAkSIgoKaXRlcl9yYW5nZRgCIAEoCzIOLmNlbC5leHByLkV4cHISEAoIYWNjdV92YXIYAyABKAkSIQoJYWNjdV9pbml0GAQgASgLMg4uY2VsLmV4cHIuRXhwchImCg5sb29wX2NvbmRpdGlvbhgFIAEoCzIOLmNlbC5leHByLkV4cHISIQoJbG9vcF9zdGVwGAYgASgLMg4uY2VsLmV4cHIuRXhwchIeCgZyZXN1bHQYByABKAsyDi5jZWwuZXhwci5FeHByQgsKCWV4cHJfa2luZCLNAgoIQ29uc3RhbnQSMAoKbnVsbF92YWx1ZRgBIAEoDjIaLmdvb2dsZS5wcm90b2J1Zi5OdWxsVmFsdWVIABIUCgpib29sX3ZhbHVlGAIgASgISAASFQoLaW50NjRfdmFsdWUYAyABKANIABIWCgx1aW50NjRfdmFsdWUYBCABKARIABIWCgxkb3VibGVfdmFsdWUYBSABKAFIABIWCgxzdHJpbmdfdmFsdWUYBiABKAlIABIVCgtieXRlc192YWx1ZRgHIAEoDEgAEjcKDmR1cmF0aW9uX3ZhbHVlGAggASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uQgIYAUgAEjkKD3RpbWVzdGFtcF92YWx1ZRgJIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCAhgBSABCDwoNY29uc3RhbnRfa2luZCKcBQoKU291cmNlSW5mbxIWCg5zeW50YXhfdmVyc2lvbhgBIAEoCRIQCghsb2NhdGlvbhgCIAEoCRIUCgxsaW5lX29mZnNldHMYAyADKAUSNgoJcG9zaXRpb25zGAQgAygLMiMuY2VsLmV4cHIuU291cmNlSW5mby5Qb3NpdGlvbnNFbnRyeRI5CgttYWNyb19jYWxscxgFIAMoCzIkLmNlbC5leHByLlNvdXJjZUluZm8uTWFjcm9DYWxsc0VudHJ5EjIKCmV4dGVuc2lvbnMYBiADKAsyHi5jZWwuZXhwci5Tb3VyY2VJbmZvLkV4dGVuc2lvbhowCg5Qb3NpdGlvbnNFbnRyeRILCgNrZXkYASABKAMSDQoFdmFsdWUYAiABKAU6AjgBGkEKD01hY3JvQ2FsbHNFbnRyeRILCgNrZXkYASABKAMSHQoFdmFsdWUYAiABKAsyDi5jZWwuZXhwci5FeHByOgI4ARqxAgoJRXh0ZW5zaW9uEgoKAmlkGAEgASgJEkUKE2FmZmVjdGVkX2NvbXBvbmVudHMYAiADKA4yKC5jZWwuZXhwci5Tb3VyY2VJbmZvLkV4dGVuc2lvbi5Db21wb25lbnQSNwoHdmVyc2lvbhgDIAEoCzImLmNlbC5leHByLlNvdXJjZUluZm8uRXh0ZW5zaW9uLlZlcnNpb24aJwoHVmVyc2lvbhINCgVtYWpvchgBIAEoAxINCgVtaW5vchgCIAEoAyJvCglDb21wb25lbnQSGQoVQ09NUE9ORU5UX1VOU1BFQ0lGSUVEEAASFAoQQ09NUE9ORU5UX1BBUlNFUhABEhoKFkNPTVBPTkVOVF9UWVBFX0NIRUNLRVIQAhIVChFDT01QT05FTlRfUlVOVElNRRADQi4KDGRldi5jZWwuZXhwckILU3ludGF4UHJvdG9QAVoMY2VsLmRldi9leHBy+AEBYgZwcm90bzM", [file_google_protobuf_duration, file_google_protobuf_struct, file_google_protobuf_timestamp]), ParsedExprSchema = /* @__PURE__ */ messageDesc(file_cel_expr_syntax, 0), ExprSchema = /* @__PURE__ */ messageDesc(file_cel_expr_syntax, 1);
var SourceInfo_Extension_Component;
(function(SourceInfo_Extension_Component2) {
  SourceInfo_Extension_Component2[SourceInfo_Extension_Component2.UNSPECIFIED = 0] = "UNSPECIFIED", SourceInfo_Extension_Component2[SourceInfo_Extension_Component2.PARSER = 1] = "PARSER", SourceInfo_Extension_Component2[SourceInfo_Extension_Component2.TYPE_CHECKER = 2] = "TYPE_CHECKER", SourceInfo_Extension_Component2[SourceInfo_Extension_Component2.RUNTIME = 3] = "RUNTIME";
})(SourceInfo_Extension_Component || (SourceInfo_Extension_Component = {}));

// node_modules/@bufbuild/cel-spec/dist/esm/gen/cel/expr/checked_pb.js
var file_cel_expr_checked = /* @__PURE__ */ fileDesc("ChZjZWwvZXhwci9jaGVja2VkLnByb3RvEghjZWwuZXhwciLsAgoLQ2hlY2tlZEV4cHISPgoNcmVmZXJlbmNlX21hcBgCIAMoCzInLmNlbC5leHByLkNoZWNrZWRFeHByLlJlZmVyZW5jZU1hcEVudHJ5EjQKCHR5cGVfbWFwGAMgAygLMiIuY2VsLmV4cHIuQ2hlY2tlZEV4cHIuVHlwZU1hcEVudHJ5EikKC3NvdXJjZV9pbmZvGAUgASgLMhQuY2VsLmV4cHIuU291cmNlSW5mbxIUCgxleHByX3ZlcnNpb24YBiABKAkSHAoEZXhwchgEIAEoCzIOLmNlbC5leHByLkV4cHIaSAoRUmVmZXJlbmNlTWFwRW50cnkSCwoDa2V5GAEgASgDEiIKBXZhbHVlGAIgASgLMhMuY2VsLmV4cHIuUmVmZXJlbmNlOgI4ARo+CgxUeXBlTWFwRW50cnkSCwoDa2V5GAEgASgDEh0KBXZhbHVlGAIgASgLMg4uY2VsLmV4cHIuVHlwZToCOAEioggKBFR5cGUSJQoDZHluGAEgASgLMhYuZ29vZ2xlLnByb3RvYnVmLkVtcHR5SAASKgoEbnVsbBgCIAEoDjIaLmdvb2dsZS5wcm90b2J1Zi5OdWxsVmFsdWVIABIxCglwcmltaXRpdmUYAyABKA4yHC5jZWwuZXhwci5UeXBlLlByaW1pdGl2ZVR5cGVIABIvCgd3cmFwcGVyGAQgASgOMhwuY2VsLmV4cHIuVHlwZS5QcmltaXRpdmVUeXBlSAASMgoKd2VsbF9rbm93bhgFIAEoDjIcLmNlbC5leHByLlR5cGUuV2VsbEtub3duVHlwZUgAEiwKCWxpc3RfdHlwZRgGIAEoCzIXLmNlbC5leHByLlR5cGUuTGlzdFR5cGVIABIqCghtYXBfdHlwZRgHIAEoCzIWLmNlbC5leHByLlR5cGUuTWFwVHlwZUgAEi8KCGZ1bmN0aW9uGAggASgLMhsuY2VsLmV4cHIuVHlwZS5GdW5jdGlvblR5cGVIABIWCgxtZXNzYWdlX3R5cGUYCSABKAlIABIUCgp0eXBlX3BhcmFtGAogASgJSAASHgoEdHlwZRgLIAEoCzIOLmNlbC5leHByLlR5cGVIABInCgVlcnJvchgMIAEoCzIWLmdvb2dsZS5wcm90b2J1Zi5FbXB0eUgAEjQKDWFic3RyYWN0X3R5cGUYDiABKAsyGy5jZWwuZXhwci5UeXBlLkFic3RyYWN0VHlwZUgAGi0KCExpc3RUeXBlEiEKCWVsZW1fdHlwZRgBIAEoCzIOLmNlbC5leHByLlR5cGUaTwoHTWFwVHlwZRIgCghrZXlfdHlwZRgBIAEoCzIOLmNlbC5leHByLlR5cGUSIgoKdmFsdWVfdHlwZRgCIAEoCzIOLmNlbC5leHByLlR5cGUaVgoMRnVuY3Rpb25UeXBlEiMKC3Jlc3VsdF90eXBlGAEgASgLMg4uY2VsLmV4cHIuVHlwZRIhCglhcmdfdHlwZXMYAiADKAsyDi5jZWwuZXhwci5UeXBlGkUKDEFic3RyYWN0VHlwZRIMCgRuYW1lGAEgASgJEicKD3BhcmFtZXRlcl90eXBlcxgCIAMoCzIOLmNlbC5leHByLlR5cGUicwoNUHJpbWl0aXZlVHlwZRIeChpQUklNSVRJVkVfVFlQRV9VTlNQRUNJRklFRBAAEggKBEJPT0wQARIJCgVJTlQ2NBACEgoKBlVJTlQ2NBADEgoKBkRPVUJMRRAEEgoKBlNUUklORxAFEgkKBUJZVEVTEAYiVgoNV2VsbEtub3duVHlwZRIfChtXRUxMX0tOT1dOX1RZUEVfVU5TUEVDSUZJRUQQABIHCgNBTlkQARINCglUSU1FU1RBTVAQAhIMCghEVVJBVElPThADQgsKCXR5cGVfa2luZCLWAwoERGVjbBIMCgRuYW1lGAEgASgJEikKBWlkZW50GAIgASgLMhguY2VsLmV4cHIuRGVjbC5JZGVudERlY2xIABIvCghmdW5jdGlvbhgDIAEoCzIbLmNlbC5leHByLkRlY2wuRnVuY3Rpb25EZWNsSAAaWQoJSWRlbnREZWNsEhwKBHR5cGUYASABKAsyDi5jZWwuZXhwci5UeXBlEiEKBXZhbHVlGAIgASgLMhIuY2VsLmV4cHIuQ29uc3RhbnQSCwoDZG9jGAMgASgJGvsBCgxGdW5jdGlvbkRlY2wSNwoJb3ZlcmxvYWRzGAEgAygLMiQuY2VsLmV4cHIuRGVjbC5GdW5jdGlvbkRlY2wuT3ZlcmxvYWQSCwoDZG9jGAIgASgJGqQBCghPdmVybG9hZBITCgtvdmVybG9hZF9pZBgBIAEoCRIeCgZwYXJhbXMYAiADKAsyDi5jZWwuZXhwci5UeXBlEhMKC3R5cGVfcGFyYW1zGAMgAygJEiMKC3Jlc3VsdF90eXBlGAQgASgLMg4uY2VsLmV4cHIuVHlwZRIcChRpc19pbnN0YW5jZV9mdW5jdGlvbhgFIAEoCBILCgNkb2MYBiABKAlCCwoJZGVjbF9raW5kIlEKCVJlZmVyZW5jZRIMCgRuYW1lGAEgASgJEhMKC292ZXJsb2FkX2lkGAMgAygJEiEKBXZhbHVlGAQgASgLMhIuY2VsLmV4cHIuQ29uc3RhbnRCLAoMZGV2LmNlbC5leHByQglEZWNsUHJvdG9QAVoMY2VsLmRldi9leHBy+AEBYgZwcm90bzM", [file_cel_expr_syntax, file_google_protobuf_empty, file_google_protobuf_struct]), CheckedExprSchema = /* @__PURE__ */ messageDesc(file_cel_expr_checked, 0);
var Type_PrimitiveType;
(function(Type_PrimitiveType2) {
  Type_PrimitiveType2[Type_PrimitiveType2.PRIMITIVE_TYPE_UNSPECIFIED = 0] = "PRIMITIVE_TYPE_UNSPECIFIED", Type_PrimitiveType2[Type_PrimitiveType2.BOOL = 1] = "BOOL", Type_PrimitiveType2[Type_PrimitiveType2.INT64 = 2] = "INT64", Type_PrimitiveType2[Type_PrimitiveType2.UINT64 = 3] = "UINT64", Type_PrimitiveType2[Type_PrimitiveType2.DOUBLE = 4] = "DOUBLE", Type_PrimitiveType2[Type_PrimitiveType2.STRING = 5] = "STRING", Type_PrimitiveType2[Type_PrimitiveType2.BYTES = 6] = "BYTES";
})(Type_PrimitiveType || (Type_PrimitiveType = {}));
var Type_WellKnownType;
(function(Type_WellKnownType2) {
  Type_WellKnownType2[Type_WellKnownType2.WELL_KNOWN_TYPE_UNSPECIFIED = 0] = "WELL_KNOWN_TYPE_UNSPECIFIED", Type_WellKnownType2[Type_WellKnownType2.ANY = 1] = "ANY", Type_WellKnownType2[Type_WellKnownType2.TIMESTAMP = 2] = "TIMESTAMP", Type_WellKnownType2[Type_WellKnownType2.DURATION = 3] = "DURATION";
})(Type_WellKnownType || (Type_WellKnownType = {}));

// node_modules/@bufbuild/cel/dist/esm/namespace.js
function resolveCandidateNames(namespace, name) {
  if (name.startsWith("."))
    return [name.substring(1)];
  if (namespace === "")
    return [name];
  let candidates = [];
  for (let nextNs = namespace; ; ) {
    candidates.push(nextNs + "." + name);
    let i = nextNs.lastIndexOf(".");
    if (i < 0)
      break;
    nextNs = nextNs.substring(0, i);
  }
  return candidates.push(name), candidates;
}

// node_modules/@bufbuild/cel/dist/esm/field.js
function accessByIndex(obj, index) {
  if (!(typeof obj != "object" || obj === null)) {
    if (isCelMap(obj))
      return obj.get(index);
    if (isCelList(obj))
      return obj.get(Number(index));
  }
}
function accessByName(obj, name) {
  if (typeof obj != "object" || obj === null)
    return;
  if (isCelMap(obj))
    return obj.get(name);
  if (obj = unwrapAny(obj), !isReflectMessage(obj))
    return;
  let field = obj.desc.fields.find((f) => f.name === name);
  if (field)
    switch (field.fieldKind) {
      case "enum":
        return BigInt(obj.get(field));
      case "list":
        return celList(obj.get(field));
      case "map":
        return celMap(obj.get(field));
      case "scalar":
        return celFromScalar(field.scalar, obj.get(field));
      case "message":
        if (obj.isSet(field))
          return reflectMsgToCel(obj.get(field));
        if (isWrapperDesc(field.message))
          return null;
        switch (field.message.typeName) {
          case StructSchema.typeName:
            return EMPTY_MAP;
          case ListValueSchema.typeName:
            return EMPTY_LIST;
          case ValueSchema.typeName:
            return null;
        }
        return reflect(field.message);
    }
}
function isSet(obj, name) {
  if (typeof obj != "object" || obj === null)
    return !1;
  if (isCelMap(obj))
    return obj.has(name);
  if (obj = unwrapAny(obj), isReflectMessage(obj)) {
    let field = obj.desc.fields.find((f) => f.name === name);
    return field ? obj.isSet(field) : void 0;
  }
  return !1;
}

// node_modules/@bufbuild/cel/dist/esm/access.js
function attrAccess(factory, vars, obj, accAttr) {
  let val = accAttr.resolve(vars);
  return val === void 0 ? void 0 : isCelError(val) ? val : factory.newAccess(accAttr.id, val, accAttr.isOptional()).access(vars, obj);
}
function attrIsPresent(factory, vars, obj, accAttr) {
  let val = accAttr.resolve(vars);
  return val === void 0 ? !1 : isCelError(val) ? val : factory.newAccess(accAttr.id, val, accAttr.isOptional()).isPresent(vars, obj);
}
function attrAccessIfPresent(factory, vars, obj, accAttr, presenceOnly) {
  let val = accAttr.resolve(vars);
  return val === void 0 ? void 0 : isCelError(val) ? val : factory.newAccess(accAttr.id, val, accAttr.isOptional()).accessIfPresent(vars, obj, presenceOnly);
}
function applyAccesses(vars, obj, accesses) {
  if (accesses.length === 0)
    return obj;
  let cur = obj;
  for (let access of accesses) {
    let result = access.access(vars, cur);
    if (result === void 0)
      return;
    if (isCelError(result))
      return result;
    cur = result;
  }
  return cur;
}
var AbsoluteAttr = class {
  id;
  nsNames;
  accesses_;
  registry;
  factory;
  constructor(id, nsNames, accesses_, registry, factory) {
    if (this.id = id, this.nsNames = nsNames, this.accesses_ = accesses_, this.registry = registry, this.factory = factory, nsNames.length === 0)
      throw new Error("No names provided");
  }
  isOptional() {
    return !1;
  }
  addAccess(access) {
    this.accesses_.push(access);
  }
  candidateNames() {
    return this.nsNames;
  }
  accesses() {
    return this.accesses_;
  }
  access(vars, obj) {
    return attrAccess(this.factory, vars, obj, this);
  }
  isPresent(vars, obj) {
    return attrIsPresent(this.factory, vars, obj, this);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    return attrAccessIfPresent(this.factory, vars, obj, this, presenceOnly);
  }
  resolve(vars) {
    for (let name of this.nsNames) {
      let raw = vars.resolve(name);
      if (raw !== void 0)
        return isCelError(raw) ? raw : applyAccesses(vars, raw, this.accesses_);
      let typ = this.findIdent(name);
      if (typ !== void 0 && this.accesses_.length === 0)
        return typ;
    }
  }
  findIdent(ident) {
    let desc = this.registry.getMessage(ident);
    if (desc)
      return objectType(desc);
    if (ident.indexOf(".") > 1) {
      let lastDot = ident.lastIndexOf("."), enumName = ident.substring(0, lastDot), valueName = ident.substring(lastDot + 1), descEnum = this.registry.getEnum(enumName);
      if (descEnum) {
        let enumValue = descEnum.values.find((v) => v.name === valueName);
        if (enumValue)
          return BigInt(enumValue.number);
      }
    }
    switch (ident) {
      case "int":
        return CelScalar.INT;
      case "uint":
        return CelScalar.UINT;
      case "double":
        return CelScalar.DOUBLE;
      case "bool":
        return CelScalar.BOOL;
      case "string":
        return CelScalar.STRING;
      case "bytes":
        return CelScalar.BYTES;
      case "list":
        return listType(CelScalar.DYN);
      case "map":
        return mapType(CelScalar.DYN, CelScalar.DYN);
      case "null_type":
        return CelScalar.NULL;
      case "type":
        return CelScalar.TYPE;
      default:
        return;
    }
  }
}, ConditionalAttr = class {
  id;
  cond;
  t;
  f;
  factory;
  constructor(id, cond, t, f, factory) {
    this.id = id, this.cond = cond, this.t = t, this.f = f, this.factory = factory;
  }
  isOptional() {
    return !1;
  }
  addAccess(access) {
    this.t.addAccess(access), this.f.addAccess(access);
  }
  access(vars, obj) {
    return attrAccess(this.factory, vars, obj, this);
  }
  isPresent(vars, obj) {
    return attrIsPresent(this.factory, vars, obj, this);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    return attrAccessIfPresent(this.factory, vars, obj, this, presenceOnly);
  }
  resolve(vars) {
    let cond = this.cond.eval(vars);
    switch (!0) {
      case cond === !0:
        return this.t.resolve(vars);
      case cond === !1:
        return this.f.resolve(vars);
      case isCelError(cond):
        return cond;
    }
    return celError(`found no matching overload for _?_:_ applied to '(${celType(cond).name})'`, this.id);
  }
}, MaybeAttr = class {
  id;
  attrs;
  factory;
  constructor(id, attrs, factory) {
    this.id = id, this.attrs = attrs, this.factory = factory;
  }
  isOptional() {
    return !1;
  }
  addAccess(access) {
    let augmentedNames = [], str;
    access instanceof StringAccess && (str = access.name);
    for (let attr of this.attrs) {
      if (str !== void 0 && attr.accesses().length === 0)
        for (let name of attr.candidateNames())
          augmentedNames.push(name + "." + str);
      attr.addAccess(access);
    }
    if (augmentedNames.length > 0) {
      let newAttr = this.factory.createAbsolute(this.id, augmentedNames);
      this.attrs.unshift(newAttr);
    }
  }
  access(vars, obj) {
    return attrAccess(this.factory, vars, obj, this);
  }
  isPresent(vars, obj) {
    return attrIsPresent(this.factory, vars, obj, this);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    return attrAccessIfPresent(this.factory, vars, obj, this, presenceOnly);
  }
  resolve(vars) {
    for (let attr of this.attrs) {
      let val = attr.resolve(vars);
      if (val !== void 0)
        return val;
    }
  }
}, RelativeAttr = class {
  id;
  operand;
  accesses_;
  factory;
  constructor(id, operand, accesses_, factory) {
    this.id = id, this.operand = operand, this.accesses_ = accesses_, this.factory = factory;
  }
  isOptional() {
    return !1;
  }
  addAccess(access) {
    this.accesses_.push(access);
  }
  access(vars, obj) {
    return attrAccess(this.factory, vars, obj, this);
  }
  isPresent(vars, obj) {
    return attrIsPresent(this.factory, vars, obj, this);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    return attrAccessIfPresent(this.factory, vars, obj, this, presenceOnly);
  }
  resolve(vars) {
    let v = this.operand.eval(vars);
    return isCelError(v) ? v : applyAccesses(vars, v, this.accesses_);
  }
}, StringAccess = class {
  id;
  name;
  celVal;
  optional;
  constructor(id, name, celVal, optional) {
    this.id = id, this.name = name, this.celVal = celVal, this.optional = optional;
  }
  isOptional() {
    return this.optional;
  }
  access(_vars, obj) {
    let val = accessByName(obj, this.name);
    return val === void 0 && !this.optional ? fieldNotFound(this.id, this.name) : val;
  }
  isPresent(_vars, obj) {
    let set = isSet(obj, this.name);
    return set === void 0 ? fieldNotFound(this.id, this.name) : set;
  }
  accessIfPresent(_vars, obj, presenceOnly) {
    let val = accessByName(obj, this.name);
    return val === void 0 && !this.optional && !presenceOnly ? fieldNotFound(this.id, this.name) : val;
  }
}, BoolAccess = class {
  id;
  index;
  optional;
  constructor(id, index, optional) {
    this.id = id, this.index = index, this.optional = optional;
  }
  isOptional() {
    return this.optional;
  }
  access(_vars, obj) {
    if (obj === void 0)
      return obj;
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? fieldNotFound(this.id, this.index) : raw;
  }
  isPresent(_vars, obj) {
    return accessByIndex(obj, this.index) === void 0 && !this.optional ? fieldNotFound(this.id, this.index) : !0;
  }
  accessIfPresent(_vars, obj, _presenceOnly) {
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? fieldNotFound(this.id, this.index) : raw;
  }
}, NumAccess = class {
  id;
  index;
  celVal;
  optional;
  constructor(id, index, celVal, optional) {
    this.id = id, this.index = index, this.celVal = celVal, this.optional = optional;
  }
  isOptional() {
    return this.optional;
  }
  access(_vars, obj) {
    if (obj === void 0)
      return obj;
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? indexOutOfBounds(this.id, this.index, -1) : raw;
  }
  isPresent(_vars, obj) {
    return accessByIndex(obj, this.index) === void 0 && !this.optional ? indexOutOfBounds(this.id, this.index, -1) : !0;
  }
  accessIfPresent(_vars, obj, _presenceOnly) {
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? indexOutOfBounds(this.id, this.index, -1) : raw;
  }
}, IntAccess = class {
  id;
  index;
  celVal;
  optional;
  constructor(id, index, celVal, optional) {
    this.id = id, this.index = index, this.celVal = celVal, this.optional = optional;
  }
  access(_vars, obj) {
    if (obj === void 0)
      return obj;
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? indexOutOfBounds(this.id, Number(this.index), -1) : raw;
  }
  isPresent(_vars, obj) {
    return accessByIndex(obj, this.index) === void 0 && !this.optional ? indexOutOfBounds(this.id, Number(this.index), -1) : !0;
  }
  accessIfPresent(_vars, obj, _presenceOnly) {
    let raw = accessByIndex(obj, this.index);
    return raw === void 0 && !this.optional ? indexOutOfBounds(this.id, Number(this.index), -1) : raw;
  }
  isOptional() {
    return this.optional;
  }
}, ErrorAttr = class {
  id;
  error;
  opt;
  constructor(id, error, opt) {
    this.id = id, this.error = error, this.opt = opt;
  }
  addAccess(_access) {
  }
  resolve(_vars) {
    return this.error;
  }
  isOptional() {
    return this.opt;
  }
  access(_vars, _obj) {
    return this.error;
  }
  isPresent(_vars, _obj) {
    return this.error;
  }
  accessIfPresent(_vars, _obj, _presenceOnly) {
    return this.error;
  }
}, EvalAccess = class {
  id;
  key;
  factory;
  optional;
  constructor(id, key, factory, optional) {
    this.id = id, this.key = key, this.factory = factory, this.optional = optional;
  }
  access(vars, obj) {
    if (obj === void 0)
      return obj;
    let key = this.key.eval(vars);
    return isCelError(key) ? key : this.factory.newAccess(this.id, key, this.optional).access(vars, obj);
  }
  isPresent(vars, obj) {
    if (obj === void 0)
      return !1;
    let key = this.key.eval(vars);
    return isCelError(key) ? key : this.factory.newAccess(this.id, key, this.optional).isPresent(vars, obj);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    let key = this.key.eval(vars);
    return isCelError(key) ? key : this.factory.newAccess(this.id, key, this.optional).accessIfPresent(vars, obj, presenceOnly);
  }
  isOptional() {
    return this.optional;
  }
}, ConcreteAttributeFactory = class {
  registry;
  container;
  constructor(registry, container) {
    this.registry = registry, this.container = container;
  }
  createAbsolute(id, names) {
    return new AbsoluteAttr(id, names, [], this.registry, this);
  }
  createConditional(id, cond, t, f) {
    return new ConditionalAttr(id, cond, t, f, this);
  }
  createMaybe(id, name) {
    return new MaybeAttr(id, [this.createAbsolute(id, resolveCandidateNames(this.container, name))], this);
  }
  createRelative(id, operand) {
    return new RelativeAttr(id, operand, [], this);
  }
  newAccess(id, val, opt) {
    switch (typeof val) {
      case "boolean":
        return new BoolAccess(id, val, opt);
      case "number":
        return new NumAccess(id, val, val, opt);
      case "bigint":
        return new IntAccess(id, val, val, opt);
      case "string":
        return new StringAccess(id, val, val, opt);
      case "object":
        if (val instanceof EvalAttr)
          return new EvalAccess(id, val, this, opt);
        if (isCelUint(val))
          return new IntAccess(id, val.value, val, opt);
        break;
      default:
        break;
    }
    return new ErrorAttr(id, celError("unsupported key type", id), opt);
  }
};
function fieldNotFound(id, name) {
  return celError(`field not found: ${String(name)}`, id);
}
function indexOutOfBounds(id, index, length) {
  return celError(`index ${index} out of bounds [0, ${length})`, id);
}

// node_modules/@bufbuild/cel/dist/esm/activation.js
var ObjectActivation = class {
  data;
  constructor(data) {
    this.data = data;
  }
  resolve(name) {
    let value = this.data[name];
    if (value !== void 0)
      return isCelError(value) ? value : toCel(value);
  }
}, VarActivation = class {
  name;
  value;
  parent;
  constructor(name, value, parent) {
    this.name = name, this.value = value, this.parent = parent;
  }
  resolve(name) {
    return name === this.name ? this.value : this.parent.resolve(name);
  }
}, EMPTY_ACTIVATION = {
  resolve() {
  }
};

// node_modules/@bufbuild/cel/dist/esm/object.js
function celObject(typeName, fields) {
  let desc = getMsgDesc(typeName), msg = reflect(desc);
  for (let [k, v] of fields.entries()) {
    let field = desc.fields.find((f) => f.name === k);
    if (field === void 0)
      throw new Error(`Unknown field ${k} for ${typeName}`);
    setMsgField(msg, field, v);
  }
  return reflectMsgToCel(msg);
}
function setMsgField(msg, field, v) {
  switch (field.fieldKind) {
    case "list":
      if (!isCelList(v))
        throw unexpectedTypeError(field, "list", v);
      let list = reflectList(field, void 0, !1);
      copyList(list, v), msg.set(field, list);
      return;
    case "map":
      if (!isCelMap(v))
        throw unexpectedTypeError(field, "map", v);
      let map = reflectMap(field, void 0, !1);
      copyMap(map, v), msg.set(field, map);
      return;
    case "enum":
      msg.set(field, enumFromCel(field, v));
      return;
    case "message":
      let msgVal = msgFromCel(field, v);
      msgVal !== null && msg.set(field, msgVal);
      return;
  }
  msg.set(field, scalarFromCel(field, field.scalar, v));
}
function copyList(list, cList) {
  let field = list.field();
  for (let v of cList)
    switch (field.listKind) {
      case "enum":
        list.add(enumFromCel(field, v));
        break;
      case "message":
        list.add(msgFromCel(field, v));
        break;
      case "scalar":
        list.add(scalarFromCel(field, field.scalar, v));
        break;
    }
}
function copyMap(map, cMap) {
  let field = map.field();
  for (let [k, v] of cMap.entries()) {
    let key = scalarFromCel(field, field.mapKey, k);
    switch (field.mapKind) {
      case "enum":
        map.set(key, enumFromCel(field, v));
        break;
      case "scalar":
        map.set(key, scalarFromCel(field, field.scalar, v));
        break;
      case "message":
        map.set(key, msgFromCel(field, v));
        break;
    }
  }
}
function enumFromCel(field, v) {
  if (typeof v != "bigint")
    throw unexpectedTypeError(field, "int", v);
  return intToInt32(v);
}
function msgFromCel(field, v) {
  switch (field.message.typeName) {
    case AnySchema.typeName:
      return isReflectMessage(v, AnySchema) ? v : reflect(AnySchema, anyFromCel(v));
    case ValueSchema.typeName:
      return reflect(ValueSchema, valueFromCel(v));
    case StructSchema.typeName:
      if (!isCelMap(v))
        throw unexpectedTypeError(field, "map", v);
      return reflect(StructSchema, structFromCel(v));
    case ListValueSchema.typeName:
      if (!isCelList(v))
        throw unexpectedTypeError(field, "list", v);
      return reflect(ListValueSchema, listValueFromCel(v));
  }
  if (v === null)
    return null;
  if (isWrapperDesc(field.message)) {
    let msg = reflect(field.message, void 0, !1);
    return msg.set(field.message.fields[0], scalarFromCel(field.message.fields[0], field.message.fields[0].scalar, v)), msg;
  }
  if (!isReflectMessage(v, field.message))
    throw unexpectedTypeError(field, field.message.typeName, v);
  return v;
}
function anyFromCel(v) {
  switch (typeof v) {
    case "string":
      return anyPack(StringValueSchema, create(StringValueSchema, { value: v }));
    case "boolean":
      return anyPack(BoolValueSchema, create(BoolValueSchema, { value: v }));
    case "bigint":
      return anyPack(Int64ValueSchema, create(Int64ValueSchema, { value: v }));
    case "number":
      return anyPack(DoubleValueSchema, create(DoubleValueSchema, { value: v }));
    default:
      switch (!0) {
        case v instanceof Uint8Array:
          return anyPack(BytesValueSchema, create(BytesValueSchema, { value: v }));
        case v == null:
          return anyPack(ValueSchema, create(ValueSchema, {
            kind: { case: "nullValue", value: NullValue.NULL_VALUE }
          }));
        case isCelList(v):
          return anyPack(ListValueSchema, listValueFromCel(v));
        case isCelMap(v):
          return anyPack(StructSchema, structFromCel(v));
        case isCelUint(v):
          return anyPack(UInt64ValueSchema, create(UInt64ValueSchema, { value: v.value }));
        case isReflectMessage(v):
          return anyPack(v.desc, v.message);
        default:
          throw new Error(`type cannot be converted ${AnySchema}`);
      }
  }
}
function valueFromCel(v) {
  let value = create(ValueSchema);
  switch (typeof v) {
    case "string":
      value.kind = { case: "stringValue", value: v };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: v };
      break;
    case "bigint":
      v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER) ? value.kind = { case: "stringValue", value: v.toString() } : value.kind = { case: "numberValue", value: Number(v) };
      break;
    case "number":
      Number.isNaN(v) ? value.kind = { case: "stringValue", value: "NaN" } : v === Number.POSITIVE_INFINITY ? value.kind = { case: "stringValue", value: "Infinity" } : v === Number.NEGATIVE_INFINITY ? value.kind = { case: "stringValue", value: "-Infinity" } : value.kind = { case: "numberValue", value: Number(v) };
      break;
    default:
      switch (!0) {
        case v instanceof Uint8Array:
          value.kind = { case: "stringValue", value: base64Encode(v) };
          break;
        case v == null:
          value.kind = { case: "nullValue", value: NullValue.NULL_VALUE };
          break;
        case isCelList(v):
          value.kind = { case: "listValue", value: listValueFromCel(v) };
          break;
        case isCelMap(v):
          value.kind = { case: "structValue", value: structFromCel(v) };
          break;
        case isCelUint(v):
          v.value > BigInt(Number.MAX_SAFE_INTEGER) ? value.kind = { case: "stringValue", value: v.value.toString() } : value.kind = { case: "numberValue", value: Number(v.value) };
          break;
        case isReflectMessage(v):
          return fromJson(ValueSchema, toJson(v.desc, v.message));
        default:
          throw new Error(`type cannot be converted ${ValueSchema}`);
      }
  }
  return value;
}
function listValueFromCel(list) {
  let listValue = create(ListValueSchema);
  for (let v of list)
    listValue.values.push(valueFromCel(v));
  return listValue;
}
function structFromCel(map) {
  let struct = create(StructSchema);
  for (let [k, v] of map.entries()) {
    if (typeof k != "string")
      throw new Error(`Invalid key type: ${typeof k} for google.protobuf.Struct, expected string`);
    struct.fields[k] = valueFromCel(v);
  }
  return struct;
}
function scalarFromCel(field, type, v) {
  switch (isCelUint(v) && (v = v.value), type) {
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      if (typeof v != "bigint")
        throw unexpectedTypeError(field, "int", v);
      return intToUint32(v);
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      if (typeof v != "bigint")
        throw unexpectedTypeError(field, "int", v);
      return intToInt32(v);
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      if (typeof v != "bigint")
        throw unexpectedTypeError(field, "int", v);
      return v;
    case ScalarType.FLOAT:
      if (typeof v != "number")
        throw unexpectedTypeError(field, "double", v);
      return Math.fround(v);
    case ScalarType.DOUBLE:
      if (typeof v != "number")
        throw unexpectedTypeError(field, "double", v);
      return v;
    case ScalarType.STRING:
      if (typeof v != "string")
        throw unexpectedTypeError(field, "string", v);
      return v;
    case ScalarType.BOOL:
      if (typeof v != "boolean")
        throw unexpectedTypeError(field, "bool", v);
      return v;
    case ScalarType.BYTES:
      if (!(v instanceof Uint8Array))
        throw unexpectedTypeError(field, "bytes", v);
      return v;
  }
}
function unexpectedTypeError(field, expected, actValue) {
  return new Error(`Expected ${expected} but got ${celType(actValue)} for ${field.parent}.${field.name}`);
}
function intToInt32(v) {
  if (v < INT32_MIN || v > INT32_MAX)
    throw new Error("int32 out of range");
  return Number(v);
}
function intToUint32(v) {
  if (v < 0 || v > UINT32_MAX)
    throw new Error("uint32 out of range");
  return Number(v);
}

// node_modules/@bufbuild/cel/dist/esm/planner.js
var Planner = class {
  functions;
  registry;
  namespace;
  factory;
  constructor(functions, registry, namespace) {
    this.functions = functions, this.registry = registry, this.namespace = namespace, this.factory = new ConcreteAttributeFactory(this.registry, this.namespace);
  }
  plan(expr) {
    let id = Number(expr.id);
    switch (expr.exprKind.case) {
      case "identExpr":
        return new EvalAttr(this.factory.createMaybe(id, expr.exprKind.value.name), !1);
      case "constExpr":
        return new EvalConst(id, this.constVal(expr.exprKind.value));
      case "callExpr":
        return this.planCall(id, expr.exprKind.value);
      case "listExpr":
        return this.planCreateList(id, expr.exprKind.value);
      case "structExpr":
        return this.planCreateStruct(id, expr.exprKind.value);
      case "selectExpr":
        return this.planSelect(id, expr.exprKind.value);
      case "comprehensionExpr":
        return this.planComprehension(id, expr.exprKind.value);
      default:
        return new EvalErr(id, "invalid expression");
    }
  }
  planComprehension(id, value) {
    if (value.accuInit === void 0 || value.iterRange === void 0 || value.loopCondition === void 0 || value.loopStep === void 0 || value.result === void 0)
      throw new Error("invalid comprehension");
    let accu = this.plan(value.accuInit), iterRange = this.plan(value.iterRange), cond = this.plan(value.loopCondition), step = this.plan(value.loopStep), result = this.plan(value.result);
    return new EvalFold(id, value.accuVar, value.iterVar, iterRange, accu, cond, step, result);
  }
  planSelect(id, expr) {
    if (expr.operand === void 0)
      throw new Error("invalid select");
    let operand = this.plan(expr.operand), attr = this.relativeAttr(id, operand, !1), acc = this.factory.newAccess(id, expr.field, !1);
    if (acc instanceof ErrorAttr)
      throw new Error(`invalid select: ${acc.error.message}`);
    return expr.testOnly ? new EvalHas(id, attr, acc, expr.field) : (attr.addAccess(acc), attr);
  }
  planCreateObj(id, expr) {
    let typeName = this.resolveType(expr.messageName);
    if (typeName === void 0)
      return new EvalErr(id, "unknown type: " + expr.messageName);
    let optionals, keys = [], values = [];
    for (let i = 0; i < expr.entries.length; i++) {
      let entry = expr.entries[i];
      switch (entry.optionalEntry && (optionals === void 0 && (optionals = new Array(expr.entries.length).fill(!1)), optionals[i] = !0), entry.keyKind.case) {
        case "fieldKey":
          keys.push(entry.keyKind.value);
          break;
        case "mapKey":
          throw new Error("invalid entry");
        default:
          break;
      }
      if (entry.value === void 0)
        throw new Error("invalid entry");
      values.push(this.plan(entry.value));
    }
    return new EvalObj(id, typeName, keys, values, optionals);
  }
  planCreateStruct(id, expr) {
    if (expr.messageName !== "")
      return this.planCreateObj(id, expr);
    let optionals, keys = [], values = [];
    for (let i = 0; i < expr.entries.length; i++) {
      let entry = expr.entries[i];
      switch (entry.optionalEntry && (optionals === void 0 && (optionals = new Array(expr.entries.length).fill(!1)), optionals[i] = !0), entry.keyKind.case) {
        case "fieldKey":
          throw new Error("unimplemented");
        case "mapKey":
          keys.push(this.plan(entry.keyKind.value));
          break;
        default:
          break;
      }
      if (entry.value === void 0)
        return new EvalErr(id, "map entry missing value");
      values.push(this.plan(entry.value));
    }
    return new EvalMap(id, keys, values, optionals);
  }
  planCreateList(id, expr) {
    if (expr.optionalIndices.length > 0) {
      let optionals2 = new Array(expr.elements.length).fill(!1);
      for (let i = 0; i < expr.optionalIndices.length; i++) {
        let index = expr.optionalIndices[i];
        if (index < 0 || index >= expr.elements.length)
          throw new Error("invalid optional index");
        optionals2[index] = !0;
      }
    }
    return new EvalList(id, expr.elements.map((arg) => this.plan(arg)), void 0);
  }
  planCall(id, call) {
    if (call.target !== void 0) {
      let qualName = toQualifiedName(call.target);
      if (qualName !== void 0) {
        let funcName = qualName + "." + call.function;
        for (let candidate of resolveCandidateNames(this.namespace, funcName)) {
          let func = this.functions.find(candidate);
          if (func !== void 0)
            return new EvalCall(id, candidate, "", void 0, func, call.args.map((arg) => this.plan(arg)));
        }
      }
    }
    let args = call.args.map((arg) => this.plan(arg));
    switch (call.target && (args = [this.plan(call.target), ...args]), call.function) {
      case INDEX:
        return this.planCallIndex(call, args, !1);
      case OPT_INDEX:
      case OPT_SELECT:
        return this.planCallIndex(call, args, !0);
      case CONDITIONAL:
        return this.planCallConditional(id, call, args);
      case LOGICAL_AND:
        return new EvalAnd(id, args);
      case LOGICAL_OR:
        return new EvalOr(id, args);
      case NOT_STRICTLY_FALSE:
      case OLD_NOT_STRICTLY_FALSE:
        return new EvalNotStrictlyFalse(id, args[0]);
      default:
        return new EvalCall(id, call.function, "", call.target ? args[0] : void 0, this.functions.find(call.function), call.target ? args.slice(1) : args);
    }
  }
  planCallConditional(id, _call, args) {
    let cond = args[0], t = args[1], f = args[2], tAttr = this.relativeAttr(t.id, t, !1), fAttr = this.relativeAttr(f.id, f, !1);
    return new EvalAttr(this.factory.createConditional(id, cond, tAttr, fAttr), !1);
  }
  planCallIndex(_call, args, opt) {
    let op = args[0], ind = args[1], attr = this.relativeAttr(op.id, op, !1), acc;
    return ind instanceof EvalConst ? acc = this.factory.newAccess(op.id, ind.value, opt) : ind instanceof EvalAttr ? acc = this.factory.newAccess(op.id, ind, opt) : acc = this.relativeAttr(op.id, ind, opt), attr.addAccess(acc), attr;
  }
  constVal(val) {
    switch (val.constantKind.case) {
      case "stringValue":
        return val.constantKind.value;
      case "bytesValue":
        return val.constantKind.value;
      case "doubleValue":
        return val.constantKind.value;
      case "boolValue":
        return val.constantKind.value;
      case "int64Value":
        return val.constantKind.value;
      case "uint64Value":
        return celUint(val.constantKind.value);
      case "nullValue":
        return null;
      case void 0:
        throw new Error("invalid constant");
      default:
        throw new Error(`unimplemented: ${val.constantKind.case}`);
    }
  }
  relativeAttr(id, e, opt) {
    return e instanceof EvalAttr ? e : new EvalAttr(this.factory.createRelative(id, e), opt);
  }
  resolveType(name) {
    for (let candidate of resolveCandidateNames(this.namespace, name))
      if (this.isKnownType(candidate))
        return candidate;
  }
  isKnownType(name) {
    switch (name) {
      case "google.protobuf.Value":
      case "google.protobuf.Struct":
      case "google.protobuf.ListValue":
      case "google.protobuf.NullValue":
      case "google.protobuf.BoolValue":
      case "google.protobuf.UInt32Value":
      case "google.protobuf.UInt64Value":
      case "google.protobuf.Int32Value":
      case "google.protobuf.Int64Value":
      case "google.protobuf.FloatValue":
      case "google.protobuf.DoubleValue":
      case "google.protobuf.StringValue":
      case "google.protobuf.BytesValue":
      case "google.protobuf.Timestamp":
      case "google.protobuf.Duration":
      case "google.protobuf.Any":
        return !0;
      default:
        return this.registry.getMessage(name) !== void 0;
    }
  }
}, EvalHas = class {
  id;
  attr;
  access;
  field;
  constructor(id, attr, access, field) {
    this.id = id, this.attr = attr, this.access = access, this.field = field;
  }
  eval(ctx) {
    let raw = this.attr.resolve(ctx);
    return raw === void 0 ? !1 : isCelError(raw) ? raw : this.access.isPresent(ctx, raw);
  }
}, EvalErr = class {
  id;
  msg;
  constructor(id, msg) {
    this.id = id, this.msg = msg;
  }
  eval(_ctx) {
    return celError(this.msg, this.id);
  }
}, EvalConst = class {
  id;
  value;
  constructor(id, value) {
    this.id = id, this.value = value;
  }
  eval(_ctx) {
    return this.value;
  }
}, EvalAttr = class {
  attr;
  opt;
  id;
  constructor(attr, opt) {
    this.attr = attr, this.opt = opt, this.id = attr.id;
  }
  access(vars, obj) {
    return this.attr.access(vars, obj);
  }
  isPresent(vars, obj) {
    return this.attr.isPresent(vars, obj);
  }
  accessIfPresent(vars, obj, presenceOnly) {
    return this.attr.accessIfPresent(vars, obj, presenceOnly);
  }
  isOptional() {
    return this.opt;
  }
  eval(ctx) {
    let val = this.attr.resolve(ctx);
    return val === void 0 ? celError("unresolved attribute", this.id) : (isCelError(val), val);
  }
  resolve(vars) {
    return this.attr.resolve(vars);
  }
  addAccess(acc) {
    this.attr.addAccess(acc);
  }
}, EvalCall = class {
  id;
  name;
  overload;
  target;
  func;
  args;
  constructor(id, name, overload, target, func, args) {
    this.id = id, this.name = name, this.overload = overload, this.target = target, this.func = func, this.args = args;
  }
  eval(ctx) {
    if (this.func === void 0)
      return celError(`unbound function: ${this.name}`, this.id);
    let target = this.target?.eval(ctx);
    if (isCelError(target))
      return target;
    let vals = [];
    for (let arg of this.args) {
      let val = arg.eval(ctx);
      if (isCelError(val))
        return val;
      vals.push(val);
    }
    let result = this.func.call(this.id, target, vals);
    return result !== void 0 ? result : celError(`found no matching overload for '${this.name}' applied to '${target !== void 0 ? `${celType(target)}.` : ""}(${vals.map((x) => celType(x)).map((x) => x.name).join(", ")})'`, this.id);
  }
}, EvalObj = class {
  id;
  typeName;
  fields;
  values;
  optionals;
  constructor(id, typeName, fields, values, optionals) {
    this.id = id, this.typeName = typeName, this.fields = fields, this.values = values, this.optionals = optionals;
  }
  args() {
    return this.values;
  }
  eval(ctx) {
    let vals = coerceToValues(this.values.map((x) => x.eval(ctx)));
    if (isCelError(vals))
      return vals;
    let obj = /* @__PURE__ */ new Map();
    for (let i = 0; i < vals.length; i++) {
      if (obj.has(this.fields[i]))
        return celError(`map key conflict: ${this.fields[i]}`, this.id);
      obj.set(this.fields[i], vals[i]);
    }
    try {
      return celObject(this.typeName, obj);
    } catch (ex) {
      return ex instanceof Error && (ex = ex.message), celError(`${ex}`, this.id);
    }
  }
}, EvalList = class {
  id;
  elems;
  constructor(id, elems, _) {
    this.id = id, this.elems = elems;
  }
  eval(ctx) {
    if (this.elems.length === 0)
      return EMPTY_LIST;
    let first = this.elems[0].eval(ctx);
    if (isCelError(first))
      return first;
    let elemVals = [first];
    for (let i = 1; i < this.elems.length; i++) {
      let elemVal = this.elems[i].eval(ctx);
      if (isCelError(elemVal))
        return elemVal;
      elemVals.push(elemVal);
    }
    return celList(elemVals);
  }
  args() {
    return this.elems;
  }
}, EvalMap = class {
  id;
  keys;
  values;
  constructor(id, keys, values, _) {
    this.id = id, this.keys = keys, this.values = values;
  }
  args() {
    return this.keys.concat(this.values);
  }
  eval(ctx) {
    if (this.keys.length === 0)
      return EMPTY_MAP;
    let entries = /* @__PURE__ */ new Map(), firstKey = this.mapKeyOrError(this.keys[0].eval(ctx));
    if (isCelError(firstKey))
      return firstKey;
    let firstVal = this.values[0].eval(ctx);
    if (isCelError(firstVal))
      return firstVal;
    if (typeof firstKey == "number" && !Number.isInteger(firstKey))
      return unsupportedKeyType(this.id);
    entries.set(firstKey, firstVal);
    for (let i = 1; i < this.keys.length; i++) {
      let key = this.mapKeyOrError(this.keys[i].eval(ctx));
      if (isCelError(key))
        return key;
      let val = this.values[i].eval(ctx);
      if (isCelError(val))
        return val;
      if (entries.has(key))
        return celError(`map key conflict: ${key}`, this.id);
      if (typeof key == "number" && !Number.isInteger(key))
        return unsupportedKeyType(this.id);
      entries.set(key, val);
    }
    return celMap(entries);
  }
  mapKeyOrError(key) {
    switch (typeof key) {
      case "boolean":
      case "bigint":
      case "string":
        return key;
      case "object":
        return isCelUint(key) ? key : unsupportedKeyType(this.id);
      case "number":
        return Number.isInteger(key) ? BigInt(key) : unsupportedKeyType(this.id);
      default:
        return unsupportedKeyType(this.id);
    }
  }
}, EvalFold = class {
  id;
  accuVar;
  iterVar;
  iterRange;
  accu;
  cond;
  step;
  result;
  constructor(id, accuVar, iterVar, iterRange, accu, cond, step, result) {
    this.id = id, this.accuVar = accuVar, this.iterVar = iterVar, this.iterRange = iterRange, this.accu = accu, this.cond = cond, this.step = step, this.result = result;
  }
  eval(ctx) {
    let accuInit = this.accu.eval(ctx);
    if (isCelError(accuInit))
      return accuInit;
    let accuCtx = new VarActivation(this.accuVar, accuInit, ctx), iterRange = this.iterRange.eval(ctx);
    if (isCelError(iterRange))
      return iterRange;
    let items = [];
    if (isCelMap(iterRange))
      items = Array.from(iterRange.keys());
    else if (isCelList(iterRange))
      items = Array.from(iterRange);
    else
      return celError(`type mismatch: iterable vs ${celType(iterRange)}`, this.id);
    for (let item of items) {
      if (isCelError(item))
        return item;
      let iterCtx = new VarActivation(this.iterVar, item, accuCtx), cond = this.cond.eval(iterCtx);
      if (isCelError(cond))
        return cond;
      if (cond !== !0)
        break;
      accuCtx.value = this.step.eval(iterCtx);
    }
    return this.result.eval(accuCtx);
  }
}, EvalAnd = class {
  id;
  args;
  constructor(id, args) {
    this.id = id, this.args = args;
  }
  eval(ctx) {
    let errors = [];
    for (let arg of this.args) {
      let val = arg.eval(ctx);
      if (typeof val == "boolean") {
        if (!val)
          return !1;
        continue;
      }
      isCelError(val) ? errors.push(val) : errors.push(celError(`type mismatch: expected bool, got ${celType(val)}`, this.id));
    }
    return errors.length > 0 ? celErrorMerge(errors[0], ...errors.slice(1)) : !0;
  }
}, EvalOr = class {
  id;
  args;
  constructor(id, args) {
    this.id = id, this.args = args;
  }
  eval(ctx) {
    let errors = [];
    for (let arg of this.args) {
      let val = arg.eval(ctx);
      if (typeof val == "boolean") {
        if (val)
          return !0;
        continue;
      }
      isCelError(val) ? errors.push(val) : errors.push(celError(`type mismatch: expected bool, got ${celType(val)}`, this.id));
    }
    return errors.length > 0 ? celErrorMerge(errors[0], ...errors.slice(1)) : !1;
  }
}, EvalNotStrictlyFalse = class {
  id;
  arg;
  constructor(id, arg) {
    this.id = id, this.arg = arg;
  }
  /**
   * This is not in the spec but is part of at least go,java, and cpp implementations.
   *
   * It should return true for anything exept for the literal `false`.
   */
  eval(ctx) {
    return this.arg.eval(ctx) !== !1;
  }
};
function toQualifiedName(expr) {
  switch (expr.exprKind.case) {
    case "identExpr":
      return expr.exprKind.value.name;
    case "selectExpr": {
      if (expr.exprKind.value.testOnly || expr.exprKind.value.operand === void 0)
        return;
      let parent = toQualifiedName(expr.exprKind.value.operand);
      return parent === void 0 ? void 0 : parent + "." + expr.exprKind.value.field;
    }
    default:
      return;
  }
}
function unsupportedKeyType(id) {
  return celError("unsupported key type", id);
}
function coerceToValues(args) {
  let errors = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    isCelError(arg) && errors.push(arg);
  }
  return errors.length > 0 ? celErrorMerge(errors[0], ...errors.slice(1)) : args;
}

// node_modules/@bufbuild/cel/dist/esm/plan.js
var cache = /* @__PURE__ */ new WeakMap();
function plan(env2, expr) {
  let planner = cache.get(env2);
  planner === void 0 && (planner = new Planner(env2.funcs, env2.registry, env2.namespace), cache.set(env2, planner));
  let maybeExpr;
  isMessage(expr, CheckedExprSchema) || isMessage(expr, ParsedExprSchema) ? maybeExpr = expr.expr : maybeExpr = expr;
  let plan2 = planner.plan(maybeExpr ?? create(ExprSchema)), withContext = withEvalContext({ registry: env2.registry }, {
    id: plan2.id,
    eval(ctx) {
      try {
        let val = plan2.eval(ctx);
        return isCelError(val) ? val : unwrapAny(val);
      } catch (ex) {
        return celError(ex, plan2.id);
      }
    }
  });
  return (ctx) => withContext.eval(ctx !== void 0 ? new ObjectActivation(ctx) : EMPTY_ACTIVATION);
}

// node_modules/@bufbuild/cel/dist/esm/ext/strings.js
function charAt(index) {
  let i = Number(index);
  if (i < 0 || i > this.length)
    throw indexOutOfBounds2(i, this.length);
  return this.charAt(i);
}
function indexOf(substr, startN) {
  if (startN === void 0)
    return BigInt(this.indexOf(substr));
  let start = Number(startN);
  if (start < 0 || start >= this.length)
    throw indexOutOfBounds2(start, this.length);
  return BigInt(this.indexOf(substr, start));
}
function lastIndexOf(substr, startN) {
  if (startN === void 0)
    return BigInt(this.lastIndexOf(substr));
  let start = Number(startN);
  if (start < 0 || start >= this.length)
    throw indexOutOfBounds2(start, this.length);
  return BigInt(this.lastIndexOf(substr, start));
}
function lowerAscii() {
  let result = "";
  for (let i = 0; i < this.length; i++) {
    let code = this.charCodeAt(i);
    code >= 65 && code <= 90 ? result += String.fromCharCode(code + 32) : result += this.charAt(i);
  }
  return result;
}
function upperAscii() {
  let result = "";
  for (let i = 0; i < this.length; i++) {
    let c = this.charCodeAt(i);
    c >= 97 && c <= 122 ? result += String.fromCharCode(c - 32) : result += this.charAt(i);
  }
  return result;
}
function replace(substr, repl, num) {
  let count = num === void 0 ? this.length : Number(num), result = this, offset = 0, remaining = count, index = result.indexOf(substr, offset);
  for (; remaining > 0 && index !== -1; )
    result = result.substring(0, index) + repl + result.substring(index + substr.length), offset = index + repl.length, remaining--, index = result.indexOf(substr, offset);
  return result;
}
function split(sep, num) {
  let count = num === void 0 ? void 0 : Number(num);
  return count === 1 ? celList([this]) : celList(this.split(sep, count));
}
function substring(start, end) {
  if (end === void 0) {
    let i2 = Number(start);
    if (i2 < 0 || i2 > this.length)
      throw indexOutOfBounds2(i2, this.length);
    return this.substring(i2);
  }
  let i = Number(start), j = Number(end);
  if (i < 0 || i > this.length)
    throw indexOutOfBounds2(i, this.length);
  if (j < 0 || j > this.length)
    throw indexOutOfBounds2(j, this.length);
  if (i > j)
    throw invalidArgument("substring", "start > end");
  return this.substring(i, j);
}
var WHITE_SPACE = /* @__PURE__ */ new Set([
  32,
  9,
  10,
  11,
  12,
  13,
  133,
  160,
  5760,
  8192,
  8193,
  8194,
  8195,
  8196,
  8197,
  8198,
  8199,
  8200,
  8201,
  8202,
  8232,
  8233,
  8239,
  8287,
  12288
]);
function trim() {
  let start = 0, end = this.length - 1;
  for (; start < this.length && WHITE_SPACE.has(this.charCodeAt(start)); )
    start++;
  for (; end > start && WHITE_SPACE.has(this.charCodeAt(end)); )
    end--;
  return this.substring(start, end + 1);
}
function join(sep = "") {
  let result = "";
  for (let i = 0; i < this.size; i++) {
    let item = this.get(i);
    if (typeof item != "string")
      throw invalidArgument("join", "list contains non-string value");
    i > 0 && (result += sep), result += item;
  }
  return result;
}
var QUOTE_MAP = /* @__PURE__ */ new Map([
  [0, "\\0"],
  [7, "\\a"],
  [8, "\\b"],
  [9, "\\t"],
  [10, "\\n"],
  [11, "\\v"],
  [12, "\\f"],
  [13, "\\r"],
  [34, '\\"'],
  [92, "\\\\"]
]);
function quote(str) {
  let result = '"';
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    result += QUOTE_MAP.get(c) ?? str.charAt(i);
  }
  return result += '"', result;
}
function formatFloatString(val) {
  switch (val) {
    case "Infinity":
    case "-Infinity":
    case "NaN":
      return val;
    default:
      throw invalidArgument("format", "invalid floating point value");
  }
}
function formatFloating(val, precision) {
  switch (!0) {
    case typeof val == "number":
      return !Number.isFinite(val) || precision === void 0 ? val.toString() : new Intl.NumberFormat("en-US", {
        maximumFractionDigits: precision,
        minimumFractionDigits: precision,
        notation: "standard",
        roundingMode: "halfEven",
        useGrouping: !1
      }).format(val);
    case typeof val == "string":
      return formatFloatString(val);
    default:
      throw invalidArgument("format", "fixed-point clause can only be used on doubles");
  }
}
function formatExponent(val, precision) {
  switch (!0) {
    case typeof val == "number":
      if (!Number.isFinite(val))
        return val.toString();
      let str = val.toExponential(precision), plusIdx = str.lastIndexOf("+");
      return plusIdx === str.length - 2 && (str = `${str.substring(0, plusIdx + 1)}0${str.substring(plusIdx + 1)}`), str;
    case typeof val == "string":
      return formatFloatString(val);
    default:
      throw invalidArgument("format", "scientific clause can only be used on doubles");
  }
}
function formatBinary(val) {
  switch (!0) {
    case typeof val == "boolean":
      return val ? "1" : "0";
    case typeof val == "bigint":
      return val.toString(2);
    case isCelUint(val):
      return val.value.toString(2);
    default:
      throw invalidArgument("format", "only integers and bools can be formatted as binary");
  }
}
function formatOctal(val) {
  switch (!0) {
    case typeof val == "bigint":
      return val.toString(8);
    case isCelUint(val):
      return val.value.toString(8);
    default:
      throw invalidArgument("format", "invalid integer value");
  }
}
function formatDecimal(val) {
  switch (!0) {
    case typeof val == "bigint":
      return val.toString(10);
    case isCelUint(val):
      return val.value.toString(10);
    case (typeof val == "number" && !Number.isFinite(val)):
      return val.toString();
    default:
      throw invalidArgument("format", "invalid integer value");
  }
}
function formatHexBytes(val) {
  let result = "";
  for (let i = 0; i < val.length; i++)
    result += val[i].toString(16).padStart(2, "0");
  return result;
}
function formatHex(val) {
  switch (!0) {
    case typeof val == "bigint":
      return val.toString(16);
    case isCelUint(val):
      return val.value.toString(16);
    case typeof val == "string":
      let encoder3 = new TextEncoder();
      return formatHexBytes(encoder3.encode(val));
    case val instanceof Uint8Array:
      return formatHexBytes(val);
    default:
      throw invalidArgument("format", "only integers, byte buffers, and strings can be formatted as hex");
  }
}
function formatHeX(val) {
  let result = formatHex(val);
  return typeof result != "string" ? result : result.toUpperCase();
}
function formatList(val) {
  let result = "[";
  for (let i = 0; i < val.size; i++)
    i > 0 && (result += ", "), result += formatString(val.get(i));
  return result += "]", result;
}
function formatMap(val) {
  let formatted = new Array(val.size), i = 0;
  for (let [key, value] of val)
    formatted[i] = [formatString(key), formatString(value)], i++;
  let result = "{", delim = "";
  for (let [key, value] of formatted.sort((a, b) => a[0].localeCompare(b[0])))
    result += delim + key + ": " + value, delim = ", ";
  return result += "}", result;
}
function formatString(val) {
  switch (typeof val) {
    case "boolean":
      return val ? "true" : "false";
    case "bigint":
      return formatDecimal(val);
    case "number":
      return formatFloating(val, void 0);
    case "string":
      return val;
    case "object":
      switch (!0) {
        case val === null:
          return "null";
        case isCelType(val):
          return val.name;
        case isCelUint(val):
          return val.value.toString();
        case isReflectMessage(val, TimestampSchema):
          return toJson(TimestampSchema, val.message);
        case isReflectMessage(val, DurationSchema):
          return toJson(DurationSchema, val.message);
        case val instanceof Uint8Array:
          return new TextDecoder().decode(val);
        case isCelList(val):
          return formatList(val);
        case isCelMap(val):
          return formatMap(val);
      }
  }
  throw invalidArgument("format", "invalid string value");
}
function format(args) {
  let result = "", i = 0, j = 0;
  for (; i < this.length; ) {
    if (this.charAt(i) !== "%") {
      result += this.charAt(i), i++;
      continue;
    }
    if (i + 1 >= this.length)
      throw invalidArgument("format", "invalid format string");
    let c = this.charAt(i + 1);
    if (i += 2, c === "%") {
      result += "%";
      continue;
    }
    let precision = 6;
    if (c === ".") {
      for (precision = 0; i < this.length && this.charAt(i) >= "0" && this.charAt(i) <= "9"; )
        precision = precision * 10 + Number(this.charAt(i)), i++;
      if (i >= this.length)
        throw invalidArgument("format", "invalid format string");
      c = this.charAt(i), i++;
    }
    let val = args.get(j++);
    if (val === void 0)
      throw invalidArgument("format", "too few arguments for format string");
    result += formatPlaceholder(c, val, precision);
  }
  if (j < args.size)
    throw invalidArgument("format", "too many arguments for format string");
  return result;
}
function formatPlaceholder(c, val, precision) {
  switch (c) {
    case "e":
      return formatExponent(val, precision);
    case "f":
      return formatFloating(val, precision);
    case "b":
      return formatBinary(val);
    case "d":
      return formatDecimal(val);
    case "s":
      return formatString(val);
    case "x":
      return formatHex(val);
    case "X":
      return formatHeX(val);
    case "o":
      return formatOctal(val);
    default:
      throw invalidArgument("format", `could not parse formatting clause: unrecognized formatting clause: ${c}`);
  }
}
function invalidArgument(func, issue) {
  return new Error(`invalid argument to function ${func}: ${issue}`);
}
function indexOutOfBounds2(index, length) {
  return new Error(`index ${index} out of bounds [0, ${length})`);
}
var { STRING: STRING6, INT: INT5, DYN: DYN3 } = CelScalar, LIST_DYN = listType(DYN3), LIST_STRING = listType(DYN3), strings_default = [
  celFunc("strings.quote", [STRING6], STRING6, quote),
  celMethod("charAt", STRING6, [INT5], STRING6, charAt),
  celMethod("indexOf", STRING6, [STRING6], INT5, indexOf),
  celMethod("indexOf", STRING6, [STRING6, INT5], INT5, indexOf),
  celMethod("lastIndexOf", STRING6, [STRING6], INT5, lastIndexOf),
  celMethod("lastIndexOf", STRING6, [STRING6, INT5], INT5, lastIndexOf),
  celMethod("lowerAscii", STRING6, [], STRING6, lowerAscii),
  celMethod("upperAscii", STRING6, [], STRING6, upperAscii),
  celMethod("replace", STRING6, [STRING6, STRING6], STRING6, replace),
  celMethod("replace", STRING6, [STRING6, STRING6, INT5], STRING6, replace),
  celMethod("split", STRING6, [STRING6], LIST_STRING, split),
  celMethod("split", STRING6, [STRING6, INT5], LIST_STRING, split),
  celMethod("substring", STRING6, [INT5], STRING6, substring),
  celMethod("substring", STRING6, [INT5, INT5], STRING6, substring),
  celMethod("trim", STRING6, [], STRING6, trim),
  celMethod("join", LIST_STRING, [], STRING6, join),
  celMethod("join", LIST_STRING, [STRING6], STRING6, join),
  celMethod("format", STRING6, [LIST_DYN], STRING6, format)
];

// lib/cel/env.ts
var VARIABLES = {
  object: CelScalar.DYN,
  oldObject: CelScalar.DYN,
  change: CelScalar.DYN,
  pr: CelScalar.DYN
}, env;
function celEnvironment() {
  return env ??= celEnv({ variables: VARIABLES, funcs: strings_default, re2: { compile: cachedRegex } }), env;
}
var regexes = /* @__PURE__ */ new Map();
function cachedRegex(pattern) {
  let re = regexes.get(pattern);
  return re || (regexes.size >= 1e3 && regexes.clear(), re = RE2JS.compile(pattern), regexes.set(pattern, re)), re;
}

// lib/cel/check.ts
var DYN4 = CelScalar.DYN, BOOL4 = CelScalar.BOOL, LIST3 = listType(DYN4), MAP2 = mapType(DYN4, DYN4), TYPE_NAMES = new Set(
  "int uint double bool string bytes list map null_type type dyn".split(" ")
), TypeCheckError = class extends Error {
  constructor(id, message) {
    super(message);
    this.id = id;
  }
  id;
};
function isDyn(t) {
  return t.kind === "scalar" && t.name === "dyn";
}
function assignable(param, arg) {
  return isDyn(param) || isDyn(arg) ? !0 : param.kind !== arg.kind ? !1 : param.kind === "list" || param.kind === "map" || param.name === arg.name;
}
function typeOf(expr, scope) {
  if (!expr) return DYN4;
  let fail = (message) => {
    throw new TypeCheckError(expr.id, message);
  }, k = expr.exprKind;
  switch (k.case) {
    case "constExpr": {
      let c = k.value.constantKind.case;
      return c === "int64Value" ? CelScalar.INT : c === "uint64Value" ? CelScalar.UINT : c === "doubleValue" ? CelScalar.DOUBLE : c === "stringValue" ? CelScalar.STRING : c === "bytesValue" ? CelScalar.BYTES : c === "boolValue" ? BOOL4 : c === "nullValue" ? CelScalar.NULL : DYN4;
    }
    case "identExpr": {
      let name = k.value.name, t = scope.get(name) ?? celEnvironment().variables.find(name);
      return t || (TYPE_NAMES.has(name) ? CelScalar.TYPE : fail(`undeclared reference to '${name}'`));
    }
    case "selectExpr": {
      let operand = typeOf(k.value.operand, scope);
      return !isDyn(operand) && operand.kind !== "map" && fail(`type '${operand}' does not support field selection`), k.value.testOnly ? BOOL4 : DYN4;
    }
    case "listExpr":
      for (let e of k.value.elements) typeOf(e, scope);
      return LIST3;
    case "structExpr":
      k.value.messageName && fail(`unknown type '${k.value.messageName}'`);
      for (let e of k.value.entries)
        e.keyKind.case === "mapKey" && typeOf(e.keyKind.value, scope), typeOf(e.value, scope);
      return MAP2;
    case "comprehensionExpr": {
      let c = k.value, range = typeOf(c.iterRange, scope);
      !isDyn(range) && range.kind !== "list" && range.kind !== "map" && fail(`expression of type '${range}' cannot be the range of a comprehension`);
      let inner = new Map(scope).set(c.accuVar, typeOf(c.accuInit, scope)).set(c.iterVar, DYN4);
      return c.iterVar2 && inner.set(c.iterVar2, DYN4), typeOf(c.loopCondition, inner), typeOf(c.loopStep, inner), typeOf(c.result, inner);
    }
    case "callExpr":
      return callType(k.value, scope, fail);
    default:
      return fail(`unsupported expression (${k.case ?? "empty"})`);
  }
}
function callType(call, scope, fail) {
  let target = call.target ? typeOf(call.target, scope) : void 0, args = call.args.map((a) => typeOf(a, scope)), name = call.function, isBool = (t) => t !== void 0 && (isDyn(t) || t.name === "bool"), operandList = () => (target ? [target, ...args] : args).join(", ");
  switch (name) {
    case "_&&_":
    case "_||_":
    case "@not_strictly_false":
      return args.every(isBool) || fail(`found no matching overload for '${name}' applied to '(${operandList()})'`), BOOL4;
    case "_?_:_": {
      isBool(args[0]) || fail(`expected a bool condition, got '${args[0]}'`);
      let [, a, b] = args;
      return a && b && String(a) === String(b) ? a : DYN4;
    }
    case "_[_]": {
      let operand = args[0] ?? DYN4;
      return !isDyn(operand) && operand.kind !== "list" && operand.kind !== "map" && fail(`type '${operand}' does not support indexing`), DYN4;
    }
  }
  let pattern = name === "matches" ? call.args.at(-1)?.exprKind : void 0;
  if (pattern?.case === "constExpr" && pattern.value.constantKind.case === "stringValue")
    try {
      cachedRegex(pattern.value.constantKind.value);
    } catch (err) {
      fail(`invalid regular expression: ${err.message}`);
    }
  let group = celEnvironment().funcs.find(name);
  if (!group) return fail(`undeclared reference to '${name}'`);
  let candidates = [...group].filter(
    (f) => f.target === void 0 == (target === void 0) && (!f.target || !target || assignable(f.target, target)) && f.arguments.length === args.length && f.arguments.every((p, i) => assignable(p, args[i] ?? DYN4))
  ), first = candidates[0];
  return first ? candidates.every((f) => String(f.result) === String(first.result)) ? first.result : DYN4 : fail(`found no matching overload for '${name}' applied to '(${operandList()})'`);
}

// lib/cel/compile.ts
function compileExpression(expression) {
  let env2 = celEnvironment(), parsed;
  try {
    parsed = parse2(expression);
  } catch (err) {
    let e = err, where = e.location ? ` (at ${e.location.start.line}:${e.location.start.column})` : "";
    return `syntax error: ${e.rawMessage ?? e.message}${where}`;
  }
  try {
    let type = typeOf(parsed.expr, /* @__PURE__ */ new Map());
    return !isDyn(type) && type.name !== "bool" ? `expected the expression to evaluate to bool; it evaluates to ${type}` : plan(env2, parsed);
  } catch (err) {
    if (!(err instanceof TypeCheckError)) throw err;
    let offset = parsed.sourceInfo?.positions[err.id.toString()], where = offset === void 0 ? "" : ` (near ${lineCol(expression, offset)})`;
    return `${err.message}${where}`;
  }
}
function lineCol(text, offset) {
  let chars = [...text];
  for (; /\s/.test(chars[offset] ?? ""); ) offset++;
  let before = chars.slice(0, offset).join("").split(`
`);
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

// lib/model/ports.ts
function allocateContainerPorts(names) {
  let unique = [...new Set(names)].sort();
  if (unique.length > 4e3)
    throw new Error(`${unique.length} container services in one region; at most 4000`);
  let taken = /* @__PURE__ */ new Set(), ports = /* @__PURE__ */ new Map();
  for (let name of unique) {
    let slot = homeSlot(name);
    for (; taken.has(slot); ) slot = (slot + 1) % 4e3;
    taken.add(slot), ports.set(name, {
      switchPort: 2e4 + slot,
      bluePort: 24e3 + slot,
      greenPort: 28e3 + slot
    });
  }
  return ports;
}
function homeSlot(name) {
  let h = 2166136261;
  for (let byte of new TextEncoder().encode(name))
    h ^= byte, h = Math.imul(h, 16777619) >>> 0;
  return h % 4e3;
}

// lib/model/feasible.ts
var DNS_WEIGHTING = {
  zonefile: "membership",
  cloudflare: "membership",
  powerdns: "native",
  route53: "native",
  alidns: "native"
};
function checkPolicyRules(policies, report) {
  for (let p of policies)
    (p.value.spec.validations ?? []).forEach((v, i) => {
      let compiled = compileExpression(v.expression);
      typeof compiled == "string" && report(
        p,
        ["spec", "validations", i, "expression"],
        `Policy ${p.name}: validations[${i}].expression does not compile: ${compiled}`
      );
    });
}
function checkGtmWeighting(k, report) {
  let providers = k.Platform[0]?.value.spec.dns.providers ?? [];
  for (let g of k.GtmPolicy) {
    let provider = providers.find((p) => p.name === g.value.spec.provider);
    if (!provider || DNS_WEIGHTING[provider.type] !== "membership") continue;
    let regions = g.value.spec.regions, first = regions.findIndex((r) => r.weight > 0);
    if (first < 0) continue;
    let base = regions[first], other = regions.findIndex((r) => r.weight > 0 && r.weight !== base.weight);
    if (other < 0) continue;
    let weights = regions.map((r) => `${r.region} ${r.weight}`).join(", ");
    report(
      g,
      ["spec", "regions", other, "weight"],
      `DNS provider "${provider.name}" (${provider.type}) can only include or drop a region, so every region in the answer gets an equal share; the weights ${weights} cannot be applied. Give every served region the same weight (0 drops one), or use a provider that weights (powerdns)`
    );
  }
}
function checkContainerCapacity(services, report) {
  let byRegion = /* @__PURE__ */ new Map();
  for (let s of services)
    if (s.value.spec.runtime === "container")
      for (let r of new Set(s.value.spec.regions)) {
        let list = byRegion.get(r) ?? [];
        list.push(s), byRegion.set(r, list);
      }
  for (let [region, list] of byRegion) {
    if (list.length <= 4e3) continue;
    let past = [...list].sort((a, b) => a.name < b.name ? -1 : 1)[4e3];
    report(
      past,
      ["spec", "regions", past.value.spec.regions.indexOf(region)],
      `region "${region}" has ${list.length} container services; its hosts have ports for ${4e3}`
    );
  }
}

export {
  celError,
  isCelError,
  celList,
  celMap,
  compileExpression,
  allocateContainerPorts,
  DNS_WEIGHTING,
  checkPolicyRules,
  checkGtmWeighting,
  checkContainerCapacity
};
