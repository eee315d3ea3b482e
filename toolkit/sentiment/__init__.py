"""Tone: exact fast TextBlob and VADER scorers, the news tone model, the sentence tone table and
its summaries (tone), explanations (explain), evaluation against human ratings (evaluate, coding),
tone-shaded HTML (highlight) and the target-dependent tone model (target)."""
