#!/usr/bin/env bash
# Install vnplan and run it on the bundled sample plan.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .
exec .venv/bin/vnplan extract src/vnplan/samples/ke-hoach-mau.txt "$@"
