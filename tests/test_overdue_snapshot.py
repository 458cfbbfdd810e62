"""The overdue agencies counted once per interval for all the workers (migration 0013): two apps on one
database, each with its own engine as each worker of `vnplan serve` has; the figure one counts the other
reads without counting, and an expired figure is counted again by exactly one of them (the lease)."""
import threading

from fastapi.testclient import TestClient
from sqlalchemy import text

import reporting_plans as rp
from vnplan.monitor import inbox
from vnplan.web.review import ProvinceFigures


class CountingFigures(ProvinceFigures):
    """An app's overdue figures, counted by the real query; how often this worker counted is noted, and a
    count can be held at its start until the test lets it go on."""

    def __init__(self, app, hold: threading.Event | None = None) -> None:
        super().__init__(app.state.db, self._count, ttl=60.0, retry=0.0)
        self.counts, self.hold, self.started = 0, hold, threading.Event()
        app.state.overdue_figures = self

    def _count(self, session, user):
        self.counts += 1
        self.started.set()
        if self.hold:
            assert self.hold.wait(30)
        return inbox.overdue_agencies(session, user)

    def settle(self, province=rp.PROVINCE) -> None:
        """Waits for this worker's background count of `province`, if one runs."""
        thread = self.refreshing.get(province)
        if thread:
            thread.join(30)


def shown(client) -> tuple[bool, list]:
    answer = client.get("/api/inbox").json()
    return answer["overdue_pending"], [[row["agency_id"], row["agency"], row["missing"]] for row in answer["overdue"]]


def counted_now(db, username="stc") -> list:
    with db.session() as s:
        return [list(row) for row in inbox.overdue_agencies(s, rp.user(s, username))]


def test_the_second_worker_reads_the_first_workers_count_without_counting(workers):
    first_app, second_app = workers
    first, second = CountingFigures(first_app), CountingFigures(second_app)
    reviewer_first, reviewer_second = rp.signed_in(first_app, "stc"), rp.signed_in(second_app, "stc")

    assert shown(reviewer_first) == (True, [])  # nothing counted yet: counted in the background
    first.settle()
    expected = counted_now(first_app.state.db)
    assert expected  # the plan's past quarters are overdue: a figure worth sharing
    assert shown(reviewer_first) == (False, expected)
    assert shown(reviewer_second) == (False, expected)
    assert (first.counts, second.counts) == (1, 0)

    other_province = rp.signed_in(second_app, "stc-ht")  # each province its own figure
    assert shown(other_province)[0] is True
    second.settle(rp.OTHER_PROVINCE)
    assert shown(other_province) == (False, counted_now(first_app.state.db, "stc-ht"))
    assert (first.counts, second.counts) == (1, 1)


def test_an_expired_figure_is_counted_again_by_one_worker_and_equals_a_direct_count(workers):
    first_app, second_app = workers
    db = first_app.state.db
    counting = CountingFigures(first_app)
    reviewer = rp.signed_in(first_app, "stc")
    shown(reviewer)
    counting.settle()
    before = counted_now(db)
    assert shown(reviewer) == (False, before)

    rp.submit(db, "nn", "II.1.1", "2026-Q1")  # a report of a past quarter: one missing report fewer
    assert shown(reviewer) == (False, before)  # the figure may be up to a minute old
    with db.session() as s, s.begin():
        s.execute(text("UPDATE overdue_snapshot SET counted_at = counted_at - 120"))

    hold = threading.Event()  # both workers restarted: each has only the stored figure, now expired
    first, second = CountingFigures(first_app, hold), CountingFigures(second_app)
    reviewer_first, reviewer_second = rp.signed_in(first_app, "stc"), rp.signed_in(second_app, "stc")
    assert shown(reviewer_first) == (False, before)  # the old figure at once, while the first worker counts
    assert first.started.wait(30)
    assert shown(reviewer_second) == (False, before)  # the second finds the lease taken: it does not count
    second.settle()
    hold.set()
    first.settle()
    assert (first.counts, second.counts) == (1, 0)

    after = counted_now(db)
    assert after != before
    assert shown(reviewer_first) == shown(reviewer_second) == (False, after)
    assert (first.counts, second.counts) == (1, 0)


def test_workers_starting_count_each_reviewers_figure_once_before_the_first_inbox(workers):
    first_app, second_app = workers
    first, second = CountingFigures(first_app), CountingFigures(second_app)
    with TestClient(first_app), TestClient(second_app):  # both start (their start-ups run), one after the other
        assert (first.counts, second.counts) == (2, 0)  # the two provinces' planning departments; the second reads
        for app, username in ((second_app, "stc"), (first_app, "stc-ht")):
            assert shown(rp.signed_in(app, username)) == (False, counted_now(app.state.db, username))
    assert (first.counts, second.counts) == (2, 0)


def test_a_worker_whose_count_fails_at_start_up_starts_all_the_same_and_frees_the_lease(workers):
    app, _ = workers

    def failing(session, user):
        raise RuntimeError("the count failed")

    app.state.overdue_figures = ProvinceFigures(app.state.db, failing, 60.0)
    with TestClient(app) as started:
        assert started.get("/login").status_code == 200
    with app.state.db.session() as s:
        assert s.execute(text("SELECT count(*), count(lease_until) FROM overdue_snapshot")).one() == (2, 0)
