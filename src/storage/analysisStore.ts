import * as v from 'valibot';
import { AnalysisStatusSchema, type AnalysisStatus } from '../protocol/analysisApi';
import type { Analysis } from '../domain/analysis';
import { parseAnalysis } from '../domain/analysisSchema';
import type { SamverkaDb } from './db';

/**
 * What this device knows of each joint analysis from the relay (team, signatures, versions),
 * kept so the analysis screen and the case list work offline; and the content of locked
 * versions, which never change once locked. Rows are checked when read.
 */
export interface AnalysisRow {
  caseId: string;
  status: AnalysisStatus;
  fetchedAt: number;
}

export interface AnalysisVersionRow {
  caseId: string;
  number: number;
  update: Uint8Array;
}

const RowSchema = v.object({ caseId: v.string(), status: AnalysisStatusSchema, fetchedAt: v.number() });

export async function saveAnalysisStatus(db: SamverkaDb, status: AnalysisStatus, now: number): Promise<void> {
  await db.analyses.put({ caseId: status.caseId, status, fetchedAt: now });
}

/** The last status seen for a case's analysis; null when none (or the stored row is broken). */
export async function loadAnalysisStatus(db: SamverkaDb, caseId: string): Promise<AnalysisRow | null> {
  const parsed = v.safeParse(RowSchema, await db.analyses.get(caseId));
  return parsed.success ? parsed.output : null;
}

/** Every analysis this device knows of (a handful: only cases its person takes part in). */
export async function listAnalyses(db: SamverkaDb): Promise<AnalysisRow[]> {
  const rows = await db.analyses.toArray();
  return rows.flatMap((row) => {
    const parsed = v.safeParse(RowSchema, row);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function saveVersionContent(db: SamverkaDb, caseId: string, number: number, update: Uint8Array) {
  await db.analysisVersions.put({ caseId, number, update });
}

export async function loadVersionContent(db: SamverkaDb, caseId: string, number: number): Promise<Uint8Array | null> {
  const row = await db.analysisVersions.get([caseId, number]);
  return row?.update instanceof Uint8Array ? row.update : null;
}

export interface AnalysisSnapshotRow {
  caseId: string;
  content: Analysis;
  savedAt: number;
}

/** Keeps the latest read of an analysis (plain data, already de-identified as the doc is). */
export async function saveAnalysisSnapshot(db: SamverkaDb, caseId: string, content: Analysis, now: number) {
  await db.analysisSnapshots.put({ caseId, content, savedAt: now });
}

/** The latest read of an analysis to draw from before its doc loads; null when none or not valid. */
export async function loadAnalysisSnapshot(db: SamverkaDb, caseId: string): Promise<Analysis | null> {
  const row = await db.analysisSnapshots.get(caseId);
  if (!row) return null;
  const parsed = parseAnalysis(row.content);
  return parsed.ok ? parsed.analysis : null;
}
