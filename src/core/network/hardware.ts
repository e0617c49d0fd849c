import type { ComputeClass } from './compute-class.js';

/** Published figures of a hardware model, used by the reference network and the generator. */
export interface HardwareModel {
  model: string;
  class: ComputeClass;
  /** Peak TFLOPS per unit in the class precision. */
  unitTflops: number;
  unitPowerKw: number;
  /** Assumed rate per unit-hour before energy and regional premium, in yuan (an assumption, see docs/reference-network.md). */
  baseRateYuan: number;
  source: string;
}

export const HARDWARE: readonly HardwareModel[] = [
  { model: 'A100', class: 'intelligent', unitTflops: 312, unitPowerKw: 0.4, baseRateYuan: 6.0, source: 'NVIDIA A100 SXM datasheet: 312 TFLOPS FP16 tensor (dense), 400 W' },
  { model: 'H800', class: 'intelligent', unitTflops: 989.5, unitPowerKw: 0.7, baseRateYuan: 15.0, source: 'NVIDIA H800 SXM (H100 SXM figures): 989.5 TFLOPS FP16 tensor (dense), 700 W' },
  { model: 'H20', class: 'intelligent', unitTflops: 148, unitPowerKw: 0.4, baseRateYuan: 3.0, source: 'NVIDIA H20 published spec: 148 TFLOPS FP16 tensor (dense), 400 W' },
  { model: 'Ascend910B', class: 'intelligent', unitTflops: 320, unitPowerKw: 0.4, baseRateYuan: 4.4, source: 'Huawei Ascend 910B published figures: about 320 TFLOPS FP16, about 400 W' },
  { model: 'V100M32', class: 'intelligent', unitTflops: 125, unitPowerKw: 0.3, baseRateYuan: 3.2, source: 'NVIDIA V100 SXM2 32 GB datasheet: 125 TFLOPS tensor, 300 W' },
  { model: 'V100M16', class: 'intelligent', unitTflops: 125, unitPowerKw: 0.3, baseRateYuan: 2.8, source: 'NVIDIA V100 SXM2 16 GB datasheet: 125 TFLOPS tensor, 300 W' },
  { model: 'T4', class: 'intelligent', unitTflops: 65, unitPowerKw: 0.07, baseRateYuan: 1.0, source: 'NVIDIA T4 datasheet: 65 TFLOPS FP16, 70 W' },
  { model: 'A10', class: 'intelligent', unitTflops: 125, unitPowerKw: 0.15, baseRateYuan: 2.0, source: 'NVIDIA A10 datasheet: 125 TFLOPS FP16 tensor (dense), 150 W' },
  { model: 'P100', class: 'intelligent', unitTflops: 21.2, unitPowerKw: 0.3, baseRateYuan: 1.2, source: 'NVIDIA P100 SXM2 datasheet: 21.2 TFLOPS FP16, 300 W' },
  { model: 'Xeon8358', class: 'general', unitTflops: 0.166, unitPowerKw: 0.01, baseRateYuan: 0.028, source: 'Intel Xeon Platinum 8358: 2.6 GHz x 64 FP32 FLOP/cycle per core; 250 W / 32 cores plus server share' },
  { model: 'Kunpeng920', class: 'general', unitTflops: 0.0416, unitPowerKw: 0.006, baseRateYuan: 0.016, source: 'Huawei Kunpeng 920: 2.6 GHz x 16 FP32 FLOP/cycle per core; about 200 W / 64 cores plus server share' },
  { model: 'Hygon7285', class: 'general', unitTflops: 0.064, unitPowerKw: 0.008, baseRateYuan: 0.02, source: 'Hygon C86 7285: 2.0 GHz x 32 FP32 FLOP/cycle per core; about 190 W / 32 cores plus server share' },
  { model: 'HPC-CPU', class: 'super', unitTflops: 5.3, unitPowerKw: 0.8, baseRateYuan: 3.6, source: 'dual Xeon 8358 node: 64 cores x 2.6 GHz x 32 FP64 FLOP/cycle; about 800 W' },
  { model: 'HPC-A100', class: 'super', unitTflops: 78, unitPowerKw: 2.4, baseRateYuan: 20.0, source: '4x A100 node: 4 x 19.5 TFLOPS FP64 tensor; about 2.4 kW' },
];

export const HARDWARE_BY_MODEL: ReadonlyMap<string, HardwareModel> = new Map(HARDWARE.map((h) => [h.model, h]));

/** Regional premium on the base rate (land, labour): an assumption, east 15% dearer. */
export const REGIONAL_PREMIUM = { east: 1.15, west: 1.0 } as const;

/**
 * The posted-price rule of the reference network (an assumption): base rate x
 * regional premium + energy (unitPowerKw x PUE x electricity price), in yuan,
 * rounded to 0.0001 yuan.
 */
export function referencePriceYuan(h: HardwareModel, side: 'east' | 'west', pue: number, electricityYuanPerKwh: number): number {
  const yuan = h.baseRateYuan * REGIONAL_PREMIUM[side] + h.unitPowerKw * pue * electricityYuanPerKwh;
  return Math.round(yuan * 10_000) / 10_000;
}
