"""User-facing Vietnamese strings of the engine and the CLI, in one place."""

NOT_FOUND = "Báo cáo không có số liệu này."
SUGGEST_HEADER = "Báo cáo có số liệu về:"
AMBIGUOUS = "Câu hỏi có thể ứng với nhiều số liệu. Ý bạn là:"
CONFLICT_HEADER = "Lưu ý: báo cáo ghi số liệu này khác nhau ở hai chỗ:"
PARTS_HEADER = "Gồm:"
SERIES_HEADER = "Theo từng kỳ:"
COMPUTED_PREFIX = "Tính từ số liệu báo cáo — "
COMPUTED_FROM = "Từ các số liệu:"
PARTS_WITHIN = "Trong đó:"
SOURCE_LINE = "Nguồn: Báo cáo {report}{when}, {locator}"

EMPTY_QUESTION = "Bạn hãy gõ câu hỏi về số liệu trong báo cáo, ví dụ: “bao nhiêu đảng viên bị kỷ luật?”."
ONLY_NUMBER = "Bạn hãy hỏi rõ hơn: số liệu nào? Ví dụ: “năm 2021 có bao nhiêu đảng viên?”."
NO_CONTENT = "Xin chào! Bạn hãy hỏi về một số liệu trong báo cáo, ví dụ: “kết nạp được bao nhiêu đảng viên?”."
PERIOD_MISSING = "Báo cáo không có số liệu cho {period}. Báo cáo có số liệu cho: {periods}."
INTERNAL_ERROR = "Xin lỗi, đã có lỗi khi trả lời câu hỏi này; bạn hãy thử hỏi cách khác."
TOO_LONG = "Câu hỏi quá dài; bạn hãy hỏi ngắn gọn một số liệu."

# Loading reports (CLI and admins).
LOAD_OK = (
    "Đã nạp báo cáo {number} ngày {date}: {facts} số liệu, {footnotes} chú thích, "
    "{rows} dòng phụ lục, {conflicts} chỗ số liệu không khớp."
)
LOAD_SAME = "Báo cáo {number} (cùng nội dung) đã được nạp trước đó; không nạp lại."
ERR_MISSING = "Không tìm thấy tệp: {path}"
ERR_EMPTY = "Tệp rỗng, không có nội dung: {path}"
ERR_FORMAT = "Định dạng tệp không được hỗ trợ ({suffix}). Hãy gửi tệp .txt, .docx hoặc .pdf."
ERR_BINARY = "Tệp {path} không phải văn bản (có vẻ là tệp nhị phân đổi tên)."
ERR_DOCX = "Tệp {path} không phải tệp Word .docx hợp lệ (không mở được)."
ERR_DOCX_TOO_BIG = "Tệp Word {path} quá lớn khi giải nén (hơn {megabytes} MB); đây không giống một báo cáo."
ERR_PDF = "Tệp {path} không phải tệp PDF hợp lệ (không mở được)."
ERR_PDF_TOO_BIG = "Tệp PDF {path} có hơn {pages} trang; đây không giống một báo cáo."
ERR_PDF_PASSWORD = "Tệp PDF {path} được khóa bằng mật khẩu; hãy gửi bản không khóa hoặc bản .docx."
ERR_PDF_FONTS = (
    "Tệp PDF {path} dùng phông chữ không chuyển được thành chữ (không đọc được nội dung); "
    "hãy gửi bản .docx hoặc xuất lại PDF."
)
ERR_PDF_SCAN = "Tệp PDF {path} không có lớp chữ (có vẻ là bản quét ảnh); hãy gửi bản .docx hoặc PDF có chữ."
ERR_ENCODING = "Không đọc được bảng mã của tệp {path}; hãy lưu lại dưới dạng UTF-8."
ERR_NOT_REPORT = "Tệp {path} không phải một báo cáo (không thấy số hiệu “Số …-BC/…” hay tiêu đề BÁO CÁO)."
ERR_NO_FIGURES = "Báo cáo {path} không có số liệu nào để trả lời."
ERR_DB = "Lỗi cơ sở dữ liệu khi nạp báo cáo; dữ liệu cũ được giữ nguyên. Chi tiết: {detail}"
