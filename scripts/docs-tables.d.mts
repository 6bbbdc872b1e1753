// Types of scripts/docs-tables.mjs, for the TypeScript tests that import it.

export interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>
  outputs?: Record<string, { description?: string }>
}

export function actionTables(action: ActionMetadata): { inputs: string; outputs: string }
export function replaceGeneratedBlocks(readme: string, blocks: Record<string, string>): string
export function generatedBlock(readme: string, name: string): string | undefined
