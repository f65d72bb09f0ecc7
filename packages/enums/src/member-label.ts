/**
 * A readable label from an enum member's name: camelCase words split, the first capitalised,
 * the rest lower case except acronyms written in capitals, numbers of two or more digits
 * apart (`remoteNetwork` → "Remote network", `spxII` → "Spx II", `microsoft365` → "Microsoft 365"). Used for every member without a hand-written label.
 */
export function labelFromMemberName(member: string): string {
  const words = member.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]|[^A-Za-z0-9]+/g) ?? [member];
  const spoken = words
    .filter((word) => /[A-Za-z0-9]/.test(word))
    // A number of two or more digits is a word of its own ("microsoft365"), "ipv6" stays one.
    .flatMap((word) => word.replace(/([A-Za-z])(\d{2,})$/, "$1 $2").split(" "))
    .map((word, i) => {
      if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    });
  return spoken.length > 0 ? spoken.join(" ") : member;
}
