/**
 * The three kinds of computing power the national statistics count, each in the
 * precision it is counted in: general (CPU) in FP32, intelligent (AI
 * accelerators) in FP16, supercomputing in FP64.
 */
export const COMPUTE_CLASSES = ['general', 'intelligent', 'super'] as const;
export type ComputeClass = (typeof COMPUTE_CLASSES)[number];

/** TFLOPS per PFLOPS ("P", as the industry counts). */
export const TFLOPS_PER_P = 1000;

/** A value per compute class. */
export type PerClass<T> = Record<ComputeClass, T>;

export function perClass<T>(make: (c: ComputeClass) => T): PerClass<T> {
  return { general: make('general'), intelligent: make('intelligent'), super: make('super') };
}
