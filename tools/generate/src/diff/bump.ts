/** A changeset's semver bump. */
export type Bump = "major" | "minor" | "patch";

const rank: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** The largest bump in `bumps`, or undefined when there is none. */
export function maxBump(bumps: Iterable<Bump>): Bump | undefined {
  let max: Bump | undefined;
  for (const bump of bumps) if (!max || rank[bump] > rank[max]) max = bump;
  return max;
}
