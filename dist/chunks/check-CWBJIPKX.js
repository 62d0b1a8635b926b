import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  evaluateGates
} from "./chunk-JPRWNDMR.js";
import {
  DEFAULT_AUTOSCALE_AUTHOR
} from "./chunk-ONU3LM4D.js";
import "./chunk-NYTFFUUD.js";
import "./chunk-WRVK7YPS.js";
import {
  changeSet,
  snapshotAt
} from "./chunk-TTYZOKXK.js";
import {
  resolveMatrix,
  routeStacks
} from "./chunk-6UBVXZZE.js";
import {
  buildModel
} from "./chunk-UVLJIHVO.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import {
  workTreeCommit
} from "./chunk-DBPEO2ZL.js";
import {
  readBlob,
  readBlobs
} from "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import {
  gitText
} from "./chunk-ZPMZPS3A.js";
import "./chunk-GCILZPZ6.js";
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import {
  celError,
  celList,
  celMap,
  compileExpression,
  isCelError
} from "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N4SQIPCK.js";
import {
  classifyActions
} from "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import {
  layerOfStack
} from "./chunk-5RKDWX5Z.js";
import "./chunk-R6XTO7R2.js";
import {
  underRoot
} from "./chunk-Q3YCBL2Q.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BOG7BZ5N.js";

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module) {
    function isValidJSON(str) {
      if (typeof str == "string")
        try {
          return JSON.parse(str), !0;
        } catch (err) {
          if (err instanceof SyntaxError)
            return !1;
          throw err;
        }
    }
    module.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    (function() {
      "use strict";
      var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf(key) {
        return sprintf_format(sprintf_parse(key), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i, k, ph, pad, pad_character, pad_length, is_positive, sign;
        for (i = 0; i < tree_length; i++)
          if (typeof parse_tree[i] == "string")
            output += parse_tree[i];
          else if (typeof parse_tree[i] == "object") {
            if (ph = parse_tree[i], ph.keys)
              for (arg = argv[cursor], k = 0; k < ph.keys.length; k++) {
                if (arg == null)
                  throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k - 1]));
                arg = arg[ph.keys[k]];
              }
            else ph.param_no ? arg = argv[ph.param_no] : arg = argv[cursor++];
            if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function && (arg = arg()), re.numeric_arg.test(ph.type) && typeof arg != "number" && isNaN(arg))
              throw new TypeError(sprintf("[sprintf] expecting number but found %T", arg));
            switch (re.number.test(ph.type) && (is_positive = arg >= 0), ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg), arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg), arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase(), arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf(), arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            re.json.test(ph.type) ? output += arg : (re.number.test(ph.type) && (!is_positive || ph.sign) ? (sign = is_positive ? "+" : "-", arg = arg.toString().replace(re.sign, "")) : sign = "", pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ", pad_length = ph.width - (sign + arg).length, pad = ph.width && pad_length > 0 ? pad_character.repeat(pad_length) : "", output += ph.align ? sign + arg + pad : pad_character === "0" ? sign + pad + arg : pad + sign + arg);
          }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt])
          return sprintf_cache[fmt];
        for (var _fmt = fmt, match, parse_tree = [], arg_names = 0; _fmt; ) {
          if ((match = re.text.exec(_fmt)) !== null)
            parse_tree.push(match[0]);
          else if ((match = re.modulo.exec(_fmt)) !== null)
            parse_tree.push("%");
          else if ((match = re.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re.key.exec(replacement_field)) !== null)
                for (field_list.push(field_match[1]); (replacement_field = replacement_field.substring(field_match[0].length)) !== ""; )
                  if ((field_match = re.key_access.exec(replacement_field)) !== null)
                    field_list.push(field_match[1]);
                  else if ((field_match = re.index_access.exec(replacement_field)) !== null)
                    field_list.push(field_match[1]);
                  else
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
              else
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              match[2] = field_list;
            } else
              arg_names |= 2;
            if (arg_names === 3)
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else
            throw new SyntaxError("[sprintf] unexpected placeholder");
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      typeof exports < "u" && (exports.sprintf = sprintf, exports.vsprintf = vsprintf), typeof window < "u" && (window.sprintf = sprintf, window.vsprintf = vsprintf, typeof define == "function" && define.amd && define(function() {
        return {
          sprintf,
          vsprintf
        };
      }));
    })();
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module) {
    var vsprintf = require_sprintf().vsprintf, sprintf = (s, values) => vsprintf(s, values);
    module.exports = { sprintf };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module.exports = { "regex.split": regexSplit };
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js
var require_PlainValue_516d5bc2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js"(exports) {
    "use strict";
    var Char = {
      ANCHOR: "&",
      COMMENT: "#",
      TAG: "!",
      DIRECTIVES_END: "-",
      DOCUMENT_END: "."
    }, Type = {
      ALIAS: "ALIAS",
      BLANK_LINE: "BLANK_LINE",
      BLOCK_FOLDED: "BLOCK_FOLDED",
      BLOCK_LITERAL: "BLOCK_LITERAL",
      COMMENT: "COMMENT",
      DIRECTIVE: "DIRECTIVE",
      DOCUMENT: "DOCUMENT",
      FLOW_MAP: "FLOW_MAP",
      FLOW_SEQ: "FLOW_SEQ",
      MAP: "MAP",
      MAP_KEY: "MAP_KEY",
      MAP_VALUE: "MAP_VALUE",
      PLAIN: "PLAIN",
      QUOTE_DOUBLE: "QUOTE_DOUBLE",
      QUOTE_SINGLE: "QUOTE_SINGLE",
      SEQ: "SEQ",
      SEQ_ITEM: "SEQ_ITEM"
    }, defaultTagPrefix = "tag:yaml.org,2002:", defaultTags = {
      MAP: "tag:yaml.org,2002:map",
      SEQ: "tag:yaml.org,2002:seq",
      STR: "tag:yaml.org,2002:str"
    };
    function findLineStarts(src) {
      let ls = [0], offset = src.indexOf(`
`);
      for (; offset !== -1; )
        offset += 1, ls.push(offset), offset = src.indexOf(`
`, offset);
      return ls;
    }
    function getSrcInfo(cst) {
      let lineStarts, src;
      return typeof cst == "string" ? (lineStarts = findLineStarts(cst), src = cst) : (Array.isArray(cst) && (cst = cst[0]), cst && cst.context && (cst.lineStarts || (cst.lineStarts = findLineStarts(cst.context.src)), lineStarts = cst.lineStarts, src = cst.context.src)), {
        lineStarts,
        src
      };
    }
    function getLinePos(offset, cst) {
      if (typeof offset != "number" || offset < 0) return null;
      let {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !src || offset > src.length) return null;
      for (let i = 0; i < lineStarts.length; ++i) {
        let start = lineStarts[i];
        if (offset < start)
          return {
            line: i,
            col: offset - lineStarts[i - 1] + 1
          };
        if (offset === start) return {
          line: i + 1,
          col: 1
        };
      }
      let line = lineStarts.length;
      return {
        line,
        col: offset - lineStarts[line - 1] + 1
      };
    }
    function getLine(line, cst) {
      let {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
      let start = lineStarts[line - 1], end = lineStarts[line];
      for (; end && end > start && src[end - 1] === `
`; ) --end;
      return src.slice(start, end);
    }
    function getPrettyContext({
      start,
      end
    }, cst, maxWidth = 80) {
      let src = getLine(start.line, cst);
      if (!src) return null;
      let {
        col
      } = start;
      if (src.length > maxWidth)
        if (col <= maxWidth - 10)
          src = src.substr(0, maxWidth - 1) + "\u2026";
        else {
          let halfWidth = Math.round(maxWidth / 2);
          src.length > col + halfWidth && (src = src.substr(0, col + halfWidth - 1) + "\u2026"), col -= src.length - maxWidth, src = "\u2026" + src.substr(1 - maxWidth);
        }
      let errLen = 1, errEnd = "";
      end && (end.line === start.line && col + (end.col - start.col) <= maxWidth + 1 ? errLen = end.col - start.col : (errLen = Math.min(src.length + 1, maxWidth) - col, errEnd = "\u2026"));
      let offset = col > 1 ? " ".repeat(col - 1) : "", err = "^".repeat(errLen);
      return `${src}
${offset}${err}${errEnd}`;
    }
    var Range = class _Range {
      static copy(orig) {
        return new _Range(orig.start, orig.end);
      }
      constructor(start, end) {
        this.start = start, this.end = end || start;
      }
      isEmpty() {
        return typeof this.start != "number" || !this.end || this.end <= this.start;
      }
      /**
       * Set `origStart` and `origEnd` to point to the original source range for
       * this node, which may differ due to dropped CR characters.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRange(cr, offset) {
        let {
          start,
          end
        } = this;
        if (cr.length === 0 || end <= cr[0])
          return this.origStart = start, this.origEnd = end, offset;
        let i = offset;
        for (; i < cr.length && !(cr[i] > start); )
          ++i;
        this.origStart = start + i;
        let nextOffset = i;
        for (; i < cr.length && !(cr[i] >= end); )
          ++i;
        return this.origEnd = end + i, nextOffset;
      }
    }, Node = class _Node {
      static addStringTerminator(src, offset, str) {
        if (str[str.length - 1] === `
`) return str;
        let next = _Node.endOfWhiteSpace(src, offset);
        return next >= src.length || src[next] === `
` ? str + `
` : str;
      }
      // ^(---|...)
      static atDocumentBoundary(src, offset, sep) {
        let ch0 = src[offset];
        if (!ch0) return !0;
        let prev = src[offset - 1];
        if (prev && prev !== `
`) return !1;
        if (sep) {
          if (ch0 !== sep) return !1;
        } else if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return !1;
        let ch1 = src[offset + 1], ch2 = src[offset + 2];
        if (ch1 !== ch0 || ch2 !== ch0) return !1;
        let ch3 = src[offset + 3];
        return !ch3 || ch3 === `
` || ch3 === "	" || ch3 === " ";
      }
      static endOfIdentifier(src, offset) {
        let ch = src[offset], isVerbatim = ch === "<", notOk = isVerbatim ? [`
`, "	", " ", ">"] : [`
`, "	", " ", "[", "]", "{", "}", ","];
        for (; ch && notOk.indexOf(ch) === -1; ) ch = src[offset += 1];
        return isVerbatim && ch === ">" && (offset += 1), offset;
      }
      static endOfIndent(src, offset) {
        let ch = src[offset];
        for (; ch === " "; ) ch = src[offset += 1];
        return offset;
      }
      static endOfLine(src, offset) {
        let ch = src[offset];
        for (; ch && ch !== `
`; ) ch = src[offset += 1];
        return offset;
      }
      static endOfWhiteSpace(src, offset) {
        let ch = src[offset];
        for (; ch === "	" || ch === " "; ) ch = src[offset += 1];
        return offset;
      }
      static startOfLine(src, offset) {
        let ch = src[offset - 1];
        if (ch === `
`) return offset;
        for (; ch && ch !== `
`; ) ch = src[offset -= 1];
        return offset + 1;
      }
      /**
       * End of indentation, or null if the line's indent level is not more
       * than `indent`
       *
       * @param {string} src
       * @param {number} indent
       * @param {number} lineStart
       * @returns {?number}
       */
      static endOfBlockIndent(src, indent, lineStart) {
        let inEnd = _Node.endOfIndent(src, lineStart);
        if (inEnd > lineStart + indent)
          return inEnd;
        {
          let wsEnd = _Node.endOfWhiteSpace(src, inEnd), ch = src[wsEnd];
          if (!ch || ch === `
`) return wsEnd;
        }
        return null;
      }
      static atBlank(src, offset, endAsBlank) {
        let ch = src[offset];
        return ch === `
` || ch === "	" || ch === " " || endAsBlank && !ch;
      }
      static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
        return !ch || indentDiff < 0 ? !1 : indentDiff > 0 ? !0 : indicatorAsIndent && ch === "-";
      }
      // should be at line or string end, or at next non-whitespace char
      static normalizeOffset(src, offset) {
        let ch = src[offset];
        return ch ? ch !== `
` && src[offset - 1] === `
` ? offset - 1 : _Node.endOfWhiteSpace(src, offset) : offset;
      }
      // fold single newline into space, multiple newlines to N - 1 newlines
      // presumes src[offset] === '\n'
      static foldNewline(src, offset, indent) {
        let inCount = 0, error = !1, fold = "", ch = src[offset + 1];
        for (; ch === " " || ch === "	" || ch === `
`; ) {
          switch (ch) {
            case `
`:
              inCount = 0, offset += 1, fold += `
`;
              break;
            case "	":
              inCount <= indent && (error = !0), offset = _Node.endOfWhiteSpace(src, offset + 2) - 1;
              break;
            case " ":
              inCount += 1, offset += 1;
              break;
          }
          ch = src[offset + 1];
        }
        return fold || (fold = " "), ch && inCount <= indent && (error = !0), {
          fold,
          offset,
          error
        };
      }
      constructor(type, props, context) {
        Object.defineProperty(this, "context", {
          value: context || null,
          writable: !0
        }), this.error = null, this.range = null, this.valueRange = null, this.props = props || [], this.type = type, this.value = null;
      }
      getPropValue(idx, key, skipKey) {
        if (!this.context) return null;
        let {
          src
        } = this.context, prop = this.props[idx];
        return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
      }
      get anchor() {
        for (let i = 0; i < this.props.length; ++i) {
          let anchor = this.getPropValue(i, Char.ANCHOR, !0);
          if (anchor != null) return anchor;
        }
        return null;
      }
      get comment() {
        let comments = [];
        for (let i = 0; i < this.props.length; ++i) {
          let comment = this.getPropValue(i, Char.COMMENT, !0);
          comment != null && comments.push(comment);
        }
        return comments.length > 0 ? comments.join(`
`) : null;
      }
      commentHasRequiredWhitespace(start) {
        let {
          src
        } = this.context;
        if (this.header && start === this.header.end || !this.valueRange) return !1;
        let {
          end
        } = this.valueRange;
        return start !== end || _Node.atBlank(src, end - 1);
      }
      get hasComment() {
        if (this.context) {
          let {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i)
            if (src[this.props[i].start] === Char.COMMENT) return !0;
        }
        return !1;
      }
      get hasProps() {
        if (this.context) {
          let {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i)
            if (src[this.props[i].start] !== Char.COMMENT) return !0;
        }
        return !1;
      }
      get includesTrailingLines() {
        return !1;
      }
      get jsonLike() {
        return [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE].indexOf(this.type) !== -1;
      }
      get rangeAsLinePos() {
        if (!this.range || !this.context) return;
        let start = getLinePos(this.range.start, this.context.root);
        if (!start) return;
        let end = getLinePos(this.range.end, this.context.root);
        return {
          start,
          end
        };
      }
      get rawValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange;
        return this.context.src.slice(start, end);
      }
      get tag() {
        for (let i = 0; i < this.props.length; ++i) {
          let tag = this.getPropValue(i, Char.TAG, !1);
          if (tag != null) {
            if (tag[1] === "<")
              return {
                verbatim: tag.slice(2, -1)
              };
            {
              let [_, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
              return {
                handle,
                suffix
              };
            }
          }
        }
        return null;
      }
      get valueRangeContainsNewline() {
        if (!this.valueRange || !this.context) return !1;
        let {
          start,
          end
        } = this.valueRange, {
          src
        } = this.context;
        for (let i = start; i < end; ++i)
          if (src[i] === `
`) return !0;
        return !1;
      }
      parseComment(start) {
        let {
          src
        } = this.context;
        if (src[start] === Char.COMMENT) {
          let end = _Node.endOfLine(src, start + 1), commentRange = new Range(start, end);
          return this.props.push(commentRange), end;
        }
        return start;
      }
      /**
       * Populates the `origStart` and `origEnd` values of all ranges for this
       * node. Extended by child classes to handle descendant nodes.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRanges(cr, offset) {
        return this.range && (offset = this.range.setOrigRange(cr, offset)), this.valueRange && this.valueRange.setOrigRange(cr, offset), this.props.forEach((prop) => prop.setOrigRange(cr, offset)), offset;
      }
      toString() {
        let {
          context: {
            src
          },
          range,
          value
        } = this;
        if (value != null) return value;
        let str = src.slice(range.start, range.end);
        return _Node.addStringTerminator(src, range.end, str);
      }
    }, YAMLError = class extends Error {
      constructor(name, source, message) {
        if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
        super(), this.name = name, this.message = message, this.source = source;
      }
      makePretty() {
        if (!this.source) return;
        this.nodeType = this.source.type;
        let cst = this.source.context && this.source.context.root;
        if (typeof this.offset == "number") {
          this.range = new Range(this.offset, this.offset + 1);
          let start = cst && getLinePos(this.offset, cst);
          if (start) {
            let end = {
              line: start.line,
              col: start.col + 1
            };
            this.linePos = {
              start,
              end
            };
          }
          delete this.offset;
        } else
          this.range = this.source.range, this.linePos = this.source.rangeAsLinePos;
        if (this.linePos) {
          let {
            line,
            col
          } = this.linePos.start;
          this.message += ` at line ${line}, column ${col}`;
          let ctx = cst && getPrettyContext(this.linePos, cst);
          ctx && (this.message += `:

${ctx}
`);
        }
        delete this.source;
      }
    }, YAMLReferenceError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLReferenceError", source, message);
      }
    }, YAMLSemanticError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSemanticError", source, message);
      }
    }, YAMLSyntaxError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSyntaxError", source, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(source, message) {
        super("YAMLWarning", source, message);
      }
    };
    function _defineProperty(e, r, t) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: !0,
        configurable: !0,
        writable: !0
      }) : e[r] = t, e;
    }
    function _toPrimitive(t, r) {
      if (typeof t != "object" || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (e !== void 0) {
        var i = e.call(t, r || "default");
        if (typeof i != "object") return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (r === "string" ? String : Number)(t);
    }
    function _toPropertyKey(t) {
      var i = _toPrimitive(t, "string");
      return typeof i == "symbol" ? i : i + "";
    }
    var PlainValue = class _PlainValue extends Node {
      static endOfLine(src, start, inFlow) {
        let ch = src[start], offset = start;
        for (; ch && ch !== `
` && !(inFlow && (ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === ",")); ) {
          let next = src[offset + 1];
          if (ch === ":" && (!next || next === `
` || next === "	" || next === " " || inFlow && next === ",") || (ch === " " || ch === "	") && next === "#") break;
          offset += 1, ch = next;
        }
        return offset;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange, {
          src
        } = this.context, ch = src[end - 1];
        for (; start < end && (ch === `
` || ch === "	" || ch === " "); ) ch = src[--end - 1];
        let str = "";
        for (let i = start; i < end; ++i) {
          let ch2 = src[i];
          if (ch2 === `
`) {
            let {
              fold,
              offset
            } = Node.foldNewline(src, i, -1);
            str += fold, i = offset;
          } else if (ch2 === " " || ch2 === "	") {
            let wsStart = i, next = src[i + 1];
            for (; i < end && (next === " " || next === "	"); )
              i += 1, next = src[i + 1];
            next !== `
` && (str += i > wsStart ? src.slice(wsStart, i + 1) : ch2);
          } else
            str += ch2;
        }
        let ch0 = src[start];
        switch (ch0) {
          case "	": {
            let msg = "Plain value cannot start with a tab character";
            return {
              errors: [new YAMLSemanticError(this, msg)],
              str
            };
          }
          case "@":
          case "`": {
            let msg = `Plain value cannot start with reserved character ${ch0}`;
            return {
              errors: [new YAMLSemanticError(this, msg)],
              str
            };
          }
          default:
            return str;
        }
      }
      parseBlockValue(start) {
        let {
          indent,
          inFlow,
          src
        } = this.context, offset = start, valueEnd = start;
        for (let ch = src[offset]; ch === `
` && !Node.atDocumentBoundary(src, offset + 1); ch = src[offset]) {
          let end = Node.endOfBlockIndent(src, indent, offset + 1);
          if (end === null || src[end] === "#") break;
          src[end] === `
` ? offset = end : (valueEnd = _PlainValue.endOfLine(src, end, inFlow), offset = valueEnd);
        }
        return this.valueRange.isEmpty() && (this.valueRange.start = start), this.valueRange.end = valueEnd, valueEnd;
      }
      /**
       * Parses a plain value from the source
       *
       * Accepted forms are:
       * ```
       * #comment
       *
       * first line
       *
       * first line #comment
       *
       * first line
       * block
       * lines
       *
       * #comment
       * block
       * lines
       * ```
       * where block lines are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar, may be `\n`
       */
      parse(context, start) {
        this.context = context;
        let {
          inFlow,
          src
        } = context, offset = start, ch = src[offset];
        return ch && ch !== "#" && ch !== `
` && (offset = _PlainValue.endOfLine(src, start, inFlow)), this.valueRange = new Range(start, offset), offset = Node.endOfWhiteSpace(src, offset), offset = this.parseComment(offset), (!this.hasComment || this.valueRange.isEmpty()) && (offset = this.parseBlockValue(offset)), offset;
      }
    };
    exports.Char = Char;
    exports.Node = Node;
    exports.PlainValue = PlainValue;
    exports.Range = Range;
    exports.Type = Type;
    exports.YAMLError = YAMLError;
    exports.YAMLReferenceError = YAMLReferenceError;
    exports.YAMLSemanticError = YAMLSemanticError;
    exports.YAMLSyntaxError = YAMLSyntaxError;
    exports.YAMLWarning = YAMLWarning;
    exports._defineProperty = _defineProperty;
    exports.defaultTagPrefix = defaultTagPrefix;
    exports.defaultTags = defaultTags;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js
var require_parse_cst = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2(), BlankLine = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.BLANK_LINE);
      }
      /* istanbul ignore next */
      get includesTrailingLines() {
        return !0;
      }
      /**
       * Parses a blank line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first \n character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        return this.context = context, this.range = new PlainValue.Range(start, start + 1), start + 1;
      }
    }, CollectionItem = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props), this.node = null;
      }
      get includesTrailingLines() {
        return !!this.node && this.node.includesTrailingLines;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        let {
          parseNode,
          src
        } = context, {
          atLineStart,
          lineStart
        } = context;
        !atLineStart && this.type === PlainValue.Type.SEQ_ITEM && (this.error = new PlainValue.YAMLSemanticError(this, "Sequence items must not have preceding content on the same line"));
        let indent = atLineStart ? start - lineStart : context.indent, offset = PlainValue.Node.endOfWhiteSpace(src, start + 1), ch = src[offset], inlineComment = ch === "#", comments = [], blankLine = null;
        for (; ch === `
` || ch === "#"; ) {
          if (ch === "#") {
            let end2 = PlainValue.Node.endOfLine(src, offset + 1);
            comments.push(new PlainValue.Range(offset, end2)), offset = end2;
          } else {
            atLineStart = !0, lineStart = offset + 1;
            let wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            src[wsEnd] === `
` && comments.length === 0 && (blankLine = new BlankLine(), lineStart = blankLine.parse({
              src
            }, lineStart)), offset = PlainValue.Node.endOfIndent(src, lineStart);
          }
          ch = src[offset];
        }
        if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM) ? this.node = parseNode({
          atLineStart,
          inCollection: !1,
          indent,
          lineStart,
          parent: this
        }, offset) : ch && lineStart > start + 1 && (offset = lineStart - 1), this.node) {
          if (blankLine) {
            let items = context.parent.items || context.parent.contents;
            items && items.push(blankLine);
          }
          comments.length && Array.prototype.push.apply(this.props, comments), offset = this.node.range.end;
        } else if (inlineComment) {
          let c = comments[0];
          this.props.push(c), offset = c.end;
        } else
          offset = PlainValue.Node.endOfLine(src, start + 1);
        let end = this.node ? this.node.valueRange.end : offset;
        return this.valueRange = new PlainValue.Range(start, end), offset;
      }
      setOrigRanges(cr, offset) {
        return offset = super.setOrigRanges(cr, offset), this.node ? this.node.setOrigRanges(cr, offset) : offset;
      }
      toString() {
        let {
          context: {
            src
          },
          node,
          range,
          value
        } = this;
        if (value != null) return value;
        let str = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str);
      }
    }, Comment = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.COMMENT);
      }
      /**
       * Parses a comment line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        let offset = this.parseComment(start);
        return this.range = new PlainValue.Range(start, offset), offset;
      }
    };
    function grabCollectionEndComments(node) {
      let cnode = node;
      for (; cnode instanceof CollectionItem; ) cnode = cnode.node;
      if (!(cnode instanceof Collection)) return null;
      let len = cnode.items.length, ci = -1;
      for (let i = len - 1; i >= 0; --i) {
        let n = cnode.items[i];
        if (n.type === PlainValue.Type.COMMENT) {
          let {
            indent,
            lineStart
          } = n.context;
          if (indent > 0 && n.range.start >= lineStart + indent) break;
          ci = i;
        } else if (n.type === PlainValue.Type.BLANK_LINE) ci = i;
        else break;
      }
      if (ci === -1) return null;
      let ca = cnode.items.splice(ci, len - ci), prevEnd = ca[0].range.start;
      for (; cnode.range.end = prevEnd, cnode.valueRange && cnode.valueRange.end > prevEnd && (cnode.valueRange.end = prevEnd), cnode !== node; )
        cnode = cnode.context.parent;
      return ca;
    }
    var Collection = class _Collection extends PlainValue.Node {
      static nextContentHasIndent(src, offset, indent) {
        let lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
        offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        let ch = src[offset];
        return ch ? offset >= lineStart + indent ? !0 : ch !== "#" && ch !== `
` ? !1 : _Collection.nextContentHasIndent(src, offset, indent) : !1;
      }
      constructor(firstItem) {
        super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
        for (let i = firstItem.props.length - 1; i >= 0; --i)
          if (firstItem.props[i].start < firstItem.context.lineStart) {
            this.props = firstItem.props.slice(0, i + 1), firstItem.props = firstItem.props.slice(i + 1);
            let itemRange = firstItem.props[0] || firstItem.valueRange;
            firstItem.range.start = itemRange.start;
            break;
          }
        this.items = [firstItem];
        let ec = grabCollectionEndComments(firstItem);
        ec && Array.prototype.push.apply(this.items, ec);
      }
      get includesTrailingLines() {
        return this.items.length > 0;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        let {
          parseNode,
          src
        } = context, lineStart = PlainValue.Node.startOfLine(src, start), firstItem = this.items[0];
        firstItem.context.parent = this, this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
        let indent = firstItem.range.start - firstItem.context.lineStart, offset = start;
        offset = PlainValue.Node.normalizeOffset(src, offset);
        let ch = src[offset], atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset, prevIncludesTrailingLines = !1;
        for (; ch; ) {
          for (; ch === `
` || ch === "#"; ) {
            if (atLineStart && ch === `
` && !prevIncludesTrailingLines) {
              let blankLine = new BlankLine();
              if (offset = blankLine.parse({
                src
              }, offset), this.valueRange.end = offset, offset >= src.length) {
                ch = null;
                break;
              }
              this.items.push(blankLine), offset -= 1;
            } else if (ch === "#") {
              if (offset < lineStart + indent && !_Collection.nextContentHasIndent(src, offset, indent))
                return offset;
              let comment = new Comment();
              if (offset = comment.parse({
                indent,
                lineStart,
                src
              }, offset), this.items.push(comment), this.valueRange.end = offset, offset >= src.length) {
                ch = null;
                break;
              }
            }
            if (lineStart = offset + 1, offset = PlainValue.Node.endOfIndent(src, lineStart), PlainValue.Node.atBlank(src, offset)) {
              let wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset), next = src[wsEnd];
              (!next || next === `
` || next === "#") && (offset = wsEnd);
            }
            ch = src[offset], atLineStart = !0;
          }
          if (!ch)
            break;
          if (offset !== lineStart + indent && (atLineStart || ch !== ":")) {
            if (offset < lineStart + indent) {
              lineStart > start && (offset = lineStart);
              break;
            } else if (!this.error) {
              let msg = "All collection items must start at the same column";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
            if (ch !== "-") {
              lineStart > start && (offset = lineStart);
              break;
            }
          } else if (ch === "-" && !this.error) {
            let next = src[offset + 1];
            if (!next || next === `
` || next === "	" || next === " ") {
              let msg = "A collection cannot be both a mapping and a sequence";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          let node = parseNode({
            atLineStart,
            inCollection: !0,
            indent,
            lineStart,
            parent: this
          }, offset);
          if (!node) return offset;
          if (this.items.push(node), this.valueRange.end = node.valueRange.end, offset = PlainValue.Node.normalizeOffset(src, node.range.end), ch = src[offset], atLineStart = !1, prevIncludesTrailingLines = node.includesTrailingLines, ch) {
            let ls = offset - 1, prev = src[ls];
            for (; prev === " " || prev === "	"; ) prev = src[--ls];
            prev === `
` && (lineStart = ls + 1, atLineStart = !0);
          }
          let ec = grabCollectionEndComments(node);
          ec && Array.prototype.push.apply(this.items, ec);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        return offset = super.setOrigRanges(cr, offset), this.items.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        }), offset;
      }
      toString() {
        let {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        let str = src.slice(range.start, items[0].range.start) + String(items[0]);
        for (let i = 1; i < items.length; ++i) {
          let item = items[i], {
            atLineStart,
            indent
          } = item.context;
          if (atLineStart) for (let i2 = 0; i2 < indent; ++i2) str += " ";
          str += String(item);
        }
        return PlainValue.Node.addStringTerminator(src, range.end, str);
      }
    }, Directive = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.DIRECTIVE), this.name = null;
      }
      get parameters() {
        let raw = this.rawValue;
        return raw ? raw.trim().split(/[ \t]+/) : [];
      }
      parseName(start) {
        let {
          src
        } = this.context, offset = start, ch = src[offset];
        for (; ch && ch !== `
` && ch !== "	" && ch !== " "; ) ch = src[offset += 1];
        return this.name = src.slice(start, offset), offset;
      }
      parseParameters(start) {
        let {
          src
        } = this.context, offset = start, ch = src[offset];
        for (; ch && ch !== `
` && ch !== "#"; ) ch = src[offset += 1];
        return this.valueRange = new PlainValue.Range(start, offset), offset;
      }
      parse(context, start) {
        this.context = context;
        let offset = this.parseName(start + 1);
        return offset = this.parseParameters(offset), offset = this.parseComment(offset), this.range = new PlainValue.Range(start, offset), offset;
      }
    }, Document = class _Document extends PlainValue.Node {
      static startCommentOrEndBlankLine(src, start) {
        let offset = PlainValue.Node.endOfWhiteSpace(src, start), ch = src[offset];
        return ch === "#" || ch === `
` ? offset : start;
      }
      constructor() {
        super(PlainValue.Type.DOCUMENT), this.directives = null, this.contents = null, this.directivesEndMarker = null, this.documentEndMarker = null;
      }
      parseDirectives(start) {
        let {
          src
        } = this.context;
        this.directives = [];
        let atLineStart = !0, hasDirectives = !1, offset = start;
        for (; !PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END); )
          switch (offset = _Document.startCommentOrEndBlankLine(src, offset), src[offset]) {
            case `
`:
              if (atLineStart) {
                let blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset), offset < src.length && this.directives.push(blankLine);
              } else
                offset += 1, atLineStart = !0;
              break;
            case "#":
              {
                let comment = new Comment();
                offset = comment.parse({
                  src
                }, offset), this.directives.push(comment), atLineStart = !1;
              }
              break;
            case "%":
              {
                let directive = new Directive();
                offset = directive.parse({
                  parent: this,
                  src
                }, offset), this.directives.push(directive), hasDirectives = !0, atLineStart = !1;
              }
              break;
            default:
              return hasDirectives ? this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line") : this.directives.length > 0 && (this.contents = this.directives, this.directives = []), offset;
          }
        return src[offset] ? (this.directivesEndMarker = new PlainValue.Range(offset, offset + 3), offset + 3) : (hasDirectives ? this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line") : this.directives.length > 0 && (this.contents = this.directives, this.directives = []), offset);
      }
      parseContents(start) {
        let {
          parseNode,
          src
        } = this.context;
        this.contents || (this.contents = []);
        let lineStart = start;
        for (; src[lineStart - 1] === "-"; ) lineStart -= 1;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start), atLineStart = lineStart === start;
        for (this.valueRange = new PlainValue.Range(offset); !PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END); ) {
          switch (src[offset]) {
            case `
`:
              if (atLineStart) {
                let blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset), offset < src.length && this.contents.push(blankLine);
              } else
                offset += 1, atLineStart = !0;
              lineStart = offset;
              break;
            case "#":
              {
                let comment = new Comment();
                offset = comment.parse({
                  src
                }, offset), this.contents.push(comment), atLineStart = !1;
              }
              break;
            default: {
              let iEnd = PlainValue.Node.endOfIndent(src, offset), node = parseNode({
                atLineStart,
                indent: -1,
                inFlow: !1,
                inCollection: !1,
                lineStart,
                parent: this
              }, iEnd);
              if (!node) return this.valueRange.end = iEnd;
              this.contents.push(node), offset = node.range.end, atLineStart = !1;
              let ec = grabCollectionEndComments(node);
              ec && Array.prototype.push.apply(this.contents, ec);
            }
          }
          offset = _Document.startCommentOrEndBlankLine(src, offset);
        }
        if (this.valueRange.end = offset, src[offset] && (this.documentEndMarker = new PlainValue.Range(offset, offset + 3), offset += 3, src[offset])) {
          if (offset = PlainValue.Node.endOfWhiteSpace(src, offset), src[offset] === "#") {
            let comment = new Comment();
            offset = comment.parse({
              src
            }, offset), this.contents.push(comment);
          }
          switch (src[offset]) {
            case `
`:
              offset += 1;
              break;
            case void 0:
              break;
            default:
              this.error = new PlainValue.YAMLSyntaxError(this, "Document end marker line cannot have a non-comment suffix");
          }
        }
        return offset;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        context.root = this, this.context = context;
        let {
          src
        } = context, offset = src.charCodeAt(start) === 65279 ? start + 1 : start;
        return offset = this.parseDirectives(offset), offset = this.parseContents(offset), offset;
      }
      setOrigRanges(cr, offset) {
        return offset = super.setOrigRanges(cr, offset), this.directives.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        }), this.directivesEndMarker && (offset = this.directivesEndMarker.setOrigRange(cr, offset)), this.contents.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        }), this.documentEndMarker && (offset = this.documentEndMarker.setOrigRange(cr, offset)), offset;
      }
      toString() {
        let {
          contents,
          directives,
          value
        } = this;
        if (value != null) return value;
        let str = directives.join("");
        return contents.length > 0 && ((directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) && (str += `---
`), str += contents.join("")), str[str.length - 1] !== `
` && (str += `
`), str;
      }
    }, Alias = class extends PlainValue.Node {
      /**
       * Parses an *alias from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        let {
          src
        } = context, offset = PlainValue.Node.endOfIdentifier(src, start + 1);
        return this.valueRange = new PlainValue.Range(start + 1, offset), offset = PlainValue.Node.endOfWhiteSpace(src, offset), offset = this.parseComment(offset), offset;
      }
    }, Chomp = {
      CLIP: "CLIP",
      KEEP: "KEEP",
      STRIP: "STRIP"
    }, BlockValue = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props), this.blockIndent = null, this.chomping = Chomp.CLIP, this.header = null;
      }
      get includesTrailingLines() {
        return this.chomping === Chomp.KEEP;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange, {
          indent,
          src
        } = this.context;
        if (this.valueRange.isEmpty()) return "";
        let lastNewLine = null, ch = src[end - 1];
        for (; ch === `
` || ch === "	" || ch === " "; ) {
          if (end -= 1, end <= start) {
            if (this.chomping === Chomp.KEEP) break;
            return "";
          }
          ch === `
` && (lastNewLine = end), ch = src[end - 1];
        }
        let keepStart = end + 1;
        lastNewLine && (this.chomping === Chomp.KEEP ? (keepStart = lastNewLine, end = this.valueRange.end) : end = lastNewLine);
        let bi = indent + this.blockIndent, folded = this.type === PlainValue.Type.BLOCK_FOLDED, atStart = !0, str = "", sep = "", prevMoreIndented = !1;
        for (let i = start; i < end; ++i) {
          for (let j = 0; j < bi && src[i] === " "; ++j)
            i += 1;
          let ch2 = src[i];
          if (ch2 === `
`)
            sep === `
` ? str += `
` : sep = `
`;
          else {
            let lineEnd = PlainValue.Node.endOfLine(src, i), line = src.slice(i, lineEnd);
            i = lineEnd, folded && (ch2 === " " || ch2 === "	") && i < keepStart ? (sep === " " ? sep = `
` : !prevMoreIndented && !atStart && sep === `
` && (sep = `

`), str += sep + line, sep = lineEnd < end && src[lineEnd] || "", prevMoreIndented = !0) : (str += sep + line, sep = folded && i < keepStart ? " " : `
`, prevMoreIndented = !1), atStart && line !== "" && (atStart = !1);
          }
        }
        return this.chomping === Chomp.STRIP ? str : str + `
`;
      }
      parseBlockHeader(start) {
        let {
          src
        } = this.context, offset = start + 1, bi = "";
        for (; ; ) {
          let ch = src[offset];
          switch (ch) {
            case "-":
              this.chomping = Chomp.STRIP;
              break;
            case "+":
              this.chomping = Chomp.KEEP;
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
              bi += ch;
              break;
            default:
              return this.blockIndent = Number(bi) || null, this.header = new PlainValue.Range(start, offset), offset;
          }
          offset += 1;
        }
      }
      parseBlockValue(start) {
        let {
          indent,
          src
        } = this.context, explicit = !!this.blockIndent, offset = start, valueEnd = start, minBlockIndent = 1;
        for (let ch = src[offset]; ch === `
` && (offset += 1, !PlainValue.Node.atDocumentBoundary(src, offset)); ch = src[offset]) {
          let end = PlainValue.Node.endOfBlockIndent(src, indent, offset);
          if (end === null) break;
          let ch2 = src[end], lineIndent = end - (offset + indent);
          if (this.blockIndent) {
            if (ch2 && ch2 !== `
` && lineIndent < this.blockIndent) {
              if (src[end] === "#") break;
              if (!this.error) {
                let msg = `Block scalars must not be less indented than their ${explicit ? "explicit indentation indicator" : "first line"}`;
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
            }
          } else if (src[end] !== `
`) {
            if (lineIndent < minBlockIndent) {
              let msg = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
              this.error = new PlainValue.YAMLSemanticError(this, msg);
            }
            this.blockIndent = lineIndent;
          } else lineIndent > minBlockIndent && (minBlockIndent = lineIndent);
          src[end] === `
` ? offset = end : offset = valueEnd = PlainValue.Node.endOfLine(src, end);
        }
        return this.chomping !== Chomp.KEEP && (offset = src[valueEnd] ? valueEnd + 1 : valueEnd), this.valueRange = new PlainValue.Range(start + 1, offset), offset;
      }
      /**
       * Parses a block value from the source
       *
       * Accepted forms are:
       * ```
       * BS
       * block
       * lines
       *
       * BS #comment
       * block
       * lines
       * ```
       * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
       * are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this block
       */
      parse(context, start) {
        this.context = context;
        let {
          src
        } = context, offset = this.parseBlockHeader(start);
        return offset = PlainValue.Node.endOfWhiteSpace(src, offset), offset = this.parseComment(offset), offset = this.parseBlockValue(offset), offset;
      }
      setOrigRanges(cr, offset) {
        return offset = super.setOrigRanges(cr, offset), this.header ? this.header.setOrigRange(cr, offset) : offset;
      }
    }, FlowCollection = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props), this.items = null;
      }
      prevNodeIsJsonLike(idx = this.items.length) {
        let node = this.items[idx - 1];
        return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        let {
          parseNode,
          src
        } = context, {
          indent,
          lineStart
        } = context, char = src[start];
        this.items = [{
          char,
          offset: start
        }];
        let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
        for (char = src[offset]; char && char !== "]" && char !== "}"; ) {
          switch (char) {
            case `
`:
              {
                lineStart = offset + 1;
                let wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
                if (src[wsEnd] === `
`) {
                  let blankLine = new BlankLine();
                  lineStart = blankLine.parse({
                    src
                  }, lineStart), this.items.push(blankLine);
                }
                if (offset = PlainValue.Node.endOfIndent(src, lineStart), offset <= lineStart + indent && (char = src[offset], offset < lineStart + indent || char !== "]" && char !== "}")) {
                  let msg = "Insufficient indentation in flow collection";
                  this.error = new PlainValue.YAMLSemanticError(this, msg);
                }
              }
              break;
            case ",":
              this.items.push({
                char,
                offset
              }), offset += 1;
              break;
            case "#":
              {
                let comment = new Comment();
                offset = comment.parse({
                  src
                }, offset), this.items.push(comment);
              }
              break;
            case "?":
            case ":": {
              let next = src[offset + 1];
              if (next === `
` || next === "	" || next === " " || next === "," || // in-flow : after JSON-like key does not need to be followed by whitespace
              char === ":" && this.prevNodeIsJsonLike()) {
                this.items.push({
                  char,
                  offset
                }), offset += 1;
                break;
              }
            }
            // fallthrough
            default: {
              let node = parseNode({
                atLineStart: !1,
                inCollection: !1,
                inFlow: !0,
                indent: -1,
                lineStart,
                parent: this
              }, offset);
              if (!node)
                return this.valueRange = new PlainValue.Range(start, offset), offset;
              this.items.push(node), offset = PlainValue.Node.normalizeOffset(src, node.range.end);
            }
          }
          offset = PlainValue.Node.endOfWhiteSpace(src, offset), char = src[offset];
        }
        return this.valueRange = new PlainValue.Range(start, offset + 1), char && (this.items.push({
          char,
          offset
        }), offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1), offset = this.parseComment(offset)), offset;
      }
      setOrigRanges(cr, offset) {
        return offset = super.setOrigRanges(cr, offset), this.items.forEach((node) => {
          if (node instanceof PlainValue.Node)
            offset = node.setOrigRanges(cr, offset);
          else if (cr.length === 0)
            node.origOffset = node.offset;
          else {
            let i = offset;
            for (; i < cr.length && !(cr[i] > node.offset); )
              ++i;
            node.origOffset = node.offset + i, offset = i;
          }
        }), offset;
      }
      toString() {
        let {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        let nodes = items.filter((item) => item instanceof PlainValue.Node), str = "", prevEnd = range.start;
        return nodes.forEach((node) => {
          let prefix = src.slice(prevEnd, node.range.start);
          prevEnd = node.range.end, str += prefix + String(node), str[str.length - 1] === `
` && src[prevEnd - 1] !== `
` && src[prevEnd] === `
` && (prevEnd += 1);
        }), str += src.slice(prevEnd, range.end), PlainValue.Node.addStringTerminator(src, range.end, str);
      }
    }, QuoteDouble = class _QuoteDouble extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        for (; ch && ch !== '"'; )
          offset += ch === "\\" ? 2 : 1, ch = src[offset];
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let errors = [], {
          start,
          end
        } = this.valueRange, {
          indent,
          src
        } = this.context;
        src[end - 1] !== '"' && errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
        let str = "";
        for (let i = start + 1; i < end - 1; ++i) {
          let ch = src[i];
          if (ch === `
`) {
            PlainValue.Node.atDocumentBoundary(src, i + 1) && errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            let {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str += fold, i = offset, error && errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line double-quoted string needs to be sufficiently indented"));
          } else if (ch === "\\")
            switch (i += 1, src[i]) {
              case "0":
                str += "\0";
                break;
              // null character
              case "a":
                str += "\x07";
                break;
              // bell character
              case "b":
                str += "\b";
                break;
              // backspace
              case "e":
                str += "\x1B";
                break;
              // escape character
              case "f":
                str += "\f";
                break;
              // form feed
              case "n":
                str += `
`;
                break;
              // line feed
              case "r":
                str += "\r";
                break;
              // carriage return
              case "t":
                str += "	";
                break;
              // horizontal tab
              case "v":
                str += "\v";
                break;
              // vertical tab
              case "N":
                str += "\x85";
                break;
              // Unicode next line
              case "_":
                str += "\xA0";
                break;
              // Unicode non-breaking space
              case "L":
                str += "\u2028";
                break;
              // Unicode line separator
              case "P":
                str += "\u2029";
                break;
              // Unicode paragraph separator
              case " ":
                str += " ";
                break;
              case '"':
                str += '"';
                break;
              case "/":
                str += "/";
                break;
              case "\\":
                str += "\\";
                break;
              case "	":
                str += "	";
                break;
              case "x":
                str += this.parseCharCode(i + 1, 2, errors), i += 2;
                break;
              case "u":
                str += this.parseCharCode(i + 1, 4, errors), i += 4;
                break;
              case "U":
                str += this.parseCharCode(i + 1, 8, errors), i += 8;
                break;
              case `
`:
                for (; src[i + 1] === " " || src[i + 1] === "	"; ) i += 1;
                break;
              default:
                errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`)), str += "\\" + src[i];
            }
          else if (ch === " " || ch === "	") {
            let wsStart = i, next = src[i + 1];
            for (; next === " " || next === "	"; )
              i += 1, next = src[i + 1];
            next !== `
` && (str += i > wsStart ? src.slice(wsStart, i + 1) : ch);
          } else
            str += ch;
        }
        return errors.length > 0 ? {
          errors,
          str
        } : str;
      }
      parseCharCode(offset, length, errors) {
        let {
          src
        } = this.context, cc = src.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
        return isNaN(code) ? (errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`)), src.substr(offset - 2, length + 2)) : String.fromCodePoint(code);
      }
      /**
       * Parses a "double quoted" value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        let {
          src
        } = context, offset = _QuoteDouble.endOfQuote(src, start + 1);
        return this.valueRange = new PlainValue.Range(start, offset), offset = PlainValue.Node.endOfWhiteSpace(src, offset), offset = this.parseComment(offset), offset;
      }
    }, QuoteSingle = class _QuoteSingle extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        for (; ch; )
          if (ch === "'") {
            if (src[offset + 1] !== "'") break;
            ch = src[offset += 2];
          } else
            ch = src[offset += 1];
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let errors = [], {
          start,
          end
        } = this.valueRange, {
          indent,
          src
        } = this.context;
        src[end - 1] !== "'" && errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
        let str = "";
        for (let i = start + 1; i < end - 1; ++i) {
          let ch = src[i];
          if (ch === `
`) {
            PlainValue.Node.atDocumentBoundary(src, i + 1) && errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            let {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str += fold, i = offset, error && errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line single-quoted string needs to be sufficiently indented"));
          } else if (ch === "'")
            str += ch, i += 1, src[i] !== "'" && errors.push(new PlainValue.YAMLSyntaxError(this, "Unescaped single quote? This should not happen."));
          else if (ch === " " || ch === "	") {
            let wsStart = i, next = src[i + 1];
            for (; next === " " || next === "	"; )
              i += 1, next = src[i + 1];
            next !== `
` && (str += i > wsStart ? src.slice(wsStart, i + 1) : ch);
          } else
            str += ch;
        }
        return errors.length > 0 ? {
          errors,
          str
        } : str;
      }
      /**
       * Parses a 'single quoted' value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        let {
          src
        } = context, offset = _QuoteSingle.endOfQuote(src, start + 1);
        return this.valueRange = new PlainValue.Range(start, offset), offset = PlainValue.Node.endOfWhiteSpace(src, offset), offset = this.parseComment(offset), offset;
      }
    };
    function createNewNode(type, props) {
      switch (type) {
        case PlainValue.Type.ALIAS:
          return new Alias(type, props);
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
          return new BlockValue(type, props);
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.FLOW_SEQ:
          return new FlowCollection(type, props);
        case PlainValue.Type.MAP_KEY:
        case PlainValue.Type.MAP_VALUE:
        case PlainValue.Type.SEQ_ITEM:
          return new CollectionItem(type, props);
        case PlainValue.Type.COMMENT:
        case PlainValue.Type.PLAIN:
          return new PlainValue.PlainValue(type, props);
        case PlainValue.Type.QUOTE_DOUBLE:
          return new QuoteDouble(type, props);
        case PlainValue.Type.QUOTE_SINGLE:
          return new QuoteSingle(type, props);
        /* istanbul ignore next */
        default:
          return null;
      }
    }
    var ParseContext = class _ParseContext {
      static parseType(src, offset, inFlow) {
        switch (src[offset]) {
          case "*":
            return PlainValue.Type.ALIAS;
          case ">":
            return PlainValue.Type.BLOCK_FOLDED;
          case "|":
            return PlainValue.Type.BLOCK_LITERAL;
          case "{":
            return PlainValue.Type.FLOW_MAP;
          case "[":
            return PlainValue.Type.FLOW_SEQ;
          case "?":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, !0) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
          case ":":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, !0) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
          case "-":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, !0) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
          case '"':
            return PlainValue.Type.QUOTE_DOUBLE;
          case "'":
            return PlainValue.Type.QUOTE_SINGLE;
          default:
            return PlainValue.Type.PLAIN;
        }
      }
      constructor(orig = {}, {
        atLineStart,
        inCollection,
        inFlow,
        indent,
        lineStart,
        parent
      } = {}) {
        PlainValue._defineProperty(this, "parseNode", (overlay, start) => {
          if (PlainValue.Node.atDocumentBoundary(this.src, start)) return null;
          let context = new _ParseContext(this, overlay), {
            props,
            type,
            valueStart
          } = context.parseProps(start), node = createNewNode(type, props), offset = start;
          try {
            offset = node.parse(context, valueStart);
          } catch (error) {
            let msg = error instanceof Error ? error.message : String(error);
            node.error || (node.error = new PlainValue.YAMLSyntaxError(node, msg));
          }
          if (node.range = new PlainValue.Range(start, offset), offset <= start && (node.error || (node.error = new Error("Node#parse consumed no characters")), node.error.parseEnd = offset, node.error.source = node, node.range.end = start + 1), context.nodeStartsCollection(node)) {
            !node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT && (node.error = new PlainValue.YAMLSyntaxError(node, "Block collection must not have preceding content here (e.g. directives-end indicator)"));
            let collection = new Collection(node);
            return offset = collection.parse(new _ParseContext(context), offset), collection.range = new PlainValue.Range(start, offset), collection;
          }
          return node;
        }), this.atLineStart = atLineStart ?? (orig.atLineStart || !1), this.inCollection = inCollection ?? (orig.inCollection || !1), this.inFlow = inFlow ?? (orig.inFlow || !1), this.indent = indent ?? orig.indent, this.lineStart = lineStart ?? orig.lineStart, this.parent = parent ?? (orig.parent || {}), this.root = orig.root, this.src = orig.src;
      }
      nodeStartsCollection(node) {
        let {
          inCollection,
          inFlow,
          src
        } = this;
        if (inCollection || inFlow) return !1;
        if (node instanceof CollectionItem) return !0;
        let offset = node.range.end;
        return src[offset] === `
` || src[offset - 1] === `
` ? !1 : (offset = PlainValue.Node.endOfWhiteSpace(src, offset), src[offset] === ":");
      }
      // Anchor and tag are before type, which determines the node implementation
      // class; hence this intermediate step.
      parseProps(offset) {
        let {
          inFlow,
          parent,
          src
        } = this, props = [], lineHasProps = !1;
        offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
        let ch = src[offset];
        for (; ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === `
`; ) {
          if (ch === `
`) {
            let inEnd = offset, lineStart;
            do
              lineStart = inEnd + 1, inEnd = PlainValue.Node.endOfIndent(src, lineStart);
            while (src[inEnd] === `
`);
            let indentDiff = inEnd - (lineStart + this.indent), noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
            if (src[inEnd] !== "#" && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
            this.atLineStart = !0, this.lineStart = lineStart, lineHasProps = !1, offset = inEnd;
          } else if (ch === PlainValue.Char.COMMENT) {
            let end = PlainValue.Node.endOfLine(src, offset + 1);
            props.push(new PlainValue.Range(offset, end)), offset = end;
          } else {
            let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
            ch === PlainValue.Char.TAG && src[end] === "," && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13)) && (end = PlainValue.Node.endOfIdentifier(src, end + 5)), props.push(new PlainValue.Range(offset, end)), lineHasProps = !0, offset = PlainValue.Node.endOfWhiteSpace(src, end);
          }
          ch = src[offset];
        }
        lineHasProps && ch === ":" && PlainValue.Node.atBlank(src, offset + 1, !0) && (offset -= 1);
        let type = _ParseContext.parseType(src, offset, inFlow);
        return {
          props,
          type,
          valueStart: offset
        };
      }
    };
    function parse(src) {
      let cr = [];
      src.indexOf("\r") !== -1 && (src = src.replace(/\r\n?/g, (match, offset2) => (match.length > 1 && cr.push(offset2), `
`)));
      let documents = [], offset = 0;
      do {
        let doc = new Document(), context = new ParseContext({
          src
        });
        offset = doc.parse(context, offset), documents.push(doc);
      } while (offset < src.length);
      return documents.setOrigRanges = () => {
        if (cr.length === 0) return !1;
        for (let i = 1; i < cr.length; ++i) cr[i] -= i;
        let crOffset = 0;
        for (let i = 0; i < documents.length; ++i)
          crOffset = documents[i].setOrigRanges(cr, crOffset);
        return cr.splice(0, cr.length), !0;
      }, documents.toString = () => documents.join(`...
`), documents;
    }
    exports.parse = parse;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js
var require_resolveSeq_95613e94 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    function addCommentBefore(str, indent, comment) {
      return comment ? `#${comment.replace(/[\s\S]^/gm, `$&${indent}#`)}
${indent}${str}` : str;
    }
    function addComment(str, indent, comment) {
      return comment ? comment.indexOf(`
`) === -1 ? `${str} #${comment}` : `${str}
` + comment.replace(/^/gm, `${indent || ""}#`) : str;
    }
    var Node = class {
    };
    function toJSON(value, arg, ctx) {
      if (Array.isArray(value)) return value.map((v, i) => toJSON(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        let anchor = ctx && ctx.anchors && ctx.anchors.get(value);
        anchor && (ctx.onCreate = (res2) => {
          anchor.res = res2, delete ctx.onCreate;
        });
        let res = value.toJSON(arg, ctx);
        return anchor && ctx.onCreate && ctx.onCreate(res), res;
      }
      return (!ctx || !ctx.keep) && typeof value == "bigint" ? Number(value) : value;
    }
    var Scalar = class extends Node {
      constructor(value) {
        super(), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        let k = path3[i];
        if (Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else {
          let o = {};
          Object.defineProperty(o, k, {
            value: v,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }), v = o;
        }
      }
      return schema.createNode(v, !1);
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 == "object" && path3[Symbol.iterator]().next().done, Collection = class _Collection extends Node {
      constructor(schema) {
        super(), PlainValue._defineProperty(this, "items", []), this.schema = schema;
      }
      addIn(path3, value) {
        if (isEmptyPath(path3)) this.add(value);
        else {
          let [key, ...rest] = path3, node = this.get(key, !0);
          if (node instanceof _Collection) node.addIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      deleteIn([key, ...rest]) {
        if (rest.length === 0) return this.delete(key);
        let node = this.get(key, !0);
        if (node instanceof _Collection) return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      getIn([key, ...rest], keepScalar) {
        let node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && node instanceof Scalar ? node.value : node : node instanceof _Collection ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues() {
        return this.items.every((node) => {
          if (!node || node.type !== "PAIR") return !1;
          let n = node.value;
          return n == null || n instanceof Scalar && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      hasIn([key, ...rest]) {
        if (rest.length === 0) return this.has(key);
        let node = this.get(key, !0);
        return node instanceof _Collection ? node.hasIn(rest) : !1;
      }
      setIn([key, ...rest], value) {
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (node instanceof _Collection) node.setIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      // overridden in implementations
      /* istanbul ignore next */
      toJSON() {
        return null;
      }
      toString(ctx, {
        blockItem,
        flowChars,
        isMap,
        itemIndent
      }, onComment, onChompKeep) {
        let {
          indent,
          indentStep,
          stringify
        } = ctx, inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
        inFlow && (itemIndent += indentStep);
        let allNullValues = isMap && this.hasAllNullValues();
        ctx = Object.assign({}, ctx, {
          allNullValues,
          indent: itemIndent,
          inFlow,
          type: null
        });
        let chompKeep = !1, hasItemWithNewLine = !1, nodes = this.items.reduce((nodes2, item, i) => {
          let comment;
          item && (!chompKeep && item.spaceBefore && nodes2.push({
            type: "comment",
            str: ""
          }), item.commentBefore && item.commentBefore.match(/^.*$/gm).forEach((line) => {
            nodes2.push({
              type: "comment",
              str: `#${line}`
            });
          }), item.comment && (comment = item.comment), inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment)) && (hasItemWithNewLine = !0)), chompKeep = !1;
          let str2 = stringify(item, ctx, () => comment = null, () => chompKeep = !0);
          return inFlow && !hasItemWithNewLine && str2.includes(`
`) && (hasItemWithNewLine = !0), inFlow && i < this.items.length - 1 && (str2 += ","), str2 = addComment(str2, itemIndent, comment), chompKeep && (comment || inFlow) && (chompKeep = !1), nodes2.push({
            type: "item",
            str: str2
          }), nodes2;
        }, []), str;
        if (nodes.length === 0)
          str = flowChars.start + flowChars.end;
        else if (inFlow) {
          let {
            start,
            end
          } = flowChars, strings = nodes.map((n) => n.str);
          if (hasItemWithNewLine || strings.reduce((sum, str2) => sum + str2.length + 2, 2) > _Collection.maxFlowStringSingleLineLength) {
            str = start;
            for (let s of strings)
              str += s ? `
${indentStep}${indent}${s}` : `
`;
            str += `
${indent}${end}`;
          } else
            str = `${start} ${strings.join(" ")} ${end}`;
        } else {
          let strings = nodes.map(blockItem);
          str = strings.shift();
          for (let s of strings) str += s ? `
${indent}${s}` : `
`;
        }
        return this.comment ? (str += `
` + this.comment.replace(/^/gm, `${indent}#`), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
      }
    };
    PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);
    function asItemIndex(key) {
      let idx = key instanceof Scalar ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    var YAMLSeq = class extends Collection {
      add(value) {
        this.items.push(value);
      }
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number") return;
        let it = this.items[idx];
        return !keepScalar && it instanceof Scalar ? it.value : it;
      }
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number") throw new Error(`Expected a valid index, not ${key}.`);
        this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx && ctx.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items) seq.push(toJSON(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? super.toString(ctx, {
          blockItem: (n) => n.type === "comment" ? n.str : `- ${n.str}`,
          flowChars: {
            start: "[",
            end: "]"
          },
          isMap: !1,
          itemIndent: (ctx.indent || "") + "  "
        }, onComment, onChompKeep) : JSON.stringify(this);
      }
    }, stringifyKey = (key, jsKey, ctx) => jsKey === null ? "" : typeof jsKey != "object" ? String(jsKey) : key instanceof Node && ctx && ctx.doc ? key.toString({
      anchors: /* @__PURE__ */ Object.create(null),
      doc: ctx.doc,
      indent: "",
      indentStep: ctx.indentStep,
      inFlow: !0,
      inStringifyKey: !0,
      stringify: ctx.stringify
    }) : JSON.stringify(jsKey), Pair = class _Pair extends Node {
      constructor(key, value = null) {
        super(), this.key = key, this.value = value, this.type = _Pair.Type.PAIR;
      }
      get commentBefore() {
        return this.key instanceof Node ? this.key.commentBefore : void 0;
      }
      set commentBefore(cb) {
        if (this.key == null && (this.key = new Scalar(null)), this.key instanceof Node) this.key.commentBefore = cb;
        else {
          let msg = "Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.";
          throw new Error(msg);
        }
      }
      addToJSMap(ctx, map) {
        let key = toJSON(this.key, "", ctx);
        if (map instanceof Map) {
          let value = toJSON(this.value, key, ctx);
          map.set(key, value);
        } else if (map instanceof Set)
          map.add(key);
        else {
          let stringKey = stringifyKey(this.key, key, ctx), value = toJSON(this.value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = value;
        }
        return map;
      }
      toJSON(_, ctx) {
        let pair = ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return this.addToJSMap(ctx, pair);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx || !ctx.doc) return JSON.stringify(this);
        let {
          indent: indentSize,
          indentSeq,
          simpleKeys
        } = ctx.doc.options, {
          key,
          value
        } = this, keyComment = key instanceof Node && key.comment;
        if (simpleKeys) {
          if (keyComment)
            throw new Error("With simple keys, key nodes cannot have comments");
          if (key instanceof Collection) {
            let msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key == "object")), {
          doc,
          indent,
          indentStep,
          stringify
        } = ctx;
        ctx = Object.assign({}, ctx, {
          implicitKey: !explicitKey,
          indent: indent + indentStep
        });
        let chompKeep = !1, str = stringify(key, ctx, () => keyComment = null, () => chompKeep = !0);
        if (str = addComment(str, ctx.indent, keyComment), !explicitKey && str.length > 1024) {
          if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = !0;
        }
        if (ctx.allNullValues && !simpleKeys)
          return this.comment ? (str = addComment(str, ctx.indent, this.comment), onComment && onComment()) : chompKeep && !keyComment && onChompKeep && onChompKeep(), ctx.inFlow && !explicitKey ? str : `? ${str}`;
        str = explicitKey ? `? ${str}
${indent}:` : `${str}:`, this.comment && (str = addComment(str, ctx.indent, this.comment), onComment && onComment());
        let vcb = "", valueComment = null;
        if (value instanceof Node) {
          if (value.spaceBefore && (vcb = `
`), value.commentBefore) {
            let cs = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
            vcb += `
${cs}`;
          }
          valueComment = value.comment;
        } else value && typeof value == "object" && (value = doc.schema.createNode(value, !0));
        ctx.implicitKey = !1, !explicitKey && !this.comment && value instanceof Scalar && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value) && (ctx.indent = ctx.indent.substr(2));
        let valueStr = stringify(value, ctx, () => valueComment = null, () => chompKeep = !0), ws = " ";
        return vcb || this.comment ? ws = `${vcb}
${ctx.indent}` : !explicitKey && value instanceof Collection ? (!(valueStr[0] === "[" || valueStr[0] === "{") || valueStr.includes(`
`)) && (ws = `
${ctx.indent}`) : valueStr[0] === `
` && (ws = ""), chompKeep && !valueComment && onChompKeep && onChompKeep(), addComment(str + ws + valueStr, ctx.indent, valueComment);
      }
    };
    PlainValue._defineProperty(Pair, "Type", {
      PAIR: "PAIR",
      MERGE_PAIR: "MERGE_PAIR"
    });
    var getAliasCount = (node, anchors) => {
      if (node instanceof Alias) {
        let anchor = anchors.get(node.source);
        return anchor.count * anchor.aliasCount;
      } else if (node instanceof Collection) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(item, anchors);
          c > count && (count = c);
        }
        return count;
      } else if (node instanceof Pair) {
        let kc = getAliasCount(node.key, anchors), vc = getAliasCount(node.value, anchors);
        return Math.max(kc, vc);
      }
      return 1;
    }, Alias = class _Alias extends Node {
      static stringify({
        range,
        source
      }, {
        anchors,
        doc,
        implicitKey,
        inStringifyKey
      }) {
        let anchor = Object.keys(anchors).find((a) => anchors[a] === source);
        if (!anchor && inStringifyKey && (anchor = doc.anchors.getName(source) || doc.anchors.newName()), anchor) return `*${anchor}${implicitKey ? " " : ""}`;
        let msg = doc.anchors.getName(source) ? "Alias node must be after source node" : "Source node not found for alias node";
        throw new Error(`${msg} [${range}]`);
      }
      constructor(source) {
        super(), this.source = source, this.type = PlainValue.Type.ALIAS;
      }
      set tag(t) {
        throw new Error("Alias nodes cannot have tags");
      }
      toJSON(arg, ctx) {
        if (!ctx) return toJSON(this.source, arg, ctx);
        let {
          anchors,
          maxAliasCount
        } = ctx, anchor = anchors.get(this.source);
        if (!anchor || anchor.res === void 0) {
          let msg = "This should not happen: Alias anchor was not resolved?";
          throw this.cstNode ? new PlainValue.YAMLReferenceError(this.cstNode, msg) : new ReferenceError(msg);
        }
        if (maxAliasCount >= 0 && (anchor.count += 1, anchor.aliasCount === 0 && (anchor.aliasCount = getAliasCount(this.source, anchors)), anchor.count * anchor.aliasCount > maxAliasCount)) {
          let msg = "Excessive alias count indicates a resource exhaustion attack";
          throw this.cstNode ? new PlainValue.YAMLReferenceError(this.cstNode, msg) : new ReferenceError(msg);
        }
        return anchor.res;
      }
      // Only called when stringifying an alias mapping key while constructing
      // Object output.
      toString(ctx) {
        return _Alias.stringify(this, ctx);
      }
    };
    PlainValue._defineProperty(Alias, "default", !0);
    function findPair(items, key) {
      let k = key instanceof Scalar ? key.value : key;
      for (let it of items)
        if (it instanceof Pair && (it.key === key || it.key === k || it.key && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection {
      add(pair, overwrite) {
        pair ? pair instanceof Pair || (pair = new Pair(pair.key || pair, pair.value)) : pair = new Pair(pair);
        let prev = findPair(this.items, pair.key), sortEntries = this.schema && this.schema.sortMapEntries;
        if (prev)
          if (overwrite) prev.value = pair.value;
          else throw new Error(`Key ${pair.key} already set`);
        else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(pair, item) < 0);
          i === -1 ? this.items.push(pair) : this.items.splice(i, 0, pair);
        } else
          this.items.push(pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let it = findPair(this.items, key), node = it && it.value;
        return !keepScalar && node instanceof Scalar ? node.value : node;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair(key, value), !0);
      }
      /**
       * @param {*} arg ignored
       * @param {*} ctx Conversion context, originally set in Document#toJSON()
       * @param {Class} Type If set, forces the returned collection type
       * @returns {*} Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx && ctx.onCreate && ctx.onCreate(map);
        for (let item of this.items) item.addToJSMap(ctx, map);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        for (let item of this.items)
          if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return super.toString(ctx, {
          blockItem: (n) => n.str,
          flowChars: {
            start: "{",
            end: "}"
          },
          isMap: !0,
          itemIndent: ctx.indent || ""
        }, onComment, onChompKeep);
      }
    }, MERGE_KEY = "<<", Merge = class extends Pair {
      constructor(pair) {
        if (pair instanceof Pair) {
          let seq = pair.value;
          seq instanceof YAMLSeq || (seq = new YAMLSeq(), seq.items.push(pair.value), seq.range = pair.value.range), super(pair.key, seq), this.range = pair.range;
        } else
          super(new Scalar(MERGE_KEY), new YAMLSeq());
        this.type = Pair.Type.MERGE_PAIR;
      }
      // If the value associated with a merge key is a single mapping node, each of
      // its key/value pairs is inserted into the current mapping, unless the key
      // already exists in it. If the value associated with the merge key is a
      // sequence, then this sequence is expected to contain mapping nodes and each
      // of these nodes is merged in turn according to its order in the sequence.
      // Keys in mapping nodes earlier in the sequence override keys specified in
      // later mapping nodes. -- http://yaml.org/type/merge.html
      addToJSMap(ctx, map) {
        for (let {
          source
        } of this.value.items) {
          if (!(source instanceof YAMLMap)) throw new Error("Merge sources must be maps");
          let srcMap = source.toJSON(null, ctx, Map);
          for (let [key, value] of srcMap)
            map instanceof Map ? map.has(key) || map.set(key, value) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
              value,
              writable: !0,
              enumerable: !0,
              configurable: !0
            });
        }
        return map;
      }
      toString(ctx, onComment) {
        let seq = this.value;
        if (seq.items.length > 1) return super.toString(ctx, onComment);
        this.value = seq.items[0];
        let str = super.toString(ctx, onComment);
        return this.value = seq, str;
      }
    }, binaryOptions = {
      defaultType: PlainValue.Type.BLOCK_LITERAL,
      lineWidth: 76
    }, boolOptions = {
      trueStr: "true",
      falseStr: "false"
    }, intOptions = {
      asBigInt: !1
    }, nullOptions = {
      nullStr: "null"
    }, strOptions = {
      defaultType: PlainValue.Type.PLAIN,
      doubleQuoted: {
        jsonEncoding: !1,
        minMultiLineLength: 40
      },
      fold: {
        lineWidth: 80,
        minContentWidth: 20
      }
    };
    function resolveScalar(str, tags, scalarFallback) {
      for (let {
        format,
        test,
        resolve
      } of tags)
        if (test) {
          let match = str.match(test);
          if (match) {
            let res = resolve.apply(null, match);
            return res instanceof Scalar || (res = new Scalar(res)), format && (res.format = format), res;
          }
        }
      return scalarFallback && (str = scalarFallback(str)), new Scalar(str);
    }
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted", consumeMoreIndentedLines = (text, i) => {
      let ch = text[i + 1];
      for (; ch === " " || ch === "	"; ) {
        do
          ch = text[i += 1];
        while (ch && ch !== `
`);
        ch = text[i + 1];
      }
      return i;
    };
    function foldFlowLines(text, indent, mode, {
      indentAtStart,
      lineWidth = 80,
      minContentWidth = 20,
      onFold,
      onOverflow
    }) {
      if (!lineWidth || lineWidth < 0) return text;
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep) return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i)), end = i + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j]) return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0) return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    var getFoldOptions = ({
      indentAtStart
    }) => indentAtStart ? Object.assign({
      indentAtStart
    }, strOptions.fold) : strOptions.fold, containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0) return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit) return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit) return !0;
          if (start = i + 1, strLen - start <= limit) return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let {
        implicitKey
      } = ctx, {
        jsonEncoding,
        minMultiLineLength
      } = strOptions.doubleQuoted, json = JSON.stringify(value);
      if (jsonEncoding) return json;
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\") switch (json[i + 1]) {
          case "u":
            {
              str += json.slice(start, i);
              let code = json.substr(i + 2, 4);
              switch (code) {
                case "0000":
                  str += "\\0";
                  break;
                case "0007":
                  str += "\\a";
                  break;
                case "000b":
                  str += "\\v";
                  break;
                case "001b":
                  str += "\\e";
                  break;
                case "0085":
                  str += "\\N";
                  break;
                case "00a0":
                  str += "\\_";
                  break;
                case "2028":
                  str += "\\L";
                  break;
                case "2029":
                  str += "\\P";
                  break;
                default:
                  code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
              }
              i += 5, start = i + 1;
            }
            break;
          case "n":
            if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
              i += 1;
            else {
              for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                str += `
`, i += 2;
              str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
            }
            break;
          default:
            i += 1;
        }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.implicitKey) {
        if (/\n/.test(value)) return doubleQuotedString(value, ctx);
      } else if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
    }
    function blockString({
      comment,
      type,
      value
    }, ctx, onComment, onChompKeep) {
      if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), indentSize = indent ? "2" : "1", literal = type === PlainValue.Type.BLOCK_FOLDED ? !1 : type === PlainValue.Type.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length), header = literal ? "|" : ">";
      if (!value) return header + `
`;
      let wsStart = "", wsEnd = "";
      if (value = value.replace(/[\n\t ]*$/, (ws) => {
        let n = ws.indexOf(`
`);
        return n === -1 ? header += "-" : (value === ws || n !== ws.length - 1) && (header += "+", onChompKeep && onChompKeep()), wsEnd = ws.replace(/\n$/, ""), "";
      }).replace(/^[\n ]*/, (ws) => {
        ws.indexOf(" ") !== -1 && (header += indentSize);
        let m = ws.match(/ +$/);
        return m ? (wsStart = ws.slice(0, -m[0].length), m[0]) : (wsStart = ws, "");
      }), wsEnd && (wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`)), wsStart && (wsStart = wsStart.replace(/\n+/g, `$&${indent}`)), comment && (header += " #" + comment.replace(/ ?[\r\n]+/g, " "), onComment && onComment()), !value) return `${header}${indentSize}
${indent}${wsEnd}`;
      if (literal)
        return value = value.replace(/\n+/g, `$&${indent}`), `${header}
${indent}${wsStart}${value}${wsEnd}`;
      value = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
      let body = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
      return `${header}
${indent}${body}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let {
        comment,
        type,
        value
      } = item, {
        actualString,
        implicitKey,
        indent,
        inFlow
      } = ctx;
      if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value))
        return doubleQuotedString(value, ctx);
      if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || value.indexOf(`
`) === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf(`
`) !== -1)
        return blockString(item, ctx, onComment, onChompKeep);
      if (indent === "" && containsDocumentMarker(value))
        return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let {
          tags
        } = ctx.doc.schema;
        if (typeof resolveScalar(str, tags, tags.scalarFallback).value != "string") return doubleQuotedString(value, ctx);
      }
      let body = implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx));
      return comment && !inFlow && (body.indexOf(`
`) !== -1 || comment.indexOf(`
`) !== -1) ? (onComment && onComment(), addCommentBefore(body, indent, comment)) : body;
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let {
        defaultType
      } = strOptions, {
        implicitKey,
        inFlow
      } = ctx, {
        type,
        value
      } = item;
      typeof value != "string" && (value = String(value), item = Object.assign({}, item, {
        value
      }));
      let _stringify = (_type) => {
        switch (_type) {
          case PlainValue.Type.BLOCK_FOLDED:
          case PlainValue.Type.BLOCK_LITERAL:
            return blockString(item, ctx, onComment, onChompKeep);
          case PlainValue.Type.QUOTE_DOUBLE:
            return doubleQuotedString(value, ctx);
          case PlainValue.Type.QUOTE_SINGLE:
            return singleQuotedString(value, ctx);
          case PlainValue.Type.PLAIN:
            return plainString(item, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value) || (implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) && (type = PlainValue.Type.QUOTE_DOUBLE);
      let res = _stringify(type);
      if (res === null && (res = _stringify(defaultType), res === null))
        throw new Error(`Unsupported default string type ${defaultType}`);
      return res;
    }
    function stringifyNumber({
      format,
      minFractionDigits,
      tag,
      value
    }) {
      if (typeof value == "bigint") return String(value);
      if (!isFinite(value)) return isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
      let n = JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n)) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; ) n += "0";
      }
      return n;
    }
    function checkFlowCollectionEnd(errors, cst) {
      let char, name;
      switch (cst.type) {
        case PlainValue.Type.FLOW_MAP:
          char = "}", name = "flow map";
          break;
        case PlainValue.Type.FLOW_SEQ:
          char = "]", name = "flow sequence";
          break;
        default:
          errors.push(new PlainValue.YAMLSemanticError(cst, "Not a flow collection!?"));
          return;
      }
      let lastItem;
      for (let i = cst.items.length - 1; i >= 0; --i) {
        let item = cst.items[i];
        if (!item || item.type !== PlainValue.Type.COMMENT) {
          lastItem = item;
          break;
        }
      }
      if (lastItem && lastItem.char !== char) {
        let msg = `Expected ${name} to end with ${char}`, err;
        typeof lastItem.offset == "number" ? (err = new PlainValue.YAMLSemanticError(cst, msg), err.offset = lastItem.offset + 1) : (err = new PlainValue.YAMLSemanticError(lastItem, msg), lastItem.range && lastItem.range.end && (err.offset = lastItem.range.end - lastItem.range.start)), errors.push(err);
      }
    }
    function checkFlowCommentSpace(errors, comment) {
      let prev = comment.context.src[comment.range.start - 1];
      if (prev !== `
` && prev !== "	" && prev !== " ") {
        let msg = "Comments must be separated from other tokens by white space characters";
        errors.push(new PlainValue.YAMLSemanticError(comment, msg));
      }
    }
    function getLongKeyError(source, key) {
      let sk = String(key), k = sk.substr(0, 8) + "..." + sk.substr(-8);
      return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
    }
    function resolveComments(collection, comments) {
      for (let {
        afterKey,
        before,
        comment
      } of comments) {
        let item = collection.items[before];
        item ? (afterKey && item.value && (item = item.value), comment === void 0 ? (afterKey || !item.commentBefore) && (item.spaceBefore = !0) : item.commentBefore ? item.commentBefore += `
` + comment : item.commentBefore = comment) : comment !== void 0 && (collection.comment ? collection.comment += `
` + comment : collection.comment = comment);
      }
    }
    function resolveString(doc, node) {
      let res = node.strValue;
      return res ? typeof res == "string" ? res : (res.errors.forEach((error) => {
        error.source || (error.source = node), doc.errors.push(error);
      }), res.str) : "";
    }
    function resolveTagHandle(doc, node) {
      let {
        handle,
        suffix
      } = node.tag, prefix = doc.tagPrefixes.find((p) => p.handle === handle);
      if (!prefix) {
        let dtp = doc.getDefaults().tagPrefixes;
        if (dtp && (prefix = dtp.find((p) => p.handle === handle)), !prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
      }
      if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
      if (handle === "!" && (doc.version || doc.options.version) === "1.0") {
        if (suffix[0] === "^")
          return doc.warnings.push(new PlainValue.YAMLWarning(node, "YAML 1.0 ^ tag expansion is not supported")), suffix;
        if (/[:/]/.test(suffix)) {
          let vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
          return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
        }
      }
      return prefix.prefix + decodeURIComponent(suffix);
    }
    function resolveTagName(doc, node) {
      let {
        tag,
        type
      } = node, nonSpecific = !1;
      if (tag) {
        let {
          handle,
          suffix,
          verbatim
        } = tag;
        if (verbatim) {
          if (verbatim !== "!" && verbatim !== "!!") return verbatim;
          let msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        } else if (handle === "!" && !suffix)
          nonSpecific = !0;
        else
          try {
            return resolveTagHandle(doc, node);
          } catch (error) {
            doc.errors.push(error);
          }
      }
      switch (type) {
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
        case PlainValue.Type.QUOTE_DOUBLE:
        case PlainValue.Type.QUOTE_SINGLE:
          return PlainValue.defaultTags.STR;
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        case PlainValue.Type.PLAIN:
          return nonSpecific ? PlainValue.defaultTags.STR : null;
        default:
          return null;
      }
    }
    function resolveByTagName(doc, node, tagName) {
      let {
        tags
      } = doc.schema, matchWithTest = [];
      for (let tag of tags)
        if (tag.tag === tagName)
          if (tag.test) matchWithTest.push(tag);
          else {
            let res = tag.resolve(doc, node);
            return res instanceof Collection ? res : new Scalar(res);
          }
      let str = resolveString(doc, node);
      return typeof str == "string" && matchWithTest.length > 0 ? resolveScalar(str, matchWithTest, tags.scalarFallback) : null;
    }
    function getFallbackTagName({
      type
    }) {
      switch (type) {
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        default:
          return PlainValue.defaultTags.STR;
      }
    }
    function resolveTag(doc, node, tagName) {
      try {
        let res = resolveByTagName(doc, node, tagName);
        if (res)
          return tagName && node.tag && (res.tag = tagName), res;
      } catch (error) {
        if (error instanceof PlainValue.YAMLError)
          error.source || (error.source = node), doc.errors.push(error);
        else {
          let msg = error instanceof Error ? error.message : String(error);
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        return null;
      }
      try {
        let fallback = getFallbackTagName(node);
        if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
        let msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
        doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
        let res = resolveByTagName(doc, node, fallback);
        return res.tag = tagName, res;
      } catch (error) {
        let refError = new PlainValue.YAMLReferenceError(node, error.message);
        return refError.stack = error.stack, doc.errors.push(refError), null;
      }
    }
    var isCollectionItem = (node) => {
      if (!node) return !1;
      let {
        type
      } = node;
      return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
    };
    function resolveNodeProps(errors, node) {
      let comments = {
        before: [],
        after: []
      }, hasAnchor = !1, hasTag = !1, props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
      for (let {
        start,
        end
      } of props)
        switch (node.context.src[start]) {
          case PlainValue.Char.COMMENT: {
            if (!node.commentHasRequiredWhitespace(start)) {
              let msg = "Comments must be separated from other tokens by white space characters";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            let {
              header,
              valueRange
            } = node;
            (valueRange && (start > valueRange.start || header && start > header.start) ? comments.after : comments.before).push(node.context.src.slice(start + 1, end));
            break;
          }
          // Actual anchor & tag resolution is handled by schema, here we just complain
          case PlainValue.Char.ANCHOR:
            if (hasAnchor) {
              let msg = "A node can have at most one anchor";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasAnchor = !0;
            break;
          case PlainValue.Char.TAG:
            if (hasTag) {
              let msg = "A node can have at most one tag";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasTag = !0;
            break;
        }
      return {
        comments,
        hasAnchor,
        hasTag
      };
    }
    function resolveNodeValue(doc, node) {
      let {
        anchors,
        errors,
        schema
      } = doc;
      if (node.type === PlainValue.Type.ALIAS) {
        let name = node.rawValue, src = anchors.getNode(name);
        if (!src) {
          let msg = `Aliased anchor not found: ${name}`;
          return errors.push(new PlainValue.YAMLReferenceError(node, msg)), null;
        }
        let res = new Alias(src);
        return anchors._cstAliases.push(res), res;
      }
      let tagName = resolveTagName(doc, node);
      if (tagName) return resolveTag(doc, node, tagName);
      if (node.type !== PlainValue.Type.PLAIN) {
        let msg = `Failed to resolve ${node.type} node here`;
        return errors.push(new PlainValue.YAMLSyntaxError(node, msg)), null;
      }
      try {
        let str = resolveString(doc, node);
        return resolveScalar(str, schema.tags, schema.tags.scalarFallback);
      } catch (error) {
        return error.source || (error.source = node), errors.push(error), null;
      }
    }
    function resolveNode(doc, node) {
      if (!node) return null;
      node.error && doc.errors.push(node.error);
      let {
        comments,
        hasAnchor,
        hasTag
      } = resolveNodeProps(doc.errors, node);
      if (hasAnchor) {
        let {
          anchors
        } = doc, name = node.anchor, prev = anchors.getNode(name);
        prev && (anchors.map[anchors.newName(name)] = prev), anchors.map[name] = node;
      }
      if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
        let msg = "An alias node must not specify any properties";
        doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
      }
      let res = resolveNodeValue(doc, node);
      if (res) {
        res.range = [node.range.start, node.range.end], doc.options.keepCstNodes && (res.cstNode = node), doc.options.keepNodeTypes && (res.type = node.type);
        let cb = comments.before.join(`
`);
        cb && (res.commentBefore = res.commentBefore ? `${res.commentBefore}
${cb}` : cb);
        let ca = comments.after.join(`
`);
        ca && (res.comment = res.comment ? `${res.comment}
${ca}` : ca);
      }
      return node.resolved = res;
    }
    function resolveMap(doc, cst) {
      if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
        let msg = `A ${cst.type} node cannot be resolved as a mapping`;
        return doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg)), null;
      }
      let {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst), map = new YAMLMap();
      map.items = items, resolveComments(map, comments);
      let hasCollectionKey = !1;
      for (let i = 0; i < items.length; ++i) {
        let {
          key: iKey
        } = items[i];
        if (iKey instanceof Collection && (hasCollectionKey = !0), doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
          items[i] = new Merge(items[i]);
          let sources = items[i].value.items, error = null;
          sources.some((node) => {
            if (node instanceof Alias) {
              let {
                type
              } = node.source;
              return type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP ? !1 : error = "Merge nodes aliases can only point to maps";
            }
            return error = "Merge nodes can only have Alias nodes as values";
          }), error && doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
        } else
          for (let j = i + 1; j < items.length; ++j) {
            let {
              key: jKey
            } = items[j];
            if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, "value") && iKey.value === jKey.value) {
              let msg = `Map keys must be unique; "${iKey}" is repeated`;
              doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
              break;
            }
          }
      }
      if (hasCollectionKey && !doc.options.mapAsMap) {
        let warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      return cst.resolved = map, map;
    }
    var valueHasPairComment = ({
      context: {
        lineStart,
        node,
        src
      },
      props
    }) => {
      if (props.length === 0) return !1;
      let {
        start
      } = props[0];
      if (node && start > node.valueRange.start || src[start] !== PlainValue.Char.COMMENT) return !1;
      for (let i = lineStart; i < start; ++i) if (src[i] === `
`) return !1;
      return !0;
    };
    function resolvePairComment(item, pair) {
      if (!valueHasPairComment(item)) return;
      let comment = item.getPropValue(0, PlainValue.Char.COMMENT, !0), found = !1, cb = pair.value.commentBefore;
      if (cb && cb.startsWith(comment))
        pair.value.commentBefore = cb.substr(comment.length + 1), found = !0;
      else {
        let cc = pair.value.comment;
        !item.node && cc && cc.startsWith(comment) && (pair.value.comment = cc.substr(comment.length + 1), found = !0);
      }
      found && (pair.comment = comment);
    }
    function resolveBlockMapItems(doc, cst) {
      let comments = [], items = [], key, keyStart = null;
      for (let i = 0; i < cst.items.length; ++i) {
        let item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              afterKey: !!key,
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              afterKey: !!key,
              before: items.length,
              comment: item.comment
            });
            break;
          case PlainValue.Type.MAP_KEY:
            key !== void 0 && items.push(new Pair(key)), item.error && doc.errors.push(item.error), key = resolveNode(doc, item.node), keyStart = null;
            break;
          case PlainValue.Type.MAP_VALUE:
            {
              if (key === void 0 && (key = null), item.error && doc.errors.push(item.error), !item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
                let msg = "Nested mappings are not allowed in compact mappings";
                doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
              }
              let valueNode = item.node;
              if (!valueNode && item.props.length > 0) {
                valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []), valueNode.context = {
                  parent: item,
                  src: item.context.src
                };
                let pos = item.range.start + 1;
                if (valueNode.range = {
                  start: pos,
                  end: pos
                }, valueNode.valueRange = {
                  start: pos,
                  end: pos
                }, typeof item.range.origStart == "number") {
                  let origPos = item.range.origStart + 1;
                  valueNode.range.origStart = valueNode.range.origEnd = origPos, valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
                }
              }
              let pair = new Pair(key, resolveNode(doc, valueNode));
              resolvePairComment(item, pair), items.push(pair), key && typeof keyStart == "number" && item.range.start > keyStart + 1024 && doc.errors.push(getLongKeyError(cst, key)), key = void 0, keyStart = null;
            }
            break;
          default:
            key !== void 0 && items.push(new Pair(key)), key = resolveNode(doc, item), keyStart = item.range.start, item.error && doc.errors.push(item.error);
            next: for (let j = i + 1; ; ++j) {
              let nextItem = cst.items[j];
              switch (nextItem && nextItem.type) {
                case PlainValue.Type.BLANK_LINE:
                case PlainValue.Type.COMMENT:
                  continue next;
                case PlainValue.Type.MAP_VALUE:
                  break next;
                default: {
                  let msg = "Implicit map keys need to be followed by map values";
                  doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                  break next;
                }
              }
            }
            if (item.valueRangeContainsNewline) {
              let msg = "Implicit map keys need to be on a single line";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
        }
      }
      return key !== void 0 && items.push(new Pair(key)), {
        comments,
        items
      };
    }
    function resolveFlowMapItems(doc, cst) {
      let comments = [], items = [], key, explicitKey = !1, next = "{";
      for (let i = 0; i < cst.items.length; ++i) {
        let item = cst.items[i];
        if (typeof item.char == "string") {
          let {
            char,
            offset
          } = item;
          if (char === "?" && key === void 0 && !explicitKey) {
            explicitKey = !0, next = ":";
            continue;
          }
          if (char === ":") {
            if (key === void 0 && (key = null), next === ":") {
              next = ",";
              continue;
            }
          } else if (explicitKey && (key === void 0 && char !== "," && (key = null), explicitKey = !1), key !== void 0 && (items.push(new Pair(key)), key = void 0, char === ",")) {
            next = ":";
            continue;
          }
          if (char === "}") {
            if (i === cst.items.length - 1) continue;
          } else if (char === next) {
            next = ":";
            continue;
          }
          let msg = `Flow map contains an unexpected ${char}`, err = new PlainValue.YAMLSyntaxError(cst, msg);
          err.offset = offset, doc.errors.push(err);
        } else item.type === PlainValue.Type.BLANK_LINE ? comments.push({
          afterKey: !!key,
          before: items.length
        }) : item.type === PlainValue.Type.COMMENT ? (checkFlowCommentSpace(doc.errors, item), comments.push({
          afterKey: !!key,
          before: items.length,
          comment: item.comment
        })) : key === void 0 ? (next === "," && doc.errors.push(new PlainValue.YAMLSemanticError(item, "Separator , missing in flow map")), key = resolveNode(doc, item)) : (next !== "," && doc.errors.push(new PlainValue.YAMLSemanticError(item, "Indicator : missing in flow map entry")), items.push(new Pair(key, resolveNode(doc, item))), key = void 0, explicitKey = !1);
      }
      return checkFlowCollectionEnd(doc.errors, cst), key !== void 0 && items.push(new Pair(key)), {
        comments,
        items
      };
    }
    function resolveSeq(doc, cst) {
      if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
        let msg = `A ${cst.type} node cannot be resolved as a sequence`;
        return doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg)), null;
      }
      let {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst), seq = new YAMLSeq();
      if (seq.items = items, resolveComments(seq, comments), !doc.options.mapAsMap && items.some((it) => it instanceof Pair && it.key instanceof Collection)) {
        let warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      return cst.resolved = seq, seq;
    }
    function resolveBlockSeqItems(doc, cst) {
      let comments = [], items = [];
      for (let i = 0; i < cst.items.length; ++i) {
        let item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              comment: item.comment,
              before: items.length
            });
            break;
          case PlainValue.Type.SEQ_ITEM:
            if (item.error && doc.errors.push(item.error), items.push(resolveNode(doc, item.node)), item.hasProps) {
              let msg = "Sequence items cannot have tags or anchors before the - indicator";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
            break;
          default:
            item.error && doc.errors.push(item.error), doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
        }
      }
      return {
        comments,
        items
      };
    }
    function resolveFlowSeqItems(doc, cst) {
      let comments = [], items = [], explicitKey = !1, key, keyStart = null, next = "[", prevItem = null;
      for (let i = 0; i < cst.items.length; ++i) {
        let item = cst.items[i];
        if (typeof item.char == "string") {
          let {
            char,
            offset
          } = item;
          if (char !== ":" && (explicitKey || key !== void 0) && (explicitKey && key === void 0 && (key = next ? items.pop() : null), items.push(new Pair(key)), explicitKey = !1, key = void 0, keyStart = null), char === next)
            next = null;
          else if (!next && char === "?")
            explicitKey = !0;
          else if (next !== "[" && char === ":" && key === void 0) {
            if (next === ",") {
              if (key = items.pop(), key instanceof Pair) {
                let msg = "Chaining flow sequence pairs is invalid", err = new PlainValue.YAMLSemanticError(cst, msg);
                err.offset = offset, doc.errors.push(err);
              }
              if (!explicitKey && typeof keyStart == "number") {
                let keyEnd = item.range ? item.range.start : item.offset;
                keyEnd > keyStart + 1024 && doc.errors.push(getLongKeyError(cst, key));
                let {
                  src
                } = prevItem.context;
                for (let i2 = keyStart; i2 < keyEnd; ++i2) if (src[i2] === `
`) {
                  let msg = "Implicit keys of flow sequence pairs need to be on a single line";
                  doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
                  break;
                }
              }
            } else
              key = null;
            keyStart = null, explicitKey = !1, next = null;
          } else if (next === "[" || char !== "]" || i < cst.items.length - 1) {
            let msg = `Flow sequence contains an unexpected ${char}`, err = new PlainValue.YAMLSyntaxError(cst, msg);
            err.offset = offset, doc.errors.push(err);
          }
        } else if (item.type === PlainValue.Type.BLANK_LINE)
          comments.push({
            before: items.length
          });
        else if (item.type === PlainValue.Type.COMMENT)
          checkFlowCommentSpace(doc.errors, item), comments.push({
            comment: item.comment,
            before: items.length
          });
        else {
          if (next) {
            let msg = `Expected a ${next} in flow sequence`;
            doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
          }
          let value = resolveNode(doc, item);
          key === void 0 ? (items.push(value), prevItem = item) : (items.push(new Pair(key, value)), key = void 0), keyStart = item.range.start, next = ",";
        }
      }
      return checkFlowCollectionEnd(doc.errors, cst), key !== void 0 && items.push(new Pair(key)), {
        comments,
        items
      };
    }
    exports.Alias = Alias;
    exports.Collection = Collection;
    exports.Merge = Merge;
    exports.Node = Node;
    exports.Pair = Pair;
    exports.Scalar = Scalar;
    exports.YAMLMap = YAMLMap;
    exports.YAMLSeq = YAMLSeq;
    exports.addComment = addComment;
    exports.binaryOptions = binaryOptions;
    exports.boolOptions = boolOptions;
    exports.findPair = findPair;
    exports.intOptions = intOptions;
    exports.isEmptyPath = isEmptyPath;
    exports.nullOptions = nullOptions;
    exports.resolveMap = resolveMap;
    exports.resolveNode = resolveNode;
    exports.resolveSeq = resolveSeq;
    exports.resolveString = resolveString;
    exports.strOptions = strOptions;
    exports.stringifyNumber = stringifyNumber;
    exports.stringifyString = stringifyString;
    exports.toJSON = toJSON;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js
var require_warnings_793925ce = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2(), resolveSeq = require_resolveSeq_95613e94(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve: (doc, node) => {
        let src = resolveSeq.resolveString(doc, node);
        if (typeof Buffer == "function")
          return Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          let msg = "This environment does not support reading binary tags; either Buffer or atob is required";
          return doc.errors.push(new PlainValue.YAMLReferenceError(node, msg)), null;
        }
      },
      options: resolveSeq.binaryOptions,
      stringify: ({
        comment,
        type,
        value
      }, ctx, onComment, onChompKeep) => {
        let src;
        if (typeof Buffer == "function")
          src = value instanceof Buffer ? value.toString("base64") : Buffer.from(value.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < value.length; ++i) s += String.fromCharCode(value[i]);
          src = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type || (type = resolveSeq.binaryOptions.defaultType), type === PlainValue.Type.QUOTE_DOUBLE)
          value = src;
        else {
          let {
            lineWidth
          } = resolveSeq.binaryOptions, n = Math.ceil(src.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = src.substr(o, lineWidth);
          value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? `
` : " ");
        }
        return resolveSeq.stringifyString({
          comment,
          type,
          value
        }, ctx, onComment, onChompKeep);
      }
    };
    function parsePairs(doc, cst) {
      let seq = resolveSeq.resolveSeq(doc, cst);
      for (let i = 0; i < seq.items.length; ++i) {
        let item = seq.items[i];
        if (!(item instanceof resolveSeq.Pair)) {
          if (item instanceof resolveSeq.YAMLMap) {
            if (item.items.length > 1) {
              let msg = "Each pair must have its own sequence indicator";
              throw new PlainValue.YAMLSemanticError(cst, msg);
            }
            let pair = item.items[0] || new resolveSeq.Pair();
            item.commentBefore && (pair.commentBefore = pair.commentBefore ? `${item.commentBefore}
${pair.commentBefore}` : item.commentBefore), item.comment && (pair.comment = pair.comment ? `${item.comment}
${pair.comment}` : item.comment), item = pair;
          }
          seq.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
        }
      }
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let pairs2 = new resolveSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      for (let it of iterable) {
        let key, value;
        if (Array.isArray(it))
          if (it.length === 2)
            key = it[0], value = it[1];
          else throw new TypeError(`Expected [key, value] tuple: ${it}`);
        else if (it && it instanceof Object) {
          let keys = Object.keys(it);
          if (keys.length === 1)
            key = keys[0], value = it[key];
          else throw new TypeError(`Expected { key: value } tuple: ${it}`);
        } else
          key = it;
        let pair = schema.createPair(key, value, ctx);
        pairs2.items.push(pair);
      }
      return pairs2;
    }
    var pairs = {
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: parsePairs,
      createNode: createPairs
    }, YAMLOMap = class _YAMLOMap extends resolveSeq.YAMLSeq {
      constructor() {
        super(), PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this)), PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this)), PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this)), PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this)), PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this)), this.tag = _YAMLOMap.tag;
      }
      toJSON(_, ctx) {
        let map = /* @__PURE__ */ new Map();
        ctx && ctx.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (pair instanceof resolveSeq.Pair ? (key = resolveSeq.toJSON(pair.key, "", ctx), value = resolveSeq.toJSON(pair.value, key, ctx)) : key = resolveSeq.toJSON(pair, "", ctx), map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
    };
    PlainValue._defineProperty(YAMLOMap, "tag", "tag:yaml.org,2002:omap");
    function parseOMap(doc, cst) {
      let pairs2 = parsePairs(doc, cst), seenKeys = [];
      for (let {
        key
      } of pairs2.items)
        if (key instanceof resolveSeq.Scalar)
          if (seenKeys.includes(key.value)) {
            let msg = "Ordered maps must not include duplicate keys";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          } else
            seenKeys.push(key.value);
      return Object.assign(new YAMLOMap(), pairs2);
    }
    function createOMap(schema, iterable, ctx) {
      let pairs2 = createPairs(schema, iterable, ctx), omap2 = new YAMLOMap();
      return omap2.items = pairs2.items, omap2;
    }
    var omap = {
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve: parseOMap,
      createNode: createOMap
    }, YAMLSet = class _YAMLSet extends resolveSeq.YAMLMap {
      constructor() {
        super(), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
        resolveSeq.findPair(this.items, pair.key) || this.items.push(pair);
      }
      get(key, keepPair) {
        let pair = resolveSeq.findPair(this.items, key);
        return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = resolveSeq.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new resolveSeq.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
    };
    PlainValue._defineProperty(YAMLSet, "tag", "tag:yaml.org,2002:set");
    function parseSet(doc, cst) {
      let map = resolveSeq.resolveMap(doc, cst);
      if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, "Set items must all have null values");
      return Object.assign(new YAMLSet(), map);
    }
    function createSet(schema, iterable, ctx) {
      let set2 = new YAMLSet();
      for (let value of iterable) set2.items.push(schema.createPair(value, null, ctx));
      return set2;
    }
    var set = {
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      resolve: parseSet,
      createNode: createSet
    }, parseSexagesimal = (sign, parts) => {
      let n = parts.split(":").reduce((n2, p) => n2 * 60 + Number(p), 0);
      return sign === "-" ? -n : n;
    }, stringifySexagesimal = ({
      value
    }) => {
      if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
      let sign = "";
      value < 0 && (sign = "-", value = Math.abs(value));
      let parts = [value % 60];
      return value < 60 ? parts.unshift(0) : (value = Math.round((value - parts[0]) / 60), parts.unshift(value % 60), value >= 60 && (value = Math.round((value - parts[0]) / 60), parts.unshift(value))), sign + parts.map((n) => n < 10 ? "0" + String(n) : String(n)).join(":").replace(/000000\d*$/, "");
    }, intTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
      resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
      resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?)$"),
      resolve: (str, year, month, day, hour, minute, second, millisec, tz) => {
        millisec && (millisec = (millisec + "00").substr(1, 3));
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz[0], tz.slice(1));
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({
        value
      }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, "")
    };
    function shouldWarn(deprecation) {
      let env = typeof process < "u" && process.env || {};
      return deprecation ? typeof YAML_SILENCE_DEPRECATION_WARNINGS < "u" ? !YAML_SILENCE_DEPRECATION_WARNINGS : !env.YAML_SILENCE_DEPRECATION_WARNINGS : typeof YAML_SILENCE_WARNINGS < "u" ? !YAML_SILENCE_WARNINGS : !env.YAML_SILENCE_WARNINGS;
    }
    function warn(warning, type) {
      if (shouldWarn(!1)) {
        let emit = typeof process < "u" && process.emitWarning;
        emit ? emit(warning, type) : console.warn(type ? `${type}: ${warning}` : warning);
      }
    }
    function warnFileDeprecation(filename) {
      if (shouldWarn(!0)) {
        let path3 = filename.replace(/.*yaml[/\\]/i, "").replace(/\.js$/, "").replace(/\\/g, "/");
        warn(`The endpoint 'yaml/${path3}' will be removed in a future release.`, "DeprecationWarning");
      }
    }
    var warned = {};
    function warnOptionDeprecation(name, alternative) {
      if (!warned[name] && shouldWarn(!0)) {
        warned[name] = !0;
        let msg = `The option '${name}' will be removed in a future release`;
        msg += alternative ? `, use '${alternative}' instead.` : ".", warn(msg, "DeprecationWarning");
      }
    }
    exports.binary = binary;
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.omap = omap;
    exports.pairs = pairs;
    exports.set = set;
    exports.timestamp = timestamp;
    exports.warn = warn;
    exports.warnFileDeprecation = warnFileDeprecation;
    exports.warnOptionDeprecation = warnOptionDeprecation;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js
var require_Schema_bcc6c2d7 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2(), resolveSeq = require_resolveSeq_95613e94(), warnings = require_warnings_793925ce();
    function createMap(schema, obj, ctx) {
      let map2 = new resolveSeq.YAMLMap(schema);
      if (obj instanceof Map)
        for (let [key, value] of obj) map2.items.push(schema.createPair(key, value, ctx));
      else if (obj && typeof obj == "object")
        for (let key of Object.keys(obj)) map2.items.push(schema.createPair(key, obj[key], ctx));
      return typeof schema.sortMapEntries == "function" && map2.items.sort(schema.sortMapEntries), map2;
    }
    var map = {
      createNode: createMap,
      default: !0,
      nodeClass: resolveSeq.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve: resolveSeq.resolveMap
    };
    function createSeq(schema, obj, ctx) {
      let seq2 = new resolveSeq.YAMLSeq(schema);
      if (obj && obj[Symbol.iterator])
        for (let it of obj) {
          let v = schema.createNode(it, ctx.wrapScalars, null, ctx);
          seq2.items.push(v);
        }
      return seq2;
    }
    var seq = {
      createNode: createSeq,
      default: !0,
      nodeClass: resolveSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve: resolveSeq.resolveSeq
    }, string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({
          actualString: !0
        }, ctx), resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
      },
      options: resolveSeq.strOptions
    }, failsafe = [map, seq, string], intIdentify$2 = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
    function intStringify$1(node, radix, prefix) {
      let {
        value
      } = node;
      return intIdentify$2(value) && value >= 0 ? prefix + value.toString(radix) : resolveSeq.stringifyNumber(node);
    }
    var nullObj = {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, boolObj = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => str[0] === "t" || str[0] === "T",
      options: resolveSeq.boolOptions,
      stringify: ({
        value
      }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
    }, octObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o([0-7]+)$/,
      resolve: (str, oct) => intResolve$1(str, oct, 8),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 8, "0o")
    }, intObj = {
      identify: intIdentify$2,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str) => intResolve$1(str, str, 10),
      options: resolveSeq.intOptions,
      stringify: resolveSeq.stringifyNumber
    }, hexObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x([0-9a-fA-F]+)$/,
      resolve: (str, hex) => intResolve$1(str, hex, 16),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 16, "0x")
    }, nanObj = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str, nan) => nan ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, expObj = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify: ({
        value
      }) => Number(value).toExponential()
    }, floatObj = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
      resolve(str, frac1, frac2) {
        let frac = frac1 || frac2, node = new resolveSeq.Scalar(parseFloat(str));
        return frac && frac[frac.length - 1] === "0" && (node.minFractionDigits = frac.length), node;
      },
      stringify: resolveSeq.stringifyNumber
    }, core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]), intIdentify$1 = (value) => typeof value == "bigint" || Number.isInteger(value), stringifyJSON = ({
      value
    }) => JSON.stringify(value), json = [map, seq, {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify: stringifyJSON
    }, {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^null$/,
      resolve: () => null,
      stringify: stringifyJSON
    }, {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^true|false$/,
      resolve: (str) => str === "true",
      stringify: stringifyJSON
    }, {
      identify: intIdentify$1,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (str) => resolveSeq.intOptions.asBigInt ? BigInt(str) : parseInt(str, 10),
      stringify: ({
        value
      }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
    }, {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (str) => parseFloat(str),
      stringify: stringifyJSON
    }];
    json.scalarFallback = (str) => {
      throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    };
    var boolStringify = ({
      value
    }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr, intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(sign, src, radix) {
      let str = src.replace(/_/g, "");
      if (resolveSeq.intOptions.asBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let {
        value
      } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return resolveSeq.stringifyNumber(node);
    }
    var yaml11 = failsafe.concat([{
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => !0,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
      resolve: () => !1,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^([-+]?)0b([0-1_]+)$/,
      resolve: (str, sign, bin) => intResolve(sign, bin, 2),
      stringify: (node) => intStringify(node, 2, "0b")
    }, {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^([-+]?)0([0-7_]+)$/,
      resolve: (str, sign, oct) => intResolve(sign, oct, 8),
      stringify: (node) => intStringify(node, 8, "0")
    }, {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^([-+]?)([0-9][0-9_]*)$/,
      resolve: (str, sign, abs) => intResolve(sign, abs, 10),
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
      resolve: (str, sign, hex) => intResolve(sign, hex, 16),
      stringify: (node) => intStringify(node, 16, "0x")
    }, {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str, nan) => nan ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify: ({
        value
      }) => Number(value).toExponential()
    }, {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
      resolve(str, frac) {
        let node = new resolveSeq.Scalar(parseFloat(str.replace(/_/g, "")));
        if (frac) {
          let f = frac.replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    }], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp), schemas = {
      core,
      failsafe,
      json,
      yaml11
    }, tags = {
      binary: warnings.binary,
      bool: boolObj,
      float: floatObj,
      floatExp: expObj,
      floatNaN: nanObj,
      floatTime: warnings.floatTime,
      int: intObj,
      intHex: hexObj,
      intOct: octObj,
      intTime: warnings.intTime,
      map,
      null: nullObj,
      omap: warnings.omap,
      pairs: warnings.pairs,
      seq,
      set: warnings.set,
      timestamp: warnings.timestamp
    };
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        let match = tags2.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) || match[0];
        if (!tagObj) throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (value instanceof resolveSeq.Node) return value;
      let {
        defaultPrefix,
        onTagObj,
        prevObjects,
        schema,
        wrapScalars
      } = ctx;
      tagName && tagName.startsWith("!!") && (tagName = defaultPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") return wrapScalars ? new resolveSeq.Scalar(value) : value;
        tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq : map;
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let obj = {
        value: void 0,
        node: void 0
      };
      if (value && typeof value == "object" && prevObjects) {
        let prev = prevObjects.get(value);
        if (prev) {
          let alias = new resolveSeq.Alias(prev);
          return ctx.aliasNodes.push(alias), alias;
        }
        obj.value = value, prevObjects.set(value, obj);
      }
      return obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value, tagName && obj.node instanceof resolveSeq.Node && (obj.node.tag = tagName), obj.node;
    }
    function getSchemaTags(schemas2, knownTags, customTags, schemaId) {
      let tags2 = schemas2[schemaId.replace(/\W/g, "")];
      if (!tags2) {
        let keys = Object.keys(schemas2).map((key) => JSON.stringify(key)).join(", ");
        throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
      }
      if (Array.isArray(customTags))
        for (let tag of customTags) tags2 = tags2.concat(tag);
      else typeof customTags == "function" && (tags2 = customTags(tags2.slice()));
      for (let i = 0; i < tags2.length; ++i) {
        let tag = tags2[i];
        if (typeof tag == "string") {
          let tagObj = knownTags[tag];
          if (!tagObj) {
            let keys = Object.keys(knownTags).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
          }
          tags2[i] = tagObj;
        }
      }
      return tags2;
    }
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      // TODO: remove in v2
      constructor({
        customTags,
        merge,
        schema,
        sortMapEntries,
        tags: deprecatedCustomTags
      }) {
        this.merge = !!merge, this.name = schema, this.sortMapEntries = sortMapEntries === !0 ? sortMapEntriesByKey : sortMapEntries || null, !customTags && deprecatedCustomTags && warnings.warnOptionDeprecation("tags", "customTags"), this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
      }
      createNode(value, wrapScalars, tagName, ctx) {
        let baseCtx = {
          defaultPrefix: _Schema.defaultPrefix,
          schema: this,
          wrapScalars
        }, createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
        return createNode(value, tagName, createCtx);
      }
      createPair(key, value, ctx) {
        ctx || (ctx = {
          wrapScalars: !0
        });
        let k = this.createNode(key, ctx.wrapScalars, null, ctx), v = this.createNode(value, ctx.wrapScalars, null, ctx);
        return new resolveSeq.Pair(k, v);
      }
    };
    PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
    PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);
    exports.Schema = Schema;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js
var require_Document_a8d0fbf9 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2(), resolveSeq = require_resolveSeq_95613e94(), Schema = require_Schema_bcc6c2d7(), defaultOptions = {
      anchorPrefix: "a",
      customTags: null,
      indent: 2,
      indentSeq: !0,
      keepCstNodes: !1,
      keepNodeTypes: !0,
      keepBlobsInJSON: !0,
      mapAsMap: !1,
      maxAliasCount: 100,
      prettyErrors: !1,
      // TODO Set true in v2
      simpleKeys: !1,
      version: "1.2"
    }, scalarOptions = {
      get binary() {
        return resolveSeq.binaryOptions;
      },
      set binary(opt) {
        Object.assign(resolveSeq.binaryOptions, opt);
      },
      get bool() {
        return resolveSeq.boolOptions;
      },
      set bool(opt) {
        Object.assign(resolveSeq.boolOptions, opt);
      },
      get int() {
        return resolveSeq.intOptions;
      },
      set int(opt) {
        Object.assign(resolveSeq.intOptions, opt);
      },
      get null() {
        return resolveSeq.nullOptions;
      },
      set null(opt) {
        Object.assign(resolveSeq.nullOptions, opt);
      },
      get str() {
        return resolveSeq.strOptions;
      },
      set str(opt) {
        Object.assign(resolveSeq.strOptions, opt);
      }
    }, documentOptions = {
      "1.0": {
        schema: "yaml-1.1",
        merge: !0,
        tagPrefixes: [{
          handle: "!",
          prefix: PlainValue.defaultTagPrefix
        }, {
          handle: "!!",
          prefix: "tag:private.yaml.org,2002:"
        }]
      },
      1.1: {
        schema: "yaml-1.1",
        merge: !0,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      },
      1.2: {
        schema: "core",
        merge: !1,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      }
    };
    function stringifyTag(doc, tag) {
      if ((doc.version || doc.options.version) === "1.0") {
        let priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
        if (priv) return "!" + priv[1];
        let vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
        return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, "")}`;
      }
      let p = doc.tagPrefixes.find((p2) => tag.indexOf(p2.prefix) === 0);
      if (!p) {
        let dtp = doc.getDefaults().tagPrefixes;
        p = dtp && dtp.find((p2) => tag.indexOf(p2.prefix) === 0);
      }
      if (!p) return tag[0] === "!" ? tag : `!<${tag}>`;
      let suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, (ch) => ({
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      })[ch]);
      return p.handle + suffix;
    }
    function getTagObject(tags, item) {
      if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0) return match.find((t) => t.format === item.format) || match[0];
      }
      let tagObj, obj;
      if (item instanceof resolveSeq.Scalar) {
        obj = item.value;
        let match = tags.filter((t) => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
        tagObj = match.find((t) => t.format === item.format) || match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj && obj.constructor ? obj.constructor.name : typeof obj;
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, {
      anchors,
      doc
    }) {
      let props = [], anchor = doc.anchors.getName(node);
      return anchor && (anchors[anchor] = node, props.push(`&${anchor}`)), node.tag ? props.push(stringifyTag(doc, node.tag)) : tagObj.default || props.push(stringifyTag(doc, tagObj.tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      let {
        anchors,
        schema
      } = ctx.doc, tagObj;
      if (!(item instanceof resolveSeq.Node)) {
        let createCtx = {
          aliasNodes: [],
          onTagObj: (o) => tagObj = o,
          prevObjects: /* @__PURE__ */ new Map()
        };
        item = schema.createNode(item, !0, null, createCtx);
        for (let alias of createCtx.aliasNodes) {
          alias.source = alias.source.node;
          let name = anchors.getName(alias.source);
          name || (name = anchors.newName(), anchors.map[name] = alias.source);
        }
      }
      if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
      tagObj || (tagObj = getTagObject(schema.tags, item));
      let props = stringifyProps(item, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
      return props ? item instanceof resolveSeq.Scalar || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    var Anchors = class _Anchors {
      static validAnchorNode(node) {
        return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
      }
      constructor(prefix) {
        PlainValue._defineProperty(this, "map", /* @__PURE__ */ Object.create(null)), this.prefix = prefix;
      }
      createAlias(node, name) {
        return this.setAnchor(node, name), new resolveSeq.Alias(node);
      }
      createMergePair(...sources) {
        let merge = new resolveSeq.Merge();
        return merge.value.items = sources.map((s) => {
          if (s instanceof resolveSeq.Alias) {
            if (s.source instanceof resolveSeq.YAMLMap) return s;
          } else if (s instanceof resolveSeq.YAMLMap)
            return this.createAlias(s);
          throw new Error("Merge sources must be Map nodes or their Aliases");
        }), merge;
      }
      getName(node) {
        let {
          map
        } = this;
        return Object.keys(map).find((a) => map[a] === node);
      }
      getNames() {
        return Object.keys(this.map);
      }
      getNode(name) {
        return this.map[name];
      }
      newName(prefix) {
        prefix || (prefix = this.prefix);
        let names = Object.keys(this.map);
        for (let i = 1; ; ++i) {
          let name = `${prefix}${i}`;
          if (!names.includes(name)) return name;
        }
      }
      // During parsing, map & aliases contain CST nodes
      resolveNodes() {
        let {
          map,
          _cstAliases
        } = this;
        Object.keys(map).forEach((a) => {
          map[a] = map[a].resolved;
        }), _cstAliases.forEach((a) => {
          a.source = a.source.resolved;
        }), delete this._cstAliases;
      }
      setAnchor(node, name) {
        if (node != null && !_Anchors.validAnchorNode(node))
          throw new Error("Anchors may only be set for Scalar, Seq and Map nodes");
        if (name && /[\x00-\x19\s,[\]{}]/.test(name))
          throw new Error("Anchor names must not contain whitespace or control characters");
        let {
          map
        } = this, prev = node && Object.keys(map).find((a) => map[a] === node);
        if (prev)
          if (name)
            prev !== name && (delete map[prev], map[name] = node);
          else return prev;
        else {
          if (!name) {
            if (!node) return null;
            name = this.newName();
          }
          map[name] = node;
        }
        return name;
      }
    }, visit = (node, tags) => {
      if (node && typeof node == "object") {
        let {
          tag
        } = node;
        node instanceof resolveSeq.Collection ? (tag && (tags[tag] = !0), node.items.forEach((n) => visit(n, tags))) : node instanceof resolveSeq.Pair ? (visit(node.key, tags), visit(node.value, tags)) : node instanceof resolveSeq.Scalar && tag && (tags[tag] = !0);
      }
      return tags;
    }, listTagNames = (node) => Object.keys(visit(node, {}));
    function parseContents(doc, contents) {
      let comments = {
        before: [],
        after: []
      }, body, spaceBefore = !1;
      for (let node of contents)
        if (node.valueRange) {
          if (body !== void 0) {
            let msg = "Document contains trailing content not separated by a ... or --- line";
            doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
            break;
          }
          let res = resolveSeq.resolveNode(doc, node);
          spaceBefore && (res.spaceBefore = !0, spaceBefore = !1), body = res;
        } else node.comment !== null ? (body === void 0 ? comments.before : comments.after).push(node.comment) : node.type === PlainValue.Type.BLANK_LINE && (spaceBefore = !0, body === void 0 && comments.before.length > 0 && !doc.commentBefore && (doc.commentBefore = comments.before.join(`
`), comments.before = []));
      if (doc.contents = body || null, !body)
        doc.comment = comments.before.concat(comments.after).join(`
`) || null;
      else {
        let cb = comments.before.join(`
`);
        if (cb) {
          let cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
          cbNode.commentBefore = cbNode.commentBefore ? `${cb}
${cbNode.commentBefore}` : cb;
        }
        doc.comment = comments.after.join(`
`) || null;
      }
    }
    function resolveTagDirective({
      tagPrefixes
    }, directive) {
      let [handle, prefix] = directive.parameters;
      if (!handle || !prefix) {
        let msg = "Insufficient parameters given for %TAG directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (tagPrefixes.some((p) => p.handle === handle)) {
        let msg = "The %TAG directive must only be given at most once per handle in the same document.";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      return {
        handle,
        prefix
      };
    }
    function resolveYamlDirective(doc, directive) {
      let [version] = directive.parameters;
      if (directive.name === "YAML:1.0" && (version = "1.0"), !version) {
        let msg = "Insufficient parameters given for %YAML directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (!documentOptions[version]) {
        let msg = `Document will be parsed as YAML ${doc.version || doc.options.version} rather than YAML ${version}`;
        doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
      }
      return version;
    }
    function parseDirectives(doc, directives, prevDoc) {
      let directiveComments = [], hasDirectives = !1;
      for (let directive of directives) {
        let {
          comment,
          name
        } = directive;
        switch (name) {
          case "TAG":
            try {
              doc.tagPrefixes.push(resolveTagDirective(doc, directive));
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = !0;
            break;
          case "YAML":
          case "YAML:1.0":
            if (doc.version) {
              let msg = "The %YAML directive must only be given at most once per document.";
              doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
            }
            try {
              doc.version = resolveYamlDirective(doc, directive);
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = !0;
            break;
          default:
            if (name) {
              let msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
              doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
            }
        }
        comment && directiveComments.push(comment);
      }
      if (prevDoc && !hasDirectives && (doc.version || prevDoc.version || doc.options.version) === "1.1") {
        let copyTagPrefix = ({
          handle,
          prefix
        }) => ({
          handle,
          prefix
        });
        doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix), doc.version = prevDoc.version;
      }
      doc.commentBefore = directiveComments.join(`
`) || null;
    }
    function assertCollection(contents) {
      if (contents instanceof resolveSeq.Collection) return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    var Document = class _Document {
      constructor(options) {
        this.anchors = new Anchors(options.anchorPrefix), this.commentBefore = null, this.comment = null, this.contents = null, this.directivesEndMarker = null, this.errors = [], this.options = options, this.schema = null, this.tagPrefixes = [], this.version = null, this.warnings = [];
      }
      add(value) {
        return assertCollection(this.contents), this.contents.add(value);
      }
      addIn(path3, value) {
        assertCollection(this.contents), this.contents.addIn(path3, value);
      }
      delete(key) {
        return assertCollection(this.contents), this.contents.delete(key);
      }
      deleteIn(path3) {
        return resolveSeq.isEmptyPath(path3) ? this.contents == null ? !1 : (this.contents = null, !0) : (assertCollection(this.contents), this.contents.deleteIn(path3));
      }
      getDefaults() {
        return _Document.defaults[this.version] || _Document.defaults[this.options.version] || {};
      }
      get(key, keepScalar) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : void 0;
      }
      getIn(path3, keepScalar) {
        return resolveSeq.isEmptyPath(path3) ? !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents : this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      has(key) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : !1;
      }
      hasIn(path3) {
        return resolveSeq.isEmptyPath(path3) ? this.contents !== void 0 : this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path3) : !1;
      }
      set(key, value) {
        assertCollection(this.contents), this.contents.set(key, value);
      }
      setIn(path3, value) {
        resolveSeq.isEmptyPath(path3) ? this.contents = value : (assertCollection(this.contents), this.contents.setIn(path3, value));
      }
      setSchema(id, customTags) {
        if (!id && !customTags && this.schema) return;
        typeof id == "number" && (id = id.toFixed(1)), id === "1.0" || id === "1.1" || id === "1.2" ? (this.version ? this.version = id : this.options.version = id, delete this.options.schema) : id && typeof id == "string" && (this.options.schema = id), Array.isArray(customTags) && (this.options.customTags = customTags);
        let opt = Object.assign({}, this.getDefaults(), this.options);
        this.schema = new Schema.Schema(opt);
      }
      parse(node, prevDoc) {
        this.options.keepCstNodes && (this.cstNode = node), this.options.keepNodeTypes && (this.type = "DOCUMENT");
        let {
          directives = [],
          contents = [],
          directivesEndMarker,
          error,
          valueRange
        } = node;
        if (error && (error.source || (error.source = this), this.errors.push(error)), parseDirectives(this, directives, prevDoc), directivesEndMarker && (this.directivesEndMarker = !0), this.range = valueRange ? [valueRange.start, valueRange.end] : null, this.setSchema(), this.anchors._cstAliases = [], parseContents(this, contents), this.anchors.resolveNodes(), this.options.prettyErrors) {
          for (let error2 of this.errors) error2 instanceof PlainValue.YAMLError && error2.makePretty();
          for (let warn of this.warnings) warn instanceof PlainValue.YAMLError && warn.makePretty();
        }
        return this;
      }
      listNonDefaultTags() {
        return listTagNames(this.contents).filter((t) => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
      }
      setTagPrefix(handle, prefix) {
        if (handle[0] !== "!" || handle[handle.length - 1] !== "!") throw new Error("Handle must start and end with !");
        if (prefix) {
          let prev = this.tagPrefixes.find((p) => p.handle === handle);
          prev ? prev.prefix = prefix : this.tagPrefixes.push({
            handle,
            prefix
          });
        } else
          this.tagPrefixes = this.tagPrefixes.filter((p) => p.handle !== handle);
      }
      toJSON(arg, onAnchor) {
        let {
          keepBlobsInJSON,
          mapAsMap,
          maxAliasCount
        } = this.options, keep = keepBlobsInJSON && (typeof arg != "string" || !(this.contents instanceof resolveSeq.Scalar)), ctx = {
          doc: this,
          indentStep: "  ",
          keep,
          mapAsMap: keep && !!mapAsMap,
          maxAliasCount,
          stringify
          // Requiring directly in Pair would create circular dependencies
        }, anchorNames = Object.keys(this.anchors.map);
        anchorNames.length > 0 && (ctx.anchors = new Map(anchorNames.map((name) => [this.anchors.map[name], {
          alias: [],
          aliasCount: 0,
          count: 1
        }])));
        let res = resolveSeq.toJSON(this.contents, arg, ctx);
        if (typeof onAnchor == "function" && ctx.anchors) for (let {
          count,
          res: res2
        } of ctx.anchors.values()) onAnchor(res2, count);
        return res;
      }
      toString() {
        if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
        let indentSize = this.options.indent;
        if (!Number.isInteger(indentSize) || indentSize <= 0) {
          let s = JSON.stringify(indentSize);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        this.setSchema();
        let lines = [], hasDirectives = !1;
        if (this.version) {
          let vd = "%YAML 1.2";
          this.schema.name === "yaml-1.1" && (this.version === "1.0" ? vd = "%YAML:1.0" : this.version === "1.1" && (vd = "%YAML 1.1")), lines.push(vd), hasDirectives = !0;
        }
        let tagNames = this.listNonDefaultTags();
        this.tagPrefixes.forEach(({
          handle,
          prefix
        }) => {
          tagNames.some((t) => t.indexOf(prefix) === 0) && (lines.push(`%TAG ${handle} ${prefix}`), hasDirectives = !0);
        }), (hasDirectives || this.directivesEndMarker) && lines.push("---"), this.commentBefore && ((hasDirectives || !this.directivesEndMarker) && lines.unshift(""), lines.unshift(this.commentBefore.replace(/^/gm, "#")));
        let ctx = {
          anchors: /* @__PURE__ */ Object.create(null),
          doc: this,
          indent: "",
          indentStep: " ".repeat(indentSize),
          stringify
          // Requiring directly in nodes would create circular dependencies
        }, chompKeep = !1, contentComment = null;
        if (this.contents) {
          this.contents instanceof resolveSeq.Node && (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker) && lines.push(""), this.contents.commentBefore && lines.push(this.contents.commentBefore.replace(/^/gm, "#")), ctx.forceBlockIndent = !!this.comment, contentComment = this.contents.comment);
          let onChompKeep = contentComment ? null : () => chompKeep = !0, body = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
          lines.push(resolveSeq.addComment(body, "", contentComment));
        } else this.contents !== void 0 && lines.push(stringify(this.contents, ctx));
        return this.comment && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(this.comment.replace(/^/gm, "#"))), lines.join(`
`) + `
`;
      }
    };
    PlainValue._defineProperty(Document, "defaults", documentOptions);
    exports.Document = Document;
    exports.defaultOptions = defaultOptions;
    exports.scalarOptions = scalarOptions;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var parseCst = require_parse_cst(), Document$1 = require_Document_a8d0fbf9(), Schema = require_Schema_bcc6c2d7(), PlainValue = require_PlainValue_516d5bc2(), warnings = require_warnings_793925ce();
    require_resolveSeq_95613e94();
    function createNode(value, wrapScalars = !0, tag) {
      tag === void 0 && typeof wrapScalars == "string" && (tag = wrapScalars, wrapScalars = !0);
      let options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
      return new Schema.Schema(options).createNode(value, wrapScalars, tag);
    }
    var Document = class extends Document$1.Document {
      constructor(options) {
        super(Object.assign({}, Document$1.defaultOptions, options));
      }
    };
    function parseAllDocuments(src, options) {
      let stream = [], prev;
      for (let cstDoc of parseCst.parse(src)) {
        let doc = new Document(options);
        doc.parse(cstDoc, prev), stream.push(doc), prev = doc;
      }
      return stream;
    }
    function parseDocument(src, options) {
      let cst = parseCst.parse(src), doc = new Document(options).parse(cst[0]);
      if (cst.length > 1) {
        let errMsg = "Source contains multiple documents; please use YAML.parseAllDocuments()";
        doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
      }
      return doc;
    }
    function parse(src, options) {
      let doc = parseDocument(src, options);
      if (doc.warnings.forEach((warning) => warnings.warn(warning)), doc.errors.length > 0) throw doc.errors[0];
      return doc.toJSON();
    }
    function stringify(value, options) {
      let doc = new Document(options);
      return doc.contents = value, String(doc);
    }
    var YAML = {
      createNode,
      defaultOptions: Document$1.defaultOptions,
      Document,
      parse,
      parseAllDocuments,
      parseCST: parseCst.parse,
      parseDocument,
      scalarOptions: Document$1.scalarOptions,
      stringify
    };
    exports.YAML = YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js"(exports, module) {
    module.exports = require_dist().YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module) {
    var yaml = require_yaml(), errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse(str) {
      if (typeof str != "string")
        return { ok: !1, result: void 0 };
      let YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        return global.YAML_SILENCE_WARNINGS = !0, { ok: !0, result: yaml.parse(str) };
      } catch (err) {
        if (err && errors.has(err.name))
          return { ok: !1, result: void 0 };
        throw err;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str) => typeof str == "string" ? parse(str).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str) => parse(str).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    var json = require_json(), strings = require_strings(), regex = require_regex(), yaml = require_yaml2();
    module.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        let i8 = new Int8Array(mem.buffer), s = "";
        for (; i8[addr] !== 0; )
          s += String.fromCharCode(i8[addr++]);
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0)
        return 0;
      let valueBuf;
      if (value instanceof ArrayBuffer)
        valueBuf = new Uint8Array(value);
      else {
        let valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      let valueBufLen = valueBuf.byteLength, rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      new Uint8Array(memory.buffer).set(valueBuf, rawAddr);
      let parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0)
        throw "failed to parse json value";
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      let rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      let buf = new Uint8Array(memory.buffer), idx = addr;
      for (; buf[idx] !== 0; )
        idx++;
      let utf8View = new Uint8Array(memory.buffer, addr, idx - addr), jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      let builtInName = builtins[builtinId], impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0)
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      let argArray = Array.prototype.slice.apply(arguments), args = [];
      for (let i = 5; i < argArray.length; i++) {
        let jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      let result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      let addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      let abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        let abiVersion = typeof abiVersionGlobal == "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1)
          throw `unsupported ABI version ${abiVersion}`;
      } else
        console.error("opa_wasm_abi_version undefined");
      let abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version, abiMinorVersion;
      abiMinorVersionGlobal !== void 0 ? abiMinorVersion = typeof abiMinorVersionGlobal == "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value : console.error("opa_wasm_abi_minor_version undefined");
      let builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (let key of Object.keys(builtins))
        env.builtins[builtins[key]] = key;
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      let env = {}, isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise, importObject = _importObject(env, memory, customBuiltins), wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      let env = {};
      (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) && (policyWasm = new WebAssembly.Module(policyWasm));
      let wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion, this.mem = memory, this.wasmInstance = policy.instance ? policy.instance : policy, this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {}), this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get(), this.dataHeapPtr = this.baseHeapPtr, this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint != "number")
          if (typeof entrypoint == "string")
            if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint))
              entrypoint = this.entrypoints[entrypoint];
            else
              throw `entrypoint ${entrypoint} is not valid in this instance`;
          else
            throw "entrypoint value is an invalid type, must be either string or number";
        if (this.minorVersion >= 2) {
          let inputBuf = null, inputLen = 0, inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer)
              inputBuf = new Uint8Array(input);
            else {
              let inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr, inputLen = inputBuf.byteLength;
            let delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              let pages = roundup(delta);
              this.mem.grow(pages);
            }
            new Uint8Array(this.mem.buffer).set(inputBuf, this.dataHeapPtr);
          }
          let heapPtr = this.dataHeapPtr + inputLen, ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        let inputAddr = _loadJSON(this.wasmInstance, this.mem, input), ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr), this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr), this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint), this.wasmInstance.exports.eval(ctxAddr);
        let resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        let rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === !0;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr), this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data), this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      return Math.ceil(bytes / 65536);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        typeof memoryDescriptor == "number" && (memoryDescriptor = { initial: memoryDescriptor }), memoryDescriptor.initial = memoryDescriptor.initial || 5;
        let memory = new WebAssembly.Memory(memoryDescriptor), { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        typeof memoryDescriptor == "number" && (memoryDescriptor = { initial: memoryDescriptor }), memoryDescriptor.initial = memoryDescriptor.initial || 5;
        let memory = new WebAssembly.Memory(memoryDescriptor), { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// lib/policy/check.ts
import { readFile as readFile2, realpath } from "node:fs/promises";
import path2 from "node:path";

// lib/policy/cel.ts
function matchesChange(match, change) {
  return match ? !(match.kinds && !match.kinds.includes(change.kind) || match.lifecycles && !(change.lifecycle && match.lifecycles.includes(change.lifecycle)) || match.environments && !(change.environment && match.environments.includes(change.environment))) : !0;
}
function compileCelPolicies(docs) {
  let problems = [], compiled = [];
  for (let doc of docs) {
    let { validations, match } = doc.value.spec;
    if (!validations) continue;
    let rules2 = [];
    validations.forEach((v, i) => {
      let result = compileExpression(v.expression);
      if (typeof result == "string") {
        let pos = doc.at(["spec", "validations", i, "expression"]);
        problems.push({
          file: doc.file,
          ...pos,
          message: `Policy ${doc.name}: validations[${i}].expression does not compile: ${result}`
        });
        return;
      }
      rules2.push({
        id: `${doc.name}/${i}`,
        expression: v.expression,
        message: v.message,
        severity: v.severity ?? "deny",
        run: result
      });
    }), rules2.length > 0 && compiled.push({ match, rules: rules2 });
  }
  return { policies: { rules: compiled.reduce((n, p) => n + p.rules.length, 0), evaluate: (input) => evaluate(compiled, input) }, problems };
}
function evaluate(compiled, input) {
  let results = [], ctx, object = `${input.change.kind}/${input.change.name}`;
  for (let policy of compiled)
    if (matchesChange(policy.match, input.change)) {
      ctx ??= {
        object: toCel(input.object),
        oldObject: toCel(input.oldObject),
        change: toCel(input.change),
        pr: prToCel(input.pr)
      };
      for (let rule of policy.rules) {
        let value = runRule(rule, ctx);
        if (value === !0) continue;
        let failure = (why) => `rule failed to evaluate (${why}), so it denies; expression: ${rule.expression}`, denied = value === !1, message = denied ? rule.message : failure(isCelError(value) ? value.message : `expected a bool, got ${typeName(value)}`), severity = denied ? rule.severity : "deny";
        results.push({ rule: rule.id, severity, object, message, ...input.at && { at: input.at } });
      }
    }
  return results;
}
function runRule(rule, ctx) {
  try {
    return rule.run(ctx);
  } catch (err) {
    return celError(err);
  }
}
function typeName(v) {
  return v === null ? "null" : typeof v == "bigint" ? "int" : typeof v;
}
var lastPr;
function prToCel(pr) {
  return lastPr?.pr !== pr && (lastPr = { pr, value: toCel(pr) }), lastPr.value;
}
function toCel(v, seen = /* @__PURE__ */ new Map()) {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "bigint":
      return v;
    case "number":
      return Number.isSafeInteger(v) ? BigInt(v) : v;
    case "object": {
      if (v === null) return null;
      if (v instanceof Uint8Array) return v;
      let known = seen.get(v);
      if (known !== void 0) return known;
      if (Array.isArray(v)) {
        let items = [], list = celList(items);
        seen.set(v, list);
        for (let item of v) items.push(toCel(item, seen));
        return list;
      }
      let entries = /* @__PURE__ */ new Map(), map = celMap(entries);
      seen.set(v, map);
      for (let [k, item] of Object.entries(v))
        item !== void 0 && entries.set(k, toCel(item, seen));
      return map;
    }
    default:
      return null;
  }
}

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1), loadPolicy = import_opa.default.loadPolicy;

// lib/policy/rego.ts
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
var available;
function hasOpa() {
  return available ??= spawnSync("opa", ["version"], { stdio: "ignore" }).status === 0, available;
}
function regoEntrypoints(source) {
  let pkg = /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(source)?.[1];
  if (!pkg) return [];
  let rules = /* @__PURE__ */ new Set();
  for (let m of source.matchAll(/^((?:deny|violation|warn)(?:_\w+)?)\b/gm)) rules.add(m[1]);
  return [...rules].sort().map((r) => `${pkg.replace(/\./g, "/")}/${r}`);
}
async function compileRego(source, entrypoints) {
  let dir = await mkdtemp(path.join(tmpdir(), "cn-rego-"));
  try {
    let file = path.join(dir, "policy.rego"), out = path.join(dir, "bundle.tar.gz");
    await writeFile(file, source);
    let args = ["build", "-t", "wasm", ...entrypoints.flatMap((e) => ["-e", e]), "-o", out, file];
    return await promisify(execFile)("opa", args, { cwd: dir }).catch(
      (err) => {
        throw new Error(`opa build failed: ${(err.stderr || err.message).trim().split(`
`)[0]}`);
      }
    ), await readFile(out);
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}

// lib/policy/tar.ts
import { gunzipSync } from "node:zlib";
var BundleError = class extends Error {
  name = "BundleError";
}, MAX_BUNDLE_BYTES = 64 * 1024 * 1024, BLOCK = 512;
function gunzip(bytes) {
  if (bytes.length < 2 || bytes[0] !== 31 || bytes[1] !== 139)
    throw new BundleError(
      "not a gzip file; expected a .tar.gz bundle built by `opa build -t wasm`"
    );
  try {
    let out = gunzipSync(bytes, { maxOutputLength: MAX_BUNDLE_BYTES });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    throw new BundleError(`corrupt gzip data: ${err.message}`);
  }
}
function untar(tar) {
  let files = /* @__PURE__ */ new Map(), latin1 = new TextDecoder("latin1"), utf8 = new TextDecoder(), offset = 0, longName;
  for (; offset + BLOCK <= tar.length; ) {
    let header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return files;
    if (!checksumOk(header))
      throw new BundleError(`not a tar archive (bad header checksum at byte ${offset})`);
    let field = (start, length) => utf8.decode(header.subarray(start, start + length)).replace(/\0.*$/s, ""), size = Number.parseInt(latin1.decode(header.subarray(124, 136)).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) throw new BundleError("not a tar archive (bad size)");
    let dataStart = offset + BLOCK, data = tar.subarray(dataStart, dataStart + size);
    if (data.length < size) throw new BundleError("truncated tar archive");
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    let type = String.fromCharCode(header[156] ?? 0);
    if (type === "L") {
      longName = utf8.decode(data).replace(/\0.*$/s, "");
      continue;
    }
    if (type === "x") {
      longName = paxPath(utf8.decode(data)) ?? longName;
      continue;
    }
    let prefix = field(345, 155), name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = void 0, (type === "0" || type === "\0") && files.set(normalize(name), data);
  }
  if (offset === 0) throw new BundleError("not a tar archive (empty)");
  return files;
}
function checksumOk(header) {
  let stored = Number.parseInt(
    new TextDecoder("latin1").decode(header.subarray(148, 156)).replace(/\0.*$/s, "").trim(),
    8
  ), sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i] ?? 0;
  return sum === stored;
}
function paxPath(text) {
  for (let record of text.split(`
`)) {
    let m = /^\d+ path=(.*)$/s.exec(record);
    if (m) return m[1];
  }
}
function normalize(name) {
  return name.replace(/^(\.\/|\/)+/, "");
}

// lib/policy/opa.ts
function readBundle(bytes) {
  let files = untar(gunzip(bytes)), manifest = parseJson(files, ".manifest"), declared = manifest?.wasm?.[0]?.module, wasmPath = typeof declared == "string" ? declared.replace(/^\/+/, "") : "policy.wasm", wasm = files.get(wasmPath);
  if (!wasm) {
    let has = [...files.keys()].join(", ") || "nothing";
    throw new BundleError(
      `bundle has no /${wasmPath} (it has ${has}); build it with \`opa build -t wasm\``
    );
  }
  let data = {};
  for (let name of [...files.keys()].sort()) {
    if (name !== "data.json" && !name.endsWith("/data.json")) continue;
    let keys = name.split("/").slice(0, -1);
    data = mergeAt(data, keys, parseJson(files, name));
  }
  return { wasm, data, manifest };
}
function parseJson(files, name) {
  let bytes = files.get(name);
  if (bytes)
    try {
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (err) {
      throw new BundleError(`/${name} is not valid JSON: ${err.message}`);
    }
}
function mergeAt(base, keys, value) {
  let [key, ...rest] = keys;
  if (key === void 0) {
    if (!isObject(base) || !isObject(value)) return value;
    let out2 = { ...base };
    for (let [k, v] of Object.entries(value)) out2[k] = mergeAt(out2[k], [], v);
    return out2;
  }
  let out = isObject(base) ? { ...base } : {};
  return out[key] = mergeAt(out[key], rest, value), out;
}
function isObject(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
var CONVENTION = /^(deny|violation|warn)(_[A-Za-z0-9_]*)?$/;
function severityOf(entrypoint) {
  return /^warn(_|$)/.test(entrypoint.split("/").at(-1) ?? "") ? "warn" : "deny";
}
function selectEntrypoints(available2, requested) {
  return requested && requested.length > 0 ? {
    entrypoints: requested.filter((e) => available2.includes(e)),
    missing: requested.filter((e) => !available2.includes(e))
  } : { entrypoints: available2.filter((e) => CONVENTION.test(e.split("/").at(-1) ?? "")), missing: [] };
}
function opaResults(resultSet, entrypoint, about) {
  let make = (message, severity = severityOf(entrypoint)) => finding(about, entrypoint, message, severity);
  if (!Array.isArray(resultSet))
    return [make(`rule failed to evaluate (unexpected result ${show(resultSet)})`, "deny")];
  let out = [];
  for (let entry of resultSet) {
    let value = isObject(entry) ? entry.result : void 0;
    value == null || value === !1 || (value === !0 ? out.push(make(`${entrypoint} is true`)) : Array.isArray(value) ? out.push(...value.map((m) => make(messageOf(m)))) : out.push(make(messageOf(value))));
  }
  return out;
}
function finding(about, entrypoint, message, severity) {
  let { policy, object, at } = about;
  return { rule: `${policy}/${entrypoint}`, severity, object, message, ...at && { at } };
}
function messageOf(m) {
  return typeof m == "string" ? m : isObject(m) && typeof m.msg == "string" ? m.msg : show(m);
}
function show(v) {
  return JSON.stringify(v) ?? String(v);
}
function errorText(err) {
  return err instanceof Error ? err.message : typeof err == "string" ? err : isObject(err) && typeof err.message == "string" ? err.message : show(err);
}
var OPA_EXPORTS = [
  "opa_wasm_abi_version",
  "opa_wasm_abi_minor_version",
  "builtins",
  "entrypoints",
  "opa_malloc",
  "opa_json_parse",
  "opa_json_dump",
  "opa_heap_ptr_get",
  "opa_heap_ptr_set"
];
async function instantiate(wasm, data) {
  let module;
  try {
    module = await WebAssembly.compile(new Uint8Array(wasm));
  } catch (err) {
    return `policy.wasm is not a WebAssembly module: ${errorText(err)}`;
  }
  let exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name)), missing = OPA_EXPORTS.filter((e) => !exported.has(e));
  if (missing.length > 0)
    return `policy.wasm is not an OPA policy (it does not export ${missing.join(", ")}); build it with \`opa build -t wasm\``;
  try {
    let policy = await loadPolicy(module);
    return policy.setData(isObject(data) ? data : {}), policy;
  } catch (err) {
    return `policy.wasm does not instantiate as an OPA policy: ${errorText(err)}`;
  }
}
async function loadOpaPolicy(doc, readFile3) {
  let spec = doc.value.spec.opa;
  if (!spec) return { problems: [] };
  let problemAt = (message, path3) => ({
    file: doc.file,
    ...doc.at(path3),
    message: `Policy ${doc.name}: ${message}`
  }), problem = (message) => ({
    problems: [problemAt(message, ["spec", "opa", "bundle"])]
  }), bytes;
  try {
    bytes = await readFile3(spec.bundle);
  } catch (err) {
    let code = err.code;
    return problem(
      code === "ENOENT" ? `OPA bundle ${spec.bundle} not found (the path is relative to the config directory)` : `cannot read OPA bundle ${spec.bundle}: ${errorText(err)}`
    );
  }
  if (spec.bundle.endsWith(".rego")) {
    if (!hasOpa())
      return problem(
        `${spec.bundle} is Rego source, and no \`opa\` is on PATH to compile it; install opa, or point opa.bundle at a bundle built with \`opa build -t wasm\``
      );
    try {
      bytes = await compileRego(
        bytes,
        spec.entrypoints ?? regoEntrypoints(Buffer.from(bytes).toString("utf8"))
      );
    } catch (err) {
      return problem(`${spec.bundle}: ${errorText(err)}`);
    }
  }
  let bundle;
  try {
    bundle = readBundle(bytes);
  } catch (err) {
    if (!(err instanceof BundleError)) throw err;
    return problem(`OPA bundle ${spec.bundle}: ${err.message}`);
  }
  let loaded = await instantiate(bundle.wasm, bundle.data);
  if (typeof loaded == "string") return problem(`OPA bundle ${spec.bundle}: ${loaded}`);
  let available2 = Object.keys(loaded.entrypoints ?? {}).sort(), { entrypoints, missing } = selectEntrypoints(available2, spec.entrypoints), has = available2.join(", ") || "none";
  return missing.length > 0 ? { problems: missing.map(
    (e) => problemAt(`OPA bundle ${spec.bundle} has no entrypoint ${e}; it has: ${has}`, [
      "spec",
      "opa",
      "entrypoints",
      spec.entrypoints?.indexOf(e) ?? 0
    ])
  ) } : entrypoints.length === 0 ? problem(
    `OPA bundle ${spec.bundle} has no deny, violation or warn entrypoint (it has: ${has}); build it with \`-e <package path>/deny\` or name them in opa.entrypoints`
  ) : { policy: { entrypoints, evaluate: (input) => {
    if (!matchesChange(doc.value.spec.match, input.change)) return [];
    let about = {
      policy: doc.name,
      object: `${input.change.kind}/${input.change.name}`,
      ...input.at && { at: input.at }
    }, opaInput = {
      object: input.object ?? null,
      oldObject: input.oldObject ?? null,
      change: input.change,
      pr: input.pr
    };
    return entrypoints.flatMap((entrypoint) => {
      try {
        return opaResults(loaded.evaluate(opaInput, entrypoint), entrypoint, about);
      } catch (err) {
        let message = `rule failed to evaluate (${errorText(err)}), so it denies`;
        return [finding(about, entrypoint, message, "deny")];
      }
    });
  } }, problems: [] };
}

// lib/policy/verdict.ts
function checkPolicy(o) {
  let { changes, trusted, base, head } = o, matrix = resolveMatrix(trusted.config.byKind.DecisionMatrix[0]), fromBase = routeStacks(
    matrix,
    changes.stacks,
    trusted.config.byKind.Composition.map((c) => c.value)
  ), routes = routeStacks(
    matrix,
    changes.stacks,
    head.config.byKind.Composition.map((c) => c.value)
  ).map((r, i) => {
    let b = fromBase[i];
    return b && b.approvals > r.approvals ? { ...r, approvals: b.approvals, backup: b.backup } : r;
  }), results = head.problems.map((p) => ({
    rule: "config/valid",
    severity: "deny",
    object: p.file,
    message: p.message,
    at: p
  })), gates = evaluateGates({
    changes,
    trusted: trusted.config,
    base: base.config,
    head: head.config,
    routes,
    pr: o.pr,
    now: o.now,
    teams: o.teams,
    ...o.autoscaleAuthor !== void 0 ? { autoscaleAuthor: o.autoscaleAuthor } : {},
    ...o.nodePools ? { nodePools: o.nodePools } : {}
  });
  results.push(...gates.results);
  for (let m of o.plans?.missing ?? [])
    results.push({
      rule: "plan/missing",
      severity: "deny",
      object: m.unit,
      message: `no plan of this unit at the head commit (${m.reason}); resource rules and the allow-destroy gate cannot judge it`
    });
  let inputs = ruleInputs(changes, o.pr), judged = evaluatePolicies(o.judged, inputs), previewed = evaluatePolicies(o.previewed, inputs);
  results.push(...judged.problems, ...judged.results, ...previewed.problems);
  let preview = previewed.results.map((r) => ({ ...r, rule: `preview:${r.rule}` }));
  return {
    decision: results.some((r) => r.severity === "deny") ? "deny" : "allow",
    routes,
    results,
    editedPolicies: editedPolicies(changes),
    preview,
    approvals: gates.approvals,
    budgets: gates.budgets,
    preauthorised: gates.preauthorised,
    ...o.plans ? { plans: o.plans } : {}
  };
}
function editedPolicies(changes) {
  return changes.documents.filter((d) => d.kind === "Policy" && d.new).map((d) => d.name).sort();
}
function ruleInputs(changes, pr) {
  let operation = { added: "CREATE", changed: "UPDATE", removed: "DELETE" }, docs = changes.documents.map((d) => {
    let spec = (d.new ?? d.old)?.spec ?? {}, lifecycle = d.kind === "Composition" ? spec.lifecycle : void 0, environment = d.kind === "Service" ? String(spec.env) : d.kind === "Environment" ? d.name : void 0;
    return {
      object: d.new ?? null,
      oldObject: d.old ?? null,
      change: {
        kind: d.kind,
        name: d.name,
        operation: operation[d.change],
        lifecycle,
        environment
      },
      pr,
      at: d.at
    };
  }), operationOf = {
    create: "CREATE",
    update: "UPDATE",
    replace: "UPDATE",
    delete: "DELETE",
    forget: "DELETE"
  }, resources = changes.resources.flatMap((r) => {
    let action = classifyActions(r.actions);
    if (!action || action === "noop" || action === "read") return [];
    let change = {
      kind: "Resource",
      name: r.address,
      operation: operationOf[action],
      lifecycle: layerOfStack(r.stack)
    };
    return [{ object: r, oldObject: null, change, pr }];
  });
  return [...docs, ...resources];
}
function evaluatePolicies(prepared, inputs) {
  let results = [];
  for (let input of inputs) {
    results.push(...prepared.cel.evaluate(input));
    for (let opa2 of prepared.opa) results.push(...opa2.evaluate(input));
  }
  let problems = prepared.problems.map(
    (p) => ({
      rule: "config/policy",
      severity: "deny",
      object: p.file,
      message: p.message,
      at: p
    })
  );
  return { results, problems };
}

// lib/policy/check.ts
var INFRA_DIR = "infra";
async function judgeRepository(o) {
  let found = await changeSet({
    repoDir: o.repoDir,
    base: o.base,
    head: o.head,
    configDir: o.configDir,
    planFiles: o.planFiles
  }), { base, head } = found, changes = o.plans ? { ...found.changes, resources: [...found.changes.resources, ...o.plans.resources] } : found.changes, trusted = changes.base === changes.mergeBase ? base : await snapshotAt(o.repoDir, changes.base, o.configDir), pr = o.pr && { ...o.pr, headSha: o.pr.headSha || changes.head }, blobAt = (commit) => (file) => readBlob(o.repoDir, commit, path2.posix.join(o.configDir, file)), edited = new Set(editedPolicies(changes));
  return checkPolicy({
    changes,
    trusted,
    base,
    head,
    pr,
    now: o.now,
    teams: await resolveTeams(trusted.config, pr, o.isTeamMember),
    autoscaleAuthor: o.autoscaleAuthor ?? DEFAULT_AUTOSCALE_AUTHOR,
    nodePools: await nodePoolFiles(o.repoDir, changes),
    // Bundles are read from the base branch: the PR cannot swap the policy it is judged by.
    judged: await preparePolicies(
      trusted.config.byKind.Policy,
      blobAt(changes.base),
      trusted.config.dir
    ),
    // Previews run the PR's CEL rules only: its OPA bundles are code from the PR, and run
    // once merged, never before.
    previewed: await preparePolicies(
      head.config.byKind.Policy.filter((p) => edited.has(p.name) && p.value.spec.validations),
      blobAt(changes.head),
      head.config.dir
    ),
    ...o.plans ? { plans: o.plans.coverage } : {}
  });
}
async function nodePoolFiles(repoDir, changes) {
  let paths = changes.stacks.filter((s) => s.layer === "k8s-base").flatMap((s) => s.files.map((f) => f.path)).filter((f) => f.startsWith("node-pool/")), file = (p) => `${INFRA_DIR}/${p}`, blobs = await readBlobs(
    repoDir,
    paths.flatMap((p) => [
      { commit: changes.mergeBase, file: file(p) },
      { commit: changes.head, file: file(p) }
    ])
  );
  return paths.map((p, i) => ({
    path: p,
    file: file(p),
    before: blobs[2 * i],
    after: blobs[2 * i + 1]
  }));
}
async function preparePolicies(docs, readFile3, root) {
  let { policies: cel, problems } = compileCelPolicies(
    docs.filter((p) => p.value.spec.validations)
  ), opa2 = [];
  for (let doc of docs.filter((p) => p.value.spec.opa)) {
    let loaded = await loadOpaPolicy(doc, readFile3);
    problems.push(...loaded.problems), loaded.policy && opa2.push(loaded.policy);
  }
  return { cel, opa: opa2, problems: underRoot(root, problems) };
}
async function resolveTeams(trusted, pr, isTeamMember) {
  let approvers = [
    ...new Set((pr?.reviews ?? []).filter((r) => r.state === "APPROVED").map((r) => r.user))
  ], owners = [
    ...trusted.byKind.Platform[0]?.value.spec.owners ?? [],
    ...trusted.byKind.Tenant.flatMap((t) => t.value.spec.owners),
    ...trusted.byKind.Project.flatMap((p) => p.value.spec.owners)
  ], teams = /* @__PURE__ */ new Map();
  for (let team of new Set(owners.filter((w) => w.startsWith("@")))) {
    let members = /* @__PURE__ */ new Set();
    for (let user of approvers) await isTeamMember(team, user) && members.add(user);
    teams.set(team, members);
  }
  return teams;
}
async function judgeWholeConfig(configDir, now) {
  let repoDir = await gitText(path2.resolve(configDir), ["rev-parse", "--show-toplevel"]).then((t) => t.trim()).catch(() => {
  }), head = repoDir === void 0 ? void 0 : await gitText(repoDir, ["rev-parse", "--verify", "HEAD^{commit}"]).then((t) => t.trim()).catch(() => {
  });
  if (repoDir === void 0 || head === void 0)
    return judgeAsNew(configDir, now, "Not a git repository (or no commit yet)");
  let configRel = path2.relative(repoDir, await realpath(configDir)).split(path2.sep).join("/");
  if (configRel === ".." || configRel.startsWith("../"))
    return judgeAsNew(configDir, now, `\`${configDir}\` is outside the git repository`);
  let dirs = [configRel, "templates", "infra"], work = await workTreeCommit(repoDir, dirs), verdict = await judgeRepository({
    repoDir,
    base: head,
    head: work,
    configDir: configRel,
    planFiles: [],
    pr: null,
    isTeamMember: async () => !1,
    now
  }), short = head.slice(0, 7), scope = work === head ? `No pull request: the work tree judged against HEAD (\`${short}\`). Nothing in ${dirs.map((d) => `\`${d}/\``).join(", ")} differs from it: no change, nothing to judge.` : `No pull request: the work tree's uncommitted edits judged against HEAD (\`${short}\`), as a pull request of them would be.`;
  return { ...verdict, scope };
}
async function judgeAsNew(configDir, now, why) {
  let snapshot = await validateConfig(configDir), { config } = snapshot, documents = config.docs.map((d) => ({
    kind: d.kind,
    name: d.name,
    change: "added",
    new: d.value,
    at: { root: configDir, file: d.file, ...d.at(["metadata", "name"]) }
  })), stacks = snapshot.problems.length > 0 ? [] : buildModel(config).stacks.map((s) => ({
    unit: `stacks/${s.layer}/${s.region.name}`,
    layer: s.layer,
    region: s.region.name,
    files: []
  })), changes = {
    base: "",
    head: "",
    mergeBase: "",
    documents,
    stacks,
    resources: [],
    guarded: []
  }, readConfigFile = (file) => readFile2(path2.join(configDir, file));
  return {
    ...checkPolicy({
      changes,
      trusted: snapshot,
      base: snapshot,
      head: snapshot,
      pr: null,
      now,
      teams: /* @__PURE__ */ new Map(),
      judged: await preparePolicies(config.byKind.Policy, readConfigFile, configDir),
      // Nothing is edited: every document counts as new, so there is nothing to preview.
      previewed: await preparePolicies([], readConfigFile, configDir)
    }),
    // Every policy counts as new too, yet none is a PR's edit: there is no preview.
    editedPolicies: [],
    preview: [],
    scope: `${why}: nothing committed to compare with, so every document of \`${configDir}\` is judged as new.`
  };
}
export {
  judgeRepository,
  judgeWholeConfig,
  preparePolicies
};
