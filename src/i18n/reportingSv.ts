import type { PersonWordChoice } from '../domain/reportWords';

/**
 * The reporter's screens in her own words (issue 11 §1): the one-page form, the status line,
 * drafts and feedback. The person cared for is named as her organisation names them (brukare,
 * patient, elev). Words: "enhet" is always a workplace (Din enhet, Mottagande enhet), never the
 * device; the device is "den här surfplattan eller datorn", and what is connected and stores the
 * reports is "appen".
 */
const person: Record<PersonWordChoice, { the: string; theirs: string }> = {
  brukare: { the: 'brukaren', theirs: 'brukarens' },
  patient: { the: 'patienten', theirs: 'patientens' },
  elev: { the: 'eleven', theirs: 'elevens' },
  neutral: { the: 'brukaren eller patienten', theirs: 'brukarens eller patientens' },
};

export const reportingSv = {
  pageTitle: 'Skriv avvikelserapport',
  title: 'Avvikelserapport',
  sections: {
    happened: 'Vad hände?',
    answerer: 'Vem ska svara?',
    more: 'Mer om händelsen',
    you: 'Dina uppgifter',
  },
  moreToggle: 'Mer om händelsen (frivilligt)',
  youHint: 'Sparas till nästa rapport.',
  labels: {
    descriptionHint: (w: PersonWordChoice) =>
      `Skriv vad som hände, inte vem. Skriv inte ${person[w].theirs} namn, personnummer eller adress.`,
    eventType: 'Vad var det?',
    eventDate: 'När hände det?',
    discoveredLater: 'Det upptäcktes en senare dag',
    discoveredDate: 'När upptäcktes det?',
    consequenceSeverity: 'Hur allvarligt var det?',
    receiverHint: 'Den får rapporten och svarar dig.',
    receivingOrganisation: 'Organisationen där det brast',
    receivingUnit: 'Enheten där det brast',
    agreementId: 'Vilken överenskommelse eller rutin följdes inte?',
    agreementOther: 'Annat dokument',
    agreementOtherHint: 'Beskriv det i fältet nedan',
    agreementTextOther: 'Vilket dokument? Beskriv det kort',
    agreementTextMore: 'Mer om överenskommelsen eller rutinen',
    area: 'Vilket område gäller det?',
    areaFromAgreement: (area: string) => `Område: ${area}`,
    classification: 'Vad brast?',
    consequenceText: (w: PersonWordChoice) => `Vad fick det för följder för ${person[w].the} eller verksamheten?`,
    immediateAction: 'Vad gjorde ni direkt?',
    suggestedImprovement: 'Hur kan det undvikas nästa gång?',
    systemFailure: 'Tror du att det kan vara ett återkommande fel (systemfel)?',
    ownSystemReference: 'Ärendenummer i ert eget avvikelsesystem',
    reporterRoleHint: 'Till exempel undersköterska.',
    reporterContact: 'Telefon eller e-post i tjänsten',
  },
  eventType: { occurred: 'Något som hände', risk: 'En risk – det kunde ha hänt (tillbud)' },
  today: 'I dag',
  yesterday: 'I går',
  dateHint: (example: string) => `Skriv som ÅÅÅÅ-MM-DD, till exempel ${example}.`,
  submit: 'Skicka rapporten',
  deleteDraft: 'Ta bort utkastet',
  deleteDraftNamed: (title: string) => `Ta bort utkastet ${title}`,
  deleted: 'Utkastet är borttaget.',
  undo: 'Ångra',
  restored: 'Utkastet är tillbaka.',
  deleteFailed: 'Utkastet kunde inte tas bort. Försök igen.',
  status: {
    label: 'Läge',
    saving: 'Sparar…',
    saved: 'Sparat',
    notEnrolled: 'Appen är inte kopplad – rapporterna stannar här',
    connection: {
      offline: 'Ingen täckning – allt sparas här och synkas när täckningen är tillbaka',
      connecting: 'Ansluter…',
      online: 'Ansluten',
      stale: 'Servern svarar inte – försöker igen',
      stopped: 'Synken är stoppad',
    },
  },
  /** The answer as the reporter reads it: plain questions, not the routine's headings. */
  answerRead: {
    cause: 'Varför hände det?',
    actions: 'Vad har de gjort, och vad ska de göra?',
    consequences: 'Vad fick det för följder?',
    followUp: 'Hur ser de till att det inte händer igen?',
    jointAnalysis: 'Behöver båda organisationerna gå igenom det tillsammans (gemensam händelseanalys)?',
  },
  feedback: {
    mark: { answered: 'Besvarad – läs svaret', escalated: 'Eskalerad som systemfel – läs mer' },
    arrived: (title: string) => `Din rapport har fått svar: ${title}`,
    arrivedEscalated: (title: string) => `Din rapport har eskalerats som systemfel: ${title}`,
    arrivedMany: (n: number) => `${n} av dina rapporter har fått svar.`,
    read: 'Läs svaret',
    show: 'Visa Mina rapporter',
    dismiss: 'Stäng',
    untitled: 'rapport utan rubrik',
  },
};
