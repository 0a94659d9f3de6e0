/*
 * SiteGen search: answers ?q= on the search page from the sharded index: window.SITEGEN_SEARCH (search/index.js,
 * the head), then only the term shards (search/t/N.js) of the query and the entry blocks (search/e/N.js) it shows.
 * No library, no network, no inline handlers: works from file:// and under a strict Content-Security-Policy.
 * Text is cut into terms exactly as SearchText.cs / SearchIndex.cs do when they build the index:
 * Han characters one by one and in bigrams, ASCII letters and digits in words.
 * The pure functions are exported for node, which the tests use to run real queries on a built index.
 */
(function () {
  'use strict';

  const MAX_SHOWN = 200;
  const FIRST_SHOWN = 20;
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

  /* The shard of a term, as SearchLayout.cs computes it: FNV-1a over the UTF-16 units of its key (a Han term
     itself; an ASCII word's first two characters, so all words with one prefix share a shard). */
  function shardOf(head, term) {
    const key = term.length > 2 && term.charCodeAt(0) < 128 ? term.slice(0, 2) : term;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash >>> 0) & (head.shards - 1);
  }

  /* The index behind search/index.js (the head: sizes, kinds, where each year's kinds start). loadPart(name) gives
     a promise of the data of search/<name>.js; each part is asked for once. */
  function open(head, loadPart) {
    return { head: head, loadPart: loadPart, parts: new Map() };
  }

  function part(index, name, prepare) {
    let promise = index.parts.get(name);
    if (!promise) {
      promise = index.loadPart(name).then(prepare);
      index.parts.set(name, promise);
    }
    return promise;
  }

  /* A shard: its terms, its ASCII words sorted (for prefixes), postings decoded when first needed. */
  function shard(index, n) {
    return part(index, 't/' + n, function (data) {
      const terms = new Map(Object.entries(data.terms));
      const words = [];
      terms.forEach(function (_, key) { if (/^[0-9a-z]+$/.test(key)) words.push(key); });
      words.sort();
      return { terms: terms, words: words, decoded: new Map() };
    });
  }

  function block(index, b) {
    return part(index, 'e/' + b, function (data) { return data; });
  }

  /* Postings as numbers n × 2 + 1 when the term is in entry n's title, n × 2 when only elsewhere; ascending. In the
     file: the gaps in base 36, each times two plus the title bit, joined by commas. */
  function postings(s, key) {
    let list = s.decoded.get(key);
    if (list) return list;
    list = [];
    const text = s.terms.get(key);
    if (text !== undefined) {
      let n = 0;
      for (const item of text.split(',')) {
        const value = parseInt(item, 36);
        n += value >> 1;
        list.push(n * 2 + (value & 1));
      }
    }
    s.decoded.set(key, list);
    return list;
  }

  /* Entries with any of the lists; in the title when it is in the title in any of them. */
  function union(lists) {
    const all = new Map();
    lists.forEach(function (list) { list.forEach(function (v) { all.set(v >> 1, (all.get(v >> 1) || 0) | (v & 1)); }); });
    return Array.from(all.keys()).sort(function (a, b) { return a - b; }).map(function (n) { return n * 2 + all.get(n); });
  }

  /* Entries in both lists; in the title when it is in the title in both. */
  function intersect(a, b) {
    const result = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      const x = a[i] >> 1;
      const y = b[j] >> 1;
      if (x === y) { result.push(x * 2 + (a[i] & b[j] & 1)); i++; j++; } else if (x < y) i++; else j++;
    }
    return result;
  }

  /* Entries with a term that starts with the word: a shard's words are sorted, so its matches are one range. */
  function wordPostings(s, word) {
    const words = s.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < word) lo = mid + 1; else hi = mid;
    }
    const lists = [];
    for (let i = lo; i < words.length && words[i].startsWith(word); i++) lists.push(postings(s, words[i]));
    return lists;
  }

  /* The shards a word's matches can be in: its own, and for a one-letter word those of every two-letter key. */
  function wordShards(head, word) {
    if (word.length > 1) return [shardOf(head, word)];
    const shards = new Set([shardOf(head, word)]);
    '0123456789abcdefghijklmnopqrstuvwxyz'.split('').forEach(function (c) { shards.add(shardOf(head, word + c + c)); });
    return Array.from(shards);
  }

  /* The group (year and kind) entry n belongs to: groups are in entry order, each from its first entry on. */
  function group(head, n) {
    const groups = head.groups;
    let lo = 0;
    let hi = groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (groups[mid][2] <= n) lo = mid; else hi = mid - 1;
    }
    return groups[lo];
  }

  /* Entry n as an object; in its block it is [title, context number, page number, anchor, snippet]. */
  function entry(index, data, n) {
    const head = index.head;
    const e = data.entries[n % head.block];
    const g = group(head, n);
    return {
      n: n, kind: head.kinds[g[1]], kindOrder: g[1], year: g[0], title: e[0], context: data.contexts[e[1]],
      url: data.pages[e[2]] + (e[3] ? '#' + e[3] : ''), snippet: e[4],
    };
  }

  /* The entries of these hits ({n, titleHit}), loading the blocks they are in. */
  function entries(index, hits) {
    const blocks = Array.from(new Set(hits.map(function (h) { return Math.floor(h.n / index.head.block); })));
    return Promise.all(blocks.map(function (b) { return block(index, b); })).then(function () {
      return Promise.all(hits.map(function (h) {
        return block(index, Math.floor(h.n / index.head.block)).then(function (data) {
          const result = entry(index, data, h.n);
          result.titleHit = h.titleHit;
          return result;
        });
      }));
    });
  }

  /*
   * The entries that contain every term of the query, best first: those whose title holds every term, then
   * departments before projects before indicators, then the latest year first, then site order. A query of lone
   * characters only (one Chinese character) matches titles that contain them. Gives {terms, hits: [{n, titleHit}]};
   * entries() gives what to show of them.
   */
  function query(index, q) {
    const head = index.head;
    const terms = queryTerms(q);
    const han = terms.grams.concat(terms.chars);
    const wanted = new Set(han.map(function (t) { return shardOf(head, t); }));
    terms.words.forEach(function (w) { wordShards(head, w).forEach(function (s) { wanted.add(s); }); });
    const numbers = Array.from(wanted);
    return Promise.all(numbers.map(function (n) { return shard(index, n); })).then(function (loaded) {
      const shards = new Map(numbers.map(function (n, i) { return [n, loaded[i]]; }));
      const lists = han.map(function (t) { return postings(shards.get(shardOf(head, t)), t); })
        .concat(terms.words.map(function (w) {
          return union([].concat.apply([], wordShards(head, w).map(function (s) { return wordPostings(shards.get(s), w); })));
        }));
      let found = lists.length === 0 ? [] : lists.sort(function (a, b) { return a.length - b.length; }).reduce(intersect);
      if (terms.grams.length === 0 && terms.words.length === 0) found = found.filter(function (v) { return v & 1; });
      const hits = found.map(function (v) {
        const g = group(head, v >> 1);
        return { n: v >> 1, titleHit: (v & 1) === 1, kindOrder: g[1], year: g[0] };
      });
      hits.sort(function (a, b) {
        return (b.titleHit - a.titleHit) || (a.kindOrder - b.kindOrder) || (b.year - a.year) || (a.n - b.n);
      });
      return { terms: terms, hits: hits };
    });
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

  /* Loads search/<name>.js as a script, which calls window.SITEGEN_SEARCH_PART(name, data): no fetch(), so the
     parts also load from file:// and under script-src 'self'. */
  function scriptLoader(root) {
    const pending = new Map();
    window.SITEGEN_SEARCH_PART = function (name, data) {
      const resolve = pending.get(name);
      if (resolve) {
        pending.delete(name);
        resolve(data);
      }
    };
    return function (name) {
      return new Promise(function (resolve, reject) {
        pending.set(name, resolve);
        const script = document.createElement('script');
        script.src = root + 'search/' + name + '.js';
        script.addEventListener('error', function () {
          pending.delete(name);
          reject(new Error('search/' + name + '.js'));
        });
        document.head.appendChild(script);
      });
    };
  }

  function start() {
    const form = document.querySelector('.search-form');
    const input = document.getElementById('search-q');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    if (!form || !input || !status || !list) return;
    const failed = '搜索索引未能加载，请按年度浏览。';
    if (!window.SITEGEN_SEARCH) {
      status.textContent = failed;
      return;
    }
    const root = list.getAttribute('data-root') || '';
    const index = open(window.SITEGEN_SEARCH, scriptLoader(root));
    let latest = 0;

    /* The first results are shown as soon as their blocks are in, the rest (up to MAX_SHOWN) after them. A newer
       query makes an older one's answers moot. */
    function show(q) {
      const asked = ++latest;
      const current = function () { return asked === latest; };
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!q.trim()) {
        status.textContent = '';
        return;
      }
      query(index, q).then(function (found) {
        if (!current()) return null;
        const count = found.hits.length;
        const shown = found.hits.slice(0, MAX_SHOWN);
        const first = shown.slice(0, FIRST_SHOWN);
        return entries(index, first).then(function (results) {
          if (!current()) return null;
          status.textContent = '找到 ' + count + ' 条结果' + (count > MAX_SHOWN ? '，显示前 ' + MAX_SHOWN + ' 条' : '');
          results.forEach(function (r) { list.appendChild(resultItem(r, found.terms, root)); });
          return entries(index, shown.slice(FIRST_SHOWN));
        }).then(function (rest) {
          if (!rest || !current()) return;
          rest.forEach(function (r) { list.appendChild(resultItem(r, found.terms, root)); });
        });
      }).catch(function () {
        if (current()) status.textContent = failed;
      });
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
    normalise: normalise, runs: runs, bigrams: bigrams, queryTerms: queryTerms, shardOf: shardOf, open: open,
    query: query, entries: entries, highlightRanges: highlightRanges,
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})();
