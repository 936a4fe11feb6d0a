"""The background runner: results on the GUI thread, progress, failures, stale results dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from hrdesk import errors
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_success_arrives_on_the_gui_thread_with_progress(qtbot, qapp, runner):
    seen = {}

    def work(ctx):
        seen["worker"] = QThread.currentThread()
        for done in range(1, 4):
            ctx.progress(done, 3)
        return 42

    progress, results, threads = [], [], []
    task = runner.run("sum", work)
    task.progress(lambda done, total: progress.append((done, total)))
    task.success(lambda value: (results.append(value), threads.append(QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert results == [42]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert threads == [qapp.thread()]
    assert seen["worker"] is not qapp.thread()


def test_failure_delivers_the_core_error(qtbot, runner):
    def refuse(ctx):
        raise errors.WrongCredentials()

    failures = []
    task = runner.run("login", refuse)
    task.failure(failures.append).success(lambda value: pytest.fail("no success expected"))
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert len(failures) == 1 and isinstance(failures[0], errors.WrongCredentials)


def test_a_newer_run_of_the_same_key_drops_the_older_result(qtbot, runner):
    release = threading.Event()
    results = []

    def slow(ctx):
        release.wait(5)
        return "old"

    first = runner.run("search", slow).success(results.append)
    second = runner.run("search", lambda ctx: "new").success(results.append)
    assert first.is_cancelled()
    with qtbot.waitSignal(second.finished, timeout=5_000):
        pass
    release.set()
    with qtbot.waitSignal(first.finished, timeout=5_000):
        pass
    assert results == ["new"]


def test_cancel_tells_the_work_and_drops_its_result(qtbot, runner):
    started = threading.Event()
    saw_cancel = threading.Event()
    results = []

    def work(ctx):
        started.set()
        while not ctx.cancelled():
            saw_cancel.wait(0.01)
        saw_cancel.set()
        return "partial"

    task = runner.run("demo", work).success(results.append)
    assert started.wait(5)
    runner.cancel("demo")
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert saw_cancel.is_set()
    assert results == []
    assert not runner.is_busy()


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, qapp) -> None:
    """A cycle holding a Qt object collected by a worker thread froze the suite once
    (Qt's connection lock against the interpreter lock): no worker collects now."""
    import gc
    import weakref

    from PySide6.QtCore import QObject

    enabled_before = gc.isenabled()
    runner = TaskRunner()
    collected_on: list[object] = []

    class Holder(QObject):
        pass

    def make_cycle() -> weakref.ref:
        holder = Holder()
        holder.me = holder  # type: ignore[attr-defined]
        return weakref.ref(holder)

    try:
        assert not gc.isenabled()
        gone = make_cycle()
        worker_saw: list[bool] = []
        kept: list[object] = []  # young objects enough for a collection to be due
        task = runner.run("alloc", lambda ctx: worker_saw.append(gc.isenabled())
                          or [[i] for i in range(50_000)])
        task.success(kept.append)
        with qtbot.waitSignal(task.finished, timeout=5_000):
            pass
        assert worker_saw == [False] and gone() is not None  # the worker collected nothing
        def note(phase: str, _info: dict) -> None:
            if phase == "stop":
                collected_on.append(QThread.currentThread())

        gc.callbacks.append(note)
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
        assert collected_on and all(t is qapp.thread() for t in collected_on)
    finally:
        gc.callbacks[:] = [c for c in gc.callbacks if getattr(c, "__name__", "") != "note"]
        runner.shutdown()
    assert gc.isenabled() is enabled_before
