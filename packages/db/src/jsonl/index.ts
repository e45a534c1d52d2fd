export { exportRecords } from './export.ts';
export { importRecords } from './import.ts';
export { ImportError, parseJsonl } from './parse.ts';
