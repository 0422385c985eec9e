/* Placard site search.
 * Searches window.PLACARD_SEARCH, the index that `placard build` writes to search/index.js
 * (format: docs/templates.md, "Search index"), as the reader types. No dependencies and no
 * requests: it works from the static files alone, file:// included. Every query word (stop words
 * aside) must find an entry: as the start of a word of its title or alias terms, or of its text or
 * body (the index's postings), or, in words of five letters or more, with one typo (a letter
 * missing, extra, changed, or two swapped). Title matches rank first, typos last. Results are built
 * with createElement and textContent only. Without this script the page's "Browse instead" lists
 * stay visible; with it they are hidden, and shown again when nothing matches. */
(function () {
  'use strict';
  var data = window.PLACARD_SEARCH;
  var doc = window.document;
  var input = doc.getElementById('q');
  var results = doc.getElementById('search-results');
  if (!data || !data.entries || !input || !results) return;

  var LIMIT = 20;
  var TYPO_LENGTH = 5;
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
      names: words(fields[1]).concat(words(fields[4]))
    };
  });
  var indexWords = data.words || [];
  var postings = data.postings || [];
  var stopWords = Object.create(null);
  (data.stop || []).forEach(function (word) { stopWords[word] = true; });

  // Whether a and b differ by one edit: a letter inserted, deleted, replaced, or two adjacent swapped.
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true; // replaced
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i)
        && a.slice(i + 2) === b.slice(i + 2); // swapped
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // How well a word of an entry matches a query word: 3 equal, 2 starts with it, 1 one typo away.
  function wordMatch(word, query) {
    if (word === query) return 3;
    if (word.lastIndexOf(query, 0) === 0) return 2;
    return query.length >= TYPO_LENGTH && oneEditApart(word, query) ? 1 : 0;
  }

  // The entries of postings[i], decoded from distances.
  function entriesOf(i) {
    var list = postings[i] || [], found = [], entry = 0;
    for (var j = 0; j < list.length; j++) {
      entry += list[j];
      found.push(entry);
    }
    return found;
  }

  // Entry number → score for one query word: 4 to 6 through a title or alias word, 1 to 3
  // through a word of the text or body only.
  function scores(query) {
    var best = {};
    for (var i = 0; i < indexWords.length; i++) {
      var match = wordMatch(indexWords[i], query);
      if (!match) continue;
      entriesOf(i).forEach(function (entry) { if (!(best[entry] >= match)) best[entry] = match; });
    }
    entries.forEach(function (entry) {
      for (var k = 0; k < entry.names.length; k++) {
        var match = wordMatch(entry.names[k], query);
        if (match && !(best[entry.order] >= match + 3)) best[entry.order] = match + 3;
      }
    });
    return best;
  }

  // The query's words, without stop words unless it has nothing else.
  function queryWords(query) {
    var all = words(query);
    var kept = all.filter(function (word) { return !stopWords[word]; });
    return kept.length ? kept : all;
  }

  function search(query) {
    var wanted = queryWords(query);
    if (!wanted.length) return null;
    var perWord = wanted.map(scores);
    var found = [];
    entries.forEach(function (entry) {
      var total = 0;
      for (var i = 0; i < perWord.length; i++) {
        var score = perWord[i][entry.order];
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
    if (browse) browse.hidden = true;
    if (!found) return;
    var shown = query.replace(/\s+/g, ' ').trim();
    var summary = found.length === 0 ? 'No results for “' + shown + '”.'
      : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + shown + '”'
        + (found.length > LIMIT ? ', the first ' + LIMIT + ' below.' : '.');
    results.appendChild(element('p', 'count', summary));
    if (browse) browse.hidden = found.length > 0;
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
  var needsScript = doc.getElementById('search-needs-script');
  if (needsScript) needsScript.hidden = true;
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
