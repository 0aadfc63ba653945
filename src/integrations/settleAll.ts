/**
 * Waits for every promise, then throws the first failure (in the given
 * order), if any. Unlike Promise.all, nothing is still running when it
 * throws: a failed page or language must not end the step while the others
 * are still writing into a folder that is about to be removed.
 */
export async function settleAll<T>(promises: Iterable<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}
