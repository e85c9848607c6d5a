<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Bảng theo dõi</translation>
        </message>
        <message>
            <source>Service index (Decision 766): on-time rate, digitization rate, online rate.</source>
            <translation>Bộ chỉ số phục vụ (Quyết định 766): tỷ lệ đúng hạn, tỷ lệ số hóa, tỷ lệ trực tuyến.</translation>
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
            <translation>Đã tiếp nhận</translation>
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
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Một Cửa Desk</source>
            <translation>Một Cửa Desk</translation>
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
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Sign in to Một Cửa Desk</source>
            <translation>Đăng nhập Một Cửa Desk</translation>
        </message>
        <message>
            <source>Use the account issued by your province's one-stop system.</source>
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
            <source>The dossier is late: issue an apology letter before returning the result.</source>
            <translation>Hồ sơ trễ hạn: cần ban hành văn bản xin lỗi trước khi trả kết quả.</translation>
        </message>
        <message>
            <source>An apology letter is only issued for a late dossier.</source>
            <translation>Văn bản xin lỗi chỉ ban hành cho hồ sơ trễ hạn.</translation>
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
            <source>The document's content does not match its hash.</source>
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
</TS>
