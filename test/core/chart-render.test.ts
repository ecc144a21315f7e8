import * as assert from 'node:assert/strict';
import { trajectorySvg, type ChartSeries } from '../../core/src/render/chart';
import { svgElements as elements } from '../helpers/svg';

/** Financial years 1990/91 onwards, `n` of them. */
function financialYears(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${1990 + i}/${String((91 + i) % 100).padStart(2, '0')}`);
}

describe('trajectory chart SVG, element by element', () => {
  const cases: { name: string; series: ChartSeries; svg: readonly string[] }[] = [
    {
      name: 'a plan line from its baseline, each dated target its own mark, the unit and which way is better',
      series: {
        title: 'Cancer 62-day standard',
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        baseline: { year: '2019/20', value: 62 },
        points: [
          { year: '2020/21', value: 66 },
          { year: '2021/22', value: 71 },
          { year: '2022/23', value: 80 },
          { year: '2023/24', value: 86 },
        ],
        targets: [
          { year: '2021/22', value: 70, label: 'target', timing: 'in March', confirmed: true },
          { year: '2023/24', value: 92, label: 'target', timing: 'by the end of the year', confirmed: false },
        ],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Cancer 62-day standard"><title>Cancer 62-day standard</title>',
        '<desc>The plan: 66% in 2020/21 to 86% in 2023/24. Unit: %. Higher is better. Target: ≥ 70% by 2021/22, in March. Target: ≥ 92% by 2023/24, by the end of the year (unconfirmed).</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="4" y="12" class="pw-unit">%</text>',
        '<text x="336" y="12" text-anchor="end" class="pw-direction">↑ higher is better</text>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0%</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">99.4%</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="123.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="194.0" y="146" text-anchor="middle" class="pw-axis">2021/22</text>',
        '<text x="265.0" y="146" text-anchor="middle" class="pw-axis">2022/23</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2023/24</text>',
        '<line x1="52.0" x2="194.0" y1="55.9" y2="55.9" class="pw-target"/>',
        '<path d="M189.0 55.9L194.0 50.9L199.0 55.9L194.0 60.9Z" class="pw-target-mark"><title>target: ≥ 70% by 2021/22, in March</title></path>',
        '<text x="194.0" y="47.9" text-anchor="middle" class="pw-target-label">≥ 70% by 2021/22</text>',
        '<line x1="194.0" x2="336.0" y1="32.0" y2="32.0" class="pw-target"/>',
        '<path d="M331.0 32.0L336.0 27.0L341.0 32.0L336.0 37.0Z" class="pw-target-mark pw-unconfirmed"><title>target: ≥ 92% by 2023/24 (unconfirmed), by the end of the year</title></path>',
        '<text x="336.0" y="24.0" text-anchor="end" class="pw-target-label">≥ 92% by 2023/24 (unconfirmed)</text>',
        '<polyline points="52.0,64.6 123.0,60.3 194.0,54.8 265.0,45.0 336.0,38.5" class="pw-line"/>',
        '<circle cx="52.0" cy="64.6" r="3" class="pw-dot"><title>2019/20: 62%</title></circle>',
        '<circle cx="123.0" cy="60.3" r="3" class="pw-dot"><title>2020/21: 66%</title></circle>',
        '<circle cx="194.0" cy="54.8" r="3" class="pw-dot"><title>2021/22: 71%</title></circle>',
        '<circle cx="265.0" cy="45.0" r="3" class="pw-dot"><title>2022/23: 80%</title></circle>',
        '<circle cx="336.0" cy="38.5" r="3" class="pw-dot"><title>2023/24: 86%</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'a line below zero: the scale runs below the lowest value, its foot is labelled, and lower is better',
      series: {
        title: 'Bed days',
        unit: 'percent',
        unitLabel: '% change a year',
        direction: 'decrease',
        points: [
          { year: '2019/20', value: -1 },
          { year: '2020/21', value: -3 },
          { year: '2021/22', value: -4.5 },
        ],
        targets: [{ year: '2019/20', value: -2, label: 'target', confirmed: true }],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Bed days"><title>Bed days</title>',
        '<desc>The plan: -1% in 2019/20 to -4.5% in 2021/22. Unit: % change a year. Lower is better. Target: ≤ -2% by 2019/20.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="4" y="12" class="pw-unit">% change a year</text>',
        '<text x="336" y="12" text-anchor="end" class="pw-direction">↓ lower is better</text>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">-4.78%</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">-0.72%</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="194.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2021/22</text>',
        '<line x1="52.0" x2="52.0" y1="58.0" y2="58.0" class="pw-target"/>',
        '<path d="M47.0 58.0L52.0 53.0L57.0 58.0L52.0 63.0Z" class="pw-target-mark"><title>target: ≤ -2% by 2019/20</title></path>',
        '<text x="52.0" y="50.0" text-anchor="start" class="pw-target-label">≤ -2% by 2019/20</text>',
        '<polyline points="52.0,31.4 194.0,84.7 336.0,124.6" class="pw-line"/>',
        '<circle cx="52.0" cy="31.4" r="3" class="pw-dot"><title>2019/20: -1%</title></circle>',
        '<circle cx="194.0" cy="84.7" r="3" class="pw-dot"><title>2020/21: -3%</title></circle>',
        '<circle cx="336.0" cy="124.6" r="3" class="pw-dot"><title>2021/22: -4.5%</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'one year at zero: a single column at the left edge, on a scale of one, with no unit or direction',
      series: { title: 'Zero', unit: 'number', points: [{ year: '2019/20', value: 0 }] },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Zero"><title>Zero</title>',
        '<desc>The plan: 0 in 2019/20.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">1.08</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<polyline points="52.0,132.0" class="pw-line"/>',
        '<circle cx="52.0" cy="132.0" r="3" class="pw-dot"><title>2019/20: 0</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'a standing standard is one line across the plot, and the top of the scale makes room for it',
      series: {
        title: 'Faster diagnosis',
        unit: 'percent',
        points: [
          { year: '2019/20', value: 70 },
          { year: '2020/21', value: 75 },
          { year: '2021/22', value: 80 },
        ],
        required: { year: '2019/20', value: 95, label: 'standard' },
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Faster diagnosis"><title>Faster diagnosis</title>',
        '<desc>The plan: 70% in 2019/20 to 80% in 2021/22. standard: 95% (2019/20).</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0%</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">103%</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="194.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2021/22</text>',
        '<line x1="52" x2="336" y1="32.0" y2="32.0" class="pw-target"/>',
        '<text x="336" y="28.0" text-anchor="end" class="pw-target-label">standard 95% (2019/20)</text>',
        '<polyline points="52.0,58.3 194.0,53.1 336.0,47.8" class="pw-line"/>',
        '<circle cx="52.0" cy="58.3" r="3" class="pw-dot"><title>2019/20: 70%</title></circle>',
        '<circle cx="194.0" cy="53.1" r="3" class="pw-dot"><title>2020/21: 75%</title></circle>',
        '<circle cx="336.0" cy="47.8" r="3" class="pw-dot"><title>2021/22: 80%</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'a projection past the plan adds its year to the axis and sets the top of the scale',
      series: {
        title: 'Projected',
        unit: 'number',
        points: [
          { year: '2019/20', value: 300 },
          { year: '2020/21', value: 350 },
        ],
        projection: { from: { year: '2020/21', value: 350 }, to: { year: '2022/23', value: 450 } },
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Projected"><title>Projected</title>',
        '<desc>The plan: 300 in 2019/20 to 350 in 2020/21. Projected to 2022/23: 450.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">486</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="194.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2022/23</text>',
        '<polyline points="194.0,54.2 336.0,32.0" class="pw-projection"><title>projected to 2022/23: 450</title></polyline>',
        '<polyline points="52.0,65.3 194.0,54.2" class="pw-line"/>',
        '<circle cx="52.0" cy="65.3" r="3" class="pw-dot"><title>2019/20: 300</title></circle>',
        '<circle cx="194.0" cy="54.2" r="3" class="pw-dot"><title>2020/21: 350</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'financial years run earliest first along the axis, other years after them in the order given',
      series: {
        title: 'Order',
        unit: 'number',
        points: [
          { year: '2021/22', value: 3 },
          { year: '2019/20', value: 1 },
          { year: '2024-25', value: 4 },
          { year: '2020/21', value: 2 },
          { year: 'by 2030', value: 5 },
        ],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Order"><title>Order</title>',
        '<desc>The plan: 3 in 2021/22 to 5 in by 2030.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">5.4</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="123.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="194.0" y="146" text-anchor="middle" class="pw-axis">2021/22</text>',
        '<text x="265.0" y="146" text-anchor="middle" class="pw-axis">2024-25</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">by 2030</text>',
        '<polyline points="194.0,72.0 52.0,112.0 265.0,52.0 123.0,92.0 336.0,32.0" class="pw-line"/>',
        '<circle cx="194.0" cy="72.0" r="3" class="pw-dot"><title>2021/22: 3</title></circle>',
        '<circle cx="52.0" cy="112.0" r="3" class="pw-dot"><title>2019/20: 1</title></circle>',
        '<circle cx="265.0" cy="52.0" r="3" class="pw-dot"><title>2024-25: 4</title></circle>',
        '<circle cx="123.0" cy="92.0" r="3" class="pw-dot"><title>2020/21: 2</title></circle>',
        '<circle cx="336.0" cy="32.0" r="3" class="pw-dot"><title>by 2030: 5</title></circle>',
        '</svg>',
      ],
    },
    {
      name: 'a fair share or a standard is named on its mark; a plain target is not; one with no label is still drawn',
      series: {
        title: 'Labels',
        unit: 'number',
        points: [
          { year: '2019/20', value: 400 },
          { year: '2020/21', value: 420 },
        ],
        targets: [
          { year: '2019/20', value: 444, label: 'fair share', confirmed: true },
          { year: '2020/21', value: 450, label: '' },
          { year: '2020/21', value: 430, label: 'standard', timing: 'as the average for the year' },
        ],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 160" width="360" height="160" role="img" aria-label="Labels"><title>Labels</title>',
        '<desc>The plan: 400 in 2019/20 to 420 in 2020/21. Fair share: ≥ 444 by 2019/20. : ≥ 450 by 2020/21. Standard: ≥ 430 by 2020/21, as the average for the year.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">486</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<line x1="52.0" x2="52.0" y1="33.3" y2="33.3" class="pw-target"/>',
        '<path d="M47.0 33.3L52.0 28.3L57.0 33.3L52.0 38.3Z" class="pw-target-mark"><title>fair share: ≥ 444 by 2019/20</title></path>',
        '<text x="52.0" y="25.3" text-anchor="start" class="pw-target-label">fair share ≥ 444 by 2019/20</text>',
        '<line x1="52.0" x2="336.0" y1="32.0" y2="32.0" class="pw-target"/>',
        '<path d="M331.0 32.0L336.0 27.0L341.0 32.0L336.0 37.0Z" class="pw-target-mark"><title>: ≥ 450 by 2020/21</title></path>',
        '<text x="336.0" y="24.0" text-anchor="end" class="pw-target-label"> ≥ 450 by 2020/21</text>',
        '<line x1="336.0" x2="336.0" y1="36.4" y2="36.4" class="pw-target"/>',
        '<path d="M331.0 36.4L336.0 31.4L341.0 36.4L336.0 41.4Z" class="pw-target-mark"><title>standard: ≥ 430 by 2020/21, as the average for the year</title></path>',
        '<text x="336.0" y="28.4" text-anchor="end" class="pw-target-label">standard ≥ 430 by 2020/21</text>',
        '<polyline points="52.0,43.1 336.0,38.7" class="pw-line"/>',
        '<circle cx="52.0" cy="43.1" r="3" class="pw-dot"><title>2019/20: 400</title></circle>',
        '<circle cx="336.0" cy="38.7" r="3" class="pw-dot"><title>2020/21: 420</title></circle>',
        '</svg>',
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(elements(trajectorySvg(c.series)), c.svg);
    });
  }

  it('draws nothing when there is no year to draw', () => {
    assert.equal(trajectorySvg({ title: 'Empty', unit: 'number', points: [] }), '');
    assert.equal(trajectorySvg({ title: 'Empty', unit: 'number', points: [], targets: [], organisations: [] }), '');
  });

  it('anchors a target label at the start near the left edge, at the end near the right, centred between', () => {
    // 72 years put year i at x = 52 + 4i: the 11th (x = 92) and the 58th (x = 280) sit on the two bounds.
    const years = financialYears(72);
    const at = [9, 10, 11, 56, 57, 58];
    const svg = trajectorySvg({
      title: 'Long run',
      unit: 'number',
      points: years.map((year, i) => ({ year, value: i })),
      targets: at.map((i) => ({ year: years[i] ?? '', value: 50, label: 'target', confirmed: true })),
    });
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" class="pw-target-label">/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(labels, [
      ['88.0', 'start'],
      ['92.0', 'middle'],
      ['96.0', 'middle'],
      ['276.0', 'middle'],
      ['280.0', 'middle'],
      ['284.0', 'end'],
    ]);
  });
});
