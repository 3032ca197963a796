from tests.telegram.conftest import Tg


def test_smoke(tg: Tg) -> None:
    person = tg.member()
    reply = tg.ask(person, "bao nhiêu đảng viên?")
    print(reply.params)
    assert "<b>7.261</b>" in reply.text
