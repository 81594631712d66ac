import type { ExtractorOptions } from '../extractor';
import type { Extraction, ExtractionError } from '../types';

/** What the pool sends a worker: one document. */
export interface WorkRequest {
  seq: number;
  docId: string | null;
  text: unknown;
  explain: boolean;
  /** Reply with the extraction as JSON text: a string crosses threads at the cost of a copy, an object must be rebuilt. */
  json: boolean;
}

/** What a worker sends back: the extraction, or the error that document raised. */
export type WorkReply =
  | { seq: number; ok: true; result: Extraction }
  | { seq: number; ok: true; json: string }
  | { seq: number; ok: false; error: { name: string; message: string } };

/** A worker's first message: its extractor is ready, or could not be created. */
export type WorkerStatus =
  | { status: 'ready' }
  | { status: 'setup-error'; name: string; message: string; file?: string; line?: number | null };

export interface WorkerInit {
  extractor: ExtractorOptions;
}

export function errorRecord(docId: string | null, e: unknown): ExtractionError {
  const err = e instanceof Error ? e : new Error(String(e));
  return { schemaVersion: '1', docId, error: { name: err.name || 'Error', message: err.message } };
}

export type { Extraction, ExtractionError };
