"""The Telegram Application: built by one factory from typed settings; ``serve`` starts polling."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, LinkPreviewOptions, Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

import handlers
from bot.settings import Settings, SettingsError
from handlers import deps, texts
from handlers.callbacks import CallbackCodec
from handlers.ratelimit import FloodGuard
from knowledge.access import AccessService
from knowledge.engine import Engine

logger = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]


def build_application(settings: Settings, engine: Engine | None = None) -> App:
    """The bot, wired from settings; the engine is opened in ``post_init`` unless one is given."""
    token = settings.require_token()

    async def post_init(application: App) -> None:
        await setup(application, settings, token, engine)

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(token)
        .defaults(Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(True)
        .post_init(post_init)
    )
    if settings.rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter())
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url)
    if settings.telegram_api_base_file_url:
        builder = builder.base_file_url(settings.telegram_api_base_file_url)
    application = builder.build()
    handlers.register(application)
    return application


async def setup(application: App, settings: Settings, token: str, engine: Engine | None) -> None:
    """post_init: open the engine once (in a thread), install the services, publish the commands."""
    if engine is None:
        engine = await asyncio.to_thread(Engine.open, settings.database_url)
    assert engine is not None
    access = await asyncio.to_thread(AccessService, engine.db, settings.admin_ids)
    services = deps.Deps(
        engine=engine,
        access=access,
        codec=CallbackCodec(token),
        flood=FloodGuard(settings.flood_burst, settings.flood_per_second),
        invite_days=settings.invite_days,
    )
    deps.install(application.bot_data, services)
    await publish_commands(application, settings)
    logger.info("Bot @%s ready (fact base version %s)", application.bot.username, engine.version)


async def publish_commands(application: App, settings: Settings) -> None:
    """The command menu in Vietnamese; admins also see theirs (if they have talked to the bot)."""
    everyone = [BotCommand(name, text) for name, text in texts.COMMANDS]
    await application.bot.set_my_commands(everyone, scope=BotCommandScopeDefault())
    admins = everyone + [BotCommand(name, text) for name, text in texts.ADMIN_COMMANDS]
    for admin_id in sorted(settings.admin_ids):
        try:
            await application.bot.set_my_commands(admins, scope=BotCommandScopeChat(admin_id))
        except TelegramError as err:  # "chat not found" until the admin opens the bot once
            logger.info("Admin commands not set for %s: %s", admin_id, err)


def serve(settings: Settings) -> None:
    """Run the bot with long polling until interrupted (``python -m bot serve``)."""
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=settings.log_level.upper()
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        application = build_application(settings)
    except SettingsError as err:
        raise SystemExit(f"Không khởi động được bot: {err}") from None
    application.run_polling(allowed_updates=Update.ALL_TYPES)


def main() -> None:
    """Entry point for running this module directly."""
    serve(Settings())


if __name__ == "__main__":
    main()
