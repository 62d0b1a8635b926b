import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  CORE_SCHEMA,
  loadAll
} from "./chunk-WAWDWLZY.js";
import {
  KindNames
} from "./chunk-R6XTO7R2.js";
import {
  ConfigurationError,
  UsageError,
  errorMessage,
  sortProblems
} from "./chunk-Q3YCBL2Q.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BOG7BZ5N.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS2 = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS2, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS2:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS2;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      let ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path2, ctrl), visit_(key, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      let ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path2, ctrl), visitAsync_(key, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor == "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
    }
    function replaceNode(key, path2, node) {
      let parent = path2[path2.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        let k = path2[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 == "object" && !!path2[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          let [key, ...rest] = path2, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        let [key, ...rest] = path2, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        let [key, ...rest] = path2;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
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
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
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
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
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
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
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
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
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
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
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
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        assertCollection(this.contents) && this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path2) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        return Collection.isEmptyPath(path2) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path2) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        Collection.isEmptyPath(path2) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value) : assertCollection(this.contents) && this.contents.setIn(path2, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (let [field, index] of path2) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      let parent = visit2.itemAtPath(cst, path2.slice(0, -1)), field = path2[path2.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path2));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// lib/model/load.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var import_yaml3 = __toESM(require_dist(), 1);

// lib/model/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function locate(doc, counter, path2, key = !1) {
  let node = doc.contents, offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path2.length && node; i++) {
    let segment = path2[i], last = i === path2.length - 1, next;
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      if (last && key && (0, import_yaml.isScalar)(pair.key) && pair.key.range) {
        offset = pair.key.range[0];
        break;
      }
      next = pair.value, !next && (0, import_yaml.isScalar)(pair.key) && (offset = pair.key.range?.[0] ?? offset);
    } else (0, import_yaml.isSeq)(node) && (next = node.items[Number(segment)]);
    node = next, node?.range && (offset = node.range[0]);
  }
  let { line, col } = counter.linePos(offset);
  return { line, column: col };
}

// lib/model/validators.ts
var Platform = validate10, schema11 = { additionalProperties: !1, description: "One per repository: DNS providers, metrics, Terraform, state backend.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Platform", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["repository", "owners", "dns", "stateBackend"], properties: { repository: { allOf: [{ pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", description: "owner/name of a GitHub repository", type: "string" }], description: "owner/name of this repository; scopes the OIDC trust of apply", examples: ["acme/platform"] }, owners: { minItems: 1, description: "platform owners: they approve changes no tenant or project owns", examples: [["@acme/platform-team", "alice-tanaka"]], type: "array", items: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", description: "a GitHub user (octocat) or team (@org/team)", examples: ["@acme/platform"], type: "string" } }, dns: { additionalProperties: !1, description: "where the public names' records live", type: "object", required: ["providers"], properties: { providers: { minItems: 1, description: "the DNS providers GTM may write to", type: "array", items: { additionalProperties: !1, description: "one DNS provider", type: "object", required: ["name", "type"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "how GtmPolicy documents refer to this provider", examples: ["pdns"] }, type: { type: "string", enum: ["zonefile", "powerdns", "cloudflare", "route53", "alidns"], description: "the DNS service: zonefile writes zone files into the repository; powerdns and cloudflare are reached through their HTTP APIs", examples: ["powerdns"] }, url: { allOf: [{ pattern: "^https?://[^\\s\"'`$]+$", description: "an http:// or https:// URL without blanks, quotes, backquotes or $", examples: ["http://127.0.0.1:9090"], type: "string" }], description: "the provider's API endpoint (powerdns: its webserver)", examples: ["http://127.0.0.1:8081"] }, serverId: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "PowerDNS server id", examples: ["localhost"], default: "localhost" }, credentials: { additionalProperties: !1, description: "a secret by reference: the name of an environment variable, never the value", type: "object", required: ["tokenEnv"], properties: { tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "the environment variable that holds the secret when a workflow or the CLI runs", examples: ["PDNS_API_KEY"] } } } } } } } }, metrics: { additionalProperties: !1, description: "where health and capacity metrics are read for every region without its own (Region.spec.metrics)", type: "object", required: ["prometheus"], properties: { prometheus: { additionalProperties: !1, description: "a Prometheus-compatible query API (Prometheus, Thanos Query, Mimir) source", type: "object", required: ["url"], properties: { url: { allOf: [{ pattern: "^https?://[^\\s\"'`$]+$", description: "an http:// or https:// URL without blanks, quotes, backquotes or $", examples: ["http://127.0.0.1:9090"], type: "string" }], description: "the Prometheus-compatible query API (Prometheus, Thanos Query, Mimir) base URL; credentials in it are sent as basic auth", examples: ["http://127.0.0.1:9090"] }, tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "the environment variable holding a bearer token for it, if it needs one", examples: ["PROMETHEUS_TOKEN"] } } } } }, logs: { additionalProperties: !1, description: "where logs are read for every region without its own (Region.spec.logs)", type: "object", required: ["loki"], properties: { loki: { additionalProperties: !1, description: "a Loki HTTP API source", type: "object", required: ["url"], properties: { url: { allOf: [{ pattern: "^https?://[^\\s\"'`$]+$", description: "an http:// or https:// URL without blanks, quotes, backquotes or $", examples: ["http://127.0.0.1:9090"], type: "string" }], description: "the Loki HTTP API base URL; credentials in it are sent as basic auth", examples: ["http://127.0.0.1:3100"] }, tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "the environment variable holding a bearer token for it, if it needs one", examples: ["PROMETHEUS_TOKEN"] } } } } }, terraform: { additionalProperties: !1, description: "the Terraform binary and version of the rendered stacks", type: "object", required: ["binary"], properties: { binary: { type: "string", enum: ["terraform", "tofu"], description: "the IaC binary stacks run with: Terraform or OpenTofu", examples: ["terraform"] }, version: { allOf: [{ pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", description: "a version such as 1.10 or 1.10.5", type: "string" }], description: "the version rendered stacks require (required_version); an s3 state backend needs 1.10 or later (lockfile locking)", examples: ["1.10"] } } }, stateBackend: { additionalProperties: !1, description: "a Terraform state backend", type: "object", required: ["type"], properties: { type: { type: "string", enum: ["s3", "gcs", "oss", "pg", "local"], description: "where Terraform state lives: s3 (AWS, or an S3-compatible store with endpoint), gcs (GCP), oss (Alibaba Cloud), pg (PostgreSQL, on-prem), local (files; tests and trials only)", examples: ["s3"] }, bucket: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket of the state", examples: ["acme-state"] }, region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket's cloud region", examples: ["ap-northeast-1"] }, prefix: { allOf: [{ pattern: "^[a-z0-9/_-]+$", description: "lower-case letters, digits and / _ -", type: "string" }], description: "key prefix of every stack's state in the bucket", examples: ["stacks"] }, endpoint: { allOf: [{ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", description: "an http(s) URL of host and port", type: "string" }], description: "s3 only: an S3-compatible store (MinIO, Ceph) instead of AWS; its keys come from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", examples: ["https://minio.dc1.example.com:9000"] }, schema: { allOf: [{ pattern: "^[a-z_][a-z0-9_]{0,62}$", description: "a PostgreSQL identifier", type: "string" }], description: "pg only: the prefix of each stack's schema (the connection string comes from PG_CONN_STR)", examples: ["cloudneutral"] } } }, stateBackends: { additionalProperties: !1, description: "a state backend per provider, so that a stack needs only its own cloud's credentials: s3 (aws), gcs (gcp), oss (alicloud), pg or s3 with an endpoint (onprem); local anywhere", type: "object", properties: { aws: { additionalProperties: !1, description: "a Terraform state backend", type: "object", required: ["type"], properties: { type: { type: "string", enum: ["s3", "gcs", "oss", "pg", "local"], description: "where Terraform state lives: s3 (AWS, or an S3-compatible store with endpoint), gcs (GCP), oss (Alibaba Cloud), pg (PostgreSQL, on-prem), local (files; tests and trials only)", examples: ["s3"] }, bucket: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket of the state", examples: ["acme-state"] }, region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket's cloud region", examples: ["ap-northeast-1"] }, prefix: { allOf: [{ pattern: "^[a-z0-9/_-]+$", description: "lower-case letters, digits and / _ -", type: "string" }], description: "key prefix of every stack's state in the bucket", examples: ["stacks"] }, endpoint: { allOf: [{ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", description: "an http(s) URL of host and port", type: "string" }], description: "s3 only: an S3-compatible store (MinIO, Ceph) instead of AWS; its keys come from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", examples: ["https://minio.dc1.example.com:9000"] }, schema: { allOf: [{ pattern: "^[a-z_][a-z0-9_]{0,62}$", description: "a PostgreSQL identifier", type: "string" }], description: "pg only: the prefix of each stack's schema (the connection string comes from PG_CONN_STR)", examples: ["cloudneutral"] } } }, gcp: { additionalProperties: !1, description: "a Terraform state backend", type: "object", required: ["type"], properties: { type: { type: "string", enum: ["s3", "gcs", "oss", "pg", "local"], description: "where Terraform state lives: s3 (AWS, or an S3-compatible store with endpoint), gcs (GCP), oss (Alibaba Cloud), pg (PostgreSQL, on-prem), local (files; tests and trials only)", examples: ["s3"] }, bucket: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket of the state", examples: ["acme-state"] }, region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket's cloud region", examples: ["ap-northeast-1"] }, prefix: { allOf: [{ pattern: "^[a-z0-9/_-]+$", description: "lower-case letters, digits and / _ -", type: "string" }], description: "key prefix of every stack's state in the bucket", examples: ["stacks"] }, endpoint: { allOf: [{ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", description: "an http(s) URL of host and port", type: "string" }], description: "s3 only: an S3-compatible store (MinIO, Ceph) instead of AWS; its keys come from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", examples: ["https://minio.dc1.example.com:9000"] }, schema: { allOf: [{ pattern: "^[a-z_][a-z0-9_]{0,62}$", description: "a PostgreSQL identifier", type: "string" }], description: "pg only: the prefix of each stack's schema (the connection string comes from PG_CONN_STR)", examples: ["cloudneutral"] } } }, alicloud: { additionalProperties: !1, description: "a Terraform state backend", type: "object", required: ["type"], properties: { type: { type: "string", enum: ["s3", "gcs", "oss", "pg", "local"], description: "where Terraform state lives: s3 (AWS, or an S3-compatible store with endpoint), gcs (GCP), oss (Alibaba Cloud), pg (PostgreSQL, on-prem), local (files; tests and trials only)", examples: ["s3"] }, bucket: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket of the state", examples: ["acme-state"] }, region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket's cloud region", examples: ["ap-northeast-1"] }, prefix: { allOf: [{ pattern: "^[a-z0-9/_-]+$", description: "lower-case letters, digits and / _ -", type: "string" }], description: "key prefix of every stack's state in the bucket", examples: ["stacks"] }, endpoint: { allOf: [{ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", description: "an http(s) URL of host and port", type: "string" }], description: "s3 only: an S3-compatible store (MinIO, Ceph) instead of AWS; its keys come from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", examples: ["https://minio.dc1.example.com:9000"] }, schema: { allOf: [{ pattern: "^[a-z_][a-z0-9_]{0,62}$", description: "a PostgreSQL identifier", type: "string" }], description: "pg only: the prefix of each stack's schema (the connection string comes from PG_CONN_STR)", examples: ["cloudneutral"] } } }, onprem: { additionalProperties: !1, description: "a Terraform state backend", type: "object", required: ["type"], properties: { type: { type: "string", enum: ["s3", "gcs", "oss", "pg", "local"], description: "where Terraform state lives: s3 (AWS, or an S3-compatible store with endpoint), gcs (GCP), oss (Alibaba Cloud), pg (PostgreSQL, on-prem), local (files; tests and trials only)", examples: ["s3"] }, bucket: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket of the state", examples: ["acme-state"] }, region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the bucket's cloud region", examples: ["ap-northeast-1"] }, prefix: { allOf: [{ pattern: "^[a-z0-9/_-]+$", description: "lower-case letters, digits and / _ -", type: "string" }], description: "key prefix of every stack's state in the bucket", examples: ["stacks"] }, endpoint: { allOf: [{ pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", description: "an http(s) URL of host and port", type: "string" }], description: "s3 only: an S3-compatible store (MinIO, Ceph) instead of AWS; its keys come from the job's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", examples: ["https://minio.dc1.example.com:9000"] }, schema: { allOf: [{ pattern: "^[a-z_][a-z0-9_]{0,62}$", description: "a PostgreSQL identifier", type: "string" }], description: "pg only: the prefix of each stack's schema (the connection string comes from PG_CONN_STR)", examples: ["cloudneutral"] } } } } }, defaultBranch: { allOf: [{ pattern: "^[A-Za-z0-9._/-]+$", description: "a branch name of letters, digits and . _ / -", type: "string" }], description: "the branch apply and the drift check run on; plan identities trust its jobs without an Environment", examples: ["main"], default: "main" }, statusBranch: { allOf: [{ pattern: "^[A-Za-z0-9._/-]+$", description: "a branch name of letters, digits and . _ / -", type: "string" }], description: "the branch where apply, gtm-reconcile and autoscale-propose record what they did", examples: ["cloudneutral/status"], default: "cloudneutral/status" }, moduleSources: { uniqueItems: !0, description: "prefixes a Composition's module.source must start with, e.g. terraform-aws-modules/ or git::https://github.com/acme/modules.git//; end each with / so that no other repository or namespace matches; no Composition is allowed without one", examples: [["terraform-aws-modules/", "git::https://github.com/acme/modules.git//"]], type: "array", items: { minLength: 1, maxLength: 500, type: "string" } } } } } }, pattern0 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u"), pattern1 = new RegExp("^[a-z0-9./-]+$", "u"), pattern2 = new RegExp("^(.*)$", "u"), pattern3 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", "u"), pattern4 = new RegExp("^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", "u"), pattern6 = new RegExp("^https?://[^\\s\"'`$]+$", "u"), pattern8 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u"), pattern13 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u"), pattern16 = new RegExp("^[a-z0-9/_-]+$", "u"), pattern17 = new RegExp("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", "u"), pattern18 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u"), pattern39 = new RegExp("^[A-Za-z0-9._/-]+$", "u"), func2 = Object.prototype.hasOwnProperty, func3 = require_ucs2length().default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.apiVersion.type, parentSchema: schema11.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema11.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.kind.type, parentSchema: schema11.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Platform") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Platform" }, message: "must be equal to constant", schema: "Platform", parentSchema: schema11.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.allOf[0].type, parentSchema: schema11.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema11.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.labels.type, parentSchema: schema11.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.annotations.type, parentSchema: schema11.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.repository === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.owners === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.dns === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "dns" }, message: "must have required property 'dns'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.stateBackend === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "stateBackend" }, message: "must have required property 'stateBackend'", schema: schema11.properties.spec.required, parentSchema: schema11.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema11.properties.spec.properties, key4)) {
            let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data8.repository !== void 0) {
          let data9 = data8.repository;
          if (typeof data9 == "string") {
            if (!pattern3.test(data9)) {
              let err23 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", parentSchema: schema11.properties.spec.properties.repository.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.repository.allOf[0].type, parentSchema: schema11.properties.spec.properties.repository.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data8.owners !== void 0) {
          let data10 = data8.owners;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              let err25 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.spec.properties.owners, data: data10 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            let len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (typeof data11 == "string") {
                if (!pattern4.test(data11)) {
                  let err26 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$" }, message: 'must match pattern "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$"', schema: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", parentSchema: schema11.properties.spec.properties.owners.items, data: data11 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              } else {
                let err27 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.owners.items.type, parentSchema: schema11.properties.spec.properties.owners.items, data: data11 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
          } else {
            let err28 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.owners.type, parentSchema: schema11.properties.spec.properties.owners, data: data10 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data8.dns !== void 0) {
          let data12 = data8.dns;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.providers === void 0) {
              let err29 = { instancePath: instancePath + "/spec/dns", schemaPath: "#/properties/spec/properties/dns/required", keyword: "required", params: { missingProperty: "providers" }, message: "must have required property 'providers'", schema: schema11.properties.spec.properties.dns.required, parentSchema: schema11.properties.spec.properties.dns, data: data12 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            for (let key5 in data12)
              if (key5 !== "providers") {
                let err30 = { instancePath: instancePath + "/spec/dns", schemaPath: "#/properties/spec/properties/dns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.dns, data: data12 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            if (data12.providers !== void 0) {
              let data13 = data12.providers;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  let err31 = { instancePath: instancePath + "/spec/dns/providers", schemaPath: "#/properties/spec/properties/dns/properties/providers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.spec.properties.dns.properties.providers, data: data13 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                let len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data14 = data13[i1];
                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    if (data14.name === void 0) {
                      let err32 = { instancePath: instancePath + "/spec/dns/providers/" + i1, schemaPath: "#/properties/spec/properties/dns/properties/providers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.spec.properties.dns.properties.providers.items.required, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items, data: data14 };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                    if (data14.type === void 0) {
                      let err33 = { instancePath: instancePath + "/spec/dns/providers/" + i1, schemaPath: "#/properties/spec/properties/dns/properties/providers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.dns.properties.providers.items.required, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items, data: data14 };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                    for (let key6 in data14)
                      if (!(key6 === "name" || key6 === "type" || key6 === "url" || key6 === "serverId" || key6 === "credentials")) {
                        let err34 = { instancePath: instancePath + "/spec/dns/providers/" + i1, schemaPath: "#/properties/spec/properties/dns/properties/providers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items, data: data14 };
                        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                      }
                    if (data14.name !== void 0) {
                      let data15 = data14.name;
                      if (typeof data15 == "string") {
                        if (!pattern0.test(data15)) {
                          let err35 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/name", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.name.allOf[0], data: data15 };
                          vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                        }
                      } else {
                        let err36 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/name", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.name.allOf[0].type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.name.allOf[0], data: data15 };
                        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                      }
                    }
                    if (data14.type !== void 0) {
                      let data16 = data14.type;
                      if (typeof data16 != "string") {
                        let err37 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/type", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.type.type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.type, data: data16 };
                        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                      }
                      if (!(data16 === "zonefile" || data16 === "powerdns" || data16 === "cloudflare" || data16 === "route53" || data16 === "alidns")) {
                        let err38 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/type", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.dns.properties.providers.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.type.enum, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.type, data: data16 };
                        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                      }
                    }
                    if (data14.url !== void 0) {
                      let data17 = data14.url;
                      if (typeof data17 == "string") {
                        if (!pattern6.test(data17)) {
                          let err39 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/url", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/url/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"', schema: "^https?://[^\\s\"'`$]+$", parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.url.allOf[0], data: data17 };
                          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                        }
                      } else {
                        let err40 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/url", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/url/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.url.allOf[0].type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.url.allOf[0], data: data17 };
                        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                      }
                    }
                    if (data14.serverId !== void 0) {
                      let data18 = data14.serverId;
                      if (typeof data18 == "string") {
                        if (!pattern0.test(data18)) {
                          let err41 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/serverId", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/serverId/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.serverId.allOf[0], data: data18 };
                          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                        }
                      } else {
                        let err42 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/serverId", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/serverId/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.serverId.allOf[0].type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.serverId.allOf[0], data: data18 };
                        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                      }
                    }
                    if (data14.credentials !== void 0) {
                      let data19 = data14.credentials;
                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.tokenEnv === void 0) {
                          let err43 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/credentials", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/credentials/required", keyword: "required", params: { missingProperty: "tokenEnv" }, message: "must have required property 'tokenEnv'", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials.required, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials, data: data19 };
                          vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                        }
                        for (let key7 in data19)
                          if (key7 !== "tokenEnv") {
                            let err44 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/credentials", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/credentials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials, data: data19 };
                            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                          }
                        if (data19.tokenEnv !== void 0) {
                          let data20 = data19.tokenEnv;
                          if (typeof data20 == "string") {
                            if (!pattern8.test(data20)) {
                              let err45 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/credentials/tokenEnv", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/credentials/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials.properties.tokenEnv.allOf[0], data: data20 };
                              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                            }
                          } else {
                            let err46 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/credentials/tokenEnv", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/credentials/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials.properties.tokenEnv.allOf[0].type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials.properties.tokenEnv.allOf[0], data: data20 };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                          }
                        }
                      } else {
                        let err47 = { instancePath: instancePath + "/spec/dns/providers/" + i1 + "/credentials", schemaPath: "#/properties/spec/properties/dns/properties/providers/items/properties/credentials/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials.type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items.properties.credentials, data: data19 };
                        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                      }
                    }
                  } else {
                    let err48 = { instancePath: instancePath + "/spec/dns/providers/" + i1, schemaPath: "#/properties/spec/properties/dns/properties/providers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.dns.properties.providers.items.type, parentSchema: schema11.properties.spec.properties.dns.properties.providers.items, data: data14 };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                }
              } else {
                let err49 = { instancePath: instancePath + "/spec/dns/providers", schemaPath: "#/properties/spec/properties/dns/properties/providers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.dns.properties.providers.type, parentSchema: schema11.properties.spec.properties.dns.properties.providers, data: data13 };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
          } else {
            let err50 = { instancePath: instancePath + "/spec/dns", schemaPath: "#/properties/spec/properties/dns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.dns.type, parentSchema: schema11.properties.spec.properties.dns, data: data12 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
        if (data8.metrics !== void 0) {
          let data21 = data8.metrics;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.prometheus === void 0) {
              let err51 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/required", keyword: "required", params: { missingProperty: "prometheus" }, message: "must have required property 'prometheus'", schema: schema11.properties.spec.properties.metrics.required, parentSchema: schema11.properties.spec.properties.metrics, data: data21 };
              vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
            }
            for (let key8 in data21)
              if (key8 !== "prometheus") {
                let err52 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.metrics, data: data21 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            if (data21.prometheus !== void 0) {
              let data22 = data21.prometheus;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.url === void 0) {
                  let err53 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.spec.properties.metrics.properties.prometheus.required, parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus, data: data22 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
                for (let key9 in data22)
                  if (!(key9 === "url" || key9 === "tokenEnv")) {
                    let err54 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus, data: data22 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                if (data22.url !== void 0) {
                  let data23 = data22.url;
                  if (typeof data23 == "string") {
                    if (!pattern6.test(data23)) {
                      let err55 = { instancePath: instancePath + "/spec/metrics/prometheus/url", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/url/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"', schema: "^https?://[^\\s\"'`$]+$", parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0], data: data23 };
                      vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                    }
                  } else {
                    let err56 = { instancePath: instancePath + "/spec/metrics/prometheus/url", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/url/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0].type, parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0], data: data23 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                }
                if (data22.tokenEnv !== void 0) {
                  let data24 = data22.tokenEnv;
                  if (typeof data24 == "string") {
                    if (!pattern8.test(data24)) {
                      let err57 = { instancePath: instancePath + "/spec/metrics/prometheus/tokenEnv", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0], data: data24 };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                  } else {
                    let err58 = { instancePath: instancePath + "/spec/metrics/prometheus/tokenEnv", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0].type, parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0], data: data24 };
                    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                  }
                }
              } else {
                let err59 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.metrics.properties.prometheus.type, parentSchema: schema11.properties.spec.properties.metrics.properties.prometheus, data: data22 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
          } else {
            let err60 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.metrics.type, parentSchema: schema11.properties.spec.properties.metrics, data: data21 };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
        if (data8.logs !== void 0) {
          let data25 = data8.logs;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.loki === void 0) {
              let err61 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/required", keyword: "required", params: { missingProperty: "loki" }, message: "must have required property 'loki'", schema: schema11.properties.spec.properties.logs.required, parentSchema: schema11.properties.spec.properties.logs, data: data25 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
            for (let key10 in data25)
              if (key10 !== "loki") {
                let err62 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.logs, data: data25 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            if (data25.loki !== void 0) {
              let data26 = data25.loki;
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.url === void 0) {
                  let err63 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.spec.properties.logs.properties.loki.required, parentSchema: schema11.properties.spec.properties.logs.properties.loki, data: data26 };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
                for (let key11 in data26)
                  if (!(key11 === "url" || key11 === "tokenEnv")) {
                    let err64 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.logs.properties.loki, data: data26 };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                if (data26.url !== void 0) {
                  let data27 = data26.url;
                  if (typeof data27 == "string") {
                    if (!pattern6.test(data27)) {
                      let err65 = { instancePath: instancePath + "/spec/logs/loki/url", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/url/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"', schema: "^https?://[^\\s\"'`$]+$", parentSchema: schema11.properties.spec.properties.logs.properties.loki.properties.url.allOf[0], data: data27 };
                      vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                    }
                  } else {
                    let err66 = { instancePath: instancePath + "/spec/logs/loki/url", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/url/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.logs.properties.loki.properties.url.allOf[0].type, parentSchema: schema11.properties.spec.properties.logs.properties.loki.properties.url.allOf[0], data: data27 };
                    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                  }
                }
                if (data26.tokenEnv !== void 0) {
                  let data28 = data26.tokenEnv;
                  if (typeof data28 == "string") {
                    if (!pattern8.test(data28)) {
                      let err67 = { instancePath: instancePath + "/spec/logs/loki/tokenEnv", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema11.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0], data: data28 };
                      vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                    }
                  } else {
                    let err68 = { instancePath: instancePath + "/spec/logs/loki/tokenEnv", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0].type, parentSchema: schema11.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0], data: data28 };
                    vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                  }
                }
              } else {
                let err69 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.logs.properties.loki.type, parentSchema: schema11.properties.spec.properties.logs.properties.loki, data: data26 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
          } else {
            let err70 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.logs.type, parentSchema: schema11.properties.spec.properties.logs, data: data25 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        }
        if (data8.terraform !== void 0) {
          let data29 = data8.terraform;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.binary === void 0) {
              let err71 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/required", keyword: "required", params: { missingProperty: "binary" }, message: "must have required property 'binary'", schema: schema11.properties.spec.properties.terraform.required, parentSchema: schema11.properties.spec.properties.terraform, data: data29 };
              vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
            }
            for (let key12 in data29)
              if (!(key12 === "binary" || key12 === "version")) {
                let err72 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.terraform, data: data29 };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            if (data29.binary !== void 0) {
              let data30 = data29.binary;
              if (typeof data30 != "string") {
                let err73 = { instancePath: instancePath + "/spec/terraform/binary", schemaPath: "#/properties/spec/properties/terraform/properties/binary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.terraform.properties.binary.type, parentSchema: schema11.properties.spec.properties.terraform.properties.binary, data: data30 };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
              if (!(data30 === "terraform" || data30 === "tofu")) {
                let err74 = { instancePath: instancePath + "/spec/terraform/binary", schemaPath: "#/properties/spec/properties/terraform/properties/binary/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.terraform.properties.binary.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.terraform.properties.binary.enum, parentSchema: schema11.properties.spec.properties.terraform.properties.binary, data: data30 };
                vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
              }
            }
            if (data29.version !== void 0) {
              let data31 = data29.version;
              if (typeof data31 == "string") {
                if (!pattern13.test(data31)) {
                  let err75 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"', schema: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", parentSchema: schema11.properties.spec.properties.terraform.properties.version.allOf[0], data: data31 };
                  vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                }
              } else {
                let err76 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.terraform.properties.version.allOf[0].type, parentSchema: schema11.properties.spec.properties.terraform.properties.version.allOf[0], data: data31 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
          } else {
            let err77 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.terraform.type, parentSchema: schema11.properties.spec.properties.terraform, data: data29 };
            vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
          }
        }
        if (data8.stateBackend !== void 0) {
          let data32 = data8.stateBackend;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.type === void 0) {
              let err78 = { instancePath: instancePath + "/spec/stateBackend", schemaPath: "#/properties/spec/properties/stateBackend/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.stateBackend.required, parentSchema: schema11.properties.spec.properties.stateBackend, data: data32 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
            for (let key13 in data32)
              if (!(key13 === "type" || key13 === "bucket" || key13 === "region" || key13 === "prefix" || key13 === "endpoint" || key13 === "schema")) {
                let err79 = { instancePath: instancePath + "/spec/stateBackend", schemaPath: "#/properties/spec/properties/stateBackend/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackend, data: data32 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            if (data32.type !== void 0) {
              let data33 = data32.type;
              if (typeof data33 != "string") {
                let err80 = { instancePath: instancePath + "/spec/stateBackend/type", schemaPath: "#/properties/spec/properties/stateBackend/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.type.type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.type, data: data33 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
              if (!(data33 === "s3" || data33 === "gcs" || data33 === "oss" || data33 === "pg" || data33 === "local")) {
                let err81 = { instancePath: instancePath + "/spec/stateBackend/type", schemaPath: "#/properties/spec/properties/stateBackend/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.stateBackend.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.stateBackend.properties.type.enum, parentSchema: schema11.properties.spec.properties.stateBackend.properties.type, data: data33 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
            if (data32.bucket !== void 0) {
              let data34 = data32.bucket;
              if (typeof data34 == "string") {
                if (!pattern0.test(data34)) {
                  let err82 = { instancePath: instancePath + "/spec/stateBackend/bucket", schemaPath: "#/properties/spec/properties/stateBackend/properties/bucket/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackend.properties.bucket.allOf[0], data: data34 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/spec/stateBackend/bucket", schemaPath: "#/properties/spec/properties/stateBackend/properties/bucket/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.bucket.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.bucket.allOf[0], data: data34 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data32.region !== void 0) {
              let data35 = data32.region;
              if (typeof data35 == "string") {
                if (!pattern0.test(data35)) {
                  let err84 = { instancePath: instancePath + "/spec/stateBackend/region", schemaPath: "#/properties/spec/properties/stateBackend/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackend.properties.region.allOf[0], data: data35 };
                  vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                }
              } else {
                let err85 = { instancePath: instancePath + "/spec/stateBackend/region", schemaPath: "#/properties/spec/properties/stateBackend/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.region.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.region.allOf[0], data: data35 };
                vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
              }
            }
            if (data32.prefix !== void 0) {
              let data36 = data32.prefix;
              if (typeof data36 == "string") {
                if (!pattern16.test(data36)) {
                  let err86 = { instancePath: instancePath + "/spec/stateBackend/prefix", schemaPath: "#/properties/spec/properties/stateBackend/properties/prefix/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9/_-]+$" }, message: 'must match pattern "^[a-z0-9/_-]+$"', schema: "^[a-z0-9/_-]+$", parentSchema: schema11.properties.spec.properties.stateBackend.properties.prefix.allOf[0], data: data36 };
                  vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                }
              } else {
                let err87 = { instancePath: instancePath + "/spec/stateBackend/prefix", schemaPath: "#/properties/spec/properties/stateBackend/properties/prefix/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.prefix.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.prefix.allOf[0], data: data36 };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
            if (data32.endpoint !== void 0) {
              let data37 = data32.endpoint;
              if (typeof data37 == "string") {
                if (!pattern17.test(data37)) {
                  let err88 = { instancePath: instancePath + "/spec/stateBackend/endpoint", schemaPath: "#/properties/spec/properties/stateBackend/properties/endpoint/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" }, message: 'must match pattern "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"', schema: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", parentSchema: schema11.properties.spec.properties.stateBackend.properties.endpoint.allOf[0], data: data37 };
                  vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                }
              } else {
                let err89 = { instancePath: instancePath + "/spec/stateBackend/endpoint", schemaPath: "#/properties/spec/properties/stateBackend/properties/endpoint/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.endpoint.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.endpoint.allOf[0], data: data37 };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
            if (data32.schema !== void 0) {
              let data38 = data32.schema;
              if (typeof data38 == "string") {
                if (!pattern18.test(data38)) {
                  let err90 = { instancePath: instancePath + "/spec/stateBackend/schema", schemaPath: "#/properties/spec/properties/stateBackend/properties/schema/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema11.properties.spec.properties.stateBackend.properties.schema.allOf[0], data: data38 };
                  vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                }
              } else {
                let err91 = { instancePath: instancePath + "/spec/stateBackend/schema", schemaPath: "#/properties/spec/properties/stateBackend/properties/schema/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackend.properties.schema.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackend.properties.schema.allOf[0], data: data38 };
                vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
              }
            }
          } else {
            let err92 = { instancePath: instancePath + "/spec/stateBackend", schemaPath: "#/properties/spec/properties/stateBackend/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackend.type, parentSchema: schema11.properties.spec.properties.stateBackend, data: data32 };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
        }
        if (data8.stateBackends !== void 0) {
          let data39 = data8.stateBackends;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (let key14 in data39)
              if (!(key14 === "aws" || key14 === "gcp" || key14 === "alicloud" || key14 === "onprem")) {
                let err93 = { instancePath: instancePath + "/spec/stateBackends", schemaPath: "#/properties/spec/properties/stateBackends/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackends, data: data39 };
                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
              }
            if (data39.aws !== void 0) {
              let data40 = data39.aws;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.type === void 0) {
                  let err94 = { instancePath: instancePath + "/spec/stateBackends/aws", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.stateBackends.properties.aws.required, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws, data: data40 };
                  vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                }
                for (let key15 in data40)
                  if (!(key15 === "type" || key15 === "bucket" || key15 === "region" || key15 === "prefix" || key15 === "endpoint" || key15 === "schema")) {
                    let err95 = { instancePath: instancePath + "/spec/stateBackends/aws", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws, data: data40 };
                    vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                  }
                if (data40.type !== void 0) {
                  let data41 = data40.type;
                  if (typeof data41 != "string") {
                    let err96 = { instancePath: instancePath + "/spec/stateBackends/aws/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.type.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.type, data: data41 };
                    vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                  }
                  if (!(data41 === "s3" || data41 === "gcs" || data41 === "oss" || data41 === "pg" || data41 === "local")) {
                    let err97 = { instancePath: instancePath + "/spec/stateBackends/aws/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.stateBackends.properties.aws.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.type.enum, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.type, data: data41 };
                    vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                  }
                }
                if (data40.bucket !== void 0) {
                  let data42 = data40.bucket;
                  if (typeof data42 == "string") {
                    if (!pattern0.test(data42)) {
                      let err98 = { instancePath: instancePath + "/spec/stateBackends/aws/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/bucket/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.bucket.allOf[0], data: data42 };
                      vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                    }
                  } else {
                    let err99 = { instancePath: instancePath + "/spec/stateBackends/aws/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/bucket/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.bucket.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.bucket.allOf[0], data: data42 };
                    vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                  }
                }
                if (data40.region !== void 0) {
                  let data43 = data40.region;
                  if (typeof data43 == "string") {
                    if (!pattern0.test(data43)) {
                      let err100 = { instancePath: instancePath + "/spec/stateBackends/aws/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.region.allOf[0], data: data43 };
                      vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                    }
                  } else {
                    let err101 = { instancePath: instancePath + "/spec/stateBackends/aws/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.region.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.region.allOf[0], data: data43 };
                    vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                  }
                }
                if (data40.prefix !== void 0) {
                  let data44 = data40.prefix;
                  if (typeof data44 == "string") {
                    if (!pattern16.test(data44)) {
                      let err102 = { instancePath: instancePath + "/spec/stateBackends/aws/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/prefix/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9/_-]+$" }, message: 'must match pattern "^[a-z0-9/_-]+$"', schema: "^[a-z0-9/_-]+$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.prefix.allOf[0], data: data44 };
                      vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                    }
                  } else {
                    let err103 = { instancePath: instancePath + "/spec/stateBackends/aws/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/prefix/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.prefix.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.prefix.allOf[0], data: data44 };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                }
                if (data40.endpoint !== void 0) {
                  let data45 = data40.endpoint;
                  if (typeof data45 == "string") {
                    if (!pattern17.test(data45)) {
                      let err104 = { instancePath: instancePath + "/spec/stateBackends/aws/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/endpoint/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" }, message: 'must match pattern "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"', schema: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.endpoint.allOf[0], data: data45 };
                      vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                    }
                  } else {
                    let err105 = { instancePath: instancePath + "/spec/stateBackends/aws/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/endpoint/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.endpoint.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.endpoint.allOf[0], data: data45 };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                }
                if (data40.schema !== void 0) {
                  let data46 = data40.schema;
                  if (typeof data46 == "string") {
                    if (!pattern18.test(data46)) {
                      let err106 = { instancePath: instancePath + "/spec/stateBackends/aws/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/schema/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.schema.allOf[0], data: data46 };
                      vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                    }
                  } else {
                    let err107 = { instancePath: instancePath + "/spec/stateBackends/aws/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/properties/schema/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.schema.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws.properties.schema.allOf[0], data: data46 };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                }
              } else {
                let err108 = { instancePath: instancePath + "/spec/stateBackends/aws", schemaPath: "#/properties/spec/properties/stateBackends/properties/aws/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackends.properties.aws.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.aws, data: data40 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
            }
            if (data39.gcp !== void 0) {
              let data47 = data39.gcp;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                if (data47.type === void 0) {
                  let err109 = { instancePath: instancePath + "/spec/stateBackends/gcp", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.required, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp, data: data47 };
                  vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                }
                for (let key16 in data47)
                  if (!(key16 === "type" || key16 === "bucket" || key16 === "region" || key16 === "prefix" || key16 === "endpoint" || key16 === "schema")) {
                    let err110 = { instancePath: instancePath + "/spec/stateBackends/gcp", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp, data: data47 };
                    vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                  }
                if (data47.type !== void 0) {
                  let data48 = data47.type;
                  if (typeof data48 != "string") {
                    let err111 = { instancePath: instancePath + "/spec/stateBackends/gcp/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.type.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.type, data: data48 };
                    vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                  }
                  if (!(data48 === "s3" || data48 === "gcs" || data48 === "oss" || data48 === "pg" || data48 === "local")) {
                    let err112 = { instancePath: instancePath + "/spec/stateBackends/gcp/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.type.enum, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.type, data: data48 };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                }
                if (data47.bucket !== void 0) {
                  let data49 = data47.bucket;
                  if (typeof data49 == "string") {
                    if (!pattern0.test(data49)) {
                      let err113 = { instancePath: instancePath + "/spec/stateBackends/gcp/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/bucket/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.bucket.allOf[0], data: data49 };
                      vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                    }
                  } else {
                    let err114 = { instancePath: instancePath + "/spec/stateBackends/gcp/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/bucket/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.bucket.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.bucket.allOf[0], data: data49 };
                    vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                  }
                }
                if (data47.region !== void 0) {
                  let data50 = data47.region;
                  if (typeof data50 == "string") {
                    if (!pattern0.test(data50)) {
                      let err115 = { instancePath: instancePath + "/spec/stateBackends/gcp/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.region.allOf[0], data: data50 };
                      vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                    }
                  } else {
                    let err116 = { instancePath: instancePath + "/spec/stateBackends/gcp/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.region.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.region.allOf[0], data: data50 };
                    vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                  }
                }
                if (data47.prefix !== void 0) {
                  let data51 = data47.prefix;
                  if (typeof data51 == "string") {
                    if (!pattern16.test(data51)) {
                      let err117 = { instancePath: instancePath + "/spec/stateBackends/gcp/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/prefix/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9/_-]+$" }, message: 'must match pattern "^[a-z0-9/_-]+$"', schema: "^[a-z0-9/_-]+$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.prefix.allOf[0], data: data51 };
                      vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                    }
                  } else {
                    let err118 = { instancePath: instancePath + "/spec/stateBackends/gcp/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/prefix/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.prefix.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.prefix.allOf[0], data: data51 };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                }
                if (data47.endpoint !== void 0) {
                  let data52 = data47.endpoint;
                  if (typeof data52 == "string") {
                    if (!pattern17.test(data52)) {
                      let err119 = { instancePath: instancePath + "/spec/stateBackends/gcp/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/endpoint/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" }, message: 'must match pattern "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"', schema: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.endpoint.allOf[0], data: data52 };
                      vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                    }
                  } else {
                    let err120 = { instancePath: instancePath + "/spec/stateBackends/gcp/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/endpoint/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.endpoint.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.endpoint.allOf[0], data: data52 };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                }
                if (data47.schema !== void 0) {
                  let data53 = data47.schema;
                  if (typeof data53 == "string") {
                    if (!pattern18.test(data53)) {
                      let err121 = { instancePath: instancePath + "/spec/stateBackends/gcp/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/schema/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.schema.allOf[0], data: data53 };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                  } else {
                    let err122 = { instancePath: instancePath + "/spec/stateBackends/gcp/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/properties/schema/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.schema.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp.properties.schema.allOf[0], data: data53 };
                    vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                  }
                }
              } else {
                let err123 = { instancePath: instancePath + "/spec/stateBackends/gcp", schemaPath: "#/properties/spec/properties/stateBackends/properties/gcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackends.properties.gcp.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.gcp, data: data47 };
                vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
              }
            }
            if (data39.alicloud !== void 0) {
              let data54 = data39.alicloud;
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.type === void 0) {
                  let err124 = { instancePath: instancePath + "/spec/stateBackends/alicloud", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.required, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud, data: data54 };
                  vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                }
                for (let key17 in data54)
                  if (!(key17 === "type" || key17 === "bucket" || key17 === "region" || key17 === "prefix" || key17 === "endpoint" || key17 === "schema")) {
                    let err125 = { instancePath: instancePath + "/spec/stateBackends/alicloud", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud, data: data54 };
                    vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                  }
                if (data54.type !== void 0) {
                  let data55 = data54.type;
                  if (typeof data55 != "string") {
                    let err126 = { instancePath: instancePath + "/spec/stateBackends/alicloud/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.type.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.type, data: data55 };
                    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                  }
                  if (!(data55 === "s3" || data55 === "gcs" || data55 === "oss" || data55 === "pg" || data55 === "local")) {
                    let err127 = { instancePath: instancePath + "/spec/stateBackends/alicloud/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.type.enum, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.type, data: data55 };
                    vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                  }
                }
                if (data54.bucket !== void 0) {
                  let data56 = data54.bucket;
                  if (typeof data56 == "string") {
                    if (!pattern0.test(data56)) {
                      let err128 = { instancePath: instancePath + "/spec/stateBackends/alicloud/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/bucket/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.bucket.allOf[0], data: data56 };
                      vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                    }
                  } else {
                    let err129 = { instancePath: instancePath + "/spec/stateBackends/alicloud/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/bucket/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.bucket.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.bucket.allOf[0], data: data56 };
                    vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                  }
                }
                if (data54.region !== void 0) {
                  let data57 = data54.region;
                  if (typeof data57 == "string") {
                    if (!pattern0.test(data57)) {
                      let err130 = { instancePath: instancePath + "/spec/stateBackends/alicloud/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.region.allOf[0], data: data57 };
                      vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                    }
                  } else {
                    let err131 = { instancePath: instancePath + "/spec/stateBackends/alicloud/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.region.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.region.allOf[0], data: data57 };
                    vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                  }
                }
                if (data54.prefix !== void 0) {
                  let data58 = data54.prefix;
                  if (typeof data58 == "string") {
                    if (!pattern16.test(data58)) {
                      let err132 = { instancePath: instancePath + "/spec/stateBackends/alicloud/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/prefix/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9/_-]+$" }, message: 'must match pattern "^[a-z0-9/_-]+$"', schema: "^[a-z0-9/_-]+$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.prefix.allOf[0], data: data58 };
                      vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                    }
                  } else {
                    let err133 = { instancePath: instancePath + "/spec/stateBackends/alicloud/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/prefix/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.prefix.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.prefix.allOf[0], data: data58 };
                    vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                  }
                }
                if (data54.endpoint !== void 0) {
                  let data59 = data54.endpoint;
                  if (typeof data59 == "string") {
                    if (!pattern17.test(data59)) {
                      let err134 = { instancePath: instancePath + "/spec/stateBackends/alicloud/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/endpoint/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" }, message: 'must match pattern "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"', schema: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.endpoint.allOf[0], data: data59 };
                      vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                    }
                  } else {
                    let err135 = { instancePath: instancePath + "/spec/stateBackends/alicloud/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/endpoint/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.endpoint.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.endpoint.allOf[0], data: data59 };
                    vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                  }
                }
                if (data54.schema !== void 0) {
                  let data60 = data54.schema;
                  if (typeof data60 == "string") {
                    if (!pattern18.test(data60)) {
                      let err136 = { instancePath: instancePath + "/spec/stateBackends/alicloud/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/schema/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.schema.allOf[0], data: data60 };
                      vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                    }
                  } else {
                    let err137 = { instancePath: instancePath + "/spec/stateBackends/alicloud/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/properties/schema/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.schema.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud.properties.schema.allOf[0], data: data60 };
                    vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                  }
                }
              } else {
                let err138 = { instancePath: instancePath + "/spec/stateBackends/alicloud", schemaPath: "#/properties/spec/properties/stateBackends/properties/alicloud/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackends.properties.alicloud.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.alicloud, data: data54 };
                vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
              }
            }
            if (data39.onprem !== void 0) {
              let data61 = data39.onprem;
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.type === void 0) {
                  let err139 = { instancePath: instancePath + "/spec/stateBackends/onprem", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.required, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem, data: data61 };
                  vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                }
                for (let key18 in data61)
                  if (!(key18 === "type" || key18 === "bucket" || key18 === "region" || key18 === "prefix" || key18 === "endpoint" || key18 === "schema")) {
                    let err140 = { instancePath: instancePath + "/spec/stateBackends/onprem", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem, data: data61 };
                    vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                  }
                if (data61.type !== void 0) {
                  let data62 = data61.type;
                  if (typeof data62 != "string") {
                    let err141 = { instancePath: instancePath + "/spec/stateBackends/onprem/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.type.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.type, data: data62 };
                    vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                  }
                  if (!(data62 === "s3" || data62 === "gcs" || data62 === "oss" || data62 === "pg" || data62 === "local")) {
                    let err142 = { instancePath: instancePath + "/spec/stateBackends/onprem/type", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.type.enum, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.type, data: data62 };
                    vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                  }
                }
                if (data61.bucket !== void 0) {
                  let data63 = data61.bucket;
                  if (typeof data63 == "string") {
                    if (!pattern0.test(data63)) {
                      let err143 = { instancePath: instancePath + "/spec/stateBackends/onprem/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/bucket/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.bucket.allOf[0], data: data63 };
                      vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                    }
                  } else {
                    let err144 = { instancePath: instancePath + "/spec/stateBackends/onprem/bucket", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/bucket/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.bucket.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.bucket.allOf[0], data: data63 };
                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                  }
                }
                if (data61.region !== void 0) {
                  let data64 = data61.region;
                  if (typeof data64 == "string") {
                    if (!pattern0.test(data64)) {
                      let err145 = { instancePath: instancePath + "/spec/stateBackends/onprem/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.region.allOf[0], data: data64 };
                      vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                    }
                  } else {
                    let err146 = { instancePath: instancePath + "/spec/stateBackends/onprem/region", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.region.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.region.allOf[0], data: data64 };
                    vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                  }
                }
                if (data61.prefix !== void 0) {
                  let data65 = data61.prefix;
                  if (typeof data65 == "string") {
                    if (!pattern16.test(data65)) {
                      let err147 = { instancePath: instancePath + "/spec/stateBackends/onprem/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/prefix/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9/_-]+$" }, message: 'must match pattern "^[a-z0-9/_-]+$"', schema: "^[a-z0-9/_-]+$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.prefix.allOf[0], data: data65 };
                      vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                    }
                  } else {
                    let err148 = { instancePath: instancePath + "/spec/stateBackends/onprem/prefix", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/prefix/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.prefix.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.prefix.allOf[0], data: data65 };
                    vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
                  }
                }
                if (data61.endpoint !== void 0) {
                  let data66 = data61.endpoint;
                  if (typeof data66 == "string") {
                    if (!pattern17.test(data66)) {
                      let err149 = { instancePath: instancePath + "/spec/stateBackends/onprem/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/endpoint/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" }, message: 'must match pattern "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"', schema: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.endpoint.allOf[0], data: data66 };
                      vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                    }
                  } else {
                    let err150 = { instancePath: instancePath + "/spec/stateBackends/onprem/endpoint", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/endpoint/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.endpoint.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.endpoint.allOf[0], data: data66 };
                    vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                  }
                }
                if (data61.schema !== void 0) {
                  let data67 = data61.schema;
                  if (typeof data67 == "string") {
                    if (!pattern18.test(data67)) {
                      let err151 = { instancePath: instancePath + "/spec/stateBackends/onprem/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/schema/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.schema.allOf[0], data: data67 };
                      vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                    }
                  } else {
                    let err152 = { instancePath: instancePath + "/spec/stateBackends/onprem/schema", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/properties/schema/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.schema.allOf[0].type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem.properties.schema.allOf[0], data: data67 };
                    vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                  }
                }
              } else {
                let err153 = { instancePath: instancePath + "/spec/stateBackends/onprem", schemaPath: "#/properties/spec/properties/stateBackends/properties/onprem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackends.properties.onprem.type, parentSchema: schema11.properties.spec.properties.stateBackends.properties.onprem, data: data61 };
                vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
              }
            }
          } else {
            let err154 = { instancePath: instancePath + "/spec/stateBackends", schemaPath: "#/properties/spec/properties/stateBackends/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.stateBackends.type, parentSchema: schema11.properties.spec.properties.stateBackends, data: data39 };
            vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
          }
        }
        if (data8.defaultBranch !== void 0) {
          let data68 = data8.defaultBranch;
          if (typeof data68 == "string") {
            if (!pattern39.test(data68)) {
              let err155 = { instancePath: instancePath + "/spec/defaultBranch", schemaPath: "#/properties/spec/properties/defaultBranch/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"', schema: "^[A-Za-z0-9._/-]+$", parentSchema: schema11.properties.spec.properties.defaultBranch.allOf[0], data: data68 };
              vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
            }
          } else {
            let err156 = { instancePath: instancePath + "/spec/defaultBranch", schemaPath: "#/properties/spec/properties/defaultBranch/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.defaultBranch.allOf[0].type, parentSchema: schema11.properties.spec.properties.defaultBranch.allOf[0], data: data68 };
            vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
          }
        }
        if (data8.statusBranch !== void 0) {
          let data69 = data8.statusBranch;
          if (typeof data69 == "string") {
            if (!pattern39.test(data69)) {
              let err157 = { instancePath: instancePath + "/spec/statusBranch", schemaPath: "#/properties/spec/properties/statusBranch/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"', schema: "^[A-Za-z0-9._/-]+$", parentSchema: schema11.properties.spec.properties.statusBranch.allOf[0], data: data69 };
              vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
            }
          } else {
            let err158 = { instancePath: instancePath + "/spec/statusBranch", schemaPath: "#/properties/spec/properties/statusBranch/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.statusBranch.allOf[0].type, parentSchema: schema11.properties.spec.properties.statusBranch.allOf[0], data: data69 };
            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
          }
        }
        if (data8.moduleSources !== void 0) {
          let data70 = data8.moduleSources;
          if (Array.isArray(data70)) {
            let len2 = data70.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data71 = data70[i2];
              if (typeof data71 == "string") {
                if (func3(data71) > 500) {
                  let err159 = { instancePath: instancePath + "/spec/moduleSources/" + i2, schemaPath: "#/properties/spec/properties/moduleSources/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema11.properties.spec.properties.moduleSources.items, data: data71 };
                  vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                }
                if (func3(data71) < 1) {
                  let err160 = { instancePath: instancePath + "/spec/moduleSources/" + i2, schemaPath: "#/properties/spec/properties/moduleSources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.moduleSources.items, data: data71 };
                  vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                }
              } else {
                let err161 = { instancePath: instancePath + "/spec/moduleSources/" + i2, schemaPath: "#/properties/spec/properties/moduleSources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.moduleSources.items.type, parentSchema: schema11.properties.spec.properties.moduleSources.items, data: data71 };
                vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
              }
            }
            let i3 = data70.length, j0;
            if (i3 > 1) {
              let indices0 = {};
              for (; i3--; ) {
                let item0 = data70[i3];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err162 = { instancePath: instancePath + "/spec/moduleSources", schemaPath: "#/properties/spec/properties/moduleSources/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema11.properties.spec.properties.moduleSources, data: data70 };
                    vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                    break;
                  }
                  indices0[item0] = i3;
                }
              }
            }
          } else {
            let err163 = { instancePath: instancePath + "/spec/moduleSources", schemaPath: "#/properties/spec/properties/moduleSources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.moduleSources.type, parentSchema: schema11.properties.spec.properties.moduleSources, data: data70 };
            vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
          }
        }
      } else {
        let err164 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.type, parentSchema: schema11.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
      }
    }
  } else {
    let err165 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var Tenant = validate11, schema12 = { additionalProperties: !1, description: "A tenant: owners, allowed regions, monthly budget.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Tenant", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["owners", "regions", "budget"], properties: { displayName: { maxLength: 200, description: "the name people read", examples: ["Acme Retail"], type: "string" }, owners: { minItems: 1, description: "who approves the tenant's changes", examples: [["@acme/platform", "alice-tanaka"]], type: "array", items: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", description: "a GitHub user (octocat) or team (@org/team)", examples: ["@acme/platform"], type: "string" } }, regions: { uniqueItems: !0, type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }, description: "the regions the tenant's services may run in", examples: [["jp1", "sg1"]] }, budget: { additionalProperties: !1, description: "what the tenant may spend", type: "object", required: ["monthly"], properties: { monthly: { minimum: 0, description: "the monthly budget; the services' cost (size cost \xD7 replicas \xD7 regions) is checked against it", examples: [5e3], type: "number" }, currency: { description: "the budget's currency", default: "USD", const: "USD", type: "string" } } } } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.apiVersion.type, parentSchema: schema12.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema12.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.kind.type, parentSchema: schema12.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Tenant") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Tenant" }, message: "must be equal to constant", schema: "Tenant", parentSchema: schema12.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.metadata.required, parentSchema: schema12.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema12.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.name.allOf[0].type, parentSchema: schema12.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema12.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.properties.labels.type, parentSchema: schema12.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema12.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.properties.annotations.type, parentSchema: schema12.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.type, parentSchema: schema12.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.owners === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema12.properties.spec.required, parentSchema: schema12.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.regions === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property 'regions'", schema: schema12.properties.spec.required, parentSchema: schema12.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.budget === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "budget" }, message: "must have required property 'budget'", schema: schema12.properties.spec.required, parentSchema: schema12.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        for (let key4 in data8)
          if (!(key4 === "displayName" || key4 === "owners" || key4 === "regions" || key4 === "budget")) {
            let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data8.displayName !== void 0) {
          let data9 = data8.displayName;
          if (typeof data9 == "string") {
            if (func3(data9) > 200) {
              let err22 = { instancePath: instancePath + "/spec/displayName", schemaPath: "#/properties/spec/properties/displayName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema12.properties.spec.properties.displayName, data: data9 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          } else {
            let err23 = { instancePath: instancePath + "/spec/displayName", schemaPath: "#/properties/spec/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.displayName.type, parentSchema: schema12.properties.spec.properties.displayName, data: data9 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data8.owners !== void 0) {
          let data10 = data8.owners;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              let err24 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.spec.properties.owners, data: data10 };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            let len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (typeof data11 == "string") {
                if (!pattern4.test(data11)) {
                  let err25 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$" }, message: 'must match pattern "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$"', schema: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", parentSchema: schema12.properties.spec.properties.owners.items, data: data11 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.owners.items.type, parentSchema: schema12.properties.spec.properties.owners.items, data: data11 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
          } else {
            let err27 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.owners.type, parentSchema: schema12.properties.spec.properties.owners, data: data10 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data8.regions !== void 0) {
          let data12 = data8.regions;
          if (Array.isArray(data12)) {
            let len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 == "string") {
                if (!pattern0.test(data13)) {
                  let err28 = { instancePath: instancePath + "/spec/regions/" + i1, schemaPath: "#/properties/spec/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema12.properties.spec.properties.regions.items, data: data13 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              } else {
                let err29 = { instancePath: instancePath + "/spec/regions/" + i1, schemaPath: "#/properties/spec/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.regions.items.type, parentSchema: schema12.properties.spec.properties.regions.items, data: data13 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            let i2 = data12.length, j0;
            if (i2 > 1) {
              let indices0 = {};
              for (; i2--; ) {
                let item0 = data12[i2];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err30 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema12.properties.spec.properties.regions, data: data12 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    break;
                  }
                  indices0[item0] = i2;
                }
              }
            }
          } else {
            let err31 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.regions.type, parentSchema: schema12.properties.spec.properties.regions, data: data12 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data8.budget !== void 0) {
          let data14 = data8.budget;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.monthly === void 0) {
              let err32 = { instancePath: instancePath + "/spec/budget", schemaPath: "#/properties/spec/properties/budget/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'", schema: schema12.properties.spec.properties.budget.required, parentSchema: schema12.properties.spec.properties.budget, data: data14 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            for (let key5 in data14)
              if (!(key5 === "monthly" || key5 === "currency")) {
                let err33 = { instancePath: instancePath + "/spec/budget", schemaPath: "#/properties/spec/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12.properties.spec.properties.budget, data: data14 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            if (data14.monthly !== void 0) {
              let data15 = data14.monthly;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 0 || isNaN(data15)) {
                  let err34 = { instancePath: instancePath + "/spec/budget/monthly", schemaPath: "#/properties/spec/properties/budget/properties/monthly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.spec.properties.budget.properties.monthly, data: data15 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
              } else {
                let err35 = { instancePath: instancePath + "/spec/budget/monthly", schemaPath: "#/properties/spec/properties/budget/properties/monthly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.spec.properties.budget.properties.monthly.type, parentSchema: schema12.properties.spec.properties.budget.properties.monthly, data: data15 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
            if (data14.currency !== void 0) {
              let data16 = data14.currency;
              if (typeof data16 != "string") {
                let err36 = { instancePath: instancePath + "/spec/budget/currency", schemaPath: "#/properties/spec/properties/budget/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.budget.properties.currency.type, parentSchema: schema12.properties.spec.properties.budget.properties.currency, data: data16 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
              if (data16 !== "USD") {
                let err37 = { instancePath: instancePath + "/spec/budget/currency", schemaPath: "#/properties/spec/properties/budget/properties/currency/const", keyword: "const", params: { allowedValue: "USD" }, message: "must be equal to constant", schema: "USD", parentSchema: schema12.properties.spec.properties.budget.properties.currency, data: data16 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
          } else {
            let err38 = { instancePath: instancePath + "/spec/budget", schemaPath: "#/properties/spec/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.budget.type, parentSchema: schema12.properties.spec.properties.budget, data: data14 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
      } else {
        let err39 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.type, parentSchema: schema12.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
  } else {
    let err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
var Project = validate12, schema13 = { additionalProperties: !1, description: "A project of a tenant.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Project", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["tenant", "owners", "environments"], properties: { tenant: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Tenant the project belongs to", examples: ["acme"] }, owners: { minItems: 1, description: "who approves the project's changes", examples: [["@acme/storefront", "kenji-sato"]], type: "array", items: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", description: "a GitHub user (octocat) or team (@org/team)", examples: ["@acme/platform"], type: "string" } }, environments: { uniqueItems: !0, type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }, description: "the Environments the project's services may use", examples: [["dev", "test", "prod"]] } } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.apiVersion.type, parentSchema: schema13.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema13.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.kind.type, parentSchema: schema13.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Project") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Project" }, message: "must be equal to constant", schema: "Project", parentSchema: schema13.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.metadata.required, parentSchema: schema13.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.name.allOf[0].type, parentSchema: schema13.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema13.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.properties.labels.type, parentSchema: schema13.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema13.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.properties.annotations.type, parentSchema: schema13.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.type, parentSchema: schema13.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.tenant === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "tenant" }, message: "must have required property 'tenant'", schema: schema13.properties.spec.required, parentSchema: schema13.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.owners === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema13.properties.spec.required, parentSchema: schema13.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.environments === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'", schema: schema13.properties.spec.required, parentSchema: schema13.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        for (let key4 in data8)
          if (!(key4 === "tenant" || key4 === "owners" || key4 === "environments")) {
            let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data8.tenant !== void 0) {
          let data9 = data8.tenant;
          if (typeof data9 == "string") {
            if (!pattern0.test(data9)) {
              let err22 = { instancePath: instancePath + "/spec/tenant", schemaPath: "#/properties/spec/properties/tenant/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13.properties.spec.properties.tenant.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          } else {
            let err23 = { instancePath: instancePath + "/spec/tenant", schemaPath: "#/properties/spec/properties/tenant/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.tenant.allOf[0].type, parentSchema: schema13.properties.spec.properties.tenant.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data8.owners !== void 0) {
          let data10 = data8.owners;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              let err24 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.spec.properties.owners, data: data10 };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            let len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (typeof data11 == "string") {
                if (!pattern4.test(data11)) {
                  let err25 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$" }, message: 'must match pattern "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$"', schema: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$", parentSchema: schema13.properties.spec.properties.owners.items, data: data11 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/spec/owners/" + i0, schemaPath: "#/properties/spec/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.owners.items.type, parentSchema: schema13.properties.spec.properties.owners.items, data: data11 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
          } else {
            let err27 = { instancePath: instancePath + "/spec/owners", schemaPath: "#/properties/spec/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.spec.properties.owners.type, parentSchema: schema13.properties.spec.properties.owners, data: data10 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data8.environments !== void 0) {
          let data12 = data8.environments;
          if (Array.isArray(data12)) {
            let len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 == "string") {
                if (!pattern0.test(data13)) {
                  let err28 = { instancePath: instancePath + "/spec/environments/" + i1, schemaPath: "#/properties/spec/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema13.properties.spec.properties.environments.items, data: data13 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              } else {
                let err29 = { instancePath: instancePath + "/spec/environments/" + i1, schemaPath: "#/properties/spec/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.environments.items.type, parentSchema: schema13.properties.spec.properties.environments.items, data: data13 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            let i2 = data12.length, j0;
            if (i2 > 1) {
              let indices0 = {};
              for (; i2--; ) {
                let item0 = data12[i2];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err30 = { instancePath: instancePath + "/spec/environments", schemaPath: "#/properties/spec/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema13.properties.spec.properties.environments, data: data12 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    break;
                  }
                  indices0[item0] = i2;
                }
              }
            }
          } else {
            let err31 = { instancePath: instancePath + "/spec/environments", schemaPath: "#/properties/spec/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.spec.properties.environments.type, parentSchema: schema13.properties.spec.properties.environments, data: data12 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
      } else {
        let err32 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.type, parentSchema: schema13.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
  } else {
    let err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}
var Environment = validate13, schema14 = { additionalProperties: !1, description: "An environment such as dev, test or prod.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Environment", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["approvals", "protected"], properties: { approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change in this environment needs before apply", examples: [2] }, protected: { description: "only merges to the default branch reach a protected environment", examples: [!0], type: "boolean" } } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema14.required, parentSchema: schema14, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema14.required, parentSchema: schema14, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema14.required, parentSchema: schema14, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema14.required, parentSchema: schema14, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.apiVersion.type, parentSchema: schema14.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema14.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.kind.type, parentSchema: schema14.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Environment") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Environment" }, message: "must be equal to constant", schema: "Environment", parentSchema: schema14.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.properties.metadata.required, parentSchema: schema14.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema14.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.name.allOf[0].type, parentSchema: schema14.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema14.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.properties.labels.type, parentSchema: schema14.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema14.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.properties.annotations.type, parentSchema: schema14.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.type, parentSchema: schema14.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.approvals === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema14.properties.spec.required, parentSchema: schema14.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.protected === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "protected" }, message: "must have required property 'protected'", schema: schema14.properties.spec.required, parentSchema: schema14.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        for (let key4 in data8)
          if (!(key4 === "approvals" || key4 === "protected")) {
            let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        if (data8.approvals !== void 0) {
          let data9 = data8.approvals;
          if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
            let err21 = { instancePath: instancePath + "/spec/approvals", schemaPath: "#/properties/spec/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.spec.properties.approvals.type, parentSchema: schema14.properties.spec.properties.approvals, data: data9 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 10 || isNaN(data9)) {
              let err22 = { instancePath: instancePath + "/spec/approvals", schemaPath: "#/properties/spec/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema14.properties.spec.properties.approvals, data: data9 };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              let err23 = { instancePath: instancePath + "/spec/approvals", schemaPath: "#/properties/spec/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.spec.properties.approvals, data: data9 };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          }
        }
        if (data8.protected !== void 0) {
          let data10 = data8.protected;
          if (typeof data10 != "boolean") {
            let err24 = { instancePath: instancePath + "/spec/protected", schemaPath: "#/properties/spec/properties/protected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.spec.properties.protected.type, parentSchema: schema14.properties.spec.properties.protected, data: data10 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
      } else {
        let err25 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.type, parentSchema: schema14.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
  } else {
    let err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
  }
  return validate13.errors = vErrors, errors === 0;
}
var Region = validate14, schema15 = { additionalProperties: !1, description: "A virtual region mapped to one real backend.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Region", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["provider", "location", "ingress", "nodePool", "weight"], properties: { provider: { type: "string", enum: ["aws", "gcp", "alicloud", "onprem"], description: "the real cloud behind the virtual region", examples: ["aws"] }, account: { additionalProperties: !1, description: "the cloud account the region's stacks live in: their identities and state are per account (cloudneutral bootstrap)", type: "object", required: ["id"], properties: { id: { allOf: [{ pattern: "^[a-z0-9][a-z0-9-]{0,62}$", description: "lower-case letters, digits and -", type: "string" }], description: "the AWS account id (12 digits), the GCP project id, or the Alibaba Cloud account id", examples: ["111122223333"] }, projectNumber: { allOf: [{ pattern: "^[0-9]{1,20}$", description: "digits", type: "string" }], description: "GCP only: the project number, which workload identity federation names", examples: ["480215553001"] } } }, location: { allOf: [{ pattern: "^[a-z0-9-]+$", description: "lower-case letters, digits and -", type: "string" }], description: "the provider's region, e.g. ap-northeast-1", examples: ["ap-northeast-1"] }, network: { additionalProperties: !1, description: "the region's network", type: "object", required: ["cidr"], properties: { cidr: { allOf: [{ pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$", description: "an IPv4 CIDR block such as 10.0.0.0/16", examples: ["10.10.0.0/16"], type: "string" }], description: "the region's network block", examples: ["10.10.0.0/16"] } } }, ingress: { additionalProperties: !1, description: "how traffic enters the region", type: "object", required: ["addresses"], properties: { addresses: { minItems: 1, uniqueItems: !0, description: "the ingress VIPs: what GTM's DNS records answer and health probes reach", examples: [["192.0.2.10", "192.0.2.11"]], type: "array", items: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", description: "an IPv4 address", examples: ["192.0.2.10"], type: "string" } }, hostname: { allOf: [{ pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", description: "a fully qualified lower-case DNS name such as api.example.com", examples: ["api.example.com"], type: "string" }], description: "the ingress's own DNS name", examples: ["jp1.ingress.example.com"] } } }, nodePool: { additionalProperties: !1, description: "the region's nodes", type: "object", required: ["mode", "min", "max"], properties: { mode: { type: "string", enum: ["containerd-only", "k3s-worker", "k8s"], description: "what the nodes run: containerd-only (runtime: container services, blue/green through Ansible), k3s-worker, or k8s", examples: ["k8s"] }, min: { minimum: 0, description: "the fewest nodes; render starts the node count here", examples: [3], type: "integer" }, max: { minimum: 1, description: "the most nodes", examples: [16], type: "integer" }, instanceType: { allOf: [{ pattern: "^[A-Za-z0-9._-]+$", description: "a provider's instance type: letters, digits and . _ -", examples: ["m6i.large"], type: "string" }], description: "the nodes' instance type" }, hosts: { uniqueItems: !0, description: "onprem only: the pool's machines, in order; the pool uses the first node_count of them (a cloud pool creates its machines, at addresses derived from the network)", examples: [["192.0.2.21", "192.0.2.22"]], type: "array", items: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", description: "an IPv4 address", examples: ["192.0.2.10"], type: "string" } }, join: { additionalProperties: !1, description: "how the pool's nodes join their cluster (k3s-worker pools; on-prem k8s pools)", type: "object", required: ["server"], properties: { server: { allOf: [{ pattern: "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$", description: "https://host or https://host:port", type: "string" }], description: "the server the nodes join (the k3s server, or the Kubernetes API for kubeadm)", examples: ["https://k3s.eu1.example.com:6443"] }, tokenSecret: { allOf: [{ pattern: "^[A-Za-z0-9/_.-]{1,200}$", description: "letters, digits and / _ . -", type: "string" }], description: "cloud pools: the name of the secret holding the join token (an AWS SSM SecureString parameter, a GCP Secret Manager secret); the machines read it at boot with their own identity, so the token is in no plan or state", examples: ["/cloudneutral/jp1/k3s-token"] }, tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "onprem pools: the environment variable of the Ansible job that holds the join token", examples: ["EU1_K3S_TOKEN"] }, caCertHash: { allOf: [{ pattern: "^sha256:[a-f0-9]{64}$", description: "sha256:<64 hex>", type: "string" }], description: "onprem k8s pools: the hash of the cluster CA that kubeadm join checks the server against", examples: ["sha256:0000000000000000000000000000000000000000000000000000000000000000"] } } }, sshAuthorizedKeys: { uniqueItems: !0, description: "cloud pools: public keys Ansible logs in with on the machines the pool creates", examples: [["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example"]], type: "array", items: { pattern: "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384) [A-Za-z0-9+/=]+( [A-Za-z0-9@._-]+)?$", type: "string" } } } }, weight: { minimum: 0, maximum: 255, description: "the region's base traffic weight (0\u2013255, as Route 53)", examples: [100], type: "integer" }, maintenanceWindow: { additionalProperties: !1, description: "when changes that wait for a maintenance window (k8s-base by default) may be applied", type: "object", required: ["days", "start", "durationMinutes"], properties: { days: { minItems: 1, uniqueItems: !0, description: "the days the window opens (UTC)", examples: [["sat", "sun"]], type: "array", items: { type: "string", enum: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } }, start: { allOf: [{ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, UTC", type: "string" }], description: "when the window opens, UTC", examples: ["17:00"] }, durationMinutes: { minimum: 1, maximum: 1440, description: "how long the window stays open", examples: [120], type: "integer" } } }, metrics: { additionalProperties: !1, description: "this region's own metrics source, read by the GTM, the autoscaler and cloudneutral metrics (else the Platform's)", type: "object", required: ["prometheus"], properties: { prometheus: { additionalProperties: !1, description: "a Prometheus-compatible query API (Prometheus, Thanos Query, Mimir) source", type: "object", required: ["url"], properties: { url: { allOf: [{ pattern: "^https?://[^\\s\"'`$]+$", description: "an http:// or https:// URL without blanks, quotes, backquotes or $", examples: ["http://127.0.0.1:9090"], type: "string" }], description: "the Prometheus-compatible query API (Prometheus, Thanos Query, Mimir) base URL; credentials in it are sent as basic auth", examples: ["http://127.0.0.1:9090"] }, tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "the environment variable holding a bearer token for it, if it needs one", examples: ["PROMETHEUS_TOKEN"] } } } } }, logs: { additionalProperties: !1, description: "this region's own Loki, read by cloudneutral logs (else the Platform's)", type: "object", required: ["loki"], properties: { loki: { additionalProperties: !1, description: "a Loki HTTP API source", type: "object", required: ["url"], properties: { url: { allOf: [{ pattern: "^https?://[^\\s\"'`$]+$", description: "an http:// or https:// URL without blanks, quotes, backquotes or $", examples: ["http://127.0.0.1:9090"], type: "string" }], description: "the Loki HTTP API base URL; credentials in it are sent as basic auth", examples: ["http://127.0.0.1:3100"] }, tokenEnv: { allOf: [{ pattern: "^[A-Z_][A-Z0-9_]*$", description: "an environment variable name: upper-case letters, digits and _", examples: ["CLOUDFLARE_API_TOKEN"], type: "string" }], description: "the environment variable holding a bearer token for it, if it needs one", examples: ["PROMETHEUS_TOKEN"] } } } } } } } } }, pattern58 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u"), pattern59 = new RegExp("^[0-9]{1,20}$", "u"), pattern60 = new RegExp("^[a-z0-9-]+$", "u"), pattern61 = new RegExp("^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$", "u"), pattern62 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", "u"), pattern63 = new RegExp("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", "u"), pattern64 = new RegExp("^[A-Za-z0-9._-]+$", "u"), pattern66 = new RegExp("^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$", "u"), pattern67 = new RegExp("^[A-Za-z0-9/_.-]{1,200}$", "u"), pattern69 = new RegExp("^sha256:[a-f0-9]{64}$", "u"), pattern70 = new RegExp("^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384) [A-Za-z0-9+/=]+( [A-Za-z0-9@._-]+)?$", "u"), pattern71 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.apiVersion.type, parentSchema: schema15.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema15.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.kind.type, parentSchema: schema15.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Region") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Region" }, message: "must be equal to constant", schema: "Region", parentSchema: schema15.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.properties.metadata.required, parentSchema: schema15.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema15.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.name.allOf[0].type, parentSchema: schema15.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema15.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.properties.labels.type, parentSchema: schema15.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema15.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.properties.annotations.type, parentSchema: schema15.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.type, parentSchema: schema15.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.provider === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.location === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.ingress === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "ingress" }, message: "must have required property 'ingress'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.nodePool === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "nodePool" }, message: "must have required property 'nodePool'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (data8.weight === void 0) {
          let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema15.properties.spec.properties, key4)) {
            let err23 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        if (data8.provider !== void 0) {
          let data9 = data8.provider;
          if (typeof data9 != "string") {
            let err24 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.provider.type, parentSchema: schema15.properties.spec.properties.provider, data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (!(data9 === "aws" || data9 === "gcp" || data9 === "alicloud" || data9 === "onprem")) {
            let err25 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/enum", keyword: "enum", params: { allowedValues: schema15.properties.spec.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.spec.properties.provider.enum, parentSchema: schema15.properties.spec.properties.provider, data: data9 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data8.account !== void 0) {
          let data10 = data8.account;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.id === void 0) {
              let err26 = { instancePath: instancePath + "/spec/account", schemaPath: "#/properties/spec/properties/account/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema15.properties.spec.properties.account.required, parentSchema: schema15.properties.spec.properties.account, data: data10 };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            for (let key5 in data10)
              if (!(key5 === "id" || key5 === "projectNumber")) {
                let err27 = { instancePath: instancePath + "/spec/account", schemaPath: "#/properties/spec/properties/account/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.account, data: data10 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            if (data10.id !== void 0) {
              let data11 = data10.id;
              if (typeof data11 == "string") {
                if (!pattern58.test(data11)) {
                  let err28 = { instancePath: instancePath + "/spec/account/id", schemaPath: "#/properties/spec/properties/account/properties/id/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema15.properties.spec.properties.account.properties.id.allOf[0], data: data11 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              } else {
                let err29 = { instancePath: instancePath + "/spec/account/id", schemaPath: "#/properties/spec/properties/account/properties/id/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.account.properties.id.allOf[0].type, parentSchema: schema15.properties.spec.properties.account.properties.id.allOf[0], data: data11 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            if (data10.projectNumber !== void 0) {
              let data12 = data10.projectNumber;
              if (typeof data12 == "string") {
                if (!pattern59.test(data12)) {
                  let err30 = { instancePath: instancePath + "/spec/account/projectNumber", schemaPath: "#/properties/spec/properties/account/properties/projectNumber/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,20}$" }, message: 'must match pattern "^[0-9]{1,20}$"', schema: "^[0-9]{1,20}$", parentSchema: schema15.properties.spec.properties.account.properties.projectNumber.allOf[0], data: data12 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              } else {
                let err31 = { instancePath: instancePath + "/spec/account/projectNumber", schemaPath: "#/properties/spec/properties/account/properties/projectNumber/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.account.properties.projectNumber.allOf[0].type, parentSchema: schema15.properties.spec.properties.account.properties.projectNumber.allOf[0], data: data12 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
          } else {
            let err32 = { instancePath: instancePath + "/spec/account", schemaPath: "#/properties/spec/properties/account/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.account.type, parentSchema: schema15.properties.spec.properties.account, data: data10 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data8.location !== void 0) {
          let data13 = data8.location;
          if (typeof data13 == "string") {
            if (!pattern60.test(data13)) {
              let err33 = { instancePath: instancePath + "/spec/location", schemaPath: "#/properties/spec/properties/location/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema15.properties.spec.properties.location.allOf[0], data: data13 };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
          } else {
            let err34 = { instancePath: instancePath + "/spec/location", schemaPath: "#/properties/spec/properties/location/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.location.allOf[0].type, parentSchema: schema15.properties.spec.properties.location.allOf[0], data: data13 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data8.network !== void 0) {
          let data14 = data8.network;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.cidr === void 0) {
              let err35 = { instancePath: instancePath + "/spec/network", schemaPath: "#/properties/spec/properties/network/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property 'cidr'", schema: schema15.properties.spec.properties.network.required, parentSchema: schema15.properties.spec.properties.network, data: data14 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
            for (let key6 in data14)
              if (key6 !== "cidr") {
                let err36 = { instancePath: instancePath + "/spec/network", schemaPath: "#/properties/spec/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.network, data: data14 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            if (data14.cidr !== void 0) {
              let data15 = data14.cidr;
              if (typeof data15 == "string") {
                if (!pattern61.test(data15)) {
                  let err37 = { instancePath: instancePath + "/spec/network/cidr", schemaPath: "#/properties/spec/properties/network/properties/cidr/allOf/0/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$" }, message: 'must match pattern "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$"', schema: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$", parentSchema: schema15.properties.spec.properties.network.properties.cidr.allOf[0], data: data15 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              } else {
                let err38 = { instancePath: instancePath + "/spec/network/cidr", schemaPath: "#/properties/spec/properties/network/properties/cidr/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.network.properties.cidr.allOf[0].type, parentSchema: schema15.properties.spec.properties.network.properties.cidr.allOf[0], data: data15 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
          } else {
            let err39 = { instancePath: instancePath + "/spec/network", schemaPath: "#/properties/spec/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.network.type, parentSchema: schema15.properties.spec.properties.network, data: data14 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
        if (data8.ingress !== void 0) {
          let data16 = data8.ingress;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.addresses === void 0) {
              let err40 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property 'addresses'", schema: schema15.properties.spec.properties.ingress.required, parentSchema: schema15.properties.spec.properties.ingress, data: data16 };
              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
            }
            for (let key7 in data16)
              if (!(key7 === "addresses" || key7 === "hostname")) {
                let err41 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.ingress, data: data16 };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            if (data16.addresses !== void 0) {
              let data17 = data16.addresses;
              if (Array.isArray(data17)) {
                if (data17.length < 1) {
                  let err42 = { instancePath: instancePath + "/spec/ingress/addresses", schemaPath: "#/properties/spec/properties/ingress/properties/addresses/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.spec.properties.ingress.properties.addresses, data: data17 };
                  vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                }
                let len0 = data17.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data18 = data17[i0];
                  if (typeof data18 == "string") {
                    if (!pattern62.test(data18)) {
                      let err43 = { instancePath: instancePath + "/spec/ingress/addresses/" + i0, schemaPath: "#/properties/spec/properties/ingress/properties/addresses/items/pattern", keyword: "pattern", params: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$" }, message: 'must match pattern "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"', schema: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", parentSchema: schema15.properties.spec.properties.ingress.properties.addresses.items, data: data18 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  } else {
                    let err44 = { instancePath: instancePath + "/spec/ingress/addresses/" + i0, schemaPath: "#/properties/spec/properties/ingress/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.ingress.properties.addresses.items.type, parentSchema: schema15.properties.spec.properties.ingress.properties.addresses.items, data: data18 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                }
                let i1 = data17.length, j0;
                if (i1 > 1) {
                  let indices0 = {};
                  for (; i1--; ) {
                    let item0 = data17[i1];
                    if (typeof item0 == "string") {
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        let err45 = { instancePath: instancePath + "/spec/ingress/addresses", schemaPath: "#/properties/spec/properties/ingress/properties/addresses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema15.properties.spec.properties.ingress.properties.addresses, data: data17 };
                        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                        break;
                      }
                      indices0[item0] = i1;
                    }
                  }
                }
              } else {
                let err46 = { instancePath: instancePath + "/spec/ingress/addresses", schemaPath: "#/properties/spec/properties/ingress/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.ingress.properties.addresses.type, parentSchema: schema15.properties.spec.properties.ingress.properties.addresses, data: data17 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data16.hostname !== void 0) {
              let data19 = data16.hostname;
              if (typeof data19 == "string") {
                if (!pattern63.test(data19)) {
                  let err47 = { instancePath: instancePath + "/spec/ingress/hostname", schemaPath: "#/properties/spec/properties/ingress/properties/hostname/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$" }, message: 'must match pattern "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"', schema: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", parentSchema: schema15.properties.spec.properties.ingress.properties.hostname.allOf[0], data: data19 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              } else {
                let err48 = { instancePath: instancePath + "/spec/ingress/hostname", schemaPath: "#/properties/spec/properties/ingress/properties/hostname/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.ingress.properties.hostname.allOf[0].type, parentSchema: schema15.properties.spec.properties.ingress.properties.hostname.allOf[0], data: data19 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
          } else {
            let err49 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.ingress.type, parentSchema: schema15.properties.spec.properties.ingress, data: data16 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
        }
        if (data8.nodePool !== void 0) {
          let data20 = data8.nodePool;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.mode === void 0) {
              let err50 = { instancePath: instancePath + "/spec/nodePool", schemaPath: "#/properties/spec/properties/nodePool/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema15.properties.spec.properties.nodePool.required, parentSchema: schema15.properties.spec.properties.nodePool, data: data20 };
              vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
            }
            if (data20.min === void 0) {
              let err51 = { instancePath: instancePath + "/spec/nodePool", schemaPath: "#/properties/spec/properties/nodePool/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema15.properties.spec.properties.nodePool.required, parentSchema: schema15.properties.spec.properties.nodePool, data: data20 };
              vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
            }
            if (data20.max === void 0) {
              let err52 = { instancePath: instancePath + "/spec/nodePool", schemaPath: "#/properties/spec/properties/nodePool/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema15.properties.spec.properties.nodePool.required, parentSchema: schema15.properties.spec.properties.nodePool, data: data20 };
              vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
            }
            for (let key8 in data20)
              if (!(key8 === "mode" || key8 === "min" || key8 === "max" || key8 === "instanceType" || key8 === "hosts" || key8 === "join" || key8 === "sshAuthorizedKeys")) {
                let err53 = { instancePath: instancePath + "/spec/nodePool", schemaPath: "#/properties/spec/properties/nodePool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.nodePool, data: data20 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            if (data20.mode !== void 0) {
              let data21 = data20.mode;
              if (typeof data21 != "string") {
                let err54 = { instancePath: instancePath + "/spec/nodePool/mode", schemaPath: "#/properties/spec/properties/nodePool/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.mode.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.mode, data: data21 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
              if (!(data21 === "containerd-only" || data21 === "k3s-worker" || data21 === "k8s")) {
                let err55 = { instancePath: instancePath + "/spec/nodePool/mode", schemaPath: "#/properties/spec/properties/nodePool/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.properties.spec.properties.nodePool.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.spec.properties.nodePool.properties.mode.enum, parentSchema: schema15.properties.spec.properties.nodePool.properties.mode, data: data21 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
            if (data20.min !== void 0) {
              let data22 = data20.min;
              if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                let err56 = { instancePath: instancePath + "/spec/nodePool/min", schemaPath: "#/properties/spec/properties/nodePool/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.nodePool.properties.min.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.min, data: data22 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
              if (typeof data22 == "number" && isFinite(data22) && (data22 < 0 || isNaN(data22))) {
                let err57 = { instancePath: instancePath + "/spec/nodePool/min", schemaPath: "#/properties/spec/properties/nodePool/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.spec.properties.nodePool.properties.min, data: data22 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
            if (data20.max !== void 0) {
              let data23 = data20.max;
              if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                let err58 = { instancePath: instancePath + "/spec/nodePool/max", schemaPath: "#/properties/spec/properties/nodePool/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.nodePool.properties.max.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.max, data: data23 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
              if (typeof data23 == "number" && isFinite(data23) && (data23 < 1 || isNaN(data23))) {
                let err59 = { instancePath: instancePath + "/spec/nodePool/max", schemaPath: "#/properties/spec/properties/nodePool/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.spec.properties.nodePool.properties.max, data: data23 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            if (data20.instanceType !== void 0) {
              let data24 = data20.instanceType;
              if (typeof data24 == "string") {
                if (!pattern64.test(data24)) {
                  let err60 = { instancePath: instancePath + "/spec/nodePool/instanceType", schemaPath: "#/properties/spec/properties/nodePool/properties/instanceType/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema15.properties.spec.properties.nodePool.properties.instanceType.allOf[0], data: data24 };
                  vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                }
              } else {
                let err61 = { instancePath: instancePath + "/spec/nodePool/instanceType", schemaPath: "#/properties/spec/properties/nodePool/properties/instanceType/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.instanceType.allOf[0].type, parentSchema: schema15.properties.spec.properties.nodePool.properties.instanceType.allOf[0], data: data24 };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            }
            if (data20.hosts !== void 0) {
              let data25 = data20.hosts;
              if (Array.isArray(data25)) {
                let len1 = data25.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data26 = data25[i2];
                  if (typeof data26 == "string") {
                    if (!pattern62.test(data26)) {
                      let err62 = { instancePath: instancePath + "/spec/nodePool/hosts/" + i2, schemaPath: "#/properties/spec/properties/nodePool/properties/hosts/items/pattern", keyword: "pattern", params: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$" }, message: 'must match pattern "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$"', schema: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", parentSchema: schema15.properties.spec.properties.nodePool.properties.hosts.items, data: data26 };
                      vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                    }
                  } else {
                    let err63 = { instancePath: instancePath + "/spec/nodePool/hosts/" + i2, schemaPath: "#/properties/spec/properties/nodePool/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.hosts.items.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.hosts.items, data: data26 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                }
                let i3 = data25.length, j1;
                if (i3 > 1) {
                  let indices1 = {};
                  for (; i3--; ) {
                    let item1 = data25[i3];
                    if (typeof item1 == "string") {
                      if (typeof indices1[item1] == "number") {
                        j1 = indices1[item1];
                        let err64 = { instancePath: instancePath + "/spec/nodePool/hosts", schemaPath: "#/properties/spec/properties/nodePool/properties/hosts/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema15.properties.spec.properties.nodePool.properties.hosts, data: data25 };
                        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                        break;
                      }
                      indices1[item1] = i3;
                    }
                  }
                }
              } else {
                let err65 = { instancePath: instancePath + "/spec/nodePool/hosts", schemaPath: "#/properties/spec/properties/nodePool/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.nodePool.properties.hosts.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.hosts, data: data25 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            }
            if (data20.join !== void 0) {
              let data27 = data20.join;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.server === void 0) {
                  let err66 = { instancePath: instancePath + "/spec/nodePool/join", schemaPath: "#/properties/spec/properties/nodePool/properties/join/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'", schema: schema15.properties.spec.properties.nodePool.properties.join.required, parentSchema: schema15.properties.spec.properties.nodePool.properties.join, data: data27 };
                  vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                }
                for (let key9 in data27)
                  if (!(key9 === "server" || key9 === "tokenSecret" || key9 === "tokenEnv" || key9 === "caCertHash")) {
                    let err67 = { instancePath: instancePath + "/spec/nodePool/join", schemaPath: "#/properties/spec/properties/nodePool/properties/join/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.nodePool.properties.join, data: data27 };
                    vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                  }
                if (data27.server !== void 0) {
                  let data28 = data27.server;
                  if (typeof data28 == "string") {
                    if (!pattern66.test(data28)) {
                      let err68 = { instancePath: instancePath + "/spec/nodePool/join/server", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/server/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$" }, message: 'must match pattern "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"', schema: "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$", parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.server.allOf[0], data: data28 };
                      vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                    }
                  } else {
                    let err69 = { instancePath: instancePath + "/spec/nodePool/join/server", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/server/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.join.properties.server.allOf[0].type, parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.server.allOf[0], data: data28 };
                    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                  }
                }
                if (data27.tokenSecret !== void 0) {
                  let data29 = data27.tokenSecret;
                  if (typeof data29 == "string") {
                    if (!pattern67.test(data29)) {
                      let err70 = { instancePath: instancePath + "/spec/nodePool/join/tokenSecret", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/tokenSecret/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9/_.-]{1,200}$" }, message: 'must match pattern "^[A-Za-z0-9/_.-]{1,200}$"', schema: "^[A-Za-z0-9/_.-]{1,200}$", parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenSecret.allOf[0], data: data29 };
                      vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                    }
                  } else {
                    let err71 = { instancePath: instancePath + "/spec/nodePool/join/tokenSecret", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/tokenSecret/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenSecret.allOf[0].type, parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenSecret.allOf[0], data: data29 };
                    vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                  }
                }
                if (data27.tokenEnv !== void 0) {
                  let data30 = data27.tokenEnv;
                  if (typeof data30 == "string") {
                    if (!pattern8.test(data30)) {
                      let err72 = { instancePath: instancePath + "/spec/nodePool/join/tokenEnv", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenEnv.allOf[0], data: data30 };
                      vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                    }
                  } else {
                    let err73 = { instancePath: instancePath + "/spec/nodePool/join/tokenEnv", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenEnv.allOf[0].type, parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.tokenEnv.allOf[0], data: data30 };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                }
                if (data27.caCertHash !== void 0) {
                  let data31 = data27.caCertHash;
                  if (typeof data31 == "string") {
                    if (!pattern69.test(data31)) {
                      let err74 = { instancePath: instancePath + "/spec/nodePool/join/caCertHash", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/caCertHash/allOf/0/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"', schema: "^sha256:[a-f0-9]{64}$", parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.caCertHash.allOf[0], data: data31 };
                      vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                    }
                  } else {
                    let err75 = { instancePath: instancePath + "/spec/nodePool/join/caCertHash", schemaPath: "#/properties/spec/properties/nodePool/properties/join/properties/caCertHash/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.join.properties.caCertHash.allOf[0].type, parentSchema: schema15.properties.spec.properties.nodePool.properties.join.properties.caCertHash.allOf[0], data: data31 };
                    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                  }
                }
              } else {
                let err76 = { instancePath: instancePath + "/spec/nodePool/join", schemaPath: "#/properties/spec/properties/nodePool/properties/join/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.nodePool.properties.join.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.join, data: data27 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
            if (data20.sshAuthorizedKeys !== void 0) {
              let data32 = data20.sshAuthorizedKeys;
              if (Array.isArray(data32)) {
                let len2 = data32.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data33 = data32[i4];
                  if (typeof data33 == "string") {
                    if (!pattern70.test(data33)) {
                      let err77 = { instancePath: instancePath + "/spec/nodePool/sshAuthorizedKeys/" + i4, schemaPath: "#/properties/spec/properties/nodePool/properties/sshAuthorizedKeys/items/pattern", keyword: "pattern", params: { pattern: "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384) [A-Za-z0-9+/=]+( [A-Za-z0-9@._-]+)?$" }, message: 'must match pattern "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384) [A-Za-z0-9+/=]+( [A-Za-z0-9@._-]+)?$"', schema: "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384) [A-Za-z0-9+/=]+( [A-Za-z0-9@._-]+)?$", parentSchema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys.items, data: data33 };
                      vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                    }
                  } else {
                    let err78 = { instancePath: instancePath + "/spec/nodePool/sshAuthorizedKeys/" + i4, schemaPath: "#/properties/spec/properties/nodePool/properties/sshAuthorizedKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys.items.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys.items, data: data33 };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                }
                let i5 = data32.length, j2;
                if (i5 > 1) {
                  let indices2 = {};
                  for (; i5--; ) {
                    let item2 = data32[i5];
                    if (typeof item2 == "string") {
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        let err79 = { instancePath: instancePath + "/spec/nodePool/sshAuthorizedKeys", schemaPath: "#/properties/spec/properties/nodePool/properties/sshAuthorizedKeys/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys, data: data32 };
                        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                        break;
                      }
                      indices2[item2] = i5;
                    }
                  }
                }
              } else {
                let err80 = { instancePath: instancePath + "/spec/nodePool/sshAuthorizedKeys", schemaPath: "#/properties/spec/properties/nodePool/properties/sshAuthorizedKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys.type, parentSchema: schema15.properties.spec.properties.nodePool.properties.sshAuthorizedKeys, data: data32 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
            }
          } else {
            let err81 = { instancePath: instancePath + "/spec/nodePool", schemaPath: "#/properties/spec/properties/nodePool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.nodePool.type, parentSchema: schema15.properties.spec.properties.nodePool, data: data20 };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
        }
        if (data8.weight !== void 0) {
          let data34 = data8.weight;
          if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
            let err82 = { instancePath: instancePath + "/spec/weight", schemaPath: "#/properties/spec/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.weight.type, parentSchema: schema15.properties.spec.properties.weight, data: data34 };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 > 255 || isNaN(data34)) {
              let err83 = { instancePath: instancePath + "/spec/weight", schemaPath: "#/properties/spec/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema15.properties.spec.properties.weight, data: data34 };
              vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
            }
            if (data34 < 0 || isNaN(data34)) {
              let err84 = { instancePath: instancePath + "/spec/weight", schemaPath: "#/properties/spec/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.spec.properties.weight, data: data34 };
              vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
            }
          }
        }
        if (data8.maintenanceWindow !== void 0) {
          let data35 = data8.maintenanceWindow;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.days === void 0) {
              let err85 = { instancePath: instancePath + "/spec/maintenanceWindow", schemaPath: "#/properties/spec/properties/maintenanceWindow/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema15.properties.spec.properties.maintenanceWindow.required, parentSchema: schema15.properties.spec.properties.maintenanceWindow, data: data35 };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
            if (data35.start === void 0) {
              let err86 = { instancePath: instancePath + "/spec/maintenanceWindow", schemaPath: "#/properties/spec/properties/maintenanceWindow/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema15.properties.spec.properties.maintenanceWindow.required, parentSchema: schema15.properties.spec.properties.maintenanceWindow, data: data35 };
              vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
            }
            if (data35.durationMinutes === void 0) {
              let err87 = { instancePath: instancePath + "/spec/maintenanceWindow", schemaPath: "#/properties/spec/properties/maintenanceWindow/required", keyword: "required", params: { missingProperty: "durationMinutes" }, message: "must have required property 'durationMinutes'", schema: schema15.properties.spec.properties.maintenanceWindow.required, parentSchema: schema15.properties.spec.properties.maintenanceWindow, data: data35 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
            for (let key10 in data35)
              if (!(key10 === "days" || key10 === "start" || key10 === "durationMinutes")) {
                let err88 = { instancePath: instancePath + "/spec/maintenanceWindow", schemaPath: "#/properties/spec/properties/maintenanceWindow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.maintenanceWindow, data: data35 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            if (data35.days !== void 0) {
              let data36 = data35.days;
              if (Array.isArray(data36)) {
                if (data36.length < 1) {
                  let err89 = { instancePath: instancePath + "/spec/maintenanceWindow/days", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.days, data: data36 };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
                let len3 = data36.length;
                for (let i6 = 0; i6 < len3; i6++) {
                  let data37 = data36[i6];
                  if (typeof data37 != "string") {
                    let err90 = { instancePath: instancePath + "/spec/maintenanceWindow/days/" + i6, schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/days/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.maintenanceWindow.properties.days.items.type, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.days.items, data: data37 };
                    vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                  }
                  if (!(data37 === "mon" || data37 === "tue" || data37 === "wed" || data37 === "thu" || data37 === "fri" || data37 === "sat" || data37 === "sun")) {
                    let err91 = { instancePath: instancePath + "/spec/maintenanceWindow/days/" + i6, schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema15.properties.spec.properties.maintenanceWindow.properties.days.items.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.spec.properties.maintenanceWindow.properties.days.items.enum, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.days.items, data: data37 };
                    vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                  }
                }
                let i7 = data36.length, j3;
                if (i7 > 1) {
                  let indices3 = {};
                  for (; i7--; ) {
                    let item3 = data36[i7];
                    if (typeof item3 == "string") {
                      if (typeof indices3[item3] == "number") {
                        j3 = indices3[item3];
                        let err92 = { instancePath: instancePath + "/spec/maintenanceWindow/days", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: !0, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.days, data: data36 };
                        vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                        break;
                      }
                      indices3[item3] = i7;
                    }
                  }
                }
              } else {
                let err93 = { instancePath: instancePath + "/spec/maintenanceWindow/days", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.maintenanceWindow.properties.days.type, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.days, data: data36 };
                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
              }
            }
            if (data35.start !== void 0) {
              let data38 = data35.start;
              if (typeof data38 == "string") {
                if (!pattern71.test(data38)) {
                  let err94 = { instancePath: instancePath + "/spec/maintenanceWindow/start", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/start/allOf/0/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01][0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.start.allOf[0], data: data38 };
                  vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                }
              } else {
                let err95 = { instancePath: instancePath + "/spec/maintenanceWindow/start", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/start/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.maintenanceWindow.properties.start.allOf[0].type, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.start.allOf[0], data: data38 };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
            }
            if (data35.durationMinutes !== void 0) {
              let data39 = data35.durationMinutes;
              if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
                let err96 = { instancePath: instancePath + "/spec/maintenanceWindow/durationMinutes", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/durationMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.maintenanceWindow.properties.durationMinutes.type, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.durationMinutes, data: data39 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 > 1440 || isNaN(data39)) {
                  let err97 = { instancePath: instancePath + "/spec/maintenanceWindow/durationMinutes", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/durationMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.durationMinutes, data: data39 };
                  vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                }
                if (data39 < 1 || isNaN(data39)) {
                  let err98 = { instancePath: instancePath + "/spec/maintenanceWindow/durationMinutes", schemaPath: "#/properties/spec/properties/maintenanceWindow/properties/durationMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.spec.properties.maintenanceWindow.properties.durationMinutes, data: data39 };
                  vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                }
              }
            }
          } else {
            let err99 = { instancePath: instancePath + "/spec/maintenanceWindow", schemaPath: "#/properties/spec/properties/maintenanceWindow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.maintenanceWindow.type, parentSchema: schema15.properties.spec.properties.maintenanceWindow, data: data35 };
            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
          }
        }
        if (data8.metrics !== void 0) {
          let data40 = data8.metrics;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.prometheus === void 0) {
              let err100 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/required", keyword: "required", params: { missingProperty: "prometheus" }, message: "must have required property 'prometheus'", schema: schema15.properties.spec.properties.metrics.required, parentSchema: schema15.properties.spec.properties.metrics, data: data40 };
              vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
            }
            for (let key11 in data40)
              if (key11 !== "prometheus") {
                let err101 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.metrics, data: data40 };
                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
              }
            if (data40.prometheus !== void 0) {
              let data41 = data40.prometheus;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.url === void 0) {
                  let err102 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema15.properties.spec.properties.metrics.properties.prometheus.required, parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus, data: data41 };
                  vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                }
                for (let key12 in data41)
                  if (!(key12 === "url" || key12 === "tokenEnv")) {
                    let err103 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus, data: data41 };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                if (data41.url !== void 0) {
                  let data42 = data41.url;
                  if (typeof data42 == "string") {
                    if (!pattern6.test(data42)) {
                      let err104 = { instancePath: instancePath + "/spec/metrics/prometheus/url", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/url/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"', schema: "^https?://[^\\s\"'`$]+$", parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0], data: data42 };
                      vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                    }
                  } else {
                    let err105 = { instancePath: instancePath + "/spec/metrics/prometheus/url", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/url/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0].type, parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.url.allOf[0], data: data42 };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                }
                if (data41.tokenEnv !== void 0) {
                  let data43 = data41.tokenEnv;
                  if (typeof data43 == "string") {
                    if (!pattern8.test(data43)) {
                      let err106 = { instancePath: instancePath + "/spec/metrics/prometheus/tokenEnv", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0], data: data43 };
                      vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                    }
                  } else {
                    let err107 = { instancePath: instancePath + "/spec/metrics/prometheus/tokenEnv", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0].type, parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus.properties.tokenEnv.allOf[0], data: data43 };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                }
              } else {
                let err108 = { instancePath: instancePath + "/spec/metrics/prometheus", schemaPath: "#/properties/spec/properties/metrics/properties/prometheus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.metrics.properties.prometheus.type, parentSchema: schema15.properties.spec.properties.metrics.properties.prometheus, data: data41 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
            }
          } else {
            let err109 = { instancePath: instancePath + "/spec/metrics", schemaPath: "#/properties/spec/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.metrics.type, parentSchema: schema15.properties.spec.properties.metrics, data: data40 };
            vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
          }
        }
        if (data8.logs !== void 0) {
          let data44 = data8.logs;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.loki === void 0) {
              let err110 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/required", keyword: "required", params: { missingProperty: "loki" }, message: "must have required property 'loki'", schema: schema15.properties.spec.properties.logs.required, parentSchema: schema15.properties.spec.properties.logs, data: data44 };
              vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
            }
            for (let key13 in data44)
              if (key13 !== "loki") {
                let err111 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.logs, data: data44 };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
            if (data44.loki !== void 0) {
              let data45 = data44.loki;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.url === void 0) {
                  let err112 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema15.properties.spec.properties.logs.properties.loki.required, parentSchema: schema15.properties.spec.properties.logs.properties.loki, data: data45 };
                  vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                }
                for (let key14 in data45)
                  if (!(key14 === "url" || key14 === "tokenEnv")) {
                    let err113 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.spec.properties.logs.properties.loki, data: data45 };
                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                  }
                if (data45.url !== void 0) {
                  let data46 = data45.url;
                  if (typeof data46 == "string") {
                    if (!pattern6.test(data46)) {
                      let err114 = { instancePath: instancePath + "/spec/logs/loki/url", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/url/allOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"', schema: "^https?://[^\\s\"'`$]+$", parentSchema: schema15.properties.spec.properties.logs.properties.loki.properties.url.allOf[0], data: data46 };
                      vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                    }
                  } else {
                    let err115 = { instancePath: instancePath + "/spec/logs/loki/url", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/url/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.logs.properties.loki.properties.url.allOf[0].type, parentSchema: schema15.properties.spec.properties.logs.properties.loki.properties.url.allOf[0], data: data46 };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                }
                if (data45.tokenEnv !== void 0) {
                  let data47 = data45.tokenEnv;
                  if (typeof data47 == "string") {
                    if (!pattern8.test(data47)) {
                      let err116 = { instancePath: instancePath + "/spec/logs/loki/tokenEnv", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/tokenEnv/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema15.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0], data: data47 };
                      vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                    }
                  } else {
                    let err117 = { instancePath: instancePath + "/spec/logs/loki/tokenEnv", schemaPath: "#/properties/spec/properties/logs/properties/loki/properties/tokenEnv/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0].type, parentSchema: schema15.properties.spec.properties.logs.properties.loki.properties.tokenEnv.allOf[0], data: data47 };
                    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                  }
                }
              } else {
                let err118 = { instancePath: instancePath + "/spec/logs/loki", schemaPath: "#/properties/spec/properties/logs/properties/loki/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.logs.properties.loki.type, parentSchema: schema15.properties.spec.properties.logs.properties.loki, data: data45 };
                vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
              }
            }
          } else {
            let err119 = { instancePath: instancePath + "/spec/logs", schemaPath: "#/properties/spec/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.logs.type, parentSchema: schema15.properties.spec.properties.logs, data: data44 };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        }
      } else {
        let err120 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.type, parentSchema: schema15.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
      }
    }
  } else {
    let err121 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}
var Size = validate15, schema16 = { additionalProperties: !1, description: "A virtual size mapped per provider to instance types and cost.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Size", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["cpu", "memory", "replicas", "providers"], properties: { cpu: { allOf: [{ pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$", description: "a Kubernetes quantity such as 500m or 512Mi", examples: ["512Mi"], type: "string" }], description: "CPU of one replica (Kubernetes request)", examples: ["500m"] }, memory: { allOf: [{ pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$", description: "a Kubernetes quantity such as 500m or 512Mi", examples: ["512Mi"], type: "string" }], description: "memory of one replica (Kubernetes request)", examples: ["2Gi"] }, replicas: { minimum: 1, description: "replicas per region", examples: [3], type: "integer" }, providers: { additionalProperties: !1, minProperties: 1, description: "per provider (aws, gcp, alicloud, onprem): its instance type and cost; a service of this size can only run in regions whose provider is listed", examples: [{ aws: { instanceType: "m6i.large", monthlyCost: 90.52 }, gcp: { instanceType: "e2-standard-4", monthlyCost: 121.18 }, onprem: { instanceType: "vm-medium", monthlyCost: 42 } }], type: "object", properties: { aws: { additionalProperties: !1, description: "what the size is on one provider", type: "object", required: ["instanceType", "monthlyCost"], properties: { instanceType: { allOf: [{ pattern: "^[A-Za-z0-9._-]+$", description: "a provider's instance type: letters, digits and . _ -", examples: ["m6i.large"], type: "string" }], description: "the provider's instance type for one replica", examples: ["m6i.large"] }, monthlyCost: { minimum: 0, description: "monthly cost of one replica", examples: [90.52], type: "number" } } }, gcp: { additionalProperties: !1, description: "what the size is on one provider", type: "object", required: ["instanceType", "monthlyCost"], properties: { instanceType: { allOf: [{ pattern: "^[A-Za-z0-9._-]+$", description: "a provider's instance type: letters, digits and . _ -", examples: ["m6i.large"], type: "string" }], description: "the provider's instance type for one replica", examples: ["m6i.large"] }, monthlyCost: { minimum: 0, description: "monthly cost of one replica", examples: [90.52], type: "number" } } }, alicloud: { additionalProperties: !1, description: "what the size is on one provider", type: "object", required: ["instanceType", "monthlyCost"], properties: { instanceType: { allOf: [{ pattern: "^[A-Za-z0-9._-]+$", description: "a provider's instance type: letters, digits and . _ -", examples: ["m6i.large"], type: "string" }], description: "the provider's instance type for one replica", examples: ["m6i.large"] }, monthlyCost: { minimum: 0, description: "monthly cost of one replica", examples: [90.52], type: "number" } } }, onprem: { additionalProperties: !1, description: "what the size is on one provider", type: "object", required: ["instanceType", "monthlyCost"], properties: { instanceType: { allOf: [{ pattern: "^[A-Za-z0-9._-]+$", description: "a provider's instance type: letters, digits and . _ -", examples: ["m6i.large"], type: "string" }], description: "the provider's instance type for one replica", examples: ["m6i.large"] }, monthlyCost: { minimum: 0, description: "monthly cost of one replica", examples: [90.52], type: "number" } } } } } } } } }, pattern79 = new RegExp("^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.apiVersion.type, parentSchema: schema16.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema16.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.kind.type, parentSchema: schema16.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Size") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Size" }, message: "must be equal to constant", schema: "Size", parentSchema: schema16.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.metadata.required, parentSchema: schema16.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema16.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.name.allOf[0].type, parentSchema: schema16.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema16.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.properties.labels.type, parentSchema: schema16.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema16.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.properties.annotations.type, parentSchema: schema16.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.type, parentSchema: schema16.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.cpu === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "cpu" }, message: "must have required property 'cpu'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.memory === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.replicas === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "replicas" }, message: "must have required property 'replicas'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.providers === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "providers" }, message: "must have required property 'providers'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        for (let key4 in data8)
          if (!(key4 === "cpu" || key4 === "memory" || key4 === "replicas" || key4 === "providers")) {
            let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data8.cpu !== void 0) {
          let data9 = data8.cpu;
          if (typeof data9 == "string") {
            if (!pattern79.test(data9)) {
              let err23 = { instancePath: instancePath + "/spec/cpu", schemaPath: "#/properties/spec/properties/cpu/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$"', schema: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$", parentSchema: schema16.properties.spec.properties.cpu.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = { instancePath: instancePath + "/spec/cpu", schemaPath: "#/properties/spec/properties/cpu/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.cpu.allOf[0].type, parentSchema: schema16.properties.spec.properties.cpu.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data8.memory !== void 0) {
          let data10 = data8.memory;
          if (typeof data10 == "string") {
            if (!pattern79.test(data10)) {
              let err25 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$"', schema: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti)?$", parentSchema: schema16.properties.spec.properties.memory.allOf[0], data: data10 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.memory.allOf[0].type, parentSchema: schema16.properties.spec.properties.memory.allOf[0], data: data10 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data8.replicas !== void 0) {
          let data11 = data8.replicas;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            let err27 = { instancePath: instancePath + "/spec/replicas", schemaPath: "#/properties/spec/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.replicas.type, parentSchema: schema16.properties.spec.properties.replicas, data: data11 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          if (typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11))) {
            let err28 = { instancePath: instancePath + "/spec/replicas", schemaPath: "#/properties/spec/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties.spec.properties.replicas, data: data11 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data8.providers !== void 0) {
          let data12 = data8.providers;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length < 1) {
              let err29 = { instancePath: instancePath + "/spec/providers", schemaPath: "#/properties/spec/properties/providers/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema16.properties.spec.properties.providers, data: data12 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            for (let key5 in data12)
              if (!(key5 === "aws" || key5 === "gcp" || key5 === "alicloud" || key5 === "onprem")) {
                let err30 = { instancePath: instancePath + "/spec/providers", schemaPath: "#/properties/spec/properties/providers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec.properties.providers, data: data12 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            if (data12.aws !== void 0) {
              let data13 = data12.aws;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.instanceType === void 0) {
                  let err31 = { instancePath: instancePath + "/spec/providers/aws", schemaPath: "#/properties/spec/properties/providers/properties/aws/required", keyword: "required", params: { missingProperty: "instanceType" }, message: "must have required property 'instanceType'", schema: schema16.properties.spec.properties.providers.properties.aws.required, parentSchema: schema16.properties.spec.properties.providers.properties.aws, data: data13 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                if (data13.monthlyCost === void 0) {
                  let err32 = { instancePath: instancePath + "/spec/providers/aws", schemaPath: "#/properties/spec/properties/providers/properties/aws/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'", schema: schema16.properties.spec.properties.providers.properties.aws.required, parentSchema: schema16.properties.spec.properties.providers.properties.aws, data: data13 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                for (let key6 in data13)
                  if (!(key6 === "instanceType" || key6 === "monthlyCost")) {
                    let err33 = { instancePath: instancePath + "/spec/providers/aws", schemaPath: "#/properties/spec/properties/providers/properties/aws/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec.properties.providers.properties.aws, data: data13 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                if (data13.instanceType !== void 0) {
                  let data14 = data13.instanceType;
                  if (typeof data14 == "string") {
                    if (!pattern64.test(data14)) {
                      let err34 = { instancePath: instancePath + "/spec/providers/aws/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/aws/properties/instanceType/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema16.properties.spec.properties.providers.properties.aws.properties.instanceType.allOf[0], data: data14 };
                      vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                    }
                  } else {
                    let err35 = { instancePath: instancePath + "/spec/providers/aws/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/aws/properties/instanceType/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.providers.properties.aws.properties.instanceType.allOf[0].type, parentSchema: schema16.properties.spec.properties.providers.properties.aws.properties.instanceType.allOf[0], data: data14 };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
                }
                if (data13.monthlyCost !== void 0) {
                  let data15 = data13.monthlyCost;
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 < 0 || isNaN(data15)) {
                      let err36 = { instancePath: instancePath + "/spec/providers/aws/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/aws/properties/monthlyCost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.spec.properties.providers.properties.aws.properties.monthlyCost, data: data15 };
                      vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                    }
                  } else {
                    let err37 = { instancePath: instancePath + "/spec/providers/aws/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/aws/properties/monthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.spec.properties.providers.properties.aws.properties.monthlyCost.type, parentSchema: schema16.properties.spec.properties.providers.properties.aws.properties.monthlyCost, data: data15 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                }
              } else {
                let err38 = { instancePath: instancePath + "/spec/providers/aws", schemaPath: "#/properties/spec/properties/providers/properties/aws/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.providers.properties.aws.type, parentSchema: schema16.properties.spec.properties.providers.properties.aws, data: data13 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data12.gcp !== void 0) {
              let data16 = data12.gcp;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.instanceType === void 0) {
                  let err39 = { instancePath: instancePath + "/spec/providers/gcp", schemaPath: "#/properties/spec/properties/providers/properties/gcp/required", keyword: "required", params: { missingProperty: "instanceType" }, message: "must have required property 'instanceType'", schema: schema16.properties.spec.properties.providers.properties.gcp.required, parentSchema: schema16.properties.spec.properties.providers.properties.gcp, data: data16 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
                if (data16.monthlyCost === void 0) {
                  let err40 = { instancePath: instancePath + "/spec/providers/gcp", schemaPath: "#/properties/spec/properties/providers/properties/gcp/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'", schema: schema16.properties.spec.properties.providers.properties.gcp.required, parentSchema: schema16.properties.spec.properties.providers.properties.gcp, data: data16 };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                for (let key7 in data16)
                  if (!(key7 === "instanceType" || key7 === "monthlyCost")) {
                    let err41 = { instancePath: instancePath + "/spec/providers/gcp", schemaPath: "#/properties/spec/properties/providers/properties/gcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec.properties.providers.properties.gcp, data: data16 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                if (data16.instanceType !== void 0) {
                  let data17 = data16.instanceType;
                  if (typeof data17 == "string") {
                    if (!pattern64.test(data17)) {
                      let err42 = { instancePath: instancePath + "/spec/providers/gcp/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/gcp/properties/instanceType/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema16.properties.spec.properties.providers.properties.gcp.properties.instanceType.allOf[0], data: data17 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                  } else {
                    let err43 = { instancePath: instancePath + "/spec/providers/gcp/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/gcp/properties/instanceType/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.providers.properties.gcp.properties.instanceType.allOf[0].type, parentSchema: schema16.properties.spec.properties.providers.properties.gcp.properties.instanceType.allOf[0], data: data17 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                }
                if (data16.monthlyCost !== void 0) {
                  let data18 = data16.monthlyCost;
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 < 0 || isNaN(data18)) {
                      let err44 = { instancePath: instancePath + "/spec/providers/gcp/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/gcp/properties/monthlyCost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.spec.properties.providers.properties.gcp.properties.monthlyCost, data: data18 };
                      vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                    }
                  } else {
                    let err45 = { instancePath: instancePath + "/spec/providers/gcp/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/gcp/properties/monthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.spec.properties.providers.properties.gcp.properties.monthlyCost.type, parentSchema: schema16.properties.spec.properties.providers.properties.gcp.properties.monthlyCost, data: data18 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                }
              } else {
                let err46 = { instancePath: instancePath + "/spec/providers/gcp", schemaPath: "#/properties/spec/properties/providers/properties/gcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.providers.properties.gcp.type, parentSchema: schema16.properties.spec.properties.providers.properties.gcp, data: data16 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data12.alicloud !== void 0) {
              let data19 = data12.alicloud;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.instanceType === void 0) {
                  let err47 = { instancePath: instancePath + "/spec/providers/alicloud", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/required", keyword: "required", params: { missingProperty: "instanceType" }, message: "must have required property 'instanceType'", schema: schema16.properties.spec.properties.providers.properties.alicloud.required, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud, data: data19 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (data19.monthlyCost === void 0) {
                  let err48 = { instancePath: instancePath + "/spec/providers/alicloud", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'", schema: schema16.properties.spec.properties.providers.properties.alicloud.required, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud, data: data19 };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
                for (let key8 in data19)
                  if (!(key8 === "instanceType" || key8 === "monthlyCost")) {
                    let err49 = { instancePath: instancePath + "/spec/providers/alicloud", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud, data: data19 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                if (data19.instanceType !== void 0) {
                  let data20 = data19.instanceType;
                  if (typeof data20 == "string") {
                    if (!pattern64.test(data20)) {
                      let err50 = { instancePath: instancePath + "/spec/providers/alicloud/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/properties/instanceType/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema16.properties.spec.properties.providers.properties.alicloud.properties.instanceType.allOf[0], data: data20 };
                      vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                    }
                  } else {
                    let err51 = { instancePath: instancePath + "/spec/providers/alicloud/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/properties/instanceType/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.providers.properties.alicloud.properties.instanceType.allOf[0].type, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud.properties.instanceType.allOf[0], data: data20 };
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                }
                if (data19.monthlyCost !== void 0) {
                  let data21 = data19.monthlyCost;
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 < 0 || isNaN(data21)) {
                      let err52 = { instancePath: instancePath + "/spec/providers/alicloud/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/properties/monthlyCost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud.properties.monthlyCost, data: data21 };
                      vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                    }
                  } else {
                    let err53 = { instancePath: instancePath + "/spec/providers/alicloud/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/properties/monthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.spec.properties.providers.properties.alicloud.properties.monthlyCost.type, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud.properties.monthlyCost, data: data21 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                }
              } else {
                let err54 = { instancePath: instancePath + "/spec/providers/alicloud", schemaPath: "#/properties/spec/properties/providers/properties/alicloud/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.providers.properties.alicloud.type, parentSchema: schema16.properties.spec.properties.providers.properties.alicloud, data: data19 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
            if (data12.onprem !== void 0) {
              let data22 = data12.onprem;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.instanceType === void 0) {
                  let err55 = { instancePath: instancePath + "/spec/providers/onprem", schemaPath: "#/properties/spec/properties/providers/properties/onprem/required", keyword: "required", params: { missingProperty: "instanceType" }, message: "must have required property 'instanceType'", schema: schema16.properties.spec.properties.providers.properties.onprem.required, parentSchema: schema16.properties.spec.properties.providers.properties.onprem, data: data22 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
                if (data22.monthlyCost === void 0) {
                  let err56 = { instancePath: instancePath + "/spec/providers/onprem", schemaPath: "#/properties/spec/properties/providers/properties/onprem/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'", schema: schema16.properties.spec.properties.providers.properties.onprem.required, parentSchema: schema16.properties.spec.properties.providers.properties.onprem, data: data22 };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
                for (let key9 in data22)
                  if (!(key9 === "instanceType" || key9 === "monthlyCost")) {
                    let err57 = { instancePath: instancePath + "/spec/providers/onprem", schemaPath: "#/properties/spec/properties/providers/properties/onprem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.spec.properties.providers.properties.onprem, data: data22 };
                    vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                  }
                if (data22.instanceType !== void 0) {
                  let data23 = data22.instanceType;
                  if (typeof data23 == "string") {
                    if (!pattern64.test(data23)) {
                      let err58 = { instancePath: instancePath + "/spec/providers/onprem/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/onprem/properties/instanceType/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema16.properties.spec.properties.providers.properties.onprem.properties.instanceType.allOf[0], data: data23 };
                      vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                    }
                  } else {
                    let err59 = { instancePath: instancePath + "/spec/providers/onprem/instanceType", schemaPath: "#/properties/spec/properties/providers/properties/onprem/properties/instanceType/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.providers.properties.onprem.properties.instanceType.allOf[0].type, parentSchema: schema16.properties.spec.properties.providers.properties.onprem.properties.instanceType.allOf[0], data: data23 };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                }
                if (data22.monthlyCost !== void 0) {
                  let data24 = data22.monthlyCost;
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 < 0 || isNaN(data24)) {
                      let err60 = { instancePath: instancePath + "/spec/providers/onprem/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/onprem/properties/monthlyCost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.spec.properties.providers.properties.onprem.properties.monthlyCost, data: data24 };
                      vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                    }
                  } else {
                    let err61 = { instancePath: instancePath + "/spec/providers/onprem/monthlyCost", schemaPath: "#/properties/spec/properties/providers/properties/onprem/properties/monthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.spec.properties.providers.properties.onprem.properties.monthlyCost.type, parentSchema: schema16.properties.spec.properties.providers.properties.onprem.properties.monthlyCost, data: data24 };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                }
              } else {
                let err62 = { instancePath: instancePath + "/spec/providers/onprem", schemaPath: "#/properties/spec/properties/providers/properties/onprem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.providers.properties.onprem.type, parentSchema: schema16.properties.spec.properties.providers.properties.onprem, data: data22 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            }
          } else {
            let err63 = { instancePath: instancePath + "/spec/providers", schemaPath: "#/properties/spec/properties/providers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.providers.type, parentSchema: schema16.properties.spec.properties.providers, data: data12 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        }
      } else {
        let err64 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.type, parentSchema: schema16.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
  } else {
    let err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
  }
  return validate15.errors = vErrors, errors === 0;
}
var Service = validate16, schema17 = { additionalProperties: !1, description: "A service of a project, placed in virtual regions.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Service", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["tenant", "project", "env", "regions", "size", "runtime", "image", "port", "healthPath"], properties: { tenant: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Tenant the service belongs to", examples: ["acme"] }, project: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Project of that tenant", examples: ["storefront"] }, env: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Environment, one the project allows", examples: ["prod"] }, regions: { minItems: 1, uniqueItems: !0, description: "the virtual regions the service runs in, ones its tenant allows", examples: [["jp1", "sg1"]], type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" } }, size: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Size of each replica", examples: ["medium"] }, runtime: { type: "string", enum: ["k8s", "container"], description: "k8s: manifests for a GitOps engine; container: containerd hosts, deployed blue/green by Ansible", examples: ["k8s"] }, image: { allOf: [{ pattern: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$", description: "an OCI image reference such as ghcr.io/acme/orders:1.4.2", type: "string" }], description: "the container image", examples: ["ghcr.io/acme/orders-api:1.4.2"] }, port: { minimum: 1, maximum: 65535, description: "the port the container listens on", examples: [8080], type: "integer" }, healthPath: { allOf: [{ pattern: "^/[A-Za-z0-9._~/-]*$", description: "an absolute URL path of letters, digits and . _ ~ / -", examples: ["/healthz"], type: "string" }], description: "the path that answers 2xx while the service is healthy", examples: ["/healthz"] }, publicName: { allOf: [{ pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", description: "a fully qualified lower-case DNS name such as api.example.com", examples: ["api.example.com"], type: "string" }], description: "the public name the gateway serves the service under", examples: ["orders.example.com"] }, tls: { additionalProperties: !1, type: "object", properties: { certificateFile: { allOf: [{ pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$", maxLength: 1024, description: "an absolute path on the gateway host of letters, digits, . _ - and /, with no . or .. segment", type: "string" }], description: "the certificate chain (PEM) on the gateway host", examples: ["/etc/cloudneutral/tls/orders.crt"] }, keyFile: { allOf: [{ pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$", maxLength: 1024, description: "an absolute path on the gateway host of letters, digits, . _ - and /, with no . or .. segment", type: "string" }], description: "its private key (PEM) on the gateway host", examples: ["/etc/cloudneutral/tls/orders.key"] }, secretName: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "a Kubernetes TLS secret mounted into the gateway (k8s regions)", examples: ["orders-tls"] } }, description: "the certificate of the public name, by reference: the gateway serves it over HTTPS", examples: [{ certificateFile: "/etc/cloudneutral/tls/orders.crt", keyFile: "/etc/cloudneutral/tls/orders.key" }] }, variables: { type: "object", patternProperties: { "^[A-Z_][A-Z0-9_]*$": { maxLength: 4096, type: "string" } }, description: "environment variables of the container (values are not secrets: they are committed)", examples: [{ LOG_LEVEL: "info" }] } } } } }, pattern93 = new RegExp("^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$", "u"), pattern94 = new RegExp("^/[A-Za-z0-9._~/-]*$", "u"), pattern96 = new RegExp("^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.apiVersion.type, parentSchema: schema17.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema17.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.kind.type, parentSchema: schema17.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Service") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Service" }, message: "must be equal to constant", schema: "Service", parentSchema: schema17.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.metadata.required, parentSchema: schema17.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.name.allOf[0].type, parentSchema: schema17.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema17.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.properties.labels.type, parentSchema: schema17.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema17.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.properties.annotations.type, parentSchema: schema17.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.type, parentSchema: schema17.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.tenant === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "tenant" }, message: "must have required property 'tenant'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.project === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.env === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.regions === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property 'regions'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (data8.size === void 0) {
          let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        if (data8.runtime === void 0) {
          let err23 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "runtime" }, message: "must have required property 'runtime'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (data8.image === void 0) {
          let err24 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (data8.port === void 0) {
          let err25 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
        if (data8.healthPath === void 0) {
          let err26 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "healthPath" }, message: "must have required property 'healthPath'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema17.properties.spec.properties, key4)) {
            let err27 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        if (data8.tenant !== void 0) {
          let data9 = data8.tenant;
          if (typeof data9 == "string") {
            if (!pattern0.test(data9)) {
              let err28 = { instancePath: instancePath + "/spec/tenant", schemaPath: "#/properties/spec/properties/tenant/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.tenant.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          } else {
            let err29 = { instancePath: instancePath + "/spec/tenant", schemaPath: "#/properties/spec/properties/tenant/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.tenant.allOf[0].type, parentSchema: schema17.properties.spec.properties.tenant.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data8.project !== void 0) {
          let data10 = data8.project;
          if (typeof data10 == "string") {
            if (!pattern0.test(data10)) {
              let err30 = { instancePath: instancePath + "/spec/project", schemaPath: "#/properties/spec/properties/project/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.project.allOf[0], data: data10 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/spec/project", schemaPath: "#/properties/spec/properties/project/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.project.allOf[0].type, parentSchema: schema17.properties.spec.properties.project.allOf[0], data: data10 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data8.env !== void 0) {
          let data11 = data8.env;
          if (typeof data11 == "string") {
            if (!pattern0.test(data11)) {
              let err32 = { instancePath: instancePath + "/spec/env", schemaPath: "#/properties/spec/properties/env/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.env.allOf[0], data: data11 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
          } else {
            let err33 = { instancePath: instancePath + "/spec/env", schemaPath: "#/properties/spec/properties/env/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.env.allOf[0].type, parentSchema: schema17.properties.spec.properties.env.allOf[0], data: data11 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data8.regions !== void 0) {
          let data12 = data8.regions;
          if (Array.isArray(data12)) {
            if (data12.length < 1) {
              let err34 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.properties.spec.properties.regions, data: data12 };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
            let len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (typeof data13 == "string") {
                if (!pattern0.test(data13)) {
                  let err35 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.regions.items, data: data13 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.regions.items.type, parentSchema: schema17.properties.spec.properties.regions.items, data: data13 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            let i1 = data12.length, j0;
            if (i1 > 1) {
              let indices0 = {};
              for (; i1--; ) {
                let item0 = data12[i1];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err37 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema17.properties.spec.properties.regions, data: data12 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            }
          } else {
            let err38 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.spec.properties.regions.type, parentSchema: schema17.properties.spec.properties.regions, data: data12 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data8.size !== void 0) {
          let data14 = data8.size;
          if (typeof data14 == "string") {
            if (!pattern0.test(data14)) {
              let err39 = { instancePath: instancePath + "/spec/size", schemaPath: "#/properties/spec/properties/size/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.size.allOf[0], data: data14 };
              vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
            }
          } else {
            let err40 = { instancePath: instancePath + "/spec/size", schemaPath: "#/properties/spec/properties/size/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.size.allOf[0].type, parentSchema: schema17.properties.spec.properties.size.allOf[0], data: data14 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data8.runtime !== void 0) {
          let data15 = data8.runtime;
          if (typeof data15 != "string") {
            let err41 = { instancePath: instancePath + "/spec/runtime", schemaPath: "#/properties/spec/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.runtime.type, parentSchema: schema17.properties.spec.properties.runtime, data: data15 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
          if (!(data15 === "k8s" || data15 === "container")) {
            let err42 = { instancePath: instancePath + "/spec/runtime", schemaPath: "#/properties/spec/properties/runtime/enum", keyword: "enum", params: { allowedValues: schema17.properties.spec.properties.runtime.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.spec.properties.runtime.enum, parentSchema: schema17.properties.spec.properties.runtime, data: data15 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data8.image !== void 0) {
          let data16 = data8.image;
          if (typeof data16 == "string") {
            if (!pattern93.test(data16)) {
              let err43 = { instancePath: instancePath + "/spec/image", schemaPath: "#/properties/spec/properties/image/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$" }, message: 'must match pattern "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$"', schema: "^[a-z0-9]+([._/:@-][a-zA-Z0-9_]+)*$", parentSchema: schema17.properties.spec.properties.image.allOf[0], data: data16 };
              vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
            }
          } else {
            let err44 = { instancePath: instancePath + "/spec/image", schemaPath: "#/properties/spec/properties/image/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.image.allOf[0].type, parentSchema: schema17.properties.spec.properties.image.allOf[0], data: data16 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data8.port !== void 0) {
          let data17 = data8.port;
          if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
            let err45 = { instancePath: instancePath + "/spec/port", schemaPath: "#/properties/spec/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.spec.properties.port.type, parentSchema: schema17.properties.spec.properties.port, data: data17 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 65535 || isNaN(data17)) {
              let err46 = { instancePath: instancePath + "/spec/port", schemaPath: "#/properties/spec/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17.properties.spec.properties.port, data: data17 };
              vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              let err47 = { instancePath: instancePath + "/spec/port", schemaPath: "#/properties/spec/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.spec.properties.port, data: data17 };
              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
            }
          }
        }
        if (data8.healthPath !== void 0) {
          let data18 = data8.healthPath;
          if (typeof data18 == "string") {
            if (!pattern94.test(data18)) {
              let err48 = { instancePath: instancePath + "/spec/healthPath", schemaPath: "#/properties/spec/properties/healthPath/allOf/0/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._~/-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._~/-]*$"', schema: "^/[A-Za-z0-9._~/-]*$", parentSchema: schema17.properties.spec.properties.healthPath.allOf[0], data: data18 };
              vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
            }
          } else {
            let err49 = { instancePath: instancePath + "/spec/healthPath", schemaPath: "#/properties/spec/properties/healthPath/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.healthPath.allOf[0].type, parentSchema: schema17.properties.spec.properties.healthPath.allOf[0], data: data18 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
        }
        if (data8.publicName !== void 0) {
          let data19 = data8.publicName;
          if (typeof data19 == "string") {
            if (!pattern63.test(data19)) {
              let err50 = { instancePath: instancePath + "/spec/publicName", schemaPath: "#/properties/spec/properties/publicName/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$" }, message: 'must match pattern "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"', schema: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", parentSchema: schema17.properties.spec.properties.publicName.allOf[0], data: data19 };
              vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
            }
          } else {
            let err51 = { instancePath: instancePath + "/spec/publicName", schemaPath: "#/properties/spec/properties/publicName/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.publicName.allOf[0].type, parentSchema: schema17.properties.spec.properties.publicName.allOf[0], data: data19 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
        if (data8.tls !== void 0) {
          let data20 = data8.tls;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (let key5 in data20)
              if (!(key5 === "certificateFile" || key5 === "keyFile" || key5 === "secretName")) {
                let err52 = { instancePath: instancePath + "/spec/tls", schemaPath: "#/properties/spec/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17.properties.spec.properties.tls, data: data20 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            if (data20.certificateFile !== void 0) {
              let data21 = data20.certificateFile;
              if (typeof data21 == "string") {
                if (func3(data21) > 1024) {
                  let err53 = { instancePath: instancePath + "/spec/tls/certificateFile", schemaPath: "#/properties/spec/properties/tls/properties/certificateFile/allOf/0/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema17.properties.spec.properties.tls.properties.certificateFile.allOf[0], data: data21 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
                if (!pattern96.test(data21)) {
                  let err54 = { instancePath: instancePath + "/spec/tls/certificateFile", schemaPath: "#/properties/spec/properties/tls/properties/certificateFile/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$" }, message: 'must match pattern "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$"', schema: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$", parentSchema: schema17.properties.spec.properties.tls.properties.certificateFile.allOf[0], data: data21 };
                  vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                }
              } else {
                let err55 = { instancePath: instancePath + "/spec/tls/certificateFile", schemaPath: "#/properties/spec/properties/tls/properties/certificateFile/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.tls.properties.certificateFile.allOf[0].type, parentSchema: schema17.properties.spec.properties.tls.properties.certificateFile.allOf[0], data: data21 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
            if (data20.keyFile !== void 0) {
              let data22 = data20.keyFile;
              if (typeof data22 == "string") {
                if (func3(data22) > 1024) {
                  let err56 = { instancePath: instancePath + "/spec/tls/keyFile", schemaPath: "#/properties/spec/properties/tls/properties/keyFile/allOf/0/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema17.properties.spec.properties.tls.properties.keyFile.allOf[0], data: data22 };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
                if (!pattern96.test(data22)) {
                  let err57 = { instancePath: instancePath + "/spec/tls/keyFile", schemaPath: "#/properties/spec/properties/tls/properties/keyFile/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$" }, message: 'must match pattern "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$"', schema: "^(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$", parentSchema: schema17.properties.spec.properties.tls.properties.keyFile.allOf[0], data: data22 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
              } else {
                let err58 = { instancePath: instancePath + "/spec/tls/keyFile", schemaPath: "#/properties/spec/properties/tls/properties/keyFile/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.tls.properties.keyFile.allOf[0].type, parentSchema: schema17.properties.spec.properties.tls.properties.keyFile.allOf[0], data: data22 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            }
            if (data20.secretName !== void 0) {
              let data23 = data20.secretName;
              if (typeof data23 == "string") {
                if (!pattern0.test(data23)) {
                  let err59 = { instancePath: instancePath + "/spec/tls/secretName", schemaPath: "#/properties/spec/properties/tls/properties/secretName/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema17.properties.spec.properties.tls.properties.secretName.allOf[0], data: data23 };
                  vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                }
              } else {
                let err60 = { instancePath: instancePath + "/spec/tls/secretName", schemaPath: "#/properties/spec/properties/tls/properties/secretName/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.tls.properties.secretName.allOf[0].type, parentSchema: schema17.properties.spec.properties.tls.properties.secretName.allOf[0], data: data23 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
          } else {
            let err61 = { instancePath: instancePath + "/spec/tls", schemaPath: "#/properties/spec/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.tls.type, parentSchema: schema17.properties.spec.properties.tls, data: data20 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
        if (data8.variables !== void 0) {
          let data24 = data8.variables;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (let key6 in data24)
              if (pattern8.test(key6)) {
                let data25 = data24[key6];
                if (typeof data25 == "string") {
                  if (func3(data25) > 4096) {
                    let err62 = { instancePath: instancePath + "/spec/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/variables/patternProperties/%5E%5BA-Z_%5D%5BA-Z0-9_%5D*%24/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema17.properties.spec.properties.variables.patternProperties["^[A-Z_][A-Z0-9_]*$"], data: data25 };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                } else {
                  let err63 = { instancePath: instancePath + "/spec/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/variables/patternProperties/%5E%5BA-Z_%5D%5BA-Z0-9_%5D*%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.variables.patternProperties["^[A-Z_][A-Z0-9_]*$"].type, parentSchema: schema17.properties.spec.properties.variables.patternProperties["^[A-Z_][A-Z0-9_]*$"], data: data25 };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              }
          } else {
            let err64 = { instancePath: instancePath + "/spec/variables", schemaPath: "#/properties/spec/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.variables.type, parentSchema: schema17.properties.spec.properties.variables, data: data24 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
      } else {
        let err65 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.type, parentSchema: schema17.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
      }
    }
  } else {
    let err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
  }
  return validate16.errors = vErrors, errors === 0;
}
var Composition = validate17, schema18 = { additionalProperties: !1, description: "An infrastructure module with its lifecycle.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Composition", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["lifecycle", "changeFrequency", "module", "regions"], properties: { lifecycle: { type: "string", enum: ["foundation", "k8s-base", "platform", "applications", "config"], description: "the layer; with the decision matrix it decides engine, gate, order and backup", examples: ["platform"] }, changeFrequency: { type: "string", enum: ["rare", "occasional", "frequent"], description: "how often the module is expected to change", examples: ["occasional"] }, engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine; default: the decision matrix's for the lifecycle", examples: ["terraform"] }, module: { additionalProperties: !1, description: "the Terraform module the composition instantiates", type: "object", required: ["source"], properties: { source: { minLength: 1, maxLength: 500, description: "where the module comes from; must start with one of Platform's moduleSources", examples: ["terraform-aws-modules/rds/aws"], type: "string" }, version: { allOf: [{ pattern: "^[0-9A-Za-z.<>=~ ,!-]+$", description: "a version constraint such as ~> 6.0", type: "string" }], description: "the module's version constraint", examples: ["~> 6.0"] } } }, regions: { minItems: 1, uniqueItems: !0, description: "the regions to instantiate it in: one stack per region", examples: [["jp1"]], type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" } }, inputs: { type: "object", patternProperties: { "^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$": { type: ["string", "number", "boolean"] } }, description: "the module's arguments (strings, numbers, booleans); not Terraform's own source, version, count, for_each, providers, depends_on, lifecycle", examples: [{ engine: "postgres", allocated_storage: 100, multi_az: !0 }] }, dependsOn: { uniqueItems: !0, type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }, description: "Compositions applied before this one", examples: [["network"]] }, permissions: { additionalProperties: !1, description: "what the module manages, per provider: granted to its unit's apply identity (its plan identity reads those services), and nothing else is", type: "object", properties: { aws: { uniqueItems: !0, description: "IAM actions", examples: [["rds:*", "kms:DescribeKey"]], type: "array", items: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$", type: "string" } }, gcp: { uniqueItems: !0, description: "IAM roles on the project", examples: [["roles/cloudsql.admin"]], type: "array", items: { pattern: "^roles/[A-Za-z0-9_.]+$", type: "string" } }, alicloud: { uniqueItems: !0, description: "RAM actions", examples: [["rds:*"]], type: "array", items: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$", type: "string" } } } }, overrides: { additionalProperties: !1, description: "this composition's exceptions to the decision matrix", type: "object", properties: { reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when it is reconciled; default: the matrix's", examples: ["periodic"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs; default: the matrix's and the environment's", examples: [2] }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change; default: the matrix's", examples: ["pre-change-snapshot"] } } } } } } }, pattern103 = new RegExp("^[0-9A-Za-z.<>=~ ,!-]+$", "u"), pattern105 = new RegExp("^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$", "u"), pattern107 = new RegExp("^[a-z0-9-]+:[A-Za-z0-9*]+$", "u"), pattern108 = new RegExp("^roles/[A-Za-z0-9_.]+$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema18.required, parentSchema: schema18, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema18.required, parentSchema: schema18, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema18.required, parentSchema: schema18, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema18.required, parentSchema: schema18, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.apiVersion.type, parentSchema: schema18.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema18.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.kind.type, parentSchema: schema18.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Composition") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Composition" }, message: "must be equal to constant", schema: "Composition", parentSchema: schema18.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema18.properties.metadata.required, parentSchema: schema18.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema18.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.metadata.properties.name.allOf[0].type, parentSchema: schema18.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema18.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.metadata.properties.labels.type, parentSchema: schema18.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema18.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.metadata.properties.annotations.type, parentSchema: schema18.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.metadata.type, parentSchema: schema18.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.lifecycle === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "lifecycle" }, message: "must have required property 'lifecycle'", schema: schema18.properties.spec.required, parentSchema: schema18.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.changeFrequency === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "changeFrequency" }, message: "must have required property 'changeFrequency'", schema: schema18.properties.spec.required, parentSchema: schema18.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.module === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema18.properties.spec.required, parentSchema: schema18.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.regions === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property 'regions'", schema: schema18.properties.spec.required, parentSchema: schema18.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema18.properties.spec.properties, key4)) {
            let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data8.lifecycle !== void 0) {
          let data9 = data8.lifecycle;
          if (typeof data9 != "string") {
            let err23 = { instancePath: instancePath + "/spec/lifecycle", schemaPath: "#/properties/spec/properties/lifecycle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.lifecycle.type, parentSchema: schema18.properties.spec.properties.lifecycle, data: data9 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
          if (!(data9 === "foundation" || data9 === "k8s-base" || data9 === "platform" || data9 === "applications" || data9 === "config")) {
            let err24 = { instancePath: instancePath + "/spec/lifecycle", schemaPath: "#/properties/spec/properties/lifecycle/enum", keyword: "enum", params: { allowedValues: schema18.properties.spec.properties.lifecycle.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.spec.properties.lifecycle.enum, parentSchema: schema18.properties.spec.properties.lifecycle, data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data8.changeFrequency !== void 0) {
          let data10 = data8.changeFrequency;
          if (typeof data10 != "string") {
            let err25 = { instancePath: instancePath + "/spec/changeFrequency", schemaPath: "#/properties/spec/properties/changeFrequency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.changeFrequency.type, parentSchema: schema18.properties.spec.properties.changeFrequency, data: data10 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
          if (!(data10 === "rare" || data10 === "occasional" || data10 === "frequent")) {
            let err26 = { instancePath: instancePath + "/spec/changeFrequency", schemaPath: "#/properties/spec/properties/changeFrequency/enum", keyword: "enum", params: { allowedValues: schema18.properties.spec.properties.changeFrequency.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.spec.properties.changeFrequency.enum, parentSchema: schema18.properties.spec.properties.changeFrequency, data: data10 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data8.engine !== void 0) {
          let data11 = data8.engine;
          if (typeof data11 != "string") {
            let err27 = { instancePath: instancePath + "/spec/engine", schemaPath: "#/properties/spec/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.engine.type, parentSchema: schema18.properties.spec.properties.engine, data: data11 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          if (!(data11 === "terraform" || data11 === "gitops" || data11 === "ansible")) {
            let err28 = { instancePath: instancePath + "/spec/engine", schemaPath: "#/properties/spec/properties/engine/enum", keyword: "enum", params: { allowedValues: schema18.properties.spec.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.spec.properties.engine.enum, parentSchema: schema18.properties.spec.properties.engine, data: data11 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data8.module !== void 0) {
          let data12 = data8.module;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.source === void 0) {
              let err29 = { instancePath: instancePath + "/spec/module", schemaPath: "#/properties/spec/properties/module/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema18.properties.spec.properties.module.required, parentSchema: schema18.properties.spec.properties.module, data: data12 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            for (let key5 in data12)
              if (!(key5 === "source" || key5 === "version")) {
                let err30 = { instancePath: instancePath + "/spec/module", schemaPath: "#/properties/spec/properties/module/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18.properties.spec.properties.module, data: data12 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            if (data12.source !== void 0) {
              let data13 = data12.source;
              if (typeof data13 == "string") {
                if (func3(data13) > 500) {
                  let err31 = { instancePath: instancePath + "/spec/module/source", schemaPath: "#/properties/spec/properties/module/properties/source/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.spec.properties.module.properties.source, data: data13 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                if (func3(data13) < 1) {
                  let err32 = { instancePath: instancePath + "/spec/module/source", schemaPath: "#/properties/spec/properties/module/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.spec.properties.module.properties.source, data: data13 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
              } else {
                let err33 = { instancePath: instancePath + "/spec/module/source", schemaPath: "#/properties/spec/properties/module/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.module.properties.source.type, parentSchema: schema18.properties.spec.properties.module.properties.source, data: data13 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
            if (data12.version !== void 0) {
              let data14 = data12.version;
              if (typeof data14 == "string") {
                if (!pattern103.test(data14)) {
                  let err34 = { instancePath: instancePath + "/spec/module/version", schemaPath: "#/properties/spec/properties/module/properties/version/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z.<>=~ ,!-]+$" }, message: 'must match pattern "^[0-9A-Za-z.<>=~ ,!-]+$"', schema: "^[0-9A-Za-z.<>=~ ,!-]+$", parentSchema: schema18.properties.spec.properties.module.properties.version.allOf[0], data: data14 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
              } else {
                let err35 = { instancePath: instancePath + "/spec/module/version", schemaPath: "#/properties/spec/properties/module/properties/version/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.module.properties.version.allOf[0].type, parentSchema: schema18.properties.spec.properties.module.properties.version.allOf[0], data: data14 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
          } else {
            let err36 = { instancePath: instancePath + "/spec/module", schemaPath: "#/properties/spec/properties/module/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.spec.properties.module.type, parentSchema: schema18.properties.spec.properties.module, data: data12 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data8.regions !== void 0) {
          let data15 = data8.regions;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              let err37 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.spec.properties.regions, data: data15 };
              vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
            }
            let len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (typeof data16 == "string") {
                if (!pattern0.test(data16)) {
                  let err38 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema18.properties.spec.properties.regions.items, data: data16 };
                  vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                }
              } else {
                let err39 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.regions.items.type, parentSchema: schema18.properties.spec.properties.regions.items, data: data16 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            }
            let i1 = data15.length, j0;
            if (i1 > 1) {
              let indices0 = {};
              for (; i1--; ) {
                let item0 = data15[i1];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err40 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema18.properties.spec.properties.regions, data: data15 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            }
          } else {
            let err41 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.spec.properties.regions.type, parentSchema: schema18.properties.spec.properties.regions, data: data15 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data8.inputs !== void 0) {
          let data17 = data8.inputs;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (let key6 in data17)
              if (pattern105.test(key6)) {
                let data18 = data17[key6];
                if (typeof data18 != "string" && !(typeof data18 == "number" && isFinite(data18)) && typeof data18 != "boolean") {
                  let err42 = { instancePath: instancePath + "/spec/inputs/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/inputs/patternProperties/%5E(%3F!(source%7Cversion%7Ccount%7Cfor_each%7Cproviders%7Cdepends_on%7Clifecycle)%24)%5Ba-z_%5D%5Ba-z0-9_%5D*%24/type", keyword: "type", params: { type: schema18.properties.spec.properties.inputs.patternProperties["^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$"].type }, message: "must be string,number,boolean", schema: schema18.properties.spec.properties.inputs.patternProperties["^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$"].type, parentSchema: schema18.properties.spec.properties.inputs.patternProperties["^(?!(source|version|count|for_each|providers|depends_on|lifecycle)$)[a-z_][a-z0-9_]*$"], data: data18 };
                  vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                }
              }
          } else {
            let err43 = { instancePath: instancePath + "/spec/inputs", schemaPath: "#/properties/spec/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.spec.properties.inputs.type, parentSchema: schema18.properties.spec.properties.inputs, data: data17 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data8.dependsOn !== void 0) {
          let data19 = data8.dependsOn;
          if (Array.isArray(data19)) {
            let len1 = data19.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data20 = data19[i2];
              if (typeof data20 == "string") {
                if (!pattern0.test(data20)) {
                  let err44 = { instancePath: instancePath + "/spec/dependsOn/" + i2, schemaPath: "#/properties/spec/properties/dependsOn/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema18.properties.spec.properties.dependsOn.items, data: data20 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/spec/dependsOn/" + i2, schemaPath: "#/properties/spec/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.dependsOn.items.type, parentSchema: schema18.properties.spec.properties.dependsOn.items, data: data20 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
            let i3 = data19.length, j1;
            if (i3 > 1) {
              let indices1 = {};
              for (; i3--; ) {
                let item1 = data19[i3];
                if (typeof item1 == "string") {
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    let err46 = { instancePath: instancePath + "/spec/dependsOn", schemaPath: "#/properties/spec/properties/dependsOn/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema18.properties.spec.properties.dependsOn, data: data19 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    break;
                  }
                  indices1[item1] = i3;
                }
              }
            }
          } else {
            let err47 = { instancePath: instancePath + "/spec/dependsOn", schemaPath: "#/properties/spec/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.spec.properties.dependsOn.type, parentSchema: schema18.properties.spec.properties.dependsOn, data: data19 };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
        }
        if (data8.permissions !== void 0) {
          let data21 = data8.permissions;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (let key7 in data21)
              if (!(key7 === "aws" || key7 === "gcp" || key7 === "alicloud")) {
                let err48 = { instancePath: instancePath + "/spec/permissions", schemaPath: "#/properties/spec/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18.properties.spec.properties.permissions, data: data21 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            if (data21.aws !== void 0) {
              let data22 = data21.aws;
              if (Array.isArray(data22)) {
                let len2 = data22.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data23 = data22[i4];
                  if (typeof data23 == "string") {
                    if (!pattern107.test(data23)) {
                      let err49 = { instancePath: instancePath + "/spec/permissions/aws/" + i4, schemaPath: "#/properties/spec/properties/permissions/properties/aws/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$" }, message: 'must match pattern "^[a-z0-9-]+:[A-Za-z0-9*]+$"', schema: "^[a-z0-9-]+:[A-Za-z0-9*]+$", parentSchema: schema18.properties.spec.properties.permissions.properties.aws.items, data: data23 };
                      vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                    }
                  } else {
                    let err50 = { instancePath: instancePath + "/spec/permissions/aws/" + i4, schemaPath: "#/properties/spec/properties/permissions/properties/aws/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.permissions.properties.aws.items.type, parentSchema: schema18.properties.spec.properties.permissions.properties.aws.items, data: data23 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                let i5 = data22.length, j2;
                if (i5 > 1) {
                  let indices2 = {};
                  for (; i5--; ) {
                    let item2 = data22[i5];
                    if (typeof item2 == "string") {
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        let err51 = { instancePath: instancePath + "/spec/permissions/aws", schemaPath: "#/properties/spec/properties/permissions/properties/aws/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema18.properties.spec.properties.permissions.properties.aws, data: data22 };
                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                        break;
                      }
                      indices2[item2] = i5;
                    }
                  }
                }
              } else {
                let err52 = { instancePath: instancePath + "/spec/permissions/aws", schemaPath: "#/properties/spec/properties/permissions/properties/aws/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.spec.properties.permissions.properties.aws.type, parentSchema: schema18.properties.spec.properties.permissions.properties.aws, data: data22 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            }
            if (data21.gcp !== void 0) {
              let data24 = data21.gcp;
              if (Array.isArray(data24)) {
                let len3 = data24.length;
                for (let i6 = 0; i6 < len3; i6++) {
                  let data25 = data24[i6];
                  if (typeof data25 == "string") {
                    if (!pattern108.test(data25)) {
                      let err53 = { instancePath: instancePath + "/spec/permissions/gcp/" + i6, schemaPath: "#/properties/spec/properties/permissions/properties/gcp/items/pattern", keyword: "pattern", params: { pattern: "^roles/[A-Za-z0-9_.]+$" }, message: 'must match pattern "^roles/[A-Za-z0-9_.]+$"', schema: "^roles/[A-Za-z0-9_.]+$", parentSchema: schema18.properties.spec.properties.permissions.properties.gcp.items, data: data25 };
                      vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                    }
                  } else {
                    let err54 = { instancePath: instancePath + "/spec/permissions/gcp/" + i6, schemaPath: "#/properties/spec/properties/permissions/properties/gcp/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.permissions.properties.gcp.items.type, parentSchema: schema18.properties.spec.properties.permissions.properties.gcp.items, data: data25 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                }
                let i7 = data24.length, j3;
                if (i7 > 1) {
                  let indices3 = {};
                  for (; i7--; ) {
                    let item3 = data24[i7];
                    if (typeof item3 == "string") {
                      if (typeof indices3[item3] == "number") {
                        j3 = indices3[item3];
                        let err55 = { instancePath: instancePath + "/spec/permissions/gcp", schemaPath: "#/properties/spec/properties/permissions/properties/gcp/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: !0, parentSchema: schema18.properties.spec.properties.permissions.properties.gcp, data: data24 };
                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                        break;
                      }
                      indices3[item3] = i7;
                    }
                  }
                }
              } else {
                let err56 = { instancePath: instancePath + "/spec/permissions/gcp", schemaPath: "#/properties/spec/properties/permissions/properties/gcp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.spec.properties.permissions.properties.gcp.type, parentSchema: schema18.properties.spec.properties.permissions.properties.gcp, data: data24 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data21.alicloud !== void 0) {
              let data26 = data21.alicloud;
              if (Array.isArray(data26)) {
                let len4 = data26.length;
                for (let i8 = 0; i8 < len4; i8++) {
                  let data27 = data26[i8];
                  if (typeof data27 == "string") {
                    if (!pattern107.test(data27)) {
                      let err57 = { instancePath: instancePath + "/spec/permissions/alicloud/" + i8, schemaPath: "#/properties/spec/properties/permissions/properties/alicloud/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*]+$" }, message: 'must match pattern "^[a-z0-9-]+:[A-Za-z0-9*]+$"', schema: "^[a-z0-9-]+:[A-Za-z0-9*]+$", parentSchema: schema18.properties.spec.properties.permissions.properties.alicloud.items, data: data27 };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                  } else {
                    let err58 = { instancePath: instancePath + "/spec/permissions/alicloud/" + i8, schemaPath: "#/properties/spec/properties/permissions/properties/alicloud/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.permissions.properties.alicloud.items.type, parentSchema: schema18.properties.spec.properties.permissions.properties.alicloud.items, data: data27 };
                    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                  }
                }
                let i9 = data26.length, j4;
                if (i9 > 1) {
                  let indices4 = {};
                  for (; i9--; ) {
                    let item4 = data26[i9];
                    if (typeof item4 == "string") {
                      if (typeof indices4[item4] == "number") {
                        j4 = indices4[item4];
                        let err59 = { instancePath: instancePath + "/spec/permissions/alicloud", schemaPath: "#/properties/spec/properties/permissions/properties/alicloud/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: !0, parentSchema: schema18.properties.spec.properties.permissions.properties.alicloud, data: data26 };
                        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                        break;
                      }
                      indices4[item4] = i9;
                    }
                  }
                }
              } else {
                let err60 = { instancePath: instancePath + "/spec/permissions/alicloud", schemaPath: "#/properties/spec/properties/permissions/properties/alicloud/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.spec.properties.permissions.properties.alicloud.type, parentSchema: schema18.properties.spec.properties.permissions.properties.alicloud, data: data26 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
          } else {
            let err61 = { instancePath: instancePath + "/spec/permissions", schemaPath: "#/properties/spec/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.spec.properties.permissions.type, parentSchema: schema18.properties.spec.properties.permissions, data: data21 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
        if (data8.overrides !== void 0) {
          let data28 = data8.overrides;
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (let key8 in data28)
              if (!(key8 === "reconcile" || key8 === "approvals" || key8 === "backup")) {
                let err62 = { instancePath: instancePath + "/spec/overrides", schemaPath: "#/properties/spec/properties/overrides/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18.properties.spec.properties.overrides, data: data28 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            if (data28.reconcile !== void 0) {
              let data29 = data28.reconcile;
              if (typeof data29 != "string") {
                let err63 = { instancePath: instancePath + "/spec/overrides/reconcile", schemaPath: "#/properties/spec/properties/overrides/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.overrides.properties.reconcile.type, parentSchema: schema18.properties.spec.properties.overrides.properties.reconcile, data: data29 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
              if (!(data29 === "on_drift" || data29 === "periodic" || data29 === "continuous" || data29 === "on_change")) {
                let err64 = { instancePath: instancePath + "/spec/overrides/reconcile", schemaPath: "#/properties/spec/properties/overrides/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema18.properties.spec.properties.overrides.properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.spec.properties.overrides.properties.reconcile.enum, parentSchema: schema18.properties.spec.properties.overrides.properties.reconcile, data: data29 };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
            if (data28.approvals !== void 0) {
              let data30 = data28.approvals;
              if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
                let err65 = { instancePath: instancePath + "/spec/overrides/approvals", schemaPath: "#/properties/spec/properties/overrides/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.spec.properties.overrides.properties.approvals.type, parentSchema: schema18.properties.spec.properties.overrides.properties.approvals, data: data30 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 > 10 || isNaN(data30)) {
                  let err66 = { instancePath: instancePath + "/spec/overrides/approvals", schemaPath: "#/properties/spec/properties/overrides/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema18.properties.spec.properties.overrides.properties.approvals, data: data30 };
                  vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                }
                if (data30 < 0 || isNaN(data30)) {
                  let err67 = { instancePath: instancePath + "/spec/overrides/approvals", schemaPath: "#/properties/spec/properties/overrides/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.spec.properties.overrides.properties.approvals, data: data30 };
                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                }
              }
            }
            if (data28.backup !== void 0) {
              let data31 = data28.backup;
              if (typeof data31 != "string") {
                let err68 = { instancePath: instancePath + "/spec/overrides/backup", schemaPath: "#/properties/spec/properties/overrides/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.spec.properties.overrides.properties.backup.type, parentSchema: schema18.properties.spec.properties.overrides.properties.backup, data: data31 };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
              if (!(data31 === "state-snapshot" || data31 === "pre-change-snapshot" || data31 === "rollback" || data31 === "none")) {
                let err69 = { instancePath: instancePath + "/spec/overrides/backup", schemaPath: "#/properties/spec/properties/overrides/properties/backup/enum", keyword: "enum", params: { allowedValues: schema18.properties.spec.properties.overrides.properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.spec.properties.overrides.properties.backup.enum, parentSchema: schema18.properties.spec.properties.overrides.properties.backup, data: data31 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
          } else {
            let err70 = { instancePath: instancePath + "/spec/overrides", schemaPath: "#/properties/spec/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.spec.properties.overrides.type, parentSchema: schema18.properties.spec.properties.overrides, data: data28 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        }
      } else {
        let err71 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.spec.type, parentSchema: schema18.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      }
    }
  } else {
    let err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
  }
  return validate17.errors = vErrors, errors === 0;
}
var GtmPolicy = validate18, schema19 = { additionalProperties: !1, description: "Global traffic management for one public name.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "GtmPolicy", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["publicName", "zone", "provider", "ttl", "regions", "minReadyNodes", "healthCheck", "hysteresis", "failOpen"], properties: { publicName: { allOf: [{ pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", description: "a fully qualified lower-case DNS name such as api.example.com", examples: ["api.example.com"], type: "string" }], description: "the public name whose records GTM manages", examples: ["api.example.com"] }, zone: { allOf: [{ pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", description: "a fully qualified lower-case DNS name such as api.example.com", examples: ["api.example.com"], type: "string" }], description: "the DNS zone that holds it", examples: ["example.com"] }, provider: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Platform's DNS provider that serves the zone", examples: ["pdns"] }, ttl: { minimum: 1, maximum: 86400, description: "the records' TTL in seconds; short TTLs make failover fast", examples: [30], type: "integer" }, regions: { minItems: 1, description: "the regions behind the name, with their weights", type: "array", items: { additionalProperties: !1, description: "one region behind the name", type: "object", required: ["region", "weight"], properties: { region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "a Region that serves the name", examples: ["jp1"] }, weight: { minimum: 0, maximum: 255, description: "its base weight while healthy; 0 takes it out of the answers", examples: [100], type: "integer" }, failover: { uniqueItems: !0, description: "regions that take this one's weight while it is down, in order", examples: [["sg1"]], type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" } } } } }, minReadyNodes: { minimum: 0, description: "a region with fewer ready nodes counts as down", examples: [2], type: "integer" }, degraded: { additionalProperties: !1, description: "over either threshold a region is degraded: its weight is multiplied by factor", type: "object", required: ["factor"], properties: { errorRate: { exclusiveMinimum: 0, maximum: 1, description: "the share of 5xx answers over which a region is degraded", examples: [0.05], type: "number" }, latencySeconds: { exclusiveMinimum: 0, description: "the p95 latency over which a region is degraded", examples: [0.8], type: "number" }, factor: { exclusiveMinimum: 0, maximum: 1, description: "what a degraded region's weight is multiplied by", examples: [0.5], type: "number" } } }, healthCheck: { additionalProperties: !1, description: "how each region's ingress is probed, with the public name as Host and TLS server name", type: "object", required: ["path", "intervalSeconds", "timeoutSeconds"], properties: { scheme: { type: "string", enum: ["http", "https"], description: "the probes' scheme; default: what the region gateway serves the public name with", examples: ["https"] }, path: { allOf: [{ pattern: "^/[A-Za-z0-9._~/-]*$", description: "an absolute URL path of letters, digits and . _ ~ / -", examples: ["/healthz"], type: "string" }], description: "the path probed on every ingress address", examples: ["/healthz"] }, port: { minimum: 1, maximum: 65535, description: "the port probed; default: the gateway's port for that scheme", examples: [443], type: "integer" }, intervalSeconds: { minimum: 1, description: "seconds between probes", examples: [10], type: "integer" }, timeoutSeconds: { minimum: 1, description: "a probe that takes longer fails", examples: [3], type: "integer" }, expectedStatus: { allOf: [{ pattern: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$", description: "an HTTP status (200) or range (200-299)", type: "string" }], description: "the status a healthy region answers", examples: ["200-299"], default: "200-299" }, bodyMatch: { maxLength: 200, description: "text the answer's body must contain (plain text, not a pattern)", examples: ["ok"], type: "string" } } }, hysteresis: { additionalProperties: !1, description: "how many probes in a row change a region's state", type: "object", required: ["failures", "successes"], properties: { failures: { minimum: 1, description: "failed probes in a row before a region counts as down", examples: [3], type: "integer" }, successes: { minimum: 1, description: "good probes in a row before a down region counts as up again", examples: [2], type: "integer" } } }, failOpen: { description: "when every region looks down, keep answering with all of them rather than none", examples: [!0], type: "boolean" }, dns: { additionalProperties: !1, description: "how the public name's records are reconciled", type: "object", properties: { policy: { type: "string", enum: ["sync", "upsert-only", "create-only"], description: "sync creates, updates and deletes; upsert-only never deletes; create-only only creates", examples: ["sync"], default: "sync" }, adopt: { description: "take over a record at the public name that someone else owns (e.g. a hand-made A)", examples: [!1], default: !1, type: "boolean" } } } } } } }, pattern119 = new RegExp("^[1-5][0-9]{2}(-[1-5][0-9]{2})?$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.apiVersion.type, parentSchema: schema19.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema19.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.kind.type, parentSchema: schema19.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "GtmPolicy") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "GtmPolicy" }, message: "must be equal to constant", schema: "GtmPolicy", parentSchema: schema19.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.metadata.required, parentSchema: schema19.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.name.allOf[0].type, parentSchema: schema19.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema19.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.properties.labels.type, parentSchema: schema19.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema19.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.properties.annotations.type, parentSchema: schema19.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.type, parentSchema: schema19.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.publicName === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "publicName" }, message: "must have required property 'publicName'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.zone === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.provider === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.ttl === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "ttl" }, message: "must have required property 'ttl'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (data8.regions === void 0) {
          let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property 'regions'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        if (data8.minReadyNodes === void 0) {
          let err23 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "minReadyNodes" }, message: "must have required property 'minReadyNodes'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (data8.healthCheck === void 0) {
          let err24 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "healthCheck" }, message: "must have required property 'healthCheck'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (data8.hysteresis === void 0) {
          let err25 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "hysteresis" }, message: "must have required property 'hysteresis'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
        if (data8.failOpen === void 0) {
          let err26 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "failOpen" }, message: "must have required property 'failOpen'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema19.properties.spec.properties, key4)) {
            let err27 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        if (data8.publicName !== void 0) {
          let data9 = data8.publicName;
          if (typeof data9 == "string") {
            if (!pattern63.test(data9)) {
              let err28 = { instancePath: instancePath + "/spec/publicName", schemaPath: "#/properties/spec/properties/publicName/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$" }, message: 'must match pattern "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"', schema: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", parentSchema: schema19.properties.spec.properties.publicName.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          } else {
            let err29 = { instancePath: instancePath + "/spec/publicName", schemaPath: "#/properties/spec/properties/publicName/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.publicName.allOf[0].type, parentSchema: schema19.properties.spec.properties.publicName.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data8.zone !== void 0) {
          let data10 = data8.zone;
          if (typeof data10 == "string") {
            if (!pattern63.test(data10)) {
              let err30 = { instancePath: instancePath + "/spec/zone", schemaPath: "#/properties/spec/properties/zone/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$" }, message: 'must match pattern "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"', schema: "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", parentSchema: schema19.properties.spec.properties.zone.allOf[0], data: data10 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/spec/zone", schemaPath: "#/properties/spec/properties/zone/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.zone.allOf[0].type, parentSchema: schema19.properties.spec.properties.zone.allOf[0], data: data10 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data8.provider !== void 0) {
          let data11 = data8.provider;
          if (typeof data11 == "string") {
            if (!pattern0.test(data11)) {
              let err32 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.spec.properties.provider.allOf[0], data: data11 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
          } else {
            let err33 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.provider.allOf[0].type, parentSchema: schema19.properties.spec.properties.provider.allOf[0], data: data11 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data8.ttl !== void 0) {
          let data12 = data8.ttl;
          if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            let err34 = { instancePath: instancePath + "/spec/ttl", schemaPath: "#/properties/spec/properties/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.ttl.type, parentSchema: schema19.properties.spec.properties.ttl, data: data12 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 86400 || isNaN(data12)) {
              let err35 = { instancePath: instancePath + "/spec/ttl", schemaPath: "#/properties/spec/properties/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema19.properties.spec.properties.ttl, data: data12 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
            if (data12 < 1 || isNaN(data12)) {
              let err36 = { instancePath: instancePath + "/spec/ttl", schemaPath: "#/properties/spec/properties/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.ttl, data: data12 };
              vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
            }
          }
        }
        if (data8.regions !== void 0) {
          let data13 = data8.regions;
          if (Array.isArray(data13)) {
            if (data13.length < 1) {
              let err37 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.spec.properties.regions, data: data13 };
              vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
            }
            let len0 = data13.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data14 = data13[i0];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.region === void 0) {
                  let err38 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema19.properties.spec.properties.regions.items.required, parentSchema: schema19.properties.spec.properties.regions.items, data: data14 };
                  vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                }
                if (data14.weight === void 0) {
                  let err39 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema19.properties.spec.properties.regions.items.required, parentSchema: schema19.properties.spec.properties.regions.items, data: data14 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
                for (let key5 in data14)
                  if (!(key5 === "region" || key5 === "weight" || key5 === "failover")) {
                    let err40 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec.properties.regions.items, data: data14 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                if (data14.region !== void 0) {
                  let data15 = data14.region;
                  if (typeof data15 == "string") {
                    if (!pattern0.test(data15)) {
                      let err41 = { instancePath: instancePath + "/spec/regions/" + i0 + "/region", schemaPath: "#/properties/spec/properties/regions/items/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.spec.properties.regions.items.properties.region.allOf[0], data: data15 };
                      vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                    }
                  } else {
                    let err42 = { instancePath: instancePath + "/spec/regions/" + i0 + "/region", schemaPath: "#/properties/spec/properties/regions/items/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.regions.items.properties.region.allOf[0].type, parentSchema: schema19.properties.spec.properties.regions.items.properties.region.allOf[0], data: data15 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
                if (data14.weight !== void 0) {
                  let data16 = data14.weight;
                  if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
                    let err43 = { instancePath: instancePath + "/spec/regions/" + i0 + "/weight", schemaPath: "#/properties/spec/properties/regions/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.regions.items.properties.weight.type, parentSchema: schema19.properties.spec.properties.regions.items.properties.weight, data: data16 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 > 255 || isNaN(data16)) {
                      let err44 = { instancePath: instancePath + "/spec/regions/" + i0 + "/weight", schemaPath: "#/properties/spec/properties/regions/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema19.properties.spec.properties.regions.items.properties.weight, data: data16 };
                      vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                    }
                    if (data16 < 0 || isNaN(data16)) {
                      let err45 = { instancePath: instancePath + "/spec/regions/" + i0 + "/weight", schemaPath: "#/properties/spec/properties/regions/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.spec.properties.regions.items.properties.weight, data: data16 };
                      vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                    }
                  }
                }
                if (data14.failover !== void 0) {
                  let data17 = data14.failover;
                  if (Array.isArray(data17)) {
                    let len1 = data17.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data18 = data17[i1];
                      if (typeof data18 == "string") {
                        if (!pattern0.test(data18)) {
                          let err46 = { instancePath: instancePath + "/spec/regions/" + i0 + "/failover/" + i1, schemaPath: "#/properties/spec/properties/regions/items/properties/failover/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.spec.properties.regions.items.properties.failover.items, data: data18 };
                          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                        }
                      } else {
                        let err47 = { instancePath: instancePath + "/spec/regions/" + i0 + "/failover/" + i1, schemaPath: "#/properties/spec/properties/regions/items/properties/failover/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.regions.items.properties.failover.items.type, parentSchema: schema19.properties.spec.properties.regions.items.properties.failover.items, data: data18 };
                        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                      }
                    }
                    let i2 = data17.length, j0;
                    if (i2 > 1) {
                      let indices0 = {};
                      for (; i2--; ) {
                        let item0 = data17[i2];
                        if (typeof item0 == "string") {
                          if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            let err48 = { instancePath: instancePath + "/spec/regions/" + i0 + "/failover", schemaPath: "#/properties/spec/properties/regions/items/properties/failover/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema19.properties.spec.properties.regions.items.properties.failover, data: data17 };
                            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                            break;
                          }
                          indices0[item0] = i2;
                        }
                      }
                    }
                  } else {
                    let err49 = { instancePath: instancePath + "/spec/regions/" + i0 + "/failover", schemaPath: "#/properties/spec/properties/regions/items/properties/failover/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.spec.properties.regions.items.properties.failover.type, parentSchema: schema19.properties.spec.properties.regions.items.properties.failover, data: data17 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/spec/regions/" + i0, schemaPath: "#/properties/spec/properties/regions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.regions.items.type, parentSchema: schema19.properties.spec.properties.regions.items, data: data14 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/spec/regions", schemaPath: "#/properties/spec/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.spec.properties.regions.type, parentSchema: schema19.properties.spec.properties.regions, data: data13 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
        if (data8.minReadyNodes !== void 0) {
          let data19 = data8.minReadyNodes;
          if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            let err52 = { instancePath: instancePath + "/spec/minReadyNodes", schemaPath: "#/properties/spec/properties/minReadyNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.minReadyNodes.type, parentSchema: schema19.properties.spec.properties.minReadyNodes, data: data19 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
          if (typeof data19 == "number" && isFinite(data19) && (data19 < 0 || isNaN(data19))) {
            let err53 = { instancePath: instancePath + "/spec/minReadyNodes", schemaPath: "#/properties/spec/properties/minReadyNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.spec.properties.minReadyNodes, data: data19 };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
        }
        if (data8.degraded !== void 0) {
          let data20 = data8.degraded;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.factor === void 0) {
              let err54 = { instancePath: instancePath + "/spec/degraded", schemaPath: "#/properties/spec/properties/degraded/required", keyword: "required", params: { missingProperty: "factor" }, message: "must have required property 'factor'", schema: schema19.properties.spec.properties.degraded.required, parentSchema: schema19.properties.spec.properties.degraded, data: data20 };
              vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
            }
            for (let key6 in data20)
              if (!(key6 === "errorRate" || key6 === "latencySeconds" || key6 === "factor")) {
                let err55 = { instancePath: instancePath + "/spec/degraded", schemaPath: "#/properties/spec/properties/degraded/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec.properties.degraded, data: data20 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            if (data20.errorRate !== void 0) {
              let data21 = data20.errorRate;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 1 || isNaN(data21)) {
                  let err56 = { instancePath: instancePath + "/spec/degraded/errorRate", schemaPath: "#/properties/spec/properties/degraded/properties/errorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.spec.properties.degraded.properties.errorRate, data: data21 };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
                if (data21 <= 0 || isNaN(data21)) {
                  let err57 = { instancePath: instancePath + "/spec/degraded/errorRate", schemaPath: "#/properties/spec/properties/degraded/properties/errorRate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.spec.properties.degraded.properties.errorRate, data: data21 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
              } else {
                let err58 = { instancePath: instancePath + "/spec/degraded/errorRate", schemaPath: "#/properties/spec/properties/degraded/properties/errorRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.spec.properties.degraded.properties.errorRate.type, parentSchema: schema19.properties.spec.properties.degraded.properties.errorRate, data: data21 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            }
            if (data20.latencySeconds !== void 0) {
              let data22 = data20.latencySeconds;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 <= 0 || isNaN(data22)) {
                  let err59 = { instancePath: instancePath + "/spec/degraded/latencySeconds", schemaPath: "#/properties/spec/properties/degraded/properties/latencySeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.spec.properties.degraded.properties.latencySeconds, data: data22 };
                  vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                }
              } else {
                let err60 = { instancePath: instancePath + "/spec/degraded/latencySeconds", schemaPath: "#/properties/spec/properties/degraded/properties/latencySeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.spec.properties.degraded.properties.latencySeconds.type, parentSchema: schema19.properties.spec.properties.degraded.properties.latencySeconds, data: data22 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
            if (data20.factor !== void 0) {
              let data23 = data20.factor;
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 > 1 || isNaN(data23)) {
                  let err61 = { instancePath: instancePath + "/spec/degraded/factor", schemaPath: "#/properties/spec/properties/degraded/properties/factor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.spec.properties.degraded.properties.factor, data: data23 };
                  vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                }
                if (data23 <= 0 || isNaN(data23)) {
                  let err62 = { instancePath: instancePath + "/spec/degraded/factor", schemaPath: "#/properties/spec/properties/degraded/properties/factor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.spec.properties.degraded.properties.factor, data: data23 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              } else {
                let err63 = { instancePath: instancePath + "/spec/degraded/factor", schemaPath: "#/properties/spec/properties/degraded/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.spec.properties.degraded.properties.factor.type, parentSchema: schema19.properties.spec.properties.degraded.properties.factor, data: data23 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            }
          } else {
            let err64 = { instancePath: instancePath + "/spec/degraded", schemaPath: "#/properties/spec/properties/degraded/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.degraded.type, parentSchema: schema19.properties.spec.properties.degraded, data: data20 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        if (data8.healthCheck !== void 0) {
          let data24 = data8.healthCheck;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.path === void 0) {
              let err65 = { instancePath: instancePath + "/spec/healthCheck", schemaPath: "#/properties/spec/properties/healthCheck/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema19.properties.spec.properties.healthCheck.required, parentSchema: schema19.properties.spec.properties.healthCheck, data: data24 };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
            if (data24.intervalSeconds === void 0) {
              let err66 = { instancePath: instancePath + "/spec/healthCheck", schemaPath: "#/properties/spec/properties/healthCheck/required", keyword: "required", params: { missingProperty: "intervalSeconds" }, message: "must have required property 'intervalSeconds'", schema: schema19.properties.spec.properties.healthCheck.required, parentSchema: schema19.properties.spec.properties.healthCheck, data: data24 };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
            if (data24.timeoutSeconds === void 0) {
              let err67 = { instancePath: instancePath + "/spec/healthCheck", schemaPath: "#/properties/spec/properties/healthCheck/required", keyword: "required", params: { missingProperty: "timeoutSeconds" }, message: "must have required property 'timeoutSeconds'", schema: schema19.properties.spec.properties.healthCheck.required, parentSchema: schema19.properties.spec.properties.healthCheck, data: data24 };
              vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
            }
            for (let key7 in data24)
              if (!(key7 === "scheme" || key7 === "path" || key7 === "port" || key7 === "intervalSeconds" || key7 === "timeoutSeconds" || key7 === "expectedStatus" || key7 === "bodyMatch")) {
                let err68 = { instancePath: instancePath + "/spec/healthCheck", schemaPath: "#/properties/spec/properties/healthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec.properties.healthCheck, data: data24 };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
            if (data24.scheme !== void 0) {
              let data25 = data24.scheme;
              if (typeof data25 != "string") {
                let err69 = { instancePath: instancePath + "/spec/healthCheck/scheme", schemaPath: "#/properties/spec/properties/healthCheck/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.healthCheck.properties.scheme.type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.scheme, data: data25 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
              if (!(data25 === "http" || data25 === "https")) {
                let err70 = { instancePath: instancePath + "/spec/healthCheck/scheme", schemaPath: "#/properties/spec/properties/healthCheck/properties/scheme/enum", keyword: "enum", params: { allowedValues: schema19.properties.spec.properties.healthCheck.properties.scheme.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.spec.properties.healthCheck.properties.scheme.enum, parentSchema: schema19.properties.spec.properties.healthCheck.properties.scheme, data: data25 };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            }
            if (data24.path !== void 0) {
              let data26 = data24.path;
              if (typeof data26 == "string") {
                if (!pattern94.test(data26)) {
                  let err71 = { instancePath: instancePath + "/spec/healthCheck/path", schemaPath: "#/properties/spec/properties/healthCheck/properties/path/allOf/0/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._~/-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._~/-]*$"', schema: "^/[A-Za-z0-9._~/-]*$", parentSchema: schema19.properties.spec.properties.healthCheck.properties.path.allOf[0], data: data26 };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
              } else {
                let err72 = { instancePath: instancePath + "/spec/healthCheck/path", schemaPath: "#/properties/spec/properties/healthCheck/properties/path/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.healthCheck.properties.path.allOf[0].type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.path.allOf[0], data: data26 };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            }
            if (data24.port !== void 0) {
              let data27 = data24.port;
              if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                let err73 = { instancePath: instancePath + "/spec/healthCheck/port", schemaPath: "#/properties/spec/properties/healthCheck/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.healthCheck.properties.port.type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.port, data: data27 };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 > 65535 || isNaN(data27)) {
                  let err74 = { instancePath: instancePath + "/spec/healthCheck/port", schemaPath: "#/properties/spec/properties/healthCheck/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema19.properties.spec.properties.healthCheck.properties.port, data: data27 };
                  vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                }
                if (data27 < 1 || isNaN(data27)) {
                  let err75 = { instancePath: instancePath + "/spec/healthCheck/port", schemaPath: "#/properties/spec/properties/healthCheck/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.healthCheck.properties.port, data: data27 };
                  vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                }
              }
            }
            if (data24.intervalSeconds !== void 0) {
              let data28 = data24.intervalSeconds;
              if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                let err76 = { instancePath: instancePath + "/spec/healthCheck/intervalSeconds", schemaPath: "#/properties/spec/properties/healthCheck/properties/intervalSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.healthCheck.properties.intervalSeconds.type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.intervalSeconds, data: data28 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
              if (typeof data28 == "number" && isFinite(data28) && (data28 < 1 || isNaN(data28))) {
                let err77 = { instancePath: instancePath + "/spec/healthCheck/intervalSeconds", schemaPath: "#/properties/spec/properties/healthCheck/properties/intervalSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.healthCheck.properties.intervalSeconds, data: data28 };
                vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
              }
            }
            if (data24.timeoutSeconds !== void 0) {
              let data29 = data24.timeoutSeconds;
              if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                let err78 = { instancePath: instancePath + "/spec/healthCheck/timeoutSeconds", schemaPath: "#/properties/spec/properties/healthCheck/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.healthCheck.properties.timeoutSeconds.type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.timeoutSeconds, data: data29 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
              if (typeof data29 == "number" && isFinite(data29) && (data29 < 1 || isNaN(data29))) {
                let err79 = { instancePath: instancePath + "/spec/healthCheck/timeoutSeconds", schemaPath: "#/properties/spec/properties/healthCheck/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.healthCheck.properties.timeoutSeconds, data: data29 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
            if (data24.expectedStatus !== void 0) {
              let data30 = data24.expectedStatus;
              if (typeof data30 == "string") {
                if (!pattern119.test(data30)) {
                  let err80 = { instancePath: instancePath + "/spec/healthCheck/expectedStatus", schemaPath: "#/properties/spec/properties/healthCheck/properties/expectedStatus/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$" }, message: 'must match pattern "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$"', schema: "^[1-5][0-9]{2}(-[1-5][0-9]{2})?$", parentSchema: schema19.properties.spec.properties.healthCheck.properties.expectedStatus.allOf[0], data: data30 };
                  vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                }
              } else {
                let err81 = { instancePath: instancePath + "/spec/healthCheck/expectedStatus", schemaPath: "#/properties/spec/properties/healthCheck/properties/expectedStatus/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.healthCheck.properties.expectedStatus.allOf[0].type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.expectedStatus.allOf[0], data: data30 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
            if (data24.bodyMatch !== void 0) {
              let data31 = data24.bodyMatch;
              if (typeof data31 == "string") {
                if (func3(data31) > 200) {
                  let err82 = { instancePath: instancePath + "/spec/healthCheck/bodyMatch", schemaPath: "#/properties/spec/properties/healthCheck/properties/bodyMatch/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema19.properties.spec.properties.healthCheck.properties.bodyMatch, data: data31 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/spec/healthCheck/bodyMatch", schemaPath: "#/properties/spec/properties/healthCheck/properties/bodyMatch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.healthCheck.properties.bodyMatch.type, parentSchema: schema19.properties.spec.properties.healthCheck.properties.bodyMatch, data: data31 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
          } else {
            let err84 = { instancePath: instancePath + "/spec/healthCheck", schemaPath: "#/properties/spec/properties/healthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.healthCheck.type, parentSchema: schema19.properties.spec.properties.healthCheck, data: data24 };
            vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
          }
        }
        if (data8.hysteresis !== void 0) {
          let data32 = data8.hysteresis;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.failures === void 0) {
              let err85 = { instancePath: instancePath + "/spec/hysteresis", schemaPath: "#/properties/spec/properties/hysteresis/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'", schema: schema19.properties.spec.properties.hysteresis.required, parentSchema: schema19.properties.spec.properties.hysteresis, data: data32 };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
            if (data32.successes === void 0) {
              let err86 = { instancePath: instancePath + "/spec/hysteresis", schemaPath: "#/properties/spec/properties/hysteresis/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'", schema: schema19.properties.spec.properties.hysteresis.required, parentSchema: schema19.properties.spec.properties.hysteresis, data: data32 };
              vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
            }
            for (let key8 in data32)
              if (!(key8 === "failures" || key8 === "successes")) {
                let err87 = { instancePath: instancePath + "/spec/hysteresis", schemaPath: "#/properties/spec/properties/hysteresis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec.properties.hysteresis, data: data32 };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            if (data32.failures !== void 0) {
              let data33 = data32.failures;
              if (!(typeof data33 == "number" && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
                let err88 = { instancePath: instancePath + "/spec/hysteresis/failures", schemaPath: "#/properties/spec/properties/hysteresis/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.hysteresis.properties.failures.type, parentSchema: schema19.properties.spec.properties.hysteresis.properties.failures, data: data33 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
              if (typeof data33 == "number" && isFinite(data33) && (data33 < 1 || isNaN(data33))) {
                let err89 = { instancePath: instancePath + "/spec/hysteresis/failures", schemaPath: "#/properties/spec/properties/hysteresis/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.hysteresis.properties.failures, data: data33 };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
            if (data32.successes !== void 0) {
              let data34 = data32.successes;
              if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                let err90 = { instancePath: instancePath + "/spec/hysteresis/successes", schemaPath: "#/properties/spec/properties/hysteresis/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.hysteresis.properties.successes.type, parentSchema: schema19.properties.spec.properties.hysteresis.properties.successes, data: data34 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
              if (typeof data34 == "number" && isFinite(data34) && (data34 < 1 || isNaN(data34))) {
                let err91 = { instancePath: instancePath + "/spec/hysteresis/successes", schemaPath: "#/properties/spec/properties/hysteresis/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.hysteresis.properties.successes, data: data34 };
                vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
              }
            }
          } else {
            let err92 = { instancePath: instancePath + "/spec/hysteresis", schemaPath: "#/properties/spec/properties/hysteresis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.hysteresis.type, parentSchema: schema19.properties.spec.properties.hysteresis, data: data32 };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
        }
        if (data8.failOpen !== void 0) {
          let data35 = data8.failOpen;
          if (typeof data35 != "boolean") {
            let err93 = { instancePath: instancePath + "/spec/failOpen", schemaPath: "#/properties/spec/properties/failOpen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.spec.properties.failOpen.type, parentSchema: schema19.properties.spec.properties.failOpen, data: data35 };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
        }
        if (data8.dns !== void 0) {
          let data36 = data8.dns;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (let key9 in data36)
              if (!(key9 === "policy" || key9 === "adopt")) {
                let err94 = { instancePath: instancePath + "/spec/dns", schemaPath: "#/properties/spec/properties/dns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.spec.properties.dns, data: data36 };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
            if (data36.policy !== void 0) {
              let data37 = data36.policy;
              if (typeof data37 != "string") {
                let err95 = { instancePath: instancePath + "/spec/dns/policy", schemaPath: "#/properties/spec/properties/dns/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.dns.properties.policy.type, parentSchema: schema19.properties.spec.properties.dns.properties.policy, data: data37 };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
              if (!(data37 === "sync" || data37 === "upsert-only" || data37 === "create-only")) {
                let err96 = { instancePath: instancePath + "/spec/dns/policy", schemaPath: "#/properties/spec/properties/dns/properties/policy/enum", keyword: "enum", params: { allowedValues: schema19.properties.spec.properties.dns.properties.policy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.spec.properties.dns.properties.policy.enum, parentSchema: schema19.properties.spec.properties.dns.properties.policy, data: data37 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
            if (data36.adopt !== void 0) {
              let data38 = data36.adopt;
              if (typeof data38 != "boolean") {
                let err97 = { instancePath: instancePath + "/spec/dns/adopt", schemaPath: "#/properties/spec/properties/dns/properties/adopt/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.spec.properties.dns.properties.adopt.type, parentSchema: schema19.properties.spec.properties.dns.properties.adopt, data: data38 };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
            }
          } else {
            let err98 = { instancePath: instancePath + "/spec/dns", schemaPath: "#/properties/spec/properties/dns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.dns.type, parentSchema: schema19.properties.spec.properties.dns, data: data36 };
            vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
          }
        }
      } else {
        let err99 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.type, parentSchema: schema19.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
      }
    }
  } else {
    let err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
  }
  return validate18.errors = vErrors, errors === 0;
}
var AutoscalePolicy = validate19, schema20 = { additionalProperties: !1, description: "Node-pool autoscaling of one region.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "AutoscalePolicy", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["region", "min", "max", "targetUtilization"], properties: { region: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the Region whose node pool this scales", examples: ["jp1"] }, min: { minimum: 0, description: "the fewest nodes, within the region's nodePool min/max", examples: [3], type: "integer" }, max: { minimum: 1, description: "the most nodes, within the region's nodePool min/max", examples: [12], type: "integer" }, targetUtilization: { exclusiveMinimum: 0, maximum: 1, description: "the CPU utilization the pool is sized for", examples: [0.6], type: "number" }, tolerance: { minimum: 0, maximum: 1, description: "no change while utilization / target is within 1 \xB1 tolerance", examples: [0.1], default: 0.1, type: "number" }, windowSeconds: { minimum: 60, description: "the window usage is averaged over", examples: [300], default: 300, type: "integer" }, warmupSeconds: { minimum: 0, description: "a node booted more recently than this is not counted ready", examples: [120], type: "integer", default: 120 }, behavior: { additionalProperties: !1, type: "object", properties: { scaleUp: { additionalProperties: !1, description: "HPA-style rules for one direction", type: "object", properties: { stabilizationWindowSeconds: { minimum: 0, description: "the decision is the most conservative of this window's; default 0 up, 300 down", examples: [300], type: "integer" }, selectPolicy: { type: "string", enum: ["Max", "Min", "Disabled"], description: "which policy's limit applies when several do (Disabled: never scale this way)", examples: ["Max"], default: "Max" }, policies: { minItems: 1, description: "rate limits; default up: 4 nodes or 100% per 15 s, down: 100% per 15 s (Kubernetes HPA's)", type: "array", items: { additionalProperties: !1, description: "one rate limit", type: "object", required: ["type", "value", "periodSeconds"], properties: { type: { type: "string", enum: ["Nodes", "Percent"], description: "a count of nodes or a percentage", examples: ["Percent"] }, value: { minimum: 1, description: "the most nodes (or percent) per period", examples: [100], type: "integer" }, periodSeconds: { minimum: 1, maximum: 1800, description: "the period the limit applies to", examples: [15], type: "integer" } } } } } }, scaleDown: { additionalProperties: !1, description: "HPA-style rules for one direction", type: "object", properties: { stabilizationWindowSeconds: { minimum: 0, description: "the decision is the most conservative of this window's; default 0 up, 300 down", examples: [300], type: "integer" }, selectPolicy: { type: "string", enum: ["Max", "Min", "Disabled"], description: "which policy's limit applies when several do (Disabled: never scale this way)", examples: ["Max"], default: "Max" }, policies: { minItems: 1, description: "rate limits; default up: 4 nodes or 100% per 15 s, down: 100% per 15 s (Kubernetes HPA's)", type: "array", items: { additionalProperties: !1, description: "one rate limit", type: "object", required: ["type", "value", "periodSeconds"], properties: { type: { type: "string", enum: ["Nodes", "Percent"], description: "a count of nodes or a percentage", examples: ["Percent"] }, value: { minimum: 1, description: "the most nodes (or percent) per period", examples: [100], type: "integer" }, periodSeconds: { minimum: 1, maximum: 1800, description: "the period the limit applies to", examples: [15], type: "integer" } } } } } } }, description: "how fast the pool grows and shrinks, up and down", examples: [{ scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: "Max", policies: [{ type: "Nodes", value: 4, periodSeconds: 15 }, { type: "Percent", value: 100, periodSeconds: 15 }] }, scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: "Percent", value: 100, periodSeconds: 15 }] } }] }, queries: { additionalProperties: !1, description: "metric queries, one series per node", type: "object", properties: { usage: { minLength: 1, description: "PromQL: CPU cores busy per node; $selector, $window and $warmup are filled in; default: node_exporter's node_cpu_seconds_total", examples: ['sum by (node) (rate(node_cpu_seconds_total{$selector,mode!="idle"}[$window]))'], type: "string" }, capacity: { minLength: 1, description: "PromQL: CPUs per node; default: node_exporter's idle CPU series", examples: ['count by (node) (node_cpu_seconds_total{$selector,mode="idle"})'], type: "string" }, ready: { minLength: 1, description: "PromQL: 1 per ready node; default: up and booted at least $warmup seconds ago", examples: ['max by (node) (up{$selector,node!=""})'], type: "string" } } } } } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema20.required, parentSchema: schema20, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema20.required, parentSchema: schema20, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema20.required, parentSchema: schema20, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema20.required, parentSchema: schema20, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.apiVersion.type, parentSchema: schema20.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema20.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.kind.type, parentSchema: schema20.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "AutoscalePolicy") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "AutoscalePolicy" }, message: "must be equal to constant", schema: "AutoscalePolicy", parentSchema: schema20.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema20.properties.metadata.required, parentSchema: schema20.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema20.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.metadata.properties.name.allOf[0].type, parentSchema: schema20.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema20.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.metadata.properties.labels.type, parentSchema: schema20.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema20.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.metadata.properties.annotations.type, parentSchema: schema20.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.metadata.type, parentSchema: schema20.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.region === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema20.properties.spec.required, parentSchema: schema20.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8.min === void 0) {
          let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema20.properties.spec.required, parentSchema: schema20.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data8.max === void 0) {
          let err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema20.properties.spec.required, parentSchema: schema20.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data8.targetUtilization === void 0) {
          let err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "targetUtilization" }, message: "must have required property 'targetUtilization'", schema: schema20.properties.spec.required, parentSchema: schema20.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        for (let key4 in data8)
          if (!func2.call(schema20.properties.spec.properties, key4)) {
            let err22 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data8.region !== void 0) {
          let data9 = data8.region;
          if (typeof data9 == "string") {
            if (!pattern0.test(data9)) {
              let err23 = { instancePath: instancePath + "/spec/region", schemaPath: "#/properties/spec/properties/region/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema20.properties.spec.properties.region.allOf[0], data: data9 };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = { instancePath: instancePath + "/spec/region", schemaPath: "#/properties/spec/properties/region/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.region.allOf[0].type, parentSchema: schema20.properties.spec.properties.region.allOf[0], data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data8.min !== void 0) {
          let data10 = data8.min;
          if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            let err25 = { instancePath: instancePath + "/spec/min", schemaPath: "#/properties/spec/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.min.type, parentSchema: schema20.properties.spec.properties.min, data: data10 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
          if (typeof data10 == "number" && isFinite(data10) && (data10 < 0 || isNaN(data10))) {
            let err26 = { instancePath: instancePath + "/spec/min", schemaPath: "#/properties/spec/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.spec.properties.min, data: data10 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data8.max !== void 0) {
          let data11 = data8.max;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            let err27 = { instancePath: instancePath + "/spec/max", schemaPath: "#/properties/spec/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.max.type, parentSchema: schema20.properties.spec.properties.max, data: data11 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          if (typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11))) {
            let err28 = { instancePath: instancePath + "/spec/max", schemaPath: "#/properties/spec/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.spec.properties.max, data: data11 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data8.targetUtilization !== void 0) {
          let data12 = data8.targetUtilization;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 1 || isNaN(data12)) {
              let err29 = { instancePath: instancePath + "/spec/targetUtilization", schemaPath: "#/properties/spec/properties/targetUtilization/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.spec.properties.targetUtilization, data: data12 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (data12 <= 0 || isNaN(data12)) {
              let err30 = { instancePath: instancePath + "/spec/targetUtilization", schemaPath: "#/properties/spec/properties/targetUtilization/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20.properties.spec.properties.targetUtilization, data: data12 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/spec/targetUtilization", schemaPath: "#/properties/spec/properties/targetUtilization/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.spec.properties.targetUtilization.type, parentSchema: schema20.properties.spec.properties.targetUtilization, data: data12 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data8.tolerance !== void 0) {
          let data13 = data8.tolerance;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 1 || isNaN(data13)) {
              let err32 = { instancePath: instancePath + "/spec/tolerance", schemaPath: "#/properties/spec/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.spec.properties.tolerance, data: data13 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              let err33 = { instancePath: instancePath + "/spec/tolerance", schemaPath: "#/properties/spec/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.spec.properties.tolerance, data: data13 };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
          } else {
            let err34 = { instancePath: instancePath + "/spec/tolerance", schemaPath: "#/properties/spec/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.spec.properties.tolerance.type, parentSchema: schema20.properties.spec.properties.tolerance, data: data13 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data8.windowSeconds !== void 0) {
          let data14 = data8.windowSeconds;
          if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            let err35 = { instancePath: instancePath + "/spec/windowSeconds", schemaPath: "#/properties/spec/properties/windowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.windowSeconds.type, parentSchema: schema20.properties.spec.properties.windowSeconds, data: data14 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
          if (typeof data14 == "number" && isFinite(data14) && (data14 < 60 || isNaN(data14))) {
            let err36 = { instancePath: instancePath + "/spec/windowSeconds", schemaPath: "#/properties/spec/properties/windowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60", schema: 60, parentSchema: schema20.properties.spec.properties.windowSeconds, data: data14 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data8.warmupSeconds !== void 0) {
          let data15 = data8.warmupSeconds;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            let err37 = { instancePath: instancePath + "/spec/warmupSeconds", schemaPath: "#/properties/spec/properties/warmupSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.warmupSeconds.type, parentSchema: schema20.properties.spec.properties.warmupSeconds, data: data15 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
          if (typeof data15 == "number" && isFinite(data15) && (data15 < 0 || isNaN(data15))) {
            let err38 = { instancePath: instancePath + "/spec/warmupSeconds", schemaPath: "#/properties/spec/properties/warmupSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.spec.properties.warmupSeconds, data: data15 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data8.behavior !== void 0) {
          let data16 = data8.behavior;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (let key5 in data16)
              if (!(key5 === "scaleUp" || key5 === "scaleDown")) {
                let err39 = { instancePath: instancePath + "/spec/behavior", schemaPath: "#/properties/spec/properties/behavior/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.behavior, data: data16 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            if (data16.scaleUp !== void 0) {
              let data17 = data16.scaleUp;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (let key6 in data17)
                  if (!(key6 === "stabilizationWindowSeconds" || key6 === "selectPolicy" || key6 === "policies")) {
                    let err40 = { instancePath: instancePath + "/spec/behavior/scaleUp", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp, data: data17 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                if (data17.stabilizationWindowSeconds !== void 0) {
                  let data18 = data17.stabilizationWindowSeconds;
                  if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
                    let err41 = { instancePath: instancePath + "/spec/behavior/scaleUp/stabilizationWindowSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/stabilizationWindowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.stabilizationWindowSeconds.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.stabilizationWindowSeconds, data: data18 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18) && (data18 < 0 || isNaN(data18))) {
                    let err42 = { instancePath: instancePath + "/spec/behavior/scaleUp/stabilizationWindowSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/stabilizationWindowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.stabilizationWindowSeconds, data: data18 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
                if (data17.selectPolicy !== void 0) {
                  let data19 = data17.selectPolicy;
                  if (typeof data19 != "string") {
                    let err43 = { instancePath: instancePath + "/spec/behavior/scaleUp/selectPolicy", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/selectPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.selectPolicy.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.selectPolicy, data: data19 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                  if (!(data19 === "Max" || data19 === "Min" || data19 === "Disabled")) {
                    let err44 = { instancePath: instancePath + "/spec/behavior/scaleUp/selectPolicy", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/selectPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.selectPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.selectPolicy.enum, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.selectPolicy, data: data19 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                }
                if (data17.policies !== void 0) {
                  let data20 = data17.policies;
                  if (Array.isArray(data20)) {
                    if (data20.length < 1) {
                      let err45 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies, data: data20 };
                      vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                    }
                    let len0 = data20.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data21 = data20[i0];
                      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.type === void 0) {
                          let err46 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0, schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items, data: data21 };
                          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                        }
                        if (data21.value === void 0) {
                          let err47 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0, schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items, data: data21 };
                          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                        }
                        if (data21.periodSeconds === void 0) {
                          let err48 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0, schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/required", keyword: "required", params: { missingProperty: "periodSeconds" }, message: "must have required property 'periodSeconds'", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items, data: data21 };
                          vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                        }
                        for (let key7 in data21)
                          if (!(key7 === "type" || key7 === "value" || key7 === "periodSeconds")) {
                            let err49 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0, schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items, data: data21 };
                            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                          }
                        if (data21.type !== void 0) {
                          let data22 = data21.type;
                          if (typeof data22 != "string") {
                            let err50 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/type", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.type.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.type, data: data22 };
                            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                          }
                          if (!(data22 === "Nodes" || data22 === "Percent")) {
                            let err51 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/type", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.type.enum, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.type, data: data22 };
                            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                          }
                        }
                        if (data21.value !== void 0) {
                          let data23 = data21.value;
                          if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                            let err52 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/value", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.value.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.value, data: data23 };
                            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                          }
                          if (typeof data23 == "number" && isFinite(data23) && (data23 < 1 || isNaN(data23))) {
                            let err53 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/value", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.value, data: data23 };
                            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                          }
                        }
                        if (data21.periodSeconds !== void 0) {
                          let data24 = data21.periodSeconds;
                          if (!(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                            let err54 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.periodSeconds.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.periodSeconds, data: data24 };
                            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                          }
                          if (typeof data24 == "number" && isFinite(data24)) {
                            if (data24 > 1800 || isNaN(data24)) {
                              let err55 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1800 }, message: "must be <= 1800", schema: 1800, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.periodSeconds, data: data24 };
                              vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                            }
                            if (data24 < 1 || isNaN(data24)) {
                              let err56 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.properties.periodSeconds, data: data24 };
                              vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                            }
                          }
                        }
                      } else {
                        let err57 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies/" + i0, schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.items, data: data21 };
                        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                      }
                    }
                  } else {
                    let err58 = { instancePath: instancePath + "/spec/behavior/scaleUp/policies", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp.properties.policies, data: data20 };
                    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                  }
                }
              } else {
                let err59 = { instancePath: instancePath + "/spec/behavior/scaleUp", schemaPath: "#/properties/spec/properties/behavior/properties/scaleUp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.behavior.properties.scaleUp.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleUp, data: data17 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            if (data16.scaleDown !== void 0) {
              let data25 = data16.scaleDown;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (let key8 in data25)
                  if (!(key8 === "stabilizationWindowSeconds" || key8 === "selectPolicy" || key8 === "policies")) {
                    let err60 = { instancePath: instancePath + "/spec/behavior/scaleDown", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown, data: data25 };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                if (data25.stabilizationWindowSeconds !== void 0) {
                  let data26 = data25.stabilizationWindowSeconds;
                  if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                    let err61 = { instancePath: instancePath + "/spec/behavior/scaleDown/stabilizationWindowSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/stabilizationWindowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.stabilizationWindowSeconds.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.stabilizationWindowSeconds, data: data26 };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                  if (typeof data26 == "number" && isFinite(data26) && (data26 < 0 || isNaN(data26))) {
                    let err62 = { instancePath: instancePath + "/spec/behavior/scaleDown/stabilizationWindowSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/stabilizationWindowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.stabilizationWindowSeconds, data: data26 };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                }
                if (data25.selectPolicy !== void 0) {
                  let data27 = data25.selectPolicy;
                  if (typeof data27 != "string") {
                    let err63 = { instancePath: instancePath + "/spec/behavior/scaleDown/selectPolicy", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/selectPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.selectPolicy.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.selectPolicy, data: data27 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                  if (!(data27 === "Max" || data27 === "Min" || data27 === "Disabled")) {
                    let err64 = { instancePath: instancePath + "/spec/behavior/scaleDown/selectPolicy", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/selectPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.selectPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.selectPolicy.enum, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.selectPolicy, data: data27 };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                }
                if (data25.policies !== void 0) {
                  let data28 = data25.policies;
                  if (Array.isArray(data28)) {
                    if (data28.length < 1) {
                      let err65 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies, data: data28 };
                      vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                    }
                    let len1 = data28.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data29 = data28[i1];
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        if (data29.type === void 0) {
                          let err66 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1, schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items, data: data29 };
                          vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                        }
                        if (data29.value === void 0) {
                          let err67 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1, schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items, data: data29 };
                          vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                        }
                        if (data29.periodSeconds === void 0) {
                          let err68 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1, schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/required", keyword: "required", params: { missingProperty: "periodSeconds" }, message: "must have required property 'periodSeconds'", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.required, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items, data: data29 };
                          vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                        }
                        for (let key9 in data29)
                          if (!(key9 === "type" || key9 === "value" || key9 === "periodSeconds")) {
                            let err69 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1, schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items, data: data29 };
                            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                          }
                        if (data29.type !== void 0) {
                          let data30 = data29.type;
                          if (typeof data30 != "string") {
                            let err70 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/type", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.type.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.type, data: data30 };
                            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                          }
                          if (!(data30 === "Nodes" || data30 === "Percent")) {
                            let err71 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/type", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.type.enum, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.type, data: data30 };
                            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                          }
                        }
                        if (data29.value !== void 0) {
                          let data31 = data29.value;
                          if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                            let err72 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/value", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.value.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.value, data: data31 };
                            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                          }
                          if (typeof data31 == "number" && isFinite(data31) && (data31 < 1 || isNaN(data31))) {
                            let err73 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/value", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.value, data: data31 };
                            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                          }
                        }
                        if (data29.periodSeconds !== void 0) {
                          let data32 = data29.periodSeconds;
                          if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                            let err74 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.periodSeconds.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.periodSeconds, data: data32 };
                            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                          }
                          if (typeof data32 == "number" && isFinite(data32)) {
                            if (data32 > 1800 || isNaN(data32)) {
                              let err75 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1800 }, message: "must be <= 1800", schema: 1800, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.periodSeconds, data: data32 };
                              vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                            }
                            if (data32 < 1 || isNaN(data32)) {
                              let err76 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1 + "/periodSeconds", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.properties.periodSeconds, data: data32 };
                              vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                            }
                          }
                        }
                      } else {
                        let err77 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies/" + i1, schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.items, data: data29 };
                        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                      }
                    }
                  } else {
                    let err78 = { instancePath: instancePath + "/spec/behavior/scaleDown/policies", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown.properties.policies, data: data28 };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                }
              } else {
                let err79 = { instancePath: instancePath + "/spec/behavior/scaleDown", schemaPath: "#/properties/spec/properties/behavior/properties/scaleDown/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.behavior.properties.scaleDown.type, parentSchema: schema20.properties.spec.properties.behavior.properties.scaleDown, data: data25 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
          } else {
            let err80 = { instancePath: instancePath + "/spec/behavior", schemaPath: "#/properties/spec/properties/behavior/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.behavior.type, parentSchema: schema20.properties.spec.properties.behavior, data: data16 };
            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
          }
        }
        if (data8.queries !== void 0) {
          let data33 = data8.queries;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (let key10 in data33)
              if (!(key10 === "usage" || key10 === "capacity" || key10 === "ready")) {
                let err81 = { instancePath: instancePath + "/spec/queries", schemaPath: "#/properties/spec/properties/queries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.spec.properties.queries, data: data33 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            if (data33.usage !== void 0) {
              let data34 = data33.usage;
              if (typeof data34 == "string") {
                if (func3(data34) < 1) {
                  let err82 = { instancePath: instancePath + "/spec/queries/usage", schemaPath: "#/properties/spec/properties/queries/properties/usage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.spec.properties.queries.properties.usage, data: data34 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/spec/queries/usage", schemaPath: "#/properties/spec/properties/queries/properties/usage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.queries.properties.usage.type, parentSchema: schema20.properties.spec.properties.queries.properties.usage, data: data34 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data33.capacity !== void 0) {
              let data35 = data33.capacity;
              if (typeof data35 == "string") {
                if (func3(data35) < 1) {
                  let err84 = { instancePath: instancePath + "/spec/queries/capacity", schemaPath: "#/properties/spec/properties/queries/properties/capacity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.spec.properties.queries.properties.capacity, data: data35 };
                  vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                }
              } else {
                let err85 = { instancePath: instancePath + "/spec/queries/capacity", schemaPath: "#/properties/spec/properties/queries/properties/capacity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.queries.properties.capacity.type, parentSchema: schema20.properties.spec.properties.queries.properties.capacity, data: data35 };
                vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
              }
            }
            if (data33.ready !== void 0) {
              let data36 = data33.ready;
              if (typeof data36 == "string") {
                if (func3(data36) < 1) {
                  let err86 = { instancePath: instancePath + "/spec/queries/ready", schemaPath: "#/properties/spec/properties/queries/properties/ready/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.spec.properties.queries.properties.ready, data: data36 };
                  vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                }
              } else {
                let err87 = { instancePath: instancePath + "/spec/queries/ready", schemaPath: "#/properties/spec/properties/queries/properties/ready/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.spec.properties.queries.properties.ready.type, parentSchema: schema20.properties.spec.properties.queries.properties.ready, data: data36 };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
          } else {
            let err88 = { instancePath: instancePath + "/spec/queries", schemaPath: "#/properties/spec/properties/queries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.properties.queries.type, parentSchema: schema20.properties.spec.properties.queries, data: data33 };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
        }
      } else {
        let err89 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.spec.type, parentSchema: schema20.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
      }
    }
  } else {
    let err90 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
  }
  return validate19.errors = vErrors, errors === 0;
}
var Policy = validate20, schema21 = { additionalProperties: !1, description: "User rules in CEL, or a reference to an OPA bundle.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "Policy", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", properties: { description: { maxLength: 500, description: "what the policy is for, shown with its findings", examples: ["Production services survive the loss of a region."], type: "string" }, match: { additionalProperties: !1, description: "which documents the rules see; default: all", type: "object", properties: { kinds: { description: "kinds of document the rules apply to; default: every kind", examples: [["Service"]], type: "array", items: { pattern: "^[A-Z][A-Za-z]+$", type: "string" } }, lifecycles: { description: "Composition lifecycles the rules apply to; default: every one", examples: [["platform"]], type: "array", items: { type: "string", enum: ["foundation", "k8s-base", "platform", "applications", "config"] } }, environments: { uniqueItems: !0, type: "array", items: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }, description: "environments the rules apply to; default: every one", examples: [["prod"]] } } }, validations: { minItems: 1, description: "CEL rules", type: "array", items: { additionalProperties: !1, description: "one rule", type: "object", required: ["expression", "message"], properties: { expression: { minLength: 1, description: "a CEL expression over `object` (the document) that must be true", examples: ["object.spec.regions.size() >= 2"], type: "string" }, message: { minLength: 1, description: "what the author of a change that breaks the rule is told", examples: ["prod services run in at least two regions"], type: "string" }, severity: { type: "string", enum: ["deny", "warn"], description: "deny fails the check; warn only reports", examples: ["deny"], default: "deny" } } } }, opa: { additionalProperties: !1, description: "a reference to an OPA bundle", type: "object", required: ["bundle"], properties: { bundle: { allOf: [{ pattern: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$", description: "a path inside the config directory (no leading / and no ..)", type: "string" }], description: "an OPA policy compiled to WebAssembly (policy.wasm), relative to the config directory", examples: ["policies/opa/policy.wasm"] }, entrypoints: { description: "the rules to evaluate; default: the bundle's own entrypoints", examples: [["cloudneutral/deny"]], type: "array", items: { pattern: "^[A-Za-z0-9_/]+$", type: "string" } } } } } } } }, pattern127 = new RegExp("^[A-Z][A-Za-z]+$", "u"), pattern129 = new RegExp("^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$", "u"), pattern130 = new RegExp("^[A-Za-z0-9_/]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.apiVersion.type, parentSchema: schema21.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema21.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.kind.type, parentSchema: schema21.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "Policy") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema21.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema21.properties.metadata.required, parentSchema: schema21.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema21.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.metadata.properties.name.allOf[0].type, parentSchema: schema21.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema21.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.metadata.properties.labels.type, parentSchema: schema21.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema21.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.metadata.properties.annotations.type, parentSchema: schema21.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.metadata.type, parentSchema: schema21.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (let key4 in data8)
          if (!(key4 === "description" || key4 === "match" || key4 === "validations" || key4 === "opa")) {
            let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        if (data8.description !== void 0) {
          let data9 = data8.description;
          if (typeof data9 == "string") {
            if (func3(data9) > 500) {
              let err19 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema21.properties.spec.properties.description, data: data9 };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
          } else {
            let err20 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.description.type, parentSchema: schema21.properties.spec.properties.description, data: data9 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data8.match !== void 0) {
          let data10 = data8.match;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (let key5 in data10)
              if (!(key5 === "kinds" || key5 === "lifecycles" || key5 === "environments")) {
                let err21 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.spec.properties.match, data: data10 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            if (data10.kinds !== void 0) {
              let data11 = data10.kinds;
              if (Array.isArray(data11)) {
                let len0 = data11.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data12 = data11[i0];
                  if (typeof data12 == "string") {
                    if (!pattern127.test(data12)) {
                      let err22 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z]+$" }, message: 'must match pattern "^[A-Z][A-Za-z]+$"', schema: "^[A-Z][A-Za-z]+$", parentSchema: schema21.properties.spec.properties.match.properties.kinds.items, data: data12 };
                      vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                    }
                  } else {
                    let err23 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.match.properties.kinds.items.type, parentSchema: schema21.properties.spec.properties.match.properties.kinds.items, data: data12 };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
                }
              } else {
                let err24 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.spec.properties.match.properties.kinds.type, parentSchema: schema21.properties.spec.properties.match.properties.kinds, data: data11 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data10.lifecycles !== void 0) {
              let data13 = data10.lifecycles;
              if (Array.isArray(data13)) {
                let len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data14 = data13[i1];
                  if (typeof data14 != "string") {
                    let err25 = { instancePath: instancePath + "/spec/match/lifecycles/" + i1, schemaPath: "#/properties/spec/properties/match/properties/lifecycles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.match.properties.lifecycles.items.type, parentSchema: schema21.properties.spec.properties.match.properties.lifecycles.items, data: data14 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                  if (!(data14 === "foundation" || data14 === "k8s-base" || data14 === "platform" || data14 === "applications" || data14 === "config")) {
                    let err26 = { instancePath: instancePath + "/spec/match/lifecycles/" + i1, schemaPath: "#/properties/spec/properties/match/properties/lifecycles/items/enum", keyword: "enum", params: { allowedValues: schema21.properties.spec.properties.match.properties.lifecycles.items.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.spec.properties.match.properties.lifecycles.items.enum, parentSchema: schema21.properties.spec.properties.match.properties.lifecycles.items, data: data14 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
              } else {
                let err27 = { instancePath: instancePath + "/spec/match/lifecycles", schemaPath: "#/properties/spec/properties/match/properties/lifecycles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.spec.properties.match.properties.lifecycles.type, parentSchema: schema21.properties.spec.properties.match.properties.lifecycles, data: data13 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
            if (data10.environments !== void 0) {
              let data15 = data10.environments;
              if (Array.isArray(data15)) {
                let len2 = data15.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data16 = data15[i2];
                  if (typeof data16 == "string") {
                    if (!pattern0.test(data16)) {
                      let err28 = { instancePath: instancePath + "/spec/match/environments/" + i2, schemaPath: "#/properties/spec/properties/match/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema21.properties.spec.properties.match.properties.environments.items, data: data16 };
                      vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                    }
                  } else {
                    let err29 = { instancePath: instancePath + "/spec/match/environments/" + i2, schemaPath: "#/properties/spec/properties/match/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.match.properties.environments.items.type, parentSchema: schema21.properties.spec.properties.match.properties.environments.items, data: data16 };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                }
                let i3 = data15.length, j0;
                if (i3 > 1) {
                  let indices0 = {};
                  for (; i3--; ) {
                    let item0 = data15[i3];
                    if (typeof item0 == "string") {
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        let err30 = { instancePath: instancePath + "/spec/match/environments", schemaPath: "#/properties/spec/properties/match/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema21.properties.spec.properties.match.properties.environments, data: data15 };
                        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                        break;
                      }
                      indices0[item0] = i3;
                    }
                  }
                }
              } else {
                let err31 = { instancePath: instancePath + "/spec/match/environments", schemaPath: "#/properties/spec/properties/match/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.spec.properties.match.properties.environments.type, parentSchema: schema21.properties.spec.properties.match.properties.environments, data: data15 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
          } else {
            let err32 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.spec.properties.match.type, parentSchema: schema21.properties.spec.properties.match, data: data10 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data8.validations !== void 0) {
          let data17 = data8.validations;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              let err33 = { instancePath: instancePath + "/spec/validations", schemaPath: "#/properties/spec/properties/validations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.spec.properties.validations, data: data17 };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
            let len3 = data17.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data18 = data17[i4];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.expression === void 0) {
                  let err34 = { instancePath: instancePath + "/spec/validations/" + i4, schemaPath: "#/properties/spec/properties/validations/items/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'", schema: schema21.properties.spec.properties.validations.items.required, parentSchema: schema21.properties.spec.properties.validations.items, data: data18 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
                if (data18.message === void 0) {
                  let err35 = { instancePath: instancePath + "/spec/validations/" + i4, schemaPath: "#/properties/spec/properties/validations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema21.properties.spec.properties.validations.items.required, parentSchema: schema21.properties.spec.properties.validations.items, data: data18 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
                for (let key6 in data18)
                  if (!(key6 === "expression" || key6 === "message" || key6 === "severity")) {
                    let err36 = { instancePath: instancePath + "/spec/validations/" + i4, schemaPath: "#/properties/spec/properties/validations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.spec.properties.validations.items, data: data18 };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                if (data18.expression !== void 0) {
                  let data19 = data18.expression;
                  if (typeof data19 == "string") {
                    if (func3(data19) < 1) {
                      let err37 = { instancePath: instancePath + "/spec/validations/" + i4 + "/expression", schemaPath: "#/properties/spec/properties/validations/items/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.spec.properties.validations.items.properties.expression, data: data19 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                  } else {
                    let err38 = { instancePath: instancePath + "/spec/validations/" + i4 + "/expression", schemaPath: "#/properties/spec/properties/validations/items/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.validations.items.properties.expression.type, parentSchema: schema21.properties.spec.properties.validations.items.properties.expression, data: data19 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                }
                if (data18.message !== void 0) {
                  let data20 = data18.message;
                  if (typeof data20 == "string") {
                    if (func3(data20) < 1) {
                      let err39 = { instancePath: instancePath + "/spec/validations/" + i4 + "/message", schemaPath: "#/properties/spec/properties/validations/items/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.spec.properties.validations.items.properties.message, data: data20 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                  } else {
                    let err40 = { instancePath: instancePath + "/spec/validations/" + i4 + "/message", schemaPath: "#/properties/spec/properties/validations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.validations.items.properties.message.type, parentSchema: schema21.properties.spec.properties.validations.items.properties.message, data: data20 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                }
                if (data18.severity !== void 0) {
                  let data21 = data18.severity;
                  if (typeof data21 != "string") {
                    let err41 = { instancePath: instancePath + "/spec/validations/" + i4 + "/severity", schemaPath: "#/properties/spec/properties/validations/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.validations.items.properties.severity.type, parentSchema: schema21.properties.spec.properties.validations.items.properties.severity, data: data21 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  if (!(data21 === "deny" || data21 === "warn")) {
                    let err42 = { instancePath: instancePath + "/spec/validations/" + i4 + "/severity", schemaPath: "#/properties/spec/properties/validations/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema21.properties.spec.properties.validations.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.spec.properties.validations.items.properties.severity.enum, parentSchema: schema21.properties.spec.properties.validations.items.properties.severity, data: data21 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
              } else {
                let err43 = { instancePath: instancePath + "/spec/validations/" + i4, schemaPath: "#/properties/spec/properties/validations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.spec.properties.validations.items.type, parentSchema: schema21.properties.spec.properties.validations.items, data: data18 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
          } else {
            let err44 = { instancePath: instancePath + "/spec/validations", schemaPath: "#/properties/spec/properties/validations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.spec.properties.validations.type, parentSchema: schema21.properties.spec.properties.validations, data: data17 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data8.opa !== void 0) {
          let data22 = data8.opa;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.bundle === void 0) {
              let err45 = { instancePath: instancePath + "/spec/opa", schemaPath: "#/properties/spec/properties/opa/required", keyword: "required", params: { missingProperty: "bundle" }, message: "must have required property 'bundle'", schema: schema21.properties.spec.properties.opa.required, parentSchema: schema21.properties.spec.properties.opa, data: data22 };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
            for (let key7 in data22)
              if (!(key7 === "bundle" || key7 === "entrypoints")) {
                let err46 = { instancePath: instancePath + "/spec/opa", schemaPath: "#/properties/spec/properties/opa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.spec.properties.opa, data: data22 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            if (data22.bundle !== void 0) {
              let data23 = data22.bundle;
              if (typeof data23 == "string") {
                if (!pattern129.test(data23)) {
                  let err47 = { instancePath: instancePath + "/spec/opa/bundle", schemaPath: "#/properties/spec/properties/opa/properties/bundle/allOf/0/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$"', schema: "^(?!/)(?!(.*/)?\\.\\.(/|$))[A-Za-z0-9._/-]+$", parentSchema: schema21.properties.spec.properties.opa.properties.bundle.allOf[0], data: data23 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              } else {
                let err48 = { instancePath: instancePath + "/spec/opa/bundle", schemaPath: "#/properties/spec/properties/opa/properties/bundle/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.opa.properties.bundle.allOf[0].type, parentSchema: schema21.properties.spec.properties.opa.properties.bundle.allOf[0], data: data23 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data22.entrypoints !== void 0) {
              let data24 = data22.entrypoints;
              if (Array.isArray(data24)) {
                let len4 = data24.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data25 = data24[i5];
                  if (typeof data25 == "string") {
                    if (!pattern130.test(data25)) {
                      let err49 = { instancePath: instancePath + "/spec/opa/entrypoints/" + i5, schemaPath: "#/properties/spec/properties/opa/properties/entrypoints/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_/]+$" }, message: 'must match pattern "^[A-Za-z0-9_/]+$"', schema: "^[A-Za-z0-9_/]+$", parentSchema: schema21.properties.spec.properties.opa.properties.entrypoints.items, data: data25 };
                      vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                    }
                  } else {
                    let err50 = { instancePath: instancePath + "/spec/opa/entrypoints/" + i5, schemaPath: "#/properties/spec/properties/opa/properties/entrypoints/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.spec.properties.opa.properties.entrypoints.items.type, parentSchema: schema21.properties.spec.properties.opa.properties.entrypoints.items, data: data25 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
              } else {
                let err51 = { instancePath: instancePath + "/spec/opa/entrypoints", schemaPath: "#/properties/spec/properties/opa/properties/entrypoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.spec.properties.opa.properties.entrypoints.type, parentSchema: schema21.properties.spec.properties.opa.properties.entrypoints, data: data24 };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
            }
          } else {
            let err52 = { instancePath: instancePath + "/spec/opa", schemaPath: "#/properties/spec/properties/opa/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.spec.properties.opa.type, parentSchema: schema21.properties.spec.properties.opa, data: data22 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        }
      } else {
        let err53 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.spec.type, parentSchema: schema21.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
  } else {
    let err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
var DecisionMatrix = validate21, schema22 = { additionalProperties: !1, description: "Overrides of the built-in decision matrix.", type: "object", required: ["apiVersion", "kind", "metadata", "spec"], properties: { apiVersion: { description: "the model's version", const: "cloudneutral.io/v1alpha1", type: "string" }, kind: { description: "the document's kind", const: "DecisionMatrix", type: "string" }, metadata: { additionalProperties: !1, description: "the document's name, labels and annotations", type: "object", required: ["name"], properties: { name: { allOf: [{ pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", description: "lower-case letters, digits and '-', 1\u201363 characters, starting and ending alphanumeric", examples: ["orders-api"], type: "string" }], description: "the document's name: unique among the documents of its kind, and how others refer to it", examples: ["orders-api"] }, labels: { type: "object", patternProperties: { "^[a-z0-9./-]+$": { type: "string" } }, description: "labels (keys of lower-case letters, digits and . / -), carried into rendered resources", examples: [{ "app.kubernetes.io/part-of": "storefront" }] }, annotations: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, description: "free-form notes for people and tools", examples: [{ "acme.example/owner-channel": "#storefront" }] } } }, spec: { additionalProperties: !1, type: "object", required: ["rows"], properties: { rows: { additionalProperties: !1, description: "rows by lifecycle (foundation, k8s-base, platform, applications, config)", examples: [{ platform: { approvals: 2 }, config: { drift: "alert" } }], type: "object", properties: { foundation: { additionalProperties: !1, description: "one layer's row; a field left out keeps the built-in value", type: "object", properties: { engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine", examples: ["terraform"] }, reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when units of the layer are reconciled", examples: ["periodic"] }, drift: { type: "string", enum: ["alert", "correct"], description: "what drift detection does", examples: ["alert"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs", examples: [1] }, maintenanceWindow: { description: "whether apply waits for the region's maintenance window", examples: [!0], type: "boolean" }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change", examples: ["state-snapshot"] } } }, "k8s-base": { additionalProperties: !1, description: "one layer's row; a field left out keeps the built-in value", type: "object", properties: { engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine", examples: ["terraform"] }, reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when units of the layer are reconciled", examples: ["periodic"] }, drift: { type: "string", enum: ["alert", "correct"], description: "what drift detection does", examples: ["alert"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs", examples: [1] }, maintenanceWindow: { description: "whether apply waits for the region's maintenance window", examples: [!0], type: "boolean" }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change", examples: ["state-snapshot"] } } }, platform: { additionalProperties: !1, description: "one layer's row; a field left out keeps the built-in value", type: "object", properties: { engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine", examples: ["terraform"] }, reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when units of the layer are reconciled", examples: ["periodic"] }, drift: { type: "string", enum: ["alert", "correct"], description: "what drift detection does", examples: ["alert"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs", examples: [1] }, maintenanceWindow: { description: "whether apply waits for the region's maintenance window", examples: [!0], type: "boolean" }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change", examples: ["state-snapshot"] } } }, applications: { additionalProperties: !1, description: "one layer's row; a field left out keeps the built-in value", type: "object", properties: { engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine", examples: ["terraform"] }, reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when units of the layer are reconciled", examples: ["periodic"] }, drift: { type: "string", enum: ["alert", "correct"], description: "what drift detection does", examples: ["alert"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs", examples: [1] }, maintenanceWindow: { description: "whether apply waits for the region's maintenance window", examples: [!0], type: "boolean" }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change", examples: ["state-snapshot"] } } }, config: { additionalProperties: !1, description: "one layer's row; a field left out keeps the built-in value", type: "object", properties: { engine: { type: "string", enum: ["terraform", "gitops", "ansible"], description: "the IaC engine", examples: ["terraform"] }, reconcile: { type: "string", enum: ["on_drift", "periodic", "continuous", "on_change"], description: "when units of the layer are reconciled", examples: ["periodic"] }, drift: { type: "string", enum: ["alert", "correct"], description: "what drift detection does", examples: ["alert"] }, approvals: { minimum: 0, maximum: 10, type: "integer", description: "approvals a change needs", examples: [1] }, maintenanceWindow: { description: "whether apply waits for the region's maintenance window", examples: [!0], type: "boolean" }, backup: { type: "string", enum: ["state-snapshot", "pre-change-snapshot", "rollback", "none"], description: "what is saved before a change", examples: ["state-snapshot"] } } } } } } } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema22.required, parentSchema: schema22, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema22.required, parentSchema: schema22, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema22.required, parentSchema: schema22, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.spec === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema22.required, parentSchema: schema22, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.apiVersion.type, parentSchema: schema22.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (data0 !== "cloudneutral.io/v1alpha1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "cloudneutral.io/v1alpha1" }, message: "must be equal to constant", schema: "cloudneutral.io/v1alpha1", parentSchema: schema22.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.kind.type, parentSchema: schema22.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (data1 !== "DecisionMatrix") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DecisionMatrix" }, message: "must be equal to constant", schema: "DecisionMatrix", parentSchema: schema22.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema22.properties.metadata.required, parentSchema: schema22.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema22.properties.metadata.properties.name.allOf[0], data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/allOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.metadata.properties.name.allOf[0].type, parentSchema: schema22.properties.metadata.properties.name.allOf[0], data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (pattern1.test(key2)) {
                let data5 = data4[key2];
                if (typeof data5 != "string") {
                  let err13 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E%5Ba-z0-9.~1-%5D%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"].type, parentSchema: schema22.properties.metadata.properties.labels.patternProperties["^[a-z0-9./-]+$"], data: data5 };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
          } else {
            let err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.metadata.properties.labels.type, parentSchema: schema22.properties.metadata.properties.labels, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key3 in data6)
              if (pattern2.test(key3)) {
                let data7 = data6[key3];
                if (typeof data7 != "string") {
                  let err15 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.metadata.properties.annotations.patternProperties["^(.*)$"].type, parentSchema: schema22.properties.metadata.properties.annotations.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
              }
          } else {
            let err16 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.metadata.properties.annotations.type, parentSchema: schema22.properties.metadata.properties.annotations, data: data6 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.metadata.type, parentSchema: schema22.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.rows === void 0) {
          let err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema22.properties.spec.required, parentSchema: schema22.properties.spec, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        for (let key4 in data8)
          if (key4 !== "rows") {
            let err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec, data: data8 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        if (data8.rows !== void 0) {
          let data9 = data8.rows;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (let key5 in data9)
              if (!(key5 === "foundation" || key5 === "k8s-base" || key5 === "platform" || key5 === "applications" || key5 === "config")) {
                let err20 = { instancePath: instancePath + "/spec/rows", schemaPath: "#/properties/spec/properties/rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows, data: data9 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            if (data9.foundation !== void 0) {
              let data10 = data9.foundation;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (let key6 in data10)
                  if (!(key6 === "engine" || key6 === "reconcile" || key6 === "drift" || key6 === "approvals" || key6 === "maintenanceWindow" || key6 === "backup")) {
                    let err21 = { instancePath: instancePath + "/spec/rows/foundation", schemaPath: "#/properties/spec/properties/rows/properties/foundation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows.properties.foundation, data: data10 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                if (data10.engine !== void 0) {
                  let data11 = data10.engine;
                  if (typeof data11 != "string") {
                    let err22 = { instancePath: instancePath + "/spec/rows/foundation/engine", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.engine.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.engine, data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                  if (!(data11 === "terraform" || data11 === "gitops" || data11 === "ansible")) {
                    let err23 = { instancePath: instancePath + "/spec/rows/foundation/engine", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/engine/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.foundation.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.engine.enum, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.engine, data: data11 };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
                }
                if (data10.reconcile !== void 0) {
                  let data12 = data10.reconcile;
                  if (typeof data12 != "string") {
                    let err24 = { instancePath: instancePath + "/spec/rows/foundation/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.reconcile.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.reconcile, data: data12 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                  if (!(data12 === "on_drift" || data12 === "periodic" || data12 === "continuous" || data12 === "on_change")) {
                    let err25 = { instancePath: instancePath + "/spec/rows/foundation/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.foundation.properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.reconcile.enum, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.reconcile, data: data12 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                }
                if (data10.drift !== void 0) {
                  let data13 = data10.drift;
                  if (typeof data13 != "string") {
                    let err26 = { instancePath: instancePath + "/spec/rows/foundation/drift", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.drift.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.drift, data: data13 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                  if (!(data13 === "alert" || data13 === "correct")) {
                    let err27 = { instancePath: instancePath + "/spec/rows/foundation/drift", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/drift/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.foundation.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.drift.enum, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.drift, data: data13 };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
                }
                if (data10.approvals !== void 0) {
                  let data14 = data10.approvals;
                  if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
                    let err28 = { instancePath: instancePath + "/spec/rows/foundation/approvals", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.approvals.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.approvals, data: data14 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 > 10 || isNaN(data14)) {
                      let err29 = { instancePath: instancePath + "/spec/rows/foundation/approvals", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.approvals, data: data14 };
                      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                    }
                    if (data14 < 0 || isNaN(data14)) {
                      let err30 = { instancePath: instancePath + "/spec/rows/foundation/approvals", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.approvals, data: data14 };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  }
                }
                if (data10.maintenanceWindow !== void 0) {
                  let data15 = data10.maintenanceWindow;
                  if (typeof data15 != "boolean") {
                    let err31 = { instancePath: instancePath + "/spec/rows/foundation/maintenanceWindow", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/maintenanceWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.maintenanceWindow.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.maintenanceWindow, data: data15 };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                }
                if (data10.backup !== void 0) {
                  let data16 = data10.backup;
                  if (typeof data16 != "string") {
                    let err32 = { instancePath: instancePath + "/spec/rows/foundation/backup", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.backup.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.backup, data: data16 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                  if (!(data16 === "state-snapshot" || data16 === "pre-change-snapshot" || data16 === "rollback" || data16 === "none")) {
                    let err33 = { instancePath: instancePath + "/spec/rows/foundation/backup", schemaPath: "#/properties/spec/properties/rows/properties/foundation/properties/backup/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.foundation.properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.foundation.properties.backup.enum, parentSchema: schema22.properties.spec.properties.rows.properties.foundation.properties.backup, data: data16 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                }
              } else {
                let err34 = { instancePath: instancePath + "/spec/rows/foundation", schemaPath: "#/properties/spec/properties/rows/properties/foundation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.properties.foundation.type, parentSchema: schema22.properties.spec.properties.rows.properties.foundation, data: data10 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data9["k8s-base"] !== void 0) {
              let data17 = data9["k8s-base"];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (let key7 in data17)
                  if (!(key7 === "engine" || key7 === "reconcile" || key7 === "drift" || key7 === "approvals" || key7 === "maintenanceWindow" || key7 === "backup")) {
                    let err35 = { instancePath: instancePath + "/spec/rows/k8s-base", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"], data: data17 };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
                if (data17.engine !== void 0) {
                  let data18 = data17.engine;
                  if (typeof data18 != "string") {
                    let err36 = { instancePath: instancePath + "/spec/rows/k8s-base/engine", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.engine.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.engine, data: data18 };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                  if (!(data18 === "terraform" || data18 === "gitops" || data18 === "ansible")) {
                    let err37 = { instancePath: instancePath + "/spec/rows/k8s-base/engine", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/engine/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.engine.enum, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.engine, data: data18 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                }
                if (data17.reconcile !== void 0) {
                  let data19 = data17.reconcile;
                  if (typeof data19 != "string") {
                    let err38 = { instancePath: instancePath + "/spec/rows/k8s-base/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.reconcile.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.reconcile, data: data19 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                  if (!(data19 === "on_drift" || data19 === "periodic" || data19 === "continuous" || data19 === "on_change")) {
                    let err39 = { instancePath: instancePath + "/spec/rows/k8s-base/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.reconcile.enum, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.reconcile, data: data19 };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                }
                if (data17.drift !== void 0) {
                  let data20 = data17.drift;
                  if (typeof data20 != "string") {
                    let err40 = { instancePath: instancePath + "/spec/rows/k8s-base/drift", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.drift.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.drift, data: data20 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                  if (!(data20 === "alert" || data20 === "correct")) {
                    let err41 = { instancePath: instancePath + "/spec/rows/k8s-base/drift", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/drift/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.drift.enum, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.drift, data: data20 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
                if (data17.approvals !== void 0) {
                  let data21 = data17.approvals;
                  if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
                    let err42 = { instancePath: instancePath + "/spec/rows/k8s-base/approvals", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.approvals.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.approvals, data: data21 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 > 10 || isNaN(data21)) {
                      let err43 = { instancePath: instancePath + "/spec/rows/k8s-base/approvals", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.approvals, data: data21 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                    if (data21 < 0 || isNaN(data21)) {
                      let err44 = { instancePath: instancePath + "/spec/rows/k8s-base/approvals", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.approvals, data: data21 };
                      vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                    }
                  }
                }
                if (data17.maintenanceWindow !== void 0) {
                  let data22 = data17.maintenanceWindow;
                  if (typeof data22 != "boolean") {
                    let err45 = { instancePath: instancePath + "/spec/rows/k8s-base/maintenanceWindow", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/maintenanceWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.maintenanceWindow.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.maintenanceWindow, data: data22 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                }
                if (data17.backup !== void 0) {
                  let data23 = data17.backup;
                  if (typeof data23 != "string") {
                    let err46 = { instancePath: instancePath + "/spec/rows/k8s-base/backup", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.backup.type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.backup, data: data23 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                  if (!(data23 === "state-snapshot" || data23 === "pre-change-snapshot" || data23 === "rollback" || data23 === "none")) {
                    let err47 = { instancePath: instancePath + "/spec/rows/k8s-base/backup", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/properties/backup/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.backup.enum, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"].properties.backup, data: data23 };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                }
              } else {
                let err48 = { instancePath: instancePath + "/spec/rows/k8s-base", schemaPath: "#/properties/spec/properties/rows/properties/k8s-base/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.properties["k8s-base"].type, parentSchema: schema22.properties.spec.properties.rows.properties["k8s-base"], data: data17 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data9.platform !== void 0) {
              let data24 = data9.platform;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                for (let key8 in data24)
                  if (!(key8 === "engine" || key8 === "reconcile" || key8 === "drift" || key8 === "approvals" || key8 === "maintenanceWindow" || key8 === "backup")) {
                    let err49 = { instancePath: instancePath + "/spec/rows/platform", schemaPath: "#/properties/spec/properties/rows/properties/platform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows.properties.platform, data: data24 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                if (data24.engine !== void 0) {
                  let data25 = data24.engine;
                  if (typeof data25 != "string") {
                    let err50 = { instancePath: instancePath + "/spec/rows/platform/engine", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.platform.properties.engine.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.engine, data: data25 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                  if (!(data25 === "terraform" || data25 === "gitops" || data25 === "ansible")) {
                    let err51 = { instancePath: instancePath + "/spec/rows/platform/engine", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/engine/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.platform.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.platform.properties.engine.enum, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.engine, data: data25 };
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                }
                if (data24.reconcile !== void 0) {
                  let data26 = data24.reconcile;
                  if (typeof data26 != "string") {
                    let err52 = { instancePath: instancePath + "/spec/rows/platform/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.platform.properties.reconcile.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.reconcile, data: data26 };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                  if (!(data26 === "on_drift" || data26 === "periodic" || data26 === "continuous" || data26 === "on_change")) {
                    let err53 = { instancePath: instancePath + "/spec/rows/platform/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.platform.properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.platform.properties.reconcile.enum, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.reconcile, data: data26 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                }
                if (data24.drift !== void 0) {
                  let data27 = data24.drift;
                  if (typeof data27 != "string") {
                    let err54 = { instancePath: instancePath + "/spec/rows/platform/drift", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.platform.properties.drift.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.drift, data: data27 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                  if (!(data27 === "alert" || data27 === "correct")) {
                    let err55 = { instancePath: instancePath + "/spec/rows/platform/drift", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/drift/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.platform.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.platform.properties.drift.enum, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.drift, data: data27 };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                }
                if (data24.approvals !== void 0) {
                  let data28 = data24.approvals;
                  if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                    let err56 = { instancePath: instancePath + "/spec/rows/platform/approvals", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.spec.properties.rows.properties.platform.properties.approvals.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.approvals, data: data28 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                  if (typeof data28 == "number" && isFinite(data28)) {
                    if (data28 > 10 || isNaN(data28)) {
                      let err57 = { instancePath: instancePath + "/spec/rows/platform/approvals", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.approvals, data: data28 };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                    if (data28 < 0 || isNaN(data28)) {
                      let err58 = { instancePath: instancePath + "/spec/rows/platform/approvals", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.approvals, data: data28 };
                      vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                    }
                  }
                }
                if (data24.maintenanceWindow !== void 0) {
                  let data29 = data24.maintenanceWindow;
                  if (typeof data29 != "boolean") {
                    let err59 = { instancePath: instancePath + "/spec/rows/platform/maintenanceWindow", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/maintenanceWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.spec.properties.rows.properties.platform.properties.maintenanceWindow.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.maintenanceWindow, data: data29 };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                }
                if (data24.backup !== void 0) {
                  let data30 = data24.backup;
                  if (typeof data30 != "string") {
                    let err60 = { instancePath: instancePath + "/spec/rows/platform/backup", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.platform.properties.backup.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.backup, data: data30 };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                  if (!(data30 === "state-snapshot" || data30 === "pre-change-snapshot" || data30 === "rollback" || data30 === "none")) {
                    let err61 = { instancePath: instancePath + "/spec/rows/platform/backup", schemaPath: "#/properties/spec/properties/rows/properties/platform/properties/backup/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.platform.properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.platform.properties.backup.enum, parentSchema: schema22.properties.spec.properties.rows.properties.platform.properties.backup, data: data30 };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                }
              } else {
                let err62 = { instancePath: instancePath + "/spec/rows/platform", schemaPath: "#/properties/spec/properties/rows/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.properties.platform.type, parentSchema: schema22.properties.spec.properties.rows.properties.platform, data: data24 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            }
            if (data9.applications !== void 0) {
              let data31 = data9.applications;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (let key9 in data31)
                  if (!(key9 === "engine" || key9 === "reconcile" || key9 === "drift" || key9 === "approvals" || key9 === "maintenanceWindow" || key9 === "backup")) {
                    let err63 = { instancePath: instancePath + "/spec/rows/applications", schemaPath: "#/properties/spec/properties/rows/properties/applications/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows.properties.applications, data: data31 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                if (data31.engine !== void 0) {
                  let data32 = data31.engine;
                  if (typeof data32 != "string") {
                    let err64 = { instancePath: instancePath + "/spec/rows/applications/engine", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.applications.properties.engine.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.engine, data: data32 };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                  if (!(data32 === "terraform" || data32 === "gitops" || data32 === "ansible")) {
                    let err65 = { instancePath: instancePath + "/spec/rows/applications/engine", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/engine/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.applications.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.applications.properties.engine.enum, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.engine, data: data32 };
                    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                  }
                }
                if (data31.reconcile !== void 0) {
                  let data33 = data31.reconcile;
                  if (typeof data33 != "string") {
                    let err66 = { instancePath: instancePath + "/spec/rows/applications/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.applications.properties.reconcile.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.reconcile, data: data33 };
                    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                  }
                  if (!(data33 === "on_drift" || data33 === "periodic" || data33 === "continuous" || data33 === "on_change")) {
                    let err67 = { instancePath: instancePath + "/spec/rows/applications/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.applications.properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.applications.properties.reconcile.enum, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.reconcile, data: data33 };
                    vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                  }
                }
                if (data31.drift !== void 0) {
                  let data34 = data31.drift;
                  if (typeof data34 != "string") {
                    let err68 = { instancePath: instancePath + "/spec/rows/applications/drift", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.applications.properties.drift.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.drift, data: data34 };
                    vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                  }
                  if (!(data34 === "alert" || data34 === "correct")) {
                    let err69 = { instancePath: instancePath + "/spec/rows/applications/drift", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/drift/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.applications.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.applications.properties.drift.enum, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.drift, data: data34 };
                    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                  }
                }
                if (data31.approvals !== void 0) {
                  let data35 = data31.approvals;
                  if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
                    let err70 = { instancePath: instancePath + "/spec/rows/applications/approvals", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.spec.properties.rows.properties.applications.properties.approvals.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.approvals, data: data35 };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 > 10 || isNaN(data35)) {
                      let err71 = { instancePath: instancePath + "/spec/rows/applications/approvals", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.approvals, data: data35 };
                      vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                    }
                    if (data35 < 0 || isNaN(data35)) {
                      let err72 = { instancePath: instancePath + "/spec/rows/applications/approvals", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.approvals, data: data35 };
                      vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                    }
                  }
                }
                if (data31.maintenanceWindow !== void 0) {
                  let data36 = data31.maintenanceWindow;
                  if (typeof data36 != "boolean") {
                    let err73 = { instancePath: instancePath + "/spec/rows/applications/maintenanceWindow", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/maintenanceWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.spec.properties.rows.properties.applications.properties.maintenanceWindow.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.maintenanceWindow, data: data36 };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                }
                if (data31.backup !== void 0) {
                  let data37 = data31.backup;
                  if (typeof data37 != "string") {
                    let err74 = { instancePath: instancePath + "/spec/rows/applications/backup", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.applications.properties.backup.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.backup, data: data37 };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                  if (!(data37 === "state-snapshot" || data37 === "pre-change-snapshot" || data37 === "rollback" || data37 === "none")) {
                    let err75 = { instancePath: instancePath + "/spec/rows/applications/backup", schemaPath: "#/properties/spec/properties/rows/properties/applications/properties/backup/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.applications.properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.applications.properties.backup.enum, parentSchema: schema22.properties.spec.properties.rows.properties.applications.properties.backup, data: data37 };
                    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                  }
                }
              } else {
                let err76 = { instancePath: instancePath + "/spec/rows/applications", schemaPath: "#/properties/spec/properties/rows/properties/applications/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.properties.applications.type, parentSchema: schema22.properties.spec.properties.rows.properties.applications, data: data31 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
            if (data9.config !== void 0) {
              let data38 = data9.config;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                for (let key10 in data38)
                  if (!(key10 === "engine" || key10 === "reconcile" || key10 === "drift" || key10 === "approvals" || key10 === "maintenanceWindow" || key10 === "backup")) {
                    let err77 = { instancePath: instancePath + "/spec/rows/config", schemaPath: "#/properties/spec/properties/rows/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.spec.properties.rows.properties.config, data: data38 };
                    vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                  }
                if (data38.engine !== void 0) {
                  let data39 = data38.engine;
                  if (typeof data39 != "string") {
                    let err78 = { instancePath: instancePath + "/spec/rows/config/engine", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.config.properties.engine.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.engine, data: data39 };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                  if (!(data39 === "terraform" || data39 === "gitops" || data39 === "ansible")) {
                    let err79 = { instancePath: instancePath + "/spec/rows/config/engine", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/engine/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.config.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.config.properties.engine.enum, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.engine, data: data39 };
                    vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                  }
                }
                if (data38.reconcile !== void 0) {
                  let data40 = data38.reconcile;
                  if (typeof data40 != "string") {
                    let err80 = { instancePath: instancePath + "/spec/rows/config/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/reconcile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.config.properties.reconcile.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.reconcile, data: data40 };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                  if (!(data40 === "on_drift" || data40 === "periodic" || data40 === "continuous" || data40 === "on_change")) {
                    let err81 = { instancePath: instancePath + "/spec/rows/config/reconcile", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/reconcile/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.config.properties.reconcile.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.config.properties.reconcile.enum, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.reconcile, data: data40 };
                    vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                  }
                }
                if (data38.drift !== void 0) {
                  let data41 = data38.drift;
                  if (typeof data41 != "string") {
                    let err82 = { instancePath: instancePath + "/spec/rows/config/drift", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.config.properties.drift.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.drift, data: data41 };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                  if (!(data41 === "alert" || data41 === "correct")) {
                    let err83 = { instancePath: instancePath + "/spec/rows/config/drift", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/drift/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.config.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.config.properties.drift.enum, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.drift, data: data41 };
                    vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                  }
                }
                if (data38.approvals !== void 0) {
                  let data42 = data38.approvals;
                  if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                    let err84 = { instancePath: instancePath + "/spec/rows/config/approvals", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.spec.properties.rows.properties.config.properties.approvals.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.approvals, data: data42 };
                    vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                  }
                  if (typeof data42 == "number" && isFinite(data42)) {
                    if (data42 > 10 || isNaN(data42)) {
                      let err85 = { instancePath: instancePath + "/spec/rows/config/approvals", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.approvals, data: data42 };
                      vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                    }
                    if (data42 < 0 || isNaN(data42)) {
                      let err86 = { instancePath: instancePath + "/spec/rows/config/approvals", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.approvals, data: data42 };
                      vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                    }
                  }
                }
                if (data38.maintenanceWindow !== void 0) {
                  let data43 = data38.maintenanceWindow;
                  if (typeof data43 != "boolean") {
                    let err87 = { instancePath: instancePath + "/spec/rows/config/maintenanceWindow", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/maintenanceWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.spec.properties.rows.properties.config.properties.maintenanceWindow.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.maintenanceWindow, data: data43 };
                    vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                  }
                }
                if (data38.backup !== void 0) {
                  let data44 = data38.backup;
                  if (typeof data44 != "string") {
                    let err88 = { instancePath: instancePath + "/spec/rows/config/backup", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/backup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.spec.properties.rows.properties.config.properties.backup.type, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.backup, data: data44 };
                    vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                  }
                  if (!(data44 === "state-snapshot" || data44 === "pre-change-snapshot" || data44 === "rollback" || data44 === "none")) {
                    let err89 = { instancePath: instancePath + "/spec/rows/config/backup", schemaPath: "#/properties/spec/properties/rows/properties/config/properties/backup/enum", keyword: "enum", params: { allowedValues: schema22.properties.spec.properties.rows.properties.config.properties.backup.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.spec.properties.rows.properties.config.properties.backup.enum, parentSchema: schema22.properties.spec.properties.rows.properties.config.properties.backup, data: data44 };
                    vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                  }
                }
              } else {
                let err90 = { instancePath: instancePath + "/spec/rows/config", schemaPath: "#/properties/spec/properties/rows/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.properties.config.type, parentSchema: schema22.properties.spec.properties.rows.properties.config, data: data38 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            }
          } else {
            let err91 = { instancePath: instancePath + "/spec/rows", schemaPath: "#/properties/spec/properties/rows/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.properties.rows.type, parentSchema: schema22.properties.spec.properties.rows, data: data9 };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
        }
      } else {
        let err92 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.spec.type, parentSchema: schema22.properties.spec, data: data8 };
        vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
      }
    }
  } else {
    let err93 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
var byKind = { Platform, Tenant, Project, Environment, Region, Size, Service, Composition, GtmPolicy, AutoscalePolicy, Policy, DecisionMatrix };
function validatorFor(kind) {
  return byKind[kind];
}

// lib/model/yaml-errors.ts
var import_yaml2 = __toESM(require_dist(), 1), PREFIX = "invalid YAML: ";
function yamlErrorExplainer(text, counter) {
  let anomalies;
  return (errors) => {
    anomalies ??= scan(text);
    let found = anomalies, out = [], used = /* @__PURE__ */ new Set(), unexplained = [];
    for (let e2 of errors) {
      let start = counter.linePos(e2.pos[0]), last = Math.max(counter.linePos(e2.pos[1]).line, start.line + 1), near = found[firstAtOrAfter(found, start.line)], before = found[firstAtOrAfter(found, start.line + 1) - 1], a = near && near.line <= last ? near : before?.until !== void 0 && start.line <= before.until ? before : void 0;
      a ? used.has(a) || (used.add(a), out.push({ line: a.line, column: a.column, message: `${PREFIX}${a.message}` })) : unexplained.push(e2);
    }
    let e = unexplained[0];
    if (e) {
      let alias = e.code === "UNEXPECTED_TOKEN" ? aliasBefore(text, e.pos[0]) : void 0, { line, col } = counter.linePos(alias?.at ?? e.pos[0]), message = alias ? `"*${alias.name}" is an alias (a reference to an anchor "&${alias.name}") and cannot be followed by more text; quote the value if the "*" is part of the text` : parserMessage(e, text);
      out.every((m) => m.line > line) && out.unshift({ line, column: col, message: `${PREFIX}${message}` });
    }
    return out;
  };
}
function unresolvedAlias(doc, counter) {
  let found;
  return (0, import_yaml2.visit)(doc, (_key, node) => {
    if (!(0, import_yaml2.isAlias)(node) || node.resolve(doc) !== void 0) return;
    let { line, col } = counter.linePos(node.range?.[0] ?? 0);
    return found = {
      line,
      column: col,
      message: `${PREFIX}"*${node.source}" refers to an anchor "&${node.source}" that is not defined above it; quote the value if the "*" is part of the text`
    }, import_yaml2.visit.BREAK;
  }), found;
}
function firstAtOrAfter(found, line) {
  let lo = 0, hi = found.length;
  for (; lo < hi; ) {
    let mid = lo + hi >>> 1;
    found[mid].line < line ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
function aliasBefore(text, pos) {
  let start = text.lastIndexOf(`
`, pos - 1) + 1, m = /(^|[\s[{,:-])\*([^\s,[\]{}]+)\s+$/.exec(text.slice(start, pos));
  if (m)
    return { at: start + m.index + (m[1] ?? "").length, name: m[2] ?? "" };
}
function parserMessage(e, text) {
  if (e.code === "DUPLICATE_KEY") {
    let rest = text.slice(e.pos[0], text.indexOf(`
`, e.pos[0]) >>> 0), key = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]+?)\s*:/.exec(rest)?.[1], shown = key && /^["']/.test(key) ? key : JSON.stringify(key);
    return `duplicate key${key ? ` ${shown}` : ""}: a key may appear only once in a mapping`;
  }
  if (e.code === "TAB_AS_INDENT") return "indentation: a tab; YAML indents with spaces only";
  if (e.code === "BLOCK_AS_IMPLICIT_KEY" && e.message.startsWith("Nested mappings"))
    return 'a second ": " on the line; quote the value if the colon is part of it';
  if (e.code === "MISSING_CHAR" && e.message.startsWith("Missing closing"))
    return "a quoted string that is never closed";
  if (e.code === "BAD_SCALAR_START") {
    let value = text.slice(e.pos[0], text.indexOf(`
`, e.pos[0]) >>> 0).replace(/\s+#.*$/, "").trim();
    return `a value cannot start with "${text[e.pos[0]]}" unless it is quoted: write ${JSON.stringify(value)}`;
  }
  if (e.code === "UNEXPECTED_TOKEN") {
    let before = text.slice(0, e.pos[0]).trimEnd();
    if (e.message.startsWith("Unexpected scalar") && /["']$/.test(before))
      return "text after the closing quote; put the whole value inside the quotes";
    let bracket = /flow-(seq|map)-end/.exec(e.message);
    if (bracket)
      return `this "${bracket[1] === "seq" ? "]" : "}"}" closes nothing; remove it, or open it with "${bracket[1] === "seq" ? "[" : "{"}"`;
  }
  return e.message.split(`
`)[0] ?? e.message;
}
function tokenize(s, from, state) {
  let { depth, quote } = state, colon = -1, opener = -1, end = s.length;
  for (let i = from; i < s.length; i++) {
    let c = s[i];
    if (quote === '"') {
      c === "\\" ? i++ : c === '"' && (quote = void 0);
      continue;
    }
    if (quote === "'") {
      c === "'" && s[i + 1] === "'" ? i++ : c === "'" && (quote = void 0);
      continue;
    }
    if (c === "#" && (i === 0 || s[i - 1] === " " || s[i - 1] === "	")) {
      end = i;
      break;
    }
    c === '"' || c === "'" ? (i === from || /[\s[{,:-]/.test(s[i - 1] ?? " ")) && (quote = c) : c === "[" || c === "{" ? (depth === 0 && (opener = i), depth++) : (c === "]" || c === "}") && depth > 0 ? depth-- : c === ":" && depth === 0 && colon === -1 && /^(\s|$)/.test(s.slice(i + 1, i + 2)) && (colon = i);
  }
  for (; end > from && /\s/.test(s[end - 1] ?? ""); ) end--;
  return { end, colon, depth, opener, quote };
}
var PROPERTIES_ONLY = /^((&|!)\S*\s*)+$/, BLOCK_SCALAR = /^((&|!)\S*\s+)*[|>][0-9+-]*$/;
function scan(text) {
  let found = [], lines = text.split(`
`), levels = [], blockIndent, open, endDocument = (line) => {
    open && found.push({
      line: open.line,
      column: open.column,
      message: `this ${open.what} is never closed`,
      until: line
    }), open = void 0, levels = [], blockIndent = void 0;
  };
  return lines.forEach((raw, i) => {
    let line = i + 1, s = raw.replace(/\r$/, "");
    if (/^(---|\.\.\.)(\s|$)/.test(s)) {
      endDocument(line);
      return;
    }
    let lead = /^[ \t]*/.exec(s)?.[0] ?? "", blank = lead.length === s.length || s[lead.length] === "#";
    if (blockIndent !== void 0) {
      if (blank || lead.length > blockIndent) return;
      blockIndent = void 0;
    }
    if (open) {
      let t2 = tokenize(s, 0, open);
      t2.depth > 0 || t2.quote ? Object.assign(open, { depth: t2.depth, quote: t2.quote }) : (open.what.startsWith("quoted") && found.push({
        line: open.line,
        column: open.column,
        message: `this ${open.what} goes on to line ${line}; is its closing quote missing?`,
        until: line
      }), open = void 0);
      return;
    }
    if (blank) return;
    if (lead.includes("	")) {
      found.push({
        line,
        column: lead.indexOf("	") + 1,
        message: "indentation: a tab; YAML indents with spaces only"
      });
      return;
    }
    let items = [], col = lead.length;
    for (; s[col] === "-" && (col + 1 === s.length || s[col + 1] === " "); ) {
      let next = col + 1 + (/^ */.exec(s.slice(col + 1))?.[0].length ?? 0);
      items.push({ indent: col, kind: "seq", line, opens: !1 }), col = next;
    }
    let t = tokenize(s, col, { depth: 0, quote: void 0 }), value = "";
    if (col < t.end ? t.colon !== -1 ? (value = s.slice(t.colon + 1, t.end).trim(), items.push({
      indent: col,
      kind: "map",
      line,
      key: s.slice(col, t.colon).trim(),
      opens: value === "" || PROPERTIES_ONLY.test(value)
    })) : (value = s.slice(col, t.end), items.push({ indent: col, kind: "scalar", line, opens: !1 })) : items.length > 0 && (items[items.length - 1].opens = !0), t.depth > 0 || t.quote) {
      let at = t.quote ? s.lastIndexOf(t.quote, t.end) : t.opener;
      open = {
        depth: t.depth,
        quote: t.quote,
        line,
        column: at + 1,
        what: t.quote ? `quoted string (${t.quote})` : `"${s[at]}"`
      };
    }
    let first = items[0];
    if (!first) return;
    let placed = place(levels, first);
    placed.mistake && found.push(placed.mistake), placed.added && levels.push(...items.slice(1));
    let last = items[items.length - 1];
    BLOCK_SCALAR.test(value) && (blockIndent = last.kind === "map" ? last.indent : lead.length);
  }), endDocument(lines.length), found.sort((a, b) => a.line - b.line);
}
function place(levels, item) {
  let at = (message, where = item) => ({
    line: where.line,
    column: where.indent + 1,
    message
  }), parent = levels.at(-1);
  if (parent?.opens && (item.indent > parent.indent || item.indent === parent.indent && item.kind === "seq" && parent.kind === "map"))
    return parent.opens = !1, levels.push(item), { added: !0 };
  let keep = levels.length;
  for (; keep > 0 && levels[keep - 1].indent > item.indent; ) keep--;
  let closed = keep < levels.length ? levels[keep] : void 0, top = levels[keep - 1];
  if (!top)
    return levels.splice(0, levels.length, item), { added: !0 };
  if (top.indent < item.indent) {
    if (closed)
      return {
        added: !1,
        mistake: at(
          `indentation: this line starts at column ${item.indent + 1}, between its parent's column ${top.indent + 1} and its siblings' column ${closed.indent + 1}; line it up with one of them`
        )
      };
    if (item.kind === "scalar") return { added: !1 };
    let above = top.kind === "map" ? `"${top.key}"` : "the list item";
    return {
      added: !1,
      mistake: at(
        `indentation: this ${item.kind === "map" ? "key" : "list item"} is deeper (column ${item.indent + 1}) than ${above} on line ${top.line} (column ${top.indent + 1}), which already has a value; line it up with column ${top.indent + 1}, or remove the value above to nest it`
      )
    };
  }
  levels.length = keep, top.kind === "seq" && item.kind !== "seq" && levels.at(-2)?.indent === item.indent && (levels.pop(), top = levels.at(-1)), levels[levels.length - 1] = item;
  let missingColon = 'expected "key: value" like the lines around it; is the ":" or the space after it missing?', item0 = levels.at(-2);
  return top.kind === "scalar" && item.kind === "seq" && item0?.kind === "seq" && item0.line === top.line ? {
    added: !0,
    mistake: at(
      `indentation: this list item is deeper (column ${item.indent + 1}) than the list item on line ${item0.line} (column ${item0.indent + 1}), which already has a value; line it up with column ${item0.indent + 1}`
    )
  } : top.kind === "map" && item.kind === "scalar" ? { added: !0, mistake: at(missingColon) } : top.kind === "scalar" && item.kind === "map" ? { added: !0, mistake: at(missingColon, top) } : top.kind === "map" && item.kind === "seq" ? { added: !0, mistake: at('a list item ("- ") where the lines around it are keys') } : top.kind === "seq" && item.kind === "map" ? { added: !0, mistake: at('a key where the lines around it are list items ("- ")') } : top.kind === "seq" && item.kind === "scalar" ? {
    added: !0,
    mistake: at('expected a list item like the lines around it; is the "- " missing?')
  } : { added: !0 };
}

// lib/model/load.ts
var MAX_FILE_BYTES = 4 * 1024 * 1024;
async function listYamlFiles(dir) {
  return (await readdir(dir, { recursive: !0, withFileTypes: !0 })).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")).sort();
}
async function loadDocuments(dir) {
  if (!(await stat(dir).catch(() => {
  }))?.isDirectory()) throw new UsageError(`config directory not found: ${dir}`);
  let files = await listYamlFiles(dir), problems = [], docs = [], partial = [], invalid = /* @__PURE__ */ new Set();
  files.length === 0 && problems.push({
    file: ".",
    line: 1,
    column: 1,
    message: "no YAML files found; expected platform-config documents (*.yaml)"
  });
  let decoder = new TextDecoder("utf-8", { fatal: !0 });
  for (let file of files) {
    let full = path.join(dir, file), size = (await stat(full)).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MiB per file (split it into several files)`
      });
      continue;
    }
    let text;
    try {
      text = decoder.decode(await readFile(full));
    } catch {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: "file is not valid UTF-8; expected UTF-8 text"
      });
      continue;
    }
    parseFile(file, text, { docs, problems, invalid, partial });
  }
  return {
    config: { dir, files, docs, byKind: groupByKind(docs), invalid },
    problems,
    partial
  };
}
var PARTIAL = /* @__PURE__ */ Symbol("partial");
function wellTyped(value, found) {
  let fields = found.map((e) => e.field), under = (a, b) => a.length <= b.length && a.every((s, i) => s === b[i]), touches = (p) => fields.some((f) => under(f, p) || under(p, f));
  if (touches(["kind"]) || touches(["metadata", "name"])) return;
  let copy = structuredClone(value);
  for (let { field, container } of found) {
    let parent = valueAt(copy, field.slice(0, -1));
    if (parent === null || typeof parent != "object") continue;
    let last = field[field.length - 1];
    container === "array" ? parent[last] = [] : container === "object" ? parent[last] = {} : delete parent[last];
  }
  return { value: copy, touches };
}
var ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m, UNPARSED = /* @__PURE__ */ Symbol("unparsed");
function parseFile(file, text, out) {
  let { docs, problems, invalid } = out, located, positioned = () => {
    if (!located) {
      let counter = new import_yaml3.LineCounter();
      located = {
        counter,
        docs: (0, import_yaml3.parseAllDocuments)(text, {
          lineCounter: counter,
          uniqueKeys: !0,
          prettyErrors: !1,
          // A broken document's keys may be lists ("Keys with collection values…"): that is
          // reported as the mistake, not as a process warning on stderr.
          logLevel: "error"
        }),
        explain: yamlErrorExplainer(text, counter)
      };
    }
    return located;
  }, atDoc = (index) => (p, key) => {
    let { docs: parsed, counter } = positioned(), doc = parsed[index];
    return doc ? locate(doc, counter, p, key) : { line: 1, column: 1 };
  }, values = [];
  try {
    if (ALIAS.test(text)) throw new Error("aliases");
    loadAll(text, (v) => values.push(v), { schema: CORE_SCHEMA, filename: file });
  } catch {
    let { docs: parsed, explain, counter } = positioned();
    values = parsed.map((doc, index) => {
      if (doc.errors.length === 0) {
        let value = parseSlowly(doc, file, atDoc(index), counter, problems), id2 = value === UNPARSED ? identify(doc) : void 0;
        return id2 && invalid.add(id2), value;
      }
      for (let m of explain(doc.errors)) problems.push({ file, ...m });
      let id = identify(doc);
      return id && invalid.add(id), UNPARSED;
    });
  }
  values.forEach((value, index) => {
    if (value === UNPARSED || value === null || value === void 0) return;
    let at = atDoc(index), found = checkDocument(value);
    if (found.length > 0) {
      for (let e of found) problems.push({ file, ...at(e.path, e.key), message: e.message });
      let { kind, metadata } = value;
      if (typeof kind == "string" && typeof metadata?.name == "string") {
        invalid.add(`${kind}/${metadata.name}`);
        let rest = wellTyped(value, found);
        rest && KindNames.includes(kind) && out.partial.push({
          kind,
          name: metadata.name,
          file,
          value: rest.value,
          at: (p, key) => ({ ...at(p, key), [PARTIAL]: rest.touches(p) ? "ill-typed" : "typed" })
        });
      }
      return;
    }
    let v = value;
    docs.push({ kind: v.kind, name: v.metadata.name, file, value: v, at });
  });
}
function identify(doc) {
  try {
    let kind = doc.get("kind"), name = doc.getIn(["metadata", "name"]);
    return typeof kind == "string" && typeof name == "string" ? `${kind}/${name}` : void 0;
  } catch {
    return;
  }
}
function parseSlowly(doc, file, at, counter, problems) {
  if (doc.contents === null) return null;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return problems.push({
      file,
      ...unresolvedAlias(doc, counter) ?? {
        ...at([]),
        message: `invalid YAML: ${firstLine(errorMessage(err))}`
      }
    }), UNPARSED;
  }
}
function checkDocument(value) {
  let top = (message) => [{ path: [], key: !1, message, field: [] }];
  if (value === null || typeof value != "object" || Array.isArray(value))
    return top("expected a mapping with apiVersion, kind, metadata and spec");
  let kind = value.kind;
  if (kind === void 0)
    return top(`document has no \`kind\`; expected one of ${KindNames.join(", ")}`);
  if (typeof kind != "string" || !KindNames.includes(kind))
    return [
      {
        path: ["kind"],
        key: !1,
        field: ["kind"],
        message: `unknown kind ${JSON.stringify(kind)}; expected one of ${KindNames.join(", ")}`
      }
    ];
  let validate = validatorFor(kind);
  return validate(value) ? [] : dedupe((validate.errors ?? []).map((e) => describe(e, value)));
}
function dedupe(list) {
  let seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    let k = `${e.path.join("/")}|${e.message}`;
    return seen.has(k) ? !1 : (seen.add(k), !0);
  });
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt(root, p) {
  let v = root;
  for (let s of p) v = v?.[s];
  return v;
}
function show(v) {
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v !== null && typeof v == "object") return "a mapping";
  let s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function containerOf(e, value) {
  let wanted = e.keyword === "type" ? e.params.type : e.keyword === "required" ? e.parentSchema?.properties?.[String(e.params.missingProperty)]?.type : Array.isArray(value) ? "array" : value !== null && typeof value == "object" ? "object" : void 0;
  return wanted === "array" || wanted === "object" ? wanted : void 0;
}
function describe(e, root) {
  let found = describeError(e, root), container = containerOf(e, valueAt(root, found.field));
  return container ? { ...found, container } : found;
}
function describeError(e, root) {
  let p = pointerToPath(e.instancePath), where = p.length > 0 ? `${p.join(".")}: ` : "", value = valueAt(root, p), schema = e.parentSchema;
  switch (e.keyword) {
    case "required":
      return {
        path: p,
        key: !1,
        field: [...p, String(e.params.missingProperty)],
        message: `${where}missing required field "${e.params.missingProperty}"`
      };
    case "additionalProperties": {
      let prop = String(e.params.additionalProperty), props = Object.keys(e.parentSchema?.properties ?? {}), expected = props.length > 0 ? `; expected one of ${props.join(", ")}` : "";
      return {
        path: [...p, prop],
        key: !0,
        field: [...p, prop],
        message: `${where}unknown field "${prop}"${expected}`
      };
    }
    case "enum":
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected one of ${e.params.allowedValues.join(", ")}; got ${show(value)}`
      };
    case "const":
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected ${show(e.params.allowedValue)}; got ${show(value)}`
      };
    case "pattern":
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected ${schema?.description ?? `a value matching ${e.params.pattern}`}; got ${show(value)}`
      };
    case "type":
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected ${e.params.type}; got ${show(value)}`
      };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum": {
      let sign = { "<=": "\u2264", ">=": "\u2265", "<": "<", ">": ">" }[String(e.params.comparison)];
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected a number ${sign ?? e.params.comparison} ${e.params.limit}; got ${show(value)}`
      };
    }
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength":
    case "minProperties": {
      let most = e.keyword.startsWith("max") ? "at most" : "at least", unit = e.keyword.endsWith("Items") ? "item(s)" : e.keyword.endsWith("Length") ? "character(s)" : "field(s)", size = Array.isArray(value) || typeof value == "string" ? value.length : Object.keys(value ?? {}).length;
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}expected ${most} ${e.params.limit} ${unit}; got ${size}`
      };
    }
    case "uniqueItems":
      return {
        path: p,
        key: !1,
        field: p,
        message: `${where}items ${e.params.j} and ${e.params.i} are the same (${show(value[Number(e.params.i)])}); each may appear once`
      };
    default:
      return { path: p, key: !1, field: p, message: `${where}${e.message ?? "invalid"}` };
  }
}
function firstLine(s) {
  return s.split(`
`)[0] ?? s;
}
function groupByKind(docs) {
  let out = Object.fromEntries(KindNames.map((k) => [k, []]));
  for (let d of docs) out[d.kind].push(d);
  return out;
}
function assertNoProblems(problems) {
  if (problems.length > 0) throw new ConfigurationError(sortProblems(problems));
}

export {
  MAX_FILE_BYTES,
  loadDocuments,
  PARTIAL,
  assertNoProblems
};
