"""Text handling for Arabic news: normalization with offsets, sentences, names, dates."""

TIMEOUT = 1.0  # seconds: every pattern run over article text is bounded (regex's timeout=)
