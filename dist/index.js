import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  contribute,
  readContributionEvent
} from "./chunks/chunk-3CIG2TDN.js";
import "./chunks/chunk-I3UTUFA4.js";
import {
  localStore
} from "./chunks/chunk-HXNRP5B6.js";
import {
  ReadChanged,
  boardLabel,
  runBoards,
  salaryText,
  utf8Text
} from "./chunks/chunk-EKG4KFPK.js";
import "./chunks/chunk-IMJAIN4F.js";
import "./chunks/chunk-KJCNHICZ.js";
import "./chunks/chunk-I5BO5RH5.js";
import "./chunks/chunk-OTREWFWY.js";
import "./chunks/chunk-ZDYJQRVA.js";
import "./chunks/chunk-ADAPO2S3.js";
import "./chunks/chunk-EC4QDG2M.js";
import {
  linkLines,
  linkOutputs,
  linkSummary
} from "./chunks/chunk-RJ5K7FZK.js";
import {
  require_tunnel
} from "./chunks/chunk-W7YHDLK6.js";
import {
  require_undici
} from "./chunks/chunk-RUY6SQBP.js";
import "./chunks/chunk-UC24MJAJ.js";
import "./chunks/chunk-WBHQ3FF2.js";
import "./chunks/chunk-BLXZRUTI.js";
import "./chunks/chunk-33D3IKD7.js";
import "./chunks/chunk-XG64FQ2T.js";
import {
  parseSettings
} from "./chunks/chunk-J2VHFJZX.js";
import {
  INPUTS
} from "./chunks/chunk-ADUMK64K.js";
import "./chunks/chunk-GMB5KYXF.js";
import "./chunks/chunk-KEP2DW5I.js";
import "./chunks/chunk-5R6ZADQT.js";
import "./chunks/chunk-UKJOBUJ4.js";
import "./chunks/chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError
} from "./chunks/chunk-POPMLHNH.js";
import {
  toMarkdown
} from "./chunks/chunk-GTVH52DB.js";
import {
  countWord,
  oneLogLine,
  withoutControls
} from "./chunks/chunk-6XRODA2F.js";
import "./chunks/chunk-T224ZO2J.js";
import "./chunks/chunk-ZMGGXRAP.js";
import {
  link,
  literalText,
  paragraph
} from "./chunks/chunk-3C3LAPTG.js";
import {
  normalizeUrl
} from "./chunks/chunk-DRQNNRXV.js";
import {
  __toESM
} from "./chunks/chunk-VTSEPG2S.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message2) {
  process.exitCode = ExitCode.Failure;
  error(message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}

// src/contribute/github-issues.ts
function gitHubIssues(client2, repository) {
  const where = { owner: repository.owner, repo: repository.name };
  return {
    async comment(issue2, body) {
      await client2.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...where,
        issue_number: issue2,
        body: withinLimit(body)
      });
    },
    async close(issue2) {
      await client2.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: issue2,
        state: "closed",
        state_reason: "completed"
      });
    },
    async addLabel(issue2, label) {
      await client2.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...where,
        issue_number: issue2,
        labels: [label]
      });
    }
  };
}
var COMMENT_LIMIT = 65536;
var CUT_NOTE = "\n\n\u2026 (cut here: the comment ran past the 65,536 characters GitHub takes)";
function withinLimit(body) {
  if (body.length <= COMMENT_LIMIT) return body;
  let cut = COMMENT_LIMIT - CUT_NOTE.length;
  const last = body.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  const kept = body.slice(0, cut);
  return kept.slice(0, unclosedCodeSpan(kept) ?? kept.length) + CUT_NOTE;
}
function unclosedCodeSpan(text) {
  const runs = [...text.matchAll(/`+/g)].map((run2) => ({ at: run2.index, length: run2[0].length }));
  const byLength = /* @__PURE__ */ new Map();
  for (const [index, run2] of runs.entries()) {
    const same = byLength.get(run2.length);
    if (same) same.push(index);
    else byLength.set(run2.length, [index]);
  }
  const read = /* @__PURE__ */ new Map();
  for (let index = 0; index < runs.length; ) {
    const { at, length } = runs[index];
    const same = byLength.get(length);
    let next = read.get(length) ?? 0;
    while (next < same.length && same[next] <= index) next++;
    read.set(length, next + 1);
    const closer = same[next];
    if (closer === void 0) return at;
    index = closer + 1;
  }
  return void 0;
}

// src/publish/github/client.ts
var MAX_RETRIES = 2;
var MAX_WAIT_SECONDS = 60;
async function connect(options) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("./chunks/github-PNASNHM4.js"),
    import("./chunks/dist-bundle-FXGUXOE6.js"),
    import("./chunks/dist-bundle-BSAAZCBO.js")
  ]);
  const apiUrl = options.apiUrl ?? "https://api.github.com";
  const graphqlUrl = options.graphqlUrl ?? `${apiUrl}/graphql`;
  const onLimit = (kind) => (retryAfter, _request, _octokit, retryCount) => {
    if (retryCount >= MAX_RETRIES || retryAfter > MAX_WAIT_SECONDS) return false;
    options.notice(`GitHub's ${kind} was reached; retrying in ${retryAfter} s.`);
    return true;
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: apiUrl,
      // 429 is the throttling plugin's to handle; the others are answers, not hiccups.
      retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit")
      }
    },
    retry,
    throttling
  );
  return {
    // The object form lets `url` through (GitHub Enterprise Server's GraphQL endpoint).
    graphql: (query, variables) => octokit.graphql({ ...variables, query, url: graphqlUrl }),
    request: (route, parameters) => octokit.request(route, parameters)
  };
}

// src/publish/summary.ts
var MAX_LISTED = 30;
function jobSummary(report) {
  const { boards, files } = report.run;
  const several = boards.length > 1;
  return [
    several ? `## Job boards: ${boardCount(boards)}` : `## Job board: ${boards[0]?.readmePath}`,
    "",
    outcome(report),
    "",
    ...several ? boardsTable(report) : boardTable(report),
    ...files.length ? ["", `### Files (${files.length})`, "", ...fileList(files)] : [],
    ...boards.flatMap((board) => [
      ...openingsSection("Added", board, board.added, several),
      ...openingsSection("Removed", board, board.removed, several)
    ]),
    ""
  ].join("\n");
}
function boardCount(boards) {
  const readmes = new Set(boards.map((board) => board.readmePath)).size;
  const plural = (count, noun) => `${count} ${countWord(count, noun)}`;
  return readmes === boards.length ? plural(readmes, "README") : `${plural(boards.length, "table")} in ${plural(readmes, "README")}`;
}
function fileList(files) {
  return files.map((file) => `- \`${file.path}\`${"deleted" in file ? " (deleted)" : ""}`);
}
function outcome(report) {
  const { run: run2, commit, pullRequest } = report;
  const subject = run2.boards.length > 1 ? "the boards" : "the README";
  const upToDate = run2.boards.length > 1 ? "the boards are up to date" : "the README is up to date";
  if (report.dryRun)
    return run2.changed ? `Dry run: ${subject} would change; nothing was written.` : `Dry run: ${upToDate}.`;
  if (pullRequest)
    return `${pullRequest.created ? "Opened" : "Updated"} pull request [#${pullRequest.number}](${pullRequest.url})${commit ? ` with commit [\`${commit.sha.slice(0, 7)}\`](${commit.url})` : ""}.`;
  const waiting = report.waitingPullRequest;
  if (!run2.changed)
    return waiting ? `No change: ${upToDate} with pull request [#${waiting.number}](${waiting.url}), nothing was committed.` : `No change: ${upToDate}, nothing was committed.`;
  if (commit)
    return `Committed [\`${commit.sha.slice(0, 7)}\`](${commit.url}) to \`${report.branch}\`.`;
  const [only, ...more] = run2.files;
  return more.length === 0 && only ? `Wrote \`${only.path}\` in the workspace (not committed).` : "Wrote the files below in the workspace (not committed).";
}
function boardTable({ run: { totals } }) {
  const { added, removed, skipped } = totals;
  return [
    "| Openings | Remote | Companies | Avg salary | Added | Removed | Skipped |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${statsCells(totals.stats)} | ${added} | ${removed} | ${skipped} |`
  ];
}
function boardsTable({ run: run2 }) {
  const { totals } = run2;
  const rows = run2.boards.map(
    (board) => `| \`${boardLabel(board)}\` | ${statsCells(board.stats)} | ${board.added.length} | ${board.removed.length} |`
  );
  return [
    "| README | Openings | Remote | Companies | Avg salary | Added | Removed |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    `| **All boards** | ${statsCells(totals.stats)} | ${totals.added} | ${totals.removed} |`,
    ...totals.skipped ? ["", `Skipped ${totals.skipped} invalid listings.`] : []
  ];
}
function statsCells(stats) {
  const salary = salaryText(stats.avgSalaryK);
  return `${stats.jobs} | ${stats.remotePercent}% | ${stats.companies} | ${salary}`;
}
function openingsSection(title, board, urls, nameBoard) {
  if (urls.length === 0) return [];
  const names = new Map(
    board.rows.flatMap(
      (row) => row.url ? [[normalizeUrl(row.url), `${row.company}: ${row.title}`]] : []
    )
  );
  const listed = urls.slice(0, MAX_LISTED).map((url) => `- ${openingLink(url, names.get(url))}`);
  const more = urls.length > MAX_LISTED ? [`- and ${urls.length - MAX_LISTED} more`] : [];
  const where = nameBoard ? ` in \`${boardLabel(board)}\`` : "";
  return ["", `### ${title}${where} (${urls.length})`, "", ...listed, ...more];
}
function openingLink(url, name) {
  const text = literalText(name ?? url);
  return toMarkdown({ type: "root", children: [paragraph([link(url, text)])] });
}

// src/publish/github/types.ts
function fullName(repository) {
  return `${repository.owner}/${repository.name}`;
}

// src/publish/github/failures.ts
var WriteRefused = class extends Error {
  constructor(reason, message2) {
    super(message2);
    this.reason = reason;
  }
  reason;
  name = "WriteRefused";
  /** The commit refused, when it was one. */
  commit;
};
function committing(commit) {
  return {
    repository: fullName(commit.repository),
    doing: `committing to ${commit.branch}`,
    permission: "contents: write"
  };
}
async function asGitHubFailure(context, call) {
  try {
    return await call;
  } catch (error2) {
    throw gitHubFailure(error2, context);
  }
}
function gitHubFailure(error2, context) {
  if (isBoardError(error2) || error2 instanceof WriteRefused) return error2;
  const said = reasonOf(error2);
  const refusal = refusalOf(said);
  if (refusal) return new WriteRefused(refusal, said);
  const status = statusOf(error2);
  const types = graphqlErrorTypes(error2);
  if (status === 401) return errors.githubAuth();
  if (isRateLimit(error2, status, said))
    return errors.githubRateLimited(context.doing, status, said, limitWait(error2));
  if (status === 403 || types.includes("FORBIDDEN"))
    return errors.githubPermission(context.repository, context.permission, said);
  if (status === 404 || types.includes("NOT_FOUND"))
    return errors.repositoryNotFound(context.repository);
  return errors.githubFailed(context.doing, status, said);
}
var STALE_HEAD = /Expected branch to point to|not a fast forward|\bref(?:erence)?\b.*already exists|pull request already exists/i;
var PROTECTED = /protected branch|rule violations|must be made through a pull request/i;
function refusalOf(said) {
  if (STALE_HEAD.test(said)) return "stale-head";
  if (PROTECTED.test(said)) return "protected-branch";
  return void 0;
}
function reasonOf(error2) {
  const graphqlErrors = error2.errors ?? error2.response?.data?.errors;
  if (Array.isArray(graphqlErrors) && graphqlErrors.length)
    return graphqlErrors.map((entry) => entry.message ?? "").join("; ");
  const data = error2.response?.data;
  const message2 = data?.message;
  if (typeof message2 === "string" && message2) return message2;
  return error2 instanceof Error ? error2.message : String(error2);
}
function isRateLimit(error2, status, said) {
  const headers = headersOf(error2);
  if ((status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0") return true;
  const data = error2.response?.data;
  const types = [...graphqlErrorTypes(error2), ...(data?.errors ?? []).map((entry) => entry.type)];
  return types.includes("RATE_LIMITED") || /rate limit/i.test(said);
}
function limitWait(error2) {
  const headers = headersOf(error2);
  const retries = Number(
    error2.request?.request?.retryCount
  ) || 0;
  const reset = Number(headers["x-ratelimit-reset"]);
  if (headers["x-ratelimit-remaining"] === "0" && reset > 0) {
    const resetAt = new Date(reset * 1e3);
    const seconds2 = Math.max(0, Math.ceil(reset - Date.now() / 1e3));
    return { seconds: seconds2, resetAt, retries, maxWait: MAX_WAIT_SECONDS };
  }
  const seconds = Number(headers["retry-after"]) || 0;
  return { seconds, retries, maxWait: MAX_WAIT_SECONDS };
}
function headersOf(error2) {
  const { response, headers: own } = error2;
  const headers = response?.headers ?? own;
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([key, value]) => [
      key.toLowerCase(),
      value === void 0 ? void 0 : String(value)
    ])
  );
}
function statusOf(error2) {
  const status = error2.status;
  return typeof status === "number" ? status : void 0;
}
function graphqlErrorTypes(error2) {
  const graphqlErrors = error2.errors;
  return Array.isArray(graphqlErrors) ? graphqlErrors.map((entry) => entry.type ?? "") : [];
}

// src/publish/github/commit-graphql.ts
async function commitWithGraphql(client2, repositoryId, commit) {
  const context = committing(commit);
  if (!commit.branchExists)
    await asGitHubFailure(
      context,
      client2.graphql(CREATE_REF, {
        input: { repositoryId, name: `refs/heads/${commit.branch}`, oid: commit.parent }
      })
    );
  const [headline = "", ...body] = commit.message.split("\n");
  const data = await asGitHubFailure(
    context,
    client2.graphql(CREATE_COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: fullName(commit.repository), branchName: commit.branch },
        expectedHeadOid: commit.parent,
        message: { headline, body: body.join("\n").trim() },
        fileChanges: fileChanges(commit.files)
      }
    })
  );
  const made = data.createCommitOnBranch.commit;
  return { sha: made.oid, url: made.url };
}
function fileChanges(files) {
  const additions = [];
  const deletions = [];
  for (const file of files)
    if ("deleted" in file) deletions.push({ path: file.path });
    else
      additions.push({
        path: file.path,
        contents: Buffer.from(file.text, "utf8").toString("base64")
      });
  return { additions, ...deletions.length ? { deletions } : {} };
}
var CREATE_REF = (
  /* GraphQL */
  `
  mutation CreateBranch($input: CreateRefInput!) {
    createRef(input: $input) {
      ref {
        name
      }
    }
  }
`
);
var CREATE_COMMIT = (
  /* GraphQL */
  `
  mutation CommitReadme($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) {
      commit {
        oid
        url
      }
    }
  }
`
);

// src/publish/github/commit-message.ts
function commitMessage(template, boards, totals) {
  const category = [...new Set(boards.map((board) => board.category ?? "all"))].join(", ");
  const values = {
    jobs: String(totals.stats.jobs),
    added: String(totals.added),
    removed: String(totals.removed),
    companies: String(totals.stats.companies),
    remote_percent: String(totals.stats.remotePercent),
    category
  };
  const message2 = template.replace(
    /\{(\w+)\}/g,
    (placeholder, name) => values[name] ?? placeholder
  );
  return message2.trim() || `Update ${category} openings`;
}

// src/publish/github/commit-rest.ts
async function commitWithRest(client2, commit, identity) {
  const context = committing(commit);
  const repo = { owner: commit.repository.owner, repo: commit.repository.name };
  const call = (route, parameters) => asGitHubFailure(context, client2.request(route, { ...repo, ...parameters })).then(
    (response) => response.data
  );
  const tree = await call("POST /repos/{owner}/{repo}/git/trees", {
    base_tree: commit.parentTree,
    tree: commit.files.map((file) => ({
      path: file.path,
      mode: "100644",
      type: "blob",
      // A null sha removes the path from the base tree.
      ..."deleted" in file ? { sha: null } : { content: file.text }
    }))
  });
  const made = await call(
    "POST /repos/{owner}/{repo}/git/commits",
    {
      message: commit.message,
      tree: tree.sha,
      parents: [commit.parent],
      ...identity.author ? { author: identity.author } : {},
      ...identity.committer ? { committer: identity.committer } : {}
    }
  );
  if (commit.branchExists)
    await call("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ref: `heads/${commit.branch}`,
      sha: made.sha,
      force: false
    });
  else
    await call("POST /repos/{owner}/{repo}/git/refs", {
      ref: `refs/heads/${commit.branch}`,
      sha: made.sha
    });
  return { sha: made.sha, url: made.html_url };
}

// src/publish/github/pull-request.ts
async function openOrUpdatePullRequest(client2, request) {
  const context = {
    repository: request.repository,
    doing: "opening a pull request",
    permission: "pull-requests: write"
  };
  if (request.open) {
    await asGitHubFailure(
      context,
      client2.graphql(UPDATE_PULL_REQUEST, {
        input: { pullRequestId: request.open.id, title: request.title, body: request.body }
      })
    );
    return { number: request.open.number, url: request.open.url, created: false };
  }
  const data = await asGitHubFailure(
    context,
    client2.graphql(
      CREATE_PULL_REQUEST,
      {
        input: {
          repositoryId: request.repositoryId,
          baseRefName: request.base,
          headRefName: request.head,
          title: request.title,
          body: request.body
        }
      }
    )
  );
  const { number, url } = data.createPullRequest.pullRequest;
  return { number, url, created: true };
}
var CREATE_PULL_REQUEST = (
  /* GraphQL */
  `
  mutation OpenPullRequest($input: CreatePullRequestInput!) {
    createPullRequest(input: $input) {
      pullRequest {
        number
        url
      }
    }
  }
`
);
var UPDATE_PULL_REQUEST = (
  /* GraphQL */
  `
  mutation UpdatePullRequest($input: UpdatePullRequestInput!) {
    updatePullRequest(input: $input) {
      pullRequest {
        number
      }
    }
  }
`
);

// src/publish/github/read-state.ts
import { posix } from "node:path";
async function readBranchState(client2, request) {
  const { repository } = request;
  const plan = readPlan(request);
  const data = await asGitHubFailure(
    { repository: fullName(repository), doing: request.doing, permission: "contents: write" },
    client2.graphql(plan.query, plan.variables)
  );
  if (!data.repository) throw errors.repositoryNotFound(fullName(repository));
  const ref = data.repository.branch;
  if (!ref) throw errors.branchMissing(request.branch ?? "(default branch)", fullName(repository));
  const read = (commit, aliases) => refState(client2, repository, commit, aliases, plan.folders);
  const pullRequestBranches = /* @__PURE__ */ new Map();
  for (const [alias, name] of plan.pullRequestBranches) {
    const proposal = data.repository[alias];
    if (!proposal) continue;
    pullRequestBranches.set(name, {
      ...await read(proposal.target, plan.targets),
      openPullRequests: proposal.associatedPullRequests.nodes.map(({ baseRefName, ...pull }) => ({
        ...pull,
        base: baseRefName
      })),
      closedPullRequestHeads: proposal.closedPullRequests.nodes.map((pull) => pull.headRefOid)
    });
  }
  return {
    repositoryId: data.repository.id,
    branch: ref.name,
    defaultBranch: data.repository.defaultBranch?.name ?? ref.name,
    ...await read(ref.target, new Map([...plan.targets, ...plan.sources])),
    pullRequestBranches
  };
}
async function readBranchFile(client2, where, path) {
  const state = await readBranchState(client2, {
    ...where,
    doing: `reading ${path}`,
    sources: [path]
  });
  return state.files.get(repositoryPath(path));
}
function branchIO(state) {
  return {
    async readFile(path) {
      const key = repositoryPath(path);
      if (!state.files.has(key)) throw new Error(`${path} was not read with the branch state`);
      return state.files.get(key);
    },
    async listFiles(folder) {
      const files = state.folders.get(repositoryPath(folder));
      if (!files) throw new Error(`${folder} was not listed with the branch state`);
      return files;
    }
  };
}
function linkTarget(path, text) {
  if (text.startsWith("/")) return void 0;
  const target = posix.normalize(posix.join(posix.dirname(path), text));
  return target === ".." || target.startsWith("../") ? void 0 : target;
}
function repositoryPath(path) {
  return path.replace(/^(\.?\/)+/, "");
}
function readPlan(request) {
  const targetPaths = [...new Set((request.targets ?? []).map(repositoryPath))];
  const sourcePaths = [...new Set(request.sources.map(repositoryPath))];
  const targets = aliased("file", targetPaths);
  const sources = aliased(
    "source",
    sourcePaths.filter((path) => !targetPaths.includes(path))
  );
  const folders = new Map(
    (request.folders ?? []).map((folder, index) => [
      `folder${index}`,
      { ...folder, path: repositoryPath(folder.path) }
    ])
  );
  const plan = { targets, sources, folders };
  const pullRequestBranches = aliased("pullRequestBranch", [
    ...new Set(request.pullRequestBranches ?? [])
  ]);
  const branch = request.branch?.replace(/^refs\/heads\//, "");
  return {
    ...plan,
    pullRequestBranches,
    query: queryText(plan, { named: branch !== void 0, pullRequestBranches }),
    variables: {
      owner: request.repository.owner,
      name: request.repository.name,
      ...branch !== void 0 ? { branch: `refs/heads/${branch}` } : {},
      ...Object.fromEntries(
        [...pullRequestBranches].map(([alias, name]) => [alias, `refs/heads/${name}`])
      ),
      ...Object.fromEntries(pathVariables(plan))
    }
  };
}
function aliased(prefix, paths) {
  return new Map(paths.map((path, index) => [`${prefix}${index}`, path]));
}
function pathVariables({ targets, sources, folders }) {
  const folderPaths = [...folders].filter(([, folder]) => folder.path !== "").map(([alias, folder]) => [alias, folder.path]);
  return new Map([...targets, ...sources, ...folderPaths]);
}
function queryText(aliases, { named, pullRequestBranches }) {
  const { targets, sources, folders } = aliases;
  const declarations = [
    "$owner: String!",
    "$name: String!",
    ...named ? ["$branch: String!"] : [],
    ...[...pullRequestBranches.keys()].map((alias) => `$${alias}: String!`),
    ...[...pathVariables(aliases).keys()].map((alias) => `$${alias}: String!`)
  ];
  const fileFields = (paths) => [...paths.keys()].map((alias) => `${alias}: file(path: $${alias}) { ...FileText }`);
  const folderFields = [...folders].map(
    ([alias, { path, depth }]) => path === "" ? `${alias}: tree { ${entries(depth)} }` : `${alias}: file(path: $${alias}) { object { ... on Tree { ${entries(depth)} } } }`
  );
  const proposals = [...pullRequestBranches.keys()].map(
    (alias) => `
    ${alias}: ref(qualifiedName: $${alias}) {
      target { oid ... on Commit { ...Board } }
      associatedPullRequests(states: OPEN, first: 20) { nodes { id number url baseRefName } }
      closedPullRequests: associatedPullRequests(states: [CLOSED, MERGED], last: 20) { nodes { headRefOid } }
    }`
  );
  return `query ReadBoard(${declarations.join(", ")}) {
  repository(owner: $owner, name: $name) {
    id
    defaultBranch: defaultBranchRef { name }
    branch: ${named ? "ref(qualifiedName: $branch)" : "defaultBranchRef"} {
      name
      target { oid ... on Commit { ...Board ${fileFields(sources).join(" ")} } }
    }${proposals.join("")}
  }
}

fragment Board on Commit {
  tree { oid }
  message url parents(first: 2) { nodes { oid } }
  ${[...fileFields(targets), ...folderFields].join("\n  ")}
}
${targets.size + sources.size > 0 ? FILE_TEXT : ""}`;
}
function entries(depth) {
  const below = depth > 1 ? ` object { ... on Tree { ${entries(depth - 1)} } }` : "";
  return `entries { name type${below} }`;
}
var FILE_TEXT = `
fragment FileText on TreeEntry {
  mode
  object { ... on Blob { oid text isTruncated } ... on Tree { entries { name type } } }
}`;
var SYMLINK_MODE = 40960;
async function refState(client2, repository, commit, fileAliases, folderAliases) {
  const files = /* @__PURE__ */ new Map();
  for (const [alias, path] of fileAliases)
    files.set(path, await fileText(client2, repository, commit[alias], path));
  const folders = /* @__PURE__ */ new Map();
  for (const [alias, { path }] of folderAliases) {
    const found = commit[alias];
    folders.set(path, filesIn(path === "" ? found : found?.object, path));
  }
  const { message: message2, url, parents } = commit;
  return {
    head: commit.oid,
    tree: commit.tree.oid,
    commit: { message: message2, url, parents: parents.nodes.map((parent) => parent.oid) },
    files,
    folders
  };
}
function filesIn(tree, folder) {
  return (tree?.entries ?? []).flatMap((entry) => {
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.type === "blob") return [path];
    return entry.type === "tree" ? filesIn(entry.object, path) : [];
  });
}
async function fileText(client2, repository, entry, path) {
  const blob = entry?.object;
  if (!blob) return void 0;
  if (!("oid" in blob)) {
    const files = ("entries" in blob ? blob.entries : []).filter((file) => file.type === "blob" && !file.name.startsWith(".")).map((file) => `${path}/${file.name}`).sort();
    throw errors.folderNotFile(path, files.slice(0, 3));
  }
  if (entry.mode === SYMLINK_MODE)
    throw errors.symbolicLink(path, linkTarget(path, blob.text ?? ""));
  if (blob.text !== null && !blob.isTruncated && !blob.text.includes("\uFFFD")) return blob.text;
  const { data } = await asGitHubFailure(
    {
      repository: fullName(repository),
      doing: "reading a large file",
      permission: "contents: write"
    },
    client2.request(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      {
        owner: repository.owner,
        repo: repository.name,
        file_sha: blob.oid
      }
    )
  );
  const bytes = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
  return utf8Text(bytes, path);
}

// src/publish/github/publish.ts
function gitHubStore(settings, boards, context) {
  const named = settings.branch?.replace(/^refs\/heads\//, "");
  const candidates = settings.pullRequest === "never" ? [] : [
    proposalBranch(settings, boards),
    ...named ? [proposalBranch(settings, boards, named)] : []
  ];
  let branch = named ?? "the default branch";
  let pending;
  let refused;
  let landed;
  return {
    branch: () => branch,
    openPullRequest: () => pending,
    landed: () => landed,
    async read(plan) {
      const state = await readBranchState(context.client, {
        repository: context.repository,
        branch: settings.branch,
        doing: "reading the README",
        ...plan,
        pullRequestBranches: candidates
      });
      branch = state.branch;
      const sent = refused?.commit;
      const target = sent && (sent.branch === state.branch ? state : state.pullRequestBranches.get(sent.branch));
      if (refused && target && isCommitOf(target, refused.commit)) {
        landed = { commit: { sha: target.head, url: target.commit.url }, run: refused.run };
        context.info(
          `${target.head} on ${refused.commit.branch} holds this run's commit (its parent, message and files are those sent): GitHub made it, but its answer was lost.`
        );
      }
      refused = void 0;
      const site = siteLinks(context, state.branch);
      if (settings.pullRequest === "never") return { state, io: branchIO(state), site };
      const proposal = proposalOf(settings, boards, state);
      const { ref, open: open2, continued } = proposal;
      pending = open2 && { number: open2.number, url: open2.url, created: false };
      const files = ref && continued ? { ...ref, files: new Map([...state.files, ...ref.files]) } : state;
      return { state, proposal, io: branchIO(files), site };
    },
    async write(snapshot, run2) {
      const proposal = snapshot.proposal;
      const shown = run2.changed || !landed ? run2 : { ...landed.run, changed: false };
      const attempt = { settings, boards, context, state: snapshot.state, run: shown, proposal };
      try {
        return await write(attempt);
      } catch (error2) {
        if (!(error2 instanceof WriteRefused)) throw error2;
        if (error2.reason === "protected-branch")
          throw errors.branchProtected(proposal?.branch ?? branch, error2.message);
        if (error2.commit) refused = { commit: error2.commit, run: run2 };
        throw new ReadChanged(`The branch moved while committing (${error2.message})`);
      }
    },
    holdsUnproposed: ({ state, proposal }) => proposal !== void 0 && proposal.continued && proposal.open === void 0 && differsFromBase(state, proposal.ref),
    busy: (attempts) => errors.branchBusy(branch, attempts)
  };
}
function differsFromBase(state, ref) {
  if (!ref) return false;
  return [...ref.files].some(
    ([path, text]) => state.files.has(path) && state.files.get(path) !== text
  );
}
function proposalBranch(settings, boards, base) {
  const path = repositoryPath(settings.boardsFile ?? boards[0]?.readme ?? "README.md");
  const segments = [...base === void 0 ? [] : base.split("/"), ...path.split("/")];
  return `jobs-readme/${segments.map(refNameSegment).join("/")}`;
}
function proposalOf(settings, boards, state) {
  const base = state.branch;
  const name = base === state.defaultBranch ? proposalBranch(settings, boards) : proposalBranch(settings, boards, base);
  const ref = state.pullRequestBranches.get(name);
  const open2 = ref?.openPullRequests.find((pull) => pull.base === base);
  const held = ref === void 0 || ref.head === state.head || ref.closedPullRequestHeads.includes(ref.head) || ref.openPullRequests.length > 0;
  return { branch: name, ref, open: open2, continued: open2 !== void 0 || !held };
}
function refNameSegment(segment) {
  const safe = segment.replace(/[^\w.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^\.+|\.+$|\.lock$/g, "");
  return safe || "-";
}
function siteLinks({ serverUrl, repository }, branch) {
  const homePageUrl = `${serverUrl.replace(/\/+$/, "")}/${repository.owner}/${repository.name}`;
  const servedBranch = branch.split("/").map(encodeURIComponent).join("/");
  return { homePageUrl, feedBaseUrl: `${homePageUrl}/raw/${servedBranch}/` };
}
async function write(attempt) {
  const { settings, context, state, proposal } = attempt;
  if (proposal && (proposal.continued || settings.pullRequest === "always"))
    return propose(attempt, proposal);
  try {
    const commit = await commitTo(
      attempt,
      branchCommit(attempt, {
        branch: state.branch,
        parent: state.head,
        parentTree: state.tree,
        branchExists: true
      })
    );
    return { commit };
  } catch (error2) {
    if (!(error2 instanceof WriteRefused && error2.reason === "protected-branch")) throw error2;
    if (!proposal) throw errors.branchProtected(state.branch, error2.message);
    context.info(
      `${state.branch} is protected (${error2.message.trim()}); proposing a pull request.`
    );
    return propose(attempt, proposal);
  }
}
async function propose(attempt, proposal) {
  const { settings, context, state, run: run2 } = attempt;
  const { branch, ref, open: open2, continued } = proposal;
  const other = ref?.openPullRequests.find((pull) => pull.base !== state.branch);
  if (!open2 && other) throw errors.proposalBranchTaken(branch, state.branch, other);
  const builtOn = continued ? ref : void 0;
  if (ref && !builtOn && ref.head !== state.head) await restartBranch(attempt, branch, ref.head);
  if (builtOn && !open2)
    context.info(
      `${branch} holds commits no pull request holds (its head is ${builtOn.head.slice(0, 7)}); this run builds on them and proposes them with its change.`
    );
  const sent = run2.changed ? branchCommit(attempt, {
    branch,
    parent: builtOn ? builtOn.head : state.head,
    parentTree: builtOn ? builtOn.tree : state.tree,
    branchExists: ref !== void 0
  }) : void 0;
  const commit = sent && await commitTo(attempt, sent);
  const pullRequest = await openOrUpdatePullRequest(context.client, {
    repository: fullName(context.repository),
    repositoryId: state.repositoryId,
    base: state.branch,
    head: branch,
    title: message(attempt).split("\n")[0] ?? "",
    body: pullRequestBody(
      settings,
      state.branch,
      run2,
      builtOn && { branch, open: open2 !== void 0 }
    ),
    open: open2
  }).catch((error2) => {
    if (error2 instanceof WriteRefused && sent) error2.commit = sent;
    throw error2;
  });
  return { commit, pullRequest };
}
async function restartBranch(attempt, branch, read) {
  const { client: client2, repository } = attempt.context;
  const { head, repositoryId } = attempt.state;
  const name = `refs/heads/${branch}`;
  try {
    await client2.graphql(UPDATE_REFS, {
      input: { repositoryId, refUpdates: [{ name, afterOid: head, beforeOid: read, force: true }] }
    });
  } catch (error2) {
    const failure = gitHubFailure(error2, committing({ repository, branch }));
    const now = await branchHead(client2, repository, name).catch(() => {
      throw failure;
    });
    if (now !== head && now !== read)
      throw new WriteRefused(
        "stale-head",
        `${branch} moved from ${read.slice(0, 7)} to ${now?.slice(0, 7) ?? "nothing (deleted)"} before it could start again from ${head.slice(0, 7)}`
      );
    if (now !== head) throw failure;
  }
  attempt.context.info(
    `${branch} had no open pull request; it starts again from ${head.slice(0, 7)}.`
  );
}
async function branchHead(client2, repository, qualifiedName) {
  const data = await client2.graphql(REF_HEAD, { owner: repository.owner, name: repository.name, qualifiedName });
  return data.repository?.ref?.target.oid;
}
var UPDATE_REFS = (
  /* GraphQL */
  `
  mutation RestartBranch($input: UpdateRefsInput!) {
    updateRefs(input: $input) {
      clientMutationId
    }
  }
`
);
var REF_HEAD = (
  /* GraphQL */
  `
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`
);
function branchCommit(attempt, target) {
  const { context, run: run2 } = attempt;
  return {
    ...target,
    repository: context.repository,
    files: run2.files.map((file) => ({ ...file, path: repositoryPath(file.path) })),
    message: message(attempt)
  };
}
function commitTo(attempt, commit) {
  const { settings, context, state } = attempt;
  const made = settings.commitMethod === "rest" ? commitWithRest(context.client, commit, {
    author: settings.author,
    committer: settings.committer
  }) : commitWithGraphql(context.client, state.repositoryId, commit);
  return made.catch((error2) => {
    if (error2 instanceof WriteRefused) error2.commit = commit;
    throw error2;
  });
}
function isCommitOf(state, sent) {
  const { commit } = state;
  if (commit.parents.length !== 1 || commit.parents[0] !== sent.parent) return false;
  if (messageText(commit.message) !== messageText(sent.message)) return false;
  const listed = new Set([...state.folders.values()].flat());
  return sent.files.every(
    (file) => "deleted" in file ? !listed.has(file.path) && state.files.get(file.path) === void 0 : state.files.get(file.path) === file.text
  );
}
function messageText(message2) {
  const [headline = "", ...body] = message2.split("\n");
  return `${headline.trim()}
${body.join("\n").trim()}`;
}
function message({ settings, boards, run: run2 }) {
  return commitMessage(settings.commitMessage, boards, run2.totals);
}
function pullRequestBody(settings, base, run2, builtOn) {
  const { stats, added, removed } = run2.totals;
  const readmes = [...new Set(run2.boards.map((board) => `\`${board.readmePath}\``))].join(", ");
  const why = settings.pullRequest === "always" ? "The workflow asks for pull requests (`pull-request: true`)." : `Branch \`${base}\` is protected, so the update waits here for a merge.`;
  return [
    `Updates ${readmes} with the current openings: ${stats.jobs} ${countWord(stats.jobs, "job")}, ${added} added and ${removed} removed since ${since(base, builtOn)}.`,
    "",
    ...fileList(run2.files),
    "",
    `${why} Later runs update this pull request until it is merged.`,
    "",
    "_Opened by jobs-readme._"
  ].join("\n");
}
function since(base, builtOn) {
  if (!builtOn) return `the tables on \`${base}\``;
  return builtOn.open ? "this pull request's previous commit" : `the head of \`${builtOn.branch}\``;
}

// src/publish/report.ts
function wasPublished(report) {
  return report.commit !== void 0 || report.pullRequest !== void 0 || report.wroteWorkspace === true;
}
function splitFiles(files) {
  return {
    written: files.filter((file) => !("deleted" in file)).map((file) => file.path),
    deleted: files.filter((file) => "deleted" in file).map((file) => file.path)
  };
}

// src/publish/outputs.ts
function actionOutputs(report) {
  const { stats, added, removed, skipped } = report.run.totals;
  const published = report.run.changed && wasPublished(report);
  const { written, deleted } = splitFiles(published ? report.run.files : []);
  const pullRequest = report.pullRequest ?? report.waitingPullRequest;
  return {
    changed: String(published),
    jobs: String(stats.jobs),
    "remote-percent": String(stats.remotePercent),
    companies: String(stats.companies),
    "avg-salary": stats.avgSalaryK === null ? "n/a" : String(stats.avgSalaryK),
    added: String(added),
    removed: String(removed),
    skipped: String(skipped),
    files: written.join("\n"),
    deleted: deleted.join("\n"),
    contribution: report.contribution ?? "",
    "commit-sha": report.commit?.sha ?? "",
    "commit-url": report.commit?.url ?? "",
    "pull-request-number": pullRequest ? String(pullRequest.number) : "",
    "pull-request-url": pullRequest?.url ?? "",
    ...linkOutputs(report.links)
  };
}

// src/main.ts
var MAX_ANNOTATIONS = 20;
async function run() {
  const warnings = annotations(MAX_ANNOTATIONS);
  try {
    const raw = readInputs();
    maskSecrets(raw);
    const settings = parseSettings(raw);
    const event = await readContributionEvent(
      process.env.GITHUB_EVENT_NAME,
      process.env.GITHUB_EVENT_PATH
    );
    const { report, contribution } = await publish(
      settings,
      process.env,
      { warn: warnings.warn, info: info2 },
      event
    );
    if (contribution) info2(contribution.message);
    if (!report) return setOutput("contribution", contribution?.outcome ?? "");
    const outputs = actionOutputs({ ...report, contribution: contribution?.outcome });
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summaryOf(report)).write();
    if (report.links) for (const line of linkLines(report.links, report.dryRun)) info2(line);
    if (report.links?.refused) return setFailed(withoutControls(report.links.refused.message));
    info2(logLine(report));
  } catch (error2) {
    setFailed(withoutControls(error2 instanceof Error ? error2.message : String(error2)));
  } finally {
    warnings.finish();
  }
}
function readInputs() {
  return Object.fromEntries(INPUTS.map((input) => [input.name, getInput(input.name)]));
}
function maskSecrets(raw) {
  for (const input of INPUTS) {
    const value = raw[input.name]?.trim();
    if (input.secret && value) setSecret(value);
  }
  const headerValue = raw["listings-header"]?.split(":").slice(1).join(":").trim();
  if (headerValue) setSecret(headerValue);
}
async function publish({ run: inputs, resolve }, env, log, event) {
  const go = async ({ run: run3, boards }, store2, tracker) => {
    if (!event) return { outcome: await runMode(run3, boards, store2, log) };
    const report2 = await contribute(
      run3,
      boards,
      store2,
      log,
      event,
      await tracker(),
      run3.contribution
    );
    return { outcome: report2.run, contribution: report2 };
  };
  if (!inputs.commit) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const store2 = localStore(workspace);
    const resolved2 = await resolve(
      (await store2.read({ sources: [], targets: [], folders: [] })).io.readFile
    );
    const { outcome: outcome3, contribution: contribution2 } = await go(
      resolved2,
      store2,
      async () => gitHubIssues(
        await client(inputs, env),
        repositoryOf(inputs.repository ?? env.GITHUB_REPOSITORY)
      )
    );
    const report2 = outcome3 && {
      run: outcome3.run,
      links: "links" in outcome3 ? outcome3.links : void 0,
      dryRun: inputs.dryRun,
      wroteWorkspace: outcome3.written !== void 0
    };
    return { report: report2, contribution: contribution2 };
  }
  const github = await client(inputs, env);
  const repository = repositoryOf(inputs.repository ?? env.GITHUB_REPOSITORY);
  const resolved = await resolve(
    (path) => readBranchFile(github, { repository, branch: inputs.branch }, path)
  );
  const { run: run2 } = resolved;
  const commitSettings = run2.mode === "check-links" ? (await import("./chunks/run-TSB6GAHR.js")).closingSettings(run2) : run2;
  const store = gitHubStore(commitSettings, resolved.boards, {
    client: github,
    repository,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    info: info2
  });
  const { outcome: outcome2, contribution } = await go(
    resolved,
    store,
    async () => gitHubIssues(github, repository)
  );
  const landed = outcome2 && !outcome2.written?.commit && !run2.dryRun ? store.landed() : void 0;
  const report = outcome2 && {
    run: landed?.run ?? outcome2.run,
    links: "links" in outcome2 ? outcome2.links : void 0,
    dryRun: run2.dryRun,
    branch: store.branch(),
    ...outcome2.written,
    ...landed ? { commit: landed.commit } : {},
    waitingPullRequest: outcome2.written ? void 0 : store.openPullRequest()
  };
  return { report, contribution };
}
async function runMode(run2, boards, store, log) {
  if (run2.mode !== "check-links") return runBoards(run2, boards, store, log);
  const { runLinkCheck } = await import("./chunks/run-TSB6GAHR.js");
  const links = await runLinkCheck(run2, boards, store, log, { onGitHubActions: true });
  return { run: links.run, written: links.written, links };
}
function summaryOf(report) {
  if (!report.links) return jobSummary(report);
  const destination = report.pullRequest ? "pull request" : report.commit ? "commit" : "workspace";
  const links = linkSummary(report.links, report.dryRun, destination);
  return report.links.written === void 0 && !report.dryRun ? links : `${links}
${jobSummary(report)}`;
}
async function client(run2, env) {
  if (!run2.token)
    throw errors.badInput(
      "token",
      'is needed to commit through the GitHub API (or set "commit: false")'
    );
  return connect({
    token: run2.token,
    apiUrl: env.GITHUB_API_URL,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    notice: info2
  });
}
function repositoryOf(name) {
  const [owner, repo, extra] = (name ?? "").split("/");
  if (!owner || !repo || extra !== void 0)
    throw errors.repositoryNotFound(name ? `"${name}"` : "(GITHUB_REPOSITORY is not set)");
  return { owner, name: repo };
}
function logLine(report) {
  const { run: run2, commit, pullRequest } = report;
  const { totals } = run2;
  const boards = run2.boards.length > 1 ? ` on ${run2.boards.length} boards` : "";
  const counts = `${totals.stats.jobs} ${countWord(totals.stats.jobs, "opening")}${boards} (+${totals.added} -${totals.removed})`;
  const { written, deleted } = splitFiles(run2.files);
  const files = `${written.length} ${countWord(written.length, "file")} written, ${deleted.length} deleted`;
  if (report.dryRun)
    return `Dry run: ${run2.changed ? `${run2.files.length} ${countWord(run2.files.length, "file")} would change` : "up to date"}; ${counts}.`;
  if (pullRequest)
    return `Pull request #${pullRequest.number}: ${pullRequest.url} (${files}); ${counts}.`;
  if (commit) return `Committed ${commit.sha}: ${commit.url} (${files}); ${counts}.`;
  if (report.wroteWorkspace) return `In the workspace: ${files}; ${counts}.`;
  const waiting = report.waitingPullRequest;
  if (waiting)
    return `Up to date with pull request #${waiting.number}: ${waiting.url}, nothing was committed; ${counts}.`;
  return `Up to date; ${counts}.`;
}
function info2(message2) {
  info(oneLogLine(message2));
}
function annotations(limit) {
  let count = 0;
  return {
    warn(message2) {
      count += 1;
      if (count <= limit) warning(withoutControls(message2));
      else info2(`Warning: ${message2}`);
    },
    finish() {
      if (count > limit)
        warning(`${count - limit} more warnings (${count} in all) are in the log.`);
    }
  };
}

// src/index.ts
await run();
