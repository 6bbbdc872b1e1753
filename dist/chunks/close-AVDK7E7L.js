import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  editListingsFile,
  fileKinds
} from "./chunk-FPIXGGMO.js";
import {
  formatOfExtension,
  loadListings
} from "./chunk-ZEPOSYUY.js";
import "./chunk-VZDLTIQO.js";
import "./chunk-6NVUPHPB.js";
import "./chunk-LGLYLKXL.js";
import "./chunk-CNZCOZW5.js";
import "./chunk-CYIVU3J7.js";
import "./chunk-5IGCU335.js";
import "./chunk-S3BCA3RI.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-MTJKCWQ3.js";
import "./chunk-JWZD4Z2W.js";
import {
  errors,
  isBoardError
} from "./chunk-CKHOORXH.js";
import "./chunk-M5O2HT46.js";
import {
  normalizeUrl
} from "./chunk-BJ7SRJGV.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-MTA3XSW5.js";
import "./chunk-R2N435UP.js";
import "./chunk-2GOGV3GD.js";
import "./chunk-NCYR3GRJ.js";
import "./chunk-OTN4ZB7G.js";
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
