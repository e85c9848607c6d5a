<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppShell</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Batch approval</source>
        <translation>Batch approval</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Một Cửa Desk</source>
        <translation>Một Cửa Desk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch approval</source>
        <translation>Batch approval</translation>
    </message>
    <message>
        <source>No dossiers are awaiting your approval.</source>
        <translation>No dossiers are awaiting your approval.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Service index (Decision 766): on-time rate, digitization rate, online rate.</source>
        <translation>Service index (Decision 766): on-time rate, digitization rate, online rate.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>No dossiers in the local cache yet. Sign in and sync to fill the inbox.</source>
        <translation>No dossiers in the local cache yet. Sign in and sync to fill the inbox.</translation>
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
        <translation>Enter the address of the central server.</translation>
    </message>
    <message>
        <source>The server address is not valid. Example: https://motcua.example.gov.vn</source>
        <translation>The server address is not valid. Example: https://motcua.example.gov.vn</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http is only allowed to this computer.</source>
        <translation>Use an https:// address: plain http is only allowed to this computer.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Một Cửa Desk</source>
        <translation>Sign in to Một Cửa Desk</translation>
    </message>
    <message>
        <source>Use the account issued by your province&apos;s one-stop system.</source>
        <translation>Use the account issued by your province&apos;s one-stop system.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — working from the local cache</source>
        <translation>Offline — working from the local cache</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed</source>
        <translation>
            <numerusform>%n action failed</numerusform>
            <numerusform>%n actions failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connecting to the central server…</source>
        <translation>Connecting to the central server…</translation>
    </message>
    <message>
        <source>Receiving dossiers %1 of %2</source>
        <translation>Receiving dossiers %1 of %2</translation>
    </message>
    <message>
        <source>Receiving dossiers (%1)</source>
        <translation>Receiving dossiers (%1)</translation>
    </message>
    <message>
        <source>Sending actions %1 of %2</source>
        <translation>Sending actions %1 of %2</translation>
    </message>
    <message>
        <source>Downloading documents %1 of %2</source>
        <translation>Downloading documents %1 of %2</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synced %n hour ago</numerusform>
            <numerusform>Synced %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synced %n day ago</numerusform>
            <numerusform>Synced %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
