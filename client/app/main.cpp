// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-desk: the QML desktop client. Everything lives in libraries; this file
// only starts it (command line, profile, QML shell: runDesk()).
#include "deskmain.h"

int main(int argc, char *argv[])
{
    return runDesk(argc, argv);
}
