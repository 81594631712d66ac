/**
 * A one-line progress display on stderr (documents done, documents/s, ETA when the total is
 * known), redrawn at most every 200 ms, and only when stderr is a terminal: piped or
 * redirected stderr (a Spark or Hadoop task's log) stays silent.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private last = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number | null,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = !!stream.isTTY;
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last >= 200) {
      this.last = now;
      this.draw(now);
    }
  }

  end(): void {
    if (!this.enabled) return;
    this.draw(Date.now());
    this.stream.write('\n');
  }

  /** The line as drawn (exposed for tests). */
  line(now = Date.now()): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / secs;
    let out = `${this.done}${this.total != null ? `/${this.total}` : ''} documents · ${rate.toFixed(1)} docs/s`;
    if (this.failed) out += ` · ${this.failed} failed`;
    if (this.total != null && rate > 0) out += ` · ETA ${clock(Math.max(0, (this.total - this.done) / rate))}`;
    return out;
  }

  private draw(now: number): void {
    this.stream.write(`\r\x1b[K${this.line(now)}`);
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
