import { describe, expect, it } from "vitest";
import { codeOnly, stripComments } from "../../src/diff/strip-comments.ts";

describe("stripping comments", () => {
  it("removes line and block comments but keeps strings that look like them", () => {
    const source = [
      "/** Docs. */",
      'const url = "https://graph.microsoft.com/beta"; // trailing',
      "const glob = '/* not a comment */';",
      "const t = `a // b ${1}`;",
      "/* block",
      "   spanning lines */ const after = 1;",
    ].join("\n");
    expect(stripComments(source)).toBe(
      [
        "",
        'const url = "https://graph.microsoft.com/beta"; ',
        "const glob = '/* not a comment */';",
        "const t = `a // b ${1}`;",
        " const after = 1;",
      ].join("\n"),
    );
  });

  it("handles escaped quotes and a comment at the very start or end", () => {
    expect(stripComments('// first\nconst s = "a \\" // b";\n/* unterminated')).toBe(
      '\nconst s = "a \\" // b";\n',
    );
  });

  it("compares code regardless of documentation blocks and blank lines", () => {
    const documented = "/**\n * Old words.\n */\nexport const x = 1;\n";
    const redocumented = "/**\n * New words,\n * over two lines.\n */\nexport const x = 1;\n";
    expect(codeOnly(documented)).toBe(codeOnly(redocumented));
    expect(codeOnly("export const x = 1;\n")).not.toBe(codeOnly("export const x = 2;\n"));
  });
});
