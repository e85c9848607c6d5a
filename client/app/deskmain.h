// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QQuickWindow;

//! The desktop client's start-up: the command line, the profile and its cached
//! session, the QML shell, the deferred work after the first frame. main() of
//! motcua-desk is this call alone; a driver (bench/desk) passes `onScreen`, run
//! once the first frame with the inbox is on screen, to steer the real app.
int runDesk(int argc, char *argv[], const std::function<void(QQuickWindow *)> &onScreen = {});
