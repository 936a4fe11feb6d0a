"""Bulk work pauses the cyclic garbage collector, and always gives it back."""

from __future__ import annotations

import gc
import threading

import pytest

from hrdesk.db import bulk


def test_pauses_nest_and_the_collector_comes_back() -> None:
    assert gc.isenabled()
    with bulk.gc_paused():
        assert not gc.isenabled()
        with bulk.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_an_error_in_the_bulk_work_gives_the_collector_back() -> None:
    with pytest.raises(ZeroDivisionError), bulk.gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        with bulk.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_from_two_threads_overlap() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with bulk.gc_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with bulk.gc_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    thread.join(5)
    assert gc.isenabled()
