import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/memo.ts
var BoundedMap = class extends Map {
  constructor(max) {
    super();
    this.max = max;
  }
  max;
  set(key, value) {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
};
function memoized(make, max = 1e4) {
  const known = new BoundedMap(max);
  return (text) => {
    const found = known.get(text);
    if (found !== void 0 || known.has(text)) return found;
    const made = make(text);
    known.set(text, made);
    return made;
  };
}

export {
  BoundedMap,
  memoized
};
