/** Downloads of the catalogue: tables, CSV, open data, GeoJSON, Excel and PDF, planned and generated from the site model. */
export * from './context';
export * from './csv';
export * from './generate';
export * from './geojson';
export * from './openData';
export * from './opportunities';
export * from './pdf';
export * from './plan';
export * from './readme';
export * from './sheet';
export * from './table';
export * from './xlsx';
export * from './downloadsPage';
export * from './zipTime';
