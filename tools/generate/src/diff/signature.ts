/** A callable's signature from the dump, `(a:A; b?:B):R`, split into parameter names and return type. */
export interface CallableSignature {
  parameters: string[];
  returns: string;
}

/** Splits at the bracket that closes the parameter list, so parenthesised types inside it stay whole. */
export function parseCallable(signature: string): CallableSignature {
  let depth = 0;
  let start = 1;
  const parameters: string[] = [];
  for (let i = 0; i < signature.length; i++) {
    const c = signature[i];
    if (c === "(" || c === "<") depth++;
    else if (c === ")" || c === ">") depth--;
    if (depth === 1 && c === ";") {
      parameters.push(signature.slice(start, i));
      start = i + 1;
    }
    if (depth === 0 && c === ")") {
      parameters.push(signature.slice(start, i));
      const returns = signature.slice(i + 1).replace(/^:/, "");
      return { parameters: parameters.map(parameterName).filter(Boolean), returns };
    }
  }
  return { parameters: [], returns: "" };
}

const parameterName = (text: string): string => text.trim().split(":")[0]!.replace(/\?$/, "");
