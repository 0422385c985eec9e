/* Placard site search.
 * Searches window.PLACARD_SEARCH, the index that `placard build` writes to search/index.js
 * (format: docs/templates.md, "Search index"), as the reader types. No dependencies and no
 * requests: it works from the static files alone, file:// included. Every query word must be the
 * start of a word of an entry's title, alias terms or text; title matches rank first. Results are
 * built with createElement and textContent only. Without this script the page's "Browse instead"
 * lists stay visible; with it they are hidden. */
(function () {
  'use strict';
  var data = window.PLACARD_SEARCH;
  var doc = window.document;
  var input = doc.getElementById('q');
  var results = doc.getElementById('search-results');
  if (!data || !data.entries || !input || !results) return;

  var LIMIT = 20;
  var root = results.getAttribute('data-root') || '../';
  var separators;
  try {
    separators = new RegExp('[^\\p{L}\\p{M}\\p{N}]+', 'u');
  } catch (e) { // no Unicode property escapes: split at ASCII and common Unicode punctuation
    separators = /[\s!-\/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/;
  }

  // Lowercase, no diacritics, split at anything but letters and digits.
  function words(text) {
    var folded = String(text || '');
    if (folded.normalize) folded = folded.normalize('NFD');
    return folded.replace(/[\u0300-\u036f]/g, '').toLowerCase().split(separators)
      .filter(function (word) { return word.length > 0; });
  }

  var entries = data.entries.map(function (fields, order) {
    return {
      kind: (data.kinds && data.kinds[fields[0]]) || '',
      title: fields[1],
      url: fields[2],
      text: fields[3] || '',
      order: order,
      names: words(fields[1]).concat(words(fields[4])),
      other: words(fields[3])
    };
  });

  // 2 for a word that starts a title or alias word (3 when equal to one), 1 for text, 0 for none.
  function wordScore(entry, query) {
    var best = 0;
    for (var i = 0; i < entry.names.length && best < 3; i++) {
      var name = entry.names[i];
      if (name === query) best = 3;
      else if (name.lastIndexOf(query, 0) === 0) best = 2;
    }
    if (best) return best;
    for (var j = 0; j < entry.other.length; j++) {
      if (entry.other[j].lastIndexOf(query, 0) === 0) return 1;
    }
    return 0;
  }

  function search(query) {
    var queryWords = words(query);
    if (!queryWords.length) return null;
    var found = [];
    entries.forEach(function (entry) {
      var total = 0;
      for (var i = 0; i < queryWords.length; i++) {
        var score = wordScore(entry, queryWords[i]);
        if (!score) return;
        total += score;
      }
      found.push({ entry: entry, score: total });
    });
    found.sort(function (a, b) { return b.score - a.score || a.entry.order - b.entry.order; });
    return found;
  }

  function element(name, className, text) {
    var node = doc.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(query) {
    var found = search(query);
    results.textContent = '';
    if (!found) return;
    var shown = query.replace(/\s+/g, ' ').trim();
    var summary = found.length === 0 ? 'No results for “' + shown + '”.'
      : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + shown + '”'
        + (found.length > LIMIT ? ', the first ' + LIMIT + ' below.' : '.');
    results.appendChild(element('p', 'count', summary));
    if (!found.length) return;
    var list = element('ol', 'search-list');
    found.slice(0, LIMIT).forEach(function (match) {
      var entry = match.entry;
      var item = element('li');
      var link = element('a', '', entry.title);
      // Index URLs are site paths; anything with a scheme is not ours.
      link.setAttribute('href', /^[a-z][a-z0-9+.-]*:|^\/\//i.test(entry.url) ? '#' : root + entry.url);
      item.appendChild(link);
      item.appendChild(doc.createTextNode(' '));
      item.appendChild(element('span', 'tag', entry.kind));
      if (entry.text) item.appendChild(element('p', 'meta', entry.text));
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function initialQuery() {
    var address = (window.location && window.location.search) || '';
    var parts = address.replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].lastIndexOf('q=', 0) === 0) {
        try {
          return decodeURIComponent(parts[i].slice(2).replace(/\+/g, ' '));
        } catch (e) {
          return '';
        }
      }
    }
    return '';
  }

  var browse = doc.getElementById('search-browse');
  if (browse) browse.hidden = true;
  var help = doc.getElementById('search-help');
  if (help) help.hidden = false;

  input.addEventListener('input', function () { show(input.value); });
  var form = doc.getElementById('search-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
      try { // keep the query in the address, for the back button and for sharing
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      } catch (e) { /* file:// in some browsers */ }
    });
  }
  var first = initialQuery() || input.value;
  if (first) {
    input.value = first;
    show(first);
  }
}());
