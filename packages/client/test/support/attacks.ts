import type { TaskMeta } from "vitest";

/** Records on the running test how many attack cases it tried (each was asserted to hold). */
export function countAttacks(task: { meta: TaskMeta }, attacks: number): void {
  task.meta.attacks = (task.meta.attacks ?? 0) + attacks;
}
