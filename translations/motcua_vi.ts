<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionBar</name>
    <message>
        <source>Forward</source>
        <translation>Chuyển liên thông</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Receive supplement</source>
        <translation>Tiếp nhận bổ sung</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Trình phê duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>Thư xin lỗi</translation>
    </message>
    <message>
        <source>Sign apology letter</source>
        <translation>Ký số thư xin lỗi</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Waiting to be sent to the centre.</source>
        <translation>Đang chờ gửi về trung tâm.</translation>
    </message>
    <message>
        <source>Sent to the centre.</source>
        <translation>Đã gửi về trung tâm.</translation>
    </message>
    <message>
        <source>Refused by the centre: %1</source>
        <translation>Trung tâm từ chối: %1</translation>
    </message>
    <message>
        <source>Conflict: another official acted first (%1).</source>
        <translation>Xung đột: một cán bộ khác đã xử lý trước (%1).</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <source>Incorrect or incomplete: %1.</source>
        <translation>Chưa đúng hoặc chưa đầy đủ: %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AnnotatedViewer</name>
    <message>
        <source>Annotated copy saved: %1</source>
        <translation>Đã lưu bản có ghi chú: %1</translation>
    </message>
    <message>
        <source>Folder for the annotated copy</source>
        <translation>Thư mục lưu bản có ghi chú</translation>
    </message>
    <message>
        <source>Write the note (Ctrl+Enter to save, Esc to cancel)</source>
        <translation>Nhập ghi chú (Ctrl+Enter để lưu, Esc để hủy)</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Nội dung ghi chú</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Add freehand</source>
        <translation>Thêm nét vẽ tay</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Sửa văn bản</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Đổi màu</translation>
    </message>
    <message>
        <source>Change visibility</source>
        <translation>Đổi chế độ hiển thị</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>annotated</source>
        <extracomment>File name suffix of an exported copy with annotations, e.g. &quot;Tờ khai - có ghi chú.pdf&quot;.</extracomment>
        <translation>có ghi chú</translation>
    </message>
</context>
<context>
    <name>AnnotationItem</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 của %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Visible to the applicant</source>
        <translation>Người nộp hồ sơ xem được</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>Annotations of this document</source>
        <translation>Ghi chú của tài liệu này</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Ghi chú (%1)</translation>
    </message>
    <message>
        <source>No annotations yet. Pick a tool above and draw on the page.</source>
        <translation>Chưa có ghi chú nào. Chọn một công cụ ở trên rồi vẽ lên trang.</translation>
    </message>
    <message>
        <source>%1 on page %2 by %3, %4: %5</source>
        <translation>%1 ở trang %2, do %3 ghi lúc %4: %5</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · trang %2</translation>
    </message>
    <message>
        <source>%1, %2 · applicant can see</source>
        <translation>%1, %2 · người nộp hồ sơ xem được</translation>
    </message>
    <message>
        <source>%1, %2 · internal</source>
        <translation>%1, %2 · nội bộ</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Sticky note</source>
        <translation>Ghi chú dán</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Hình chữ nhật</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Vẽ tay</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Văn bản tự do</translation>
    </message>
</context>
<context>
    <name>AnnotationOverlay</name>
    <message>
        <source>Sticky note</source>
        <translation>Ghi chú dán</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Văn bản tự do</translation>
    </message>
</context>
<context>
    <name>AnnotationToolBar</name>
    <message>
        <source>Annotation tools</source>
        <translation>Công cụ ghi chú</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Chọn và di chuyển</translation>
    </message>
    <message>
        <source>Highlight text</source>
        <translation>Tô sáng văn bản</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Hình chữ nhật</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Ghi chú dán</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Văn bản tự do</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Vẽ tay</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Visible to the applicant</source>
        <translation>Người nộp hồ sơ xem được</translation>
    </message>
    <message>
        <source>New annotations are internal (agencies only) unless this is ticked. (Alt+V)</source>
        <translation>Ghi chú mới là nội bộ (chỉ các cơ quan xem được) trừ khi đánh dấu ô này. (Alt+V)</translation>
    </message>
    <message>
        <source>Export annotated copy…</source>
        <translation>Xuất bản có ghi chú…</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Xuất bản có ghi chú</translation>
    </message>
    <message>
        <source>Writes a new PDF with the annotations; the original and its signatures stay valid. (Ctrl+E)</source>
        <translation>Tạo một tệp PDF mới kèm các ghi chú; bản gốc và các chữ ký số trên đó vẫn giữ nguyên hiệu lực. (Ctrl+E)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Applicant sees</source>
        <translation>Công dân xem</translation>
    </message>
    <message>
        <source>List of annotations</source>
        <translation>Danh sách ghi chú</translation>
    </message>
    <message>
        <source>Show or hide the list of this document&apos;s annotations (Alt+L)</source>
        <translation>Hiện hoặc ẩn danh sách ghi chú của tài liệu này (Alt+L)</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Apology letter for a late dossier</source>
        <translation>Thư xin lỗi do hồ sơ trễ hạn</translation>
    </message>
    <message>
        <source>Generate and attach</source>
        <translation>Tạo và đính kèm</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Lý do trễ hạn</translation>
    </message>
    <message>
        <source>e.g. Phải xác minh thông tin tại cơ quan khác</source>
        <translation>VD: Phải xác minh thông tin tại cơ quan khác</translation>
    </message>
    <message>
        <source>Dossier %1 of %2 is late or will be. The letter, in the administrative layout, tells the applicant why and when the result will be returned; the supervisor signs it before it is sent, and a late result can only be returned with the signed letter.</source>
        <translation>Hồ sơ %1 của %2 đã hoặc sẽ trễ hạn. Thư theo thể thức văn bản hành chính cho người nộp biết lý do và ngày trả kết quả; lãnh đạo ký số trước khi gửi, và kết quả trễ hạn chỉ được trả khi có thư đã ký.</translation>
    </message>
    <message>
        <source>New appointment, in working days after the due date</source>
        <translation>Ngày hẹn mới, tính bằng số ngày làm việc sau ngày hẹn trả</translation>
    </message>
    <message>
        <source>Working days after the due date</source>
        <translation>Số ngày làm việc sau ngày hẹn trả</translation>
    </message>
    <message>
        <source>New date for returning the result: %1</source>
        <translation>Ngày hẹn trả kết quả mới: %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Inbox</source>
        <translation>Hồ sơ cần xử lý</translation>
    </message>
    <message>
        <source>Batch approval</source>
        <translation>Phê duyệt hàng loạt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Một Cửa Desk</source>
        <translation>Một Cửa Desk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Forget this computer…</source>
        <translation>Xóa dữ liệu trên máy này…</translation>
    </message>
    <message>
        <source>Batch approval is for supervisors: it approves and signs results.</source>
        <translation>Phê duyệt hàng loạt dành cho lãnh đạo: ký số và phê duyệt kết quả.</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh (CCCD)</translation>
    </message>
    <message>
        <source>CCCD, 12 digits</source>
        <translation>CCCD, 12 chữ số</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Choose a signer in Settings.</source>
        <translation>Chọn người ký trong Cài đặt.</translation>
    </message>
    <message>
        <source>Certificate file %1</source>
        <translation>Tệp chứng thư số %1</translation>
    </message>
    <message>
        <source>Token (%1)</source>
        <translation>Thiết bị ký số (%1)</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Thiết bị ký số %1</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>đang ước tính…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>còn %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>còn %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing %1 of %2…</source>
        <translation>Đang ký số %1/%2…</translation>
    </message>
    <message>
        <source>Unfinished batch: %1 of %2 signed, %3 approved. Resume to continue.</source>
        <translation>Lô chưa hoàn tất: đã ký số %1/%2, đã phê duyệt %3. Chọn Tiếp tục để làm tiếp.</translation>
    </message>
    <message>
        <source>All signed; the approvals are sent with the next synchronization.</source>
        <translation>Đã ký số tất cả; các phê duyệt sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Batch finished: %1 approved, %2 failed.</source>
        <translation>Lô đã hoàn tất: %1 đã phê duyệt, %2 thất bại.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký số</translation>
    </message>
    <message>
        <source>Signed, approval not sent yet</source>
        <translation>Đã ký số, chưa gửi phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Đã loại ra</translation>
    </message>
    <message>
        <source>Due %1 · %2 · %3</source>
        <translation>Hạn %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select at least one dossier.</source>
        <translation>Chọn ít nhất một hồ sơ.</translation>
    </message>
    <message>
        <source>This batch is not finished: its approvals are sent with the next synchronization.</source>
        <translation>Lô này chưa hoàn tất: các phê duyệt sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>No draft result to sign: return it for rework or sign it alone.</source>
        <translation>Chưa có dự thảo kết quả để ký: trả lại để xử lý tiếp hoặc ký riêng.</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch approval</source>
        <translation>Phê duyệt hàng loạt</translation>
    </message>
    <message>
        <source>No dossiers are awaiting your approval.</source>
        <translation>Không có hồ sơ nào đang chờ bạn phê duyệt.</translation>
    </message>
    <message>
        <source>Select all (%1)</source>
        <translation>Chọn tất cả (%1)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Search code, applicant, ID number (Ctrl+F)</source>
        <translation>Tìm mã hồ sơ, người nộp, số giấy tờ tùy thân (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>Click a dossier to preview its draft result.</source>
        <translation>Nhấp vào một hồ sơ để xem trước dự thảo kết quả.</translation>
    </message>
    <message>
        <source>The draft result has not been downloaded yet. Sync while online to preview it.</source>
        <translation>Dự thảo kết quả chưa được tải về. Hãy đồng bộ khi có mạng để xem trước.</translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Select %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Đưa vào</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Loại ra</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Đưa %1 vào</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Loại %1 ra</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Thử lại %1</translation>
    </message>
</context>
<context>
    <name>BatchRunPanel</name>
    <message>
        <source>Signer: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Token PIN or password</source>
        <translation>Mã PIN của thiết bị ký số hoặc mật khẩu</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message numerus="yes">
        <source>Sign and approve %n dossier(s)</source>
        <translation>
            <numerusform>Ký số và phê duyệt %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel the batch after the current dossier (Ctrl+Shift+X)</source>
        <translation>Hủy lô sau khi xong hồ sơ hiện tại (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Lô mới</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Tiến độ lô</translation>
    </message>
    <message>
        <source>Signed: %1 / %2</source>
        <translation>Đã ký số: %1 / %2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Đã phê duyệt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Thất bại: %1</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Per agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <source>Per procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>Per official</source>
        <translation>Theo công chức</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Chi tiết theo</translation>
    </message>
    <message numerus="yes">
        <source>Open the %n dossier(s) not counted</source>
        <translation>
            <numerusform>Mở %n hồ sơ không được tính</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossiers in this period</source>
        <translation>Không có hồ sơ trong kỳ này</translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <source>Components</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>đã có</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>Missing — required</source>
        <translation>Còn thiếu — bắt buộc</translation>
    </message>
    <message>
        <source>Missing — optional</source>
        <translation>Còn thiếu — không bắt buộc</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>chưa tải về</translation>
    </message>
</context>
<context>
    <name>ComponentList</name>
    <message>
        <source>Required components</source>
        <translation>Thành phần hồ sơ phải nộp</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Write two dates, the first not after the second, as dd/mm/yyyy.</source>
        <translation>Nhập hai ngày theo dạng ngày/tháng/năm, ngày đầu không sau ngày cuối.</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) in the cache</source>
        <translation>
            <numerusform>%n hồ sơ trên máy</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised · %1</source>
        <translation>Chưa đồng bộ lần nào · %1</translation>
    </message>
    <message>
        <source>Cached data as of %1 · %2</source>
        <translation>Dữ liệu trên máy, cập nhật %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>counted (%n)</source>
        <translation>
            <numerusform>được tính (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not counted (%n)</source>
        <translation>
            <numerusform>không được tính (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all (%n)</source>
        <translation>
            <numerusform>tất cả (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator definitions yet: synchronise once while online.</source>
        <translation>Chưa có bộ chỉ số: hãy đồng bộ một lần khi có mạng.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <source>Publicity and transparency</source>
        <translation>Công khai, minh bạch</translation>
    </message>
    <message>
        <source>Progress and results</source>
        <translation>Tiến độ, kết quả giải quyết</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>Số hóa hồ sơ</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Báo cáo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Custom period (dd/mm/yyyy)</source>
        <translation>Kỳ tùy chọn (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Service index (Decision 766)</source>
        <translation>Bộ chỉ số phục vụ (Quyết định 766)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>The province&apos;s indicator definitions are not in this computer yet: synchronise once while online.</source>
        <translation>Máy này chưa có bộ chỉ số của tỉnh: hãy đồng bộ một lần khi có mạng.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tổng điểm</translation>
    </message>
</context>
<context>
    <name>DashboardTileModel</name>
    <message>
        <source>.</source>
        <extracomment>Decimal mark of percentages on the dashboard (&quot;,&quot; in Vietnamese).</extracomment>
        <translation>,</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <extracomment>Target of an indicator, e.g. &quot;Target ≥ 50%&quot;.</extracomment>
        <translation>Chỉ tiêu ≥ %1</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>chưa có số liệu kỳ trước</translation>
    </message>
    <message>
        <source>%1%2 pts vs previous period</source>
        <extracomment>Change against the previous period, in percentage points.</extracomment>
        <translation>%1%2 điểm so với kỳ trước</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <extracomment>Points an indicator scores out of its weight, e.g. &quot;10.5 / 12 points&quot;.</extracomment>
        <translation>%1 / %2 điểm</translation>
    </message>
</context>
<context>
    <name>DigitizePanel</name>
    <message>
        <source>4. Digitize: %1</source>
        <translation>4. Số hóa: %1</translation>
    </message>
    <message>
        <source>4. Digitize: choose the procedure and a component</source>
        <translation>4. Số hóa: chọn thủ tục và một thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Add scans…</source>
        <translation>Thêm bản quét…</translation>
    </message>
    <message>
        <source>Scanner folder…</source>
        <translation>Thư mục máy quét…</translation>
    </message>
    <message>
        <source>New scans in %1 are added by themselves</source>
        <translation>Bản quét mới trong %1 được tự động thêm vào</translation>
    </message>
    <message>
        <source>No scanner folder set</source>
        <translation>Chưa chọn thư mục máy quét</translation>
    </message>
    <message>
        <source>No pages yet: add the scans of this paper, or scan it into the scanner folder.</source>
        <translation>Chưa có trang nào: thêm bản quét của giấy tờ này, hoặc quét vào thư mục máy quét.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Chuyển lên trước</translation>
    </message>
    <message>
        <source>Rotate clockwise</source>
        <translation>Xoay theo chiều kim đồng hồ</translation>
    </message>
    <message>
        <source>Re-scan this page</source>
        <translation>Quét lại trang này</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Chuyển ra sau</translation>
    </message>
    <message>
        <source>The new scan of page %1</source>
        <translation>Bản quét mới của trang %1</translation>
    </message>
    <message>
        <source>Scans of the paper</source>
        <translation>Bản quét của giấy tờ</translation>
    </message>
    <message>
        <source>Scans and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Bản quét và PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>The folder your scanner saves into</source>
        <translation>Thư mục máy quét lưu bản quét</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Quét lại</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Registered online</source>
        <translation>Đăng ký trực tuyến</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Financial obligation</source>
        <translation>Thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn by the citizen</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Processing finished</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>Trễ %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>Còn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s) left</source>
        <translation>
            <numerusform>Còn %n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Đến hạn trong vòng một giờ</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Gửi không thành công</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>National status %1 — %2</source>
        <extracomment>National status code (TrangThaiHoSo) and its official name</extracomment>
        <translation>Trạng thái quốc gia %1 — %2</translation>
    </message>
    <message>
        <source>Clock paused: waiting for the supplement</source>
        <translation>Tạm dừng tính thời gian: chờ bổ sung</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Hoàn thành trễ hạn</translation>
    </message>
    <message>
        <source>Finished — %1</source>
        <extracomment>%1 = &quot;3 working days late&quot; (the text of an overdue dossier)</extracomment>
        <translation>Đã hoàn thành — %1</translation>
    </message>
    <message>
        <source>Provisional: the %1 calendar is not published</source>
        <translation>Tạm tính: lịch năm %1 chưa được công bố</translation>
    </message>
    <message>
        <source>New date %1 missed: apologise again</source>
        <translation>Đã quá ngày hẹn lại %1: cần xin lỗi lần nữa</translation>
    </message>
    <message numerus="yes">
        <source>New date %1 (apology %n)</source>
        <translation>
            <numerusform>Hẹn lại %1 (thư xin lỗi lần %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (synced %2)</source>
        <translation>%1 (đồng bộ lúc %2)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Submit for approval</source>
        <translation>Trình phê duyệt</translation>
    </message>
    <message>
        <source>Receive the supplement</source>
        <translation>Tiếp nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>The supervisor reviews the dossier and signs the result. Attach your draft of the result if you have one.</source>
        <translation>Lãnh đạo xem xét hồ sơ và ký số kết quả. Đính kèm dự thảo kết quả của bạn nếu có.</translation>
    </message>
    <message>
        <source>Attach what the applicant brought. The processing clock resumes and the due date moves out by the time spent waiting.</source>
        <translation>Đính kèm các giấy tờ người nộp hồ sơ mang đến. Thời gian xử lý được tính tiếp và hạn được lùi lại đúng bằng thời gian đã chờ.</translation>
    </message>
    <message>
        <source>Draft result (optional)</source>
        <translation>Dự thảo kết quả (không bắt buộc)</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>DossierController</name>
    <message>
        <source>This dossier is no longer in the local cache.</source>
        <translation>Hồ sơ này không còn trong dữ liệu trên máy.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>← Inbox (Esc)</source>
        <translation>← Danh sách hồ sơ (Esc)</translation>
    </message>
    <message>
        <source>Back to the inbox</source>
        <translation>Quay lại danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Current agency</source>
        <translation>Cơ quan đang xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>Components (%n missing)</source>
        <translation>
            <numerusform>Thành phần hồ sơ (thiếu %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>No component of this dossier has been downloaded yet. Sync while online to read them offline.</source>
        <translation>Chưa tải thành phần nào của hồ sơ này về máy. Hãy đồng bộ khi có mạng để xem được cả khi ngoại tuyến.</translation>
    </message>
    <message>
        <source>This component has not been downloaded yet. Sync while online to read it offline.</source>
        <translation>Thành phần này chưa được tải về máy. Hãy đồng bộ khi có mạng để xem được cả khi ngoại tuyến.</translation>
    </message>
    <message>
        <source>Sign… (Ctrl+Shift+S)</source>
        <translation>Ký số… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Digitally sign the selected component</source>
        <translation>Ký số thành phần hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>Reuse</source>
        <extracomment>Short tab title: reuse of documents already digitized (e.g. &quot;Tái sử dụng&quot;)</extracomment>
        <translation>Tái sử dụng</translation>
    </message>
    <message>
        <source>Reuse digitized documents (Alt+U)</source>
        <translation>Tái sử dụng giấy tờ đã số hóa (Alt+U)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
</context>
<context>
    <name>DrillDownBar</name>
    <message>
        <source>From the dashboard: %1</source>
        <translation>Từ bảng điều hành: %1</translation>
    </message>
    <message>
        <source>Show the whole view</source>
        <translation>Xem toàn bộ danh sách</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to another agency</source>
        <translation>Chuyển liên thông đến cơ quan khác</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Chuyển liên thông</translation>
    </message>
    <message>
        <source>Search agencies (accents optional), e.g. so tu phap</source>
        <translation>Tìm cơ quan (không cần gõ dấu), VD: so tu phap</translation>
    </message>
    <message>
        <source>Search agencies</source>
        <translation>Tìm cơ quan</translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation>Danh bạ cơ quan</translation>
    </message>
    <message>
        <source>%1 (holds the dossier)</source>
        <translation>%1 (đang giữ hồ sơ)</translation>
    </message>
    <message>
        <source>No agency matches “%1”.</source>
        <translation>Không có cơ quan nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>The agency directory is empty: sync while online.</source>
        <translation>Danh bạ cơ quan đang trống: hãy đồng bộ khi có mạng.</translation>
    </message>
    <message>
        <source>Forward to: %1 (%2)</source>
        <translation>Chuyển đến: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the agency to forward to.</source>
        <translation>Chọn cơ quan để chuyển liên thông.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>What the receiving agency should do</source>
        <translation>Việc cơ quan tiếp nhận cần làm</translation>
    </message>
    <message>
        <source>Working days for this step</source>
        <translation>Số ngày làm việc cho bước này</translation>
    </message>
    <message>
        <source>0 = until the dossier&apos;s due date</source>
        <translation>0 = đến hạn của hồ sơ</translation>
    </message>
    <message>
        <source>Attachments (optional)</source>
        <translation>Tệp đính kèm (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>ForwardReceipt</name>
    <message>
        <source>Until the dossier&apos;s due date</source>
        <translation>Đến hạn xử lý của hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) for this step</source>
        <translation>
            <numerusform>%n ngày làm việc cho bước này</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent to the centre: it goes out by itself as soon as the desk is online.</source>
        <translation>Đang chờ gửi lên trung tâm: máy sẽ tự gửi ngay khi có kết nối.</translation>
    </message>
    <message>
        <source>Sent: the dossier is now in the inbox of %1.</source>
        <translation>Đã gửi: hồ sơ đã vào danh sách hồ sơ của %1.</translation>
    </message>
    <message>
        <source>Refused by the centre (%1). The dossier stays with your agency.</source>
        <translation>Trung tâm từ chối (%1). Hồ sơ vẫn ở cơ quan của bạn.</translation>
    </message>
    <message>
        <source>Not forwarded: another official acted first (%1).</source>
        <translation>Chưa chuyển được: một cán bộ khác đã xử lý trước (%1).</translation>
    </message>
</context>
<context>
    <name>ForwardReceiptPanel</name>
    <message>
        <source>Dossier %1 was not forwarded</source>
        <translation>Hồ sơ %1 chưa được chuyển</translation>
    </message>
    <message>
        <source>Dossier %1 forwarded</source>
        <translation>Đã chuyển liên thông hồ sơ %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Time for this step</source>
        <translation>Thời hạn bước này</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>← Back to the inbox (Esc)</source>
        <translation>← Về danh sách hồ sơ (Esc)</translation>
    </message>
    <message>
        <source>Back to the inbox</source>
        <translation>Về danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Open the dossier again</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (%2 changes)</source>
        <extracomment>%1 = the action (&quot;Annotate&quot;), %2 = how many changes (always 2 or more)</extracomment>
        <translation>%1 (%2 lần sửa)</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>No history in the local cache yet.</source>
        <translation>Chưa có quá trình xử lý trong dữ liệu trên máy.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Hồ sơ cần xử lý</translation>
    </message>
    <message>
        <source>No dossiers in the local cache yet. Sign in and sync to fill the inbox.</source>
        <translation>Bộ nhớ đệm trên máy chưa có hồ sơ. Hãy đăng nhập và đồng bộ để nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Giao cho tôi</translation>
    </message>
    <message>
        <source>My agency</source>
        <translation>Của cơ quan</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation>Đến hạn trong 2 ngày làm việc</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>%1: %2 dossiers</source>
        <translation>%1: %2 hồ sơ</translation>
    </message>
    <message>
        <source>Search by code, applicant, ID number, address or procedure (Ctrl+F)</source>
        <translation>Tìm theo mã hồ sơ, người nộp, số giấy tờ, địa chỉ hoặc thủ tục (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search dossiers</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sắp xếp theo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation>Không có hồ sơ nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No dossiers in this view.</source>
        <translation>Không có hồ sơ nào trong mục này.</translation>
    </message>
    <message>
        <source>Apology letters to sign</source>
        <translation>Thư xin lỗi cần ký số</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>Search all dossiers (%n found)</source>
        <translation>
            <numerusform>Tìm trong tất cả hồ sơ (thấy %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow with ten:, ma:, diachi:, cccd:, thutuc: (e.g. ten:Nguyễn)</source>
        <translation>Lọc theo trường: ten:, ma:, diachi:, cccd:, thutuc: (ví dụ ten:Nguyễn)</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Nearly met</source>
        <translation>Gần đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n hồ sơ không tính</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>Máy đang khóa</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to continue.</source>
        <translation>Đang đăng nhập: %1 (%2). Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Một Cửa Desk</source>
        <translation>Một Cửa Desk</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Result (%)</source>
        <translation>Kết quả (%)</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>Chỉ tiêu %1%</translation>
    </message>
</context>
<context>
    <name>PdfFileList</name>
    <message>
        <source>Choose a PDF…</source>
        <translation>Chọn tệp PDF…</translation>
    </message>
    <message>
        <source>Add PDF files…</source>
        <translation>Thêm tệp PDF…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>PdfThumbnails</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Ảnh thu nhỏ các trang</translation>
    </message>
    <message>
        <source>Go to page %1</source>
        <translation>Đến trang %1</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <source>Show or hide thumbnails</source>
        <translation>Hiện hoặc ẩn ảnh thu nhỏ</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Thu nhỏ (-)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>Thu phóng %1 phần trăm</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Rotate page left (Ctrl+Shift+R)</source>
        <translation>Xoay trang sang trái (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Rotate page right (Ctrl+R)</source>
        <translation>Xoay trang sang phải (Ctrl+R)</translation>
    </message>
    <message>
        <source>Search in document (Ctrl+F)</source>
        <translation>Tìm trong tài liệu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Không có kết quả</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Previous result (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <source>Next result (F3)</source>
        <translation>Kết quả sau (F3)</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document viewer</source>
        <translation>Trình xem tài liệu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Đang mở tài liệu</translation>
    </message>
    <message>
        <source>This PDF cannot be shown</source>
        <translation>Không thể hiển thị tệp PDF này</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Sign the apology letter</source>
        <translation>Ký số thư xin lỗi</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Dossier %1: the apology letter is signed with your digital signature and replaces the unsigned copy.</source>
        <translation>Hồ sơ %1: thư xin lỗi được ký bằng chữ ký số của bạn và thay thế bản chưa ký.</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Mã PIN hoặc mật khẩu</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <source>Search by name or national code</source>
        <translation>Tìm theo tên hoặc mã thủ tục quốc gia</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Danh sách thủ tục</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Refuse the dossier at reception</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Stop processing the dossier</source>
        <translation>Dừng xử lý hồ sơ</translation>
    </message>
    <message>
        <source>Withdraw at the applicant&apos;s request</source>
        <translation>Rút hồ sơ theo yêu cầu của người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation>Phê duyệt kết quả</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>The dossier is refused at reception (national status 3, not received). The applicant is told the reason.</source>
        <translation>Hồ sơ bị từ chối tiếp nhận (trạng thái quốc gia 3, không tiếp nhận). Người nộp hồ sơ được thông báo lý do.</translation>
    </message>
    <message>
        <source>Processing stops (national status 8). The applicant is told the reason.</source>
        <translation>Dừng xử lý (trạng thái quốc gia 8). Người nộp hồ sơ được thông báo lý do.</translation>
    </message>
    <message>
        <source>The applicant asked to withdraw the dossier (national status 7). Record their request.</source>
        <translation>Người nộp hồ sơ đã yêu cầu rút hồ sơ (trạng thái quốc gia 7). Hãy ghi nhận yêu cầu của họ.</translation>
    </message>
    <message>
        <source>The draft result goes back to the specialist&apos;s agency for signing.</source>
        <translation>Dự thảo kết quả được chuyển lại cơ quan của chuyên viên để ký số.</translation>
    </message>
    <message>
        <source>The dossier goes back to the specialist with your reason.</source>
        <translation>Hồ sơ được trả lại chuyên viên kèm lý do của bạn.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the history.</source>
        <translation>Vì sao? Lý do được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>Guidance to complete the dossier</source>
        <translation>Hướng dẫn bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Refuse to receive the dossier</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Print the guidance slip</source>
        <translation>In phiếu hướng dẫn</translation>
    </message>
    <message>
        <source>Print the refusal slip</source>
        <translation>In phiếu từ chối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Papers to add or correct, one a line</source>
        <translation>Giấy tờ cần bổ sung, hoàn thiện (mỗi dòng một mục)</translation>
    </message>
    <message>
        <source>Reasons for refusing, one a line</source>
        <translation>Lý do từ chối (mỗi dòng một lý do)</translation>
    </message>
    <message>
        <source>Papers to add or correct</source>
        <translation>Giấy tờ cần bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <source>Reasons for refusing</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ReceptionController</name>
    <message>
        <source>Looking up the population records…</source>
        <translation>Đang tra cứu cơ sở dữ liệu dân cư…</translation>
    </message>
    <message>
        <source>Verified: filled from the population records (demo stand-in for the national population database)</source>
        <translation>Đã xác minh: lấy từ dữ liệu dân cư (dữ liệu mẫu thay cho Cơ sở dữ liệu quốc gia về dân cư)</translation>
    </message>
    <message>
        <source>Edited by hand after the lookup: not verified</source>
        <translation>Đã sửa tay sau khi tra cứu: chưa xác minh</translation>
    </message>
    <message>
        <source>Typed by hand: not verified</source>
        <translation>Nhập tay: chưa xác minh</translation>
    </message>
    <message>
        <source>Enter the ID number first.</source>
        <translation>Nhập số định danh trước.</translation>
    </message>
    <message>
        <source>Offline: the population records cannot be reached. Type the details from the citizen&apos;s ID card.</source>
        <translation>Đang ngoại tuyến: không tra cứu được dữ liệu dân cư. Nhập thông tin theo thẻ căn cước của công dân.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a scanned image or a PDF.</source>
        <translation>%1 không phải ảnh quét hoặc tệp PDF.</translation>
    </message>
    <message>
        <source>A PDF is taken as the whole component: delete the other pages first, or add scanned images only.</source>
        <translation>Tệp PDF được dùng làm cả thành phần hồ sơ: xóa các trang khác trước, hoặc chỉ thêm ảnh quét.</translation>
    </message>
    <message>
        <source>Choose the procedure first: the papers go into its components.</source>
        <translation>Chọn thủ tục trước: giấy tờ được xếp vào các thành phần của thủ tục.</translation>
    </message>
    <message>
        <source>This document is not in the applicant&apos;s e-data warehouse.</source>
        <translation>Giấy tờ này không có trong kho dữ liệu điện tử của người nộp.</translation>
    </message>
    <message>
        <source>Choose the procedure first.</source>
        <translation>Chọn thủ tục trước.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name and ID number.</source>
        <translation>Nhập họ tên và số định danh của người nộp.</translation>
    </message>
    <message>
        <source>Missing components: %1. Scan them, reuse them from the warehouse, or give the citizen the guidance slip.</source>
        <translation>Còn thiếu thành phần: %1. Quét bổ sung, dùng lại từ kho dữ liệu, hoặc đưa công dân phiếu hướng dẫn.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Chưa mở hồ sơ người dùng.</translation>
    </message>
    <message>
        <source>Received %1. Appointment to return the result: %2.</source>
        <translation>Đã tiếp nhận %1. Hẹn trả kết quả: %2.</translation>
    </message>
    <message>
        <source>The receipt slip could not be saved in %1.</source>
        <translation>Không lưu được giấy tiếp nhận vào %1.</translation>
    </message>
    <message>
        <source>Write the reasons for refusing, one a line.</source>
        <translation>Ghi lý do từ chối, mỗi dòng một lý do.</translation>
    </message>
    <message>
        <source>The slip could not be saved in %1.</source>
        <translation>Không lưu được phiếu vào %1.</translation>
    </message>
    <message>
        <source>Refusal slip ready for %1.</source>
        <translation>Đã lập phiếu từ chối cho %1.</translation>
    </message>
    <message>
        <source>Write what the citizen must add, one a line.</source>
        <translation>Ghi giấy tờ công dân cần bổ sung, mỗi dòng một mục.</translation>
    </message>
    <message>
        <source>Guidance slip ready for %1.</source>
        <translation>Đã lập phiếu hướng dẫn cho %1.</translation>
    </message>
    <message>
        <source>fee %1 VND</source>
        <translation>lệ phí %1 đồng</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>không mất phí</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n thành phần</numerusform>
        </translation>
    </message>
    <message>
        <source>Reused from the e-data warehouse</source>
        <translation>Dùng lại từ kho dữ liệu điện tử</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned</source>
        <translation>
            <numerusform>đã quét %n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Optional, not handed in</source>
        <translation>Không bắt buộc, chưa nộp</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>3. Components (%1 missing)</source>
        <translation>3. Thành phần hồ sơ (thiếu %1)</translation>
    </message>
    <message>
        <source>3. Components</source>
        <translation>3. Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>The scans become one PDF per component, signed with your key as the digitized copy.</source>
        <translation>Bản quét được ghép thành một tệp PDF cho mỗi thành phần và ký số bằng khóa của bạn làm bản số hóa.</translation>
    </message>
    <message>
        <source>The scans become one PDF per component. Choose your key in Settings to sign them as the digitized copy.</source>
        <translation>Bản quét được ghép thành một tệp PDF cho mỗi thành phần. Chọn khóa ký trong Cài đặt để ký số bản số hóa.</translation>
    </message>
    <message>
        <source>Open the slip</source>
        <translation>Mở phiếu</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>Hồ sơ tiếp theo</translation>
    </message>
    <message>
        <source>Ask for more…</source>
        <translation>Hướng dẫn bổ sung…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sign the digitized copies</source>
        <translation>Ký số bản số hóa</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Mã PIN hoặc mật khẩu</translation>
    </message>
</context>
<context>
    <name>ReturnResultDialog</name>
    <message>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>The dossier has no signed result yet: it cannot be returned.</source>
        <translation>Hồ sơ chưa có kết quả đã ký số: không thể trả kết quả.</translation>
    </message>
    <message>
        <source>This dossier is late: an apology letter to the applicant is required before the result is returned.</source>
        <translation>Hồ sơ này bị quá hạn: cần có thư xin lỗi gửi người nộp hồ sơ trước khi trả kết quả.</translation>
    </message>
    <message>
        <source>Generate the apology letter…</source>
        <translation>Tạo thư xin lỗi…</translation>
    </message>
    <message>
        <source>The signed result and the apology letter are handed to %1.</source>
        <translation>Kết quả đã ký số và thư xin lỗi được trao cho %1.</translation>
    </message>
    <message>
        <source>The signed result is handed to %1.</source>
        <translation>Kết quả đã ký số được trao cho %1.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReuseModel</name>
    <message>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <source>This document cannot be attached.</source>
        <translation>Không thể đính kèm tài liệu này.</translation>
    </message>
    <message>
        <source>Reused from the e-data warehouse: %1</source>
        <translation>Tái sử dụng từ kho dữ liệu điện tử: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>ReusePanel</name>
    <message>
        <source>The documents of applicant %1 in the e-data warehouse have not been downloaded yet. Sync while online.</source>
        <translation>Tài liệu của người nộp hồ sơ %1 trong kho dữ liệu điện tử chưa được tải về. Hãy đồng bộ khi có mạng.</translation>
    </message>
    <message>
        <source>Applicant %1 has no digitized documents in the e-data warehouse.</source>
        <translation>Người nộp hồ sơ %1 không có tài liệu số hóa nào trong kho dữ liệu điện tử.</translation>
    </message>
    <message>
        <source>Digitized documents of applicant %1: attach one instead of asking the citizen again.</source>
        <translation>Tài liệu số hóa của người nộp hồ sơ %1: đính kèm tài liệu thay vì yêu cầu công dân nộp lại.</translation>
    </message>
    <message>
        <source>Documents in the e-data warehouse</source>
        <translation>Tài liệu trong kho dữ liệu điện tử</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>đã đính kèm</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>chưa đính kèm</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>issued by dossier %1</source>
        <translation>được cấp từ hồ sơ %1</translation>
    </message>
    <message>
        <source>✔ Attached</source>
        <translation>✔ Đã đính kèm</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <source>Attach %1 to this dossier</source>
        <translation>Đính kèm %1 vào hồ sơ này</translation>
    </message>
    <message>
        <source>Attaching is possible while the dossier is received, in review or waiting for a supplement, for officials of the holding agency.</source>
        <translation>Chỉ cán bộ của cơ quan đang giữ hồ sơ mới có thể đính kèm, khi hồ sơ đã tiếp nhận, đang thẩm định hoặc đang chờ bổ sung.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Enter the address of the central server.</source>
        <translation>Hãy nhập địa chỉ máy chủ trung tâm.</translation>
    </message>
    <message>
        <source>The server address is not valid. Example: https://motcua.example.gov.vn</source>
        <translation>Địa chỉ máy chủ không hợp lệ. Ví dụ: https://motcua.example.gov.vn</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http is only allowed to this computer.</source>
        <translation>Hãy dùng địa chỉ https://: http thường chỉ được phép tới chính máy này.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Hãy đăng xuất rồi đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Khóa máy</translation>
    </message>
    <message>
        <source>After this many minutes without use (0 = never):</source>
        <translation>Sau số phút không sử dụng (0 = không khóa):</translation>
    </message>
    <message>
        <source>On a shared one-stop desk the screens are hidden and the password is asked again.</source>
        <translation>Ở bàn Một cửa dùng chung, màn hình được che và phải nhập lại mật khẩu.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Digitally sign: %1</source>
        <translation>Ký số: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Change in Settings…</source>
        <translation>Thay đổi trong Cài đặt…</translation>
    </message>
    <message>
        <source>Change the signing key in Settings</source>
        <translation>Thay đổi khóa ký trong Cài đặt</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN thiết bị ký số</translation>
    </message>
    <message>
        <source>Certificate file password</source>
        <translation>Mật khẩu tệp chứng thư số</translation>
    </message>
    <message>
        <source>PIN (never stored)</source>
        <translation>Mã PIN (không bao giờ lưu)</translation>
    </message>
    <message>
        <source>Password (never stored)</source>
        <translation>Mật khẩu (không bao giờ lưu)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Invisible signature</source>
        <translation>Chữ ký ẩn</translation>
    </message>
    <message>
        <source>Visible: click or drag on the page (Alt+P)</source>
        <translation>Hiển thị: nhấp hoặc kéo trên trang (Alt+P)</translation>
    </message>
    <message>
        <source>Visible signature placed on the page</source>
        <translation>Đã đặt chữ ký hiển thị trên trang</translation>
    </message>
    <message>
        <source>Copy stamp top right of page 1 (copies, Decree 30)</source>
        <translation>Dấu sao y góc trên bên phải trang 1 (bản sao, Nghị định 30)</translation>
    </message>
    <message>
        <source>Signature and agency seal images (results)</source>
        <translation>Hình chữ ký và con dấu cơ quan (kết quả)</translation>
    </message>
    <message>
        <source>Signing issues the result: the signed copy replaces the draft and is sent to the central server with the next sync (works offline).</source>
        <translation>Ký số là ban hành kết quả: bản đã ký thay thế bản dự thảo và được gửi lên máy chủ trung tâm ở lần đồng bộ tiếp theo (hoạt động cả khi ngoại tuyến).</translation>
    </message>
    <message>
        <source>You will choose where to save the signed copy.</source>
        <translation>Bạn sẽ chọn nơi lưu bản đã ký.</translation>
    </message>
    <message>
        <source>Sign and issue (Enter)</source>
        <translation>Ký số và ban hành (Enter)</translation>
    </message>
    <message>
        <source>Sign and save as… (Enter)</source>
        <translation>Ký số và lưu thành… (Enter)</translation>
    </message>
    <message>
        <source>Sign and issue the result</source>
        <translation>Ký số và ban hành kết quả</translation>
    </message>
    <message>
        <source>Sign and save a signed copy</source>
        <translation>Ký số và lưu một bản đã ký</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Hủy ký số</translation>
    </message>
    <message>
        <source>Save signed copy as</source>
        <translation>Lưu bản đã ký thành</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Một Cửa Desk</source>
        <translation>Đăng nhập Một Cửa Desk</translation>
    </message>
    <message>
        <source>Use the account issued by your province&apos;s one-stop system.</source>
        <translation>Dùng tài khoản do hệ thống một cửa của tỉnh cấp.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Ghi nhớ đăng nhập trên máy này</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Dossiers and documents saved on this computer stay here, encrypted, for your next sign-in. Actions not yet sent are sent then.</source>
        <translation>Hồ sơ và tài liệu đã lưu trên máy này được giữ lại (đã mã hóa) cho lần đăng nhập sau. Các thao tác chưa gửi sẽ được gửi khi đó.</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Xóa dữ liệu trên máy này</translation>
    </message>
    <message>
        <source>Erases every dossier, document and note saved on this computer, and its key. Actions not yet sent are lost. Use it before handing the laptop over.</source>
        <translation>Xóa mọi hồ sơ, tài liệu, ghi chú đã lưu trên máy này cùng khóa mã hóa của chúng. Các thao tác chưa gửi sẽ bị mất. Hãy dùng trước khi bàn giao máy.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sign out and forget</source>
        <translation>Đăng xuất và xóa dữ liệu</translation>
    </message>
</context>
<context>
    <name>SignPlacement</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Page of the signature</source>
        <translation>Trang đặt chữ ký</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>Page preview: click or drag to place the signature</source>
        <translation>Xem trước trang: nhấp hoặc kéo để đặt chữ ký</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
</context>
<context>
    <name>SignatureBadge</name>
    <message>
        <source>Checking signature…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Bị sửa đổi sau khi ký</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>Người ký không được tin cậy</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký số</translation>
    </message>
    <message>
        <source>Signature cannot be checked</source>
        <translation>Không thể kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A signature verdict and what was added after signing, e.g. &quot;Valid signature, 2 annotations added after signing on page 3&quot;. The notice is said on the badge itself because an annotation can cover the signed content.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Could not check revocation</source>
        <extracomment>Badge: not valid, the certificate&apos;s revocation status could not be obtained.</extracomment>
        <translation>Chưa kiểm tra được thu hồi</translation>
    </message>
    <message>
        <source>Too complex to check</source>
        <extracomment>The document is over a size, nesting or time limit: its signature was not checked.</extracomment>
        <translation>Quá phức tạp để kiểm tra</translation>
    </message>
    <message>
        <source>Damaged PDF: signature cannot be checked</source>
        <translation>PDF bị hỏng: không kiểm tra được chữ ký</translation>
    </message>
</context>
<context>
    <name>SignatureBadgeLabel</name>
    <message>
        <source>Signature: %1</source>
        <translation>Chữ ký: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Signature details</source>
        <translation>Chi tiết chữ ký</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>This document carries no digital signature.</source>
        <translation>Tài liệu này không có chữ ký số.</translation>
    </message>
    <message>
        <source>Signature %1: %2</source>
        <translation>Chữ ký %1: %2</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp bởi</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Dấu thời gian</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kiểm tra lúc</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Changed after signing:</source>
        <translation>Đã thay đổi sau khi ký:</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>PAdES baseline level: B-B basic, B-T time-stamped, B-LT with revocation data, B-LTA archived.</extracomment>
        <translation>Mức chữ ký</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>Technical detail of a signature problem, for support staff.</extracomment>
        <translation>Chi tiết kỹ thuật: %1</translation>
    </message>
</context>
<context>
    <name>SignatureReportModel</name>
    <message>
        <source>none (the signing time is only claimed by the signer)</source>
        <translation>không có (thời điểm ký chỉ do người ký tự khai)</translation>
    </message>
    <message>
        <source>present but not valid</source>
        <translation>có nhưng không hợp lệ</translation>
    </message>
    <message>
        <source>Signed range covers the document except the signature</source>
        <translation>Phạm vi ký bao phủ tài liệu trừ phần chữ ký</translation>
    </message>
    <message>
        <source>Document digest matches</source>
        <translation>Mã băm tài liệu khớp</translation>
    </message>
    <message>
        <source>Cryptographic signature is correct</source>
        <translation>Chữ ký mật mã chính xác</translation>
    </message>
    <message>
        <source>Certificate chains to a trusted root</source>
        <translation>Chứng thư số liên kết đến gốc tin cậy</translation>
    </message>
    <message>
        <source>Certificate valid at signing time</source>
        <translation>Chứng thư số còn hiệu lực tại thời điểm ký</translation>
    </message>
    <message>
        <source>Key usage allows signing</source>
        <translation>Mục đích sử dụng khóa cho phép ký</translation>
    </message>
    <message>
        <source>No content changed after signing</source>
        <translation>Không có nội dung nào thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>Signature covers the whole file</source>
        <translation>Chữ ký bao phủ toàn bộ tệp</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation>danh sách thu hồi (CRL)</translation>
    </message>
    <message>
        <source>answer saved on this computer</source>
        <translation>kết quả đã lưu trên máy này</translation>
    </message>
    <message>
        <source>evidence kept in the document</source>
        <translation>bằng chứng lưu trong tài liệu</translation>
    </message>
    <message>
        <source>Not revoked (%1)</source>
        <translation>Không bị thu hồi (%1)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Bị thu hồi lúc %1</translation>
    </message>
    <message>
        <source>Could not check: the certificate authority cannot be reached and nothing is saved</source>
        <translation>Không kiểm tra được: không kết nối được tổ chức chứng thực và chưa có kết quả lưu sẵn</translation>
    </message>
    <message>
        <source>The certificate authority publishes no revocation information</source>
        <translation>Tổ chức chứng thực không công bố thông tin thu hồi</translation>
    </message>
    <message>
        <source>Not checked (the certificate is not trusted)</source>
        <translation>Chưa kiểm tra (chứng thư số không được tin cậy)</translation>
    </message>
    <message>
        <source>%1 After signing: %2.</source>
        <translation>%1 Sau khi ký: %2.</translation>
    </message>
    <message>
        <source>Certificate not revoked</source>
        <translation>Chứng thư số không bị thu hồi</translation>
    </message>
    <message>
        <source>Document time stamp</source>
        <translation>Dấu thời gian tài liệu</translation>
    </message>
    <message>
        <source>Only permitted additions after signing</source>
        <translation>Sau khi ký chỉ có các bổ sung được phép</translation>
    </message>
</context>
<context>
    <name>SignerSection</name>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>Thiết bị ký số USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12: .p12, .pfx)</source>
        <translation>Tệp chứng thư số (PKCS#12: .p12, .pfx)</translation>
    </message>
    <message>
        <source>Token vendor</source>
        <translation>Nhà cung cấp thiết bị ký số</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>chưa cài đặt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Browse for another token library</source>
        <translation>Duyệt tìm thư viện thiết bị ký số khác</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Thiết bị ký số</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Look for tokens again</source>
        <translation>Tìm lại thiết bị ký số</translation>
    </message>
    <message>
        <source>Certificates on the token</source>
        <translation>Chứng thư số trên thiết bị ký số</translation>
    </message>
    <message>
        <source>Issued by %1 · %2</source>
        <translation>Cấp bởi %1 · %2</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>HẾT HẠN</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <source>Images on signed results (Decree 30/2020)</source>
        <translation>Hình ảnh trên kết quả đã ký số (Nghị định 30/2020)</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Hình ảnh chữ ký</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Chọn hình ảnh chữ ký</translation>
    </message>
    <message>
        <source>Agency seal</source>
        <translation>Con dấu cơ quan</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s seal image</source>
        <translation>Chọn hình ảnh con dấu của cơ quan</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>Tổ chức cung cấp dịch vụ chứng thực tin cậy</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Thêm chứng thư số…</translation>
    </message>
    <message>
        <source>Add a trusted root or intermediate certificate</source>
        <translation>Thêm chứng thư số gốc hoặc trung gian tin cậy</translation>
    </message>
    <message>
        <source>Token library</source>
        <translation>Thư viện thiết bị ký số</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dll *.dylib)</source>
        <translation>Thư viện (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Agency seal image</source>
        <translation>Hình ảnh con dấu cơ quan</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Hình ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Chứng thư số tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Import province bundle…</source>
        <translation>Nhập gói chứng thư của tỉnh…</translation>
    </message>
    <message>
        <source>Import the trust bundle of the national root CA and the licensed CAs</source>
        <extracomment>The PEM file a province issues with the national root CA and the licensed CAs.</extracomment>
        <translation>Nhập gói chứng thư tin cậy gồm CA gốc quốc gia và các CA được cấp phép</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of the bundle are trusted.</source>
        <translation>
            <numerusform>%n chứng thư số của gói đã được tin cậy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Province trust bundle</source>
        <translation>Gói chứng thư tin cậy của tỉnh</translation>
    </message>
    <message>
        <source>PEM bundles (*.pem *.crt)</source>
        <translation>Gói PEM (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SignerSettings</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>hiệu lực %1 – %2</translation>
    </message>
    <message>
        <source>No signing key chosen yet.</source>
        <translation>Chưa chọn khóa ký số.</translation>
    </message>
    <message>
        <source>Certificate file %1</source>
        <translation>Tệp chứng thư số %1</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Thiết bị ký số của %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>khóa %1</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>Mã PIN đã bị khóa</translation>
    </message>
    <message>
        <source>last PIN try</source>
        <translation>lần nhập mã PIN cuối cùng</translation>
    </message>
    <message>
        <source>wrong PIN entered before</source>
        <translation>đã nhập sai mã PIN trước đó</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>Chưa cắm thiết bị ký số.</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>Choose a token or a certificate file in Settings first.</source>
        <translation>Hãy chọn thiết bị ký số hoặc tệp chứng thư số trong Cài đặt trước.</translation>
    </message>
    <message>
        <source>This document has not been downloaded yet. Sync while online first.</source>
        <translation>Tài liệu này chưa được tải về. Hãy đồng bộ khi có kết nối mạng trước.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN.</source>
        <translation>Nhập mã PIN của thiết bị ký số.</translation>
    </message>
    <message>
        <source>Enter the certificate file&apos;s password.</source>
        <translation>Nhập mật khẩu của tệp chứng thư số.</translation>
    </message>
    <message>
        <source>Choose where to save the signed copy.</source>
        <translation>Chọn nơi lưu bản đã ký số.</translation>
    </message>
    <message>
        <source>Click or drag on the page to place the signature.</source>
        <translation>Nhấp hoặc kéo trên trang để đặt chữ ký.</translation>
    </message>
    <message>
        <source>Signing… (the token may ask you to confirm)</source>
        <translation>Đang ký số… (thiết bị ký số có thể yêu cầu bạn xác nhận)</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Chưa mở hồ sơ người dùng nào.</translation>
    </message>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>Hồ sơ không còn trong bộ nhớ đệm cục bộ.</translation>
    </message>
    <message>
        <source>The signed result is queued; it reaches the central server with the next sync.</source>
        <translation>Kết quả đã ký số đã được đưa vào hàng đợi; kết quả sẽ được gửi lên máy chủ trung tâm ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Cannot save the signed copy to %1: %2</source>
        <translation>Không thể lưu bản đã ký số vào %1: %2</translation>
    </message>
    <message>
        <source>Signed copy saved to %1.</source>
        <translation>Đã lưu bản đã ký số vào %1.</translation>
    </message>
    <message>
        <source>The time-stamp server could not be reached: the signature carries no time stamp.</source>
        <translation>Không kết nối được máy chủ dấu thời gian: chữ ký không có dấu thời gian.</translation>
    </message>
    <message>
        <source>It is signed at level PAdES B-T; the long-term validation data could not be added: %1</source>
        <translation>Kết quả đã được ký số ở mức PAdES B-T; chưa thể bổ sung dữ liệu kiểm tra dài hạn: %1</translation>
    </message>
    <message>
        <source>The time-stamp server could not be reached: the time stamp is added before the result is sent, at the next sync.</source>
        <translation>Không kết nối được máy chủ dấu thời gian: dấu thời gian sẽ được thêm trước khi gửi kết quả, ở lần đồng bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline — working from the local cache</source>
        <translation>Ngoại tuyến — đang làm việc trên dữ liệu lưu trên máy</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thao tác đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed</source>
        <translation>
            <numerusform>%n thao tác gửi không thành công</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n xung đột cần xử lý</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message numerus="yes">
        <source>A supplement was already requested %n time(s). Asking again makes this dossier count as late (Decision 766) and an apology letter will be needed.</source>
        <translation>
            <numerusform>Đã yêu cầu bổ sung %n lần. Nếu yêu cầu tiếp, hồ sơ này sẽ bị tính là trễ hạn (Quyết định 766) và cần có thư xin lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components of the procedure</source>
        <translation>Thành phần hồ sơ của thủ tục</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (không bắt buộc)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Chưa đúng</translation>
    </message>
    <message>
        <source>Incorrect: %1</source>
        <translation>Chưa đúng: %1</translation>
    </message>
    <message>
        <source>The procedure lists no components: describe what is needed below.</source>
        <translation>Thủ tục không có danh mục thành phần hồ sơ: hãy mô tả nội dung cần bổ sung bên dưới.</translation>
    </message>
    <message>
        <source>What the applicant must bring or correct</source>
        <translation>Những gì người nộp hồ sơ phải bổ sung hoặc sửa đổi</translation>
    </message>
    <message>
        <source>Details of the supplement request</source>
        <translation>Chi tiết yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>The processing clock stops until the supplement is received.</source>
        <translation>Thời gian xử lý tạm dừng cho đến khi nhận được hồ sơ bổ sung.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connecting to the central server…</source>
        <translation>Đang kết nối tới máy chủ trung tâm…</translation>
    </message>
    <message>
        <source>Receiving dossiers %1 of %2</source>
        <translation>Đang nhận hồ sơ %1/%2</translation>
    </message>
    <message>
        <source>Receiving dossiers (%1)</source>
        <translation>Đang nhận hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Sending actions %1 of %2</source>
        <translation>Đang gửi thao tác %1/%2</translation>
    </message>
    <message>
        <source>Downloading documents %1 of %2</source>
        <translation>Đang tải tài liệu %1/%2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Vừa đồng bộ xong</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Đồng bộ %n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Đồng bộ %n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Đồng bộ %n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced at %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the address or ask your IT staff.</source>
        <translation>Chứng thư số của máy chủ không được tin cậy. Hãy kiểm tra lại địa chỉ hoặc liên hệ cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and the network connection.</source>
        <translation>Không kết nối được tới máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Phiên làm việc đã hết hạn. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation>Hãy đăng nhập để đồng bộ.</translation>
    </message>
    <message>
        <source>Sign in to look up citizens.</source>
        <translation>Đăng nhập để tra cứu công dân.</translation>
    </message>
    <message>
        <source>No citizen with this ID number in the population records: type the details by hand.</source>
        <translation>Không có công dân với số định danh này trong dữ liệu dân cư: nhập thông tin bằng tay.</translation>
    </message>
</context>
<context>
    <name>TlsPinSection</name>
    <message>
        <source>Secure connection</source>
        <translation>Kết nối an toàn</translation>
    </message>
    <message>
        <source>The province pinned the certificate keys below: a server that does not show one of them is refused, even with a valid certificate.</source>
        <translation>Tỉnh đã ghim các khóa chứng thư số dưới đây: máy chủ không xuất trình một trong các khóa này sẽ bị từ chối, kể cả khi chứng thư hợp lệ.</translation>
    </message>
    <message>
        <source>The province has not pinned any certificate key: servers are checked with the usual certificate verification.</source>
        <translation>Tỉnh chưa ghim khóa chứng thư số nào: máy chủ được kiểm tra bằng cách xác thực chứng thư thông thường.</translation>
    </message>
    <message>
        <source>Set by the IT department in %1 (read only).</source>
        <translation>Do bộ phận công nghệ thông tin cài đặt tại %1 (chỉ xem).</translation>
    </message>
</context>
<context>
    <name>TrustStoreSettings</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>hiệu lực %1 – %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 không phải là chứng thư số (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>Cannot create the trust store folder %1.</source>
        <translation>Không thể tạo thư mục kho chứng thư tin cậy %1.</translation>
    </message>
    <message>
        <source>Cannot write to the trust store folder %1.</source>
        <translation>Không thể ghi vào thư mục kho chứng thư tin cậy %1.</translation>
    </message>
    <message>
        <source>%1 is not a trust bundle: it must hold the national root CA and the licensed CAs under it (%2).</source>
        <translation>%1 không phải là gói chứng thư tin cậy: tệp phải gồm CA gốc quốc gia và các CA được cấp phép trực thuộc (%2).</translation>
    </message>
</context>
<context>
    <name>WarehouseReuse</name>
    <message>
        <source>Reuse from the e-data warehouse</source>
        <translation>Dùng lại từ kho dữ liệu điện tử</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s ID number to see their digitized documents.</source>
        <translation>Nhập số định danh của người nộp để xem giấy tờ đã số hóa.</translation>
    </message>
    <message>
        <source>No digitized documents of %1 are cached on this computer.</source>
        <translation>Máy này chưa có giấy tờ đã số hóa nào của %1.</translation>
    </message>
    <message>
        <source>Use for this component</source>
        <translation>Dùng cho thành phần này</translation>
    </message>
    <message>
        <source>Papers instead</source>
        <translation>Dùng bản giấy</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The saved dossiers of this computer can no longer be decrypted (the key that protected them is gone). Sign in again: everything will be downloaded again from the server.</source>
        <translation>Không thể giải mã các hồ sơ đã lưu trên máy này nữa (khóa bảo vệ chúng không còn). Vui lòng đăng nhập lại: toàn bộ dữ liệu sẽ được tải lại từ máy chủ.</translation>
    </message>
</context>
<context>
    <name>motcua-sign</name>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>không ghi được tệp</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Tài liệu không có chữ ký số nào.</translation>
    </message>
    <message>
        <source>Usage:
  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL])
                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] [--agency TEXT] [--text LINE]...
                   [--signature-image PNG] [--seal-image PNG]
  motcua-sign verify FILE [--trust PEM|DIR]... [--json] [--offline] [--revocation-cache DIR]
  motcua-sign extend --level lt|lta [--tsa URL] [--trust PEM|DIR]... [--revocation-cache DIR] [--out FILE] FILE
  motcua-sign tokens --pkcs11-module LIB
--copy-form/--agency without --visible put a text stamp at the top right of page 1.
The PIN or password is read from MOTCUA_PIN or from the first line of standard input.
</source>
        <translation>Cách dùng:
  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL])
                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] [--agency TEXT] [--text LINE]...
                   [--signature-image PNG] [--seal-image PNG]
  motcua-sign verify FILE [--trust PEM|DIR]... [--json] [--offline] [--revocation-cache DIR]
  motcua-sign extend --level lt|lta [--tsa URL] [--trust PEM|DIR]... [--revocation-cache DIR] [--out FILE] FILE
  motcua-sign tokens --pkcs11-module LIB
--copy-form/--agency khi không có --visible sẽ đặt một dấu dạng văn bản ở góc trên bên phải của trang 1.
Mã PIN hoặc mật khẩu được đọc từ MOTCUA_PIN hoặc từ dòng đầu tiên của đầu vào chuẩn (stdin).
</translation>
    </message>
</context>
<context>
    <name>motcua::ActionKind</name>
    <message>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Ghi chú trên tài liệu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Forward to another agency</source>
        <translation>Chuyển liên thông</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Receive the supplement</source>
        <translation>Tiếp nhận bổ sung</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Trình phê duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Sign the result</source>
        <translation>Ký số kết quả</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Issue an apology letter</source>
        <translation>Ban hành văn bản xin lỗi</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>Yêu cầu nộp phí</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Xác nhận đã nộp phí</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Bắt đầu thẩm định</translation>
    </message>
    <message>
        <source>Attach a digitized document</source>
        <translation>Đính kèm tài liệu đã số hóa</translation>
    </message>
    <message>
        <source>Receive the dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::DossierState</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Chờ nộp phí</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Result issued</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
</context>
<context>
    <name>motcua::Error</name>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Thiếu trường %1.</translation>
    </message>
    <message>
        <source>The field %1 has the wrong type (expected %2).</source>
        <translation>Trường %1 sai kiểu dữ liệu (cần %2).</translation>
    </message>
    <message>
        <source>The value of %1 is out of range (%2 to %3).</source>
        <translation>Giá trị của %1 nằm ngoài khoảng cho phép (%2 đến %3).</translation>
    </message>
    <message>
        <source>The field %1 is not a valid %2.</source>
        <translation>Trường %1 không phải là %2 hợp lệ.</translation>
    </message>
    <message>
        <source>The field %1 has an unknown value “%2”.</source>
        <translation>Trường %1 có giá trị không xác định “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not possible while the dossier is %2.</source>
        <translation>Không thể “%1” khi hồ sơ đang ở trạng thái %2.</translation>
    </message>
    <message>
        <source>The result must be digitally signed.</source>
        <translation>Kết quả phải được ký số.</translation>
    </message>
    <message>
        <source>Choose the official to assign.</source>
        <translation>Hãy chọn cán bộ được phân công.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Hãy nhập nội dung ý kiến trước.</translation>
    </message>
    <message>
        <source>Choose the agency to forward the dossier to.</source>
        <translation>Hãy chọn cơ quan nhận hồ sơ chuyển liên thông.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Cần nêu lý do.</translation>
    </message>
    <message>
        <source>The dossier is already at agency %1.</source>
        <translation>Hồ sơ đã ở cơ quan %1.</translation>
    </message>
    <message>
        <source>The dossier has no signed result to return.</source>
        <translation>Hồ sơ chưa có kết quả đã ký số để trả.</translation>
    </message>
    <message>
        <source>The action belongs to another dossier.</source>
        <translation>Thao tác này thuộc về hồ sơ khác.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Your role does not allow “%1” here.</source>
        <translation>Vai trò của bạn không được phép “%1” ở đây.</translation>
    </message>
    <message>
        <source>Only officials of agency %1, which holds the dossier, may act on it.</source>
        <translation>Chỉ cán bộ của cơ quan %1, nơi đang giữ hồ sơ, mới được xử lý hồ sơ này.</translation>
    </message>
    <message>
        <source>Invalid document hash.</source>
        <translation>Mã băm tài liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot %1 a document in the local store.</source>
        <translation>Không thể %1 tài liệu trong kho lưu trữ trên máy.</translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its hash.</source>
        <translation>Nội dung tài liệu không khớp với mã băm.</translation>
    </message>
    <message>
        <source>The document is larger than announced.</source>
        <translation>Tài liệu lớn hơn kích thước đã thông báo.</translation>
    </message>
    <message>
        <source>The document is incomplete.</source>
        <translation>Tài liệu chưa được tải đầy đủ.</translation>
    </message>
    <message>
        <source>The document is not in the local store yet.</source>
        <translation>Tài liệu chưa có trong kho lưu trữ trên máy.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The local cache is busy; try again.</source>
        <translation>Dữ liệu trên máy đang bận; hãy thử lại.</translation>
    </message>
    <message>
        <source>The local cache rejected inconsistent data.</source>
        <translation>Dữ liệu trên máy từ chối dữ liệu không nhất quán.</translation>
    </message>
    <message>
        <source>The local cache file is damaged.</source>
        <translation>Tệp dữ liệu trên máy bị hỏng.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written.</source>
        <translation>Không đọc hoặc ghi được dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>A local cache operation failed.</source>
        <translation>Một thao tác trên dữ liệu trên máy không thành công.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Chưa cài trình điều khiển SQLite cho Qt.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of the application.</source>
        <translation>Dữ liệu trên máy được ghi bởi phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Dữ liệu trên máy chưa được mở.</translation>
    </message>
    <message>
        <source>A dossier without an id cannot be stored.</source>
        <translation>Không thể lưu hồ sơ không có mã định danh.</translation>
    </message>
    <message>
        <source>The dossier is not in the local cache.</source>
        <translation>Hồ sơ không có trong dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>The pending action no longer exists.</source>
        <translation>Thao tác đang chờ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The action does not belong to this dossier.</source>
        <translation>Thao tác không thuộc hồ sơ này.</translation>
    </message>
    <message>
        <source>The action has no idempotency key.</source>
        <translation>Thao tác thiếu khóa chống gửi trùng.</translation>
    </message>
    <message>
        <source>An action of this dossier is being sent; try again in a moment.</source>
        <translation>Một thao tác của hồ sơ này đang được gửi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server sent an unreadable sign-in answer.</source>
        <translation>Máy chủ gửi phản hồi đăng nhập không đọc được.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Thao tác đã bị hủy.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Không kết nối được tới máy chủ: %1</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Máy chủ từ chối yêu cầu: %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired; please sign in again. (%1)</source>
        <translation>Phiên đăng nhập đã hết hạn; hãy đăng nhập lại. (%1)</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Bạn không được phép thực hiện thao tác này: %1</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Không tìm thấy trên máy chủ: %1</translation>
    </message>
    <message>
        <source>Someone else acted on this dossier first: %1</source>
        <translation>Người khác đã xử lý hồ sơ này trước: %1</translation>
    </message>
    <message>
        <source>The dossier changed on the server since you opened it: %1</source>
        <translation>Hồ sơ đã thay đổi trên máy chủ kể từ khi bạn mở: %1</translation>
    </message>
    <message>
        <source>The server is busy or unavailable: %1</source>
        <translation>Máy chủ đang bận hoặc không hoạt động: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Kho khóa bí mật của hệ điều hành không sẵn sàng: %1</translation>
    </message>
    <message>
        <source>No saved sign-in was found; please sign in again.</source>
        <translation>Không tìm thấy thông tin đăng nhập đã lưu; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 không phải là tệp PDF.</translation>
    </message>
    <message>
        <source>Your account details are missing.</source>
        <translation>Thiếu thông tin tài khoản của bạn.</translation>
    </message>
    <message>
        <source>The server refused the data as invalid.</source>
        <translation>Máy chủ từ chối dữ liệu vì không hợp lệ.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Máy chủ không có mục này.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>Someone else changed the dossier first.</source>
        <translation>Người khác đã thay đổi hồ sơ trước.</translation>
    </message>
    <message>
        <source>The dossier changed since you opened it.</source>
        <translation>Hồ sơ đã thay đổi kể từ khi bạn mở.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>The central system cannot be reached.</source>
        <translation>Không kết nối được tới hệ thống trung tâm.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Yêu cầu đã bị hủy.</translation>
    </message>
    <message>
        <source>The central system had an internal error.</source>
        <translation>Hệ thống trung tâm gặp lỗi nội bộ.</translation>
    </message>
    <message>
        <source>The PDF file %1 does not exist.</source>
        <translation>Tệp PDF %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be read.</source>
        <translation>Không đọc được tệp PDF %1.</translation>
    </message>
    <message>
        <source>The PDF file is too large to open.</source>
        <translation>Tệp PDF quá lớn để mở.</translation>
    </message>
    <message>
        <source>This file is not a PDF document.</source>
        <translation>Tệp này không phải là tài liệu PDF.</translation>
    </message>
    <message>
        <source>The PDF file is incomplete (truncated); ask for the file again.</source>
        <translation>Tệp PDF không đầy đủ (bị cắt); hãy yêu cầu gửi lại tệp.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be opened.</source>
        <translation>Tệp PDF bị hỏng, không mở được.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password and cannot be shown.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu nên không hiển thị được.</translation>
    </message>
    <message>
        <source>The PDF file has no pages.</source>
        <translation>Tệp PDF không có trang nào.</translation>
    </message>
    <message>
        <source>The PDF file has %1 pages, more than the %2 allowed.</source>
        <translation>Tệp PDF có %1 trang, vượt quá mức cho phép %2 trang.</translation>
    </message>
    <message>
        <source>There is no page %1.</source>
        <translation>Không có trang %1.</translation>
    </message>
    <message>
        <source>Page %1 cannot be displayed.</source>
        <translation>Không hiển thị được trang %1.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Không kết nối được tới máy chủ.</translation>
    </message>
    <message>
        <source>The server sent an unreadable answer for %1.</source>
        <translation>Máy chủ gửi phản hồi không đọc được cho %1.</translation>
    </message>
    <message>
        <source>The server sent an unreadable list of changes.</source>
        <translation>Máy chủ gửi danh sách thay đổi không đọc được.</translation>
    </message>
    <message>
        <source>Invalid document identifier.</source>
        <translation>Mã định danh tài liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Không tạo được thư mục hồ sơ người dùng %1.</translation>
    </message>
    <message>
        <source>Nobody has signed in with this profile yet (%1).</source>
        <translation>Chưa có ai đăng nhập bằng hồ sơ người dùng này (%1).</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged; please sign in again.</source>
        <translation>Tệp hồ sơ người dùng %1 bị hỏng; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Could not write the downloaded document.</source>
        <translation>Không ghi được tài liệu đã tải về.</translation>
    </message>
    <message>
        <source>Another kind of document already uses this id.</source>
        <translation>Mã định danh này đã được dùng cho một loại tài liệu khác.</translation>
    </message>
    <message>
        <source>The time of the action is unknown.</source>
        <translation>Không xác định được thời điểm của thao tác.</translation>
    </message>
    <message>
        <source>Sign in and synchronize once before acting offline.</source>
        <translation>Hãy đăng nhập và đồng bộ ít nhất một lần trước khi thao tác ngoại tuyến.</translation>
    </message>
    <message>
        <source>There is no agency with the code %1.</source>
        <translation>Không có cơ quan nào mang mã %1.</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Đã hủy ký số.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số (token) đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số để mở khóa.</translation>
    </message>
    <message>
        <source>The token was removed or stopped responding.</source>
        <translation>Thiết bị ký số (token) đã bị rút ra hoặc không phản hồi.</translation>
    </message>
    <message>
        <source>The certificate store cannot be opened.</source>
        <translation>Không mở được kho chứng thư số.</translation>
    </message>
    <message>
        <source>The token has no signing key with a certificate.</source>
        <translation>Thiết bị ký số (token) không có khóa ký kèm chứng thư số.</translation>
    </message>
    <message>
        <source>The token could not sign.</source>
        <translation>Thiết bị ký số (token) không ký được.</translation>
    </message>
    <message>
        <source>Building the signature failed (%1).</source>
        <translation>Tạo chữ ký số không thành công (%1).</translation>
    </message>
    <message>
        <source>The PDF file&apos;s structure is damaged: %1.</source>
        <translation>Cấu trúc tệp PDF bị hỏng: %1.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Tệp không phải là tài liệu PDF.</translation>
    </message>
    <message>
        <source>Encrypted PDF files cannot be signed or validated.</source>
        <translation>Không thể ký số hoặc kiểm tra chữ ký trên tệp PDF đã mã hóa.</translation>
    </message>
    <message>
        <source>The PDF file uses an unsupported stream filter (%1).</source>
        <translation>Tệp PDF dùng bộ lọc luồng dữ liệu không được hỗ trợ (%1).</translation>
    </message>
    <message>
        <source>The PDF file is damaged (%1 at byte %2).</source>
        <translation>Tệp PDF bị hỏng (%1 tại byte %2).</translation>
    </message>
    <message>
        <source>A compressed stream in the PDF file is damaged (%1).</source>
        <translation>Một luồng dữ liệu nén trong tệp PDF bị hỏng (%1).</translation>
    </message>
    <message>
        <source>The trust store %1 has no certificates.</source>
        <translation>Kho tin cậy %1 không có chứng thư số nào.</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>Tài liệu không có trang %1.</translation>
    </message>
    <message>
        <source>The PDF file is too large to sign.</source>
        <translation>Tệp PDF quá lớn để ký số.</translation>
    </message>
    <message>
        <source>Writing the signature failed.</source>
        <translation>Ghi chữ ký số không thành công.</translation>
    </message>
    <message>
        <source>The signature (%1 bytes) does not fit the space reserved for it (%2 bytes).</source>
        <translation>Chữ ký số (%1 byte) không vừa với vùng dành sẵn cho nó (%2 byte).</translation>
    </message>
    <message>
        <source>The token library %1 cannot be loaded.</source>
        <translation>Không nạp được thư viện thiết bị ký số %1.</translation>
    </message>
    <message>
        <source>The token library %1 failed to start.</source>
        <translation>Thư viện thiết bị ký số %1 không khởi động được.</translation>
    </message>
    <message>
        <source>The token failed.</source>
        <translation>Thiết bị ký số (token) gặp lỗi.</translation>
    </message>
    <message>
        <source>Wrong PIN. One more wrong attempt will lock the token.</source>
        <translation>Sai mã PIN. Nhập sai thêm một lần nữa thiết bị ký số sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Wrong PIN. Few attempts are left before the token locks.</source>
        <translation>Sai mã PIN. Chỉ còn ít lần thử trước khi thiết bị ký số bị khóa.</translation>
    </message>
    <message>
        <source>Logging in to the token failed.</source>
        <translation>Đăng nhập vào thiết bị ký số không thành công.</translation>
    </message>
    <message>
        <source>No token %1 is plugged in.</source>
        <translation>Chưa cắm thiết bị ký số %1.</translation>
    </message>
    <message>
        <source>Cannot open the certificate file %1.</source>
        <translation>Không mở được tệp chứng thư số %1.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 certificate file.</source>
        <translation>Tệp không phải là tệp chứng thư số PKCS#12.</translation>
    </message>
    <message>
        <source>The password of the certificate file is wrong, or the file has no key.</source>
        <translation>Mật khẩu của tệp chứng thư số không đúng, hoặc tệp không chứa khóa.</translation>
    </message>
    <message>
        <source>The key could not sign.</source>
        <translation>Khóa không ký được.</translation>
    </message>
    <message>
        <source>The signature font has no glyph for the character %1.</source>
        <translation>Phông chữ của chữ ký không có ký tự %1.</translation>
    </message>
    <message>
        <source>The time-stamp authority cannot start (%1).</source>
        <translation>Dịch vụ cấp dấu thời gian không khởi động được (%1).</translation>
    </message>
    <message>
        <source>The font for the visible signature cannot be used.</source>
        <translation>Không dùng được phông chữ cho chữ ký hiển thị.</translation>
    </message>
    <message>
        <source>The time-stamp service did not give a valid time stamp.</source>
        <translation>Dịch vụ cấp dấu thời gian không trả về dấu thời gian hợp lệ.</translation>
    </message>
    <message>
        <source>The time-stamp service %1 cannot be reached.</source>
        <translation>Không kết nối được dịch vụ cấp dấu thời gian %1.</translation>
    </message>
    <message>
        <source>This dossier is not in the local cache.</source>
        <translation>Hồ sơ này không có trong bộ nhớ đệm cục bộ.</translation>
    </message>
    <message>
        <source>Enter the new date for returning the result (YYYY-MM-DD, today or later).</source>
        <translation>Nhập ngày hẹn trả kết quả mới (YYYY-MM-DD, từ hôm nay trở đi).</translation>
    </message>
    <message>
        <source>This dossier has no apology letter to sign.</source>
        <translation>Hồ sơ này không có thư xin lỗi cần ký số.</translation>
    </message>
    <message>
        <source>The apology letter has not been downloaded yet: sync first.</source>
        <translation>Thư xin lỗi chưa được tải về: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Chưa mở hồ sơ người dùng nào.</translation>
    </message>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>Hồ sơ không còn trong bộ nhớ đệm cục bộ.</translation>
    </message>
    <message>
        <source>This annotation cannot be made here.</source>
        <translation>Không thể tạo ghi chú tại đây.</translation>
    </message>
    <message>
        <source>Draw a longer stroke.</source>
        <translation>Hãy vẽ nét dài hơn.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Ghi chú không còn tồn tại.</translation>
    </message>
    <message>
        <source>This document has not been downloaded yet. Sync while online first.</source>
        <translation>Tài liệu này chưa được tải về. Hãy đồng bộ khi có kết nối mạng trước.</translation>
    </message>
    <message>
        <source>An unfinished batch exists: resume it or close it first.</source>
        <translation>Đang có một lô chưa hoàn tất: hãy tiếp tục hoặc đóng lô đó trước.</translation>
    </message>
    <message>
        <source>There is no unfinished batch.</source>
        <translation>Không có lô nào chưa hoàn tất.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid now (valid until %2).</source>
        <translation>Chứng thư số của %1 hiện không có hiệu lực (hiệu lực đến %2).</translation>
    </message>
    <message>
        <source>Cannot read the document: %1</source>
        <translation>Không thể đọc tài liệu: %1</translation>
    </message>
    <message>
        <source>The batch was cancelled.</source>
        <translation>Lô đã bị hủy.</translation>
    </message>
    <message>
        <source>Choose a signer first.</source>
        <translation>Hãy chọn người ký trước.</translation>
    </message>
    <message>
        <source>The draft result has not been downloaded yet: synchronize while online, then retry.</source>
        <translation>Dự thảo kết quả chưa được tải về: hãy đồng bộ khi có kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The action was sent meanwhile.</source>
        <translation>Thao tác đã được gửi trong lúc đó.</translation>
    </message>
    <message>
        <source>--new-date must be a date YYYY-MM-DD, today or later.</source>
        <translation>--new-date phải là ngày dạng YYYY-MM-DD, từ hôm nay trở đi.</translation>
    </message>
    <message>
        <source>Choose at least one document to attach.</source>
        <translation>Hãy chọn ít nhất một tài liệu để đính kèm.</translation>
    </message>
    <message>
        <source>Only the official who wrote an annotation may change or delete it.</source>
        <translation>Chỉ cán bộ đã tạo ghi chú mới được sửa hoặc xóa ghi chú đó.</translation>
    </message>
    <message>
        <source>An annotation cannot move to another dossier or document.</source>
        <translation>Không thể chuyển ghi chú sang hồ sơ hoặc tài liệu khác.</translation>
    </message>
    <message>
        <source>The annotation was changed meanwhile; reload it and try again.</source>
        <translation>Ghi chú đã bị thay đổi trong lúc đó; hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>An apology letter needs the dossier code, the applicant and the new date for returning the result.</source>
        <translation>Thư xin lỗi cần có mã hồ sơ, người nộp hồ sơ và ngày hẹn trả kết quả mới.</translation>
    </message>
    <message>
        <source>The PDF of the letter could not be written.</source>
        <translation>Không thể ghi tệp PDF của thư.</translation>
    </message>
    <message>
        <source>No serif font with Vietnamese letters was found (install fonts-liberation2 or set MOTCUA_LETTER_FONT).</source>
        <translation>Không tìm thấy phông chữ có chân hỗ trợ tiếng Việt (hãy cài fonts-liberation2 hoặc đặt MOTCUA_LETTER_FONT).</translation>
    </message>
    <message>
        <source>The PDF file is too large to annotate.</source>
        <translation>Tệp PDF quá lớn để ghi chú.</translation>
    </message>
    <message>
        <source>The image cannot be used for a signature: %1.</source>
        <translation>Không thể dùng hình ảnh này làm chữ ký: %1.</translation>
    </message>
    <message>
        <source>Choose a token or a certificate file in Settings first.</source>
        <translation>Hãy chọn thiết bị ký số hoặc tệp chứng thư số trong Cài đặt trước.</translation>
    </message>
    <message>
        <source>The document has no signature.</source>
        <translation>Tài liệu không có chữ ký.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed; the signature cannot be time-stamped in place.</source>
        <translation>Tài liệu đã bị thay đổi sau khi ký; không thể gắn dấu thời gian trực tiếp cho chữ ký.</translation>
    </message>
    <message>
        <source>An annotation without an id cannot be stored.</source>
        <translation>Không thể lưu ghi chú không có mã định danh.</translation>
    </message>
    <message>
        <source>The cached document list of %1 is unreadable.</source>
        <translation>Không đọc được danh sách tài liệu đã lưu đệm của %1.</translation>
    </message>
    <message>
        <source>The citizen&apos;s ID number is missing.</source>
        <translation>Thiếu số định danh cá nhân của công dân.</translation>
    </message>
    <message>
        <source>The server sent the documents of another citizen.</source>
        <translation>Máy chủ đã gửi tài liệu của một công dân khác.</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes; the transfer was stopped.</source>
        <translation>Máy chủ gửi quá %1 byte; đã dừng tải.</translation>
    </message>
    <message>
        <source>The batch&apos;s queued action is not a signed result.</source>
        <translation>Thao tác đang chờ gửi của lô không phải là kết quả đã ký số.</translation>
    </message>
    <message>
        <source>--extra-days must be 1 to 365 working days.</source>
        <translation>--extra-days phải từ 1 đến 365 ngày làm việc.</translation>
    </message>
    <message>
        <source>--component must be CODE=FILE[,FILE...], not %1.</source>
        <translation>--component phải có dạng MÃ=TỆP[,TỆP...], không phải %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>A calendar year must be “published” or “projected”.</source>
        <translation>Lịch của một năm phải là “published” (đã công bố) hoặc “projected” (dự kiến).</translation>
    </message>
    <message>
        <source>%1 is a swapped working day but not a weekly day off.</source>
        <translation>Ngày %1 là ngày làm bù nhưng không phải ngày nghỉ hằng tuần.</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a working day.</source>
        <translation>Ngày %1 vừa là ngày nghỉ lễ vừa là ngày làm việc.</translation>
    </message>
    <message>
        <source>A holiday is listed twice.</source>
        <translation>Một ngày nghỉ lễ bị liệt kê hai lần.</translation>
    </message>
    <message>
        <source>The calendar file is not a JSON object (%1).</source>
        <translation>Tệp lịch không phải là một đối tượng JSON (%1).</translation>
    </message>
    <message>
        <source>Not a calendar file: expected &quot;format&quot;: &quot;motcua-calendar&quot;, &quot;version&quot;: 1.</source>
        <translation>Không phải tệp lịch: cần có &quot;format&quot;: &quot;motcua-calendar&quot;, &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>The calendar file has no years.</source>
        <translation>Tệp lịch không có năm nào.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Cần một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The field is missing.</source>
        <translation>Thiếu trường này.</translation>
    </message>
    <message>
        <source>The year %1 appears twice.</source>
        <translation>Năm %1 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write 2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15.</source>
        <translation>&quot;%1&quot; không phải là kỳ báo cáo: hãy ghi 2026-07, 2026-Q3, 2026 hoặc 2026-07-01..2026-08-15.</translation>
    </message>
    <message>
        <source>The action is dated later than the server&apos;s time: check this computer&apos;s clock and time zone, then do the action again.</source>
        <translation>Thao tác được ghi thời điểm muộn hơn giờ của máy chủ: hãy kiểm tra đồng hồ và múi giờ của máy tính này rồi thực hiện lại thao tác.</translation>
    </message>
    <message>
        <source>The action was done offline longer ago than the province allows: it can no longer be recorded with that date. Do it again now.</source>
        <translation>Thao tác được thực hiện khi ngoại tuyến đã quá thời hạn tỉnh cho phép: không thể ghi nhận với thời điểm đó nữa. Hãy thực hiện lại ngay bây giờ.</translation>
    </message>
    <message>
        <source>The action is dated before the version of the dossier it was done on: check this computer&apos;s clock.</source>
        <translation>Thao tác được ghi thời điểm trước cả phiên bản hồ sơ mà nó dựa vào: hãy kiểm tra đồng hồ của máy tính này.</translation>
    </message>
    <message>
        <source>The result is dated before its own signature: check this computer&apos;s clock.</source>
        <translation>Kết quả được ghi thời điểm trước cả chữ ký số của nó: hãy kiểm tra đồng hồ của máy tính này.</translation>
    </message>
    <message>
        <source>The time the action was done is not valid.</source>
        <translation>Thời điểm thực hiện thao tác không hợp lệ.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer: it would send passwords and documents unencrypted. Use %1 instead.</source>
        <translation>Chỉ được dùng http:// (không mã hóa) với chính máy này: nếu không, mật khẩu và tài liệu sẽ được gửi đi không mã hóa. Hãy dùng %1.</translation>
    </message>
    <message>
        <source>Not an https:// address: %1</source>
        <translation>Không phải địa chỉ https://: %1</translation>
    </message>
    <message>
        <source>The dossier is late: a signed apology letter is required before returning the result.</source>
        <translation>Hồ sơ trễ hạn: cần có thư xin lỗi đã được ký số trước khi trả kết quả.</translation>
    </message>
    <message>
        <source>The date promised in the apology letter has passed: issue a new apology with a new date before returning the result.</source>
        <translation>Đã quá ngày hẹn trong thư xin lỗi: cần lập thư xin lỗi mới với ngày hẹn mới trước khi trả kết quả.</translation>
    </message>
    <message>
        <source>This dossier finished on time: no apology letter is needed.</source>
        <translation>Hồ sơ đã giải quyết đúng hạn: không cần thư xin lỗi.</translation>
    </message>
    <message>
        <source>Choose the new appointment, in working days after the due date.</source>
        <translation>Hãy chọn ngày hẹn mới, tính bằng số ngày làm việc sau ngày hẹn trả.</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>Không đọc được bản quét %1: %2</translation>
    </message>
    <message>
        <source>A page could not be compressed: %1</source>
        <translation>Không nén được một trang: %1</translation>
    </message>
    <message>
        <source>The scan %1 is too large (%2 x %3 pixels).</source>
        <translation>Bản quét %1 quá lớn (%2 x %3 điểm ảnh).</translation>
    </message>
    <message>
        <source>Add at least one scanned page.</source>
        <translation>Hãy thêm ít nhất một trang quét.</translation>
    </message>
    <message>
        <source>The QR code for %1 could not be made.</source>
        <translation>Không tạo được mã QR cho %1.</translation>
    </message>
    <message>
        <source>A receipt slip needs the dossier code, the applicant and the lookup address.</source>
        <translation>Giấy tiếp nhận cần có mã hồ sơ, người nộp và địa chỉ tra cứu.</translation>
    </message>
    <message>
        <source>The guidance slip needs the applicant and at least one thing to complete.</source>
        <translation>Phiếu hướng dẫn cần có người nộp và ít nhất một nội dung cần bổ sung.</translation>
    </message>
    <message>
        <source>The refusal slip needs the applicant and the reasons.</source>
        <translation>Phiếu từ chối cần có người nộp và lý do.</translation>
    </message>
    <message>
        <source>The revocation service %1 cannot be reached.</source>
        <translation>Không kết nối được dịch vụ kiểm tra thu hồi chứng thư %1.</translation>
    </message>
    <message>
        <source>An archive time stamp needs a time-stamp service.</source>
        <translation>Dấu thời gian lưu trữ cần có dịch vụ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The signature %1 is not valid now (%2); long-term validation data was not added.</source>
        <translation>Chữ ký %1 hiện không hợp lệ (%2); chưa bổ sung dữ liệu kiểm tra dài hạn.</translation>
    </message>
    <message>
        <source>The PDF file is too complex to check (%1).</source>
        <translation>Tệp PDF quá phức tạp để kiểm tra (%1).</translation>
    </message>
    <message>
        <source>A time-stamp service is required for this signature.</source>
        <translation>Chữ ký này bắt buộc phải có dịch vụ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The pages of this document cannot be read, so the signature cannot be placed on them.</source>
        <translation>Không đọc được các trang của tài liệu này nên không thể đặt chữ ký lên trang.</translation>
    </message>
    <message>
        <source>The file is not a usable trust bundle (a root CA and the CAs under it).</source>
        <translation>Tệp không phải là gói chứng thư tin cậy dùng được (gồm CA gốc và các CA trực thuộc).</translation>
    </message>
    <message>
        <source>A cached document cannot be decrypted with this computer&apos;s key.</source>
        <translation>Không giải mã được tài liệu đã lưu bằng khóa của máy tính này.</translation>
    </message>
    <message>
        <source>A cached document is damaged.</source>
        <translation>Một tài liệu đã lưu trên máy bị hỏng.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be used. Save or scan it again and choose the new file.</source>
        <translation>Tệp %1 bị hỏng hoặc không đầy đủ nên không dùng được. Hãy lưu hoặc quét lại rồi chọn tệp mới.</translation>
    </message>
    <message>
        <source>No reserved dossier codes are left on this computer. Connect to the central system once to receive a new block.</source>
        <translation>Máy này đã dùng hết mã hồ sơ được cấp trước. Hãy kết nối với hệ thống trung tâm một lần để nhận dải mã mới.</translation>
    </message>
    <message>
        <source>The action&apos;s fields do not fit its kind.</source>
        <translation>Các trường của thao tác không khớp với loại thao tác.</translation>
    </message>
    <message>
        <source>Only one-stop desk staff receive dossiers.</source>
        <translation>Chỉ cán bộ Bộ phận Một cửa được tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name and ID number.</source>
        <translation>Hãy nhập họ tên và số định danh của người nộp.</translation>
    </message>
    <message>
        <source>There is no procedure with the code %1.</source>
        <translation>Không có thủ tục nào mang mã %1.</translation>
    </message>
    <message>
        <source>The central system sent an unusable code block.</source>
        <translation>Hệ thống trung tâm gửi dải mã không dùng được.</translation>
    </message>
    <message>
        <source>The queued action cannot be read.</source>
        <translation>Không đọc được thao tác đang chờ gửi.</translation>
    </message>
    <message>
        <source>The saved data of this computer is locked in the system keychain, which cannot be reached now.</source>
        <translation>Dữ liệu đã lưu trên máy này được khóa trong kho khóa của hệ thống, hiện không truy cập được.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1.</source>
        <translation>Không xóa được thư mục %1.</translation>
    </message>
    <message>
        <source>No dossier %1 in the local cache (run motcua sync).</source>
        <translation>Không có hồ sơ %1 trong dữ liệu trên máy (hãy chạy motcua sync).</translation>
    </message>
    <message>
        <source>The saved data cannot be decrypted with this computer&apos;s key.</source>
        <translation>Không thể giải mã dữ liệu đã lưu bằng khóa của máy này.</translation>
    </message>
    <message>
        <source>The server %1 did not show the certificate key the province pinned, so nothing was sent to it. Something may be intercepting the connection: tell your IT department.</source>
        <translation>Máy chủ %1 không xuất trình khóa chứng thư số mà tỉnh đã ghim, nên không dữ liệu nào được gửi đến đó. Có thể có thiết bị đang chặn bắt kết nối: hãy báo bộ phận công nghệ thông tin.</translation>
    </message>
</context>
<context>
    <name>motcua::Role</name>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>One-stop desk staff</source>
        <translation>Cán bộ Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>motcua::batch::BatchRunner</name>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>Hồ sơ không còn trong bộ nhớ đệm cục bộ.</translation>
    </message>
    <message>
        <source>Not awaiting approval any more (now: %1); perhaps approved by someone else.</source>
        <translation>Hồ sơ không còn chờ phê duyệt (hiện tại: %1); có thể đã được người khác phê duyệt.</translation>
    </message>
    <message>
        <source>You may not approve this dossier.</source>
        <translation>Bạn không có quyền phê duyệt hồ sơ này.</translation>
    </message>
    <message>
        <source>The dossier has no draft result to sign.</source>
        <translation>Hồ sơ không có dự thảo kết quả để ký số.</translation>
    </message>
    <message>
        <source>The signed document is missing from the local store; retry to sign again.</source>
        <translation>Tài liệu đã ký số không còn trong kho cục bộ; hãy thử lại để ký số lại.</translation>
    </message>
    <message>
        <source>Already approved or changed by someone else: %1</source>
        <translation>Đã được người khác phê duyệt hoặc thay đổi: %1</translation>
    </message>
    <message>
        <source>The result was changed by someone else: %1</source>
        <translation>Kết quả đã bị người khác thay đổi: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>usage: motcua act CODE KIND [options]</source>
        <translation>cách dùng: motcua act MÃ_HỒ_SƠ LOẠI [tùy chọn]</translation>
    </message>
    <message>
        <source>unknown action kind %1; one of: %2</source>
        <translation>loại thao tác %1 không hợp lệ; chọn một trong: %2</translation>
    </message>
    <message>
        <source>--payload must be a JSON object: %1</source>
        <translation>--payload phải là một đối tượng JSON: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number</source>
        <translation>--%1 phải là số nguyên</translation>
    </message>
    <message>
        <source>Queued %1 on %2 (outbox #%3).</source>
        <translation>Đã đưa thao tác %1 trên hồ sơ %2 vào hàng chờ (số %3).</translation>
    </message>
    <message>
        <source>Offline: the action will be sent by the next motcua sync.</source>
        <translation>Ngoại tuyến: thao tác sẽ được gửi ở lần motcua sync tiếp theo.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Xung đột: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>motcua login: --server URL and --user NAME are required</source>
        <translation>motcua login: cần --server URL và --user TÊN</translation>
    </message>
    <message>
        <source>motcua login: give the password on stdin or in MOTCUA_PASSWORD</source>
        <translation>motcua login: hãy nhập mật khẩu qua stdin hoặc biến MOTCUA_PASSWORD</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Đã đăng nhập với tài khoản %1 trên %2.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Đã đăng xuất.</translation>
    </message>
    <message>
        <source>Sent %1 actions (%2 conflicts, %3 refused); received %4 dossiers, removed %5; downloaded %6 documents.%7</source>
        <translation>Đã gửi %1 thao tác (%2 xung đột, %3 bị từ chối); nhận %4 hồ sơ, xóa %5; tải về %6 tài liệu.%7</translation>
    </message>
    <message>
        <source> (full re-sync)</source>
        <translation> (đồng bộ lại toàn bộ)</translation>
    </message>
    <message>
        <source>motcua inbox: unknown view; one of: %1</source>
        <translation>motcua inbox: mục không hợp lệ; chọn một trong: %1</translation>
    </message>
    <message>
        <source>	[pending sync]</source>
        <translation>	[chờ đồng bộ]</translation>
    </message>
    <message>
        <source>	[conflict]</source>
        <translation>	[xung đột]</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>motcua show: a dossier code is required</source>
        <translation>motcua show: cần mã hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1 (%2)</source>
        <translation>Hồ sơ %1 (%2)</translation>
    </message>
    <message>
        <source>  state: %1, version %2, agency %3, assignee %4</source>
        <translation>  trạng thái: %1, phiên bản %2, cơ quan %3, người xử lý %4</translation>
    </message>
    <message>
        <source>  procedure: %1</source>
        <translation>  thủ tục: %1</translation>
    </message>
    <message>
        <source>  applicant: %1, %2</source>
        <translation>  người nộp: %1, %2</translation>
    </message>
    <message>
        <source>  received %1, due %2</source>
        <translation>  tiếp nhận %1, hạn %2</translation>
    </message>
    <message>
        <source>  component %1: %2 [%3] %4 bytes%5%6</source>
        <translation>  thành phần %1: %2 [%3] %4 byte%5%6</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, đã ký số</translation>
    </message>
    <message>
        <source>, available offline</source>
        <translation>, xem được khi ngoại tuyến</translation>
    </message>
    <message>
        <source>  outbox: %1 %2 %3</source>
        <translation>  hàng chờ gửi: %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n thao tác</numerusform>
        </translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Lệnh cần chạy.</translation>
    </message>
    <message>
        <source>motcua: unknown command %1; see --help</source>
        <translation>motcua: lệnh %1 không hợp lệ; xem --help</translation>
    </message>
    <message>
        <source>%1 is not in the cached e-data warehouse of applicant %2 (run motcua sync --prefetch)</source>
        <translation>%1 không có trong kho dữ liệu điện tử đã lưu đệm của người nộp hồ sơ %2 (hãy chạy motcua sync --prefetch)</translation>
    </message>
    <message>
        <source>--generate only applies to issue_apology</source>
        <translation>--generate chỉ áp dụng cho issue_apology</translation>
    </message>
    <message>
        <source>--generate and --file cannot be used together</source>
        <translation>Không thể dùng --generate và --file cùng lúc</translation>
    </message>
    <message>
        <source>Generated the apology letter %1 (%2 bytes).</source>
        <translation>Đã tạo thư xin lỗi %1 (%2 byte).</translation>
    </message>
    <message>
        <source>no annotation %1 on this dossier</source>
        <translation>không có ghi chú %1 trên hồ sơ này</translation>
    </message>
    <message>
        <source>annotate needs --component ID --page N --rect x,y,w,h (or --annotation ID to edit)</source>
        <translation>annotate cần --component ID --page N --rect x,y,w,h (hoặc --annotation ID để sửa)</translation>
    </message>
    <message>
        <source>--page is the page number, 1 for the first page</source>
        <translation>--page là số trang, 1 là trang đầu tiên</translation>
    </message>
    <message>
        <source>--rect is x,y,w,h in fractions of the page from its top-left corner (0..1)</source>
        <translation>--rect là x,y,w,h tính theo tỉ lệ của trang (0..1) từ góc trên bên trái</translation>
    </message>
    <message>
        <source>--kind is one of rect, note, highlight, free_text</source>
        <translation>--kind là một trong các giá trị rect, note, highlight, free_text</translation>
    </message>
    <message>
        <source>--visibility is internal or applicant</source>
        <translation>--visibility là internal hoặc applicant</translation>
    </message>
    <message>
        <source>--delete needs --annotation ID</source>
        <translation>--delete cần --annotation ID</translation>
    </message>
    <message>
        <source>usage: motcua export CODE [--annotated] --out DIR</source>
        <translation>cách dùng: motcua export CODE [--annotated] --out DIR</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không thể tạo thư mục %1</translation>
    </message>
    <message>
        <source>%1 is not in the local cache; run motcua sync --prefetch first</source>
        <translation>%1 không có trong bộ nhớ đệm cục bộ; hãy chạy motcua sync --prefetch trước</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translation>%1 (%2 ghi chú)</translation>
    </message>
    <message>
        <source>Exported %1 documents of %2.</source>
        <translation>Đã xuất %1 tài liệu của %2.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>đã ký số</translation>
    </message>
    <message>
        <source>signed, approval queued</source>
        <translation>đã ký số, phê duyệt đang trong hàng đợi</translation>
    </message>
    <message>
        <source>approved and result issued</source>
        <translation>đã phê duyệt và ban hành kết quả</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>đã loại trừ</translation>
    </message>
    <message>
        <source>give one of --batch CODE..., --all-awaiting, --resume, --retry</source>
        <translation>hãy chỉ định một trong các tùy chọn --batch CODE..., --all-awaiting, --resume, --retry</translation>
    </message>
    <message>
        <source>--batch needs at least one dossier code</source>
        <translation>--batch cần ít nhất một mã hồ sơ</translation>
    </message>
    <message>
        <source>give only one of --p12 and --pkcs11-module</source>
        <translation>chỉ được chỉ định một trong hai tùy chọn --p12 và --pkcs11-module</translation>
    </message>
    <message>
        <source>Resuming batch #%1 (%2 of %3 done).</source>
        <translation>Đang tiếp tục lô #%1 (đã xong %2/%3).</translation>
    </message>
    <message>
        <source>No unfinished batch.</source>
        <translation>Không có lô nào chưa hoàn tất.</translation>
    </message>
    <message>
        <source>Nothing awaiting approval.</source>
        <translation>Không có hồ sơ nào đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Batch #%1: %2 dossiers.</source>
        <translation>Lô #%1: %2 hồ sơ.</translation>
    </message>
    <message>
        <source>give --p12 FILE or --pkcs11-module LIB to sign</source>
        <translation>hãy chỉ định --p12 FILE hoặc --pkcs11-module LIB để ký số</translation>
    </message>
    <message>
        <source>Cancelled after the current dossier: run motcua approve --resume to continue.</source>
        <translation>Đã hủy sau hồ sơ hiện tại: chạy motcua approve --resume để tiếp tục.</translation>
    </message>
    <message>
        <source>The link dropped: run motcua approve --resume to send the rest.</source>
        <translation>Mất kết nối: chạy motcua approve --resume để gửi phần còn lại.</translation>
    </message>
    <message>
        <source>Queued: run motcua approve --resume or motcua sync to send the approvals.</source>
        <translation>Đã đưa vào hàng đợi: chạy motcua approve --resume hoặc motcua sync để gửi các phê duyệt.</translation>
    </message>
    <message>
        <source>Offline: signed without time stamps; run motcua approve --resume when the link returns (time stamps are added before the approvals are sent).</source>
        <translation>Ngoại tuyến: đã ký số nhưng không có dấu thời gian; chạy motcua approve --resume khi có kết nối trở lại (dấu thời gian sẽ được thêm trước khi gửi các phê duyệt).</translation>
    </message>
    <message>
        <source>Signed %1, approved %2, failed %3 of %4 (%5 s).</source>
        <translation>Đã ký số %1, đã phê duyệt %2, thất bại %3 trên tổng số %4 (%5 giây).</translation>
    </message>
    <message>
        <source>motcua: warning: the OS keychain is unavailable (%1); documents downloaded now are stored unencrypted.</source>
        <translation>motcua: cảnh báo: không dùng được kho khóa của hệ điều hành (%1); tài liệu tải về lúc này sẽ được lưu không mã hóa.</translation>
    </message>
    <message>
        <source>Give the receipt time: --received &quot;YYYY-MM-DD HH:MM&quot; (Vietnam time).</source>
        <translation>Hãy nhập thời điểm tiếp nhận: --received &quot;YYYY-MM-DD HH:MM&quot; (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>the calendar synced from the server</source>
        <translation>lịch đã đồng bộ từ máy chủ</translation>
    </message>
    <message>
        <source>No procedure %1 in the cache (sync first).</source>
        <translation>Không có thủ tục %1 trong bộ nhớ đệm (hãy đồng bộ trước).</translation>
    </message>
    <message>
        <source>--days must be a number of working days, 0 to 3650.</source>
        <translation>--days phải là số ngày làm việc, từ 0 đến 3650.</translation>
    </message>
    <message>
        <source>Give --days N or --procedure CODE.</source>
        <translation>Hãy nhập --days N hoặc --procedure CODE.</translation>
    </message>
    <message>
        <source>--pause takes FROM/TO, e.g. &quot;2026-11-24 16:00/2026-11-25 15:30&quot;.</source>
        <translation>--pause có dạng TỪ/ĐẾN, ví dụ &quot;2026-11-24 16:00/2026-11-25 15:30&quot;.</translation>
    </message>
    <message>
        <source>Procedure: %1 (%2 working days)</source>
        <translation>Thủ tục: %1 (%2 ngày làm việc)</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Lịch: %1</translation>
    </message>
    <message>
        <source>(none: the calendar has no working day)</source>
        <translation>(không có: lịch không có ngày làm việc nào)</translation>
    </message>
    <message>
        <source>Due: %1 (UTC+7)%2</source>
        <translation>Hạn trả: %1 (UTC+7)%2</translation>
    </message>
    <message>
        <source> - PROVISIONAL</source>
        <translation> - TẠM TÍNH</translation>
    </message>
    <message>
        <source>Một Cửa Desk command-line client.

Commands:
  login --server URL --user NAME   sign in (password on stdin or in MOTCUA_PASSWORD)
  logout                           sign out and forget the saved sign-in
  sync [--prefetch] [--json]       send the outbox, receive changes, download inbox documents
  inbox [--json] [--search TEXT] [--view VIEW]
                                   cached dossiers (all unless a view is given: mine, agency,
                                   awaiting_approval, supplement_requested, overdue, due_soon,
                                   pending_sync, conflicts, apologies)
  show CODE [--json]               one dossier with its components and pending actions
  act CODE KIND [--note T] [--to AGENCY] [--reason T] [--text T] [--assignee U]
      [--step-days N] [--amount VND] [--receipt T] [--file PDF] [--sha256 SHA]... [--payload JSON]
      [--no-push] [--generate [--extra-days N | --new-date YYYY-MM-DD] [--out FILE]]  (issue_apology:
      make the letter; the new appointment, in working days, is stored on the dossier)
                                   queue an action (kinds: assign, annotate, comment, forward,
                                   request_supplement, receive_supplement, submit_for_approval,
                                   approve, return_for_rework, reject, sign_result, return_result,
                                   issue_apology, withdraw, request_payment, confirm_payment,
                                   start_review, attach_document) and send it when online
  receive --procedure CODE --applicant-id N --component CODE=FILE[,FILE...]... [--name NAME]
          [--channel in_person|online|postal] [--print DIR] [--offline] [--p12 FILE]
                                   receive a dossier at the desk: scans assembled and signed,
                                   final code from the reserved block, slip printed, sent
  outbox [--json] [--all]          actions waiting for the server (--all: also the sent ones)
  approve (--batch CODE... | --all-awaiting | --resume | --retry)
      (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL]) [--tsa URL] [--json]
                                   sign the draft results and approve a batch with one PIN
                                   (MOTCUA_PIN or stdin); an unfinished batch is resumed
  act CODE annotate --component ID --page N --rect x,y,w,h --text T
      [--kind rect|note|highlight|free_text] [--color #rrggbb] [--visibility internal|applicant]
                                   annotate a component: page 1 = the first page; rect in
                                   fractions (0..1) of the page from its top-left corner.
                                   --annotation ID edits one&apos;s own annotation, --delete deletes it
  report --period P [--agency CODE] [--breakdown agency|procedure|official] --format pdf|csv
      [--out FILE]                 the Decision 766 indicators over the cache (offline); P is
                                   2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15
  export CODE [--annotated] --out DIR
                                   write each component (from the cache) to DIR; --annotated
                                   adds the annotations as PDF annotations (signatures stay valid)
  due --received &quot;YYYY-MM-DD HH:MM&quot; (--days N | --procedure CODE) [--pause FROM/TO]...
      [--calendar FILE] [--json]  the due date and each step of its computation (Vietnam time;
                                   the synced calendar unless a calendar file is given)

Exit codes: 0 ok; 1 user error (bad arguments, unknown dossier, action not allowed);
2 network or server error (nothing lost: run sync again); 3 conflict (another official
acted first; the server&apos;s state is kept in the cache, see `motcua show CODE`).</source>
        <translation>Ứng dụng dòng lệnh Một Cửa Desk.

Các lệnh:
  login --server URL --user NAME   đăng nhập (mật khẩu qua stdin hoặc MOTCUA_PASSWORD)
  logout                           đăng xuất và xóa thông tin đăng nhập đã lưu
  sync [--prefetch] [--json]       gửi hàng đợi gửi, nhận thay đổi, tải tài liệu hộp thư đến
  inbox [--json] [--search TEXT] [--view VIEW]
                                   hồ sơ đã lưu đệm (tất cả nếu không chỉ định view: mine, agency,
                                   awaiting_approval, supplement_requested, overdue, due_soon,
                                   pending_sync, conflicts, apologies)
  show CODE [--json]               một hồ sơ kèm thành phần hồ sơ và các thao tác đang chờ
  act CODE KIND [--note T] [--to AGENCY] [--reason T] [--text T] [--assignee U]
      [--step-days N] [--amount VND] [--receipt T] [--file PDF] [--sha256 SHA]... [--payload JSON]
      [--no-push] [--generate [--extra-days N | --new-date YYYY-MM-DD] [--out FILE]]  (issue_apology:
      tạo thư; ngày hẹn mới, tính theo ngày làm việc, được lưu vào hồ sơ)
                                   đưa một thao tác vào hàng đợi (loại: assign, annotate, comment, forward,
                                   request_supplement, receive_supplement, submit_for_approval,
                                   approve, return_for_rework, reject, sign_result, return_result,
                                   issue_apology, withdraw, request_payment, confirm_payment,
                                   start_review, attach_document) và gửi khi có kết nối mạng
  receive --procedure CODE --applicant-id N --component CODE=FILE[,FILE...]... [--name NAME]
          [--channel in_person|online|postal] [--print DIR] [--offline] [--p12 FILE]
                                   tiếp nhận hồ sơ tại Bộ phận Một cửa: ghép và ký số bản quét,
                                   lấy mã chính thức từ khối số đã giữ chỗ, in phiếu, gửi lên máy chủ
  outbox [--json] [--all]          các thao tác đang chờ gửi lên máy chủ (--all: cả các thao tác đã gửi)
  approve (--batch CODE... | --all-awaiting | --resume | --retry)
      (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL]) [--tsa URL] [--json]
                                   ký số các dự thảo kết quả và phê duyệt hàng loạt với một mã PIN
                                   (MOTCUA_PIN hoặc stdin); lô chưa hoàn tất sẽ được tiếp tục
  act CODE annotate --component ID --page N --rect x,y,w,h --text T
      [--kind rect|note|highlight|free_text] [--color #rrggbb] [--visibility internal|applicant]
                                   ghi chú trên một thành phần hồ sơ: trang 1 = trang đầu tiên; rect tính
                                   theo tỉ lệ (0..1) của trang từ góc trên bên trái.
                                   --annotation ID sửa ghi chú của chính mình, --delete để xóa ghi chú đó
  report --period P [--agency CODE] [--breakdown agency|procedure|official] --format pdf|csv
      [--out FILE]                 các chỉ số theo Quyết định 766 trên dữ liệu đệm (không cần mạng); P là
                                   2026-07, 2026-Q3, 2026 hoặc 2026-07-01..2026-08-15
  export CODE [--annotated] --out DIR
                                   ghi từng thành phần hồ sơ (từ bộ nhớ đệm) vào DIR; --annotated
                                   thêm các ghi chú dưới dạng chú thích PDF (chữ ký số vẫn hợp lệ)
  due --received &quot;YYYY-MM-DD HH:MM&quot; (--days N | --procedure CODE) [--pause FROM/TO]...
      [--calendar FILE] [--json]  hạn giải quyết và từng bước tính (giờ Việt Nam; theo lịch
                                   đã đồng bộ, trừ khi chỉ định tệp lịch)

Mã thoát: 0 thành công; 1 lỗi người dùng (tham số sai, hồ sơ không xác định, thao tác không được phép);
2 lỗi mạng hoặc máy chủ (không mất dữ liệu: hãy chạy lại sync); 3 xung đột (một cán bộ khác
đã xử lý trước; trạng thái của máy chủ được lưu trong bộ nhớ đệm, xem `motcua show CODE`).
</translation>
    </message>
    <message>
        <source>usage: motcua receive --procedure CODE --applicant-id N --component CODE=FILE... [--name NAME] [--channel in_person|online|postal] [--print DIR] [--offline]</source>
        <translation>cách dùng: motcua receive --procedure MÃ --applicant-id SỐ --component MÃ=TỆP... [--name HỌ_TÊN] [--channel in_person|online|postal] [--print THƯ_MỤC] [--offline]</translation>
    </message>
    <message>
        <source>--channel must be in_person, online or postal</source>
        <translation>--channel phải là in_person, online hoặc postal</translation>
    </message>
    <message>
        <source>no procedure %1 in the local catalogue (run motcua sync)</source>
        <translation>danh mục trên máy không có thủ tục %1 (chạy motcua sync)</translation>
    </message>
    <message>
        <source>sign in and synchronize once before receiving offline</source>
        <translation>hãy đăng nhập và đồng bộ một lần trước khi tiếp nhận ngoại tuyến</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>Received %1, due %2.</source>
        <translation>Đã tiếp nhận %1, hẹn trả %2.</translation>
    </message>
    <message>
        <source>Slip: %1</source>
        <translation>Giấy tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Offline: the dossier will be sent by the next motcua sync.</source>
        <translation>Ngoại tuyến: hồ sơ sẽ được gửi ở lần motcua sync tiếp theo.</translation>
    </message>
    <message>
        <source>motcua report: --format pdf or --format csv is required</source>
        <translation>motcua report: cần --format pdf hoặc --format csv</translation>
    </message>
    <message>
        <source>motcua report: --breakdown is agency, procedure or official</source>
        <translation>motcua report: --breakdown là agency, procedure hoặc official</translation>
    </message>
    <message>
        <source>motcua report: no indicator definitions in the cache yet; run `motcua sync` once online</source>
        <translation>motcua report: máy chưa có bộ chỉ số; hãy chạy `motcua sync` khi có mạng</translation>
    </message>
    <message>
        <source>motcua report: unknown agency %1</source>
        <translation>motcua report: không có cơ quan %1</translation>
    </message>
    <message>
        <source>motcua report: cannot write %1: %2</source>
        <translation>motcua report: không ghi được %1: %2</translation>
    </message>
    <message>
        <source>motcua: the saved data of this profile cannot be decrypted on this computer (its key is gone); it was cleared. Sign in again with `motcua login`, then `motcua sync`.</source>
        <translation>motcua: không thể giải mã dữ liệu đã lưu của hồ sơ người dùng này trên máy này (khóa không còn); dữ liệu đã được xóa. Hãy đăng nhập lại bằng `motcua login`, rồi chạy `motcua sync`.</translation>
    </message>
</context>
<context>
    <name>motcua::signing::VerdictText</name>
    <message>
        <source>The signature is valid.</source>
        <translation>Chữ ký số hợp lệ.</translation>
    </message>
    <message>
        <source>The signature is invalid.</source>
        <translation>Chữ ký số không hợp lệ.</translation>
    </message>
    <message>
        <source>The document was modified after signing.</source>
        <extracomment>The document content changed after it was signed.</extracomment>
        <translation>Tài liệu đã bị sửa đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The signer is not trusted.</source>
        <translation>Người ký không thuộc danh sách tin cậy.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added after signing</source>
        <translation>
            <numerusform>%n chú thích thêm sau khi ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed after signing</source>
        <translation>
            <numerusform>%n chú thích bị sửa sau khi ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) removed after signing</source>
        <translation>
            <numerusform>%n chú thích bị xoá sau khi ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s) filled in after signing</source>
        <translation>
            <numerusform>%n trường biểu mẫu được điền sau khi ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s) added after signing</source>
        <translation>
            <numerusform>%n trường biểu mẫu thêm sau khi ký</numerusform>
        </translation>
    </message>
    <message>
        <source>on page %1</source>
        <translation>ở trang %1</translation>
    </message>
    <message>
        <source>on pages %1</source>
        <translation>ở các trang %1</translation>
    </message>
    <message>
        <source>The document is too complex to check its signature.</source>
        <translation>Tài liệu quá phức tạp để kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>Could not check whether the signer&apos;s certificate was revoked.</source>
        <extracomment>Not valid: whether the certificate was revoked could not be learnt (responders unreachable, nothing cached).</extracomment>
        <translation>Không kiểm tra được chứng thư số của người ký có bị thu hồi hay không.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and no trusted time stamp proves that the document was signed before that.</source>
        <translation>Chứng thư số của người ký đã hết hạn và không có dấu thời gian tin cậy nào chứng minh văn bản được ký trước thời điểm đó.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired when the document was time-stamped.</source>
        <translation>Chứng thư số của người ký đã hết hạn vào thời điểm văn bản được gắn dấu thời gian.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực vào thời điểm kiểm tra.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by a certification authority this computer trusts.</source>
        <extracomment>The chain of certificates does not end at a root CA configured in Settings.</extracomment>
        <translation>Chứng thư số của người ký không do tổ chức chứng thực mà máy tính này tin cậy cấp.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be verified.</source>
        <translation>Không xác minh được chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>Whether a certificate was revoked could not be checked with its certification authority.</source>
        <translation>Không kiểm tra được với tổ chức chứng thực xem chứng thư số có bị thu hồi hay không.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: its content no longer matches the signature.</source>
        <translation>Văn bản đã bị thay đổi sau khi ký: nội dung không còn khớp với chữ ký.</translation>
    </message>
    <message>
        <source>The signature does not match the document or the signer&apos;s key.</source>
        <translation>Chữ ký không khớp với văn bản hoặc với khóa của người ký.</translation>
    </message>
    <message>
        <source>The signature does not cover the document the way a signature must.</source>
        <translation>Chữ ký không bao phủ văn bản theo đúng cách một chữ ký phải có.</translation>
    </message>
    <message>
        <source>The time stamp on the signature is not valid.</source>
        <translation>Dấu thời gian của chữ ký không hợp lệ.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signing documents.</source>
        <translation>Chứng thư số của người ký không dùng để ký văn bản.</translation>
    </message>
    <message>
        <source>The signature does not follow the PAdES standard (it carries its own signing time).</source>
        <translation>Chữ ký không theo chuẩn PAdES (chữ ký tự ghi thời gian ký).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is missing from the signature.</source>
        <translation>Chữ ký thiếu chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The signature data is damaged or in a format that cannot be checked.</source>
        <translation>Dữ liệu chữ ký bị hỏng hoặc ở định dạng không kiểm tra được.</translation>
    </message>
    <message>
        <source>The changes made after signing are too complex to check.</source>
        <translation>Các thay đổi sau khi ký quá phức tạp để kiểm tra.</translation>
    </message>
    <message>
        <source>Data was added after signing in a way that cannot be checked.</source>
        <translation>Dữ liệu được thêm vào sau khi ký theo cách không kiểm tra được.</translation>
    </message>
    <message>
        <source>The content of page %1 was changed after signing.</source>
        <translation>Nội dung trang %1 đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>A signature was removed or replaced after signing.</source>
        <translation>Một chữ ký đã bị gỡ bỏ hoặc thay thế sau khi ký.</translation>
    </message>
    <message>
        <source>A change was made after signing that the certifying signer did not allow.</source>
        <translation>Có thay đổi sau khi ký mà người ký chứng nhận không cho phép.</translation>
    </message>
    <message>
        <source>The document&apos;s content or structure was changed after signing.</source>
        <translation>Nội dung hoặc cấu trúc văn bản đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The signature could not be fully verified.</source>
        <translation>Không xác minh được đầy đủ chữ ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) added after this one</source>
        <translation>
            <numerusform>%n chữ ký được thêm sau chữ ký này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document time stamp(s) added after signing</source>
        <translation>
            <numerusform>%n dấu thời gian tài liệu được thêm sau khi ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation data (certificates, revocation answers) added after signing</source>
        <translation>Dữ liệu kiểm tra (chứng thư số, trả lời về thu hồi) được thêm sau khi ký</translation>
    </message>
</context>
</TS>
