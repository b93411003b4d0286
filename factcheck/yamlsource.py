"""Safe YAML loading that keeps the line and column of every node.

Every loader (rules, knowledge, lexicons, front matter, test cases) goes through here,
so any schema error can be reported as `file:line:col`. Timestamps stay strings: the
corpus decides what a date is, and `2024-02-30` must be an error with a place, not a
crash inside the YAML library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back to pure Python where absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """A loaded value and the 1-based (line, col) of each node, keyed by its JSON path."""

    value: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    line_offset: int = 0

    def position(self, path: Path_) -> tuple[int, int]:
        """Where the node at `path` starts, or its nearest ancestor that exists."""
        while path not in self.positions and path:
            path = path[:-1]
        line, col = self.positions.get(path, (1, 1))
        return line + self.line_offset, col

    def key_position(self, path: Path_) -> tuple[int, int]:
        """Where the mapping key of the node at `path` is written (for unknown keys)."""
        if path in self.key_positions:
            line, col = self.key_positions[path]
            return line + self.line_offset, col
        return self.position(path)


class YamlError(ValueError):
    """Broken YAML, with the place the parser stopped."""

    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.line, self.col = line, col


_SCALARS = {
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
}


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.tag == "tag:yaml.org,2002:null":
        return None
    if node.tag == "tag:yaml.org,2002:bool":
        return node.value.lower() in ("true", "yes", "on")
    convert = _SCALARS.get(node.tag)
    if convert is not None:
        try:
            return convert(node.value.replace("_", ""))
        except ValueError:
            return node.value
    return node.value  # str, timestamps and anything else stay text


def _build(node: yaml.Node, path: Path_, doc: YamlDocument) -> Any:
    doc.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), doc) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key in mapping:
                mark = key_node.start_mark
                raise YamlError(f"duplicate key {key!r}", mark.line + 1, mark.column + 1)
            doc.key_positions[path + (key,)] = (key_node.start_mark.line + 1,
                                                key_node.start_mark.column + 1)
            mapping[key] = _build(value_node, path + (key,), doc)
        return mapping
    raise YamlError(f"unsupported YAML node {node.tag}", node.start_mark.line + 1, 1)


def load_yaml(text: str, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; `line_offset` shifts positions (front matter inside a file)."""
    doc = YamlDocument(value=None, line_offset=line_offset)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(f"invalid YAML: {exc.problem or exc}", line + line_offset, col) from exc
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 1 + line_offset, 1) from exc
    if node is not None:
        try:
            doc.value = _build(node, (), doc)
        except YamlError as exc:
            raise YamlError(str(exc), exc.line + line_offset, exc.col) from exc
    return doc
