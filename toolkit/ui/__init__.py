"""Interactive explorers for Jupyter and Voila: tone, actors, timeline, hand coding.

One module per explorer (:mod:`toolkit.ui.tone`, :mod:`~toolkit.ui.actors`,
:mod:`~toolkit.ui.timeline`, :mod:`~toolkit.ui.coding`, :mod:`~toolkit.ui.loader`,
:mod:`~toolkit.ui.overview`) over a shared base (:mod:`toolkit.ui.base`: helpers, the SVG
chart with overlays, caches, the page's current article). Use them through the facade:
``import toolkit as pl; pl.ToneExplorer()``.

Every explorer is a plain Python object with a ``.widget`` (an ``ipywidgets.VBox``; the object
itself displays as that widget) and one plain method per interaction, so its logic is testable
without a browser:

- :class:`ToneExplorer` — ``set_scorer(name)``, ``set_window(n)``,
  ``set_include_captions(flag)``, ``select_sentence(sent_id)``.
- :class:`ActorExplorer` — ``select_actor(name)``, ``set_aliases(name, aliases)``.
- :class:`TimelineExplorer` — ``set_date_range(a, b)``, ``set_relation(rel)``,
  ``select_event(i)``.
- :class:`CodingWidget` — ``code(label)``, ``skip()``, ``back()`` (saves to CSV at once,
  resumes where the coder stopped).
- :class:`ArticleLoader` — ``load_seed()``, ``load_text(text)``, ``load_file(content, name)``,
  ``load_url(url)``, ``set_published(date)``; :func:`overview` — the one-screen overview.

The loader sets the page's current article (:data:`toolkit.ui.base.current`); an explorer made
without an article (``pl.ToneExplorer()``) shows the current one and follows every new load.

The article's tables are computed once when an explorer is built; an interaction only redraws
what changed (text panels are cached HTML strings, charts are cached SVGs; marking a sentence or
an actor's mentions is an SVG overlay on the cached chart, not a redraw), and while the kernel
is idle the explorers pre-render the charts one or two steps away from the current settings. Charts are drawn
with :mod:`toolkit.style` on a matplotlib ``Figure`` that is never registered with pyplot, so
no figure leaks. All article text is ``html.escape``-d before it reaches an HTML panel.

Stable CSS classes (for browser tests and custom styling):

============================  ===========================================================
``presslens-tone-explorer``   the ToneExplorer box; likewise ``presslens-actor-explorer``,
                              ``presslens-timeline-explorer``, ``presslens-coding-widget``,
                              ``presslens-article-loader``, ``presslens-overview``
``presslens-chart``           the ``Output`` holding an explorer's chart (an SVG image);
                              ``presslens-chart-legend``: the HTML legend above it
``presslens-text``            the HTML panel with the highlighted article text
``presslens-explanation``     ToneExplorer: the selected sentence's explanation
``presslens-scorer``          ToneExplorer controls: scorer dropdown; also
                              ``presslens-window`` (smoothing slider),
                              ``presslens-captions`` (checkbox),
                              ``presslens-sentence`` (sentence dropdown)
``presslens-actor``           ActorExplorer: actor dropdown; ``presslens-aliases`` (text),
                              ``presslens-aliases-apply`` (button), ``presslens-kwic``
                              (KWIC table), ``presslens-actor-info`` (tone, co-occurrence)
``presslens-date-range``      TimelineExplorer: date slider (its dates are shown in
                              ``presslens-date-range-label``); ``presslens-relation``
                              (past/future filter), ``presslens-event`` (event list),
                              ``presslens-events`` (table), ``presslens-event-sentence``
``presslens-code-negative``   CodingWidget buttons (also ``-neutral``, ``-positive``,
                              ``-skip``, ``-back``); ``presslens-coding-text``,
                              ``presslens-progress``
``presslens-load-seed``       ArticleLoader: seed button; ``presslens-upload``,
                              ``presslens-paste``, ``presslens-load-paste``,
                              ``presslens-url``, ``presslens-load-url``, ``presslens-status``,
                              ``presslens-published`` (publication date field)
``presslens-warning``         every explorer and the loader: warnings, e.g. the
                              ``presslens-date-warning`` (no publication date)
``presslens-numbers``         overview: the key-numbers panel
============================  ===========================================================

Inside HTML panels: sentences are ``<span class="presslens-sent" data-sent-id="N">``, the
selected one also has ``presslens-selected``; actor mentions and date expressions are
``<mark class="presslens-mention">`` / ``<mark class="presslens-date">``.

Example:
    >>> from toolkit.datasets import load_seed
    >>> from toolkit import ToneExplorer
    >>> ex = ToneExplorer(load_seed())                       # doctest: +SKIP
    >>> ex.set_scorer("vader"); ex.select_sentence(3)        # doctest: +SKIP
    >>> ex                                                   # doctest: +SKIP
"""
