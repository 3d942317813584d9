/** Worker thread of `document-reader-threads.ts`: reads the uploads it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { prepareReaders, readDocument, type DocumentMediaType } from './document-readers.js';

parentPort!.on('message', async ({ mediaType, bytes }: { mediaType: DocumentMediaType; bytes: Uint8Array }) => {
  parentPort!.postMessage(await readDocument(mediaType, bytes));
});
await prepareReaders();
// The first message says the thread is ready: reads are timed from here on.
parentPort!.postMessage('ready');
