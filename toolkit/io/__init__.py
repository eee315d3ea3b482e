"""Loading: bytes to text (decode), HTML main text (html), http(s) fetching (url), one article
(load: load_article) and corpora streamed from folders, JSONL and CSV (corpus: load_corpus)."""
