import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  foldText
} from "./chunk-5R6ZADQT.js";
import {
  normalizeUrl
} from "./chunk-DRQNNRXV.js";

// src/select/key-table.ts
var KeyTable = class {
  /** The pages of key bytes; the key being looked up is written just after the last page's. */
  pages = [Buffer.alloc(FIRST_PAGE_BYTES)];
  page = this.pages[0];
  /** How much of the last page the kept keys fill. */
  used = 0;
  /** Open addressing: entry number + 1 per slot, 0 for an empty slot; kept at most half full. */
  slots = new Int32Array(1 << 10);
  hashes = new Int32Array(1 << 9);
  /** Where each key's bytes start: its page × PAGE_STRIDE + its offset in the page. */
  starts = new Float64Array(1 << 9);
  lengths = new Int32Array(1 << 9);
  values = new Int32Array(1 << 9);
  size = 0;
  /** The hash of the key encode() wrote last. */
  hash = 0;
  /** The number stored under `key`, or undefined. */
  get(key) {
    const length = this.encode(key);
    const hash = this.hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return void 0;
      if (this.hashes[entry] === hash && this.sameBytes(entry, length)) return this.values[entry];
    }
  }
  /**
   * The number stored under `key`; when there is none, stores `value` under it and returns
   * undefined. The key is encoded and hashed once, in the place its bytes are kept.
   */
  firstOrAdd(key, value) {
    const length = this.encode(key);
    const hash = this.hash;
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
    const entry = this.size++;
    this.hashes[entry] = hash;
    this.starts[entry] = (this.pages.length - 1) * PAGE_STRIDE + this.used;
    this.lengths[entry] = length;
    this.values[entry] = value;
    this.used += length;
    this.slots[slot] = entry + 1;
    return void 0;
  }
  /**
   * Writes `key` just after the kept keys and hashes it (FNV-1a over its bytes, into `hash`);
   * returns its length in bytes. The bytes are UTF-8, with a lone surrogate written as the
   * three bytes of its code point (WTF-8), which UTF-8 cannot hold: so two keys have the same
   * bytes only when they are the same.
   */
  encode(key) {
    const most = key.length * 3;
    if (this.used + most > this.page.length) {
      const size = Math.min(this.page.length * 2, PAGE_BYTES);
      this.page = Buffer.alloc(Math.max(size, most));
      this.pages.push(this.page);
      this.used = 0;
    }
    const bytes = this.page;
    let at = this.used;
    let hash = FNV_OFFSET;
    for (let index = 0; index < key.length; index++) {
      let code = key.charCodeAt(index);
      if (code < 128) {
        bytes[at++] = code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        continue;
      }
      const start = at;
      if (code < 2048) {
        bytes[at++] = 192 | code >> 6;
      } else {
        const low = code < 56320 && code >= 55296 ? key.charCodeAt(index + 1) : 0;
        if (low >= 56320 && low < 57344) {
          code = 65536 + (code - 55296 << 10) + (low - 56320);
          index++;
          bytes[at++] = 240 | code >> 18;
          bytes[at++] = 128 | code >> 12 & 63;
        } else bytes[at++] = 224 | code >> 12;
        bytes[at++] = 128 | code >> 6 & 63;
      }
      bytes[at++] = 128 | code & 63;
      for (let byte = start; byte < at; byte++) hash = Math.imul(hash ^ bytes[byte], FNV_PRIME);
    }
    this.hash = hash | 0;
    return at - this.used;
  }
  /** Whether the kept key `entry` has the bytes of the key just encoded. */
  sameBytes(entry, length) {
    if (this.lengths[entry] !== length) return false;
    const start = this.starts[entry];
    const page = this.pages[Math.floor(start / PAGE_STRIDE)];
    const offset = start % PAGE_STRIDE;
    return this.page.compare(page, offset, offset + length, this.used, this.used + length) === 0;
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
var FIRST_PAGE_BYTES = 1 << 16;
var PAGE_BYTES = 1 << 20;
var PAGE_STRIDE = 2 ** 32;
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;

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
      const key = this.keys[kind](listing);
      if (key === void 0) continue;
      const first = this.firstWithKey[kind].firstOrAdd(key, node);
      if (first === void 0) continue;
      const root = this.find(first);
      if (!joined.includes(root)) joined.push(root);
    }
    for (const root of joined) this.parent[root] = node;
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
    const root = this.find(node);
    return this.keys.every((keyOf, kind) => {
      const key = keyOf(listing);
      if (key === void 0) return true;
      const first = this.firstWithKey[kind].get(key);
      return first !== void 0 && this.find(first) === root;
    });
  }
};
function distinctOpenings(tables, dedupe = true) {
  const rows = tables.flat().filter((row) => row.active);
  if (!dedupe) {
    const seen = /* @__PURE__ */ new Set();
    return rows.filter((row) => !seen.has(row.position) && seen.add(row.position));
  }
  const sets = new OpeningSets();
  const nodes = rows.map((row) => sets.add(row).node);
  const kept = /* @__PURE__ */ new Map();
  rows.forEach((row, index) => {
    const root = sets.find(nodes[index]);
    if (!kept.has(root)) kept.set(root, row);
  });
  return [...kept.values()];
}
var IDENTITY_KEYS = [
  (listing) => listing.id,
  (listing) => listing.url && normalizeUrl(listing.url),
  (listing) => `${foldText(listing.company)}
${foldText(listing.title)}
${foldText(listing.location)}`
];

// src/select/selector.ts
var UNLIKE_NAMES = 4;
var OpeningSelector = class {
  /** `maxRows`: the most open rows shown (and the most closed ones), 0 for all. */
  constructor(maxRows, { compare = compareOpenings, dedupe = true, closedApart = false } = {}) {
    this.maxRows = maxRows;
    this.capacity = maxRows + Math.max(maxRows, MIN_SLACK);
    this.compare = compare;
    this.closedApart = closedApart;
    this.openings = new OpeningSets(dedupe);
  }
  maxRows;
  openings;
  capacity;
  compare;
  /**
   * Per node: its posting time, its place in the feed, its state (HELD, LOST, DROPPED, HIDDEN),
   * its kind (OPEN, CLOSED).
   */
  postedAt = new Float64Array(1024);
  place = new Float64Array(1024);
  state = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  /** Per root: the node of the opening's newest posting. */
  newest = new Int32Array(1024);
  /**
   * Each kind's (OPEN, CLOSED) postings kept in full, by node: every opening's newest that can
   * still be shown.
   */
  held = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  /** Per kind, the last posting kept by the last trim: one ranked below it is lost on arrival. */
  threshold = [void 0, void 0];
  /** Per kind, the best-ranked posting ever lost. */
  bestLost = [void 0, void 0];
  closedApart;
  /** Nodes of lost postings by place, while `missing` awaits `recover`. */
  awaited = /* @__PURE__ */ new Map();
  /**
   * The records merged into an opening whose newest posting held in full has another title and
   * no id in common given by the feed (postings sharing one careers page's link, not reposts of
   * one role; a missing id is no sign of one posting): how many, and the first (UNLIKE_NAMES)
   * of both sides, each named by its title and its id when the feed gave one.
   */
  unlike = { count: 0, names: [] };
  /**
   * Takes the next candidate of the feed. `place` names it in `missing` and `recover`: its
   * position in the feed unless told otherwise. `shown` false: a record that is never a row (a
   * closed one the board drops) but is its opening's newest posting like any other, so while
   * it is, the opening shows no row.
   */
  add(listing, place = listing.position, shown = true) {
    const { node, joined } = this.openings.add(listing);
    this.grow(node);
    this.postedAt[node] = listing.postedAt;
    this.place[node] = place;
    this.kind[node] = kindOf(listing);
    let newest = node;
    for (const root of joined) {
      const other = this.held[this.kind[this.newest[root]]].get(this.newest[root]);
      if (other && isUnlike(other, listing)) {
        this.unlike.count++;
        for (const name of [other, listing].map(unlikeName))
          if (this.unlike.names.length < UNLIKE_NAMES && !this.unlike.names.includes(name))
            this.unlike.names.push(name);
      }
    }
    for (const root of joined) {
      const candidate = this.newest[root];
      if (this.isNewer(candidate, newest)) newest = candidate;
    }
    for (const root of joined) {
      const previous = this.newest[root];
      if (previous !== newest) this.drop(previous);
    }
    this.newest[node] = newest;
    if (newest !== node) this.state[node] = DROPPED;
    else if (shown) this.keep(node, listing);
    else this.state[node] = HIDDEN;
  }
  /**
   * The places of the lost postings that could rank among the rows: empty when the rows are
   * known. Read them again and give each to `recover` before asking for `rows`.
   */
  missing() {
    this.awaited = new Map([...this.lostInReach(OPEN), ...this.lostInReach(CLOSED)]);
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
    this.held[this.kind[node]].set(node, listing);
    return true;
  }
  /**
   * The openings shown, deduped, in the selector's order: at most `maxRows` open ones, and the
   * closed ones beside them (see the module comment).
   */
  rows() {
    if (this.lostInReach(OPEN).size + this.lostInReach(CLOSED).size > 0)
      throw new Error("rows() before recovering what missing() named");
    const open = this.top(OPEN);
    let closed = this.top(CLOSED);
    const last = open[this.maxRows - 1];
    if (!this.closedApart && last) closed = closed.filter((row) => this.compare(row, last) < 0);
    return [...open, ...closed].sort(this.compare);
  }
  /** The best `maxRows` postings kept of a kind, or all of them with no cap. */
  top(kind) {
    const ranked = this.ranked(kind);
    return this.maxRows > 0 ? ranked.slice(0, this.maxRows) : ranked;
  }
  /** Lost postings of a kind, by place, that could rank among its rows (see the module comment). */
  lostInReach(kind) {
    const inReach = /* @__PURE__ */ new Map();
    const bestLost = this.bestLost[kind];
    if (!bestLost) return inReach;
    const last = this.ranked(kind)[this.maxRows - 1];
    if (last && this.compare(last, bestLost) < 0) return inReach;
    const oldest = this.compare === compareOpenings ? last?.postedAt ?? -Infinity : -Infinity;
    for (let node = 0; node < this.openings.count; node++)
      if (this.state[node] === LOST && this.kind[node] === kind && this.postedAt[node] >= oldest)
        inReach.set(this.place[node], node);
    return inReach;
  }
  grow(node) {
    if (node < this.state.length) return;
    this.postedAt = grown(this.postedAt);
    this.place = grown(this.place);
    this.state = grown(this.state);
    this.kind = grown(this.kind);
    this.newest = grown(this.newest);
  }
  /** Newer posting, or the later in the feed on a tie (a later record closes or retitles it). */
  isNewer(node, other) {
    return isNewerPosting(this.postedAt[node], node, this.postedAt[other], other);
  }
  drop(node) {
    this.held[this.kind[node]].delete(node);
    this.state[node] = DROPPED;
  }
  /** Keeps a new newest posting in full, unless it ranks too low to matter now. */
  keep(node, listing) {
    const kind = kindOf(listing);
    const held = this.held[kind];
    const threshold = this.threshold[kind];
    const full = this.maxRows > 0 && held.size >= this.capacity;
    if (full && threshold && this.compare(listing, threshold) > 0) {
      this.lose(node, listing);
      return;
    }
    this.state[node] = HELD;
    held.set(node, listing);
    if (this.maxRows > 0 && held.size >= 2 * this.capacity) this.trim(kind);
  }
  /** Keeps the best `capacity` postings of a kind; the rest are lost. */
  trim(kind) {
    const held = this.held[kind];
    const ranked = [...held].sort(([, a], [, b]) => this.compare(a, b));
    for (const [node, listing] of ranked.slice(this.capacity)) {
      held.delete(node);
      this.lose(node, listing);
    }
    this.threshold[kind] = ranked[this.capacity - 1]?.[1];
  }
  lose(node, listing) {
    this.state[node] = LOST;
    const kind = kindOf(listing);
    const best = this.bestLost[kind];
    if (!best || this.compare(listing, best) < 0) this.bestLost[kind] = listing;
  }
  ranked(kind) {
    return [...this.held[kind].values()].sort(this.compare);
  }
};
function isNewerPosting(time, place, otherTime, otherPlace) {
  return time > otherTime || time === otherTime && place > otherPlace;
}
function newestOfOpenings(listings, dedupe = true) {
  const sets = new OpeningSets(dedupe);
  for (const listing of listings) sets.add(listing);
  const newest = /* @__PURE__ */ new Map();
  listings.forEach((listing, index) => {
    const root = sets.find(index);
    const held = newest.get(root);
    if (held === void 0 || isNewerPosting(listing.postedAt, index, listings[held].postedAt, held))
      newest.set(root, index);
  });
  return listings.map((_, index) => newest.get(sets.find(index)));
}
function compareOpenings(a, b) {
  return b.postedAt - a.postedAt || compareNames(a, b, (text) => text.toLowerCase()) || compareNames(a, b, (text) => text);
}
var MIN_SLACK = 100;
var HELD = 1;
var LOST = 2;
var DROPPED = 3;
var HIDDEN = 4;
var OPEN = 0;
var CLOSED = 1;
function kindOf(listing) {
  return listing.active === false ? CLOSED : OPEN;
}
function compareNames(a, b, form) {
  return compareText(form(a.company), form(b.company)) || compareText(form(a.title), form(b.title)) || compareText(form(a.id), form(b.id));
}
function compareText(a, b) {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left !== right) return codePointRank(left) - codePointRank(right);
  }
  return a.length - b.length;
}
function codePointRank(unit) {
  if (unit < 55296) return unit;
  return unit < 57344 ? unit + 8192 : unit - 2048;
}
function isUnlike(a, b) {
  if (foldText(a.title) === foldText(b.title)) return false;
  return !(a.idGiven && b.idGiven && a.id === b.id);
}
function unlikeName(listing) {
  return listing.idGiven ? `"${listing.title}" (id "${listing.id}")` : `"${listing.title}"`;
}

export {
  distinctOpenings,
  OpeningSelector,
  newestOfOpenings,
  compareOpenings,
  compareText
};
