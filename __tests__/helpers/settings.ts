/**
 * Settings for one board from raw inputs, as the front ends parse them: the run-wide and the
 * board's settings in one object (it is both), and the pipeline on that one board.
 */
import { buildBoards, type BoardIO, type BoardResult, type SiteLinks } from '../../src/board.js'
import {
  parseBoard,
  parseSettings,
  type BoardSettings,
  type RawInputs,
  type RunSettings
} from '../../src/config/config.js'

export type OneBoard = RunSettings & BoardSettings

export function oneBoard(raw: RawInputs, clock?: () => Date): OneBoard {
  return { ...parseSettings(raw, clock).run, ...parseBoard(raw) }
}

export async function buildOneBoard(
  settings: OneBoard,
  io: BoardIO,
  site?: SiteLinks
): Promise<BoardResult> {
  const run = await buildBoards(settings, [settings], io, site)
  return run.boards[0] as BoardResult
}
