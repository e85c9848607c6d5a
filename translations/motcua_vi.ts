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
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Hồ sơ cần xử lý</translation>
    </message>
    <message>
        <source>No dossiers in the local cache yet. Sign in and sync to fill the inbox.</source>
        <translation>Bộ nhớ đệm trên máy chưa có hồ sơ. Hãy đăng nhập và đồng bộ để nhận hồ sơ.</translation>
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
</TS>
