import type { TaskMeta } from "vitest";

declare module "vitest" {
  interface TaskMeta {
    /** How many attacks a hardening test tried; the hardening summary adds them up per area. */
    attacks?: number;
  }
}

/** Records on the running test how many attack cases it tried (each was asserted to hold). */
export function countAttacks(task: { meta: TaskMeta }, attacks: number): void {
  task.meta.attacks = (task.meta.attacks ?? 0) + attacks;
}
