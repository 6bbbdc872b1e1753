/**
 * The bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). They
 * reorder what a reader sees against what the text says (`Acme` shown for `emcA`, the "Trojan
 * Source" trick), and one left open runs on to the end of its cell, so no text the boards show
 * keeps them. The marks right-to-left text needs (LRM, RLM) are not among them.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/

/** The same characters as the inside of a character class, to join to another's. */
export const BIDI_CONTROL_RANGES = BIDI_CONTROL.source.slice(1, -1)

const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g')

/** `text` without its bidirectional controls. */
export function withoutBidiControls(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text
}
