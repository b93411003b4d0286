"""A rule: id, kind, severity, message template, and its kind's parameters."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel


@dataclass(frozen=True)
class Rule:
    """One loaded rule; `params` is the kind's validated Params model."""

    id: str
    kind: str
    severity: str
    message: str
    params: BaseModel
    aliases: tuple[str, ...] = ()
    path: str = ""
    line: int = 0
    description: str = ""

    def info(self) -> dict[str, str]:
        """What reporters say of the rule (SARIF rule metadata, the HTML legend)."""
        return {"id": self.id, "kind": self.kind, "severity": self.severity, "description": self.description,
                "path": self.path}

    def render(self, **fields: Any) -> str:
        """The message with its {placeholders} filled."""
        return self.message.format_map(fields)

    @property
    def fingerprint_id(self) -> str:
        """The id findings are fingerprinted with: the first alias of a renamed rule."""
        return self.aliases[0] if self.aliases else self.id


def placeholders(template: str) -> set[str]:
    """The {names} a message template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
