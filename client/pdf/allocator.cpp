// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocator.h"

#include <cstdlib> //!< defines __GLIBC__ with glibc (tested below)

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace motcua::pdf {

void tuneAllocatorForPageImages()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace motcua::pdf
