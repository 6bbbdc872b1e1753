import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  editListingsFile,
  fileKinds,
  flagSet
} from "./chunk-I3UTUFA4.js";
import {
  loadListings
} from "./chunk-ZDYJQRVA.js";
import "./chunk-ADAPO2S3.js";
import "./chunk-EC4QDG2M.js";
import "./chunk-BLXZRUTI.js";
import {
  formatOfExtension
} from "./chunk-33D3IKD7.js";
import "./chunk-XG64FQ2T.js";
import "./chunk-J2VHFJZX.js";
import "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import {
  normalizeUrl
} from "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/links/close.ts
async function closePostings(text, settings, dead) {
  const loaded = await loadListings({ ...settings, strict: false }, { readFile: async () => text });
  const field = settings.fields.active ?? "active";
  const kinds = fileKinds(
    loaded.listings.map((listing) => listing.record),
    settings.listingsFormat ?? formatOfExtension([settings.listings])
  );
  const leftOpen = [];
  const refused = (url, error) => {
    if (!isRefusal(error)) throw error;
    leftOpen.push({ url, problem: error.problem ?? error.message });
  };
  const closing = loaded.listings.filter((listing) => listing.active && listing.url && dead.has(normalizeUrl(listing.url))).flatMap((listing) => {
    try {
      const set = flagSet(listing.record, field, false, kinds);
      return [{ url: listing.url, edit: { kind: "update", index: listing.position - 1, set } }];
    } catch (error) {
      refused(listing.url, error);
      return [];
    }
  });
  if (closing.length === 0) return { text, count: 0, leftOpen };
  const format = formatOf(settings);
  const edit = (edits) => editListingsFile(text, format, edits);
  try {
    return { text: edit(closing.map((entry) => entry.edit)), count: closing.length, leftOpen };
  } catch (error) {
    if (!isRefusal(error)) throw error;
  }
  const closable = closing.filter(({ url, edit: one }) => {
    try {
      edit([one]);
      return true;
    } catch (error) {
      refused(url, error);
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
