/**
 * What the build bundles in place of `linkify-it` (scripts/build.mjs). markdown-it's constructor
 * makes a LinkifyIt, whose patterns take milliseconds of every run's start-up to compile, but the
 * page's parser (find.ts) never links bare text: its `linkify` option is off, and an address a
 * table shows as text is read by GitHub's own autolink rules (changes.ts shownLink). Nothing
 * calls it; a call would fail at once rather than link otherwise than the page does.
 */
export default class LinkifyOff {}
