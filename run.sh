#!/usr/bin/env bash
# Install vnplan, load the bundled sample plan into a SQLite register with two demo accounts,
# and serve the web app on http://127.0.0.1:8000/ (Ctrl+C to stop).
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
$vnplan ingest src/vnplan/samples/ke-hoach-mau.txt
$vnplan users add demo-admin --role admin --name "Quản trị (demo)" --password demo-admin-2024 --if-missing
$vnplan users add demo-stc --role planning --province "Quảng Bình" --name "Phòng Tổng hợp, Sở Tài chính (demo)" \
  --password demo-stc-2024 --if-missing
$vnplan users add demo-tttt --role agency --agency "Sở Thông tin và Truyền thông" --province "Quảng Bình" \
  --name "Cán bộ đầu mối Sở TT&TT (demo)" --password demo-tttt-2024 --if-missing
exec $vnplan serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
