import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { Backoff, Throttle } from '../../../main/frontend/editor/scheduling.js';
import { FakeClock } from './support/fake-clock.js';

describe('Throttle', () => {
  test('delivers the first value at once and later ones no sooner than the interval after', () => {
    const clock = new FakeClock();
    const delivered: [number, string][] = [];
    const throttle = new Throttle<string>(50, clock, (value) => delivered.push([clock.now(), value]));
    throttle.offer('a');
    clock.advance(10);
    throttle.offer('b');
    assert.deepEqual(delivered, [[0, 'a']]);
    assert.ok(throttle.hasWaiting);
    clock.advance(39);
    assert.deepEqual(delivered, [[0, 'a']]);
    clock.advance(1);
    assert.deepEqual(delivered, [[0, 'a'], [50, 'b']]);
    clock.advance(100);
    throttle.offer('c'); // long after: at once
    assert.deepEqual(delivered.at(-1), [150, 'c']);
  });

  test('a value offered while another waits replaces it', () => {
    const clock = new FakeClock();
    const delivered: string[] = [];
    const throttle = new Throttle<string>(100, clock, (value) => delivered.push(value));
    throttle.offer('first');
    throttle.offer('stale');
    throttle.offer('latest');
    clock.advance(100);
    assert.deepEqual(delivered, ['first', 'latest']);
    assert.equal(clock.pendingTimers, 0);
  });

  test('cancel drops the waiting value', () => {
    const clock = new FakeClock();
    const delivered: string[] = [];
    const throttle = new Throttle<string>(50, clock, (value) => delivered.push(value));
    throttle.offer('a');
    throttle.offer('b');
    throttle.cancel();
    clock.advance(1000);
    assert.deepEqual(delivered, ['a']);
    assert.ok(!throttle.hasWaiting);
  });
});

describe('Backoff', () => {
  test('doubles from 250 ms up to 5 s and starts again after a success', () => {
    const backoff = new Backoff();
    assert.deepEqual(Array.from({ length: 8 }, () => backoff.next()), [250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
    backoff.reset();
    assert.equal(backoff.next(), 250);
  });
});
