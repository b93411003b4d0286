"""factcheck: a claim-consistency checker for news corpora, Arabic first."""

__version__ = "0.1.0"
