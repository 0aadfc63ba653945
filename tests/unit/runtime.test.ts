import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node pinned by the `node` devDependency (>= 22.12), not the system Node', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true);
  });
});
