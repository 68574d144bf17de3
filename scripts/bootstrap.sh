#!/usr/bin/env bash
# Set up everything the app and its tests need on a fresh Linux machine:
# Qt's runtime libraries (when missing and we may install them) and a
# virtual environment with the project and its development tools.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Qt's libraries, its X11 (xcb) platform plugin included. The library list is read once into a variable:
# `ldconfig -p | grep -q` under `set -o pipefail` is racy (grep -q exits at the first match, ldconfig then
# dies of SIGPIPE and the pipeline "fails" now and then, reporting a present library as missing).
qt_libs="libEGL.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0 libfontconfig.so.1 libGL.so.1 libdbus-1.so.3
libglib-2.0.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-shape.so.0 libxcb-image.so.0
libxcb-render-util.so.0 libxcb-randr.so.0"
apt_packages="libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libgl1 libdbus-1-3 libglib2.0-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-render-util0
libxcb-randr0 fonts-dejavu-core"
known_libs=$(ldconfig -p 2>/dev/null || true)
need_libs=()
for lib in $qt_libs; do
  case "$known_libs" in
    *"$lib"*) ;;
    *) need_libs+=("$lib") ;;
  esac
done
if [ "${1:-}" = "--check-libs" ]; then  # only report what is missing (one per line); used by the tests
  [ ${#need_libs[@]} -gt 0 ] && printf '%s\n' "${need_libs[@]}"
  exit 0
fi
if [ ${#need_libs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Qt needs system libraries (${need_libs[*]}); installing them with apt-get…"
    apt-get update -qq
    # shellcheck disable=SC2086  # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $apt_packages >/dev/null
  else
    echo "warning: Qt may need: ${need_libs[*]} (install:" $apt_packages")" >&2
  fi
fi

# --- export rendering tools (issue 17; keep this block separate) -------------------------------
# The export tests render the .docx and .xlsx through LibreOffice and read the PDF with poppler.
# Installed only as root with apt-get; elsewhere those tests skip and say why.
need_render=()
command -v soffice >/dev/null 2>&1 || need_render+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need_render+=(poppler-utils)
# The website test runs axe-core (npm, package.json) in headless Chromium.
command -v chromium >/dev/null 2>&1 || need_render+=(chromium)
command -v npm >/dev/null 2>&1 || need_render+=(npm)
if [ ${#need_render[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Export tests need ${need_render[*]}; installing them with apt-get…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_render[@]}" \
      fonts-dejavu-core fonts-liberation2 >/dev/null
  else
    echo "warning: the export rendering tests need: ${need_render[*]}" >&2
  fi
fi
if command -v npm >/dev/null 2>&1 && [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent >/dev/null 2>&1 || echo "warning: npm ci failed; the website accessibility test skips" >&2
fi
# --- end of the export rendering tools ---------------------------------------------------------

# --- the team server's tests (issue 13): a real PostgreSQL (tests/pgserver.py starts a throwaway one) ---
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "The team-server tests need PostgreSQL; installing postgresql-15 with apt-get…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
      || echo "warning: PostgreSQL could not be installed; the team-server tests fail in CI" >&2
  else
    echo "warning: the team-server tests need PostgreSQL (apt-get install postgresql-15)" >&2
  fi
fi

stamp="$VENV/.installed"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
# Byte-compile our sources once (this environment may set PYTHONDONTWRITEBYTECODE), so start-up
# does not compile them on every run.
"$VENV/bin/python" -m compileall -q src >/dev/null || true
# Compile translations (.ts -> .qm) when the tool is there.
if [ -x "$VENV/bin/pyside6-lrelease" ]; then
  for ts in resources/translations/*.ts; do
    [ -f "$ts" ] && "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
fi
exit 0
