/**
 * An approximation of how many Code Llama (LLaMA SentencePiece) tokens a text takes, used for
 * the paper's 15k-token limit. LLaMA's tokenizer splits every digit into its own token and
 * rarely merges punctuation, while common words (`define`, `align`, `store`) are one token and
 * longer identifiers about one per 6 letters; on clang's IR this gives about 2.5 characters per
 * token. It is an estimate (no vocabulary ships with passwise), but deterministic.
 */
export function approximateTokenCount(text: string): number {
  let tokens = 0;
  for (const match of text.matchAll(/[A-Za-z_]+|[0-9]|[^\sA-Za-z_0-9]|\n/g)) {
    const piece = match[0];
    tokens += /^[A-Za-z_]/.test(piece) ? Math.ceil(piece.length / 6) : 1;
  }
  return tokens;
}

/** The paper's limit: units over 15k tokens were split per function. */
export const DEFAULT_TOKEN_BUDGET = 15_000;
