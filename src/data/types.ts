/** Types inferred from the runtime schema: they cannot drift from the validator. */
import type { Infer } from './check.js';
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
export type Summit = DeepReadonly<Infer<typeof SummitSchema>>;
/** The JSON a dataset file holds, before validation. */
export type SummitInput = Infer<typeof SummitSchema>;
export type Leader = DeepReadonly<Infer<typeof LeaderSchema>>;
export type Country = DeepReadonly<Infer<typeof CountrySchema>>;
export type Sector = DeepReadonly<Infer<typeof SectorSchema>>;
export type AgendaArea = DeepReadonly<Infer<typeof AgendaAreaSchema>>;
export type Proposal = DeepReadonly<Infer<typeof ProposalSchema>>;
export type ProposalKind = Proposal['kind'];
export type Quote = DeepReadonly<Infer<typeof QuoteSchema>>;
export type Outcome = DeepReadonly<Infer<typeof OutcomeSchema>>;
export type HistoryEntry = DeepReadonly<Infer<typeof HistoryEntrySchema>>;
export type Source = DeepReadonly<Infer<typeof SourceSchema>>;
export type Evidence = DeepReadonly<Infer<typeof EvidenceSchema>>;
export type When = DeepReadonly<Infer<typeof WhenSchema>>;
export type WhenKind = When['kind'];
export type LeaderRole = Leader['roles'][number];
