// pdf.js's two sides in one thread, on a port that copies messages in JavaScript.
//
// Why: in Node, pdf.js runs its worker side in the calling thread (a "fake worker") and joins
// the two sides with a LoopbackPort that passes every message through `structuredClone`: each
// page's text content, each operator list, each font. That serializes every string and number
// to bytes and back; a batch worker spent ~6 % of its CPU there. The messages are plain data
// (objects, arrays, strings, numbers, typed arrays), which a JavaScript copy rebuilds 4–5 times
// faster, sharing the strings (immutable) instead of copying them. A copy is still needed: pdf.js
// empties some arrays right after sending them (an operator list's chunk).
//
// The copy gives what `structuredClone` gives for such data: own enumerable properties, plain
// prototypes, typed arrays copied (see `copy`). A message with anything else (a Map, an Error, a class
// instance, a transfer list, deeper than 100 levels) goes through `structuredClone` as before.
// Shared references within one message become separate copies of the same value.
//
// One port and one pdf.js worker side serve every document the thread reads (as one web worker
// serves a browser tab): pdf.js gives each document its own handlers on the port and removes
// them when the document is destroyed.

type Transfer = NonNullable<Parameters<typeof structuredClone>[1]>['transfer'];

/** Returned by `copy` for a value it leaves to `structuredClone`. */
const UNCOPIED = Symbol('uncopied');
const MAX_DEPTH = 100;

const copy = (value: unknown, depth: number): unknown => {
  if (typeof value !== 'object' || value === null)
    return typeof value === 'function' || typeof value === 'symbol' ? UNCOPIED : value;
  if (depth > MAX_DEPTH) return UNCOPIED;
  if (Array.isArray(value)) {
    // structuredClone keeps an array's holes (pdf.js's arrays have none) and named properties
    // (pdf.js sets none; not looked for, which would cost a key list per array).
    const n = value.length;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      if (!(i in value)) return UNCOPIED;
      const c = copy(value[i], depth + 1);
      if (c === UNCOPIED) return UNCOPIED;
      out[i] = c;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    // A null-prototype object (pdf.js's text styles) arrives as a plain one, as it does cloned.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const c = copy((value as Record<string, unknown>)[key], depth + 1);
      if (c === UNCOPIED) return UNCOPIED;
      out[key] = c;
    }
    return out;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    // A typed array over part of a larger buffer is cloned with the whole buffer: left to it.
    const typed = value as unknown as Uint8Array;
    if (typed.byteOffset !== 0 || typed.byteLength !== typed.buffer.byteLength) return UNCOPIED;
    if (!(typed.buffer instanceof ArrayBuffer)) return UNCOPIED;
    return typed.slice();
  }
  return UNCOPIED;
};

/** `structuredClone(message)` for the messages pdf.js sends, made faster for plain data. */
export const cloneMessage = <T>(message: T, transfer?: Transfer): T => {
  if (transfer && transfer.length > 0) return structuredClone(message, { transfer });
  const copied = copy(message, 0);
  return copied === UNCOPIED ? structuredClone(message) : (copied as T);
};

type Listener = (this: CopyingLoopbackPort, event: { data: unknown }) => void;

/** pdf.js's LoopbackPort (pdf.mjs), with `cloneMessage` for `structuredClone`. */
export class CopyingLoopbackPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: Transfer): void {
    const event = { data: cloneMessage(message, transfer) };
    // Delivered after the sender's turn, as pdf.js's own port does.
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(
    _name: string,
    listener: Listener,
    options: { signal?: AbortSignal } | null = null,
  ): void {
    let stop: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_name, listener);
      stop = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, stop);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const stop of this.#listeners.values()) stop?.();
    this.#listeners.clear();
  }

  /** How many handlers listen (each open document adds its own): for tests. */
  get listenerCount(): number {
    return this.#listeners.size;
  }
}
