import { strict as assert } from 'node:assert';
import { reportDate } from '../../host/src/index';

describe('the report date (host)', () => {
  const now = new Date('2026-12-04T23:30:00Z');
  const cases: { name: string; env: Record<string, string>; expected: string }[] = [
    { name: 'today in UTC by default', env: {}, expected: '2026-12-04' },
    { name: 'PLANWRIGHT_TODAY pins it', env: { PLANWRIGHT_TODAY: '2020-04-01' }, expected: '2020-04-01' },
    { name: 'SOURCE_DATE_EPOCH pins it (seconds)', env: { SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 31, 12) / 1000) }, expected: '2020-01-31' },
    { name: 'PLANWRIGHT_TODAY wins over SOURCE_DATE_EPOCH', env: { PLANWRIGHT_TODAY: '2021-03-31', SOURCE_DATE_EPOCH: '0' }, expected: '2021-03-31' },
    { name: 'a PLANWRIGHT_TODAY that is not a date is ignored', env: { PLANWRIGHT_TODAY: 'tomorrow' }, expected: '2026-12-04' },
    { name: 'a SOURCE_DATE_EPOCH that is not a number is ignored', env: { SOURCE_DATE_EPOCH: 'soon' }, expected: '2026-12-04' },
    { name: 'a PLANWRIGHT_TODAY with a date inside other text is ignored', env: { PLANWRIGHT_TODAY: 'x2020-04-01' }, expected: '2026-12-04' },
    { name: 'a PLANWRIGHT_TODAY with a date followed by more is ignored', env: { PLANWRIGHT_TODAY: '2020-04-011' }, expected: '2026-12-04' },
    { name: 'a SOURCE_DATE_EPOCH with a number after other text is ignored', env: { SOURCE_DATE_EPOCH: 'x1' }, expected: '2026-12-04' },
    { name: 'a SOURCE_DATE_EPOCH with a number followed by more is ignored', env: { SOURCE_DATE_EPOCH: '1x' }, expected: '2026-12-04' },
  ];
  for (const { name, env, expected } of cases) {
    it(name, () => assert.equal(reportDate(env, now), expected));
  }
});
