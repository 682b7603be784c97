/**
 * The id of the new report this tab started, kept until the tab closes: a reload before her first
 * edit finds nothing stored under it (nothing was), and starts a fresh report instead.
 */
export const PENDING_NEW_REPORT = 'samverka.newReport';
