/** markdown-it's link reference definition rule; @types/markdown-it does not declare it. */
declare module 'markdown-it/lib/rules_block/reference.mjs' {
  import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs'
  const reference: RuleBlock
  export default reference
}
