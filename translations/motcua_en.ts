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
        <name>ComponentChecklist</name>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Missing — required</source>
            <translation>Missing — required</translation>
        </message>
        <message>
            <source>Missing — optional</source>
            <translation>Missing — optional</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>not downloaded</source>
            <translation>not downloaded</translation>
        </message>
        <message>
            <source>digitally signed</source>
            <translation>digitally signed</translation>
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
        <message>
            <source>Clock paused: waiting for the supplement</source>
            <translation>Clock paused: waiting for the supplement</translation>
        </message>
    </context>
    <context>
        <name>DossierController</name>
        <message>
            <source>This dossier is no longer in the local cache.</source>
            <translation>This dossier is no longer in the local cache.</translation>
        </message>
    </context>
    <context>
        <name>DossierPage</name>
        <message>
            <source>← Inbox (Esc)</source>
            <translation>← Inbox (Esc)</translation>
        </message>
        <message>
            <source>Back to the inbox</source>
            <translation>Back to the inbox</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Current agency</source>
            <translation>Current agency</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>Components (%n missing)</source>
            <translation>
                <numerusform>Components (%n missing)</numerusform>
                <numerusform>Components (%n missing)</numerusform>
            </translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>No component of this dossier has been downloaded yet. Sync while online to read them offline.</source>
            <translation>No component of this dossier has been downloaded yet. Sync while online to read them offline.</translation>
        </message>
        <message>
            <source>This component has not been downloaded yet. Sync while online to read it offline.</source>
            <translation>This component has not been downloaded yet. Sync while online to read it offline.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTimeline</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>No history in the local cache yet.</source>
            <translation>No history in the local cache yet.</translation>
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
        <name>PdfPage</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>PdfThumbnails</name>
        <message>
            <source>Page thumbnails</source>
            <translation>Page thumbnails</translation>
        </message>
        <message>
            <source>Go to page %1</source>
            <translation>Go to page %1</translation>
        </message>
    </context>
    <context>
        <name>PdfToolbar</name>
        <message>
            <source>Show or hide thumbnails</source>
            <translation>Show or hide thumbnails</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Page number</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Zoom out (-)</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Zoom %1 percent</source>
            <translation>Zoom %1 percent</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Zoom in (+)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <source>Rotate page left (Ctrl+Shift+R)</source>
            <translation>Rotate page left (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Rotate page right (Ctrl+R)</source>
            <translation>Rotate page right (Ctrl+R)</translation>
        </message>
        <message>
            <source>Search in document (Ctrl+F)</source>
            <translation>Search in document (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search in document</source>
            <translation>Search in document</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>No results</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Previous result (Shift+F3)</source>
            <translation>Previous result (Shift+F3)</translation>
        </message>
        <message>
            <source>Next result (F3)</source>
            <translation>Next result (F3)</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>Document viewer</source>
            <translation>Document viewer</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Opening the document</source>
            <translation>Opening the document</translation>
        </message>
        <message>
            <source>This PDF cannot be shown</source>
            <translation>This PDF cannot be shown</translation>
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
        <name>SyncWorker</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted. Check the address or ask your IT staff.</source>
            <translation>The server's certificate is not trusted. Check the address or ask your IT staff.</translation>
        </message>
        <message>
            <source>Cannot reach the server. Check the address and the network connection.</source>
            <translation>Cannot reach the server. Check the address and the network connection.</translation>
        </message>
        <message>
            <source>Your session has ended. Sign in again.</source>
            <translation>Your session has ended. Sign in again.</translation>
        </message>
        <message>
            <source>Sign in to sync.</source>
            <translation>Sign in to sync.</translation>
        </message>
    </context>
    <context>
        <name>motcua-sign</name>
        <message>
            <source>Usage:
  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL])
                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] [--agency TEXT] [--text LINE]...
  motcua-sign verify FILE [--trust PEM|DIR]... [--json]
  motcua-sign tokens --pkcs11-module LIB
--copy-form/--agency without --visible put a text stamp at the top right of page 1.
The PIN or password is read from MOTCUA_PIN or from the first line of standard input.
</source>
            <translation>Usage:
  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL])
                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] [--agency TEXT] [--text LINE]...
  motcua-sign verify FILE [--trust PEM|DIR]... [--json]
  motcua-sign tokens --pkcs11-module LIB
--copy-form/--agency without --visible put a text stamp at the top right of page 1.
The PIN or password is read from MOTCUA_PIN or from the first line of standard input.
</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>cannot write the file</source>
            <translation>cannot write the file</translation>
        </message>
        <message>
            <source>The document has no signatures.</source>
            <translation>The document has no signatures.</translation>
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
        <message>
            <source>The server sent an unreadable sign-in answer.</source>
            <translation>The server sent an unreadable sign-in answer.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>The operation was cancelled.</translation>
        </message>
        <message>
            <source>The server could not be reached: %1</source>
            <translation>The server could not be reached: %1</translation>
        </message>
        <message>
            <source>The server refused the request: %1</source>
            <translation>The server refused the request: %1</translation>
        </message>
        <message>
            <source>Your sign-in has expired; please sign in again. (%1)</source>
            <translation>Your sign-in has expired; please sign in again. (%1)</translation>
        </message>
        <message>
            <source>You are not allowed to do this: %1</source>
            <translation>You are not allowed to do this: %1</translation>
        </message>
        <message>
            <source>Not found on the server: %1</source>
            <translation>Not found on the server: %1</translation>
        </message>
        <message>
            <source>Someone else acted on this dossier first: %1</source>
            <translation>Someone else acted on this dossier first: %1</translation>
        </message>
        <message>
            <source>The dossier changed on the server since you opened it: %1</source>
            <translation>The dossier changed on the server since you opened it: %1</translation>
        </message>
        <message>
            <source>The server is busy or unavailable: %1</source>
            <translation>The server is busy or unavailable: %1</translation>
        </message>
        <message>
            <source>The system keychain is not available: %1</source>
            <translation>The system keychain is not available: %1</translation>
        </message>
        <message>
            <source>No saved sign-in was found; please sign in again.</source>
            <translation>No saved sign-in was found; please sign in again.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Cannot read %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 is not a PDF file.</translation>
        </message>
        <message>
            <source>Your account details are missing.</source>
            <translation>Your account details are missing.</translation>
        </message>
        <message>
            <source>The server refused the data as invalid.</source>
            <translation>The server refused the data as invalid.</translation>
        </message>
        <message>
            <source>The server does not know this item.</source>
            <translation>The server does not know this item.</translation>
        </message>
        <message>
            <source>You are not allowed to do this.</source>
            <translation>You are not allowed to do this.</translation>
        </message>
        <message>
            <source>Someone else changed the dossier first.</source>
            <translation>Someone else changed the dossier first.</translation>
        </message>
        <message>
            <source>The dossier changed since you opened it.</source>
            <translation>The dossier changed since you opened it.</translation>
        </message>
        <message>
            <source>Please sign in again.</source>
            <translation>Please sign in again.</translation>
        </message>
        <message>
            <source>The central system cannot be reached.</source>
            <translation>The central system cannot be reached.</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>The request was cancelled.</translation>
        </message>
        <message>
            <source>The central system had an internal error.</source>
            <translation>The central system had an internal error.</translation>
        </message>
        <message>
            <source>The PDF file %1 does not exist.</source>
            <translation>The PDF file %1 does not exist.</translation>
        </message>
        <message>
            <source>The PDF file %1 cannot be read.</source>
            <translation>The PDF file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The PDF file is too large to open.</source>
            <translation>The PDF file is too large to open.</translation>
        </message>
        <message>
            <source>This file is not a PDF document.</source>
            <translation>This file is not a PDF document.</translation>
        </message>
        <message>
            <source>The PDF file is incomplete (truncated); ask for the file again.</source>
            <translation>The PDF file is incomplete (truncated); ask for the file again.</translation>
        </message>
        <message>
            <source>The PDF file is damaged and cannot be opened.</source>
            <translation>The PDF file is damaged and cannot be opened.</translation>
        </message>
        <message>
            <source>The PDF file is protected by a password and cannot be shown.</source>
            <translation>The PDF file is protected by a password and cannot be shown.</translation>
        </message>
        <message>
            <source>The PDF file has no pages.</source>
            <translation>The PDF file has no pages.</translation>
        </message>
        <message>
            <source>The PDF file has %1 pages, more than the %2 allowed.</source>
            <translation>The PDF file has %1 pages, more than the %2 allowed.</translation>
        </message>
        <message>
            <source>There is no page %1.</source>
            <translation>There is no page %1.</translation>
        </message>
        <message>
            <source>Page %1 cannot be displayed.</source>
            <translation>Page %1 cannot be displayed.</translation>
        </message>
        <message>
            <source>The server could not be reached.</source>
            <translation>The server could not be reached.</translation>
        </message>
        <message>
            <source>The server sent an unreadable answer for %1.</source>
            <translation>The server sent an unreadable answer for %1.</translation>
        </message>
        <message>
            <source>The server sent an unreadable list of changes.</source>
            <translation>The server sent an unreadable list of changes.</translation>
        </message>
        <message>
            <source>Invalid document identifier.</source>
            <translation>Invalid document identifier.</translation>
        </message>
        <message>
            <source>Cannot create the profile folder %1.</source>
            <translation>Cannot create the profile folder %1.</translation>
        </message>
        <message>
            <source>Nobody has signed in with this profile yet (%1).</source>
            <translation>Nobody has signed in with this profile yet (%1).</translation>
        </message>
        <message>
            <source>The profile file %1 is damaged; please sign in again.</source>
            <translation>The profile file %1 is damaged; please sign in again.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Could not write the downloaded document.</source>
            <translation>Could not write the downloaded document.</translation>
        </message>
        <message>
            <source>Another kind of document already uses this id.</source>
            <translation>Another kind of document already uses this id.</translation>
        </message>
        <message>
            <source>The time of the action is unknown.</source>
            <translation>The time of the action is unknown.</translation>
        </message>
        <message>
            <source>Sign in and synchronize once before acting offline.</source>
            <translation>Sign in and synchronize once before acting offline.</translation>
        </message>
        <message>
            <source>There is no agency with the code %1.</source>
            <translation>There is no agency with the code %1.</translation>
        </message>
        <message>
            <source>Signing was cancelled.</source>
            <translation>Signing was cancelled.</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <source>The token's PIN is locked. Ask your certificate provider to unlock it.</source>
            <translation>The token's PIN is locked. Ask your certificate provider to unlock it.</translation>
        </message>
        <message>
            <source>The token was removed or stopped responding.</source>
            <translation>The token was removed or stopped responding.</translation>
        </message>
        <message>
            <source>The certificate store cannot be opened.</source>
            <translation>The certificate store cannot be opened.</translation>
        </message>
        <message>
            <source>The token has no signing key with a certificate.</source>
            <translation>The token has no signing key with a certificate.</translation>
        </message>
        <message>
            <source>The token could not sign.</source>
            <translation>The token could not sign.</translation>
        </message>
        <message>
            <source>Building the signature failed (%1).</source>
            <translation>Building the signature failed (%1).</translation>
        </message>
        <message>
            <source>The PDF file's structure is damaged: %1.</source>
            <translation>The PDF file's structure is damaged: %1.</translation>
        </message>
        <message>
            <source>The file is not a PDF document.</source>
            <translation>The file is not a PDF document.</translation>
        </message>
        <message>
            <source>Encrypted PDF files cannot be signed or validated.</source>
            <translation>Encrypted PDF files cannot be signed or validated.</translation>
        </message>
        <message>
            <source>The PDF file uses an unsupported stream filter (%1).</source>
            <translation>The PDF file uses an unsupported stream filter (%1).</translation>
        </message>
        <message>
            <source>The PDF file is damaged (%1 at byte %2).</source>
            <translation>The PDF file is damaged (%1 at byte %2).</translation>
        </message>
        <message>
            <source>A compressed stream in the PDF file is damaged (%1).</source>
            <translation>A compressed stream in the PDF file is damaged (%1).</translation>
        </message>
        <message>
            <source>The trust store %1 has no certificates.</source>
            <translation>The trust store %1 has no certificates.</translation>
        </message>
        <message>
            <source>The document has no page %1.</source>
            <translation>The document has no page %1.</translation>
        </message>
        <message>
            <source>The PDF file is too large to sign.</source>
            <translation>The PDF file is too large to sign.</translation>
        </message>
        <message>
            <source>Writing the signature failed.</source>
            <translation>Writing the signature failed.</translation>
        </message>
        <message>
            <source>The signature (%1 bytes) does not fit the space reserved for it (%2 bytes).</source>
            <translation>The signature (%1 bytes) does not fit the space reserved for it (%2 bytes).</translation>
        </message>
        <message>
            <source>The token library %1 cannot be loaded.</source>
            <translation>The token library %1 cannot be loaded.</translation>
        </message>
        <message>
            <source>The token library %1 failed to start.</source>
            <translation>The token library %1 failed to start.</translation>
        </message>
        <message>
            <source>The token failed.</source>
            <translation>The token failed.</translation>
        </message>
        <message>
            <source>Wrong PIN. One more wrong attempt will lock the token.</source>
            <translation>Wrong PIN. One more wrong attempt will lock the token.</translation>
        </message>
        <message>
            <source>Wrong PIN. Few attempts are left before the token locks.</source>
            <translation>Wrong PIN. Few attempts are left before the token locks.</translation>
        </message>
        <message>
            <source>Logging in to the token failed.</source>
            <translation>Logging in to the token failed.</translation>
        </message>
        <message>
            <source>No token %1 is plugged in.</source>
            <translation>No token %1 is plugged in.</translation>
        </message>
        <message>
            <source>Cannot open the certificate file %1.</source>
            <translation>Cannot open the certificate file %1.</translation>
        </message>
        <message>
            <source>The file is not a PKCS#12 certificate file.</source>
            <translation>The file is not a PKCS#12 certificate file.</translation>
        </message>
        <message>
            <source>The password of the certificate file is wrong, or the file has no key.</source>
            <translation>The password of the certificate file is wrong, or the file has no key.</translation>
        </message>
        <message>
            <source>The key could not sign.</source>
            <translation>The key could not sign.</translation>
        </message>
        <message>
            <source>The signature font has no glyph for the character %1.</source>
            <translation>The signature font has no glyph for the character %1.</translation>
        </message>
        <message>
            <source>The time-stamp authority cannot start (%1).</source>
            <translation>The time-stamp authority cannot start (%1).</translation>
        </message>
        <message>
            <source>The font for the visible signature cannot be used.</source>
            <translation>The font for the visible signature cannot be used.</translation>
        </message>
        <message>
            <source>The time-stamp service did not give a valid time stamp.</source>
            <translation>The time-stamp service did not give a valid time stamp.</translation>
        </message>
        <message>
            <source>The time-stamp service %1 cannot be reached.</source>
            <translation>The time-stamp service %1 cannot be reached.</translation>
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
    <context>
        <name>motcua::cli</name>
        <message>
            <source>usage: motcua act CODE KIND [options]</source>
            <translation>usage: motcua act CODE KIND [options]</translation>
        </message>
        <message>
            <source>unknown action kind %1; one of: %2</source>
            <translation>unknown action kind %1; one of: %2</translation>
        </message>
        <message>
            <source>no dossier %1 in the local cache (run motcua sync)</source>
            <translation>no dossier %1 in the local cache (run motcua sync)</translation>
        </message>
        <message>
            <source>--payload must be a JSON object: %1</source>
            <translation>--payload must be a JSON object: %1</translation>
        </message>
        <message>
            <source>--%1 must be a whole number</source>
            <translation>--%1 must be a whole number</translation>
        </message>
        <message>
            <source>Queued %1 on %2 (outbox #%3).</source>
            <translation>Queued %1 on %2 (outbox #%3).</translation>
        </message>
        <message>
            <source>Offline: the action will be sent by the next motcua sync.</source>
            <translation>Offline: the action will be sent by the next motcua sync.</translation>
        </message>
        <message>
            <source>Conflict: %1</source>
            <translation>Conflict: %1</translation>
        </message>
        <message>
            <source>Refused by the server: %1</source>
            <translation>Refused by the server: %1</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Sent.</translation>
        </message>
        <message>
            <source>motcua login: --server URL and --user NAME are required</source>
            <translation>motcua login: --server URL and --user NAME are required</translation>
        </message>
        <message>
            <source>motcua login: give the password on stdin or in MOTCUA_PASSWORD</source>
            <translation>motcua login: give the password on stdin or in MOTCUA_PASSWORD</translation>
        </message>
        <message>
            <source>Signed in as %1 on %2.</source>
            <translation>Signed in as %1 on %2.</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Signed out.</translation>
        </message>
        <message>
            <source>Sent %1 actions (%2 conflicts, %3 refused); received %4 dossiers, removed %5; downloaded %6 documents.%7</source>
            <translation>Sent %1 actions (%2 conflicts, %3 refused); received %4 dossiers, removed %5; downloaded %6 documents.%7</translation>
        </message>
        <message>
            <source> (full re-sync)</source>
            <translation> (full re-sync)</translation>
        </message>
        <message>
            <source>motcua inbox: unknown view; one of: %1</source>
            <translation>motcua inbox: unknown view; one of: %1</translation>
        </message>
        <message>
            <source>	[pending sync]</source>
            <translation>	[pending sync]</translation>
        </message>
        <message>
            <source>	[conflict]</source>
            <translation>	[conflict]</translation>
        </message>
        <message numerus="yes">
            <source>%n dossier(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message>
            <source>motcua show: a dossier code is required</source>
            <translation>motcua show: a dossier code is required</translation>
        </message>
        <message>
            <source>motcua show: no dossier %1 in the local cache</source>
            <translation>motcua show: no dossier %1 in the local cache</translation>
        </message>
        <message>
            <source>Dossier %1 (%2)</source>
            <translation>Dossier %1 (%2)</translation>
        </message>
        <message>
            <source>  state: %1, version %2, agency %3, assignee %4</source>
            <translation>  state: %1, version %2, agency %3, assignee %4</translation>
        </message>
        <message>
            <source>  procedure: %1</source>
            <translation>  procedure: %1</translation>
        </message>
        <message>
            <source>  applicant: %1, %2</source>
            <translation>  applicant: %1, %2</translation>
        </message>
        <message>
            <source>  received %1, due %2</source>
            <translation>  received %1, due %2</translation>
        </message>
        <message>
            <source>  component %1: %2 [%3] %4 bytes%5%6</source>
            <translation>  component %1: %2 [%3] %4 bytes%5%6</translation>
        </message>
        <message>
            <source>, signed</source>
            <translation>, signed</translation>
        </message>
        <message>
            <source>, available offline</source>
            <translation>, available offline</translation>
        </message>
        <message>
            <source>  outbox: %1 %2 %3</source>
            <translation>  outbox: %1 %2 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
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
                                   pending_sync, conflicts)
  show CODE [--json]               one dossier with its components and pending actions
  act CODE KIND [--note T] [--to AGENCY] [--reason T] [--text T] [--assignee U]
      [--step-days N] [--amount VND] [--receipt T] [--file PDF] [--payload JSON] [--no-push]
                                   queue an action (kinds: assign, annotate, comment, forward,
                                   request_supplement, receive_supplement, submit_for_approval,
                                   approve, return_for_rework, reject, sign_result, return_result,
                                   issue_apology, withdraw, request_payment, confirm_payment,
                                   start_review) and send it when online
  outbox [--json] [--all]          actions waiting for the server (--all: also the sent ones)

Exit codes: 0 ok; 1 user error (bad arguments, unknown dossier, action not allowed);
2 network or server error (nothing lost: run sync again); 3 conflict (another official
acted first; the server's state is kept in the cache, see `motcua show CODE`).</source>
            <translation>Một Cửa Desk command-line client.

Commands:
  login --server URL --user NAME   sign in (password on stdin or in MOTCUA_PASSWORD)
  logout                           sign out and forget the saved sign-in
  sync [--prefetch] [--json]       send the outbox, receive changes, download inbox documents
  inbox [--json] [--search TEXT] [--view VIEW]
                                   cached dossiers (all unless a view is given: mine, agency,
                                   awaiting_approval, supplement_requested, overdue, due_soon,
                                   pending_sync, conflicts)
  show CODE [--json]               one dossier with its components and pending actions
  act CODE KIND [--note T] [--to AGENCY] [--reason T] [--text T] [--assignee U]
      [--step-days N] [--amount VND] [--receipt T] [--file PDF] [--payload JSON] [--no-push]
                                   queue an action (kinds: assign, annotate, comment, forward,
                                   request_supplement, receive_supplement, submit_for_approval,
                                   approve, return_for_rework, reject, sign_result, return_result,
                                   issue_apology, withdraw, request_payment, confirm_payment,
                                   start_review) and send it when online
  outbox [--json] [--all]          actions waiting for the server (--all: also the sent ones)

Exit codes: 0 ok; 1 user error (bad arguments, unknown dossier, action not allowed);
2 network or server error (nothing lost: run sync again); 3 conflict (another official
acted first; the server's state is kept in the cache, see `motcua show CODE`).</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>The command.</translation>
        </message>
        <message>
            <source>motcua: unknown command %1; see --help</source>
            <translation>motcua: unknown command %1; see --help</translation>
        </message>
    </context>
    <context>
        <name>motcua::signing::VerdictText</name>
        <message>
            <source>The signature is valid.</source>
            <translation>The signature is valid.</translation>
        </message>
        <message>
            <source>The signature is invalid.</source>
            <translation>The signature is invalid.</translation>
        </message>
        <message>
            <source>The document was modified after signing.</source>
            <extracomment>The document content changed after it was signed.</extracomment>
            <translation>The document was modified after signing.</translation>
        </message>
        <message>
            <source>The signer is not trusted.</source>
            <translation>The signer is not trusted.</translation>
        </message>
    </context>
</TS>
