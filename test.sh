#!/usr/bin/env bash
# Install everything the tests need, then run them. Used by CI (.ci/run) and by developers.
set -euo pipefail
cd "$(dirname "$0")"
# Debian packages the tests use for real: a Unicode font (the PDF reader tests write Vietnamese
# PDFs), the PostgreSQL server (the register tests start their own cluster on loopback) and
# Chromium (the web app is tested in a real headless browser); ICU's headers and pkg-config, which
# PyICU is built with (Vietnamese dictionary order).
missing=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)  # the browser tests drive Debian's Chromium
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists icu-i18n 2>/dev/null || missing+=(libicu-dev)
command -v g++ >/dev/null || missing+=(g++)  # PyICU is C++
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
