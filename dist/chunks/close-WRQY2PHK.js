import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  asKind,
  editListingsFile,
  fileKinds
} from "./chunk-GHJOX3T4.js";
import {
  formatOfExtension,
  loadListings
} from "./chunk-SQ5HFEBX.js";
import {
  normalizeUrl
} from "./chunk-OSIDOK52.js";
import "./chunk-XGHXHAZG.js";
import "./chunk-XCH4OYT3.js";
import "./chunk-4V5LMGSG.js";
import "./chunk-TRKKGAYQ.js";
import "./chunk-DTR7JJQC.js";
import "./chunk-H4KCQ7LF.js";
import "./chunk-ZVDLFT3K.js";
import "./chunk-CGUFBV6Q.js";
import "./chunk-2NPAGQJP.js";
import "./chunk-O2HGBT5T.js";
import "./chunk-NW4CZ3SL.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-D6KWSZ5L.js";
import {
  errors
} from "./chunk-MANOEFDL.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";

// src/links/close.ts
async function closePostings(text, settings, dead) {
  const loaded = await loadListings({ ...settings, strict: false }, { readFile: async () => text });
  const field = settings.fields.active ?? "active";
  const closed = asKind(
    false,
    fileKinds(loaded.listings.map((listing) => listing.record)).kind(field)
  );
  const edits = loaded.listings.filter((listing) => listing.active && listing.url && dead.has(normalizeUrl(listing.url))).map((listing) => ({ kind: "update", index: listing.position - 1, set: { [field]: closed } }));
  if (edits.length === 0) return { text, count: 0 };
  return { text: editListingsFile(text, formatOf(settings), edits), count: edits.length };
}
function formatOf({ listingsFormat, listings }) {
  const format = listingsFormat ?? formatOfExtension([listings]);
  if (!format)
    throw errors.badInput(
      "listings-format",
      `must name the format of "${listings}" (json, jsonl, csv or yaml) for check-links to close postings in it`
    );
  return format;
}
export {
  closePostings
};
