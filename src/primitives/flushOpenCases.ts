/** Waits for every open case to be on disk; loads storage only if a case was ever opened. */
export async function flushOpenCases(): Promise<void> {
  const { flushAllOpenCases } = await import('../storage/caseDocs');
  await flushAllOpenCases();
}
