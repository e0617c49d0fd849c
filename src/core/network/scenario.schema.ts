import { z } from 'zod';
import { COMPUTE_CLASSES } from './compute-class.js';
import { yuanToMinor } from '../money.js';

/**
 * The scenario file format, version 1: the contract that the scheduler, server,
 * market and simulator all read. This zod schema checks each field's shape;
 * `buildScenario` then checks references between records. The JSON Schema in
 * schemas/scenario.schema.json is generated from it (`suanli scenario schema`).
 * Every field is documented in docs/scenario-format.md.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit' })
  .describe('Identifier: letters, digits, ".", "_" or "-".');

/** A `source` note on any record: one text, or one text per field. */
const sourceSchema = z
  .union([z.string(), z.record(z.string(), z.string())])
  .optional()
  .describe('Where the numbers come from, or the word "assumption". One text, or a map of field name to text.');

const latSchema = z.number().min(-90).max(90).describe('Latitude in degrees.');
const lonSchema = z.number().min(-180).max(180).describe('Longitude in degrees.');
const shareSchema = z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' });

/** A non-negative amount of yuan with at most 4 decimal places, as a number or a decimal string. */
export function yuanSchema(description: string) {
  return z
    .union([z.number(), z.string()], { message: 'must be an amount of yuan (a number)' })
    .superRefine((value, ctx) => {
      try {
        const minor = yuanToMinor(value);
        if (minor < 0) ctx.addIssue({ code: 'custom', message: `must not be negative (got ${value})` });
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    })
    .describe(`${description} Decimal yuan, at most 4 decimal places.`);
}

const nonNegativeInt = (what: string) =>
  z
    .number()
    .int({ message: `must be a whole number of ${what}` })
    .min(0, { message: `must not be negative` })
    .max(Number.MAX_SAFE_INTEGER);

export const poolFileSchema = z
  .strictObject({
    id: idSchema.describe('Pool id, unique within its data center.'),
    class: z.enum(COMPUTE_CLASSES, { message: `must be one of ${COMPUTE_CLASSES.join(', ')}` })
      .describe('Compute class: general (CPU, FP32), intelligent (AI accelerators, FP16), super (HPC, FP64).'),
    model: z.string().min(1).max(128).describe('Hardware model, e.g. A100, Ascend910B, V100M32, Xeon8358.'),
    units: nonNegativeInt('units').describe('Cores (general), cards (intelligent) or nodes (super).'),
    unitTflops: z.number().positive({ message: 'must be greater than 0' }).max(1e6)
      .describe('Peak TFLOPS of one unit in the class precision (FP32, FP16 or FP64).'),
    unitPowerKw: z.number().min(0, { message: 'must not be negative' }).max(1000).describe('IT power of one unit at full load, kW.'),
    price: yuanSchema('Posted price per unit-hour.'),
    source: sourceSchema,
  })
  .describe('One class of hardware in one data center.');

const hours24 = (item: z.ZodNumber, what: string) => z.array(item, { message: `must be a list of 24 numbers, ${what}` })
  .length(24, { message: `must have 24 numbers, one per hour from 00:00 China Standard Time (${what})` });

/** Hour-by-hour figures of a data center (China Standard Time; hour of time t is floor(t / 3600) mod 24). */
export const hourlyFileSchema = z.strictObject({
  priceFactor: hours24(z.number({ message: 'must be a number above 0' }).positive({ message: 'must be above 0' }).max(100, { message: 'must be at most 100' }), 'each above 0')
    .optional().describe("Multiplies its pools' prices in that hour (a time-of-use tariff)."),
  greenShare: hours24(shareSchema, 'each between 0 and 1').optional().describe('Its green share in that hour, in place of greenShare.'),
  source: sourceSchema,
}).describe('Hour-by-hour price factors and green shares; without it prices and green share are flat.');

export const dataCenterFileSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  nameZh: z.string().min(1).max(200).optional().describe('The name in Chinese, shown to users who read Chinese.'),
  hub: idSchema.describe('Id of the hub this data center belongs to.'),
  cluster: idSchema.optional().describe('Id of its cluster, if it is inside one.'),
  province: z.string().min(1).max(100).describe('Province or region, e.g. Gansu. Residency rules may name it.'),
  operator: z.string().min(1).max(200).optional().describe('Who runs it.'),
  lat: latSchema,
  lon: lonSchema,
  pue: z.number().min(1, { message: 'PUE must be at least 1' }).max(10).describe('Power usage effectiveness, >= 1.'),
  electricityPrice: yuanSchema('Electricity price per kWh.'),
  greenShare: shareSchema.describe('Share of power from renewable sources, 0..1.'),
  hourly: hourlyFileSchema.optional(),
  gridFactor: z.number().min(0, { message: 'must not be negative' }).max(5).describe('Grid CO2 emission factor, kgCO2/kWh.'),
  racks: z
    .strictObject({
      built: nonNegativeInt('racks').describe('Standard racks (2.5 kW) built.'),
      inUse: nonNegativeInt('racks').describe('Standard racks in use.'),
    })
    .describe('Standard racks; fill rate = inUse / built.'),
  pools: z.array(poolFileSchema).max(1000).default([]),
  source: sourceSchema,
});

export const hubFileSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  nameZh: z.string().min(1).max(200).optional().describe('The name in Chinese, shown to users who read Chinese.'),
  side: z.enum(['east', 'west'], { message: 'must be east or west' })
    .describe('east: serves nearby real-time demand; west: cheap green power for work that can travel.'),
  national: z.boolean().default(true).describe('One of the 8 national hub nodes (false for other sites, e.g. Xinjiang).'),
  lat: latSchema.optional(),
  lon: lonSchema.optional(),
  source: sourceSchema,
});

export const clusterFileSchema = z.strictObject({
  id: idSchema,
  hub: idSchema.describe('Id of the hub this cluster belongs to.'),
  name: z.string().min(1).max(200),
  nameZh: z.string().min(1).max(200).optional().describe('The name in Chinese, shown to users who read Chinese.'),
  national: z.boolean().default(true).describe('One of the 10 national data center clusters.'),
  lat: latSchema.optional(),
  lon: lonSchema.optional(),
  source: sourceSchema,
});

export const originFileSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  nameZh: z.string().min(1).max(200).optional().describe('The name in Chinese, shown to users who read Chinese.'),
  province: z.string().min(1).max(100),
  lat: latSchema,
  lon: lonSchema,
  weight: z.number().min(0, { message: 'must not be negative' }).max(1e9)
    .describe('Relative share of demand that starts here (e.g. GDP in trillion yuan).'),
  source: sourceSchema,
});

export const latencyOverrideFileSchema = z.strictObject({
  from: idSchema.describe('An origin or data center id.'),
  to: idSchema.describe('An origin or data center id.'),
  ms: z.number().min(0, { message: 'must not be negative' }).max(10_000).describe('Measured one-way latency, ms. Applies both ways.'),
  source: sourceSchema,
});

export const networkFileSchema = z.strictObject({
  fiberKmPerMs: z.number().positive().max(300).default(200).describe('Speed of light in fiber, km per ms.'),
  routeFactor: z.number().min(1, { message: 'must be at least 1' }).max(10).default(1.5)
    .describe('Route length over great-circle distance.'),
  overheadMs: z.number().min(0).max(1000).default(1).describe('Fixed one-way overhead, ms.'),
  transferPricePerGb: yuanSchema('Price of moving one GB of input data between hubs.').default(0),
  latencyOverrides: z.array(latencyOverrideFileSchema).default([]),
  source: sourceSchema,
});

export const scenarioFileSchema = z
  .strictObject({
    version: z.literal(1, { message: 'must be 1 (the only scenario format version)' }),
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).optional(),
    carbonPrice: yuanSchema('Shadow price of carbon per kgCO2, used by placement.').default(0),
    unplacedPenalty: yuanSchema('Charge per unit-hour of a job nobody can host.').default(50),
    network: networkFileSchema.default({
      fiberKmPerMs: 200,
      routeFactor: 1.5,
      overheadMs: 1,
      transferPricePerGb: 0,
      latencyOverrides: [],
    }),
    hubs: z.array(hubFileSchema).min(1, { message: 'needs at least one hub' }),
    clusters: z.array(clusterFileSchema).default([]),
    origins: z.array(originFileSchema).min(1, { message: 'needs at least one origin' }),
    dataCenters: z.array(dataCenterFileSchema).min(1, { message: 'needs at least one data center' }),
    source: sourceSchema,
  })
  .describe('A Suanli scenario: a computing power network of hubs, clusters, data centers and origins of demand.');

/** A scenario file as written (before defaults). */
export type ScenarioFileInput = z.input<typeof scenarioFileSchema>;
/** A scenario file after shape checks and defaults. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** The JSON Schema (draft 2020-12) of the scenario file, for editors and other tools. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    $id: 'urn:suanli:schema:scenario:1',
    title: 'Suanli scenario (version 1)',
    ...schema,
  };
}
