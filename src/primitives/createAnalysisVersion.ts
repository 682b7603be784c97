import { createSignal, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import type { Analysis } from '../domain/analysis';
import type { CaseId } from '../domain/ids';
import { readAnalysis } from '../storage/analysisDoc';
import { analysisRelay } from './analysisRelay';

/**
 * A locked version of an analysis, read-only: its content as the relay stored it when the last
 * signature locked it (kept on the device once fetched). undefined while loading, null when
 * neither the device nor the relay has it.
 */
export function createAnalysisVersion(caseId: CaseId, number: number): Accessor<Analysis | null | undefined> {
  const [analysis, setAnalysis] = createSignal<Analysis | null>();
  void analysisRelay.version(caseId, number).then((update) => {
    if (!update) return setAnalysis(null);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, update);
      setAnalysis(readAnalysis(doc));
    } catch {
      setAnalysis(null);
    } finally {
      doc.destroy();
    }
  });
  return analysis;
}
