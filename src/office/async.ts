/**
 * Office's callback APIs as typed promises. Every Office call in src/office goes through
 * `officeCall`, so a failed AsyncResult, a synchronous throw (API missing on this client) and
 * a call that never calls back (seen on some clients) all become one rejected promise.
 */

/** A failed Office call, with Office's own error name and code when it gave them. */
export class OfficeCallError extends Error {
  readonly operation: string;
  readonly officeName: string | undefined;
  readonly officeCode: number | undefined;

  constructor(operation: string, message: string, officeName?: string, officeCode?: number) {
    super(`${operation}: ${message}`);
    this.name = "OfficeCallError";
    this.operation = operation;
    this.officeName = officeName;
    this.officeCode = officeCode;
  }
}

/** The part of Office.AsyncResult we read; office-addin-mock seeds return plain objects of this shape. */
export interface AsyncResultLike<T> {
  status: string;
  value?: T;
  error?: { name?: string; message?: string; code?: number } | undefined;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

const SUCCEEDED = "succeeded";

/**
 * Runs `start(callback)` and settles with the callback's value. `timeoutMs` (0 = none) bounds
 * calls that may never call back.
 */
export function officeCall<T>(
  operation: string,
  start: (_callback: Callback<T>) => void,
  timeoutMs = 0
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      fn();
    };
    if (timeoutMs > 0) {
      timer = setTimeout(
        () =>
          settle(() =>
            reject(new OfficeCallError(operation, `no answer within ${timeoutMs} ms`, "Timeout"))
          ),
        timeoutMs
      );
    }
    try {
      start((result) => {
        if (result && String(result.status).toLowerCase() === SUCCEEDED) {
          settle(() => resolve(result.value as T));
        } else {
          const error = result?.error;
          settle(() =>
            reject(
              new OfficeCallError(
                operation,
                error?.message || error?.name || "failed",
                error?.name,
                error?.code
              )
            )
          );
        }
      });
    } catch (e) {
      settle(() =>
        reject(
          new OfficeCallError(operation, e instanceof Error ? e.message : String(e), "Exception")
        )
      );
    }
  });
}

/** A short, readable reason for a note: "getAllInternetHeadersAsync: failed (code 9030)". */
export function describeError(e: unknown): string {
  if (e instanceof OfficeCallError) {
    return e.officeCode !== undefined ? `${e.message} (code ${e.officeCode})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Settles a promise into a value or undefined, pushing a note when it failed. */
export async function attempt<T>(
  promise: Promise<T>,
  notes: string[],
  what: string
): Promise<T | undefined> {
  try {
    return await promise;
  } catch (e) {
    notes.push(`${what} could not be read: ${describeError(e)}`);
    return undefined;
  }
}
