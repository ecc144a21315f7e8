/**
 * What a person should see with the example plan (examples/anyshire) open, in one
 * place: when the wording of the status bar, the tree or the dashboard changes, or a
 * rule changes the number of problems, change the expectations here.
 */
export const EXPECTED = {
  /** The status bar entry's text (codicons are not text). */
  statusBar: 'LTP 29/31',
  /** The Problems entry of the status bar, as a screen reader reads it. */
  problems: 'Errors: 5, Warnings: 10',
  /** The coverage tree's first rows (area rows, level 1), label and description as read out. */
  firstAreas: ['Primary and community care (6/6) all met', 'Urgent and emergency care (3/4) 1 to do'],
  /** The tree filtered to missing and partial commitments: [row as read out, level, icon]. */
  problemRows: [
    ['Urgent and emergency care (0/1) 1 to do', '1', 'tree-item-expanded'],
    ['Integrated urgent care through NHS 111 0 responses', '2', 'error'],
    ['Mental health (0/2) 2 to do', '1', 'tree-item-expanded'],
    ['Specialist perinatal mental health care target ≥ 66,000 by 2023/24 (national count) · 0 responses', '2', 'error'],
    ['Widen access to talking therapies target ≥ 380,000 by 2023/24 (national count) · plan 3,100 in 2023/24 · 1 response', '2', 'warning'],
    ['Prevention (0/1) 1 to do', '1', 'tree-item-expanded'],
    ['Alcohol care teams in the hospitals with most need 1 response', '2', 'warning'],
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
    foundational: 'Foundational commitments: 29/31 answered, 28 met.',
    /** Rows of the "Coverage by area" table: [area, counts]. */
    areas: [
      ['Primary and community care', '6 met, 0 partial, 0 missing'],
      ['Urgent and emergency care', '3 met, 0 partial, 1 missing'],
      ['Personalised care', '3 met, 0 partial, 0 missing'],
      ['Digital primary care and outpatients', '2 met, 0 partial, 0 missing'],
      ['Cancer', '4 met, 0 partial, 0 missing'],
      ['Mental health', '7 met, 1 partial, 1 missing'],
      ['Planned care and waiting times', '2 met, 0 partial, 0 missing'],
      ['System development (integrated care systems)', '1 met, 0 partial, 0 missing'],
      ['Prevention', '4 met, 1 partial, 0 missing'],
      ['Maternity and neonatal care', '3 met, 0 partial, 0 missing'],
      ['Learning disability and autism', '2 met, 0 partial, 0 missing'],
      ['Cardiovascular disease, stroke, diabetes and respiratory', '6 met, 0 partial, 0 missing'],
      ['Plan requirements and the five financial tests', '7 met, 0 partial, 0 missing'],
    ] as [string, string][],
    /** Charts, one per trajectory answered. */
    trajectories: 43,
  },
  /** The commitment the tree offers to answer, and where its response goes. */
  missing: { title: 'Integrated urgent care through NHS 111', id: 'uec-nhs-111', chapter: '03-urgent-and-emergency-care.md' },
} as const;
