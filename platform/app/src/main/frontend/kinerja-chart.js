// <kinerja-chart>: a Chart.js chart whose configuration the server sets as the `config` property.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class KinerjaChart extends HTMLElement {
  connectedCallback() {
    this.render();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  set config(value) {
    this.configValue = value;
    this.render();
  }

  get config() {
    return this.configValue;
  }

  render() {
    if (!this.isConnected || !this.configValue) {
      return;
    }
    if (!this.canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
      this.appendChild(this.canvas);
    }
    if (this.chart) {
      this.chart.destroy();
    }
    // Chart.js mutates its configuration: give it a copy.
    this.chart = new Chart(this.canvas, JSON.parse(JSON.stringify(this.configValue)));
    this.setAttribute('data-rendered', String(this.chart.data.datasets.length));
  }
}

customElements.define('kinerja-chart', KinerjaChart);
