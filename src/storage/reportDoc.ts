import * as Y from 'yjs';
import { applyTextEdit, releaseHeldEdit } from './sharedText';
import {
  parseReportDraft,
  REPORT_SCALAR_FIELDS,
  REPORT_TEXT_FIELDS,
  type ReportDraft,
  type ReportScalarField,
  type ReportTextField,
} from '../domain/report';

/**
 * Layout of a case's report doc: scalar fields in the Y.Map `fields`, each free-text field as
 * its own top-level Y.Text (so two people can type in one field and both keep their words),
 * and creation facts in the Y.Map `meta`.
 */
export const FIELDS_MAP = 'fields';
export const META_MAP = 'meta';

export function reportText(doc: Y.Doc, field: ReportTextField): Y.Text {
  return doc.getText(field);
}

/** Reads the draft out of the doc; malformed values are dropped by the schema, never thrown. */
export function readReport(doc: Y.Doc): ReportDraft {
  const fields = doc.getMap<unknown>(FIELDS_MAP);
  const raw: Record<string, unknown> = {};
  for (const field of REPORT_SCALAR_FIELDS) {
    const value = fields.get(field);
    if (value !== undefined && value !== '') raw[field] = value;
  }
  for (const field of REPORT_TEXT_FIELDS) {
    const value = doc.getText(field).toString();
    if (value !== '') raw[field] = value;
  }
  return parseReportDraft(raw);
}

/** Sets (or, with undefined, clears) a scalar field. */
export function setReportScalar(doc: Y.Doc, field: ReportScalarField, value: string | number | undefined): void {
  const fields = doc.getMap<unknown>(FIELDS_MAP);
  if (fields.get(field) === value) return;
  if (value === undefined || value === '') fields.delete(field);
  else fields.set(field, value);
}

/** Applies an edited field value as the smallest splice, preserving concurrent edits elsewhere. */
export function editReportText(doc: Y.Doc, field: ReportTextField, next: string, cursor?: number): void {
  applyTextEdit(doc, doc.getText(field), next, cursor);
}

/** Shares an edit held on this device since `base`, merged into the text as it is now (see sharedText). */
export function releaseReportText(doc: Y.Doc, field: ReportTextField, base: string, held: string): void {
  releaseHeldEdit(doc, doc.getText(field), base, held);
}

/** Replaces a range of a text field (used by the PII guard's one-tap replacement). */
export function replaceReportTextRange(
  doc: Y.Doc,
  field: ReportTextField,
  start: number,
  end: number,
  insert: string,
): void {
  const text = doc.getText(field);
  doc.transact(() => {
    text.delete(start, end - start);
    text.insert(start, insert);
  });
}

/** Creation facts kept in the doc itself, so every device that syncs it agrees on them. */
export function initReportMeta(doc: Y.Doc, createdAt: number): void {
  const meta = doc.getMap<unknown>(META_MAP);
  if (!meta.has('createdAt')) meta.set('createdAt', createdAt);
}

/** The person who wrote the report (set when an enrolled device starts it). */
export function setAuthorPersonId(doc: Y.Doc, personId: string): void {
  const meta = doc.getMap<unknown>(META_MAP);
  if (!meta.has('authorPersonId')) meta.set('authorPersonId', personId);
}

export function readAuthorPersonId(doc: Y.Doc): string | null {
  const value = doc.getMap<unknown>(META_MAP).get('authorPersonId');
  return typeof value === 'string' ? value : null;
}

export function readCreatedAt(doc: Y.Doc): number | null {
  const value = doc.getMap<unknown>(META_MAP).get('createdAt');
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
