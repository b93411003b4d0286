"""Safe YAML loading that keeps the line and column of every node.

Every loader (rules, knowledge, lexicons, front matter, test cases) goes through here,
so any schema error can be reported as `file:line:col`. Timestamps stay strings: the
corpus decides what a date is, and `2024-02-30` must be an error with a place, not a
crash inside the YAML library.

Input is not trusted (a front matter is whatever a corpus holds), so before anything is
composed the event stream — which PyYAML parses without recursion — is scanned against
limits: the document's size, how deep it nests, how many aliases it uses and how many
nodes they would add once expanded ("billion laughs" is refused at the alias that
crosses the limit, before anything is expanded), and an alias inside its own anchor
(`&x [*x]`, a cycle). Each refusal is a YamlError at the place of the offending node.
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

FRONT_MATTER_MAX_BYTES = 64 * 1024  # an article's front matter: a few keys
RULES_FILE_MAX_BYTES = 20 * 1024 * 1024  # a rules, knowledge or lexicon file (the shipped ones are < 200 KB)
MAX_DEPTH = 100  # nested sequences and mappings
MAX_ALIASES = 100  # alias uses (*name) in one document
MAX_ALIAS_NODES = 10_000  # nodes the aliases of one document add when expanded


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


def _refuse(message: str, mark: Any) -> YamlError:
    return YamlError(message, mark.line + 1, mark.column + 1)


def _check_events(text: str) -> None:
    """Refuse, from the event stream alone, a document over MAX_DEPTH, MAX_ALIASES or MAX_ALIAS_NODES.

    Each node's size (nodes in it, aliases expanded) is counted as it closes, so an alias
    adds the size of its anchor without anything being built; an alias to an anchor still
    open is a cycle.
    """
    sizes: dict[str, int] = {}  # anchor → nodes in its node, aliases expanded
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, nodes so far) of each open collection
    aliases = added = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _refuse(f"more than {MAX_ALIASES} aliases (MAX_ALIASES)", event.start_mark)
            if any(anchor == event.anchor for anchor, _ in open_nodes):
                raise _refuse(f"alias *{event.anchor} is inside its own anchor (a recursive alias)",
                              event.start_mark)
            size = sizes.get(event.anchor or "", 1)  # an undefined alias is the composer's error
            added += size
            if added > MAX_ALIAS_NODES:
                raise _refuse(f"aliases expand to more than {MAX_ALIAS_NODES} nodes (MAX_ALIAS_NODES)",
                              event.start_mark)
        elif isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) >= MAX_DEPTH:
                raise _refuse(f"nested more than {MAX_DEPTH} deep (MAX_DEPTH)", event.start_mark)
            open_nodes.append((event.anchor, 1))
            continue
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = size
        else:
            continue
        if open_nodes:
            anchor, so_far = open_nodes[-1]
            open_nodes[-1] = (anchor, so_far + size)


def load_yaml(text: str, line_offset: int = 0, max_bytes: int = RULES_FILE_MAX_BYTES) -> YamlDocument:
    """Parse one YAML document; `line_offset` shifts positions (front matter inside a file).

    A document over `max_bytes` (UTF-8) or over the limits `_check_events` holds is a
    YamlError naming the limit.
    """
    doc = YamlDocument(value=None, line_offset=line_offset)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise YamlError(f"YAML of {size} bytes is over the limit of {max_bytes} bytes", 1 + line_offset, 1)
    try:
        _check_events(text)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = str(exc.problem or exc)
        if "nesting depth" in problem:  # PyYAML ≥ 6.0.4 has a depth limit of its own, met first
            problem = f"nested more than {MAX_DEPTH} deep (MAX_DEPTH; the parser's own limit was met first)"
            raise YamlError(problem, line + line_offset, col) from exc
        raise YamlError(f"invalid YAML: {problem}", line + line_offset, col) from exc
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 1 + line_offset, 1) from exc
    except YamlError as exc:
        raise YamlError(str(exc), exc.line + line_offset, exc.col) from exc
    if node is not None:
        try:
            doc.value = _build(node, (), doc)
        except YamlError as exc:
            raise YamlError(str(exc), exc.line + line_offset, exc.col) from exc
    return doc
