import { COMPUTE_CLASSES } from './network/compute-class.js';

/** The figures monitoring keeps over time, per scope: what a series can be asked for and what a child uploads as rollups. */
export const METRICS = [
  'power_kw', 'pue', 'green_share', 'racks_in_use', 'carbon_kg_per_h', 'utilisation',
  ...COMPUTE_CLASSES.map((c) => `units_in_use.${c}`), ...COMPUTE_CLASSES.map((c) => `used_p.${c}`),
] as const;
