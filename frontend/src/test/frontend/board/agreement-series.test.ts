import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  latestSummary, maxTotal, tickPrecision, timeSpan, toSeries, type HistoryPoint, type SeriesSpec,
} from '../../../main/frontend/board/agreement-series.js';

const SPECS: SeriesSpec[] = [
  { status: 'AGREED', label: 'Agreed', colour: 'green' },
  { status: 'BRACKETED', label: 'Bracketed', colour: 'red' },
  { status: 'PROPOSED', label: 'Proposed', colour: 'grey' },
];

const POINTS: HistoryPoint[] = [
  { at: 2_000, counts: { PROPOSED: 2 } },
  { at: 1_000, counts: {} },
  { at: 3_000, counts: { PROPOSED: 1, AGREED: 1 } },
];

describe('toSeries', () => {
  test('one series per status that ever had a clause, in the order given, a value at every point', () => {
    const series = toSeries(SPECS, POINTS);
    assert.deepEqual(series.map((one) => one.status), ['AGREED', 'PROPOSED']);
    assert.deepEqual(series[0].data, [{ x: 1_000, y: 0 }, { x: 2_000, y: 0 }, { x: 3_000, y: 1 }]);
    assert.deepEqual(series[1].data, [{ x: 1_000, y: 0 }, { x: 2_000, y: 2 }, { x: 3_000, y: 1 }]);
    assert.equal(series[1].label, 'Proposed');
    assert.equal(series[1].colour, 'grey');
  });

  test('the last counts hold until now', () => {
    const series = toSeries(SPECS, POINTS, 10_000);
    assert.deepEqual(series[0].data.at(-1), { x: 10_000, y: 1 });
    assert.equal(series[0].data.length, 4);
    assert.equal(toSeries(SPECS, POINTS, 2_500)[0].data.length, 3, 'a now before the last point adds nothing');
  });

  test('no points, no series; counts that are not positive numbers count as none', () => {
    assert.deepEqual(toSeries(SPECS, []), []);
    const odd = toSeries(SPECS, [{ at: 1, counts: { AGREED: -1, PROPOSED: Number.NaN, BRACKETED: 2 } }]);
    assert.deepEqual(odd.map((one) => [one.status, one.data[0].y]), [['BRACKETED', 2]]);
  });
});

describe('latestSummary', () => {
  test('says the latest counts in the order given', () => {
    assert.equal(latestSummary(SPECS, POINTS, 'nothing'), 'Agreed: 1, Proposed: 1');
  });

  test('says the empty text without points or without clauses', () => {
    assert.equal(latestSummary(SPECS, [], 'nothing'), 'nothing');
    assert.equal(latestSummary(SPECS, [{ at: 1, counts: {} }], 'nothing'), 'nothing');
  });
});

describe('maxTotal', () => {
  test('the most clauses at any point', () => {
    assert.equal(maxTotal(POINTS), 2);
    assert.equal(maxTotal([]), 0);
  });
});

describe('timeSpan', () => {
  test('from the first point to now', () => {
    assert.deepEqual(timeSpan(POINTS, 10_000), { min: 1_000, max: 10_000 });
  });

  test('to the last point when now is earlier (clocks differ), never empty', () => {
    assert.deepEqual(timeSpan(POINTS, 500), { min: 1_000, max: 3_000 });
    assert.deepEqual(timeSpan([{ at: 5, counts: {} }], 5), { min: 5, max: 6 });
    assert.equal(timeSpan([], 1), null);
  });
});

describe('tickPrecision', () => {
  test('seconds within an hour, minutes within two days, dates beyond', () => {
    assert.deepEqual(tickPrecision(30 * 1000), { timeStyle: 'medium' });
    assert.deepEqual(tickPrecision(60 * 60 * 1000), { timeStyle: 'medium' });
    assert.deepEqual(tickPrecision(5 * 60 * 60 * 1000), { dateStyle: 'short', timeStyle: 'short' });
    assert.deepEqual(tickPrecision(3 * 24 * 60 * 60 * 1000), { dateStyle: 'medium' });
  });
});
