/**
 * The three kinds of computing power the national statistics count, each in the
 * precision it is counted in: general (CPU) in FP32, intelligent (AI
 * accelerators) in FP16, supercomputing in FP64.
 */
export const COMPUTE_CLASSES = ['general', 'intelligent', 'super'] as const;
export type ComputeClass = (typeof COMPUTE_CLASSES)[number];

export const COMPUTE_CLASS_INFO: Record<ComputeClass, { precision: string; unit: string; label: string }> = {
  general: { precision: 'FP32', unit: 'core', label: 'general (CPU, FP32)' },
  intelligent: { precision: 'FP16', unit: 'card', label: 'intelligent (AI, FP16)' },
  super: { precision: 'FP64', unit: 'node', label: 'super (HPC, FP64)' },
};

/** TFLOPS per PFLOPS ("P", as the industry counts). */
export const TFLOPS_PER_P = 1000;

export function isComputeClass(value: unknown): value is ComputeClass {
  return typeof value === 'string' && (COMPUTE_CLASSES as readonly string[]).includes(value);
}

/** A value per compute class. */
export type PerClass<T> = Record<ComputeClass, T>;

export function perClass<T>(make: (c: ComputeClass) => T): PerClass<T> {
  return { general: make('general'), intelligent: make('intelligent'), super: make('super') };
}
