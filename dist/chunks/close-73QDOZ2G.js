import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  asKind,
  editListingsFile,
  fileKinds
} from "./chunk-GNBIIP5M.js";
import {
  formatOfExtension,
  loadListings
} from "./chunk-JYGCB4CL.js";
import {
  normalizeUrl
} from "./chunk-RYGPHCRR.js";
import "./chunk-X2BKG6EV.js";
import "./chunk-2ZP2O7PA.js";
import "./chunk-HXHQ2PDC.js";
import "./chunk-HXL7YO4X.js";
import "./chunk-C2EJIPRR.js";
import "./chunk-4MBEFA7R.js";
import "./chunk-LEKZVOGN.js";
import {
  errors
} from "./chunk-L5LBS3MY.js";
import "./chunk-E6GDD5GM.js";
import "./chunk-P3GXURRD.js";
import "./chunk-O2HGBT5T.js";
import "./chunk-WRXWWAYS.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-HANBNIMK.js";

// src/links/close.ts
async function closePostings(text, settings, dead) {
  const loaded = await loadListings({ ...settings, strict: false }, { readFile: async () => text });
  const field = settings.fields.active ?? "active";
  const closed = asKind(
    false,
    fileKinds(loaded.listings.map((listing) => listing.record)).kind(field)
  );
  const edits = loaded.listings.filter((listing) => listing.active && dead.has(normalizeUrl(listing.url))).map((listing) => ({ kind: "update", index: listing.position - 1, set: { [field]: closed } }));
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
