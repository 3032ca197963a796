"""What the handlers get through ``context.bot_data``: the engine, access, callback codec, flood guard."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from telegram.ext import ContextTypes

from handlers.callbacks import CallbackCodec
from handlers.ratelimit import FloodGuard
from knowledge.access import AccessService
from knowledge.engine import Engine

KEY = "deps"


@dataclass
class Deps:
    """Everything a handler needs besides the update."""

    engine: Engine
    access: AccessService
    codec: CallbackCodec
    flood: FloodGuard
    invite_days: int = 7


def install(bot_data: MutableMapping[str, Any], deps: Deps) -> None:
    """Put the services where handlers find them (also under the plain names "engine", "access")."""
    bot_data[KEY] = deps
    bot_data["engine"] = deps.engine
    bot_data["access"] = deps.access


def get(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    return context.bot_data[KEY]  # type: ignore[no-any-return]
