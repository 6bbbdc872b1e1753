import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  SELECTION_OPTIONS,
  fieldsOf,
  parseBoard,
  parseFields,
  parseLabels,
  parseSelection
} from "./chunk-J2VHFJZX.js";
import {
  BOARD_OPTIONS,
  INPUTS
} from "./chunk-ADUMK64K.js";
import {
  comparablePath
} from "./chunk-GMB5KYXF.js";
import {
  array,
  boolean,
  custom,
  dateColumn,
  minLength,
  nullable,
  number,
  optional,
  pipe,
  record,
  safeParse,
  strictObject,
  string,
  union,
  unknown,
  yamlValue
} from "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import {
  errors,
  isBoardError,
  yamlProblem
} from "./chunk-POPMLHNH.js";
import "./chunk-GTVH52DB.js";
import "./chunk-6XRODA2F.js";
import "./chunk-T224ZO2J.js";
import "./chunk-ZMGGXRAP.js";
import "./chunk-3C3LAPTG.js";
import {
  isHttpUrl
} from "./chunk-DRQNNRXV.js";
import "./chunk-VTSEPG2S.js";

// src/config/boards.ts
async function parseBoards(text, raw, file, resolve = async (board) => board) {
  return (await readBoards(text, raw, file, resolve)).boards;
}
async function readBoards(text, raw, file, resolve = async (board) => board) {
  const document = parseDocument(text, file);
  const selections = takeSelections(document);
  const { boards, run, fields } = readBoardsFile(document, file);
  const inputs = withRunOptions(raw, run, file);
  if (fields) checkSameFields(fields, raw.fields, file);
  const labels = inputs.labels ? parseLabels((await resolve({ labels: inputs.labels })).labels) : void 0;
  const configs = [];
  for (const [index, board] of boards.entries()) {
    const selection = parseSelection(selections[index] ?? {}, file, boardName(board, index));
    let config;
    try {
      const own = await resolve({ ...inputs, ...boardInputs(board) });
      config = { ...parseBoard(own, labels), ...selection };
    } catch (error) {
      if (!isBoardError(error)) throw error;
      throw errors.badBoardsFile(file, boardName(board, index), error.message);
    }
    if (config.rowShape.repeatCompanyWhen === "same-date-text" && dateColumn(config.table.columns) < 0)
      throw errors.badBoardsFile(
        file,
        boardName(board, index),
        `"repeat-company-when: same-date-text" compares the text of the date column, and no column of the table shows posted_at: add one (cell: '{{ posted_at | date }}') or use same-day`
      );
    configs.push(config);
  }
  checkNoSharedFiles(configs, boards, file);
  return { inputs, boards: configs, fields };
}
function checkSameFields(fields, input, file) {
  const given = input?.trim() ? parseFields(input) : void 0;
  const sorted = (mapping) => JSON.stringify(Object.entries(mapping).sort());
  if (given && sorted(given) !== sorted(fields))
    throw errors.badBoardsFile(
      file,
      '"fields"',
      `is ${JSON.stringify(fields)} here and "${input}" as the input fields; set it in one place`
    );
}
function withRunOptions(raw, run, file) {
  const inputs = { ...raw };
  for (const [name, value] of Object.entries(run)) {
    const given = raw[name]?.trim();
    const fallback = INPUTS.find((input) => input.name === name)?.default;
    if (given && given !== fallback && !sameRunValue(name, given, value))
      throw errors.badBoardsFile(
        file,
        `"${fileKey(name)}"`,
        `is "${value}" here and "${given}" as the input ${name}; set it in one place`
      );
    inputs[name] = value;
  }
  return inputs;
}
function sameRunValue(name, given, value) {
  if (given === value || value === void 0) return given === value;
  return name === "listings" && !isHttpUrl(given) && comparablePath(given) === comparablePath(value);
}
function fileKey(name) {
  const key = Object.entries(CONTRIBUTION_OPTIONS).find(([, input]) => input === name)?.[0];
  return key === void 0 ? name : `contribution.${key}`;
}
var RUN_FILE_OPTIONS = [
  "listings",
  "listings-format",
  "listings-timeout",
  "listings-max-bytes",
  "listings-max-pages",
  "fields",
  "max-cell-length",
  "strict",
  "closed-urls",
  "link-timeout",
  "link-concurrency",
  "link-host-delay-ms"
];
var CONTRIBUTION_OPTIONS = {
  label: "contribution-label",
  "refused-label": "contribution-refused-label",
  kinds: "contribution-kinds",
  fields: "contribution-fields"
};
var ScalarSchema = union([string(), number(), boolean()]);
var BoardValueSchema = union([
  ScalarSchema,
  array(ScalarSchema),
  pipe(
    custom((value) => typeof value === "object" && value !== null && !Array.isArray(value)),
    record(string(), unknown())
  )
]);
var BoardsFileSchema = strictObject({
  boards: pipe(
    array(record(string(), nullable(BoardValueSchema))),
    minLength(1, "must list at least one board")
  ),
  ...Object.fromEntries(
    RUN_FILE_OPTIONS.map((name) => [name, optional(nullable(BoardValueSchema))])
  ),
  contribution: optional(
    nullable(
      strictObject(
        Object.fromEntries(
          Object.keys(CONTRIBUTION_OPTIONS).map((key) => [
            key,
            optional(nullable(BoardValueSchema))
          ])
        )
      )
    )
  )
});
function parseDocument(text, file) {
  try {
    return yamlValue(text, { merge: true });
  } catch (error) {
    throw errors.badBoardsFile(file, "the YAML", yamlProblem(error));
  }
}
function takeSelections(document) {
  const boards = document?.boards;
  if (!Array.isArray(boards)) return [];
  return boards.map((board) => {
    const taken = {};
    if (typeof board !== "object" || board === null || Array.isArray(board)) return taken;
    for (const key of SELECTION_OPTIONS)
      if (Object.hasOwn(board, key)) {
        const value = board[key];
        if (value !== null) taken[key] = value;
        delete board[key];
      }
    return taken;
  });
}
function readBoardsFile(document, file) {
  const result = safeParse(BoardsFileSchema, document);
  if (!result.success) throw schemaError(result.issues[0], file);
  const { boards, contribution, ...top } = result.output;
  const run = {};
  let fields;
  for (const name of RUN_FILE_OPTIONS) {
    const value = top[name];
    if (value === null || value === void 0) continue;
    if (name === "fields" && typeof value === "object" && !Array.isArray(value))
      fields = fieldsOf(value, (problem) => errors.badBoardsFile(file, '"fields"', problem));
    else {
      const problem = shapeProblem(name, value);
      if (problem) throw errors.badBoardsFile(file, "the top level", problem);
      run[name] = inputText(value);
    }
  }
  for (const [key, name] of Object.entries(CONTRIBUTION_OPTIONS)) {
    const value = contribution?.[key];
    if (value !== null && value !== void 0) run[name] = inputText(value);
  }
  return { boards: boards.map((board, index) => checkedBoard(board, index, file)), run, fields };
}
function schemaError(issue, file) {
  const [top, index, key] = (issue.path ?? []).map((item) => item.key);
  const noBoardsList = top === void 0 || top === "boards" && index === void 0 && issue.input === void 0;
  if (noBoardsList)
    return errors.badBoardsFile(file, "the top level", 'must be a mapping with a "boards" list');
  if (top === "contribution")
    return errors.badBoardsFile(
      file,
      '"contribution"',
      index === void 0 ? `must be a mapping of ${Object.keys(CONTRIBUTION_OPTIONS).join(", ")}` : `"${String(index)}" is not a contribution setting; use ${Object.keys(CONTRIBUTION_OPTIONS).join(", ")}`
    );
  if (RUN_FILE_OPTIONS.includes(top))
    return errors.badBoardsFile(
      file,
      `"${String(top)}"`,
      "must be text, a number, true or false, or a list or mapping of those"
    );
  if (top !== "boards")
    return errors.badBoardsFile(file, "the top level", topLevelProblem(String(top)));
  if (index === void 0)
    return errors.badBoardsFile(
      file,
      '"boards"',
      issue.type === "min_length" ? issue.message : "must be a list of boards"
    );
  const where = `board ${Number(index) + 1}`;
  if (key === void 0) return errors.badBoardsFile(file, where, "must be a mapping of options");
  return errors.badBoardsFile(
    file,
    where,
    `"${String(key)}" must be text, a number, true or false, a list of those, or (for labels and table) a mapping`
  );
}
function topLevelProblem(key) {
  if (BOARD_OPTIONS.includes(key) || SELECTION_OPTIONS.includes(key))
    return `"${key}" is a board option; set it on each board under "boards"`;
  if (INPUTS.some((input) => input.name === key))
    return `"${key}" can only be an input of the action (or a flag of the CLI)`;
  return `"${key}" is not a setting; the top level holds "boards", "contribution" and ${RUN_FILE_OPTIONS.join(", ")}`;
}
function checkedBoard(board, index, file) {
  const checked = {};
  for (const [key, value] of Object.entries(board)) {
    if (!BOARD_OPTIONS.includes(key))
      throw errors.badBoardsFile(file, boardName(board, index), unknownOption(key));
    if (value === null) continue;
    const problem = shapeProblem(key, value);
    if (problem) throw errors.badBoardsFile(file, boardName(board, index), problem);
    checked[key] = value;
  }
  if (checked.readme === void 0 || String(checked.readme).trim() === "")
    throw errors.badBoardsFile(
      file,
      boardName(board, index),
      'needs a "readme": the file this board updates'
    );
  if (typeof checked.readme !== "string")
    throw errors.badBoardsFile(
      file,
      boardName(board, index),
      `"readme" is ${JSON.stringify(checked.readme)}, a ${typeof checked.readme}: it must be the path of the file this board updates, as text (readme: README.md; a name YAML would read otherwise goes in quotes: readme: "${String(checked.readme)}")`
    );
  return checked;
}
function shapeProblem(key, value) {
  const shape = INPUTS.find((input) => input.name === key)?.shape;
  if (Array.isArray(value) && shape !== "list" && value.length === 1)
    return `"${key}" takes one value, not a list: write ${key}: ${String(value[0])}`;
  if (Array.isArray(value) && shape !== "list")
    return `"${key}" takes one value, not a list (${value.map(String).join(", ")})${key === "category" ? "; a board shows one category: give each category a board of its own, with its own readme or zone" : key === "listings" ? "; the listings come from one source, a file or a URL: merge the files into one first (for JSON, such as jq -s add a.json b.json > listings.json), and name it" : ""}`;
  if (typeof value === "object" && !Array.isArray(value) && shape !== "mapping")
    return `"${key}" takes one value, not a mapping (${JSON.stringify(value)})`;
  return void 0;
}
function unknownOption(key) {
  if (RUN_FILE_OPTIONS.includes(key))
    return `"${key}" is the same for every board; set it at the top of the boards file (beside "boards:"), or as an input of the action`;
  if (INPUTS.some((input) => input.name === key))
    return `"${key}" is the same for every board; set it as an input of the action instead`;
  return `"${key}" is not a board option; use one of ${[...BOARD_OPTIONS, ...SELECTION_OPTIONS].join(", ")}`;
}
function boardName(board, index) {
  const category = board.category;
  return `board ${index + 1}${typeof category === "string" && category ? ` (${category})` : ""}`;
}
function boardInputs(board) {
  return Object.fromEntries(Object.entries(board).map(([key, value]) => [key, inputText(value)]));
}
function inputText(value) {
  if (Array.isArray(value)) return value.map(String).join(",");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
function checkNoSharedFiles(configs, boards, file) {
  const writers = /* @__PURE__ */ new Map();
  const readmes = /* @__PURE__ */ new Map();
  configs.forEach((config, index) => {
    const name = boardName(boards[index], index);
    const sharing = readmes.get(config.readme);
    if (sharing === void 0) readmes.set(config.readme, index);
    else
      checkSharedReadme(configs[sharing], config, boardName(boards[sharing], sharing), name, file);
    const paths = [config.archivePath, ...config.feedPaths].filter(
      (path) => path !== void 0
    );
    if (sharing === void 0) paths.unshift(config.readme);
    for (const path of new Set(paths)) {
      const other = writers.get(path);
      if (other !== void 0)
        throw errors.badBoardsFile(
          file,
          name,
          `writes "${path}", as ${boardName(boards[other], other)} does; give each board its own files`
        );
      writers.set(path, index);
    }
  });
}
function checkSharedReadme(earlier, board, earlierName, name, file) {
  if (earlier.zone === void 0 || board.zone === void 0 || earlier.zone === board.zone)
    throw errors.badBoardsFile(
      file,
      name,
      `writes "${board.readme}", as ${earlierName} does; give each board its own files, or each board of one README its own "zone" (its table's markers: <!-- ${board.markerPrefix}:openings:NAME:start -->)`
    );
  if (earlier.markerPrefix !== board.markerPrefix)
    throw errors.badBoardsFile(
      file,
      name,
      `shares "${board.readme}" with ${earlierName} but not its marker-prefix ("${board.markerPrefix}", not "${earlier.markerPrefix}"); boards of one README use the same markers`
    );
}
export {
  RUN_FILE_OPTIONS,
  parseBoards,
  readBoards
};
