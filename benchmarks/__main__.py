"""Run every benchmark and print one table: median seconds and the ratio to a reference run.

``python -m benchmarks`` (all), ``python -m benchmarks --quick`` (fewer sizes and
repeats), ``python -m benchmarks pctext docx`` (only those modules).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help="benchmark modules without the bench_ prefix")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    modules = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if args.names:
        modules = [m for m in modules if m.removeprefix("bench_") in args.names]
    rows: list[tuple[str, float, str, float]] = []
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"… {name}", file=sys.stderr, flush=True)
        rows.extend(module.run(quick=args.quick))
    width = max((len(r[0]) for r in rows), default=10)
    ref_width = max((len(r[2]) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'median s':>9}  {'reference':<{ref_width}}  {'ref s':>8}  {'ratio':>6}")
    for name, seconds, reference, ref_seconds in rows:
        ratio = seconds / ref_seconds if ref_seconds else float("nan")
        print(f"{name:<{width}}  {seconds:9.4f}  {reference:<{ref_width}}  {ref_seconds:8.4f}  {ratio:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
