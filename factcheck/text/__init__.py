"""Text handling for Arabic news: normalization with offsets, sentences, tokens, dates, numbers."""
