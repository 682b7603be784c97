import * as v from 'valibot';

const idText = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id ska vara små bokstäver, siffror och bindestreck'),
);
const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'namn saknas'));

const NamedItemSchema = v.strictObject({ id: idText, name });

const AgreementSchema = v.strictObject({
  id: idText,
  /** What staff call it ("SIP", "Hemsjukvårdsavtalet"): shown first, with the full name beside it. */
  shortName: v.optional(name),
  name,
  /** The area (samverkansområde) the agreement belongs to; the report takes it from here, unasked. */
  area: v.optional(idText),
  /** Forum that takes system failures under this agreement (e.g. psychiatry → Berosam). */
  forum: v.optional(idText),
});

/**
 * How staff of each kind of organisation name the person cared for: brukare in a kommun's home
 * care, patient in a region's hospital, elev in a school. The reporter's screens use her word.
 */
export const PERSON_WORDS = ['brukare', 'patient', 'elev'] as const;
export type PersonWord = (typeof PERSON_WORDS)[number];
const PersonWordsSchema = v.strictObject({
  kommun: v.picklist(PERSON_WORDS),
  region: v.picklist(PERSON_WORDS),
  privat: v.picklist(PERSON_WORDS),
  skola: v.picklist(PERSON_WORDS),
});

/** When the receiving unit must have answered, and from which date the clock runs. */
const AnswerDeadlineSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('none') }),
  v.strictObject({
    kind: v.picklist(['days', 'months']),
    amount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
    from: v.picklist(['sent', 'discovered']),
  }),
]);

const CompilationSchema = v.strictObject({
  cycle: v.picklist(['quarterly', 'half-yearly', 'yearly']),
  /** Months (1–12) in which the compilation is due, e.g. May and November in Blekinge. */
  dueMonths: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))), v.minLength(1)),
  recipient: name,
});

/** Suggest escalation when the same pair of units breaks the same agreement this often. */
const RecurrenceSchema = v.strictObject({
  threshold: v.pipe(v.number(), v.integer(), v.minValue(2)),
  periodDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const RegionProfileObjectSchema = v.strictObject({
  id: idText,
  name,
  personWords: PersonWordsSchema,
  agreements: v.pipe(v.array(AgreementSchema), v.minLength(1, 'dokumentbiblioteket är tomt')),
  areas: v.pipe(v.array(NamedItemSchema), v.minLength(1, 'samverkansområden saknas')),
  classifications: v.pipe(v.array(NamedItemSchema), v.minLength(1, 'klassificeringar saknas')),
  answerDeadline: AnswerDeadlineSchema,
  /** Parts the answer must hold (Södra Älvsborg requires all four). */
  answerRequires: v.array(v.picklist(['cause', 'actions', 'consequences', 'followUp'])),
  compilations: v.pipe(v.array(CompilationSchema), v.minLength(1)),
  forums: v.pipe(v.array(NamedItemSchema), v.minLength(1, 'eskaleringsforum saknas')),
  recurrence: RecurrenceSchema,
});

export const RegionProfileSchema = v.pipe(
  RegionProfileObjectSchema,
  v.check(
    (profile: v.InferOutput<typeof RegionProfileObjectSchema>) => referencesResolve(profile),
    'en överenskommelse pekar på ett område eller forum som inte finns',
  ),
);
export type RegionProfile = v.InferOutput<typeof RegionProfileSchema>;
export type Agreement = RegionProfile['agreements'][number];

function referencesResolve(profile: {
  agreements: { area?: string; forum?: string }[];
  areas: { id: string }[];
  forums: { id: string }[];
}): boolean {
  const areas = new Set(profile.areas.map((a) => a.id));
  const forums = new Set(profile.forums.map((f) => f.id));
  return profile.agreements.every(
    (a) => (a.area === undefined || areas.has(a.area)) && (a.forum === undefined || forums.has(a.forum)),
  );
}

/** Validates a profile file; the issues say which part is wrong. */
export function parseRegionProfile(data: unknown): v.SafeParseResult<typeof RegionProfileSchema> {
  return v.safeParse(RegionProfileSchema, data);
}
