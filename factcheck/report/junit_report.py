"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, test-reporter actions).

Each new finding is a failing test case, named by the place of its first quote and its
fingerprint so CI history follows the same claim; a rule that found nothing is one passing
case, so the count of checks run shows; a finding known in the baseline or accepted is a
skipped case that says why; an input error is an erroring case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.errors import SourceError
from factcheck.findings import Finding, Report
from factcheck.report.places import error_place

# XML 1.0 has no way to write these, even as references; ElementTree would write them raw
# and the file would not parse.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(finding: Finding) -> str:
    lines = [f"{finding.severity} {finding.rule} ({finding.kind}) · {finding.subject.name} · {finding.id}"]
    for item in finding.evidence:
        published = item.published or "undated"
        lines.append(f"{item.place} · {item.article} · published {published} · holds {item.valid_at}")
        lines.append(f"  «{item.quote}»")
        lines.append(f"  matched: {item.text} → {item.value}")
    lines.append(f"why: {finding.explanation}")
    return _xml("\n".join(lines))


def _finding_case(finding: Finding) -> ET.Element:
    first = finding.evidence[0] if finding.evidence else None
    name = f"{first.place} {finding.id}" if first else finding.id
    case = ET.Element("testcase", classname=finding.rule, name=_xml(name))
    if first is not None:
        case.set("file", _xml(first.path or first.article))
    if finding.status == "new":
        failure = ET.SubElement(case, "failure", message=_xml(finding.message), type=finding.severity)
        failure.text = _details(finding)
    else:
        accepted = finding.accepted or {}
        reason = accepted.get("reason", "") if finding.status == "accepted" else "in the baseline"
        skipped = ET.SubElement(case, "skipped", message=_xml(f"{finding.status}: {reason}"))
        skipped.text = _details(finding)
    return case


def _error_case(error: SourceError) -> ET.Element:
    case = ET.Element("testcase", classname="factcheck.input", name=_xml(error_place(error)),
                      file=_xml(error.path))
    element = ET.SubElement(case, "error", message=_xml(error.message), type="input")
    element.text = _xml(str(error))
    return case


def _count(cases: list[ET.Element]) -> dict[str, str]:
    def having(tag: str) -> str:
        return str(sum(1 for case in cases if case.find(tag) is not None))

    return {"tests": str(len(cases)), "failures": having("failure"), "errors": having("error"),
            "skipped": having("skipped")}


def as_junit(report: Report) -> ET.Element:
    """The `<testsuites>` element: one suite, `factcheck`, with its counts."""
    found = {f.rule for f in report.findings}
    cases = [_error_case(e) for e in report.errors]
    cases += [_finding_case(f) for f in report.findings]
    cases += [ET.Element("testcase", classname=info["id"], name="no findings")
              for info in report.rule_info if info["id"] not in found]
    counts = _count(cases)
    suites = ET.Element("testsuites", {"name": "factcheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "factcheck", **counts})
    suite.extend(cases)
    return suites


def render(report: Report, color: bool = False) -> str:
    """The XML document, indented, UTF-8 declared."""
    root = as_junit(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
