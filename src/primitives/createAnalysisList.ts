import { createSignal, type Accessor } from 'solid-js';
import { listAnalyses } from '../storage/analysisStore';
import { getIndexEntry } from '../storage/caseIndexStore';
import { useAppDb } from './appStorage';

export interface AnalysisListItem {
  caseId: string;
  title: string;
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
      rows.map(async (row) => ({
        caseId: row.caseId,
        title: (await getIndexEntry(db, row.caseId))?.title ?? '',
        version: row.status.version,
        locked: row.status.locked,
      })),
    );
    setItems(list.sort((a, b) => a.title.localeCompare(b.title, 'sv')));
  })();
  return items;
}
