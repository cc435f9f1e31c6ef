/** Types inferred from the runtime schema: they cannot drift from the validator. */
import type * as v from 'valibot';
import type {
  AgendaAreaSchema,
  CountrySchema,
  EvidenceSchema,
  HistoryEntrySchema,
  LeaderSchema,
  OutcomeSchema,
  ProposalSchema,
  QuoteSchema,
  SectorSchema,
  SourceSchema,
  SummitSchema,
  WhenSchema,
} from './schema.js';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A validated summit dataset. Parsed datasets are frozen. */
export type Summit = DeepReadonly<v.InferOutput<typeof SummitSchema>>;
/** The JSON a dataset file holds, before validation. */
export type SummitInput = v.InferInput<typeof SummitSchema>;
export type Leader = DeepReadonly<v.InferOutput<typeof LeaderSchema>>;
export type Country = DeepReadonly<v.InferOutput<typeof CountrySchema>>;
export type Sector = DeepReadonly<v.InferOutput<typeof SectorSchema>>;
export type AgendaArea = DeepReadonly<v.InferOutput<typeof AgendaAreaSchema>>;
export type Proposal = DeepReadonly<v.InferOutput<typeof ProposalSchema>>;
export type ProposalKind = Proposal['kind'];
export type Quote = DeepReadonly<v.InferOutput<typeof QuoteSchema>>;
export type Outcome = DeepReadonly<v.InferOutput<typeof OutcomeSchema>>;
export type HistoryEntry = DeepReadonly<v.InferOutput<typeof HistoryEntrySchema>>;
export type Source = DeepReadonly<v.InferOutput<typeof SourceSchema>>;
export type Evidence = DeepReadonly<v.InferOutput<typeof EvidenceSchema>>;
export type When = DeepReadonly<v.InferOutput<typeof WhenSchema>>;
export type WhenKind = When['kind'];
export type LeaderRole = Leader['roles'][number];
