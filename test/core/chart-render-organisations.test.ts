import * as assert from 'node:assert/strict';
import { trajectorySvg, type ChartSeries } from '../../core/src/render/chart';
import { svgElements as elements } from '../helpers/svg';

/** The chart's organisation lines, element by element: their lines and dots, floors, legend rows, and escaped names. */

describe('trajectory chart SVG: organisation lines, element by element', () => {
  const cases: { name: string; series: ChartSeries; svg: readonly string[] }[] = [
    {
      name: 'organisation lines: a line each (a dot alone for one year), the floor each must reach, and a legend row each',
      series: {
        title: 'RTT',
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: [
          { year: '2020/21', value: 70 },
          { year: '2021/22', value: 74 },
        ],
        organisations: [
          {
            name: 'north-acute',
            fullName: 'North Acute NHS Trust',
            points: [
              { year: '2020/21', value: 66 },
              { year: '2021/22', value: 69 },
              { year: '2022/23', value: 73 },
            ],
            floor: { year: '2023/24', value: 85, basis: 'baseline 80% + 5 points' },
          },
          { name: 'vale-general', points: [{ year: '2020/21', value: 64 }] },
          { name: 'east-community', fullName: 'East Community Trust', points: [] },
        ],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 216" width="360" height="216" role="img" aria-label="RTT"><title>RTT</title>',
        '<desc>The plan: 70% in 2020/21 to 74% in 2021/22. Unit: %. Higher is better. North Acute NHS Trust: 73% in 2022/23, must reach 85% by 2023/24 (baseline 80% + 5 points). vale-general: 64% in 2020/21. East Community Trust: no figures.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="4" y="12" class="pw-unit">%</text>',
        '<text x="336" y="12" text-anchor="end" class="pw-direction">↑ higher is better</text>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0%</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">91.8%</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<text x="146.7" y="146" text-anchor="middle" class="pw-axis">2021/22</text>',
        '<text x="241.3" y="146" text-anchor="middle" class="pw-axis">2022/23</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2023/24</text>',
        '<polyline points="52.0,54.4 146.7,50.8 241.3,46.1" class="pw-org-line pw-org-0"/>',
        '<circle cx="52.0" cy="54.4" r="2.5" class="pw-org-dot pw-org-0"><title>north-acute, 2020/21: 66%</title></circle>',
        '<circle cx="146.7" cy="50.8" r="2.5" class="pw-org-dot pw-org-0"><title>north-acute, 2021/22: 69%</title></circle>',
        '<circle cx="241.3" cy="46.1" r="2.5" class="pw-org-dot pw-org-0"><title>north-acute, 2022/23: 73%</title></circle>',
        '<line x1="326.0" x2="346.0" y1="32.0" y2="32.0" class="pw-floor pw-org-0"><title>north-acute: ≥ 85% by 2023/24 (baseline 80% + 5 points)</title></line>',
        '<circle cx="52.0" cy="56.7" r="2.5" class="pw-org-dot pw-org-1"><title>vale-general, 2020/21: 64%</title></circle>',
        '<polyline points="52.0,49.6 146.7,44.9" class="pw-line"/>',
        '<circle cx="52.0" cy="49.6" r="3" class="pw-dot"><title>2020/21: 70%</title></circle>',
        '<circle cx="146.7" cy="44.9" r="3" class="pw-dot"><title>2021/22: 74%</title></circle>',
        '<g>',
        '<line x1="52" x2="68" y1="156" y2="156" class="pw-line"/>',
        '<text x="74" y="160" class="pw-legend">system</text>',
        '<line x1="52" x2="68" y1="170" y2="170" class="pw-org-line pw-org-0"/>',
        '<text x="74" y="174" class="pw-legend"><title>North Acute NHS Trust</title>north-acute (≥ 85% by 2023/24)</text>',
        '<line x1="52" x2="68" y1="184" y2="184" class="pw-org-line pw-org-1"/>',
        '<text x="74" y="188" class="pw-legend">vale-general</text>',
        '<line x1="52" x2="68" y1="198" y2="198" class="pw-org-line pw-org-2"/>',
        '<text x="74" y="202" class="pw-legend"><title>East Community Trust</title>east-community</text>',
        '</g>',
        '</svg>',
      ],
    },
    {
      name: 'organisation lines alone: no system line or dots, though the legend still has its row',
      series: {
        title: 'Orgs only',
        unit: 'number',
        points: [],
        organisations: [
          {
            name: 'test-hospital',
            points: [
              { year: '2019/20', value: 10 },
              { year: '2020/21', value: 12 },
            ],
          },
        ],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 188" width="360" height="188" role="img" aria-label="Orgs only"><title>Orgs only</title>',
        '<desc>test-hospital: 12 in 2020/21.</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">13</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">2019/20</text>',
        '<text x="336.0" y="146" text-anchor="middle" class="pw-axis">2020/21</text>',
        '<polyline points="52.0,48.7 336.0,32.0" class="pw-org-line pw-org-0"/>',
        '<circle cx="52.0" cy="48.7" r="2.5" class="pw-org-dot pw-org-0"><title>test-hospital, 2019/20: 10</title></circle>',
        '<circle cx="336.0" cy="32.0" r="2.5" class="pw-org-dot pw-org-0"><title>test-hospital, 2020/21: 12</title></circle>',
        '<g>',
        '<line x1="52" x2="68" y1="156" y2="156" class="pw-line"/>',
        '<text x="74" y="160" class="pw-legend">system</text>',
        '<line x1="52" x2="68" y1="170" y2="170" class="pw-org-line pw-org-0"/>',
        '<text x="74" y="174" class="pw-legend">test-hospital</text>',
        '</g>',
        '</svg>',
      ],
    },
    {
      name: 'plan text is escaped everywhere: title, unit, years, labels, timing, names and the basis of a floor',
      series: {
        title: 'A&E <4 hours>',
        unit: 'percent',
        unitLabel: '% "seen"',
        points: [{ year: "Q1 '25", value: 76 }],
        required: { year: '2024/25', value: 78, label: '<constitutional>' },
        targets: [{ year: "Q1 '25", value: 95, label: 'standard "4h"', timing: 'in March & April', confirmed: true }],
        organisations: [{ name: "st-mary's", fullName: "St Mary's & St John's", points: [{ year: "Q1 '25", value: 72 }], floor: { year: "Q1 '25", value: 78, basis: 'floor <78%>' } }],
      },
      svg: [
        '<svg class="pw-chart" viewBox="0 0 360 188" width="360" height="188" role="img" aria-label="A&amp;E &lt;4 hours&gt;"><title>A&amp;E &lt;4 hours&gt;</title>',
        '<desc>The plan: 76% in Q1 &#39;25. Unit: % &quot;seen&quot;. Standard &quot;4h&quot;: ≥ 95% by Q1 &#39;25, in March &amp; April. &lt;constitutional&gt;: 78% (2024/25). St Mary&#39;s &amp; St John&#39;s: 72% in Q1 &#39;25, must reach 78% by Q1 &#39;25 (floor &lt;78%&gt;).</desc>',
        '<line x1="52" x2="52" y1="24" y2="132" class="pw-frame"/>',
        '<line x1="52" x2="336" y1="132" y2="132" class="pw-frame"/>',
        '<text x="4" y="12" class="pw-unit">% &quot;seen&quot;</text>',
        '<text x="46" y="136.0" text-anchor="end" class="pw-axis">0%</text>',
        '<text x="46" y="28.0" text-anchor="end" class="pw-axis">103%</text>',
        '<text x="52.0" y="146" text-anchor="middle" class="pw-axis">Q1 &#39;25</text>',
        '<line x1="52" x2="336" y1="49.9" y2="49.9" class="pw-target"/>',
        '<text x="336" y="45.9" text-anchor="end" class="pw-target-label">&lt;constitutional&gt; 78% (2024/25)</text>',
        '<line x1="52.0" x2="52.0" y1="32.0" y2="32.0" class="pw-target"/>',
        '<path d="M47.0 32.0L52.0 27.0L57.0 32.0L52.0 37.0Z" class="pw-target-mark"><title>standard &quot;4h&quot;: ≥ 95% by Q1 &#39;25, in March &amp; April</title></path>',
        '<text x="52.0" y="24.0" text-anchor="start" class="pw-target-label">standard &quot;4h&quot; ≥ 95% by Q1 &#39;25</text>',
        '<circle cx="52.0" cy="56.2" r="2.5" class="pw-org-dot pw-org-0"><title>st-mary&#39;s, Q1 &#39;25: 72%</title></circle>',
        '<line x1="42.0" x2="62.0" y1="49.9" y2="49.9" class="pw-floor pw-org-0"><title>st-mary&#39;s: ≥ 78% by Q1 &#39;25 (floor &lt;78%&gt;)</title></line>',
        '<polyline points="52.0,52.0" class="pw-line"/>',
        '<circle cx="52.0" cy="52.0" r="3" class="pw-dot"><title>Q1 &#39;25: 76%</title></circle>',
        '<g>',
        '<line x1="52" x2="68" y1="156" y2="156" class="pw-line"/>',
        '<text x="74" y="160" class="pw-legend">system</text>',
        '<line x1="52" x2="68" y1="170" y2="170" class="pw-org-line pw-org-0"/>',
        '<text x="74" y="174" class="pw-legend"><title>St Mary&#39;s &amp; St John&#39;s</title>st-mary&#39;s (≥ 78% by Q1 &#39;25)</text>',
        '</g>',
        '</svg>',
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(elements(trajectorySvg(c.series)), c.svg);
    });
  }
});
