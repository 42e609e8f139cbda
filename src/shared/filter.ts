// The incident filter: one shape for the table, its facets, the dashboard's links, the export and the
// command line. The main process compiles it once into parameterized SQL (never text from a caller
// as SQL); the renderer keeps it in the URL hash.
import { z } from 'zod';
import { CATEGORY_CODES } from './taxonomy';
import { SEVERITIES } from './severity';
import { STATUSES } from './domain';
import { isIsoDate } from './period';

/** The facets beside the table, in the order they are shown. */
export const FACET_DIMENSIONS = [
  'category',
  'severity',
  'status',
  'source',
  'region',
  'sector',
  'year',
  'tag',
] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

/** Most values one facet of a filter may name: enough for any hand-made selection. */
export const MAX_FACET_VALUES = 200;

const text = z.string().max(500);
const values = z.array(text).max(MAX_FACET_VALUES);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'not a date in the calendar');

/**
 * Every constraint the table offers. Values within one facet combine with OR, facets with AND. '' in
 * severity, source, region or sector means "not given by the export". `from`/`to` are inclusive UTC
 * dates on occurred_at; `q` is a full-text query (words, "phrases", prefix*).
 */
export const incidentFilterSchema = z
  .object({
    categories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length).optional(),
    severities: z
      .array(z.enum([...SEVERITIES, '']))
      .max(SEVERITIES.length + 1)
      .optional(),
    statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).optional(),
    sources: values.optional(),
    regions: values.optional(),
    sectors: values.optional(),
    years: z.array(z.number().int().min(1900).max(2200)).max(MAX_FACET_VALUES).optional(),
    tags: values.optional(),
    from: day.optional(),
    to: day.optional(),
    q: z.string().max(1000).optional(),
    importId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export type IncidentFilter = z.infer<typeof incidentFilterSchema>;

/** One value of a facet with the number of incidents the filter matches with it. */
export interface FacetValue {
  value: string;
  count: number;
}

/**
 * Facet counts for a filter. Each facet is counted under the filter without its own constraint, so
 * a facet lists the values one more click could add (the usual multi-select facet semantics).
 */
export interface FacetCounts {
  /** Incidents matching the whole filter. */
  total: number;
  facets: Record<FacetDimension, FacetValue[]>;
}
