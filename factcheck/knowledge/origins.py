"""Where each entry of the knowledge base is written, so every error can name its place.

Entries are keyed `person:…`, `place:…`, `office:…`, `event:…`, and each term of an
office `term:<office>:<index>` (a term may be written in another file than its office:
rules/kb/wikidata.yaml adds terms to offices defined by hand). The checks in
consistency.py run on the assembled knowledge and report through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.errors import SourceError
from factcheck.text.dates import TimeSpan
from factcheck.yamlsource import YamlDocument

Where = tuple[str | int, ...]


@dataclass
class Origins:
    """Where each entry (`person:…`, `office:…`, `event:…`) is written, to place its errors."""

    places: dict[str, tuple[str, YamlDocument, Where]] = field(default_factory=dict)
    errors: list[SourceError] = field(default_factory=list)

    def add(self, entry: str, shown: str, doc: YamlDocument, where: Where) -> bool:
        """Record an entry; a second entry with the same id is an error (False)."""
        if entry in self.places:
            first = self.places[entry]
            line, col = doc.position(where + ("id",))
            self.errors.append(SourceError(shown, line, col, f"duplicate id {_id(entry)!r}",
                                           f"first defined in {first[0]}"))
            return False
        self.places[entry] = (shown, doc, where)
        return True

    def place_term(self, office: str, index: int, shown: str, doc: YamlDocument, where: Where) -> str:
        """Record where term `index` of an office is written; its entry key."""
        entry = term_entry(office, index)
        self.places[entry] = (shown, doc, where)
        return entry

    def error(self, entry: str, where: Where, message: str, hint: str | None = None) -> None:
        """An error at a node inside a recorded entry."""
        shown, doc, base = self.places[entry]
        line, col = doc.position(base + where)
        self.errors.append(SourceError(shown, line, col, message, hint))

    def span(self, entry: str, where: Where, value: str | int, end: bool = False) -> TimeSpan | None:
        """A date of the entry as a span, or an error at its place when it is no real date."""
        try:
            span = TimeSpan.parse(str(value))
        except ValueError as exc:
            self.error(entry, where, f"{value!r} is not a date: {exc}")
            return None
        return TimeSpan(span.end, span.end, "day") if end else span


def term_entry(office: str, index: int) -> str:
    """The entry key of term `index` of an office."""
    return f"term:{office}:{index}"


def _id(entry: str) -> str:
    """The id as written in its file: offices and events are keyed with a prefix, entities are not."""
    kind, _, rest = entry.partition(":")
    return rest if kind in ("office", "event") else entry
