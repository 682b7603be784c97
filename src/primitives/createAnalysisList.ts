import { createSignal, type Accessor } from 'solid-js';
import { listAnalyses } from '../storage/analysisStore';
import { getIndexEntry } from '../storage/caseIndexStore';
import { rowTitle } from '../domain/caseRowFacts';
import { useAppDb } from './appStorage';

export interface AnalysisListItem {
  caseId: string;
  title: string;
  /** Who reported to whom, to tell analyses under one agreement apart. */
  units: string;
  version: number;
  locked: boolean;
}

/**
 * The joint analyses this device knows of (cases its person takes part in: a handful), with
 * their case titles from the index. Read once per visit; the background sync keeps them fresh.
 */
export function createAnalysisList(): Accessor<AnalysisListItem[]> {
  const [items, setItems] = createSignal<AnalysisListItem[]>([]);
  void (async () => {
    const db = useAppDb();
    const rows = await listAnalyses(db);
    const list = await Promise.all(
      rows.map(async (row) => {
        const entry = await getIndexEntry(db, row.caseId);
        return {
          caseId: row.caseId,
          // What happened, in the case's own first words; the agreement when there is no text.
          title: (entry && (rowTitle(entry.summary) || entry.title)) ?? '',
          units: entry ? `${entry.reporterUnit || '–'} → ${entry.receivingUnit || '–'}` : '',
          version: row.status.version,
          locked: row.status.locked,
        };
      }),
    );
    setItems(list.sort((a, b) => a.title.localeCompare(b.title, 'sv')));
  })();
  return items;
}

export interface CaseAbout {
  title: string;
  reporterUnit: string;
  receivingUnit: string;
  eventDate: string;
}

/** What the analysis is about, for the head of its report: from the case index, not the docs. */
export function createCaseAbout(caseId: string): Accessor<CaseAbout | null> {
  const [about, setAbout] = createSignal<CaseAbout | null>(null);
  void getIndexEntry(useAppDb(), caseId).then((entry) => {
    if (entry) setAbout({ ...entry });
  });
  return about;
}
