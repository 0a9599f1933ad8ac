import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, daysBetween, isoDay, isValidIsoDay, weekday } from './calendar.js';

/** What Date itself says, the reference the whole-number arithmetic must agree with. */
const byDate = {
  addDays: (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10),
  weekday: (iso: string) => ((new Date(Date.parse(iso)).getUTCDay() + 6) % 7) + 1,
};

describe('calendar', () => {
  test('agrees with Date on every day from 1899 to 2101, leap days and month ends included', () => {
    for (let day = Date.UTC(1899, 0, 1); day <= Date.UTC(2101, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number);
      assert.equal(isoDay(y, m, d), iso);
      assert.equal(addDays(iso, 1), byDate.addDays(iso, 1));
      assert.equal(addDays(iso, -31), byDate.addDays(iso, -31));
      assert.equal(weekday(iso), byDate.weekday(iso));
      assert.equal(daysBetween('2000-02-29', iso), Math.round((day - Date.UTC(2000, 1, 29)) / 86_400_000));
    }
  });

  test('refuses days that do not exist', () => {
    assert.equal(isoDay(2023, 2, 29), null);
    assert.equal(isoDay(2024, 2, 29), '2024-02-29');
    assert.equal(isoDay(1900, 2, 29), null);
    assert.equal(isoDay(2023, 4, 31), null);
    assert.equal(isoDay(2023, 13, 1), null);
    assert.equal(isoDay(2023, 1, 0), null);
    assert.equal(isoDay(99, 1, 1), null);
    assert.equal(isValidIsoDay('2023-02-30'), false);
    assert.equal(isValidIsoDay('2023-02-28'), true);
  });

  test('reads a day past its month as Date does: 2023-02-30 is March 2', () => {
    assert.equal(addDays('2023-02-30', 0), '2023-03-02');
    assert.equal(daysBetween('2023-02-28', '2023-02-30'), 2);
  });
});
