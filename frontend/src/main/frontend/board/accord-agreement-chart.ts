import { css, html, LitElement, type PropertyValues } from 'lit';
import {
  Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import {
  latestSummary, maxTotal, tickPrecision, timeSpan, type HistoryPoint, type SeriesSpec, toSeries,
} from './agreement-series.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Legend, Tooltip);

/*
 * <accord-agreement-chart>: the number of clauses in each status over time, as stacked step
 * areas (Chart.js). The server gives the points it disclosed to this viewer (`points`), the
 * statuses with their labels and colours (`series`), and the user's `locale` and `timeZone`
 * for the time axis; the component only draws. The canvas carries a text alternative.
 */
export class AccordAgreementChart extends LitElement {
  static override properties = {
    points: { attribute: false },
    series: { attribute: false },
    locale: { type: String },
    timeZone: { type: String },
    emptyText: { type: String },
  };

  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 200px;
    }
    .frame {
      position: relative;
      width: 100%;
      height: 100%;
      min-height: 200px;
    }
  `;

  declare points: HistoryPoint[];
  declare series: SeriesSpec[];
  declare locale: string;
  declare timeZone: string;
  declare emptyText: string;

  private chart: Chart<'line', { x: number; y: number }[]> | null = null;

  constructor() {
    super();
    this.points = [];
    this.series = [];
    this.locale = 'en';
    this.timeZone = 'UTC';
    this.emptyText = '';
  }

  override render() {
    const summary = latestSummary(this.series, this.points, this.emptyText);
    return html`<div class="frame"><canvas role="img" aria-label=${summary}>${summary}</canvas></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }

  private draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas === null) {
      return;
    }
    const now = Date.now();
    const span = timeSpan(this.points, now) ?? { min: now - 1, max: now };
    const datasets = toSeries(this.series, this.points, now).map((one) => ({
      label: one.label,
      data: one.data.map((xy) => ({ x: xy.x, y: xy.y })),
      borderColor: one.colour,
      backgroundColor: one.colour,
      fill: true,
      stepped: 'before' as const, // a value holds until the next point, then steps
      pointRadius: 0,
      borderWidth: 1,
    }));
    const ticks = new Intl.DateTimeFormat(this.locale, { timeZone: this.timeZone, ...tickPrecision(span.max - span.min) });
    const format = new Intl.DateTimeFormat(this.locale, {
      timeZone: this.timeZone, dateStyle: 'short', timeStyle: 'medium',
    });
    const top = Math.max(1, maxTotal(this.points));
    if (this.chart === null) {
      this.chart = new Chart(canvas, {
        type: 'line',
        data: { datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: {
              type: 'linear', min: span.min, max: span.max,
              ticks: { maxTicksLimit: 6, callback: (value) => ticks.format(Number(value)) },
            },
            y: { type: 'linear', stacked: true, beginAtZero: true, suggestedMax: top, ticks: { precision: 0 } },
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { callbacks: { title: (items) => items.length === 0 ? '' : format.format(items[0].parsed.x ?? 0) } },
          },
        },
      });
    } else {
      this.chart.data.datasets = datasets;
      const scales = this.chart.options.scales;
      if (scales?.x !== undefined) {
        scales.x.min = span.min;
        scales.x.max = span.max;
        if (scales.x.ticks !== undefined) {
          scales.x.ticks.callback = (value) => ticks.format(Number(value));
        }
      }
      if (scales?.y !== undefined) {
        (scales.y as { suggestedMax?: number }).suggestedMax = top;
      }
      this.chart.update('none');
    }
  }
}

customElements.define('accord-agreement-chart', AccordAgreementChart);

declare global {
  interface HTMLElementTagNameMap {
    'accord-agreement-chart': AccordAgreementChart;
  }
}
