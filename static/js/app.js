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

  // A button with data-print (the intervention matrix) opens the browser's print dialog; the
  // print stylesheet in app.css leaves out navigation, filters and .app-no-print. Delegated, so
  // a button that htmx swaps in works too.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-print]") : null;
    if (button) {
      event.preventDefault();
      window.print();
    }
  });
})();
