"""A small learned model that tells article-body lines from page debris, and the sequence step on top.

Modules, one concept each:

- ``text``: cheap per-line counts (script-neutral);
- ``stopwords``: stopword lists by language, with a language-neutral fallback;
- ``context``: landmarks from earlier stages (headline, byline, repeats) and rule flags, as model inputs;
- ``features``: the per-line feature matrix with window (context) features;
- ``trees``: inference of the exported gradient-boosted trees (numpy only);
- ``blocks``: the sequence step that turns per-line probabilities into keep/drop decisions with reasons.
"""
