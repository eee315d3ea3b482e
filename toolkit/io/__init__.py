"""Loading: bytes to text (decode), HTML main text (html), http(s) fetching (url), datelines
(dateline), one article (article_loader: load_article) and corpora streamed from folders, JSONL
and CSV (corpus: load_corpus, Corpus); ``toolkit.io.load`` re-exports the public names."""
