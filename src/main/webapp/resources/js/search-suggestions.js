/*
 * Suggestions while typing in a search box: titles from /api/sok/forslag in the box's datalist.
 * Progressive enhancement only: without this file the box is a plain search form. A file, not inline
 * script, because the Content-Security-Policy allows only the portal's own script files.
 *
 * Every <input data-suggestions="{address of /api/sok/forslag}" list="{datalist id}"> takes part.
 */
(function () {
    'use strict';

    var DELAY_MS = 150;
    var MIN_LETTERS = 2;

    function attach(input) {
        var list = document.getElementById(input.getAttribute('list'));
        var address = input.getAttribute('data-suggestions');
        if (!list || !address || !window.fetch) {
            return;
        }
        var timer = null;
        var running = null;

        function fill(titles) {
            var options = document.createDocumentFragment();
            titles.forEach(function (title) {
                var option = document.createElement('option');
                option.value = title;
                options.appendChild(option);
            });
            list.replaceChildren(options);
        }

        function chosen(text) {
            // picking an option fires "input" too: it is already the title, so there is nothing to ask
            return Array.prototype.some.call(list.options, function (option) {
                return option.value === text;
            });
        }

        function ask(text) {
            if (running) {
                running.abort(); // only the answer for the latest text may fill the list
            }
            var controller = window.AbortController ? new AbortController() : null;
            running = controller;
            fetch(address + '?q=' + encodeURIComponent(text), {
                headers: {'Accept': 'application/json'},
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : [];
            }).then(function (suggestions) {
                if (input.value.trim() === text) {
                    fill(suggestions.map(function (suggestion) { return suggestion.title; }));
                }
            }).catch(function () {
                // aborted or offline: the box still searches without suggestions
            });
        }

        input.addEventListener('input', function () {
            var text = input.value.trim();
            window.clearTimeout(timer);
            if (text.length < MIN_LETTERS) {
                fill([]);
                return;
            }
            if (chosen(input.value)) {
                return;
            }
            timer = window.setTimeout(function () { ask(text); }, DELAY_MS);
        });
    }

    function start() {
        document.querySelectorAll('input[data-suggestions][list]').forEach(attach);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
