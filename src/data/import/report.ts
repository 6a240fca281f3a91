/**
 * What an import found, for the preview and the command line: plain JSON values, so the host can
 * send it to the renderer as it is.
 */
import type { DatasetTask } from '../types';
import type { CodedText } from '../notes';
import type { ColumnStats } from './csv/columns';

export interface ClassBalance {
  classNames: string[];
  train: number[];
  test: number[];
}

export interface ImportReport {
  /** csv, series (windows of a CSV), images, arrays (IDX or NumPy). */
  kind: 'csv' | 'series' | 'images' | 'arrays';
  /** The file or folder name, as the dataset's name. */
  name: string;
  task: DatasetTask;
  inputShape: number[];
  targetShape: number[];
  train: number;
  test: number;
  /** Sentences for the user: what was left out, dropped, imputed, resized, and where. */
  notes: string[];
  /** The same notes by code and values (`DataNote`), to say them in the user's language. */
  noteCodes?: CodedText[];
  balance?: ClassBalance;
  /** Tables: every column with its statistics, its role and, when left out, why. */
  columns?: (ColumnStats & {
    role: 'feature' | 'target' | 'unused';
    why?: string;
    /** `why` by code and values (`ColumnWhy`). */
    whyCode?: CodedText;
  })[];
  /** Tables: the names of the input features after one-hot encoding. */
  features?: string[];
  /** Tables: the first rows as written. */
  preview?: { header: string[]; rows: string[][] };
}
