import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_undici
} from "./chunk-HI3IPUS6.js";
import "./chunk-HANBNIMK.js";
export default require_undici();
