/**
 * A chart's SVG as its elements in the order drawn: one entry per element, a `<title>` kept with the
 * element it names (the chart's own title with the opening `<svg>` tag).
 */
export function svgElements(svg: string): string[] {
  return svg.split(/(?=<(?!title>|\/(?!g>|svg>)))/);
}
