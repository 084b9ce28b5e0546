"""The timing snippet's arithmetic, with a fake clock: no test here depends on the machine's speed."""

from types import SimpleNamespace

from snippets.ml_coding import vectorization, vectorization_timing as timing


def test_best_time_keeps_the_fastest_repeat(monkeypatch):
    ticks = iter([0.0, 3.0, 10.0, 11.0, 20.0, 22.0])  # three calls lasting 3, 1 and 2 seconds
    monkeypatch.setattr(timing, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    calls = []
    assert timing.best_time(lambda: calls.append(None), repeats=3) == 1.0
    assert len(calls) == 3


def test_report_gives_speed_ups_relative_to_the_first_case(monkeypatch, capsys):
    seconds = {"slow": 2.0, "fast": 0.004}
    monkeypatch.setattr(timing, "best_time", lambda fn, repeats: seconds[fn()])
    timing.report("title", {"slow": (lambda: "slow", 1), "fast": (lambda: "fast", 5)})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "title"
    assert lines[1].split()[-1] == "x1" and "2000.00 ms" in lines[1]
    assert lines[2].split()[-1] == "x500" and "4.00 ms" in lines[2]


def test_it_times_the_implementations_the_correctness_tests_check():
    for name in ("pairwise_distances_loops", "pairwise_distances_broadcast", "pairwise_distances_gram",
                 "make_mask_loops", "make_mask_indices", "make_mask_ogrid", "make_mask_box"):
        assert getattr(timing, name) is getattr(vectorization, name)
