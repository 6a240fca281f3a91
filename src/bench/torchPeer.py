"""The PyTorch side of `npm run bench`: trains the same models on the same data and prints
samples per second as JSON, so NeuroCanvas' figures have a peer to be compared with.

Usage: python3 torchPeer.py <spec.json>
Each model trains once, then `repeats` more times; the median of those is reported, with the
first run (which also pays for warming up) beside it, as NeuroCanvas' side does.
The spec names, for each model, the files holding x (float32) and y (float32 one-hot) as raw
little-endian arrays, their shapes, the batch size, the epochs and the learning rate; and the
same for the test split, which is evaluated once after training, inside the timed span, as
NeuroCanvas' run does (loss and accuracy, in batches of 256, without gradients).
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn


def build(name, classes):
    if name == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, classes))
    if name == "cnn":
        # 28×28×1 → conv8 3×3 → pool 2 → conv16 3×3 → pool 2 → dense 10 (the layout our side builds).
        return nn.Sequential(
            nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 5 * 5, classes),
        )
    if name == "spiral":
        return nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, classes))
    raise ValueError(f"unknown model {name}")


EVAL_BATCH = 256


def load(entry, x_key, y_key):
    x = np.fromfile(entry[x_key], dtype="<f4").reshape(entry[x_key + "Shape"])
    y = np.fromfile(entry[y_key], dtype="<f4").reshape(entry[y_key + "Shape"])
    if entry["model"] == "cnn":
        x = x.transpose(0, 3, 1, 2).copy()  # NHWC → NCHW
    return torch.from_numpy(x), torch.from_numpy(y.argmax(axis=1)).long()


def evaluate(model, loss_fn, xs, labels):
    model.eval()
    loss, correct = 0.0, 0
    with torch.no_grad():
        for i in range(0, xs.shape[0], EVAL_BATCH):
            logits = model(xs[i : i + EVAL_BATCH])
            target = labels[i : i + EVAL_BATCH]
            loss += float(loss_fn(logits, target)) * target.shape[0]
            correct += int((logits.argmax(dim=1) == target).sum())
    model.train()
    return loss / xs.shape[0], correct / xs.shape[0]


def run(entry):
    xs, labels = load(entry, "x", "y")
    test_xs, test_labels = load(entry, "xTest", "yTest")
    torch.manual_seed(entry["seed"])
    model = build(entry["model"], entry["yShape"][1])
    optimizer = torch.optim.Adam(model.parameters(), lr=entry["learningRate"])
    loss_fn = nn.CrossEntropyLoss()
    batch = entry["batchSize"]
    n = xs.shape[0]
    generator = torch.Generator().manual_seed(entry["seed"])
    start = time.perf_counter()
    for _ in range(entry["epochs"]):
        order = torch.randperm(n, generator=generator)
        for i in range(0, n, batch):
            idx = order[i : i + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(xs[idx]), labels[idx])
            loss.backward()
            optimizer.step()
    test_loss, test_accuracy = evaluate(model, loss_fn, test_xs, test_labels)
    seconds = time.perf_counter() - start
    return {
        "model": entry["model"],
        "samplesPerSecond": n * entry["epochs"] / seconds,
        "finalLoss": float(loss),
        "testLoss": test_loss,
        "testAccuracy": test_accuracy,
    }


def steady(entry, repeats):
    """A first run, then `repeats` more: the median of those, with the first beside it."""
    first = run(entry)
    runs = sorted((run(entry) for _ in range(repeats)), key=lambda r: r["samplesPerSecond"])
    result = runs[len(runs) // 2] if runs else first
    return {**result, "firstRun": first["samplesPerSecond"], "runs": max(1, len(runs))}


def main():
    spec = json.load(open(sys.argv[1]))
    torch.set_num_threads(spec["threads"])
    results = [steady(entry, spec["repeats"]) for entry in spec["models"]]
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "results": results}))


if __name__ == "__main__":
    main()
