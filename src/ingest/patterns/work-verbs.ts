/**
 * Words a sentence of work opens with in a plan of the genre: the verb that
 * says what is to be done (`Xây dựng …`, `Tổ chức …`, `Rà soát …`), or the
 * adverb before it (`Chủ động …`, `Định kỳ …`, `Tiếp tục …`). A block is read
 * for what it holds; these are a hint that it holds work, never a gate.
 * Written as they open a sentence (capital first letter); matched without
 * regard to case.
 */
export const WORK_OPENERS = [
  // Verbs of doing, planning and building.
  'Áp dụng', 'Ban hành', 'Bảo đảm', 'Bảo vệ', 'Báo cáo', 'Bố trí', 'Bồi dưỡng', 'Bổ sung', 'Cải cách', 'Cải thiện',
  'Cải tạo', 'Cập nhật', 'Cấp phát', 'Chỉ đạo', 'Chia sẻ', 'Chọn', 'Chuẩn bị', 'Chuẩn hóa', 'Chuẩn hoá', 'Chuyển đổi',
  'Chủ trì', 'Công bố', 'Công khai', 'Củng cố', 'Cung cấp', 'Cung ứng', 'Cử', 'Duy trì', 'Đa dạng hóa', 'Đánh giá',
  'Đào tạo', 'Đảm bảo', 'Đăng ký', 'Đăng tải', 'Đầu tư', 'Đẩy mạnh', 'Đề xuất', 'Điều chỉnh', 'Điều chuyển', 'Điều tra',
  'Định hướng', 'Đôn đốc', 'Đổi mới', 'Đồng bộ hóa', 'Đưa', 'Giám sát', 'Giải quyết', 'Hình thành', 'Hoàn thành',
  'Hoàn thiện', 'Học tập', 'Hợp tác', 'Huy động', 'Hướng dẫn', 'In ấn', 'Khai thác', 'Khảo sát', 'Khắc phục', 'Khen thưởng',
  'Khơi thông', 'Khuyến khích', 'Kích hoạt', 'Kiểm soát', 'Kiểm tra', 'Kiện toàn', 'Kết nối', 'Ký kết', 'Lắp đặt', 'Lập',
  'Lấy mẫu', 'Liên kết', 'Lồng ghép', 'Lựa chọn', 'Mở', 'Mở rộng', 'Mời gọi', 'Nâng cao', 'Nâng cấp', 'Ngăn chặn',
  'Ngăn ngừa', 'Nghiên cứu', 'Phát động', 'Phát hành', 'Phát hiện', 'Phát huy', 'Phát triển', 'Phân bổ', 'Phân công', 'Phân loại',
  'Phê duyệt', 'Phối hợp', 'Phòng, chống', 'Phòng chống', 'Phổ biến', 'Phổ cập', 'Phục vụ', 'Quán triệt', 'Quản lý', 'Quảng bá',
  'Quy hoạch', 'Rà soát', 'Sắp xếp', 'Sơ kết', 'Số hóa', 'Số hoá', 'Sửa đổi', 'Sử dụng', 'Tạo', 'Tập huấn',
  'Tập trung', 'Tăng cường', 'Tham gia', 'Tham mưu', 'Tham vấn', 'Thành lập', 'Thẩm định', 'Thi đua', 'Thí điểm', 'Thiết lập',
  'Thông báo', 'Thống kê', 'Thu hút', 'Thu thập', 'Thúc đẩy', 'Thử nghiệm', 'Thực hiện', 'Tiến hành', 'Tiếp nhận', 'Tích hợp',
  'Tìm kiếm', 'Tổ chức', 'Tổng hợp', 'Tổng kết', 'Tổng điều tra', 'Trao đổi', 'Triển khai', 'Trình', 'Truyền thông', 'Tuyên truyền',
  'Tuyển dụng', 'Tuyển sinh', 'Ứng dụng', 'Vận động', 'Vận hành', 'Xây dựng', 'Xem xét', 'Xét', 'Xử lý', 'Xúc tiến',
  // Adverbs and modals that stand before the verb.
  'Chủ động', 'Định kỳ', 'Khẩn trương', 'Kịp thời', 'Phấn đấu', 'Thường xuyên', 'Tích cực', 'Tiếp tục', 'Từng bước', 'Ưu tiên',
  'Quan tâm', 'Nghiêm túc',
] as const;

/** Whether a text opens like a sentence of work: `Xây dựng kho học liệu…`, `Định kỳ báo cáo…`. */
export const WORK_OPENING = new RegExp(`^(?:${WORK_OPENERS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A slogan or exclamation (`… quốc sách hàng đầu!`) is not work, whatever its first word. */
export const EXCLAMATION = /!\s*["”»]?\s*$/u;

/** `là` (is) as a word: a sentence saying what something is. */
export const IS_WORD = /(?<![\p{L}])là(?![\p{L}])/u;
