// Only for `tsc -p tsconfig.typecheck.json`: plain tsc cannot read .astro files (astro check types
// those); this lets it type-check every .ts module, which astro check alone does not fully cover.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
