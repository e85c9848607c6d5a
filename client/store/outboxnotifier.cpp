// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxnotifier.h"

namespace motcua {

OutboxNotifier *OutboxNotifier::instance()
{
    //! Never destroyed: threads may still announce while the application shuts down.
    static OutboxNotifier *notifier = new OutboxNotifier;
    return notifier;
}

} // namespace motcua
