/**
 * The run's boards: the one the inputs describe, or those of the boards file the `config`
 * input names, read through `readFile` (the repository, or the disk for the CLI). The boards
 * file's parser (and YAML) is loaded only when there is such a file.
 */
import { errors } from '../errors.js'
import type { Config, RawInputs } from './config.js'

/** `config` is the inputs parsed once; `raw` are the same inputs, every board's defaults. */
export async function resolveBoards(
  config: Config,
  raw: RawInputs,
  readFile: (path: string) => Promise<string | undefined>
): Promise<Config[]> {
  if (!config.boardsFile) return [config]
  const text = await readFile(config.boardsFile)
  if (text === undefined)
    throw errors.badBoardsFile(
      config.boardsFile,
      'the file',
      'was not found; check the "config" input'
    )
  const { parseBoards } = await import('./boards.js')
  return parseBoards(text, raw, config.boardsFile, () => config.now)
}
