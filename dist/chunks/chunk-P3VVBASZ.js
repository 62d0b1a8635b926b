import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    typeof options == "function" ? (callback = options, options = {}) : "callback" in options && (callback = options.callback);
    let oldString = this.castInput(oldStr, options), newString = this.castInput(newStr, options), oldTokens = this.removeEmpty(this.tokenize(oldString, options)), newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options.maxEditLength));
    let maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options) : basePath = this.addToPath(removePath, !1, !0, 1, options), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    let last = path.lastComponent;
    return last && !options.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options); )
      newPos++, oldPos++, commonCount++, options.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options) {
    return options.comparator ? options.comparator(left, right) : left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options) {
    return options.ignoreWhitespace ? ((!options.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options.ignoreNewlineAtEof && !options.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  options.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: !0,
  includeUnderline: !0,
  includeFileHeaders: !0
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  options ? typeof options == "function" ? optionsObj = { callback: options } : optionsObj = options : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (headerOptions || (headerOptions = INCLUDE_HEADERS), Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders)
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    return patch.map((p) => formatPatch(p, headerOptions)).join(`
`);
  }
  let ret = [];
  headerOptions.includeIndex && patch.oldFileName == patch.newFileName && ret.push("Index: " + patch.oldFileName), headerOptions.includeUnderline && ret.push("==================================================================="), headerOptions.includeFileHeaders && (ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader > "u" ? "" : "	" + patch.oldHeader)), ret.push("+++ " + patch.newFileName + (typeof patch.newHeader > "u" ? "" : "	" + patch.newHeader)));
  for (let i = 0; i < patch.hunks.length; i++) {
    let hunk = patch.hunks[i];
    hunk.oldLines === 0 && (hunk.oldStart -= 1), hunk.newLines === 0 && (hunk.newStart -= 1), ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (let line of hunk.lines)
      ret.push(line);
  }
  return ret.join(`
`) + `
`;
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options == "function" && (options = { callback: options }), options?.callback) {
    let { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      callback(patchObj ? formatPatch(patchObj, options.headerOptions) : void 0);
    } }));
  } else {
    let patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    return patchObj ? formatPatch(patchObj, options?.headerOptions) : void 0;
  }
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result.pop() : result.push(result.pop().slice(0, -1)), result;
}

// lib/plan/comment.ts
var PLAN_COMMENT_KEY = "plan", PLAN_TEMPLATE = "comments/plan.md.hbs", MAX_DIGEST_CHARS = 8e3, MAX_TEXT = 2e4, MAX_DIFF = 3e4, RESULT = {
  changes: "changes",
  "no-changes": "no changes",
  failed: "\u274C failed",
  removed: "\u26A0\uFE0F removed"
};
function fenced(text, lang = "text", max = MAX_TEXT) {
  let body = text.length > max ? `${text.slice(0, max)}
\u2026 (${text.length - max} more characters)` : text, longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)), fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${body.replace(/\n$/, "")}
${fence}`;
}
function headView(o) {
  let totals = { create: 0, update: 0, delete: 0, replace: 0 };
  for (let r of o.results)
    for (let k of Object.keys(totals)) totals[k] += r.counts?.[k] ?? 0;
  let count = (r, k) => r.counts ? r.counts[k] : "\u2013";
  return {
    title: "CloudNeutral plan",
    stackCount: o.results.length,
    totals,
    failedCount: o.results.filter((r) => r.status === "failed").length,
    policy: o.policy ?? "not run",
    commit: o.commit.slice(0, 12),
    stacks: o.results.map((r) => {
      let route = o.routes.get(r.id);
      return {
        id: r.id,
        layer: r.layer,
        region: r.region,
        create: count(r, "create"),
        update: count(r, "update"),
        delete: count(r, "delete"),
        replace: count(r, "replace"),
        result: RESULT[r.status],
        gate: route?.gate ?? "\u2013",
        environment: route?.environment ?? "\u2013"
      };
    })
  };
}
function failureSection(r) {
  let what = r.status === "removed" ? "was removed" : "could not be planned";
  return {
    title: `${r.id} (${r.status})`,
    // Failures are what a reviewer must see: kept longest.
    priority: 100,
    body: `#### ${r.status === "removed" ? "\u26A0\uFE0F" : "\u274C"} ${inlineCode(r.id)} ${what}

${fenced(r.error ?? "", "text", 4e3)}`
  };
}
function stackSection(r, i, count) {
  let parts = [];
  r.summary ? parts.push(planMarkdown(r.summary, { title: r.id, maxChars: 2e4 })) : parts.push(
    `<details><summary>${inlineCode(r.id)}: ${markdownText(r.engine ?? "")} \u2014 ${markdownText(RESULT[r.status])}</summary>
`,
    "</details>"
  ), r.text && parts.push(
    `<details><summary>${inlineCode(r.id)}: plan text</summary>

${fenced(r.text)}

</details>`
  );
  let danger = (r.counts?.delete ?? 0) + (r.counts?.replace ?? 0) > 0;
  return {
    title: r.id,
    priority: (danger ? 50 : 10) + (count - i) / (count + 1),
    body: parts.join(`

`)
  };
}
function diffSection(diffs) {
  let patches = [], size = 0, left = 0;
  for (let d of diffs) {
    let patch = createTwoFilesPatch(
      d.before === void 0 ? "/dev/null" : `a/infra/${d.path}`,
      d.after === void 0 ? "/dev/null" : `b/infra/${d.path}`,
      d.before ?? "",
      d.after ?? "",
      void 0,
      void 0,
      { context: 2 }
    );
    if (size + patch.length > MAX_DIFF) {
      left++;
      continue;
    }
    size += patch.length, patches.push(patch);
  }
  let more = left > 0 ? `

_\u2026 and ${left} more file(s): see the job summary._` : "";
  return {
    title: "rendered file diff",
    priority: 1,
    body: `<details><summary>Rendered files: ${diffs.length} changed</summary>

${fenced(patches.join(""), "diff", MAX_DIFF + 1e3)}${more}

</details>`
  };
}
function reviewedMeta(results, commit) {
  let hashes = {}, entries = {}, budget = MAX_DIGEST_CHARS;
  for (let r of results) {
    if (!r.hash || (hashes[r.id] = r.hash, !r.entries)) continue;
    let size = JSON.stringify(r.entries).length;
    size > budget || (budget -= size, entries[r.id] = r.entries);
  }
  return { commit, hashes, entries };
}
function planComment(o) {
  let template = o.templates.get(PLAN_TEMPLATE);
  if (!template) throw new Error(`built-in template ${PLAN_TEMPLATE} is missing`);
  let head = template.render(headView(o)).trim(), sections = [
    ...o.results.filter((r) => r.status === "failed" || r.status === "removed").map(failureSection),
    ...o.results.filter((r) => r.status === "changes" || r.status === "no-changes").map((r, i, all) => stackSection(r, i, all.length)),
    ...o.diffs.length > 0 ? [diffSection(o.diffs)] : []
  ], meta = reviewedMeta(o.results, o.commit), full = [head, ...sections.map((s) => s.body)].join(`

`);
  return {
    content: { head, sections, fullTextAt: o.fullTextAt, meta: { ...meta } },
    full
  };
}
function readReviewed(meta) {
  if (!meta || meta.key !== PLAN_COMMENT_KEY) return;
  let { commit, hashes, entries } = meta, isMap = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
  if (typeof commit != "string" || !isMap(hashes)) return;
  let strings = (v) => isMap(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x == "string")) : {};
  return {
    commit,
    hashes: strings(hashes),
    entries: isMap(entries) ? Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strings(v)])) : {}
  };
}

export {
  PLAN_COMMENT_KEY,
  PLAN_TEMPLATE,
  fenced,
  diffSection,
  reviewedMeta,
  planComment,
  readReviewed
};
