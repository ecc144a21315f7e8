/**
 * What a person should see with the example plan (examples/anyshire) open, in one
 * place: when the wording of the status bar, the tree or the dashboard changes, or a
 * rule changes the number of problems, change the expectations here.
 */
export const EXPECTED = {
  /** The status bar entry's text (codicons are not text). */
  statusBar: 'LTP 29/31 · 19 met',
  /** The Problems entry of the status bar, as a screen reader reads it. */
  problems: 'Errors: 5, Warnings: 10',
  /** The coverage tree's first rows (area rows, level 1), label and description as read out. */
  firstAreas: ['Primary and community care (4/6 met) 2 answered, not judged', 'Urgent and emergency care (1/4 met) 1 to do · 2 answered, not judged'],
  /** The tree filtered to missing and partial commitments: [row as read out, level, icon]. */
  problemRows: [
    ['Urgent and emergency care (0/1 met) 1 to do', '1', 'tree-item-expanded'],
    ['Integrated urgent care through NHS 111 0 responses', '2', 'error'],
    ['Mental health (0/2 met) 2 to do', '1', 'tree-item-expanded'],
    ['Specialist perinatal mental health care target ≥ 66,000 by 2023/24 (national count) · 0 responses', '2', 'error'],
    ['Widen access to talking therapies target ≥ 1,900,000 by 2023/24 (national count) · plan 29,000 in 2023/24 · 1 response', '2', 'warning'],
    ['Prevention (0/1 met) 1 to do', '1', 'tree-item-expanded'],
    ['Alcohol care teams in the hospitals with most need 1 response', '2', 'warning'],
    ['Plan requirements and the five financial tests (0/3 met) 3 to do', '1', 'tree-item-expanded'],
    ['Workforce plan matched to activity and money 1 response', '2', 'warning'],
    ['Financial test 1: return to financial balance 1 response', '2', 'warning'],
    ['Financial test 3: moderate demand growth 1 response', '2', 'warning'],
  ] as [string, string, string | null][],
  /** The Markdown preview of 04-mental-health.md: each card's title and status badge. */
  mentalHealthCards: [
    ['Mental Health Investment Standard', 'On track'],
    ['More children and young people get mental health support', 'At risk'],
    ['mh-perinatel', 'On track'], // the chapter's misspelt id: not in the catalogs, so the card shows the id
    ['Widen access to talking therapies', 'On track'],
    ['New community care for people with severe mental illness', 'At risk'],
    ['Physical health checks for people with severe mental illness', 'At risk'],
    ['24/7 community mental health crisis care', 'On track'],
    ['Mental health liaison in every acute hospital', 'On track'],
    ['End inappropriate out-of-area placements', 'At risk'],
  ] as [string, string][],
  dashboard: {
    title: 'Healthier Anyshire and Wessex five-year system plan',
    foundational: 'Foundational commitments: 29/31 answered, 19 met. Plan status draft, as at 2019-09-27.',
    /** Rows of the "Coverage by area" table: [area, counts]. */
    areas: [
      ['Primary and community care','4 met, 2 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Urgent and emergency care','1 met, 2 answered, 0 partial, 1 missing, 0 not applicable'],
      ['Personalised care','3 met, 0 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Digital primary care and outpatients','2 met, 0 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Cancer','2 met, 2 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Mental health','6 met, 1 answered, 1 partial, 1 missing, 0 not applicable'],
      ['Planned care and waiting times','1 met, 1 answered, 0 partial, 0 missing, 0 not applicable'],
      ['System development (integrated care systems)','0 met, 1 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Prevention','3 met, 1 answered, 1 partial, 0 missing, 0 not applicable'],
      ['Maternity and neonatal care','3 met, 0 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Learning disability and autism','2 met, 0 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Cardiovascular disease, stroke, diabetes and respiratory','4 met, 2 answered, 0 partial, 0 missing, 0 not applicable'],
      ['Plan requirements and the five financial tests','2 met, 2 answered, 3 partial, 0 missing, 0 not applicable'],
    ] as [string, string][],
    /** Charts, one per trajectory answered. */
    trajectories: 43,
  },
  /** The commitment the tree offers to answer, and where its response goes. */
  missing: { title: 'Integrated urgent care through NHS 111', id: 'uec-nhs-111', chapter: '03-urgent-and-emergency-care.md' },
} as const;
