"""Every Vietnamese string the Telegram bot shows, in one place (HTML where marked)."""

# Commands for the menu (set_my_commands).
COMMANDS = [
    ("hoi", "Hỏi một số liệu trong báo cáo"),
    ("baocao", "Báo cáo đang được dùng để trả lời"),
    ("chude", "Xem số liệu theo mục của báo cáo"),
    ("chitieu", "Chỉ tiêu nghị quyết và kết quả thực hiện"),
    ("help", "Hướng dẫn sử dụng"),
    ("start", "Bắt đầu"),
]
ADMIN_COMMANDS = [
    ("moi", "Tạo đường dẫn mời thành viên"),
    ("thanhvien", "Danh sách thành viên"),
    ("chophepnhom", "Cho phép cả nhóm này hỏi bot"),
    ("thongke", "Thống kê câu hỏi"),
]

# Welcome and help (HTML).
WELCOME = (
    "Xin chào {name}!\n"
    "Tôi trả lời câu hỏi về <b>số liệu trong báo cáo</b>, kèm nguồn trích dẫn (mục, chú thích, phụ lục).\n"
    "Đang dùng: {reports}\n\n"
    "Bạn cứ gõ câu hỏi, hoặc thử một ví dụ:"
)
NO_REPORT = "chưa có báo cáo nào"
HELP = (
    "<b>Cách hỏi</b>\n"
    "• Trong tin nhắn riêng: gõ thẳng câu hỏi, ví dụ “bao nhiêu đảng viên bị kỷ luật?”.\n"
    "• Trong nhóm: nhắc tên {mention}, trả lời tin nhắn của bot, hoặc dùng /hoi câu hỏi.\n"
    "• Ở bất kỳ cuộc trò chuyện nào: gõ {mention} câu hỏi rồi chọn kết quả.\n\n"
    "<b>Lệnh</b>\n"
    "/hoi – hỏi một số liệu\n"
    "/baocao – báo cáo đang dùng\n"
    "/chude – xem số liệu theo mục\n"
    "/chitieu – chỉ tiêu và kết quả thực hiện\n"
    "Dưới mỗi câu trả lời: <b>Nguồn</b> (trích nguyên văn), <b>Liên quan</b>, <b>Biểu đồ</b>, 👍/👎 để góp ý."
)
HELP_ADMIN = (
    "\n\n<b>Quản trị</b>\n"
    "/moi – tạo đường dẫn mời (dùng một lần)\n"
    "/thanhvien – danh sách thành viên, thu hồi quyền\n"
    "/chophepnhom – cho phép cả nhóm hiện tại hỏi bot\n"
    "/thongke – thống kê câu hỏi\n"
    "Gửi tệp .docx, .pdf hoặc .txt để nạp báo cáo mới."
)
HOI_USAGE = "Bạn hãy gõ câu hỏi sau lệnh, ví dụ: <code>/hoi bao nhiêu đảng viên?</code>"

# Access.
DENIED = "Xin lỗi, bot chỉ phục vụ những người được mời. Bạn hãy liên hệ quản trị viên để nhận đường dẫn mời."
DENIED_SHORT = "Xin lỗi, bạn chưa được cấp quyền dùng bot."
DENIED_INLINE_BUTTON = "Bạn chưa được cấp quyền – nhấn để xem hướng dẫn"
ADMIN_ONLY = "Lệnh này chỉ dành cho quản trị viên."
INVITE_JOINED = "Chào mừng {name}! Bạn đã được cấp quyền hỏi bot."
INVITE_ALREADY = "Bạn đã có quyền dùng bot rồi."
INVITE_USED = "Đường dẫn mời này đã được dùng. Bạn hãy xin quản trị viên một đường dẫn mới."
INVITE_EXPIRED = "Đường dẫn mời này đã hết hạn. Bạn hãy xin quản trị viên một đường dẫn mới."
INVITE_UNKNOWN = "Đường dẫn mời không hợp lệ. Bạn hãy kiểm tra lại hoặc xin quản trị viên một đường dẫn mới."
INVITE_CREATED = (
    "Đường dẫn mời (dùng một lần, hết hạn ngày {expires}):\n{link}\n\n"
    "Gửi đường dẫn này cho người cần mời; họ chỉ cần bấm vào và nhấn Bắt đầu."
)
GROUP_ALLOWED = "Đã cho phép mọi người trong nhóm “{title}” hỏi bot."
GROUP_ONLY = "Hãy dùng lệnh này trong nhóm cần cho phép."
MEMBERS_HEADER = "<b>Thành viên ({count})</b>"
MEMBERS_EMPTY = "Chưa có thành viên nào. Dùng /moi để tạo đường dẫn mời."
MEMBER_LINE = "• {name} – <code>{chat_id}</code>{group} (từ {joined})"
MEMBER_GROUP = " (nhóm)"
MEMBER_REVOKE_BUTTON = "Thu hồi {name}"
MEMBER_REVOKED = "Đã thu hồi quyền của {name}."
MEMBER_NOT_FOUND = "Thành viên này không còn trong danh sách."

# Answers (HTML).
SOURCE_PREFIX = "📄 "
SOURCE_REPORT = "Báo cáo {report}{when}"
FULL_SOURCE = "<b>Nguồn</b>\n{source}\n\n<i>Nguyên văn:</i>\n<blockquote>{quote}</blockquote>"
RELATED_HEADER = "<b>Số liệu liên quan</b> – {label}"
RELATED_NONE = "Không có số liệu liên quan khác."
CHART_NONE = "Số liệu này chỉ có một kỳ, không vẽ được biểu đồ."
CHART_CAPTION = "{label} qua các kỳ"
AMBIGUOUS = "Ý bạn là…"
NOT_FOUND = "Báo cáo không có số liệu này."
SUGGEST_HEADER = "Báo cáo có số liệu về các chủ đề gần đây, bấm để hỏi:"
CONFLICT_HEADER = "⚠️ Báo cáo ghi số liệu này khác nhau ở hai chỗ:"
PARTS_HEADER = "Gồm:"
COMPUTED_FROM = "Từ các số liệu:"
PARTS_WITHIN = "Trong đó:"
ALSO_ASKED = "Các số liệu khác được hỏi:"
SERIES_HEADER = "Theo từng kỳ:"
COMPUTED_PREFIX = "Tính từ số liệu báo cáo – "
COMPUTED_NOTE = "(số tính toán từ báo cáo)"

# Buttons.
BUTTON_SOURCE = "Nguồn"
BUTTON_RELATED = "Liên quan"
BUTTON_CHART = "Biểu đồ"
BUTTON_UP = "👍"
BUTTON_DOWN = "👎"
BUTTON_BACK = "« Quay lại"
FEEDBACK_THANKS_UP = "Cảm ơn bạn đã góp ý 👍"
FEEDBACK_THANKS_DOWN = "Cảm ơn bạn! Câu hỏi này sẽ được xem lại để bot trả lời tốt hơn."

# Buttons that can't be used.
STALE_BUTTON = "Nút này đã cũ (báo cáo vừa được cập nhật). Bạn hãy hỏi lại."
FORGED_BUTTON = "Nút này không hợp lệ."
GONE_FIGURE = "Số liệu này không còn trong báo cáo. Bạn hãy hỏi lại."

# Reports, topics, targets (HTML).
REPORTS_HEADER = "<b>Báo cáo đang dùng</b>"
REPORT_LINE = (
    "• <b>{number}</b> ngày {date}\n  {title}\n"
    "  {facts} số liệu · {footnotes} chú thích · {rows} dòng phụ lục · {conflicts} chỗ không khớp"
)
REPORTS_NONE = "Chưa có báo cáo nào được nạp."
TOPIC_ROOT = "<b>Các mục của báo cáo</b>"
TOPIC_FIGURES = "<b>Số liệu</b>"
TOPIC_EMPTY = "Mục này không có số liệu."
TOPIC_GONE = "Mục này không còn trong báo cáo. Bạn hãy gõ /chude để xem lại."
TARGETS_HEADER = "<b>Chỉ tiêu nghị quyết và kết quả thực hiện</b>"
TARGETS_NONE = "Báo cáo không có bảng chỉ tiêu."
TARGET_LINE = "{mark} {label}: {achieved} / {target}{share}"
TARGET_SHARE = " ({share})"
TARGET_MISSING = "chưa có số"
TARGETS_LEGEND = "✅ đạt · ⚠️ chưa đạt · ▫️ báo cáo không ghi rõ"
MORE = "… (còn nữa)"

# Admin: loading a report, statistics.
LOAD_STARTED = "Đang đọc tệp {name}…"
LOAD_OK = "✅ {summary}"
LOAD_FAILED = "❌ Không nạp được báo cáo: {error}\nDữ liệu cũ vẫn được giữ nguyên."
LOAD_TOO_BIG = "Tệp quá lớn (tối đa 20 MB)."
DOC_REFUSED = "Xin lỗi, chỉ quản trị viên mới gửi được tệp báo cáo cho bot."
STATS = (
    "<b>Thống kê</b>\n"
    "Câu hỏi: {questions} (trả lời được {answered}, nhiều nghĩa {ambiguous}, không có số liệu {not_found})\n"
    "Góp ý: 👍 {up} · 👎 {down}\n"
    "Thành viên: {members} người, {groups} nhóm\n"
    "Thời gian trả lời trung bình: {latency} ms"
)
STATS_NOT_FOUND = "<b>Câu hỏi gần đây chưa trả lời được</b>"
STATS_DISLIKED = "<b>Câu hỏi gần đây bị 👎</b>"
STATS_NONE = "(chưa có)"

# Bad input, flood, errors.
TEXT_ONLY = "Hiện bot chỉ trả lời câu hỏi bằng chữ."
TOO_LONG = "Câu hỏi quá dài; bạn hãy hỏi ngắn gọn một số liệu."
EDITED = "Bot không đọc tin nhắn đã sửa; bạn hãy gửi câu hỏi thành tin nhắn mới."
FORWARDED = "Bot không trả lời tin nhắn chuyển tiếp; bạn hãy gõ câu hỏi trực tiếp."
UNKNOWN_COMMAND = "Bot không có lệnh này. Gõ /help để xem các lệnh."
FLOOD = "Bạn gửi nhanh quá. Bạn hãy chờ một lát rồi hỏi tiếp nhé."
ERROR = "Xin lỗi, bot gặp lỗi khi xử lý yêu cầu. Quản trị viên đã được báo; bạn hãy thử lại sau."
ERROR_ADMIN = "⚠️ <b>Lỗi</b> {error}\nCập nhật: {update}"
NOT_READY = "Bot đang khởi động, bạn hãy thử lại sau ít giây."
INLINE_NOTHING = "Không tìm thấy số liệu"
INLINE_TYPE = "Gõ câu hỏi về số liệu trong báo cáo"
