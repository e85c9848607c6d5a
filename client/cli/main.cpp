// SPDX-License-Identifier: GPL-3.0-or-later
//! motcua: the command-line client of Một Cửa Desk (same libraries and profile
//! as the desktop app). IT staff use it to prefetch a laptop before a trip.
#include "commands.h"
#include "core/secrets.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <iostream>
#include <memory>

using namespace motcua::cli;

int main(int argc, char **argv)
{
    //! Generating a letter draws text with QtGui: only then a (window-less) QGuiApplication.
    bool generate = false;
    for (int i = 1; i < argc; ++i)
        generate = generate || qstrcmp(argv[i], "--generate") == 0 || qstrcmp(argv[i], "receive") == 0
            || qstrcmp(argv[i], "report") == 0;
    if (generate && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(generate ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    //! Secrets leave the environment before anything else runs (no child inherits them).
    (void)motcua::takeEnvironmentSecret("MOTCUA_PASSWORD");
    (void)motcua::takeEnvironmentSecret("MOTCUA_PIN");
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(motcua::version());

    //! Scripts read stdout/stderr: only warnings unless QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=false\nmotcua.*.info=false"));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "motcua::cli",
        "Một Cửa Desk command-line client.\n\n"
        "Commands:\n"
        "  login --server URL --user NAME   sign in (password on stdin or in MOTCUA_PASSWORD)\n"
        "  logout                           sign out and forget the saved sign-in\n"
        "  sync [--prefetch] [--json]       send the outbox, receive changes, download inbox documents\n"
        "  inbox [--json] [--search TEXT] [--view VIEW]\n"
        "                                   cached dossiers (all unless a view is given: mine, agency,\n"
        "                                   awaiting_approval, supplement_requested, overdue, due_soon,\n"
        "                                   pending_sync, conflicts, apologies)\n"
        "  show CODE [--json]               one dossier with its components and pending actions\n"
        "  act CODE KIND [--note T] [--to AGENCY] [--reason T] [--text T] [--assignee U]\n"
        "      [--step-days N] [--amount VND] [--receipt T] [--file PDF] [--sha256 SHA]... [--payload JSON]\n"
        "      [--no-push] [--generate [--extra-days N | --new-date YYYY-MM-DD] [--out FILE]]  "
        "(issue_apology:\n"
        "      make the letter; the new appointment, in working days, is stored on the dossier)\n"
        "                                   queue an action (kinds: assign, annotate, comment, forward,\n"
        "                                   request_supplement, receive_supplement, submit_for_approval,\n"
        "                                   approve, return_for_rework, reject, sign_result, return_result,\n"
        "                                   issue_apology, withdraw, request_payment, confirm_payment,\n"
        "                                   start_review, attach_document) and send it when online\n"
        "  receive --procedure CODE --applicant-id N --component CODE=FILE[,FILE...]... [--name NAME]\n"
        "          [--channel in_person|online|postal] [--print DIR] [--offline] [--p12 FILE]\n"
        "                                   receive a dossier at the desk: scans assembled and signed,\n"
        "                                   final code from the reserved block, slip printed, sent\n"
        "  outbox [--json] [--all]          actions waiting for the server (--all: also the sent ones)\n"
        "  approve (--batch CODE... | --all-awaiting | --resume | --retry)\n"
        "      (--p12 FILE | --pkcs11-module LIB [--token LABEL] [--key LABEL]) [--tsa URL] [--json]\n"
        "                                   sign the draft results and approve a batch with one PIN\n"
        "                                   (MOTCUA_PIN or stdin); an unfinished batch is resumed\n"
        "  act CODE annotate --component ID --page N --rect x,y,w,h --text T\n"
        "      [--kind rect|note|highlight|free_text] [--color #rrggbb] [--visibility internal|applicant]\n"
        "                                   annotate a component: page 1 = the first page; rect in\n"
        "                                   fractions (0..1) of the page from its top-left corner.\n"
        "                                   --annotation ID edits one's own annotation, --delete deletes it\n"
        "  report --period P [--agency CODE] [--breakdown agency|procedure|official] --format pdf|csv\n"
        "      [--out FILE]                 the Decision 766 indicators over the cache (offline); P is\n"
        "                                   2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15\n"
        "  export CODE [--annotated] --out DIR\n"
        "                                   write each component (from the cache) to DIR; --annotated\n"
        "                                   adds the annotations as PDF annotations (signatures stay "
        "valid)\n"
        "  due --received \"YYYY-MM-DD HH:MM\" (--days N | --procedure CODE) [--pause FROM/TO]...\n"
        "      [--calendar FILE] [--json]  the due date and each step of its computation (Vietnam time;\n"
        "                                   the synced calendar unless a calendar file is given)\n\n"
        "Exit codes: 0 ok; 1 user error (bad arguments, unknown dossier, action not allowed);\n"
        "2 network or server error (nothing lost: run sync again); 3 conflict (another official\n"
        "acted first; the server's state is kept in the cache, see `motcua show CODE`)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("motcua::cli", "The command."));
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("motcua::cli", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        p.addOption(o);
    };
    opt("profile", "Profile folder (default: the desktop app's).", "DIR");
    opt("server", "Server URL (login).", "URL");
    opt("user", "User name (login).", "NAME");
    opt("prefetch", "Also download the documents of the inbox (sync).");
    opt("json", "JSON output with the API's field names.");
    opt("search", "Search text, accents optional (inbox).", "TEXT");
    opt("view", "Inbox view (inbox).", "VIEW");
    opt("all", "Include sent actions (outbox).");
    opt("note", "Note recorded with the action.", "TEXT");
    opt("to", "Target agency code (forward).", "AGENCY");
    opt("reason", "Reason (request_supplement, return_for_rework, reject, withdraw).", "TEXT");
    opt("text", "Comment text (comment), annotation text (act annotate).", "TEXT");
    opt("assignee", "User name (assign).", "USER");
    opt("step-days", "Working days for the next step (forward).", "N");
    opt("amount", "Fee in VND (request_payment).", "VND");
    opt("receipt", "Receipt number (confirm_payment).", "TEXT");
    opt("file", "PDF to attach (sign_result, issue_apology).", "PDF");
    opt("sha256", "A document of the applicant's e-data warehouse to reuse, repeatable (attach_document).",
        "SHA");
    opt("payload", "Extra payload fields as a JSON object.", "JSON");
    opt("no-push", "Only queue the action (act).");
    opt("generate", "Generate the apology letter from the template (issue_apology).");
    opt("new-date", "New date for returning the result, YYYY-MM-DD (issue_apology --generate).", "DATE");
    opt("extra-days", "New appointment in working days after the due date (issue_apology; default 5).", "N");
    opt("out", "Output: the generated letter's file (issue_apology --generate) or the folder (export).",
        "PATH");
    opt("batch", "Approve the dossiers given by code (approve).");
    opt("all-awaiting", "Approve every dossier of your agency awaiting approval (approve).");
    opt("resume", "Resume the unfinished batch (approve).");
    opt("retry", "Retry the failed dossiers of the batch (approve).");
    opt("p12", "PKCS#12 file (approve).", "FILE");
    opt("pkcs11-module", "PKCS#11 library of the token (approve).", "LIB");
    opt("token", "Token label (approve).", "LABEL");
    opt("key", "Key label (approve).", "LABEL");
    opt("tsa", "RFC 3161 time-stamp URL (approve; default: the server's).", "URL");
    opt("component", "Component id (act annotate); CODE=FILE[,FILE...] scans or a PDF, repeatable (receive).",
        "ID");
    opt("procedure", "National procedure code (receive); its processing time (due).", "CODE");
    opt("applicant-id", "The applicant's ID number, looked up in the population records (receive).", "N");
    opt("name", "Applicant's name, when typed by hand (receive).", "NAME");
    opt("address", "Applicant's address (receive).", "TEXT");
    opt("phone", "Applicant's phone (receive).", "TEXT");
    opt("email", "Applicant's e-mail (receive).", "TEXT");
    opt("channel", "in_person (default), online or postal (receive).", "CHANNEL");
    opt("print", "Folder for the receipt slip PDF (receive).", "DIR");
    opt("lookup-base", "Lookup address before the dossier code, in the slip's QR code (receive).", "URL");
    opt("offline", "Do not contact the server; the dossier is queued (receive).");
    opt("page", "Page number, 1 = first (act annotate).", "N");
    opt("rect", "x,y,w,h in fractions of the page from the top-left (act annotate).", "RECT");
    opt("kind", "rect, note, highlight or free_text (act annotate).", "KIND");
    opt("color", "Colour #rrggbb (act annotate).", "COLOR");
    opt("visibility", "internal or applicant (act annotate).", "WHO");
    opt("annotation", "Id of one's own annotation to edit (act annotate).", "ID");
    opt("delete", "Delete the annotation given by --annotation (act annotate).");
    opt("annotated", "Write the annotations into the copies (export).");
    opt("period", "Period of the report: 2026-07, 2026-Q3, 2026 or FROM..TO (report).", "P");
    opt("agency", "Agency code (report; default: every cached dossier).", "CODE");
    opt("breakdown", "agency, procedure or official (report).", "B");
    opt("format", "pdf or csv (report).", "FORMAT");
    opt("received", "Receipt time, YYYY-MM-DD HH:MM in Vietnam time (due).", "TIME");
    opt("days", "Processing time in working days (due).", "N");
    opt("pause", "A clock pause FROM/TO, repeatable (due).", "FROM/TO");
    opt("calendar", "A calendar file instead of the synced calendar (due).", "FILE");
    p.process(app);

    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        std::cerr << qPrintable(p.helpText()) << std::endl;
        return ExitUser;
    }
    const QString profileDir = p.isSet(QStringLiteral("profile")) ? p.value(QStringLiteral("profile"))
                                                                  : motcua::Profile::defaultDir();
    CliContext ctx(profileDir);
    const QString cmd = pos.first();
    if (cmd == QLatin1String("login"))
        return cmdLogin(ctx, p);
    if (cmd == QLatin1String("logout"))
        return cmdLogout(ctx, p);
    if (cmd == QLatin1String("sync"))
        return cmdSync(ctx, p);
    if (cmd == QLatin1String("inbox"))
        return cmdInbox(ctx, p);
    if (cmd == QLatin1String("show"))
        return cmdShow(ctx, p);
    if (cmd == QLatin1String("act"))
        return cmdAct(ctx, p);
    if (cmd == QLatin1String("outbox"))
        return cmdOutbox(ctx, p);
    if (cmd == QLatin1String("approve"))
        return cmdApprove(ctx, p);
    if (cmd == QLatin1String("export"))
        return cmdExport(ctx, p);
    if (cmd == QLatin1String("receive"))
        return cmdReceive(ctx, p);
    if (cmd == QLatin1String("report"))
        return cmdReport(ctx, p);
    if (cmd == QLatin1String("due"))
        return cmdDue(ctx, p);
    std::cerr << qPrintable(
        QCoreApplication::translate("motcua::cli", "motcua: unknown command %1; see --help").arg(cmd))
              << std::endl;
    return ExitUser;
}
