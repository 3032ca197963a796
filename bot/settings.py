"""Typed settings from the environment and ``.env``; nothing is read at import time."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class SettingsError(RuntimeError):
    """A setting needed for the asked command is missing or wrong."""


class Settings(BaseSettings):
    """The bot's settings: token, admins, database and Bot API server."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_url: str | None = None
    telegram_api_base_url: str | None = None  # e.g. http://127.0.0.1:8081/bot (self-hosted Bot API)
    telegram_api_base_file_url: str | None = None  # e.g. http://127.0.0.1:8081/file/bot
    invite_days: int = Field(default=7, ge=1)
    flood_burst: int = Field(default=20, ge=1)  # messages a user may send at once
    flood_per_second: float = Field(default=1.0, gt=0)  # how fast the allowance comes back
    rate_limiter: bool = True  # AIORateLimiter: keep within Telegram's limits (off only for load tests)
    log_level: str = "INFO"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        """ADMIN_IDS=1,2 3 → {1, 2, 3}."""
        if isinstance(value, int):
            return {value}
        if isinstance(value, str):
            return {
                int(part) for part in value.replace(";", ",").replace(" ", ",").split(",") if part.strip()
            }
        return value

    def require_token(self) -> str:
        """The bot token, or a clear error when it is not set."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value().strip():
            raise SettingsError(
                "chưa đặt TELEGRAM_BOT_TOKEN: hãy khai báo trong biến môi trường hoặc tệp .env "
                "(xem .env.example); lấy token từ @BotFather."
            )
        return self.telegram_bot_token.get_secret_value().strip()
