/*
 * A profile form's county choice fills its "Kommun eller region" and employer lists at once, without posting the
 * form (which would send the person to the top of the page and cannot write a password back). Progressive
 * enhancement only: without this file the "Visa kommuner och organisationer i länet" button posts the whole
 * form, the page keeps everything typed, and the lists come back filled.
 *
 * Every <select data-workplace-choices="{address}" data-workplace="{id}" data-organisation="{id}"
 * data-button="{id}"> takes part; the options come from the address (the same code as the server's lists).
 */
(function () {
    'use strict';

    function option(item) {
        var element = document.createElement('option');
        element.value = item.value;
        element.textContent = item.label;
        return element;
    }

    /** Replaces every option after the first ("Välj …") and keeps the choice when it is still offered. */
    function fill(select, items) {
        var chosen = select.value;
        while (select.options.length > 1) {
            select.remove(1);
        }
        select.querySelectorAll('optgroup').forEach(function (group) { group.remove(); });
        items.forEach(function (item) {
            if (item.options) {
                var group = document.createElement('optgroup');
                group.label = item.label;
                item.options.forEach(function (inner) { group.appendChild(option(inner)); });
                select.appendChild(group);
            } else {
                select.appendChild(option(item));
            }
        });
        select.value = chosen;
        if (select.value !== chosen) {
            select.selectedIndex = 0;
        }
    }

    function attach(county) {
        var workplace = document.getElementById(county.getAttribute('data-workplace'));
        var organisation = document.getElementById(county.getAttribute('data-organisation'));
        var button = document.getElementById(county.getAttribute('data-button'));
        if (!workplace || !organisation || !window.fetch) {
            return;
        }
        if (button) {
            button.hidden = true;
        }
        county.addEventListener('change', function () {
            var address = county.getAttribute('data-workplace-choices') + '?lan=' + encodeURIComponent(county.value);
            fetch(address, { headers: { Accept: 'application/json' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.json();
                })
                .then(function (choices) {
                    fill(workplace, choices.workplaces);
                    fill(organisation, choices.organisations);
                })
                .catch(function () {
                    if (button) {
                        button.hidden = false; // the plain way still works
                    }
                });
        });
    }

    document.querySelectorAll('select[data-workplace-choices]').forEach(attach);
})();
