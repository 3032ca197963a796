"""User-facing strings of the terminal chat."""

CHAT_WELCOME = (
    "Chào bạn! Tôi trả lời câu hỏi về số liệu trong báo cáo, kèm nguồn trích dẫn.\n"
    "Gõ câu hỏi rồi nhấn Enter; /help để xem hướng dẫn, /thoat để thoát. Ví dụ:"
)
CHAT_PROMPT = "Bạn hỏi: "
CHAT_HELP = (
    "Hỏi như khi nhắn tin, có dấu hay không dấu đều được, ví dụ:\n"
    "  • bao nhiêu đảng viên bị kỷ luật?\n"
    "  • ket nap dang vien dat bao nhieu % chi tieu\n"
    "  • năm 2021 có mấy đv\n"
    "Lệnh: /baocao (báo cáo đã nạp), /thoat (thoát)."
)
CHAT_BYE = "Tạm biệt!"
NO_TOKEN_NOTE = "Chưa cấu hình TELEGRAM_BOT_TOKEN: mở bot trong cửa sổ dòng lệnh (xem .env.example để chạy trên Telegram)."
