// htmx leaves the page as it is when a request fails; say so instead of failing silently.
(function () {
  function requestError(show) {
    var alert = document.getElementById('request-error');
    if (alert) {
      alert.classList.toggle('d-none', !show);
    }
  }

  document.addEventListener('htmx:responseError', function () { requestError(true); });
  document.addEventListener('htmx:sendError', function () { requestError(true); });
  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.successful) {
      requestError(false);
    }
  });

  // An expired session answers an htmx request with the login page; show it as a page, not inside a fragment.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var url = event.detail.xhr && event.detail.xhr.responseURL;
    if (url && new URL(url).pathname.endsWith('/login')) {
      event.detail.shouldSwap = false;
      window.location.assign(url);
    }
  });

  // A button with data-confirm asks before it submits (e.g. submitting a self-assessment, which then locks it).
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
