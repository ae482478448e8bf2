// Draws each dashboard chart from the table beside it: the table holds the numbers (for screen readers and print),
// the chart only shows them. A click on a bar opens the same list of people as the number in the table does.
(function () {
  var LEVEL_COLOURS = {
    EXCELLENT: '#198754',
    GOOD: '#0d6efd',
    COMPLETED: '#ffc107',
    NOT_COMPLETED: '#dc3545',
    SCORE: '#6f42c1'
  };

  function readTable(table) {
    var series = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) {
      return row.querySelector('th[scope="row"]').textContent.trim();
    });
    var datasets = series.map(function (header, column) {
      var key = header.getAttribute('data-series');
      return {
        label: header.textContent.trim(),
        backgroundColor: LEVEL_COLOURS[key] || '#6c757d',
        data: rows.map(function (row) {
          var cell = row.querySelectorAll('td[data-value]')[column];
          return cell ? Number(cell.getAttribute('data-value')) : 0;
        })
      };
    });
    return { labels: labels, datasets: datasets, rows: rows };
  }

  function drillDown(rows, rowIndex, column) {
    var cell = rows[rowIndex] && rows[rowIndex].querySelectorAll('td[data-value]')[column];
    var link = cell && cell.querySelector('a.drill');
    if (link) {
      link.click();
    }
  }

  function draw(figure) {
    var table = figure.querySelector('table');
    var canvas = figure.querySelector('canvas');
    if (!table || !canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = readTable(table);
    var kind = figure.getAttribute('data-chart');
    var stacked = kind !== 'bar';
    // Units have long names: their bars lie across the chart, one line per unit, so every name stays readable.
    var across = kind === 'stacked-bar-across';
    if (across) {
      figure.querySelector('.chart-box').style.height = Math.max(12, data.labels.length * 1.6 + 4) + 'rem';
    }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: data.datasets },
      options: {
        indexAxis: across ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: stacked, beginAtZero: true, ticks: across ? { precision: 0 } : { autoSkip: false, maxRotation: 60 } },
          y: { stacked: stacked, beginAtZero: true, ticks: across ? { autoSkip: false } : { precision: 0 } }
        },
        plugins: { legend: { display: data.datasets.length > 1, position: 'bottom' } },
        onClick: function (event, elements) {
          if (elements.length > 0) {
            drillDown(data.rows, elements[0].index, elements[0].datasetIndex);
          }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        }
      }
    });
    figure.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('figure.dashboard-chart').forEach(draw);
  });
})();
