import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  categoryKey
} from "./chunk-I5BO5RH5.js";
import {
  formatOfExtension
} from "./chunk-33D3IKD7.js";
import "./chunk-XG64FQ2T.js";
import {
  parseContribution,
  parseFields,
  readPath
} from "./chunk-J2VHFJZX.js";
import {
  INPUTS
} from "./chunk-ADUMK64K.js";
import "./chunk-GMB5KYXF.js";
import "./chunk-KEP2DW5I.js";
import {
  stringify
} from "./chunk-5R6ZADQT.js";
import "./chunk-UKJOBUJ4.js";
import "./chunk-NOMF4GSH.js";
import {
  errors
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

// src/init/contribution.ts
var CONTRIBUTION_PATHS = {
  newRole: ".github/ISSUE_TEMPLATE/new-role.yml",
  editRole: ".github/ISSUE_TEMPLATE/edit-role.yml",
  closeRole: ".github/ISSUE_TEMPLATE/close-role.yml",
  contribute: ".github/workflows/jobs-readme-contribute.yml",
  checkLinks: ".github/workflows/jobs-readme-check-links.yml"
};
var FORM_LABELS = {
  new: "new-listing",
  edit: "edit-listing",
  close: "close-listing"
};
var FORM_FIELDS = [
  { id: "company", label: "Company" },
  { id: "company_url", label: "Company URL" },
  { id: "title", label: "Job title" },
  { id: "url", label: "Posting URL" },
  { id: "id", label: "ID" },
  { id: "location", label: "Location" },
  { id: "work_type", label: "Work type" },
  { id: "posted_at", label: "Date posted" },
  { id: "categories", label: "Categories" },
  { id: "salary_min", label: "Salary min" },
  { id: "salary_max", label: "Salary max" },
  { id: "description", label: "Description" },
  { id: "active", label: "Active" },
  { id: "reason", label: "Reason" }
];
function contributionFiles(options) {
  const approve = options.approveLabel ?? "approved";
  return [
    { path: CONTRIBUTION_PATHS.newRole, text: form(newRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.editRole, text: form(editRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.closeRole, text: form(closeRoleForm(options, approve)) },
    { path: CONTRIBUTION_PATHS.contribute, text: contributeWorkflow(options.inputs, approve) },
    { path: CONTRIBUTION_PATHS.checkLinks, text: checkLinksWorkflow(options.inputs) }
  ];
}
function formFieldIds(options) {
  const ids = [newRoleForm(options, ""), editRoleForm(options, "")].flatMap(
    (definition) => definition.body.flatMap(
      (element) => typeof element.id === "string" ? [element.id] : []
    )
  );
  return [...new Set(ids)];
}
function cellLimit({ inputs, maxCellLength }, text) {
  const max = maxCellLength ?? Number(
    inputs["max-cell-length"] ?? INPUTS.find((input2) => input2.name === "max-cell-length")?.default
  );
  const limit = Number.isInteger(max) && max > 0 ? `At most ${max} characters.` : void 0;
  return [text, limit].filter(Boolean).join(" ") || void 0;
}
function newRoleForm(options, approve) {
  const { categories } = options;
  const limit = cellLimit(options);
  return {
    name: "New role",
    description: "Add a job posting to the board.",
    title: "New role: ",
    ...formLabels(options, "new"),
    body: [
      intro(
        `A maintainer reviews the posting and adds the \`${approve}\` label; the board then lists it.`
      ),
      input("company", { required: true, placeholder: "Acme", description: limit }),
      input("company_url", { placeholder: "https://acme.example" }),
      input("title", { required: true, placeholder: "Backend Engineer", description: limit }),
      input("url", {
        required: true,
        placeholder: "https://jobs.example/123",
        description: "The posting itself (http or https)."
      }),
      location(options, { placeholder: "Berlin, Germany", description: limit }),
      workType(false),
      input("posted_at", {
        required: true,
        placeholder: "YYYY-MM-DD",
        description: "The day the posting went up, as YYYY-MM-DD."
      }),
      categoriesField(categories),
      input("salary_min", { placeholder: "90000", description: "Yearly, a number." }),
      input("salary_max", { placeholder: "120000", description: "Yearly, a number." }),
      textarea("description", { description: "Optional: the skills are found in it." })
    ]
  };
}
function editRoleForm(options, approve) {
  const { categories } = options;
  const keep = "Leave empty to keep it.";
  const shown = cellLimit(options, keep);
  return {
    name: "Edit role",
    description: "Correct a posting the board lists.",
    title: "Edit role: ",
    ...formLabels(options, "edit"),
    body: [
      intro(
        `Only the fields you fill change. A maintainer applies the edit with the \`${approve}\` label.`
      ),
      input("url", {
        required: true,
        placeholder: "https://jobs.example/123",
        description: "The posting to change, as the board links it."
      }),
      input("company", { description: shown }),
      input("company_url", { description: keep }),
      input("title", { description: shown }),
      location(options, { description: shown }),
      workType(false),
      input("posted_at", { placeholder: "YYYY-MM-DD", description: keep }),
      categoriesField(categories),
      input("salary_min", { description: keep }),
      input("salary_max", { description: keep }),
      {
        type: "dropdown",
        id: "active",
        attributes: {
          label: label("active"),
          description: `true lists a closed posting again, false closes it. ${keep}`,
          options: ["true", "false"]
        }
      }
    ]
  };
}
function closeRoleForm(options, approve) {
  return {
    name: "Close role",
    description: "Mark a posting as no longer open.",
    title: "Close role: ",
    ...formLabels(options, "close"),
    body: [
      intro(`A maintainer closes the posting with the \`${approve}\` label.`),
      input("url", {
        required: true,
        placeholder: "https://jobs.example/123",
        description: "The posting that closed, as the board links it."
      }),
      textarea("reason", { description: "Optional: how you know it closed." })
    ]
  };
}
function formLabels({ kindLabels = FORM_LABELS }, kind) {
  const name = kindLabels[kind];
  return name === void 0 ? {} : { labels: [name] };
}
function label(id) {
  return FORM_FIELDS.find((field2) => field2.id === id)?.label ?? id;
}
function intro(value) {
  return { type: "markdown", attributes: { value } };
}
function input(id, options) {
  return field("input", id, options);
}
function textarea(id, options) {
  return field("textarea", id, options);
}
function field(type, id, { required, ...attributes }) {
  return {
    type,
    id,
    attributes: { label: label(id), ...attributes },
    ...required ? { validations: { required: true } } : {}
  };
}
function location({ listsLocations }, options) {
  if (!listsLocations) return input("location", options);
  const description = ["One place a line.", options.description].filter(Boolean).join(" ");
  return textarea("location", { ...options, description });
}
function workType(required) {
  return {
    type: "dropdown",
    id: "work_type",
    attributes: {
      label: label("work_type"),
      options: ["Remote", "Hybrid", "On Site"]
    },
    validations: { required }
  };
}
function categoriesField(categories) {
  if (categories.length === 0)
    return input("categories", {
      placeholder: "backend, data",
      description: "Comma-separated categories."
    });
  return {
    type: "dropdown",
    id: "categories",
    attributes: { label: label("categories"), multiple: true, options: categories }
  };
}
function form(definition) {
  return `# Written by jobs-readme init --contribution.
${stringify(definition, { lineWidth: 0 })}`;
}
var ACTION = "jobs-readme/jobs-readme@v1";
function contributeWorkflow(inputs, approve) {
  const labeled = `(github.event_name == 'issues' && github.event.label.name == ${expressionString(approve)})`;
  const approvedInComment = [
    "(github.event_name == 'issue_comment' && !github.event.issue.pull_request",
    "startsWith(github.event.comment.body, '/approve')",
    `contains(fromJSON('["OWNER", "MEMBER", "COLLABORATOR"]'), github.event.comment.author_association))`
  ].join(" && ");
  const when = `${labeled} || ${approvedInComment}`;
  const workflow = {
    name: "Contributions",
    on: { issues: { types: ["labeled"] }, issue_comment: { types: ["created"] } },
    permissions: { contents: "write", issues: "write" },
    concurrency: { group: "job-board-contributions", "cancel-in-progress": false },
    jobs: {
      contribute: {
        if: when,
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 10,
        steps: [{ id: "contribution", uses: ACTION, with: contributeInputs(inputs, approve) }]
      }
    }
  };
  return [
    '# Applies an approved "New role", "Edit role" or "Close role" issue to the listings file and',
    `# the README(s) in one commit, then comments on the issue and closes it. A maintainer approves`,
    `# by adding the ${JSON.stringify(approve)} label, or by commenting /approve.`,
    "# Written by jobs-readme init --contribution.",
    stringify(workflow, { lineWidth: 0 })
  ].join("\n");
}
function expressionString(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
function contributeInputs(inputs, approve) {
  return approve === "approved" || inputs["contribution-label"] !== void 0 || inputs.config ? inputs : { ...inputs, "contribution-label": approve };
}
function checkLinksWorkflow(inputs) {
  const workflow = {
    name: "Check posting links",
    on: { schedule: [{ cron: "23 4 * * 1" }], workflow_dispatch: null },
    permissions: { contents: "write" },
    concurrency: { group: "job-board", "cancel-in-progress": false },
    jobs: {
      "check-links": {
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 30,
        steps: [{ id: "links", uses: ACTION, with: { mode: "check-links", ...inputs } }]
      }
    }
  };
  return [
    "# Once a week, requests every posting the board shows and closes (active: false) those whose",
    "# page is gone: 404, 410, or a redirect to a page named in closed-urls. Timeouts, 5xx and 429",
    "# answers are only reported, and asked again next week.",
    "# Written by jobs-readme init --contribution.",
    stringify(workflow, { lineWidth: 0 }).replace("workflow_dispatch: null", "workflow_dispatch:")
  ].join("\n");
}

// src/init/contribution-files.ts
var NOT_PASSED_ON = /* @__PURE__ */ new Set(["mode", "now", "dry-run", "commit", "token"]);
var DEFAULT_LISTINGS = "listings.json";
async function writeContributionFiles(inputs, files, { force }) {
  const given = workflowInputs(inputs);
  const {
    categories,
    maxCellLength,
    listings: named,
    fields,
    contribution
  } = await boardsOf(given, files);
  const listings = given.listings ?? named ?? DEFAULT_LISTINGS;
  if (isHttpUrl(listings))
    throw errors.badInput(
      "listings",
      `${given.listings === void 0 ? `is "${listings}" in ${given.config}: it ` : ""}must be the repository's own listings file for contributions to go into, not a URL`
    );
  const passed = given.listings === void 0 && named !== void 0 ? given : { listings, ...given };
  const approveLabel = given["contribution-label"] ?? contribution.label ?? "approved";
  const kindLabels = labelsOfKinds(given["contribution-kinds"] ?? contribution.kinds);
  const listingsText = await files.readFile(listings);
  const listsLocations = await holdsLists(
    listingsText,
    listings,
    fields.location ?? "location",
    given["listings-format"]
  );
  const planned = contributionFiles({
    inputs: passed,
    categories,
    approveLabel,
    maxCellLength,
    listsLocations,
    kindLabels
  });
  if (listingsText === void 0) {
    const format = given["listings-format"] ?? formatOfExtension([listings]);
    const columns = formFieldIds({ inputs: passed, categories }).map(
      (field2) => fileKeyOf(field2, fields) ?? field2
    );
    const text = format === void 0 ? void 0 : emptyListings(format, listings, columns);
    if (text !== void 0) planned.push({ path: listings, text });
  }
  const existing = [];
  for (const file of planned)
    if (await files.readFile(file.path) !== void 0 && file.path !== listings)
      existing.push(file.path);
  if (existing.length > 0 && !force) return { written: [], existing, next: "" };
  await files.write(planned);
  return {
    written: planned.map((file) => file.path),
    existing: [],
    next: `Next: commit these files, and create the labels ${labelList([approveLabel, ...Object.values(kindLabels)])} (Issues \u2192 Labels): GitHub puts a form's label on its issue only when the label exists, and that label tells an edit or a close from a new posting. Readers then file the forms, and a maintainer approves one with the "${approveLabel}" label or an /approve comment.`
  };
}
function workflowInputs(inputs) {
  const given = {};
  for (const { name } of INPUTS) {
    const value = inputs[name]?.trim();
    if (value && !NOT_PASSED_ON.has(name)) given[name] = value;
  }
  return given;
}
async function boardsOf(given, files) {
  const found = /* @__PURE__ */ new Map();
  const add = (name) => {
    if (name && !found.has(categoryKey(name))) found.set(categoryKey(name), name);
  };
  add(given.category);
  const boardsFile = given.config ? await files.readFile(given.config) : void 0;
  if (given.config && boardsFile === void 0)
    throw errors.badBoardsFile(
      given.config,
      "the file",
      'was not found; check the "config" input. The workflows init --contribution writes read it: write it first (init writes one for an existing board), or leave --config out. Nothing was written.'
    );
  let maxCellLength;
  let fields = parseFields(given.fields);
  let listings;
  const contribution = {};
  if (given.config && boardsFile !== void 0) {
    const { readBoards } = await import("./boards-E2SBSCH6.js");
    const read = await readBoards(boardsFile, given, given.config);
    for (const board of read.boards) add(board.categoryName ?? board.category);
    const set = read.inputs["max-cell-length"];
    if (set !== void 0 && set.trim() !== "") maxCellLength = Number(set);
    listings = read.inputs.listings?.trim() || void 0;
    contribution.label = read.inputs["contribution-label"]?.trim() || void 0;
    contribution.kinds = read.inputs["contribution-kinds"]?.trim() || void 0;
    fields = read.fields ?? parseFields(read.inputs.fields);
  }
  return { categories: [...found.values()], maxCellLength, fields, listings, contribution };
}
async function holdsLists(text, listings, path, format) {
  if (text === void 0) return false;
  let lists = 0;
  let others = 0;
  try {
    const { readRecords } = await import("./formats-QFLYFYMR.js");
    const { sourceChunks } = await import("./source-XELA2JRB.js");
    const source = {
      name: listings,
      locations: [listings],
      chunks: sourceChunks([text], Infinity, listings)
    };
    for await (const batch of await readRecords(source, format))
      for (const record of batch) {
        const value = typeof record === "object" && record ? readPath(record, path) : void 0;
        if (Array.isArray(value)) lists += 1;
        else if (value != null) others += 1;
      }
  } catch {
    return false;
  }
  return lists > others;
}
function emptyListings(format, path, columns) {
  if (format === "csv") return `${columns.join(",")}
`;
  if (format !== "jsonl") return "[]\n";
  throw errors.badInput(
    "listings",
    `"${path}" does not exist, and init cannot start it empty: a JSONL file says no listing by holding no line, which a run reads as a feed that failed to download. Start the board with a JSON, CSV or YAML listings file (such as "${path.replace(/\.jsonl$/i, ".json")}"), or write its first listing into "${path}" yourself, one JSON object on its line, then run init --contribution again. Nothing was written.`
  );
}
function fileKeyOf(field2, fields) {
  const mapped = fields[field2];
  return mapped !== void 0 && !mapped.includes(".") ? mapped : void 0;
}
function labelsOfKinds(kinds) {
  if (kinds === void 0) return { ...FORM_LABELS };
  const labels = {};
  for (const [label2, kind] of Object.entries(parseContribution({ kinds }).kinds))
    labels[kind] ??= label2;
  for (const kind of ["edit", "close"])
    if (labels[kind] === void 0)
      throw errors.badInput(
        "contribution-kinds",
        `names no label for ${kind}: the "${kind === "edit" ? "Edit" : "Close"} role" form's issues would carry no label it reads, and be taken for new postings. Add one, such as "${FORM_LABELS[kind]}": ${kind}`
      );
  return Object.fromEntries(
    ["new", "edit", "close"].flatMap(
      (kind) => labels[kind] === void 0 ? [] : [[kind, labels[kind]]]
    )
  );
}
function labelList(labels) {
  const quoted = labels.map((label2) => `"${label2}"`);
  return `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
export {
  writeContributionFiles
};
