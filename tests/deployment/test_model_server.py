"""The ONNX model server reproduces scikit-learn, batches concurrent requests within
its limits, refuses bad input with a 400; the on-device/cloud arithmetic holds."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from snippets.deployment import serving_costs as costs
from snippets.deployment.dynamic_batcher import DynamicBatcher
from snippets.deployment.model_server import (
    BadRequest,
    make_server,
    parse_instances,
    post_json,
)
from snippets.deployment.onnx_model import OnnxPredictor, export_onnx, train_model


@pytest.fixture(scope="module")
def trained():
    model, X_test, y_test = train_model()
    return model, OnnxPredictor(export_onnx(model)), X_test, y_test


@pytest.fixture
def server(trained):
    batcher = DynamicBatcher(trained[1], max_batch_size=32, max_wait_s=0.02)
    httpd = make_server(batcher)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address, batcher
    httpd.shutdown()
    httpd.server_close()
    batcher.close()


def test_onnx_runtime_matches_sklearn_on_the_test_set(trained):
    model, predictor, X_test, y_test = trained
    labels, probas = predictor.predict(X_test)
    np.testing.assert_allclose(probas, model.predict_proba(X_test), atol=1e-5)
    np.testing.assert_array_equal(labels, model.predict(X_test))
    assert np.abs(probas - model.predict_proba(X_test)).max() < 1e-6  # page claim
    assert len(X_test) == 450
    assert round(float(np.mean(labels == y_test)), 4) == 0.9711  # page figure


def test_http_server_returns_the_same_predictions(trained, server):
    model, _, X_test, _ = trained
    (host, port), _ = server
    assert host == "127.0.0.1"
    body = json.dumps({"instances": X_test.tolist()}).encode()
    status, reply = post_json(port, "/predict", body)
    assert status == 200
    np.testing.assert_array_equal(reply["labels"], model.predict(X_test))
    np.testing.assert_allclose(
        reply["probabilities"], model.predict_proba(X_test), atol=1e-5
    )


def test_concurrent_http_requests_are_batched(trained, server):
    model, _, X_test, _ = trained
    (_, port), batcher = server
    bodies = [json.dumps({"instances": [row.tolist()]}).encode() for row in X_test]
    with ThreadPoolExecutor(16) as pool:
        replies = list(pool.map(lambda b: post_json(port, "/predict", b), bodies))
    assert all(status == 200 for status, _ in replies)
    labels = [reply["labels"][0] for _, reply in replies]
    np.testing.assert_array_equal(labels, model.predict(X_test))
    assert sum(batcher.batch_sizes) == len(X_test)
    assert max(batcher.batch_sizes) > 1 and max(batcher.batch_sizes) <= 32


@pytest.mark.parametrize(
    "body, message",
    [
        (b"[1, 2", "not valid JSON"),
        (b'{"rows": []}', '"instances" list'),
        (b'{"instances": []}', "1 to 1024 rows"),
        (b'{"instances": [[0, 1, 2]]}', "instance 0 must be a list of 64 numbers"),
        (json.dumps({"instances": [[0] * 63 + ["x"]]}).encode(), "not a finite"),
        (json.dumps({"instances": [[0] * 63 + [True]]}).encode(), "not a finite"),
        (b'{"instances": [[' + b"0, " * 63 + b"NaN]]}", "not a finite"),
    ],
)
def test_bad_input_gets_a_400_with_a_clear_message(server, body, message):
    (_, port), _ = server
    status, reply = post_json(port, "/predict", body)
    assert status == 400 and message in reply["error"]
    with pytest.raises(BadRequest, match=message.replace("(", r"\(")):
        parse_instances(body)


def test_batch_closes_when_full_and_matches_direct_prediction(trained):
    model, predictor, X_test, _ = trained
    batcher = DynamicBatcher(predictor, max_batch_size=8, max_wait_s=5.0)
    start = time.perf_counter()
    futures = [batcher.submit(X_test[i : i + 1]) for i in range(20)]
    results = [f.result(timeout=30) for f in futures[:16]]
    assert time.perf_counter() - start < 4.0  # two full batches, no 5 s wait
    labels = np.concatenate([r[0] for r in results])
    np.testing.assert_array_equal(labels, model.predict(X_test[:16]))
    futures[-1].result(timeout=30)
    batcher.close()
    assert batcher.batch_sizes == [8, 8, 4]  # the page's figure


def test_lone_request_waits_at_most_max_wait(trained):
    _, predictor, X_test, _ = trained
    batcher = DynamicBatcher(predictor, max_batch_size=64, max_wait_s=0.1)
    for i in range(5):
        start = time.perf_counter()
        batcher.submit(X_test[i : i + 1]).result(timeout=30)
        elapsed = time.perf_counter() - start
        assert 0.09 <= elapsed < 0.1 + 0.5  # waited for company, then gave up
    batcher.close()
    assert batcher.batch_sizes == [1] * 5
    assert max(batcher.queue_waits) < 0.1 + 0.5


def test_large_request_is_held_for_the_next_batch(trained):
    model, predictor, X_test, _ = trained
    batcher = DynamicBatcher(predictor, max_batch_size=10, max_wait_s=0.5)
    small, large = batcher.submit(X_test[:4]), batcher.submit(X_test[4:12])
    np.testing.assert_array_equal(
        large.result(timeout=30)[0], model.predict(X_test[4:12])
    )
    small.result(timeout=30)
    batcher.close()
    assert batcher.batch_sizes == [4, 8]  # 4 + 8 > 10, so two calls


def test_on_device_versus_cloud_arithmetic():
    s = costs.Scenario()
    assert costs.on_device_ms(s) == pytest.approx(0.6 / 30 * 1000)
    assert costs.cloud_ms(s) == pytest.approx(50 + 160 + 5)  # 200 kB at 10 Mbit/s
    per_day = 2e8 / 2000 / 3600 * 2.0
    assert costs.cloud_dollars_per_day(s) == pytest.approx(per_day)
    assert round(per_day) == 56 and round(per_day * 365) == 20278
    assert round(2e8 / 2000 / 3600, 1) == 27.8  # GPU-hours per day
    assert 52 * costs.update_push_dollars(s) > 365 * per_day  # weekly updates
    assert costs.update_push_dollars(s) == pytest.approx(0.0034 * 1e7 * 0.05)
    assert round(costs.update_push_dollars(s)) == 1700
    assert costs.photos_uploaded_tb_per_day(s) == pytest.approx(40.0)
    slow = costs.Scenario(uplink_mbit_s=1.0, round_trip_ms=150.0)
    assert costs.cloud_ms(slow) == pytest.approx(150 + 1600 + 5)
    assert (round(costs.on_device_ms(s)), round(costs.cloud_ms(s))) == (20, 215)
