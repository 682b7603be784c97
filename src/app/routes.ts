/** Paths of every screen (Swedish, as users see them in the address bar). */
export const ROUTES = {
  list: '/',
  newReport: '/ny',
  form: (id: string, step: number) => `/rapport/${id}/steg/${step}`,
  view: (id: string) => `/rapport/${id}`,
  /** A case opened at its answer ("Läs svaret"). */
  answer: (id: string) => `/rapport/${id}#svar`,
  analysis: (id: string) => `/rapport/${id}/analys`,
  /** The printable analysis: the working draft, or a locked version. */
  analysisPrint: (id: string, version?: number) =>
    `/rapport/${id}/analys/utskrift${version === undefined ? '' : `?version=${version}`}`,
  settings: '/installningar',
  enroll: '/koppla',
  inbox: '/inkorg',
  accessibility: '/tillganglighet',
  accessLog: '/atkomstlogg',
} as const;
