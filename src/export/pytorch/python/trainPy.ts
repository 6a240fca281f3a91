/**
 * The bundle's train.py: trains the exported model as NeuroCanvas does — same loss, optimizer
 * with Keras' defaults, learning-rate schedule, batch size, epochs, validation and early stopping —
 * starting from the bundle's weights. It runs as it is on one machine or under torchrun with
 * DistributedDataParallel.
 */
import type { TrainingSettings } from '../../../project/training';
import type { ExportModel } from '../../bundle/types';
import { py } from '../names';
import { permutation, type ModelPlan } from '../plan';

const CLASSIFICATION = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
]);

/**
 * The loss as tfjs computes it. Cross-entropy reads probabilities (the model ends in softmax or
 * sigmoid), renormalised and clipped to [ε, 1 − ε] with ε = 1e-7, as Keras does. Targets arrive
 * one-hot, so sparse categorical cross-entropy is the categorical one.
 */
function lossBody(loss: string): string[] {
  switch (loss) {
    case 'categorical_crossentropy':
    case 'sparse_categorical_crossentropy':
      return [
        'probabilities = prediction / prediction.sum(dim=-1, keepdim=True)',
        'probabilities = probabilities.clamp(EPSILON, 1 - EPSILON)',
        'return -(target * probabilities.log()).sum(dim=-1).mean()',
      ];
    case 'binary_crossentropy':
      return [
        'p = prediction.clamp(EPSILON, 1 - EPSILON)',
        'return -(target * p.log() + (1 - target) * (1 - p).log()).mean()',
      ];
    case 'mean_squared_error':
      return ['return F.mse_loss(prediction, target)'];
    case 'mean_absolute_error':
      return ['return F.l1_loss(prediction, target)'];
    case 'huber':
      return ['return F.huber_loss(prediction, target, delta=1.0)'];
    case 'dice':
      // Per example, then the mean: 1 − (2·Σ t·p + 1) / (Σ t + Σ p + 1), as NeuroCanvas trains.
      return [
        'flat_t = target.reshape(len(target), -1)',
        'flat_p = prediction.reshape(len(prediction), -1)',
        'overlap = (flat_t * flat_p).sum(dim=1)',
        'total = flat_t.sum(dim=1) + flat_p.sum(dim=1)',
        'return (1 - (2 * overlap + 1) / (total + 1)).mean()',
      ];
    default:
      throw new Error(`Loss '${loss}' has no PyTorch form here.`);
  }
}

/** Keras' defaults for what the settings leave open: ε = 1e-7, Adam β (0.9, 0.999), ρ 0.9/0.95. */
function optimizerCall(t: TrainingSettings): string {
  switch (t.optimizer) {
    case 'sgd':
      return t.momentum > 0
        ? `torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=${py(t.momentum)}, nesterov=${py(t.nesterov)})`
        : 'torch.optim.SGD(parameters, lr=LEARNING_RATE)';
    case 'adam':
      return 'torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=EPSILON)';
    case 'rmsprop':
      return 'torch.optim.RMSprop(parameters, lr=LEARNING_RATE, alpha=0.9, eps=EPSILON)';
    case 'adagrad':
      return 'torch.optim.Adagrad(parameters, lr=LEARNING_RATE, initial_accumulator_value=0.1, eps=EPSILON)';
    case 'adadelta':
      return 'torch.optim.Adadelta(parameters, lr=LEARNING_RATE, rho=0.95, eps=EPSILON)';
    case 'adamax':
      return 'torch.optim.Adamax(parameters, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=EPSILON)';
  }
}

function scheduleBody(t: TrainingSettings): { doc: string; body: string } {
  switch (t.lrSchedule) {
    case 'constant':
      return { doc: 'Constant.', body: 'return LEARNING_RATE' };
    case 'step':
      return {
        doc: `Step decay: × ${t.lrStepFactor} every ${t.lrStepEpochs} epochs.`,
        body: `return LEARNING_RATE * ${py(t.lrStepFactor)} ** (epoch // ${t.lrStepEpochs})`,
      };
    case 'exponential':
      return {
        doc: `Exponential decay: × ${t.lrDecayRate} after every epoch.`,
        body: `return LEARNING_RATE * ${py(t.lrDecayRate)} ** epoch`,
      };
    case 'cosine':
      return {
        doc: 'Cosine: from the starting rate down to 0 at the end of the run.',
        body: 'return LEARNING_RATE * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))',
      };
  }
}

const INDENT = (lines: readonly string[]) => lines.map((l) => `    ${l}`).join('\n');

export function trainPy(model: ExportModel, plan: ModelPlan): string {
  if (plan.inputs.length !== 1 || plan.outputs.length !== 1) {
    return `"""Training needs a model with one input and one output, as in NeuroCanvas; this one has
${plan.inputs.length} input(s) and ${plan.outputs.length} output(s). Train it with your own loop
around model.build_model().
"""

import sys

sys.exit("train.py: this model has ${plan.inputs.length} input(s) and ${plan.outputs.length} output(s); training needs one of each.")
`;
  }
  const t = model.training;
  const output = model.topology.outputs[0]!;
  const input = plan.inputs[0]!;
  const units = output.shape.reduce((p, d) => p * d, 1);
  const classification = CLASSIFICATION.has(output.loss);
  const inputPermutation =
    input.shape.length > 1 && input.layout === 'first'
      ? py(permutation(input.shape.length, 'first'))
      : 'None';
  const schedule = scheduleBody(t);
  const dataset = model.datasetId ? ` (NeuroCanvas dataset "${model.datasetId}")` : '';
  const monitorDown = t.earlyStoppingMonitor !== 'val_accuracy';
  const lossUsesF = lossBody(output.loss).some((line) => line.includes('F.'));

  return `"""Trains the model as NeuroCanvas does, starting from the bundle's weights.

Settings: loss ${output.loss}, optimizer ${t.optimizer}, learning rate ${t.learningRate}, schedule ${t.lrSchedule},
batch size ${t.batchSize}, ${t.epochs} epochs, validation ${t.validationSource === 'split' ? `on ${t.validationSplit} of the training data` : 'on the test set'}.

Data: data.npz${dataset} with x_train, y_train and optionally x_test, y_test, in NeuroCanvas'
layout: inputs channels-last, classification targets one-hot (whole-number labels work too).

    python train.py                        # one machine
    python train.py --epochs 1 --limit 500 # a quick check
    torchrun --nproc_per_node=4 train.py   # DistributedDataParallel, 4 processes

Under torchrun each process takes batch_size / processes examples per step, so an update still
averages ${t.batchSize} examples. Rank 0 prints the progress and saves trained_weights.npz, which
build_model("trained_weights.npz") loads.
"""

import argparse
import copy
import math
import os
import sys

import numpy as np
import torch
import torch.distributed as dist
${lossUsesF ? 'import torch.nn.functional as F\n' : ''}from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

from model import build_model

HERE = os.path.dirname(os.path.abspath(__file__))

LEARNING_RATE = ${py(t.learningRate)}
BATCH_SIZE = ${t.batchSize}
EPOCHS = ${t.epochs}
VALIDATION_SOURCE = ${py(t.validationSource)}  # "split": held back from x_train; "test": x_test
VALIDATION_SPLIT = ${py(t.validationSplit)}
SHUFFLE = ${py(t.shuffle)}
SEED = ${t.seed}
EARLY_STOPPING = ${py(t.earlyStopping)}
MONITOR = ${py(t.earlyStoppingMonitor)}
PATIENCE = ${t.earlyStoppingPatience}
RESTORE_BEST_WEIGHTS = ${py(t.restoreBestWeights)}
# Keras' fuzz factor: the clipping of probabilities and the optimizers' epsilon.
EPSILON = 1e-7
CLASSIFICATION = ${py(classification)}
OUTPUT_UNITS = ${units}
# From NeuroCanvas' channels-last inputs to the model's layout (None: the same).
INPUT_PERMUTATION = ${inputPermutation}


def loss_function(prediction, target):
    """${output.loss}, averaged over the batch."""
${INDENT(lossBody(output.loss))}


def learning_rate(epoch, progress):
    """${schedule.doc} epoch: epochs completed; progress: share of all batches done."""
    ${schedule.body}


def make_optimizer(parameters):
    return ${optimizerCall(t)}


def as_dataset(x, y):
    """Tensors in the model's layouts from arrays in NeuroCanvas' layouts."""
    x = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))
    if INPUT_PERMUTATION is not None:
        x = x.permute(*INPUT_PERMUTATION).contiguous()
    y = np.asarray(y)
    if CLASSIFICATION and y.ndim == 1 and y.dtype.kind in "iu" and OUTPUT_UNITS > 1:
        y = np.eye(OUTPUT_UNITS, dtype=np.float32)[y]
    y = torch.from_numpy(np.ascontiguousarray(y, dtype=np.float32))
    if y.ndim == 1:
        y = y[:, None]
    if CLASSIFICATION and OUTPUT_UNITS == 1 and y.shape[1] == 2:
        # One sigmoid unit for two classes: the target is the one-hot row's second column.
        y = y[:, 1:]
    return TensorDataset(x, y)


def load_data(path, limit):
    """Training and validation sets (validation may be None)."""
    if not os.path.exists(path):
        sys.exit(f"train.py: {path} not found. It holds x_train, y_train, x_test, y_test "
                 "(NeuroCanvas' layout); export the model with its dataset to get it.")
    with np.load(path) as data:
        x_train, y_train = data["x_train"], data["y_train"]
        has_test = "x_test" in data.files and len(data["x_test"]) > 0
        x_test, y_test = (data["x_test"], data["y_test"]) if has_test else (None, None)
    if limit is not None:
        x_train, y_train = x_train[:limit], y_train[:limit]
    if VALIDATION_SOURCE == "test":
        validation = as_dataset(x_test, y_test) if has_test else None
        return as_dataset(x_train, y_train), validation
    held = min(len(x_train) - 1, round(len(x_train) * VALIDATION_SPLIT))
    if held <= 0:
        return as_dataset(x_train, y_train), None
    order = np.random.default_rng(SEED).permutation(len(x_train))
    keep, hold = np.sort(order[:len(x_train) - held]), np.sort(order[len(x_train) - held:])
    return as_dataset(x_train[keep], y_train[keep]), as_dataset(x_train[hold], y_train[hold])


def correct(prediction, target):
    """How many examples of the batch are classified right."""
    if OUTPUT_UNITS == 1:
        return ((prediction > 0.5) == (target > 0.5)).sum().item()
    return (prediction.argmax(dim=-1) == target.argmax(dim=-1)).sum().item()


def evaluate(model, dataset, device):
    """Mean loss (with the weight penalty, as in training) and accuracy over a whole dataset."""
    model.eval()
    loss_sum, right = 0.0, 0
    with torch.no_grad():
        for x, y in DataLoader(dataset, batch_size=max(BATCH_SIZE, 256)):
            x, y = x.to(device), y.to(device)
            prediction = model(x)
            loss_sum += loss_function(prediction, y).item() * len(x)
            right += correct(prediction, y) if CLASSIFICATION else 0
    count = len(dataset)
    loss = loss_sum / count + model.regularization_loss().item()
    return {"loss": loss, "accuracy": right / count}


def start_processes():
    """Rank, number of processes and device; joins the process group when torchrun started us."""
    cuda = torch.cuda.is_available()
    if int(os.environ.get("WORLD_SIZE", "1")) <= 1:
        return 0, 1, torch.device("cuda" if cuda else "cpu")
    dist.init_process_group("nccl" if cuda else "gloo")
    if cuda:
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        torch.cuda.set_device(local_rank)
        return dist.get_rank(), dist.get_world_size(), torch.device("cuda", local_rank)
    return dist.get_rank(), dist.get_world_size(), torch.device("cpu")


def summed(values, world, device):
    """Adds the numbers of every process together."""
    if world == 1:
        return values
    total = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(total)
    return total.tolist()


def improved(value, best):
    """Whether the monitored number beat the best so far; NaN never does."""
    return not math.isnan(value) and (best is None or value ${monitorDown ? '<' : '>'} best)


def main():
    parser = argparse.ArgumentParser(description="Train the exported NeuroCanvas model.")
    parser.add_argument("--data", default=os.path.join(HERE, "data.npz"),
                        help="the data.npz to train on")
    parser.add_argument("--epochs", type=int, default=EPOCHS, help=f"epochs (default {EPOCHS})")
    parser.add_argument("--limit", type=int, default=None,
                        help="train on the first N examples only")
    parser.add_argument("--out", default=os.path.join(HERE, "trained_weights.npz"),
                        help="where rank 0 saves the trained weights")
    args = parser.parse_args()

    rank, world, device = start_processes()
    torch.manual_seed(SEED)
    log = print if rank == 0 else (lambda *_: None)
    train_set, validation_set = load_data(args.data, args.limit)
    model = build_model().to(device)
    network = DistributedDataParallel(model) if world > 1 else model
    sampler = DistributedSampler(train_set, shuffle=SHUFFLE, seed=SEED) if world > 1 else None
    batches = DataLoader(train_set, batch_size=max(1, BATCH_SIZE // world), sampler=sampler,
                         shuffle=SHUFFLE and sampler is None,
                         generator=torch.Generator().manual_seed(SEED))
    optimizer = make_optimizer(model.parameters())

    watched = validation_set if validation_set is not None else train_set
    before = evaluate(model, watched, device)
    watched_name = "val_loss" if validation_set is not None else "loss"
    log(f"before training: {watched_name} {before['loss']:.4f}")
    best, best_state, waited = None, None, 0
    total_steps = args.epochs * len(batches)
    for epoch in range(args.epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        network.train()
        loss_sum, right, count = 0.0, 0, 0
        for step, (x, y) in enumerate(batches):
            x, y = x.to(device), y.to(device)
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(epoch, (epoch * len(batches) + step) / total_steps)
            optimizer.zero_grad()
            prediction = network(x)
            loss = loss_function(prediction, y) + model.regularization_loss()
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * len(x)
            right += correct(prediction.detach(), y) if CLASSIFICATION else 0
            count += len(x)
        loss_sum, right, count = summed([loss_sum, right, count], world, device)
        scores = {"loss": loss_sum / count}
        if CLASSIFICATION:
            scores["accuracy"] = right / count
        if validation_set is not None:
            validation = evaluate(model, validation_set, device)
            scores["val_loss"] = validation["loss"]
            if CLASSIFICATION:
                scores["val_accuracy"] = validation["accuracy"]
        shown = ", ".join(f"{key} {value:.4f}" for key, value in scores.items())
        log(f"epoch {epoch + 1}/{args.epochs}: {shown}, lr {optimizer.param_groups[0]['lr']:.3g}")
        if EARLY_STOPPING and MONITOR in scores:
            if improved(scores[MONITOR], best):
                best, best_state, waited = scores[MONITOR], copy.deepcopy(model.state_dict()), 0
            else:
                waited += 1
                if waited >= PATIENCE:
                    log(f"stopping early: {MONITOR} has not improved for {waited} epochs")
                    if RESTORE_BEST_WEIGHTS:
                        model.load_state_dict(best_state)
                    break

    if rank == 0:
        state = {name: value.cpu().numpy() for name, value in model.state_dict().items()
                 if not name.endswith("num_batches_tracked")}
        np.savez(args.out, **state)
        log(f"saved the trained weights to {args.out}")
    if world > 1:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
`;
}
