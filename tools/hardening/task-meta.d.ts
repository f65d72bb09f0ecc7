// The hardening suite's tests record how many attacks each of them tried; the summary reporter reads it.

/** How many attacks one test tried; every one must hold for the test to pass. */
export type AttackCount = number;

declare module "vitest" {
  interface TaskMeta {
    /** Attacks this test tried; the hardening summary counts 1 when unset. */
    attacks?: AttackCount;
  }
}
