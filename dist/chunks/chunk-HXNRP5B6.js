import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);
import {
  ReadChanged,
  utf8Text
} from "./chunk-EKG4KFPK.js";
import {
  errors,
  isBoardError
} from "./chunk-POPMLHNH.js";

// src/files/local-files.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { open as open2, readdir, readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname3, join as join3, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/files/real-path.ts
import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function realTarget(root, path, confined = true) {
  const real = await resolveExisting(resolve(root, path));
  if (confined && !isInside(await realpath(root), real))
    throw errors.pathLeavesRepository(path, real);
  return real;
}
async function resolveExisting(absolute) {
  const missing = [];
  let existing = absolute;
  for (; ; ) {
    try {
      await lstat(existing);
      return join(await realpath(existing), ...missing);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      const parent = dirname(existing);
      if (parent === existing) return absolute;
      missing.unshift(basename(existing));
      existing = parent;
    }
  }
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}

// src/files/write-files.ts
import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import {
  access,
  copyFile,
  link,
  mkdir,
  open,
  readFile,
  realpath as realpath2,
  rename,
  rm,
  stat
} from "node:fs/promises";
import { hostname } from "node:os";
import { basename as basename2, dirname as dirname2, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
async function writeFiles(root, changes, reads, { userPaths = [] } = {}, streamed = /* @__PURE__ */ new Set()) {
  const held = [...reads].flatMap(([path, hash]) => hash === null ? [] : [path]);
  const steps = await plan(root, changes, userPaths, [...held, ...streamed]);
  const staged = [];
  try {
    for (const step of steps) {
      staged.push(step);
      await stage(step);
    }
    const locks = await lockAll(steps);
    try {
      await checkUnchanged(steps, reads);
      await commit(steps);
    } finally {
      await Promise.all(locks.map((lock2) => rm(lock2, { force: true })));
    }
  } catch (error) {
    await Promise.all(staged.map(discard));
    throw error;
  }
  await syncFolders(steps);
  await Promise.all(steps.map((step) => step.aside && rm(step.aside, { force: true })));
}
function digest(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function plan(root, changes, userPaths, read) {
  const steps = [];
  const byTarget = /* @__PURE__ */ new Map();
  const written = new Set(changes.map((change) => resolve2(root, change.path)));
  for (const absolute of read) {
    if (written.has(absolute)) continue;
    const real = await realpath2(absolute).catch(() => void 0);
    if (real !== void 0) byTarget.set(real, relative2(root, absolute).split(sep2).join("/"));
  }
  for (const change of changes) {
    const target = await realTarget(root, change.path, !userPaths.includes(change.path));
    const other = byTarget.get(target);
    if (other !== void 0) throw errors.sameFileTwice(change.path, other, target);
    byTarget.set(target, change.path);
    const step = { path: change.path, absolute: resolve2(root, change.path), target };
    if ("text" in change) step.text = change.text;
    step.mode = await checkWritable(step);
    steps.push(step);
  }
  return steps;
}
async function checkWritable(step) {
  const existing = await stat(step.target).catch(ignoreMissing);
  if (existing?.isDirectory()) throw errors.writeRefused(step.path, "it is a folder");
  if (existing && step.text !== void 0 && !await isWritable(step.target, existing.mode))
    throw errors.writeRefused(step.path, "the file is read-only");
  const folder = await nearestFolder(dirname2(step.target));
  if (!await isWritable(folder.path, folder.mode))
    throw errors.writeRefused(step.path, `the folder ${folder.path} is read-only`);
  return existing ? existing.mode & 4095 : void 0;
}
async function isWritable(path, mode) {
  if ((mode & 146) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false
  );
}
async function nearestFolder(path) {
  const found = await stat(path).catch(ignoreMissing);
  if (found?.isDirectory()) return { path, mode: found.mode };
  if (found) return { path, mode: 0 };
  return dirname2(path) === path ? { path, mode: 0 } : nearestFolder(dirname2(path));
}
async function stage(step) {
  if (step.text === void 0) return;
  try {
    step.createdFolder = await mkdir(dirname2(step.target), { recursive: true });
    step.temporary = sideName(step.target, "new");
    const file = await open(step.temporary, "wx");
    try {
      await file.writeFile(step.text, "utf8");
      if (step.mode !== void 0) await file.chmod(step.mode);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    throw writeError(step.path, error);
  }
}
var LOCK_WAIT_MS = 3e4;
var LOCK_STALE_MS = 10 * 6e4;
async function lockAll(steps) {
  const locks = [];
  const targets = new Map(steps.map((step) => [step.target, step.path]));
  try {
    for (const target of [...targets.keys()].sort())
      locks.push(await lock(target, targets.get(target)));
  } catch (error) {
    await Promise.all(locks.map((taken) => rm(taken, { force: true })));
    throw error;
  }
  return locks;
}
async function lock(target, path) {
  const name = join2(dirname2(target), `.${basename2(target)}.jobs-readme.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const file = await open(name, "wx");
      await file.writeFile(`${process.pid} ${hostname()}
`, "utf8").finally(() => file.close());
      return name;
    } catch (error) {
      if (error.code !== "EEXIST") throw writeError(path, error);
    }
    if (await isStale(name)) {
      await rm(name, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw errors.fileLocked(path, name);
    await sleep(10 + Math.floor(Math.random() * 40));
  }
}
async function isStale(name) {
  const [text, info] = await Promise.all([
    readFile(name, "utf8").catch(() => void 0),
    stat(name).catch(() => void 0)
  ]);
  if (text === void 0 || info === void 0) return false;
  if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true;
  const [pid, host] = text.trim().split(" ");
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
async function checkUnchanged(steps, reads) {
  for (const step of steps) {
    const read = reads.get(step.absolute);
    if (read === void 0) continue;
    const now = await readFile(step.target).then(digest, ignoreMissingAsNull);
    if (now !== read) throw errors.fileChanged(step.path);
  }
}
async function commit(steps) {
  try {
    for (const step of steps) await commitOne(step);
  } catch (error) {
    for (const step of [...steps].reverse())
      if (step.committed) await rollBack(step).catch(() => {
      });
    throw writeError(steps.find((step) => !step.committed)?.path ?? "", error);
  }
}
async function commitOne(step) {
  if (step.temporary === void 0) {
    const aside = sideName(step.target, "old");
    const moved = await rename(step.target, aside).then(
      () => true,
      (error) => ignoreMissing(error) ?? false
    );
    if (moved) step.aside = aside;
  } else {
    if (step.mode !== void 0) step.aside = await keepAside(step.target);
    await rename(step.temporary, step.target);
    step.temporary = void 0;
  }
  step.committed = true;
}
async function keepAside(target) {
  const aside = sideName(target, "old");
  await link(target, aside).catch(() => copyFile(target, aside));
  return aside;
}
async function rollBack(step) {
  if (step.aside) await rename(step.aside, step.target);
  else if (step.text !== void 0) await rm(step.target, { force: true });
  step.aside = void 0;
}
async function discard(step) {
  if (step.temporary) await rm(step.temporary, { force: true });
  if (step.createdFolder) await rm(step.createdFolder, { recursive: true, force: true });
}
async function syncFolders(steps) {
  for (const folder of new Set(steps.map((step) => dirname2(step.target)))) {
    const handle = await open(folder, "r").catch(() => void 0);
    if (!handle) continue;
    await handle.sync().catch(() => void 0);
    await handle.close();
  }
}
function sideName(target, kind) {
  const unique = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return join2(dirname2(target), `.${basename2(target)}.jobs-readme-${unique}.${kind}`);
}
function writeError(path, error) {
  if (isBoardError(error)) return error;
  const code = error.code;
  const problem = code === "ENOSPC" || code === "EDQUOT" ? "the disk is full" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : error.message;
  return errors.writeFailed(path, problem);
}
function ignoreMissing(error) {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
  throw error;
}
function ignoreMissingAsNull(error) {
  if (error.code === "ENOENT" || error.code === "EISDIR" || error.code === "ENOTDIR") return null;
  throw error;
}

// src/files/local-files.ts
var READ_PIECE_BYTES = 16 * 1024;
var READ_BYTES = 256 * 1024;
function localFiles(root = process.cwd()) {
  const reads = /* @__PURE__ */ new Map();
  const streamed = /* @__PURE__ */ new Set();
  const at = (path) => resolve3(root, path);
  return {
    async readFile(path) {
      const bytes = await readFile2(at(path)).catch((error) => ignoreMissing2(error, root, path));
      reads.set(at(path), bytes ? digest(bytes) : null);
      return bytes && utf8Text(bytes, path);
    },
    streamFile: (path) => {
      if (!existsSync(at(path))) return void 0;
      if (statSync(at(path)).isDirectory()) throw folderNotFile(root, path);
      streamed.add(at(path));
      return readChunks(at(path));
    },
    listFiles: (folder) => listFiles(root, folder),
    write: (changes, options) => writeFiles(root, changes, reads, options, streamed)
  };
}
async function* readChunks(path) {
  const file = await open2(path, "r");
  const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
  let next = file.read(buffers[0], 0, READ_BYTES, null);
  try {
    for (let turn = 1; ; turn++) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) break;
      next = file.read(buffers[turn % 2], 0, READ_BYTES, null);
      for (let at = 0; at < bytesRead; at += READ_PIECE_BYTES)
        yield buffer.subarray(at, Math.min(at + READ_PIECE_BYTES, bytesRead));
    }
  } finally {
    await next.catch(() => void 0);
    await file.close();
  }
}
async function listFiles(root, folder) {
  await realTarget(root, folder || ".", folder !== "");
  const entries = await readdir(resolve3(root, folder), {
    recursive: true,
    withFileTypes: true
  }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative3(root, join3(entry.parentPath, entry.name)).split(sep3).join("/"));
}
function ignoreMissing2(error, root, path) {
  if (error.code === "EISDIR") throw folderNotFile(root, path);
  if (error.code === "ENOTDIR") throw fileInPath(root, path);
  if (error.code === "ENOENT") return void 0;
  throw error;
}
function fileInPath(root, path) {
  const parts = path.split("/");
  for (let end = 1; end < parts.length; end++) {
    const part = parts.slice(0, end).join("/");
    if (statSync(resolve3(root, part), { throwIfNoEntry: false })?.isFile())
      return errors.fileInPath(path, part);
  }
  return errors.fileInPath(path, dirname3(path));
}
function folderNotFile(root, path) {
  const files = readdirSync(resolve3(root, path), { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith(".")).map((entry) => `${path.replace(/\/+$/, "")}/${entry.name}`).sort();
  return errors.folderNotFile(path, files.slice(0, 3));
}

// src/publish/workspace.ts
function localStore(root, redirect) {
  return {
    async read() {
      return { io: localFiles(root) };
    },
    async write({ io }, run) {
      const toStdout = run.files.find((file) => isRedirected(file, redirect) && !("deleted" in file));
      const files = run.files.flatMap((file) => redirected(file, redirect));
      try {
        await io.write(files, { userPaths: typeof redirect?.to === "string" ? [redirect.to] : [] });
      } catch (error) {
        if (isBoardError(error) && error.code === "file-changed")
          throw new ReadChanged(error.message.replace(/\. Nothing was written.*$/s, ""));
        throw error;
      }
      if (toStdout && typeof redirect?.to === "function" && "text" in toStdout)
        redirect.to(toStdout.text);
      return {
        written: files.filter((file) => !("deleted" in file)).map((file) => file.path),
        deleted: files.filter((file) => "deleted" in file).map((file) => file.path)
      };
    },
    busy: (attempts) => errors.filesBusy(attempts)
  };
}
function isRedirected(file, redirect) {
  return redirect !== void 0 && file.path === redirect.path && !("deleted" in file);
}
function redirected(file, redirect) {
  if (typeof redirect?.to === "function") return [];
  if (!isRedirected(file, redirect) || "deleted" in file) return [file];
  return typeof redirect?.to === "string" ? [{ path: redirect.to, text: file.text }] : [];
}

export {
  localFiles,
  localStore
};
