"""Time: the TIMEX3 grammar (lexicon, rules, prefilter, resolve, timex) and the per-article
timeline and events tables resolved against the publication date (timeline)."""
