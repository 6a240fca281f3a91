"""The PyTorch side of `npm run bench`: trains the same models on the same data and prints
samples per second as JSON, so NeuroCanvas' figures have a peer to be compared with.

Usage: python3 torchPeer.py <spec.json>
The spec names, for each model, the files holding x (float32) and y (float32 one-hot) as raw
little-endian arrays, their shapes, the batch size, the epochs and the learning rate.
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


def run(entry):
    x = np.fromfile(entry["x"], dtype="<f4").reshape(entry["xShape"])
    y = np.fromfile(entry["y"], dtype="<f4").reshape(entry["yShape"])
    if entry["model"] == "cnn":
        x = x.transpose(0, 3, 1, 2).copy()  # NHWC → NCHW
    xs = torch.from_numpy(x)
    labels = torch.from_numpy(y.argmax(axis=1)).long()
    torch.manual_seed(entry["seed"])
    model = build(entry["model"], y.shape[1])
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
    seconds = time.perf_counter() - start
    return {"model": entry["model"], "samplesPerSecond": n * entry["epochs"] / seconds, "finalLoss": float(loss)}


def main():
    spec = json.load(open(sys.argv[1]))
    torch.set_num_threads(spec["threads"])
    results = [run(entry) for entry in spec["models"]]
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "results": results}))


if __name__ == "__main__":
    main()
