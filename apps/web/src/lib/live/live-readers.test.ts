import { describe, expect, it } from 'vitest';
import { createLiveReaders, type LiveSignal, liveReaders } from './live-readers.ts';

/** A reader that writes down what it is told. */
const reader = () => {
  const told: LiveSignal[] = [];
  return { told, hear: (signal: LiveSignal) => told.push(signal) };
};

describe("the site's live readers", () => {
  it("tell the home page's readers every change, a summit page's only the changes its page shows", () => {
    const readers = createLiveReaders();
    const [home, hanoi, singapore] = [reader(), reader(), reader()];
    readers.join(null, home.hear);
    readers.join('SGFub2k', hanoi.hear);
    readers.join('U2luZ2Fwb3Jl', singapore.hear);
    readers.changed(['SGFub2k']);
    readers.changed([]);
    readers.changed(['SGFub2k', 'SGFub2k', 'Other']);
    expect(home.told).toEqual(['changed', 'changed', 'changed']);
    expect(hanoi.told).toEqual(['changed', 'changed']);
    expect(singapore.told).toEqual([]);
  });

  it('tell everyone once that updates paused (and whoever joins meanwhile), then that anything may have changed', () => {
    const readers = createLiveReaders();
    const [home, summit, late] = [reader(), reader(), reader()];
    readers.join(null, home.hear);
    readers.join('SGFub2k', summit.hear);
    readers.resumed();
    expect(home.told, 'nothing to resume from').toEqual([]);
    readers.paused();
    readers.paused();
    readers.join('U2luZ2Fwb3Jl', late.hear);
    readers.resumed();
    readers.resumed();
    for (const r of [home, summit, late]) expect(r.told).toEqual(['paused', 'changed']);
  });

  it('hold at most `max` readers, and none once they have left', () => {
    const readers = createLiveReaders(2);
    const leave = [readers.join(null, reader().hear), readers.join('SGFub2k', reader().hear)];
    const left = reader();
    expect(readers.join('SGFub2k', left.hear)).toBeNull();
    readers.changed(['SGFub2k']);
    expect(left.told).toEqual([]);
    leave[1]?.();
    leave[1]?.();
    expect(readers.readers()).toBe(1);
    const again = readers.join('SGFub2k', reader().hear);
    expect(again).not.toBeNull();
    again?.();
    leave[0]?.();
    expect(readers.readers()).toBe(0);
  });

  it('are one set per process, whichever bundle asks', () => {
    expect(liveReaders()).toBe(liveReaders());
    expect(liveReaders()).toBe((globalThis as Record<symbol, unknown>)[Symbol.for('parley.live-readers')]);
  });
});
