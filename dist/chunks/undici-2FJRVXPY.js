import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_undici
} from "./chunk-QEMM56F2.js";
import "./chunk-HANBNIMK.js";
export default require_undici();
