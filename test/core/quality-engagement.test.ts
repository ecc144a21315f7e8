import { crlf, lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';


/** A plan.yaml with the given organisation and engagement lines (markers allowed among them). */
const plan = (options: { lead?: string[]; organisations: string[]; engagement?: string[] }): string =>
  lines(
    'plan:',
    '  title: Test plan',
    '  framework: ltp-2019',
    '  period: { start: 2019/20, end: 2023/24 }',
    ...(options.lead ?? ['  clinical-lead: Dr T. Test']),
    'footprint:',
    '  population: 1250000',
    '  organisations:',
    ...options.organisations,
    ...(options.engagement ?? []),
    '',
  );

const CCG = '    - { id: test-ccg, name: NHS Test CCG, type: ccg }';
const COUNCIL = '    - { id: test-council, name: Test County Council, type: local-authority }';
const CVS = '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }';

describe('engagement', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'council, public, voluntary sector and clinical lead all there: quiet',
      files: { 'plan.yaml': manifest() },
    },
    {
      // Being typed: the file has its engagement and clinical lead, but cannot be read until the bracket is closed.
      name: 'a plan.yaml that does not parse: quiet (yaml-syntax says why), not "no engagement, no clinical lead"',
      files: { 'plan.yaml': `${manifest()}\nrules: [unclosed\n` },
    },
    {
      name: 'an empty plan.yaml: quiet (schema says it is empty)',
      files: { 'plan.yaml': '' },
    },
    {
      name: 'patients instead of the public, and the vcse group instead of a vcse organisation: quiet',
      files: {
        'plan.yaml': plan({ organisations: [CCG, COUNCIL], engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: patients, how: patient panels }', '  - { with: vcse, how: workshops with community groups }'] }),
      },
    },
    {
      name: 'a local authority in the footprint never engaged: at its id',
      files: {
        'plan.yaml': plan({
          organisations: [
            CCG,
            COUNCIL,
            '    - { id: wessex-council, name: Wessex Borough Council, type: local-authority }',
            '            ^^^^^^^^^^^^^^ engagement: Wessex Borough Council (a local authority in the footprint) is never engaged: add an engagement entry `with: wessex-council`',
            CVS,
          ],
          engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: public, how: listening events }', '  - { with: test-cvs, how: workshops }'],
        }),
      },
    },
    {
      name: 'in block style, and with no engagement at all: every local authority, the public and the voluntary sector',
      files: {
        'plan.yaml': lines(
          'plan:',
          '^^^^^ engagement: no engagement with the public or patients is recorded',
          '  title: Test plan',
          '  framework: ltp-2019',
          '  period: { start: 2019/20, end: 2023/24 }',
          '  clinical-lead: Dr T. Test',
          'footprint:',
          '  population: 1250000',
          '  organisations:',
          '    - id: test-council',
          '          ^^^^^^^^^^^^ engagement: Test County Council (a local authority in the footprint) is never engaged',
          '      name: Test County Council',
          '      type: local-authority',
          '    - id: test-cvs',
          '          ^^^^^^^^ engagement: the voluntary sector (Test Voluntary Action) is never engaged: add an engagement entry `with: test-cvs`',
          '      name: Test Voluntary Action',
          '      type: vcse',
          '',
        ),
      },
    },
    {
      name: 'no public or patient engagement: at the engagement key',
      files: {
        'plan.yaml': plan({
          organisations: [CCG, COUNCIL, CVS],
          engagement: [
            'engagement:',
            '^^^^^^^^^^ engagement: no engagement with the public or patients is recorded: add an engagement entry `with: public` (or `patients`)',
            '  - { with: test-council, how: co-wrote the plan }',
            '  - { with: test-cvs, how: workshops }',
            '  - { with: staff, how: staff survey }',
            '  - { with: healthwatch, how: focus groups }',
          ],
        }),
      },
    },
    {
      name: 'a vcse organisation in the footprint but not engaged: at its id',
      files: {
        'plan.yaml': plan({
          organisations: [CCG, COUNCIL, '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }', '            ^^^^^^^^ engagement: the voluntary sector (Test Voluntary Action) is never engaged'],
          engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: public, how: listening events }'],
        }),
      },
    },
    {
      name: 'any one vcse organisation engaged is enough',
      files: {
        'plan.yaml': plan({
          organisations: [CCG, COUNCIL, CVS, '    - { id: other-cvs, name: Other Voluntary Action, type: vcse }'],
          engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: public, how: listening events }', '  - { with: other-cvs, how: workshops }'],
        }),
      },
    },
    {
      name: 'no vcse organisation and no vcse group: at the engagement key',
      files: {
        'plan.yaml': plan({
          organisations: [CCG, COUNCIL],
          engagement: [
            'engagement:',
            '^^^^^^^^^^ engagement: no engagement with the voluntary, community and social enterprise sector is recorded: add an engagement entry `with: vcse`',
            '  - { with: test-council, how: co-wrote the plan }',
            '  - { with: public, how: listening events }',
          ],
        }),
      },
    },
    {
      name: 'no clinical lead: at plan',
      files: {
        'plan.yaml': plan({
          lead: [],
          organisations: [CCG, COUNCIL, CVS],
          engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: public, how: listening events }', '  - { with: test-cvs, how: workshops }'],
        }).replace('plan:\n', 'plan:\n^^^^ engagement: the plan names no clinical lead: add `plan.clinical-lead`\n'),
      },
    },
    {
      name: 'a blank clinical lead counts as none',
      files: {
        'plan.yaml': plan({
          lead: ['  clinical-lead: "  "'],
          organisations: [CCG, COUNCIL, CVS],
          engagement: ['engagement:', '  - { with: test-council, how: co-wrote the plan }', '  - { with: public, how: listening events }', '  - { with: test-cvs, how: workshops }'],
        }).replace('plan:\n', 'plan:\n^^^^ engagement: the plan names no clinical lead\n'),
      },
    },
    {
      name: 'engagement in chapters does not count: only plan.yaml records it',
      files: {
        'plan.yaml': plan({
          organisations: [CCG, COUNCIL, CVS],
          engagement: ['engagement:', '^^^^^^^^^^ engagement: with the public or patients', '  - { with: test-council, how: co-wrote the plan }', '  - { with: test-cvs, how: workshops }'],
        }),
        '15-engagement.md': lines('# How people shaped this plan', '', 'We held twelve listening events with the public.', ''),
      },
    },
    {
      name: 'CRLF line endings',
      files: {
        'plan.yaml': crlf(
          plan({
            organisations: [CCG, '    - { id: test-council, name: Test County Council, type: local-authority }', '            ^^^^^^^^^^^^ engagement: Test County Council (a local authority in the footprint) is never engaged', CVS],
            engagement: ['engagement:', '  - { with: patients, how: patient panels }', '  - { with: test-cvs, how: workshops }'],
          }),
        ),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['engagement'] });
    });
  }
});
