/**
 * Tolerant readers for LLM Compiler's answers. The model writes prose with numbers, then the
 * code in `<code>…</code>`; it spells "binary sise", may quote the pass list in several ways,
 * and its answer may stop mid-way (token limit). Every reader reports what it had to forgive.
 */

export interface CodeBlock {
  code: string | null;
  /** The answer ended before `</code>` (or at the token limit). */
  truncated: boolean;
  issues: string[];
}

/** The text inside `<code>…</code>`; without the tags, bare IR/assembly is accepted when `bare` is set. */
export function extractCode(text: string, options: { finish?: "stop" | "length"; bare?: "ir" | "asm" } = {}): CodeBlock {
  const issues: string[] = [];
  const atLimit = options.finish === "length";
  if (atLimit) issues.push("the answer reached the token limit");
  const open = text.indexOf("<code>");
  if (open < 0) {
    issues.push("no <code> block");
    const bare = options.bare === "ir" ? /(^|\n)\s*(define|declare|target|@|%|;)/.test(text) : options.bare === "asm" ? /(^|\n)\s*(\.text|\.globl|[A-Za-z_.][\w.$]*:)/.test(text) : false;
    return { code: bare ? text.trim() + "\n" : null, truncated: atLimit, issues };
  }
  const start = open + "<code>".length;
  const close = text.indexOf("</code>", start);
  if (close < 0) {
    issues.push("no closing </code>: the answer is cut off");
    return { code: text.slice(start), truncated: true, issues };
  }
  return { code: text.slice(start, close), truncated: atLimit, issues };
}

export interface StatedNumbers {
  instructionCount: number | null;
  binarySize: number | null;
  sizeBefore: number | null;
  sizeAfter: number | null;
}

/** Numbers the model states in its prose (before any `<code>`), accepting its "binary sise". */
export function parseStatedNumbers(text: string): StatedNumbers {
  const open = text.indexOf("<code>");
  const prose = open < 0 ? text : text.slice(0, open);
  const number = (match: RegExpExecArray | null | undefined) => (match?.[1] === undefined ? null : Number(match[1]));
  const counts = [...prose.matchAll(/instruction count (\d+)/gi)];
  const sizes = [...prose.matchAll(/binary si[sz]e (?:of |is )?(\d+)/gi)];
  const fromTo = /from (\d+) bytes to (\d+) bytes/i.exec(prose);
  const lastCount = counts.at(-1);
  const lastSize = sizes.at(-1);
  return {
    instructionCount: lastCount ? Number(lastCount[1]) : null,
    binarySize: lastSize ? Number(lastSize[1]) : null,
    sizeBefore: fromTo ? Number(fromTo[1]) : sizes.length >= 2 ? number(sizes[0] as RegExpExecArray) : null,
    sizeAfter: fromTo ? Number(fromTo[2]) : lastSize ? Number(lastSize[1]) : null,
  };
}

export type PipelineText = { found: true; text: string } | { found: false; issue: string };

/** The pass list of a flag-tuning answer: `opt -p '…'`, `-passes="…"`, `-passes=…` or a bare quoted list. */
export function extractPipelineText(answer: string): PipelineText {
  const open = answer.indexOf("<code>");
  const prose = open < 0 ? answer : answer.slice(0, open);
  const patterns = [
    /(?:^|\s)(?:opt\s+)?--?(?:p|passes)(?:=|\s+)(['"])([^'"]*)\1/,
    /(?:^|\s)--?passes=([^\s'"]+)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(prose);
    if (match) return { found: true, text: (match[2] ?? match[1]) as string };
  }
  if (/(?:^|\s)(?:opt\s+)?--?(?:p|passes)(?:=|\s+)['"]/.test(prose)) return { found: false, issue: "the pass list is cut off (no closing quote)" };
  const quoted = /'([^'\s]+)'/.exec(prose);
  if (quoted) return { found: true, text: quoted[1] as string };
  return { found: false, issue: "no pass list in the answer" };
}
