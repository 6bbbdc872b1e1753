import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
} from "./chunk-U6D5TKFA.js";
import "./chunk-ZDRP2445.js";
import "./chunk-VW7IOQZP.js";
import "./chunk-55VRMIAV.js";
import "./chunk-VZAPTW6G.js";
import "./chunk-WH4IWJGI.js";
import "./chunk-SQGZKBNY.js";
import "./chunk-2LKPSTS6.js";
import "./chunk-ZRTB2W6B.js";
import "./chunk-CGMBGD2B.js";
import "./chunk-NPSXZNHX.js";
import "./chunk-4TGVVHGF.js";
import "./chunk-EOOWCFFY.js";
import "./chunk-X7JMQJWP.js";
import "./chunk-AJYBPSLZ.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_INVALID_KEPT,
  MAX_WARNINGS,
  loadListings
};
