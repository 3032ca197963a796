"""Load benchmark (not a test): simulated users ask the real bot through the fake Bot API server.

Each of N users (default 50) asks M questions one after another (waiting for each reply), against
(a) the real bot (``python -m bot serve``) and (b) an echo bot built by the same factory
(same Application, rate limiter, concurrency; only the handlers differ). Prints throughput and
p50/p99 reply latency of both, and what the bot adds over the echo bot; with Telegram's rate
limiter on (as deployed: ~30 messages/s overall) and off (the bot's own cost).

    .venv/bin/python benchmarks/bench_telegram.py [--users 50] [--questions 10]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import create_engine  # noqa: E402

from knowledge.access import AccessService  # noqa: E402
from tests.telegram.fakebotapi import FakeBotApi, User  # noqa: E402

TOKEN = "123:ABC"
QUESTIONS = [
    "Đảng bộ Khối có bao nhiêu đảng viên?",
    "kết nạp bao nhiêu đảng viên",
    "thu ngân sách đạt bao nhiêu phần trăm chỉ tiêu",
    "bao nhiêu đảng viên bị kỷ luật",
    "tổng số đảng viên năm 2022",
    "tổng doanh thu",
    "số máy bay chiến đấu",
    "Năm 2020 nhận thức về đảng là bao nhiêu?",
]
ECHO_BOT = """
from telegram.ext import MessageHandler, filters
from bot.application import build_application
from bot.settings import Settings

async def echo(update, context):
    await update.effective_message.reply_text(update.effective_message.text)

app = build_application(Settings())
app.handlers.clear()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling()
"""


@dataclass
class Result:
    name: str
    replies: int
    seconds: float
    latencies: list[float]

    def line(self) -> str:
        q = statistics.quantiles(self.latencies, n=100)
        return (
            f"{self.name:<34} {self.replies / self.seconds:8.1f} replies/s"
            f"   p50 {q[49] * 1000:7.1f} ms   p99 {q[98] * 1000:7.1f} ms"
        )


def start_bot(api: FakeBotApi, folder: Path, echo: bool, rate_limiter: bool) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_API_BASE_FILE_URL": api.base_file_url,
        "ADMIN_IDS": "1",
        "DATABASE_URL": f"sqlite:///{folder / 'bench.db'}",
        "FLOOD_BURST": "100000",  # the load is many questions per user on purpose
        "RATE_LIMITER": str(rate_limiter).lower(),
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-c", ECHO_BOT] if echo else [sys.executable, "-m", "bot", "serve"]
    log = (folder / ("echo.log" if echo else "bot.log")).open("ab")
    proc = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    polls = api.polls
    for _ in range(120):
        if api.wait_polls(polls + 1, timeout=1.0):
            return proc
        if proc.poll() is not None:
            break
    proc.kill()
    log.close()
    tail = (folder / ("echo.log" if echo else "bot.log")).read_text(errors="replace")[-3000:]
    raise RuntimeError(f"the bot did not start:\n{tail}")


def stop_bot(api: FakeBotApi, proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    api.hurry()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
    api._hurry = False


def user_session(
    api: FakeBotApi, user: User, count: int, latencies: list[float], lock: threading.Lock
) -> None:
    for i in range(count):
        before = len(api.sent("sendMessage", user.id))
        started = time.perf_counter()
        api.send_text(user, QUESTIONS[(user.id + i) % len(QUESTIONS)])
        api.wait_sent(user.id, count=before + 1, timeout=120)
        with lock:
            latencies.append(time.perf_counter() - started)


def run_load(api: FakeBotApi, users: list[User], count: int, name: str) -> Result:
    api.reset()
    for user in users[:5]:  # warm-up, not measured
        user_session(api, user, 1, [], threading.Lock())
    api.reset()
    latencies: list[float] = []
    lock = threading.Lock()
    threads = [threading.Thread(target=user_session, args=(api, u, count, latencies, lock)) for u in users]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(name, len(latencies), time.perf_counter() - started, latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10, help="questions per user")
    args = parser.parse_args()
    api = FakeBotApi(TOKEN).start()
    users = [User(10_000 + i, f"Cán bộ {i}") for i in range(args.users)]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-telegram-") as tmp:
        folder = Path(tmp)
        access = AccessService(create_engine(f"sqlite:///{folder / 'bench.db'}"), {1})
        for user in users:
            access.redeem(access.create_invite(1).token, user.id, user.first_name)
        for rate_limiter in (False, True):
            for echo in (True, False):
                proc = start_bot(api, folder, echo, rate_limiter)
                try:
                    name = f"{'echo bot' if echo else 'baocao bot'}, rate limiter {'on' if rate_limiter else 'off'}"
                    results.append(run_load(api, users, args.questions, name))
                    print(results[-1].line(), flush=True)
                finally:
                    stop_bot(api, proc)
    api.stop()
    print(
        f"\n{args.users} users × {args.questions} questions each, closed loop (next question after the reply)."
    )
    for off_on in (0, 2):
        echoed, full = results[off_on], results[off_on + 1]
        added = statistics.median(full.latencies) - statistics.median(echoed.latencies)
        p99 = (
            statistics.quantiles(full.latencies, n=100)[98] - statistics.quantiles(echoed.latencies, n=100)[98]
        )
        print(
            f"rate limiter {'on ' if off_on else 'off'}: the bot adds {added * 1000:+.1f} ms at p50, {p99 * 1000:+.1f} ms at p99; "
            f"throughput {full.replies / full.seconds / (echoed.replies / echoed.seconds):.0%} of the echo bot"
        )


if __name__ == "__main__":
    main()
