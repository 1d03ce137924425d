"""A small learned model that tells article-body lines from page debris, and the sequence step on top.

Modules, one concept each:

- ``text``: cheap per-line counts (script-neutral);
- ``stopwords``: stopword lists by language, with a language-neutral fallback;
- ``features``: the per-line feature matrix with window (context) features;
- ``trees``: inference of the exported gradient-boosted trees (numpy only);
- ``blocks``: the sequence step that turns per-line probabilities into keep/drop decisions with reasons.
"""
