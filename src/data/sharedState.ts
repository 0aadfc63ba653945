/**
 * State shared by the build's integrations and its pages. Both run in one
 * process but as separate module instances (the integrations are loaded with
 * the config, the pages from the prerender bundle), so module-level variables
 * are not shared: the state lives on globalThis under a registered symbol.
 */
export function sharedState<T extends object>(name: string, initial: () => T): () => T {
  const key = Symbol.for(`invest-lvliang.${name}`);
  return () => {
    const scope = globalThis as { [key: symbol]: T | undefined };
    scope[key] ??= initial();
    return scope[key];
  };
}
