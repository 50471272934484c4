/*
 * Keeps /admin/sok's index status fresh while a rebuild runs: every two seconds it reads the page again
 * and puts in the parts of the status region that changed, so the live region announces only those.
 * Without script the page has an "Uppdatera" link instead; no meta refresh, which would also reload
 * the form and move focus.
 */
(function () {
    'use strict';

    var EVERY_MS = 2000;
    var REGION = 'indexstatus';

    function rebuilding(region) {
        return region && region.getAttribute('data-rebuilding') === 'true';
    }

    function update(region, fresh) {
        var old = Array.prototype.slice.call(region.children);
        var now = Array.prototype.slice.call(fresh.children);
        if (old.length !== now.length) {
            region.innerHTML = fresh.innerHTML;
        } else {
            now.forEach(function (child, i) {
                if (!child.isEqualNode(old[i])) {
                    old[i].replaceWith(document.importNode(child, true));
                }
            });
        }
        region.setAttribute('data-rebuilding', fresh.getAttribute('data-rebuilding'));
    }

    function poll() {
        fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('status ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var region = document.getElementById(REGION);
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(REGION);
                if (region && fresh) {
                    update(region, fresh);
                }
                if (rebuilding(region)) {
                    window.setTimeout(poll, EVERY_MS);
                }
            })
            .catch(function () {
                // logged out or the server away: the "Uppdatera" link still works
            });
    }

    if (window.fetch && window.DOMParser && rebuilding(document.getElementById(REGION))) {
        window.setTimeout(poll, EVERY_MS);
    }
}());
