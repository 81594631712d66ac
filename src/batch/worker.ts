// One worker of the extractMany() pool: an extractor of its own, one document at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor';
import { DictionaryError } from '../errors';
import type { WorkReply, WorkRequest, WorkerInit, WorkerStatus } from './protocol';

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  let extractor: ReturnType<typeof createExtractor> | null = null;
  let setupError: Error | null = null;
  let status: WorkerStatus = { status: 'ready' };
  try {
    extractor = createExtractor(init.extractor);
  } catch (e) {
    setupError = e as Error;
    status = { status: 'setup-error', name: setupError.name, message: setupError.message };
    if (e instanceof DictionaryError) Object.assign(status, { file: e.file, line: e.line });
  }
  port.postMessage(status);
  port.on('message', (req: WorkRequest) => {
    let reply: WorkReply;
    try {
      if (!extractor) throw setupError ?? new Error('extractor not created');
      const result = extractor.extract(req.text as string, { docId: req.docId ?? undefined, explain: req.explain });
      reply = req.json ? { seq: req.seq, ok: true, json: JSON.stringify(result) } : { seq: req.seq, ok: true, result };
    } catch (e) {
      const err = e as Error;
      reply = { seq: req.seq, ok: false, error: { name: err?.name || 'Error', message: err?.message ?? String(e) } };
    }
    port.postMessage(reply);
  });
}
