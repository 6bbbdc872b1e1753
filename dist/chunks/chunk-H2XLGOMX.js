import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  INPUTS,
  YAMLParseError,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-Y3LMOHZE.js";
import {
  TABLE_ZONE,
  countsProblem,
  templateProblem
} from "./chunk-H6FIKADC.js";
import {
  timeOf
} from "./chunk-D6KWSZ5L.js";
import {
  archiveDay,
  comparablePath,
  optionalRepositoryPath,
  repositoryPath
} from "./chunk-6CV53ZE3.js";
import {
  isHttpUrl
} from "./chunk-OSIDOK52.js";
import {
  DEFAULT_LABELS,
  escapeRegExp,
  labelKey
} from "./chunk-CKE4LZXO.js";
import {
  errors,
  yamlProblem
} from "./chunk-JHTZ44AN.js";

// src/yaml.ts
function yamlValue(text, options = {}) {
  const document = parseDocument(text, { ...options, logLevel: "error" });
  const tag = document.warnings.find((warning) => NOT_AS_WRITTEN.has(warning.code));
  const problem2 = document.errors[0] ?? (tag && unknownTag(tag)) ?? (options.merge ? badMerge(document, text) : void 0);
  if (problem2) throw problem2;
  return document.toJS(options);
}
var NOT_AS_WRITTEN = /* @__PURE__ */ new Set(["TAG_RESOLVE_FAILED", "BAD_COLLECTION_TYPE"]);
function unknownTag(warning) {
  const [first = ""] = warning.message.split("\n", 1);
  const where = / at line \d+, column \d+:?$/.exec(first)?.[0] ?? "";
  const error = new YAMLParseError(
    warning.pos,
    warning.code,
    `${first.slice(0, first.length - where.length)}: YAML here knows no such tag; remove it, or quote the value if the tag is part of its text${where}`
  );
  if (warning.linePos) error.linePos = warning.linePos;
  return error;
}
function badMerge(document, text) {
  const mapping2 = (node) => isMap(node) || isAlias(node) && isMap(node.resolve(document));
  let error;
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value !== "symbol") return void 0;
      const { value } = pair;
      if (mapping2(value) || isSeq(value) && value.items.every(mapping2)) return void 0;
      const at = pair.key.range?.[0] ?? 0;
      const before = text.slice(0, at);
      const line = before.split("\n").length;
      const col = at - before.lastIndexOf("\n");
      error = new YAMLParseError(
        [at, at + 2],
        "BAD_COLLECTION_TYPE",
        `a merge key (<<) takes an anchored mapping (<<: *name) or a list of them at line ${line}, column ${col}:`
      );
      error.linePos = [{ line, col }];
      return visit.BREAK;
    }
  });
  return error;
}

// node_modules/valibot/dist/index.mjs
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
var store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
var store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
var store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input2) {
  const type = typeof input2;
  if (type === "string") return `"${input2}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input2}`;
  if (type === "object" || type === "function") return (input2 && Object.getPrototypeOf(input2)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input2 = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input2);
  const issue = {
    kind: context.kind,
    type: context.type,
    input: input2,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
var EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function transform(operation) {
  return {
    kind: "transformation",
    type: "transform",
    reference: transform,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = this.operation(dataset.value);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input2 = dataset.value;
      if (Array.isArray(input2)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input2.length; key++) {
          const value$1 = input2[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input: input2,
              key,
              value: value$1
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function custom(check$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "custom",
    reference: custom,
    expects: "unknown",
    async: false,
    check: check$1,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.check(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function lazy(getter) {
  return _standardSchema({
    kind: "schema",
    type: "lazy",
    reference: lazy,
    expects: "unknown",
    async: false,
    getter,
    "~run"(dataset, config$1) {
      return this.getter(dataset.value)["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input2 = dataset.value;
      if (input2 && typeof input2 === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input2 || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input2 ? input2[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input: input2,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input: input2,
                key,
                value: input2[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input2 = dataset.value;
      if (input2 && typeof input2 === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input2) if (/* @__PURE__ */ _isValidObjectKey(input2, entryKey)) {
          const entryValue = input2[entryKey];
          const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input: input2,
              key: entryKey,
              value: entryValue
            };
            for (const issue of keyDataset.issues) {
              issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input: input2,
              key: entryKey,
              value: entryValue
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input2 = dataset.value;
      if (input2 && typeof input2 === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input2 || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input2 ? input2[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input: input2,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input: input2,
                key,
                value: input2[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input2) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
            _addIssue(this, "key", dataset, config$1, {
              input: key,
              expected: "never",
              path: [{
                type: "object",
                origin: "key",
                input: input2,
                key,
                value: input2[key]
              }]
            });
            break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _subIssues(datasets) {
  let issues;
  if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
  else issues = dataset.issues;
  return issues;
}
// @__NO_SIDE_EFFECTS__
function union(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: union,
    expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
        else typedDatasets = [optionDataset];
        else {
          validDataset = optionDataset;
          break;
        }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input2, config$1) {
  const dataset = schema["~run"]({ value: input2 }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}

// src/record.ts
function readPath(record2, path) {
  if (Object.hasOwn(record2, path)) return record2[path];
  if (!path.includes(".") && !path.includes("[")) return void 0;
  return walk(record2, stepsOf(path), 0);
}
var SELECTOR = /\[([^[\]=]+)=([^[\]]*)\]/g;
var parsed = /* @__PURE__ */ new Map();
function stepsOf(path) {
  const known = parsed.get(path);
  if (known) return known;
  const steps = [];
  for (const part of path.match(/(?:\[[^\]]*=[^\]]*\]|[^.[]|\[(?![^\]]*=))+/g) ?? []) {
    const selectors = [...part.matchAll(SELECTOR)];
    const key = part.replace(SELECTOR, "");
    if (key !== "" || selectors.length === 0) steps.push(key);
    for (const [, name, value] of selectors)
      steps.push({ key: name.trim(), value: value.trim().toLowerCase() });
  }
  if (parsed.size < MAX_PARSED) parsed.set(path, steps);
  return steps;
}
var MAX_PARSED = 1e3;
function walk(start, steps, from) {
  let value = start;
  for (let index = from; index < steps.length; index++) {
    const step = steps[index];
    if (typeof step !== "string") {
      const items = (Array.isArray(value) ? value : [value]).filter((item) => picked(item, step));
      if (items.length === 0) return void 0;
      value = items.length === 1 ? items[0] : items;
      continue;
    }
    if (Array.isArray(value) && !/^\d+$/.test(step)) return throughItems(value, steps, index);
    if (!isObject(value) || !Object.hasOwn(value, step)) return void 0;
    value = value[step];
  }
  return value;
}
function picked(item, { key, value }) {
  if (!isRecord(item) || !Object.hasOwn(item, key)) return false;
  const found = item[key];
  const texts = Array.isArray(found) ? found : [found];
  return texts.some(
    (text) => (typeof text === "string" || typeof text === "number" || typeof text === "boolean") && String(text).trim().toLowerCase() === value
  );
}
function readInItems(items, path) {
  return throughItems(items, stepsOf(path), 0);
}
function throughItems(items, steps, from) {
  const found = [];
  for (const item of items) {
    const value = walk(item, steps, from);
    if (Array.isArray(value)) found.push(...value);
    else if (value !== void 0 && value !== null) found.push(value);
  }
  return found.length > 0 ? found : void 0;
}
function pathProblem(path) {
  const example = "such as metadata[name=Workplace Type].value";
  const rest = path.replace(SELECTOR, (match) => /^\[\s*=|=\s*\]$/.test(match) ? match : "");
  if (/\[\s*=/.test(rest))
    return `picks a list's item by a key's value with no key before "=": write list[key=value], ${example}`;
  if (/\[[^\]]*=\s*\]/.test(rest))
    return `picks a list's item by a key's value with no value after "=": write list[key=value], ${example}`;
  if (/\[[^\]]*=/.test(rest))
    return `opens "[" without closing it with "]": write list[key=value], ${example}`;
  if (/^\[[^\]]*=/.test(path))
    return `picks an item with no list before "[": write the list's name first, list[key=value], ${example}`;
  return void 0;
}
function isRecord(value) {
  return isObject(value) && !Array.isArray(value);
}
function isObject(value) {
  return typeof value === "object" && value !== null;
}
function booleanWord(text) {
  const word = text.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : void 0;
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "yes", "y", "on", "1"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "no", "n", "off", "0"]);
function isNumeric(value) {
  return typeof value === "number" || typeof value === "string" && NUMERIC.test(value.trim());
}
var NUMERIC = /^-?\d+(?:\.\d+)?$/;

// src/config/selection.ts
var DEFAULT_SELECTION = { dedupe: true };
var DEFAULT_ROW_SHAPE = {
  repeatCompanyWhen: "same-day",
  closed: "drop",
  companyUrl: "as-given"
};
var SELECTION_OPTIONS = [
  "select",
  "sort",
  "visible",
  "dedupe",
  "closed",
  "repeat-company",
  "repeat-company-when",
  "company-url"
];
function parseSelection(options, file, where) {
  const result = safeParse(OptionsSchema, options);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((item) => String(item.key)).join(".");
    throw errors.badBoardsFile(file, where, `"${path}" ${issue.message}`);
  }
  const given = result.output;
  if (given["repeat-company-when"] !== void 0 && given["repeat-company"] === void 0)
    throw errors.badBoardsFile(
      file,
      where,
      '"repeat-company-when" needs repeat-company: it says when that text replaces the company'
    );
  return {
    selection: {
      filter: given.select,
      visible: given.visible,
      sort: given.sort,
      dedupe: given.dedupe ?? true
    },
    rowShape: {
      repeatCompany: given["repeat-company"],
      repeatCompanyWhen: given["repeat-company-when"] ?? "same-day",
      closed: given.closed ?? "drop",
      companyUrl: given["company-url"] ?? "as-given"
    }
  };
}
var ScalarSchema = union(
  [string(), number(), boolean()],
  "must be text, a number, true or false"
);
var Texts = pipe(
  union([string(), array(string())], "must be text or a list of text"),
  transform((value) => Array.isArray(value) ? value : [value])
);
var FieldName = pipe(string("must name a field"), minLength(1, "must name a field"));
var FieldFilterSchema = pipe(
  strictObject(
    {
      field: FieldName,
      equals: optional(ScalarSchema),
      "one-of": optional(array(ScalarSchema, "must be a list")),
      "contains-any": optional(Texts),
      words: optional(boolean("must be true or false")),
      "ends-with": optional(Texts),
      after: optional(ScalarSchema),
      before: optional(ScalarSchema)
    },
    "is not a test; use equals, one-of, contains-any, words, ends-with, after or before"
  ),
  check(
    (filter) => ["equals", "one-of", "contains-any", "ends-with", "after", "before"].some(
      (test) => test in filter
    ),
    "needs a test: equals, one-of, contains-any, ends-with, after or before"
  ),
  transform((filter) => ({
    field: filter.field,
    equals: filter.equals,
    oneOf: filter["one-of"],
    containsAny: filter["contains-any"],
    words: filter.words,
    endsWith: filter["ends-with"],
    after: filter.after,
    before: filter.before
  }))
);
var FilterSchema = lazy((input2) => {
  if (Array.isArray(input2))
    return pipe(
      array(FilterSchema),
      transform((all) => ({ all }))
    );
  if (typeof input2 === "object" && input2 !== null) {
    if ("not" in input2) return strictObject({ not: FilterSchema }, 'takes only "not"');
    if ("all" in input2)
      return strictObject({ all: array(FilterSchema, "must be a list") }, 'takes only "all"');
    if ("any" in input2)
      return strictObject({ any: array(FilterSchema, "must be a list") }, 'takes only "any"');
  }
  return FieldFilterSchema;
});
var SORT_KEY_OPTIONS = {
  order: optional(picklist(["asc", "desc"], "must be asc or desc")),
  by: optional(picklist(["day"], "must be day")),
  timezone: optional(
    pipe(string(), check(isTimeZone, "is not an IANA time zone such as UTC or Europe/Berlin"))
  ),
  "ignore-case": optional(boolean("must be true or false"))
};
var NOT_A_SORT_KEY = "is not a sort key; use field (or fields), order, by, timezone or ignore-case";
var JoinedSortKey = pipe(
  strictObject(
    {
      fields: pipe(
        array(FieldName, "must be a list of field names"),
        minLength(2, "must name two fields or more (for one, write field)")
      ),
      ...SORT_KEY_OPTIONS
    },
    NOT_A_SORT_KEY
  ),
  check((key) => key.by === void 0, "compares text: by: day takes one date, written as field"),
  transform(({ fields, ...options }) => ({
    ...sortKeyOptions(options),
    field: fields[0],
    joinedWith: fields.slice(1)
  }))
);
var SortKeySchema = lazy(
  (input2) => typeof input2 === "string" ? pipe(
    FieldName,
    transform((field) => ({ field, order: "asc", ignoreCase: false }))
  ) : isRecord(input2) && "fields" in input2 ? JoinedSortKey : pipe(
    strictObject({ field: FieldName, ...SORT_KEY_OPTIONS }, NOT_A_SORT_KEY),
    transform(({ field, ...options }) => ({ ...sortKeyOptions(options), field }))
  )
);
function sortKeyOptions(key) {
  return {
    order: key.order ?? "asc",
    by: key.by,
    timezone: key.timezone,
    ignoreCase: key["ignore-case"] ?? false
  };
}
var OptionsSchema = object({
  select: optional(FilterSchema),
  sort: optional(
    pipe(array(SortKeySchema, "must be a list of sort keys"), minLength(1, "is empty"))
  ),
  visible: optional(FieldName),
  dedupe: optional(boolean("must be true or false")),
  closed: optional(picklist(["drop", "mark", "details"], "must be drop, mark or details")),
  "repeat-company": optional(string('must be text, such as "\u21B3"')),
  "repeat-company-when": optional(
    picklist(["same-day", "same-age"], "must be same-day or same-age")
  ),
  "company-url": optional(
    picklist(["as-given", "fill", "fill-shown"], "must be as-given, fill or fill-shown")
  )
});
function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// src/config/table.ts
var DEFAULT_TABLE = {
  format: "pipe",
  columns: [
    column(
      "{{ labels.company }}",
      "-------",
      "**{{ company | default: labels.not_available | link: company_url }}**"
    ),
    column(
      "{{ labels.position }}",
      "--------",
      "**{{ title | default: labels.not_available | link: url }}**",
      true
    ),
    column("{{ labels.location }}", "--------", "{{ location | default: labels.not_available }}"),
    column("{{ labels.type }}", "----", "{{ work_type | label }}"),
    column("{{ labels.date }}", "------", "{{ posted_at | date }}")
  ]
};
function parseTable(text) {
  if (text === void 0) return DEFAULT_TABLE;
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw problem(`is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  const result = safeParse(TableSchema, given);
  if (!result.success) throw problem(schemaMessage(result.issues[0]));
  const { format = "pipe", columns } = result.output;
  const rowAttributes = {
    ...result.output.attributes ? { attributes: result.output.attributes } : {},
    ...result.output["header-row-attributes"] ? { headerRowAttributes: result.output["header-row-attributes"] } : {},
    ...result.output["row-attributes"] ? { rowAttributes: result.output["row-attributes"] } : {}
  };
  const attributed = Object.keys(rowAttributes).length > 0 || columns?.some((each) => each["header-attributes"] || each["cell-attributes"]);
  if (attributed && format !== "html")
    throw problem(
      "attributes, header-row-attributes, row-attributes, header-attributes and cell-attributes are for format: html"
    );
  const attributes = rowAttributes;
  if (!columns) return { ...DEFAULT_TABLE, format, ...attributes };
  const parsed2 = columns.map((each, index) => columnSettings(each, index));
  if (!parsed2.some((each) => each.posting)) {
    const posting = parsed2.find((each) => POSTING_URL.test(each.cell));
    if (posting) posting.posting = true;
  }
  return { format, columns: parsed2, ...attributes };
}
function postingColumn(table) {
  return Math.max(
    0,
    table.columns.findIndex((each) => each.posting)
  );
}
var ALIGNS = ["left", "center", "right", "none"];
var AttributesSchema = record(
  pipe(string(), regex(/^[A-Za-z_:][\w.:-]*$/, "is not an HTML attribute name")),
  pipe(
    union([string(), number()]),
    transform((value) => String(value))
  )
);
var ColumnSchema = strictObject({
  header: optional(union([string(), number()])),
  "header-attributes": optional(AttributesSchema),
  "cell-attributes": optional(AttributesSchema),
  align: optional(picklist(ALIGNS)),
  delimiter: optional(
    pipe(string(), regex(/^\s*:?-+:?\s*$/, "must look like ---, :--- , :---: or ---:"))
  ),
  cell: string(),
  posting: optional(boolean())
});
var TableSchema = strictObject({
  format: optional(picklist(["pipe", "html"])),
  attributes: optional(AttributesSchema),
  "header-row-attributes": optional(AttributesSchema),
  "row-attributes": optional(AttributesSchema),
  columns: optional(
    pipe(array(ColumnSchema), minLength(1, "must list at least one column"))
  )
});
var POSTING_URL = /(?<![\w.])url(?:_raw)?\b/;
function column(header, delimiter, cell, posting = false) {
  return { header, align: null, delimiter, cell, posting };
}
function columnSettings(given, index) {
  const where = `column ${index + 1}`;
  const delimiter = given.delimiter?.trim();
  const written = delimiter === void 0 ? void 0 : alignOf(delimiter);
  const align = given.align === void 0 ? written ?? null : given.align === "none" ? null : given.align;
  if (written !== void 0 && written !== align)
    throw problem(`${where}: the delimiter "${delimiter}" does not match align ${given.align}`);
  for (const [name, source] of [
    ["cell", given.cell],
    ["header", String(given.header ?? "")]
  ]) {
    const wrong = templateProblem(source);
    if (wrong) throw problem(`${where}: the ${name} is not a valid Liquid template: ${wrong}`);
  }
  return {
    header: String(given.header ?? ""),
    align,
    delimiter: delimiter ?? DELIMITERS[align ?? "none"],
    cell: given.cell,
    posting: given.posting ?? false,
    ...given["header-attributes"] ? { headerAttributes: given["header-attributes"] } : {},
    ...given["cell-attributes"] ? { cellAttributes: given["cell-attributes"] } : {}
  };
}
var DELIMITERS = { left: ":---", center: ":---:", right: "---:", none: "---" };
function alignOf(delimiter) {
  const left = delimiter.startsWith(":");
  const right = delimiter.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : null;
}
function schemaMessage(issue) {
  const path = (issue.path ?? []).map((item) => item.key);
  const [top, index, key] = path;
  if (top === void 0) return 'must be a mapping such as "format: html" or "columns: [...]"';
  if (top === "columns" && typeof index === "number") {
    const where = `column ${index + 1}`;
    if (key === void 0) return `${where} must be a mapping with a "cell"`;
    if (key === "header-attributes" || key === "cell-attributes")
      return `${where}: "${String(key)}" must map attribute names to values, as style: "width: 25%"`;
    return `${where}: "${String(key)}" ${issue.message.startsWith("must") ? issue.message : keyMessage(String(key))}`;
  }
  if (top === "columns")
    return `"columns" ${issue.type === "min_length" ? issue.message : "must be a list of columns"}`;
  if (top === "format") return '"format" must be pipe or html';
  if (top === "attributes" || top === "header-row-attributes" || top === "row-attributes")
    return `"${top}" must map attribute names to values, as style: "width: 100%"`;
  return `"${String(top)}" is not a table setting; use format, columns, attributes, header-row-attributes or row-attributes`;
}
function keyMessage(key) {
  switch (key) {
    case "align":
      return "must be left, center, right or none";
    case "cell":
      return "must be a Liquid template (text)";
    case "header":
      return "must be text";
    case "posting":
      return "must be true or false";
    default:
      return "is not a column setting; use header, align, delimiter, cell, posting, header-attributes or cell-attributes";
  }
}
function problem(message) {
  return errors.badInput("table", message);
}

// src/links/settings.ts
var MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1e3);
function parseLinkCheck(read) {
  return {
    closedUrls: parseClosedUrls(read.string("closed-urls")),
    timeoutSeconds: read.integer("link-timeout", 1, MAX_TIMEOUT_SECONDS),
    concurrency: read.integer("link-concurrency", 1, 64),
    hostDelayMs: read.integer("link-host-delay-ms", 0, 2 ** 31 - 1),
    privateHosts: read.boolean("link-private-hosts")
  };
}
function isClosedPage(url, closedUrls) {
  const address = comparable(URL.parse(url)?.href ?? url);
  return closedUrls.some((pattern) => patternRegExp(pattern).test(address));
}
var STAR = "zz0jobsreadme0starzz";
function normalizedPattern(pattern) {
  const parsed2 = URL.parse(pattern.replaceAll("*", STAR));
  return parsed2 ? comparable(parsed2.href).replaceAll(STAR, "*") : pattern;
}
function comparable(href) {
  return href.replace(/%([0-9a-f]{2})/gi, (escape, hex) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return /^[A-Za-z0-9\-._~]$/.test(character) ? character : escape.toUpperCase();
  });
}
function parseClosedUrls(text) {
  const patterns = (text ?? "").split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  for (const pattern of patterns)
    if (!/^https?:\/\/[^/\s*]/i.test(pattern) || /\s/.test(pattern))
      throw errors.badInput(
        "closed-urls",
        `"${pattern}" is not an http(s) address such as https://jobs.example/closed`
      );
  return patterns;
}
var compiled = /* @__PURE__ */ new Map();
function patternRegExp(pattern) {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const body = normalizedPattern(pattern).split("*").map((part) => escapeRegExp(part)).join(".*");
    regExp = new RegExp(`^${body}`, "i");
    compiled.set(pattern, regExp);
  }
  return regExp;
}

// src/config/run-files.ts
var INPUT_NAMES = {
  listings: { file: "the listings file", yours: "your listings" },
  config: { file: "the boards file", yours: "your boards file" },
  labels: { file: "the labels file", yours: "your labels" }
};
var OUTPUT_NAMES = {
  readme: "the README",
  "feed-path": "the feed",
  "archive-path": "a day's snapshot"
};
function checkRunFiles(run, boards, labelsFiles) {
  const inputs = [
    ...run.listings && !isHttpUrl(run.listings) ? [input(run.listings, "listings")] : [],
    ...run.boardsFile ? [input(run.boardsFile, "config")] : [],
    ...labelsFiles.map((path) => input(path, "labels"))
  ];
  const outputs = boards.flatMap((board, index) => [
    { board: index, setting: "readme", path: board.readme },
    ...board.feedPaths.map((path) => ({ board: index, setting: "feed-path", path })),
    ...board.archivePath ? [{ board: index, setting: "archive-path", path: board.archivePath }] : []
  ]);
  const taken = new Set([...inputs, ...outputs].map((file) => file.path));
  const refuse = (output, problem2) => run.boardsFile ? errors.badBoardsFile(
    run.boardsFile,
    boardName(boards, output.board),
    `${output.setting} ${problem2}`
  ) : errors.badInput(output.setting, problem2);
  for (const output of outputs) {
    for (const input2 of inputs) {
      const problem2 = inputClash(output, input2, boards, taken);
      if (problem2) throw refuse(output, problem2);
    }
    if (output.setting === "archive-path") continue;
    for (const other of outputs) {
      if (other === output) continue;
      const problem2 = outputClash(output, other, boards, taken);
      if (problem2) throw refuse(output, problem2);
    }
  }
}
function inputClash(output, input2, boards, taken) {
  const { file, yours } = INPUT_NAMES[input2.setting];
  const given = input2.given === input2.path ? "" : `, given as "${input2.given}"`;
  const named = `${file} (the "${input2.setting}" ${input2.setting === "config" ? "input" : "setting"}${given})`;
  if (output.setting !== "archive-path")
    return output.path === input2.path ? `"${output.path}" is ${named}: ${OUTPUT_NAMES[output.setting]} would replace ${yours}. ${ownPath(output, taken)}` : void 0;
  const day = archiveDay(output.path, input2.path);
  if (day === void 0) return void 0;
  const expires = boards[output.board]?.archiveDays === void 0 ? "" : `, and archive-days would delete ${yours} once that day's snapshot expires`;
  return `"${output.path}" names ${file} "${input2.path}" (the "${input2.setting}" setting${given}) as the snapshot of ${day}: that day's snapshot would replace ${yours}${expires}. ${ownPath(output, taken)}`;
}
function outputClash(output, other, boards, taken) {
  const whose = other.board === output.board ? "this board" : boardName(boards, other.board);
  if (other.setting === "archive-path") {
    const day = archiveDay(other.path, output.path);
    if (day === void 0) return void 0;
    const expires = boards[other.board]?.archiveDays === void 0 ? "" : ", and archive-days would delete it once that snapshot expires";
    return `"${output.path}" is the snapshot of ${day} that the archive-path "${other.path}" of ${whose} names: that day's snapshot would replace ${OUTPUT_NAMES[output.setting]}${expires}. ${ownPath(output, taken)}, outside the archive's template`;
  }
  if (output.setting === "readme" && other.setting === "readme") return void 0;
  if (output.path !== other.path || output.setting === other.setting) return void 0;
  return `"${output.path}" is also the ${other.setting} of ${whose}: ${OUTPUT_NAMES[output.setting]} and ${OUTPUT_NAMES[other.setting]} would replace each other. ${ownPath(output, taken)}`;
}
function ownPath(output, taken) {
  const extension = /\.[A-Za-z0-9]+$/.exec(output.path)?.[0] ?? "";
  const feedExtension = /^\.xml$/i.test(extension) ? extension : ".json";
  const candidates = {
    readme: ["README.md", "JOBS.md", "jobs/README.md"],
    "feed-path": [`feed${feedExtension}`, `jobs-feed${feedExtension}`],
    "archive-path": [`archive/{date}${extension || ".md"}`, `snapshots/{date}${extension || ".md"}`]
  }[output.setting];
  const free = candidates.find((path) => !taken.has(path)) ?? candidates.at(-1);
  const what = {
    readme: "Give the README its own path",
    "feed-path": "Give the feed its own path",
    "archive-path": "Give the snapshots their own folder"
  }[output.setting];
  return `${what}, such as "${free}"`;
}
function input(given, setting) {
  return { path: comparablePath(given), given: given.trim(), setting };
}
function boardName(boards, index) {
  const category = boards[index]?.category;
  return `board ${index + 1}${category ? ` (${category})` : ""}`;
}

// src/contribute/settings.ts
function isRecordKey(target) {
  return target.startsWith("record.");
}
var DEFAULT_KINDS = {
  "new-listing": "new",
  "edit-listing": "edit",
  "close-listing": "close"
};
function parseContribution(given) {
  return {
    approveLabel: given.approveLabel ?? "approved",
    refusedLabel: given.refusedLabel ?? "needs-changes",
    kinds: given.kinds === void 0 ? DEFAULT_KINDS : parseKinds(given.kinds),
    fields: given.fields === void 0 ? {} : parseFields(given.fields)
  };
}
function foldLabel(label) {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
}
function fieldOfLabel(label, settings) {
  const folded = foldLabel(label);
  if (Object.hasOwn(settings.fields, folded)) return settings.fields[folded];
  if (CANONICAL_FIELDS.includes(folded)) return folded;
  return Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : void 0;
}
var ALIASES = {
  company_name: "company",
  employer: "company",
  job_title: "title",
  role: "title",
  role_title: "title",
  position: "title",
  link: "url",
  job_url: "url",
  job_link: "url",
  posting_url: "url",
  application_link: "url",
  apply_link: "url",
  locations: "location",
  remote: "work_type",
  date_posted: "posted_at",
  posted: "posted_at",
  category: "categories",
  type_of_change: "kind",
  request: "kind"
};
function mapping(input2, text) {
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput(input2, `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput(input2, 'must be a mapping such as "Company name: company"');
  return given;
}
function parseKinds(text) {
  const kinds = {};
  for (const [label, kind] of Object.entries(mapping("contribution-kinds", text))) {
    if (kind !== "new" && kind !== "edit" && kind !== "close")
      throw errors.badInput(
        "contribution-kinds",
        `"${label}" must map to new, edit or close, not "${String(kind)}"`
      );
    kinds[label] = kind;
  }
  return kinds;
}
function parseFields(text) {
  const fields = {};
  for (const [label, field] of Object.entries(mapping("contribution-fields", text))) {
    const known = [...CANONICAL_FIELDS, "kind"];
    if (typeof field !== "string" || !(known.includes(field) || RECORD_KEY.test(field)))
      throw errors.badInput(
        "contribution-fields",
        `"${label}" must map to a listing field (${known.join(", ")}) or to a key of the records as record.<key> (record.terms), not "${String(field)}"`
      );
    fields[foldLabel(label)] = field;
  }
  return fields;
}
var RECORD_KEY = /^record\.[^.\s]+$/;

// src/load/salary-text.ts
function salaryFromText(text, dollar) {
  const tidy = plainLetters(text).replace(/[\u2012-\u2015\u2212]/g, "-").replace(GROSS, " ").replace(/\s+/g, " ").trim();
  const whole = salaryIn(tidy, dollar);
  if (whole) return whole;
  for (const note of [NOTE_AT_END.exec(tidy), SHARES_AT_END.exec(tidy)]) {
    const before = note ? salaryIn(tidy.slice(0, note.index), dollar) : void 0;
    if (before) return before;
  }
  return void 0;
}
function plainLetters(text) {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "") : lower;
}
var NON_ASCII = /[^\0-\x7f]/;
var GROSS = /\b(?:gross|brutto|bruto|brut|lordo)\b\.?/g;
var NOTE_AT_END = /(?:\s?[•·|;,(]|\s\+|\splus\b)[^\d]*$/;
var SHARES_AT_END = /\s?[•·](?:[^\d]|\d+(?:\.\d+)?\s?%)*$/;
function salaryIn(text, dollar) {
  let rest = text.trim();
  let marked = false;
  let period = "year";
  const periodMatch = PERIOD_AT_END.exec(rest);
  if (periodMatch) {
    period = salaryPeriod(periodMatch[1] ?? periodMatch[2] ?? "") ?? "year";
    rest = rest.slice(0, periodMatch.index).trim();
    marked = true;
  }
  let bound;
  const boundMatch = BOUND_AT_START.exec(rest);
  if (boundMatch) {
    bound = boundMatch[1] === "up to" || boundMatch[1] === "max" ? "max" : "min";
    rest = rest.slice(boundMatch[0].length);
  }
  const plus = rest.indexOf("+");
  if (plus >= 0) {
    if (bound || rest.indexOf("+", plus + 1) >= 0) return void 0;
    bound = "min";
    rest = `${rest.slice(0, plus)}${rest.slice(plus + 1)}`.trim();
  }
  const parts = rest.split(RANGE);
  if (parts.length > 2 || bound && parts.length > 1) return void 0;
  const firstPeriod = parts.length === 2 ? PERIOD_AT_END.exec(parts[0]) : null;
  if (firstPeriod) {
    const said = salaryPeriod(firstPeriod[1] ?? firstPeriod[2] ?? "");
    if (!periodMatch || said !== period) return void 0;
    parts[0] = parts[0].slice(0, firstPeriod.index);
  }
  const amounts = parts.map(amountText);
  if (amounts.some((amount) => amount === void 0)) return void 0;
  const [first, second] = amounts;
  if (!first) return void 0;
  const currencies = new Set(amounts.flatMap((amount) => amount?.currency ? [amount.currency] : []));
  const dollars = amounts.some((amount) => amount?.dollar);
  if (currencies.size > 1 || dollars && currencies.size === 1 && !DOLLARS.has([...currencies][0]))
    return void 0;
  if (dollars && currencies.size === 0) currencies.add(dollar);
  marked ||= bound !== void 0 || currencies.size > 0;
  marked ||= amounts.some((amount) => amount?.thousands);
  if (!marked && !(second && first.value >= 1e3 && second.value >= 1e3)) return void 0;
  let low = first.value;
  if (second?.thousands && !first.thousands && low < 1e3) low *= 1e3;
  const [currency] = currencies;
  if (!second)
    return bound === "max" ? { max: low, currency, period } : bound === "min" ? { min: low, currency, period } : { min: low, max: low, currency, period };
  return { min: low, max: second.value, currency, period };
}
var DOLLARS = /* @__PURE__ */ new Set([
  "USD",
  "CAD",
  "AUD",
  "NZD",
  "SGD",
  "HKD",
  "MXN"
]);
var CURRENCY = String.raw`(?:us|ca|c|au|a|nz|s|hk)?\$|[€£₹]|[a-z]{3}(?![a-z])`;
var AMOUNT = new RegExp(
  String.raw`^(?:(${CURRENCY})\s?)?(\d[\d,.' ]*?)\s?(k)?(?:\s?(${CURRENCY}))?$`
);
var SYMBOLS = /* @__PURE__ */ new Map([
  ["us$", "USD"],
  ["ca$", "CAD"],
  ["c$", "CAD"],
  ["au$", "AUD"],
  ["a$", "AUD"],
  ["nz$", "NZD"],
  ["s$", "SGD"],
  ["hk$", "HKD"],
  ["\u20AC", "EUR"],
  ["\xA3", "GBP"],
  ["\u20B9", "INR"]
]);
var isoCurrencies;
function amountText(text) {
  const match = AMOUNT.exec(text.trim());
  if (!match) return void 0;
  const [, before, digits = "", k, after] = match;
  const dollar = before === "$" || after === "$";
  const named = [before, after].flatMap((sign) => sign && sign !== "$" ? [currencyOf(sign)] : []);
  if (named.includes(void 0) || named.length > 1) return void 0;
  const value = numberText(digits);
  if (value === void 0) return void 0;
  return { value: k ? value * 1e3 : value, thousands: k !== void 0, currency: named[0], dollar };
}
function currencyOf(sign) {
  const code = SYMBOLS.get(sign) ?? sign.toUpperCase();
  return isCurrencyCode(code) ? code : void 0;
}
function isCurrencyCode(code) {
  isoCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return isoCurrencies.has(code);
}
function numberText(digits) {
  if (/^\d+(?:\.\d{1,2})?$/.test(digits)) return Number(digits);
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(digits)) return Number(digits.replaceAll(",", ""));
  const grouped = /^(\d{1,3}(?:([,.' ])\d{3})+)(?:([,.])(\d{1,2}))?$/.exec(digits);
  if (!grouped) return void 0;
  const [, whole = "", mark, decimalMark, cents] = grouped;
  if (decimalMark && decimalMark === mark) return void 0;
  return Number(whole.split(mark).join("") + (cents ? `.${cents}` : ""));
}
function salaryPeriod(text) {
  const all = plainLetters(text).replaceAll(".", "").split(/[^a-z]+/).filter(Boolean);
  const words = all.filter((word2) => !PERIOD_FILLERS.has(word2));
  if (words.length === 0 && all.length > 0) words.push(all.at(-1));
  if (words.length !== 1) return void 0;
  const [word] = words;
  return PERIOD_WORDS.get(word) ?? PERIOD_WORDS.get(word.replace(/s$/, ""));
}
var PER = ["per", "pro", "par", "por", "al"];
var PERIOD_FILLERS = /* @__PURE__ */ new Set([
  ...PER,
  "p",
  "a",
  "an",
  "one",
  "salary",
  "wage",
  "pay",
  "rate",
  "all",
  "el"
]);
var PERIODS = {
  hour: {
    units: ["hour", "hr", "h", "stunde", "std", "heure", "hora", "ora", "uur"],
    words: ["hourly", "stundlich", "horaire", "orario"]
  },
  day: {
    units: ["day", "tag", "jour", "dia", "giorno", "dag"],
    words: ["daily", "taglich", "journalier", "diario"]
  },
  week: {
    units: ["week", "wk", "woche", "semaine", "semana", "settimana"],
    words: ["weekly", "wochentlich", "hebdomadaire", "semanal"]
  },
  month: {
    units: ["month", "mo", "monat", "mois", "mes", "mese", "maand"],
    words: ["monthly", "monatlich", "mensuel", "mensuelle", "mensual", "mensal", "mensile"]
  },
  year: {
    units: ["year", "yr", "annum", "jahr", "an", "annee", "ano", "anno", "jaar"],
    words: [
      "yearly",
      "annual",
      "annually",
      "jahrlich",
      "annuel",
      "annuelle",
      "anual",
      "annuo",
      "annuale"
    ]
  }
};
var PERIOD_CODES = {
  hour: ["ph"],
  day: ["d", "pd"],
  week: ["w", "pw"],
  month: ["m", "pm", "pcm"],
  year: ["y", "pa"]
};
var PERIOD_WORDS = new Map(
  Object.keys(PERIODS).flatMap(
    (period) => [...PERIODS[period].units, ...PERIODS[period].words, ...PERIOD_CODES[period]].map(
      (word) => [word, period]
    )
  )
);
var allOf = (part) => Object.values(PERIODS).flatMap((period) => period[part]);
var PERIOD_AT_END = new RegExp(
  String.raw`\s?(?:\/ ?|\b(?:${PER.join("|")}) |\ball'|\ban? )(${allOf("units").join("|")})\.?$|` + String.raw`\s(${allOf("words").join("|")}|p\.?[ahdw]\.?|p\/h|pcm)$`
);
var BOUND_AT_START = /^(up to|from|starting at|min|max)\.?:? ?/;
var RANGE = /\s?(?:-|\bto\b)\s?/;

// src/config/config.ts
var CANONICAL_FIELDS = [
  "id",
  "company",
  "company_url",
  "title",
  "url",
  "location",
  "work_type",
  "posted_at",
  "salary",
  "salary_min",
  "salary_max",
  "salary_currency",
  "salary_period",
  "skills",
  "description",
  "categories",
  "active"
];
function parseSettings(raw, clock = () => /* @__PURE__ */ new Date()) {
  const run = parseRun(raw, clock);
  if (!labelsFile(raw.labels)) parseBoard(raw);
  return {
    run,
    async resolve(readFile) {
      const labelsFiles = /* @__PURE__ */ new Set();
      const withLabels = (board) => withLabelsFile(board, readFile, labelsFiles);
      const resolved = await resolveBoards(run, raw, readFile, withLabels);
      checkRunFiles(resolved.run, resolved.boards, [...labelsFiles]);
      return resolved;
    }
  };
}
async function resolveBoards(run, raw, readFile, withLabels) {
  if (!run.boardsFile) return { run, boards: [parseBoard(await withLabels(raw))] };
  const text = await readFile(run.boardsFile);
  if (text === void 0)
    throw errors.badBoardsFile(
      run.boardsFile,
      "the file",
      'was not found; check the "config" input'
    );
  const { readBoards } = await import("./boards-75IVNS3O.js");
  const { inputs, boards, fields } = await readBoards(text, raw, run.boardsFile, withLabels);
  const resolved = { ...parseRun(inputs, () => run.now), ...fields && { fields } };
  if (!resolved.listings)
    throw errors.badInput(
      "listings",
      `is required: give it as an input (--listings) or at the top of ${run.boardsFile}`
    );
  return { run: resolved, boards };
}
function labelsFile(value) {
  const text = value?.trim();
  return text && /^[^\n:{]+\.(?:ya?ml|json)$/i.test(text) ? text : void 0;
}
async function withLabelsFile(raw, readFile, read) {
  const path = labelsFile(raw.labels);
  if (!path) return raw;
  read.add(path);
  const text = await readFile(path);
  if (text === void 0)
    throw errors.badInput("labels", `names the file "${path}", which was not found`);
  return { ...raw, labels: text };
}
function parseRun(raw, clock) {
  const read = reader(raw);
  return {
    mode: read.oneOf("mode", ["update", "check-links"]) ?? "update",
    links: parseLinkCheck(read),
    // A boards file may name the listings: then they are known once it is read (resolve).
    listings: read.string("config") ? read.string("listings") ?? "" : read.required("listings"),
    listingsFormat: read.oneOf("listings-format", ["json", "jsonl", "csv", "yaml"]),
    listingsHeader: parseHeader(read.string("listings-header")),
    // Timers hold at most 2^31-1 ms; a longer delay would fire at once.
    listingsTimeout: read.integer("listings-timeout", 1, MAX_TIMEOUT_SECONDS2),
    listingsMaxBytes: read.integer("listings-max-bytes", 1),
    fields: parseFields2(read.string("fields")),
    maxCellLength: read.integer("max-cell-length", 0),
    salaryCurrency: parseCurrency(read.string("salary-currency") ?? "USD"),
    boardsFile: optionalRepositoryPath("config", read.string("config")),
    now: parseNow(read.string("now"), clock),
    strict: read.boolean("strict"),
    commit: read.boolean("commit"),
    dryRun: read.boolean("dry-run"),
    repository: parseRepository(read.string("repository")),
    branch: read.string("branch"),
    commitMessage: read.string("commit-message") ?? "",
    ...parseCommitIdentity(read),
    pullRequest: { auto: "auto", true: "always", false: "never" }[read.oneOf("pull-request", ["auto", "true", "false"]) ?? "auto"],
    token: read.string("token"),
    contribution: parseContribution({
      approveLabel: read.string("contribution-label"),
      refusedLabel: read.string("contribution-refused-label"),
      kinds: read.string("contribution-kinds"),
      fields: read.string("contribution-fields")
    })
  };
}
function idleOptions(boards) {
  const idle = (has, uses) => boards.some(has) && !boards.some((board) => has(board) && uses(board));
  return [
    ...idle(
      (board) => board.archiveDays !== void 0,
      (board) => board.archivePath !== void 0
    ) ? [
      "archive-days is set, but no board has an archive-path: there are no snapshots to delete. Set archive-path (e.g. archive/{date}.md), or remove archive-days."
    ] : [],
    ...idle(
      (board) => (board.keywords?.length ?? 0) > 0,
      (board) => board.category !== void 0
    ) ? [
      "keywords is set, but no board has a category: every listing is shown, and keywords only place listings without categories in a category. Set category, or remove keywords."
    ] : []
  ];
}
function parseBoard(raw) {
  const read = reader(raw);
  const category = read.string("category")?.toLowerCase();
  return {
    readme: repositoryPath("readme", read.string("readme") ?? "README.md"),
    markerPrefix: parseMarkerPrefix(read.string("marker-prefix") ?? "jobs"),
    category,
    keywords: parseList(read.string("keywords")),
    maxRows: read.integer("max-rows", 0),
    maxAgeDays: read.integer("max-age-days", 0),
    maxRemovedPercent: read.integer("max-removed-percent", 0, 100),
    maxBytes: read.integer("max-bytes", 1),
    archivePath: optionalRepositoryPath("archive-path", read.string("archive-path")),
    archiveDays: read.string("archive-days") === void 0 ? void 0 : read.integer("archive-days", 1),
    feedPaths: (parseList(read.string("feed-path")) ?? []).map(
      (path) => repositoryPath("feed-path", path)
    ),
    utm: read.boolean("utm") ? {
      source: read.string("utm-source") ?? "github",
      medium: read.string("utm-medium") ?? "repo",
      campaign: read.string("utm-campaign") ?? defaultCampaign(category)
    } : void 0,
    timezone: parseTimezone(read.string("timezone") ?? "UTC"),
    locale: parseLocale(read.string("locale") ?? "en-US"),
    table: parseTable(read.string("table")),
    zone: parseZone(read.string("zone")),
    zoneTitle: read.string("zone-title"),
    counts: parseCounts(read.string("counts")),
    updated: parseUpdated(read.string("updated")),
    salaryCurrency: parseCurrency(read.string("salary-currency") ?? "USD"),
    skillsCount: read.integer("skills-count", 0),
    labels: parseLabels(read.string("labels")),
    allowEmpty: read.boolean("allow-empty"),
    selection: DEFAULT_SELECTION,
    rowShape: DEFAULT_ROW_SHAPE
  };
}
function parseZone(zone) {
  if (zone !== void 0 && !TABLE_ZONE.test(zone))
    throw errors.badInput(
      "zone",
      `must be letters, digits, - and _ (such as "software"), not "${zone}"`
    );
  return zone;
}
function parseUpdated(template) {
  const problem2 = template === void 0 ? void 0 : templateProblem(template);
  if (problem2) throw errors.badInput("updated", `is not a valid Liquid template: ${problem2}`);
  return template;
}
function parseCounts(template) {
  const problem2 = template === void 0 ? void 0 : countsProblem(template);
  if (problem2) throw errors.badInput("counts", `is not a valid Liquid template: ${problem2}`);
  return template;
}
function parseCommitIdentity(read) {
  const commitMethod = read.oneOf("commit-method", ["graphql", "rest"]) ?? "graphql";
  const author = parsePerson("author", read.string("author"));
  const committer = parsePerson("committer", read.string("committer"));
  const custom2 = author ? "author" : committer ? "committer" : void 0;
  if (custom2 && commitMethod !== "rest")
    throw errors.badInput(
      custom2,
      `needs "commit-method: rest" (a GraphQL commit is made as the token's owner)`
    );
  return { commitMethod, author, committer };
}
function parsePerson(name, text) {
  if (text === void 0) return void 0;
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (!match?.[1] || !match[2])
    throw errors.badInput(name, `must look like "Name <email@example.com>", not "${text}"`);
  return { name: match[1], email: match[2] };
}
function parseInitSettings(raw) {
  const read = reader(raw);
  return {
    readme: repositoryPath("readme", read.string("readme") ?? "README.md"),
    markerPrefix: parseMarkerPrefix(read.string("marker-prefix") ?? "jobs"),
    boardsFile: repositoryPath("config", read.string("config") ?? "jobs-readme.yml")
  };
}
var MAX_TIMEOUT_SECONDS2 = Math.floor((2 ** 31 - 1) / 1e3);
function defaultCampaign(category) {
  return category ? `github-${category}-jobs` : "github-jobs";
}
function reader(raw) {
  const defaults = new Map(INPUTS.map((input2) => [input2.name, input2.default]));
  const value = (name) => {
    const given = raw[name]?.trim();
    return given ? given : defaults.get(name);
  };
  return {
    string: value,
    required(name) {
      const given = value(name);
      if (given === void 0) throw errors.badInput(name, "is required");
      return given;
    },
    boolean(name) {
      const given = (value(name) ?? "false").toLowerCase();
      if (given === "true") return true;
      if (given === "false") return false;
      throw errors.badInput(name, `must be true or false, not "${given}"`);
    },
    integer(name, min, max = Number.MAX_SAFE_INTEGER) {
      const given = value(name) ?? "0";
      const parsed2 = Number(given);
      if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(parsed2) || parsed2 < min)
        throw errors.badInput(name, `must be a whole number of at least ${min}, not "${given}"`);
      if (parsed2 > max) throw errors.badInput(name, `must be at most ${max}, not "${given}"`);
      return parsed2;
    },
    oneOf(name, allowed) {
      const given = value(name)?.toLowerCase();
      if (given === void 0) return void 0;
      if (!allowed.includes(given))
        throw errors.badInput(name, `must be one of ${allowed.join(", ")}, not "${given}"`);
      return given;
    }
  };
}
function parseHeader(text) {
  if (text === void 0) return void 0;
  const colon = text.indexOf(":");
  const name = text.slice(0, colon).trim();
  if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw errors.badInput("listings-header", 'must look like "Name: value"');
  const value = text.slice(colon + 1).trim();
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value))
    throw errors.badInput(
      "listings-header",
      "the value holds a line break or another control character"
    );
  return { name, value };
}
function parseFields2(text) {
  if (text === void 0) return {};
  if (FIELDS_MAPPING.test(text)) {
    let given;
    try {
      given = yamlValue(text);
    } catch (error) {
      throw errors.badInput("fields", `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
    }
    return fieldsOf(given, (problem2) => errors.badInput("fields", problem2));
  }
  const fields = {};
  for (const pair of parseList(text) ?? []) {
    const at = pair.indexOf("=");
    const canonical = at === -1 ? "" : pair.slice(0, at).trim();
    const source = pair.slice(at + 1).trim();
    const refuse = (problem2) => errors.badInput("fields", problem2);
    const pathWrong = canonical && source.includes("[") && pathProblem(source);
    if (pathWrong) throw refuse(`"${canonical}" maps to "${source}", which ${pathWrong}`);
    if (!canonical || !source || source.replace(/\[[^\]]*\]/g, "").includes("="))
      throw refuse(
        `"${pair}" must look like canonical=source. A source name that holds a comma or "=" is given in the mapping form, such as {"location": "Location (City, State)"}`
      );
    fields[canonicalField(canonical, refuse)] = source;
  }
  return fields;
}
function checkedPath(name, path, refuse) {
  const problem2 = pathProblem(path);
  if (problem2) throw refuse(`"${name}" maps to "${path}", which ${problem2}`);
  return path;
}
var FIELDS_MAPPING = /^\s*\{|^\s*[A-Za-z_]+\s*:(?:\s|$)/m;
function fieldsOf(mapping2, refuse) {
  if (mapping2 === null || typeof mapping2 !== "object" || Array.isArray(mapping2))
    throw refuse('must be a mapping of canonical field to source, such as "company: company_name"');
  const fields = {};
  for (const [canonical, source] of Object.entries(mapping2)) {
    const name = canonicalField(canonical, refuse);
    const text = typeof source === "string" || typeof source === "number" ? String(source).trim() : "";
    if (!text)
      throw refuse(`"${canonical}" must map to the name (or dotted path) of a field of the feed`);
    fields[name] = checkedPath(name, text, refuse);
  }
  return fields;
}
function canonicalField(name, refuse) {
  if (!CANONICAL_FIELDS.includes(name))
    throw refuse(`"${name}" is not a listing field; use one of ${CANONICAL_FIELDS.join(", ")}`);
  return name;
}
function parseList(text) {
  if (text === void 0) return void 0;
  const items = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  return items.length ? items : void 0;
}
function parseRepository(name) {
  if (name !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(name))
    throw errors.badInput(
      "repository",
      `must be owner/name, such as acme/backend-jobs, not "${name}"`
    );
  return name;
}
function parseMarkerPrefix(prefix) {
  if (!/^[A-Za-z0-9_.-]+$/.test(prefix))
    throw errors.badInput("marker-prefix", 'may hold only letters, digits, ".", "_" and "-"');
  return prefix;
}
function parseTimezone(zone) {
  if (zone === "UTC") return zone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    throw errors.badInput(
      "timezone",
      `"${zone}" is not an IANA time zone such as UTC or Europe/Berlin`
    );
  }
}
function parseLocale(locale) {
  if (locale === "en-US") return locale;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
  }
  throw errors.badInput(
    "locale",
    `"${locale}" is not a locale this runtime knows, such as en-US or de-DE`
  );
}
function parseCurrency(code) {
  if (!/^[A-Za-z]{3}$/.test(code))
    throw errors.badInput("salary-currency", `"${code}" is not an ISO 4217 code such as USD`);
  if (!isCurrencyCode(code.toUpperCase()))
    throw errors.badInput(
      "salary-currency",
      `"${code}" is no ISO 4217 currency code: write the three letters of a currency, such as USD, EUR, GBP or INR`
    );
  return code.toUpperCase();
}
function parseNow(text, clock) {
  if (text === void 0) return clock();
  const time = timeOf(text);
  if (time === void 0)
    throw errors.badInput("now", `"${text}" is not an ISO 8601 date-time (no zone is UTC)`);
  return new Date(time);
}
function parseLabels(text) {
  if (text === void 0) return DEFAULT_LABELS;
  let given;
  try {
    given = yamlValue(text);
  } catch (error) {
    throw errors.badInput("labels", `is not a YAML or JSON mapping: ${yamlProblem(error)}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw errors.badInput("labels", 'must be a mapping such as "company: Empresa"');
  const labels = { ...DEFAULT_LABELS };
  for (const [name, value] of Object.entries(given)) {
    const key = labelKey(name);
    if (!key)
      throw errors.badInput(
        "labels",
        `"${name}" is not a label; use one of ${Object.keys(DEFAULT_LABELS).map(kebabCase).join(", ")}`
      );
    if (typeof value !== "string" && typeof value !== "number")
      throw errors.badInput("labels", `"${name}" must be text`);
    labels[key] = String(value);
  }
  return labels;
}
function kebabCase(key) {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export {
  yamlValue,
  isClosedPage,
  minLength,
  array,
  boolean,
  custom,
  nullable,
  number,
  optional,
  record,
  strictObject,
  string,
  union,
  unknown,
  pipe,
  safeParse,
  readPath,
  readInItems,
  isRecord,
  booleanWord,
  isNumeric,
  SELECTION_OPTIONS,
  parseSelection,
  isRecordKey,
  fieldOfLabel,
  DEFAULT_TABLE,
  postingColumn,
  salaryFromText,
  DOLLARS,
  salaryPeriod,
  CANONICAL_FIELDS,
  parseSettings,
  idleOptions,
  parseBoard,
  parseInitSettings,
  parseFields2 as parseFields,
  fieldsOf
};
