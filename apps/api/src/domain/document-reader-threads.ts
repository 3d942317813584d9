/**
 * Worker threads that run `document-readers.ts` off the event loop: decoding a 24-megapixel photo takes
 * seconds of CPU and pdf.js parses without yielding, so on the main thread a read would stall every other
 * request and no timer could stop a hostile file. A thread is started once and reused (starting one and
 * loading pdf.js costs more than reading most files); it is replaced when a read overruns or kills it.
 */
import { Worker } from 'node:worker_threads';
import type { ContentReading, DocumentMediaType } from './document-readers.js';

/** Each read may hold a few hundred megabytes and a core; further uploads queue behind them. */
const THREADS = 2;
/** Heap for pdf.js's objects; pixels and the file's bytes live outside it and the readers bound them. */
const THREAD_HEAP_MB = 256;

export type ThreadReading = ContentReading | 'timeout';

/**
 * The thread's entry. From the TypeScript sources (tests, `tsx`) it is a `.ts` file, which Node 20 loads
 * in a worker only once tsx's hooks are registered there (an `--import` in `execArgv` is not applied).
 */
function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./document-reader.worker.js', import.meta.url), options);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./document-reader.worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); });`, { ...options, eval: true });
}

class ReaderThread {
  private current: { worker: Worker; ready: Promise<void> } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  queued = 0;

  read(mediaType: DocumentMediaType, bytes: Uint8Array, timeoutMs: number): Promise<ThreadReading> {
    this.queued++;
    const reading = this.queue.then(() => this.readNow(mediaType, bytes, timeoutMs));
    this.queue = reading.catch(() => undefined);
    return reading.finally(() => this.queued--);
  }

  private async readNow(mediaType: DocumentMediaType, bytes: Uint8Array, timeoutMs: number): Promise<ThreadReading> {
    const worker = await this.thread();
    // Held by the process only while it reads, so an idle thread never keeps a process from exiting.
    worker.ref();
    return new Promise((resolve, reject) => {
      const finish = (outcome: () => void, { discard = false } = {}) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (discard) this.discard(worker);
        else worker.unref();
        outcome();
      };
      const onMessage = (reading: ContentReading) => finish(() => resolve(reading));
      // Running out of heap is the file's doing; any other failure is the server's (500).
      const onError = (error: Error & { code?: string }) =>
        finish(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve('unreadable') : reject(error)), { discard: true });
      const onExit = () => finish(() => reject(new Error('the document reader stopped without an answer')), { discard: true });
      const timer = setTimeout(() => finish(() => resolve('timeout'), { discard: true }), timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ mediaType, bytes });
    });
  }

  /** The running thread once it has loaded its parsers (started on first use, and again after a discard). */
  private async thread(): Promise<Worker> {
    if (!this.current) {
      const worker = startWorker();
      // Between reads nobody else listens: a thread that fails then must not take the server down, and the
      // next read starts a new one.
      worker.on('error', () => undefined).once('exit', () => this.forget(worker));
      const ready = new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
        worker.once('exit', () => reject(new Error('the document reader stopped while starting')));
      });
      this.current = { worker, ready };
    }
    const { worker, ready } = this.current;
    await ready;
    return worker;
  }

  private forget(worker: Worker): void {
    if (this.current?.worker === worker) this.current = undefined;
  }

  private discard(worker: Worker): void {
    this.forget(worker);
    void worker.terminate();
  }
}

const threads = Array.from({ length: THREADS }, () => new ReaderThread());

/**
 * Reads the file on the thread with the shortest queue. `timeoutMs` counts from when its read starts, not
 * while it waits in the queue or for the thread to load its parsers.
 */
export function readOffThread(mediaType: DocumentMediaType, bytes: Uint8Array, timeoutMs: number): Promise<ThreadReading> {
  const thread = threads.reduce((shortest, candidate) => (candidate.queued < shortest.queued ? candidate : shortest));
  return thread.read(mediaType, bytes, timeoutMs);
}
