"""A small model server: a dynamic batcher in front of an ONNX Runtime session and a
standard-library HTTP service on 127.0.0.1 (JSON in and out).

Used by docs/deployment/serving-patterns.md.
"""

from __future__ import annotations

import http.client
import json
import math
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

from snippets.deployment.dynamic_batcher import DynamicBatcher
from snippets.deployment.onnx_model import (
    N_FEATURES,
    OnnxPredictor,
    export_onnx,
    train_model,
)


# --8<-- [start:http]
class BadRequest(ValueError):
    """Input the server refuses with HTTP 400; the message is sent to the client."""


def parse_instances(body: bytes) -> np.ndarray:
    """Decode {"instances": [[64 numbers], ...]} into a float32 array, or raise
    BadRequest saying what is wrong."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadRequest(f"body is not valid JSON: {error}") from None
    if not isinstance(payload, dict) or "instances" not in payload:
        raise BadRequest('expected a JSON object with an "instances" list')
    rows = payload["instances"]
    if not isinstance(rows, list) or not 1 <= len(rows) <= 1024:
        raise BadRequest('"instances" must be a list of 1 to 1024 rows')
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != N_FEATURES:
            raise BadRequest(f"instance {i} must be a list of {N_FEATURES} numbers")
        if not all(
            isinstance(v, (int, float))
            and not isinstance(v, bool)
            and math.isfinite(v)
            for v in row
        ):
            raise BadRequest(
                f"instance {i} holds a value that is not a finite number"
            )
    return np.asarray(rows, dtype=np.float32)


def make_server(batcher: DynamicBatcher, port: int = 0) -> ThreadingHTTPServer:
    """HTTP server on 127.0.0.1 (port 0: the OS picks a free one). POST /predict
    returns labels and probabilities; GET /health returns {"status": "ok"}."""

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, status: int, payload: dict) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path == "/health":
                return self._reply(200, {"status": "ok"})
            self._reply(404, {"error": f"no route {self.path}"})

        def do_POST(self) -> None:
            if self.path != "/predict":
                return self._reply(404, {"error": f"no route {self.path}"})
            length = int(self.headers.get("Content-Length") or 0)
            try:
                rows = parse_instances(self.rfile.read(length))
            except BadRequest as error:
                return self._reply(400, {"error": str(error)})
            labels, probas = batcher.submit(rows).result(timeout=10)
            self._reply(
                200, {"labels": labels.tolist(), "probabilities": probas.tolist()}
            )

        def log_message(self, *args: object) -> None:  # keep stderr quiet
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 128  # backlog of pending connections (default 5)
        daemon_threads = True

    return Server(("127.0.0.1", port), Handler)


def post_json(port: int, path: str, body: bytes) -> tuple[int, dict]:
    """One POST to 127.0.0.1:port; returns (status, decoded JSON reply)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", path, body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


# --8<-- [end:http]


def main() -> None:
    """In-process demo (the build sandbox blocks sockets, even to loopback)."""
    model, X_test, _ = train_model()
    batcher = DynamicBatcher(OnnxPredictor(export_onnx(model)), 8, max_wait_s=0.2)
    futures = [batcher.submit(X_test[i : i + 1]) for i in range(20)]
    labels = np.concatenate([f.result()[0] for f in futures])
    batcher.close()
    print(f"20 one-row requests -> batch sizes {batcher.batch_sizes}")
    same = np.sum(labels == model.predict(X_test[:20]))
    print(f"labels equal to scikit-learn: {same} of 20")
    for body in (b"[1, 2", b'{"rows": []}', b'{"instances": [[0, 1, 2]]}'):
        try:
            parse_instances(body)
        except BadRequest as error:
            print(f"400 for {body.decode()!r}: {error}")


if __name__ == "__main__":
    main()
