import type { ReaderPhrase } from '../domain/statusForReader';

const phrases: Record<ReaderPhrase, (unit: string) => string> = {
  draft: () => 'Utkast – inte skickad',
  sentWaitingForSync: () => 'Skickad – väntar på synk',
  sentTo: (unit) => `Skickad till ${unit}`,
  acknowledgedBy: (unit) => `Mottagen av ${unit}`,
  investigatingAt: (unit) => `Under utredning hos ${unit}`,
  jointAnalysisWith: (unit) => `Gemensam analys med ${unit}`,
  answeredBy: (unit) => `Besvarad av ${unit} – läs svaret`,
  closed: () => 'Avslutad',
  receivedByYou: () => 'Mottagen hos er',
  acknowledgedByYou: () => 'Mottagen och bekräftad av er',
  investigatingByYou: () => 'Under utredning hos er',
  jointAnalysisByYou: (unit) => `Gemensam analys med ${unit}`,
  answeredByYou: (unit) => `Besvarad – ${unit} följer upp och avslutar`,
};

/** Swedish texts of the case view (/rapport/:id): the heading, the status as each side reads it, the next step. */
export const caseViewSv = {
  months: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  headingFrom: 'Avvikelse från',
  headingTo: 'Avvikelse till',
  noUnit: 'okänd enhet',
  phrase: (phrase: ReaderPhrase, unit: string) => phrases[phrase](unit || 'mottagaren'),
  /** The deadline part: the receiving side is told to answer, the reporting side when to expect it. */
  deadline: (receiver: boolean, date: string, overdueDays: number) =>
    overdueDays > 0
      ? ` – svaret är försenat ${overdueDays === 1 ? '1 dag' : `${overdueDays} dagar`} (senast ${date})`
      : receiver
        ? ` – svara senast ${date}`
        : ` – svar senast ${date}`,
  statusLabel: 'Status',
  reportHeading: 'Rapporten',
  nextStepHeading: 'Nästa steg',
  next: {
    answer: 'Skriv svaret',
    answerHint: 'Att svara bekräftar mottagandet.',
    acknowledgeHint: (unit: string) =>
      `Att svara bekräftar mottagandet. Dröjer svaret? Bekräfta mottagen, så vet ${unit || 'rapportören'} att ni har sett rapporten.`,
    readAnswer: 'Läs svaret',
    readAnswerHint: 'Avsluta ärendet när svaret räcker, eller öppna det igen med en kommentar.',
    waitSender: (unit: string) => `${unit || 'Mottagaren'} svarar. Svaret visas här och under Mina rapporter.`,
    waitReceiver: 'En enhetschef eller samordnare på er enhet svarar.',
    none: 'Inget mer att göra i ärendet.',
  },
  answerProblemsHeading: (n: number) =>
    `Svaret är inte komplett – ${n === 1 ? '1 sak' : `${n} saker`} att rätta innan det kan skickas`,
  jointAnalysisRequired: 'Välj ja eller nej.',
  moreHeading: 'Fler åtgärder',
  logCount: (n: number) => (n === 1 ? '1 händelse' : `${n} händelser`),
  escalationCount: (n: number) => (n === 0 ? 'inte eskalerad' : n === 1 ? 'eskalerad 1 gång' : `eskalerad ${n} gånger`),
};
