import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  YAMLParseError,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-VZAPTW6G.js";
import {
  INPUTS
} from "./chunk-CNZCOZW5.js";
import {
  DEFAULT_LABELS,
  ageInDays,
  archiveDay,
  comparablePath,
  isTimeZone,
  labelKey,
  monthDay,
  notFoundAdvice,
  optionalRepositoryPath,
  repositoryPath,
  strftime
} from "./chunk-HGMCSHK7.js";
import {
  LOCALE_DAY,
  WrittenDay,
  timeOf,
  whenOf
} from "./chunk-2LKPSTS6.js";
import {
  valueDestination,
  valueText
} from "./chunk-SKB6RRKJ.js";
import {
  TABLE_ZONE
} from "./chunk-MDWKFDOI.js";
import {
  escapeRegExp
} from "./chunk-NMUSXQ76.js";
import {
  errors,
  yamlProblem
} from "./chunk-T5PQ3PXG.js";
import {
  isHttpUrl
} from "./chunk-NPSXZNHX.js";
import {
  Escaped,
  Markup,
  SCHEME,
  TOKEN,
  Untrimmed,
  escapedAttribute,
  inComment,
  isInComment,
  piece,
  renderingOptions,
  toPhrasing,
  token,
  webUrl,
  within,
  withoutTokens
} from "./chunk-77NA2YHO.js";
import {
  BoundedMap
} from "./chunk-R2N435UP.js";
import {
  gfmTree,
  singleLine
} from "./chunk-2GOGV3GD.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/liquidjs/dist/liquid.node.js
var require_liquid_node = __commonJS({
  "node_modules/liquidjs/dist/liquid.node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream = __require("stream");
    var path = __require("path");
    var fs$1 = __require("fs");
    var crypto = __require("crypto");
    var Token = class {
      constructor(kind, input2, begin, end, file) {
        this.kind = kind;
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
      }
      getText() {
        return this.input.slice(this.begin, this.end);
      }
      getPosition() {
        let [row, col] = [1, 1];
        for (let i = 0; i < this.begin; i++) {
          if (this.input[i] === "\n") {
            row++;
            col = 1;
          } else
            col++;
        }
        return [row, col];
      }
      size() {
        return this.end - this.begin;
      }
    };
    var Drop = class {
      liquidMethodMissing(key, context) {
        return void 0;
      }
    };
    var toString$1 = Object.prototype.toString;
    var toLowerCase = String.prototype.toLowerCase;
    var hasOwnProperty = Object.hasOwnProperty;
    function isString(value) {
      return typeof value === "string";
    }
    function isFunction(value) {
      return typeof value === "function";
    }
    function isPromise(val) {
      return val && isFunction(val.then);
    }
    function isIterator(val) {
      return val && isFunction(val.next) && isFunction(val.throw) && isFunction(val.return);
    }
    function promisify(fn) {
      return function(...args) {
        return new Promise((resolve2, reject2) => {
          fn(...args, (err, result) => {
            err ? reject2(err) : resolve2(result);
          });
        });
      };
    }
    function stringify(value) {
      value = toValue(value);
      if (isString(value))
        return value;
      if (isNil(value))
        return "";
      if (isArray(value))
        return value.map((x) => stringify(x)).join("");
      return String(value);
    }
    function advanceCodePoints(str, from, count) {
      let index = from;
      for (let i = 0; i < count && index < str.length; i++)
        index += str.codePointAt(index) > 65535 ? 2 : 1;
      return index;
    }
    function codePointLength(str) {
      let length = 0;
      for (let index = 0; index < str.length; index = advanceCodePoints(str, index, 1))
        length++;
      return length;
    }
    function readArrayElement(arr, index, ownPropertyOnly) {
      if (index < 0)
        index = arr.length + index;
      if (ownPropertyOnly && !hasOwnProperty.call(arr, index))
        return void 0;
      return arr[index];
    }
    function toEnumerable(val) {
      val = toValue(val);
      if (isArray(val))
        return val;
      if (isString(val) && val.length > 0)
        return [val];
      if (isIterable(val))
        return Array.from(val);
      if (isObject2(val))
        return Object.keys(val).map((key) => [key, val[key]]);
      return [];
    }
    function toArray(val) {
      val = toValue(val);
      if (isNil(val))
        return [];
      if (isArray(val))
        return val;
      return [val];
    }
    function toValue(value) {
      return value instanceof Drop && isFunction(value.valueOf) ? value.valueOf() : value;
    }
    function toNumber(value) {
      return +toValue(value) || 0;
    }
    function isNumber(value) {
      return typeof value === "number";
    }
    function toLiquid(value) {
      if (value && isFunction(value.toLiquid))
        return toLiquid(value.toLiquid());
      return value;
    }
    function isNil(value) {
      return value == null;
    }
    function isUndefined(value) {
      return value === void 0;
    }
    function isArray(value) {
      return toString$1.call(value) === "[object Array]";
    }
    function isArrayLike(value) {
      return value && isNumber(value.length);
    }
    function isIterable(value) {
      return isObject2(value) && Symbol.iterator in value;
    }
    function forOwn(obj, iteratee) {
      obj = obj || {};
      for (const k in obj) {
        if (hasOwnProperty.call(obj, k)) {
          if (iteratee(obj[k], k, obj) === false)
            break;
        }
      }
      return obj;
    }
    function isObject2(value) {
      const type = typeof value;
      return value !== null && (type === "object" || type === "function");
    }
    function range(start, stop, step = 1) {
      const arr = [];
      for (let i = start; i < stop; i += step) {
        arr.push(i);
      }
      return arr;
    }
    function padStart(str, length, ch = " ") {
      return pad(str, length, ch, (str2, ch2) => ch2 + str2);
    }
    function padEnd(str, length, ch = " ") {
      return pad(str, length, ch, (str2, ch2) => str2 + ch2);
    }
    function pad(str, length, ch, add) {
      str = String(str);
      const n = length - str.length;
      if (n <= 0)
        return str;
      return add(str, ch.repeat(n));
    }
    function identify(val) {
      return val;
    }
    function changeCase(str) {
      const hasLowerCase = [...str].some((ch) => ch >= "a" && ch <= "z");
      return hasLowerCase ? str.toUpperCase() : str.toLowerCase();
    }
    function ellipsis(str, N) {
      return str.length > N ? str.slice(0, N - 3) + "..." : str;
    }
    function orderedCompare(a, b) {
      if (isNil(a) && isNil(b))
        return 0;
      if (isNil(a))
        return 1;
      if (isNil(b))
        return -1;
      if (a < b)
        return -1;
      if (a > b)
        return 1;
      return 0;
    }
    function caseInsensitiveCompare(a, b) {
      if (isNil(a) && isNil(b))
        return 0;
      if (isNil(a))
        return 1;
      if (isNil(b))
        return -1;
      a = toLowerCase.call(a);
      b = toLowerCase.call(b);
      if (a < b)
        return -1;
      if (a > b)
        return 1;
      return 0;
    }
    function argumentsToValue(fn) {
      return function(...args) {
        return fn.call(this, ...args.map(toValue));
      };
    }
    function argumentsToNumber(fn) {
      return function(...args) {
        return fn.call(this, ...args.map(toNumber));
      };
    }
    function* strictUniq(array2) {
      const seen = /* @__PURE__ */ new Set();
      for (const element of array2) {
        const key = JSON.stringify(element);
        if (!seen.has(key)) {
          seen.add(key);
          yield element;
        }
      }
    }
    var TRAIT = "__liquidClass__";
    var LiquidError = class extends Error {
      constructor(err, token2) {
        super(typeof err === "string" ? err : err.message);
        this.context = "";
        if (typeof err !== "string")
          Object.defineProperty(this, "originalError", { value: err, enumerable: false });
        Object.defineProperty(this, "token", { value: token2, enumerable: false });
        Object.defineProperty(this, TRAIT, { value: "LiquidError", enumerable: false });
      }
      update() {
        Object.defineProperty(this, "context", { value: mkContext(this.token), enumerable: false });
        this.message = mkMessage(this.message, this.token);
        this.stack = this.message + "\n" + this.context + "\n" + this.stack;
        if (this.originalError)
          this.stack += "\nFrom " + this.originalError.stack;
      }
      static is(obj) {
        return obj?.[TRAIT] === "LiquidError";
      }
    };
    var TokenizationError = class extends LiquidError {
      constructor(message, token2) {
        super(message, token2);
        this.name = "TokenizationError";
        super.update();
      }
    };
    var ParseError = class extends LiquidError {
      constructor(err, token2) {
        super(err, token2);
        this.name = "ParseError";
        this.message = err.message;
        super.update();
      }
    };
    var RenderError = class extends LiquidError {
      constructor(err, tpl) {
        super(err, tpl.token);
        this.name = "RenderError";
        this.message = err.message;
        super.update();
      }
      static is(obj) {
        return obj.name === "RenderError";
      }
    };
    var LiquidErrors = class extends LiquidError {
      constructor(errors2) {
        super(errors2[0], errors2[0].token);
        this.errors = errors2;
        this.name = "LiquidErrors";
        const s = errors2.length > 1 ? "s" : "";
        this.message = `${errors2.length} error${s} found`;
        super.update();
      }
      static is(obj) {
        return obj.name === "LiquidErrors";
      }
    };
    var UndefinedVariableError = class extends LiquidError {
      constructor(err, token2) {
        super(err, token2);
        this.name = "UndefinedVariableError";
        this.message = err.message;
        super.update();
      }
    };
    var InternalUndefinedVariableError = class extends Error {
      constructor(variableName) {
        super(`undefined variable: ${variableName}`);
        this.name = "InternalUndefinedVariableError";
        this.variableName = variableName;
      }
    };
    var AssertionError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "AssertionError";
        this.message = message + "";
      }
    };
    function mkContext(token2) {
      const [line, col] = token2.getPosition();
      const lines = token2.input.split("\n");
      const begin = Math.max(line - 2, 1);
      const end = Math.min(line + 3, lines.length);
      const context = range(begin, end + 1).map((lineNumber) => {
        const rowIndicator = lineNumber === line ? ">> " : "   ";
        const num = padStart(String(lineNumber), String(end).length);
        let text = `${rowIndicator}${num}| `;
        const colIndicator = lineNumber === line ? "\n" + padStart("^", col + text.length) : "";
        text += lines[lineNumber - 1];
        text += colIndicator;
        return text;
      }).join("\n");
      return context;
    }
    function mkMessage(msg, token2) {
      if (token2.file)
        msg += `, file:${token2.file}`;
      const [line, col] = token2.getPosition();
      msg += `, line:${line}, col:${col}`;
      return msg;
    }
    var TYPES = [0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 4, 4, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 2, 8, 0, 0, 0, 0, 8, 0, 0, 0, 64, 0, 65, 0, 0, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 0, 0, 2, 2, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    var WORD = 1;
    var BLANK = 4;
    var QUOTE = 8;
    var INLINE_BLANK = 16;
    var NUMBER = 32;
    var SIGN = 64;
    var PUNCTUATION = 128;
    function isWord(char) {
      const code = char.charCodeAt(0);
      return code >= 128 ? !TYPES[code] : !!(TYPES[code] & WORD);
    }
    TYPES[160] = TYPES[5760] = TYPES[6158] = TYPES[8192] = TYPES[8193] = TYPES[8194] = TYPES[8195] = TYPES[8196] = TYPES[8197] = TYPES[8198] = TYPES[8199] = TYPES[8200] = TYPES[8201] = TYPES[8202] = TYPES[8232] = TYPES[8233] = TYPES[8239] = TYPES[8287] = TYPES[12288] = BLANK;
    TYPES[8220] = TYPES[8221] = PUNCTUATION;
    function assert(predicate, message) {
      if (!predicate) {
        const msg = typeof message === "function" ? message() : message || `expect ${predicate} to be true`;
        throw new AssertionError(msg);
      }
    }
    function assertEmpty(predicate, message = `unexpected ${JSON.stringify(predicate)}`) {
      assert(!predicate, message);
    }
    var NullDrop = class extends Drop {
      *equals(value) {
        return isNil(yield toValue(value));
      }
      gt() {
        return false;
      }
      geq() {
        return false;
      }
      lt() {
        return false;
      }
      leq() {
        return false;
      }
      valueOf() {
        return null;
      }
    };
    var EmptyDrop = class _EmptyDrop extends Drop {
      *equals(value) {
        if (value instanceof _EmptyDrop)
          return false;
        value = yield toValue(value);
        if (isString(value) || isArray(value))
          return value.length === 0;
        if (isObject2(value))
          return Object.keys(value).length === 0;
        return false;
      }
      gt() {
        return false;
      }
      geq() {
        return false;
      }
      lt() {
        return false;
      }
      leq() {
        return false;
      }
      valueOf() {
        return "";
      }
      static is(value) {
        return value instanceof _EmptyDrop;
      }
    };
    var BlankDrop = class _BlankDrop extends EmptyDrop {
      *equals(value) {
        if (value === false)
          return true;
        if (isNil(yield toValue(value)))
          return true;
        if (isString(value))
          return /^\s*$/.test(value);
        return yield super.equals(value);
      }
      static is(value) {
        return value instanceof _BlankDrop;
      }
    };
    var ForloopDrop = class extends Drop {
      constructor(length, collection, variable) {
        super();
        this.i = 0;
        this.length = length;
        this.name = `${variable}-${collection}`;
      }
      next() {
        this.i++;
      }
      index0() {
        return this.i;
      }
      index() {
        return this.i + 1;
      }
      first() {
        return this.i === 0;
      }
      last() {
        return this.i === this.length - 1;
      }
      rindex() {
        return this.length - this.i;
      }
      rindex0() {
        return this.length - this.i - 1;
      }
      valueOf() {
        return JSON.stringify(this);
      }
    };
    var SimpleEmitter = class {
      constructor() {
        this.buffer = "";
      }
      write(html) {
        this.buffer += stringify(html);
      }
    };
    var StreamedEmitter = class {
      constructor() {
        this.buffer = "";
        this.stream = new stream.PassThrough();
      }
      write(html) {
        this.stream.write(stringify(html));
      }
      error(err) {
        this.stream.emit("error", err);
      }
      end() {
        this.stream.end();
      }
    };
    var KeepingTypeEmitter = class {
      constructor() {
        this.buffer = "";
      }
      write(html) {
        html = toValue(html);
        if (typeof html !== "string" && this.buffer === "") {
          this.buffer = html;
        } else {
          this.buffer = stringify(this.buffer) + stringify(html);
        }
      }
    };
    var BlockDrop = class extends Drop {
      constructor(superBlockRender = () => "") {
        super();
        this.superBlockRender = superBlockRender;
      }
      /**
       * Provide parent access in child block by
       * {{ block.super }}
       */
      *super() {
        const emitter = new SimpleEmitter();
        yield this.superBlockRender(emitter);
        return emitter.buffer;
      }
    };
    function isComparable(arg) {
      return arg && isFunction(arg.equals) && isFunction(arg.gt) && isFunction(arg.geq) && isFunction(arg.lt) && isFunction(arg.leq);
    }
    var nil = new NullDrop();
    var literalValues = {
      "true": true,
      "false": false,
      "nil": nil,
      "null": nil,
      "empty": new EmptyDrop(),
      "blank": new BlankDrop()
    };
    var trieCache = /* @__PURE__ */ new WeakMap();
    function createTrie(input2) {
      const cached = trieCache.get(input2);
      if (cached)
        return cached;
      const trie = {};
      for (const [name, data] of Object.entries(input2)) {
        let node = trie;
        for (let i = 0; i < name.length; i++) {
          const c = name[i];
          node[c] = node[c] || {};
          if (i === name.length - 1 && isWord(name[i])) {
            node[c].needBoundary = true;
          }
          node = node[c];
        }
        node.data = data;
        node.end = true;
      }
      trieCache.set(input2, trie);
      return trie;
    }
    function toLiquidAsync(asyncFn, syncFn) {
      const syncImpl = syncFn || asyncFn;
      return (sync, ...args) => {
        return sync ? syncImpl(...args) : asyncFn(...args);
      };
    }
    async function toPromise(val) {
      if (!isIterator(val))
        return val;
      let value;
      let done = false;
      let next = "next";
      do {
        const state = val[next](value);
        done = !!state.done;
        value = state.value;
        next = "next";
        try {
          if (isIterator(value))
            value = toPromise(value);
          if (isPromise(value))
            value = await value;
        } catch (err) {
          next = "throw";
          value = err;
        }
      } while (!done);
      return value;
    }
    function toValueSync(val) {
      if (!isIterator(val))
        return val;
      let value;
      let done = false;
      let next = "next";
      do {
        const state = val[next](value);
        done = !!state.done;
        value = state.value;
        next = "next";
        if (isIterator(value)) {
          try {
            value = toValueSync(value);
          } catch (err) {
            next = "throw";
            value = err;
          }
        }
      } while (!done);
      return value;
    }
    var rFormat = /%([-_0^#:]+)?(\d+)?([EO])?(.)/;
    function daysInMonth(d) {
      const feb = isLeapYear(d) ? 29 : 28;
      return [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    }
    function getDayOfYear(d) {
      let num = 0;
      for (let i = 0; i < d.getMonth(); ++i) {
        num += daysInMonth(d)[i];
      }
      return num + d.getDate();
    }
    function getWeekOfYear(d, startDay) {
      const daysSinceStartDay = (d.getDay() - startDay + 7) % 7;
      return String(Math.floor((getDayOfYear(d) - 1 - daysSinceStartDay + 7) / 7));
    }
    function isLeapYear(d) {
      const year = d.getFullYear();
      return !!((year & 3) === 0 && (year % 100 || year % 400 === 0 && year));
    }
    function ordinal(d) {
      const date2 = d.getDate();
      if ([11, 12, 13].includes(date2))
        return "th";
      switch (date2 % 10) {
        case 1:
          return "st";
        case 2:
          return "nd";
        case 3:
          return "rd";
        default:
          return "th";
      }
    }
    function century(d) {
      return Math.floor(d.getFullYear() / 100);
    }
    var padWidths = {
      C: 2,
      d: 2,
      e: 2,
      H: 2,
      I: 2,
      j: 3,
      k: 2,
      l: 2,
      L: 3,
      m: 2,
      M: 2,
      S: 2,
      U: 2,
      W: 2,
      y: 2,
      Y: 4
    };
    var padSpaceChars = new Set("aAbBceklpP");
    function getTimezoneOffset(d, opts) {
      const nOffset = Math.abs(d.getTimezoneOffset());
      const h = Math.floor(nOffset / 60);
      const m = nOffset % 60;
      return (d.getTimezoneOffset() > 0 ? "-" : "+") + padStart(h, 2, "0") + (opts.flags[":"] ? ":" : "") + padStart(m, 2, "0");
    }
    var formatCodes = {
      a: (d) => d.getShortWeekdayName(),
      A: (d) => d.getLongWeekdayName(),
      b: (d) => d.getShortMonthName(),
      B: (d) => d.getLongMonthName(),
      c: (d) => d.toLocaleString(),
      C: (d) => century(d),
      d: (d) => d.getDate(),
      e: (d) => d.getDate(),
      H: (d) => d.getHours(),
      I: (d) => String(d.getHours() % 12 || 12),
      j: (d) => getDayOfYear(d),
      k: (d) => d.getHours(),
      l: (d) => String(d.getHours() % 12 || 12),
      L: (d) => d.getMilliseconds(),
      m: (d) => d.getMonth() + 1,
      M: (d) => d.getMinutes(),
      N: (d, opts) => {
        const width = Number(opts.width) || 9;
        const str = padStart(String(d.getMilliseconds()), 3, "0").slice(0, width);
        opts.memoryLimit?.use(width - str.length);
        return padEnd(str, width, "0");
      },
      p: (d) => d.getHours() < 12 ? "AM" : "PM",
      P: (d) => d.getHours() < 12 ? "am" : "pm",
      q: (d) => ordinal(d),
      s: (d) => Math.floor(d.dateValue() / 1e3),
      S: (d) => d.getSeconds(),
      u: (d) => d.getDay() || 7,
      U: (d) => getWeekOfYear(d, 0),
      w: (d) => d.getDay(),
      W: (d) => getWeekOfYear(d, 1),
      x: (d) => d.toLocaleDateString(),
      X: (d) => d.toLocaleTimeString(),
      y: (d) => (d.getFullYear() % 100 + 100) % 100,
      Y: (d) => d.getFullYear(),
      z: getTimezoneOffset,
      Z: (d, opts) => d.getTimeZoneName() || getTimezoneOffset(d, opts),
      "t": () => "	",
      "n": () => "\n",
      "%": () => "%"
    };
    formatCodes.h = formatCodes.b;
    function strftime2(d, formatStr, memoryLimit) {
      let output = "";
      let remaining = formatStr;
      let match;
      while (match = rFormat.exec(remaining)) {
        output += remaining.slice(0, match.index);
        remaining = remaining.slice(match.index + match[0].length);
        output += format(d, match, memoryLimit);
      }
      return output + remaining;
    }
    function format(d, match, memoryLimit) {
      const [input2, flagStr = "", width, modifier, conversion] = match;
      const convert = formatCodes[conversion];
      if (!convert)
        return input2;
      const flags = {};
      for (const flag of flagStr)
        flags[flag] = true;
      let ret = String(convert(d, { flags, width, modifier, memoryLimit }));
      let padChar = padSpaceChars.has(conversion) ? " " : "0";
      let padWidth = Number(width) || padWidths[conversion] || 0;
      if (flags["^"])
        ret = ret.toUpperCase();
      else if (flags["#"])
        ret = changeCase(ret);
      if (flags["_"])
        padChar = " ";
      else if (flags["0"])
        padChar = "0";
      if (flags["-"])
        padWidth = 0;
      memoryLimit?.use(Number(padWidth) - ret.length);
      if (padChar === "0" && ret[0] === "-")
        return "-" + padStart(ret.slice(1), padWidth - 1, padChar);
      return padStart(ret, padWidth, padChar);
    }
    function getDateTimeFormat() {
      return typeof Intl !== "undefined" ? Intl.DateTimeFormat : void 0;
    }
    var OneMinute = 6e4;
    var TIMEZONE_PATTERN = /([zZ]|([+-])(\d{2}):?(\d{2}))$/;
    var monthNames = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    ];
    var monthNamesShort = monthNames.map((name) => name.slice(0, 3));
    var dayNames = [
      "Sunday",
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday"
    ];
    var dayNamesShort = dayNames.map((name) => name.slice(0, 3));
    var LiquidDate = class _LiquidDate {
      constructor(init, locale, timezone) {
        this.locale = locale;
        this.DateTimeFormat = getDateTimeFormat();
        this.date = new Date(init);
        this.timezoneFixed = timezone !== void 0;
        if (timezone === void 0) {
          timezone = this.date.getTimezoneOffset();
        }
        this.timezoneOffset = isString(timezone) ? _LiquidDate.getTimezoneOffset(timezone, this.date) : timezone;
        this.timezoneName = isString(timezone) ? timezone : "";
        const diff = (this.date.getTimezoneOffset() - this.timezoneOffset) * OneMinute;
        const time = this.date.getTime() + diff;
        this.displayDate = new Date(time);
      }
      getTime() {
        return this.displayDate.getTime();
      }
      /**
       * The underlying UTC timestamp in milliseconds, unaffected by the display
       * timezone. Use this (not `getTime()`) for timezone-invariant values like
       * `%s`: `getTime()` reads `displayDate`, which is deliberately shifted by
       * the display timezone offset so wall-clock getters can delegate to Date.
       */
      dateValue() {
        return this.date.getTime();
      }
      getMilliseconds() {
        return this.displayDate.getMilliseconds();
      }
      getSeconds() {
        return this.displayDate.getSeconds();
      }
      getMinutes() {
        return this.displayDate.getMinutes();
      }
      getHours() {
        return this.displayDate.getHours();
      }
      getDay() {
        return this.displayDate.getDay();
      }
      getDate() {
        return this.displayDate.getDate();
      }
      getMonth() {
        return this.displayDate.getMonth();
      }
      getFullYear() {
        return this.displayDate.getFullYear();
      }
      toLocaleString(locale, init) {
        if (init?.timeZone) {
          return this.date.toLocaleString(locale, init);
        }
        return this.displayDate.toLocaleString(locale, init);
      }
      toLocaleTimeString(locale) {
        return this.displayDate.toLocaleTimeString(locale);
      }
      toLocaleDateString(locale) {
        return this.displayDate.toLocaleDateString(locale);
      }
      getTimezoneOffset() {
        return this.timezoneOffset;
      }
      getTimeZoneName() {
        if (this.timezoneFixed)
          return this.timezoneName;
        if (!this.DateTimeFormat)
          return;
        return this.DateTimeFormat().resolvedOptions().timeZone;
      }
      getLongMonthName() {
        return this.format({ month: "long" }) ?? monthNames[this.getMonth()];
      }
      getShortMonthName() {
        return this.format({ month: "short" }) ?? monthNamesShort[this.getMonth()];
      }
      getLongWeekdayName() {
        return this.format({ weekday: "long" }) ?? dayNames[this.displayDate.getDay()];
      }
      getShortWeekdayName() {
        return this.format({ weekday: "short" }) ?? dayNamesShort[this.displayDate.getDay()];
      }
      valid() {
        return !isNaN(this.getTime());
      }
      format(options) {
        return this.DateTimeFormat && this.DateTimeFormat(this.locale, options).format(this.displayDate);
      }
      /**
       * Create a Date object fixed to it's declared Timezone. Both
       * - 2021-08-06T02:29:00.000Z and
       * - 2021-08-06T02:29:00.000+08:00
       * will always be displayed as
       * - 2021-08-06 02:29:00
       * regardless timezoneOffset in JavaScript realm
       *
       * The implementation hack:
       * Instead of calling `.getMonth()`/`.getUTCMonth()` respect to `preserveTimezones`,
       * we create a different Date to trick strftime, it's both simpler and more performant.
       * Given that a template is expected to be parsed fewer times than rendered.
       */
      static createDateFixedToTimezone(dateString, locale) {
        const m = dateString.match(TIMEZONE_PATTERN);
        if (m && m[1] === "Z") {
          return new _LiquidDate(+new Date(dateString), locale, 0);
        }
        if (m && m[2] && m[3] && m[4]) {
          const [, , sign, hours, minutes] = m;
          const offset2 = (sign === "+" ? -1 : 1) * (parseInt(hours, 10) * 60 + parseInt(minutes, 10));
          return new _LiquidDate(+new Date(dateString), locale, offset2);
        }
        return new _LiquidDate(dateString, locale);
      }
      static getTimezoneOffset(timezoneName, date2) {
        const localDateString = date2.toLocaleString("en-US", { timeZone: timezoneName });
        const utcDateString = date2.toLocaleString("en-US", { timeZone: "UTC" });
        const localDate = new Date(localDateString);
        const utcDate = new Date(utcDateString);
        return (+utcDate - +localDate) / (60 * 1e3);
      }
    };
    var Limiter = class {
      constructor(resource, limit2) {
        this.base = 0;
        this.message = `${resource} limit exceeded`;
        this.limit = limit2;
      }
      use(count) {
        if (+count > 0) {
          assert(this.base + +count <= this.limit, this.message);
          this.base += +count;
        }
      }
      check(count) {
        if (+count > 0) {
          assert(+count <= this.limit, this.message);
        }
      }
    };
    var DelimitedToken = class extends Token {
      constructor(kind, [contentBegin, contentEnd], input2, begin, end, trimLeft2, trimRight2, file) {
        super(kind, input2, begin, end, file);
        this.trimLeft = false;
        this.trimRight = false;
        const tl = input2[contentBegin] === "-";
        const tr = input2[contentEnd - 1] === "-";
        let l = tl ? contentBegin + 1 : contentBegin;
        let r = tr ? contentEnd - 1 : contentEnd;
        while (l < r && TYPES[input2.charCodeAt(l)] & BLANK)
          l++;
        while (r > l && TYPES[input2.charCodeAt(r - 1)] & BLANK)
          r--;
        this.contentRange = [l, r];
        this.trimLeft = tl || trimLeft2;
        this.trimRight = tr || trimRight2;
      }
      get content() {
        return this.input.slice(this.contentRange[0], this.contentRange[1]);
      }
    };
    var TagToken = class extends DelimitedToken {
      constructor(input2, begin, end, options, file) {
        const { trimTagLeft, trimTagRight, tagDelimiterLeft, tagDelimiterRight } = options;
        const [valueBegin, valueEnd] = [begin + tagDelimiterLeft.length, end - tagDelimiterRight.length];
        super(exports.TokenKind.Tag, [valueBegin, valueEnd], input2, begin, end, trimTagLeft, trimTagRight, file);
        this.tokenizer = new Tokenizer(input2, options.operators, file, this.contentRange, options.groupedExpressions);
        this.name = this.tokenizer.readTagName();
        this.tokenizer.assert(this.name, `illegal tag syntax, tag name expected`);
        this.tokenizer.skipBlank();
        this.args = this.tokenizer.input.slice(this.tokenizer.p, this.contentRange[1]);
      }
    };
    var OutputToken = class extends DelimitedToken {
      constructor(input2, begin, end, options, file) {
        const { trimOutputLeft, trimOutputRight, outputDelimiterLeft, outputDelimiterRight } = options;
        const valueRange = [begin + outputDelimiterLeft.length, end - outputDelimiterRight.length];
        super(exports.TokenKind.Output, valueRange, input2, begin, end, trimOutputLeft, trimOutputRight, file);
      }
    };
    var HTMLToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.HTML, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.trimLeft = 0;
        this.trimRight = 0;
      }
      getContent() {
        return this.input.slice(this.begin + this.trimLeft, this.end - this.trimRight);
      }
    };
    var NumberToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.Number, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = Number(this.getText());
      }
    };
    var IdentifierToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.Word, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = this.getText();
      }
    };
    var LiteralToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.Literal, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.literal = this.getText();
        this.content = literalValues[this.literal];
      }
    };
    var operatorPrecedences = {
      "==": 2,
      "!=": 2,
      ">": 2,
      "<": 2,
      ">=": 2,
      "<=": 2,
      "contains": 2,
      "not": 1,
      "and": 0,
      "or": 0
    };
    var operatorTypes = {
      "==": 0,
      "!=": 0,
      ">": 0,
      "<": 0,
      ">=": 0,
      "<=": 0,
      "contains": 0,
      "not": 1,
      "and": 0,
      "or": 0
      /* OperatorType.Binary */
    };
    var OperatorToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.Operator, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.operator = this.getText();
      }
      getPrecedence() {
        return this.operator in operatorPrecedences ? operatorPrecedences[this.operator] : 1;
      }
    };
    var PropertyAccessToken = class extends Token {
      constructor(variable, props, input2, begin, end, file) {
        super(exports.TokenKind.PropertyAccess, input2, begin, end, file);
        this.variable = variable;
        this.props = props;
      }
    };
    var FilterToken = class extends Token {
      constructor(name, args, input2, begin, end, file) {
        super(exports.TokenKind.Filter, input2, begin, end, file);
        this.name = name;
        this.args = args;
      }
    };
    var HashToken = class extends Token {
      constructor(input2, begin, end, name, value, file) {
        super(exports.TokenKind.Hash, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.name = name;
        this.value = value;
        this.file = file;
      }
    };
    var rHex = /[\da-fA-F]/;
    var rOct = /[0-7]/;
    var escapeChar = {
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v"
    };
    function hexVal(c) {
      const code = c.charCodeAt(0);
      if (code >= 97)
        return code - 87;
      if (code >= 65)
        return code - 55;
      return code - 48;
    }
    function parseStringLiteral(str) {
      let ret = "";
      for (let i = 1; i < str.length - 1; i++) {
        if (str[i] !== "\\") {
          ret += str[i];
          continue;
        }
        if (escapeChar[str[i + 1]] !== void 0) {
          ret += escapeChar[str[++i]];
        } else if (str[i + 1] === "u") {
          let val = 0;
          let j = i + 2;
          while (j <= i + 5 && rHex.test(str[j])) {
            val = val * 16 + hexVal(str[j++]);
          }
          i = j - 1;
          ret += String.fromCharCode(val);
        } else if (!rOct.test(str[i + 1])) {
          ret += str[++i];
        } else {
          let j = i + 1;
          let val = 0;
          while (j <= i + 3 && rOct.test(str[j])) {
            val = val * 8 + hexVal(str[j++]);
          }
          i = j - 1;
          ret += String.fromCharCode(val);
        }
      }
      return ret;
    }
    var QuotedToken = class extends Token {
      constructor(input2, begin, end, file) {
        super(exports.TokenKind.Quoted, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = parseStringLiteral(this.getText());
      }
    };
    var RangeToken = class extends Token {
      constructor(input2, begin, end, lhs, rhs, file) {
        super(exports.TokenKind.Range, input2, begin, end, file);
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.lhs = lhs;
        this.rhs = rhs;
        this.file = file;
      }
    };
    var LiquidTagToken = class extends DelimitedToken {
      constructor(input2, begin, end, options, file) {
        super(exports.TokenKind.Tag, [begin, end], input2, begin, end, false, false, file);
        this.tokenizer = new Tokenizer(input2, options.operators, file, this.contentRange, options.groupedExpressions);
        this.name = this.tokenizer.readTagName();
        this.tokenizer.assert(this.name, "illegal liquid tag syntax");
        this.tokenizer.skipBlank();
      }
      get args() {
        return this.tokenizer.input.slice(this.tokenizer.p, this.contentRange[1]);
      }
    };
    var FilteredValueToken = class extends Token {
      constructor(initial, filters2, input2, begin, end, file) {
        super(exports.TokenKind.FilteredValue, input2, begin, end, file);
        this.initial = initial;
        this.filters = filters2;
        this.input = input2;
        this.begin = begin;
        this.end = end;
        this.file = file;
      }
    };
    var polyfill = {
      now: () => Date.now()
    };
    function getPerformance() {
      return typeof global === "object" && global.performance || typeof window === "object" && window.performance || polyfill;
    }
    var Render = class {
      renderTemplatesToNodeStream(templates2, ctx) {
        const emitter = new StreamedEmitter();
        Promise.resolve().then(() => toPromise(this.renderTemplates(templates2, ctx, emitter))).then(() => emitter.end(), (err) => emitter.error(err));
        return emitter.stream;
      }
      *renderTemplates(templates2, ctx, emitter) {
        if (!emitter) {
          emitter = ctx.opts.keepOutputType ? new KeepingTypeEmitter() : new SimpleEmitter();
        }
        ctx.renderLimit.check(getPerformance().now());
        const errors2 = [];
        for (const tpl of templates2) {
          ctx.renderLimit.check(getPerformance().now());
          try {
            const html = yield tpl.render(ctx, emitter);
            html && emitter.write(html);
            if (ctx.breakCalled || ctx.continueCalled)
              break;
          } catch (e) {
            const err = LiquidError.is(e) ? e : new RenderError(e, tpl);
            if (ctx.opts.catchAllErrors)
              errors2.push(err);
            else
              throw err;
          }
        }
        if (errors2.length) {
          throw new LiquidErrors(errors2);
        }
        return emitter.buffer;
      }
    };
    function isKeyValuePair(arr) {
      return isArray(arr);
    }
    var Filter = class {
      constructor(token2, options, liquid) {
        this.token = token2;
        this.name = token2.name;
        this.handler = isFunction(options) ? options : isFunction(options?.handler) ? options.handler : identify;
        this.raw = !isFunction(options) && !!options?.raw;
        this.args = token2.args;
        this.liquid = liquid;
      }
      *render(value, context) {
        const argv = [];
        for (const arg of this.args) {
          if (isKeyValuePair(arg))
            argv.push([arg[0], yield evalToken(arg[1], context)]);
          else
            argv.push(yield evalToken(arg, context));
        }
        return yield this.handler.apply({ context, token: this.token, liquid: this.liquid }, [value, ...argv]);
      }
    };
    var Expression = class {
      constructor(tokens) {
        this.postfix = [...toPostfix(tokens)];
      }
      *evaluate(ctx, lenient) {
        assert(ctx, "unable to evaluate: context not defined");
        const operands = [];
        for (const token2 of this.postfix) {
          if (isOperatorToken(token2)) {
            const r = operands.pop();
            let result;
            if (operatorTypes[token2.operator] === 1) {
              result = yield ctx.opts.operators[token2.operator](r, ctx);
            } else {
              const l = operands.pop();
              result = yield ctx.opts.operators[token2.operator](l, r, ctx);
            }
            operands.push(result);
          } else {
            operands.push(yield evalToken(token2, ctx, lenient));
          }
        }
        return operands[0];
      }
      valid() {
        return !!this.postfix.length;
      }
    };
    function* evalToken(token2, ctx, lenient = false) {
      if (!token2)
        return;
      if ("content" in token2)
        return token2.content;
      if (isPropertyAccessToken(token2))
        return yield evalPropertyAccessToken(token2, ctx, lenient);
      if (isRangeToken(token2))
        return yield evalRangeToken(token2, ctx);
      if (isFilteredValueToken(token2))
        return yield evalFilteredValueToken(token2, ctx, lenient);
    }
    function* evalFilteredValueToken(token2, ctx, lenient) {
      assert(ctx.liquid, "FilteredValueToken evaluation requires liquid instance in context");
      lenient = lenient || ctx.opts.lenientIf && token2.filters.length > 0 && token2.filters[0].name === "default";
      let val = yield token2.initial.evaluate(ctx, lenient);
      for (const filterToken of token2.filters) {
        const filterImpl = ctx.liquid.filters[filterToken.name];
        assert(filterImpl || !ctx.liquid.options.strictFilters, () => `undefined filter: ${filterToken.name}`);
        const filter2 = new Filter(filterToken, filterImpl, ctx.liquid);
        val = yield filter2.render(val, ctx);
      }
      return val;
    }
    function* evalTokenValue(token2, ctx, lenient = false) {
      return yield toValue(yield evalToken(token2, ctx, lenient));
    }
    function* evalPropertyAccessToken(token2, ctx, lenient) {
      const props = [];
      for (const prop of token2.props) {
        props.push(yield evalTokenValue(prop, ctx, false));
      }
      try {
        if (token2.variable) {
          const variable = yield evalToken(token2.variable, ctx, lenient);
          return yield ctx._getFromScope(variable, props);
        } else {
          return yield ctx._get(props);
        }
      } catch (e) {
        if (lenient && e.name === "InternalUndefinedVariableError")
          return null;
        throw new UndefinedVariableError(e, token2);
      }
    }
    function evalQuotedToken(token2) {
      return token2.content;
    }
    function* evalRangeToken(token2, ctx) {
      const low = yield evalTokenValue(token2.lhs, ctx);
      const high = yield evalTokenValue(token2.rhs, ctx);
      ctx.memoryLimit.use(high - low + 1);
      return range(+low, +high + 1);
    }
    function* toPostfix(tokens) {
      const ops = [];
      for (const token2 of tokens) {
        if (isOperatorToken(token2)) {
          while (ops.length && ops[ops.length - 1].getPrecedence() > token2.getPrecedence()) {
            yield ops.pop();
          }
          ops.push(token2);
        } else
          yield token2;
      }
      while (ops.length) {
        yield ops.pop();
      }
    }
    function isTruthy(val, ctx) {
      return !isFalsy(val, ctx);
    }
    function isFalsy(val, ctx) {
      val = toValue(val);
      if (ctx.opts.jsTruthy) {
        return !val;
      } else {
        return val === false || void 0 === val || val === null;
      }
    }
    var defaultOperators = {
      "==": function* (l, r) {
        return yield equals(l, r);
      },
      "!=": function* (l, r) {
        return !(yield equals(l, r));
      },
      ">": function* (l, r) {
        if (isComparable(l))
          return yield l.gt(r);
        if (isComparable(r))
          return yield r.lt(l);
        return (yield toValue(l)) > (yield toValue(r));
      },
      "<": function* (l, r) {
        if (isComparable(l))
          return yield l.lt(r);
        if (isComparable(r))
          return yield r.gt(l);
        return (yield toValue(l)) < (yield toValue(r));
      },
      ">=": function* (l, r) {
        if (isComparable(l))
          return yield l.geq(r);
        if (isComparable(r))
          return yield r.leq(l);
        return (yield toValue(l)) >= (yield toValue(r));
      },
      "<=": function* (l, r) {
        if (isComparable(l))
          return yield l.leq(r);
        if (isComparable(r))
          return yield r.geq(l);
        return (yield toValue(l)) <= (yield toValue(r));
      },
      "contains": function* (l, r) {
        l = yield toValue(l);
        if (isArray(l))
          return yield arrayIncludes(l, r);
        if (isFunction(l?.indexOf))
          return l.indexOf(yield toValue(r)) > -1;
        return false;
      },
      "not": function* (v, ctx) {
        return isFalsy(yield toValue(v), ctx);
      },
      "and": function* (l, r, ctx) {
        return isTruthy(yield toValue(l), ctx) && isTruthy(yield toValue(r), ctx);
      },
      "or": function* (l, r, ctx) {
        return isTruthy(yield toValue(l), ctx) || isTruthy(yield toValue(r), ctx);
      }
    };
    function* equals(lhs, rhs) {
      if (isComparable(lhs))
        return yield lhs.equals(rhs);
      if (isComparable(rhs))
        return yield rhs.equals(lhs);
      lhs = yield toValue(lhs);
      rhs = yield toValue(rhs);
      if (isArray(lhs)) {
        return isArray(rhs) && (yield arrayEquals(lhs, rhs));
      }
      return lhs === rhs;
    }
    function* arrayEquals(lhs, rhs) {
      if (lhs.length !== rhs.length)
        return false;
      for (let i = 0; i < lhs.length; i++) {
        if (!(yield equals(lhs[i], rhs[i])))
          return false;
      }
      return true;
    }
    function* arrayIncludes(arr, item) {
      for (const value of arr) {
        if (yield equals(value, item))
          return true;
      }
      return false;
    }
    var Node = class {
      constructor(key, value, next, prev) {
        this.key = key;
        this.value = value;
        this.next = next;
        this.prev = prev;
      }
    };
    var LRU = class {
      constructor(limit2, size2 = 0) {
        this.limit = limit2;
        this.size = size2;
        this.cache = {};
        this.head = new Node("HEAD", null, null, null);
        this.tail = new Node("TAIL", null, null, null);
        this.head.next = this.tail;
        this.tail.prev = this.head;
      }
      write(key, value) {
        if (this.cache[key]) {
          this.cache[key].value = value;
        } else {
          const node = new Node(key, value, this.head.next, this.head);
          this.head.next.prev = node;
          this.head.next = node;
          this.cache[key] = node;
          this.size++;
          this.ensureLimit();
        }
      }
      read(key) {
        if (!this.cache[key])
          return;
        const { value } = this.cache[key];
        this.remove(key);
        this.write(key, value);
        return value;
      }
      remove(key) {
        const node = this.cache[key];
        node.prev.next = node.next;
        node.next.prev = node.prev;
        delete this.cache[key];
        this.size--;
      }
      clear() {
        this.head.next = this.tail;
        this.tail.prev = this.head;
        this.size = 0;
        this.cache = {};
      }
      ensureLimit() {
        if (this.size > this.limit)
          this.remove(this.tail.prev.key);
      }
    };
    var requireResolve = (partial) => __require.resolve(partial, { paths: ["."] });
    var statAsync = promisify(fs$1.stat);
    var readFileAsync = promisify(fs$1.readFile);
    async function exists(filepath) {
      try {
        await statAsync(filepath);
        return true;
      } catch (err) {
        return false;
      }
    }
    function readFile(filepath) {
      return readFileAsync(filepath, "utf8");
    }
    function existsSync(filepath) {
      try {
        fs$1.statSync(filepath);
        return true;
      } catch (err) {
        return false;
      }
    }
    function readFileSync(filepath) {
      return fs$1.readFileSync(filepath, "utf8");
    }
    function resolve(root, file, ext) {
      if (!path.extname(file))
        file += ext;
      return path.resolve(root, file);
    }
    function fallback(file) {
      try {
        return requireResolve(file);
      } catch (e) {
      }
    }
    function dirname(filepath) {
      return path.dirname(filepath);
    }
    var realpathAsync = promisify(fs$1.realpath);
    async function contains(root, file) {
      try {
        const realRoot = await realpathAsync(root);
        const realFile = await realpathAsync(file);
        const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
        return realFile.startsWith(prefix);
      } catch {
        return false;
      }
    }
    function containsSync(root, file) {
      try {
        const realRoot = fs$1.realpathSync(root);
        const realFile = fs$1.realpathSync(file);
        const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
        return realFile.startsWith(prefix);
      } catch {
        return false;
      }
    }
    var fs = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      exists,
      readFile,
      existsSync,
      readFileSync,
      resolve,
      fallback,
      dirname,
      contains,
      containsSync,
      sep: path.sep
    });
    function chargeJsonReplacerValue(memoryLimit, val) {
      if (typeof val === "string") {
        memoryLimit.use(val.length);
      } else if (val === null || typeof val === "number" || typeof val === "boolean") {
        memoryLimit.use(JSON.stringify(val).length);
      } else if (Array.isArray(val)) {
        memoryLimit.use(val.length + 1);
      } else if (typeof val === "object") {
        memoryLimit.use(2);
      }
    }
    function defaultFilter(value, defaultValue, ...args) {
      value = toValue(value);
      if (isArray(value) || isString(value))
        return value.length ? value : defaultValue;
      if (value === false && new Map(args).get("allow_false"))
        return false;
      return isFalsy(value, this.context) ? defaultValue : value;
    }
    function json(value, space = 0) {
      const memoryLimit = this.context.memoryLimit;
      return JSON.stringify(value, (_key, val) => {
        chargeJsonReplacerValue(memoryLimit, val);
        return val;
      }, space);
    }
    function inspect(value, space = 0) {
      const memoryLimit = this.context.memoryLimit;
      const ancestors = [];
      return JSON.stringify(value, function(_key, value2) {
        if (typeof value2 !== "object" || value2 === null) {
          chargeJsonReplacerValue(memoryLimit, value2);
          return value2;
        }
        while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this)
          ancestors.pop();
        if (ancestors.includes(value2)) {
          memoryLimit.use("[Circular]".length);
          return "[Circular]";
        }
        ancestors.push(value2);
        chargeJsonReplacerValue(memoryLimit, value2);
        return value2;
      }, space);
    }
    function to_integer(value) {
      return Number(value);
    }
    var raw2 = {
      raw: true,
      handler: identify
    };
    var misc = {
      default: defaultFilter,
      raw: raw2,
      jsonify: json,
      to_integer,
      json,
      inspect
    };
    var escapeMap = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&#34;",
      "'": "&#39;"
    };
    var unescapeMap = {
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&#34;": '"',
      "&#39;": "'"
    };
    function escape(str) {
      str = stringify(str);
      this.context.memoryLimit.use(str.length);
      return str.replace(/&|<|>|"|'/g, (m) => escapeMap[m]);
    }
    function xml_escape(str) {
      return escape.call(this, str);
    }
    function unescape(str) {
      str = stringify(str);
      this.context.memoryLimit.use(str.length);
      return str.replace(/&(amp|lt|gt|#34|#39);/g, (m) => unescapeMap[m]);
    }
    function escape_once(str) {
      return escape.call(this, unescape.call(this, str));
    }
    function newline_to_br(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return str.replace(/\r?\n/gm, "<br />\n");
    }
    function strip_html(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      const blocks = /* @__PURE__ */ new Map([["<script", "</script>"], ["<style", "</style>"], ["<!--", "-->"], ["<", ">"]]);
      let out = "";
      let i = 0;
      while (i < str.length) {
        const lt = str.indexOf("<", i);
        if (lt < 0)
          return out + str.slice(i);
        out += str.slice(i, lt);
        for (const [opener, closer] of blocks) {
          if (!str.startsWith(opener, lt))
            continue;
          const e = str.indexOf(closer, lt + opener.length);
          if (e >= 0) {
            i = e + closer.length;
            break;
          }
          blocks.delete(opener);
        }
        if (i <= lt)
          return out + str.slice(lt);
      }
      return out;
    }
    var htmlFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      escape,
      xml_escape,
      escape_once,
      newline_to_br,
      strip_html
    });
    var MapFS = class {
      constructor(mapping2) {
        this.mapping = mapping2;
        this.sep = "/";
      }
      async exists(filepath) {
        return this.existsSync(filepath);
      }
      existsSync(filepath) {
        return !isNil(this.mapping[filepath]);
      }
      async readFile(filepath) {
        return this.readFileSync(filepath);
      }
      readFileSync(filepath) {
        const content = this.mapping[filepath];
        if (isNil(content))
          throw new Error(`ENOENT: ${filepath}`);
        return content;
      }
      dirname(filepath) {
        const segments = filepath.split(this.sep);
        segments.pop();
        return segments.join(this.sep);
      }
      resolve(dir, file, ext) {
        file += ext;
        if (dir === ".")
          return file;
        const segments = dir.split(/\/+/);
        for (const segment of file.split(this.sep)) {
          if (segment === "." || segment === "")
            continue;
          else if (segment === "..") {
            if (segments.length > 1 || segments[0] !== "")
              segments.pop();
          } else
            segments.push(segment);
        }
        return segments.join(this.sep);
      }
    };
    var defaultOptions = {
      root: ["."],
      layouts: ["."],
      partials: ["."],
      relativeReference: true,
      jekyllInclude: false,
      keyValueSeparator: ":",
      cache: void 0,
      extname: "",
      fs,
      dynamicPartials: true,
      jsTruthy: false,
      dateFormat: "%A, %B %-e, %Y at %-l:%M %P %z",
      locale: "",
      trimTagRight: false,
      trimTagLeft: false,
      trimOutputRight: false,
      trimOutputLeft: false,
      greedy: true,
      tagDelimiterLeft: "{%",
      tagDelimiterRight: "%}",
      outputDelimiterLeft: "{{",
      outputDelimiterRight: "}}",
      preserveTimezones: false,
      strictFilters: false,
      strictVariables: false,
      ownPropertyOnly: true,
      lenientIf: false,
      globals: {},
      keepOutputType: false,
      operators: defaultOperators,
      groupedExpressions: false,
      memoryLimit: Infinity,
      parseLimit: Infinity,
      renderLimit: Infinity
    };
    function normalize(options) {
      if (options.hasOwnProperty("root")) {
        if (!options.hasOwnProperty("partials"))
          options.partials = options.root;
        if (!options.hasOwnProperty("layouts"))
          options.layouts = options.root;
      }
      if (options.hasOwnProperty("cache")) {
        let cache2;
        if (typeof options.cache === "number")
          cache2 = options.cache > 0 ? new LRU(options.cache) : void 0;
        else if (typeof options.cache === "object")
          cache2 = options.cache;
        else
          cache2 = options.cache ? new LRU(1024) : void 0;
        options.cache = cache2;
      }
      options = { ...defaultOptions, ...options.jekyllInclude ? { dynamicPartials: false } : {}, ...options };
      if ((!options.fs.dirname || !options.fs.sep) && options.relativeReference) {
        console.warn("[LiquidJS] `fs.dirname` and `fs.sep` are required for relativeReference, set relativeReference to `false` to suppress this warning");
        options.relativeReference = false;
      }
      options.root = normalizeDirectoryList(options.root);
      options.partials = normalizeDirectoryList(options.partials);
      options.layouts = normalizeDirectoryList(options.layouts);
      options.outputEscape = options.outputEscape && getOutputEscapeFunction(options.outputEscape);
      if (!options.locale) {
        options.locale = getDateTimeFormat()?.().resolvedOptions().locale ?? "en-US";
      }
      if (options.templates) {
        options.fs = new MapFS(options.templates);
        options.relativeReference = true;
        options.root = options.partials = options.layouts = ".";
      }
      return options;
    }
    function getOutputEscapeFunction(nameOrFunction) {
      if (nameOrFunction === "escape")
        return escape;
      if (nameOrFunction === "json")
        return misc.json;
      assert(isFunction(nameOrFunction), "`outputEscape` need to be of type string or function");
      return nameOrFunction;
    }
    function normalizeDirectoryList(value) {
      let list = [];
      if (isArray(value))
        list = value;
      if (isString(value))
        list = [value];
      return list;
    }
    function whiteSpaceCtrl(tokens, options) {
      let inRaw = false;
      for (let i = 0; i < tokens.length; i++) {
        const token2 = tokens[i];
        if (!isDelimitedToken(token2))
          continue;
        if (!inRaw && token2.trimLeft) {
          trimLeft(tokens[i - 1], options.greedy);
        }
        if (isTagToken(token2)) {
          if (token2.name === "raw")
            inRaw = true;
          else if (token2.name === "endraw")
            inRaw = false;
        }
        if (!inRaw && token2.trimRight) {
          trimRight(tokens[i + 1], options.greedy);
        }
      }
    }
    function trimLeft(token2, greedy) {
      if (!token2 || !isHTMLToken(token2))
        return;
      const mask = greedy ? BLANK : INLINE_BLANK;
      while (TYPES[token2.input.charCodeAt(token2.end - 1 - token2.trimRight)] & mask)
        token2.trimRight++;
    }
    function trimRight(token2, greedy) {
      if (!token2 || !isHTMLToken(token2))
        return;
      const mask = greedy ? BLANK : INLINE_BLANK;
      while (TYPES[token2.input.charCodeAt(token2.begin + token2.trimLeft)] & mask)
        token2.trimLeft++;
      if (token2.input.charAt(token2.begin + token2.trimLeft) === "\n")
        token2.trimLeft++;
    }
    var Tokenizer = class {
      constructor(input2, operators = defaultOptions.operators, file, range2, groupedExpressions = false) {
        this.input = input2;
        this.file = file;
        this.rawBeginAt = -1;
        this.p = range2 ? range2[0] : 0;
        this.N = range2 ? range2[1] : input2.length;
        this.opTrie = createTrie(operators);
        this.literalTrie = createTrie(literalValues);
        this.groupedExpressions = groupedExpressions;
      }
      readExpression() {
        return new Expression(this.readExpressionTokens());
      }
      *readExpressionTokens() {
        while (this.p < this.N) {
          const operator = this.readOperator();
          if (operator) {
            yield operator;
            continue;
          }
          const operand = this.readValue();
          if (operand) {
            yield operand;
            continue;
          }
          return;
        }
      }
      readOperator() {
        this.skipBlank();
        const end = this.matchTrie(this.opTrie);
        if (end === -1)
          return;
        return new OperatorToken(this.input, this.p, this.p = end, this.file);
      }
      matchTrie(trie) {
        let node = trie;
        let i = this.p;
        let info;
        while (node[this.input[i]] && i < this.N) {
          node = node[this.input[i++]];
          if (node["end"])
            info = node;
        }
        if (!info)
          return -1;
        if (info["needBoundary"] && isWord(this.peek(i - this.p)))
          return -1;
        return i;
      }
      readFilteredValue() {
        const begin = this.p;
        const initial = this.readExpression();
        this.assert(initial.valid(), `invalid value expression: ${this.snapshot()}`);
        const filters2 = this.readFilters();
        return new FilteredValueToken(initial, filters2, this.input, begin, this.p, this.file);
      }
      readFilters() {
        const filters2 = [];
        while (true) {
          const filter2 = this.readFilter();
          if (!filter2)
            return filters2;
          filters2.push(filter2);
        }
      }
      readFilter() {
        this.skipBlank();
        if (this.end())
          return null;
        if (this.peek() === ")" || this.peek() === ",")
          return null;
        this.assert(this.read() === "|", `expected "|" before filter`);
        const name = this.readIdentifier();
        if (!name.size()) {
          this.assert(this.end(), `expected filter name`);
          return null;
        }
        const args = [];
        this.skipBlank();
        if (this.peek() === ":") {
          do {
            ++this.p;
            const arg = this.readFilterArg();
            arg && args.push(arg);
            this.skipBlank();
            this.assert(this.end() || this.peek() === "," || this.peek() === "|" || this.peek() === ")", () => `unexpected character ${this.snapshot()}`);
          } while (this.peek() === ",");
        } else if (this.peek() === "|" || this.peek() === ")" || this.peek() === "," || this.end()) ;
        else {
          throw this.error('expected ":" after filter name');
        }
        return new FilterToken(name.getText(), args, this.input, name.begin, this.p, this.file);
      }
      readFilterArg() {
        const key = this.readValue();
        if (!key)
          return;
        this.skipBlank();
        if (this.peek() !== ":")
          return key;
        ++this.p;
        const value = this.readValue();
        return [key.getText(), value];
      }
      readTopLevelTokens(options = defaultOptions) {
        const tokens = [];
        while (this.p < this.N) {
          const token2 = this.readTopLevelToken(options);
          tokens.push(token2);
        }
        whiteSpaceCtrl(tokens, options);
        return tokens;
      }
      readTopLevelToken(options) {
        const { tagDelimiterLeft, outputDelimiterLeft } = options;
        if (this.rawBeginAt > -1)
          return this.readEndrawOrRawContent(options);
        if (this.match(tagDelimiterLeft))
          return this.readTagToken(options);
        if (this.match(outputDelimiterLeft))
          return this.readOutputToken(options);
        return this.readHTMLToken([tagDelimiterLeft, outputDelimiterLeft]);
      }
      readHTMLToken(stopStrings) {
        const begin = this.p;
        while (this.p < this.N) {
          if (stopStrings.some((str) => this.match(str)))
            break;
          ++this.p;
        }
        return new HTMLToken(this.input, begin, this.p, this.file);
      }
      readTagToken(options) {
        const { file, input: input2 } = this;
        const begin = this.p;
        if (this.readToDelimiter(options.tagDelimiterRight) === -1) {
          throw this.error(`tag ${this.snapshot(begin)} not closed`, begin);
        }
        const token2 = new TagToken(input2, begin, this.p, options, file);
        if (token2.name === "raw")
          this.rawBeginAt = begin;
        return token2;
      }
      readToDelimiter(delimiter, respectQuoted = false) {
        this.skipBlank();
        while (this.p < this.N) {
          if (respectQuoted && this.peekType() & QUOTE) {
            this.readQuoted();
            continue;
          }
          ++this.p;
          if (this.rmatch(delimiter))
            return this.p;
        }
        return -1;
      }
      readOutputToken(options = defaultOptions) {
        const { file, input: input2 } = this;
        const { outputDelimiterRight } = options;
        const begin = this.p;
        if (this.readToDelimiter(outputDelimiterRight, true) === -1) {
          throw this.error(`output ${this.snapshot(begin)} not closed`, begin);
        }
        return new OutputToken(input2, begin, this.p, options, file);
      }
      readEndrawOrRawContent(options) {
        const { tagDelimiterLeft, tagDelimiterRight } = options;
        const begin = this.p;
        let leftPos = this.readTo(tagDelimiterLeft) - tagDelimiterLeft.length;
        while (this.p < this.N) {
          if (this.readIdentifier().getText() !== "endraw") {
            leftPos = this.readTo(tagDelimiterLeft) - tagDelimiterLeft.length;
            continue;
          }
          while (this.p <= this.N) {
            if (this.rmatch(tagDelimiterRight)) {
              const end = this.p;
              if (begin === leftPos) {
                this.rawBeginAt = -1;
                return new TagToken(this.input, begin, end, options, this.file);
              } else {
                this.p = leftPos;
                return new HTMLToken(this.input, begin, leftPos, this.file);
              }
            }
            if (this.rmatch(tagDelimiterLeft))
              break;
            this.p++;
          }
        }
        throw this.error(`raw ${this.snapshot(this.rawBeginAt)} not closed`, begin);
      }
      readLiquidTagTokens(options = defaultOptions) {
        const tokens = [];
        while (this.p < this.N) {
          const token2 = this.readLiquidTagToken(options);
          token2 && tokens.push(token2);
        }
        return tokens;
      }
      readLiquidTagToken(options) {
        this.skipBlank();
        if (this.end())
          return;
        const begin = this.p;
        this.readToDelimiter("\n");
        const end = this.p;
        return new LiquidTagToken(this.input, begin, end, options, this.file);
      }
      error(msg, pos = this.p) {
        return new TokenizationError(msg, new IdentifierToken(this.input, pos, this.N, this.file));
      }
      assert(pred, msg, pos) {
        if (!pred)
          throw this.error(typeof msg === "function" ? msg() : msg, pos);
      }
      snapshot(begin = this.p) {
        return JSON.stringify(ellipsis(this.input.slice(begin, this.N), 32));
      }
      /**
       * @deprecated use #readIdentifier instead
       */
      readWord() {
        return this.readIdentifier();
      }
      readIdentifier() {
        this.skipBlank();
        const begin = this.p;
        while (!this.end() && isWord(this.peek()))
          ++this.p;
        return new IdentifierToken(this.input, begin, this.p, this.file);
      }
      readNonEmptyIdentifier() {
        const id = this.readIdentifier();
        return id.size() ? id : void 0;
      }
      readTagName() {
        this.skipBlank();
        if (this.input[this.p] === "#")
          return this.input.slice(this.p, ++this.p);
        return this.readIdentifier().getText();
      }
      readHashes(jekyllStyle) {
        const hashes = [];
        while (true) {
          const hash = this.readHash(jekyllStyle);
          if (!hash)
            return hashes;
          hashes.push(hash);
        }
      }
      readHash(jekyllStyle) {
        this.skipBlank();
        if (this.peek() === ",")
          ++this.p;
        const begin = this.p;
        const name = this.readNonEmptyIdentifier();
        if (!name)
          return;
        let value;
        this.skipBlank();
        const sep = isString(jekyllStyle) ? jekyllStyle : jekyllStyle ? "=" : ":";
        if (this.peek() === sep) {
          ++this.p;
          value = this.readValue();
        }
        return new HashToken(this.input, begin, this.p, name, value, this.file);
      }
      remaining() {
        return this.input.slice(this.p, this.N);
      }
      advance(step = 1) {
        this.p += step;
      }
      end() {
        return this.p >= this.N;
      }
      read() {
        return this.input[this.p++];
      }
      readTo(end) {
        while (this.p < this.N) {
          ++this.p;
          if (this.rmatch(end))
            return this.p;
        }
        return -1;
      }
      readValue() {
        this.skipBlank();
        const begin = this.p;
        let variable = this.readLiteral() || this.readQuoted() || this.readNumber();
        if (!variable && this.peek() === "(") {
          variable = this.readGroupOrRange();
        }
        const props = this.readProperties(!variable);
        if (!props.length)
          return variable;
        return new PropertyAccessToken(variable, props, this.input, begin, this.p);
      }
      readScopeValue() {
        this.skipBlank();
        const begin = this.p;
        const props = this.readProperties();
        if (!props.length)
          return void 0;
        return new PropertyAccessToken(void 0, props, this.input, begin, this.p);
      }
      readProperties(isBegin = true) {
        const props = [];
        while (true) {
          if (this.peek() === "[") {
            this.p++;
            const prop = this.readValue() || new IdentifierToken(this.input, this.p, this.p, this.file);
            this.assert(this.readTo("]") !== -1, "[ not closed");
            props.push(prop);
            continue;
          }
          if (isBegin && !props.length) {
            const prop = this.readNonEmptyIdentifier();
            if (prop) {
              props.push(prop);
              continue;
            }
          }
          if (this.peek() === "." && this.peek(1) !== ".") {
            this.p++;
            const prop = this.readNonEmptyIdentifier();
            if (!prop)
              break;
            props.push(prop);
            continue;
          }
          break;
        }
        return props;
      }
      readNumber() {
        this.skipBlank();
        let decimalFound = false;
        let digitFound = false;
        let n = 0;
        if (this.peekType() & SIGN)
          n++;
        while (this.p + n <= this.N) {
          if (this.peekType(n) & NUMBER) {
            digitFound = true;
            n++;
          } else if (this.peek(n) === "." && this.peek(n + 1) !== ".") {
            if (decimalFound || !digitFound)
              return;
            decimalFound = true;
            n++;
          } else
            break;
        }
        if (digitFound && !isWord(this.peek(n))) {
          const num = new NumberToken(this.input, this.p, this.p + n, this.file);
          this.advance(n);
          return num;
        }
      }
      readLiteral() {
        this.skipBlank();
        const end = this.matchTrie(this.literalTrie);
        if (end === -1)
          return;
        const literal = new LiteralToken(this.input, this.p, end, this.file);
        this.p = end;
        return literal;
      }
      readGroupOrRange() {
        this.skipBlank();
        const begin = this.p;
        if (this.peek() !== "(")
          return;
        ++this.p;
        const lhs = this.readValueOrThrow();
        this.skipBlank();
        if (this.peek() === "." && this.peek(1) === ".") {
          this.p += 2;
          const rhs = this.readValueOrThrow();
          this.skipBlank();
          this.assert(this.read() === ")", "invalid range syntax");
          return new RangeToken(this.input, begin, this.p, lhs, rhs, this.file);
        }
        if (this.groupedExpressions) {
          const initial = new Expression([lhs, ...this.readExpressionTokens()]);
          this.assert(initial.valid(), () => `invalid value expression: ${this.snapshot()}`);
          const filters2 = this.readFilters();
          this.skipBlank();
          this.assert(this.read() === ")", "unbalanced parentheses");
          return new FilteredValueToken(initial, filters2, this.input, begin, this.p, this.file);
        }
        throw this.error("invalid range syntax");
      }
      readValueOrThrow() {
        const value = this.readValue();
        this.assert(value, () => `unexpected token ${this.snapshot()}, value expected`);
        return value;
      }
      readQuoted() {
        this.skipBlank();
        const begin = this.p;
        if (!(this.peekType() & QUOTE))
          return;
        ++this.p;
        let escaped2 = false;
        while (this.p < this.N) {
          ++this.p;
          if (this.input[this.p - 1] === this.input[begin] && !escaped2)
            break;
          if (escaped2)
            escaped2 = false;
          else if (this.input[this.p - 1] === "\\")
            escaped2 = true;
        }
        return new QuotedToken(this.input, begin, this.p, this.file);
      }
      *readFileNameTemplate(options) {
        const { outputDelimiterLeft } = options;
        const htmlStopStrings = [",", " ", "\r", "\n", "	", outputDelimiterLeft];
        const htmlStopStringSet = new Set(htmlStopStrings);
        while (this.p < this.N && !htmlStopStringSet.has(this.peek())) {
          yield this.match(outputDelimiterLeft) ? this.readOutputToken(options) : this.readHTMLToken(htmlStopStrings);
        }
      }
      match(word) {
        for (let i = 0; i < word.length; i++) {
          if (word[i] !== this.input[this.p + i])
            return false;
        }
        return true;
      }
      rmatch(pattern) {
        for (let i = 0; i < pattern.length; i++) {
          if (pattern[pattern.length - 1 - i] !== this.input[this.p - 1 - i])
            return false;
        }
        return true;
      }
      peekType(n = 0) {
        return this.p + n >= this.N ? 0 : TYPES[this.input.charCodeAt(this.p + n)];
      }
      peek(n = 0) {
        return this.p + n >= this.N ? "" : this.input[this.p + n];
      }
      skipBlank() {
        while (this.peekType() & BLANK)
          ++this.p;
      }
    };
    var ParseStream = class {
      constructor(tokens, parseToken) {
        this.handlers = {};
        this.stopRequested = false;
        this.tokens = tokens;
        this.parseToken = parseToken;
      }
      on(name, cb) {
        this.handlers[name] = cb;
        return this;
      }
      trigger(event, arg) {
        const h = this.handlers[event];
        return h ? (h.call(this, arg), true) : false;
      }
      start() {
        this.trigger("start");
        let token2;
        while (!this.stopRequested && (token2 = this.tokens.shift())) {
          if (this.trigger("token", token2))
            continue;
          if (isTagToken(token2) && this.trigger(`tag:${token2.name}`, token2)) {
            continue;
          }
          const template = this.parseToken(token2, this.tokens);
          this.trigger("template", template);
        }
        if (!this.stopRequested)
          this.trigger("end");
        return this;
      }
      stop() {
        this.stopRequested = true;
        return this;
      }
    };
    var TemplateImpl = class {
      constructor(token2) {
        this.token = token2;
      }
    };
    var Tag = class extends TemplateImpl {
      constructor(token2, remainTokens, liquid) {
        super(token2);
        this.name = token2.name;
        this.liquid = liquid;
        this.tokenizer = token2.tokenizer;
      }
    };
    var Hash = class {
      constructor(input2, jekyllStyle) {
        this.hash = {};
        const tokenizer = input2 instanceof Tokenizer ? input2 : new Tokenizer(input2, {});
        for (const hash of tokenizer.readHashes(jekyllStyle)) {
          this.hash[hash.name.content] = hash.value;
        }
      }
      *render(ctx) {
        const hash = {};
        for (const key of Object.keys(this.hash)) {
          hash[key] = this.hash[key] === void 0 ? true : yield evalToken(this.hash[key], ctx);
        }
        return hash;
      }
    };
    function createTagClass(options) {
      return class extends Tag {
        constructor(token2, tokens, liquid) {
          super(token2, tokens, liquid);
          if (isFunction(options.parse)) {
            options.parse.call(this, token2, tokens);
          }
        }
        *render(ctx, emitter) {
          const hash = yield new Hash(this.token.args, ctx.opts.keyValueSeparator).render(ctx);
          return yield options.render.call(this, ctx, emitter, hash);
        }
      };
    }
    var Value = class {
      /**
       * @param str the value to be valuated, eg.: "foobar" | truncate: 3
       */
      constructor(input2, liquid) {
        this.filters = [];
        const token2 = typeof input2 === "string" ? new Tokenizer(input2, liquid.options.operators, void 0, void 0, liquid.options.groupedExpressions).readFilteredValue() : input2;
        this.initial = token2.initial;
        this.filters = token2.filters.map((token3) => new Filter(token3, this.getFilter(liquid, token3.name), liquid));
      }
      *value(ctx, lenient) {
        lenient = lenient || ctx.opts.lenientIf && this.filters.length > 0 && this.filters[0].name === "default";
        let val = yield this.initial.evaluate(ctx, lenient);
        for (const filter2 of this.filters) {
          val = yield filter2.render(val, ctx);
        }
        return val;
      }
      getFilter(liquid, name) {
        const impl = liquid.filters[name];
        assert(impl || !liquid.options.strictFilters, () => `undefined filter: ${name}`);
        return impl;
      }
    };
    var Output = class extends TemplateImpl {
      constructor(token2, liquid) {
        super(token2);
        const tokenizer = new Tokenizer(token2.input, liquid.options.operators, token2.file, token2.contentRange, liquid.options.groupedExpressions);
        this.value = new Value(tokenizer.readFilteredValue(), liquid);
        const filters2 = this.value.filters;
        const outputEscape = liquid.options.outputEscape;
        if (!filters2[filters2.length - 1]?.raw && outputEscape) {
          const token3 = new FilterToken(toString.call(outputEscape), [], "", 0, 0);
          filters2.push(new Filter(token3, outputEscape, liquid));
        }
      }
      *render(ctx, emitter) {
        const val = yield toValue(yield this.value.value(ctx, false));
        emitter.write(val);
      }
      *arguments() {
        yield this.value;
      }
    };
    var HTML = class extends TemplateImpl {
      constructor(token2) {
        super(token2);
        this.str = token2.getContent();
      }
      *render(ctx, emitter) {
        emitter.write(this.str);
      }
    };
    var Variable = class _Variable {
      constructor(segments, location) {
        this.segments = segments;
        this.location = location;
      }
      toString() {
        return segmentsString(this.segments, true);
      }
      /** Return this variable's segments as an array, possibly with nested arrays for nested paths. */
      toArray() {
        function* _visit(...segments) {
          for (const segment of segments) {
            if (segment instanceof _Variable) {
              yield Array.from(_visit(...segment.segments));
            } else {
              yield segment;
            }
          }
        }
        return Array.from(_visit(...this.segments));
      }
    };
    var VariableMap = class {
      constructor() {
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const k = segmentsString([key.segments[0]]);
        if (!this.map.has(k)) {
          this.map.set(k, []);
        }
        return this.map.get(k);
      }
      has(key) {
        return this.map.has(segmentsString([key.segments[0]]));
      }
      push(variable) {
        this.get(variable).push(variable);
      }
      asObject() {
        return Object.fromEntries(this.map);
      }
    };
    var defaultStaticAnalysisOptions = {
      partials: true
    };
    function* _analyze(templates2, partials, sync) {
      const variables = new VariableMap();
      const globals = new VariableMap();
      const locals = new VariableMap();
      const rootScope = new DummyScope(/* @__PURE__ */ new Set());
      const seen = /* @__PURE__ */ new Set();
      function updateVariables(variable, scope) {
        variables.push(variable);
        const aliased = scope.alias(variable);
        if (aliased !== void 0) {
          const root = aliased.segments[0];
          if (isString(root) && !rootScope.has(root)) {
            globals.push(aliased);
          }
        } else {
          const root = variable.segments[0];
          if (isString(root) && !scope.has(root)) {
            globals.push(variable);
          }
        }
        for (const segment of variable.segments) {
          if (segment instanceof Variable) {
            updateVariables(segment, scope);
          }
        }
      }
      function* visit2(template, scope) {
        if (template.arguments) {
          for (const arg of template.arguments()) {
            for (const variable of extractVariables(arg)) {
              updateVariables(variable, scope);
            }
          }
        }
        if (template.localScope) {
          for (const ident of template.localScope()) {
            scope.add(ident.content);
            scope.deleteAlias(ident.content);
            const [row, col] = ident.getPosition();
            locals.push(new Variable([ident.content], { row, col, file: ident.file }));
          }
        }
        if (template.children) {
          if (template.partialScope) {
            const partial = template.partialScope();
            if (partial === void 0) {
              for (const child of yield template.children(partials, sync)) {
                yield visit2(child, scope);
              }
              return;
            }
            if (seen.has(partial.name))
              return;
            const partialScopeNames = /* @__PURE__ */ new Set();
            const partialScope = partial.isolated ? new DummyScope(partialScopeNames) : scope.push(partialScopeNames);
            for (const name of partial.scope) {
              if (isString(name)) {
                partialScopeNames.add(name);
              } else {
                const [alias, argument2] = name;
                partialScopeNames.add(alias);
                const variables2 = Array.from(extractVariables(argument2));
                if (variables2.length) {
                  partialScope.setAlias(alias, variables2[0].segments);
                }
              }
            }
            for (const child of yield template.children(partials, sync)) {
              yield visit2(child, partialScope);
              seen.add(partial.name);
            }
            partialScope.pop();
          } else {
            if (template.blockScope) {
              scope.push(new Set(template.blockScope()));
            }
            for (const child of yield template.children(partials, sync)) {
              yield visit2(child, scope);
            }
            if (template.blockScope) {
              scope.pop();
            }
          }
        }
      }
      for (const template of templates2) {
        yield visit2(template, rootScope);
      }
      return {
        variables: variables.asObject(),
        globals: globals.asObject(),
        locals: locals.asObject()
      };
    }
    function analyze(template, options = {}) {
      const opts = { ...defaultStaticAnalysisOptions, ...options };
      return toPromise(_analyze(template, opts.partials, false));
    }
    function analyzeSync(template, options = {}) {
      const opts = { ...defaultStaticAnalysisOptions, ...options };
      return toValueSync(_analyze(template, opts.partials, true));
    }
    var DummyScope = class {
      constructor(globals) {
        this.stack = [{ names: globals, aliases: /* @__PURE__ */ new Map() }];
      }
      /** Return true if `name` is in scope.  */
      has(name) {
        for (const scope of this.stack) {
          if (scope.names.has(name)) {
            return true;
          }
        }
        return false;
      }
      push(scope) {
        this.stack.push({ names: scope, aliases: /* @__PURE__ */ new Map() });
        return this;
      }
      pop() {
        return this.stack.pop()?.names;
      }
      // Add a name to the template scope.
      add(name) {
        this.stack[0].names.add(name);
      }
      /** Return the variable that `variable` aliases, or `variable` if it doesn't alias anything. */
      alias(variable) {
        const root = variable.segments[0];
        if (!isString(root))
          return void 0;
        const alias = this.getAlias(root);
        if (alias === void 0)
          return void 0;
        return new Variable([...alias, ...variable.segments.slice(1)], variable.location);
      }
      // TODO: `from` could be a path with multiple segments, like `include.x`.
      setAlias(from, to) {
        this.stack[this.stack.length - 1].aliases.set(from, to);
      }
      deleteAlias(name) {
        this.stack[this.stack.length - 1].aliases.delete(name);
      }
      getAlias(name) {
        for (const scope of this.stack) {
          if (scope.aliases.has(name)) {
            return scope.aliases.get(name);
          }
          if (scope.names.has(name)) {
            return void 0;
          }
        }
        return void 0;
      }
    };
    function* extractVariables(value) {
      if (isValueToken(value)) {
        yield* extractValueTokenVariables(value);
      } else if (value instanceof Value) {
        yield* extractFilteredValueVariables(value);
      }
    }
    function* extractFilteredValueVariables(value) {
      for (const token2 of value.initial.postfix) {
        if (isValueToken(token2)) {
          yield* extractValueTokenVariables(token2);
        }
      }
      for (const filter2 of value.filters) {
        for (const arg of filter2.args) {
          if (isKeyValuePair(arg) && arg[1]) {
            yield* extractValueTokenVariables(arg[1]);
          } else if (isValueToken(arg)) {
            yield* extractValueTokenVariables(arg);
          }
        }
      }
    }
    function* extractValueTokenVariables(token2) {
      if (isRangeToken(token2)) {
        yield* extractValueTokenVariables(token2.lhs);
        yield* extractValueTokenVariables(token2.rhs);
      } else if (isFilteredValueToken(token2)) {
        yield* extractGroupedExpressionTokenVariables(token2);
      } else if (isPropertyAccessToken(token2)) {
        yield extractPropertyAccessVariable(token2);
      }
    }
    function* extractGroupedExpressionTokenVariables(token2) {
      if (!isFilteredValueToken(token2))
        return;
      for (const t of token2.initial.postfix) {
        if (isValueToken(t))
          yield* extractValueTokenVariables(t);
      }
      for (const filter2 of token2.filters) {
        for (const arg of filter2.args) {
          if (isKeyValuePair(arg) && arg[1]) {
            yield* extractValueTokenVariables(arg[1]);
          } else if (isValueToken(arg)) {
            yield* extractValueTokenVariables(arg);
          }
        }
      }
    }
    function extractPropertyAccessVariable(token2) {
      const segments = [];
      let file = token2.file;
      const root = token2.props[0];
      file = file || root.file;
      if (isQuotedToken(root) || isNumberToken(root) || isWordToken(root)) {
        segments.push(root.content);
      } else if (isPropertyAccessToken(root)) {
        segments.push(...extractPropertyAccessVariable(root).segments);
      }
      for (const prop of token2.props.slice(1)) {
        file = file || prop.file;
        if (isQuotedToken(prop) || isNumberToken(prop) || isWordToken(prop)) {
          segments.push(prop.content);
        } else if (isPropertyAccessToken(prop)) {
          segments.push(extractPropertyAccessVariable(prop));
        }
      }
      const [row, col] = token2.getPosition();
      return new Variable(segments, {
        row,
        col,
        file
      });
    }
    var RE_PROPERTY = /^[\u0080-\uFFFFa-zA-Z_][\u0080-\uFFFFa-zA-Z0-9_-]*$/;
    function segmentsString(segments, bracketedRoot = false) {
      const buf = [];
      const root = segments[0];
      if (isString(root)) {
        if (!bracketedRoot || root.match(RE_PROPERTY)) {
          buf.push(`${root}`);
        } else {
          buf.push(`['${root}']`);
        }
      }
      for (const segment of segments.slice(1)) {
        if (segment instanceof Variable) {
          buf.push(`[${segmentsString(segment.segments)}]`);
        } else if (isString(segment)) {
          if (segment.match(RE_PROPERTY)) {
            buf.push(`.${segment}`);
          } else {
            buf.push(`['${segment}']`);
          }
        } else {
          buf.push(`[${segment}]`);
        }
      }
      return buf.join("");
    }
    (function(LookupType) {
      LookupType["Partials"] = "partials";
      LookupType["Layouts"] = "layouts";
      LookupType["Root"] = "root";
    })(exports.LookupType || (exports.LookupType = {}));
    var Loader = class {
      constructor(options) {
        this.options = options;
        if (options.relativeReference) {
          const sep = options.fs.sep;
          assert(sep, "`fs.sep` is required for relative reference");
          const prefixes = ["." + sep, ".." + sep, "./", "../"];
          this.shouldLoadRelative = (referencedFile) => prefixes.some((prefix) => referencedFile.startsWith(prefix));
        } else {
          this.shouldLoadRelative = (_referencedFile) => false;
        }
        const fs2 = options.fs;
        this.contains = toLiquidAsync(fs2.contains?.bind(fs2) || (async () => true), fs2.containsSync?.bind(fs2) || (() => true));
        this.exists = toLiquidAsync(fs2.exists?.bind(fs2) || (async () => false), fs2.existsSync?.bind(fs2));
      }
      *lookup(file, type, sync, currentFile) {
        const dirs = this.options[type];
        for (const filepath of this.candidates(file, dirs, currentFile)) {
          let allowed = false;
          for (const dir of dirs) {
            if (yield this.contains(!!sync, dir, filepath)) {
              allowed = true;
              break;
            }
          }
          if (!allowed)
            continue;
          if (yield this.exists(!!sync, filepath))
            return filepath;
        }
        throw this.lookupError(file, dirs);
      }
      *candidates(file, dirs, currentFile) {
        const { fs: fs2, extname } = this.options;
        if (this.shouldLoadRelative(file) && currentFile) {
          const referenced = fs2.resolve(this.dirname(currentFile), file, extname);
          yield referenced;
        }
        for (const dir of dirs) {
          const referenced = fs2.resolve(dir, file, extname);
          yield referenced;
        }
        if (fs2.fallback !== void 0) {
          const filepath = fs2.fallback(file);
          if (filepath !== void 0)
            yield filepath;
        }
      }
      dirname(path2) {
        const fs2 = this.options.fs;
        assert(fs2.dirname, "`fs.dirname` is required for relative reference");
        return fs2.dirname(path2);
      }
      lookupError(file, roots) {
        const err = new Error("ENOENT");
        err.message = `ENOENT: Failed to lookup "${file}" in "${roots}"`;
        err.code = "ENOENT";
        return err;
      }
    };
    var Parser = class {
      constructor(liquid) {
        this.liquid = liquid;
        this.cache = this.liquid.options.cache;
        this.fs = this.liquid.options.fs;
        this.parseFile = this.cache ? this._parseFileCached : this._parseFile;
        this.loader = new Loader(this.liquid.options);
        this.parseLimit = new Limiter("parse length", liquid.options.parseLimit);
        this.readFile = toLiquidAsync(this.fs.readFile?.bind(this.fs) || (async () => {
          throw new Error("readFile not implemented");
        }), this.fs.readFileSync?.bind(this.fs));
      }
      parse(html, filepath) {
        html = String(html);
        this.parseLimit.use(html.length);
        const tokenizer = new Tokenizer(html, this.liquid.options.operators, filepath, void 0, this.liquid.options.groupedExpressions);
        const tokens = tokenizer.readTopLevelTokens(this.liquid.options);
        return this.parseTokens(tokens);
      }
      parseTokens(tokens) {
        let token2;
        const templates2 = [];
        const errors2 = [];
        while (token2 = tokens.shift()) {
          try {
            templates2.push(this.parseToken(token2, tokens));
          } catch (err) {
            if (this.liquid.options.catchAllErrors)
              errors2.push(err);
            else
              throw err;
          }
        }
        if (errors2.length)
          throw new LiquidErrors(errors2);
        return templates2;
      }
      parseToken(token2, remainTokens) {
        try {
          if (isTagToken(token2)) {
            const TagClass = this.liquid.tags[token2.name];
            assert(TagClass, `tag "${token2.name}" not found`);
            return new TagClass(token2, remainTokens, this.liquid, this);
          }
          if (isOutputToken(token2)) {
            return new Output(token2, this.liquid);
          }
          return new HTML(token2);
        } catch (e) {
          if (LiquidError.is(e))
            throw e;
          throw new ParseError(e, token2);
        }
      }
      parseStream(tokens) {
        return new ParseStream(tokens, (token2, tokens2) => this.parseToken(token2, tokens2));
      }
      *_parseFileCached(file, sync, type = exports.LookupType.Root, currentFile) {
        const cache2 = this.cache;
        const key = this.loader.shouldLoadRelative(file) ? currentFile + "," + file : type + ":" + file;
        const tpls = yield cache2.read(key);
        if (tpls)
          return tpls;
        const task = this._parseFile(file, sync, type, currentFile);
        const taskOrTpl = sync ? yield task : toPromise(task);
        cache2.write(key, taskOrTpl);
        try {
          return yield taskOrTpl;
        } catch (err) {
          cache2.remove(key);
          throw err;
        }
      }
      *_parseFile(file, sync, type = exports.LookupType.Root, currentFile) {
        const filepath = yield this.loader.lookup(file, type, sync, currentFile);
        return this.parse(yield this.readFile(!!sync, filepath), filepath);
      }
    };
    (function(TokenKind) {
      TokenKind[TokenKind["Number"] = 1] = "Number";
      TokenKind[TokenKind["Literal"] = 2] = "Literal";
      TokenKind[TokenKind["Tag"] = 4] = "Tag";
      TokenKind[TokenKind["Output"] = 8] = "Output";
      TokenKind[TokenKind["HTML"] = 16] = "HTML";
      TokenKind[TokenKind["Filter"] = 32] = "Filter";
      TokenKind[TokenKind["Hash"] = 64] = "Hash";
      TokenKind[TokenKind["PropertyAccess"] = 128] = "PropertyAccess";
      TokenKind[TokenKind["Word"] = 256] = "Word";
      TokenKind[TokenKind["Range"] = 512] = "Range";
      TokenKind[TokenKind["Quoted"] = 1024] = "Quoted";
      TokenKind[TokenKind["Operator"] = 2048] = "Operator";
      TokenKind[TokenKind["FilteredValue"] = 4096] = "FilteredValue";
      TokenKind[TokenKind["GroupedExpression"] = 8192] = "GroupedExpression";
      TokenKind[TokenKind["Delimited"] = 12] = "Delimited";
    })(exports.TokenKind || (exports.TokenKind = {}));
    function isDelimitedToken(val) {
      return !!(getKind(val) & exports.TokenKind.Delimited);
    }
    function isOperatorToken(val) {
      return getKind(val) === exports.TokenKind.Operator;
    }
    function isHTMLToken(val) {
      return getKind(val) === exports.TokenKind.HTML;
    }
    function isOutputToken(val) {
      return getKind(val) === exports.TokenKind.Output;
    }
    function isTagToken(val) {
      return getKind(val) === exports.TokenKind.Tag;
    }
    function isQuotedToken(val) {
      return getKind(val) === exports.TokenKind.Quoted;
    }
    function isLiteralToken(val) {
      return getKind(val) === exports.TokenKind.Literal;
    }
    function isNumberToken(val) {
      return getKind(val) === exports.TokenKind.Number;
    }
    function isPropertyAccessToken(val) {
      return getKind(val) === exports.TokenKind.PropertyAccess;
    }
    function isWordToken(val) {
      return getKind(val) === exports.TokenKind.Word;
    }
    function isRangeToken(val) {
      return getKind(val) === exports.TokenKind.Range;
    }
    function isFilteredValueToken(val) {
      return getKind(val) === exports.TokenKind.FilteredValue;
    }
    function isValueToken(val) {
      return (getKind(val) & 5763) > 0;
    }
    function getKind(val) {
      return val ? val.kind : -1;
    }
    var typeGuards = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      isDelimitedToken,
      isOperatorToken,
      isHTMLToken,
      isOutputToken,
      isTagToken,
      isQuotedToken,
      isLiteralToken,
      isNumberToken,
      isPropertyAccessToken,
      isWordToken,
      isRangeToken,
      isFilteredValueToken,
      isValueToken
    });
    var __assign = function() {
      __assign = Object.assign || function __assign2(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    function createScope(from) {
      const scope = /* @__PURE__ */ Object.create(null);
      if (from)
        Object.assign(scope, from);
      return scope;
    }
    var Context2 = class _Context {
      constructor(env = {}, opts = defaultOptions, renderOptions = {}, { memoryLimit, renderLimit, liquid } = {}) {
        this.scopes = [createScope()];
        this.registers = {};
        this.breakCalled = false;
        this.continueCalled = false;
        this.sync = !!renderOptions.sync;
        this.opts = opts;
        this.globals = renderOptions.globals ?? opts.globals;
        this.environments = isObject2(env) ? env : Object(env);
        this.strictVariables = renderOptions.strictVariables ?? this.opts.strictVariables;
        this.ownPropertyOnly = renderOptions.ownPropertyOnly ?? opts.ownPropertyOnly;
        this.memoryLimit = memoryLimit ?? new Limiter("memory alloc", renderOptions.memoryLimit ?? opts.memoryLimit);
        this.renderLimit = renderLimit ?? new Limiter("template render", getPerformance().now() + (renderOptions.renderLimit ?? opts.renderLimit));
        this.liquid = liquid;
      }
      getRegister(key, defaultValue = void 0) {
        return this.registers[key] = this.registers[key] || defaultValue;
      }
      setRegister(key, value) {
        return this.registers[key] = value;
      }
      saveRegister(...keys) {
        return keys.map((key) => [key, this.getRegister(key)]);
      }
      restoreRegister(keyValues) {
        return keyValues.forEach(([key, value]) => this.setRegister(key, value));
      }
      getAll() {
        return [this.globals, this.environments, ...this.scopes].reduce((ctx, val) => __assign(ctx, val), {});
      }
      /**
       * @deprecated use `_get()` or `getSync()` instead
       */
      get(paths) {
        return this.getSync(paths);
      }
      getSync(paths) {
        return toValueSync(this._get(paths));
      }
      *_get(paths) {
        const scope = this.findScope(paths[0]);
        return yield this._getFromScope(scope, paths);
      }
      /**
       * @deprecated use `_get()` instead
       */
      getFromScope(scope, paths) {
        return toValueSync(this._getFromScope(scope, paths));
      }
      *_getFromScope(scope, paths, strictVariables = this.strictVariables) {
        if (isString(paths))
          paths = paths.split(".");
        for (let i = 0; i < paths.length; i++) {
          scope = yield this.readProperty(scope, paths[i]);
          if (strictVariables && isUndefined(scope)) {
            throw new InternalUndefinedVariableError(paths.slice(0, i + 1).join("."));
          }
        }
        return scope;
      }
      push(ctx) {
        return this.scopes.push(ctx);
      }
      pop() {
        return this.scopes.pop();
      }
      bottom() {
        return this.scopes[0];
      }
      spawn(scope = {}) {
        return new _Context(scope, this.opts, {
          sync: this.sync,
          globals: this.globals,
          strictVariables: this.strictVariables,
          ownPropertyOnly: this.ownPropertyOnly
        }, {
          renderLimit: this.renderLimit,
          memoryLimit: this.memoryLimit,
          liquid: this.liquid
        });
      }
      findScope(key) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const candidate = this.scopes[i];
          if (key in candidate)
            return candidate;
        }
        if (key in this.environments)
          return this.environments;
        return this.globals;
      }
      readProperty(obj, key) {
        obj = toLiquid(obj);
        key = toValue(key);
        if (isNil(obj))
          return obj;
        if (isArray(obj) && isNumber(key))
          return readArrayElement(obj, key, this.ownPropertyOnly);
        const value = readJSProperty(obj, key, this.ownPropertyOnly);
        if (value === void 0 && obj instanceof Drop)
          return obj.liquidMethodMissing(key, this);
        if (isFunction(value))
          return value.call(obj);
        if (key === "size")
          return readSize(obj);
        else if (key === "first")
          return readFirst(obj, this.ownPropertyOnly);
        else if (key === "last")
          return readLast(obj, this.ownPropertyOnly);
        return value;
      }
    };
    function readJSProperty(obj, key, ownPropertyOnly) {
      if (ownPropertyOnly && !hasOwnProperty.call(obj, key) && !(obj instanceof Drop))
        return void 0;
      return obj[key];
    }
    function readFirst(obj, ownPropertyOnly) {
      if (isArray(obj))
        return readArrayElement(obj, 0, ownPropertyOnly);
      return readJSProperty(obj, "first", ownPropertyOnly);
    }
    function readLast(obj, ownPropertyOnly) {
      if (isArray(obj))
        return readArrayElement(obj, -1, ownPropertyOnly);
      return readJSProperty(obj, "last", ownPropertyOnly);
    }
    function readSize(obj) {
      if (hasOwnProperty.call(obj, "size") || obj["size"] !== void 0)
        return obj["size"];
      if (isArray(obj) || isString(obj))
        return obj.length;
      if (typeof obj === "object")
        return Object.keys(obj).length;
    }
    var BlockMode;
    (function(BlockMode2) {
      BlockMode2[BlockMode2["OUTPUT"] = 0] = "OUTPUT";
      BlockMode2[BlockMode2["STORE"] = 1] = "STORE";
    })(BlockMode || (BlockMode = {}));
    var abs = argumentsToNumber(Math.abs);
    var at_least = argumentsToNumber(Math.max);
    var at_most = argumentsToNumber(Math.min);
    var ceil = argumentsToNumber(Math.ceil);
    var divided_by = argumentsToNumber((dividend, divisor, integerArithmetic = false) => integerArithmetic ? Math.floor(dividend / divisor) : dividend / divisor);
    var floor = argumentsToNumber(Math.floor);
    var minus = argumentsToNumber((v, arg) => v - arg);
    var plus = argumentsToNumber((lhs, rhs) => lhs + rhs);
    var modulo = argumentsToNumber((v, arg) => (v % arg + arg) % arg);
    var times = argumentsToNumber((v, arg) => v * arg);
    function shiftDecimal(n, exponent) {
      const [mantissa, power = "0"] = String(n).split("e");
      return Number(`${mantissa}e${Number(power) + exponent}`);
    }
    function round(v, arg = 0) {
      v = toNumber(v);
      arg = toNumber(arg);
      const scaled = shiftDecimal(Math.abs(v), arg);
      if (!(scaled <= Number.MAX_SAFE_INTEGER))
        return v;
      const rounded = shiftDecimal(Math.round(scaled), -arg);
      return v < 0 ? -rounded : rounded;
    }
    var mathFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      abs,
      at_least,
      at_most,
      ceil,
      divided_by,
      floor,
      minus,
      plus,
      modulo,
      times,
      round
    });
    var url_decode = (x) => decodeURIComponent(stringify(x).replace(/\+/g, " "));
    var url_encode = (x) => encodeURIComponent(stringify(x)).replace(/%20/g, "+");
    var cgi_escape = (x) => encodeURIComponent(stringify(x)).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
    var uri_escape = (x) => encodeURI(stringify(x)).replace(/%5B/g, "[").replace(/%5D/g, "]");
    var rSlugifyDefault = /[^\p{M}\p{L}\p{Nd}]+/ug;
    var rSlugifyReplacers = {
      "raw": /\s+/g,
      "default": rSlugifyDefault,
      "pretty": /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/ug,
      "ascii": /[^A-Za-z0-9]+/g,
      "latin": rSlugifyDefault,
      "none": null
    };
    function slugify(str, mode = "default", cased = false) {
      str = stringify(str);
      const replacer = rSlugifyReplacers[mode];
      if (replacer) {
        if (mode === "latin")
          str = removeAccents(str);
        str = str.replace(replacer, "-").replace(/^-|-$/g, "");
      }
      return cased ? str : str.toLowerCase();
    }
    function removeAccents(str) {
      return str.replace(/[àáâãäå]/g, "a").replace(/[æ]/g, "ae").replace(/[ç]/g, "c").replace(/[èéêë]/g, "e").replace(/[ìíîï]/g, "i").replace(/[ð]/g, "d").replace(/[ñ]/g, "n").replace(/[òóôõöø]/g, "o").replace(/[ùúûü]/g, "u").replace(/[ýÿ]/g, "y").replace(/[ß]/g, "ss").replace(/[œ]/g, "oe").replace(/[þ]/g, "th").replace(/[ẞ]/g, "SS").replace(/[Œ]/g, "OE").replace(/[Þ]/g, "TH");
    }
    var urlFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      url_decode,
      url_encode,
      cgi_escape,
      uri_escape,
      slugify
    });
    var join = argumentsToValue(function(v, arg) {
      const array2 = toArray(v);
      const sep = isNil(arg) ? " " : stringify(arg);
      let outputSize = sep.length * Math.max(array2.length - 1, 0);
      for (let i = 0; i < array2.length; i++)
        outputSize += String(array2[i]).length;
      this.context.memoryLimit.use(outputSize);
      return Array.prototype.join.call(array2, sep);
    });
    var last = argumentsToValue(function(v) {
      return isArrayLike(v) ? readArrayElement(v, -1, this.context.ownPropertyOnly) : "";
    });
    var first = argumentsToValue(function(v) {
      return isArrayLike(v) ? readArrayElement(v, 0, this.context.ownPropertyOnly) : "";
    });
    var reverse = argumentsToValue(function(v) {
      const array2 = toArray(v);
      this.context.memoryLimit.use(array2.length);
      return [...array2].reverse();
    });
    function* sortBy(arr, property, comparator) {
      const values = [];
      const array2 = toArray(arr);
      this.context.memoryLimit.use(array2.length);
      for (const item of array2) {
        values.push([
          item,
          property ? yield this.context._getFromScope(item, stringify(property).split("."), false) : item
        ]);
      }
      return values.sort((lhs, rhs) => comparator(lhs[1], rhs[1])).map((tuple) => tuple[0]);
    }
    function* sort(arr, property) {
      return yield* sortBy.call(this, arr, property, orderedCompare);
    }
    function* sort_natural(arr, property) {
      return yield* sortBy.call(this, arr, property, caseInsensitiveCompare);
    }
    var size = (v) => v && v.length || 0;
    function* map(arr, property) {
      const results = [];
      const array2 = toArray(arr);
      this.context.memoryLimit.use(array2.length);
      for (const item of array2) {
        results.push(yield this.context._getFromScope(item, stringify(property), false));
      }
      return results;
    }
    function* sum(arr, property) {
      let sum2 = 0;
      const array2 = toArray(arr);
      for (const item of array2) {
        const data = Number(property ? yield this.context._getFromScope(item, stringify(property), false) : item);
        sum2 += Number.isNaN(data) ? 0 : data;
      }
      return sum2;
    }
    function compact(arr) {
      const array2 = toArray(arr);
      this.context.memoryLimit.use(array2.length);
      return Array.prototype.filter.call(array2, (x) => !isNil(toValue(x)));
    }
    function concat(v, arg = []) {
      const lhs = toArray(v);
      const rhs = toArray(arg);
      this.context.memoryLimit.use(lhs.length + rhs.length);
      return Array.prototype.concat.call(lhs, rhs);
    }
    function push(v, arg) {
      return concat.call(this, v, [arg]);
    }
    function unshift(v, arg) {
      const array2 = toArray(v);
      this.context.memoryLimit.use(array2.length);
      const clone = [...array2];
      clone.unshift(arg);
      return clone;
    }
    function pop(v) {
      const array2 = toArray(v);
      this.context.memoryLimit.use(array2.length);
      const clone = [...array2];
      clone.pop();
      return clone;
    }
    function shift(v) {
      const array2 = toArray(v);
      this.context.memoryLimit.use(array2.length);
      const clone = [...array2];
      clone.shift();
      return clone;
    }
    function slice(v, begin, length = 1) {
      v = toValue(v);
      if (isNil(v))
        return [];
      if (!isArray(v))
        v = stringify(v);
      begin = begin < 0 ? (isArray(v) ? v.length : codePointLength(v)) + begin : begin;
      if (begin < 0 || length < 0)
        return isArray(v) ? [] : "";
      this.context.memoryLimit.use(length);
      if (isArray(v))
        return Array.prototype.slice.call(v, begin, begin + length);
      const start = advanceCodePoints(v, 0, begin);
      return v.slice(start, advanceCodePoints(v, start, length));
    }
    function* matches(value, expected) {
      if (this.context.opts.jekyllWhere) {
        if (EmptyDrop.is(expected))
          return yield equals(value, expected);
        if (isArray(value))
          return yield arrayIncludes(value, expected);
        return yield equals(value, expected);
      }
      if (expected === void 0)
        return isTruthy(value, this.context);
      return yield equals(value, expected);
    }
    function* filter(include, arr, property, expected) {
      arr = toArray(arr);
      this.context.memoryLimit.use(arr.length);
      const token2 = new Tokenizer(stringify(property)).readScopeValue();
      const result = [];
      for (const item of arr) {
        const value = yield evalToken(token2, this.context.spawn(item));
        if ((yield matches.call(this, value, expected)) === include)
          result.push(item);
      }
      return result;
    }
    function* filter_exp(include, arr, itemName, exp) {
      const filtered = [];
      const keyTemplate = new Value(stringify(exp), this.liquid);
      const array2 = toArray(arr);
      this.context.memoryLimit.use(array2.length);
      for (const item of array2) {
        this.context.push({ [itemName]: item });
        const value = yield keyTemplate.value(this.context);
        this.context.pop();
        if (value === include)
          filtered.push(item);
      }
      return filtered;
    }
    function* where(arr, property, expected) {
      return yield* filter.call(this, true, arr, property, expected);
    }
    function* reject(arr, property, expected) {
      return yield* filter.call(this, false, arr, property, expected);
    }
    function* where_exp(arr, itemName, exp) {
      return yield* filter_exp.call(this, true, arr, itemName, exp);
    }
    function* reject_exp(arr, itemName, exp) {
      return yield* filter_exp.call(this, false, arr, itemName, exp);
    }
    function* group_by(arr, property) {
      const map2 = /* @__PURE__ */ new Map();
      arr = toEnumerable(arr);
      const token2 = new Tokenizer(stringify(property)).readScopeValue();
      this.context.memoryLimit.use(arr.length);
      for (const item of arr) {
        const key = yield evalToken(token2, this.context.spawn(item));
        if (!map2.has(key))
          map2.set(key, []);
        map2.get(key).push(item);
      }
      return [...map2.entries()].map(([name, items2]) => ({ name, items: items2 }));
    }
    function* group_by_exp(arr, itemName, exp) {
      const map2 = /* @__PURE__ */ new Map();
      const keyTemplate = new Value(stringify(exp), this.liquid);
      arr = toEnumerable(arr);
      this.context.memoryLimit.use(arr.length);
      for (const item of arr) {
        this.context.push({ [itemName]: item });
        const key = yield keyTemplate.value(this.context);
        this.context.pop();
        if (!map2.has(key))
          map2.set(key, []);
        map2.get(key).push(item);
      }
      return [...map2.entries()].map(([name, items2]) => ({ name, items: items2 }));
    }
    function* search(arr, property, expected) {
      const token2 = new Tokenizer(stringify(property)).readScopeValue();
      const array2 = toArray(arr);
      for (let index = 0; index < array2.length; index++) {
        const value = yield evalToken(token2, this.context.spawn(array2[index]));
        if (yield matches.call(this, value, expected))
          return [index, array2[index]];
      }
    }
    function* search_exp(arr, itemName, exp) {
      const predicate = new Value(stringify(exp), this.liquid);
      const array2 = toArray(arr);
      for (let index = 0; index < array2.length; index++) {
        this.context.push({ [itemName]: array2[index] });
        const value = yield predicate.value(this.context);
        this.context.pop();
        if (value)
          return [index, array2[index]];
      }
    }
    function* has(arr, property, expected) {
      const result = yield* search.call(this, arr, property, expected);
      return !!result;
    }
    function* has_exp(arr, itemName, exp) {
      const result = yield* search_exp.call(this, arr, itemName, exp);
      return !!result;
    }
    function* find_index(arr, property, expected) {
      const result = yield* search.call(this, arr, property, expected);
      return result ? result[0] : void 0;
    }
    function* find_index_exp(arr, itemName, exp) {
      const result = yield* search_exp.call(this, arr, itemName, exp);
      return result ? result[0] : void 0;
    }
    function* find(arr, property, expected) {
      const result = yield* search.call(this, arr, property, expected);
      return result ? result[1] : void 0;
    }
    function* find_exp(arr, itemName, exp) {
      const result = yield* search_exp.call(this, arr, itemName, exp);
      return result ? result[1] : void 0;
    }
    function uniq(arr) {
      arr = toArray(arr);
      this.context.memoryLimit.use(arr.length);
      return [...new Set(arr)];
    }
    function sample(v, count = 1) {
      v = toValue(v);
      if (isNil(v))
        return [];
      if (!isArray(v))
        v = stringify(v);
      this.context.memoryLimit.use(v.length);
      const shuffled = [...v].sort(() => Math.random() - 0.5);
      if (count === 1)
        return shuffled[0];
      return shuffled.slice(0, count);
    }
    var arrayFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      join,
      last,
      first,
      reverse,
      sort,
      sort_natural,
      size,
      map,
      sum,
      compact,
      concat,
      push,
      unshift,
      pop,
      shift,
      slice,
      where,
      reject,
      where_exp,
      reject_exp,
      group_by,
      group_by_exp,
      has,
      has_exp,
      find_index,
      find_index_exp,
      find,
      find_exp,
      uniq,
      sample
    });
    function date(v, format2, timezoneOffset) {
      const size2 = (v?.length ?? 0) + (timezoneOffset?.length ?? 0);
      this.context.memoryLimit.use(size2);
      const date2 = parseDate(v, this.context.opts, timezoneOffset);
      if (!date2)
        return v;
      format2 = toValue(format2);
      format2 = isNil(format2) ? this.context.opts.dateFormat : stringify(format2);
      this.context.memoryLimit.use(format2.length);
      return strftime2(date2, format2, this.context.memoryLimit);
    }
    function date_to_xmlschema(v) {
      return date.call(this, v, "%Y-%m-%dT%H:%M:%S%:z");
    }
    function date_to_rfc822(v) {
      const date2 = parseDate(v, this.context.opts, void 0, "en-US");
      if (!date2)
        return v;
      return strftime2(date2, "%a, %d %b %Y %H:%M:%S %z", this.context.memoryLimit);
    }
    function date_to_string(v, type, style) {
      return stringify_date.call(this, v, "%b", type, style);
    }
    function date_to_long_string(v, type, style) {
      return stringify_date.call(this, v, "%B", type, style);
    }
    function stringify_date(v, month_type, type, style) {
      const date2 = parseDate(v, this.context.opts);
      if (!date2)
        return v;
      const ml = this.context.memoryLimit;
      if (type === "ordinal") {
        const d = date2.getDate();
        return style === "US" ? strftime2(date2, `${month_type} ${d}%q, %Y`, ml) : strftime2(date2, `${d}%q ${month_type} %Y`, ml);
      }
      return strftime2(date2, `%d ${month_type} %Y`, ml);
    }
    function parseDate(v, opts, timezoneOffset, locale = opts.locale) {
      let date2;
      const defaultTimezoneOffset = timezoneOffset ?? opts.timezoneOffset;
      v = toValue(v);
      if (isNil(v)) {
        return void 0;
      } else if (v === "now" || v === "today") {
        date2 = new LiquidDate(Date.now(), locale, defaultTimezoneOffset);
      } else if (isNumber(v)) {
        date2 = new LiquidDate(v * 1e3, locale, defaultTimezoneOffset);
      } else if (isString(v)) {
        if (/^\d+$/.test(v)) {
          date2 = new LiquidDate(+v * 1e3, locale, defaultTimezoneOffset);
        } else if (opts.preserveTimezones && timezoneOffset === void 0) {
          date2 = LiquidDate.createDateFixedToTimezone(v, locale);
        } else {
          date2 = new LiquidDate(v, locale, defaultTimezoneOffset);
        }
      } else {
        date2 = new LiquidDate(v, locale, defaultTimezoneOffset);
      }
      return date2.valid() ? date2 : void 0;
    }
    var dateFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      date,
      date_to_xmlschema,
      date_to_rfc822,
      date_to_string,
      date_to_long_string
    });
    var rCJKWord = /[\u4E00-\u9FFF\uF900-\uFAFF\u3400-\u4DBF\u3040-\u309F\u30A0-\u30FF\uAC00-\uD7AF]/gu;
    var rNonCJKWord = /[^\u4E00-\u9FFF\uF900-\uFAFF\u3400-\u4DBF\u3040-\u309F\u30A0-\u30FF\uAC00-\uD7AF\s]+/gu;
    function append(v, arg) {
      assert(arguments.length === 2, "append expect 2 arguments");
      const lhs = stringify(v);
      const rhs = stringify(arg);
      this.context.memoryLimit.use(lhs.length + rhs.length);
      return lhs + rhs;
    }
    function prepend(v, arg) {
      assert(arguments.length === 2, "prepend expect 2 arguments");
      const lhs = stringify(v);
      const rhs = stringify(arg);
      this.context.memoryLimit.use(lhs.length + rhs.length);
      return rhs + lhs;
    }
    function getTrimStart(str, chars) {
      let start = 0;
      for (const char of str) {
        if (!chars.has(char))
          break;
        start += char.length;
      }
      return start;
    }
    function getTrimEnd(str, chars, start = 0) {
      let end = str.length;
      while (end > start) {
        const size2 = end - start >= 2 && str.codePointAt(end - 2) > 65535 ? 2 : 1;
        if (!chars.has(str.slice(end - size2, end)))
          break;
        end -= size2;
      }
      return end;
    }
    function lstrip(v, chars) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      if (chars) {
        chars = stringify(chars);
        this.context.memoryLimit.use(chars.length);
        return str.slice(getTrimStart(str, new Set(chars)));
      }
      return str.trimStart();
    }
    function downcase(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return str.toLowerCase();
    }
    function upcase(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return stringify(str).toUpperCase();
    }
    function remove(v, arg) {
      const str = stringify(v);
      arg = stringify(arg);
      this.context.memoryLimit.use(str.length + arg.length);
      return str.split(arg).join("");
    }
    function remove_first(v, l) {
      const str = stringify(v);
      l = stringify(l);
      this.context.memoryLimit.use(str.length + l.length);
      return str.replace(l, "");
    }
    function remove_last(v, l) {
      const str = stringify(v);
      const pattern = stringify(l);
      this.context.memoryLimit.use(str.length + pattern.length);
      const index = str.lastIndexOf(pattern);
      if (index === -1)
        return str;
      return str.substring(0, index) + str.substring(index + pattern.length);
    }
    function rstrip(str, chars) {
      str = stringify(str);
      this.context.memoryLimit.use(str.length);
      if (chars) {
        chars = stringify(chars);
        this.context.memoryLimit.use(chars.length);
        return str.slice(0, getTrimEnd(str, new Set(chars)));
      }
      return str.trimEnd();
    }
    function split(v, arg) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      const arr = str.split(stringify(arg));
      while (arr.length && arr[arr.length - 1] === "")
        arr.pop();
      return arr;
    }
    function strip(v, chars) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      if (chars) {
        const set = new Set(stringify(chars));
        this.context.memoryLimit.use(set.size);
        const start = getTrimStart(str, set);
        return str.slice(start, getTrimEnd(str, set, start));
      }
      return str.trim();
    }
    function strip_newlines(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return str.replace(/\r?\n/gm, "");
    }
    function squish(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return str.replace(/\s+/g, " ").trim();
    }
    function capitalize(str) {
      str = stringify(str);
      this.context.memoryLimit.use(str.length);
      return str.charAt(0).toUpperCase() + str.slice(1).toLowerCase();
    }
    function replace(v, pattern, replacement) {
      const str = stringify(v);
      pattern = stringify(pattern);
      replacement = stringify(replacement);
      const parts = str.split(pattern);
      const outputSize = str.length + (parts.length - 1) * (replacement.length - pattern.length);
      this.context.memoryLimit.use(outputSize);
      return parts.join(replacement);
    }
    function replace_first(v, arg1, arg2) {
      const str = stringify(v);
      arg1 = stringify(arg1);
      arg2 = stringify(arg2);
      this.context.memoryLimit.use(str.length + arg1.length + arg2.length);
      return str.replace(arg1, () => arg2);
    }
    function replace_last(v, arg1, arg2) {
      const str = stringify(v);
      const pattern = stringify(arg1);
      const replacement = stringify(arg2);
      this.context.memoryLimit.use(str.length + pattern.length + replacement.length);
      const index = str.lastIndexOf(pattern);
      if (index === -1)
        return str;
      return str.substring(0, index) + replacement + str.substring(index + pattern.length);
    }
    function truncate(v, l = 50, o = "...") {
      const str = stringify(v);
      o = stringify(o);
      this.context.memoryLimit.use(str.length + o.length);
      if (str.length <= l || advanceCodePoints(str, 0, l) >= str.length)
        return v;
      return str.slice(0, advanceCodePoints(str, 0, Math.max(l - codePointLength(o), 0))) + o;
    }
    function truncatewords(v, words = 15, o = "...") {
      const str = stringify(v);
      o = stringify(o);
      this.context.memoryLimit.use(str.length + o.length);
      const arr = str.trimStart().split(/\s+/);
      if (words <= 0)
        words = 1;
      let ret = arr.slice(0, words).join(" ");
      if (arr.length >= words)
        ret += o;
      return ret;
    }
    function normalize_whitespace(v) {
      const str = stringify(v);
      this.context.memoryLimit.use(str.length);
      return str.replace(/\s+/g, " ");
    }
    function number_of_words(input2, mode) {
      const str = stringify(input2);
      this.context.memoryLimit.use(str.length);
      input2 = str.trim();
      if (!input2)
        return 0;
      switch (mode) {
        case "cjk":
          return (input2.match(rCJKWord) || []).length + (input2.match(rNonCJKWord) || []).length;
        case "auto":
          return rCJKWord.test(input2) ? input2.match(rCJKWord).length + (input2.match(rNonCJKWord) || []).length : input2.split(/\s+/).length;
        default:
          return input2.split(/\s+/).length;
      }
    }
    function array_to_sentence_string(input2, connector = "and") {
      const array2 = toArray(input2);
      connector = stringify(connector);
      let outputSize = connector.length + array2.length * 2;
      for (let i = 0; i < array2.length; i++)
        outputSize += stringify(array2[i]).length;
      this.context.memoryLimit.use(outputSize);
      switch (array2.length) {
        case 0:
          return "";
        case 1:
          return array2[0];
        case 2:
          return `${array2[0]} ${connector} ${array2[1]}`;
        default:
          return `${array2.slice(0, -1).join(", ")}, ${connector} ${array2[array2.length - 1]}`;
      }
    }
    var stringFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      append,
      prepend,
      lstrip,
      downcase,
      upcase,
      remove,
      remove_first,
      remove_last,
      rstrip,
      split,
      strip,
      strip_newlines,
      squish,
      capitalize,
      replace,
      replace_first,
      replace_last,
      truncate,
      truncatewords,
      normalize_whitespace,
      number_of_words,
      array_to_sentence_string
    });
    function base64Encode(str) {
      return Buffer.from(str, "utf8").toString("base64");
    }
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf8");
    }
    function base64_encode(value) {
      if (typeof Buffer !== "undefined" && Buffer.isBuffer(value)) {
        this.context.memoryLimit.use(value.byteLength);
        return value.toString("base64");
      }
      const str = stringify(value);
      this.context.memoryLimit.use(str.length);
      return base64Encode(str);
    }
    function base64_decode(value) {
      const str = stringify(value);
      this.context.memoryLimit.use(str.length);
      assert(isBase64(str), "invalid base64 provided to base64_decode");
      return base64Decode(str);
    }
    function isBase64(str) {
      str = str.replace(/[\t\n\f\r ]/g, "");
      if (str.length % 4 === 0)
        str = str.replace(/==?$/, "");
      return str.length % 4 !== 1 && /^[A-Za-z0-9+/]*$/.test(str);
    }
    var base64Filters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      base64_encode,
      base64_decode
    });
    function sha256(str) {
      return crypto.createHash("sha256").update(str, "utf8").digest("hex");
    }
    function hmacSha256(str, key) {
      return crypto.createHmac("sha256", key).update(str, "utf8").digest("hex");
    }
    function sha256$1(value) {
      const str = stringify(value);
      this.context.memoryLimit.use(str.length);
      return sha256(str);
    }
    function hmac_sha256(value, key) {
      const str = stringify(value);
      const keyStr = stringify(key);
      this.context.memoryLimit.use(str.length + keyStr.length);
      return hmacSha256(str, keyStr);
    }
    var cryptoFilters = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      sha256: sha256$1,
      hmac_sha256
    });
    var filters = {
      ...htmlFilters,
      ...mathFilters,
      ...urlFilters,
      ...arrayFilters,
      ...dateFilters,
      ...stringFilters,
      ...base64Filters,
      ...cryptoFilters,
      ...misc
    };
    var AssignTag = class extends Tag {
      constructor(token2, remainTokens, liquid) {
        super(token2, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.key = this.identifier.content;
        this.tokenizer.assert(this.key, "expected variable name");
        this.tokenizer.skipBlank();
        this.tokenizer.assert(this.tokenizer.peek() === "=", 'expected "="');
        this.tokenizer.advance();
        this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
      }
      *render(ctx) {
        ctx.bottom()[this.key] = yield this.value.value(ctx, this.liquid.options.lenientIf);
      }
      *arguments() {
        yield this.value;
      }
      *localScope() {
        yield this.identifier;
      }
    };
    var MODIFIERS = ["offset", "limit", "reversed"];
    var ForTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        const variable = this.tokenizer.readIdentifier();
        const inStr = this.tokenizer.readIdentifier();
        const collection = this.tokenizer.readValue();
        if (!variable.size() || inStr.content !== "in" || !collection) {
          throw new Error(`illegal tag: ${token2.getText()}`);
        }
        this.variable = variable.content;
        this.collection = collection;
        this.hash = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = [];
        this.elseTemplates = [];
        let p;
        const stream2 = parser.parseStream(remainTokens).on("start", () => p = this.templates).on("tag:else", (tag) => {
          assertEmpty(tag.args);
          p = this.elseTemplates;
        }).on("tag:endfor", (tag) => {
          assertEmpty(tag.args);
          stream2.stop();
        }).on("template", (tpl) => p.push(tpl)).on("end", () => {
          throw new Error(`tag ${token2.getText()} not closed`);
        });
        stream2.start();
      }
      *render(ctx, emitter) {
        const r = this.liquid.renderer;
        let collection = toEnumerable(yield evalToken(this.collection, ctx));
        if (!collection.length) {
          yield r.renderTemplates(this.elseTemplates, ctx, emitter);
          return;
        }
        const continueKey = "continue-" + this.variable + "-" + this.collection.getText();
        ctx.push(createScope({ continue: ctx.getRegister(continueKey, {}) }));
        const hash = yield this.hash.render(ctx);
        ctx.pop();
        const modifiers = this.liquid.options.orderedFilterParameters ? Object.keys(hash).filter((x) => MODIFIERS.includes(x)) : MODIFIERS.filter((x) => hash[x] !== void 0);
        collection = modifiers.reduce((collection2, modifier) => {
          if (modifier === "offset")
            return offset(collection2, hash["offset"]);
          if (modifier === "limit")
            return limit(collection2, hash["limit"]);
          return reversed(collection2);
        }, collection);
        ctx.setRegister(continueKey, (hash["offset"] || 0) + collection.length);
        const scope = createScope({ forloop: new ForloopDrop(collection.length, this.collection.getText(), this.variable) });
        ctx.push(scope);
        for (const item of collection) {
          scope[this.variable] = item;
          ctx.continueCalled = ctx.breakCalled = false;
          yield r.renderTemplates(this.templates, ctx, emitter);
          if (ctx.breakCalled)
            break;
          scope.forloop.next();
        }
        ctx.continueCalled = ctx.breakCalled = false;
        ctx.pop();
      }
      *children() {
        const templates2 = this.templates.slice();
        if (this.elseTemplates) {
          templates2.push(...this.elseTemplates);
        }
        return templates2;
      }
      *arguments() {
        yield this.collection;
        for (const v of Object.values(this.hash.hash)) {
          if (isValueToken(v)) {
            yield v;
          }
        }
      }
      blockScope() {
        return [this.variable, "forloop"];
      }
    };
    function reversed(arr) {
      return [...arr].reverse();
    }
    function offset(arr, count) {
      return arr.slice(count);
    }
    function limit(arr, count) {
      return arr.slice(0, count);
    }
    var CaptureTag2 = class extends Tag {
      constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.templates = [];
        this.identifier = this.readVariable();
        this.variable = this.identifier.content;
        while (remainTokens.length) {
          const token2 = remainTokens.shift();
          if (isTagToken(token2) && token2.name === "endcapture")
            return;
          this.templates.push(parser.parseToken(token2, remainTokens));
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
      }
      readVariable() {
        let ident = this.tokenizer.readIdentifier();
        if (ident.content)
          return ident;
        ident = this.tokenizer.readQuoted();
        if (ident)
          return ident;
        throw this.tokenizer.error("invalid capture name");
      }
      *render(ctx) {
        const r = this.liquid.renderer;
        const html = yield r.renderTemplates(this.templates, ctx);
        ctx.bottom()[this.variable] = html;
      }
      *children() {
        return this.templates;
      }
      *localScope() {
        yield this.identifier;
      }
    };
    var CaseTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        this.elseTemplates = [];
        this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
        this.elseTemplates = [];
        let p = [];
        let elseCount = 0;
        const stream2 = parser.parseStream(remainTokens).on("tag:when", (token2) => {
          if (elseCount > 0) {
            return;
          }
          p = [];
          const values = [];
          while (!token2.tokenizer.end()) {
            values.push(token2.tokenizer.readValueOrThrow());
            token2.tokenizer.skipBlank();
            if (token2.tokenizer.peek() === ",") {
              token2.tokenizer.readTo(",");
            } else {
              token2.tokenizer.readTo("or");
            }
          }
          this.branches.push({
            values,
            templates: p
          });
        }).on("tag:else", () => {
          elseCount++;
          p = this.elseTemplates;
        }).on("tag:endcase", () => stream2.stop()).on("template", (tpl) => {
          if (p !== this.elseTemplates || elseCount === 1) {
            p.push(tpl);
          }
        }).on("end", () => {
          throw new Error(`tag ${tagToken.getText()} not closed`);
        });
        stream2.start();
      }
      *render(ctx, emitter) {
        const r = this.liquid.renderer;
        const target = yield toValue(yield this.value.value(ctx, ctx.opts.lenientIf));
        let branchHit = false;
        for (const branch of this.branches) {
          for (const valueToken of branch.values) {
            const value = yield evalToken(valueToken, ctx, ctx.opts.lenientIf);
            if (yield equals(target, value)) {
              yield r.renderTemplates(branch.templates, ctx, emitter);
              branchHit = true;
              break;
            }
          }
        }
        if (!branchHit) {
          yield r.renderTemplates(this.elseTemplates, ctx, emitter);
        }
      }
      *arguments() {
        yield this.value;
        yield* this.branches.flatMap((b) => b.values);
      }
      *children() {
        const templates2 = this.branches.flatMap((b) => b.templates);
        if (this.elseTemplates) {
          templates2.push(...this.elseTemplates);
        }
        return templates2;
      }
    };
    var CommentTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        while (remainTokens.length) {
          const token2 = remainTokens.shift();
          if (isTagToken(token2) && token2.name === "endcomment")
            return;
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
      }
      render() {
      }
    };
    var RenderTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        const tokenizer = this.tokenizer;
        this.file = parseFilePath(tokenizer, this.liquid, parser);
        this.currentFile = token2.file;
        while (!tokenizer.end()) {
          tokenizer.skipBlank();
          const begin = tokenizer.p;
          const keyword = tokenizer.readIdentifier();
          if (keyword.content === "with" || keyword.content === "for") {
            tokenizer.skipBlank();
            if (tokenizer.peek() !== ":") {
              const value = tokenizer.readValue();
              if (value) {
                const beforeAs = tokenizer.p;
                const asStr = tokenizer.readIdentifier();
                let alias;
                if (asStr.content === "as")
                  alias = tokenizer.readIdentifier();
                else
                  tokenizer.p = beforeAs;
                const binding = { value, alias: alias && alias.content };
                if (keyword.content === "with")
                  this.with = binding;
                else
                  this.forBinding = binding;
                tokenizer.skipBlank();
                if (tokenizer.peek() === ",")
                  tokenizer.advance();
                continue;
              }
            }
          }
          tokenizer.p = begin;
          break;
        }
        this.hash = new Hash(tokenizer, liquid.options.keyValueSeparator);
      }
      *render(ctx, emitter) {
        const { liquid, hash } = this;
        const filepath = yield renderFilePath(this.file, ctx, liquid);
        assert(filepath, () => `illegal file path "${filepath}"`);
        const childCtx = ctx.spawn();
        const scope = childCtx.bottom();
        __assign(scope, yield hash.render(ctx));
        if (this.with) {
          const { value, alias } = this.with;
          scope[alias || filepath] = yield evalToken(value, ctx);
        }
        if (this.forBinding) {
          const { value, alias } = this.forBinding;
          const collection = toEnumerable(yield evalToken(value, ctx));
          scope["forloop"] = new ForloopDrop(collection.length, value.getText(), alias);
          for (const item of collection) {
            scope[alias] = item;
            const templates2 = yield liquid._parsePartialFile(filepath, childCtx.sync, this.currentFile);
            yield liquid.renderer.renderTemplates(templates2, childCtx, emitter);
            scope["forloop"].next();
          }
        } else {
          const templates2 = yield liquid._parsePartialFile(filepath, childCtx.sync, this.currentFile);
          yield liquid.renderer.renderTemplates(templates2, childCtx, emitter);
        }
      }
      *children(partials, sync) {
        if (partials && isString(this.file)) {
          return yield this.liquid._parsePartialFile(this.file, sync, this.currentFile);
        }
        return [];
      }
      partialScope() {
        if (isString(this.file)) {
          const names = Object.keys(this.hash.hash);
          if (this.with) {
            const { value, alias } = this.with;
            if (isString(alias)) {
              names.push([alias, value]);
            } else if (isString(this.file)) {
              names.push([this.file, value]);
            }
          }
          if (this.forBinding) {
            const { value, alias } = this.forBinding;
            if (isString(alias)) {
              names.push([alias, value]);
            } else if (isString(this.file)) {
              names.push([this.file, value]);
            }
          }
          return { name: this.file, isolated: true, scope: names };
        }
      }
      *arguments() {
        for (const v of Object.values(this.hash.hash)) {
          if (isValueToken(v)) {
            yield v;
          }
        }
        if (this.with) {
          const { value } = this.with;
          if (isValueToken(value)) {
            yield value;
          }
        }
        if (this.forBinding) {
          const { value } = this.forBinding;
          if (isValueToken(value)) {
            yield value;
          }
        }
      }
    };
    function parseFilePath(tokenizer, liquid, parser) {
      if (liquid.options.dynamicPartials) {
        const file = tokenizer.readValue();
        tokenizer.assert(file, "illegal file path");
        if (file.getText() === "none")
          return;
        if (isQuotedToken(file)) {
          const templates3 = parser.parse(evalQuotedToken(file));
          return optimize(templates3);
        }
        return file;
      }
      const tokens = [...tokenizer.readFileNameTemplate(liquid.options)];
      const templates2 = optimize(parser.parseTokens(tokens));
      return templates2 === "none" ? void 0 : templates2;
    }
    function optimize(templates2) {
      if (templates2.length === 1 && isHTMLToken(templates2[0].token))
        return templates2[0].token.getContent();
      return templates2;
    }
    function* renderFilePath(file, ctx, liquid) {
      if (typeof file === "string")
        return file;
      if (Array.isArray(file))
        return liquid.renderer.renderTemplates(file, ctx);
      return yield evalToken(file, ctx);
    }
    var IncludeTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        const { tokenizer } = token2;
        this.file = parseFilePath(tokenizer, this.liquid, parser);
        this.currentFile = token2.file;
        const begin = tokenizer.p;
        const withStr = tokenizer.readIdentifier();
        if (withStr.content === "with") {
          tokenizer.skipBlank();
          if (tokenizer.peek() !== ":") {
            this.withVar = tokenizer.readValue();
          } else
            tokenizer.p = begin;
        } else
          tokenizer.p = begin;
        this.hash = new Hash(tokenizer, liquid.options.jekyllInclude || liquid.options.keyValueSeparator);
      }
      *render(ctx, emitter) {
        const { liquid, hash, withVar } = this;
        const { renderer } = liquid;
        const filepath = yield renderFilePath(this.file, ctx, liquid);
        assert(filepath, () => `illegal file path "${filepath}"`);
        const saved = ctx.saveRegister("blocks", "blockMode");
        ctx.setRegister("blocks", {});
        ctx.setRegister("blockMode", BlockMode.OUTPUT);
        const scope = createScope(yield hash.render(ctx));
        if (withVar)
          scope[filepath] = yield evalToken(withVar, ctx);
        const templates2 = yield liquid._parsePartialFile(filepath, ctx.sync, this.currentFile);
        ctx.push(ctx.opts.jekyllInclude ? createScope({ include: scope }) : scope);
        yield renderer.renderTemplates(templates2, ctx, emitter);
        ctx.pop();
        ctx.restoreRegister(saved);
      }
      *children(partials, sync) {
        if (partials && isString(this.file)) {
          return yield this.liquid._parsePartialFile(this.file, sync, this.currentFile);
        }
        return [];
      }
      partialScope() {
        if (isString(this.file)) {
          let names;
          if (this.liquid.options.jekyllInclude) {
            names = ["include"];
          } else {
            names = Object.keys(this.hash.hash);
            if (this.withVar) {
              names.push([this.file, this.withVar]);
            }
          }
          return { name: this.file, isolated: false, scope: names };
        }
      }
      *arguments() {
        yield* Object.values(this.hash.hash).filter(isValueToken);
        if (isValueToken(this.file)) {
          yield this.file;
        }
        if (isValueToken(this.withVar)) {
          yield this.withVar;
        }
      }
    };
    var DecrementTag = class extends Tag {
      constructor(token2, remainTokens, liquid) {
        super(token2, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.variable = this.identifier.content;
      }
      render(context, emitter) {
        const scope = context.environments;
        if (!isNumber(scope[this.variable])) {
          scope[this.variable] = 0;
        }
        emitter.write(stringify(--scope[this.variable]));
      }
      *localScope() {
        yield this.identifier;
      }
    };
    var CycleTag = class extends Tag {
      constructor(token2, remainTokens, liquid) {
        super(token2, remainTokens, liquid);
        this.candidates = [];
        const begin = this.tokenizer.p;
        const group = this.tokenizer.readValue();
        this.tokenizer.skipBlank();
        if (group) {
          if (this.tokenizer.peek() === ":") {
            this.group = group;
            this.tokenizer.advance();
          } else
            this.tokenizer.p = begin;
        }
        while (!this.tokenizer.end()) {
          const value = this.tokenizer.readFilteredValue();
          this.candidates.push(value);
          this.tokenizer.readTo(",");
        }
        this.tokenizer.assert(this.candidates.length, () => `empty candidates: "${token2.getText()}"`);
      }
      *render(ctx, emitter) {
        const group = yield evalToken(this.group, ctx);
        const fingerprint = `cycle:${group}:` + this.candidates.map((c) => c.getText()).join(",");
        const groups = ctx.getRegister("cycle", {});
        let idx = groups[fingerprint];
        if (idx === void 0) {
          idx = groups[fingerprint] = 0;
        }
        const candidate = new Value(this.candidates[idx], this.liquid);
        idx = (idx + 1) % this.candidates.length;
        groups[fingerprint] = idx;
        let val = yield toValue(yield candidate.value(ctx, false));
        const outputEscape = this.liquid.options.outputEscape;
        if (outputEscape && !candidate.filters[candidate.filters.length - 1]?.raw) {
          val = yield outputEscape.call({ context: ctx, token: this.token, liquid: this.liquid }, val);
        }
        return val;
      }
      *arguments() {
        yield* this.candidates;
        if (this.group) {
          yield this.group;
        }
      }
    };
    var IfTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        let p = [];
        parser.parseStream(remainTokens).on("start", () => this.branches.push({
          value: new Value(tagToken.tokenizer.readFilteredValue(), this.liquid),
          templates: p = []
        })).on("tag:elsif", (token2) => {
          assert(!this.elseTemplates, "unexpected elsif after else");
          this.branches.push({
            value: new Value(token2.tokenizer.readFilteredValue(), this.liquid),
            templates: p = []
          });
        }).on("tag:else", (tag) => {
          assertEmpty(tag.args);
          assert(!this.elseTemplates, "duplicated else");
          p = this.elseTemplates = [];
        }).on("tag:endif", function(tag) {
          assertEmpty(tag.args);
          this.stop();
        }).on("template", (tpl) => p.push(tpl)).on("end", () => {
          throw new Error(`tag ${tagToken.getText()} not closed`);
        }).start();
      }
      *render(ctx, emitter) {
        const r = this.liquid.renderer;
        for (const { value, templates: templates2 } of this.branches) {
          const v = yield toValue(yield value.value(ctx, ctx.opts.lenientIf));
          if (isTruthy(v, ctx)) {
            yield r.renderTemplates(templates2, ctx, emitter);
            return;
          }
        }
        yield r.renderTemplates(this.elseTemplates || [], ctx, emitter);
      }
      *children() {
        const templates2 = this.branches.flatMap((b) => b.templates);
        if (this.elseTemplates) {
          templates2.push(...this.elseTemplates);
        }
        return templates2;
      }
      arguments() {
        return this.branches.map((b) => b.value);
      }
    };
    var IncrementTag = class extends Tag {
      constructor(token2, remainTokens, liquid) {
        super(token2, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.variable = this.identifier.content;
      }
      render(context, emitter) {
        const scope = context.environments;
        if (!isNumber(scope[this.variable])) {
          scope[this.variable] = 0;
        }
        const val = scope[this.variable];
        scope[this.variable]++;
        emitter.write(stringify(val));
      }
      *localScope() {
        yield this.identifier;
      }
    };
    var LayoutTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        this.file = parseFilePath(this.tokenizer, this.liquid, parser);
        this.currentFile = token2.file;
        this.args = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = parser.parseTokens(remainTokens);
      }
      *render(ctx, emitter) {
        const { liquid, args, file } = this;
        const { renderer } = liquid;
        if (file === void 0) {
          ctx.setRegister("blockMode", BlockMode.OUTPUT);
          yield renderer.renderTemplates(this.templates, ctx, emitter);
          return;
        }
        const filepath = yield renderFilePath(this.file, ctx, liquid);
        assert(filepath, () => `illegal file path "${filepath}"`);
        const templates2 = yield liquid._parseLayoutFile(filepath, ctx.sync, this.currentFile);
        ctx.setRegister("blockMode", BlockMode.STORE);
        const html = yield renderer.renderTemplates(this.templates, ctx);
        const blocks = ctx.getRegister("blocks", {});
        if (blocks[""] === void 0)
          blocks[""] = (parent, emitter2) => emitter2.write(html);
        ctx.setRegister("blockMode", BlockMode.OUTPUT);
        ctx.push(createScope(yield args.render(ctx)));
        yield renderer.renderTemplates(templates2, ctx, emitter);
        ctx.pop();
      }
      *children(partials) {
        const templates2 = this.templates.slice();
        if (partials && isString(this.file)) {
          templates2.push(...yield this.liquid._parsePartialFile(this.file, true, this.currentFile));
        }
        return templates2;
      }
      *arguments() {
        for (const v of Object.values(this.args.hash)) {
          if (isValueToken(v)) {
            yield v;
          }
        }
        if (isValueToken(this.file)) {
          yield this.file;
        }
      }
      partialScope() {
        if (isString(this.file)) {
          return { name: this.file, isolated: false, scope: Object.keys(this.args.hash) };
        }
      }
    };
    var BlockTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        this.templates = [];
        const match = /\w+/.exec(token2.args);
        this.block = match ? match[0] : "";
        while (remainTokens.length) {
          const token3 = remainTokens.shift();
          if (isTagToken(token3) && token3.name === "endblock")
            return;
          const template = parser.parseToken(token3, remainTokens);
          this.templates.push(template);
        }
        throw new Error(`tag ${token2.getText()} not closed`);
      }
      *render(ctx, emitter) {
        const blockRender = this.getBlockRender(ctx);
        if (ctx.getRegister("blockMode") === BlockMode.STORE) {
          ctx.getRegister("blocks", {})[this.block] = blockRender;
        } else {
          yield blockRender(new BlockDrop(), emitter);
        }
      }
      getBlockRender(ctx) {
        const self = this;
        const { liquid, templates: templates2 } = this;
        const renderChild = ctx.getRegister("blocks", {})[this.block];
        const renderCurrent = function* (superBlock, emitter) {
          const stack = ctx.getRegister("blockStack", []);
          if (stack.includes(self))
            throw new Error("block tag cannot be nested");
          stack.push(self);
          ctx.push(createScope({ block: superBlock }));
          yield liquid.renderer.renderTemplates(templates2, ctx, emitter);
          ctx.pop();
          stack.pop();
        };
        return renderChild ? (superBlock, emitter) => renderChild(new BlockDrop((emitter2) => renderCurrent(superBlock, emitter2)), emitter) : renderCurrent;
      }
      *children() {
        return this.templates;
      }
      blockScope() {
        return ["block"];
      }
    };
    var RawTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        this.tokens = [];
        while (remainTokens.length) {
          const token2 = remainTokens.shift();
          if (isTagToken(token2) && token2.name === "endraw")
            return;
          this.tokens.push(token2);
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
      }
      render() {
        return this.tokens.map((token2) => token2.getText()).join("");
      }
    };
    var TablerowloopDrop = class extends ForloopDrop {
      constructor(length, cols, collection, variable) {
        super(length, collection, variable);
        this.length = length;
        this.cols = cols;
      }
      row() {
        return Math.floor(this.i / this.cols) + 1;
      }
      col0() {
        return this.i % this.cols;
      }
      col() {
        return this.col0() + 1;
      }
      col_first() {
        return this.col0() === 0;
      }
      col_last() {
        return this.col() === this.cols;
      }
    };
    var TablerowTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        const variable = this.tokenizer.readIdentifier();
        this.tokenizer.skipBlank();
        const predicate = this.tokenizer.readIdentifier();
        const collectionToken = this.tokenizer.readValue();
        if (predicate.content !== "in" || !collectionToken) {
          throw new Error(`illegal tag: ${tagToken.getText()}`);
        }
        this.variable = variable.content;
        this.collection = collectionToken;
        this.args = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = [];
        let p;
        const stream2 = parser.parseStream(remainTokens).on("start", () => p = this.templates).on("tag:endtablerow", () => stream2.stop()).on("template", (tpl) => p.push(tpl)).on("end", () => {
          throw new Error(`tag ${tagToken.getText()} not closed`);
        });
        stream2.start();
      }
      *render(ctx, emitter) {
        let collection = toEnumerable(yield evalToken(this.collection, ctx));
        const args = yield this.args.render(ctx);
        const offset2 = args.offset || 0;
        const limit2 = args.limit === void 0 ? collection.length : args.limit;
        collection = collection.slice(offset2, offset2 + limit2);
        const cols = args.cols || collection.length;
        const r = this.liquid.renderer;
        const tablerowloop = new TablerowloopDrop(collection.length, cols, this.collection.getText(), this.variable);
        const scope = createScope({ tablerowloop });
        ctx.push(scope);
        for (let idx = 0; idx < collection.length; idx++, tablerowloop.next()) {
          scope[this.variable] = collection[idx];
          if (tablerowloop.col0() === 0) {
            if (tablerowloop.row() !== 1)
              emitter.write("</tr>");
            emitter.write(`<tr class="row${tablerowloop.row()}">`);
          }
          emitter.write(`<td class="col${tablerowloop.col()}">`);
          yield r.renderTemplates(this.templates, ctx, emitter);
          emitter.write("</td>");
        }
        if (collection.length)
          emitter.write("</tr>");
        ctx.pop();
      }
      *children() {
        return this.templates;
      }
      *arguments() {
        yield this.collection;
        for (const v of Object.values(this.args.hash)) {
          if (isValueToken(v)) {
            yield v;
          }
        }
      }
      blockScope() {
        return [this.variable, "tablerowloop"];
      }
    };
    var UnlessTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        this.elseTemplates = [];
        let p = [];
        let elseCount = 0;
        parser.parseStream(remainTokens).on("start", () => this.branches.push({
          value: new Value(tagToken.tokenizer.readFilteredValue(), this.liquid),
          test: isFalsy,
          templates: p = []
        })).on("tag:elsif", (token2) => {
          if (elseCount > 0) {
            p = [];
            return;
          }
          this.branches.push({
            value: new Value(token2.tokenizer.readFilteredValue(), this.liquid),
            test: isTruthy,
            templates: p = []
          });
        }).on("tag:else", () => {
          elseCount++;
          p = this.elseTemplates;
        }).on("tag:endunless", function() {
          this.stop();
        }).on("template", (tpl) => {
          if (p !== this.elseTemplates || elseCount === 1) {
            p.push(tpl);
          }
        }).on("end", () => {
          throw new Error(`tag ${tagToken.getText()} not closed`);
        }).start();
      }
      *render(ctx, emitter) {
        const r = this.liquid.renderer;
        for (const { value, test, templates: templates2 } of this.branches) {
          const v = yield toValue(yield value.value(ctx, ctx.opts.lenientIf));
          if (test(v, ctx)) {
            yield r.renderTemplates(templates2, ctx, emitter);
            return;
          }
        }
        yield r.renderTemplates(this.elseTemplates, ctx, emitter);
      }
      *children() {
        const children = this.branches.flatMap((b) => b.templates);
        if (this.elseTemplates) {
          children.push(...this.elseTemplates);
        }
        return children;
      }
      arguments() {
        return this.branches.map((b) => b.value);
      }
    };
    var BreakTag = class extends Tag {
      render(ctx, _emitter) {
        ctx.breakCalled = true;
      }
    };
    var ContinueTag = class extends Tag {
      render(ctx, _emitter) {
        ctx.continueCalled = true;
      }
    };
    var EchoTag = class extends Tag {
      constructor(token2, remainTokens, liquid) {
        super(token2, remainTokens, liquid);
        this.tokenizer.skipBlank();
        if (!this.tokenizer.end()) {
          this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
        }
      }
      *render(ctx, emitter) {
        if (!this.value)
          return;
        let val = yield toValue(yield this.value.value(ctx, false));
        const outputEscape = this.liquid.options.outputEscape;
        if (outputEscape && !this.value.filters[this.value.filters.length - 1]?.raw) {
          val = yield outputEscape.call({ context: ctx, token: this.token, liquid: this.liquid }, val);
        }
        emitter.write(val);
      }
      *arguments() {
        if (this.value) {
          yield this.value;
        }
      }
    };
    var LiquidTag = class extends Tag {
      constructor(token2, remainTokens, liquid, parser) {
        super(token2, remainTokens, liquid);
        const tokens = this.tokenizer.readLiquidTagTokens(this.liquid.options);
        this.templates = parser.parseTokens(tokens);
      }
      *render(ctx, emitter) {
        yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
      }
      *children() {
        return this.templates;
      }
    };
    var InlineCommentTag = class extends Tag {
      constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        if (tagToken.args.search(/\n\s*[^#\s]/g) !== -1) {
          throw new Error("every line of an inline comment must start with a '#' character");
        }
      }
      render() {
      }
    };
    var tags = {
      assign: AssignTag,
      "for": ForTag,
      capture: CaptureTag2,
      "case": CaseTag,
      comment: CommentTag,
      include: IncludeTag,
      render: RenderTag,
      decrement: DecrementTag,
      increment: IncrementTag,
      cycle: CycleTag,
      "if": IfTag,
      layout: LayoutTag,
      block: BlockTag,
      raw: RawTag,
      tablerow: TablerowTag,
      unless: UnlessTag,
      "break": BreakTag,
      "continue": ContinueTag,
      echo: EchoTag,
      liquid: LiquidTag,
      "#": InlineCommentTag
    };
    var Liquid2 = class _Liquid {
      constructor(opts = {}) {
        this.renderer = new Render();
        this.filters = /* @__PURE__ */ Object.create(null);
        this.tags = /* @__PURE__ */ Object.create(null);
        this.options = normalize(opts);
        this.parser = new Parser(this);
        forOwn(tags, (conf, name) => this.registerTag(name, conf));
        forOwn(filters, (handler, name) => this.registerFilter(name, handler));
      }
      parse(html, filepath) {
        const parser = new Parser(this);
        return parser.parse(html, filepath);
      }
      _render(tpl, scope, renderOptions) {
        const ctx = scope instanceof Context2 ? scope : new Context2(scope, this.options, renderOptions, { liquid: this });
        return this.renderer.renderTemplates(tpl, ctx);
      }
      async render(tpl, scope, renderOptions) {
        return toPromise(this._render(tpl, scope, { ...renderOptions, sync: false }));
      }
      renderSync(tpl, scope, renderOptions) {
        return toValueSync(this._render(tpl, scope, { ...renderOptions, sync: true }));
      }
      renderToNodeStream(tpl, scope, renderOptions = {}) {
        const ctx = new Context2(scope, this.options, renderOptions, { liquid: this });
        return this.renderer.renderTemplatesToNodeStream(tpl, ctx);
      }
      _parseAndRender(html, scope, renderOptions) {
        const tpl = this.parse(html);
        return this._render(tpl, scope, renderOptions);
      }
      async parseAndRender(html, scope, renderOptions) {
        return toPromise(this._parseAndRender(html, scope, { ...renderOptions, sync: false }));
      }
      parseAndRenderSync(html, scope, renderOptions) {
        return toValueSync(this._parseAndRender(html, scope, { ...renderOptions, sync: true }));
      }
      _parsePartialFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, exports.LookupType.Partials, currentFile);
      }
      _parseLayoutFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, exports.LookupType.Layouts, currentFile);
      }
      _parseFile(file, sync, lookupType, currentFile) {
        return new Parser(this).parseFile(file, sync, lookupType, currentFile);
      }
      async parseFile(file, lookupType) {
        return toPromise(new Parser(this).parseFile(file, false, lookupType));
      }
      parseFileSync(file, lookupType) {
        return toValueSync(new Parser(this).parseFile(file, true, lookupType));
      }
      *_renderFile(file, ctx, renderFileOptions) {
        const templates2 = yield this._parseFile(file, renderFileOptions.sync, renderFileOptions.lookupType);
        return yield this._render(templates2, ctx, renderFileOptions);
      }
      async renderFile(file, ctx, renderFileOptions) {
        return toPromise(this._renderFile(file, ctx, { ...renderFileOptions, sync: false }));
      }
      renderFileSync(file, ctx, renderFileOptions) {
        return toValueSync(this._renderFile(file, ctx, { ...renderFileOptions, sync: true }));
      }
      async renderFileToNodeStream(file, scope, renderOptions) {
        const templates2 = await this.parseFile(file);
        return this.renderToNodeStream(templates2, scope, renderOptions);
      }
      _evalValue(str, scope) {
        const value = new Value(str, this);
        const ctx = scope instanceof Context2 ? scope : new Context2(scope, this.options, {}, { liquid: this });
        return value.value(ctx);
      }
      async evalValue(str, scope) {
        return toPromise(this._evalValue(str, scope));
      }
      evalValueSync(str, scope) {
        return toValueSync(this._evalValue(str, scope));
      }
      registerFilter(name, filter2) {
        this.filters[name] = filter2;
      }
      unregisterFilter(name) {
        delete this.filters[name];
      }
      registerTag(name, tag) {
        this.tags[name] = isFunction(tag) ? tag : createTagClass(tag);
      }
      plugin(plugin) {
        return plugin.call(this, _Liquid);
      }
      express() {
        const self = this;
        let firstCall = true;
        return function(filePath, ctx, callback) {
          if (firstCall) {
            firstCall = false;
            const dirs = normalizeDirectoryList(this.root);
            self.options.root.unshift(...dirs);
            self.options.layouts.unshift(...dirs);
            self.options.partials.unshift(...dirs);
          }
          self.renderFile(filePath, ctx).then((html) => callback(null, html), callback);
        };
      }
      async analyze(template, options = {}) {
        return analyze(template, options);
      }
      analyzeSync(template, options = {}) {
        return analyzeSync(template, options);
      }
      async parseAndAnalyze(html, filename, options = {}) {
        return analyze(this.parse(html, filename), options);
      }
      parseAndAnalyzeSync(html, filename, options = {}) {
        return analyzeSync(this.parse(html, filename), options);
      }
      /** Return an array of all variables without their properties. */
      async variables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.variables);
      }
      /** Return an array of all variables without their properties. */
      variablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.variables);
      }
      /** Return an array of all variables including their properties/paths. */
      async fullVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
      }
      /** Return an array of all variables including their properties/paths. */
      fullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
      }
      /** Return an array of all variables, each as an array of properties/segments. */
      async variableSegments(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
      }
      /** Return an array of all variables, each as an array of properties/segments. */
      variableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
      }
      /** Return an array of all expected context variables without their properties. */
      async globalVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.globals);
      }
      /** Return an array of all expected context variables without their properties. */
      globalVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.globals);
      }
      /** Return an array of all expected context variables including their properties/paths. */
      async globalFullVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
      }
      /** Return an array of all expected context variables including their properties/paths. */
      globalFullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
      }
      /** Return an array of all expected context variables, each as an array of properties/segments. */
      async globalVariableSegments(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
      }
      /** Return an array of all expected context variables, each as an array of properties/segments. */
      globalVariableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
      }
    };
    var version = "10.30.1";
    exports.AssertionError = AssertionError;
    exports.AssignTag = AssignTag;
    exports.BlockTag = BlockTag;
    exports.BreakTag = BreakTag;
    exports.CaptureTag = CaptureTag2;
    exports.CaseTag = CaseTag;
    exports.CommentTag = CommentTag;
    exports.Context = Context2;
    exports.ContinueTag = ContinueTag;
    exports.CycleTag = CycleTag;
    exports.DecrementTag = DecrementTag;
    exports.Drop = Drop;
    exports.EchoTag = EchoTag;
    exports.Expression = Expression;
    exports.Filter = Filter;
    exports.ForTag = ForTag;
    exports.Hash = Hash;
    exports.IfTag = IfTag;
    exports.IncludeTag = IncludeTag;
    exports.IncrementTag = IncrementTag;
    exports.InlineCommentTag = InlineCommentTag;
    exports.LayoutTag = LayoutTag;
    exports.Liquid = Liquid2;
    exports.LiquidError = LiquidError;
    exports.LiquidTag = LiquidTag;
    exports.Output = Output;
    exports.ParseError = ParseError;
    exports.ParseStream = ParseStream;
    exports.Parser = Parser;
    exports.RawTag = RawTag;
    exports.RenderError = RenderError;
    exports.RenderTag = RenderTag;
    exports.TablerowTag = TablerowTag;
    exports.Tag = Tag;
    exports.TagToken = TagToken;
    exports.Token = Token;
    exports.TokenizationError = TokenizationError;
    exports.Tokenizer = Tokenizer;
    exports.TypeGuards = typeGuards;
    exports.UndefinedVariableError = UndefinedVariableError;
    exports.UnlessTag = UnlessTag;
    exports.Value = Value;
    exports.Variable = Variable;
    exports.analyze = analyze;
    exports.analyzeSync = analyzeSync;
    exports.assert = assert;
    exports.createTrie = createTrie;
    exports.defaultOperators = defaultOperators;
    exports.defaultOptions = defaultOptions;
    exports.evalQuotedToken = evalQuotedToken;
    exports.evalToken = evalToken;
    exports.evalTokenValue = evalTokenValue;
    exports.filters = filters;
    exports.isFalsy = isFalsy;
    exports.isTruthy = isTruthy;
    exports.tags = tags;
    exports.toPromise = toPromise;
    exports.toValue = toValue;
    exports.toValueSync = toValueSync;
    exports.version = version;
  }
});

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
      const items2 = (Array.isArray(value) ? value : [value]).filter((item) => picked(item, step));
      if (items2.length === 0) return void 0;
      value = items2.length === 1 ? items2[0] : items2;
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
function readInItems(items2, path) {
  return throughItems(items2, stepsOf(path), 0);
}
function throughItems(items2, steps, from) {
  const found = [];
  for (const item of items2) {
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
var FLAG_WORDS = [
  ["true", "false"],
  ["yes", "no"],
  ["y", "n"],
  ["on", "off"],
  ["1", "0"],
  // Airtable exports a checkbox as `checked` (an unchecked one as a blank cell).
  ["checked", "unchecked"],
  // Excel's TRUE and FALSE in German and French.
  ["wahr", "falsch"],
  ["vrai", "faux"]
];
var FLAG_WORDS_TEXT = FLAG_WORDS.map((pair) => pair.join("/")).join(", ");
var TRUE_WORDS = new Set(FLAG_WORDS.map(([word]) => word));
var FALSE_WORDS = new Set(FLAG_WORDS.map(([, word]) => word));
function pairedWord(word, value) {
  const pair = FLAG_WORDS.find((words) => words.includes(word.toLowerCase()));
  const paired = pair ? pair[value ? 0 : 1] : String(value);
  if (word === word.toUpperCase() && word !== word.toLowerCase()) return paired.toUpperCase();
  if (word[0] !== word[0]?.toLowerCase()) return paired[0].toUpperCase() + paired.slice(1);
  return paired;
}
function isNumeric(value) {
  return typeof value === "number" || typeof value === "string" && NUMERIC.test(value.trim());
}
var NUMERIC = /^-?\d+(?:\.\d+)?$/;

// src/config/selection.ts
var DEFAULT_SELECTION = { dedupe: true };
var DEFAULT_ROW_SHAPE = {
  repeatCompanyWhen: "same-day",
  ageDays: "elapsed",
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
  "company-url",
  "age-days"
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
      ageDays: given["age-days"] ?? "elapsed",
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
var BoundSchema = pipe(
  ScalarSchema,
  check(
    (bound) => typeof bound === "number" || isNumeric(bound) || typeof bound === "string" && timeOf(bound) !== void 0,
    (issue) => {
      const given = JSON.stringify(issue.input);
      const why = LOCALE_DAY.test(String(issue.input)) ? ", a day whose day and month change places from country to country," : ", neither a date nor a number,";
      return `is ${given}${why} so no listing would pass it; write a date as YYYY-MM-DD (2026-12-04), a date-time as 2026-12-04T09:00:00Z, or a number`;
    }
  )
);
var FieldFilterSchema = pipe(
  strictObject(
    {
      field: FieldName,
      equals: optional(ScalarSchema),
      "one-of": optional(array(ScalarSchema, "must be a list")),
      "contains-any": optional(Texts),
      words: optional(boolean("must be true or false")),
      "ends-with": optional(Texts),
      after: optional(BoundSchema),
      before: optional(BoundSchema),
      "ignore-case": optional(boolean("must be true or false"))
    },
    "is not a test; use equals, one-of, contains-any, words, ends-with, after, before or ignore-case"
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
    before: filter.before,
    ...filter["ignore-case"] === void 0 ? {} : { ignoreCase: filter["ignore-case"] }
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
    picklist(
      ["same-day", "same-age", "same-date-text"],
      "must be same-day, same-age or same-date-text"
    )
  ),
  "company-url": optional(
    picklist(["as-given", "fill", "fill-shown"], "must be as-given, fill or fill-shown")
  ),
  "age-days": optional(picklist(["elapsed", "wall-clock"], "must be elapsed or wall-clock"))
});

// src/render/template.ts
var import_liquidjs2 = __toESM(require_liquid_node(), 1);

// src/render/template-filters.ts
var import_liquidjs = __toESM(require_liquid_node(), 1);
var FILTERS = {
  date(value, pattern, zone) {
    const time = whenOf(value);
    if (time === void 0) return "";
    const { timezone: boardZone, locale } = renderingOptions();
    if (zone !== void 0 && !isTimeZone(String(zone)))
      throw new Error(
        `date: "${String(zone)}" is no IANA time zone; write one such as "Asia/Taipei" or "America/New_York"`
      );
    const timezone = zone === void 0 ? boardZone : String(zone);
    if (pattern === void 0) return monthDay(time, timezone, locale);
    return strftime(time, String(pattern), timezone, locale);
  },
  age(value, monthsFrom = DAYS_IN_MONTH) {
    const time = whenOf(value);
    if (time === void 0) return "";
    const { now, ageDays, timezone } = renderingOptions();
    const days = ageInDays(time, now ?? Date.now(), ageDays === "wall-clock" ? timezone : void 0);
    const threshold = monthsFrom === "days" ? Infinity : Number(monthsFrom);
    if (Number.isNaN(threshold))
      throw new Error(`age: "${String(monthsFrom)}" is not a number of days, nor "days"`);
    return days < threshold ? `${days}d` : `${Math.floor(days / DAYS_IN_MONTH)}mo`;
  },
  join(value, separator = " ") {
    return new Markup(
      items(value).map(piece).join(argument(this, 0, separator))
    );
  },
  details(value, limit = 3, noun = "items", separator = "</br>") {
    const list = items(value);
    const joined = list.map(piece).join(argument(this, 2, separator));
    if (list.length <= Number(limit)) return new Markup(joined);
    const summary = `<summary>**${list.length} ${argument(this, 1, noun)}**</summary>`;
    return new Markup(`<details>${summary}${joined}</details>`);
  },
  mark(value, ...args) {
    const marks = markPairs(this, args);
    const given = items(value).map((item) => String(item));
    return new Markup(
      marks.filter(([match]) => given.includes(match)).map(([, mark]) => mark).join("")
    );
  },
  link(value, url) {
    if (isBlank(url)) return new Markup(piece(value));
    return new Markup(`[${piece(value)}](${token(url)})`);
  },
  image_link(url, src, alt = "", width) {
    if (isBlank(url) || webUrl(withoutTokens(String(url))) === void 0) return new Markup("");
    const size = isBlank(width) ? "" : ` width="${attribute(width)}"`;
    const source = isLiteral(this, 0) ? isWebOrRelative(src) ? src : void 0 : webUrl(withoutTokens(String(src ?? "")));
    const image = source === void 0 ? piece(alt) : `<img src="${attribute(source)}"${size} alt="${attribute(alt)}">`;
    return new Markup(`<a href="${token(url)}">${image}</a>`);
  },
  with_query(url, query) {
    if (isBlank(url)) return "";
    const text = String(url);
    const hash = text.indexOf("#");
    const [base, fragment] = hash < 0 ? [text, ""] : [text.slice(0, hash), text.slice(hash)];
    const parameters = String(query ?? "").replace(/^[?&]/, "");
    if (!parameters) return text;
    return `${base}${base.includes("?") ? "&" : "?"}${parameters}${fragment}`;
  },
  // A value is escaped where it lands (Markdown text, an attribute, a url): Liquid's HTML
  // escapes on top would show as text (`AT&amp;T`), so these leave the value's text as it is.
  escape: (value) => escaped(value, "escape"),
  escape_once: (value) => escaped(value, "escape_once"),
  xml_escape: (value) => escaped(value, "xml_escape"),
  untrimmed(value) {
    return value instanceof Markup || value instanceof Untrimmed ? value : new Untrimmed(value);
  },
  label(value) {
    const key = labelKey(String(value ?? "").replace(/_/g, "-"));
    const { labels } = renderingOptions();
    return key ? labels[key] : value;
  }
};
function raw(value) {
  if (value instanceof Escaped) {
    const html = import_liquidjs.filters[value.filter];
    return new Markup(withoutTokens(html.call(this, String(value))));
  }
  return new Markup(withoutTokens(value instanceof Markup ? value.markup : String(value ?? "")));
}
function escaped(value, filter) {
  if (value === null || value === void 0 || value === "" || value instanceof Markup) return value;
  return value instanceof Escaped ? value : new Escaped(value, filter);
}
function templateLabels(labels) {
  const named = { ...labels };
  for (const [key, value] of Object.entries(labels))
    named[key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)] = value;
  return named;
}
var DAYS_IN_MONTH = 30;
function items(value) {
  if (Array.isArray(value)) return value.filter((item) => !isBlank(item));
  return isBlank(value) ? [] : [value];
}
function markPairs(filter, args) {
  const [first] = args;
  if (args.length === 1 && first !== null && typeof first === "object" && !(first instanceof Markup))
    return Object.entries(first).map(([match, mark]) => [match, piece(mark)]);
  const pairs = [];
  for (let index = 0; index + 1 < args.length; index += 2)
    pairs.push([String(args[index]), argument(filter, index + 1, args[index + 1])]);
  return pairs;
}
function argument(filter, position, value) {
  if (value instanceof Markup) return value.markup;
  return isLiteral(filter, position) ? String(value) : token(value);
}
function isLiteral(filter, position) {
  const written = filter.token.args[position];
  return written === void 0 || import_liquidjs.TypeGuards.isQuotedToken(written) || import_liquidjs.TypeGuards.isNumberToken(written) || import_liquidjs.TypeGuards.isLiteralToken(written);
}
function isBlank(value) {
  if (value === null || value === void 0 || value === false) return true;
  if (value instanceof Markup) return value.markup.trim() === "";
  return typeof value === "string" && value.trim() === "";
}
function isWebOrRelative(src) {
  const bare = withoutTokens(String(src ?? "")).replace(/[\0-\x20]/g, "");
  const scheme = SCHEME.exec(bare)?.[0].toLowerCase();
  return scheme === void 0 || scheme === "http:" || scheme === "https:";
}
function attribute(value) {
  return withoutTokens(String(value ?? "")).replace(/[\p{Cc}\s]+/gu, " ").replace(/[&"'<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

// src/render/template.ts
function cellTemplate(source) {
  let parsed3 = templates.get(source);
  if (!parsed3) {
    parsed3 = parse(source);
    templates.set(source, parsed3);
  }
  const { template, inputs, cells } = parsed3;
  return (scope, options, fallback) => {
    const context = new import_liquidjs2.Context(
      scope,
      engine.options,
      { globals: fallback, sync: true },
      { liquid: engine }
    );
    let known = cells.get(options);
    if (!known) cells.set(options, known = new BoundedMap(MAX_KEPT));
    const key = inputs && inputsKey(context, inputs);
    let cell = key === void 0 ? void 0 : known.get(key);
    if (!cell) {
      const rendering = { values: [], untrimmed: /* @__PURE__ */ new Set(), options };
      const markup = within(rendering, () => engine.renderSync(template, context));
      cell = toPhrasing(markup, rendering, options.references);
      if (key !== void 0) known.set(key, cell);
    }
    return cell;
  };
}
function templateReads(source) {
  const { template } = templates.get(source) ?? parse(source);
  return engine.globalVariableSegmentsSync(template).map((path) => path.filter((segment) => typeof segment === "string")).filter((path) => path.length > 0);
}
function templateProblem(source) {
  try {
    cellTemplate(source);
    return void 0;
  } catch (error) {
    return error.message.split("\n")[0];
  }
}
var TemplateError = class extends Error {
};
var ENGINE_OPTIONS = {
  templates: {},
  strictFilters: true,
  ownPropertyOnly: true,
  locale: "en-US"
};
function tokenEngine() {
  const engine3 = new import_liquidjs2.Liquid({
    ...ENGINE_OPTIONS,
    outputEscape: (value) => value instanceof Markup ? value.markup : token(value)
  });
  for (const name of ["escape", "escape_once", "xml_escape"])
    engine3.registerFilter(name, FILTERS[name]);
  engine3.registerFilter("raw", { raw: true, handler: raw });
  for (const name of FILE_TAGS) engine3.registerTag(name, noFiles(name));
  return engine3;
}
var FILE_TAGS = ["include", "render", "layout"];
function noFiles(name) {
  return {
    parse() {
      throw new Error(
        `{% ${name} %} reads another template from a file, and a template here cannot read files: write that text in the template itself (a cell's "cell" or "header", or a zone's template)`
      );
    },
    render() {
    }
  };
}
var engine = tokenEngine();
for (const [name, filter] of Object.entries(import_liquidjs2.filters))
  if (!(name in FILTERS) && name !== "raw") engine.registerFilter(name, keepingMarkup(name, filter));
for (const [name, filter] of Object.entries(FILTERS)) engine.registerFilter(name, filter);
var MarkupCapture = class extends import_liquidjs2.CaptureTag {
  *render(context) {
    yield* super.render(context);
    const scope = context.bottom();
    scope[this.variable] = new Markup(String(scope[this.variable] ?? ""));
  }
};
engine.registerTag("capture", MarkupCapture);
function keepingMarkup(name, filter) {
  const { handler, raw: isRaw } = typeof filter === "function" ? { handler: filter, raw: false } : filter;
  return {
    raw: isRaw,
    handler(value, ...args) {
      const result = handler.call(this, value, ...args);
      const given = [value, ...args];
      if (typeof result === "string" && given.some((each) => each instanceof Markup) && !given.includes(result))
        throw new Error(
          `the "${name}" filter cannot change markup made by link, join, details, mark, image_link or capture: use it on the value before`
        );
      return result;
    }
  };
}
var templates = /* @__PURE__ */ new Map();
function parse(source) {
  let template;
  try {
    template = engine.parse(source);
  } catch (error) {
    throw new TemplateError(error.message);
  }
  const paths = engine.globalVariableSegmentsSync(template);
  const named = paths.every(
    (path) => path.every((segment) => typeof segment === "string" || typeof segment === "number")
  );
  return {
    template,
    ...named ? { inputs: paths } : {},
    cells: /* @__PURE__ */ new WeakMap()
  };
}
var MAX_KEPT = 1e4;
function inputsKey(context, inputs) {
  let key = "";
  for (const path of inputs) {
    const value = valueKey(context.getSync(path));
    if (value === void 0) return void 0;
    key += `${value};`;
  }
  return key;
}
function valueKey(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "object": {
      if (value === null) return "null";
      if (value instanceof WrittenDay) return `W${value.getTime()}`;
      if (value instanceof Date) return `D${value.getTime()}`;
      if (!Array.isArray(value)) return void 0;
      let list = "[";
      for (let index = 0; index < value.length; index++) {
        const item = valueKey(value[index]);
        if (item === void 0) return void 0;
        list += `${item},`;
      }
      return `${list}]`;
    }
    default:
      return void 0;
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
  const parsed3 = columns.map((each, index) => columnSettings(each, index));
  if (!parsed3.some((each) => each.posting)) {
    const posting = parsed3.find((each) => POSTING_URL.test(each.cell));
    if (posting) posting.posting = true;
  }
  return { format, columns: parsed3, ...attributes };
}
function dateColumn(columns) {
  const company = columns.findIndex((each) => !each.posting);
  for (let index = columns.length - 1; index >= 0; index--) {
    const each = columns[index];
    if (index === company || each.posting) continue;
    if (templateReads(each.cell).some(([name]) => name === "posted_at")) return index;
  }
  return -1;
}
function postingColumn(table) {
  return table.columns.findIndex((each) => each.posting);
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
  const header = singleLine(String(given.header ?? "")).trim();
  const where = `column ${index + 1}${header ? ` ("${header}")` : ""}`;
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
  const parsed3 = URL.parse(pattern.replaceAll("*", STAR));
  return parsed3 ? comparable(parsed3.href).replaceAll(STAR, "*") : pattern;
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
function isNoteLabel(label) {
  return NOTE_LABELS.has(foldLabel(label));
}
var NOTE_LABELS = /* @__PURE__ */ new Set(["reason"]);
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

// src/render/counts.ts
var DEFAULT_COUNTS = `{%- for table in tables -%}
**[{{ table.title }}]({{ table.anchor }})** ({{ table.count }})
{%- unless forloop.last %}

{% endunless -%}
{%- endfor -%}`;
function countsBlock(tables, template = DEFAULT_COUNTS) {
  const total = tables.reduce((sum, table) => sum + table.count, 0);
  return countsText(template, total, tables);
}
function countsText(template, total, tables) {
  const rendering = { values: [], untrimmed: /* @__PURE__ */ new Set(), options: OPTIONS };
  const text = within(
    rendering,
    () => engine2.renderSync(parsed2(template), { total, tables })
  );
  return placed(text, rendering.values).replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
}
var OPTIONS = { labels: DEFAULT_LABELS, timezone: "UTC" };
function placed(markdown, values) {
  if (!new RegExp(TOKEN.source).test(markdown)) return markdown;
  const tree = gfmTree(markdown);
  const plain = (value) => value.replace(TOKEN, (_, index) => values[Number(index)] ?? "");
  return markdown.replace(TOKEN, (_, index, offset) => {
    const value = plain(values[Number(index)] ?? "");
    const [node, parent] = landing(tree, offset);
    switch (node.type) {
      case "text": {
        const before = markdown.slice(node.position?.start.offset ?? offset, offset);
        const lineStart = parent?.type === "paragraph" && (before === "" && parent.children[0] === node || /\n[ \t]*$/.test(before));
        return valueText(value, lineStart);
      }
      case "link":
      case "image":
      case "definition":
        return valueDestination(value);
      case "inlineCode":
      case "code":
        return value.replace(/[\r\n]+/g, " ");
      case "html": {
        const escaped2 = escapedAttribute(value.replace(/[\r\n]+/g, " "), false);
        const before = markdown.slice(node.position?.start.offset ?? offset, offset);
        return isInComment(before) ? inComment(escaped2) : escaped2;
      }
      default:
        return valueText(value, false);
    }
  });
}
function landing(tree, offset) {
  let node = tree;
  let parent;
  for (; ; ) {
    const children = "children" in node ? node.children : [];
    const inside = children.find((child) => {
      const { start, end } = child.position ?? {};
      return start?.offset !== void 0 && end?.offset !== void 0 ? start.offset <= offset && offset < end.offset : false;
    });
    if (!inside) return [node, parent];
    parent = node;
    node = inside;
  }
}
function countsProblem(template) {
  try {
    parsed2(template);
    return void 0;
  } catch (error) {
    return error.message.split("\n")[0];
  }
}
var engine2 = tokenEngine();
engine2.registerFilter("thousands", (value, separator = ",") => {
  const number2 = Number(value);
  if (!Number.isInteger(number2)) return value;
  const digits = String(Math.abs(number2)).replace(/\B(?=(\d{3})+$)/g, String(separator));
  return `${number2 < 0 ? "-" : ""}${digits}`;
});
var cache = /* @__PURE__ */ new Map();
function parsed2(template) {
  let found = cache.get(template);
  if (!found) {
    found = engine2.parse(template);
    cache.set(template, found);
  }
  return found;
}

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
function parseSettings(raw2, clock = () => /* @__PURE__ */ new Date()) {
  const run = parseRun(raw2, clock);
  if (!labelsFile(raw2.labels)) parseBoard(raw2);
  return {
    run,
    async resolve(readFile) {
      const labelsFiles = /* @__PURE__ */ new Set();
      const withLabels = (board) => withLabelsFile(board, readFile, labelsFiles);
      const resolved = await resolveBoards(run, raw2, readFile, withLabels);
      checkRunFiles(resolved.run, resolved.boards, [...labelsFiles]);
      return resolved;
    }
  };
}
async function resolveBoards(run, raw2, readFile, withLabels) {
  if (!run.boardsFile) return { run, boards: [parseBoard(await withLabels(raw2))] };
  const text = await readFile(run.boardsFile);
  if (text === void 0)
    throw errors.badBoardsFile(
      run.boardsFile,
      "the file",
      'was not found; check the "config" input'
    );
  const { readBoards } = await import("./boards-2WIL2MRK.js");
  const { inputs, boards, fields } = await readBoards(text, raw2, run.boardsFile, withLabels);
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
async function withLabelsFile(raw2, readFile, read) {
  const path = labelsFile(raw2.labels);
  if (!path) return raw2;
  read.add(path);
  const text = await readFile(path);
  if (text === void 0) {
    const advice = notFoundAdvice(path);
    throw errors.badInput(
      "labels",
      `names the file "${path}", which was not found${advice ? ` (a path relative to the repository root, ${advice})` : ""}`
    );
  }
  return { ...raw2, labels: text };
}
function parseRun(raw2, clock) {
  const read = reader(raw2);
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
    listingsMaxPages: read.integer("listings-max-pages", 1),
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
function feedPath(path) {
  const names = path.split(/[\s;]+/).filter(Boolean);
  if (names.length > 1 && names.filter((name) => /\.(?:json|xml)$/i.test(name)).length > 1)
    throw errors.badInput(
      "feed-path",
      `"${path}" names ${names.length} feeds in one path: separate feed paths with commas, as in "${names.join(",")}"`
    );
  return repositoryPath("feed-path", path);
}
function parseBoard(raw2) {
  const read = reader(raw2);
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
    feedPaths: (parseList(read.string("feed-path")) ?? []).map(feedPath),
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
function parseInitSettings(raw2) {
  const read = reader(raw2);
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
function reader(raw2) {
  const defaults = new Map(INPUTS.map((input2) => [input2.name, input2.default]));
  const value = (name) => {
    const given = raw2[name]?.trim();
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
      const parsed3 = Number(given);
      if (!/^-?\d+$/.test(given) || !Number.isSafeInteger(parsed3) || parsed3 < min)
        throw errors.badInput(name, `must be a whole number of at least ${min}, not "${given}"`);
      if (parsed3 > max) throw errors.badInput(name, `must be at most ${max}, not "${given}"`);
      return parsed3;
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
    const name = canonicalField(canonical, refuse);
    if (fields[name] !== void 0)
      throw refuse(
        `"${name}" is mapped twice ("${name}=${fields[name]}" and "${pair}"): give each field one source, and delete the other pair`
      );
    fields[name] = source;
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
    const text = typeof source === "string" || typeof source === "number" ? String(source) : "";
    if (!text.trim())
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
  const items2 = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  return items2.length ? items2 : void 0;
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
  if (isTimeZone(zone)) return zone;
  throw errors.badInput(
    "timezone",
    `"${zone}" is not an IANA time zone such as UTC or Europe/Berlin`
  );
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
  FLAG_WORDS_TEXT,
  pairedWord,
  isNumeric,
  SELECTION_OPTIONS,
  parseSelection,
  isRecordKey,
  fieldOfLabel,
  isNoteLabel,
  templateLabels,
  cellTemplate,
  templateReads,
  DEFAULT_TABLE,
  dateColumn,
  postingColumn,
  POSTING_URL,
  countsBlock,
  countsText,
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
