#!/usr/bin/env bash
# Install everything the tests need, then run them. Used by CI (.ci/run) and by developers.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  # The PDF reader tests write Vietnamese PDFs, which needs a Unicode TrueType font.
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null;
  else sudo apt-get update -qq && sudo apt-get install -y -qq fonts-dejavu-core >/dev/null; fi
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
