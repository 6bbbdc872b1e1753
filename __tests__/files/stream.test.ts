/**
 * A local feed is read as a stream of bytes: every byte once, in order, whatever the read size
 * and wherever a multi-byte character falls (a piece is taken before the next is asked for, as
 * the load stage does); and a reader that stops early (a parse error on the first records)
 * leaves no file open and no read running.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { localFiles } from '../../src/files/local-files.js'
import { scratchDir } from '../helpers/cli.js'

const openFiles = () => readdirSync('/proc/self/fd').length

/** Text of `bytes` UTF-8 bytes or a little more, with 1- to 4-byte characters at every offset. */
function mixedText(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const part = ['a', 'é', '€', '😮‍💨', '\n'][index % 5]! + String(index % 7)
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

describe('streamFile', () => {
  it.each([0, 1, 1000, 256 * 1024 - 1, 256 * 1024, 3 * 256 * 1024 + 17])(
    'gives back a file of %i bytes exactly',
    async bytes => {
      const folder = scratchDir()
      const text = mixedText(bytes)
      writeFileSync(join(folder, 'feed.txt'), text)
      const pieces: Buffer[] = []
      for await (const piece of localFiles(folder).streamFile!('feed.txt')!) {
        expect(piece.length).toBeGreaterThan(0)
        pieces.push(Buffer.from(piece))
      }
      expect(Buffer.concat(pieces).toString('utf8')).toBe(text)
    }
  )

  it('closes the file when the reader stops after the first piece', async () => {
    const folder = scratchDir()
    writeFileSync(join(folder, 'feed.txt'), mixedText(2 * 1024 * 1024))
    const before = openFiles()
    for (let run = 0; run < 20; run++) {
      for await (const piece of localFiles(folder).streamFile!('feed.txt')!) {
        expect(piece.length).toBeGreaterThan(0)
        break
      }
    }
    expect(openFiles()).toBe(before)
  })
})
