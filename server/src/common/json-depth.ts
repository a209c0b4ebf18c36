/** Deeper than any body or filter of this API needs (three levels at most); far below what recursion over it survives. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text (or its UTF-8 bytes, in which these ASCII marks never occur inside another character) nests arrays
 * and objects deeper than `max`, told by scanning it once without recursion, so that neither the parser nor anything
 * walking the parsed value recursively can overflow the stack.
 */
export function nestsDeeperThan(text: string | Uint8Array, max: number): boolean {
  const codeAt = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

export const depthMessage = (name: string): string => `${name}: JSON nested deeper than ${MAX_JSON_DEPTH} levels`;
