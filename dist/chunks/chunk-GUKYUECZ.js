import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  labelMatchers
} from "./chunk-7Q6NB2VU.js";
import {
  QueryError
} from "./chunk-JE64DLF2.js";

// node_modules/@lezer/common/dist/index.js
var nextPropID = 0, Range = class {
  constructor(from, to) {
    this.from = from, this.to = to;
  }
}, NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++, this.perNode = !!config.perNode, this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    }), this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    return typeof match != "function" && (match = NodeType.match(match)), (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: !0 });
NodeProp.lookAhead = new NodeProp({ perNode: !0 });
NodeProp.mounted = new NodeProp({ perNode: !0 });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed = !1) {
    this.tree = tree, this.overlay = overlay, this.parser = parser2, this.bracketed = bracketed;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
}, noProps = /* @__PURE__ */ Object.create(null), NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id, flags = 0) {
    this.name = name2, this.props = props, this.id = id, this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps, flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0), type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props) {
      for (let src of spec.props)
        if (Array.isArray(src) || (src = src(type)), src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
    }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return !0;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : !1;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          newProps || (newProps = Object.assign({}, type.props));
          let value = add[1], prop = add[0];
          prop.combine && prop.id in newProps && (value = prop.combine(newProps[prop.id], value)), newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
}, CachedNode = /* @__PURE__ */ new WeakMap(), CachedInnerNode = /* @__PURE__ */ new WeakMap(), IterMode;
(function(IterMode2) {
  IterMode2[IterMode2.ExcludeBuffers = 1] = "ExcludeBuffers", IterMode2[IterMode2.IncludeAnonymous = 2] = "IncludeAnonymous", IterMode2[IterMode2.IgnoreMounts = 4] = "IgnoreMounts", IterMode2[IterMode2.IgnoreOverlays = 8] = "IgnoreOverlays", IterMode2[IterMode2.EnterBracketed = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    if (this.type = type, this.children = children, this.positions = positions, this.length = length, this.props = null, props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      str && (children && (children += ","), children += str);
    }
    return this.type.name ? (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "") : children;
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode, cursor = new TreeCursor(scope);
    return cursor.moveTo(pos, side), CachedNode.set(this, cursor._tree), cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, !1);
    return CachedNode.set(this, node), node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, !0);
    return CachedInnerNode.set(this, node), node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec, mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = !1;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== !1)) {
        if (c.firstChild())
          continue;
        entered = !0;
      }
      for (; entered && leave && (anon || !c.type.isAnonymous) && leave(c), !c.nextSibling(); ) {
        if (!c.parent())
          return;
        entered = !0;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return prop.perNode ? this.props ? this.props[prop.id] : void 0 : this.type.prop(prop);
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id in this.props)
        result.push([+id, this.props[id]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer, this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
}, TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer, this.length = length, this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; )
      result.push(this.childString(index)), index = this.buffer[index + 3];
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id = this.buffer[index], endIndex = this.buffer[index + 3], type = this.set.types[id], result = type.name;
    if (/\W/.test(result) && !type.isError && (result = JSON.stringify(result)), index += 4, endIndex == index)
      return result;
    let children = [];
    for (; index < endIndex; )
      children.push(this.childString(index)), index = this.buffer[index + 3];
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex && !(checkSide(side, pos, buffer[i + 1], buffer[i + 2]) && (pick = i, dir > 0)); i = buffer[i + 3])
      ;
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer, copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++], copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI, len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return !0;
  }
}
function resolveNode(node, pos, side, overlays) {
  for (var _a; node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos); ) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent)
      scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from && (node = parent);
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, !1);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, !0);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    for (; scan; ) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      last.type.isError && last.from == last.to ? (node = scan, scan = last.prevSibling) : scan = last;
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
}, TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super(), this._tree = _tree, this.from = from, this.index = index, this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))) {
          if (next instanceof TreeBuffer) {
            if (mode & IterMode.ExcludeBuffers)
              continue;
            let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
            if (index > -1)
              return new BufferNode(new BufferContext(parent, next, i, start), null, index);
          } else if (mode & IterMode.IncludeAnonymous || !next.type.isAnonymous || hasChild(next)) {
            let mounted2;
            if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
              return new _TreeNode(mounted2.tree, start, i, parent);
            let inner = new _TreeNode(next, start, i, parent);
            return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
          }
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous || (parent.index >= 0 ? i = parent.index + dir : i = dir < 0 ? -1 : parent._parent._tree.children.length, parent = parent._parent, !parent))
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay)
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    for (; val.type.isAnonymous && val._parent; )
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null) {
    for (let found = !1; !found; )
      if (found = cur.type.is(before), !cur.nextSibling())
        return result;
  }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type) && result.push(cur.node), !cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return !1;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return !1;
      i--;
    }
  }
  return !0;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent, this.buffer = buffer, this.index = index, this.start = start;
  }
}, BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super(), this.context = context, this._parent = _parent, this.index = index, this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context, index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context, index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context, after = buffer.buffer[this.index + 3];
    return after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length) ? new _BufferNode(this.context, this._parent, after) : this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context, parentStart = this._parent ? this._parent.index + 4 : 0;
    return this.index == parentStart ? this.externalSibling(-1) : new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [], { buffer } = this.context, startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from)), positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    (node.from > picked.from || node.to < picked.to) && (picked = node, pick = i);
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent, newHeads = heads.slice();
  return next ? newHeads[pick] = next : newHeads.splice(pick, 1), new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads, this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent)
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side)), scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, !1));
      }
    }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    if (this.buffer = null, this.stack = [], this.index = 0, this.bufferNode = null, this.mode = mode & ~IterMode.EnterBracketed, node instanceof TreeNode)
      this.yieldNode(node);
    else {
      this._tree = node.context.parent, this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node, this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    return node ? (this._tree = node, this.type = node.type, this.from = node.from, this.to = node.to, !0) : !1;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    return this.type = type || buffer.set.types[buffer.buffer[index]], this.from = start + buffer.buffer[index + 1], this.to = start + buffer.buffer[index + 2], !0;
  }
  /**
  @internal
  */
  yield(node) {
    return node ? node instanceof TreeNode ? (this.buffer = null, this.yieldNode(node)) : (this.buffer = node.context, this.yieldBuf(node.index, node.type)) : !1;
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer, index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    return index < 0 ? !1 : (this.stack.push(this.index), this.yieldBuf(index));
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    return this.buffer ? mode & IterMode.ExcludeBuffers ? !1 : this.enterChild(1, pos, side) : this.yield(this._tree.enter(pos, side, mode));
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    return this.buffer = null, this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return this._tree._parent ? this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode)) : !1;
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : !1;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return !1;
      } else
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return !1;
      ({ index, parent } = buffer);
    } else
      ({ index, _parent: parent } = this._tree);
    for (; parent; { index, _parent: parent } = parent)
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return !1;
        }
    return !0;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return !0;
    for (; ; ) {
      if (this.sibling(dir))
        return !0;
      if (this.atLastNode(dir) || !this.parent())
        return !1;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = !0) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = !0) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    for (; (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos)) && this.parent(); )
      ;
    for (; this.enterChild(1, pos, side); )
      ;
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer)
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c, depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = !1;
      if (this.type.isAnonymous || enter(this) !== !1) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        this.type.isAnonymous || (mustLeave = !0);
      }
      for (; ; ) {
        if (mustLeave && leave && leave(this), mustLeave = this.type.isAnonymous, !depth)
          return;
        if (this.nextSibling())
          break;
        this.parent(), depth--, mustLeave = !0;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return !1;
        i--;
      }
    }
    return !0;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = 1024, reused = [], minRepeatType = nodeSet.types.length } = data, cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer, types = nodeSet.types, contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size } = cursor;
    if (size < 0)
      if (cursor.next(), size == -1) {
        let node2 = reused[id];
        children2.push(node2), positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id;
        return;
      } else if (size == -4) {
        lookAhead = id;
        return;
      } else
        throw new RangeError(`Unrecognized record size: ${size}`);
    let type = types[id], node, buffer2, startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip), endPos = cursor.pos - buffer2.size, index = data2.length;
      for (; cursor.pos > endPos; )
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet), startPos = buffer2.start - parentStart;
    } else {
      let lookAheadAtStart = lookAhead, contextAtStart = contextHash, endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [], localInRepeat = id >= minRepeatType ? id : -1, lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      for (; cursor.pos > endPos; )
        localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0 ? (cursor.end <= lastEnd - maxBufferLength && (makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash), lastGroup = localChildren.length, lastEnd = cursor.end, groupLookAhead = lookAhead), cursor.next()) : depth > 2500 ? takeFlatNode(start, endPos, localChildren, localPositions) : (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat] && (lastGroup < localChildren.length && makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash), lastGroup = localChildren.length + 1, lastEnd = cursor.start, groupLookAhead = lookAhead), takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1));
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length && makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextHash), localChildren.reverse(), localPositions.reverse(), localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
    }
    children2.push(node), positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [], nodeCount = 0, stopAt = -1;
    for (; cursor.pos > minPos; ) {
      let { id, start, end, size } = cursor;
      if (size > 4)
        cursor.next();
      else {
        if (stopAt > -1 && start < stopAt)
          break;
        stopAt < 0 && (stopAt = end - maxBufferLength), nodes.push(id, start, end), nodeCount++, cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4), start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3)
        buffer2[j++] = nodes[i], buffer2[j++] = nodes[i + 1] - start, buffer2[j++] = nodes[i + 2] - start, buffer2[j++] = j;
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet)), positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type) {
    return (children2, positions2, length2) => {
      var _a2;
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        (lookAheadProp = last.prop(NodeProp.lookAhead)) && (lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2);
      }
      let contextHash2 = 0;
      for (let i = 0; i < children2.length; i++)
        if (children2[i] instanceof Tree) {
          contextHash2 = (_a2 = children2[i].prop(NodeProp.contextHash)) !== null && _a2 !== void 0 ? _a2 : 0;
          break;
        }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    for (; children2.length > i; )
      localChildren.push(children2.pop()), localPositions.push(positions2.pop() + base - from);
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2)), positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork(), size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength, result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size, result.start = start, result.skip = skip, skip += 4, size += 4, fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0, nodeStart = fork.start;
      for (fork.next(); fork.pos > startPos; ) {
        if (fork.size < 0)
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        else fork.id >= minRepeatType && (localSkipped += 4);
        fork.next();
      }
      start = nodeStart, size += nodeSize2, skip += localSkipped;
    }
    return (inRepeat < 0 || size == maxSize) && (result.size = size, result.start = start, result.skip = skip), result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size } = cursor;
    if (cursor.next(), size >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        for (; cursor.pos > endPos; )
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex, buffer2[--index] = end - bufferStart, buffer2[--index] = start - bufferStart, buffer2[--index] = id;
    } else size == -3 ? contextHash = id : size == -4 && (lookAhead = id);
    return index;
  }
  let children = [], positions = [];
  for (; cursor.pos > 0; )
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  ), localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      for (i++; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  return divide(children, positions, from, to, 0), (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    return typeof input == "string" && (input = new StringInput(input)), ranges = ranges ? ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)] : [new Range(0, input.length)], this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
}, StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return !1;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: !0 });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p, this.stack = stack, this.state = state, this.reducePos = reducePos, this.pos = pos, this.score = score, this.buffer = buffer, this.bufferBase = bufferBase, this.curContext = curContext, this.lookAhead = lookAhead, this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length), this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535, { parser: parser2 } = this.p, lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos), dPrec = parser2.dynamicPrecedence(type);
    if (dPrec && (this.score += dPrec), depth == 0) {
      type < parser2.minRepeatTerm && this.reducePos < this.pos && (this.reducePos = this.pos), this.pushState(parser2.getGoto(this.state, type, !0), this.reducePos), type < parser2.minRepeatTerm && this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, !0), this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0), start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos && (this.reducePos = this.pos);
    let size = this.reducePos - start;
    size >= 2e3 && !(!((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0) && _a.isAnonymous) && (start == this.p.lastBigReductionStart ? (this.p.bigReductionCount++, this.p.lastBigReductionSize = size) : this.p.lastBigReductionSize < size && (this.p.bigReductionCount = 1, this.p.lastBigReductionStart = start, this.p.lastBigReductionSize = size));
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, !0);
    }
    if (action & 262144)
      this.state = this.stack[base];
    else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, !0);
    }
    for (; this.stack.length > base; )
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = !1) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end)
      this.buffer.push(term, start, end, size);
    else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = !1;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4)
          if (this.buffer[scan - 1] >= 0) {
            mustMove = !0;
            break;
          }
        if (mustMove)
          for (; index > 0 && this.buffer[index - 2] > end; )
            this.buffer[index] = this.buffer[index - 4], this.buffer[index + 1] = this.buffer[index - 3], this.buffer[index + 2] = this.buffer[index - 2], this.buffer[index + 3] = this.buffer[index - 1], index -= 4, size > 4 && (size -= 4);
      }
      this.buffer[index] = term, this.buffer[index + 1] = start, this.buffer[index + 2] = end, this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072)
      this.pushState(action & 65535, this.pos);
    else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      !skipped && (end > start || type <= parser2.maxNode) && (this.reducePos = end), this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos)), this.shiftContext(type, start), type <= parser2.maxNode && this.buffer.push(type, start, end, 4);
    } else
      this.pos = end, this.shiftContext(type, start), type <= this.p.parser.maxNode && this.buffer.push(type, start, end, 4);
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    action & 65536 ? this.reduce(action) : this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    (index < 0 || this.p.reused[index] != value) && (this.p.reused.push(value), index++);
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start), this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    ), this.curContext && this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream, this.pos - value.length));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this, off = parent.buffer.length;
    for (off && parent.buffer[off - 4] == 0 && (off -= 4); off > 0 && parent.buffer[off - 2] > parent.reducePos; )
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    for (; parent && base == parent.bufferBase; )
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    isNode && this.storeNode(next, this.pos, nextEnd, 4), this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4), this.pos = this.reducePos = nextEnd, this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return !1;
      if ((action & 65536) == 0)
        return !0;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 8 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2)
        (s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next) && best.push(nextStates[i], s);
      if (this.stack.length < 120)
        for (let i = 0; best.length < 8 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          best.some((v, i2) => i2 & 1 && v == s) || best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos), stack.storeNode(0, stack.pos, stack.pos, 4, !0), stack.shiftContext(nextStates[i], this.pos), stack.reducePos = this.pos, stack.score -= 200, result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p, reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return !1;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535, target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, !1) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return !1;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, !0), this.score -= 100;
    }
    return this.reducePos = this.pos, this.reduce(reduce), !0;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [], explore = (state, depth) => {
      if (!seen.includes(state))
        return seen.push(state), parser2.allActions(state, (action) => {
          if (!(action & 393216)) if (action & 65536) {
            let rDepth = (action >> 19) - depth;
            if (rDepth > 1) {
              let term = action & 65535, target = this.stack.length - rDepth * 3;
              if (target >= 0 && parser2.getGoto(this.stack[target], term, !1) >= 0)
                return rDepth << 19 | 65536 | term;
            }
          } else {
            let found = explore(action, depth + 1);
            if (found != null)
              return found;
          }
        });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    for (; !this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    ); )
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, !0);
        break;
      }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return !1;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, !0), this.state = this.stack[0], this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return !1;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return !1;
    return !0;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    this.curContext && this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream, start));
  }
  reduceContext(term, start) {
    this.curContext && this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream, start));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    (last < 0 || this.buffer[last] != -3) && this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, !0);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    (last < 0 || this.buffer[last] != -4) && this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      newCx.hash != this.curContext.hash && this.emitContext(), this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    return lookAhead <= this.lookAhead ? !1 : (this.emitLookAhead(), this.lookAhead = lookAhead, !0);
  }
  /**
  @internal
  */
  close() {
    this.curContext && this.curContext.tracker.strict && this.emitContext(), this.lookAhead > 0 && this.emitLookAhead();
  }
}, StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker, this.context = context, this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
}, SimulatedStack = class {
  constructor(start) {
    this.start = start, this.state = start.state, this.stack = start.stack, this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    depth == 0 ? (this.stack == this.start.stack && (this.stack = this.stack.slice()), this.stack.push(this.state, 0, 0), this.base += 3) : this.base -= (depth - 1) * 3;
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, !0);
    this.state = goto;
  }
}, StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack, this.pos = pos, this.index = index, this.buffer = stack.buffer, this.index == 0 && this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    next != null && (this.index = this.stack.bufferBase - next.bufferBase, this.stack = next, this.buffer = next.buffer);
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4, this.pos -= 4, this.index == 0 && this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = !1;
      if (next == 126) {
        value = 65535;
        break;
      }
      next >= 92 && next--, next >= 34 && next--;
      let digit = next - 32;
      if (digit >= 46 && (digit -= 46, stop = !0), value += digit, stop)
        break;
      value *= 46;
    }
    array ? array[out++] = value : array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1, this.value = -1, this.end = -1, this.extended = -1, this.lookAhead = 0, this.mask = 0, this.context = 0;
  }
}, nullToken = new CachedToken(), InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input, this.ranges = ranges, this.chunk = "", this.chunkOff = 0, this.chunk2 = "", this.chunk2Pos = 0, this.next = -1, this.token = nullToken, this.rangeIndex = 0, this.pos = this.chunkPos = ranges[0].from, this.range = ranges[0], this.end = ranges[ranges.length - 1].to, this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex, pos = this.pos + offset;
    for (; pos < range.from; ) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to, range = next;
    }
    for (; assoc < 0 ? pos > range.to : pos >= range.to; ) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to, range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length)
      pos = this.pos + offset, result = this.chunk.charCodeAt(idx);
    else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      if (pos = resolved, pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length)
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      else {
        let i = this.rangeIndex, range = this.range;
        for (; range.to <= pos; )
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos), pos + this.chunk2.length > range.to && (this.chunk2 = this.chunk2.slice(0, range.to - pos)), result = this.chunk2.charCodeAt(0);
      }
    }
    return pos >= this.token.lookAhead && (this.token.lookAhead = pos + 1), result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token, this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token, this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2, this.chunkPos = this.chunk2Pos, this.chunk2 = chunk, this.chunk2Pos = chunkPos, this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk, this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos), end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk, this.chunkPos = this.pos, this.chunkOff = 0;
    }
  }
  readNext() {
    return this.chunkOff >= this.chunk.length && (this.getChunk(), this.chunkOff == this.chunk.length) ? this.next = -1 : this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    for (this.chunkOff += n; this.pos + n >= this.range.to; ) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos, this.range = this.ranges[++this.rangeIndex], this.pos = this.range.from;
    }
    return this.pos += n, this.pos >= this.token.lookAhead && (this.token.lookAhead = this.pos + 1), this.readNext();
  }
  setDone() {
    return this.pos = this.chunkPos = this.end, this.range = this.ranges[this.rangeIndex = this.ranges.length - 1], this.chunk = "", this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token ? (this.token = token, token.start = pos, token.lookAhead = pos + 1, token.value = token.extended = -1) : this.token = nullToken, this.pos != pos) {
      if (this.pos = pos, pos == this.end)
        return this.setDone(), this;
      for (; pos < this.range.from; )
        this.range = this.ranges[--this.rangeIndex];
      for (; pos >= this.range.to; )
        this.range = this.ranges[++this.rangeIndex];
      pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length ? this.chunkOff = pos - this.chunkPos : (this.chunk = "", this.chunkOff = 0), this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      r.to > from && (result += this.input.read(Math.max(r.from, from), Math.min(r.to, to)));
    }
    return result;
  }
}, TokenGroup = class {
  constructor(data, id) {
    this.data = data, this.id = id;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = !1;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable, this.elseToken = elseToken, this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      if (readToken(this.data, input, stack, 0, this.data, this.precTable), input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (atEof || skipped++, nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    skipped && (input.reset(start, input.token), input.acceptToken(this.elseToken, skipped));
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = !1;
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; (groupMask & data[state]) != 0; ) {
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1, index = accEnd + mid + (mid << 1), from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2], input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process < "u" && process.env && /\bparse\b/.test(process.env.LOG), stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  for (cursor.moveTo(pos); ; )
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments, this.minRepeat = minRepeat, this.i = 0, this.fragment = null, this.safeFrom = -1, this.safeTo = -1, this.trees = [], this.start = [], this.index = [], this.lastRepeat = null, this.lastRepeatPos = -1, this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      for (this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from, this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to; this.trees.length; )
        this.trees.pop(), this.start.pop(), this.index.pop();
      this.trees.push(fr.tree), this.start.push(-fr.offset), this.index.push(0), this.nextStart = this.safeFrom;
    } else
      this.nextStart = 1e9;
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    for (; this.fragment && this.safeTo <= pos; )
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0)
        return this.nextFragment(), null;
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop(), this.start.pop(), this.index.pop();
        continue;
      }
      let next = top.children[index], start = this.start[last] + top.positions[index];
      if (start > pos)
        return this.nextStart = start, null;
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to) && (storeRepeat && (this.lastRepeat = next, this.lastRepeatPos = start), start == pos))
            return next;
        }
        this.index[last]++, start + next.length >= Math.max(this.safeFrom, pos) && (this.trees.push(next), this.start.push(start), this.index.push(0));
      } else
        this.index[last]++, this.nextStart = start + next.length;
    }
  }
}, TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream, this.tokens = [], this.mainToken = null, this.actions = [], this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0, main = null, { parser: parser2 } = stack.p, { tokenizers } = parser2, mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    ), context = stack.curContext ? stack.curContext.hash : 0, lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (!(main && !tokenizer.fallback) && ((tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) && (this.updateCachedToken(token, tokenizer, stack), token.mask = mask, token.context = context), token.lookAhead > token.end + 25 && (lookAhead = Math.max(token.lookAhead, lookAhead)), token.value != 0)) {
        let startIndex = actionIndex;
        if (token.extended > -1 && (actionIndex = this.addActions(stack, token.extended, token.end, actionIndex)), actionIndex = this.addActions(stack, token.value, token.end, actionIndex), !tokenizer.extend && (main = token, actionIndex > startIndex))
          break;
      }
    }
    for (; this.actions.length > actionIndex; )
      this.actions.pop();
    return lookAhead && stack.setLookAhead(lookAhead), !main && stack.pos == this.stream.end && (main = new CachedToken(), main.value = stack.p.parser.eofTerm, main.start = main.end = stack.pos, actionIndex = this.addActions(stack, main.value, main.end, actionIndex)), this.mainToken = main, this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    return main.start = pos, main.end = Math.min(pos + 1, p.stream.end), main.value = pos == p.stream.end ? p.parser.eofTerm : 0, main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    if (tokenizer.token(this.stream.reset(start, token), stack), token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            (result & 1) == 0 ? token.value = result >> 1 : token.extended = result >> 1;
            break;
          }
        }
    } else
      token.value = 0, token.end = this.stream.clipPos(start + 1);
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    return this.actions[index++] = action, this.actions[index++] = token, this.actions[index++] = end, index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++)
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535)
          if (data[i + 1] == 1)
            i = pair(data, i + 2);
          else {
            index == 0 && data[i + 1] == 2 && (index = this.putAction(pair(data, i + 2), token, end, index));
            break;
          }
        data[i] == token && (index = this.putAction(pair(data, i + 1), token, end, index));
      }
    return index;
  }
}, Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2, this.input = input, this.ranges = ranges, this.recovering = 0, this.nextStackID = 9812, this.minStackPos = 0, this.reused = [], this.stoppedAt = null, this.lastBigReductionStart = -1, this.lastBigReductionSize = 0, this.bigReductionCount = 0, this.stream = new InputStream(input, ranges), this.tokens = new TokenCache(parser2, this.stream), this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)], this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos, newStacks = this.stacks = [], stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      for (; s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart; )
        ;
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        if (this.tokens.mainToken = null, stack.pos > pos)
          newStacks.push(stack);
        else {
          if (this.advanceStack(stack, newStacks, stacks))
            continue;
          {
            stopped || (stopped = [], stoppedTokens = []), stopped.push(stack);
            let tok = this.tokens.getMainToken(stack);
            stoppedTokens.push(tok.value, tok.end);
          }
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished)
        return verbose && console.log("Finish with " + this.stackID(finished)), this.stackToTree(finished);
      if (this.parser.strict)
        throw verbose && stopped && console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none")), new SyntaxError("No parse at " + pos);
      this.recovering || (this.recovering = 5);
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished)
        return verbose && console.log("Force-finish " + this.stackID(finished)), this.stackToTree(finished.forceAll());
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining)
        for (newStacks.sort((a, b) => b.score - a.score); newStacks.length > maxRemaining; )
          newStacks.pop();
      newStacks.some((s) => s.reducePos > pos) && this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500)
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0)
              newStacks.splice(j--, 1);
            else {
              newStacks.splice(i--, 1);
              continue outer;
            }
        }
      }
      newStacks.length > 12 && (newStacks.sort((a, b) => b.score - a.score), newStacks.splice(
        12,
        newStacks.length - 12
        /* Rec.MaxStackCount */
      ));
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      newStacks[i].pos < this.minStackPos && (this.minStackPos = newStacks[i].pos);
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash))
        return stack.useNode(tree, match, start), tree;
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this, base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, !0) || this.tryReuse(stack, start, this.fragments.nodeAt(start), !1);
      if (reused)
        return verbose && console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`), !0;
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0)
      return stack.reduce(defaultReduce), verbose && console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
        defaultReduce & 65535
        /* Action.ValueMask */
      )})`), !0;
    if (stack.stack.length >= 8400)
      for (; stack.stack.length > 6e3 && stack.forceReduce(); )
        ;
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++], last = i == actions.length || !split, localStack = last ? stack : stack.split(), main = this.tokens.mainToken;
      if (localStack.apply(action, term, main ? main.start : localStack.pos, end), verbose && console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
        action & 65535
        /* Action.ValueMask */
      )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`), last)
        return !0;
      localStack.pos > start ? stacks.push(localStack) : split.push(localStack);
    }
    return !1;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return !1;
      if (stack.pos > pos)
        return pushStackDedup(stack, newStacks), !0;
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = !1;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1], base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd && (restarted || (restarted = !0, stack.restart(), verbose && console.log(base + this.stackID(stack) + " (restarted)"), this.advanceFully(stack, newStacks))))
        continue;
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce() && (verbose && console.log(forceBase + this.stackID(force) + " (via force-reduce)"), !this.advanceFully(force, newStacks)); j++)
        verbose && (forceBase = this.stackID(force) + " -> ");
      for (let insert of stack.recoverByInsert(token))
        verbose && console.log(base + this.stackID(insert) + " (via recover-insert)"), this.advanceFully(insert, newStacks);
      this.stream.end > stack.pos ? (tokenEnd == stack.pos && (tokenEnd++, token = 0), stack.recoverByDelete(token, tokenEnd), verbose && console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`), pushStackDedup(stack, newStacks)) : (!finished || finished.score < force.score) && (finished = force);
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    return stack.close(), Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    return id || stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++)), id + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      newStacks[i].score < stack.score && (newStacks[i] = stack);
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source, this.flags = flags, this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    if (super(), this.wrappers = [], spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (14)`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]), nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        typeof prop == "string" && (prop = NodeProp[prop]);
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0)
            setProp(next, prop, propSpec[i++]);
          else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    }))), spec.propSources && (this.nodeSet = this.nodeSet.extend(...spec.propSources)), this.strict = !1, this.bufferLength = 1024;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context, this.specializerSpecs = spec.specialized || [], this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer), this.states = decodeArray(spec.states, Uint32Array), this.data = decodeArray(spec.stateData), this.goto = decodeArray(spec.goto), this.maxTerm = spec.maxTerm, this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value), this.topRules = spec.topRules, this.dialects = spec.dialects || {}, this.dynamicPrecedences = spec.dynamicPrecedences || null, this.tokenPrecTable = spec.tokenPrec, this.termNames = spec.termNames || null, this.maxNode = this.nodeSet.types.length - 1, this.dialect = this.parseDialect(), this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = !1) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1, target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++)
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535)
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else {
            if (data[i + 1] == 2)
              return pair(data, i + 2);
            break;
          }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? !0 : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    ), result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535)
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535)
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      if ((this.data[i + 2] & 1) == 0) {
        let value = this.data[i + 1];
        result.some((v, i2) => i2 & 1 && v == value) || result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props && (copy.nodeSet = this.nodeSet.extend(...config.props)), config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    return config.tokenizers && (copy.tokenizers = this.tokenizers.map((t2) => {
      let found = config.tokenizers.find((r) => r.from == t2);
      return found ? found.to : t2;
    })), config.specializers && (copy.specializers = this.specializers.slice(), copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
      let found = config.specializers.find((r) => r.from == s.external);
      if (!found)
        return s;
      let spec = Object.assign(Object.assign({}, s), { external: found.to });
      return copy.specializers[i] = getSpecializer(spec), spec;
    })), config.contextTracker && (copy.context = config.contextTracker), config.dialect && (copy.dialect = this.parseDialect(config.dialect)), config.strict != null && (copy.strict = config.strict), config.wrap && (copy.wrappers = copy.wrappers.concat(config.wrap)), config.bufferLength != null && (copy.bufferLength = config.bufferLength), copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => !1);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id = values.indexOf(part);
        id >= 0 && (flags[id] = !0);
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i])
        for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    (stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score) && (best = stack);
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0, Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2, this.set = set, this.base = base, this.modified = modified, this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      mod.name && (name2 = `${mod.name}(${name2})`);
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag && (parent = nameOrParent), parent?.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    if (tag.set.push(tag), parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => tag.modified.indexOf(mod) > -1 ? tag : Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
  }
}, nextModifierID = 0, Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2, this.instances = [], this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++)
    for (let j = 0, e = sets.length; j < e; j++)
      sets.push(sets[j].concat(array[i]));
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    Array.isArray(tags2) || (tags2 = [tags2]);
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          if (pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]), pos += m[0].length, pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    for (; a || b; ) {
      if (!a || b && a.depth <= b.depth ? (take = b, b = b.next) : (take = a, a = a.next), cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      cur ? cur.next = copy : root = copy, cur = copy;
    }
    return root;
  }
}), Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2, this.mode = mode, this.context = context, this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    return !other || other.depth < this.depth ? (this.next = other, this) : (other.next = this.sort(other.next), other);
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2)
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3)
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      return cls;
    },
    scope
  };
}
var t = Tag.define, comment = t(), name = t(), typeName = t(name), propertyName = t(name), literal = t(), string = t(literal), number = t(literal), content = t(), heading = t(content), keyword = t(), operator = t(), punctuation = t(), bracket = t(punctuation), meta = t(), tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  val instanceof Tag && (val.name = name2);
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@prometheus-io/lezer-promql/dist/index.es.js
var inf$1 = 188, nan$1 = 189, Bool$1 = 1, Ignoring$1 = 2, On$1 = 3, GroupLeft$1 = 4, GroupRight$1 = 5, Offset$1 = 6, Atan2$1 = 7, Avg$1 = 8, Bottomk$1 = 9, Count$1 = 10, CountValues$1 = 11, Group$1 = 12, Max$1 = 13, Min$1 = 14, Quantile$1 = 15, LimitK$1 = 16, LimitRatio$1 = 17, Stddev$1 = 18, Stdvar$1 = 19, Sum$1 = 20, Topk$1 = 21, By$1 = 22, Without$1 = 23, And$1 = 24, Or$1 = 25, Unless$1 = 26, StartFn$1 = 27, EndFn$1 = 28, AtStart$1 = 29, AtEnd$1 = 30, Smoothed$1 = 31, Anchored$1 = 32, Fill$1 = 33, FillLeft$1 = 34, FillRight$1 = 35, keywordTokens = {
  inf: inf$1,
  nan: nan$1,
  bool: Bool$1,
  ignoring: Ignoring$1,
  on: On$1,
  group_left: GroupLeft$1,
  group_right: GroupRight$1,
  offset: Offset$1
}, specializeIdentifier = (value, stack) => keywordTokens[value.toLowerCase()] || -1, contextualKeywordTokens = {
  avg: Avg$1,
  atan2: Atan2$1,
  bottomk: Bottomk$1,
  count: Count$1,
  count_values: CountValues$1,
  group: Group$1,
  max: Max$1,
  min: Min$1,
  quantile: Quantile$1,
  limitk: LimitK$1,
  limit_ratio: LimitRatio$1,
  stddev: Stddev$1,
  stdvar: Stdvar$1,
  sum: Sum$1,
  topk: Topk$1,
  by: By$1,
  without: Without$1,
  and: And$1,
  or: Or$1,
  unless: Unless$1,
  smoothed: Smoothed$1,
  anchored: Anchored$1,
  fill: Fill$1,
  fill_left: FillLeft$1,
  fill_right: FillRight$1
}, extendIdentifier = (value, stack) => {
  if (value === "start" && stack.canShift(StartFn$1))
    return StartFn$1;
  if (value === "end" && stack.canShift(EndFn$1))
    return EndFn$1;
  if (value.toLowerCase() === "start" && stack.canShift(AtStart$1))
    return AtStart$1;
  if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1))
    return AtEnd$1;
  let token = contextualKeywordTokens[value.toLowerCase()];
  return token !== void 0 && stack.canShift(token) ? token : -1;
}, promQLHighLight = styleTags({
  LineComment: tags.comment,
  LabelName: tags.labelName,
  StringLiteral: tags.string,
  NumberDurationLiteral: tags.number,
  NumberDurationLiteralInDurationContext: tags.number,
  Identifier: tags.variableName,
  "Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year": tags.function(tags.variableName),
  "Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk": tags.operatorKeyword,
  "AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored": tags.modifier,
  "DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf": tags.function(tags.variableName),
  "And Unless Or": tags.logicOperator,
  "Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At": tags.operator,
  UnaryOp: tags.arithmeticOperator,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  "\u26A0": tags.invalid
}), spec_Identifier = { __proto__: null, absent_over_time: 401, absent: 403, abs: 405, acos: 407, acosh: 409, asin: 411, asinh: 413, atan: 415, atanh: 417, avg_over_time: 419, ceil: 421, changes: 423, clamp: 425, clamp_max: 427, clamp_min: 429, cos: 431, cosh: 433, count_over_time: 435, days_in_month: 437, day_of_month: 439, day_of_week: 441, day_of_year: 443, deg: 445, delta: 447, deriv: 449, exp: 451, first_over_time: 453, floor: 455, histogram_count: 457, histogram_fraction: 459, histogram_quantile: 461, histogram_quantiles: 463, histogram_stddev: 465, histogram_stdvar: 467, histogram_sum: 469, histogram_avg: 471, double_exponential_smoothing: 473, hour: 475, idelta: 477, increase: 479, info: 481, irate: 483, label_replace: 485, label_join: 487, last_over_time: 489, ln: 491, log10: 493, log2: 495, mad_over_time: 497, max_over_time: 499, min_over_time: 501, ts_of_first_over_time: 503, ts_of_max_over_time: 505, ts_of_min_over_time: 507, ts_of_last_over_time: 509, minute: 511, month: 513, pi: 515, predict_linear: 517, present_over_time: 519, quantile_over_time: 521, rad: 523, rate: 525, resets: 527, round: 529, scalar: 531, sgn: 533, sin: 535, sinh: 537, sort: 539, sort_desc: 541, sort_by_label: 543, sort_by_label_desc: 545, start_timestamp: 547, range: 549, step: 551, sqrt: 553, stddev_over_time: 555, stdvar_over_time: 557, sum_over_time: 559, tan: 561, tanh: 563, timestamp: 565, time: 567, vector: 569, year: 571, min_of: 575, max_of: 577 }, parser = LRParser.deserialize({
  version: 14,
  states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
  stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
  goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
  nodeNames: "\u26A0 Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
  maxTerm: 292,
  nodeProps: [
    ["group", -14, 38, 44, 46, 52, 68, 157, 165, 167, 168, 169, 170, 171, 172, 180, "Expr"]
  ],
  propSources: [promQLHighLight],
  skippedNodes: [0, 36],
  repeatNodeCount: 3,
  tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
  tokenizers: [0, 1, 2],
  topRules: { PromQL: [0, 37], MetricName: [1, 183] },
  specialized: [{ term: 71, get: (value, stack) => specializeIdentifier(value) << 1, external: specializeIdentifier }, { term: 71, get: (value, stack) => extendIdentifier(value, stack) << 1 | 1, external: extendIdentifier, extend: !0 }, { term: 71, get: (value) => spec_Identifier[value] || -1 }],
  tokenPrec: 0
});

// lib/metrics/inject.ts
function promqlSyntaxError(promql) {
  if (promql.trim() === "") return "the query is empty";
  let tree = parser.parse(promql), at;
  if (tree.iterate({
    enter: (node) => {
      if (at !== void 0) return !1;
      node.type.isError && (at = node.from);
    }
  }), at === void 0) return;
  let before = promql.slice(0, at).split(`
`), line = before.length, column = (before[before.length - 1]?.length ?? 0) + 1, near = promql.slice(at, at + 20).split(`
`)[0];
  return `${line}:${column}: syntax error ${near ? `near ${JSON.stringify(near)}` : "at the end"}`;
}
function injectMatchers(promql, matchers) {
  let problem = promqlSyntaxError(promql);
  if (problem !== void 0)
    throw new QueryError(`the query does not parse: ${problem}`, {
      errorType: "bad_data",
      query: promql
    });
  if (matchers.length === 0) return promql;
  let text = labelMatchers(matchers), edits = [];
  parser.parse(promql).iterate({
    enter: (node) => {
      if (node.name !== "VectorSelector") return;
      let braces = node.node.getChild("LabelMatchers");
      if (braces === null)
        edits.push({ at: node.to, insert: `{${text}}` });
      else {
        let close = braces.to - 1, inside = promql.slice(braces.from + 1, close).trim(), comma = inside === "" || inside.endsWith(",") ? "" : ",";
        edits.push({ at: close, insert: `${comma}${text}` });
      }
      return !1;
    }
  });
  let out = promql;
  for (let e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.at);
  return out;
}

export {
  promqlSyntaxError,
  injectMatchers
};
