/*
 * SiteGen search: answers ?q= on the search page from window.SITEGEN_SEARCH (search/index.js).
 * No library, no network, no inline handlers: works from file:// and under a strict Content-Security-Policy.
 * Text is cut into terms exactly as SearchText.cs / SearchIndex.cs do when they build the index:
 * Han characters in bigrams (a lone one as itself), ASCII letters and digits in words.
 * The pure functions are exported for node, which the tests use to run real queries on a built index.
 */
(function () {
  'use strict';

  const MAX_SHOWN = 200;
  const DEBOUNCE_MS = 200;

  /* Full-width ASCII → ASCII, ideographic space → space, A–Z → a–z. One UTF-16 unit in, one out, so
     positions in the normalised text are positions in the original (highlighting relies on it). */
  function normalise(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      else if (c === 0x3000) c = 0x20;
      if (c >= 0x41 && c <= 0x5a) c += 32;
      out += String.fromCharCode(c);
    }
    return out;
  }

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0x20000 && cp <= 0x323af) || cp === 0x3007;
  }

  function isWord(cp) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a);
  }

  /* Runs of Han characters ({han: true}) and of ASCII letters and digits ({han: false}); the rest separates. */
  function runs(text) {
    const result = [];
    let run = '';
    let runIsHan = false;
    for (const ch of normalise(text)) {
      const cp = ch.codePointAt(0);
      const kind = isHan(cp) ? true : isWord(cp) ? false : null;
      if (run && kind !== runIsHan) {
        result.push({ han: runIsHan, text: run });
        run = '';
      }
      if (kind !== null) {
        runIsHan = kind;
        run += ch;
      }
    }
    if (run) result.push({ han: runIsHan, text: run });
    return result;
  }

  function bigrams(hanRun) {
    const chars = Array.from(hanRun);
    const result = [];
    for (let i = 0; i + 1 < chars.length; i++) result.push(chars[i] + chars[i + 1]);
    return result;
  }

  /* What a query asks for: Han bigrams, lone Han characters and ASCII words (each word matches as a prefix). */
  function queryTerms(q) {
    const grams = new Set();
    const chars = new Set();
    const words = new Set();
    for (const run of runs(q)) {
      if (!run.han) words.add(run.text);
      else if (Array.from(run.text).length === 1) chars.add(run.text);
      else bigrams(run.text).forEach(function (g) { grams.add(g); });
    }
    return { grams: Array.from(grams), chars: Array.from(chars), words: Array.from(words) };
  }

  /* Prepares the data of search/index.js for queries; postings are decoded when first needed. */
  function load(data) {
    const terms = new Map(Object.entries(data.terms));
    const words = [];
    const hanKeys = [];
    terms.forEach(function (_, key) { (/^[0-9a-z]+$/.test(key) ? words : hanKeys).push(key); });
    words.sort();
    return { data: data, terms: terms, words: words, hanKeys: hanKeys, decoded: new Map(), titles: null };
  }

  function postings(index, key) {
    let list = index.decoded.get(key);
    if (list) return list;
    list = [];
    const text = index.terms.get(key);
    if (text !== undefined) {
      let n = 0;
      for (const gap of text.split(',')) {
        n += parseInt(gap, 36);
        list.push(n);
      }
    }
    index.decoded.set(key, list);
    return list;
  }

  function union(lists) {
    const all = new Set();
    lists.forEach(function (list) { list.forEach(function (n) { all.add(n); }); });
    return Array.from(all).sort(function (a, b) { return a - b; });
  }

  function intersect(a, b) {
    const result = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) { result.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return result;
  }

  /* Entries with a term that starts with the word: index words are sorted, so the matches are one range. */
  function wordPostings(index, word) {
    const words = index.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < word) lo = mid + 1; else hi = mid;
    }
    const lists = [];
    for (let i = lo; i < words.length && words[i].startsWith(word); i++) lists.push(postings(index, words[i]));
    return union(lists);
  }

  /* A lone Han character in a longer query: entries where it stands alone or in any bigram. */
  function charPostings(index, ch) {
    const lists = [postings(index, ch)];
    index.hanKeys.forEach(function (key) { if (key !== ch && key.includes(ch)) lists.push(postings(index, key)); });
    return union(lists);
  }

  /* Entry n as an object; in the file it is [kind, year, title, context number, page number, anchor, snippet]. */
  function entry(index, n) {
    const data = index.data;
    const e = data.entries[n];
    return {
      n: n, kind: data.kinds[e[0]], kindOrder: e[0], year: e[1], title: e[2], context: data.contexts[e[3]],
      url: data.pages[e[4]] + (e[5] ? '#' + e[5] : ''), snippet: e[6],
    };
  }

  function normalisedTitles(index) {
    if (!index.titles) index.titles = index.data.entries.map(function (e) { return normalise(e[2]); });
    return index.titles;
  }

  function containsAll(text, terms) {
    return terms.grams.every(function (t) { return text.includes(t); }) &&
      terms.chars.every(function (t) { return text.includes(t); }) &&
      terms.words.every(function (t) { return text.includes(t); });
  }

  /*
   * The entries that contain every term of the query, best first: those whose title holds every term,
   * then departments before projects before indicators, then the latest year first, then site order.
   * A query of lone characters only (one Chinese character) matches titles that contain them.
   */
  function query(index, q) {
    const terms = queryTerms(q);
    const titles = normalisedTitles(index);
    let found;
    if (terms.grams.length === 0 && terms.words.length === 0) {
      found = [];
      if (terms.chars.length > 0) titles.forEach(function (t, n) { if (containsAll(t, terms)) found.push(n); });
    } else {
      const lists = terms.grams.map(function (g) { return postings(index, g); })
        .concat(terms.words.map(function (w) { return wordPostings(index, w); }))
        .concat(terms.chars.map(function (c) { return charPostings(index, c); }));
      lists.sort(function (a, b) { return a.length - b.length; });
      found = lists.reduce(intersect);
    }
    const results = found.map(function (n) {
      const result = entry(index, n);
      result.titleHit = containsAll(titles[n], terms);
      return result;
    });
    results.sort(function (a, b) {
      return (b.titleHit - a.titleHit) || (a.kindOrder - b.kindOrder) || (b.year - a.year) || (a.n - b.n);
    });
    return { terms: terms, results: results };
  }

  /* [start, end) ranges of text where any query term occurs, merged; positions in the original text. */
  function highlightRanges(text, terms) {
    const hay = normalise(text);
    const ranges = [];
    terms.grams.concat(terms.chars, terms.words).forEach(function (t) {
      for (let at = hay.indexOf(t); at >= 0; at = hay.indexOf(t, at + 1)) ranges.push([at, at + t.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    const merged = [];
    ranges.forEach(function (r) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  /* ---------- The page (never innerHTML: every text goes in as a text node) ---------- */

  function marked(tag, className, text, terms) {
    const element = document.createElement(tag);
    element.className = className;
    let at = 0;
    highlightRanges(text, terms).forEach(function (r) {
      if (r[0] > at) element.appendChild(document.createTextNode(text.slice(at, r[0])));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      element.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) element.appendChild(document.createTextNode(text.slice(at)));
    return element;
  }

  function resultItem(result, terms, root) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = root + result.url;
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = result.kind;
    link.appendChild(kind);
    link.appendChild(document.createTextNode(' '));
    link.appendChild(marked('span', 'search-title', result.title, terms));
    item.appendChild(link);
    item.appendChild(marked('p', 'search-context', result.context, terms));
    if (result.snippet) item.appendChild(marked('p', 'search-snippet', result.snippet, terms));
    return item;
  }

  function start() {
    const form = document.querySelector('.search-form');
    const input = document.getElementById('search-q');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    if (!form || !input || !status || !list) return;
    if (!window.SITEGEN_SEARCH) {
      status.textContent = '搜索索引未能加载，请按年度浏览。';
      return;
    }
    const index = load(window.SITEGEN_SEARCH);
    const root = list.getAttribute('data-root') || '';

    function show(q) {
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!q.trim()) {
        status.textContent = '';
        return;
      }
      const found = query(index, q);
      const count = found.results.length;
      status.textContent = '找到 ' + count + ' 条结果' + (count > MAX_SHOWN ? '，显示前 ' + MAX_SHOWN + ' 条' : '');
      found.results.slice(0, MAX_SHOWN).forEach(function (r) { list.appendChild(resultItem(r, found.terms, root)); });
    }

    function update(q) {
      show(q);
      try {
        const url = new URL(window.location.href);
        if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
        window.history.replaceState(null, '', url.href);
      } catch (e) {
        // Some browsers refuse to change a file:// address; the results are shown all the same.
      }
    }

    let timer = 0;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { update(input.value); }, DEBOUNCE_MS);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      update(input.value);
    });

    const q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    show(q);
  }

  const api = {
    normalise: normalise, runs: runs, bigrams: bigrams, queryTerms: queryTerms, load: load, entry: entry, query: query,
    highlightRanges: highlightRanges,
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})();
