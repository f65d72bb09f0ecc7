/** What a module declares for one model interface, read from its `.ts` or `.d.ts` text. */
export interface InterfaceShape {
  bases: string[];
  properties: string[];
}

/** The `export interface <name> extends … { … }` declaration in `text`, if there is one. */
export function interfaceShape(text: string, name: string): InterfaceShape | undefined {
  const start = text.indexOf(`\nexport interface ${name} extends `);
  if (start < 0) return undefined;
  const open = text.indexOf(" {\n", start);
  const close = text.indexOf("\n}\n", open);
  const bases = text
    .slice(start + `\nexport interface ${name} extends `.length, open)
    .split(",")
    .map((base) => base.trim());
  const body = text.slice(open, close);
  const properties = [...body.matchAll(/^ {4}(\w+)\??: /gm)].map((m) => m[1]!);
  return { bases, properties };
}

/** Whether `text` declares `export type <name> = …` (an enum's union type). */
export const declaresTypeAlias = (text: string, name: string): boolean =>
  text.includes(`\nexport type ${name} = `);
