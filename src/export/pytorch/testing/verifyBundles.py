"""Runs the verify.py of every bundle folder given, in this one process, and prints the results.

Each bundle has its own model.py, so the modules named model and verify are dropped between
bundles. Prints one JSON list: per folder, verify.py's exit status and what it printed.
"""

import contextlib
import io
import json
import os
import runpy
import sys
import traceback

results = []
for folder in sys.argv[1:]:
    for name in ("model", "verify"):
        sys.modules.pop(name, None)
    sys.path.insert(0, folder)
    printed = io.StringIO()
    status = None
    try:
        with contextlib.redirect_stdout(printed):
            try:
                runpy.run_path(os.path.join(folder, "verify.py"), run_name="__main__")
                status = 0
            except SystemExit as stop:
                status = stop.code
    except Exception:
        printed.write(traceback.format_exc())
    sys.path.remove(folder)
    results.append({"folder": folder, "status": status, "printed": printed.getvalue()})
print(json.dumps(results))
