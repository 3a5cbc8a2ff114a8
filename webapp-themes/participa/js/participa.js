/*
 * Participa ICETEX: the little behaviour pages declare with data attributes. There are no inline event
 * handlers anywhere: the Content-Security-Policy refuses them, so a script smuggled into a page cannot
 * run either. Everything works without JavaScript; this only adds comfort.
 */
(function () {
  'use strict';

  // <button data-confirm="¿...?">: asks before the button submits its form.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // A form with a [data-submit-once] button is sent once: a double click or a second press posts nothing
  // more (the server would answer the same anyway). The button is disabled after the submit has read its
  // name, which Faces needs to know which action was pressed.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var buttons = form.querySelectorAll('[data-submit-once]');
    if (buttons.length === 0) {
      return;
    }
    if (form.getAttribute('data-submitted') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-submitted', 'true');
    window.setTimeout(function () {
      buttons.forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  // [data-autofocus]: what a post's answer says first (an error summary, a "we received it" notice)
  // takes the focus, so a screen reader reads it and the page scrolls to it.
  document.addEventListener('DOMContentLoaded', function () {
    var first = document.querySelector('[data-autofocus]');
    if (first) {
      first.focus();
    }
  });

  // The "Menú" button of the header (.site-nav__toggle): on a phone the menu list is folded behind it.
  // Without this script the button stays hidden and the list open; from 40em the stylesheet hides the
  // button and always shows the list, whatever aria-expanded says.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.site-nav__toggle[aria-controls]').forEach(function (toggle) {
      var list = document.getElementById(toggle.getAttribute('aria-controls'));
      if (!list) {
        return;
      }
      var show = function (open) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        list.classList.toggle('site-nav__list--folded', !open);
      };
      show(false);
      toggle.hidden = false;
      toggle.addEventListener('click', function () {
        show(toggle.getAttribute('aria-expanded') !== 'true');
      });
      // Escape closes an open menu and gives the focus back to its button.
      list.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
            && window.getComputedStyle(toggle).display !== 'none') {
          show(false);
          toggle.focus();
        }
      });
    });
  });

  // Character counters (.counter under a textarea): PrimeFaces writes the numbers as bare digits
  // ("Quedan 4999 de 5000"); the rest of the site writes them the es-CO way, as the server's
  // NumberFormat does ("5.000"). Each time the counter changes its numbers are grouped again; the
  // grouped text matches nothing more, so this stops after one rewrite.
  var groupDigits = function (text) {
    return text.replace(/\d{4,}/g, function (digits) {
      return digits.replace(/\B(?=(\d{3})+$)/g, '.');
    });
  };
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.MutationObserver) {
      return;
    }
    document.querySelectorAll('.counter').forEach(function (counter) {
      var regroup = function () {
        var grouped = groupDigits(counter.textContent);
        if (grouped !== counter.textContent) {
          counter.textContent = grouped;
        }
      };
      regroup();
      new MutationObserver(regroup).observe(counter, { childList: true, characterData: true, subtree: true });
    });
  });

  // A table's "slide it sideways" hint (.table-hint just before its .table-wrap) only where the table
  // does not fit; without this script a phone always shows it.
  var hintTables = function () {
    document.querySelectorAll('.table-wrap').forEach(function (wrap) {
      var hint = wrap.previousElementSibling;
      if (hint && hint.classList.contains('table-hint')) {
        hint.hidden = wrap.scrollWidth <= wrap.clientWidth + 1;
      }
    });
  };
  document.addEventListener('DOMContentLoaded', hintTables);
  window.addEventListener('resize', hintTables);

  // A table frame marked [data-focus-if-scrolls] is a tab stop and a named region only while it has
  // something to slide to: a long plan has a table per part, and frames that fit would be empty stops
  // and a crowd of landmarks. Without this script every frame stays focusable.
  var focusScrollingTables = function () {
    document.querySelectorAll('.table-wrap[data-focus-if-scrolls]').forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
      } else {
        wrap.removeAttribute('tabindex');
        wrap.removeAttribute('role');
      }
    });
  };
  document.addEventListener('DOMContentLoaded', focusScrollingTables);
  window.addEventListener('resize', focusScrollingTables);

  // A long document's contents list (details[data-open-wide]) comes closed: one line above the text on
  // a phone. From 60em the stylesheet keeps it beside the text, so there it opens at once. Without this
  // script its summary opens it on any screen.
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.matchMedia || !window.matchMedia('(min-width: 60em)').matches) {
      return;
    }
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
      details.open = true;
    });
  });

  // Back to a page kept by the browser (back button): its forms can be sent again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll('form[data-submitted]').forEach(function (form) {
      form.removeAttribute('data-submitted');
      form.querySelectorAll('[data-submit-once]').forEach(function (b) { b.disabled = false; });
    });
  });
})();
