"""Fail unless the JUnit report shows the named test ran and passed (not skipped, not missing)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def main(report: str, name: str) -> int:
    cases = [case for case in ET.parse(report).iter("testcase") if case.get("name") == name]
    if not cases:
        print(f"CI: {name} did not run", file=sys.stderr)
        return 1
    for case in cases:
        for outcome in ("skipped", "failure", "error"):
            if case.find(outcome) is not None:
                print(f"CI: {name} {outcome}; the installer must be built", file=sys.stderr)
                return 1
    print(f"CI: {name} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
