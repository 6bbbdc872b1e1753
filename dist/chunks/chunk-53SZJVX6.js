import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  averageSalaryK,
  loadListings,
  readPath
} from "./chunk-4VYEASBC.js";
import {
  find,
  fromHtml,
  html as html2,
  stringify,
  stringify2,
  svg
} from "./chunk-53AGPAEB.js";
import {
  countsBlock
} from "./chunk-3BHI2GKX.js";
import {
  DEFAULT_TABLE,
  cellTemplate,
  postingColumn,
  templateLabels
} from "./chunk-QAYKLCCK.js";
import {
  LINE_ENDING,
  escapeRegExp,
  findZones,
  lib_default,
  openingsZone
} from "./chunk-M5ESRAMY.js";
import {
  asciiAlphanumeric,
  ccount,
  decodeNamedCharacterReference,
  ok,
  visit
} from "./chunk-EAUSCLQE.js";
import {
  isHttpUrl,
  normalizeUrl,
  withUtm
} from "./chunk-4SMVCH2B.js";
import {
  repositoryPath
} from "./chunk-KQKJTDSH.js";
import {
  WORK_TYPES,
  monthDay,
  timestamp,
  workTypeLabel
} from "./chunk-LUBWTARC.js";
import {
  errors
} from "./chunk-OSZOGNS6.js";
import {
  tableLines,
  toMarkdown
} from "./chunk-IKPEZNDG.js";
import {
  emphasis,
  hardBreak,
  html,
  literalText,
  paragraph,
  singleLine,
  strong,
  tableRow,
  text
} from "./chunk-H54AGVSF.js";

// src/fold.ts
function foldText(text4) {
  const compatible = ASCII.test(text4) ? text4 : text4.normalize("NFKC");
  return compatible.trim().replace(/\s+/g, " ").toLowerCase();
}
var ASCII = /^[\x00-\x7F]*$/;

// src/stats/stats.ts
function salaryText(avgSalaryK, none = "n/a") {
  return avgSalaryK === null ? none : `${avgSalaryK}k`;
}
function computeStats(rows, options) {
  return {
    jobs: rows.length,
    remotePercent: remotePercent(rows),
    companies: new Set(rows.map((row) => foldText(row.company))).size,
    avgSalaryK: averageSalaryK(rows, options.salaryCurrency),
    skills: trendingSkills(rows, options.skillsCount)
  };
}
function remotePercent(rows) {
  if (!rows.length) return 0;
  const remote = rows.filter((row) => row.workType === "remote").length;
  return Math.round(100 * remote / rows.length);
}
function trendingSkills(rows, count) {
  const rowsBySkill = /* @__PURE__ */ new Map();
  for (const row of rows)
    for (const skill of new Set(row.skills.map((skill2) => skill2.toLowerCase())))
      rowsBySkill.set(skill, (rowsBySkill.get(skill) ?? 0) + 1);
  return [...rowsBySkill].sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, count).map(([skill]) => skill);
}

// node_modules/micromark-util-sanitize-uri/index.js
function normalizeUri(value) {
  const result = [];
  let index = -1;
  let start = 0;
  let skip = 0;
  while (++index < value.length) {
    const code2 = value.charCodeAt(index);
    let replace = "";
    if (code2 === 37 && asciiAlphanumeric(value.charCodeAt(index + 1)) && asciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code2 < 128) {
      if (!/[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(code2))) {
        replace = String.fromCharCode(code2);
      }
    } else if (code2 > 55295 && code2 < 57344) {
      const next = value.charCodeAt(index + 1);
      if (code2 < 56320 && next > 56319 && next < 57344) {
        replace = String.fromCharCode(code2, next);
        skip = 1;
      } else {
        replace = "\uFFFD";
      }
    } else {
      replace = String.fromCharCode(code2);
    }
    if (replace) {
      result.push(value.slice(start, index), encodeURIComponent(replace));
      start = index + skip + 1;
      replace = "";
    }
    if (skip) {
      index += skip;
      skip = 0;
    }
  }
  return result.join("") + value.slice(start);
}

// node_modules/zwitch/index.js
var own = {}.hasOwnProperty;
function zwitch(key2, options) {
  const settings = options || {};
  function one2(value, ...parameters) {
    let fn = one2.invalid;
    const handlers2 = one2.handlers;
    if (value && own.call(value, key2)) {
      const id = String(value[key2]);
      fn = own.call(handlers2, id) ? handlers2[id] : one2.unknown;
    }
    if (fn) {
      return fn.call(this, value, ...parameters);
    }
  }
  one2.handlers = settings.handlers || {};
  one2.invalid = settings.invalid;
  one2.unknown = settings.unknown;
  return one2;
}

// src/render/columns.ts
function tableColumns(settings) {
  let columns = made.get(settings);
  if (!columns) {
    columns = settings.map(templateColumn);
    made.set(settings, columns);
  }
  return columns;
}
function listingScope(listing, options) {
  return {
    ...listing.record,
    record: listing.record,
    id: listing.id,
    company: shown(listing.company),
    company_url: listing.companyUrl,
    title: shown(listing.title),
    url: withUtm(listing.url, options.utm),
    url_raw: listing.url,
    location: shown(listing.location),
    locations: locationList(listing),
    work_type: listing.workType,
    posted_at: new Date(listing.postedAt),
    salary: listing.salary,
    skills: listing.skills,
    categories: listing.categories,
    active: listing.active,
    labels: labelsScope(options)
  };
}
var made = /* @__PURE__ */ new WeakMap();
function templateColumn(settings) {
  const header = cellTemplate(settings.header);
  const cell = cellTemplate(settings.cell);
  return {
    header: (options) => header({ labels: labelsScope(options) }, options),
    align: settings.align,
    delimiter: settings.delimiter,
    ...settings.posting ? { postingLink: true } : {},
    cell: (listing, options) => cell(scopeOf(listing, options), options)
  };
}
var lastScope;
function scopeOf(listing, options) {
  if (lastScope?.listing !== listing || lastScope.options !== options)
    lastScope = { listing, options, scope: listingScope(listing, options) };
  return lastScope.scope;
}
var labelScopes = /* @__PURE__ */ new WeakMap();
function labelsScope({ labels }) {
  let scope = labelScopes.get(labels);
  if (!scope) {
    scope = templateLabels(labels);
    labelScopes.set(labels, scope);
  }
  return scope;
}
function locationList(listing) {
  const own5 = listing.record.locations;
  const parts = listing.location === "" && Array.isArray(own5) ? own5.map(String) : listing.location.split("; ");
  return parts.map(shown).filter(Boolean);
}
function shown(value) {
  return singleLine(value).trim();
}

// node_modules/html-void-elements/index.js
var htmlVoidElements = [
  "area",
  "base",
  "basefont",
  "bgsound",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "image",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
];

// node_modules/stringify-entities/lib/core.js
var defaultSubsetRegex = /["&'<>`]/g;
var surrogatePairsRegex = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
var controlCharactersRegex = (
  // eslint-disable-next-line no-control-regex, regexp/hexadecimal-escape, regexp/no-control-character, regexp/no-obscure-range -- matching control characters is the point.
  /[\x01-\t\v\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g
);
var regexEscapeRegex = /[|\\{}()[\]^$+*?.]/g;
var subsetToRegexCache = /* @__PURE__ */ new WeakMap();
function core(value, options) {
  value = value.replace(
    options.subset ? charactersToExpressionCached(options.subset) : defaultSubsetRegex,
    basic
  );
  if (options.subset || options.escapeOnly) {
    return value;
  }
  return value.replace(surrogatePairsRegex, surrogate).replace(controlCharactersRegex, basic);
  function surrogate(pair, index, all2) {
    return options.format(
      (pair.charCodeAt(0) - 55296) * 1024 + pair.charCodeAt(1) - 56320 + 65536,
      all2.charCodeAt(index + 2),
      options
    );
  }
  function basic(character, index, all2) {
    return options.format(
      character.charCodeAt(0),
      all2.charCodeAt(index + 1),
      options
    );
  }
}
function charactersToExpressionCached(subset) {
  let cached = subsetToRegexCache.get(subset);
  if (!cached) {
    cached = charactersToExpression(subset);
    subsetToRegexCache.set(subset, cached);
  }
  return cached;
}
function charactersToExpression(subset) {
  const groups = [];
  let index = -1;
  while (++index < subset.length) {
    groups.push(subset[index].replace(regexEscapeRegex, "\\$&"));
  }
  return new RegExp("(?:" + groups.join("|") + ")", "g");
}

// node_modules/stringify-entities/lib/util/to-hexadecimal.js
var hexadecimalRegex = /[\dA-Fa-f]/;
function toHexadecimal(code2, next, omit) {
  const value = "&#x" + code2.toString(16).toUpperCase();
  return omit && next && !hexadecimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/stringify-entities/lib/util/to-decimal.js
var decimalRegex = /\d/;
function toDecimal(code2, next, omit) {
  const value = "&#" + String(code2);
  return omit && next && !decimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/character-entities-legacy/index.js
var characterEntitiesLegacy = [
  "AElig",
  "AMP",
  "Aacute",
  "Acirc",
  "Agrave",
  "Aring",
  "Atilde",
  "Auml",
  "COPY",
  "Ccedil",
  "ETH",
  "Eacute",
  "Ecirc",
  "Egrave",
  "Euml",
  "GT",
  "Iacute",
  "Icirc",
  "Igrave",
  "Iuml",
  "LT",
  "Ntilde",
  "Oacute",
  "Ocirc",
  "Ograve",
  "Oslash",
  "Otilde",
  "Ouml",
  "QUOT",
  "REG",
  "THORN",
  "Uacute",
  "Ucirc",
  "Ugrave",
  "Uuml",
  "Yacute",
  "aacute",
  "acirc",
  "acute",
  "aelig",
  "agrave",
  "amp",
  "aring",
  "atilde",
  "auml",
  "brvbar",
  "ccedil",
  "cedil",
  "cent",
  "copy",
  "curren",
  "deg",
  "divide",
  "eacute",
  "ecirc",
  "egrave",
  "eth",
  "euml",
  "frac12",
  "frac14",
  "frac34",
  "gt",
  "iacute",
  "icirc",
  "iexcl",
  "igrave",
  "iquest",
  "iuml",
  "laquo",
  "lt",
  "macr",
  "micro",
  "middot",
  "nbsp",
  "not",
  "ntilde",
  "oacute",
  "ocirc",
  "ograve",
  "ordf",
  "ordm",
  "oslash",
  "otilde",
  "ouml",
  "para",
  "plusmn",
  "pound",
  "quot",
  "raquo",
  "reg",
  "sect",
  "shy",
  "sup1",
  "sup2",
  "sup3",
  "szlig",
  "thorn",
  "times",
  "uacute",
  "ucirc",
  "ugrave",
  "uml",
  "uuml",
  "yacute",
  "yen",
  "yuml"
];

// node_modules/character-entities-html4/index.js
var characterEntitiesHtml4 = {
  nbsp: "\xA0",
  iexcl: "\xA1",
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  brvbar: "\xA6",
  sect: "\xA7",
  uml: "\xA8",
  copy: "\xA9",
  ordf: "\xAA",
  laquo: "\xAB",
  not: "\xAC",
  shy: "\xAD",
  reg: "\xAE",
  macr: "\xAF",
  deg: "\xB0",
  plusmn: "\xB1",
  sup2: "\xB2",
  sup3: "\xB3",
  acute: "\xB4",
  micro: "\xB5",
  para: "\xB6",
  middot: "\xB7",
  cedil: "\xB8",
  sup1: "\xB9",
  ordm: "\xBA",
  raquo: "\xBB",
  frac14: "\xBC",
  frac12: "\xBD",
  frac34: "\xBE",
  iquest: "\xBF",
  Agrave: "\xC0",
  Aacute: "\xC1",
  Acirc: "\xC2",
  Atilde: "\xC3",
  Auml: "\xC4",
  Aring: "\xC5",
  AElig: "\xC6",
  Ccedil: "\xC7",
  Egrave: "\xC8",
  Eacute: "\xC9",
  Ecirc: "\xCA",
  Euml: "\xCB",
  Igrave: "\xCC",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Iuml: "\xCF",
  ETH: "\xD0",
  Ntilde: "\xD1",
  Ograve: "\xD2",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Otilde: "\xD5",
  Ouml: "\xD6",
  times: "\xD7",
  Oslash: "\xD8",
  Ugrave: "\xD9",
  Uacute: "\xDA",
  Ucirc: "\xDB",
  Uuml: "\xDC",
  Yacute: "\xDD",
  THORN: "\xDE",
  szlig: "\xDF",
  agrave: "\xE0",
  aacute: "\xE1",
  acirc: "\xE2",
  atilde: "\xE3",
  auml: "\xE4",
  aring: "\xE5",
  aelig: "\xE6",
  ccedil: "\xE7",
  egrave: "\xE8",
  eacute: "\xE9",
  ecirc: "\xEA",
  euml: "\xEB",
  igrave: "\xEC",
  iacute: "\xED",
  icirc: "\xEE",
  iuml: "\xEF",
  eth: "\xF0",
  ntilde: "\xF1",
  ograve: "\xF2",
  oacute: "\xF3",
  ocirc: "\xF4",
  otilde: "\xF5",
  ouml: "\xF6",
  divide: "\xF7",
  oslash: "\xF8",
  ugrave: "\xF9",
  uacute: "\xFA",
  ucirc: "\xFB",
  uuml: "\xFC",
  yacute: "\xFD",
  thorn: "\xFE",
  yuml: "\xFF",
  fnof: "\u0192",
  Alpha: "\u0391",
  Beta: "\u0392",
  Gamma: "\u0393",
  Delta: "\u0394",
  Epsilon: "\u0395",
  Zeta: "\u0396",
  Eta: "\u0397",
  Theta: "\u0398",
  Iota: "\u0399",
  Kappa: "\u039A",
  Lambda: "\u039B",
  Mu: "\u039C",
  Nu: "\u039D",
  Xi: "\u039E",
  Omicron: "\u039F",
  Pi: "\u03A0",
  Rho: "\u03A1",
  Sigma: "\u03A3",
  Tau: "\u03A4",
  Upsilon: "\u03A5",
  Phi: "\u03A6",
  Chi: "\u03A7",
  Psi: "\u03A8",
  Omega: "\u03A9",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  epsilon: "\u03B5",
  zeta: "\u03B6",
  eta: "\u03B7",
  theta: "\u03B8",
  iota: "\u03B9",
  kappa: "\u03BA",
  lambda: "\u03BB",
  mu: "\u03BC",
  nu: "\u03BD",
  xi: "\u03BE",
  omicron: "\u03BF",
  pi: "\u03C0",
  rho: "\u03C1",
  sigmaf: "\u03C2",
  sigma: "\u03C3",
  tau: "\u03C4",
  upsilon: "\u03C5",
  phi: "\u03C6",
  chi: "\u03C7",
  psi: "\u03C8",
  omega: "\u03C9",
  thetasym: "\u03D1",
  upsih: "\u03D2",
  piv: "\u03D6",
  bull: "\u2022",
  hellip: "\u2026",
  prime: "\u2032",
  Prime: "\u2033",
  oline: "\u203E",
  frasl: "\u2044",
  weierp: "\u2118",
  image: "\u2111",
  real: "\u211C",
  trade: "\u2122",
  alefsym: "\u2135",
  larr: "\u2190",
  uarr: "\u2191",
  rarr: "\u2192",
  darr: "\u2193",
  harr: "\u2194",
  crarr: "\u21B5",
  lArr: "\u21D0",
  uArr: "\u21D1",
  rArr: "\u21D2",
  dArr: "\u21D3",
  hArr: "\u21D4",
  forall: "\u2200",
  part: "\u2202",
  exist: "\u2203",
  empty: "\u2205",
  nabla: "\u2207",
  isin: "\u2208",
  notin: "\u2209",
  ni: "\u220B",
  prod: "\u220F",
  sum: "\u2211",
  minus: "\u2212",
  lowast: "\u2217",
  radic: "\u221A",
  prop: "\u221D",
  infin: "\u221E",
  ang: "\u2220",
  and: "\u2227",
  or: "\u2228",
  cap: "\u2229",
  cup: "\u222A",
  int: "\u222B",
  there4: "\u2234",
  sim: "\u223C",
  cong: "\u2245",
  asymp: "\u2248",
  ne: "\u2260",
  equiv: "\u2261",
  le: "\u2264",
  ge: "\u2265",
  sub: "\u2282",
  sup: "\u2283",
  nsub: "\u2284",
  sube: "\u2286",
  supe: "\u2287",
  oplus: "\u2295",
  otimes: "\u2297",
  perp: "\u22A5",
  sdot: "\u22C5",
  lceil: "\u2308",
  rceil: "\u2309",
  lfloor: "\u230A",
  rfloor: "\u230B",
  lang: "\u2329",
  rang: "\u232A",
  loz: "\u25CA",
  spades: "\u2660",
  clubs: "\u2663",
  hearts: "\u2665",
  diams: "\u2666",
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  OElig: "\u0152",
  oelig: "\u0153",
  Scaron: "\u0160",
  scaron: "\u0161",
  Yuml: "\u0178",
  circ: "\u02C6",
  tilde: "\u02DC",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  lrm: "\u200E",
  rlm: "\u200F",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  dagger: "\u2020",
  Dagger: "\u2021",
  permil: "\u2030",
  lsaquo: "\u2039",
  rsaquo: "\u203A",
  euro: "\u20AC"
};

// node_modules/stringify-entities/lib/constant/dangerous.js
var dangerous = [
  "cent",
  "copy",
  "divide",
  "gt",
  "lt",
  "not",
  "para",
  "times"
];

// node_modules/stringify-entities/lib/util/to-named.js
var own2 = {}.hasOwnProperty;
var characters = {};
var key;
for (key in characterEntitiesHtml4) {
  if (own2.call(characterEntitiesHtml4, key)) {
    characters[characterEntitiesHtml4[key]] = key;
  }
}
var notAlphanumericRegex = /[^\dA-Za-z]/;
function toNamed(code2, next, omit, attribute) {
  const character = String.fromCharCode(code2);
  if (own2.call(characters, character)) {
    const name = characters[character];
    const value = "&" + name;
    if (omit && characterEntitiesLegacy.includes(name) && !dangerous.includes(name) && (!attribute || next && next !== 61 && notAlphanumericRegex.test(String.fromCharCode(next)))) {
      return value;
    }
    return value + ";";
  }
  return "";
}

// node_modules/stringify-entities/lib/util/format-smart.js
function formatSmart(code2, next, options) {
  const omit = options.omitOptionalSemicolons && next !== 59;
  let numeric = toHexadecimal(code2, next, omit);
  let named;
  if (options.useNamedReferences || options.useShortestReferences) {
    named = toNamed(code2, next, omit, options.attribute);
  }
  if ((options.useShortestReferences || !named) && options.useShortestReferences) {
    const decimal = toDecimal(code2, next, omit);
    if (decimal.length < numeric.length) {
      numeric = decimal;
    }
  }
  return named && (!options.useShortestReferences || named.length < numeric.length) ? named : numeric;
}

// node_modules/stringify-entities/lib/index.js
function stringifyEntities(value, options) {
  return core(value, Object.assign({ format: formatSmart }, options));
}

// node_modules/hast-util-to-html/lib/handle/comment.js
var htmlCommentRegex = /^>|^->|<!--|-->|--!>|<!-$/g;
var bogusCommentEntitySubset = [">"];
var commentEntitySubset = ["<", ">"];
function comment(node, _1, _2, state) {
  return state.settings.bogusComments ? "<?" + stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: bogusCommentEntitySubset
    })
  ) + ">" : "<!--" + node.value.replace(htmlCommentRegex, encode) + "-->";
  function encode($0) {
    return stringifyEntities(
      $0,
      Object.assign({}, state.settings.characterReferences, {
        subset: commentEntitySubset
      })
    );
  }
}

// node_modules/hast-util-to-html/lib/handle/doctype.js
function doctype(_1, _2, _3, state) {
  return "<!" + (state.settings.upperDoctype ? "DOCTYPE" : "doctype") + (state.settings.tightDoctype ? "" : " ") + "html>";
}

// node_modules/hast-util-whitespace/lib/index.js
var re = /[ \t\n\f\r]/g;
function whitespace(thing) {
  return typeof thing === "object" ? thing.type === "text" ? empty(thing.value) : false : empty(thing);
}
function empty(value) {
  return value.replace(re, "") === "";
}

// node_modules/hast-util-to-html/lib/omission/util/siblings.js
var siblingAfter = siblings(1);
var siblingBefore = siblings(-1);
var emptyChildren = [];
function siblings(increment) {
  return sibling;
  function sibling(parent, index, includeWhitespace) {
    const siblings2 = parent ? parent.children : emptyChildren;
    let offset = (index || 0) + increment;
    let next = siblings2[offset];
    if (!includeWhitespace) {
      while (next && whitespace(next)) {
        offset += increment;
        next = siblings2[offset];
      }
    }
    return next;
  }
}

// node_modules/hast-util-to-html/lib/omission/omission.js
var own3 = {}.hasOwnProperty;
function omission(handlers2) {
  return omit;
  function omit(node, index, parent) {
    return own3.call(handlers2, node.tagName) && handlers2[node.tagName](node, index, parent);
  }
}

// node_modules/hast-util-to-html/lib/omission/closing.js
var closing = omission({
  body,
  caption: headOrColgroupOrCaption,
  colgroup: headOrColgroupOrCaption,
  dd,
  dt,
  head: headOrColgroupOrCaption,
  html: html3,
  li,
  optgroup,
  option,
  p,
  rp: rubyElement,
  rt: rubyElement,
  tbody,
  td: cells,
  tfoot,
  th: cells,
  thead,
  tr
});
function headOrColgroupOrCaption(_, index, parent) {
  const next = siblingAfter(parent, index, true);
  return !next || next.type !== "comment" && !(next.type === "text" && whitespace(next.value.charAt(0)));
}
function html3(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function body(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function p(_, index, parent) {
  const next = siblingAfter(parent, index);
  return next ? next.type === "element" && (next.tagName === "address" || next.tagName === "article" || next.tagName === "aside" || next.tagName === "blockquote" || next.tagName === "details" || next.tagName === "div" || next.tagName === "dl" || next.tagName === "fieldset" || next.tagName === "figcaption" || next.tagName === "figure" || next.tagName === "footer" || next.tagName === "form" || next.tagName === "h1" || next.tagName === "h2" || next.tagName === "h3" || next.tagName === "h4" || next.tagName === "h5" || next.tagName === "h6" || next.tagName === "header" || next.tagName === "hgroup" || next.tagName === "hr" || next.tagName === "main" || next.tagName === "menu" || next.tagName === "nav" || next.tagName === "ol" || next.tagName === "p" || next.tagName === "pre" || next.tagName === "section" || next.tagName === "table" || next.tagName === "ul") : !parent || // Confusing parent.
  !(parent.type === "element" && (parent.tagName === "a" || parent.tagName === "audio" || parent.tagName === "del" || parent.tagName === "ins" || parent.tagName === "map" || parent.tagName === "noscript" || parent.tagName === "video" || // Custom element.
  parent.tagName.includes("-")));
}
function li(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "li";
}
function dt(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "dt" || next.tagName === "dd")
  );
}
function dd(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "dt" || next.tagName === "dd");
}
function rubyElement(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "rp" || next.tagName === "rt");
}
function optgroup(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "optgroup";
}
function option(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "option" || next.tagName === "optgroup");
}
function thead(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot")
  );
}
function tbody(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot");
}
function tfoot(_, index, parent) {
  return !siblingAfter(parent, index);
}
function tr(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "tr";
}
function cells(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "td" || next.tagName === "th");
}

// node_modules/hast-util-to-html/lib/omission/opening.js
var opening = omission({
  body: body2,
  colgroup,
  head,
  html: html4,
  tbody: tbody2
});
function html4(node) {
  const head2 = siblingAfter(node, -1);
  return !head2 || head2.type !== "comment";
}
function head(node) {
  const seen = /* @__PURE__ */ new Set();
  for (const child2 of node.children) {
    if (child2.type === "element" && (child2.tagName === "base" || child2.tagName === "title")) {
      if (seen.has(child2.tagName)) return false;
      seen.add(child2.tagName);
    }
  }
  const child = node.children[0];
  return !child || child.type === "element";
}
function body2(node) {
  const head2 = siblingAfter(node, -1, true);
  return !head2 || head2.type !== "comment" && !(head2.type === "text" && whitespace(head2.value.charAt(0))) && !(head2.type === "element" && (head2.tagName === "meta" || head2.tagName === "link" || head2.tagName === "script" || head2.tagName === "style" || head2.tagName === "template"));
}
function colgroup(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && previous.tagName === "colgroup" && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1, true);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "col");
}
function tbody2(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && (previous.tagName === "thead" || previous.tagName === "tbody") && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "tr");
}

// node_modules/hast-util-to-html/lib/handle/element.js
var constants = {
  // See: <https://html.spec.whatwg.org/#attribute-name-state>.
  name: [
    ["	\n\f\r &/=>".split(""), "	\n\f\r \"&'/=>`".split("")],
    [`\0	
\f\r "&'/<=>`.split(""), "\0	\n\f\r \"&'/<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(unquoted)-state>.
  unquoted: [
    ["	\n\f\r &>".split(""), "\0	\n\f\r \"&'<=>`".split("")],
    ["\0	\n\f\r \"&'<=>`".split(""), "\0	\n\f\r \"&'<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(single-quoted)-state>.
  single: [
    ["&'".split(""), "\"&'`".split("")],
    ["\0&'".split(""), "\0\"&'`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(double-quoted)-state>.
  double: [
    ['"&'.split(""), "\"&'`".split("")],
    ['\0"&'.split(""), "\0\"&'`".split("")]
  ]
};
var htmlIntegrationPoints = /* @__PURE__ */ new Set(["desc", "foreignObject", "title"]);
function element(node, index, parent, state) {
  const { schema } = state;
  const omit = schema.space === "svg" ? false : state.settings.omitOptionalTags;
  let selfClosing = schema.space === "svg" ? state.settings.closeEmptyElements : state.settings.voids.includes(node.tagName.toLowerCase());
  const parts = [];
  if (schema.space === "html" && node.tagName === "svg") {
    state.schema = svg;
  }
  const attributes = serializeAttributes(state, node.properties);
  if (state.schema.space === "svg" && htmlIntegrationPoints.has(node.tagName)) {
    state.schema = html2;
  }
  const content = state.all(
    schema.space === "html" && node.tagName === "template" ? node.content : node
  );
  state.schema = schema;
  if (content) selfClosing = false;
  if (attributes || !omit || !opening(node, index, parent)) {
    parts.push("<", node.tagName, attributes ? " " + attributes : "");
    if (selfClosing && (schema.space === "svg" || state.settings.closeSelfClosing)) {
      const last = attributes.charAt(attributes.length - 1);
      if (!state.settings.tightSelfClosing || last === "/" || last && last !== '"' && last !== "'") {
        parts.push(" ");
      }
      parts.push("/");
    }
    parts.push(">");
  }
  parts.push(content);
  if (!selfClosing && (!omit || !closing(node, index, parent))) {
    parts.push("</" + node.tagName + ">");
  }
  return parts.join("");
}
function serializeAttributes(state, properties) {
  const values = [];
  let index = -1;
  let key2;
  if (properties) {
    for (key2 in properties) {
      if (properties[key2] !== null && properties[key2] !== void 0) {
        const value = serializeAttribute(state, key2, properties[key2]);
        if (value) values.push(value);
      }
    }
  }
  while (++index < values.length) {
    const last = state.settings.tightAttributes ? values[index].charAt(values[index].length - 1) : void 0;
    if (index !== values.length - 1 && last !== '"' && last !== "'") {
      values[index] += " ";
    }
  }
  return values.join("");
}
function serializeAttribute(state, key2, value) {
  const info = find(state.schema, key2);
  const x = state.settings.allowParseErrors && state.schema.space === "html" ? 0 : 1;
  const y = state.settings.allowDangerousCharacters ? 0 : 1;
  if (info.overloadedBoolean && (value === info.attribute || value === "")) {
    value = true;
  } else if ((info.boolean || info.overloadedBoolean) && (typeof value !== "string" || value === info.attribute || value === "")) {
    value = Boolean(value);
  }
  if (value === null || value === void 0 || value === false || typeof value === "number" && Number.isNaN(value)) {
    return "";
  }
  const name = stringifyEntities(
    info.attribute,
    Object.assign({}, state.settings.characterReferences, {
      // Always encode without parse errors in non-HTML.
      subset: constants.name[x][y]
    })
  );
  if (value === true) return name;
  value = Array.isArray(value) ? (info.commaSeparated ? stringify : stringify2)(value, {
    padLeft: !state.settings.tightCommaSeparatedLists
  }) : String(value);
  if (state.settings.collapseEmptyAttributes && !value) return name;
  let result;
  if (state.settings.preferUnquoted) {
    result = stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        attribute: true,
        subset: constants.unquoted[x][y]
      })
    );
  }
  if (result !== value) {
    let { quote } = state;
    if (state.settings.quoteSmart && ccount(value, quote) > ccount(value, state.alternative)) {
      quote = state.alternative;
    }
    result = quote + stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        // Always encode without parse errors in non-HTML.
        subset: (quote === "'" ? constants.single : constants.double)[x][y],
        attribute: true
      })
    ) + quote;
  }
  return name + (result ? "=" + result : result);
}

// node_modules/hast-util-to-html/lib/handle/text.js
var textEntitySubset = ["<", "&"];
var raw = /* @__PURE__ */ new Set([
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
  "script",
  "style",
  "xmp"
]);
function text2(node, _, parent, state) {
  return parent && parent.type === "element" && state.schema.space === "html" && raw.has(parent.tagName) ? node.value : stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: textEntitySubset
    })
  );
}

// node_modules/hast-util-to-html/lib/handle/raw.js
function raw2(node, index, parent, state) {
  return state.settings.allowDangerousHtml ? node.value : text2(node, index, parent, state);
}

// node_modules/hast-util-to-html/lib/handle/root.js
function root(node, _1, _2, state) {
  return state.all(node);
}

// node_modules/hast-util-to-html/lib/handle/index.js
var handle = zwitch("type", {
  invalid,
  unknown,
  handlers: { comment, doctype, element, raw: raw2, root, text: text2 }
});
function invalid(node) {
  throw new Error("Expected node, not `" + node + "`");
}
function unknown(node_) {
  const node = (
    /** @type {Nodes} */
    node_
  );
  throw new Error("Cannot compile unknown node `" + node.type + "`");
}

// node_modules/hast-util-to-html/lib/index.js
var emptyOptions = {};
var emptyCharacterReferences = {};
var emptyChildren2 = [];
function toHtml(tree, options) {
  const options_ = options || emptyOptions;
  const quote = options_.quote || '"';
  if (quote !== '"' && quote !== "'") {
    throw new Error("Invalid quote `" + quote + "`, expected `'` or `\"`");
  }
  const alternative = quote === '"' ? "'" : '"';
  const state = {
    one,
    all,
    settings: {
      omitOptionalTags: options_.omitOptionalTags || false,
      allowParseErrors: options_.allowParseErrors || false,
      allowDangerousCharacters: options_.allowDangerousCharacters || false,
      quoteSmart: options_.quoteSmart || false,
      preferUnquoted: options_.preferUnquoted || false,
      tightAttributes: options_.tightAttributes || false,
      upperDoctype: options_.upperDoctype || false,
      tightDoctype: options_.tightDoctype || false,
      bogusComments: options_.bogusComments || false,
      tightCommaSeparatedLists: options_.tightCommaSeparatedLists || false,
      tightSelfClosing: options_.tightSelfClosing || false,
      collapseEmptyAttributes: options_.collapseEmptyAttributes || false,
      allowDangerousHtml: options_.allowDangerousHtml || false,
      voids: options_.voids || htmlVoidElements,
      characterReferences: options_.characterReferences || emptyCharacterReferences,
      closeSelfClosing: options_.closeSelfClosing || false,
      closeEmptyElements: options_.closeEmptyElements || false
    },
    schema: options_.space === "svg" ? svg : html2,
    quote,
    alternative
  };
  return state.one(
    Array.isArray(tree) ? { type: "root", children: tree } : tree,
    void 0,
    void 0
  );
}
function one(node, index, parent) {
  return handle(node, index, parent, this);
}
function all(parent) {
  const results = [];
  const children = parent && parent.children || emptyChildren2;
  let index = -1;
  while (++index < children.length) {
    results[index] = this.one(children[index], index, parent);
  }
  return results.join("");
}

// node_modules/mdast-util-to-hast/lib/handlers/blockquote.js
function blockquote(state, node) {
  const result = {
    type: "element",
    tagName: "blockquote",
    properties: {},
    children: state.wrap(state.all(node), true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/break.js
function hardBreak2(state, node) {
  const result = { type: "element", tagName: "br", properties: {}, children: [] };
  state.patch(node, result);
  return [state.applyData(node, result), { type: "text", value: "\n" }];
}

// node_modules/mdast-util-to-hast/lib/handlers/code.js
function code(state, node) {
  const value = node.value ? node.value + "\n" : "";
  const properties = {};
  const language = node.lang ? node.lang.split(/\s+/) : [];
  if (language.length > 0) {
    properties.className = ["language-" + language[0]];
  }
  let result = {
    type: "element",
    tagName: "code",
    properties,
    children: [{ type: "text", value }]
  };
  if (node.meta) {
    result.data = { meta: node.meta };
  }
  state.patch(node, result);
  result = state.applyData(node, result);
  result = { type: "element", tagName: "pre", properties: {}, children: [result] };
  state.patch(node, result);
  return result;
}

// node_modules/mdast-util-to-hast/lib/handlers/delete.js
function strikethrough(state, node) {
  const result = {
    type: "element",
    tagName: "del",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/emphasis.js
function emphasis2(state, node) {
  const result = {
    type: "element",
    tagName: "em",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/footnote-reference.js
function footnoteReference(state, node) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const id = String(node.identifier).toUpperCase();
  const safeId = normalizeUri(id.toLowerCase());
  const index = state.footnoteOrder.indexOf(id);
  let counter;
  let reuseCounter = state.footnoteCounts.get(id);
  if (reuseCounter === void 0) {
    reuseCounter = 0;
    state.footnoteOrder.push(id);
    counter = state.footnoteOrder.length;
  } else {
    counter = index + 1;
  }
  reuseCounter += 1;
  state.footnoteCounts.set(id, reuseCounter);
  const link2 = {
    type: "element",
    tagName: "a",
    properties: {
      href: "#" + clobberPrefix + "fn-" + safeId,
      id: clobberPrefix + "fnref-" + safeId + (reuseCounter > 1 ? "-" + reuseCounter : ""),
      dataFootnoteRef: true,
      ariaDescribedBy: ["footnote-label"]
    },
    children: [{ type: "text", value: String(counter) }]
  };
  state.patch(node, link2);
  const sup = {
    type: "element",
    tagName: "sup",
    properties: {},
    children: [link2]
  };
  state.patch(node, sup);
  return state.applyData(node, sup);
}

// node_modules/mdast-util-to-hast/lib/handlers/heading.js
function heading(state, node) {
  const result = {
    type: "element",
    tagName: "h" + node.depth,
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/html.js
function html5(state, node) {
  if (state.options.allowDangerousHtml) {
    const result = { type: "raw", value: node.value };
    state.patch(node, result);
    return state.applyData(node, result);
  }
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/revert.js
function revert(state, node) {
  const subtype = node.referenceType;
  let suffix = "]";
  if (subtype === "collapsed") {
    suffix += "[]";
  } else if (subtype === "full") {
    suffix += "[" + (node.label || node.identifier) + "]";
  }
  if (node.type === "imageReference") {
    return [{ type: "text", value: "![" + node.alt + suffix }];
  }
  const contents = state.all(node);
  const head2 = contents[0];
  if (head2 && head2.type === "text") {
    head2.value = "[" + head2.value;
  } else {
    contents.unshift({ type: "text", value: "[" });
  }
  const tail = contents[contents.length - 1];
  if (tail && tail.type === "text") {
    tail.value += suffix;
  } else {
    contents.push({ type: "text", value: suffix });
  }
  return contents;
}

// node_modules/mdast-util-to-hast/lib/handlers/image-reference.js
function imageReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { src: normalizeUri(definition.url || "") };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/image.js
function image(state, node) {
  const properties = { src: normalizeUri(node.url) };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/inline-code.js
function inlineCode(state, node) {
  const text4 = { type: "text", value: node.value.replace(/\r?\n|\r/g, " ") };
  state.patch(node, text4);
  const result = {
    type: "element",
    tagName: "code",
    properties: {},
    children: [text4]
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link-reference.js
function linkReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { href: normalizeUri(definition.url || "") };
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link.js
function link(state, node) {
  const properties = { href: normalizeUri(node.url) };
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/list-item.js
function listItem(state, node, parent) {
  const results = state.all(node);
  const loose = parent ? listLoose(parent) : listItemLoose(node);
  const properties = {};
  const children = [];
  if (typeof node.checked === "boolean") {
    const head2 = results[0];
    let paragraph3;
    if (head2 && head2.type === "element" && head2.tagName === "p") {
      paragraph3 = head2;
    } else {
      paragraph3 = { type: "element", tagName: "p", properties: {}, children: [] };
      results.unshift(paragraph3);
    }
    if (paragraph3.children.length > 0) {
      paragraph3.children.unshift({ type: "text", value: " " });
    }
    paragraph3.children.unshift({
      type: "element",
      tagName: "input",
      properties: { type: "checkbox", checked: node.checked, disabled: true },
      children: []
    });
    properties.className = ["task-list-item"];
  }
  let index = -1;
  while (++index < results.length) {
    const child = results[index];
    if (loose || index !== 0 || child.type !== "element" || child.tagName !== "p") {
      children.push({ type: "text", value: "\n" });
    }
    if (child.type === "element" && child.tagName === "p" && !loose) {
      children.push(...child.children);
    } else {
      children.push(child);
    }
  }
  const tail = results[results.length - 1];
  if (tail && (loose || tail.type !== "element" || tail.tagName !== "p")) {
    children.push({ type: "text", value: "\n" });
  }
  const result = { type: "element", tagName: "li", properties, children };
  state.patch(node, result);
  return state.applyData(node, result);
}
function listLoose(node) {
  let loose = false;
  if (node.type === "list") {
    loose = node.spread || false;
    const { children } = node;
    let index = -1;
    while (!loose && ++index < children.length) {
      loose = listItemLoose(children[index]);
    }
  }
  return loose;
}
function listItemLoose(node) {
  const { spread } = node;
  return spread === null || spread === void 0 ? node.children.length > 1 : spread;
}

// node_modules/mdast-util-to-hast/lib/handlers/list.js
function list(state, node) {
  const properties = {};
  const results = state.all(node);
  let index = -1;
  if (typeof node.start === "number" && node.start !== 1) {
    properties.start = node.start;
  }
  while (++index < results.length) {
    const child = results[index];
    if (child.type === "element" && child.tagName === "li" && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes("task-list-item")) {
      properties.className = ["contains-task-list"];
      break;
    }
  }
  const result = {
    type: "element",
    tagName: node.ordered ? "ol" : "ul",
    properties,
    children: state.wrap(results, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/paragraph.js
function paragraph2(state, node) {
  const result = {
    type: "element",
    tagName: "p",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/root.js
function root2(state, node) {
  const result = { type: "root", children: state.wrap(state.all(node)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/strong.js
function strong2(state, node) {
  const result = {
    type: "element",
    tagName: "strong",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}
function position(node) {
  const start = pointStart(node);
  const end = pointEnd(node);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/mdast-util-to-hast/lib/handlers/table.js
function table(state, node) {
  const rows = state.all(node);
  const firstRow = rows.shift();
  const tableContent = [];
  if (firstRow) {
    const head2 = {
      type: "element",
      tagName: "thead",
      properties: {},
      children: state.wrap([firstRow], true)
    };
    state.patch(node.children[0], head2);
    tableContent.push(head2);
  }
  if (rows.length > 0) {
    const body3 = {
      type: "element",
      tagName: "tbody",
      properties: {},
      children: state.wrap(rows, true)
    };
    const start = pointStart(node.children[1]);
    const end = pointEnd(node.children[node.children.length - 1]);
    if (start && end) body3.position = { start, end };
    tableContent.push(body3);
  }
  const result = {
    type: "element",
    tagName: "table",
    properties: {},
    children: state.wrap(tableContent, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-row.js
function tableRow2(state, node, parent) {
  const siblings2 = parent ? parent.children : void 0;
  const rowIndex = siblings2 ? siblings2.indexOf(node) : 1;
  const tagName = rowIndex === 0 ? "th" : "td";
  const align = parent && parent.type === "table" ? parent.align : void 0;
  const length = align ? align.length : node.children.length;
  let cellIndex = -1;
  const cells2 = [];
  while (++cellIndex < length) {
    const cell = node.children[cellIndex];
    const properties = {};
    const alignValue = align ? align[cellIndex] : void 0;
    if (alignValue) {
      properties.align = alignValue;
    }
    let result2 = { type: "element", tagName, properties, children: [] };
    if (cell) {
      result2.children = state.all(cell);
      state.patch(cell, result2);
      result2 = state.applyData(cell, result2);
    }
    cells2.push(result2);
  }
  const result = {
    type: "element",
    tagName: "tr",
    properties: {},
    children: state.wrap(cells2, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-cell.js
function tableCell(state, node) {
  const result = {
    type: "element",
    tagName: "td",
    // Assume body cell.
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/trim-lines/index.js
var tab = 9;
var space = 32;
function trimLines(value) {
  const source = String(value);
  const search = /\r?\n|\r/g;
  let match = search.exec(source);
  let last = 0;
  const lines = [];
  while (match) {
    lines.push(
      trimLine(source.slice(last, match.index), last > 0, true),
      match[0]
    );
    last = match.index + match[0].length;
    match = search.exec(source);
  }
  lines.push(trimLine(source.slice(last), last > 0, false));
  return lines.join("");
}
function trimLine(value, start, end) {
  let startIndex = 0;
  let endIndex = value.length;
  if (start) {
    let code2 = value.codePointAt(startIndex);
    while (code2 === tab || code2 === space) {
      startIndex++;
      code2 = value.codePointAt(startIndex);
    }
  }
  if (end) {
    let code2 = value.codePointAt(endIndex - 1);
    while (code2 === tab || code2 === space) {
      endIndex--;
      code2 = value.codePointAt(endIndex - 1);
    }
  }
  return endIndex > startIndex ? value.slice(startIndex, endIndex) : "";
}

// node_modules/mdast-util-to-hast/lib/handlers/text.js
function text3(state, node) {
  const result = { type: "text", value: trimLines(String(node.value)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/thematic-break.js
function thematicBreak(state, node) {
  const result = {
    type: "element",
    tagName: "hr",
    properties: {},
    children: []
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/index.js
var handlers = {
  blockquote,
  break: hardBreak2,
  code,
  delete: strikethrough,
  emphasis: emphasis2,
  footnoteReference,
  heading,
  html: html5,
  imageReference,
  image,
  inlineCode,
  linkReference,
  link,
  listItem,
  list,
  paragraph: paragraph2,
  // @ts-expect-error: root is different, but hard to type.
  root: root2,
  strong: strong2,
  table,
  tableCell,
  tableRow: tableRow2,
  text: text3,
  thematicBreak,
  toml: ignore,
  yaml: ignore,
  definition: ignore,
  footnoteDefinition: ignore
};
function ignore() {
  return void 0;
}

// node_modules/@ungap/structured-clone/esm/types.js
var VOID = -1;
var PRIMITIVE = 0;
var ARRAY = 1;
var OBJECT = 2;
var DATE = 3;
var REGEXP = 4;
var MAP = 5;
var SET = 6;
var ERROR = 7;
var BIGINT = 8;

// node_modules/@ungap/structured-clone/esm/deserialize.js
var { defineProperty } = Object;
var env = typeof self === "object" ? self : globalThis;
var guard = (name, init) => {
  switch (name) {
    case "Function":
    case "SharedWorker":
    case "Worker":
    case "eval":
    case "setInterval":
    case "setTimeout":
      throw new TypeError("unable to deserialize " + name);
  }
  return new env[name](init);
};
var deserializer = ($, _) => {
  const as = (out, index) => {
    $.set(index, out);
    return out;
  };
  const unpair = (index) => {
    if ($.has(index))
      return $.get(index);
    const [type, value] = _[index];
    switch (type) {
      case PRIMITIVE:
      case VOID:
        return as(value, index);
      case ARRAY: {
        const arr = as([], index);
        for (const index2 of value)
          arr.push(unpair(index2));
        return arr;
      }
      case OBJECT: {
        const object = as({}, index);
        for (const [key2, index2] of value) {
          const k = unpair(key2), value2 = unpair(index2);
          if (k === "__proto__") defineProperty(object, k, {
            value: value2,
            configurable: true,
            enumerable: true,
            writable: true
          });
          else object[k] = value2;
        }
        return object;
      }
      case DATE:
        return as(new Date(value), index);
      case REGEXP: {
        const { source, flags } = value;
        return as(new RegExp(source, flags), index);
      }
      case MAP: {
        const map = as(/* @__PURE__ */ new Map(), index);
        for (const [key2, index2] of value)
          map.set(unpair(key2), unpair(index2));
        return map;
      }
      case SET: {
        const set = as(/* @__PURE__ */ new Set(), index);
        for (const index2 of value)
          set.add(unpair(index2));
        return set;
      }
      case ERROR: {
        const { name, message } = value;
        return as(
          typeof env[name] === "function" ? guard(name, message) : new Error(message),
          index
        );
      }
      case BIGINT:
        return as(BigInt(value), index);
      case "BigInt":
        return as(Object(BigInt(value)), index);
      case "ArrayBuffer":
        return as(new Uint8Array(value).buffer, value);
      case "DataView": {
        const { buffer } = new Uint8Array(value);
        return as(new DataView(buffer), value);
      }
      case "-0":
        return -0;
    }
    return as(guard(type, value), index);
  };
  return unpair;
};
var deserialize = (serialized) => deserializer(/* @__PURE__ */ new Map(), serialized)(0);

// node_modules/@ungap/structured-clone/esm/serialize.js
var EMPTY = "";
var { toString } = {};
var { keys, is } = Object;
var typeOf = (value) => {
  const type = typeof value;
  if (type !== "object" || !value)
    return [PRIMITIVE, type];
  const asString = toString.call(value).slice(8, -1);
  switch (asString) {
    case "Array":
      return [ARRAY, EMPTY];
    case "Object":
      return [OBJECT, EMPTY];
    case "Date":
      return [DATE, EMPTY];
    case "RegExp":
      return [REGEXP, EMPTY];
    case "Map":
      return [MAP, EMPTY];
    case "Set":
      return [SET, EMPTY];
    case "DataView":
      return [ARRAY, asString];
  }
  if (asString.includes("Array"))
    return [ARRAY, asString];
  if (value instanceof Error)
    return [ERROR, value.name || "Error"];
  return [OBJECT, asString];
};
var shouldSkip = ([TYPE, type]) => TYPE === PRIMITIVE && (type === "function" || type === "symbol");
var serializer = (strict, json, $, _) => {
  const as = (out, value) => {
    const index = _.push(out) - 1;
    $.set(value, index);
    return index;
  };
  const pair = (value) => {
    if ($.has(value))
      return $.get(value);
    let [TYPE, type] = typeOf(value);
    switch (TYPE) {
      case PRIMITIVE: {
        let entry = value;
        switch (type) {
          case "bigint":
            TYPE = BIGINT;
            entry = value.toString();
            break;
          case "number":
            if (!value && is(value, -0))
              return _.push(["-0"]) - 1;
            break;
          case "function":
          case "symbol":
            if (strict)
              throw new TypeError("unable to serialize " + type);
            entry = null;
            break;
          case "undefined":
            return as([VOID], value);
        }
        return as([TYPE, entry], value);
      }
      case ARRAY: {
        if (type) {
          let spread = value;
          if (type === "DataView") {
            spread = new Uint8Array(value.buffer);
          } else if (type === "ArrayBuffer") {
            spread = new Uint8Array(value);
          }
          return as([type, [...spread]], value);
        }
        const arr = [];
        const index = as([TYPE, arr], value);
        for (const entry of value)
          arr.push(pair(entry));
        return index;
      }
      case OBJECT: {
        if (type) {
          switch (type) {
            case "BigInt":
              return as([type, value.toString()], value);
            case "Boolean":
            case "Number":
            case "String":
              return as([type, value.valueOf()], value);
          }
        }
        if (json && "toJSON" in value)
          return pair(value.toJSON());
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const key2 of keys(value)) {
          if (strict || !shouldSkip(typeOf(value[key2])))
            entries.push([pair(key2), pair(value[key2])]);
        }
        return index;
      }
      case DATE:
        return as([TYPE, isNaN(value.getTime()) ? EMPTY : value.toISOString()], value);
      case REGEXP: {
        const { source, flags } = value;
        return as([TYPE, { source, flags }], value);
      }
      case MAP: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const [key2, entry] of value) {
          if (strict || !(shouldSkip(typeOf(key2)) || shouldSkip(typeOf(entry))))
            entries.push([pair(key2), pair(entry)]);
        }
        return index;
      }
      case SET: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const entry of value) {
          if (strict || !shouldSkip(typeOf(entry)))
            entries.push(pair(entry));
        }
        return index;
      }
    }
    const { message } = value;
    return as([TYPE, { name: type, message }], value);
  };
  return pair;
};
var serialize = (value, { json, lossy } = {}) => {
  const _ = [];
  return serializer(!(json || lossy), !!json, /* @__PURE__ */ new Map(), _)(value), _;
};

// node_modules/@ungap/structured-clone/esm/index.js
var esm_default = typeof structuredClone === "function" ? (
  /* c8 ignore start */
  (any, options) => options && ("json" in options || "lossy" in options) ? deserialize(serialize(any, options)) : structuredClone(any)
) : (any, options) => deserialize(serialize(any, options));

// node_modules/mdast-util-to-hast/lib/footer.js
function defaultFootnoteBackContent(_, rereferenceIndex) {
  const result = [{ type: "text", value: "\u21A9" }];
  if (rereferenceIndex > 1) {
    result.push({
      type: "element",
      tagName: "sup",
      properties: {},
      children: [{ type: "text", value: String(rereferenceIndex) }]
    });
  }
  return result;
}
function defaultFootnoteBackLabel(referenceIndex, rereferenceIndex) {
  return "Back to reference " + (referenceIndex + 1) + (rereferenceIndex > 1 ? "-" + rereferenceIndex : "");
}
function footer(state) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const footnoteBackContent = state.options.footnoteBackContent || defaultFootnoteBackContent;
  const footnoteBackLabel = state.options.footnoteBackLabel || defaultFootnoteBackLabel;
  const footnoteLabel = state.options.footnoteLabel || "Footnotes";
  const footnoteLabelTagName = state.options.footnoteLabelTagName || "h2";
  const footnoteLabelProperties = state.options.footnoteLabelProperties || {
    className: ["sr-only"]
  };
  const contents = [];
  const listItems = [];
  let referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (definition) {
      contents[referenceIndex] = state.all(definition);
    }
  }
  referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (!definition) {
      continue;
    }
    const content = contents[referenceIndex];
    const id = String(definition.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    let rereferenceIndex = 0;
    const backReferences = [];
    const counts = state.footnoteCounts.get(id);
    while (counts !== void 0 && ++rereferenceIndex <= counts) {
      if (backReferences.length > 0) {
        backReferences.push({ type: "text", value: " " });
      }
      let children = typeof footnoteBackContent === "string" ? footnoteBackContent : footnoteBackContent(referenceIndex, rereferenceIndex);
      if (typeof children === "string") {
        children = { type: "text", value: children };
      }
      backReferences.push({
        type: "element",
        tagName: "a",
        properties: {
          href: "#" + clobberPrefix + "fnref-" + safeId + (rereferenceIndex > 1 ? "-" + rereferenceIndex : ""),
          dataFootnoteBackref: "",
          ariaLabel: typeof footnoteBackLabel === "string" ? footnoteBackLabel : footnoteBackLabel(referenceIndex, rereferenceIndex),
          className: ["data-footnote-backref"]
        },
        children: Array.isArray(children) ? children : [children]
      });
    }
    const tail = content[content.length - 1];
    if (tail && tail.type === "element" && tail.tagName === "p") {
      const tailTail = tail.children[tail.children.length - 1];
      if (tailTail && tailTail.type === "text") {
        tailTail.value += " ";
      } else {
        tail.children.push({ type: "text", value: " " });
      }
      tail.children.push(...backReferences);
    } else {
      content.push(...backReferences);
    }
    const listItem2 = {
      type: "element",
      tagName: "li",
      properties: { id: clobberPrefix + "fn-" + safeId },
      children: state.wrap(content, true)
    };
    state.patch(definition, listItem2);
    listItems.push(listItem2);
  }
  if (listItems.length === 0) {
    return;
  }
  return {
    type: "element",
    tagName: "section",
    properties: { dataFootnotes: true, className: ["footnotes"] },
    children: [
      {
        type: "element",
        tagName: footnoteLabelTagName,
        properties: {
          ...esm_default(footnoteLabelProperties),
          id: "footnote-label"
        },
        children: [{ type: "text", value: footnoteLabel }]
      },
      { type: "text", value: "\n" },
      {
        type: "element",
        tagName: "ol",
        properties: {},
        children: state.wrap(listItems, true)
      },
      { type: "text", value: "\n" }
    ]
  };
}

// node_modules/mdast-util-to-hast/lib/state.js
var own4 = {}.hasOwnProperty;
var emptyOptions2 = {};
function createState(tree, options) {
  const settings = options || emptyOptions2;
  const definitionById = /* @__PURE__ */ new Map();
  const footnoteById = /* @__PURE__ */ new Map();
  const footnoteCounts = /* @__PURE__ */ new Map();
  const handlers2 = { ...handlers, ...settings.handlers };
  const state = {
    all: all2,
    applyData,
    definitionById,
    footnoteById,
    footnoteCounts,
    footnoteOrder: [],
    handlers: handlers2,
    one: one2,
    options: settings,
    patch,
    wrap
  };
  visit(tree, function(node) {
    if (node.type === "definition" || node.type === "footnoteDefinition") {
      const id = String(node.identifier).toUpperCase();
      if (node.type === "definition") {
        if (!definitionById.has(id)) {
          definitionById.set(id, node);
        }
      } else if (!footnoteById.has(id)) {
        footnoteById.set(id, node);
      }
    }
  });
  return state;
  function one2(node, parent) {
    const { type } = node;
    const handle2 = state.handlers[type];
    if (own4.call(state.handlers, type) && handle2) {
      return handle2(state, node, parent);
    }
    if (state.options.passThrough && state.options.passThrough.includes(type)) {
      if ("children" in node) {
        const { children, ...shallow } = node;
        return { ...esm_default(shallow), children: state.all(node) };
      }
      return esm_default(node);
    }
    const unknown2 = state.options.unknownHandler || defaultUnknownHandler;
    return unknown2(state, node, parent);
  }
  function all2(parent) {
    const values = [];
    if ("children" in parent) {
      const nodes = parent.children;
      let index = -1;
      while (++index < nodes.length) {
        const result = state.one(nodes[index], parent);
        if (result) {
          if (index && nodes[index - 1].type === "break") {
            if (!Array.isArray(result) && result.type === "text") {
              result.value = trimMarkdownSpaceStart(result.value);
            }
            if (!Array.isArray(result) && result.type === "element") {
              const head2 = result.children[0];
              if (head2 && head2.type === "text") {
                head2.value = trimMarkdownSpaceStart(head2.value);
              }
            }
          }
          if (Array.isArray(result)) {
            values.push(...result);
          } else {
            values.push(result);
          }
        }
      }
    }
    return values;
  }
}
function patch(from, to) {
  if (from.position) to.position = position(from);
}
function applyData(from, to) {
  let result = to;
  if (from && from.data) {
    const { hChildren, hName, hProperties } = from.data;
    if (typeof hName === "string") {
      if (result.type === "element") {
        result.tagName = hName;
      } else {
        const children = "children" in result ? result.children : [result];
        result = { type: "element", tagName: hName, properties: {}, children };
      }
    }
    if (result.type === "element" && hProperties) {
      Object.assign(result.properties, esm_default(hProperties));
    }
    if ("children" in result && result.children && hChildren !== null && hChildren !== void 0) {
      result.children = hChildren;
    }
  }
  return result;
}
function defaultUnknownHandler(state, node) {
  const data = node.data || {};
  const result = "value" in node && !(own4.call(data, "hProperties") || own4.call(data, "hChildren")) ? { type: "text", value: node.value } : {
    type: "element",
    tagName: "div",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}
function wrap(nodes, loose) {
  const result = [];
  let index = -1;
  if (loose) {
    result.push({ type: "text", value: "\n" });
  }
  while (++index < nodes.length) {
    if (index) result.push({ type: "text", value: "\n" });
    result.push(nodes[index]);
  }
  if (loose && nodes.length > 0) {
    result.push({ type: "text", value: "\n" });
  }
  return result;
}
function trimMarkdownSpaceStart(value) {
  let index = 0;
  let code2 = value.charCodeAt(index);
  while (code2 === 9 || code2 === 32) {
    index++;
    code2 = value.charCodeAt(index);
  }
  return value.slice(index);
}

// node_modules/mdast-util-to-hast/lib/index.js
function toHast(tree, options) {
  const state = createState(tree, options);
  const node = state.one(tree, void 0);
  const foot = footer(state);
  const result = Array.isArray(node) ? { type: "root", children: node } : node || { type: "root", children: [] };
  if (foot) {
    ok("children" in result);
    result.children.push({ type: "text", value: "\n" }, foot);
  }
  return result;
}

// src/render/html-table.ts
function htmlTableLines(table2) {
  const element2 = toHast(table2, { allowDangerousHtml: true });
  const sections = element2.children.filter(isElement);
  const thead2 = sections.find((section) => section.tagName === "thead");
  const rows = sections.find((section) => section.tagName === "tbody")?.children.filter(isElement) ?? [];
  const head2 = ["<table>", ...thead2 ? [html6(thead2)] : [], ...rows.length > 0 ? ["<tbody>"] : []];
  const foot = [...rows.length > 0 ? ["</tbody>"] : [], "</table>", "", ""];
  return { head: head2, body: rows.map(html6), foot };
}
function htmlTableLinks(fragment) {
  const table2 = find2(fromHtml(fragment, { fragment: true }), (node) => node.tagName === "table");
  if (!table2) return [];
  const rows = [];
  visit2(table2, (node) => {
    if (node.tagName !== "tr") return;
    const cells2 = node.children.filter(isElement);
    if (cells2.some((cell) => cell.tagName === "td"))
      rows.push(cells2.map((cell) => find2(cell, isAnchor)?.properties.href));
  });
  return rows;
}
function html6(node) {
  return toHtml(node, {
    allowDangerousHtml: true,
    characterReferences: { useNamedReferences: true }
  }).replace(/\n+/g, "\n");
}
function isElement(node) {
  return node.type === "element";
}
function isAnchor(node) {
  return node.tagName === "a" && typeof node.properties.href === "string";
}
function find2(root3, test) {
  let found;
  visit2(root3, (node) => {
    if (!found && test(node)) found = node;
  });
  return found;
}
function visit2(root3, each) {
  for (const child of root3.children) {
    if (!isElement(child)) continue;
    each(child);
    visit2(child, each);
  }
}

// src/render/rows.ts
function zoneOrder(rows, closed = "drop") {
  if (closed !== "details") return [...rows];
  return [...rows.filter((row) => row.active), ...rows.filter((row) => !row.active)];
}
function mainTableRows(rows, closed = "drop") {
  return closed === "details" ? rows.filter((row) => row.active) : [...rows];
}
function zoneRows(rows, options) {
  const { closed = "drop", format = "pipe", ...rest } = options;
  const tableOptions = { ...rest, closed: closed === "mark" ? "mark" : void 0 };
  const write = (shown2) => {
    const tree = openingsTable(shown2, tableOptions);
    return format === "html" ? htmlTableLines(tree) : { ...tableLines(tree), foot: [] };
  };
  const open = mainTableRows(rows, closed);
  const main = write(open);
  if (closed !== "details" || open.length === rows.length)
    return { lines: [...main.head, ...main.body, ...main.foot], rowLines: main.body };
  const shut = rows.filter((row) => !row.active);
  const folded = write(shut);
  const summary2 = options.labels.inactiveRoles.replaceAll(
    "{count}",
    shut.length.toLocaleString("en-US")
  );
  return {
    lines: [
      ...main.head,
      ...main.body,
      ...main.foot,
      ...main.foot.length ? [] : [""],
      `<details><summary>${escapeHtml(summary2)}</summary>`,
      "",
      ...folded.head,
      ...folded.body,
      ...folded.foot,
      ...folded.foot.length ? [] : [""],
      // A blank last line, as after an HTML table: `</details>` starts an HTML block that runs
      // to the next blank line, and would take the zone's end marker in.
      "</details>",
      "",
      ""
    ],
    rowLines: [...main.body, ...folded.body]
  };
}
function repeatedCompanies(rows, timezone) {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  let previous;
  return rows.map((row) => {
    const current = { company: row.company, day: day.format(row.postedAt) };
    const repeats = previous?.company === current.company && previous.day === current.day;
    previous = current;
    return repeats;
  });
}
function escapeHtml(text4) {
  return text4.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/render/openings.ts
function openingsTable(rows, options) {
  const columns = options.columns ?? OPENINGS_COLUMNS;
  const repeats = options.repeatCompany ? repeatedCompanies(rows, options.timezone) : [];
  const companyColumn = columns.findIndex((column) => !column.postingLink);
  const cellOf = (listing, index) => (column, at) => {
    if (at === companyColumn && repeats[index] && options.repeatCompany !== void 0)
      return [text(options.repeatCompany)];
    const cell = column.cell(listing, options);
    return column.postingLink && options.closed === "mark" && !listing.active ? closedCell(cell) : cell;
  };
  return {
    type: "table",
    align: columns.map((column) => column.align),
    data: { delimiterRow: columns.map((column) => column.delimiter) },
    children: [
      tableRow(columns.map((column) => column.header(options))),
      ...rows.map((listing, index) => tableRow(columns.map(cellOf(listing, index))))
    ]
  };
}
var OPENINGS_COLUMNS = tableColumns(DEFAULT_TABLE.columns);
var CLOSED_MARK = "\u{1F512}";
function closedCell(cell) {
  const kept = unlinked(cell);
  const blank = kept.every((node) => node.type === "text" && node.value.trim() === "");
  return blank ? [text(CLOSED_MARK)] : [...kept, text(` ${CLOSED_MARK}`)];
}
function unlinked(nodes) {
  return nodes.flatMap((node) => {
    if (node.type === "link") return unlinked(node.children);
    if (node.type === "strong" || node.type === "emphasis" || node.type === "delete")
      return [{ ...node, children: unlinked(node.children) }];
    return [node];
  });
}

// src/calendar.ts
function calendarDay(date, timezone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(earlier, later) {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS
  );
}
function isCalendarDay(text4) {
  const time = Date.parse(`${text4}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text4) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text4);
}
var DAY_MS = 24 * 60 * 60 * 1e3;

// src/archive/archive.ts
function archivePath(template, now, timezone) {
  return checkTemplate(template).replaceAll(DATE2, calendarDay(now, timezone));
}
function archiveDocument(rows, options) {
  const tree = {
    type: "root",
    children: [snapshotHeading(options), openingsTable(rows, options)]
  };
  return `${toMarkdown(tree)}
`;
}
function expiredArchives(existingPaths, template, now, timezone, keepDays) {
  const pattern = templatePattern(checkTemplate(template));
  const today = calendarDay(now, timezone);
  return existingPaths.filter((path) => {
    const day = pattern.exec(path)?.[1];
    return day !== void 0 && isCalendarDay(day) && daysBetween(day, today) > keepDays;
  });
}
function archiveFolder(template) {
  const checked = checkTemplate(template);
  const beforeDate = checked.slice(0, checked.indexOf(DATE2));
  return beforeDate.slice(0, beforeDate.lastIndexOf("/") + 1).replace(/\/$/, "");
}
var DATE2 = "{date}";
function checkTemplate(template) {
  if (!template.includes(DATE2))
    throw errors.badInput(
      "archive-path",
      `must contain {date}, as in "archive/{date}.md", not "${template}"`
    );
  return repositoryPath("archive-path", template);
}
function snapshotHeading({ labels, category, now, timezone }) {
  const categoryText = category === void 0 ? [] : [text(": "), ...literalText(category)];
  return {
    type: "heading",
    depth: 1,
    children: [text(labels.openings), ...categoryText, text(` \u2014 ${calendarDay(now, timezone)}`)]
  };
}
function templatePattern(template) {
  const [first, ...rest] = template.split(DATE2).map(escapeRegExp);
  return new RegExp(`^${first}(\\d{4}-\\d{2}-\\d{2})${rest.join("\\1")}$`);
}

// src/changes.ts
async function tableChanges(oldTable, newTable, rowUrls, postingColumn2 = DEFAULT_POSTING_COLUMN) {
  const rows = tableRows(oldTable);
  if (newTable === oldTable) return { added: [], removed: [], previousRows: rows.length };
  const before = new Set(definedLinks(postingLinks(rows, postingColumn2)));
  const newLinks = postingLinks(tableRows(newTable), postingColumn2);
  const named = /* @__PURE__ */ new Map();
  for (const [index, link2] of newLinks.entries()) {
    const url = newLinks.length === rowUrls.length ? rowUrls[index] : void 0;
    if (link2 !== void 0 && !named.has(link2)) named.set(link2, normalizeUrl(url ?? link2));
  }
  return {
    added: [...named].filter(([link2]) => !before.has(link2)).map(([, url]) => url),
    removed: [...before].filter((link2) => !named.has(link2)),
    previousRows: rows.length
  };
}
function definedLinks(links) {
  return links.filter((link2) => link2 !== void 0);
}
function tableRows(markdown) {
  const rows = [];
  let inTable = false;
  const env2 = {};
  for (const token of TABLE_PARSER.parse(markdown, env2)) {
    if (token.type === "table_close") break;
    if (!inTable && token.type === "html_block" && /<table[\s>]/i.test(token.content))
      return htmlTableLinks(markdown).map((links) => links.map((link2) => () => link2));
    if (token.type === "table_open") inTable = true;
    else if (inTable && token.type === "tr_open") rows.push([]);
    else if (inTable && token.type === "inline") {
      const { content } = token;
      rows.at(-1).push(() => firstLink(inlineTokens(content, env2)));
    }
  }
  return rows.slice(1);
}
var TABLE_PARSER = new lib_default({ html: true });
TABLE_PARSER.normalizeLink = (url) => url;
TABLE_PARSER.validateLink = () => true;
TABLE_PARSER.core.ruler.disable("inline");
function inlineTokens(content, env2) {
  const tokens = [];
  TABLE_PARSER.inline.parse(content, TABLE_PARSER, env2, tokens);
  return tokens;
}
var DEFAULT_POSTING_COLUMN = Math.max(
  0,
  OPENINGS_COLUMNS.findIndex((column) => column.postingLink)
);
function postingLinks(rows, postingColumn2) {
  return rows.map((cells2) => {
    const after = cells2.slice(postingColumn2);
    const before = cells2.slice(0, postingColumn2).reverse();
    for (const cell of [...after, ...before]) {
      const link2 = cell();
      if (link2 !== void 0) return normalizeUrl(link2);
    }
    return void 0;
  });
}
function firstLink(cell) {
  for (const token of cell ?? []) {
    const link2 = token.type === "link_open" ? token.attrGet("href") : void 0;
    const anchor = token.type === "html_inline" ? anchorHref(token.content) : void 0;
    if (link2 ?? anchor) return link2 ?? anchor;
  }
  return void 0;
}
function anchorHref(tag) {
  const match = ANCHOR_HREF.exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(
    CHARACTER_REFERENCE,
    (reference, name) => decoded(name) ?? reference
  );
}
var ANCHOR_HREF = /^<a\s(?:[^>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
var CHARACTER_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
function decoded(name) {
  if (!name.startsWith("#")) return decodeNamedCharacterReference(name) || void 0;
  const code2 = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code2 > 0 && code2 <= 1114111 ? String.fromCodePoint(code2) : void 0;
}

// src/fit.ts
var NoRoomForRows = class extends Error {
  constructor(bytes) {
    super(`the README takes ${bytes} bytes without any row`);
    this.bytes = bytes;
  }
  bytes;
};
function fitRows(rows, maxBytes, rowBytes, render) {
  const full = render(rows, 0);
  if (byteLength(full) <= maxBytes) return { rows, leftOut: 0, readme: full };
  const sizes = rowBytes(rows);
  const withoutRows = byteLength(render([], rows.length));
  if (withoutRows > maxBytes) throw new NoRoomForRows(withoutRows);
  let kept = largestPrefixWithin(sizes, maxBytes - withoutRows);
  for (; ; ) {
    const readme = render(rows.slice(0, kept), rows.length - kept);
    const over = byteLength(readme) - maxBytes;
    if (over <= 0) return { rows: rows.slice(0, kept), leftOut: rows.length - kept, readme };
    kept = largestPrefixWithin(sizes, prefixBytes(sizes, kept) - over);
  }
}
function prefixBytes(sizes, count) {
  let total = 0;
  for (let index = 0; index < count; index++) total += sizes[index];
  return total;
}
function largestPrefixWithin(sizes, budget) {
  let total = 0;
  for (let count = 0; count < sizes.length; count++) {
    total += sizes[count];
    if (total > budget) return count;
  }
  return sizes.length;
}
function byteLength(text4) {
  return Buffer.byteLength(text4, "utf8");
}

// src/render/chart.ts
function chartBlock(rows, options) {
  const diagrams = [openingsPerDay(rows, options), openingsByType(rows, options.labels)];
  return { type: "root", children: diagrams.filter(isDefined).map(mermaidBlock) };
}
var DEFAULT_DAYS_BACK = 30;
var MAX_DAYS_BACK = 730;
var MIN_AXIS_MAX = 10;
function openingsPerDay(rows, options) {
  const { now, timezone, locale, labels } = options;
  const today = calendarDay(now, timezone);
  const daysBack = options.maxAgeDays > 0 ? Math.min(options.maxAgeDays, MAX_DAYS_BACK) : DEFAULT_DAYS_BACK;
  const counts = new Array(daysBack + 1).fill(0);
  for (const row of rows) {
    const index = daysBack - daysBetween(calendarDay(row.postedAt, timezone), today);
    if (index >= 0 && index <= daysBack) counts[index] += 1;
  }
  const days = counts.map((_, index) => addDays(today, index - daysBack));
  return [
    "xychart-beta horizontal",
    ...titleLine(labels.openingsPerDay, quoted),
    `  x-axis [${days.map((day) => quoted(dayLabel(day, daysBack, locale))).join(", ")}]`,
    `  y-axis 0 --> ${Math.max(MIN_AXIS_MAX, ...counts)}`,
    `  bar [${counts.join(", ")}]`
  ].join("\n");
}
function dayLabel(day, daysBack, locale) {
  return daysBack < 365 ? monthDay(Date.parse(`${day}T12:00:00Z`), "UTC", locale) : day;
}
function openingsByType(rows, labels) {
  const slices = WORK_TYPES.map((workType) => ({
    label: workTypeLabel(workType, labels),
    count: rows.filter((row) => row.workType === workType).length
  })).filter((slice) => slice.count > 0);
  if (slices.length === 0) return void 0;
  return [
    "pie showData",
    ...titleLine(labels.openingsByType, escaped),
    ...slices.map((slice) => `  ${quoted(slice.label)} : ${slice.count}`)
  ].join("\n");
}
function titleLine(label, write) {
  return escaped(label) === "" ? [] : [`  title ${write(label)}`];
}
function mermaidBlock(diagram) {
  return { type: "code", lang: "mermaid", value: diagram };
}
function quoted(label) {
  return `"${escaped(label)}"`;
}
var MERMAID_SYNTAX = /[#"%`;:,<>&\\[\]{}()|=]/g;
var LINE_BREAKS_AND_CONTROLS = /\s*[\p{Cc}\p{Zl}\p{Zp}]+\s*/gu;
function escaped(label) {
  return label.replace(LINE_BREAKS_AND_CONTROLS, " ").trim().replace(MERMAID_SYNTAX, (character) => `#${character.codePointAt(0)};`);
}
function isDefined(value) {
  return value !== void 0;
}

// src/render/left-out.ts
function leftOutNote(count, labels) {
  const sentence = labels.leftOut.replaceAll("{count}", count.toLocaleString("en-US"));
  return { type: "root", children: [paragraph([emphasis(literalText(sentence))])] };
}

// src/render/stats.ts
function statsBlock(stats, options) {
  const { labels } = options;
  return {
    type: "root",
    children: [
      summary(labels.currentStats, [text(countsLine(stats, labels))], labels.statsNote),
      summary(labels.trendingSkills, skillsList(stats.skills, labels), labels.skillsNote)
    ]
  };
}
function summary(title, value, note) {
  return paragraph([
    strong([text(`${title}:`)]),
    text(" "),
    ...value,
    hardBreak(),
    emphasis([text(note)])
  ]);
}
function countsLine(stats, labels) {
  const salary = salaryText(stats.avgSalaryK, labels.noSalary);
  return [
    `${stats.jobs} ${labels.jobs}`,
    `${stats.remotePercent}% ${labels.remotePercent}`,
    `${stats.companies} ${labels.companies}`,
    `${labels.avgSalary}: ${salary}`
  ].join(" | ");
}
function skillsList(skills, labels) {
  const list2 = literalText(skills.join(", "));
  return list2.length > 0 ? list2 : [text(labels.notAvailable)];
}

// src/render/updated.ts
function updatedLine(now, options) {
  const line = `${options.labels.lastUpdated}: ${timestamp(now, options.timezone, options.locale)}`;
  return {
    type: "root",
    children: [paragraph([html("<sub><small>"), text(line), html("</small></sub>")])]
  };
}

// src/select/category.ts
var CATEGORY_KEYWORDS = {
  backend: ["back end", "server side"],
  frontend: ["front end", "ui engineer", "ui developer", "react developer", "angular", "vue"],
  "full-stack": ["full stack"],
  "software-engineering": [
    "software engineer",
    "software engineering",
    "software developer",
    "software development",
    "programmer"
  ],
  data: [
    "data engineer",
    "data engineering",
    "data scientist",
    "data science",
    "data analyst",
    "data analytics",
    "analytics engineer",
    "etl",
    "business intelligence"
  ],
  devops: [
    "dev ops",
    "sec ops",
    "site reliability",
    "sre",
    "platform engineer",
    "infrastructure engineer",
    "cloud engineer"
  ],
  mobile: ["mobile", "ios", "android", "react native", "flutter"],
  ml: [
    "ml",
    "ml ops",
    "machine learning",
    "deep learning",
    "ai engineer",
    "computer vision",
    "nlp",
    "llm"
  ]
};
function categoryMatcher(category, keywords) {
  const wanted = categoryKey(category);
  const title = keywordPattern(keywords?.length ? keywords : defaultKeywords(category));
  return (listing) => listing.categories ? listing.categories.some((named) => categoryKey(named) === wanted) : title.test(listing.title);
}
function categoryKey(name) {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
var presetsByKey = new Map(
  Object.entries(CATEGORY_KEYWORDS).map(([name, keywords]) => [categoryKey(name), keywords])
);
function defaultKeywords(category) {
  return presetsByKey.get(categoryKey(category)) ?? [category];
}
function keywordPattern(keywords) {
  const alternatives = keywords.map(
    (keyword) => keyword.split(/[\s_-]+/).filter(Boolean).map(escapeRegExp).join("[\\s_-]*")
  ).filter(Boolean);
  if (!alternatives.length) return /(?!)/;
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`, "iu");
}

// src/select/filters.ts
function filterTest(filter) {
  if ("not" in filter) {
    const inner = filterTest(filter.not);
    return (listing) => !inner(listing);
  }
  if ("all" in filter) {
    const tests = filter.all.map(filterTest);
    return (listing) => tests.every((test) => test(listing));
  }
  if ("any" in filter) {
    const tests = filter.any.map(filterTest);
    return (listing) => tests.some((test) => test(listing));
  }
  return fieldTest(filter);
}
function fieldValue(listing, field) {
  const read = LISTING_FIELDS[field];
  return read ? read(listing) : readPath(listing.record, field);
}
function timeOf(value) {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return Number.isFinite(value) ? value * 1e3 : void 0;
  if (typeof value !== "string") return void 0;
  const text4 = value.trim();
  if (NUMBER.test(text4)) return Number(text4) * 1e3;
  if (!/^\d{4}-\d\d-\d\d/.test(text4)) return void 0;
  const zoned = /T.*(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text4) || !text4.includes("T") ? text4 : `${text4}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? void 0 : time;
}
var LISTING_FIELDS = {
  id: (listing) => listing.id,
  company: (listing) => listing.company,
  company_url: (listing) => listing.companyUrl,
  title: (listing) => listing.title,
  url: (listing) => listing.url,
  location: (listing) => listing.location,
  work_type: (listing) => listing.workType,
  posted_at: (listing) => new Date(listing.postedAt),
  salary_min: (listing) => listing.salary?.min,
  salary_max: (listing) => listing.salary?.max,
  salary_currency: (listing) => listing.salary?.currency,
  salary_period: (listing) => listing.salary?.period,
  skills: (listing) => listing.skills,
  categories: (listing) => listing.categories,
  active: (listing) => listing.active
};
var NUMBER = /^-?\d+(?:\.\d+)?$/;
function fieldTest(filter) {
  const tests = [];
  const { equals, oneOf, containsAny, endsWith, after, before } = filter;
  if (equals !== void 0) tests.push(anyItem((text4) => text4 === textOf(equals)));
  if (oneOf) {
    const wanted = new Set(oneOf.map(textOf));
    tests.push(anyItem((text4) => wanted.has(text4)));
  }
  if (containsAny) {
    const pattern = filter.words ? wordsPattern(containsAny) : void 0;
    const parts = containsAny.map((part) => part.toLowerCase());
    tests.push(
      anyItem((text4) => pattern ? pattern.test(text4) : parts.some((part) => text4.includes(part)))
    );
  }
  if (endsWith) {
    const ends = endsWith.map((end) => end.toLowerCase());
    tests.push(anyItem((text4) => ends.some((end) => text4.endsWith(end))));
  }
  if (after !== void 0) tests.push((value) => compareTo(value, after) > 0);
  if (before !== void 0) tests.push((value) => compareTo(value, before) < 0);
  return (listing) => {
    const value = fieldValue(listing, filter.field);
    return tests.every((test) => test(value));
  };
}
function anyItem(test) {
  return (value) => Array.isArray(value) ? value.some((item) => item !== void 0 && item !== null && test(textOf(item))) : value !== void 0 && value !== null && test(textOf(value));
}
function textOf(value) {
  if (value instanceof Date) return value.toISOString().toLowerCase();
  return String(value).toLowerCase();
}
function wordsPattern(words) {
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`, "iu");
}
function compareTo(value, bound) {
  const boundIsNumber = typeof bound === "number" || NUMBER.test(String(bound).trim());
  const valueIsNumber = typeof value === "number" || typeof value === "string" && NUMBER.test(value.trim());
  if (boundIsNumber && valueIsNumber) return Number(value) - Number(bound);
  const time = timeOf(value);
  const limit = timeOf(bound);
  return time === void 0 || limit === void 0 ? NaN : time - limit;
}

// src/select/key-table.ts
var KeyTable = class {
  bytes = Buffer.alloc(1 << 16);
  used = 0;
  /** Open addressing: entry number + 1 per slot, 0 for an empty slot; kept at most half full. */
  slots = new Int32Array(1 << 10);
  hashes = new Int32Array(1 << 9);
  starts = new Float64Array(1 << 9);
  lengths = new Int32Array(1 << 9);
  values = new Int32Array(1 << 9);
  size = 0;
  scratch = Buffer.alloc(1 << 10);
  /** The number stored under `key`, or undefined. */
  get(key2) {
    const length = this.encode(key2);
    const hash = hashBytes(this.scratch, length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return void 0;
      if (this.hashes[entry] === hash && this.sameBytes(entry, length)) return this.values[entry];
    }
  }
  /**
   * The number stored under `key`; when there is none, stores `value` under it and returns
   * undefined. One encoding and one hash of the key for both.
   */
  firstOrAdd(key2, value) {
    const length = this.encode(key2);
    const hash = hashBytes(this.scratch, length);
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = slot + 1 & mask) {
      const entry2 = this.slots[slot] - 1;
      if (entry2 < 0) break;
      if (this.hashes[entry2] === hash && this.sameBytes(entry2, length)) return this.values[entry2];
    }
    if (this.size === this.hashes.length) this.growEntries();
    if (2 * (this.size + 1) > this.slots.length) {
      this.growSlots();
      mask = this.slots.length - 1;
      slot = hash & mask;
      while (this.slots[slot] !== 0) slot = slot + 1 & mask;
    }
    while (this.used + length > this.bytes.length) {
      const larger = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    this.scratch.copy(this.bytes, this.used, 0, length);
    const entry = this.size++;
    this.hashes[entry] = hash;
    this.starts[entry] = this.used;
    this.lengths[entry] = length;
    this.values[entry] = value;
    this.used += length;
    this.slots[slot] = entry + 1;
    return void 0;
  }
  /** Writes `key` as UTF-8 into the scratch buffer; returns its length in bytes. */
  encode(key2) {
    if (key2.length * 3 > this.scratch.length) this.scratch = Buffer.alloc(key2.length * 3);
    return this.scratch.write(key2, 0, "utf8");
  }
  sameBytes(entry, length) {
    if (this.lengths[entry] !== length) return false;
    const start = this.starts[entry];
    return this.scratch.compare(this.bytes, start, start + length, 0, length) === 0;
  }
  place(entry) {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] !== 0) slot = slot + 1 & mask;
    this.slots[slot] = entry + 1;
  }
  growEntries() {
    this.hashes = grown(this.hashes);
    this.starts = grown(this.starts);
    this.lengths = grown(this.lengths);
    this.values = grown(this.values);
  }
  growSlots() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.size; entry++) this.place(entry);
  }
};
function grown(array) {
  const larger = new array.constructor(array.length * 2);
  larger.set(array);
  return larger;
}
function hashBytes(bytes, length) {
  let hash = 2166136261;
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ bytes[index], 16777619);
  return hash | 0;
}

// src/select/dedupe.ts
var OpeningSets = class {
  keys;
  firstWithKey;
  parent = new Int32Array(1024);
  size = 0;
  /** `dedupe` false: every listing is an opening of its own, and no key is kept. */
  constructor(dedupe = true) {
    this.keys = dedupe ? IDENTITY_KEYS : [];
    this.firstWithKey = this.keys.map(() => new KeyTable());
  }
  /** How many nodes there are. */
  get count() {
    return this.size;
  }
  /**
   * Adds `listing` as the next node and joins it with every opening it shares a key with.
   * Returns the node, which becomes the joined opening's root, and the roots the openings it
   * joined had before.
   */
  add(listing) {
    const node = this.size++;
    if (node === this.parent.length) this.parent = grown(this.parent);
    this.parent[node] = node;
    const joined = [];
    for (let kind = 0; kind < this.keys.length; kind++) {
      const first = this.firstWithKey[kind].firstOrAdd(this.keys[kind](listing), node);
      if (first === void 0) continue;
      const root3 = this.find(first);
      if (!joined.includes(root3)) joined.push(root3);
    }
    for (const root3 of joined) this.parent[root3] = node;
    return { node, joined };
  }
  /** The root of the opening `node` is in (path halving). */
  find(node) {
    let current = node;
    while (this.parent[current] !== current) {
      const grandparent = this.parent[this.parent[current]];
      this.parent[current] = grandparent;
      current = grandparent;
    }
    return current;
  }
  /** Whether every identity key of `listing` belongs to the opening of `node`. */
  holds(node, listing) {
    const root3 = this.find(node);
    return this.keys.every((keyOf, kind) => {
      const first = this.firstWithKey[kind].get(keyOf(listing));
      return first !== void 0 && this.find(first) === root3;
    });
  }
};
var IDENTITY_KEYS = [
  (listing) => listing.id,
  (listing) => normalizeUrl(listing.url),
  (listing) => `${foldText(listing.company)}
${foldText(listing.title)}
${foldText(listing.location)}`
];

// src/select/selector.ts
var OpeningSelector = class {
  /** `maxRows`: the most rows shown, 0 for all. */
  constructor(maxRows, { compare = compareOpenings, dedupe = true } = {}) {
    this.maxRows = maxRows;
    this.capacity = maxRows + Math.max(maxRows, MIN_SLACK);
    this.compare = compare;
    this.openings = new OpeningSets(dedupe);
  }
  maxRows;
  openings;
  capacity;
  compare;
  /** Per node: its posting time, its place in the feed, its state (HELD, LOST or DROPPED). */
  postedAt = new Float64Array(1024);
  place = new Float64Array(1024);
  state = new Uint8Array(1024);
  /** Per root: the node of the opening's newest posting. */
  newest = new Int32Array(1024);
  /** The postings kept in full, by node: every opening's newest that can still be shown. */
  held = /* @__PURE__ */ new Map();
  /** The last posting kept by the last trim: a posting ranked below it is lost on arrival. */
  threshold;
  /** The best-ranked posting ever lost. */
  bestLost;
  /** Nodes of lost postings by place, while `missing` awaits `recover`. */
  awaited = /* @__PURE__ */ new Map();
  /**
   * Takes the next candidate of the feed. `place` names it in `missing` and `recover`: its
   * position in the feed unless told otherwise.
   */
  add(listing, place = listing.position) {
    const { node, joined } = this.openings.add(listing);
    this.grow(node);
    this.postedAt[node] = listing.postedAt;
    this.place[node] = place;
    let newest = node;
    for (const root3 of joined) {
      const candidate = this.newest[root3];
      if (this.isNewer(candidate, newest)) newest = candidate;
    }
    for (const root3 of joined) {
      const previous = this.newest[root3];
      if (previous !== newest) this.drop(previous);
    }
    this.newest[node] = newest;
    if (newest === node) this.keep(node, listing);
    else this.state[node] = DROPPED;
  }
  /**
   * The places of the lost postings that could rank among the rows: empty when the rows are
   * known. Read them again and give each to `recover` before asking for `rows`.
   */
  missing() {
    this.awaited = this.lostInReach();
    return new Set(this.awaited.keys());
  }
  /** Whether `missing` named `place` and `recover` has not had it yet. */
  awaits(place) {
    return this.awaited.has(place);
  }
  /**
   * Takes back a lost posting named by `missing`. False when it is not the posting that was
   * lost (its time or its keys differ: the feed changed between the two reads).
   */
  recover(listing, place = listing.position) {
    const node = this.awaited.get(place);
    if (node === void 0) return false;
    if (this.postedAt[node] !== listing.postedAt || !this.openings.holds(node, listing))
      return false;
    this.awaited.delete(place);
    this.state[node] = HELD;
    this.held.set(node, listing);
    return true;
  }
  /** The openings shown: deduped, in the selector's order, at most `maxRows`. */
  rows() {
    if (this.lostInReach().size > 0)
      throw new Error("rows() before recovering what missing() named");
    const ranked = this.ranked();
    return this.maxRows > 0 ? ranked.slice(0, this.maxRows) : ranked;
  }
  /** Lost postings, by place, that could rank among the rows (see the module comment). */
  lostInReach() {
    const inReach = /* @__PURE__ */ new Map();
    const bestLost = this.bestLost;
    if (!bestLost) return inReach;
    const last = this.ranked()[this.maxRows - 1];
    if (last && this.compare(last, bestLost) < 0) return inReach;
    const oldest = this.compare === compareOpenings ? last?.postedAt ?? -Infinity : -Infinity;
    for (let node = 0; node < this.openings.count; node++)
      if (this.state[node] === LOST && this.postedAt[node] >= oldest)
        inReach.set(this.place[node], node);
    return inReach;
  }
  grow(node) {
    if (node < this.state.length) return;
    this.postedAt = grown(this.postedAt);
    this.place = grown(this.place);
    this.state = grown(this.state);
    this.newest = grown(this.newest);
  }
  /** Newer posting, or the earlier in the feed on a tie. */
  isNewer(node, other) {
    const time = this.postedAt[node];
    const otherTime = this.postedAt[other];
    return time > otherTime || time === otherTime && node < other;
  }
  drop(node) {
    this.held.delete(node);
    this.state[node] = DROPPED;
  }
  /** Keeps a new newest posting in full, unless it ranks too low to matter now. */
  keep(node, listing) {
    const full = this.maxRows > 0 && this.held.size >= this.capacity;
    if (full && this.threshold && this.compare(listing, this.threshold) > 0) {
      this.lose(node, listing);
      return;
    }
    this.state[node] = HELD;
    this.held.set(node, listing);
    if (this.maxRows > 0 && this.held.size >= 2 * this.capacity) this.trim();
  }
  /** Keeps the best `capacity` postings; the rest are lost. */
  trim() {
    const ranked = [...this.held].sort(([, a], [, b]) => this.compare(a, b));
    for (const [node, listing] of ranked.slice(this.capacity)) {
      this.held.delete(node);
      this.lose(node, listing);
    }
    this.threshold = ranked[this.capacity - 1]?.[1];
  }
  lose(node, listing) {
    this.state[node] = LOST;
    if (!this.bestLost || this.compare(listing, this.bestLost) < 0) this.bestLost = listing;
  }
  ranked() {
    return [...this.held.values()].sort(this.compare);
  }
};
function compareOpenings(a, b) {
  return b.postedAt - a.postedAt || compareNames(a, b, (text4) => text4.toLowerCase()) || compareNames(a, b, (text4) => text4);
}
var MIN_SLACK = 100;
var HELD = 1;
var LOST = 2;
var DROPPED = 3;
function compareNames(a, b, form) {
  return compareCodeUnits(form(a.company), form(b.company)) || compareCodeUnits(form(a.title), form(b.title)) || compareCodeUnits(form(a.id), form(b.id));
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/select/sort-keys.ts
function sortComparator(keys2, timezone) {
  if (!keys2?.length) return compareOpenings;
  const readers = keys2.map((key2) => keyReader(key2, timezone));
  const directions = keys2.map((key2) => key2.order === "desc" ? -1 : 1);
  const cache = /* @__PURE__ */ new WeakMap();
  const valuesOf = (listing) => {
    let values = cache.get(listing);
    if (!values) {
      values = readers.map((read) => read(listing));
      cache.set(listing, values);
    }
    return values;
  };
  return (a, b) => {
    const left = valuesOf(a);
    const right = valuesOf(b);
    for (let index = 0; index < readers.length; index++) {
      const order = compareValues(left[index], right[index], directions[index]);
      if (order !== 0) return order;
    }
    return a.position - b.position || compareOpenings(a, b);
  };
}
function keyReader(key2, timezone) {
  if (key2.by === "day") {
    const day = dayFormat(key2.timezone ?? timezone);
    return (listing) => {
      const time = timeOf(fieldValue(listing, key2.field));
      return time === void 0 ? void 0 : day.format(time);
    };
  }
  return (listing) => {
    const value = comparable(fieldValue(listing, key2.field));
    return typeof value === "string" && key2.ignoreCase ? value.toLowerCase() : value;
  };
}
function dayFormat(zone) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
}
function comparable(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number") return Number.isNaN(value) ? void 0 : value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(String).join("\n");
  return String(value);
}
function compareValues(a, b, direction) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
  return (a < b ? -1 : 1) * direction;
}

// src/select/select.ts
function isCandidate(listing, options) {
  let test = candidateTests.get(options);
  if (!test) {
    test = candidateTest(options);
    candidateTests.set(options, test);
  }
  return test(listing);
}
var BoardSelections = class {
  boards;
  /** Company -> the link of its last listing that had one; only when a board fills links. */
  companyUrls;
  /** One SelectOptions per board, in the order `rows` is asked. */
  constructor(boards) {
    this.boards = boards.map((options) => ({ options, selector: selectorFor(options) }));
    if (boards.some((options) => options.fillCompanyUrls === "feed")) this.companyUrls = /* @__PURE__ */ new Map();
  }
  /**
   * Whether any board could show the record, judged on its selection fields alone; every
   * record when a board fills company links from the whole feed.
   */
  wants(fields) {
    return this.companyUrls !== void 0 || this.boards.some(({ options }) => isCandidate(fields, options));
  }
  add(listing) {
    if (listing.companyUrl) this.companyUrls?.set(listing.company, listing.companyUrl);
    for (const { options, selector } of this.boards)
      if (isCandidate(listing, options)) selector.add(listing);
  }
  /** Positions in the feed of listings some board needs again; usually none. */
  missing() {
    return new Set(this.boards.flatMap(({ selector }) => [...selector.missing()]));
  }
  /** Takes back a listing `missing` named; false when it is not the one lost (the feed changed). */
  recover(listing) {
    return this.boards.every(
      ({ selector }) => !selector.awaits(listing.position) || selector.recover(listing)
    );
  }
  /**
   * The openings of the board at `index` (of the constructor's list). With `fillCompanyUrls`,
   * each links its company as the company's last listing with a link in the feed (or among the
   * rows) does.
   */
  rows(index) {
    const board = this.boards[index];
    if (!board) throw new Error(`no board ${index}`);
    const rows = board.selector.rows();
    const fill = board.options.fillCompanyUrls;
    if (fill === "shown") return withCompanyUrls(rows, companyUrlsOf(rows));
    return fill === "feed" && this.companyUrls ? withCompanyUrls(rows, this.companyUrls) : rows;
  }
};
function companyUrlsOf(listings) {
  const urls = /* @__PURE__ */ new Map();
  const inFeedOrder = [...listings].sort((a, b) => a.position - b.position);
  for (const listing of inFeedOrder)
    if (listing.companyUrl) urls.set(listing.company, listing.companyUrl);
  return urls;
}
function withCompanyUrls(rows, urls) {
  return rows.map((listing) => {
    const companyUrl = urls.get(listing.company);
    return companyUrl === void 0 ? listing : { ...listing, companyUrl };
  });
}
var DAY_MS2 = 24 * 60 * 60 * 1e3;
var candidateTests = /* @__PURE__ */ new WeakMap();
function selectorFor(options) {
  return new OpeningSelector(options.maxRows, {
    compare: sortComparator(options.selection?.sort, options.timezone ?? "UTC"),
    dedupe: options.selection?.dedupe
  });
}
function candidateTest(options) {
  const { category, keywords, now, maxAgeDays, keepClosed, selection } = options;
  const inCategory = category ? categoryMatcher(category, keywords) : () => true;
  const latest = now.getTime() + DAY_MS2;
  const earliest = maxAgeDays > 0 ? now.getTime() - maxAgeDays * DAY_MS2 : -Infinity;
  const filters = [
    ...selection?.visible ? [filterTest({ field: selection.visible, equals: true })] : [],
    ...selection?.filter ? [filterTest(selection.filter)] : []
  ];
  return (listing) => (keepClosed || listing.active !== false) && listing.postedAt >= earliest && listing.postedAt <= latest && inCategory(listing) && (!("record" in listing) || filters.every((test) => test(listing)));
}

// src/zones/splice.ts
function spliceZones(readme, zones, contents) {
  const replacements = [...contents].flatMap(([name, content]) => {
    const zone = zones.get(name);
    return zone ? [{ zone, lines: withLineEndings(content, zone.eol) }] : [];
  }).sort((a, b) => a.zone.contentStart - b.zone.contentStart);
  let result = "";
  let copiedUpTo = 0;
  for (const { zone, lines } of replacements) {
    result += readme.slice(copiedUpTo, zone.contentStart) + lines;
    copiedUpTo = zone.contentEnd;
  }
  return result + readme.slice(copiedUpTo);
}
function zoneContent(readme, zone) {
  return withLineEndings(readme.slice(zone.contentStart, zone.contentEnd), "\n").replace(/\n$/, "");
}
function withLineEndings(text4, eol) {
  if (text4 === "") return "";
  const lines = text4.split(LINE_ENDING);
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line) => line + eol).join("");
}

// src/board.ts
var MAX_PRINTED_WARNINGS = 20;
async function buildBoards(run, boards, io, site = {}) {
  const groups = readmeGroups(boards);
  const readmes = await Promise.all(groups.map((group) => readReadme(group, io)));
  for (const board of boards)
    if (board.archivePath) archivePath(board.archivePath, run.now, board.timezone);
  const selections = new BoardSelections(boards.map((board) => selectOptions(board, run.now)));
  const loaded = await loadListings(run, io, selections);
  for (const warning of loaded.warnings) io.warn(warning);
  reportInvalid(loaded, run.strict, io.warn);
  const selected = boards.map((board, index) => {
    const rows = selections.rows(index);
    if (rows.length === 0 && !board.allowEmpty)
      throw errors.emptySelection(board.category, loaded.valid, loaded.read, loaded.feed);
    return zoneOrder(rows, board.rowShape.closed);
  });
  const results = [];
  for (const [index, group] of groups.entries()) {
    const tables = group.map((board) => selected[boards.indexOf(board)]);
    const built = await buildReadme(run, group, readmes[index], tables, loaded, io, site);
    for (const [member, result] of built.entries()) results[boards.indexOf(group[member])] = result;
  }
  const files = results.flatMap((result) => result.files);
  return {
    boards: results,
    files,
    changed: files.length > 0,
    invalid: loaded.invalid,
    invalidCount: loaded.invalidCount,
    totals: runTotals(results, boards[0], loaded.invalidCount)
  };
}
function boardChanged(readme, zones, contents) {
  const held = new Map([...contents].filter(([name]) => name !== "updated"));
  return spliceZones(readme, zones, held) !== readme;
}
function readmeGroups(boards) {
  const groups = /* @__PURE__ */ new Map();
  for (const board of boards) groups.set(board.readme, [...groups.get(board.readme) ?? [], board]);
  return [...groups.values()];
}
async function readReadme(group, io) {
  const { readme, markerPrefix } = group[0];
  const before = await io.readFile(readme);
  if (before === void 0) throw errors.readmeMissing(readme);
  const needed = group.map((board) => openingsZone(board.zone));
  return { before, zones: await findZones(before, markerPrefix, needed) };
}
async function buildReadme(run, group, { before, zones }, tables, loaded, io, site) {
  const first = group[0];
  const readme = new ReadmeRenderer(before, zones, group, run.now);
  const fitted = fitToSize(tables, readme, first);
  const results = [];
  for (const [index, config] of group.entries()) {
    const rows = fitted.tables[index];
    const changes = await tableChanges(
      zoneContent(before, zones.get(openingsZone(config.zone))),
      fitted.contents.get(openingsZone(config.zone)) ?? "",
      mainTableRows(rows, config.rowShape.closed).map((row) => row.url),
      postingColumn(config.table)
    );
    guardRemovals(changes, config.maxRemovedPercent);
    const readmeFile = index === 0 && fitted.readme !== before ? [{ path: config.readme, text: fitted.readme }] : [];
    const files = [...readmeFile, ...await companionFiles(config, run.now, rows, io, site)];
    results.push({
      readmePath: config.readme,
      zone: config.zone,
      before,
      after: fitted.readme,
      changed: files.length > 0,
      stats: computeStats(rows, config),
      rows,
      leftOut: fitted.leftOut[index],
      added: changes.added,
      removed: changes.removed,
      invalid: loaded.invalid,
      invalidCount: loaded.invalidCount,
      files,
      contents: fitted.contents
    });
  }
  return results;
}
function fitToSize(tables, readme, first) {
  const shown2 = [...tables];
  const leftOut = tables.map(() => 0);
  const others = (values, index, value) => values.map((each, at) => at === index ? value : each);
  for (let index = tables.length - 1; index >= 0; index--) {
    try {
      const fitted = fitRows(
        tables[index],
        first.maxBytes,
        (rows) => readme.rowSizes(index, rows),
        (rows, out) => readme.render(others(shown2, index, rows), others(leftOut, index, out))
      );
      shown2[index] = fitted.rows;
      leftOut[index] = fitted.leftOut;
    } catch (error) {
      if (!(error instanceof NoRoomForRows)) throw error;
      if (index === 0) throw errors.readmeTooLarge(first.readme, error.bytes, first.maxBytes);
      shown2[index] = [];
      leftOut[index] = tables[index].length;
    }
  }
  return {
    tables: shown2,
    leftOut,
    readme: readme.render(shown2, leftOut),
    contents: readme.contentsOf(shown2, leftOut)
  };
}
var FILL_FROM = { "as-given": void 0, fill: "feed", "fill-shown": "shown" };
function selectOptions(config, now) {
  return {
    category: config.category,
    keywords: config.keywords,
    now,
    maxAgeDays: config.maxAgeDays,
    maxRows: config.maxRows,
    selection: config.selection,
    keepClosed: config.rowShape.closed !== "drop",
    fillCompanyUrls: FILL_FROM[config.rowShape.companyUrl],
    timezone: config.timezone
  };
}
function reportInvalid({ invalid: invalid2, invalidCount }, strict, warn) {
  const first = invalid2[0];
  if (first && strict) throw errors.invalidRecord(first.position, first.id, first.reason);
  for (const record of invalid2.slice(0, MAX_PRINTED_WARNINGS))
    warn(
      `Skipped listing #${record.position}${record.id ? ` (id ${record.id})` : ""}: ${record.reason}`
    );
  const unprinted = invalidCount - MAX_PRINTED_WARNINGS;
  if (unprinted > 0) warn(`Skipped ${unprinted} more invalid listings (${invalidCount} in all).`);
}
function guardRemovals(changes, maxRemovedPercent) {
  const { removed, previousRows } = changes;
  if (previousRows > 0 && removed.length * 100 > maxRemovedPercent * previousRows)
    throw errors.tooManyRemoved(removed.length, previousRows, maxRemovedPercent);
}
async function companionFiles(config, now, rows, io, site) {
  const { labels, timezone, utm, category } = config;
  const feeds = config.feedPaths.length > 0 ? await import("./feeds-5ES4EH6Y.js") : void 0;
  const wanted = (feeds?.feedFiles(rows, { paths: config.feedPaths, labels, timezone, utm, category, ...site }) ?? []).map((feed) => ({ path: feed.path, text: feed.content }));
  if (config.archivePath)
    wanted.push({
      path: archivePath(config.archivePath, now, timezone),
      text: archiveDocument(rows, { labels, timezone, utm, category, now })
    });
  const writes = [];
  for (const file of wanted) if (await io.readFile(file.path) !== file.text) writes.push(file);
  return [...writes, ...await expiredSnapshots(config, now, io)];
}
async function expiredSnapshots(config, now, io) {
  const { archivePath: template, archiveDays, timezone } = config;
  if (!template || archiveDays === void 0) return [];
  const existing = await io.listFiles(archiveFolder(template));
  return expiredArchives(existing, template, now, timezone, archiveDays).map((path) => ({
    path,
    deleted: true
  }));
}
var ReadmeRenderer = class {
  constructor(readme, zones, boards, now) {
    this.readme = readme;
    this.zones = zones;
    this.boards = boards;
    this.now = now;
  }
  readme;
  zones;
  boards;
  now;
  render = (tables, leftOut) => {
    const contents = this.contentsOf(tables, leftOut);
    return boardChanged(this.readme, this.zones, contents) ? spliceZones(this.readme, this.zones, contents) : this.readme;
  };
  /** The new content of each zone the boards write; another table's zone is left alone. */
  contentsOf(tables, leftOut) {
    const contents = /* @__PURE__ */ new Map();
    for (const name of this.zones.keys()) {
      const content = this.zoneMarkdown(name, tables, leftOut);
      if (content !== void 0) contents.set(name, content);
    }
    return contents;
  }
  /** Bytes each row's line of table `index` takes in the README, its line ending included. */
  rowSizes(index, rows) {
    const eol = this.zoneOf(index).eol.length;
    return this.table(index, rows).rowLines.map((line) => Buffer.byteLength(line, "utf8") + eol);
  }
  get first() {
    return this.boards[0];
  }
  zoneOf(index) {
    return this.zones.get(openingsZone(this.boards[index]?.zone));
  }
  zoneMarkdown(name, tables, leftOut) {
    const { labels, timezone, locale, maxAgeDays } = this.first;
    const { now } = this;
    switch (name) {
      case "updated":
        return toMarkdown(updatedLine(now, { labels, timezone, locale }));
      case "stats":
        return toMarkdown(statsBlock(computeStats(tables.flat(), this.first), { labels }));
      case "chart":
        return toMarkdown(chartBlock(tables.flat(), { now, timezone, locale, labels, maxAgeDays }));
      case "counts":
        return this.counts(tables);
      default: {
        const index = this.boards.findIndex((board) => openingsZone(board.zone) === name);
        if (index < 0) return void 0;
        return this.openings(index, tables[index], leftOut[index]);
      }
    }
  }
  openings(index, rows, leftOut) {
    const { labels } = this.boards[index];
    const table2 = this.table(index, rows).lines.join("\n");
    return leftOut > 0 ? `${table2}

${toMarkdown(leftOutNote(leftOut, labels))}` : table2;
  }
  counts(tables) {
    const template = this.boards.find((board) => board.counts !== void 0)?.counts;
    const counted = this.boards.map((board, index) => {
      const rows = tables[index];
      const heading2 = this.zoneOf(index).heading;
      return {
        count: mainTableRows(rows, board.rowShape.closed).length,
        closed: rows.filter((row) => !row.active).length,
        heading: heading2?.text ?? "",
        anchor: heading2?.anchor ?? "",
        zone: board.zone ?? "openings",
        category: board.category ?? "",
        title: board.zoneTitle ?? heading2?.text ?? board.zone ?? ""
      };
    });
    return countsBlock(counted, template);
  }
  // Fitting a big table asks for the full table twice (to render it, then to size its rows).
  lastTables = /* @__PURE__ */ new Map();
  table(index, rows) {
    const last = this.lastTables.get(index);
    if (last?.rows === rows) return last.lines;
    const { labels, timezone, locale, utm, rowShape, table: table2 } = this.boards[index];
    const { closed, repeatCompany } = rowShape;
    const lines = zoneRows(rows, {
      labels,
      timezone,
      locale,
      utm,
      now: this.now,
      columns: tableColumns(table2.columns),
      format: table2.format,
      closed,
      repeatCompany
    });
    this.lastTables.set(index, { rows, lines });
    return lines;
  }
};
function boardLabel(board) {
  return board.zone === void 0 ? board.readmePath : `${board.readmePath} (${board.zone})`;
}
function runTotals(boards, options, skipped) {
  const sum = (count) => boards.reduce((total, board) => total + count(board), 0);
  return {
    stats: computeStats(
      boards.flatMap((board) => board.rows),
      options
    ),
    added: sum((board) => board.added.length),
    removed: sum((board) => board.removed.length),
    skipped
  };
}

// src/run.ts
var ReadChanged = class extends Error {
  name = "ReadChanged";
};
var MAX_CONFLICT_RETRIES = 3;
async function runBoards(settings, boards, store, log, editSources) {
  const plan = planFiles(settings, boards);
  for (let retry = 0; retry <= MAX_CONFLICT_RETRIES; retry++) {
    const snapshot = await store.read(plan);
    const edited = editSources ? await editSources(snapshot.io.readFile) : [];
    const io = { ...withFiles(snapshot.io, edited), warn: retry === 0 ? log.warn : () => {
    } };
    const built = await buildBoards(settings, boards, io, snapshot.site);
    const run = edited.length ? { ...built, files: [...edited, ...built.files], changed: true } : built;
    if (!run.changed || settings.dryRun) return { run };
    try {
      return { run, written: await store.write(snapshot, run) };
    } catch (error) {
      if (!(error instanceof ReadChanged)) throw error;
      log.info(`${error.message}; reading it again.`);
    }
  }
  throw store.busy(MAX_CONFLICT_RETRIES + 1);
}
function withFiles(io, files) {
  if (files.length === 0) return io;
  const texts = new Map(files.flatMap((file) => "text" in file ? [[file.path, file.text]] : []));
  return {
    ...io,
    readFile: async (path) => texts.get(path) ?? io.readFile(path),
    streamFile: io.streamFile && ((path) => texts.has(path) ? void 0 : io.streamFile?.(path))
  };
}
function planFiles(settings, boards) {
  const targets = boards.flatMap((board) => [
    board.readme,
    ...board.feedPaths,
    ...board.archivePath ? [archivePath(board.archivePath, settings.now, board.timezone)] : []
  ]);
  return {
    sources: isHttpUrl(settings.listings) ? [] : [settings.listings],
    targets: [...new Set(targets)],
    folders: archiveFolders(boards)
  };
}
function archiveFolders(boards) {
  const depths = /* @__PURE__ */ new Map();
  for (const { archivePath: template, archiveDays } of boards) {
    if (!template || archiveDays === void 0) continue;
    const folder = archiveFolder(template);
    const depth = segments(template) - segments(folder);
    depths.set(folder, Math.max(depth, depths.get(folder) ?? 0));
  }
  return [...depths].map(([path, depth]) => ({ path, depth }));
}
function segments(path) {
  return path === "" ? 0 : path.split("/").length;
}

export {
  openingsTable,
  foldText,
  salaryText,
  buildBoards,
  boardChanged,
  boardLabel,
  ReadChanged,
  runBoards,
  planFiles
};
