/*
 * Samen Duiden — small progressive enhancements. Loaded with `defer`; the app works without it.
 * No inline scripts anywhere (a strict Content-Security-Policy applies), so behaviour that
 * templates need is wired here through ids, data attributes and htmx events.
 */
(function () {
  "use strict";

  // htmx swaps nothing on an error response, so without this a failed click looks like
  // nothing happened. Show (and let screen readers announce) the alert from base.html.
  var requestError = document.getElementById("app-request-error");

  function showRequestError() {
    if (!requestError) {
      return;
    }
    var text = requestError.querySelector("[data-app-message]");
    requestError.hidden = false;
    // Set the text after unhiding so role="alert" announces it, also on a repeat failure.
    text.textContent = "";
    window.setTimeout(function () {
      text.textContent = requestError.getAttribute("data-message");
    }, 50);
  }

  function hideRequestError() {
    if (requestError) {
      requestError.hidden = true;
    }
  }

  document.body.addEventListener("htmx:responseError", showRequestError);
  document.body.addEventListener("htmx:sendError", showRequestError);
  document.body.addEventListener("htmx:beforeRequest", hideRequestError);
})();
