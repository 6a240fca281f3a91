"""Runs the train.py of every bundle folder given, in this one process, and prints the results.

Arguments: the options for every train.py, then "--", then the folders. Prints one JSON list:
per folder, train.py's exit status and what it printed.
"""

import contextlib
import io
import json
import os
import runpy
import sys
import traceback

split = sys.argv.index("--")
options, folders = sys.argv[1:split], sys.argv[split + 1:]
results = []
for folder in folders:
    for name in ("model", "train"):
        sys.modules.pop(name, None)
    sys.path.insert(0, folder)
    sys.argv = [os.path.join(folder, "train.py"), *options]
    printed = io.StringIO()
    status = None
    try:
        with contextlib.redirect_stdout(printed):
            try:
                runpy.run_path(sys.argv[0], run_name="__main__")
                status = 0
            except SystemExit as stop:
                status = stop.code
    except Exception:
        printed.write(traceback.format_exc())
    sys.path.remove(folder)
    results.append({"folder": folder, "status": status, "printed": printed.getvalue()})
print(json.dumps(results))
