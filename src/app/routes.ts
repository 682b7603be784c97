/** Paths of every screen (Swedish, as users see them in the address bar). */
export const ROUTES = {
  list: '/',
  newReport: '/ny',
  form: (id: string, step: number) => `/rapport/${id}/steg/${step}`,
  view: (id: string) => `/rapport/${id}`,
  settings: '/installningar',
  enroll: '/koppla',
  inbox: '/inkorg',
  accessibility: '/tillganglighet',
} as const;
