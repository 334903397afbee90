// casework pages: progressive enhancement only; every page works without this script.
(function () {
    "use strict";
    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute("content") : null;
    }
    // htmx requests carry the page's CSRF token like the forms do
    document.addEventListener("htmx:configRequest", function (event) {
        var header = meta("csrf-header"), token = meta("csrf-token");
        if (header && token) {
            event.detail.headers[header] = token;
        }
    });
    // a colour chip's explanation: one open at a time, closed by Escape or a tap elsewhere
    document.addEventListener("click", function (event) {
        document.querySelectorAll("details.chip[open]").forEach(function (chip) {
            if (!chip.contains(event.target)) {
                chip.removeAttribute("open");
            }
        });
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            document.querySelectorAll("details.chip[open]").forEach(function (chip) {
                chip.removeAttribute("open");
            });
        }
    });
    // the "one moment" page asks again by itself
    document.addEventListener("DOMContentLoaded", function () {
        if (document.querySelector("[data-reload]")) {
            setTimeout(function () { window.location.reload(); }, 1000);
        }
    });
})();
