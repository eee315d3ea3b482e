"""Charts: every function is ``plot_*(df, ax=None, **options) -> matplotlib.axes.Axes``.

They take the tidy tables the analysis functions return, draw with :mod:`toolkit.style`, and
never compute analysis themselves.
"""
