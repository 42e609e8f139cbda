/** A stored code as words: "false_positive" → "false positive". */
export function codeLabel(code: string): string {
  return code.replace(/_/g, ' ');
}
