/*
 * The DOM-free part of <accord-agreement-chart>: turns the points the server disclosed (the
 * clauses per status each time they changed) into one step series per status, for a stacked
 * area chart, and the text that says the same for screen readers.
 */

/** A status to draw: its name as the server sends it, its label in the user's language, its colour. */
export interface SeriesSpec {
  readonly status: string;
  readonly label: string;
  readonly colour: string;
}

/** The clauses per status from `at` (epoch milliseconds) on; a status left out had none. */
export interface HistoryPoint {
  readonly at: number;
  readonly counts: Readonly<Record<string, number>>;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface StatusSeries extends SeriesSpec {
  readonly data: readonly XY[];
}

/**
 * One series per status that ever had a clause, in the order of `specs`, each with a value at
 * every point (0 when absent) and, when `now` is later than the last point, the last counts
 * carried on to `now`: the status holds until it changes, so the chart steps rather than slopes.
 */
export function toSeries(specs: readonly SeriesSpec[], points: readonly HistoryPoint[], now?: number): StatusSeries[] {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const last = sorted.at(-1);
  const extended = last !== undefined && now !== undefined && now > last.at
    ? [...sorted, { at: now, counts: last.counts }]
    : sorted;
  return specs
    .filter((spec) => sorted.some((point) => countOf(point, spec.status) > 0))
    .map((spec) => ({
      ...spec,
      data: extended.map((point) => ({ x: point.at, y: countOf(point, spec.status) })),
    }));
}

/** "Agreed: 3, Proposed: 2": the latest counts, in the order of `specs`, statuses with none left out. */
export function latestSummary(specs: readonly SeriesSpec[], points: readonly HistoryPoint[], emptyText: string): string {
  const last = [...points].sort((a, b) => a.at - b.at).at(-1);
  if (last === undefined) {
    return emptyText;
  }
  const parts = specs.filter((spec) => countOf(last, spec.status) > 0)
    .map((spec) => `${spec.label}: ${countOf(last, spec.status)}`);
  return parts.length === 0 ? emptyText : parts.join(', ');
}

/** The largest number of clauses at any point: the top of the stacked chart. */
export function maxTotal(points: readonly HistoryPoint[]): number {
  return points.reduce((max, point) =>
    Math.max(max, Object.values(point.counts).reduce((sum, count) => sum + count, 0)), 0);
}

function countOf(point: HistoryPoint, status: string): number {
  const count = point.counts[status];
  return typeof count === 'number' && Number.isFinite(count) && count > 0 ? count : 0;
}

/** The span the time axis shows: from the first point to `now` (or the last point, if later). */
export function timeSpan(points: readonly HistoryPoint[], now: number): { min: number; max: number } | null {
  if (points.length === 0) {
    return null;
  }
  const times = points.map((point) => point.at);
  const min = Math.min(...times);
  return { min, max: Math.max(now, ...times, min + 1) };
}

/**
 * How precisely to label the time axis, by the span shown: seconds within an hour (the demo
 * and a busy morning), minutes within two days, dates beyond.
 */
export function tickPrecision(spanMs: number): Intl.DateTimeFormatOptions {
  if (spanMs <= 60 * 60 * 1000) {
    return { timeStyle: 'medium' };
  }
  if (spanMs <= 2 * 24 * 60 * 60 * 1000) {
    return { dateStyle: 'short', timeStyle: 'short' };
  }
  return { dateStyle: 'medium' };
}
