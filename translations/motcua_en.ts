<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionBar</name>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <source>Receive supplement</source>
        <translation>Receive supplement</translation>
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
        <source>Return result</source>
        <translation>Return result</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>Apology letter</translation>
    </message>
    <message>
        <source>Sign apology letter</source>
        <translation>Sign apology letter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Waiting to be sent to the centre.</source>
        <translation>Waiting to be sent to the centre.</translation>
    </message>
    <message>
        <source>Sent to the centre.</source>
        <translation>Sent to the centre.</translation>
    </message>
    <message>
        <source>Refused by the centre: %1</source>
        <translation>Refused by the centre: %1</translation>
    </message>
    <message>
        <source>Conflict: another official acted first (%1).</source>
        <translation>Conflict: another official acted first (%1).</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>Incorrect or incomplete: %1.</source>
        <translation>Incorrect or incomplete: %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AnnotatedViewer</name>
    <message>
        <source>Annotated copy saved: %1</source>
        <translation>Annotated copy saved: %1</translation>
    </message>
    <message>
        <source>Folder for the annotated copy</source>
        <translation>Folder for the annotated copy</translation>
    </message>
    <message>
        <source>Write the note (Ctrl+Enter to save, Esc to cancel)</source>
        <translation>Write the note (Ctrl+Enter to save, Esc to cancel)</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Annotation text</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Add freehand</source>
        <translation>Add freehand</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Change visibility</source>
        <translation>Change visibility</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>annotated</source>
        <extracomment>File name suffix of an exported copy with annotations, e.g. &quot;Tờ khai - có ghi chú.pdf&quot;.</extracomment>
        <translation>annotated</translation>
    </message>
</context>
<context>
    <name>AnnotationItem</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Visible to the applicant</source>
        <translation>Visible to the applicant</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>Annotations of this document</source>
        <translation>Annotations of this document</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Annotations (%1)</translation>
    </message>
    <message>
        <source>No annotations yet. Pick a tool above and draw on the page.</source>
        <translation>No annotations yet. Pick a tool above and draw on the page.</translation>
    </message>
    <message>
        <source>%1 on page %2 by %3, %4: %5</source>
        <translation>%1 on page %2 by %3, %4: %5</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · page %2</translation>
    </message>
    <message>
        <source>%1, %2 · applicant can see</source>
        <translation>%1, %2 · applicant can see</translation>
    </message>
    <message>
        <source>%1, %2 · internal</source>
        <translation>%1, %2 · internal</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Sticky note</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Freehand</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
</context>
<context>
    <name>AnnotationOverlay</name>
    <message>
        <source>Sticky note</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
</context>
<context>
    <name>AnnotationToolBar</name>
    <message>
        <source>Annotation tools</source>
        <translation>Annotation tools</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Select and move</translation>
    </message>
    <message>
        <source>Highlight text</source>
        <translation>Highlight text</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Freehand</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Visible to the applicant</source>
        <translation>Visible to the applicant</translation>
    </message>
    <message>
        <source>New annotations are internal (agencies only) unless this is ticked. (Alt+V)</source>
        <translation>New annotations are internal (agencies only) unless this is ticked. (Alt+V)</translation>
    </message>
    <message>
        <source>Export annotated copy…</source>
        <translation>Export annotated copy…</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Export annotated copy</translation>
    </message>
    <message>
        <source>Writes a new PDF with the annotations; the original and its signatures stay valid. (Ctrl+E)</source>
        <translation>Writes a new PDF with the annotations; the original and its signatures stay valid. (Ctrl+E)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Applicant sees</source>
        <translation>Applicant sees</translation>
    </message>
    <message>
        <source>List of annotations</source>
        <translation>List of annotations</translation>
    </message>
    <message>
        <source>Show or hide the list of this document&apos;s annotations (Alt+L)</source>
        <translation>Show or hide the list of this document&apos;s annotations (Alt+L)</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Apology letter for a late dossier</source>
        <translation>Apology letter for a late dossier</translation>
    </message>
    <message>
        <source>Generate and attach</source>
        <translation>Generate and attach</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>e.g. Phải xác minh thông tin tại cơ quan khác</source>
        <translation>e.g. Phải xác minh thông tin tại cơ quan khác</translation>
    </message>
    <message>
        <source>Dossier %1 of %2 is late or will be. The letter, in the administrative layout, tells the applicant why and when the result will be returned; the supervisor signs it before it is sent, and a late result can only be returned with the signed letter.</source>
        <translation>Dossier %1 of %2 is late or will be. The letter, in the administrative layout, tells the applicant why and when the result will be returned; the supervisor signs it before it is sent, and a late result can only be returned with the signed letter.</translation>
    </message>
    <message>
        <source>New appointment, in working days after the due date</source>
        <translation>New appointment, in working days after the due date</translation>
    </message>
    <message>
        <source>Working days after the due date</source>
        <translation>Working days after the due date</translation>
    </message>
    <message>
        <source>New date for returning the result: %1</source>
        <translation>New date for returning the result: %1</translation>
    </message>
</context>
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
    <message>
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <source>Forget this computer…</source>
        <translation>Forget this computer…</translation>
    </message>
    <message>
        <source>Batch approval is for supervisors: it approves and signs results.</source>
        <translation>Batch approval is for supervisors: it approves and signs results.</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>CCCD, 12 digits</source>
        <translation>CCCD, 12 digits</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Choose a signer in Settings.</source>
        <translation>Choose a signer in Settings.</translation>
    </message>
    <message>
        <source>Certificate file %1</source>
        <translation>Certificate file %1</translation>
    </message>
    <message>
        <source>Token (%1)</source>
        <translation>Token (%1)</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimating…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing %1 of %2…</source>
        <translation>Signing %1 of %2…</translation>
    </message>
    <message>
        <source>Unfinished batch: %1 of %2 signed, %3 approved. Resume to continue.</source>
        <translation>Unfinished batch: %1 of %2 signed, %3 approved. Resume to continue.</translation>
    </message>
    <message>
        <source>All signed; the approvals are sent with the next synchronization.</source>
        <translation>All signed; the approvals are sent with the next synchronization.</translation>
    </message>
    <message>
        <source>Batch finished: %1 approved, %2 failed.</source>
        <translation>Batch finished: %1 approved, %2 failed.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Signed, approval not sent yet</source>
        <translation>Signed, approval not sent yet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Due %1 · %2 · %3</source>
        <translation>Due %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select at least one dossier.</source>
        <translation>Select at least one dossier.</translation>
    </message>
    <message>
        <source>This batch is not finished: its approvals are sent with the next synchronization.</source>
        <translation>This batch is not finished: its approvals are sent with the next synchronization.</translation>
    </message>
    <message>
        <source>No draft result to sign: return it for rework or sign it alone.</source>
        <translation>No draft result to sign: return it for rework or sign it alone.</translation>
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
    <message>
        <source>Select all (%1)</source>
        <translation>Select all (%1)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Search code, applicant, ID number (Ctrl+F)</source>
        <translation>Search code, applicant, ID number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Click a dossier to preview its draft result.</source>
        <translation>Click a dossier to preview its draft result.</translation>
    </message>
    <message>
        <source>The draft result has not been downloaded yet. Sync while online to preview it.</source>
        <translation>The draft result has not been downloaded yet. Sync while online to preview it.</translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Select %1</source>
        <translation>Select %1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Include %1</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclude %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Retry %1</translation>
    </message>
</context>
<context>
    <name>BatchRunPanel</name>
    <message>
        <source>Signer: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>Token PIN or password</source>
        <translation>Token PIN or password</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>Sign and approve %n dossier(s)</source>
        <translation>
            <numerusform>Sign and approve %n dossier</numerusform>
            <numerusform>Sign and approve %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the batch after the current dossier (Ctrl+Shift+X)</source>
        <translation>Cancel the batch after the current dossier (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Batch progress</translation>
    </message>
    <message>
        <source>Signed: %1 / %2</source>
        <translation>Signed: %1 / %2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Per agency</source>
        <translation>Per agency</translation>
    </message>
    <message>
        <source>Per procedure</source>
        <translation>Per procedure</translation>
    </message>
    <message>
        <source>Per official</source>
        <translation>Per official</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message numerus="yes">
        <source>Open the %n dossier(s) not counted</source>
        <translation>
            <numerusform>Open the %n dossier not counted</numerusform>
            <numerusform>Open the %n dossiers not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossiers in this period</source>
        <translation>No dossiers in this period</translation>
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
</context>
<context>
    <name>ComponentList</name>
    <message>
        <source>Required components</source>
        <translation>Required components</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quarter %1/%2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Write two dates, the first not after the second, as dd/mm/yyyy.</source>
        <translation>Write two dates, the first not after the second, as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
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
            <numerusform>%n dossier in the cache</numerusform>
            <numerusform>%n dossiers in the cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised · %1</source>
        <translation>Never synchronised · %1</translation>
    </message>
    <message>
        <source>Cached data as of %1 · %2</source>
        <translation>Cached data as of %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>counted (%n)</source>
        <translation>
            <numerusform>counted (%n)</numerusform>
            <numerusform>counted (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not counted (%n)</source>
        <translation>
            <numerusform>not counted (%n)</numerusform>
            <numerusform>not counted (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all (%n)</source>
        <translation>
            <numerusform>all (%n)</numerusform>
            <numerusform>all (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator definitions yet: synchronise once while online.</source>
        <translation>No indicator definitions yet: synchronise once while online.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Publicity and transparency</source>
        <translation>Publicity and transparency</translation>
    </message>
    <message>
        <source>Progress and results</source>
        <translation>Progress and results</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>Digitization</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Online services</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Custom period (dd/mm/yyyy)</source>
        <translation>Custom period (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Service index (Decision 766)</source>
        <translation>Service index (Decision 766)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The province&apos;s indicator definitions are not in this computer yet: synchronise once while online.</source>
        <translation>The province&apos;s indicator definitions are not in this computer yet: synchronise once while online.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>DashboardTileModel</name>
    <message>
        <source>.</source>
        <extracomment>Decimal mark of percentages on the dashboard (&quot;,&quot; in Vietnamese).</extracomment>
        <translation>.</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <extracomment>Target of an indicator, e.g. &quot;Target ≥ 50%&quot;.</extracomment>
        <translation>Target ≥ %1</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>no earlier data</translation>
    </message>
    <message>
        <source>%1%2 pts vs previous period</source>
        <extracomment>Change against the previous period, in percentage points.</extracomment>
        <translation>%1%2 pts vs previous period</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <extracomment>Points an indicator scores out of its weight, e.g. &quot;10.5 / 12 points&quot;.</extracomment>
        <translation>%1 / %2 points</translation>
    </message>
</context>
<context>
    <name>DigitizePanel</name>
    <message>
        <source>4. Digitize: %1</source>
        <translation>4. Digitize: %1</translation>
    </message>
    <message>
        <source>4. Digitize: choose the procedure and a component</source>
        <translation>4. Digitize: choose the procedure and a component</translation>
    </message>
    <message>
        <source>Add scans…</source>
        <translation>Add scans…</translation>
    </message>
    <message>
        <source>Scanner folder…</source>
        <translation>Scanner folder…</translation>
    </message>
    <message>
        <source>New scans in %1 are added by themselves</source>
        <translation>New scans in %1 are added by themselves</translation>
    </message>
    <message>
        <source>No scanner folder set</source>
        <translation>No scanner folder set</translation>
    </message>
    <message>
        <source>No pages yet: add the scans of this paper, or scan it into the scanner folder.</source>
        <translation>No pages yet: add the scans of this paper, or scan it into the scanner folder.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <source>Re-scan this page</source>
        <translation>Re-scan this page</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Delete the page</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>The new scan of page %1</source>
        <translation>The new scan of page %1</translation>
    </message>
    <message>
        <source>Scans of the paper</source>
        <translation>Scans of the paper</translation>
    </message>
    <message>
        <source>Scans and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Scans and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>The folder your scanner saves into</source>
        <translation>The folder your scanner saves into</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Re-scan</translation>
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
    <message>
        <source>Finished on time</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Finished late</translation>
    </message>
    <message>
        <source>Finished — %1</source>
        <extracomment>%1 = &quot;3 working days late&quot; (the text of an overdue dossier)</extracomment>
        <translation>Finished — %1</translation>
    </message>
    <message>
        <source>Provisional: the %1 calendar is not published</source>
        <translation>Provisional: the %1 calendar is not published</translation>
    </message>
    <message>
        <source>New date %1 missed: apologise again</source>
        <translation>New date %1 missed: apologise again</translation>
    </message>
    <message numerus="yes">
        <source>New date %1 (apology %n)</source>
        <translation>
            <numerusform>New date %1 (apology %n)</numerusform>
            <numerusform>New date %1 (apology %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (synced %2)</source>
        <translation>%1 (synced %2)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Receive the supplement</source>
        <translation>Receive the supplement</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>The supervisor reviews the dossier and signs the result. Attach your draft of the result if you have one.</source>
        <translation>The supervisor reviews the dossier and signs the result. Attach your draft of the result if you have one.</translation>
    </message>
    <message>
        <source>Attach what the applicant brought. The processing clock resumes and the due date moves out by the time spent waiting.</source>
        <translation>Attach what the applicant brought. The processing clock resumes and the due date moves out by the time spent waiting.</translation>
    </message>
    <message>
        <source>Draft result (optional)</source>
        <translation>Draft result (optional)</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <message>
        <source>Sign… (Ctrl+Shift+S)</source>
        <translation>Sign… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Digitally sign the selected component</source>
        <translation>Digitally sign the selected component</translation>
    </message>
    <message>
        <source>Reuse</source>
        <extracomment>Short tab title: reuse of documents already digitized (e.g. &quot;Tái sử dụng&quot;)</extracomment>
        <translation>Reuse</translation>
    </message>
    <message>
        <source>Reuse digitized documents (Alt+U)</source>
        <translation>Reuse digitized documents (Alt+U)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>DrillDownBar</name>
    <message>
        <source>From the dashboard: %1</source>
        <translation>From the dashboard: %1</translation>
    </message>
    <message>
        <source>Show the whole view</source>
        <translation>Show the whole view</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to another agency</source>
        <translation>Forward to another agency</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Search agencies (accents optional), e.g. so tu phap</source>
        <translation>Search agencies (accents optional), e.g. so tu phap</translation>
    </message>
    <message>
        <source>Search agencies</source>
        <translation>Search agencies</translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation>Agency directory</translation>
    </message>
    <message>
        <source>%1 (holds the dossier)</source>
        <translation>%1 (holds the dossier)</translation>
    </message>
    <message>
        <source>No agency matches “%1”.</source>
        <translation>No agency matches “%1”.</translation>
    </message>
    <message>
        <source>The agency directory is empty: sync while online.</source>
        <translation>The agency directory is empty: sync while online.</translation>
    </message>
    <message>
        <source>Forward to: %1 (%2)</source>
        <translation>Forward to: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the agency to forward to.</source>
        <translation>Choose the agency to forward to.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the receiving agency should do</source>
        <translation>What the receiving agency should do</translation>
    </message>
    <message>
        <source>Working days for this step</source>
        <translation>Working days for this step</translation>
    </message>
    <message>
        <source>0 = until the dossier&apos;s due date</source>
        <translation>0 = until the dossier&apos;s due date</translation>
    </message>
    <message>
        <source>Attachments (optional)</source>
        <translation>Attachments (optional)</translation>
    </message>
</context>
<context>
    <name>ForwardReceipt</name>
    <message>
        <source>Until the dossier&apos;s due date</source>
        <translation>Until the dossier&apos;s due date</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) for this step</source>
        <translation>
            <numerusform>%n working day for this step</numerusform>
            <numerusform>%n working days for this step</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent to the centre: it goes out by itself as soon as the desk is online.</source>
        <translation>Waiting to be sent to the centre: it goes out by itself as soon as the desk is online.</translation>
    </message>
    <message>
        <source>Sent: the dossier is now in the inbox of %1.</source>
        <translation>Sent: the dossier is now in the inbox of %1.</translation>
    </message>
    <message>
        <source>Refused by the centre (%1). The dossier stays with your agency.</source>
        <translation>Refused by the centre (%1). The dossier stays with your agency.</translation>
    </message>
    <message>
        <source>Not forwarded: another official acted first (%1).</source>
        <translation>Not forwarded: another official acted first (%1).</translation>
    </message>
</context>
<context>
    <name>ForwardReceiptPanel</name>
    <message>
        <source>Dossier %1 was not forwarded</source>
        <translation>Dossier %1 was not forwarded</translation>
    </message>
    <message>
        <source>Dossier %1 forwarded</source>
        <translation>Dossier %1 forwarded</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Time for this step</source>
        <translation>Time for this step</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>← Back to the inbox (Esc)</source>
        <translation>← Back to the inbox (Esc)</translation>
    </message>
    <message>
        <source>Back to the inbox</source>
        <translation>Back to the inbox</translation>
    </message>
    <message>
        <source>Open the dossier again</source>
        <translation>Open the dossier again</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (%2 changes)</source>
        <extracomment>%1 = the action (&quot;Annotate&quot;), %2 = how many changes (always 2 or more)</extracomment>
        <translation>%1 (%2 changes)</translation>
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
    <message>
        <source>Apology letters to sign</source>
        <translation>Apology letters to sign</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Search all dossiers (%n found)</source>
        <translation>
            <numerusform>Search all dossiers (%n found)</numerusform>
            <numerusform>Search all dossiers (%n found)</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow with ten:, ma:, diachi:, cccd:, thutuc: (e.g. ten:Nguyễn)</source>
        <translation>Narrow with ten:, ma:, diachi:, cccd:, thutuc: (e.g. ten:Nguyễn)</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Nearly met</source>
        <translation>Nearly met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n not counted</numerusform>
            <numerusform>%n not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to continue.</source>
        <translation>Signed in: %1 (%2). Enter the password to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
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
        <translation>Result (%)</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>Target %1%</translation>
    </message>
</context>
<context>
    <name>PdfFileList</name>
    <message>
        <source>Choose a PDF…</source>
        <translation>Choose a PDF…</translation>
    </message>
    <message>
        <source>Add PDF files…</source>
        <translation>Add PDF files…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
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
    <name>PinPrompt</name>
    <message>
        <source>Sign the apology letter</source>
        <translation>Sign the apology letter</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Dossier %1: the apology letter is signed with your digital signature and replaces the unsigned copy.</source>
        <translation>Dossier %1: the apology letter is signed with your digital signature and replaces the unsigned copy.</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <source>Search by name or national code</source>
        <translation>Search by name or national code</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Refuse the dossier at reception</source>
        <translation>Refuse the dossier at reception</translation>
    </message>
    <message>
        <source>Stop processing the dossier</source>
        <translation>Stop processing the dossier</translation>
    </message>
    <message>
        <source>Withdraw at the applicant&apos;s request</source>
        <translation>Withdraw at the applicant&apos;s request</translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation>Approve the result</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>The dossier is refused at reception (national status 3, not received). The applicant is told the reason.</source>
        <translation>The dossier is refused at reception (national status 3, not received). The applicant is told the reason.</translation>
    </message>
    <message>
        <source>Processing stops (national status 8). The applicant is told the reason.</source>
        <translation>Processing stops (national status 8). The applicant is told the reason.</translation>
    </message>
    <message>
        <source>The applicant asked to withdraw the dossier (national status 7). Record their request.</source>
        <translation>The applicant asked to withdraw the dossier (national status 7). Record their request.</translation>
    </message>
    <message>
        <source>The draft result goes back to the specialist&apos;s agency for signing.</source>
        <translation>The draft result goes back to the specialist&apos;s agency for signing.</translation>
    </message>
    <message>
        <source>The dossier goes back to the specialist with your reason.</source>
        <translation>The dossier goes back to the specialist with your reason.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the history.</source>
        <translation>Why? The reason is recorded in the history.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>Guidance to complete the dossier</source>
        <translation>Guidance to complete the dossier</translation>
    </message>
    <message>
        <source>Refuse to receive the dossier</source>
        <translation>Refuse to receive the dossier</translation>
    </message>
    <message>
        <source>Print the guidance slip</source>
        <translation>Print the guidance slip</translation>
    </message>
    <message>
        <source>Print the refusal slip</source>
        <translation>Print the refusal slip</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Papers to add or correct, one a line</source>
        <translation>Papers to add or correct, one a line</translation>
    </message>
    <message>
        <source>Reasons for refusing, one a line</source>
        <translation>Reasons for refusing, one a line</translation>
    </message>
    <message>
        <source>Papers to add or correct</source>
        <translation>Papers to add or correct</translation>
    </message>
    <message>
        <source>Reasons for refusing</source>
        <translation>Reasons for refusing</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Why (optional)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ReceptionController</name>
    <message>
        <source>Looking up the population records…</source>
        <translation>Looking up the population records…</translation>
    </message>
    <message>
        <source>Verified: filled from the population records (demo stand-in for the national population database)</source>
        <translation>Verified: filled from the population records (demo stand-in for the national population database)</translation>
    </message>
    <message>
        <source>Edited by hand after the lookup: not verified</source>
        <translation>Edited by hand after the lookup: not verified</translation>
    </message>
    <message>
        <source>Typed by hand: not verified</source>
        <translation>Typed by hand: not verified</translation>
    </message>
    <message>
        <source>Enter the ID number first.</source>
        <translation>Enter the ID number first.</translation>
    </message>
    <message>
        <source>Offline: the population records cannot be reached. Type the details from the citizen&apos;s ID card.</source>
        <translation>Offline: the population records cannot be reached. Type the details from the citizen&apos;s ID card.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a scanned image or a PDF.</source>
        <translation>%1 is not a scanned image or a PDF.</translation>
    </message>
    <message>
        <source>A PDF is taken as the whole component: delete the other pages first, or add scanned images only.</source>
        <translation>A PDF is taken as the whole component: delete the other pages first, or add scanned images only.</translation>
    </message>
    <message>
        <source>Choose the procedure first: the papers go into its components.</source>
        <translation>Choose the procedure first: the papers go into its components.</translation>
    </message>
    <message>
        <source>This document is not in the applicant&apos;s e-data warehouse.</source>
        <translation>This document is not in the applicant&apos;s e-data warehouse.</translation>
    </message>
    <message>
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name and ID number.</source>
        <translation>Enter the applicant&apos;s name and ID number.</translation>
    </message>
    <message>
        <source>Missing components: %1. Scan them, reuse them from the warehouse, or give the citizen the guidance slip.</source>
        <translation>Missing components: %1. Scan them, reuse them from the warehouse, or give the citizen the guidance slip.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No profile is open.</translation>
    </message>
    <message>
        <source>Received %1. Appointment to return the result: %2.</source>
        <translation>Received %1. Appointment to return the result: %2.</translation>
    </message>
    <message>
        <source>The receipt slip could not be saved in %1.</source>
        <translation>The receipt slip could not be saved in %1.</translation>
    </message>
    <message>
        <source>Write the reasons for refusing, one a line.</source>
        <translation>Write the reasons for refusing, one a line.</translation>
    </message>
    <message>
        <source>The slip could not be saved in %1.</source>
        <translation>The slip could not be saved in %1.</translation>
    </message>
    <message>
        <source>Refusal slip ready for %1.</source>
        <translation>Refusal slip ready for %1.</translation>
    </message>
    <message>
        <source>Write what the citizen must add, one a line.</source>
        <translation>Write what the citizen must add, one a line.</translation>
    </message>
    <message>
        <source>Guidance slip ready for %1.</source>
        <translation>Guidance slip ready for %1.</translation>
    </message>
    <message>
        <source>fee %1 VND</source>
        <translation>fee %1 VND</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message>
        <source>Reused from the e-data warehouse</source>
        <translation>Reused from the e-data warehouse</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned</source>
        <translation>
            <numerusform>%n page scanned</numerusform>
            <numerusform>%n pages scanned</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Optional, not handed in</source>
        <translation>Optional, not handed in</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>3. Components (%1 missing)</source>
        <translation>3. Components (%1 missing)</translation>
    </message>
    <message>
        <source>3. Components</source>
        <translation>3. Components</translation>
    </message>
    <message>
        <source>The scans become one PDF per component, signed with your key as the digitized copy.</source>
        <translation>The scans become one PDF per component, signed with your key as the digitized copy.</translation>
    </message>
    <message>
        <source>The scans become one PDF per component. Choose your key in Settings to sign them as the digitized copy.</source>
        <translation>The scans become one PDF per component. Choose your key in Settings to sign them as the digitized copy.</translation>
    </message>
    <message>
        <source>Open the slip</source>
        <translation>Open the slip</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>Next citizen</translation>
    </message>
    <message>
        <source>Ask for more…</source>
        <translation>Ask for more…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Receive (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sign the digitized copies</source>
        <translation>Sign the digitized copies</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
</context>
<context>
    <name>ReturnResultDialog</name>
    <message>
        <source>Return the result</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>Return result</source>
        <translation>Return result</translation>
    </message>
    <message>
        <source>The dossier has no signed result yet: it cannot be returned.</source>
        <translation>The dossier has no signed result yet: it cannot be returned.</translation>
    </message>
    <message>
        <source>This dossier is late: an apology letter to the applicant is required before the result is returned.</source>
        <translation>This dossier is late: an apology letter to the applicant is required before the result is returned.</translation>
    </message>
    <message>
        <source>Generate the apology letter…</source>
        <translation>Generate the apology letter…</translation>
    </message>
    <message>
        <source>The signed result and the apology letter are handed to %1.</source>
        <translation>The signed result and the apology letter are handed to %1.</translation>
    </message>
    <message>
        <source>The signed result is handed to %1.</source>
        <translation>The signed result is handed to %1.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReuseModel</name>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>This document cannot be attached.</source>
        <translation>This document cannot be attached.</translation>
    </message>
    <message>
        <source>Reused from the e-data warehouse: %1</source>
        <translation>Reused from the e-data warehouse: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ReusePanel</name>
    <message>
        <source>The documents of applicant %1 in the e-data warehouse have not been downloaded yet. Sync while online.</source>
        <translation>The documents of applicant %1 in the e-data warehouse have not been downloaded yet. Sync while online.</translation>
    </message>
    <message>
        <source>Applicant %1 has no digitized documents in the e-data warehouse.</source>
        <translation>Applicant %1 has no digitized documents in the e-data warehouse.</translation>
    </message>
    <message>
        <source>Digitized documents of applicant %1: attach one instead of asking the citizen again.</source>
        <translation>Digitized documents of applicant %1: attach one instead of asking the citizen again.</translation>
    </message>
    <message>
        <source>Documents in the e-data warehouse</source>
        <translation>Documents in the e-data warehouse</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>not attached</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>issued by dossier %1</source>
        <translation>issued by dossier %1</translation>
    </message>
    <message>
        <source>✔ Attached</source>
        <translation>✔ Attached</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Attach %1 to this dossier</source>
        <translation>Attach %1 to this dossier</translation>
    </message>
    <message>
        <source>Attaching is possible while the dossier is received, in review or waiting for a supplement, for officials of the holding agency.</source>
        <translation>Attaching is possible while the dossier is received, in review or waiting for a supplement, for officials of the holding agency.</translation>
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
    <message>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Sign out and sign in again.</translation>
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
    <message>
        <source>Lock the desk</source>
        <translation>Lock the desk</translation>
    </message>
    <message>
        <source>After this many minutes without use (0 = never):</source>
        <translation>After this many minutes without use (0 = never):</translation>
    </message>
    <message>
        <source>On a shared one-stop desk the screens are hidden and the password is asked again.</source>
        <translation>On a shared one-stop desk the screens are hidden and the password is asked again.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Digitally sign: %1</source>
        <translation>Digitally sign: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Change in Settings…</source>
        <translation>Change in Settings…</translation>
    </message>
    <message>
        <source>Change the signing key in Settings</source>
        <translation>Change the signing key in Settings</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>Certificate file password</source>
        <translation>Certificate file password</translation>
    </message>
    <message>
        <source>PIN (never stored)</source>
        <translation>PIN (never stored)</translation>
    </message>
    <message>
        <source>Password (never stored)</source>
        <translation>Password (never stored)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Invisible signature</source>
        <translation>Invisible signature</translation>
    </message>
    <message>
        <source>Visible: click or drag on the page (Alt+P)</source>
        <translation>Visible: click or drag on the page (Alt+P)</translation>
    </message>
    <message>
        <source>Visible signature placed on the page</source>
        <translation>Visible signature placed on the page</translation>
    </message>
    <message>
        <source>Copy stamp top right of page 1 (copies, Decree 30)</source>
        <translation>Copy stamp top right of page 1 (copies, Decree 30)</translation>
    </message>
    <message>
        <source>Signature and agency seal images (results)</source>
        <translation>Signature and agency seal images (results)</translation>
    </message>
    <message>
        <source>Signing issues the result: the signed copy replaces the draft and is sent to the central server with the next sync (works offline).</source>
        <translation>Signing issues the result: the signed copy replaces the draft and is sent to the central server with the next sync (works offline).</translation>
    </message>
    <message>
        <source>You will choose where to save the signed copy.</source>
        <translation>You will choose where to save the signed copy.</translation>
    </message>
    <message>
        <source>Sign and issue (Enter)</source>
        <translation>Sign and issue (Enter)</translation>
    </message>
    <message>
        <source>Sign and save as… (Enter)</source>
        <translation>Sign and save as… (Enter)</translation>
    </message>
    <message>
        <source>Sign and issue the result</source>
        <translation>Sign and issue the result</translation>
    </message>
    <message>
        <source>Sign and save a signed copy</source>
        <translation>Sign and save a signed copy</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Cancel signing</translation>
    </message>
    <message>
        <source>Save signed copy as</source>
        <translation>Save signed copy as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
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
    <name>SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Dossiers and documents saved on this computer stay here, encrypted, for your next sign-in. Actions not yet sent are sent then.</source>
        <translation>Dossiers and documents saved on this computer stay here, encrypted, for your next sign-in. Actions not yet sent are sent then.</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Forget this computer</translation>
    </message>
    <message>
        <source>Erases every dossier, document and note saved on this computer, and its key. Actions not yet sent are lost. Use it before handing the laptop over.</source>
        <translation>Erases every dossier, document and note saved on this computer, and its key. Actions not yet sent are lost. Use it before handing the laptop over.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign out and forget</source>
        <translation>Sign out and forget</translation>
    </message>
</context>
<context>
    <name>SignPlacement</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page of the signature</source>
        <translation>Page of the signature</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Page preview: click or drag to place the signature</source>
        <translation>Page preview: click or drag to place the signature</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>SignatureBadge</name>
    <message>
        <source>Checking signature…</source>
        <translation>Checking signature…</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Valid signature</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>Signer not trusted</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Signature cannot be checked</source>
        <translation>Signature cannot be checked</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A signature verdict and what was added after signing, e.g. &quot;Valid signature, 2 annotations added after signing on page 3&quot;. The notice is said on the badge itself because an annotation can cover the signed content.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Could not check revocation</source>
        <extracomment>Badge: not valid, the certificate&apos;s revocation status could not be obtained.</extracomment>
        <translation>Could not check revocation</translation>
    </message>
    <message>
        <source>Too complex to check</source>
        <extracomment>The document is over a size, nesting or time limit: its signature was not checked.</extracomment>
        <translation>Too complex to check</translation>
    </message>
    <message>
        <source>Damaged PDF: signature cannot be checked</source>
        <translation>Damaged PDF: signature cannot be checked</translation>
    </message>
</context>
<context>
    <name>SignatureBadgeLabel</name>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Signature details</source>
        <translation>Signature details</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>This document carries no digital signature.</source>
        <translation>This document carries no digital signature.</translation>
    </message>
    <message>
        <source>Signature %1: %2</source>
        <translation>Signature %1: %2</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Time stamp</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Changed after signing:</source>
        <translation>Changed after signing:</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>PAdES baseline level: B-B basic, B-T time-stamped, B-LT with revocation data, B-LTA archived.</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>Technical detail of a signature problem, for support staff.</extracomment>
        <translation>Technical detail: %1</translation>
    </message>
</context>
<context>
    <name>SignatureReportModel</name>
    <message>
        <source>none (the signing time is only claimed by the signer)</source>
        <translation>none (the signing time is only claimed by the signer)</translation>
    </message>
    <message>
        <source>present but not valid</source>
        <translation>present but not valid</translation>
    </message>
    <message>
        <source>Signed range covers the document except the signature</source>
        <translation>Signed range covers the document except the signature</translation>
    </message>
    <message>
        <source>Document digest matches</source>
        <translation>Document digest matches</translation>
    </message>
    <message>
        <source>Cryptographic signature is correct</source>
        <translation>Cryptographic signature is correct</translation>
    </message>
    <message>
        <source>Certificate chains to a trusted root</source>
        <translation>Certificate chains to a trusted root</translation>
    </message>
    <message>
        <source>Certificate valid at signing time</source>
        <translation>Certificate valid at signing time</translation>
    </message>
    <message>
        <source>Key usage allows signing</source>
        <translation>Key usage allows signing</translation>
    </message>
    <message>
        <source>No content changed after signing</source>
        <translation>No content changed after signing</translation>
    </message>
    <message>
        <source>Signature covers the whole file</source>
        <translation>Signature covers the whole file</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation>revocation list</translation>
    </message>
    <message>
        <source>answer saved on this computer</source>
        <translation>answer saved on this computer</translation>
    </message>
    <message>
        <source>evidence kept in the document</source>
        <translation>evidence kept in the document</translation>
    </message>
    <message>
        <source>Not revoked (%1)</source>
        <translation>Not revoked (%1)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Could not check: the certificate authority cannot be reached and nothing is saved</source>
        <translation>Could not check: the certificate authority cannot be reached and nothing is saved</translation>
    </message>
    <message>
        <source>The certificate authority publishes no revocation information</source>
        <translation>The certificate authority publishes no revocation information</translation>
    </message>
    <message>
        <source>Not checked (the certificate is not trusted)</source>
        <translation>Not checked (the certificate is not trusted)</translation>
    </message>
    <message>
        <source>%1 After signing: %2.</source>
        <translation>%1 After signing: %2.</translation>
    </message>
    <message>
        <source>Certificate not revoked</source>
        <translation>Certificate not revoked</translation>
    </message>
    <message>
        <source>Document time stamp</source>
        <translation>Document time stamp</translation>
    </message>
    <message>
        <source>Only permitted additions after signing</source>
        <translation>Only permitted additions after signing</translation>
    </message>
</context>
<context>
    <name>SignerSection</name>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12: .p12, .pfx)</source>
        <translation>Certificate file (PKCS#12: .p12, .pfx)</translation>
    </message>
    <message>
        <source>Token vendor</source>
        <translation>Token vendor</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for another token library</source>
        <translation>Browse for another token library</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Look for tokens again</source>
        <translation>Look for tokens again</translation>
    </message>
    <message>
        <source>Certificates on the token</source>
        <translation>Certificates on the token</translation>
    </message>
    <message>
        <source>Issued by %1 · %2</source>
        <translation>Issued by %1 · %2</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>Choose a certificate file</translation>
    </message>
    <message>
        <source>Images on signed results (Decree 30/2020)</source>
        <translation>Images on signed results (Decree 30/2020)</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Choose the signature image</translation>
    </message>
    <message>
        <source>Agency seal</source>
        <translation>Agency seal</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s seal image</source>
        <translation>Choose the agency&apos;s seal image</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>Trusted certificate authorities</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <source>Add a trusted root or intermediate certificate</source>
        <translation>Add a trusted root or intermediate certificate</translation>
    </message>
    <message>
        <source>Token library</source>
        <translation>Token library</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dll *.dylib)</source>
        <translation>Libraries (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Agency seal image</source>
        <translation>Agency seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Import province bundle…</source>
        <translation>Import province bundle…</translation>
    </message>
    <message>
        <source>Import the trust bundle of the national root CA and the licensed CAs</source>
        <extracomment>The PEM file a province issues with the national root CA and the licensed CAs.</extracomment>
        <translation>Import the trust bundle of the national root CA and the licensed CAs</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of the bundle are trusted.</source>
        <translation>
            <numerusform>%n certificate of the bundle are trusted.</numerusform>
            <numerusform>%n certificates of the bundle are trusted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Province trust bundle</source>
        <translation>Province trust bundle</translation>
    </message>
    <message>
        <source>PEM bundles (*.pem *.crt)</source>
        <translation>PEM bundles (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SignerSettings</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>valid %1 – %2</translation>
    </message>
    <message>
        <source>No signing key chosen yet.</source>
        <translation>No signing key chosen yet.</translation>
    </message>
    <message>
        <source>Certificate file %1</source>
        <translation>Certificate file %1</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token of %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <source>last PIN try</source>
        <translation>last PIN try</translation>
    </message>
    <message>
        <source>wrong PIN entered before</source>
        <translation>wrong PIN entered before</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>No token is plugged in.</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>Choose a token or a certificate file in Settings first.</source>
        <translation>Choose a token or a certificate file in Settings first.</translation>
    </message>
    <message>
        <source>This document has not been downloaded yet. Sync while online first.</source>
        <translation>This document has not been downloaded yet. Sync while online first.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN.</source>
        <translation>Enter the token&apos;s PIN.</translation>
    </message>
    <message>
        <source>Enter the certificate file&apos;s password.</source>
        <translation>Enter the certificate file&apos;s password.</translation>
    </message>
    <message>
        <source>Choose where to save the signed copy.</source>
        <translation>Choose where to save the signed copy.</translation>
    </message>
    <message>
        <source>Click or drag on the page to place the signature.</source>
        <translation>Click or drag on the page to place the signature.</translation>
    </message>
    <message>
        <source>Signing… (the token may ask you to confirm)</source>
        <translation>Signing… (the token may ask you to confirm)</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No profile is open.</translation>
    </message>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>The dossier is no longer in the local cache.</translation>
    </message>
    <message>
        <source>The signed result is queued; it reaches the central server with the next sync.</source>
        <translation>The signed result is queued; it reaches the central server with the next sync.</translation>
    </message>
    <message>
        <source>Cannot save the signed copy to %1: %2</source>
        <translation>Cannot save the signed copy to %1: %2</translation>
    </message>
    <message>
        <source>Signed copy saved to %1.</source>
        <translation>Signed copy saved to %1.</translation>
    </message>
    <message>
        <source>The time-stamp server could not be reached: the signature carries no time stamp.</source>
        <translation>The time-stamp server could not be reached: the signature carries no time stamp.</translation>
    </message>
    <message>
        <source>It is signed at level PAdES B-T; the long-term validation data could not be added: %1</source>
        <translation>It is signed at level PAdES B-T; the long-term validation data could not be added: %1</translation>
    </message>
    <message>
        <source>The time-stamp server could not be reached: the time stamp is added before the result is sent, at the next sync.</source>
        <translation>The time-stamp server could not be reached: the time stamp is added before the result is sent, at the next sync.</translation>
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
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message numerus="yes">
        <source>A supplement was already requested %n time(s). Asking again makes this dossier count as late (Decision 766) and an apology letter will be needed.</source>
        <translation>
            <numerusform>A supplement was already requested %n time. Asking again makes this dossier count as late (Decision 766) and an apology letter will be needed.</numerusform>
            <numerusform>A supplement was already requested %n times. Asking again makes this dossier count as late (Decision 766) and an apology letter will be needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components of the procedure</source>
        <translation>Components of the procedure</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <source>Incorrect: %1</source>
        <translation>Incorrect: %1</translation>
    </message>
    <message>
        <source>The procedure lists no components: describe what is needed below.</source>
        <translation>The procedure lists no components: describe what is needed below.</translation>
    </message>
    <message>
        <source>What the applicant must bring or correct</source>
        <translation>What the applicant must bring or correct</translation>
    </message>
    <message>
        <source>Details of the supplement request</source>
        <translation>Details of the supplement request</translation>
    </message>
    <message>
        <source>The processing clock stops until the supplement is received.</source>
        <translation>The processing clock stops until the supplement is received.</translation>
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
    <message>
        <source>Last synced at %1</source>
        <translation>Last synced at %1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the address or ask your IT staff.</source>
        <translation>The server&apos;s certificate is not trusted. Check the address or ask your IT staff.</translation>
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
    <message>
        <source>Sign in to look up citizens.</source>
        <translation>Sign in to look up citizens.</translation>
    </message>
    <message>
        <source>No citizen with this ID number in the population records: type the details by hand.</source>
        <translation>No citizen with this ID number in the population records: type the details by hand.</translation>
    </message>
</context>
<context>
    <name>TlsPinSection</name>
    <message>
        <source>Secure connection</source>
        <translation>Secure connection</translation>
    </message>
    <message>
        <source>The province pinned the certificate keys below: a server that does not show one of them is refused, even with a valid certificate.</source>
        <translation>The province pinned the certificate keys below: a server that does not show one of them is refused, even with a valid certificate.</translation>
    </message>
    <message>
        <source>The province has not pinned any certificate key: servers are checked with the usual certificate verification.</source>
        <translation>The province has not pinned any certificate key: servers are checked with the usual certificate verification.</translation>
    </message>
    <message>
        <source>Set by the IT department in %1 (read only).</source>
        <translation>Set by the IT department in %1 (read only).</translation>
    </message>
</context>
<context>
    <name>TrustStoreSettings</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>valid %1 – %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 is not a certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Cannot create the trust store folder %1.</source>
        <translation>Cannot create the trust store folder %1.</translation>
    </message>
    <message>
        <source>Cannot write to the trust store folder %1.</source>
        <translation>Cannot write to the trust store folder %1.</translation>
    </message>
    <message>
        <source>%1 is not a trust bundle: it must hold the national root CA and the licensed CAs under it (%2).</source>
        <translation>%1 is not a trust bundle: it must hold the national root CA and the licensed CAs under it (%2).</translation>
    </message>
</context>
<context>
    <name>WarehouseReuse</name>
    <message>
        <source>Reuse from the e-data warehouse</source>
        <translation>Reuse from the e-data warehouse</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s ID number to see their digitized documents.</source>
        <translation>Enter the applicant&apos;s ID number to see their digitized documents.</translation>
    </message>
    <message>
        <source>No digitized documents of %1 are cached on this computer.</source>
        <translation>No digitized documents of %1 are cached on this computer.</translation>
    </message>
    <message>
        <source>Use for this component</source>
        <translation>Use for this component</translation>
    </message>
    <message>
        <source>Papers instead</source>
        <translation>Papers instead</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The saved dossiers of this computer can no longer be decrypted (the key that protected them is gone). Sign in again: everything will be downloaded again from the server.</source>
        <translation>The saved dossiers of this computer can no longer be decrypted (the key that protected them is gone). Sign in again: everything will be downloaded again from the server.</translation>
    </message>
</context>
<context>
    <name>motcua-sign</name>
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
        <translation>Usage:
  motcua-sign sign --in FILE|DIR --out FILE|DIR (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL])
                   [--tsa URL] [--visible PAGE,X,Y,W,H] [--reason TEXT] [--copy-form TEXT] [--agency TEXT] [--text LINE]...
                   [--signature-image PNG] [--seal-image PNG]
  motcua-sign verify FILE [--trust PEM|DIR]... [--json] [--offline] [--revocation-cache DIR]
  motcua-sign extend --level lt|lta [--tsa URL] [--trust PEM|DIR]... [--revocation-cache DIR] [--out FILE] FILE
  motcua-sign tokens --pkcs11-module LIB
--copy-form/--agency without --visible put a text stamp at the top right of page 1.
The PIN or password is read from MOTCUA_PIN or from the first line of standard input.
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
    <message>
        <source>Attach a digitized document</source>
        <translation>Attach a digitized document</translation>
    </message>
    <message>
        <source>Receive the dossier</source>
        <translation>Receive the dossier</translation>
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
        <source>The document&apos;s content does not match its hash.</source>
        <translation>The document&apos;s content does not match its hash.</translation>
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
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</translation>
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
        <source>The PDF file&apos;s structure is damaged: %1.</source>
        <translation>The PDF file&apos;s structure is damaged: %1.</translation>
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
    <message>
        <source>This dossier is not in the local cache.</source>
        <translation>This dossier is not in the local cache.</translation>
    </message>
    <message>
        <source>Enter the new date for returning the result (YYYY-MM-DD, today or later).</source>
        <translation>Enter the new date for returning the result (YYYY-MM-DD, today or later).</translation>
    </message>
    <message>
        <source>This dossier has no apology letter to sign.</source>
        <translation>This dossier has no apology letter to sign.</translation>
    </message>
    <message>
        <source>The apology letter has not been downloaded yet: sync first.</source>
        <translation>The apology letter has not been downloaded yet: sync first.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No profile is open.</translation>
    </message>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>The dossier is no longer in the local cache.</translation>
    </message>
    <message>
        <source>This annotation cannot be made here.</source>
        <translation>This annotation cannot be made here.</translation>
    </message>
    <message>
        <source>Draw a longer stroke.</source>
        <translation>Draw a longer stroke.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>The annotation no longer exists.</translation>
    </message>
    <message>
        <source>This document has not been downloaded yet. Sync while online first.</source>
        <translation>This document has not been downloaded yet. Sync while online first.</translation>
    </message>
    <message>
        <source>An unfinished batch exists: resume it or close it first.</source>
        <translation>An unfinished batch exists: resume it or close it first.</translation>
    </message>
    <message>
        <source>There is no unfinished batch.</source>
        <translation>There is no unfinished batch.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid now (valid until %2).</source>
        <translation>The certificate of %1 is not valid now (valid until %2).</translation>
    </message>
    <message>
        <source>Cannot read the document: %1</source>
        <translation>Cannot read the document: %1</translation>
    </message>
    <message>
        <source>The batch was cancelled.</source>
        <translation>The batch was cancelled.</translation>
    </message>
    <message>
        <source>Choose a signer first.</source>
        <translation>Choose a signer first.</translation>
    </message>
    <message>
        <source>The draft result has not been downloaded yet: synchronize while online, then retry.</source>
        <translation>The draft result has not been downloaded yet: synchronize while online, then retry.</translation>
    </message>
    <message>
        <source>The action was sent meanwhile.</source>
        <translation>The action was sent meanwhile.</translation>
    </message>
    <message>
        <source>--new-date must be a date YYYY-MM-DD, today or later.</source>
        <translation>--new-date must be a date YYYY-MM-DD, today or later.</translation>
    </message>
    <message>
        <source>Choose at least one document to attach.</source>
        <translation>Choose at least one document to attach.</translation>
    </message>
    <message>
        <source>Only the official who wrote an annotation may change or delete it.</source>
        <translation>Only the official who wrote an annotation may change or delete it.</translation>
    </message>
    <message>
        <source>An annotation cannot move to another dossier or document.</source>
        <translation>An annotation cannot move to another dossier or document.</translation>
    </message>
    <message>
        <source>The annotation was changed meanwhile; reload it and try again.</source>
        <translation>The annotation was changed meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>An apology letter needs the dossier code, the applicant and the new date for returning the result.</source>
        <translation>An apology letter needs the dossier code, the applicant and the new date for returning the result.</translation>
    </message>
    <message>
        <source>The PDF of the letter could not be written.</source>
        <translation>The PDF of the letter could not be written.</translation>
    </message>
    <message>
        <source>No serif font with Vietnamese letters was found (install fonts-liberation2 or set MOTCUA_LETTER_FONT).</source>
        <translation>No serif font with Vietnamese letters was found (install fonts-liberation2 or set MOTCUA_LETTER_FONT).</translation>
    </message>
    <message>
        <source>The PDF file is too large to annotate.</source>
        <translation>The PDF file is too large to annotate.</translation>
    </message>
    <message>
        <source>The image cannot be used for a signature: %1.</source>
        <translation>The image cannot be used for a signature: %1.</translation>
    </message>
    <message>
        <source>Choose a token or a certificate file in Settings first.</source>
        <translation>Choose a token or a certificate file in Settings first.</translation>
    </message>
    <message>
        <source>The document has no signature.</source>
        <translation>The document has no signature.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed; the signature cannot be time-stamped in place.</source>
        <translation>The document was changed after it was signed; the signature cannot be time-stamped in place.</translation>
    </message>
    <message>
        <source>An annotation without an id cannot be stored.</source>
        <translation>An annotation without an id cannot be stored.</translation>
    </message>
    <message>
        <source>The cached document list of %1 is unreadable.</source>
        <translation>The cached document list of %1 is unreadable.</translation>
    </message>
    <message>
        <source>The citizen&apos;s ID number is missing.</source>
        <translation>The citizen&apos;s ID number is missing.</translation>
    </message>
    <message>
        <source>The server sent the documents of another citizen.</source>
        <translation>The server sent the documents of another citizen.</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes; the transfer was stopped.</source>
        <translation>The server sent more than %1 bytes; the transfer was stopped.</translation>
    </message>
    <message>
        <source>The batch&apos;s queued action is not a signed result.</source>
        <translation>The batch&apos;s queued action is not a signed result.</translation>
    </message>
    <message>
        <source>--extra-days must be 1 to 365 working days.</source>
        <translation>--extra-days must be 1 to 365 working days.</translation>
    </message>
    <message>
        <source>--component must be CODE=FILE[,FILE...], not %1.</source>
        <translation>--component must be CODE=FILE[,FILE...], not %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>A calendar year must be “published” or “projected”.</source>
        <translation>A calendar year must be “published” or “projected”.</translation>
    </message>
    <message>
        <source>%1 is a swapped working day but not a weekly day off.</source>
        <translation>%1 is a swapped working day but not a weekly day off.</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a working day.</source>
        <translation>%1 is both a holiday and a working day.</translation>
    </message>
    <message>
        <source>A holiday is listed twice.</source>
        <translation>A holiday is listed twice.</translation>
    </message>
    <message>
        <source>The calendar file is not a JSON object (%1).</source>
        <translation>The calendar file is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>Not a calendar file: expected &quot;format&quot;: &quot;motcua-calendar&quot;, &quot;version&quot;: 1.</source>
        <translation>Not a calendar file: expected &quot;format&quot;: &quot;motcua-calendar&quot;, &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>The calendar file has no years.</source>
        <translation>The calendar file has no years.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Expected an object.</translation>
    </message>
    <message>
        <source>The field is missing.</source>
        <translation>The field is missing.</translation>
    </message>
    <message>
        <source>The year %1 appears twice.</source>
        <translation>The year %1 appears twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write 2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15.</source>
        <translation>&quot;%1&quot; is not a period: write 2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15.</translation>
    </message>
    <message>
        <source>The action is dated later than the server&apos;s time: check this computer&apos;s clock and time zone, then do the action again.</source>
        <translation>The action is dated later than the server&apos;s time: check this computer&apos;s clock and time zone, then do the action again.</translation>
    </message>
    <message>
        <source>The action was done offline longer ago than the province allows: it can no longer be recorded with that date. Do it again now.</source>
        <translation>The action was done offline longer ago than the province allows: it can no longer be recorded with that date. Do it again now.</translation>
    </message>
    <message>
        <source>The action is dated before the version of the dossier it was done on: check this computer&apos;s clock.</source>
        <translation>The action is dated before the version of the dossier it was done on: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The result is dated before its own signature: check this computer&apos;s clock.</source>
        <translation>The result is dated before its own signature: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The time the action was done is not valid.</source>
        <translation>The time the action was done is not valid.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer: it would send passwords and documents unencrypted. Use %1 instead.</source>
        <translation>Plain http:// is only allowed to this computer: it would send passwords and documents unencrypted. Use %1 instead.</translation>
    </message>
    <message>
        <source>Not an https:// address: %1</source>
        <translation>Not an https:// address: %1</translation>
    </message>
    <message>
        <source>The dossier is late: a signed apology letter is required before returning the result.</source>
        <translation>The dossier is late: a signed apology letter is required before returning the result.</translation>
    </message>
    <message>
        <source>The date promised in the apology letter has passed: issue a new apology with a new date before returning the result.</source>
        <translation>The date promised in the apology letter has passed: issue a new apology with a new date before returning the result.</translation>
    </message>
    <message>
        <source>This dossier finished on time: no apology letter is needed.</source>
        <translation>This dossier finished on time: no apology letter is needed.</translation>
    </message>
    <message>
        <source>Choose the new appointment, in working days after the due date.</source>
        <translation>Choose the new appointment, in working days after the due date.</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>The scan %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>A page could not be compressed: %1</source>
        <translation>A page could not be compressed: %1</translation>
    </message>
    <message>
        <source>The scan %1 is too large (%2 x %3 pixels).</source>
        <translation>The scan %1 is too large (%2 x %3 pixels).</translation>
    </message>
    <message>
        <source>Add at least one scanned page.</source>
        <translation>Add at least one scanned page.</translation>
    </message>
    <message>
        <source>The QR code for %1 could not be made.</source>
        <translation>The QR code for %1 could not be made.</translation>
    </message>
    <message>
        <source>A receipt slip needs the dossier code, the applicant and the lookup address.</source>
        <translation>A receipt slip needs the dossier code, the applicant and the lookup address.</translation>
    </message>
    <message>
        <source>The guidance slip needs the applicant and at least one thing to complete.</source>
        <translation>The guidance slip needs the applicant and at least one thing to complete.</translation>
    </message>
    <message>
        <source>The refusal slip needs the applicant and the reasons.</source>
        <translation>The refusal slip needs the applicant and the reasons.</translation>
    </message>
    <message>
        <source>The revocation service %1 cannot be reached.</source>
        <translation>The revocation service %1 cannot be reached.</translation>
    </message>
    <message>
        <source>An archive time stamp needs a time-stamp service.</source>
        <translation>An archive time stamp needs a time-stamp service.</translation>
    </message>
    <message>
        <source>The signature %1 is not valid now (%2); long-term validation data was not added.</source>
        <translation>The signature %1 is not valid now (%2); long-term validation data was not added.</translation>
    </message>
    <message>
        <source>The PDF file is too complex to check (%1).</source>
        <translation>The PDF file is too complex to check (%1).</translation>
    </message>
    <message>
        <source>A time-stamp service is required for this signature.</source>
        <translation>A time-stamp service is required for this signature.</translation>
    </message>
    <message>
        <source>The pages of this document cannot be read, so the signature cannot be placed on them.</source>
        <translation>The pages of this document cannot be read, so the signature cannot be placed on them.</translation>
    </message>
    <message>
        <source>The file is not a usable trust bundle (a root CA and the CAs under it).</source>
        <translation>The file is not a usable trust bundle (a root CA and the CAs under it).</translation>
    </message>
    <message>
        <source>A cached document cannot be decrypted with this computer&apos;s key.</source>
        <translation>A cached document cannot be decrypted with this computer&apos;s key.</translation>
    </message>
    <message>
        <source>A cached document is damaged.</source>
        <translation>A cached document is damaged.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be used. Save or scan it again and choose the new file.</source>
        <translation>%1 is damaged or incomplete and cannot be used. Save or scan it again and choose the new file.</translation>
    </message>
    <message>
        <source>No reserved dossier codes are left on this computer. Connect to the central system once to receive a new block.</source>
        <translation>No reserved dossier codes are left on this computer. Connect to the central system once to receive a new block.</translation>
    </message>
    <message>
        <source>The action&apos;s fields do not fit its kind.</source>
        <translation>The action&apos;s fields do not fit its kind.</translation>
    </message>
    <message>
        <source>Only one-stop desk staff receive dossiers.</source>
        <translation>Only one-stop desk staff receive dossiers.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name and ID number.</source>
        <translation>Enter the applicant&apos;s name and ID number.</translation>
    </message>
    <message>
        <source>There is no procedure with the code %1.</source>
        <translation>There is no procedure with the code %1.</translation>
    </message>
    <message>
        <source>The central system sent an unusable code block.</source>
        <translation>The central system sent an unusable code block.</translation>
    </message>
    <message>
        <source>The queued action cannot be read.</source>
        <translation>The queued action cannot be read.</translation>
    </message>
    <message>
        <source>The saved data of this computer is locked in the system keychain, which cannot be reached now.</source>
        <translation>The saved data of this computer is locked in the system keychain, which cannot be reached now.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1.</source>
        <translation>Cannot remove the folder %1.</translation>
    </message>
    <message>
        <source>No dossier %1 in the local cache (run motcua sync).</source>
        <translation>No dossier %1 in the local cache (run motcua sync).</translation>
    </message>
    <message>
        <source>The saved data cannot be decrypted with this computer&apos;s key.</source>
        <translation>The saved data cannot be decrypted with this computer&apos;s key.</translation>
    </message>
    <message>
        <source>The server %1 did not show the certificate key the province pinned, so nothing was sent to it. Something may be intercepting the connection: tell your IT department.</source>
        <translation>The server %1 did not show the certificate key the province pinned, so nothing was sent to it. Something may be intercepting the connection: tell your IT department.</translation>
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
    <name>motcua::batch::BatchRunner</name>
    <message>
        <source>The dossier is no longer in the local cache.</source>
        <translation>The dossier is no longer in the local cache.</translation>
    </message>
    <message>
        <source>Not awaiting approval any more (now: %1); perhaps approved by someone else.</source>
        <translation>Not awaiting approval any more (now: %1); perhaps approved by someone else.</translation>
    </message>
    <message>
        <source>You may not approve this dossier.</source>
        <translation>You may not approve this dossier.</translation>
    </message>
    <message>
        <source>The dossier has no draft result to sign.</source>
        <translation>The dossier has no draft result to sign.</translation>
    </message>
    <message>
        <source>The signed document is missing from the local store; retry to sign again.</source>
        <translation>The signed document is missing from the local store; retry to sign again.</translation>
    </message>
    <message>
        <source>Already approved or changed by someone else: %1</source>
        <translation>Already approved or changed by someone else: %1</translation>
    </message>
    <message>
        <source>The result was changed by someone else: %1</source>
        <translation>The result was changed by someone else: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
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
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>motcua: unknown command %1; see --help</source>
        <translation>motcua: unknown command %1; see --help</translation>
    </message>
    <message>
        <source>%1 is not in the cached e-data warehouse of applicant %2 (run motcua sync --prefetch)</source>
        <translation>%1 is not in the cached e-data warehouse of applicant %2 (run motcua sync --prefetch)</translation>
    </message>
    <message>
        <source>--generate only applies to issue_apology</source>
        <translation>--generate only applies to issue_apology</translation>
    </message>
    <message>
        <source>--generate and --file cannot be used together</source>
        <translation>--generate and --file cannot be used together</translation>
    </message>
    <message>
        <source>Generated the apology letter %1 (%2 bytes).</source>
        <translation>Generated the apology letter %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>no annotation %1 on this dossier</source>
        <translation>no annotation %1 on this dossier</translation>
    </message>
    <message>
        <source>annotate needs --component ID --page N --rect x,y,w,h (or --annotation ID to edit)</source>
        <translation>annotate needs --component ID --page N --rect x,y,w,h (or --annotation ID to edit)</translation>
    </message>
    <message>
        <source>--page is the page number, 1 for the first page</source>
        <translation>--page is the page number, 1 for the first page</translation>
    </message>
    <message>
        <source>--rect is x,y,w,h in fractions of the page from its top-left corner (0..1)</source>
        <translation>--rect is x,y,w,h in fractions of the page from its top-left corner (0..1)</translation>
    </message>
    <message>
        <source>--kind is one of rect, note, highlight, free_text</source>
        <translation>--kind is one of rect, note, highlight, free_text</translation>
    </message>
    <message>
        <source>--visibility is internal or applicant</source>
        <translation>--visibility is internal or applicant</translation>
    </message>
    <message>
        <source>--delete needs --annotation ID</source>
        <translation>--delete needs --annotation ID</translation>
    </message>
    <message>
        <source>usage: motcua export CODE [--annotated] --out DIR</source>
        <translation>usage: motcua export CODE [--annotated] --out DIR</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 is not in the local cache; run motcua sync --prefetch first</source>
        <translation>%1 is not in the local cache; run motcua sync --prefetch first</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translation>%1 (%2 annotations)</translation>
    </message>
    <message>
        <source>Exported %1 documents of %2.</source>
        <translation>Exported %1 documents of %2.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>signed, approval queued</source>
        <translation>signed, approval queued</translation>
    </message>
    <message>
        <source>approved and result issued</source>
        <translation>approved and result issued</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>give one of --batch CODE..., --all-awaiting, --resume, --retry</source>
        <translation>give one of --batch CODE..., --all-awaiting, --resume, --retry</translation>
    </message>
    <message>
        <source>--batch needs at least one dossier code</source>
        <translation>--batch needs at least one dossier code</translation>
    </message>
    <message>
        <source>give only one of --p12 and --pkcs11-module</source>
        <translation>give only one of --p12 and --pkcs11-module</translation>
    </message>
    <message>
        <source>Resuming batch #%1 (%2 of %3 done).</source>
        <translation>Resuming batch #%1 (%2 of %3 done).</translation>
    </message>
    <message>
        <source>No unfinished batch.</source>
        <translation>No unfinished batch.</translation>
    </message>
    <message>
        <source>Nothing awaiting approval.</source>
        <translation>Nothing awaiting approval.</translation>
    </message>
    <message>
        <source>Batch #%1: %2 dossiers.</source>
        <translation>Batch #%1: %2 dossiers.</translation>
    </message>
    <message>
        <source>give --p12 FILE or --pkcs11-module LIB to sign</source>
        <translation>give --p12 FILE or --pkcs11-module LIB to sign</translation>
    </message>
    <message>
        <source>Cancelled after the current dossier: run motcua approve --resume to continue.</source>
        <translation>Cancelled after the current dossier: run motcua approve --resume to continue.</translation>
    </message>
    <message>
        <source>The link dropped: run motcua approve --resume to send the rest.</source>
        <translation>The link dropped: run motcua approve --resume to send the rest.</translation>
    </message>
    <message>
        <source>Queued: run motcua approve --resume or motcua sync to send the approvals.</source>
        <translation>Queued: run motcua approve --resume or motcua sync to send the approvals.</translation>
    </message>
    <message>
        <source>Offline: signed without time stamps; run motcua approve --resume when the link returns (time stamps are added before the approvals are sent).</source>
        <translation>Offline: signed without time stamps; run motcua approve --resume when the link returns (time stamps are added before the approvals are sent).</translation>
    </message>
    <message>
        <source>Signed %1, approved %2, failed %3 of %4 (%5 s).</source>
        <translation>Signed %1, approved %2, failed %3 of %4 (%5 s).</translation>
    </message>
    <message>
        <source>motcua: warning: the OS keychain is unavailable (%1); documents downloaded now are stored unencrypted.</source>
        <translation>motcua: warning: the OS keychain is unavailable (%1); documents downloaded now are stored unencrypted.</translation>
    </message>
    <message>
        <source>Give the receipt time: --received &quot;YYYY-MM-DD HH:MM&quot; (Vietnam time).</source>
        <translation>Give the receipt time: --received &quot;YYYY-MM-DD HH:MM&quot; (Vietnam time).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>the calendar synced from the server</source>
        <translation>the calendar synced from the server</translation>
    </message>
    <message>
        <source>No procedure %1 in the cache (sync first).</source>
        <translation>No procedure %1 in the cache (sync first).</translation>
    </message>
    <message>
        <source>--days must be a number of working days, 0 to 3650.</source>
        <translation>--days must be a number of working days, 0 to 3650.</translation>
    </message>
    <message>
        <source>Give --days N or --procedure CODE.</source>
        <translation>Give --days N or --procedure CODE.</translation>
    </message>
    <message>
        <source>--pause takes FROM/TO, e.g. &quot;2026-11-24 16:00/2026-11-25 15:30&quot;.</source>
        <translation>--pause takes FROM/TO, e.g. &quot;2026-11-24 16:00/2026-11-25 15:30&quot;.</translation>
    </message>
    <message>
        <source>Procedure: %1 (%2 working days)</source>
        <translation>Procedure: %1 (%2 working days)</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendar: %1</translation>
    </message>
    <message>
        <source>(none: the calendar has no working day)</source>
        <translation>(none: the calendar has no working day)</translation>
    </message>
    <message>
        <source>Due: %1 (UTC+7)%2</source>
        <translation>Due: %1 (UTC+7)%2</translation>
    </message>
    <message>
        <source> - PROVISIONAL</source>
        <translation> - PROVISIONAL</translation>
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
        <translation>Một Cửa Desk command-line client.

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
acted first; the server&apos;s state is kept in the cache, see `motcua show CODE`).</translation>
    </message>
    <message>
        <source>usage: motcua receive --procedure CODE --applicant-id N --component CODE=FILE... [--name NAME] [--channel in_person|online|postal] [--print DIR] [--offline]</source>
        <translation>usage: motcua receive --procedure CODE --applicant-id N --component CODE=FILE... [--name NAME] [--channel in_person|online|postal] [--print DIR] [--offline]</translation>
    </message>
    <message>
        <source>--channel must be in_person, online or postal</source>
        <translation>--channel must be in_person, online or postal</translation>
    </message>
    <message>
        <source>no procedure %1 in the local catalogue (run motcua sync)</source>
        <translation>no procedure %1 in the local catalogue (run motcua sync)</translation>
    </message>
    <message>
        <source>sign in and synchronize once before receiving offline</source>
        <translation>sign in and synchronize once before receiving offline</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Received %1, due %2.</source>
        <translation>Received %1, due %2.</translation>
    </message>
    <message>
        <source>Slip: %1</source>
        <translation>Slip: %1</translation>
    </message>
    <message>
        <source>Offline: the dossier will be sent by the next motcua sync.</source>
        <translation>Offline: the dossier will be sent by the next motcua sync.</translation>
    </message>
    <message>
        <source>motcua report: --format pdf or --format csv is required</source>
        <translation>motcua report: --format pdf or --format csv is required</translation>
    </message>
    <message>
        <source>motcua report: --breakdown is agency, procedure or official</source>
        <translation>motcua report: --breakdown is agency, procedure or official</translation>
    </message>
    <message>
        <source>motcua report: no indicator definitions in the cache yet; run `motcua sync` once online</source>
        <translation>motcua report: no indicator definitions in the cache yet; run `motcua sync` once online</translation>
    </message>
    <message>
        <source>motcua report: unknown agency %1</source>
        <translation>motcua report: unknown agency %1</translation>
    </message>
    <message>
        <source>motcua report: cannot write %1: %2</source>
        <translation>motcua report: cannot write %1: %2</translation>
    </message>
    <message>
        <source>motcua: the saved data of this profile cannot be decrypted on this computer (its key is gone); it was cleared. Sign in again with `motcua login`, then `motcua sync`.</source>
        <translation>motcua: the saved data of this profile cannot be decrypted on this computer (its key is gone); it was cleared. Sign in again with `motcua login`, then `motcua sync`.</translation>
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
    <message numerus="yes">
        <source>%n annotation(s) added after signing</source>
        <translation>
            <numerusform>%n annotation added after signing</numerusform>
            <numerusform>%n annotations added after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed after signing</source>
        <translation>
            <numerusform>%n annotation changed after signing</numerusform>
            <numerusform>%n annotations changed after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) removed after signing</source>
        <translation>
            <numerusform>%n annotation removed after signing</numerusform>
            <numerusform>%n annotations removed after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s) filled in after signing</source>
        <translation>
            <numerusform>%n form field filled in after signing</numerusform>
            <numerusform>%n form fields filled in after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s) added after signing</source>
        <translation>
            <numerusform>%n form field added after signing</numerusform>
            <numerusform>%n form fields added after signing</numerusform>
        </translation>
    </message>
    <message>
        <source>on page %1</source>
        <translation>on page %1</translation>
    </message>
    <message>
        <source>on pages %1</source>
        <translation>on pages %1</translation>
    </message>
    <message>
        <source>The document is too complex to check its signature.</source>
        <translation>The document is too complex to check its signature.</translation>
    </message>
    <message>
        <source>Could not check whether the signer&apos;s certificate was revoked.</source>
        <extracomment>Not valid: whether the certificate was revoked could not be learnt (responders unreachable, nothing cached).</extracomment>
        <translation>Could not check whether the signer&apos;s certificate was revoked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and no trusted time stamp proves that the document was signed before that.</source>
        <translation>The signer&apos;s certificate has expired, and no trusted time stamp proves that the document was signed before that.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired when the document was time-stamped.</source>
        <translation>The signer&apos;s certificate had expired when the document was time-stamped.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation>The signer&apos;s certificate was not yet valid at the time checked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>The signer&apos;s certificate has been revoked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by a certification authority this computer trusts.</source>
        <extracomment>The chain of certificates does not end at a root CA configured in Settings.</extracomment>
        <translation>The signer&apos;s certificate was not issued by a certification authority this computer trusts.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be verified.</source>
        <translation>The signer&apos;s certificate could not be verified.</translation>
    </message>
    <message>
        <source>Whether a certificate was revoked could not be checked with its certification authority.</source>
        <translation>Whether a certificate was revoked could not be checked with its certification authority.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: its content no longer matches the signature.</source>
        <translation>The document was changed after it was signed: its content no longer matches the signature.</translation>
    </message>
    <message>
        <source>The signature does not match the document or the signer&apos;s key.</source>
        <translation>The signature does not match the document or the signer&apos;s key.</translation>
    </message>
    <message>
        <source>The signature does not cover the document the way a signature must.</source>
        <translation>The signature does not cover the document the way a signature must.</translation>
    </message>
    <message>
        <source>The time stamp on the signature is not valid.</source>
        <translation>The time stamp on the signature is not valid.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for signing documents.</source>
        <translation>The signer&apos;s certificate is not meant for signing documents.</translation>
    </message>
    <message>
        <source>The signature does not follow the PAdES standard (it carries its own signing time).</source>
        <translation>The signature does not follow the PAdES standard (it carries its own signing time).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is missing from the signature.</source>
        <translation>The signer&apos;s certificate is missing from the signature.</translation>
    </message>
    <message>
        <source>The signature data is damaged or in a format that cannot be checked.</source>
        <translation>The signature data is damaged or in a format that cannot be checked.</translation>
    </message>
    <message>
        <source>The changes made after signing are too complex to check.</source>
        <translation>The changes made after signing are too complex to check.</translation>
    </message>
    <message>
        <source>Data was added after signing in a way that cannot be checked.</source>
        <translation>Data was added after signing in a way that cannot be checked.</translation>
    </message>
    <message>
        <source>The content of page %1 was changed after signing.</source>
        <translation>The content of page %1 was changed after signing.</translation>
    </message>
    <message>
        <source>A signature was removed or replaced after signing.</source>
        <translation>A signature was removed or replaced after signing.</translation>
    </message>
    <message>
        <source>A change was made after signing that the certifying signer did not allow.</source>
        <translation>A change was made after signing that the certifying signer did not allow.</translation>
    </message>
    <message>
        <source>The document&apos;s content or structure was changed after signing.</source>
        <translation>The document&apos;s content or structure was changed after signing.</translation>
    </message>
    <message>
        <source>The signature could not be fully verified.</source>
        <translation>The signature could not be fully verified.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) added after this one</source>
        <translation>
            <numerusform>%n signature added after this one</numerusform>
            <numerusform>%n signatures added after this one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document time stamp(s) added after signing</source>
        <translation>
            <numerusform>%n document time stamp added after signing</numerusform>
            <numerusform>%n document time stamps added after signing</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation data (certificates, revocation answers) added after signing</source>
        <translation>Validation data (certificates, revocation answers) added after signing</translation>
    </message>
</context>
</TS>
