"""Train a scikit-learn model on the digits, export it to ONNX and run it with ONNX
Runtime; check that the runtime reproduces scikit-learn's predictions.

Used by docs/deployment/serving-patterns.md.
"""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from skl2onnx import to_onnx
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 0
N_FEATURES = 64  # 8 x 8 digit images, pixel values 0..16


# --8<-- [start:export]
def train_model(seed: int = SEED) -> tuple[Pipeline, np.ndarray, np.ndarray]:
    """Fit scaler + logistic regression on 75% of the digits; return the model
    and the float32 test split."""
    X, y = load_digits(return_X_y=True)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=seed, stratify=y)
    model = make_pipeline(
        StandardScaler(),
        LogisticRegression(C=0.1, max_iter=2000),
    )
    return model.fit(X_tr, y_tr), X_te.astype(np.float32), y_te


def export_onnx(model: Pipeline) -> bytes:
    """Serialize the whole pipeline (scaling included) to an ONNX graph with a
    dynamic batch dimension and a plain probability tensor (no ZipMap)."""
    sample = np.zeros((1, N_FEATURES), dtype=np.float32)
    onx = to_onnx(model, sample, options={"zipmap": False}, target_opset=17)
    return onx.SerializeToString()


class OnnxPredictor:
    """ONNX Runtime session on one thread; predict(rows) -> (labels, probas)."""

    def __init__(self, onnx_bytes: bytes) -> None:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            onnx_bytes, opts, providers=["CPUExecutionProvider"]
        )
        self.input_name = self.session.get_inputs()[0].name

    def predict(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        labels, probas = self.session.run(None, {self.input_name: rows})
        return labels, probas


# --8<-- [end:export]


# --8<-- [start:main]
def main() -> None:
    model, X_test, y_test = train_model()
    onnx_bytes = export_onnx(model)
    labels, probas = OnnxPredictor(onnx_bytes).predict(X_test)
    reference = model.predict_proba(X_test.astype(np.float64))
    print(
        f"ONNX graph: {len(onnx_bytes) / 1024:.1f} KiB, {len(X_test)} test digits"
    )
    print(f"test accuracy (ONNX Runtime): {np.mean(labels == y_test):.4f}")
    print(
        f"labels equal to scikit-learn: {np.sum(labels == model.predict(X_test))}"
        f" of {len(X_test)}"
    )
    print(f"max |p_onnx - p_sklearn|: {np.abs(probas - reference).max():.1e}")


# --8<-- [end:main]


if __name__ == "__main__":
    main()
