/**
 * The chart's classes, for every page that shows charts: the dashboard and the HTML reports include it in
 * their own (nonce'd) stylesheet; the build writes it to dist/chart.css for the Markdown preview
 * (`markdown.previewStyles`). Colours follow the editor theme, with fallbacks for reports.
 */
export const CHART_CSS = `.pw-axis{font:10px sans-serif;fill:var(--vscode-descriptionForeground,#666)}
.pw-frame{stroke:var(--vscode-descriptionForeground,#666);stroke-opacity:0.3}
.pw-unit,.pw-direction,.pw-legend{font:10px sans-serif;fill:var(--vscode-descriptionForeground,#666)}
.pw-line{fill:none;stroke:var(--vscode-charts-blue,#1f6fd0);stroke-width:2}
.pw-dot{fill:var(--vscode-charts-blue,#1f6fd0)}
.pw-projection{fill:none;stroke:var(--vscode-charts-blue,#1f6fd0);stroke-width:1.5;stroke-dasharray:2 3}
.pw-target{stroke:var(--vscode-charts-red,#c62828);stroke-dasharray:4 3}
.pw-target-mark{fill:var(--vscode-charts-red,#c62828)}
.pw-target-mark.pw-unconfirmed{fill:none;stroke:var(--vscode-charts-red,#c62828)}
.pw-target-label{font:10px sans-serif;fill:var(--vscode-charts-red,#c62828)}
.pw-org-line{fill:none;stroke-width:1.5}
.pw-floor{stroke-width:2;stroke-dasharray:3 2}
.pw-org-0{stroke:var(--vscode-charts-green,#2e7d32)}
.pw-org-1{stroke:var(--vscode-charts-orange,#e65100)}
.pw-org-2{stroke:var(--vscode-charts-purple,#6a1b9a)}
.pw-org-3{stroke:var(--vscode-charts-yellow,#9e7c00)}
.pw-org-dot.pw-org-0{fill:var(--vscode-charts-green,#2e7d32)}
.pw-org-dot.pw-org-1{fill:var(--vscode-charts-orange,#e65100)}
.pw-org-dot.pw-org-2{fill:var(--vscode-charts-purple,#6a1b9a)}
.pw-org-dot.pw-org-3{fill:var(--vscode-charts-yellow,#9e7c00)}`;
