"""``python -m bot``: the command line (see ``bot.cli``)."""

import importlib.util
import os
import sys
from pathlib import Path


def _project_python() -> Path | None:
    """The project's own interpreter (``.venv``) when this one lacks the project's packages."""
    if importlib.util.find_spec("babel") is not None and importlib.util.find_spec("sqlmodel") is not None:
        return None
    venv = Path(__file__).resolve().parent.parent / ".venv"
    python = venv / "bin" / "python"
    return python if python.exists() and Path(sys.prefix).resolve() != venv.resolve() else None


if (python := _project_python()) is not None:
    os.execv(python, [str(python), "-m", "bot", *sys.argv[1:]])  # "python -m bot" run outside the venv

from bot.cli import main  # noqa: E402  (after the interpreter is settled)

sys.exit(main())
