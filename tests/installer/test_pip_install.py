"""A plain (non-editable) ``pip install .`` into a fresh virtual environment runs the demo and every export.

The wheel must carry its resources (``importlib.resources``): the example, the dictionaries, the
translations, the manual. Slow (a wheel build, about a minute): it runs with
``VERANTWOORDING_RUN_SLOW=1`` (``.ci/run`` does) or ``pytest -m slow``. The fresh environment gets the
project's wheel only; its dependencies come from this environment's site-packages through a ``.pth``
line (whose own ``.pth`` files, the editable install among them, are not processed), so nothing but the
wheel can supply ``verantwoording_app``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLOW = os.environ.get("VERANTWOORDING_RUN_SLOW", "").strip() not in ("", "0")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not SLOW, reason="builds a wheel (about a minute): CI runs it (.ci/run)")
def test_a_plain_pip_install_runs_the_demo_and_every_export(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", wheels, cwd=tmp_path)
    (wheel,) = wheels.glob("verantwoording-*.whl")
    fresh = tmp_path / "fresh"
    _run(sys.executable, "-m", "venv", "--without-pip", fresh, cwd=tmp_path)
    python = fresh / ("Scripts" if os.name == "nt" else "bin") / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel,
         cwd=tmp_path)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    work = tmp_path / "work"  # far from the source tree
    work.mkdir()
    env = {**os.environ, "VERANTWOORDING_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    where = _run(python, "-c", "import verantwoording_app, verantwoording_app.resources as r; "
                 "print(verantwoording_app.__file__); print(r.resources_dir()); print(r.manual_path())",
                 cwd=work, env=env).splitlines()
    assert all(line.startswith(str(fresh)) for line in where), where
    script = fresh / ("Scripts" if os.name == "nt" else "bin") / "verantwoording"
    assert "13 activiteiten" in _run(script, "demo", "--db", "demo.vwdb", cwd=work, env=env)
    for kind, target in (("txt", "h.txt"), ("md", "h.md"), ("docx", "h.docx"), ("xlsx", "h.xlsx"),
                         ("html", "site/")):
        _run(script, "export", "--db", "demo.vwdb", "--format", kind, "--out", target, cwd=work, env=env)
        written = work / target
        assert written.is_dir() or written.stat().st_size > 1000
    assert (work / "site" / "index.html").exists()
    spelling = _run(script, "check", "--spelling", "--db", "demo.vwdb", cwd=work, env=env)
    assert "→" in spelling  # the Dutch dictionary came along
