import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  editListingsFile,
  fileKinds
} from "./chunk-5CLYQOJA.js";
import {
  formatOfExtension,
  loadListings
} from "./chunk-ZPCB6Q6X.js";
import "./chunk-ESFLY2AB.js";
import "./chunk-R7W3PLNS.js";
import "./chunk-UAHM3YHI.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-JR53IIUD.js";
import "./chunk-YSYP7IYX.js";
import "./chunk-PNO3MMKA.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-EP3OOL2S.js";
import "./chunk-CZTF5UYL.js";
import {
  normalizeUrl
} from "./chunk-BJ7SRJGV.js";
import "./chunk-RTOITPOG.js";
import "./chunk-R2N435UP.js";
import "./chunk-3N6XDDOB.js";
import "./chunk-OTN4ZB7G.js";
import "./chunk-JWZD4Z2W.js";
import {
  errors,
  isBoardError
} from "./chunk-CKHOORXH.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-HANBNIMK.js";

// src/links/close.ts
async function closePostings(text, settings, dead) {
  const loaded = await loadListings({ ...settings, strict: false }, { readFile: async () => text });
  const field = settings.fields.active ?? "active";
  const kinds = fileKinds(
    loaded.listings.map((listing) => listing.record),
    settings.listingsFormat ?? formatOfExtension([settings.listings])
  );
  const closing = loaded.listings.filter((listing) => listing.active && listing.url && dead.has(normalizeUrl(listing.url))).map((listing) => ({
    url: listing.url,
    edit: {
      kind: "update",
      index: listing.position - 1,
      set: { [field]: kinds.flag(field, false, listing.record[field]) }
    }
  }));
  if (closing.length === 0) return { text, count: 0, leftOpen: [] };
  const format = formatOf(settings);
  const edit = (edits) => editListingsFile(text, format, edits);
  try {
    return { text: edit(closing.map((entry) => entry.edit)), count: closing.length, leftOpen: [] };
  } catch (error) {
    if (!isRefusal(error)) throw error;
  }
  const leftOpen = [];
  const closable = closing.filter(({ url, edit: one }) => {
    try {
      edit([one]);
      return true;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      leftOpen.push({ url, problem: error.problem ?? error.message });
      return false;
    }
  });
  return {
    text: closable.length ? edit(closable.map((entry) => entry.edit)) : text,
    count: closable.length,
    leftOpen
  };
}
function isRefusal(error) {
  return isBoardError(error) && error.code === "write-refused";
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
