import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  require_undici
} from "./chunk-RUY6SQBP.js";
import "./chunk-VTSEPG2S.js";
export default require_undici();
