/* sandbox_pairs.c: a pairs() that visits a table's keys in a fixed order. Lua 5.4 seeds its
   string hashes at random for every state, so the plain pairs() order changes from run to run;
   a pupil's program must print the same thing every time it runs (and a child expects "apple"
   before "banana"). Pure Lua C API over one table; knows nothing of robots. */
#include "sandbox_pairs.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

typedef struct {
  int rank;        /* 0 number, 1 string, 2 boolean, 3 anything else */
  lua_Number num;  /* numbers, and booleans as 0/1 */
  const char *str; /* strings: anchored by the keys table while sorting */
  size_t len;
  int slot; /* where the key sits in the keys table */
} KeyOrder;

static int compare_keys(const void *pa, const void *pb)
{
  const KeyOrder *a = pa, *b = pb;
  if (a->rank != b->rank)
    return a->rank - b->rank;
  if (a->rank == 1) {
    int c = memcmp(a->str, b->str, a->len < b->len ? a->len : b->len);
    return c ? c : (a->len > b->len) - (a->len < b->len);
  }
  if (a->rank == 3 || a->num == b->num)
    return a->slot - b->slot; /* keeps raw order among keys with no natural one */
  return a->num < b->num ? -1 : 1;
}

static void describe_key(lua_State *L, int idx, KeyOrder *k)
{
  switch (lua_type(L, idx)) {
  case LUA_TNUMBER:
    k->rank = 0;
    k->num = lua_tonumber(L, idx);
    break;
  case LUA_TSTRING:
    k->rank = 1;
    k->str = lua_tolstring(L, idx, &k->len);
    break;
  case LUA_TBOOLEAN:
    k->rank = 2;
    k->num = lua_toboolean(L, idx);
    break;
  default:
    k->rank = 3;
  }
}

/* The iterator: upvalues are the table, its sorted keys and the position reached. Keys
   removed during the walk are skipped, as Lua allows clearing fields while traversing. */
static int ordered_next(lua_State *L)
{
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(3));
  for (;;) {
    i++;
    if (lua_rawgeti(L, lua_upvalueindex(2), i) == LUA_TNIL)
      return 1;
    lua_pushvalue(L, -1);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
      lua_pushinteger(L, i);
      lua_replace(L, lua_upvalueindex(3));
      return 2;
    }
    lua_pop(L, 2);
  }
}

int sandbox_pairs(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_newtable(L); /* 2: the keys, in raw order first */
  int n = 0;
  for (lua_pushnil(L); lua_next(L, 1); lua_pop(L, 1)) {
    lua_pushvalue(L, -2);
    lua_rawseti(L, 2, ++n);
  }
  /* The sort's scratch space lives in Lua memory, so the sandbox's memory cap covers it. */
  KeyOrder *order = lua_newuserdatauv(L, (size_t)n * sizeof *order + 1, 0); /* 3 */
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, 2, i + 1);
    describe_key(L, -1, &order[i]);
    order[i].slot = i + 1;
    lua_pop(L, 1); /* the string stays alive: the keys table holds it */
  }
  qsort(order, (size_t)n, sizeof *order, compare_keys);
  lua_createtable(L, n, 0); /* 4: the keys in order */
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, 2, order[i].slot);
    lua_rawseti(L, 4, i + 1);
  }
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 4);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, ordered_next, 3);
  return 1;
}
