/**
 * Kiota's symbol cleanup: every character that cannot be part of an identifier is dropped and
 * the word character right after it is upper-cased (`@odata.type` → `odataType`,
 * `connection-id` → `connectionId`).
 */
const separatorThenLetter = /[^A-Za-z0-9_]+([A-Za-z0-9_])?/g;

export function cleanupSymbolName(original: string): string {
  const cleaned = original.replace(separatorThenLetter, (_m, next: string | undefined) =>
    next ? next.toUpperCase() : "",
  );
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

export const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const lowerFirst = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/** camelCase identifier for properties, parameters, folders and methods. */
export const camelName = (original: string): string => lowerFirst(cleanupSymbolName(original));

/** PascalCase identifier for types and enum members. */
export const pascalName = (original: string): string => upperFirst(cleanupSymbolName(original));

/** Words Kiota escapes with an `Escaped` suffix in TypeScript output. */
const reservedWords = new Set([
  "any",
  "as",
  "boolean",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "constructor",
  "continue",
  "debugger",
  "declare",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "error",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "from",
  "function",
  "get",
  "if",
  "implements",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "module",
  "new",
  "null",
  "number",
  "package",
  "private",
  "protected",
  "public",
  "require",
  "return",
  "set",
  "static",
  "string",
  "super",
  "switch",
  "symbol",
  "this",
  "throw",
  "true",
  "try",
  "type",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
]);

export function escapeReserved(name: string): string {
  return reservedWords.has(name.toLowerCase()) ? `${name}Escaped` : name;
}
