(function () {
  'use strict';
  // Progressive enhancement: without this script every classification is on the page, one after
  // the other. With it: tabs (categories, then stages), and tables sorted by a column's heading.
  var doc = document;
  var collator = new Intl.Collator(doc.documentElement.lang || 'en', {numeric: true, sensitivity: 'base'});
  var controllers = [];
  doc.documentElement.className = 'js';

  function tabsOf(list) {
    return Array.prototype.filter.call(list.children, function (el) {
      return el.getAttribute('role') === 'tab';
    });
  }

  function setUpTabs(list) {
    var tabs = tabsOf(list);
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', on ? 'true' : 'false');
        t.tabIndex = on ? 0 : -1;
        var panel = doc.getElementById(t.getAttribute('aria-controls'));
        if (panel) {
          panel.hidden = !on;
        }
      });
      if (focus) {
        tab.focus();
      }
    }
    list.addEventListener('click', function (event) {
      var tab = event.target.closest('[role="tab"]');
      if (tab && tabs.indexOf(tab) >= 0) {
        select(tab, false);
        remember();
      }
    });
    list.addEventListener('keydown', function (event) {
      var i = tabs.indexOf(doc.activeElement);
      var next = {ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1}[event.key];
      if (i < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length], true);
      remember();
    });
    var initial = tabs.filter(function (t) {
      return t.getAttribute('aria-selected') === 'true';
    })[0] || tabs[0];
    if (initial) {
      select(initial, false);
    }
    controllers.push({tabs: tabs, select: select});
  }

  // The address names the view shown (#view=cars-stage-10), so that a link opens it: a name no
  // element has, so that the browser opens the page at its top, where its status and caveats are.
  function shownView() {
    var shown = null;
    controllers.forEach(function (c) {
      c.tabs.forEach(function (t) {
        var panel = doc.getElementById(t.getAttribute('aria-controls'));
        if (t.getAttribute('aria-selected') === 'true' && panel && panel.offsetParent !== null) {
          shown = panel.id;
        }
      });
    });
    return shown;
  }

  function remember() {
    var id = shownView();
    if (id && window.history && history.replaceState) {
      try {
        history.replaceState(null, '', '#view=' + id);
      } catch (e) {
        // Some browsers refuse it for a page opened from a file: the page works without it.
      }
    }
  }

  function open(id) {
    var target = id ? doc.getElementById(id) : null;
    for (var el = target; el; el = el.parentElement) {
      if (el.getAttribute && el.getAttribute('role') === 'tabpanel') {
        controllers.forEach(function (c) {
          c.tabs.forEach(function (t) {
            if (t.getAttribute('aria-controls') === el.id) {
              c.select(t, false);
            }
          });
        });
      }
    }
  }

  function sortKey(cell, numeric) {
    var value = cell.getAttribute('data-sort');
    if (numeric) {
      return value === null ? null : parseFloat(value);
    }
    var text = (value === null ? cell.textContent : value).trim();
    return text === '' ? null : text;
  }

  // Rows without a value (a retired crew's time) stay last whichever way; ties keep the page's order.
  function sortRows(body, column, numeric, sign) {
    var rows = Array.prototype.map.call(body.rows, function (row) {
      return {row: row, key: sortKey(row.cells[column], numeric), order: +row.getAttribute('data-order')};
    });
    rows.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.order - b.order : (a.key === null ? 1 : -1);
      }
      var c = numeric ? a.key - b.key : collator.compare(a.key, b.key);
      return c !== 0 ? sign * c : a.order - b.order;
    });
    var fragment = doc.createDocumentFragment();
    rows.forEach(function (r) {
      fragment.appendChild(r.row);
    });
    body.appendChild(fragment);
  }

  function setUpSorting(table) {
    var body = table.tBodies[0];
    if (!table.tHead || !body) {
      return;
    }
    Array.prototype.forEach.call(body.rows, function (row, i) {
      row.setAttribute('data-order', i);
    });
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      // The whole heading is the button's target, its padding too.
      th.addEventListener('click', function (event) {
        if (event.target === th) {
          button.click();
        }
      });
      button.addEventListener('click', function () {
        var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        headers.forEach(function (other) {
          other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', direction);
        sortRows(body, column, th.getAttribute('data-type') === 'number', direction === 'ascending' ? 1 : -1);
      });
    });
  }

  Array.prototype.forEach.call(doc.querySelectorAll('[role="tablist"]'), setUpTabs);
  Array.prototype.forEach.call(doc.querySelectorAll('table.results'), setUpSorting);
  if (location.hash.length > 1) {
    try {
      // #view=cars-stage-10, or a plain #cars-stage-10, which the browser also scrolls to.
      open(decodeURIComponent(location.hash.slice(1)).replace(/^view=/, ''));
    } catch (e) {
      // A malformed address opens the page as written.
    }
  }
})();
