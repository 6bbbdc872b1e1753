/** What a run would change, for --check and --dry-run: each README as a unified diff, other files by name. */
import type { BoardResult, FileChange } from '../board.js'

export interface Preview {
  /** The READMEs that would change, as one unified diff (git's a/ and b/ names, 3 lines of context). */
  patch: string
  /** The other files a run would write. */
  writes: string[]
  /** The files a run would delete (archive snapshots past `archive-days`). */
  deletes: string[]
}

export async function preview(boards: BoardResult[], files: FileChange[]): Promise<Preview> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff')
  const readmes = new Map(boards.map(board => [board.readmePath, board]))
  const result: Preview = { patch: '', writes: [], deletes: [] }
  for (const file of files) {
    const board = readmes.get(file.path)
    if ('deleted' in file) result.deletes.push(file.path)
    else if (!board) result.writes.push(file.path)
    else
      result.patch += createTwoFilesPatch(
        `a/${file.path}`,
        `b/${file.path}`,
        board.before,
        file.text,
        undefined,
        undefined,
        { stripTrailingCr: true, headerOptions: FILE_HEADERS_ONLY }
      )
  }
  return result
}
