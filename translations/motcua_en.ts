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
        <name>DisplayText</name>
        <message>
            <source>Registered online</source>
            <translation>Registered online</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <source>Being processed</source>
            <translation>Being processed</translation>
        </message>
        <message>
            <source>Supplement requested</source>
            <translation>Supplement requested</translation>
        </message>
        <message>
            <source>Financial obligation</source>
            <translation>Financial obligation</translation>
        </message>
        <message>
            <source>Withdrawn by the citizen</source>
            <translation>Withdrawn by the citizen</translation>
        </message>
        <message>
            <source>Processing stopped</source>
            <translation>Processing stopped</translation>
        </message>
        <message>
            <source>Processing finished</source>
            <translation>Processing finished</translation>
        </message>
        <message>
            <source>Result returned</source>
            <translation>Result returned</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) late</source>
            <translation>
                <numerusform>%n working day late</numerusform>
                <numerusform>%n working days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>%n working day left</numerusform>
                <numerusform>%n working days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working hour(s) left</source>
            <translation>
                <numerusform>%n working hour left</numerusform>
                <numerusform>%n working hours left</numerusform>
            </translation>
        </message>
        <message>
            <source>Due within the hour</source>
            <translation>Due within the hour</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>Sending failed</source>
            <translation>Sending failed</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>National status %1 — %2</source>
            <extracomment>National status code (TrangThaiHoSo) and its official name</extracomment>
            <translation>National status %1 — %2</translation>
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
        <message>
            <source>Assigned to me</source>
            <translation>Assigned to me</translation>
        </message>
        <message>
            <source>My agency</source>
            <translation>My agency</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Supplement requested</source>
            <translation>Supplement requested</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due within 2 working days</source>
            <translation>Due within 2 working days</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>%1: %2 dossiers</source>
            <translation>%1: %2 dossiers</translation>
        </message>
        <message>
            <source>Search by code, applicant, ID number, address or procedure (Ctrl+F)</source>
            <translation>Search by code, applicant, ID number, address or procedure (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search dossiers</source>
            <translation>Search dossiers</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Sort by</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Received date</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message numerus="yes">
            <source>%n dossier(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>No dossier matches “%1”.</source>
            <translation>No dossier matches “%1”.</translation>
        </message>
        <message>
            <source>No dossiers in this view.</source>
            <translation>No dossiers in this view.</translation>
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
            <source>Use the account issued by your province's one-stop system.</source>
            <translation>Use the account issued by your province's one-stop system.</translation>
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
    <context>
        <name>motcua::ActionKind</name>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Annotate</source>
            <translation>Annotate</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Forward to another agency</source>
            <translation>Forward to another agency</translation>
        </message>
        <message>
            <source>Request a supplement</source>
            <translation>Request a supplement</translation>
        </message>
        <message>
            <source>Receive the supplement</source>
            <translation>Receive the supplement</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Return for rework</source>
            <translation>Return for rework</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Sign the result</source>
            <translation>Sign the result</translation>
        </message>
        <message>
            <source>Return the result</source>
            <translation>Return the result</translation>
        </message>
        <message>
            <source>Issue an apology letter</source>
            <translation>Issue an apology letter</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Request payment</source>
            <translation>Request payment</translation>
        </message>
        <message>
            <source>Confirm payment</source>
            <translation>Confirm payment</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Start review</translation>
        </message>
    </context>
    <context>
        <name>motcua::DossierState</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <source>Supplement requested</source>
            <translation>Supplement requested</translation>
        </message>
        <message>
            <source>Awaiting payment</source>
            <translation>Awaiting payment</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Result issued</source>
            <translation>Result issued</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>motcua::Error</name>
        <message>
            <source>The field %1 is missing.</source>
            <translation>The field %1 is missing.</translation>
        </message>
        <message>
            <source>The field %1 has the wrong type (expected %2).</source>
            <translation>The field %1 has the wrong type (expected %2).</translation>
        </message>
        <message>
            <source>The value of %1 is out of range (%2 to %3).</source>
            <translation>The value of %1 is out of range (%2 to %3).</translation>
        </message>
        <message>
            <source>The field %1 is not a valid %2.</source>
            <translation>The field %1 is not a valid %2.</translation>
        </message>
        <message>
            <source>The field %1 has an unknown value “%2”.</source>
            <translation>The field %1 has an unknown value “%2”.</translation>
        </message>
        <message>
            <source>“%1” is not possible while the dossier is %2.</source>
            <translation>“%1” is not possible while the dossier is %2.</translation>
        </message>
        <message>
            <source>The result must be digitally signed.</source>
            <translation>The result must be digitally signed.</translation>
        </message>
        <message>
            <source>Choose the official to assign.</source>
            <translation>Choose the official to assign.</translation>
        </message>
        <message>
            <source>Write the comment first.</source>
            <translation>Write the comment first.</translation>
        </message>
        <message>
            <source>Choose the agency to forward the dossier to.</source>
            <translation>Choose the agency to forward the dossier to.</translation>
        </message>
        <message>
            <source>A reason is required.</source>
            <translation>A reason is required.</translation>
        </message>
        <message>
            <source>The dossier is already at agency %1.</source>
            <translation>The dossier is already at agency %1.</translation>
        </message>
        <message>
            <source>The dossier has no signed result to return.</source>
            <translation>The dossier has no signed result to return.</translation>
        </message>
        <message>
            <source>The dossier is late: issue an apology letter before returning the result.</source>
            <translation>The dossier is late: issue an apology letter before returning the result.</translation>
        </message>
        <message>
            <source>An apology letter is only issued for a late dossier.</source>
            <translation>An apology letter is only issued for a late dossier.</translation>
        </message>
        <message>
            <source>The action belongs to another dossier.</source>
            <translation>The action belongs to another dossier.</translation>
        </message>
        <message>
            <source>The dossier no longer exists.</source>
            <translation>The dossier no longer exists.</translation>
        </message>
        <message>
            <source>Your role does not allow “%1” here.</source>
            <translation>Your role does not allow “%1” here.</translation>
        </message>
        <message>
            <source>Only officials of agency %1, which holds the dossier, may act on it.</source>
            <translation>Only officials of agency %1, which holds the dossier, may act on it.</translation>
        </message>
        <message>
            <source>Invalid document hash.</source>
            <translation>Invalid document hash.</translation>
        </message>
        <message>
            <source>Cannot %1 a document in the local store.</source>
            <translation>Cannot %1 a document in the local store.</translation>
        </message>
        <message>
            <source>The document's content does not match its hash.</source>
            <translation>The document's content does not match its hash.</translation>
        </message>
        <message>
            <source>The document is larger than announced.</source>
            <translation>The document is larger than announced.</translation>
        </message>
        <message>
            <source>The document is incomplete.</source>
            <translation>The document is incomplete.</translation>
        </message>
        <message>
            <source>The document is not in the local store yet.</source>
            <translation>The document is not in the local store yet.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>The disk is full; free some space and try again.</source>
            <translation>The disk is full; free some space and try again.</translation>
        </message>
        <message>
            <source>The local cache is busy; try again.</source>
            <translation>The local cache is busy; try again.</translation>
        </message>
        <message>
            <source>The local cache rejected inconsistent data.</source>
            <translation>The local cache rejected inconsistent data.</translation>
        </message>
        <message>
            <source>The local cache file is damaged.</source>
            <translation>The local cache file is damaged.</translation>
        </message>
        <message>
            <source>The local cache could not be read or written.</source>
            <translation>The local cache could not be read or written.</translation>
        </message>
        <message>
            <source>A local cache operation failed.</source>
            <translation>A local cache operation failed.</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt is not installed.</source>
            <translation>The SQLite driver for Qt is not installed.</translation>
        </message>
        <message>
            <source>The local cache was written by a newer version of the application.</source>
            <translation>The local cache was written by a newer version of the application.</translation>
        </message>
        <message>
            <source>The local cache is not open.</source>
            <translation>The local cache is not open.</translation>
        </message>
        <message>
            <source>A dossier without an id cannot be stored.</source>
            <translation>A dossier without an id cannot be stored.</translation>
        </message>
        <message>
            <source>The dossier is not in the local cache.</source>
            <translation>The dossier is not in the local cache.</translation>
        </message>
        <message>
            <source>The pending action no longer exists.</source>
            <translation>The pending action no longer exists.</translation>
        </message>
        <message>
            <source>The action does not belong to this dossier.</source>
            <translation>The action does not belong to this dossier.</translation>
        </message>
        <message>
            <source>The action has no idempotency key.</source>
            <translation>The action has no idempotency key.</translation>
        </message>
        <message>
            <source>An action of this dossier is being sent; try again in a moment.</source>
            <translation>An action of this dossier is being sent; try again in a moment.</translation>
        </message>
    </context>
    <context>
        <name>motcua::Role</name>
        <message>
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>One-stop desk staff</source>
            <translation>One-stop desk staff</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
</TS>
