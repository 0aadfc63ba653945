import { describe, expect, it } from 'vitest';
import { settleAll } from '../../src/integrations/settleAll';

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));

describe('settleAll', () => {
  it('gives every value, in order', async () => {
    expect(await settleAll([after(20, 'a'), after(0, 'b')])).toEqual(['a', 'b']);
  });

  it('throws the first failure only once every promise has settled', async () => {
    let slowDone = false;
    const slow = after(40, 'slow').then((value) => {
      slowDone = true;
      return value;
    });
    await expect(settleAll([after(0, 'first', true), slow, after(10, 'second', true)])).rejects.toThrow('first');
    expect(slowDone).toBe(true);
  });
});
