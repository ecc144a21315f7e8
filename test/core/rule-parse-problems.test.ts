import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

describe('parse problems go to their own rule only', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('a schema problem is not also a yaml-syntax or unreadable-file finding', () => {
    checkPlan(
      { 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'trajectroy: { 2019/20: 50% }', '^^^^^^^^^^ schema: unknown key `trajectroy`', '```', '') },
      { rules: ['schema', 'yaml-syntax', 'unreadable-file'] },
    );
  });
});
