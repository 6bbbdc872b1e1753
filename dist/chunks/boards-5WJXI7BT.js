import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SELECTION_OPTIONS,
  array,
  boolean,
  custom,
  minLength,
  nullable,
  number,
  parseBoard,
  parseSelection,
  pipe,
  record,
  safeParse,
  strictObject,
  string,
  union,
  unknown
} from "./chunk-JXX4MDXK.js";
import {
  BOARD_OPTIONS,
  INPUTS
} from "./chunk-XFFH3OKS.js";
import "./chunk-FNSI4ZU4.js";
import {
  parse
} from "./chunk-P3GXURRD.js";
import "./chunk-PIIOOGHW.js";
import {
  errors,
  isBoardError
} from "./chunk-QTLBYEWR.js";
import "./chunk-H54AGVSF.js";
import "./chunk-HANBNIMK.js";

// src/config/boards.ts
async function parseBoards(text, raw, file, resolve = async (board) => board) {
  const document = parseDocument(text, file);
  const selections = takeSelections(document);
  const boards = readBoardsFile(document, file);
  const configs = [];
  for (const [index, board] of boards.entries()) {
    const selection = parseSelection(selections[index] ?? {}, file, boardName(board, index));
    try {
      configs.push({
        ...parseBoard(await resolve({ ...raw, ...boardInputs(board) })),
        ...selection
      });
    } catch (error) {
      if (!isBoardError(error)) throw error;
      throw errors.badBoardsFile(file, boardName(board, index), error.message);
    }
  }
  checkNoSharedFiles(configs, boards, file);
  return configs;
}
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
  )
});
function parseDocument(text, file) {
  try {
    return parse(text);
  } catch (error) {
    throw errors.badBoardsFile(file, "the YAML", error.message);
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
  return result.output.boards.map((board, index) => checkedBoard(board, index, file));
}
function schemaError(issue, file) {
  const [top, index, key] = (issue.path ?? []).map((item) => item.key);
  const noBoardsList = top === void 0 || top === "boards" && index === void 0 && issue.input === void 0;
  if (noBoardsList)
    return errors.badBoardsFile(file, "the top level", 'must be a mapping with a "boards" list');
  if (top !== "boards")
    return errors.badBoardsFile(
      file,
      "the top level",
      `"${String(top)}" is not a setting; list the boards under "boards"`
    );
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
function checkedBoard(board, index, file) {
  const checked = {};
  for (const [key, value] of Object.entries(board)) {
    if (!BOARD_OPTIONS.includes(key))
      throw errors.badBoardsFile(file, boardName(board, index), unknownOption(key));
    if (value !== null) checked[key] = value;
  }
  if (typeof checked.readme !== "string" || checked.readme.trim() === "")
    throw errors.badBoardsFile(
      file,
      boardName(board, index),
      'needs a "readme": the file this board updates'
    );
  return checked;
}
function unknownOption(key) {
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
  configs.forEach((config, index) => {
    const paths = [config.readme, config.archivePath, ...config.feedPaths].filter(
      (path) => path !== void 0
    );
    for (const path of new Set(paths)) {
      const other = writers.get(path);
      if (other !== void 0)
        throw errors.badBoardsFile(
          file,
          boardName(boards[index], index),
          `writes "${path}", as ${boardName(boards[other], other)} does; give each board its own files`
        );
      writers.set(path, index);
    }
  });
}
export {
  parseBoards
};
