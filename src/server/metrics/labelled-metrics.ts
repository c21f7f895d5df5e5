import type { Metric, Registry } from "prom-client";

/**
 * Counters and histograms for the request hot path, rendered by prom-client.
 *
 * prom-client validates and hashes the label set on every `inc`/`observe`, even
 * through a child from `labels()`: four observations per request cost about 5%
 * of the gateway's throughput (measured with --cpu-prof at concurrency 64). Here
 * a label set is resolved to its cell by one Map lookup on a length-prefixed key, and
 * counting is arithmetic on that cell. prom-client still owns the registry, the
 * exposition format, escaping and content type: these classes only answer its
 * `get()` with the same shape its own metrics do.
 */
interface MetricSnapshot {
  readonly name: string;
  readonly help: string;
  readonly type: "counter" | "histogram";
  readonly aggregator: "sum";
  readonly values: { labels: Record<string, string | number>; value: number; metricName?: string }[];
}

/** Distinct label sets kept per metric; past this, new sets are counted into a cell that is never rendered, rather than growing memory without bound. */
const maxLabelSets = 10_000;

abstract class LabelledMetric<Cell> {
  private readonly cells = new Map<string, { readonly labels: Record<string, string>; readonly cell: Cell }>();
  private discarded: Cell | undefined;

  protected constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly string[],
    registry: Registry,
  ) {
    // prom-client's registry renders any object with name/help/get(); ours are not its classes, hence the cast.
    registry.registerMetric(this as unknown as Metric);
  }

  protected abstract newCell(): Cell;

  /** The cell for one label set, in `labelNames` order. */
  protected cell(values: readonly string[]): Cell {
    // Length-prefixed, so no label value (whatever characters it holds) can make two sets collide.
    let key = "";
    for (const value of values) key += `${value.length}:${value}`;
    const found = this.cells.get(key);
    if (found) return found.cell;
    if (this.cells.size >= maxLabelSets) return (this.discarded ??= this.newCell());
    const labels: Record<string, string> = {};
    this.labelNames.forEach((labelName, index) => (labels[labelName] = values[index] ?? ""));
    const cell = this.newCell();
    this.cells.set(key, { labels, cell });
    return cell;
  }

  protected entries(): IterableIterator<{ readonly labels: Record<string, string>; readonly cell: Cell }> {
    return this.cells.values();
  }

  /** prom-client's `Registry.resetMetrics()` calls this on every registered metric. */
  reset(): void {
    this.cells.clear();
  }
}

export class LabelledCounter extends LabelledMetric<{ value: number }> {
  constructor(options: { name: string; help: string; labelNames: readonly string[]; registry: Registry }) {
    super(options.name, options.help, options.labelNames, options.registry);
  }

  protected newCell(): { value: number } {
    return { value: 0 };
  }

  inc(values: readonly string[], amount = 1): void {
    this.cell(values).value += amount;
  }

  get(): MetricSnapshot {
    return { name: this.name, help: this.help, type: "counter", aggregator: "sum", values: [...this.entries()].map(({ labels, cell }) => ({ labels, value: cell.value })) };
  }
}

interface HistogramCell {
  /** Per-bucket (not cumulative) counts; the last slot is +Inf. */
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

export class LabelledHistogram extends LabelledMetric<HistogramCell> {
  private readonly buckets: readonly number[];

  constructor(options: { name: string; help: string; labelNames: readonly string[]; buckets: readonly number[]; registry: Registry }) {
    super(options.name, options.help, options.labelNames, options.registry);
    this.buckets = [...options.buckets].sort((a, b) => a - b);
  }

  protected newCell(): HistogramCell {
    return { counts: new Float64Array(this.buckets.length + 1), sum: 0, count: 0 };
  }

  observe(values: readonly string[], value: number): void {
    if (!Number.isFinite(value)) return;
    const cell = this.cell(values);
    let index = 0;
    while (index < this.buckets.length && value > this.buckets[index]!) index++;
    cell.counts[index]! += 1;
    cell.sum += value;
    cell.count += 1;
  }

  get(): MetricSnapshot {
    const values: MetricSnapshot["values"] = [];
    for (const { labels, cell } of this.entries()) {
      let cumulative = 0;
      this.buckets.forEach((bound, index) => {
        cumulative += cell.counts[index]!;
        values.push({ labels: { le: bound, ...labels }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { le: "+Inf", ...labels }, value: cell.count, metricName: `${this.name}_bucket` });
      values.push({ labels, value: cell.sum, metricName: `${this.name}_sum` });
      values.push({ labels, value: cell.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: "histogram", aggregator: "sum", values };
  }
}
