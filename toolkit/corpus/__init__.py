"""Corpus scale: analyze_corpus and its engines (serial, processes, Dask), the per-chunk work,
the Parquet output folder with its manifest and lock (store), and corpus views (views)."""
