"""What a worker of the web app does before its first request, beyond counting (tests/test_overdue_snapshot.py)."""
import gc
import sys

import pytest
from fastapi.testclient import TestClient

from vnplan.web.app import create_app
from vnplan.web.settings import Settings


def test_start_up_keeps_what_it_built_out_of_the_collectors_full_passes(world, tmp_path):
    gc.unfreeze()  # as in a process just started: nothing frozen yet
    with TestClient(create_app(world, Settings(tmp_path, "k" * 48))) as client:
        frozen = gc.get_freeze_count()
        # a full pass walks what was made since, not the modules, templates and caches of the start-up
        assert frozen > 10_000 and len(gc.get_objects(generation=2)) < frozen / 4
        assert client.get("/login").status_code == 200


def test_a_thread_back_from_the_database_waits_at_most_a_millisecond_for_the_interpreter(world, tmp_path):
    sys.setswitchinterval(0.005)  # the interpreter's default
    with TestClient(create_app(world, Settings(tmp_path, "k" * 48))):
        assert sys.getswitchinterval() == pytest.approx(0.001)
