"""Typed settings and the Application factory (no network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram.ext import AIORateLimiter, CommandHandler

from bot.application import build_application
from bot.settings import Settings, SettingsError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in [
        "TELEGRAM_BOT_TOKEN",
        "ADMIN_IDS",
        "DATABASE_URL",
        "TELEGRAM_API_BASE_URL",
        "TELEGRAM_API_BASE_FILE_URL",
    ]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here


@pytest.mark.parametrize(
    ("raw", "ids"),
    [("", set()), ("42", {42}), ("1,2, 3", {1, 2, 3}), ("7;8", {7, 8})],
    ids=["empty", "one", "commas-spaces", "semicolon"],
)
def test_admin_ids_from_the_environment(monkeypatch: pytest.MonkeyPatch, raw: str, ids: set[int]) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    assert Settings().admin_ids == ids


def test_env_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=9:XYZ\nADMIN_IDS=5\n", encoding="utf-8")
    settings = Settings()
    assert settings.require_token() == "9:XYZ" and settings.admin_ids == {5}
    assert "9:XYZ" not in repr(settings)


def test_serving_without_a_token_fails_clearly() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings())


def test_factory_wires_base_urls_rate_limiter_and_handlers() -> None:
    settings = Settings(
        telegram_bot_token="123:ABC",  # type: ignore[arg-type]
        telegram_api_base_url="http://127.0.0.1:9/bot",
        telegram_api_base_file_url="http://127.0.0.1:9/file/bot",
    )
    application = build_application(settings)
    assert application.bot.base_url == "http://127.0.0.1:9/bot123:ABC"
    assert application.bot.base_file_url == "http://127.0.0.1:9/file/bot123:ABC"
    assert application.bot.local_mode is False
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)
    commands = {
        c
        for group in application.handlers.values()
        for h in group
        if isinstance(h, CommandHandler)
        for c in h.commands
    }
    assert {
        "start",
        "help",
        "hoi",
        "baocao",
        "chude",
        "chitieu",
        "moi",
        "thanhvien",
        "chophepnhom",
        "thongke",
    } <= commands
    assert application.error_handlers
