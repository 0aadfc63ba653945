/** The industrial chain atlas: chain diagrams, the overview's numbers and sort, and the investment opportunities. */
export * from './diagram';
export * from './opportunities';
export * from './opportunityFilters';
export * from './sort';
export * from './summary';
