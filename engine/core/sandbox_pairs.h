/* sandbox_pairs.h: the pairs() sandboxed code gets, visiting keys in a fixed order. */
#ifndef SANDBOX_PAIRS_H
#define SANDBOX_PAIRS_H

#include <lua.h>

/* pairs(t): numbers ascending, then strings in byte order, then false, true, then the rest. */
int sandbox_pairs(lua_State *L);

#endif
