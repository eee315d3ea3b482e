"""Actors: tokens and candidate detection, typing rules and the learned typer, name resolution,
codebooks and gazetteers (actors, …); quotes with speakers (quotes); tables across actors:
frequencies, co-occurrence, kwic (crosstabs); tone toward each actor and stances (stances)."""
