import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  escapeRegExp
} from "./chunk-UKJOBUJ4.js";
import {
  memoized
} from "./chunk-ZMGGXRAP.js";

// src/select/category.ts
var CATEGORY_KEYWORDS = {
  backend: ["back end", "server side"],
  frontend: ["front end", "ui engineer", "ui developer", "react developer", "angular", "vue"],
  "full-stack": ["full stack"],
  "software-engineering": [
    "software engineer",
    "software engineering",
    "software developer",
    "software development",
    "programmer"
  ],
  data: [
    "data engineer",
    "data engineering",
    "data scientist",
    "data science",
    "data analyst",
    "data analytics",
    "analytics engineer",
    "etl",
    "business intelligence"
  ],
  devops: [
    "dev ops",
    "sec ops",
    "site reliability",
    "sre",
    "platform engineer",
    "infrastructure engineer",
    "cloud engineer"
  ],
  mobile: ["mobile", "ios", "android", "react native", "flutter"],
  ml: [
    "ml",
    "ml ops",
    "machine learning",
    "deep learning",
    "ai engineer",
    "computer vision",
    "nlp",
    "llm"
  ]
};
function categoryMatcher(category, keywords) {
  const wanted = categoryKey(category);
  const title = keywordPattern(keywords?.length ? keywords : defaultKeywords(category));
  const keyOf = memoized(categoryKey);
  return (listing) => listing.categories?.length ? listing.categories.some((named) => keyOf(named) === wanted) : title.test(listing.title);
}
function categoryKey(name) {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
var presetsByKey = new Map(
  Object.entries(CATEGORY_KEYWORDS).map(([name, keywords]) => [categoryKey(name), keywords])
);
function defaultKeywords(category) {
  return presetsByKey.get(categoryKey(category)) ?? [category];
}
function keywordPattern(keywords) {
  const alternatives = keywords.map(
    (keyword) => keyword.split(/[\s_-]+/).filter(Boolean).map(escapeRegExp).join("[\\s_-]*")
  ).filter(Boolean);
  if (!alternatives.length) return /(?!)/;
  const wordChar = "[\\p{L}\\p{M}\\p{N}]";
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join("|")})(?!${wordChar})`, "iu");
}

export {
  CATEGORY_KEYWORDS,
  categoryMatcher,
  categoryKey
};
