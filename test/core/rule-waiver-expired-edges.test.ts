import * as assert from 'node:assert/strict';
import { PlanProject } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';

/**
 * Edges of waiver-expired: a review date with text before or after it is
 * not a date, and an expired waiver without an owner says nothing of one.
 */

const chapter = (body: string): string => lines('# Chapter', '', `<!-- planwright-disable ${body} -->`, '', 'Some text.', '');

function waiverFindings(body: string, today: string): string[] {
  const project = new PlanProject(testEngine(), { today });
  project.setFile(`${PLAN_ROOT}plan.yaml`, manifest());
  project.setFile(`${PLAN_ROOT}a.md`, chapter(body));
  return project
    .analyzeAll()
    .flatMap((a) => a.findings)
    .filter((f) => f.ruleId === 'waiver-expired')
    .map((f) => f.message);
}

describe('waiver-expired edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; body: string; expected: string[] }[] = [
    {
      name: 'text before the date: not a date',
      body: 'plain-language: quoted (until: x2020-03-31)',
      expected: ['the review date `until: x2020-03-31` of this waiver is not a date: write it like 2020-03-31'],
    },
    {
      name: 'text after the date: not a date',
      body: 'plain-language: quoted (until: 2020-03-31x)',
      expected: ['the review date `until: 2020-03-31x` of this waiver is not a date: write it like 2020-03-31'],
    },
    {
      name: 'expired, with no owner: the whole message',
      body: 'plain-language: quoted (until: 2020-03-31)',
      expected: ['this waiver of `plain-language` expired on 2020-03-31: fix what it waives and remove it, or review it and set a new `until` date'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(waiverFindings(c.body, '2021-01-01'), c.expected);
    });
  }
});
