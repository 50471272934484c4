/*
 * Forms that say what is wrong, with focus where the person needs it. Progressive enhancement only: without
 * this file the error summary is still the first thing in its form (an alert), its links still lead to the
 * fields, and a confirmation step is still the page's first form.
 *
 * - An error summary (.error-summary, written by kn:errorSummary) takes focus when the page shows one, so a
 *   screen reader reads it at once and the next Tab reaches its first link.
 * - A link in it moves focus to its field (the first field in a group of radio buttons or check boxes) and
 *   scrolls the field's label into view with it.
 * - Otherwise a confirmation step (.confirm-box[tabindex]) takes focus, so "are you sure" is heard first.
 */
(function () {
    'use strict';

    var FIELDS = 'input:not([type=hidden]), select, textarea, button';

    function fieldFor(target) {
        return target.matches(FIELDS) ? target : target.querySelector(FIELDS);
    }

    function labelOf(field) {
        if (field.labels && field.labels.length > 0) {
            return field.labels[0];
        }
        var group = field.closest('fieldset');
        return group ? group : field;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('.error-summary a[href^="#"]');
        if (!link) {
            return;
        }
        var target = document.getElementById(decodeURIComponent(link.hash.substring(1)));
        var field = target ? fieldFor(target) : null;
        if (!field) {
            return;
        }
        event.preventDefault();
        labelOf(field).scrollIntoView();
        field.focus({ preventScroll: true });
    });

    var first = document.querySelector('.error-summary') || document.querySelector('.confirm-box[tabindex]');
    if (first) {
        first.focus();
    }
})();
