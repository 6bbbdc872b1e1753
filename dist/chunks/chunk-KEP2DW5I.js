import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  escapeRegExp
} from "./chunk-UKJOBUJ4.js";
import {
  memoized
} from "./chunk-ZMGGXRAP.js";

// src/skills.ts
var SKILLS = [
  { skill: "python", aliases: ["python3"] },
  { skill: "java" },
  { skill: "javascript", aliases: ["js", "ecmascript", "es6"] },
  { skill: "typescript" },
  { skill: "nodejs", aliases: ["node", "node.js", "node js"] },
  { skill: "go", aliases: ["golang"], inContext: ["Go"] },
  { skill: "rust" },
  { skill: "ruby" },
  { skill: "rails", aliases: ["ruby on rails", "ror"] },
  { skill: "php" },
  { skill: "c#", aliases: ["csharp", "c sharp"] },
  { skill: "c++", aliases: ["cpp"] },
  { skill: ".net", aliases: ["dotnet", "asp.net", ".net core"] },
  { skill: "kotlin" },
  { skill: "swift", aliases: ["swiftui"], exactCase: ["Swift"] },
  { skill: "scala" },
  { skill: "elixir" },
  { skill: "dart" },
  { skill: "flutter" },
  { skill: "sql" },
  { skill: "nosql" },
  { skill: "postgresql", aliases: ["postgres", "postgre", "postgre sql"] },
  { skill: "mysql" },
  { skill: "mongodb", aliases: ["mongo"] },
  { skill: "redis" },
  { skill: "elasticsearch", aliases: ["elastic search"] },
  { skill: "kafka", aliases: ["apache kafka"] },
  { skill: "rabbitmq" },
  { skill: "graphql" },
  { skill: "api", aliases: ["apis", "rest api", "rest apis", "restful"], exactCase: ["REST"] },
  { skill: "grpc" },
  { skill: "microservices", aliases: ["microservice", "micro-services", "micro services"] },
  { skill: "database", aliases: ["databases"] },
  { skill: "docker" },
  { skill: "kubernetes", aliases: ["k8s"] },
  { skill: "aws", aliases: ["amazon web services"] },
  { skill: "gcp", aliases: ["google cloud", "google cloud platform"] },
  { skill: "azure" },
  { skill: "terraform" },
  { skill: "ansible" },
  { skill: "linux" },
  { skill: "git" },
  { skill: "ci/cd", aliases: ["cicd", "ci-cd"] },
  { skill: "html", aliases: ["html5"] },
  { skill: "css", aliases: ["css3"] },
  { skill: "react", aliases: ["reactjs", "react.js"], exactCase: ["React"] },
  { skill: "react-native", aliases: ["react native"] },
  { skill: "nextjs", aliases: ["next.js"] },
  { skill: "vue", aliases: ["vuejs", "vue.js"] },
  { skill: "angular", aliases: ["angularjs"] },
  { skill: "express", aliases: ["expressjs", "express.js"] },
  { skill: "django" },
  { skill: "flask" },
  { skill: "fastapi" },
  { skill: "spring", aliases: ["spring boot", "springboot"], exactCase: ["Spring"] },
  { skill: "laravel" },
  { skill: "spark", aliases: ["apache spark", "pyspark"], exactCase: ["Spark"] },
  { skill: "airflow" },
  { skill: "pandas" },
  { skill: "tensorflow" },
  { skill: "pytorch" },
  { skill: "machine-learning", aliases: ["ml", "machine learning"] },
  { skill: "ai", aliases: ["artificial intelligence"] },
  { skill: "llm", aliases: ["llms"] }
];
var canonicalSkill = memoized((name) => {
  const spelling = name.trim().replace(/\s+/g, " ").toLowerCase();
  return SPELLINGS.get(spelling)?.skill ?? spelling;
});
function skillsOf(listing) {
  return listing.skills ??= detectSkills(listing.skillText ?? "");
}
function detectSkills(text) {
  const mentions = [ANY_CASE_PATTERN, IN_CONTEXT_PATTERN].flatMap((pattern) => [...text.matchAll(pattern)]).sort((a, b) => a.index - b.index);
  const found = /* @__PURE__ */ new Set();
  for (const mention of mentions) {
    const written = mention[1] ?? mention[2] ?? "";
    const spelling = SPELLINGS.get(written.replace(/\s+/g, " ").toLowerCase());
    if (spelling && (spelling.exact === void 0 || spelling.exact === written))
      found.add(spelling.skill);
  }
  return [...found];
}
var SPELLINGS = spellingTable(SKILLS);
var BEFORE = String.raw`(?<![\w#+.])`;
var AFTER = String.raw`(?![\w#+]|\.\w)`;
var NEIGHBOUR_BEFORE = String.raw`(?<=(?:[(/,;&|]|\b(?:in|with|and|or|using))\s*)`;
var NEIGHBOUR_AFTER = String.raw`(?=\s*(?:[)/,;&|]|(?:developers?|engineers?|programmers?|and|or)\b))`;
var anyCase = alternation(spellingsWhere((spelling) => !spelling.inContext));
var inContext = alternation(spellingsWhere((spelling) => spelling.inContext === true));
var ANY_CASE_PATTERN = new RegExp(`${BEFORE}(${anyCase})${AFTER}`, "gi");
var IN_CONTEXT_PATTERN = new RegExp(
  `(?=${inContext})(?:${NEIGHBOUR_BEFORE}(${inContext})${AFTER}|${BEFORE}(${inContext})${NEIGHBOUR_AFTER})`,
  "gi"
);
function spellingTable(entries) {
  const table = /* @__PURE__ */ new Map();
  for (const { skill, aliases = [], exactCase = [], inContext: inContext2 = [] } of entries) {
    for (const name of [skill, ...aliases]) table.set(name, { skill });
    for (const name of exactCase) table.set(name.toLowerCase(), { skill, exact: name });
    for (const name of inContext2)
      table.set(name.toLowerCase(), { skill, exact: name, inContext: true });
  }
  return table;
}
function spellingsWhere(test) {
  return [...SPELLINGS].filter(([, spelling]) => test(spelling)).map(([name]) => name);
}
function alternation(spellings) {
  return [...spellings].sort((a, b) => b.length - a.length).map((spelling) => escapeRegExp(spelling).replace(/ /g, String.raw`\s+`)).join("|");
}

export {
  canonicalSkill,
  skillsOf
};
