/* sandbox.h: fresh, capped Lua states for untrusted code: pupils' programs and level files.
   Owns the whitelist environments, the memory cap, the instruction and time budgets and the
   guarded string/table functions (see shared SANDBOX.md). Knows nothing of robots or levels. */
#ifndef SANDBOX_H
#define SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

typedef enum {
  SANDBOX_PUPIL, /* SPEC section 1: print, tostring, tonumber, type, ipairs, pairs, math, string,
                    table */
  SANDBOX_LEVEL, /* the pupil set plus error, assert, next, select, utf8, rawequal, rawlen */
} SandboxKind;

typedef enum {
  SANDBOX_OK,
  SANDBOX_SYNTAX,  /* the text does not compile (also: binary chunk refused, parser too deep) */
  SANDBOX_RUNTIME, /* a runtime error in the code */
  SANDBOX_MEMORY,  /* the memory cap was reached */
  SANDBOX_BUDGET,  /* the instruction budget or the wall-clock deadline was passed */
  SANDBOX_HALTED,  /* a host function called sandbox_halt(): the host ended the run on purpose */
} SandboxStatus;

typedef struct {
  size_t memory_limit;    /* bytes the state may hold; 0: SANDBOX_DEFAULT_MEMORY */
  long instruction_limit; /* VM instructions over the sandbox's life; 0:
                             SANDBOX_DEFAULT_INSTRUCTIONS */
  double seconds_limit;   /* wall clock over the sandbox's life; 0: SANDBOX_DEFAULT_SECONDS */
  size_t output_limit;    /* bytes of print output kept; 0: SANDBOX_DEFAULT_OUTPUT */
} SandboxLimits;

#define SANDBOX_DEFAULT_MEMORY (16u << 20)
/* The instruction budget decides "too-long" (the same program always gets the same verdict);
   the wall-clock deadline is only a safety net for C calls the budget cannot see, set far
   above what the budget takes even on a slow laptop. */
#define SANDBOX_DEFAULT_INSTRUCTIONS 5000000L
#define SANDBOX_DEFAULT_SECONDS 2.0
#define SANDBOX_DEFAULT_OUTPUT (16u << 10)

typedef struct Sandbox Sandbox;

/* A new state with its environment built by whitelist. limits may be NULL. NULL if out of memory.
 */
Sandbox *sandbox_new(SandboxKind kind, const SandboxLimits *limits);
void sandbox_free(Sandbox *sb); /* accepts NULL; closes the state with the budget still armed */

lua_State *sandbox_lua(Sandbox *sb);

/* Pushes the environment table, so the host can add its own functions (robot commands). */
void sandbox_push_env(Sandbox *sb);

/* Compiles text only (a UTF-8 BOM is skipped, binary chunks refused, the real length used)
   with the environment as _ENV, and pushes the function. chunkname is used in messages. */
SandboxStatus sandbox_load(Sandbox *sb, const char *text, size_t len, const char *chunkname);

/* lua_pcall under the budgets; the one way the host calls into sandboxed Lua. Any status but
   SANDBOX_OK leaves nothing on the stack. */
SandboxStatus sandbox_call(Sandbox *sb, int nargs, int nresults);

/* The last error: Lua's message without the "chunkname:line:" prefix (copied, capped at 512
   bytes, never NULL), and its line (0 when Lua gave none, as for memory errors). */
const char *sandbox_error(const Sandbox *sb);
int sandbox_error_line(const Sandbox *sb);

/* Called from a host C function: ends the running code with SANDBOX_HALTED. Does not return. */
int sandbox_halt(lua_State *L);

/* The state's Sandbox (for host C functions). */
Sandbox *sandbox_from_lua(lua_State *L);

/* What print wrote, capped at output_limit (a final "..." line marks a cut). */
const char *sandbox_output(const Sandbox *sb, size_t *len);

size_t sandbox_memory_peak(const Sandbox *sb);
/* VM instructions run, plus the work charged for C calls and allocation (1 per 32 bytes). */
long sandbox_instructions_used(const Sandbox *sb);

#endif
