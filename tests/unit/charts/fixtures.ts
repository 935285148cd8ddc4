import { parseDataFile, type DataTable } from '../../../src/charts/data.ts';

/** A data table from inline CSV, as if read from a story folder. */
export function csv(text: string, file = 'data.csv'): DataTable {
  return parseDataFile(file, text.replace(/^\n/, ''));
}

/** The fields every chart spec needs besides its own, with "Illustrative data" set. */
export const common = {
  data: 'data.csv',
  title: 'Illustrative chart',
  alt: 'An illustrative chart used by the tests.',
  source: [{ name: 'Readout test fixtures' }],
  illustrative: true,
} as const;
