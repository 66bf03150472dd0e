/**
 * Keeps one idle object of each short-lived kind that hot parsing code works on. V8 drops a
 * function's optimized code at a major garbage collection when an object shape ("map") the code
 * was compiled for has no live object left, and the objects of one read (a tokenizer, a line
 * table) all die when the read ends. Checks run seconds apart with collections in between, so
 * without a keeper the next body is read by unoptimized code: 70 ms instead of 12 for the HTML
 * of the 2 MB benchmark body. An idle object costs a few hundred bytes and keeps its shape, and
 * the code compiled for it, alive. Plain JavaScript: other engines simply keep one more object.
 */
const keepers: object[] = [];

/** Keeps `idle` (an object built like the ones the hot code makes per call) for good. */
export function keepShape(idle: object): void {
  keepers.push(idle);
}
