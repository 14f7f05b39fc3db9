// Stops calling a backend that keeps failing, so a dead Redis costs the request path nothing instead of a
// timeout per call.
//   closed    → calls go through; `failureThreshold` failures in a row open the circuit.
//   open      → calls are refused at once, for `openMs`.
//   half-open → after openMs, exactly one trial call goes through (the rest are still refused): success closes
//               the circuit, failure opens it for another openMs.
// Any success closes it, whatever the state: a backend that answers is healthy.

export type CircuitState = "closed" | "open" | "half-open";

export type CircuitBreakerOptions = {
  failureThreshold: number;
  openMs: number;
  now?: () => number;
  /** Called when the circuit opens (from closed) or closes again: the moments worth a log line. */
  onChange?: (state: "open" | "closed", error?: unknown) => void;
};

export class CircuitBreaker {
  readonly #options: CircuitBreakerOptions;
  readonly #now: () => number;
  #state: CircuitState = "closed";
  #consecutiveFailures = 0;
  #openedAt = 0;
  #lastError: unknown;
  #changedAt: number | undefined;

  constructor(options: CircuitBreakerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    return this.#state;
  }

  /** The error that opened the circuit (or kept it open); undefined while closed. */
  get lastError(): unknown {
    return this.#state === "closed" ? undefined : this.#lastError;
  }

  /** When the circuit last went from closed to open or back (epoch ms); undefined before the first failure. */
  get changedAt(): number | undefined {
    return this.#changedAt;
  }

  /** Whether a call may go to the backend now. In half-open, true for the single trial call only. */
  tryAcquire(): boolean {
    if (this.#state === "closed") return true;
    if (this.#state === "half-open") return false;
    if (this.#now() - this.#openedAt < this.#options.openMs) return false;
    this.#state = "half-open";
    return true;
  }

  /** A probe that ignores the open period (health checks); still counts like any call. */
  forceAcquire(): void {
    if (this.#state === "open") this.#state = "half-open";
  }

  recordSuccess(): void {
    this.#consecutiveFailures = 0;
    if (this.#state === "closed") return;
    this.#state = "closed";
    this.#changedAt = this.#now();
    this.#options.onChange?.("closed");
  }

  recordFailure(error: unknown): void {
    this.#lastError = error;
    this.#consecutiveFailures++;
    if (this.#state === "closed" && this.#consecutiveFailures < this.#options.failureThreshold) return;
    const wasClosed = this.#state === "closed";
    this.#state = "open";
    this.#openedAt = this.#now();
    if (wasClosed) {
      this.#changedAt = this.#openedAt;
      this.#options.onChange?.("open", error);
    }
  }
}
