/** The project catalogue: facets, investment bands, filters, sorts and URL state (shared by the page and its client code). */
export * from './bands';
export * from './filters';
export * from './items';
export * from './sort';
export * from './urlState';
export * from './text';
export * from './projectPage';
