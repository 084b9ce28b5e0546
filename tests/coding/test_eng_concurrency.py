"""The concurrency snippet runs correct tasks on both pools; no timing is asserted."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from snippets.coding import eng_concurrency as snippet


def test_cpu_task_matches_a_closed_loop_reference():
    assert snippet.cpu_task(10) == sum(i * i % 7 for i in range(10))
    assert snippet.cpu_task(0) == 0


def test_both_pools_return_the_results_in_order():
    for pool in (ThreadPoolExecutor, ProcessPoolExecutor):
        for workers in (1, 2):
            _, results = snippet.run(pool, workers, snippet.cpu_task, 1000)
            assert results == [snippet.cpu_task(1000)] * snippet.TASKS
            _, results = snippet.run(pool, workers, snippet.io_task, 0.0)
            assert results == [0.0] * snippet.TASKS


def test_table_has_four_timed_configurations_per_task_with_a_fake_clock(monkeypatch):
    ticks = iter(range(100))
    monkeypatch.setattr(snippet, "CPU_N", 100)
    monkeypatch.setattr(snippet, "IO_SECONDS", 0.0)
    rows = snippet.table(clock=lambda: next(ticks))
    assert [name for name, _ in rows] == ["CPU-bound", "I/O-bound"]
    assert all(times == [1, 1, 1, 1] for _, times in rows)  # each run: one tick apart
