#!/usr/bin/env bash
# Install vnplan, load the demo (sample plans, accounts of several agencies, reports in every state) into a
# SQLite register, and serve the web app on http://127.0.0.1:8000/ (Ctrl+C to stop).
set -euo pipefail
cd "$(dirname "$0")"
# PyICU (Vietnamese dictionary order) is built against Debian's ICU: its headers and pkg-config first.
if ! command -v pkg-config >/dev/null || ! pkg-config --exists icu-i18n 2>/dev/null || ! command -v g++ >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pkg-config libicu-dev g++ >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
export VNPLAN_DATA_DIR="${VNPLAN_DATA_DIR:-$PWD/demo-data}"
vnplan=.venv/bin/vnplan
# three sample plans of Hà Tĩnh dated around today, demo accounts, reports in every state (a second run adds nothing)
$vnplan demo
exec $vnplan serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
